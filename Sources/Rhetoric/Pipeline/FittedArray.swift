extension Array {
    /// The elements in storage of their own size. An array grown by appending keeps up to twice
    /// the room it uses, and `Array(array[...])` would share that storage rather than copy it; a
    /// copy from a buffer pointer is allocated at its length. For what a large corpus keeps by the
    /// million (sentences, ids), once it is complete.
    var fitted: [Element] { withUnsafeBufferPointer { Array($0) } }
}
