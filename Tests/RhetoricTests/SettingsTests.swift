import Foundation
import Testing
@testable import Rhetoric

/// `rhetoric.yaml` in the corpus folder: a customised analysis that `make` reproduces.
@Suite struct SettingsTests {
    @Test func settingsAreParsedWithPathsInTheCorpusFolder() throws {
        let text = "lexicon: [mine.txt, /abs/other.txt]\nthemes: t.yaml\nalpha: 0.01\nmin_pair_count: 3\nphrases: false\n"
        let settings = try ProjectSettings(parsing: text, file: "c/rhetoric.yaml", corpus: "c")
        #expect(settings.lexicon == ["c/mine.txt", "/abs/other.txt"])
        #expect(settings.themes == "c/t.yaml" && settings.alpha == 0.01 && settings.minPairCount == 3 && settings.phrases == false)
        #expect(settings.stopwords == nil && settings.minKeyCount == nil)
    }

    @Test func aMisspeltOrBadSettingNamesItsLine() {
        #expect(throws: RhetoricError(file: "r.yaml", line: 2, "unknown setting 'lexicons'; the settings are \(ProjectSettings.keys.joined(separator: ", "))")) {
            try ProjectSettings(parsing: "alpha: 0.01\nlexicons: [a.txt]\n", file: "r.yaml", corpus: ".")
        }
        #expect(throws: RhetoricError(file: "r.yaml", line: 1, "min_key_count needs a number")) {
            try ProjectSettings(parsing: "min_key_count: three\n", file: "r.yaml", corpus: ".")
        }
        #expect(throws: RhetoricError(file: "r.yaml", line: 1, "phrases needs true or false")) {
            try ProjectSettings(parsing: "phrases: maybe\n", file: "r.yaml", corpus: ".")
        }
    }

    @Test func sha256OfKnownInputs() {
        // FIPS 180-4's examples.
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // 56 bytes: the padding takes a second block.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // A million "a", fed whole and in uneven pieces that straddle the 64-byte blocks.
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var pieces = SHA256()
        var offset = 0
        for size in [7, 100, 57, 64, 1] + Array(repeating: 999, count: 1001) where offset < million.count {
            pieces.update(Array(million[offset..<min(offset + size, million.count)]))
            offset += size
        }
        pieces.update(Array(million[min(offset, million.count)...]))
        #expect(pieces.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func contentHashOfKnownInputs() {
        func hash(_ bytes: [UInt8]) -> String {
            var hasher = ContentHash()
            hasher.update(bytes)
            return hasher.hex()
        }
        // XXH3-128 with seed 0: the empty input is xxHash's own sanity value; the others are what
        // the `xxhash` package on PyPI (its own build of the reference code) gives.
        #expect(hash([]) == "99aa06d3014798d86001c324468d497f")
        #expect(hash(Array("abc".utf8)) == "06b05ab6733a618578af5f94892f3950")
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(hash(million) == "a545df8e384a9579b1fd6fae5285c4eb")
        // Fed in pieces, one a field (its bytes and a zero byte), and a hasher starts over once read.
        let ramp = Array((0..<1_024_000).map { UInt8($0 % 256) })
        var pieces = ContentHash()
        pieces.update(field: "rhetoric")
        for start in stride(from: 0, to: ramp.count, by: 333) { pieces.update(Array(ramp[start..<min(start + 333, ramp.count)])) }
        #expect(pieces.hex() == "fb76ea8c3b3e97ebc065c76ef1070ff7")
        #expect(pieces.hex() == "99aa06d3014798d86001c324468d497f")
    }

    @Test func everyCommandReadsTheCorpusSettingsAndTheCommandLineWins() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = directory + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try write([
            "a.txt": "新华社北京2024年5月16日电 习近平同普京举行会谈。习近平指出，双方要推进协作伙伴关系。\n",
            "mine.txt": "协作伙伴关系\n",
            "t.yaml": "partnership: [协作伙伴关系]\n",
            "meetings.csv": "file,date,city\na.txt,2024-05-16,Beijing\n",
            "rhetoric.yaml": "# our analysis\nlexicon: [mine.txt]\nthemes: t.yaml\nmin_trend_count: 1\nalpha: 0.01\n",
        ], in: corpus)
        // segment: the settings' lexicon keeps the formula whole.
        let segmented = try runRhetoric(["segment", corpus + "/a.txt", "--corpus", corpus])
        #expect(segmented.code == 0 && segmented.out.contains(" 协作伙伴关系"))
        // run: the themes and options of the settings, recorded with hashes in summary.json.
        let run = try runRhetoric(["run", "-c", corpus, "-o", directory + "/reports", "-q", "-j", "1"])
        #expect(run.code == 0, "\(run.err)")
        let themes = try String(contentsOfFile: directory + "/reports/themes.csv", encoding: .utf8)
        #expect(themes.contains("2024-05-16,all,partnership,partnership,1,"))
        let summary = try String(contentsOfFile: directory + "/reports/summary.json", encoding: .utf8)
        #expect(summary.contains("\"alpha\": 0.010000") && summary.contains("\"min_trend_count\": 1"))
        let lexicon = SHA256.hex(Array("协作伙伴关系\n".utf8))
        #expect(summary.contains("\"path\": \"mine.txt\"") && summary.contains(lexicon))
        #expect(summary.contains("\"path\": \"rhetoric.yaml\"") && summary.contains("\"role\": \"settings\""))
        // The command line wins over the file; the settings file is never read as a document.
        let override = try runRhetoric(["run", "-c", corpus, "-o", directory + "/reports", "-q", "--alpha", "0.2"])
        #expect(override.code == 0)
        #expect(try String(contentsOfFile: directory + "/reports/summary.json", encoding: .utf8).contains("\"alpha\": 0.200000"))
        let documents = try String(contentsOfFile: directory + "/reports/documents.csv", encoding: .utf8)
        #expect(documents.split(separator: "\n").count == 2)
        // A bad settings file stops every command with its line.
        try "alpha: 0.01\nthemes: [a, b]\nbogus: 1\n".write(toFile: corpus + "/rhetoric.yaml", atomically: false, encoding: .utf8)
        let bad = try runRhetoric(["kwic", "协作伙伴关系", "--corpus", corpus])
        #expect(bad.code == 1 && bad.err.contains("rhetoric.yaml:2"))
    }
}
