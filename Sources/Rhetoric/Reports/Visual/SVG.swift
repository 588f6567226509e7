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

    /// A categorical palette that stays readable in print; index wraps.
    static func color(_ index: Int) -> String {
        palette[index % palette.count]
    }

    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                          "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c"]
}
