/// "Did you mean": a mistyped command (`rhetoric runn`) is answered with the nearest command name.
enum CommandSuggestion {
    /// The message for a first argument that is not a command but is close to one (at most two
    /// edits, or a prefix of exactly one), or nil.
    static func message(for argument: String?, among names: [String]) -> String? {
        guard let argument, !argument.hasPrefix("-"), !names.contains(argument) else { return nil }
        let prefixed = names.filter { $0.hasPrefix(argument) }
        let nearest = prefixed.count == 1 ? prefixed[0]
            : names.map { ($0, distance(argument, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
        guard let nearest else { return nil }
        return "'\(argument)' is not a rhetoric command. Did you mean '\(nearest)'? (see 'rhetoric --help')"
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
