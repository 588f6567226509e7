import Foundation

/// Byte-level matching for the cleaning rules: searches the UTF-8 of normalised lines, so that no
/// rule runs Unicode-aware comparison (or a regular expression) over every line of a corpus.
enum TextScan {
    /// The text without the byte ranges that `find` gives on its UTF-8 (in order, not overlapping,
    /// on character boundaries), trimmed; nil when there are none.
    static func removing(from text: String, _ find: (UnsafeBufferPointer<UInt8>) -> [Range<Int>]) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            let ranges = find(bytes)
            guard !ranges.isEmpty else { return nil }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var position = 0
            for range in ranges {
                kept += bytes[position..<range.lowerBound]
                position = range.upperBound
            }
            kept += bytes[position...]
            return String(decoding: kept, as: UTF8.self).trimmingSpaces()
        }
    }

    /// Whether `text` contains `needle`, compared as UTF-8 bytes.
    static func contains(_ text: String, _ needle: String) -> Bool {
        range(of: needle, in: text) != nil || needle.isEmpty
    }

    /// The offset of the first `pattern` in `bytes`: memchr for its first byte, memcmp for the rest.
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count, let base = bytes.baseAddress else { return nil }
        var offset = 0
        let last = bytes.count - pattern.count
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + position, pattern.baseAddress!, pattern.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// Whether `text` starts with `prefix`, as UTF-8 bytes.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }

    static func hasPrefixAny(_ text: String, _ prefixes: [String]) -> String? {
        prefixes.first { hasPrefix(text, $0) }
    }

    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        text.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    static func hasSuffixAny(_ text: String, _ suffixes: [String]) -> String? {
        suffixes.first { hasSuffix(text, $0) }
    }

    /// The byte range of the first occurrence of `needle` in `text`'s UTF-8.
    static func range(of needle: String, in text: String) -> Range<Int>? {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                find(pattern, in: haystack).map { $0..<$0 + pattern.count }
            }
        }
    }

    /// `text` from byte offset `offset` of its UTF-8 (which must fall between characters).
    static func suffix(_ text: String, fromByte offset: Int) -> String {
        String(decoding: text.utf8.dropFirst(offset), as: UTF8.self)
    }

    static func prefix(_ text: String, toByte offset: Int) -> String {
        String(decoding: text.utf8.prefix(offset), as: UTF8.self)
    }
}
