import Foundation

/// Fixed number formatting for reports, so the same numbers always give the same bytes.
public enum Format {
    /// Six decimals, `.` as the separator, never `-0.000000`, `nan` or `inf`.
    public static func decimal(_ value: Double, places: Int = 6) -> String {
        guard value.isFinite else { return "" }
        let text = String(format: "%.\(places)f", value)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }
}
