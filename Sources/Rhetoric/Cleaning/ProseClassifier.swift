/// Tells the report's prose from the boilerplate no rule names (link lists, site slogans, spam
/// keyword blocks, English or pinyin widgets), in the spirit of jusText and boilerpipe: every
/// paragraph is scored on features any reader uses, then the undecided ones follow their context.
///
/// Features, per paragraph (``TextProfile``): its length in characters; the share of Han
/// characters (glosses in brackets, `普京（Vladimir Putin）`, not counted); sentence and clause punctuation per character; the density of the function
/// characters of Chinese prose (的 了 在 是 和 同 与 对 将 …) per Han character; separators
/// (`|` `>` `丨` `／` `▲` …) per character. The classes, in order:
/// - **prose** (kept): a speech cue (`习近平指出，`), whatever else; one sentence of at least 6
///   characters opening with a speaker's name (`普京对此表示赞同。`); or at least 12 characters, Han
///   share ≥ 0.6, at least one sentence or clause mark, function density ≥ 0.04, separators ≤ 0.04
///   per character; or a whole sentence of at least 8 characters with a clause inside (a clause
///   mark, then sentence-final punctuation at its end), Han share ≥ 0.6, separators ≤ 0.04;
/// - **boilerplate** (dropped): Han share < 0.3 (Latin widgets, English boilerplate, numbers), or
///   separators > 0.08 per character, or 20 characters or more with no punctuation and function
///   density < 0.02 that is 40 characters or more or holds three spaces (keyword blocks), or a list of comma-separated fragments with no function
///   character;
/// - **short** (the rest: headlines, one-line labels, short fragments): decided by context, the
///   nearest decided paragraph on each side. Between two prose paragraphs it is prose; between two
///   boilerplate ones (or boilerplate and the document's edge) it is boilerplate; with prose on one
///   side only, it is prose when it restates that prose: it shares at least two character pairs,
///   and a quarter of its own, with the prose that follows it (or precedes it), its first
///   paragraphs up to 500 characters. A headline restates its article; a site's slogan, tags,
///   names and widgets do not. With nothing decided on either side (a text of short paragraphs
///   only) it is kept. Headings are short paragraphs too, so a sub-heading inside the report stays
///   and a channel name between link lists goes. A short one that is one sentence opening with a
///   joint subject or a side (`双方会后签署联合声明。`) is kept whatever its context, but does not
///   decide its neighbours' (``keepsAlone(_:speakers:)``). Short ones ending in a comma or a colon
///   right above prose open it (``opensWhatFollows(_:)``) and are kept; in a text they open, a
///   short sentence of thanks after the last prose closes it (``closesSpeech(_:)``) and is kept.
enum ProseClassifier {
    enum Class: String, Sendable {
        case prose, boilerplate, short
    }

    /// The class of one paragraph on its own, and the figures that decided it (for the audit trail;
    /// empty for prose by its figures, which is never shown).
    static func classify(_ text: String, _ profile: TextProfile, speakers: SpeakerList) -> (Class, String) {
        let length = profile.length
        let han = profile.hanShare
        let marks = Double(profile.sentenceEnds + profile.clauseMarks) / Double(max(length, 1))
        let function = Double(profile.functionCharacters) / Double(max(profile.han, 1))
        let separators = Double(profile.separators) / Double(max(length, 1))
        // Only a dropped paragraph's figures are shown (`clean --explain`); most paragraphs are prose.
        var figures: String {
            "length \(length), han \(Format.decimal(han, places: 2)), punctuation \(Format.decimal(marks, places: 3)), "
                + "function \(Format.decimal(function, places: 3)), separators \(Format.decimal(separators, places: 3))"
        }
        // Prose by its figures first: no boilerplate test below can hold for it, and it spares most
        // paragraphs the search for a speech cue.
        if han >= 0.6 && separators <= 0.04 && length >= 12 && marks > 0 && function >= 0.04 { return (.prose, "") }
        if speakers.hasSpeechCue(text) { return (.prose, figures + ", a speech cue") }
        if length >= 6 && profile.endsSentence && speakers.isSentenceOpeningWithName(text) { return (.prose, figures + ", a speaker's sentence") }
        if han < 0.3 || separators > 0.08 { return (.boilerplate, figures) }
        if length >= 20 && marks == 0 && function < 0.02 && (length >= 40 || profile.spaces >= 3) { return (.boilerplate, figures) }
        if length >= 20 && profile.sentenceEnds == 0 && profile.clauseMarks >= 3 && profile.functionCharacters == 0 {
            return (.boilerplate, figures)
        }
        if han >= 0.6 && separators <= 0.04 && length >= 8 && profile.endsSentence && profile.clauseMarks > 0 {
            return (.prose, figures + ", a whole sentence")
        }
        return (.short, figures)
    }

