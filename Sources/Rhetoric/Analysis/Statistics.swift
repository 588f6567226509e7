import Foundation

/// The statistics behind the reports, as pure functions. Natural logarithms are `ln`, base-2 `log2`.
/// By convention `0 · ln 0 = 0`.
public enum Statistics {
    /// Term frequency–inverse document frequency, with meetings as documents:
    /// `tfidf = (count / tokens) · (ln((1 + M) / (1 + df)) + 1)`, M meetings, df meetings using the term.
    public static func tfidf(count: Int, tokens: Int, meetings: Int, documentFrequency: Int) -> Double {
        guard tokens > 0 else { return 0 }
        return Double(count) / Double(tokens) * (log(Double(1 + meetings) / Double(1 + documentFrequency)) + 1)
    }

    /// Occurrences per 10,000 tokens: `10000 · count / tokens`.
    public static func per10k(_ count: Int, _ tokens: Int) -> Double {
        tokens > 0 ? 10_000 * Double(count) / Double(tokens) : 0
    }

    /// Log-likelihood G² of a term's frequency in a target against a reference (Rayson & Garside):
    /// with a = count in target, b = count in reference, c and d their token totals,
    /// `E1 = c(a+b)/(c+d)`, `E2 = d(a+b)/(c+d)`, `G² = 2(a·ln(a/E1) + b·ln(b/E2))`,
    /// signed negative when the term is rarer in the target (a/c < b/d).
    public static func signedG2(a: Int, b: Int, c: Int, d: Int) -> Double {
        guard c > 0, d > 0, a + b > 0 else { return 0 }
        let total = Double(c + d), both = Double(a + b)
        let e1 = Double(c) * both / total, e2 = Double(d) * both / total
        let g2 = 2 * (xLnXOverY(Double(a), e1) + xLnXOverY(Double(b), e2))
        return Double(a) * Double(d) < Double(b) * Double(c) ? -g2 : g2
    }

    /// `log2((a/c) / (b/d))`, with 0.5 in place of a zero count: the binary log of the ratio of
    /// relative frequencies (Hardie's Log Ratio). 1 means twice as frequent.
    public static func logRatio(a: Int, b: Int, c: Int, d: Int) -> Double {
        guard c > 0, d > 0 else { return 0 }
        let x = a == 0 ? 0.5 : Double(a), y = b == 0 ? 0.5 : Double(b)
        return log2((x / Double(c)) / (y / Double(d)))
    }

    /// The log-odds ratio with an informative Dirichlet prior, as a z-score (Monroe, Colaresi & Quinn
    /// 2008, "Fightin' Words"). With a, c the term's count and the tokens of the target, b, d of the
    /// reference, the prior `α = α0 · (a + b) / (c + d)` from whole-corpus counts:
    /// `δ = ln((a+α)/(c+α0−a−α)) − ln((b+α)/(d+α0−b−α))`, `σ² = 1/(a+α) + 1/(b+α)`, `z = δ/σ`.
    public static func logOddsZ(a: Int, b: Int, c: Int, d: Int, priorScale alpha0: Double) -> Double {
        guard c + d > 0, a + b > 0 else { return 0 }
        let alpha = alpha0 * Double(a + b) / Double(c + d)
        let x = Double(a) + alpha, y = Double(b) + alpha
        let delta = log(x / (Double(c) + alpha0 - x)) - log(y / (Double(d) + alpha0 - y))
        return delta / (1 / x + 1 / y).squareRoot()
    }

    /// Pointwise mutual information of two terms over S sentences: `log2(S·n_ab / (n_a·n_b))`.
    public static func pmi(pair: Int, a: Int, b: Int, sentences: Int) -> Double {
        log2(Double(sentences) * Double(pair) / (Double(a) * Double(b)))
    }

    /// Normalised PMI: `pmi / −log2(n_ab / S)`, in [−1, 1]; 1 when the pair is in every sentence.
    public static func npmi(pair: Int, a: Int, b: Int, sentences: Int) -> Double {
        guard pair < sentences else { return 1 }
        return pmi(pair: pair, a: a, b: b, sentences: sentences) / -log2(Double(pair) / Double(sentences))
    }

