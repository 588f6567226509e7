import CICU
import COpenCC

/// Traditional characters to Simplified, before any other cleaning rule, so that each rule is
/// written once and `習近平` and `习近平` are one term.
///
/// The conversion is OpenCC's phrase-aware `t2s` (顯著 → 显著, while 著名 stays and Simplified text
/// passes through unchanged), not ICU's character-by-character `Hant-Hans` (which turned 显著 into
/// 显着 and 乾隆 into 干隆). Whether a document is converted is decided once, over its whole text:
/// when at least ``traditionalShare`` of its Han characters are Traditional-only, that is, changed
/// by `t2s` and absent from GB 2312, the Simplified standard (so 著, 乾, 藉, 俱, valid in both
/// scripts, never count).
public enum Simplifier {
    /// When to convert a document.
    public enum Mode: String, CaseIterable, Sendable {
        /// Only documents written in Traditional characters.
        case auto
        case always
        case never
    }

    /// The share of Traditional-only characters from which a document is converted in `auto` mode.
    /// Simplified news has none or a handful; Traditional text has a fifth or more.
    public static let traditionalShare = 0.05

    /// Whether `text` is written in Traditional characters.
    public static func isTraditional(_ text: some StringProtocol) -> Bool {
        var han = 0, traditional = 0
        for unit in text.utf16 where TextNormalizer.isHan(unit) {
            han += 1
            if traditionalOnly[Int(unit)] { traditional += 1 }
        }
        return han > 0 && Double(traditional) >= traditionalShare * Double(han)
    }

    /// Whether each BMP character is Traditional-only, found once by converting every Han character.
    static let traditionalOnly: [Bool] = {
        var table = Array(repeating: false, count: 0x10000)
        guard let converter = try? ScriptConverter() else { return table }
        let characters = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF].flatMap { $0.map { UInt16($0) } }
        var inGB2312 = [UInt8](repeating: 0, count: characters.count)
        var status: Int32 = 0
        rx_encodable("GB2312", characters, Int32(characters.count), &inGB2312, &status)
        let lines = characters.map { String(decoding: [$0], as: UTF16.self) }
        let converted = converter.convert(lines.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        guard converted.count == lines.count else { return table }
        for (index, unit) in characters.enumerated() where inGB2312[index] == 0 && converted[index] != lines[index] {
            table[Int(unit)] = true
        }
        return table
    }()
}

/// An OpenCC converter: `t2s` (Traditional to Simplified) unless told another configuration (the
/// tests make Traditional copies of the seeds with `s2t`). Not thread-safe: each worker opens its own.
public final class ScriptConverter {
    private let handle: OpaquePointer

    public init(configuration: String = "t2s.json") throws(RhetoricError) {
        guard let handle = rx_opencc_open(configuration) else {
            throw RhetoricError(file: "OpenCC", "cannot open \(configuration): \(String(cString: rx_opencc_error())) (is libopencc installed?)")
        }
        self.handle = handle
    }

    deinit { rx_opencc_close(handle) }

    /// `text` converted (unchanged if OpenCC fails).
    public func convert(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return text }
        var length = 0
        let converted = utf8.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { rx_opencc_convert(handle, $0.baseAddress, $0.count, &length) }
        }
        guard let converted else { return text }
        defer { rx_opencc_free(converted) }
        return String(decoding: UnsafeRawBufferPointer(start: converted, count: length), as: UTF8.self)
    }
}
