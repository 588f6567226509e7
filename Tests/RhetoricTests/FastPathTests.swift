import Testing
@testable import Rhetoric

/// The byte-level paths of the reports against the rules they stand in for: each must give what
/// the plain definition gives, on hand-picked hard cases and on random strings.
@Suite struct FastPathTests {
    /// Fields that probe every branch of the byte check: quotes, commas, line ends, the formula
    /// starts, numbers and near-numbers, spaces at the ends, C0/C1 controls and the bidi marks, and
    /// their UTF-8 neighbours that must pass untouched (“ ” … — are E2 80 9C/9D/A6/94).
    static let hardFields = [
        "", "合作", "x,y", "say \"hi\"", "a\nb", "a\rb", "\tx", "=1+1", "+7", "@SUM", "-", "-3.841459", "-3.", "-.5", "-3.8e-04",
        "-x", "42", " padded", "padded ", "a\u{1}b", "a\u{7F}b", "a\u{85}b", "a\u{9F}b", "a\u{A0}b", "a\u{61C}b", "a\u{200E}b",
        "a\u{200F}b", "a\u{2010}b", "a\u{202A}b", "a\u{202E}b", "a\u{202F}b", "a\u{2066}b", "a\u{2069}b", "a\u{206A}b",
        "“引号”", "省略…", "破折号——", "'=x", "中\u{3000}", "\u{1F600}",
    ]