    /// Dunning's log-likelihood G² on the 2×2 table of sentences with and without each term:
    /// `k11 = n_ab`, `k12 = n_a − n_ab`, `k21 = n_b − n_ab`, `k22 = S − n_a − n_b + n_ab`,
    /// `G² = 2 Σ k_ij · ln(k_ij · S / (row_i · col_j))`.
    public static func dunningG2(pair: Int, a: Int, b: Int, sentences: Int) -> Double {
        let k11 = Double(pair), k12 = Double(a - pair), k21 = Double(b - pair)
        let k22 = Double(sentences - a - b + pair), n = Double(sentences)
        let r1 = k11 + k12, r2 = k21 + k22, c1 = k11 + k21, c2 = k12 + k22
        return 2 * (xLnXOverY(k11, r1 * c1 / n) + xLnXOverY(k12, r1 * c2 / n)
                    + xLnXOverY(k21, r2 * c1 / n) + xLnXOverY(k22, r2 * c2 / n))
    }

    /// The p-value of a log-likelihood G² (or any χ² statistic) with one degree of freedom: the upper
    /// tail `P(χ²₁ ≥ |G²|) = erfc(√(|G²|/2))`.
    public static func pValue(g2: Double) -> Double {
        erfc((abs(g2) / 2).squareRoot())
    }

    /// logDice (Rychlý 2008): `14 + log2(2·n_ab / (n_a + n_b))`; 14 when the two terms only ever occur
    /// together, one less for each halving of that share. Independent of the corpus's size.
    public static func logDice(pair: Int, a: Int, b: Int) -> Double {
        14 + log2(2 * Double(pair) / Double(a + b))
    }

    /// MI³ (Daille 1994): `log2(n_ab³ · S / (n_a · n_b))`, PMI with the pair's count cubed, so that
    /// pairs seen once or twice do not lead.
    public static func mi3(pair: Int, a: Int, b: Int, sentences: Int) -> Double {
        log2(pow(Double(pair), 3) * Double(sentences) / (Double(a) * Double(b)))
    }

    /// Gries's deviation of proportions over the parts of a corpus (here a meeting's sentences):
    /// `DP = 0.5 · Σ |v_i − s_i|`, with `v_i` the share of the term's occurrences in part i and `s_i`
    /// the share of all tokens in part i. 0 when the term is spread like the text, near 1 when it all
    /// stands in one small part. `parts` holds, for each part, the term's count and the part's
    /// tokens; parts without the term count through their share of tokens (`Σ s_i = 1`).
    public static func dp(parts: [(count: Int, tokens: Int)], totalTokens: Int) -> Double {
        let occurrences = parts.reduce(0) { $0 + $1.count }
        guard occurrences > 0, totalTokens > 0 else { return 0 }
        var sum = 0.0, covered = 0.0
        for part in parts where part.count > 0 {
            let s = Double(part.tokens) / Double(totalTokens)
            sum += abs(Double(part.count) / Double(occurrences) - s)
            covered += s
        }
        return 0.5 * (sum + (1 - covered))
    }

    /// `n_ab / (n_a + n_b − n_ab)`: the share of sentences with either term that have both.
    public static func jaccard(pair: Int, a: Int, b: Int) -> Double {
        Double(pair) / Double(a + b - pair)
    }

    /// The least-squares slope of y on x: `Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²`; nil with fewer than two distinct x.
    public static func slope(x: [Double], y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0
        for (xi, yi) in zip(x, y) {
            sxy += (xi - mx) * (yi - my)
            sxx += (xi - mx) * (xi - mx)
        }
        return sxx > 0 ? sxy / sxx : nil
    }

    /// Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average
    /// rank; nil when either side is constant.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        return pearson(averageRanks(x), averageRanks(y))
    }

    /// Ranks 1…n in ascending order, tied values sharing the mean of their ranks.
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
        var ranks = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = rank }
            start = end + 1
        }
        return ranks
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (xi, yi) in zip(x, y) {
            sxy += (xi - mx) * (yi - my)
            sxx += (xi - mx) * (xi - mx)
            syy += (yi - my) * (yi - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// `x · ln(x / y)`, 0 when x is 0.
    static func xLnXOverY(_ x: Double, _ y: Double) -> Double {
        x > 0 ? x * log(x / y) : 0
    }
}
