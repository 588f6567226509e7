/// When a difference in a term's frequency counts as key: significant after correcting for the
/// number of terms tested, frequent enough to rest on more than a one-off, and large enough to
/// matter. `keyness.csv`, `speaker_keyness.csv`, `shifts.csv` and `rhetoric diff` share it.
///
/// Key when `p · V ≤ α` (Bonferroni: V the number of distinct terms in the corpus, each a test),
/// the count (the target's in keyness, both sides' together in a shift) is at least
/// ``minimumCount``, and `|log_ratio| ≥` ``minimumLogRatio`` (at least twice or half as frequent).
public struct Significance: Sendable, Equatable {
    /// The family-wise error rate (`--alpha`).
    public var alpha = 0.05
    /// The smallest count that can be key (`--min-key-count`).
    public var minimumCount = 3
    /// The smallest |log2 ratio| that can be key (`--min-log-ratio`).
    public var minimumLogRatio = 1.0

    public init() {}

    /// Whether a difference with this G², count and log ratio is key among `tests` terms.
    public func isKey(g2: Double, count: Int, logRatio: Double, tests: Int) -> Bool {
        Statistics.pValue(g2: g2) * Double(max(tests, 1)) <= alpha && count >= minimumCount && abs(logRatio) >= minimumLogRatio
    }
}
