/// A file of the corpus, by its path relative to the corpus folder. The path is kept as the bytes
/// the filesystem has, so a name that is not UTF-8 (a GBK name from a Windows archive) is read like
/// any other; reports and messages show it with such bytes written `\xNN`.
public struct CorpusFile: Hashable, Comparable, Sendable {
    /// The relative path's bytes.
    public var bytes: [UInt8]
    /// The relative path as reports show it and the manifest names it.
    public var name: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        name = Display.name(bytes)
    }

    public init(_ name: String) {
        self.init(bytes: Array(name.utf8))
    }

    /// The extension after the last dot of the last component, lowercased.
    public var pathExtension: String {
        let last = name.split(separator: "/").last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }

    /// Orders by bytes, so every run reads the files alike.
    public static func < (a: CorpusFile, b: CorpusFile) -> Bool {
        a.bytes.lexicographicallyPrecedes(b.bytes)
    }
}
