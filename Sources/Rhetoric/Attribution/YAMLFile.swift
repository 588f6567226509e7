import Yams

/// Hand-edited YAML (front matter, speakers, themes), parsed with Yams into a node tree, within
/// bounds.
///
/// These files are small by nature, and YAML's anchors and aliases let a few hundred bytes describe
/// a tree of exponential size (a "billion laughs"): Yams would build and hash it for ever. So
/// before Yams sees the text, a scan rejects any anchor (`&name`) or alias (`*name`), nesting
/// deeper than ``maximumDepth`` and text longer than ``maximumLength``, with an error naming the
/// file and line.
enum YAMLFile {
    static let maximumLength = 1 << 20
    static let maximumDepth = 64

    /// The document's root node; a syntax error names the file. `firstLine` is the line the text
    /// starts on in the file (front matter starts below the opening `---`).
    static func root(_ text: String, file: String, firstLine: Int = 1) throws(RhetoricError) -> Node? {
        try check(text, file: file, firstLine: firstLine)
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw RhetoricError(file: file, line: line(of: error).map { $0 + firstLine - 1 },
                                "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        } catch {
            throw RhetoricError(file: file, "not valid YAML: \(error)")
        }
    }

    /// The 1-based line a Yams error points at, if it says.
    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    /// Throws at the first anchor or alias, or where nesting or length passes the bounds.
    ///
    /// A lexical scan: comments, quoted scalars and block scalars (`|`, `>`) are skipped; an anchor
    /// or alias can only stand where a node starts: at the start of a line's content, after `- `,
    /// `? ` or `: `, or after `[`, `{` or `,` inside a flow collection.
    static func check(_ text: String, file: String, firstLine: Int = 1) throws(RhetoricError) {
        guard text.utf8.count <= maximumLength else {
            throw RhetoricError(file: file, line: firstLine, "the YAML is longer than \(maximumLength / 1024) KB")
        }
        var flow = 0
        var quote: Unicode.Scalar? = nil
        var blockIndent: Int? = nil  // inside a block scalar: the indent of the line that opened it
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = firstLine + offset
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
            if let opened = blockIndent {
                if indent == scalars.count || indent > opened { continue }
                blockIndent = nil
            }
            var index = indent
            var nodeStart = quote == nil
            var previous: Unicode.Scalar = " "
            while index < scalars.count {
                let c = scalars[index]
                defer { previous = c; index += 1 }
                if let open = quote {
                    if c == "\\" && open == "\"" { index += 1 } else if c == open {
                        if open == "'" && index + 1 < scalars.count && scalars[index + 1] == "'" { index += 1 } else { quote = nil }
                    }
                    continue
                }
                if c == " " || c == "\t" { continue }
                if c == "#" && (previous == " " || previous == "\t" || index == indent) { break }
                let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
                let spaced = next == " " || next == "\t"
                if flow > 0 && (c == "]" || c == "}") {
                    flow -= 1
                    nodeStart = false
                    continue
                }
                if c == "[" || c == "{", nodeStart || flow > 0 {
                    flow += 1
                    nodeStart = true
                    guard flow <= maximumDepth else {
                        throw RhetoricError(file: file, line: lineNumber, "the YAML is nested more than \(maximumDepth) levels deep")
                    }
                    continue
                }
                if nodeStart {
                    if c == "&" || c == "*" {
                        let what = c == "&" ? "an anchor" : "an alias"
                        throw RhetoricError(file: file, line: lineNumber, """
                            YAML anchors and aliases are not allowed (found \(what) at column \(index + 1)); \
                            write each value out, and quote a pattern that starts with * ('*关税*')
                            """)
                    } else if c == "'" || c == "\"" {
                        quote = c
                        nodeStart = false
                    } else if (c == "-" || c == "?") && spaced {
                        // A sequence entry or a complex key: the node starts after it.
                    } else if (c == "|" || c == ">") && flow == 0 {
                        blockIndent = indent
                        nodeStart = false
                    } else {
                        nodeStart = false
                    }
                    continue
                }
                if flow > 0 && c == "," {
                    nodeStart = true
                } else if c == ":" && (spaced || (flow > 0 && (next == "," || next == "]" || next == "}"))) {
                    nodeStart = true
                }
            }
            if indent >= maximumDepth * 4 {
                throw RhetoricError(file: file, line: lineNumber, "the YAML is nested more than \(maximumDepth) levels deep")
            }
        }
    }

    /// A sequence of strings, normalised like the text; empty when the node is missing.
    static func strings(_ node: Node?) -> [String] {
        node?.sequence?.compactMap { $0.string.map(TextNormalizer.normalize) }.filter { !$0.isEmpty } ?? []
    }
}
