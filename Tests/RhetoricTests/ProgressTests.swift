import Foundation
import Testing
@testable import Rhetoric

/// What a run tells the user while and after it works.
@Suite struct ProgressTests {
    @Test func theBarShowsPhasePercentCountElapsedAndWhatIsLeft() {
        // 35 of 100 documents in 7 s of the phase: 0.2 s each, 65 left → 13 s.
        let line = Progress.line(phase: "segmenting", done: 35, total: 100, unit: "documents", elapsed: 9.4, phaseElapsed: 7)
        #expect(line == "segmenting  [#######.............]  35%  35/100 documents  0:09 elapsed, ~0:13 left")
        // No estimate before the first item or after the last.
        #expect(Progress.line(phase: "writing", done: 0, total: 2, unit: "steps", elapsed: 61, phaseElapsed: 0)
                == "writing  [....................]   0%  0/2 steps  1:01 elapsed")
        #expect(Progress.line(phase: "writing", done: 2, total: 2, unit: "steps", elapsed: 0.4, phaseElapsed: 0.1)
                == "writing  [####################] 100%  2/2 steps  0:00 elapsed")
        #expect(Progress.clock(3599.6) == "60:00" && Progress.clock(59.4) == "0:59")
    }

    @Test func repeatedWarningsAreTalliedByKind() {
        let lossy = (1...5).map { "doc\($0).txt: \($0 * 3) invalid UTF-8 sequence(s) replaced with U+FFFD, the first at byte \($0)" }
        let warnings = [lossy[0], "a.html: the HTML parser lost 12 characters of the page's text; they are not counted"] + lossy.dropFirst()
        let shown = Pipeline.tallied(warnings, all: false)
        // The first three of the kind in full, the other kind untouched, then one line for the last two.
        #expect(shown == [lossy[0], warnings[1], lossy[1], lossy[2],
                          "2 more like \"…: # invalid UTF-8 sequence(s) …\" (--verbose lists every one)"])
        #expect(Pipeline.tallied(warnings, all: true) == warnings)
    }

    @Test func theSummaryLineCountsInTheSingularForOne() {
        var timings = Timings()
        timings.record("partials", seconds: 0.34)
        let one = Pipeline.Outcome(documents: 1, meetings: 1, terms: 1, sentences: 1, files: 1, timings: timings)
        #expect(one.line(output: "reports") == "1 document of 1 meeting, 1 term in 1 sentence: 1 file written to reports in 0.3 s")
        let two = Pipeline.Outcome(documents: 2, meetings: 2, terms: 0, sentences: 2, files: 17, timings: timings)
        #expect(two.line(output: "out") == "2 documents of 2 meetings, 0 terms in 2 sentences: 17 files written to out in 0.3 s")
    }

    @Test func aRunEndsWithOneSummaryLineUnlessQuiet() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try runRhetoric(["run", "-c", seedsDirectory, "-o", directory + "/reports", "-j", "1"])
        #expect(run.code == 0, "\(run.err)")
        let lines = run.err.split(separator: "\n")
        #expect(lines.count == 1, "\(run.err)")
        // Stderr is a pipe here: no bar, only the summary.
        #expect(lines.first?.hasPrefix("5 documents of 5 meetings, ") == true && run.err.contains(" files written to \(directory)/reports in "))
        #expect(!run.err.contains("\u{1B}"))
        let quiet = try runRhetoric(["run", "-c", seedsDirectory, "-o", directory + "/reports", "-j", "1", "-q"])
        #expect(quiet.code == 0 && quiet.err.isEmpty, "\(quiet.err)")
    }
}