    /// Whether a short paragraph stays whatever its context: one sentence about the meeting's parties.
    static func keepsAlone(_ text: String, speakers: SpeakerList) -> Bool {
        text.utf16.count >= 6 && speakers.isSentenceOpeningWithParties(text)
    }

    /// Each short paragraph of `texts` decided by its context (see the type's comment).
    static func resolve(_ classes: [Class], texts: [String]) -> [Class] {
        var resolved = classes
        let decided = classes.indices.filter { classes[$0] != .short }
        var openings: [Int: Set<UInt32>] = [:]
        var closings: [Int: Set<UInt32>] = [:]
        /// The character pairs of the prose from `index` on (or back from it).
        func prose(from index: Int, forward: Bool) -> Set<UInt32> {
            let run = forward ? Array(classes.indices[index...]) : Array(classes.indices[...index].reversed())
            return characterPairs(opening(of: run.lazy.filter { classes[$0] == .prose }.map { texts[$0] }))
        }
        // Whether the text addresses an audience (a salutation kept above its prose): a speech, whose
        // short thanks after its last paragraph close it.
        var addressed = false
        for index in classes.indices where classes[index] == .short {
            let before = decided.last { $0 < index }
            let after = decided.first { $0 > index }
            switch (before.map { classes[$0] }, after.map { classes[$0] }) {
            case (.prose?, .prose?), (nil, nil):
                resolved[index] = .prose
            case (_, .prose?) where texts[index..<after!].allSatisfy(opensWhatFollows):
                resolved[index] = .prose
                addressed = true
            case (.prose?, _) where addressed && closesSpeech(texts[index]):
                resolved[index] = .prose
            case (_, .prose?):
                let lead = openings[after!] ?? prose(from: after!, forward: true)
                openings[after!] = lead
                resolved[index] = isHeadline(texts[index], of: lead) ? .prose : .boilerplate
            case (.prose?, _):
                let end = closings[before!] ?? prose(from: before!, forward: false)
                closings[before!] = end
                resolved[index] = isHeadline(texts[index], of: end) ? .prose : .boilerplate
            default:
                resolved[index] = .boilerplate
            }
        }
        return resolved
    }

    /// Whether a short paragraph ends in a comma or a colon with no sentence before it: it opens the
    /// text below it (a speech's `尊敬的…总理，` / `各位来宾：`), which no headline or site line does.
    static func opensWhatFollows(_ text: String) -> Bool {
        TextScan.hasSuffixAny(text, ["，", "：", ",", ":"]) != nil && TextProfile(text).sentenceEnds == 0
    }

    /// Whether a short paragraph could close a speech (`谢谢大家。`, `谢谢！`): a sentence of at most
    /// ``longestClosing`` characters, all Han but its end, no link, number or label.
    static func closesSpeech(_ text: String) -> Bool {
        let profile = TextProfile(text)
        return profile.endsSentence && profile.sentenceEnds == 1 && profile.length <= longestClosing
            && profile.han == profile.length - 1
    }

    static let longestClosing = 8

    /// The first paragraphs of `texts`, at least two and at least ``leadLength`` characters: where a
    /// headline's or a deck's words are restated (a deck often quotes the third or fourth paragraph).
    static func opening(of texts: some Sequence<String>) -> String {
        var lead = ""
        var count = 0
        for text in texts {
            if count >= 2 && lead.unicodeScalars.count >= leadLength { break }
            lead += text
            count += 1
        }
        return lead
    }

    static let leadLength = 500

    /// Whether a short text restates a lead whose character pairs are `lead`: it shares at least two
    /// pairs of Han characters with it, and a quarter of its own (`part`: 4; a half for 2).
    static func isHeadline(_ text: String, of lead: Set<UInt32>, part: Int = 4) -> Bool {
        let pairs = characterPairs(text)
        let shared = pairs.intersection(lead).count
        return shared >= 2 && shared * part >= pairs.count
    }

    /// The distinct pairs of adjacent Han characters of a text.
    static func characterPairs(_ text: String) -> Set<UInt32> {
        var pairs = Set<UInt32>()
        var previous: UInt16 = 0
        for unit in text.utf16 {
            if TextNormalizer.isHan(unit) {
                if previous != 0 { pairs.insert(UInt32(previous) << 16 | UInt32(unit)) }
                previous = unit
            } else {
                previous = 0
            }
        }
        return pairs
    }
}
