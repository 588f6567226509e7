/// Text made safe to show on a terminal or write into a report: control characters from a file's
/// title or name (NUL, ESC, the right-to-left override) could otherwise move the cursor, recolour
/// the terminal or reverse what follows.
public enum Display {
    /// `text` with every control and bidirectional formatting character written as `\u{…}`.
    public static func text(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A path as the user should read it.
    public static func path(_ path: some StringProtocol) -> String { text(path) }

    /// A file name's bytes as text: valid UTF-8 as it is, any other byte as `\xNN`.
    public static func name(_ bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = bytes[index] < 0x80 ? 1 : SourceText.sequenceLength(bytes, at: index)
            if length == 0 {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: true)
                index += 1
            } else {
                out += String(decoding: bytes[index..<index + length], as: UTF8.self)
                index += length
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
