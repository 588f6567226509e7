import CICU

/// An ICU transliterator by id. Not thread-safe: each worker owns one.
public final class Transliterator {
    private let handle: OpaquePointer

    public init(_ id: String) throws(RhetoricError) {
        var status: Int32 = 0
        guard let handle = rx_transliterator_open(id, &status) else {
            throw RhetoricError(file: "ICU", "cannot open the \(id) transliterator: \(String(cString: rx_error_name(status)))")
        }
        self.handle = handle
    }

    deinit { rx_transliterator_close(handle) }

    /// `units` transliterated; unchanged if ICU fails.
    public func apply(_ units: [UInt16]) -> [UInt16] {
        guard !units.isEmpty else { return units }
        var capacity = units.count * 2 + 16
        while true {
            var buffer = units + Array(repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var status: Int32 = 0
            buffer.withUnsafeMutableBufferPointer {
                rx_transliterate(handle, $0.baseAddress, &length, Int32(capacity), &status)
            }
            if status == 15 {  // U_BUFFER_OVERFLOW_ERROR
                capacity = Int(length) + 16
                continue
            }
            return status > 0 ? units : Array(buffer.prefix(Int(length)))
        }
    }

    public func apply(_ text: String) -> String {
        String(decoding: apply(Array(text.utf16)), as: UTF16.self)
    }
}

/// Traditional-to-Simplified conversion with ICU's `Hant-Hans` transliterator, so that `習近平` and
/// `习近平` count as one term.
public enum Simplifier {
    /// When to convert a document.
    public enum Mode: String, CaseIterable, Sendable {
        /// Only documents written in Traditional characters (see ``isTraditional(_:)``).
        case auto
        case always
        case never
    }

    /// In `auto` mode a document is converted when at least this share of its Han characters are
    /// ones `Hant-Hans` changes. Simplified text has a few such characters (`著`, `乾`); Traditional
    /// text has a fifth or more.
    public static let traditionalShare = 0.05

    /// Opens the `Hant-Hans` transliterator (one per worker).
    public static func open() throws(RhetoricError) -> Transliterator {
        try Transliterator("Hant-Hans")
    }

    /// Whether a text is written in Traditional characters: at least ``traditionalShare`` of its
    /// Han characters are changed by `Hant-Hans`.
    public static func isTraditional(_ text: some StringProtocol) -> Bool {
        var han = 0, traditional = 0
        for scalar in text.unicodeScalars where TextNormalizer.isHan(scalar) {
            han += 1
            if scalar.value < 0x10000 && changedCharacters[Int(scalar.value)] { traditional += 1 }
        }
        return han > 0 && Double(traditional) >= traditionalShare * Double(han)
    }

    /// The BMP characters `Hant-Hans` changes, found once by converting every CJK ideograph.
    static let changedCharacters: [Bool] = {
        var changed = Array(repeating: false, count: 0x10000)
        guard let simplifier = try? Simplifier.open() else { return changed }
        let ranges = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
        for range in ranges {
            let source = range.map { UInt16($0) }
            let converted = simplifier.apply(source)
            guard converted.count == source.count else {
                for unit in source where simplifier.apply([unit]) != [unit] { changed[Int(unit)] = true }
                continue
            }
            for (before, after) in zip(source, converted) where before != after { changed[Int(before)] = true }
        }
        return changed
    }()
}
