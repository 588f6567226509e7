import Foundation

/// Fixed number formatting for reports, so the same numbers always give the same bytes.
public enum Format {
    /// `places` decimals (default 6), `.` as the separator, rounded half away from zero; never
    /// `-0.000000`; empty for NaN or infinity. Exact integer arithmetic, much faster than
    /// `String(format:)`, which matters for reports with millions of numbers.
    public static func decimal(_ value: Double, places: Int = 6) -> String {
        guard value.isFinite else { return "" }
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return String(format: "%.\(places)f", value) }
        let units = UInt64(scaled)
        let power = UInt64(scale)
        var fraction = String(units % power)
        if places > 0 && fraction.count < places { fraction = String(repeating: "0", count: places - fraction.count) + fraction }
        let sign = value < 0 && units != 0 ? "-" : ""
        return places > 0 ? "\(sign)\(units / power).\(fraction)" : "\(sign)\(units)"
    }

    /// A probability in scientific notation with six significant digits (`1.234568e-07`), which
    /// spreadsheets read as a number: p-values span hundreds of orders of magnitude. `0` below the
    /// smallest double; empty for NaN.
    public static func probability(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        guard value > 0 else { return "0" }
        return String(format: "%.5e", value)
    }
}
