import Foundation
import Testing
import Rhetoric

/// Feeds random and mutated bytes through decoding, cleaning and segmentation. Every case must end
/// in a result or a ``RhetoricError``, never a crash or another error, and a result must be sane.
/// The cases are drawn from a fixed seed, so a failure repeats; `RHETORIC_FUZZ_CASES` sets how
/// many (default 300; `make fuzz` runs 20,000).
@Suite struct FuzzTests {
    static let cases = Int(ProcessInfo.processInfo.environment["RHETORIC_FUZZ_CASES"] ?? "") ?? 300
    static let seeds: [[UInt8]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        return (try? FileManager.default.contentsOfDirectory(atPath: root))?.sorted().filter { $0.hasSuffix(".txt") }
            .map { [UInt8](FileManager.default.contents(atPath: root + "/" + $0)!) } ?? []
    }()

    @Test func randomAndMutatedInputNeverCrashes() throws {
        var random = SplitMix(seed: 20_261_122)
        let config = SegmentationConfig.defaults()
        let segmenter = try Segmenter(config: config, trie: config.trie())
        for index in 0..<Self.cases {
            let (bytes, format) = Self.input(index, &random)
            let lossy = random.next() % 2 == 0
            do {
                let decoded = try SourceText.decode(bytes, file: "case\(index)", options: .init(lossy: lossy))
                let cleaned = try Cleaner().clean(decoded.text, format: format, file: "case\(index)")
                for paragraph in cleaned.paragraphs {
                    #expect(!paragraph.text.isEmpty, "case \(index): an empty paragraph")
                    #expect(!paragraph.text.unicodeScalars.contains { $0.value < 0x20 }, "case \(index): a control character")
                }
                var table = TermTable()
                let segmented = try segmenter.segment(cleaned, into: &table)
                for sentence in segmented.sentences {
                    #expect(sentence.start < sentence.end)
                    #expect(segmented.terms(of: sentence).allSatisfy { $0 >= 0 && Int($0) < table.count && !table.term($0).isEmpty })
                }
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }

    /// Case `index`: one of several kinds of bad input, in turn.
    static func input(_ index: Int, _ random: inout SplitMix) -> ([UInt8], Cleaner.Format) {
        let seed = seeds.isEmpty ? Array("双方同意加强合作。".utf8) : seeds[Int(random.next() % UInt64(seeds.count))]
        switch index % 7 {
        case 0:  // random bytes
            return ((0..<Int(random.next() % 2000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, .text)
        case 1:  // a seed cut anywhere, often mid-character
            return (Array(seed.prefix(Int(random.next() % UInt64(seed.count + 1)))), .text)
        case 2:  // a seed with bytes flipped, inserted and deleted
            var bytes = seed
            for _ in 0..<(1 + random.next() % 20) where !bytes.isEmpty {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
                default: bytes.remove(at: at)
                }
            }
            return (bytes, .text)
        case 3:  // tag soup
            let pieces = ["<p>", "</p>", "<div>", "<img src=x>", "<strong>", "</strong>", "<script>", "</script>", "<h2>",
                          "&nbsp;", "&amp;", "&#x3002;", "<br>", "<!--", "-->", "中俄", "合作。", "新华社发", "<figcaption>", "<"]
            let html = (0..<Int(random.next() % 200)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            return (Array(html.utf8), .html)
        case 4:  // broken front matter
            let pieces = ["---\n", "title: ", "'", "\"", "date: ", "[", "{", ": ", "\n", "  - ", "中俄", "2022-02-30", "|", ">"]
            let text = "---\n" + (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            return (Array(text.utf8), .markdown)
        case 5:  // UTF-16 with lone surrogates and odd lengths
            var bytes: [UInt8] = random.next() % 2 == 0 ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for _ in 0..<Int(random.next() % 300) {
                let unit = random.next() % 4 == 0 ? UInt16(0xD800 + random.next() % 0x800) : UInt16(0x4E00 + random.next() % 0x5000)
                bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
            if random.next() % 3 == 0 { bytes.append(0x41) }
            return (bytes, .text)
        default:  // a huge line: a seed's text repeated without line breaks
            let text = String(decoding: seed, as: UTF8.self).replacingOccurrences(of: "\n", with: "")
            return (Array(String(repeating: text, count: 1 + Int(random.next() % 8)).utf8), .text)
        }
    }
}
