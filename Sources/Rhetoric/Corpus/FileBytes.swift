import Foundation

/// Reads files by path bytes with POSIX calls, so that names which are not UTF-8 can be read.
public enum FileBytes {
    /// The whole file at `path`; `display` names it in errors.
    public static func read(_ path: [UInt8], display: String) throws(RhetoricError) -> [UInt8] {
        let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { throw RhetoricError(file: display, "cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, display: display)
    }

    /// The rest of an open file (all of one just opened); `display` names it in errors (made only for one).
    static func read(descriptor: Int32, display: @autoclosure () -> String) throws(RhetoricError) -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw RhetoricError(file: display(), "cannot be read: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw RhetoricError(file: display(), "is a folder, not a file") }
        // The size it has now and one byte more, read straight into the array: a file that has not
        // grown ends there; one that has is read on by pieces.
        let size = max(Int(info.st_size), 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = 0
            while initialized <= size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, size + 1 - initialized)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    failed = count < 0
                    return
                }
                initialized += count
            }
        }
        if failed { throw RhetoricError(file: display(), "cannot be read: \(String(cString: strerror(errno)))") }
        if bytes.count <= size { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw RhetoricError(file: display(), "cannot be read: \(String(cString: strerror(errno)))")
            }
            bytes += chunk.prefix(count)
        }
    }

    /// Repeats `step` (a `pread` or `pwrite` from how many bytes are done) until all `count` are
    /// done; false on an error or an end of file (the file cut short by another program), with
    /// `errno` saying which.
    static func transfer(_ count: Int, _ step: (Int) -> Int) -> Bool {
        var done = 0
        while done < count {
            let moved = step(done)
            if moved < 0 && errno == EINTR { continue }
            guard moved > 0 else {
                if moved == 0 { errno = EIO }
                return false
            }
            done += moved
        }
        return true
    }

    /// The whole file at `path`, a path given as text (on the command line, in a settings file).
    public static func read(_ path: String) throws(RhetoricError) -> [UInt8] {
        try read(Array(path.utf8), display: Display.path(path))
    }

    /// The entries of a folder, by name bytes, without `.` and `..`; nil if it cannot be opened.
    static func entries(of folder: [UInt8]) -> [Entry]? {
        let cPath = (folder + [0]).map { CChar(bitPattern: $0) }
        guard let handle = opendir(cPath) else { return nil }
        defer { closedir(handle) }
        var entries: [Entry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append(Entry(name: name, type: entry.pointee.d_type))
        }
        return entries
    }

    /// A folder's entry as `readdir` gives it: its name and, where the filesystem says, its type.
    struct Entry {
        var name: [UInt8]
        /// `DT_REG`, `DT_DIR`, `DT_LNK`, …, or `DT_UNKNOWN` where the filesystem does not say.
        var type: UInt8

        /// What the entry in `folder` is (``kind(of:)``), without a `stat` when `readdir` gave its
        /// type: a corpus of 6,250 files took 20 ms of `lstat`s to walk.
        func kind(in folder: [UInt8]) -> Kind {
            switch Int32(type) {
            case Int32(DT_REG): return .file
            case Int32(DT_DIR): return .folder
            case Int32(DT_UNKNOWN), Int32(DT_LNK): return FileBytes.kind(of: folder + [0x2F] + name)
            default: return .other
            }
        }
    }

    /// What a path is, following symbolic links for files but not for folders (no loops).
    enum Kind { case file, folder, other }

    /// When the file (or what a link names) last changed, in nanoseconds since 1970; 0 if unknown.
    static func modified(_ path: [UInt8]) -> Int {
        var info = stat()
        guard (path + [0]).withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) }
        }) == 0 else { return 0 }
        return Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }

    static func kind(of path: [UInt8]) -> Kind {
        let cPath = (path + [0]).map { CChar(bitPattern: $0) }
        var info = stat()
        guard lstat(cPath, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK:
            guard stat(cPath, &info) == 0 else { return .other }
            return info.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }
}
