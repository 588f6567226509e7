import Foundation
import Testing
@testable import Rhetoric

/// The `rhetoric` binary built beside the tests.
let rhetoricBinary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rhetoric").path
    return FileManager.default.isExecutableFile(atPath: beside) ? beside : packageRoot + "/.build/debug/rhetoric"
}()

/// Runs the CLI, with `environment` added to this process's; returns its exit code, stdout and stderr.
func runRhetoric(_ arguments: [String], environment: [String: String] = [:], in folder: String? = nil) throws -> (code: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: rhetoricBinary)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // A process killed by a signal exits as a shell reports it: 128 + the signal.
    let code = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    return (code, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// A temporary corpus with a manifest, and a place for reports beside it: either one seed and a
/// `reports/` written by an earlier run (the marker and a sentinel file), or (`ownText`) a short
/// text of our own writing and no reports yet.
struct Scratch {
    static let ownText = """
        两国元首举行会谈。习近平指出，中俄双方要加强合作，推动两国关系持续发展。
        普京表示，俄方愿同中方一道，深化能源、科技和人文领域合作。

        """
    let root: String
    var corpus: String { root + "/corpus" }
    var reports: String { root + "/reports" }

    init(ownText: Bool = false) throws {
        root = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        if ownText {
            try write("a.txt", Scratch.ownText)
            try write("meetings.csv", "file,date,city,label\na.txt,2024-05-16,Beijing,\n")
            return
        }
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        try write("documents.csv", "previous\n", in: reports)
        try write(OutputFolder.markerName, OutputFolder.marker(listing: ["documents.csv"]), in: reports)
        try copySeed("003_e43c17c6c2395aa3.txt")
        try write("meetings.csv", "file,date,city,label\n003_e43c17c6c2395aa3.txt,2025-05-08,Moscow,\n")
    }

    func copySeed(_ name: String, as target: String? = nil) throws {
        try FileManager.default.copyItem(atPath: seedsDirectory + "/" + name, toPath: corpus + "/" + (target ?? name))
    }

    /// Writes a file into the corpus, or into `folder`.
    func write(_ name: String, _ text: String, in folder: String? = nil) throws { try write(name, Array(text.utf8), in: folder) }

    func write(_ name: String, _ bytes: [UInt8], in folder: String? = nil) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: (folder ?? corpus) + "/" + name))
    }

    func run(_ extra: [String] = [], out: String? = nil, environment: [String: String] = [:]) throws -> (code: Int32, out: String, err: String) {
        try runRhetoric(["run", "--corpus", corpus, "--out", out ?? reports, "--quiet", "--jobs", "1"] + extra, environment: environment)
    }

    /// The names in a folder, sorted.
    func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Whether `reports/` still holds exactly the earlier run's files, and nothing was left beside it
    /// (the lock file aside).
    var reportsUntouched: Bool {
        listing(reports) == [OutputFolder.markerName, "documents.csv"]
            && FileManager.default.contents(atPath: reports + "/documents.csv") == Data("previous\n".utf8)
            && listing(root).filter { $0 != ".reports.lock" } == ["corpus", "reports"]
    }

    /// Whether `reports/` is a complete set of reports from a run, and nothing but the lock file lies beside it.
    var reportsComplete: Bool {
        let files = listing(reports)
        let marker = (try? String(contentsOfFile: reports + "/" + OutputFolder.markerName, encoding: .utf8)) ?? ""
        return files.contains("documents.csv") && files.contains("index.html")
            && OutputFolder.listedFiles(marker) == Set(files).subtracting([OutputFolder.markerName])
            && listing(root) == [".reports.lock", "corpus", "reports"]
    }

    var documentsCSV: String { (try? String(contentsOfFile: reports + "/documents.csv", encoding: .utf8)) ?? "" }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Suite struct BadInputTests {
    @Test func aGoodCorpusReplacesTheReports() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try scratch.run()
        #expect(result.code == 0, "\(result.err)")
        #expect(scratch.documentsCSV.contains("003_e43c17c6c2395aa3.txt"))
    }

    @Test func anUnreadableEncodingNamesTheFileTheGuessesAndTheWayOut() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // High bytes from a fixed linear congruential sequence: no encoding's pattern.
        var state: UInt32 = 7
        var noise: [UInt8] = []
        for _ in 0..<4000 {
            state = state &* 1_103_515_245 &+ 12_345
            noise.append(UInt8(0x80 | (state >> 16) & 0x7F))
        }
        try scratch.write("noise.txt", noise)
        let result = try scratch.run()
        #expect(result.code == 1)
        #expect(result.err.contains("noise.txt") && result.err.contains("cannot tell the encoding (best guesses: "))
        #expect(result.err.contains("--encoding"))
        #expect(scratch.reportsUntouched)
    }

    @Test func brokenUTF8NamesTheByteAndLossyWarnsInstead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var bytes = Array("双方同意加强合作。\n".utf8)
        let offset = bytes.count
        bytes += [0xE4, 0xB8]  // a character cut off
        bytes += Array("两国元首举行会谈。\n".utf8)
        try scratch.write("cut.txt", bytes)
        try scratch.write("meetings.csv", "file,date,city\n003_e43c17c6c2395aa3.txt,2025-05-08,Moscow\ncut.txt,2025-05-08,Moscow\n")
        let result = try scratch.run()
        #expect(result.code == 1)
        #expect(result.err.contains("cut.txt (byte \(offset)): not valid UTF-8"))
        #expect(scratch.reportsUntouched)
        let lossy = try scratch.run(["--lossy"])
        #expect(lossy.code == 0)
        #expect(lossy.err.contains("warning:") && lossy.err.contains("U+FFFD, the first at byte \(offset)"))
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "not a text file: it starts like a PNG image"),
        (Array("%PDF-1.7\n".utf8), "not a text file: it starts like a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14], "not a text file: it starts like a ZIP archive"),
        (Array("中俄".utf8) + [0] + Array("合作".utf8), "a NUL byte: this is not a text file"),
    ] as [([UInt8], String)])
    func binaryFilesAreErrors(bytes: [UInt8], message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("image.txt", bytes)
        let result = try scratch.run()
        #expect(result.code == 1)
        #expect(result.err.contains("image.txt"))
        #expect(result.err.contains(message))
        #expect(scratch.reportsUntouched)
    }

    @Test func otherExtensionsAreIgnoredWithANoteWhenVerbose() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0])
        let quiet = try scratch.run()
        #expect(quiet.code == 0 && !quiet.err.contains("photo.jpg"))
        let verbose = try scratch.run(["--verbose"])
        #expect(verbose.code == 0 && verbose.err.contains("photo.jpg: not read"))
    }

    @Test func emptyAndNonChineseFilesAreListedAndWarnedAboutButNotCounted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("empty.txt", "")
        try scratch.write("english.txt", "Xi and Putin met in Moscow.\n")
        let result = try scratch.run()
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.contains("empty.txt: no Chinese text"))
        #expect(result.err.contains("english.txt: no Chinese text"))
        let rows = try CSVTable(parsing: scratch.documentsCSV, file: "documents.csv").rows.map(\.fields)
        #expect(rows.map { $0[4] } == ["003_e43c17c6c2395aa3.txt", "empty.txt", "english.txt"])
        #expect(rows.map { $0.last! } == ["ok", "empty", "empty"])
        #expect(rows[1][0] == "", "an undated empty file has no meeting")
    }

    @Test func theSameDocumentTwiceIsCountedOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let single = try scratch.run()
        #expect(single.code == 0)
        let before = try String(contentsOfFile: scratch.reports + "/frequency.csv", encoding: .utf8)
        try scratch.copySeed("003_e43c17c6c2395aa3.txt", as: "copy.txt")
        let result = try scratch.run()
        #expect(result.code == 0)
        #expect(result.err.contains("copy.txt: the same text as 003_e43c17c6c2395aa3.txt"))
        #expect(scratch.documentsCSV.contains(",copy.txt,") && scratch.documentsCSV.contains(",duplicate\n"))
        #expect(try String(contentsOfFile: scratch.reports + "/frequency.csv", encoding: .utf8) == before)
    }

    @Test(arguments: [
        ("file,date,city\n003_e43c17c6c2395aa3.txt,2025-05-08,Moscow\nmissing.txt,2025-05-08,Moscow\n", "meetings.csv:3: missing.txt is not in"),
        ("file,date,city\n003_e43c17c6c2395aa3.txt,2025-5-8,Moscow\n", "meetings.csv:2: '2025-5-8' is not a date"),
        ("file,date,city\n003_e43c17c6c2395aa3.txt,2025-05-08,Moscow\n003_e43c17c6c2395aa3.txt,2025-05-09,Moscow\n",
         "meetings.csv:3: 003_e43c17c6c2395aa3.txt is listed twice (first on line 2)"),
        ("file,date,city,label,encoding\n003_e43c17c6c2395aa3.txt,2025-05-08,Moscow,,Klingon\n", "meetings.csv:2: unknown encoding 'Klingon'"),
    ])
    func manifestProblemsNameTheLine(manifest: String, message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("meetings.csv", manifest)
        let result = try scratch.run()
        #expect(result.code == 1)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(scratch.reportsUntouched)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try runRhetoric(["run", "--no-such-flag"]).code == 2)
        #expect(try runRhetoric(["run", "--jobs", "0"]).code == 2)
        #expect(try runRhetoric(["run", "--encoding", "Klingon"]).code == 2)
        #expect(try runRhetoric(["kwic", "中俄", "--meeting", "1999-01-01"]).err.contains("the meetings are 2013-03-22"))
    }
}

