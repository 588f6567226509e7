import Foundation

/// A CSV table's bytes as the workbook reads them: a text in memory, or a report file already
/// written, mapped rather than read. A sheet shows at most ``WorkbookReport/sheetRows`` rows of a
/// table that can run to hundreds of megabytes, all of which is scanned once to count its rows;
/// ``release()`` then gives the scanned pages back, and only the rows the sheet shows are read
/// again.
final class CSVSource: @unchecked Sendable {
    private let text: String?
    /// The whole mapping, and where the CSV starts in it (after a byte-order mark).
    private let mapping: UnsafeRawBufferPointer?
    private let start: Int

    init(text: String) {
        self.text = text
        mapping = nil
        start = 0
    }

    /// Maps the file `path` read-only.
    init(mapping path: String) throws(RhetoricError) {
        text = nil
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw RhetoricError(file: path, "cannot read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw RhetoricError(file: path, "cannot read: \(String(cString: strerror(errno)))") }
        let count = Int(status.st_size)
        if count == 0 {
            mapping = nil
            start = 0
            return
        }
        let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let base, base != MAP_FAILED else { throw RhetoricError(file: path, "cannot map: \(String(cString: strerror(errno)))") }
        let bytes = UnsafeRawBufferPointer(start: base, count: count)
        mapping = bytes
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    deinit {
        if let mapping, let base = mapping.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), mapping.count) }
    }

    /// Calls `body` with the CSV's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if var text { return text.withUTF8(body) }
        guard let mapping else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let bytes = mapping.bindMemory(to: UInt8.self)
        return body(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// Drops the mapped pages that hold `range` of the CSV's bytes (all of them by default) from the
    /// process's memory; the file's bytes read back on demand. Pages count in a process's resident
    /// memory while mapped, so a table of hundreds of megabytes is let go as it is scanned.
    func release(_ range: Range<Int> = 0..<Int.max) {
        guard let mapping, let base = mapping.baseAddress, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (start + range.lowerBound) / page * page
        let end = min(mapping.count, start + min(range.upperBound, mapping.count))
        guard first < end else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), end - first, MADV_DONTNEED)
    }
}
