import Foundation

/// A corpus folder: its report files, sorted by path, and its manifest (`meetings.csv`).
public struct CorpusSource: Sendable {
    public var directory: String
    /// Paths relative to `directory`, in byte order of their UTF-8, so every run reads them alike.
    public var files: [String]
    /// Files with other extensions, which are not read.
    public var ignored: [String]
    public var manifest: Manifest
    public var decoding: SourceText.Options

    /// Lists `*.txt`, `*.md`, `*.html` and `*.htm` files under `directory` and reads its manifest.
    public init(directory: String, decoding: SourceText.Options = SourceText.Options()) throws(RhetoricError) {
        self.directory = directory
        self.decoding = decoding
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RhetoricError(file: directory, "no such corpus folder")
        }
        var found: [String] = [], other: [String] = []
        if let walker = FileManager.default.enumerator(atPath: directory) {
            for case let path as String in walker {
                let name = (path as NSString).lastPathComponent
                if name.hasPrefix(".") || path == Manifest.fileName { continue }
                var isFolder: ObjCBool = false
                let full = (directory as NSString).appendingPathComponent(path)
                if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue { continue }
                if Cleaner.Format(fileExtension: (path as NSString).pathExtension) != nil {
                    found.append(path)
                } else {
                    other.append(path)
                }
            }
        }
        let byBytes: (String, String) -> Bool = { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        files = found.sorted(by: byBytes)
        ignored = other.sorted(by: byBytes)
        let manifestPath = (directory as NSString).appendingPathComponent(Manifest.fileName)
        if FileManager.default.fileExists(atPath: manifestPath) {
            let bytes = try CorpusSource.read(manifestPath)
            manifest = try Manifest(parsing: try SourceText.decode(bytes, file: manifestPath).text, file: manifestPath)
            let known = Set(files)
            for entry in manifest.entries.values.sorted(by: { $0.line < $1.line }) where !known.contains(entry.file) {
                throw RhetoricError(file: manifestPath, line: entry.line, "\(entry.file) is not in \(directory)")
            }
        } else {
            manifest = Manifest()
        }
    }

    public var manifestPath: String {
        (directory as NSString).appendingPathComponent(Manifest.fileName)
    }

    public func path(of file: String) -> String {
        (directory as NSString).appendingPathComponent(file)
    }

    /// Reads, decodes, cleans and dates one file. A file with no Chinese text is `empty`, dated if
    /// it can be.
    public func load(_ file: String) throws(RhetoricError) -> DocumentRecord {
        let path = path(of: file)
        var options = decoding
        if let encoding = manifest.entries[file]?.encoding, !encoding.isEmpty { options.encoding = encoding }
        let decoded = try SourceText.decode(try CorpusSource.read(path), file: path, options: options)
        let format = Cleaner.Format(fileExtension: (file as NSString).pathExtension) ?? .text
        let cleaned = try Cleaner().clean(decoded.text, format: format, file: path)
        var warnings = decoded.warning.map { ["\(path): \($0)"] } ?? []
        let hasChinese = cleaned.paragraphs.contains { $0.text.unicodeScalars.contains(where: TextNormalizer.isHan) }
        guard hasChinese else {
            warnings.append("\(path): no Chinese text; listed as empty in documents.csv and not counted")
            return DocumentRecord(file: file, meeting: try? meeting(of: file, cleaned: cleaned), cleaned: cleaned,
                                  status: .empty, warnings: warnings)
        }
        return DocumentRecord(file: file, meeting: try meeting(of: file, cleaned: cleaned), cleaned: cleaned,
                              status: .ok, warnings: warnings)
    }

    /// The manifest's line for the file; else the publication date with the report's first day;
    /// else an error that shows the manifest line to add.
    func meeting(of file: String, cleaned: CleanedDocument) throws(RhetoricError) -> Meeting {
        let datelineCity = cleaned.dateline.map { CityNames.english($0.city) } ?? ""
        if let entry = manifest.entries[file] {
            return Meeting(date: entry.date, city: entry.city.isEmpty ? datelineCity : entry.city, label: entry.label)
        }
        if let published = cleaned.publishedDate.flatMap(PublicationDate.parse) {
            let day = cleaned.leadDay.flatMap { PublicationDate.meetingDay(published: published, month: $0.month, day: $0.day) }
            return Meeting(date: day ?? published, city: datelineCity)
        }
        let city = datelineCity.isEmpty ? "CITY" : datelineCity
        throw RhetoricError(file: path(of: file), """
            no meeting date: the manifest has no line for this file and the text names no publication date. \
            Add this line to \(manifestPath): \(CSVWriter.quote(file)),YYYY-MM-DD,\(city),
            """)
    }

    static func read(_ path: String) throws(RhetoricError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RhetoricError(file: path, "cannot be read")
        }
        return [UInt8](data)
    }
}
