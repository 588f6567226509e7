/// Near-duplicate documents: the same agency story carried by two outlets, or saved once in each
/// script, differs in its furniture, a headline or a sentence, but not in its sentences. A document
/// whose sentences are at least ``minimumShare`` sentences of an earlier document of the same
/// meeting (after conversion to Simplified and cleaning) is that document again.
enum NearDuplicates {
    static let minimumShare = 0.9

    /// Each sentence of 6 characters or more, as a hash of its letters, digits and Han characters
    /// (punctuation and spaces left out, so a comma more or less does not hide a copy), ascending,
    /// each once.
    static func sentences(of document: CleanedDocument) -> [UInt64] {
        var keys = Set<UInt64>()
        for paragraph in document.paragraphs where paragraph.kind == .body {
            var hash: UInt64 = 14_695_981_039_346_656_037
            var length = 0
            // Scalars rather than UTF-16 units: the text is stored as UTF-8, which they read directly.
            for scalar in paragraph.text.unicodeScalars {
                let value = scalar.value
                if value <= 0xFFFF && Segmenter.isTerminal(UInt16(value)) {
                    if length >= 6 { keys.insert(hash) }
                    hash = 14_695_981_039_346_656_037
                    length = 0
                } else if TextNormalizer.isHan(scalar) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                    hash = (hash ^ UInt64(value)) &* 1_099_511_628_211
                    length += 1
                }
            }
            if length >= 6 { keys.insert(hash) }
        }
        return keys.sorted()
    }

    /// The earlier document `sentences` copies, if any (both as ``sentences(of:)`` gives them). Each
    /// earlier document is given up on as soon as more sentences miss it than a copy may miss, so
    /// most comparisons stop early.
    static func original(of sentences: [UInt64], among earlier: [(file: String, sentences: [UInt64])]) -> String? {
        guard !sentences.isEmpty else { return nil }
        let needed = minimumShare * Double(sentences.count)
        return earlier.first { other in
            var missed = 0
            for sentence in sentences where !contains(other.sentences, sentence) {
                missed += 1
                if Double(sentences.count - missed) < needed { return false }
            }
            return true
        }?.file
    }

    /// Whether the ascending `values` hold `value` (a binary search).
    static func contains(_ values: [UInt64], _ value: UInt64) -> Bool {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == value
    }
}
