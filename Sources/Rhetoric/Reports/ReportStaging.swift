import Foundation

/// The folder a run writes its reports into before they replace the old ones (see
/// ``ReportWriter``): `NAME.tmp-PID` beside the destination. Reports are added as soon as each is
/// rendered, from any worker, so a run never holds every report in memory at once (on 100 MB of
/// input the sentences alone are over 200 MB of text); ``commit(listing:corpus:)`` writes the
/// marker and swaps the folder into place, ``discard()`` deletes it. An interrupted run deletes it
/// too, and one that died is cleaned up by the next.
public final class ReportStaging: @unchecked Sendable {
    public let folder: OutputFolder
    /// The staging folder's path.
    public let path: String
    let bom: Bool
    private let pid = getpid()
    private let lock = NSLock()
    private var added = 0

    /// Creates the staging folder (deleting one this process left). With `bom`, CSV files start with
    /// a UTF-8 byte-order mark, which Excel on Windows needs to read UTF-8.
    public init(_ folder: OutputFolder, bom: Bool) throws(RhetoricError) {
        self.folder = folder
        self.bom = bom
        path = folder.staging(pid)
        Interruption.shared.remove(path, whenInterrupted: true)
        do {
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            discard()
            throw RhetoricError(file: path, "cannot write the reports: \(error.localizedDescription)")
        }
    }

    /// The path a file of the reports has while staged.
    public func path(of name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Writes one file into the staging folder, from the text or bytes it is held in (no copy), or
    /// piece by piece as a streamed report makes it. Each write holds off interruption (see
    /// ``Interruption``), never a whole report's making.
    public func add(_ name: String, _ contents: ReportWriter.Contents) throws(RhetoricError) {
        let file = path(of: name)
        let failure = { (error: any Error) in RhetoricError(file: self.path, "cannot write the reports: \(error.localizedDescription)") }
        guard FileManager.default.createFile(atPath: file, contents: nil), let handle = FileHandle(forWritingAtPath: file) else {
            throw failure(CocoaError(.fileWriteUnknown))
        }
        defer { try? handle.close() }
        let write = { (bytes: UnsafeBufferPointer<UInt8>) throws(RhetoricError) in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            do {
                try Interruption.shared.whileWriting {
                    try handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
                }
            } catch {
                throw failure(error)
            }
        }
        do {
            if bom && name.hasSuffix(".csv") { try [UInt8]([0xEF, 0xBB, 0xBF]).withUnsafeBufferPointer { try write($0) } }
            switch contents {
            case .text(var text): try text.withUTF8 { try write($0) }
            case .bytes(let bytes): try bytes.withUnsafeBufferPointer { try write($0) }
            case .streamed(let make): try make(write)
            }
        } catch let error as RhetoricError {
            throw error
        } catch {
            throw failure(error)
        }
        lock.lock()
        added += 1
        let first = added == 1
        lock.unlock()
        if first { Fault.point("writing") }
    }

    /// Writes the marker listing `names` (the files added, in the order the marker gives them),
    /// then puts the folder in the place of the old reports; `corpus` is checked again against the
    /// destination under the lock (see ``OutputFolder/check(corpus:)``). Throws with the staging
    /// folder deleted.
    public func commit(listing names: [String], corpus: String?) throws {
        defer { Interruption.shared.remove(path, whenInterrupted: false) }
        do {
            try add(OutputFolder.markerName, .text(OutputFolder.marker(listing: names)))
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        try ReportWriter.publish(path, as: folder, corpus: corpus, pid: pid)
    }

    /// Deletes the staging folder: the run failed, the old reports stay.
    public func discard() {
        try? FileManager.default.removeItem(atPath: path)
        Interruption.shared.remove(path, whenInterrupted: false)
    }
}
