import ArgumentParser
import Rhetoric

/// When a difference counts as key, shared by `run` (keyness, speaker keyness, shifts) and `diff`.
struct SignificanceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The family-wise error rate: key when p × (number of terms) ≤ α (default: \(Significance().alpha)).", valueName: "α"))
    var alpha: Double?

    @Option(name: .long, help: ArgumentHelp("The smallest count that can be key (default: \(Significance().minimumCount)).", valueName: "n"))
    var minKeyCount: Int?

    @Option(name: .long, help: ArgumentHelp("The smallest |log2 ratio| that can be key (default: \(Significance().minimumLogRatio), twice as frequent).", valueName: "x"))
    var minLogRatio: Double?

    func validate() throws {
        try check(alpha, minKeyCount, minLogRatio)
    }

    /// The rule from the command line, else the corpus's settings, else the defaults.
    func significance(_ settings: ProjectSettings) throws -> Significance {
        var significance = Significance()
        significance.alpha = alpha ?? settings.alpha ?? significance.alpha
        significance.minimumCount = minKeyCount ?? settings.minKeyCount ?? significance.minimumCount
        significance.minimumLogRatio = minLogRatio ?? settings.minLogRatio ?? significance.minimumLogRatio
        try check(significance.alpha, significance.minimumCount, significance.minimumLogRatio)
        return significance
    }

    private func check(_ alpha: Double?, _ minKeyCount: Int?, _ minLogRatio: Double?) throws {
        if let alpha { try Limits.check("--alpha", alpha, in: 1e-300...1) }
        if let minKeyCount { try Limits.check("--min-key-count", minKeyCount, in: 1...Int.max) }
        if let minLogRatio { try Limits.check("--min-log-ratio", minLogRatio, in: 0...1000) }
    }
}
