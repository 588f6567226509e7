import Foundation
import Testing
@testable import Rhetoric

@Suite struct OutputFolderTests {
    @Test func theCorpusItselfIsRefused() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        let result = try tiny.run(out: tiny.corpus)
        #expect(result.code == 2)
        #expect(result.err.contains("is the corpus folder"))
        #expect(tiny.listing(tiny.corpus) == ["a.txt", "meetings.csv"])
    }

    @Test func aFolderAroundTheCorpusIsRefused() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        let result = try runRhetoric(["run", "--corpus", "corpus", "--out", ".", "--quiet"], in: tiny.root)
        #expect(result.code == 2)
        #expect(result.err.contains("contains the corpus folder corpus; replacing it would delete the corpus"))
        #expect(tiny.listing(tiny.root) == ["corpus"])
        #expect(tiny.listing(tiny.corpus) == ["a.txt", "meetings.csv"])
    }

    @Test func aFolderInsideTheCorpusIsRefused() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        let result = try tiny.run(out: tiny.corpus + "/reports")
        #expect(result.code == 2)
        #expect(result.err.contains("is inside the corpus folder"))
        #expect(tiny.listing(tiny.corpus) == ["a.txt", "meetings.csv"])
    }

    @Test func anExistingFileIsRefused() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try tiny.write("notes.txt", "my notes\n", in: tiny.root)
        let result = try tiny.run(out: tiny.root + "/notes.txt")
        #expect(result.code == 2)
        #expect(result.err.contains("is a file, not a folder"))
        #expect(FileManager.default.contents(atPath: tiny.root + "/notes.txt") == Data("my notes\n".utf8))
    }

    @Test func aFolderRhetoricDidNotWriteIsRefused() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        let folder = tiny.root + "/myfolder"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try tiny.write("notes.txt", "mine\n", in: folder)
        let result = try tiny.run(out: folder)
        #expect(result.code == 2)
        #expect(result.err.contains("holds notes.txt and no .rhetoric-reports marker"))
        #expect(tiny.listing(folder) == ["notes.txt"])
    }

    @Test func aFileAddedToAReportsFolderIsNeverDeleted() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        #expect(try tiny.run().code == 0)
        try tiny.write("notes.txt", "mine\n", in: tiny.reports)
        let result = try tiny.run()
        #expect(result.code == 2)
        #expect(result.err.contains("holds files a run did not write (notes.txt)"))
        #expect(FileManager.default.contents(atPath: tiny.reports + "/notes.txt") == Data("mine\n".utf8))
    }

    @Test func anEmptyFolderAndATrailingSlashAreFine() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        try FileManager.default.createDirectory(atPath: tiny.reports, withIntermediateDirectories: true)
        let first = try tiny.run(out: tiny.reports + "/")
        #expect(first.code == 0, "\(first.err)")
        #expect(tiny.reportsComplete)
        let second = try tiny.run(out: tiny.reports + "/")
        #expect(second.code == 0, "\(second.err)")
        #expect(tiny.reportsComplete)
    }

    @Test func aReportsFolderInsideTheCorpusIsNotReadAsDocuments() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        #expect(try tiny.run().code == 0)
        try FileManager.default.copyItem(atPath: tiny.reports, toPath: tiny.corpus + "/old-reports")
        let result = try tiny.run(["--verbose"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.contains("old-reports: a reports folder, not read"))
        let documents = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        #expect(!documents.contains("index.html") && !documents.contains("old-reports"))
    }

    /// Killed (SIGKILL, which nothing can catch) at each step of writing: the previous reports stay
    /// whole, and the next run leaves complete reports and no staging folder.
    @Test(arguments: ["writing", "staged", "exchanged"])
    func aRunKilledAtAnyStepLeavesReportsWholeAndTheNextRunCleansUp(point: String) throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        #expect(try tiny.run().code == 0)
        let before = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        try tiny.write("b.txt", "中俄双方同意加强在联合国等多边框架内的协调。\n")
        try tiny.write("meetings.csv", "file,date,city,label\na.txt,2024-05-16,Beijing,\nb.txt,2024-05-16,Beijing,\n")
        let killed = try tiny.run(environment: ["RHETORIC_FAULT": point])
        #expect(killed.code == 128 + SIGKILL)
        let documents = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        // Before the swap the old reports are in place; after it, the new ones: never neither.
        #expect(documents == before || documents.contains("b.txt"))
        #expect(try tiny.run().code == 0)
        #expect(tiny.reportsComplete, "\(tiny.listing(tiny.root))")
    }

    @Test func anInterruptedRunRemovesItsStagingFolder() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        #expect(try tiny.run().code == 0)
        let before = try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8)
        let interrupted = try tiny.run(environment: ["RHETORIC_FAULT": "interrupt:writing"])
        #expect(interrupted.code == 128 + SIGINT)
        #expect(try String(contentsOfFile: tiny.reports + "/documents.csv", encoding: .utf8) == before)
        #expect(tiny.listing(tiny.root) == [".reports.lock", "corpus", "reports"])
    }

    @Test func concurrentRunsIntoOneFolderAllEndInCompleteReports() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        // All twelve started before any is waited for.
        let processes = try (0..<12).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: rhetoricBinary)
            process.arguments = ["run", "--corpus", tiny.corpus, "--out", tiny.reports, "--quiet", "--jobs", "1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 12))
        #expect(tiny.reportsComplete, "\(tiny.listing(tiny.root))")
    }

    @Test func theMarkerListsEveryFileTheRunWrote() throws {
        let tiny = try Scratch(ownText: true)
        defer { tiny.remove() }
        #expect(try tiny.run().code == 0)
        let marker = try String(contentsOfFile: tiny.reports + "/" + OutputFolder.markerName, encoding: .utf8)
        #expect(marker.hasPrefix("# Written by rhetoric."))
        #expect(OutputFolder.listedFiles(marker) == Set(tiny.listing(tiny.reports)).subtracting([OutputFolder.markerName]))
    }
}
