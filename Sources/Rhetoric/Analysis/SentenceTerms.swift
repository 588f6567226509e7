/// One meeting's sentences as their distinct term ids, ascending, stored back to back in one array
/// with each sentence's end: a large corpus has a million sentences, and an array of its own for
/// each would cost a header, an allocation and spare capacity apiece, several times the ids.
public struct SentenceTerms: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// Every sentence's ids, one sentence after another.
    public private(set) var terms: [Int32] = []
    /// `ends[i]` is where sentence `i`'s ids end in ``terms`` (and sentence `i + 1`'s start).
    private var ends: [Int32] = []

    public init() {}

    public init(arrayLiteral sentences: [Int32]...) {
        for sentence in sentences { append(sentence) }
    }

    public mutating func append(_ sentence: some Collection<Int32>) {
        terms.append(contentsOf: sentence)
        ends.append(Int32(terms.count))
    }

    /// Gives back the spare capacity of both arrays, once every sentence is in.
    public mutating func shrink() {
        (terms, ends) = (terms.fitted, ends.fitted)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// Where sentence `index`'s ids lie in ``terms``.
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    public subscript(index: Int) -> ArraySlice<Int32> { terms[range(index)] }
}
