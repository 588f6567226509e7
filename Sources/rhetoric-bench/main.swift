// rhetoric-bench: `make bench`. Generates a deterministic synthetic corpus outside the repository
// (documents assembled from the seeds' cleaned paragraphs with a fixed random seed), runs
// `rhetoric run` at --jobs 1 and 2 (cold: --no-cache) and `rhetoric bench-floor` on it several
// times, and prints the medians: wall time, MB/s, speed-up, the ICU floor, peak memory and time per
// step; then a cached rerun after adding one document, and a warm `kwic`. The same table
// goes to BENCH_OUT (default .build/bench.json) as JSON.
//
// Environment: BENCH_SIZE (small = 100 documents, default = 1,000 ≈ 16 MB, large = 6,250 ≈ 100 MB,
// or a number of documents), BENCH_RUNS (default 3), BENCH_DIR (default $TMPDIR/rhetoric-bench).

import Foundation
import Rhetoric

let environment = ProcessInfo.processInfo.environment
let documents: Int = {
    switch environment["BENCH_SIZE"] ?? "default" {
    case "small": 100
    case "default": 1000
    case "large": 6250
    case let other: Int(other) ?? 1000
    }
}()
let runs = max(1, Int(environment["BENCH_RUNS"] ?? "") ?? 3)
let output = environment["BENCH_OUT"] ?? ".build/bench.json"
let benchRoot = environment["BENCH_DIR"] ?? (NSTemporaryDirectory() + "rhetoric-bench")
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rhetoric").path

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("rhetoric-bench: \(message)\n".utf8))
    exit(1)
}

/// Writes the corpus unless a complete one is there; returns its folder and size in bytes.
func generateCorpus() throws -> (String, Int) {
    let folder = benchRoot + "/\(documents)"
    let done = folder + "/.complete"
    let manager = FileManager.default
    if !manager.fileExists(atPath: done) {
        try? manager.removeItem(atPath: folder)
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let seeds = try Corpus.load(try CorpusSource(directory: "seeds"), jobs: 2)
        let pool = seeds.documents.flatMap { $0.cleaned.paragraphs.filter { $0.kind == .body }.map(\.text) }
        var random = SplitMix(seed: 2026)
        let meetings = (0..<25).map { (i: Int) -> String in
            let year = 2013 + i / 2, month = 1 + (i * 5) % 12, day = 1 + (i * 7) % 28
            return MeetingDate(year: year, month: month, day: day)!.description
        }
        var manifest = "file,date,city,label\n"
        for d in 0..<documents {
            var chosen = pool
            chosen.shuffle(using: &random)
            let count = pool.count / 3 + Int(random.next() % UInt64(pool.count / 3))
            let name = String(format: "doc%05d.txt", d)
            try chosen.prefix(count).joined(separator: "\n").write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
            manifest += "\(name),\(meetings[Int(random.next() % 25)]),Moscow,\n"
        }
        try manifest.write(toFile: folder + "/meetings.csv", atomically: false, encoding: .utf8)
        _ = manager.createFile(atPath: done, contents: nil)
    }
    let bytes = try manager.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.reduce(0) {
        $0 + ((try? manager.attributesOfItem(atPath: folder + "/" + $1)[.size] as? Int) ?? 0)
    }
    return (folder, bytes)
}

