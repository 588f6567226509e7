import Foundation

/// The partials file format: what `rhetoric partials` writes, `rhetoric merge` reads and the cache
/// keeps (one document per entry). All integers little-endian; a string is a u32 byte count and
/// UTF-8; an array of integers a u32 count and the values.
///
///     "RHETPART"            8 bytes, the magic
///     u32                   format version (``formatVersion``)
///     string                rhetoric's version
///     string                the settings hash (``PartialSettings``): partials merge only with equal ones
///     u32                   document count, then each document (``DocumentPartial``)
///     32 bytes              SHA-256 of everything before: damage is detected, never trusted
public enum PartialsFile {
    public static let magic = Array("RHETPART".utf8)
    public static let formatVersion: UInt32 = 2
    public static let fileExtension = "partials"

    /// The bytes of a partials file holding `partials`, made under `settings`.
    public static func encode(_ partials: [DocumentPartial], settings: String) -> [UInt8] {
        var bytes = magic + contents(partials, settings: settings)
        bytes += { var hasher = SHA256(); hasher.update(bytes); return hasher.finish() }()
        return bytes
    }

    /// What lies between the magic and the checksum: the header, then the documents. The cache
    /// keeps it in its own envelope (``PartialCache``).
    static func contents(_ partials: [DocumentPartial], settings: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.u32(formatVersion)
        writer.string(System.version)
        writer.string(settings)
        writer.count(partials.count)
        for partial in partials { partial.encode(into: &writer) }
        return writer.bytes
    }

    /// Reads a partials file. `speakers` (how many speakers the settings know) bounds the speaker
    /// indices. The error says what is wrong: not a partials file, another format or version,
    /// damage.
    public static func decode(_ bytes: [UInt8], file: String, speakers: Int, text: Bool = true) throws(RhetoricError)
        -> (settings: String, partials: [DocumentPartial]) {
        guard bytes.count >= magic.count + 32, Array(bytes.prefix(magic.count)) == magic else {
            throw RhetoricError(file: file, "not a partials file (`rhetoric partials` writes them)")
        }
        let body = bytes.count - 32
        var hasher = SHA256()
        bytes.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[0..<body])) }
        guard hasher.finish() == Array(bytes[body...]) else {
            throw RhetoricError(file: file, "damaged: its checksum does not match its contents")
        }
        return try decode(contents: bytes, magic.count..<body, file: file, speakers: speakers, text: text)
    }

    /// Reads what ``contents(_:settings:)`` wrote, where `range` of `bytes` holds it, its integrity
    /// already checked.
    static func decode(contents bytes: [UInt8], _ range: Range<Int>, file: String, speakers: Int, text: Bool) throws(RhetoricError)
        -> (settings: String, partials: [DocumentPartial]) {
        var reader = ByteReader(bytes, offset: range.lowerBound, end: range.upperBound)
        let damaged = { (offset: Int) in RhetoricError(file: file, "damaged at byte \(offset): its contents do not parse") }
        let header: (format: UInt32, version: String, settings: String)
        do throws(ByteReader.Damaged) {
            header = (try reader.u32(), try reader.string(), try reader.string())
        } catch {
            throw damaged(reader.offset)
        }
        guard header.format == formatVersion, header.version == System.version else {
            throw RhetoricError(file: file, """
                made by rhetoric \(header.version) (format \(header.format)); this is rhetoric \(System.version) \
                (format \(formatVersion)): make it again
                """)
        }
        do throws(ByteReader.Damaged) {
            let partials = try (0..<reader.count(width: 8)).map { _ throws(ByteReader.Damaged) in
                try DocumentPartial(decoding: &reader, speakers: speakers, text: text)
            }
            guard reader.isAtEnd else { throw ByteReader.Damaged() }
            return (header.settings, partials)
        } catch {
            throw damaged(reader.offset)
        }
    }
}
