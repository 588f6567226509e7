import CSystem
import Foundation

/// Fixed number formatting for reports, so the same numbers always give the same bytes.
public enum Format {
    /// `places` decimals (default 6), `.` as the separator, rounded half away from zero; never
    /// `-0.000000`; empty for NaN or infinity. Exact integer arithmetic, much faster than
    /// `String(format:)`, which matters for reports with millions of numbers.
    public static func decimal(_ value: Double, places: Int = 6) -> String {
        var bytes: [UInt8] = []
        appendDecimal(value, places: places, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``decimal(_:places:)`` appended to `bytes`: what the CSV reports write, with no `String`.
    public static func appendDecimal(_ value: Double, places: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return bytes.append(contentsOf: String(format: "%.\(places)f", value).utf8) }
        let units = UInt64(scaled)
        let power = UInt64(scale)
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(units / power, minimumCount: 1, to: &bytes)
        guard places > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        appendDigits(units % power, minimumCount: places, to: &bytes)
    }

    /// `value` in decimal digits appended to `bytes`.
    public static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumCount: 1, to: &bytes)
    }

    /// The digits of `value`, zero-padded on the left to at least `minimumCount` (20 at most, as
    /// many as a `UInt64` has): written right to left into a buffer on the stack in one pass, then
    /// appended at once.
    private static func appendDigits(_ value: some UnsignedInteger & FixedWidthInteger, minimumCount: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = 20
            var remaining = UInt64(value)
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            } while remaining > 0
            while start > 20 - min(minimumCount, 20) {
                start -= 1
                buffer[start] = UInt8(ascii: "0")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// A probability in scientific notation with six significant digits (`1.23457e-07`), which
    /// spreadsheets read as a number: p-values span hundreds of orders of magnitude. `0` below the
    /// smallest double; empty for NaN.
    public static func probability(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendProbability(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``probability(_:)`` appended to `bytes`, formatted by C's `snprintf` into a small buffer
    /// (Foundation's `String(format:)` costs microseconds a cell).
    public static func appendProbability(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        guard value > 0 else { return bytes.append(UInt8(ascii: "0")) }
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let count = rx_format_scientific(value, buffer.baseAddress, 32)
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(min(max(count, 0), 31))))
        }
    }
}