@Suite struct EncodingTests {
    /// The seeds copied into a folder, each report transformed and re-encoded (the corpus's own
    /// files, manifest and phrases, copied as they are).
    func copy(encoding: String?, transform: (String) -> String = { $0 }) throws -> String {
        let folder = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: seedsDirectory) {
            let bytes = [UInt8](FileManager.default.contents(atPath: seedsDirectory + "/" + name)!)
            if CorpusSource.reservedNames.contains(name) {
                try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
                continue
            }
            let text = transform(try SourceText.decode(bytes, file: name).text)
            let out = encoding == nil ? Array(text.utf8) : try SourceText.encode(text, as: encoding!)
            try Data(out).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }

    func reports(_ corpus: String) throws -> [String: Data] {
        var options = Pipeline.Options()
        options.corpus = corpus
        let folder = try temporaryDirectory()
        options.output = folder + "/reports"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Pipeline(options: options).run()
        let names = try FileManager.default.contentsOfDirectory(atPath: options.output)
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: options.output + "/" + $0)!) })
    }

    @Test func aGB18030CopyOfTheSeedsGivesByteIdenticalReports() throws {
        let gb = try copy(encoding: "GB18030")
        defer { try? FileManager.default.removeItem(atPath: gb) }
        let sample = [UInt8](FileManager.default.contents(atPath: gb + "/000_54381d582db1526f.txt")!)
        #expect(SourceText.utf8Survey(sample).first != nil, "the copy really is GB18030")
        #expect(try SourceText.decode(sample, file: "x").encoding == "GB18030")
        #expect(try reports(gb) == reports(seedsDirectory))
    }

    @Test func aBig5CopyOfATraditionalVersionGivesTheSameTermsAsThatVersionInUTF8() throws {
        let hant = try ScriptConverter(configuration: "s2t.json")
        // Big5 lacks a few characters; compare against the text as Big5 can hold it.
        let traditional: (String) -> String = { text in
            let converted = hant.convert(text)
            let bytes = (try? SourceText.encode(converted, as: "Big5")) ?? []
            return (try? SourceText.decode(bytes, file: "x", options: .init(encoding: "Big5")).text) ?? converted
        }
        let utf8 = try copy(encoding: nil, transform: traditional)
        let big5 = try copy(encoding: "Big5", transform: traditional)
        defer {
            try? FileManager.default.removeItem(atPath: utf8)
            try? FileManager.default.removeItem(atPath: big5)
        }
        let sample = [UInt8](FileManager.default.contents(atPath: big5 + "/003_e43c17c6c2395aa3.txt")!)
        #expect(try SourceText.decode(sample, file: "x").encoding == "Big5")
        #expect(try reports(big5) == reports(utf8))
    }

    @Test func aForcedEncodingOverridesDetection() throws {
        let bytes = try SourceText.encode("中俄关系", as: "GB18030")
        #expect(try SourceText.decode(bytes, file: "x", options: .init(encoding: "GB18030")).text == "中俄关系")
        #expect(throws: RhetoricError.self) { try SourceText.decode(bytes, file: "x", options: .init(encoding: "UTF-8")) }
    }
}
