import Foundation

/// The folder a run writes its reports into, and the rules that keep a run from destroying what it
/// did not write.
///
/// The folder belongs to rhetoric alone: a run replaces it only when it does not exist, is empty,
/// or holds the marker file a run writes (``markerName``, listing the files that run wrote) and
/// nothing else. It is never the corpus, a folder around the corpus or one inside it, or a file.
public struct OutputFolder: Sendable {
    /// The marker a run writes into every reports folder it creates.
    public static let markerName = ".rhetoric-reports"

    /// The folder as given, without trailing slashes (tab completion adds one).
    public let path: String

    public init(_ given: String) {
        var path = given
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.path = path
    }

    /// The folder's parent and its own name.
    var parent: String { (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent }
    var name: String { (path as NSString).lastPathComponent }

    /// Where a run with process id `pid` builds the new reports before they replace the folder.
    func staging(_ pid: Int32) -> String { (parent as NSString).appendingPathComponent("\(name).tmp-\(pid)") }

    /// Where the previous reports go for a moment when the filesystem cannot swap two folders.
    func retired(_ pid: Int32) -> String { (parent as NSString).appendingPathComponent("\(name).old-\(pid)") }

    /// The lock file beside the folder that serialises runs writing into it.
    var lockPath: String { (parent as NSString).appendingPathComponent(".\(name).lock") }

    /// Throws a ``UsageError`` saying why the folder may not receive reports of `corpus`, and what
    /// to do instead; returns when it may.
    public func check(corpus: String?) throws(UsageError) {
        guard !path.isEmpty else { throw UsageError("--out is empty; name a folder for the reports, e.g. --out reports") }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && !isFolder.boolValue {
            throw UsageError("--out \(Display.path(path)) is a file, not a folder; name a folder for the reports (a run replaces that folder as a whole)")
        }
        if let corpus {
            let out = OutputFolder.resolved(path), source = OutputFolder.resolved(corpus)
            if out == source {
                throw UsageError("--out \(Display.path(path)) is the corpus folder; write the reports to a folder of their own, e.g. --out reports")
            }
            if OutputFolder.path(source, isInside: out) {
                throw UsageError("--out \(Display.path(path)) contains the corpus folder \(Display.path(corpus)); replacing it would delete the corpus. Write the reports to a folder of their own, e.g. --out \(Display.path((path as NSString).appendingPathComponent("reports")))")
            }
            if OutputFolder.path(out, isInside: source) {
                throw UsageError("--out \(Display.path(path)) is inside the corpus folder \(Display.path(corpus)); the next run would read the reports as documents. Write them outside it, e.g. --out reports")
            }
        }
        guard exists else { return }
        let foreign = try foreignEntries()
        if !foreign.isEmpty {
            let listed = foreign.prefix(3).map(Display.path).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
            let why = FileManager.default.fileExists(atPath: markerPath)
                ? "holds files a run did not write (\(listed))"
                : "is not a reports folder: it holds \(listed) and no \(OutputFolder.markerName) marker"
            throw UsageError("--out \(Display.path(path)) \(why). A run only replaces a folder it made; choose a new folder, or move those files away")
        }
    }

    var markerPath: String { (path as NSString).appendingPathComponent(OutputFolder.markerName) }

    /// The folder's entries that the marker does not list (all of them when there is no marker).
    func foreignEntries() throws(UsageError) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw UsageError("--out \(Display.path(path)) cannot be read")
        }
        let written = (try? String(contentsOfFile: markerPath, encoding: .utf8)).map(OutputFolder.listedFiles) ?? []
        return entries.filter { $0 != OutputFolder.markerName && !written.contains($0) }.sorted()
    }

    /// The marker's text: what it is, then the files the run wrote, one per line.
    static func marker(listing files: [String]) -> String {
        "# Written by rhetoric. A run replaces this folder as a whole; it holds these files and no others:\n"
            + files.sorted().map { $0 + "\n" }.joined()
    }

    static func listedFiles(_ marker: String) -> Set<String> {
        Set(marker.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    /// The absolute path with symbolic links resolved, for the longest part of it that exists.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var head = (absolute as NSString).standardizingPath
        var tail: [String] = []
        while true {
            if let real = realpath(head, nil) {
                defer { free(real) }
                return ([String(cString: real)] + tail.reversed()).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
            }
            let parent = (head as NSString).deletingLastPathComponent
            guard parent != head, !parent.isEmpty else { return absolute }
            tail.append((head as NSString).lastPathComponent)
            head = parent
        }
    }

    /// Whether `inner` is `outer` or lies below it (both resolved).
    static func path(_ inner: String, isInside outer: String) -> Bool {
        inner == outer || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
    }
}
