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

    /// The documents of one meeting read so far, and which of them hold each sentence: a new
    /// document's sentences are looked up once each rather than searched for in every earlier
    /// document (outlets carrying one agency story give a meeting dozens of copies).
    struct Earlier {
        private(set) var files: [String] = []
        /// Each sentence's documents, by their index in `files`, ascending.
        private var holders: [UInt64: [Int32]] = [:]

        /// The earliest document that `sentences` copies, if any (both as ``sentences(of:)`` gives
        /// them): the first holding at least ``minimumShare`` of them.
        func original(of sentences: [UInt64]) -> String? {
            guard !sentences.isEmpty, !files.isEmpty else { return nil }
            let needed = minimumShare * Double(sentences.count)
            var shared = [Int](repeating: 0, count: files.count)
            for sentence in sentences {
                for holder in holders[sentence] ?? [] { shared[Int(holder)] += 1 }
            }
            return shared.firstIndex { Double($0) >= needed }.map { files[$0] }
        }

        mutating func add(_ file: String, sentences: [UInt64]) {
            for sentence in sentences { holders[sentence, default: []].append(Int32(files.count)) }
            files.append(file)
        }
    }
}
