import Foundation

/// A corpus folder: its report files, sorted by path, and its manifest (`meetings.csv`).
public struct CorpusSource: Sendable {
    public var directory: String
    /// Report files (`.txt`, `.md`, `.html`, `.htm`), in byte order of their paths, so every run
    /// reads them alike.
    public var files: [CorpusFile]
    /// Files with other extensions, which are not read.
    public var ignored: [CorpusFile]
    /// Folders holding a reports marker (see ``OutputFolder``): reports, never read as documents.
    public var reportFolders: [CorpusFile]
    public var manifest: Manifest
    public var decoding: SourceText.Options
    public var cleaning: Cleaner.Options

    /// Lists the report files under `directory` (hidden files and reports folders left out) and
    /// reads its manifest. Only a missing folder or an unreadable manifest throws; problems with
    /// the manifest's rows are kept in ``problems`` so that a run can report them with all others.
    public init(directory: String, decoding: SourceText.Options = SourceText.Options(),
                cleaning: Cleaner.Options = Cleaner.Options()) throws(RhetoricError) {
        self.directory = directory
        self.decoding = decoding
        self.cleaning = cleaning
        guard FileBytes.kind(of: Array(directory.utf8)) == .folder else {
            throw RhetoricError(file: directory, "no such corpus folder")
        }
        var found: [CorpusFile] = [], other: [CorpusFile] = [], reports: [CorpusFile] = []
        CorpusSource.walk(Array(directory.utf8), relative: [], files: &found, other: &other, reports: &reports)
        // The word lists and themes the settings name are configuration, not documents.
        let folder = (directory as NSString).standardizingPath + "/"
        let configuration = Set(ProjectSettings.referencedFiles(corpus: directory).map { ($0 as NSString).standardizingPath }
            .filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) })
        files = found.filter { !configuration.contains($0.name) }.sorted()
        ignored = (other + found.filter { configuration.contains($0.name) }).sorted()
        reportFolders = reports.sorted()
        let manifestPath = (directory as NSString).appendingPathComponent(Manifest.fileName)
        if FileBytes.kind(of: Array(manifestPath.utf8)) == .file {
            manifest = try Manifest(parsing: try SourceText.decode(try FileBytes.read(manifestPath), file: manifestPath).text,
                                    file: manifestPath)
            let known = Set(files.map(\.name))
            for entry in manifest.entries.values.sorted(by: { $0.line < $1.line }) where !known.contains(entry.file) {
                manifest.problems.append(RhetoricError(file: manifestPath, line: entry.line, "\(entry.file) is not in \(directory)"))
            }
        } else {
            manifest = Manifest()
        }
    }

    /// Collects the files below `folder` (whose path relative to the corpus is `relative`).
    static func walk(_ folder: [UInt8], relative: [UInt8], files: inout [CorpusFile], other: inout [CorpusFile],
                     reports: inout [CorpusFile]) {
        guard let entries = FileBytes.entries(of: folder) else { return }
        let marker = Array(OutputFolder.markerName.utf8)
        if !relative.isEmpty && entries.contains(where: { $0.name == marker }) {
            reports.append(CorpusFile(bytes: relative))
            return
        }
        for entry in entries.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) where entry.name.first != 0x2E {
            let name = entry.name
            let inner = relative.isEmpty ? name : relative + [0x2F] + name
            switch entry.kind(in: folder) {
            case .folder:
                walk(folder + [0x2F] + name, relative: inner, files: &files, other: &other, reports: &reports)
            case .file:
                let file = CorpusFile(bytes: inner)
                if CorpusSource.reservedNames.contains(file.name) { continue }
                if Cleaner.Format(fileExtension: file.pathExtension) != nil { files.append(file) } else { other.append(file) }
            case .other:
                continue
            }
        }
    }

    /// The corpus folder's own files, never read as documents: the manifest, the phrases file and
    /// the settings.
    public static let reservedNames: Set<String> = [Manifest.fileName, PhrasesFile.fileName, ProjectSettings.fileName]

    public var manifestPath: String {
        (directory as NSString).appendingPathComponent(Manifest.fileName)
    }

    /// The path of a corpus file as messages show it.
    public func path(of file: CorpusFile) -> String {
        (directory as NSString).appendingPathComponent(file.name)
    }

    /// The path bytes to open a corpus file with.
    func bytes(of file: CorpusFile) -> [UInt8] {
        Array(directory.utf8) + [0x2F] + file.bytes
    }

    /// Reads, decodes, cleans (with `cleaner`, one per worker) and dates one file. A file with no
    /// Chinese text is `empty`, dated if it can be.
    public func load(_ file: CorpusFile, cleaner: Cleaner) throws(RhetoricError) -> DocumentRecord {
        try load(file, bytes: try read(file), cleaner: cleaner)
    }

    /// The file's bytes.
    func read(_ file: CorpusFile) throws(RhetoricError) -> [UInt8] {
        try FileBytes.read(bytes(of: file), display: path(of: file))
    }

    /// Decodes, cleans and dates a file already read.
    func load(_ file: CorpusFile, bytes: [UInt8], cleaner: Cleaner) throws(RhetoricError) -> DocumentRecord {
        let path = path(of: file)
        var options = decoding
        if let encoding = manifest.entries[file.name]?.encoding, !encoding.isEmpty { options.encoding = encoding }
        let decoded = try SourceText.decode(bytes, file: path, options: options)
        let format = Cleaner.Format(fileExtension: file.pathExtension) ?? .text
        let cleaned = try cleaner.clean(decoded.text, format: format, file: path)
        let warnings = (decoded.warning.map { ["\(path): \($0)"] } ?? []) + cleaned.warnings.map { "\(path): \($0)" }
        let hasChinese = cleaned.paragraphs.contains { $0.text.unicodeScalars.contains(where: TextNormalizer.isHan) }
        guard hasChinese else {
            let dropped = cleaned.decisions.filter { $0.action != .changed && $0.text.unicodeScalars.contains(where: TextNormalizer.isHan) }
            let why = dropped.isEmpty ? "no Chinese text"
                : "no Chinese text left after cleaning (\(dropped.count) lines dropped; `rhetoric clean --explain` shows why)"
            return DocumentRecord(file: file.name, meeting: try? meeting(of: file, cleaned: cleaned), cleaned: cleaned,
                                  status: .empty,
                                  warnings: warnings + ["\(path): \(why); listed as empty in documents.csv and not counted"])
        }
        return DocumentRecord(file: file.name, meeting: try meeting(of: file, cleaned: cleaned), cleaned: cleaned,
                              status: .ok, warnings: warnings)
    }

    /// The manifest's line for the file; else the publication date with the report's first day;
    /// else an error that shows the manifest line to add.
    func meeting(of file: CorpusFile, cleaned: CleanedDocument) throws(RhetoricError) -> Meeting {
        let datelineCity = cleaned.dateline.map { CityNames.english($0.city) } ?? ""
        if let entry = manifest.entries[file.name] {
            return Meeting(date: entry.date, city: entry.city.isEmpty ? datelineCity : entry.city, label: entry.label)
        }
        if let published = cleaned.publishedDate.flatMap(PublicationDate.parse) {
            let day = cleaned.leadDay.flatMap { PublicationDate.meetingDay(published: published, month: $0.month, day: $0.day) }
            return Meeting(date: day ?? published, city: datelineCity)
        }
        let line = "\(CSVWriter.quote(file.name)),YYYY-MM-DD,\(datelineCity.isEmpty ? "CITY" : datelineCity),"
        let why = cleaned.publishedDate.map { "its publication date '\($0)' is not a date from \(MeetingDate.years.lowerBound) to \(MeetingDate.years.upperBound)" }
            ?? "the text names no publication date"
        throw RhetoricError(file: path(of: file), """
            no meeting date: the manifest has no line for this file and \(why). Add this line to \(manifestPath): \(line)
            """, manifestLine: line)
    }
}