/// Runs the binary; returns wall seconds, peak resident memory in MB and stdout. Its stderr (the
/// corpus's warnings, the same every run) is shown only if it fails.
func measure(_ arguments: [String]) -> (seconds: Double, peakMB: Double, output: String) {
    let outPath = benchRoot + "/stdout.txt", errorPath = benchRoot + "/stderr.txt"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Date()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { fail("cannot start \(binary)") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Date().timeIntervalSince(start)
    posix_spawn_file_actions_destroy(&actions)
    guard status == 0 else {
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        fail("\(arguments.joined(separator: " ")) failed (status \(status))\n\(errors)")
    }
    let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    return (seconds, Double(usage.ru_maxrss) / 1024, text)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func numbers(in json: String) -> [String: Double] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
    return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
}

guard FileManager.default.isExecutableFile(atPath: binary) else { fail("build rhetoric first (make bench does)") }
let (corpus, bytes) = try generateCorpus()
let megabytes = Double(bytes) / 1_000_000
print("rhetoric benchmark: \(documents) documents, \(String(format: "%.1f", megabytes)) MB in \(corpus)")
print("median of \(runs) runs on \(ProcessInfo.processInfo.activeProcessorCount) cores\n")

var results: [String: JSONValue] = [
    "documents": .int(documents), "megabytes": .decimal(megabytes), "runs": .int(runs),
    "cores": .int(ProcessInfo.processInfo.activeProcessorCount),
]
var table = TextTable(header: ["", "jobs 1", "jobs 2"], alignments: [.left, .right, .right])
var wall: [Int: Double] = [:], floor: [Int: Double] = [:], peak: [Int: Double] = [:]
var steps: [Int: [String: Double]] = [:]
for jobs in [1, 2] {
    var times: [Double] = [], peaks: [Double] = [], floors: [Double] = [], stepRuns: [[String: Double]] = []
    let timingsPath = benchRoot + "/timings.json"
    for _ in 0..<runs {
        let run = measure(["run", "--corpus", corpus, "--out", benchRoot + "/reports", "--quiet", "--jobs", "\(jobs)",
                           "--no-cache", "--timings", timingsPath])
        times.append(run.seconds)
        peaks.append(run.peakMB)
        stepRuns.append(numbers(in: (try? String(contentsOfFile: timingsPath, encoding: .utf8)) ?? ""))
        floors.append(numbers(in: measure(["bench-floor", "--corpus", corpus, "--jobs", "\(jobs)"]).output)["seconds"] ?? .nan)
    }
    wall[jobs] = median(times)
    floor[jobs] = median(floors)
    peak[jobs] = peaks.max()!
    steps[jobs] = Dictionary(uniqueKeysWithValues: Set(stepRuns.flatMap(\.keys)).map { key in (key, median(stepRuns.compactMap { $0[key] })) })
}
@MainActor func row(_ name: String, _ value: (Int) -> String) { table.append([name, value(1), value(2)]) }
row("end to end (s)") { String(format: "%.2f", wall[$0]!) }
row("throughput (MB/s)") { String(format: "%.2f", megabytes / wall[$0]!) }
row("ICU floor (s)") { String(format: "%.2f", floor[$0]!) }
row("floor throughput (MB/s)") { String(format: "%.2f", megabytes / floor[$0]!) }
row("fraction of floor") { String(format: "%.2f", floor[$0]! / wall[$0]!) }
row("peak memory (MB)") { String(format: "%.0f", peak[$0]!) }
for step in steps[2]!.keys.sorted(by: { steps[2]![$0]! > steps[2]![$1]! }) {
    row("  \(step) (s)") { String(format: "%.2f", steps[$0]?[step] ?? .nan) }
}
print(table.rendered())
let speedup = wall[1]! / wall[2]!
print(String(format: "speed-up from 1 to 2 jobs: %.2f×", speedup))
for jobs in [1, 2] {
    results["jobs_\(jobs)"] = .object([
        "seconds": .decimal(wall[jobs]!), "mb_per_second": .decimal(megabytes / wall[jobs]!),
        "floor_seconds": .decimal(floor[jobs]!), "fraction_of_floor": .decimal(floor[jobs]! / wall[jobs]!),
        "peak_mb": .decimal(peak[jobs]!), "steps": .object(steps[jobs]!.mapValues { .decimal($0) }),
    ])
}
results["speedup"] = .decimal(speedup)

/// The corpus without its last document, as hard links in a folder beside it, so that adding the
/// document back is what a user adding a meeting does.
func growingCorpus() throws -> (folder: String, last: String) {
    let folder = benchRoot + "/\(documents)-growing"
    let manager = FileManager.default
    try? manager.removeItem(atPath: folder)
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let names = try manager.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
    for name in names.dropLast() { try manager.linkItem(atPath: corpus + "/" + name, toPath: folder + "/" + name) }
    let manifest = try String(contentsOfFile: corpus + "/meetings.csv", encoding: .utf8).split(separator: "\n")
    try (manifest.filter { !$0.hasPrefix(names.last!) }.joined(separator: "\n") + "\n")
        .write(toFile: folder + "/meetings.csv", atomically: false, encoding: .utf8)
    return (folder, names.last!)
}

// The cache: a run after adding one document to a cached corpus (`runs` times, each time with a
// variant of the document that the cache has not seen: its text and a line naming the run), and
// a query on a cached corpus.
let cache = benchRoot + "/cache"
try? FileManager.default.removeItem(atPath: cache)
let (growing, last) = try growingCorpus()
_ = measure(["run", "--corpus", growing, "--out", benchRoot + "/growing-reports", "--quiet", "--jobs", "2", "--cache", cache])
try FileManager.default.removeItem(atPath: growing + "/meetings.csv")
try FileManager.default.copyItem(atPath: corpus + "/meetings.csv", toPath: growing + "/meetings.csv")
let lastText = try String(contentsOfFile: corpus + "/" + last, encoding: .utf8)
var rerunSeconds: [Double] = [], rerunPartials: [Double] = []
for run in 0..<runs {
    try (lastText + (run == 0 ? "" : "\n第\(run)次补充：双方同意继续保持密切沟通。\n"))
        .write(toFile: growing + "/" + last, atomically: false, encoding: .utf8)
    let rerun = measure(["run", "--corpus", growing, "--out", benchRoot + "/growing-reports", "--quiet", "--jobs", "2",
                         "--cache", cache, "--timings", benchRoot + "/timings.json"])
    rerunSeconds.append(rerun.seconds)
    rerunPartials.append(numbers(in: (try? String(contentsOfFile: benchRoot + "/timings.json", encoding: .utf8)) ?? "")["partials"] ?? .nan)
}
let rerun = (seconds: median(rerunSeconds), partials: median(rerunPartials))
let kwic = median((0..<runs).map { _ in
    measure(["kwic", "多极化", "--corpus", growing, "--jobs", "2", "--cache", cache]).seconds
})
print(String(format: "rerun after adding one document (cached, jobs 2): %.2f s, %.2f of a cold run; its partials step %.2f s",
             rerun.seconds, rerun.seconds / wall[2]!, rerun.partials))
print(String(format: "warm kwic (cached, jobs 2): %.2f s", kwic))
results["rerun_after_adding_one_seconds"] = .decimal(rerun.seconds)
results["rerun_fraction_of_cold"] = .decimal(rerun.seconds / wall[2]!)
results["warm_kwic_seconds"] = .decimal(kwic)
try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
try Data(JSONValue.object(results).rendered().utf8).write(to: URL(fileURLWithPath: output))
print("written to \(output)")
