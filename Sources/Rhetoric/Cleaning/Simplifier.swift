import COpenCC

/// Traditional characters to Simplified, before any other cleaning rule, so that each rule is
/// written once and `習近平` and `习近平` are one term.
///
/// The conversion is OpenCC's phrase-aware `t2s` (顯著 → 显著, while 著名 stays and Simplified text
/// passes through unchanged), not ICU's character-by-character `Hant-Hans` (which turned 显著 into
/// 显着 and 乾隆 into 干隆). Whether a document is converted is decided once, over its whole text:
/// when at least ``traditionalShare`` of its Han characters are Traditional-only
/// (``TraditionalCharacters``).
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
