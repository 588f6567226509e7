/// Small helpers to write SVG and HTML by hand, deterministically.
enum SVG {
    /// Text escaped for HTML and XML.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate with one decimal.
    static func n(_ value: Double) -> String { Format.decimal(value, places: 1) }

    /// An opening `<svg>` tag that scales: drawn in a `width` × `height` box (the viewBox), shown at
    /// that size at most and narrower on a narrow screen, so nothing is cut off on a phone.
    static func open(_ attributes: String, width: Double, height: Double) -> String {
        "<svg \(attributes) viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" style=\"max-width: \(n(width))px\" role=\"img\">\n"
    }

    /// Label positions (y) moved apart as little as needed so that no two are closer than `gap`,
    /// in their order, kept within `low`…`high` where the room allows: the end labels of a line
    /// chart never overlap. Labels are placed top to bottom from their wanted positions, then the
    /// run is shifted up if it passes `high`.
    static func spread(_ wanted: [Double], gap: Double, low: Double, high: Double) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var placed = Array(repeating: 0.0, count: wanted.count)
        var previous = low - gap
        for i in order {
            placed[i] = max(wanted[i], previous + gap)
            previous = placed[i]
        }
        var next = high + gap
        for i in order.reversed() where placed[i] > next - gap || placed[i] > high {
            placed[i] = min(placed[i], next - gap, high)
            next = placed[i]
        }
        return placed
    }

    /// A sequential blue from nearly white (0) to dark (1), for heatmap cells.
    static func shade(_ level: Double) -> String {
        let t = min(max(level, 0), 1)
        let (from, to) = ((247.0, 251.0, 255.0), (8.0, 69.0, 148.0))
        let mix = { (a: Double, b: Double) in Int((a + (b - a) * t).rounded()) }
        return "rgb(\(mix(from.0, to.0)),\(mix(from.1, to.1)),\(mix(from.2, to.2)))"
    }

    /// A categorical palette that stays readable in print; index wraps.
    static func color(_ index: Int) -> String {
        palette[index % palette.count]
    }

    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                          "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c"]
}
