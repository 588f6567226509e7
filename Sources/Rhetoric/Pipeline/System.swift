import CICU
import Foundation

/// Facts about the tool, the machine and the libraries that reports record.
public enum System {
    /// rhetoric's version, recorded in `summary.json`.
    public static let version = "0.1.0"

    /// Active processor cores: the default for `--jobs`.
    public static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The running program's path, size and modification time: what changes when it is rebuilt, so
    /// that cached partials made by another build are not reused.
    public static let executableIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()

    /// The ICU version segmentation runs on, e.g. "72.1".
    public static var icuVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        rx_icu_version(&buffer)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
