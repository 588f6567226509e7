import CHTML

/// The text blocks of an HTML page, from libxml2's HTML parser (see `CHTML.h`): a real parser, so
/// entities are decoded, broken markup is recovered, script and style never leak into the text, and
/// nesting of any depth (300 unclosed `<div>`s, 100,000 nested elements) keeps every paragraph.
public struct HTMLBlock: Equatable, Sendable {
    public enum Kind: Character, Sendable {
        case title = "T", heading = "H", paragraph = "P", loose = "L", caption = "C", image = "I"
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// Parses `html` into blocks in document order, with the number of Han characters of visible
    /// text the parser lost (0 normally; the caller warns otherwise).
    public static func parse(_ html: String, file: String) throws(RhetoricError) -> (blocks: [HTMLBlock], lost: Int) {
        var utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return ([], 0) }
        guard utf8.count < Int32.max else { throw RhetoricError(file: file, "the page is larger than 2 GB") }
        var output: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        var lost = 0
        let status = utf8.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { rx_html_blocks($0.baseAddress, Int32($0.count), &output, &length, &lost) }
        }
        guard status == 0 else {
            throw RhetoricError(file: file, "the HTML could not be parsed")
        }
        guard let output else { return ([], lost) }
        defer { rx_html_free(output) }
        let text = String(decoding: UnsafeRawBufferPointer(start: output, count: length), as: UTF8.self)
        let blocks = text.lines.compactMap { line -> HTMLBlock? in
            guard let kindCharacter = line.first, let kind = Kind(rawValue: kindCharacter) else { return nil }
            return HTMLBlock(kind, String(line.dropFirst(2)))
        }
        return (blocks, lost)
    }

    /// Whether a text body is HTML rather than plain text: it contains common block tags.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let probe = Array(text.utf8.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return tags.contains { tag in
            probe.indices.contains { start in probe[start...].starts(with: tag) }
        }
    }

    private static let tags = ["<p>", "<p ", "<div", "<br", "<html", "<body", "</p>"].map { Array($0.utf8) }
}
