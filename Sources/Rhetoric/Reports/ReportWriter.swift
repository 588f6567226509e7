import Foundation

/// Writes a set of report files so that a failed run never leaves `reports/` half-written: all
/// files go into a temporary folder beside the destination, which then replaces it. If anything
/// fails before the swap, the previous reports are untouched.
public enum ReportWriter {
    /// Writes `files` (name → contents) as the new contents of `directory`. With `bom`, CSV files
    /// start with a UTF-8 byte-order mark, which Excel on Windows needs to read UTF-8.
    public static func write(_ files: [(name: String, contents: String)], to directory: String, bom: Bool = false) throws(RhetoricError) {
        let manager = FileManager.default
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)"
        let staging = directory + ".tmp-" + suffix
        let retired = directory + ".old-" + suffix
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files {
                var bytes = Data()
                if bom && file.name.hasSuffix(".csv") { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
                bytes.append(contentsOf: Array(file.contents.utf8))
                try bytes.write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(file.name)))
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw RhetoricError(file: staging, "cannot write reports: \(error.localizedDescription)")
        }
        let hadPrevious = manager.fileExists(atPath: directory)
        if hadPrevious {
            guard rename(directory, retired) == 0 else {
                try? manager.removeItem(atPath: staging)
                throw RhetoricError(file: directory, "cannot replace the reports folder: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(staging, directory) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(retired, directory) }
            try? manager.removeItem(atPath: staging)
            throw RhetoricError(file: directory, "cannot move the new reports into place: \(reason)")
        }
        if hadPrevious { try? manager.removeItem(atPath: retired) }
    }
}
