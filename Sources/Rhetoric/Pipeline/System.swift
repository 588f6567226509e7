import Foundation

/// Facts about the machine and the libraries that reports record.
public enum System {
    /// Active processor cores: the default for `--jobs`.
    public static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