    @Test func aRowIsTheQuotedFieldsJoined() {
        var random = SplitMix(seed: 7)
        let alphabet = Array("ab,\"\n\r\t =+-@.0123456789'中“”…—") + ["\u{1}", "\u{85}", "\u{200E}", "\u{202C}", "\u{2068}", "\u{61C}"]
        var fields = Self.hardFields
        for _ in 0..<2000 {
            fields.append(String((0..<Int(random.next() % 6)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        for field in fields {
            var csv = CSVWriter(header: ["h"])
            csv.appendRow([field, field])
            let expected = "h\n" + CSVWriter.quote(field) + "," + CSVWriter.quote(field) + "\n"
            #expect(csv.text == expected, "\(field.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A text's profile read on its UTF-8 is its profile read unit by unit in UTF-16 (a character
    /// outside the BMP as its two surrogates), for random texts of every class it counts.
    @Test func aProfileReadOnUTF8IsTheProfileOfItsUTF16() {
        var random = SplitMix(seed: 17)
        let alphabet = Array("的中国 \t\u{3000}aZé(（)）12。！？!?，、；：,;:…|｜>▲”」》\"'😀\u{20000}Ωж")
        var texts = Self.hardFields + ["", "（Vladimir Putin）普京", "a(b(c)d"]
        for _ in 0..<3000 {
            texts.append(String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        for text in texts {
            #expect(TextProfile(text) == TextProfile(units: text.utf16), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextProfile(text.dropFirst()) == TextProfile(units: text.dropFirst().utf16))
        }
    }

    /// The characters of a document, counted on its UTF-8 bytes, are its Unicode scalars.
    @Test func aDocumentsCharactersAreItsScalars() {
        let texts = Self.hardFields + ["中俄\u{1F600}é", "a\u{0301}", "\u{10FFFF}", String(repeating: "合作，", count: 500)]
        let document = CleanedDocument(paragraphs: texts.map { Paragraph($0) })
        #expect(document.characterCount == texts.reduce(0) { $0 + $1.unicodeScalars.count })
        #expect(CleanedDocument(paragraphs: []).characterCount == 0)
    }

    @Test func aLineThePlainCheckPassesIsTheLineNormalised() {
        // Every character the rules change, and its neighbours on either side in the code space.
        let edges: [UInt32] = [0x0, 0x9, 0xA, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xA1, 0xB7, 0x61B, 0x61C, 0x61D, 0x7FF,
                               0x800, 0x1FFF, 0x2000, 0x200A, 0x200B, 0x200F, 0x2010, 0x2014, 0x201C, 0x2026, 0x2027, 0x2028,
                               0x202F, 0x2030, 0x205E, 0x205F, 0x2060, 0x206F, 0x2070, 0x2FFF, 0x3000, 0x3001, 0x3002, 0x303F,
                               0x4E2D, 0x56FD, 0x9FFF, 0xF900, 0xFE19, 0xFE30, 0xFE31, 0xFE4F, 0xFE50, 0xFE55, 0xFE57, 0xFE58, 0xFEFE, 0xFEFF, 0xFF0C, 0xFF0F, 0xFF10, 0xFF19, 0xFF1A, 0xFF20,
                               0xFF21, 0xFF3A, 0xFF3B, 0xFF40, 0xFF41, 0xFF5A, 0xFF5B, 0xFFEF, 0x10000, 0x1F600, 0x20000,
                               0x22FF, 0x231A, 0x2605, 0x2705, 0x2B50, 0x2BFF, 0x2C00, 0xFE0F, 0x1F1E8, 0x1F447]
        let alphabet = edges.map { Character(Unicode.Scalar($0)!) } + Array("a1中国，。")
        var random = SplitMix(seed: 11)
        var plain = 0
        for _ in 0..<20_000 {
            let line = String((0..<Int(random.next() % 7)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(TextNormalizer.normalize(line) == TextNormalizer.normalizeScalars(line), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            // A substring goes the same way.
            #expect(TextNormalizer.normalize(("x" + line).dropFirst()) == TextNormalizer.normalizeScalars(line))
            if Array(line.utf8).withUnsafeBufferPointer(TextNormalizer.isPlain) {
                plain += 1
                #expect(TextNormalizer.normalizeScalars(line) == line)
            }
        }
        #expect(plain > 2000, "the plain check passes lines of unchanged characters (\(plain))")
        for line in ["两国元首一致同意，深化全面战略协作伙伴关系。", "“中俄关系”——新时代（2024）", "普京·弗拉基米罗维奇😀"] {
            #expect(Array(line.utf8).withUnsafeBufferPointer(TextNormalizer.isPlain), "\(line)")
        }
    }

    @Test func numbersAreReadOnBytes() {
        for (field, isNumber) in [("0", true), ("-12.50", true), ("-", false), ("1.", false), (".5", false), ("1e5", false), ("--1", false), ("1.2.3", false)] {
            #expect(CSVWriter.isNumber(field) == isNumber, "\(field)")
        }
    }

    @Test func recordsReadBackWhatTheWriterWrote() {
        var csv = CSVWriter(header: ["a", "b", "c"])
        let rows = [["x,y", "say \"hi\"", ""], ["line\nbreak", " padded", "=1"], ["", "", "中文"]]
        for row in rows { csv.appendRow(row) }
        var text = csv.text + "\n\r\n"
        var read: [[String]] = []
        text.withUTF8 { bytes in
            var records = CSVRecords(bytes)
            while records.next() {
                read.append(records.buffer.withUnsafeBufferPointer { buffer in
                    records.fields.indices.map { String(decoding: records.field($0, in: buffer), as: UTF8.self) }
                })
                // Every field is followed by the NUL C reads up to.
                #expect(records.fields.allSatisfy { records.buffer[$0.start + $0.count] == 0 })
            }
        }
        #expect(read == [["a", "b", "c"], ["x,y", "say \"hi\"", ""], ["line\nbreak", " padded", "'=1"], ["", "", "中文"]])
    }

    /// Random rows of the hard characters, written and read back: every field is what the writer
    /// made of it (``CSVWriter/formulaSafe(_:)``), and the record ends where the row did.
    @Test func randomRowsReadBackFieldByField() {
        var random = SplitMix(seed: 13)
        let alphabet: [String] = Array("ab,\"\n\r =-中“…").map(String.init) + ["\"\"", ",\"", "\r\n"]
        var rows: [[String]] = []
        var csv = CSVWriter(header: ["h1", "h2"])
        for _ in 0..<3000 {
            let row = (0..<(2 + Int(random.next() % 4))).map { _ in
                (0..<Int(random.next() % 7)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            }
            rows.append(row)
            csv.appendRow(row)
        }
        var read: [[String]] = []
        csv.bytes.withUnsafeBufferPointer { bytes in
            var records = CSVRecords(bytes)
            _ = records.next()
            while records.next() {
                read.append(records.buffer.withUnsafeBufferPointer { buffer in
                    records.fields.indices.map { String(decoding: records.field($0, in: buffer), as: UTF8.self) }
                })
            }
        }
        #expect(read == rows.map { $0.map(CSVWriter.formulaSafe) })
        // Skipping records ends each where reading it does (blank lines skipped alike), and finds
        // each field as written: quoted where the writer quoted it.
        for text in [csv.bytes, csv.bytes + Array("\n\r\nlast,\"a,b\"".utf8)] {
            // Column -1: only where rows end, as the tables without meetings are scanned.
            for column in -1..<6 {
                var (ends, skippedEnds, fields, skippedFields) = ([Int](), [Int](), [String](), [String]())
                text.withUnsafeBufferPointer { bytes in
                    var (reader, skipper) = (CSVRecords(bytes), CSVRecords(bytes))
                    while reader.next() {
                        ends.append(reader.offset)
                        fields.append((0..<reader.fields.count).contains(column) ? reader.buffer.withUnsafeBufferPointer { buffer in
                            CSVWriter.quote(String(decoding: reader.field(column, in: buffer), as: UTF8.self))
                        } : "")
                    }
                    var field = 0..<0
                    while skipper.skip(column: column, field: &field) {
                        skippedEnds.append(skipper.offset)
                        skippedFields.append(String(decoding: bytes[field], as: UTF8.self))
                    }
                }
                #expect(skippedEnds == ends && skippedFields == fields, "column \(column)")
            }
        }
    }

    /// Spans given in UTF-16 offsets, cut from the UTF-8 and trimmed, against the plain definition:
    /// the UTF-16 slice decoded, without ``isTrimmedSpace(_:)`` scalars at either end. Offsets are
    /// asked in order, as the sentences come, and sometimes backwards.
    @Test func utf16SpansAreCutFromTheUTF8AsFromTheUTF16() {
        var random = SplitMix(seed: 5)
        let alphabet: [Character] = ["中", "俄", "a", " ", "\t", "\u{3000}", "\u{FEFF}", "é", "😀", "，", "\u{20000}"]
        for _ in 0..<3000 {
            let text = String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let units = Array(text.utf16)
            // Scalar boundaries only, as ICU's breaks are.
            var boundaries = [0]
            for scalar in text.unicodeScalars { boundaries.append(boundaries.last! + UTF16.width(scalar)) }
            var cursor = UTF16Cursor()
            var text8 = text
            for _ in 0..<4 {
                let a = boundaries[Int(random.next() % UInt64(boundaries.count))]
                let b = boundaries[Int(random.next() % UInt64(boundaries.count))]
                let (start, end) = (min(a, b), max(a, b))
                var scalars = Array(String(decoding: units[start..<end], as: UTF16.self).unicodeScalars)
                while let first = scalars.first, isTrimmedSpace(first.value) { scalars.removeFirst() }
                while let last = scalars.last, isTrimmedSpace(last.value) { scalars.removeLast() }
                let trimmed = String(String.UnicodeScalarView(scalars))
                let cut = text8.withUTF8 { utf8 in
                    let range = UTF16Cursor.trimmed(cursor.byteIndex(of: start, in: utf8)..<cursor.byteIndex(of: end, in: utf8), in: utf8)
                    return String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
                }
                #expect(cut == trimmed, "\(units) \(start)..<\(end)")
            }
        }
    }

    @Test func pairCountsCountAsADictionaryWould() {
        var random = SplitMix(seed: 11)
        var counts = PairCounts(capacity: 4)
        var expected: [UInt64: Int] = [:]
        for _ in 0..<20_000 {
            let a = Int32(random.next() % 300), b = Int32(random.next() % 300)
            let key = PairCounts.key(min(a, b), max(a, b))
            counts.add(key)
            expected[key, default: 0] += 1
        }
        var merged = PairCounts()
        merged.merge(counts.slots)
        merged.merge(counts.slots)
        var seen: [UInt64: Int] = [:]
        merged.forEach { seen[$0] = $1 }
        #expect(counts.count == expected.count)
        #expect(seen == expected.mapValues { 2 * $0 })
        #expect(PairCounts.pair(PairCounts.key(7, Int32.max)) == (7, Int32.max))

        // A sentence's pairs at once, as the co-occurrence stage counts them, from a small table
        // that must grow: each pair of sorted distinct ids once per sentence.
        var sentences = PairCounts(capacity: 1)
        var expectedPairs: [UInt64: Int] = [:]
        for _ in 0..<500 {
            let ids = Array(Set((0..<Int(random.next() % 12)).map { _ in Int32(random.next() % 40) })).sorted()
            ids.withUnsafeBufferPointer { sentences.addPairs(of: $0) }
            for i in ids.indices { for j in (i + 1)..<ids.count { expectedPairs[PairCounts.key(ids[i], ids[j]), default: 0] += 1 } }
        }
        var seenPairs: [UInt64: Int] = [:]
        sentences.forEach { seenPairs[$0] = $1 }
        #expect(sentences.count == expectedPairs.count && seenPairs == expectedPairs)
        // Tables that share some pairs merge into their sum.
        var both = sentences
        both.merge(merged.slots)
        var seenBoth: [UInt64: Int] = [:]
        both.forEach { seenBoth[$0] = $1 }
        let sum = expectedPairs.merging(expected.mapValues { 2 * $0 }, uniquingKeysWith: +)
        #expect(both.count == sum.count && seenBoth == sum)
        // A list made elsewhere, its empty keys skipped: a pair twice adds twice.
        var listed = PairCounts(capacity: 1)
        listed.merge(PairCounts.Slots(keys: [PairCounts.key(1, 2), .max, PairCounts.key(0, 5), PairCounts.key(1, 2)], counts: [3, 99, 4, 1], count: 3))
        var seenListed: [UInt64: Int] = [:]
        listed.forEach { seenListed[$0] = $1 }
        #expect(listed.count == 2 && seenListed == [PairCounts.key(1, 2): 4, PairCounts.key(0, 5): 4])
    }

    @Test func aNeedleSetFindsWhatASearchPerNeedleFinds() {
        let needles = ["版权所有", "版权归", "©", "APP", "app", "下载", "未经书面授权"]
        let set = NeedleSet(lists: [needles])
        let hard = ["", "版", "版权", "版权归", "本站版权所有", "版权所", "© 2024", "2024 ©", "©", "AP", "APP下载", "下 载",
                    "未经书面授", "未经书面授权", "ａｐｐ", "©️", "Ｃ", "权所有版"]
        for text in hard {
            #expect((set.lists(in: text) != 0) == needles.contains { TextScan.contains(text, $0) }, "\(text)")
        }
        // Random lines over the needles' own characters, where partial and overlapping matches abound.
        let alphabet = Array("版权所有归©APap下载未经书面授一 ")
        var random = SplitMix(seed: 5)
        // Several lists in one pass, a marker in two of them: each list's bit when one of its markers occurs.
        let lists = [["版权所有", "©"], ["下载", "APP"], ["版权归", "下载", "未经书面授权"], ["app"]]
        let tagged = NeedleSet(lists: lists)
        for _ in 0..<5_000 {
            let text = String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect((set.lists(in: text) != 0) == needles.contains { TextScan.contains(text, $0) }, "\(text)")
            let expected = lists.enumerated().reduce(UInt32(0)) { bits, list in
                list.element.contains { TextScan.contains(text, $0) } ? bits | 1 << UInt32(list.offset) : bits
            }
            #expect(tagged.lists(in: text) == expected, "\(text)")
        }
    }

    /// Whether a line ends a sentence, by the definition over the whole line's scalars.
    static func plainEndsSentence(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let last = scalars.count - 1
        if last > 0, scalars[last] == "）" || scalars[last] == ")",
           let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }), open > 0, last - open <= 30,
           Unwrapper.terminals.contains(scalars[open - 1]) {
            return true
        }
        guard let end = scalars.lastIndex(where: { !Unwrapper.closers.contains($0) }) else { return false }
        return Unwrapper.terminals.contains(scalars[end])
    }

    @Test func aSentenceEndIsFoundFromTheLineEndAsOnTheWholeLine() {
        let hard = ["", "。", "）", "(", "（）", "。）", "成果。", "成果。”", "成果”。", "”", "合作", "成果。（译者：某某）", "成果（译者：某某）",
                    "（译者：某某）", "成果。（" + String(repeating: "某", count: 30) + "）", "成果。（" + String(repeating: "某", count: 29) + "）",
                    "成果。（甲）（乙）", "成果！（甲(乙)", "好吗?\"", "……", "（。）", "。（）"]
        for text in hard {
            #expect(Unwrapper.endsSentence(text) == Self.plainEndsSentence(text), "\(text)")
        }
        let alphabet = Array("。！？”）)（(某 a")
        var random = SplitMix(seed: 8)
        for _ in 0..<5_000 {
            let text = String((0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(Unwrapper.endsSentence(text) == Self.plainEndsSentence(text), "\(text)")
        }
    }

    @Test func theTopAreTheFirstOfTheSorted() {
        var random = SplitMix(seed: 3)
        let values = (0..<500).map { _ in Int(random.next() % 100) * 1000 + Int(random.next() % 1000) }
        for count in [0, 1, 7, 499, 500, 900] {
            #expect(TopSelection.first(count, of: values, by: >) == Array(values.sorted(by: >).prefix(count)))
        }
        #expect(TopSelection.first(2, of: [3, 1, 2], by: <) == [1, 2])
    }

    @Test func eachGroupsFirstAreTakenInOnePassInTheirOrder() {
        // (group, value): group 1's rows come before and after group 0's; group 5 is out of range.
        let rows = [(1, 10), (1, 11), (0, 20), (5, 30), (1, 12), (0, 21), (1, 13), (2, 40)]
        let first = TopSelection.first(3, ofEach: 3, among: rows) { $0.0 == 2 ? nil : $0.0 }
        #expect(first.map { $0.map(\.1) } == [[20, 21], [10, 11, 12], []])
        #expect(TopSelection.first(0, ofEach: 2, among: rows) { $0.0 }.map(\.count) == [0, 0])
    }
}
