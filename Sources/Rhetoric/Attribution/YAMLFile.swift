import Yams

/// Hand-edited YAML configuration (speakers, themes), parsed with Yams into a node tree.
enum YAMLFile {
    /// The document's root node; a syntax error names the file.
    static func root(_ text: String, file: String) throws(RhetoricError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            throw RhetoricError(file: file, "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
    }

    /// A sequence of strings, normalised like the text; empty when the node is missing.
    static func strings(_ node: Node?) -> [String] {
        node?.sequence?.compactMap { $0.string.map(TextNormalizer.normalize) }.filter { !$0.isEmpty } ?? []
    }
}
