import CICU

/// Decodes a corpus file's bytes to text. Sites save Chinese pages in GB18030/GBK, Big5 and
/// UTF-16 as well as UTF-8; each is detected and converted with ICU. A file that is not text, or
/// not valid in its encoding, is an error that names the file and the byte, never a silently
/// wrong number.
public enum SourceText {
    public struct Options: Sendable, Equatable {
        /// Decode with this ICU converter name (`GB18030`, `Big5`, `UTF-16LE`) instead of detecting.
        public var encoding: String?
        /// Replace invalid bytes with U+FFFD and warn, instead of failing.
        public var lossy = false

        public init(encoding: String? = nil, lossy: Bool = false) {
            self.encoding = encoding
            self.lossy = lossy
        }
    }

    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// The encoding used, as ICU names it.
        public var encoding: String
        /// Set when `lossy` replaced bytes: the problem, for a warning.
        public var warning: String?
    }

    /// Detection below this confidence (0–100) is an error asking the user to name the encoding.
    public static let minimumConfidence: Int32 = 25
    /// Encodings a Chinese report may be in; a detector guess outside these is not trusted.
    static let chineseEncodings: Set<String> = ["UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE"]

    static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), (Array("GIF8".utf8), "a GIF image"),
        (Array("%PDF".utf8), "a PDF document"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word/Excel file)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office file"),
    ]

    public static func decode(_ bytes: [UInt8], file: String, options: Options = Options()) throws(RhetoricError) -> Decoded {
        if let encoding = options.encoding {
            return try convert(bytes, from: encoding, file: file, lossy: options.lossy)
        }
        if let signature = signatures.first(where: { bytes.starts(with: $0.bytes) }) {
            throw RhetoricError(file: file, byteOffset: 0, "not a text file: it starts like \(signature.kind)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try convert(bytes, from: "UTF-16", file: file, lossy: options.lossy)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let bomLength = bytes.count - body.count
        if let nul = body.firstIndex(of: 0) {
            throw RhetoricError(file: file, byteOffset: nul + bomLength, "a NUL byte: this is not a text file")
        }
        let (invalid, multibyte, firstInvalid) = utf8Survey(body)
        if invalid == 0 {
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: "UTF-8")
        }
        // Mostly valid UTF-8 with a few bad sequences is broken UTF-8, not another encoding.
        if bomLength > 0 || multibyte >= 8 * invalid {
            let offset = firstInvalid! + bomLength
            guard options.lossy else {
                throw RhetoricError(file: file, byteOffset: offset, "not valid UTF-8 (use --lossy to replace bad bytes with U+FFFD)")
            }
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: "UTF-8",
                           warning: "\(invalid) invalid UTF-8 sequence(s) replaced with U+FFFD, the first at byte \(offset)")
        }
        let guesses = detect(body)
        let listed = guesses.prefix(3).map { "\($0.name) \($0.confidence)%" }.joined(separator: ", ")
        let unknown = RhetoricError(file: file, """
            cannot tell the encoding (best guesses: \(listed.isEmpty ? "none" : listed)); \
            name it with --encoding NAME or an `encoding` column in meetings.csv
            """)
        guard let best = guesses.first, chineseEncodings.contains(best.name), best.confidence >= minimumConfidence else {
            throw unknown
        }
        do {
            return try convert(body, from: best.name, file: file, lossy: options.lossy)
        } catch {
            // The best guess does not fit the bytes either.
            throw RhetoricError(file: file, byteOffset: error.byteOffset, unknown.message)
        }
    }

    /// Converts with ICU. Without `lossy`, an invalid sequence is an error at its byte offset.
    static func convert(_ bytes: [UInt8], from encoding: String, file: String, lossy: Bool) throws(RhetoricError) -> Decoded {
        guard isKnownEncoding(encoding) else {
            throw RhetoricError(file: file, "unknown encoding '\(encoding)' (try UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE)")
        }
        func run(lossy: Bool) -> (units: [UInt16], status: Int32, offset: Int32) {
            var units = [UInt16](repeating: 0, count: bytes.count + 1)
            var status: Int32 = 0, offset: Int32 = -1
            let count = bytes.withUnsafeBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) { source in
                    units.withUnsafeMutableBufferPointer {
                        rx_convert_to_utf16(encoding, source.baseAddress, Int32(source.count), $0.baseAddress,
                                            Int32($0.count), lossy ? 1 : 0, &offset, &status)
                    }
                }
            }
            return (Array(units.prefix(Int(count))), status, offset)
        }
        let strict = run(lossy: false)
        var units = strict.units
        var warning: String? = nil
        if strict.status > 0 {
            guard lossy, strict.offset >= 0 else {
                throw RhetoricError(file: file, byteOffset: strict.offset >= 0 ? Int(strict.offset) : nil,
                                    "not valid \(encoding) (use --lossy to replace bad bytes with U+FFFD)")
            }
            units = run(lossy: true).units
            warning = "invalid \(encoding) bytes replaced with U+FFFD, the first at byte \(strict.offset)"
        }
        if units.first == 0xFEFF { units.removeFirst() }
        if let nul = units.firstIndex(of: 0) {
            throw RhetoricError(file: file, "a NUL character at character \(nul): this is not a text file")
        }
        return Decoded(text: String(decoding: units, as: UTF16.self), encoding: encoding, warning: warning)
    }

    /// `text` in `encoding`, for writing copies of a corpus in another encoding. Characters the
    /// encoding lacks become its substitution character.
    public static func encode(_ text: String, as encoding: String) throws(RhetoricError) -> [UInt8] {
        let units = Array(text.utf16)
        var bytes = [UInt8](repeating: 0, count: units.count * 4 + 16)
        var status: Int32 = 0
        let count = bytes.withUnsafeMutableBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { dest in
                rx_convert_from_utf16(encoding, units, Int32(units.count), dest.baseAddress, Int32(dest.count), &status)
            }
        }
        guard status <= 0 else { throw RhetoricError(file: encoding, "cannot encode: \(String(cString: rx_error_name(status)))") }
        return Array(bytes.prefix(Int(count)))
    }

    /// Whether ICU has a converter by this name.
    public static func isKnownEncoding(_ name: String) -> Bool {
        rx_charset_exists(name) != 0
    }

    /// ICU's charset guesses, best first.
    static func detect(_ bytes: [UInt8]) -> [(name: String, confidence: Int32)] {
        var guesses = [rx_charset_guess](repeating: rx_charset_guess(), count: 8)
        var status: Int32 = 0
        let sample = Array(bytes.prefix(1 << 16))
        let count = sample.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { rx_detect_charset($0.baseAddress, Int32($0.count), &guesses, 8, &status) }
        }
        return guesses.prefix(Int(count)).map { guess in
            var copy = guess
            let name = withUnsafeBytes(of: &copy.name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            return (name, guess.confidence)
        }
    }

    /// Counts of invalid and valid multi-byte UTF-8 sequences, and the first invalid offset.
    static func utf8Survey(_ bytes: [UInt8]) -> (invalid: Int, multibyte: Int, first: Int?) {
        var invalid = 0, multibyte = 0
        var first: Int? = nil
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                invalid += 1
                if first == nil { first = i }
                i += 1
            } else {
                multibyte += 1
                i += length
            }
        }
        return (invalid, multibyte, first)
    }

    /// The length of the valid multi-byte UTF-8 sequence at `i`, or 0.
    static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let length: Int, minimum: UInt32
        var scalar: UInt32
        switch b {
        case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
        default: return 0
        }
        guard i + length <= bytes.count else { return 0 }
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return 0 }
        return length
    }
}
