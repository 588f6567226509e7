/// A string compared and hashed by its UTF-8 bytes. Swift's `String` equality and hashing apply
/// Unicode normalisation, which is correct but costly; repeated-paragraph detection only needs
/// byte equality of text that was normalised already.
struct ExactText: Hashable {
    let text: String

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension StringProtocol {
    /// Whether the text has at most `limit` Unicode scalars, without walking past them.
    func hasAtMost(_ limit: Int) -> Bool {
        unicodeScalars.prefix(limit + 1).count <= limit
    }

}

extension String {
    /// The lines of the text, split at `\n` on Unicode scalars (not Characters, which would run
    /// grapheme breaking over the whole text).
    var lines: [Substring] {
        var result: [Substring] = []
        var start = startIndex
        var index = startIndex
        let scalars = unicodeScalars
        while index < endIndex {
            if scalars[index] == "\n" {
                result.append(self[start..<index])
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        result.append(self[start..<endIndex])
        return result
    }
}
