import ArgumentParser
import Rhetoric

/// When a difference counts as key, shared by `run` (keyness, speaker keyness, shifts) and `diff`.
struct SignificanceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The family-wise error rate: key when p × (number of terms) ≤ α.", valueName: "α"))
    var alpha = Significance().alpha

    @Option(name: .long, help: ArgumentHelp("The smallest count that can be key.", valueName: "n"))
    var minKeyCount = Significance().minimumCount

    @Option(name: .long, help: ArgumentHelp("The smallest |log2 ratio| that can be key (1: twice as frequent).", valueName: "x"))
    var minLogRatio = Significance().minimumLogRatio

    func validate() throws {
        try Limits.check("--alpha", alpha, in: 1e-300...1)
        try Limits.check("--min-key-count", minKeyCount, in: 1...Int.max)
        try Limits.check("--min-log-ratio", minLogRatio, in: 0...1000)
    }

    var significance: Significance {
        var significance = Significance()
        significance.alpha = alpha
        significance.minimumCount = minKeyCount
        significance.minimumLogRatio = minLogRatio
        return significance
    }
}
