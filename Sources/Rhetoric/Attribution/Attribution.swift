/// Attributes the sentences of one document, in order, to speakers: a speech-block model in which
/// a speech runs from its cue until something ends it, across paragraphs when the next paragraph
/// shows it is still the speech (see `Resources/speakers.yaml` for the rules).
///
/// Within a paragraph: a cue starts a speaker's speech and the following sentences stay theirs until
/// the next cue; a pronoun cue goes to the speaker the paragraph named last as a subject; a joint or a side's
/// opening starts joint speech or the side's position after narration, never inside a named
/// speaker's speech (`习近平指出，…。双方要…` and `…中方愿…` stay Xi's); an exhortation (`双方要…`)
/// opening the paragraph after a speech is that speech going on. Across paragraphs: a paragraph
/// without a cue of its own continues the speech the previous paragraph ended in when its first
/// sentence shows it (``SpeakerList/continues(_:in:)``), or a later one after sentences naming no
/// one (the paragraph is one block); otherwise it is narration until a cue. A
/// heading is narration and ends any speech. In a document written a sentence to a paragraph, a
/// few paragraphs that name no one, between a speaker's words and a paragraph showing them going
/// on, are theirs (``bridgingGaps(_:unclaimed:speakers:)``).
///
/// Quotations: a tag naming the speaker after the words (`“…。”普京说。`) gives the tag's speaker the
/// quotation's sentences before it in the paragraph, back to the one it opened in (``Decision/quotation``),
/// and the paragraphs before it that the quotation ran over (``Decision/quotedParagraphs``);
/// a tag naming someone the list does not know (`“…。”金正恩说。`) gives them to narration. A paragraph
/// of words quoted after a speech goes on with it whatever the words' subject (`“两国将…。”`).
/// A text given in full (`讲话全文如下：`): the paragraphs after the marker are its author's, as a
/// transcript's turn, headings aside.
///
/// Transcripts (``SpeakerList/Label``): a label (`【习近平】`, `普京：`) starts a turn, and the
/// paragraphs after it are that speaker's, whatever they open with, until the next label or a
/// heading; a label naming no speaker (`【主持人】`) starts a turn of narration. A colon label is a
/// cue for its own paragraph only until the text has shown a label before it, so that one
/// `习近平：` paragraph of a report does not make the rest of it his.
public struct Attribution {
    /// What assigned a sentence's speaker, as `sentences.csv` names it.
    public enum Rule: String, Sendable, CaseIterable {
        /// The sentence holds the speaker's cue.
        case cue
        /// A pronoun with a cue (他表示，).
        case pronoun
        /// The speech of an earlier sentence goes on.
        case continuation
        /// A joint subject with a joint verb.
        case joint
        /// A side's subject with a verb.
        case side
        /// A `--speaker-overrides` line.
        case override
        /// Narration: nothing marks speech.
        case `default`
    }

    let speakers: SpeakerList
    /// The speaker of the speech running now (narration when none).
    private var current: Int
    /// The speaker whose speech the previous paragraph ended in.
    private var previous: Int?
    /// The speaker the paragraph last named as a sentence's subject, for its pronouns: a pronoun
    /// takes the nearest subject before it (`高峰说，…。海川表示，…。他又说，` is Hai's).
    private var subject: Int?
    /// The last speaker named, for a pronoun that opens a paragraph; nil after someone the list
    /// does not name has spoken.
    private var lastNamed: Int?
    private var isFirst = true
    private var heading = false
    /// The speaker of a transcript's current turn (narration for a host's), nil outside one.
    private var turn: Int?
    /// Whether a label has been seen: colon labels then start turns too.
    private var inTranscript = false
    /// Where the label of the sentence being decided ends (``Decision/labelEnd``).
    private var labelEnd = 0
    /// The speaker the text says gives an interview (in its first ``introduction`` sentences), whose
    /// turns the answer labels start.
    private var interviewee: Int?
    private var sentences = 0
    /// How many sentences at a text's start may say who gives an interview (the headline, the lead).
    static let introduction = 5
    /// The speakers with an initial whom the text has named in full so far.
    private var named = Set<Int>()
    /// The author of a text given in full, whose turn runs from the paragraph after its marker to
    /// the end, headings aside.
    private var fullTextAuthor: Int?
    /// The sentences of the paragraph so far: whether each opened a quotation, and who it went to
    /// by which rule.
    private var paragraphSentences: [(opensQuote: Bool, speaker: Int, rule: Rule)] = []
    /// Whether the previous sentence of the paragraph ended in a closing quote.
    private var quoteEnded = false
    /// Whether a quotation that a speaker's cue opened (`普京说：“…`) is still open.
    private var cueQuotationOpen = false
    /// Whether the previous sentence closed that quotation with its sentence's end (`…。”`): the
    /// speech ends there as at a paragraph's end.
    private var cueQuotationEnded = false
    /// The speaker whose quoted words ended right before the sentence just read, which was
    /// narration: words quoted opening the next sentence are theirs again.
    private var interrupted: Int?
    /// Whether the sentence just read quotes them again so.
    private var resumedQuotation = false
    /// Whether the last cue was a clause citing its speaker (`正如习近平主席所指出的，`, a commentary's
    /// way), and whether the speech the previous paragraph ended in began so.
    private var citedNow = false
    private var cueCited = false
    private var previousCited = false
    /// Whether someone the list does not name has spoken in the paragraph: a pronoun's tag
    /// (`“…”他说。`) may then be theirs.
    private var othersSpoke = false
    /// Whether the sentence being decided is ``Decision/unclaimed``.
    private var unclaimed = false
    /// The sentence before, which may name the joint document a full text's marker announces.
    private var previousSentence: [UInt16] = []
    /// The sides a speaker of which has spoken so far.
    private var sidesSpoken = Set<Int>()
    /// The sides whose order of the two countries (`俄中`) the document's own narration wrote before
    /// any speaker of theirs spoke: the outlet's order (a Russian agency's Chinese service), which
    /// then shows no speech going on.
    private var houseOrders = Set<Int>()
    /// Whether the paragraph opened with words quoted, and whether a quotation closed in it; and how
    /// many paragraphs in a row before it opened so and closed none: a quotation running on.
    private var paragraphQuote = (opens: false, closes: false)
    private var unclosedQuotations = 0

    /// A sentence's speaker, the rule that decided it, and the earlier sentences of the paragraph
    /// (numbers from 1) that a quotation's tag, or evidence of a speech going on after sentences
    /// naming no one (``claimsParagraph``), gives to the same speaker, if any.
    public struct Decision: Equatable {
        public var speaker: Int
        public var rule: Rule
        public var quotation: Range<Int> = 0..<0
        /// How many whole paragraphs before this one the quotation ran over: a quotation of several
        /// paragraphs opens each with a quotation mark and closes only the last, before its tag.
        public var quotedParagraphs = 0
        /// The sentence opens its paragraph and went to narration with nothing in it naming anyone:
        /// no speaker, pronoun, side, joint subject or other voice (``bridgingGaps(_:unclaimed:speakers:)``).
        public var unclaimed = false
        /// Where the label the sentence opens with ends (``SpeakerList/labelAndEnd(of:inTranscript:)``),
        /// in code units; 0 without one. The label names who speaks and is not counted as their words.
        public var labelEnd = 0
    }

    /// Whether the document is written a sentence to a paragraph (``isWrittenASentenceAParagraph(_:)``).
    private let sentencePerParagraph: Bool
    /// In such a document, the speaker whose speech ended before the paragraphs of narration since
    /// (``Decision/unclaimed``, at most ``longestGap``), and how many there have been: a paragraph
    /// that shows that speech going on (``SpeakerList/continues(_:in:)``) is still theirs.
    private var recent: (speaker: Int, gap: Int)?
    /// Whether every sentence of the paragraph so far is narration naming no one (as
    /// ``Decision/unclaimed`` is for its first), and whether the sentence just read is: a later one
    /// showing the previous paragraph's speech going on takes them all (``claimsParagraph``); a
    /// whole paragraph so is a gap ``recent`` may bridge.
    private var namelessSoFar = false
    private var nameless = false
    /// Whether the sentence just read showed, after such sentences, the speech the previous
    /// paragraph ended in going on (`当前，世界变局加速演进。北方国愿同…`): the paragraph is that speech.
    private var claimsParagraph = false

    /// `transcript`: the document is a transcript (``isTranscript(_:speakers:)``), so its labels
    /// start turns from the first one.
    public init(speakers: SpeakerList, sentencePerParagraph: Bool = false, transcript: Bool = false) {
        self.speakers = speakers
        self.sentencePerParagraph = sentencePerParagraph
        inTranscript = transcript
        current = speakers.narration
    }

    /// Gives a named speaker the paragraphs of narration between two of theirs, at most
    /// ``longestGap`` of them, when each opens ``Decision/unclaimed`` (the sentences' indices in
    /// `unclaimed`): the paragraph before ends in the speaker's words and the one after opens with
    /// their speech going on (not a new cue, which may follow narration). For a document written a
    /// sentence to a paragraph (``isWrittenASentenceAParagraph(_:)``), whose breaks split a speech
    /// the report gave in one paragraph (`普京说，很高兴…。` / `二人将有机会讨论…。` / `最近，两国关系…。` /
    /// `强调了…。`).
    static func bridgingGaps(_ sentences: inout [SegmentedDocument.Sentence], unclaimed: Set<Int>, speakers: SpeakerList) {
        let speech: Set<Rule> = [.cue, .pronoun, .continuation]
        var before: Int32?
        var gap: [Range<Int>] = []
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count && sentences[end].paragraph == sentences[start].paragraph { end += 1 }
            let paragraph = start..<end
            if before != nil, unclaimed.contains(start),
               sentences[paragraph].allSatisfy({ $0.speaker == Int32(speakers.narration) && $0.rule == .default }) {
                gap.append(paragraph)
                if gap.count > longestGap { (before, gap) = (nil, []) }
            } else {
                if let speaker = before, sentences[start].speaker == speaker, sentences[start].rule == .continuation {
                    for index in gap.joined() { (sentences[index].speaker, sentences[index].rule) = (speaker, .continuation) }
                }
                gap = []
                let last = sentences[end - 1]
                before = speech.contains(last.rule) && speakers.isNamed(Int(last.speaker)) ? last.speaker : nil
            }
            start = end
        }
    }

    /// The most paragraphs of narration ``bridgingGaps(_:unclaimed:speakers:)`` gives a speaker.
    static let longestGap = 3

    /// The fewest paragraphs of text, and the least share of them holding one sentence, that make
    /// a document one written a sentence to a paragraph.
    static let sentencePerParagraphMinimum = (paragraphs: 6, share: 0.75)

    /// Whether at least ``sentencePerParagraphMinimum`` of the text's paragraphs (headings aside)
    /// hold one sentence: a page that set each sentence of a report's paragraphs on its own
    /// (`普京说，很高兴…。` / `二人将有机会讨论…。` / `强调了…。`). A news agency's report holds two or
    /// more in most paragraphs, its lead apart.
    public static func isWrittenASentenceAParagraph(_ paragraphs: [Paragraph]) -> Bool {
        var total = 0, single = 0
        for paragraph in paragraphs where paragraph.kind == .body {
            total += 1
            if holdsOneSentence(paragraph.text) { single += 1 }
        }
        return total >= sentencePerParagraphMinimum.paragraphs
            && Double(single) >= Double(total) * sentencePerParagraphMinimum.share
    }

    /// Whether the document is a transcript: two of its paragraphs or more open with a label
    /// (``SpeakerList/label(of:inTranscript:)``), one of them naming a speaker. A host's label
    /// above the first speaker's (`主持人：`) then starts a turn as the later ones do; one
    /// `习近平：` paragraph in a report makes no transcript.
    public static func isTranscript(_ paragraphs: [Paragraph], speakers: SpeakerList) -> Bool {
        var labels = 0, named = false
        for paragraph in paragraphs where paragraph.kind == .body {
            // A label stands within the paragraph's first few characters.
            let opening = Array(paragraph.text.utf16.prefix(SpeakerList.labelReach))
            guard let label = opening.withUnsafeBufferPointer({ speakers.label(of: $0, inTranscript: false) }) else { continue }
            labels += 1
            if case .speaker = label { named = true }
            if labels >= 2 && named { return true }
        }
        return false
    }

    /// Whether the text holds no sentence end (。！？!?) but perhaps its last, after which only marks
    /// and closers stand: no Han character, letter or digit. Read on its UTF-8 bytes.
    static func holdsOneSentence(_ text: String) -> Bool {
        var ends = 0, wordsAfterEnd = false
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x21, 0x3F:
                ends += 1
                wordsAfterEnd = false
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xE4...0xE9:
                wordsAfterEnd = true
            case 0xE3, 0xEF:
                // 。 is E3 80 82, ！ EF BC 81, ？ EF BC 9F.
                let (second, third) = (utf8.next(), utf8.next())
                if byte == 0xE3 ? (second == 0x80 && third == 0x82) : (second == 0xBC && (third == 0x81 || third == 0x9F)) {
                    ends += 1
                    wordsAfterEnd = false
                } else if byte == 0xE3, let second, second >= 0x90 {
                    wordsAfterEnd = true  // U+3400 and after: Han
                }
            default:
                break
            }
            if ends > 1 || ends == 1 && wordsAfterEnd { return false }
        }
        return true
    }

    /// Starts a paragraph; a heading is narration and ends the speech before it.
    public mutating func beginParagraph(heading: Bool) {
        unclosedQuotations = paragraphQuote.opens && !paragraphQuote.closes && !heading ? unclosedQuotations + 1 : 0
        paragraphQuote = (false, false)
        previous = heading || current == speakers.narration || current == speakers.joint ? nil : current
        if let previous, speakers.isNamed(previous) {
            recent = (previous, 0)
        } else if let last = recent, namelessSoFar, !heading, last.gap < Attribution.longestGap {
            recent = (last.speaker, last.gap + 1)
        } else {
            recent = nil
        }
        namelessSoFar = false
        previousCited = cueCited
        current = speakers.narration
        subject = nil
        isFirst = true
        self.heading = heading
        if heading { turn = fullTextAuthor }
        paragraphSentences.removeAll(keepingCapacity: true)
        quoteEnded = false
        cueQuotationOpen = false
        cueQuotationEnded = false
        interrupted = nil
        othersSpoke = false
    }

    /// The speaker of the next sentence of the paragraph, the rule that decided it, and the
    /// sentences before it that a quotation's tag gives to the same speaker.
    public mutating func next(_ sentence: UnsafeBufferPointer<UInt16>) -> Decision {
        let opensQuote = sentence.contains(where: SpeakerList.isOpeningQuote)
        // Whether someone else spoke before this sentence: its own tag may read as their cue.
        let othersSpokeBefore = othersSpoke
        citedNow = false
        unclaimed = false
        let opensParagraph = isFirst
        if opensParagraph { paragraphQuote.opens = SpeakerList.opensWithQuotation(sentence) }
        if sentence.contains(where: SpeakerList.isClosingQuote) { paragraphQuote.closes = true }
        let (speaker, rule) = speakerAndRule(sentence)
        if rule == .cue || rule == .pronoun { cueCited = citedNow }
        var decision = Decision(speaker: speaker, rule: rule, unclaimed: unclaimed)
        if !inSignedText, let (tag, opened) = speakers.tag(of: sentence, afterQuote: quoteEnded), !heading,
           let speaker = resolve(tag, othersSpoke: othersSpokeBefore), decision.rule != .cue || decision.speaker == speaker {
            current = speaker
            othersSpoke = othersSpokeBefore
            if speakers.isNamed(speaker) { noteSubject(speaker) }
            decision = Decision(speaker: speaker, rule: speaker == speakers.narration ? .default : .cue)
            if !opened {
                decision.quotation = quotation(of: speaker)
                if decision.quotation.lowerBound == 1 && paragraphQuote.opens { decision.quotedParagraphs = unclosedQuotations }
            }
        }
        decision.unclaimed = decision.unclaimed && decision.rule == .default
        decision.labelEnd = labelEnd
        labelEnd = 0
        if claimsParagraph && decision.rule == .continuation {
            for index in paragraphSentences.indices { (paragraphSentences[index].speaker, paragraphSentences[index].rule) = (decision.speaker, .continuation) }
            decision.quotation = 1..<(paragraphSentences.count + 1)
        }
        namelessSoFar = (opensParagraph || namelessSoFar) && nameless && decision.rule == .default
        noteFullText(sentence)
        paragraphSentences.append((opensQuote, decision.speaker, decision.rule))
        if let side = speakers.side(of: decision.speaker) {
            sidesSpoken.insert(side)
        } else if decision.speaker == speakers.narration {
            houseOrders.formUnion(speakers.perspectiveSides(in: sentence).subtracting(sidesSpoken))
        }
        let last = sentence.lastIndex { !Segmenter.isTerminal($0) && !SpeakerList.isPunctuation($0) && $0 != 0x20 }
        quoteEnded = last.map { SpeakerList.isClosingQuote(sentence[$0]) } ?? false
        noteCueQuotation(sentence, decision)
        if fullTextAuthor == nil {
            previousSentence.removeAll(keepingCapacity: true)
            previousSentence.append(contentsOf: sentence)
        }
        return decision
    }

    /// Follows a quotation a named speaker's cue opens, to the sentence that closes it with its end
    /// (`…。”`; not a name quoted at a sentence's end, `…“一国两制”。`, nor a saying the speaker
    /// cites, `中国古人说：“…。”`, after which the speech goes on).
    private mutating func noteCueQuotation(_ sentence: UnsafeBufferPointer<UInt16>, _ decision: Decision) {
        let opening = sentence.lastIndex(where: SpeakerList.isOpeningQuote)
        if decision.rule == .cue || resumedQuotation, speakers.isNamed(decision.speaker), let opening,
           !speakers.cites(UnsafeBufferPointer(rebasing: sentence[..<opening])),
           !sentence[opening...].contains(where: SpeakerList.isClosingQuote) || SpeakerList.endsInQuotation(sentence) {
            cueQuotationOpen = true
        }
        cueQuotationEnded = cueQuotationOpen && decision.speaker == current && SpeakerList.endsInQuotation(sentence)
        if cueQuotationEnded || decision.speaker != current { cueQuotationOpen = false }
    }

    /// Notes a speaker as a sentence's subject: the one a pronoun after stands for, in the paragraph
    /// (``subject``) and at the next one's start (``lastNamed``).
    private mutating func noteSubject(_ speaker: Int) {
        (lastNamed, subject) = (speaker, speaker)
    }

    /// The speaker a tag names: a pronoun's is the paragraph's last subject, or the speaker named last,
    /// unless someone else has spoken in the paragraph.
    private func resolve(_ tag: SpeakerList.Tag, othersSpoke: Bool) -> Int? {
        switch tag {
        case .speaker(let speaker): speaker
        case .pronoun: othersSpoke ? nil : subject ?? lastNamed
        case .other: speakers.narration
        }
    }

    /// The sentences of the paragraph back to the one the quotation opened in, when none of them is
    /// someone else's by their own cue (`习近平指出：“…。”` then `普京说。` names no speaker of it).
    private mutating func quotation(of speaker: Int) -> Range<Int> {
        guard let start = paragraphSentences.lastIndex(where: \.opensQuote) else { return 0..<0 }
        let own: Set<Rule> = [.cue, .pronoun, .override]
        guard !paragraphSentences[start...].contains(where: { own.contains($0.rule) && $0.speaker != speaker }) else { return 0..<0 }
        let rule: Rule = speaker == speakers.narration ? .default : .cue
        for index in start..<paragraphSentences.count { paragraphSentences[index] = (paragraphSentences[index].opensQuote, speaker, rule) }
        return (start + 1)..<(paragraphSentences.count + 1)
    }

    /// A marker of a text given in full (``SpeakerList/fullText(in:previous:)``) makes its author's
    /// turn start with the next paragraph.
    private mutating func noteFullText(_ sentence: UnsafeBufferPointer<UInt16>) {
        guard fullTextAuthor == nil else { return }
        let found = previousSentence.withUnsafeBufferPointer { speakers.fullText(in: sentence, previous: $0) }
        switch found {
        case .author(let author)?: fullTextAuthor = author
        case .unnamed?: fullTextAuthor = lastNamed
        case nil: return
        }
        turn = fullTextAuthor
    }

    /// Whether the sentence is in a named speaker's text given in full, no label having handed the
    /// turn to someone else.
    private var inSignedText: Bool {
        guard let fullTextAuthor, !heading else { return false }
        return turn == fullTextAuthor && speakers.isNamed(fullTextAuthor)
    }

    /// The speaker of the next sentence by its opening, and the rule that decided it.
    private mutating func speakerAndRule(_ sentence: UnsafeBufferPointer<UInt16>) -> (speaker: Int, rule: Rule) {
        defer { isFirst = false }
        let resumed = interrupted
        interrupted = nil
        (nameless, claimsParagraph) = (false, false)
        resumedQuotation = false
        sentences += 1
        if interviewee == nil && sentences <= Attribution.introduction { interviewee = speakers.interviewee(in: sentence) }
        defer { if named.count < speakers.initialCount { named.formUnion(speakers.namedWithInitials(in: sentence)) } }
        if heading { return (speakers.narration, .default) }
        let label = speakers.labelAndEnd(of: sentence, inTranscript: inTranscript)
        labelEnd = label?.end ?? 0
        switch label?.label {
        case .speaker(let speaker, let bracketed)?:
            if bracketed || inTranscript { turn = speaker }
            inTranscript = true
            current = speaker
            noteSubject(speaker)
            return (speaker, .cue)
        case .other?:
            inTranscript = true
            turn = speakers.narration
            current = speakers.narration
            return (current, .default)
        case .answer?:
            // The interviewee's turn; with no interviewee named, an unknown one's.
            let answering = interviewee ?? speakers.narration
            inTranscript = true
            turn = answering
            current = answering
            return (answering, interviewee == nil ? .default : .cue)
        case nil:
            break
        }
        // A leader's text given in full is theirs throughout: a cue, a tag or a mention of someone
        // else in it is the author citing them (`普京总统多次表示，…，我对此表示赞赏。` in Xi's speech).
        if inSignedText, let turn {
            current = turn
            return (turn, .continuation)
        }
        let speaking = current != speakers.narration && current != speakers.joint
        var opening = speakers.opening(of: sentence)
        if case .initialSpeech(let speaker) = opening { opening = named.contains(speaker) ? .speech(speaker) : .none }
        // A turn runs to the next label: a host's or a questioner's (narration) too, whose
        // announcement (`两国元首将分别发表讲话。`) reads like a joint statement and whose question
        // may name a side (`我想问，中方…？`), in every sentence. A cue may still open a paragraph, or
        // in a narration turn a sentence, of its own.
        if let turn, isFirst || turn == speakers.narration {
            if case .speech = opening {} else {
                current = turn
                return (turn, turn == speakers.narration ? .default : .continuation)
            }
        }
        switch opening {
        case .speech(let speaker):
            current = speaker
            noteSubject(speaker)
            return (speaker, .cue)
        case .citing(let cited):
            // A leader citing the other goes on with their own speech, in the paragraph or into it;
            // a commentary citing one leader after another gives each their words.
            if speaking { return (current, .continuation) }
            if isFirst, let previous, !previousCited {
                current = previous
                return (previous, .continuation)
            }
            citedNow = true
            current = cited
            noteSubject(cited)
            return (cited, .cue)
        case .pronounSpeech:
            // After someone else's words in the paragraph, the pronoun is theirs (…表示，…。她又说，).
            if othersSpoke && current == speakers.narration { return (current, .default) }
            if let target = subject ?? (isFirst ? lastNamed : nil) {
                current = target
                return (target, .pronoun)
            }
        case .mention(let speaker):
            lastNamed = speaker
            // Another speaker as the subject, named as a report names them (`普京对此表示赞同。` after
            // Xi's words), ends the speech; named with a title (`普京总统…`), they may be in its words,
            // whose speaker stays the subject a pronoun after stands for.
            let other = speaking && speaker != current
            let inWords = other && speakers.opensWithTitledName(sentence)
            if !inWords { subject = speaker }
            if other && !inWords {
                current = speakers.narration
                return (current, .default)
            }
        case .joint(let exhorting) where !speaking:
            // Words quoted after a speech are still the speaker's, whatever their subject.
            if exhorting || SpeakerList.opensWithQuotation(sentence), isFirst || namelessSoFar, let previous {
                claimsParagraph = !isFirst
                current = previous
                return (previous, .continuation)
            }
            current = speakers.joint
            return (current, .joint)
        case .side(let side) where !speaking:
            if isFirst || namelessSoFar, let previous, speakers.side(of: previous) == side || SpeakerList.opensWithQuotation(sentence) {
                claimsParagraph = !isFirst
                current = previous
                return (previous, .continuation)
            }
            current = side
            return (side, .side)
        case .framing where isFirst:
            // A paragraph that opens citing a saying (正如古人所说，) after a speech is the speaker's.
            if let previous {
                current = previous
                return (previous, .continuation)
            }
        case .introducing where speaking && !isFirst:
            // A speech may quote a motto or a title so (…的目标只有一个：“…”): it goes on.
            break
        case .reporting(let speaker):
            // A report's words about a speaker: narration, ending any speech, and a pronoun after
            // them is the speaker (…报道称，普京还呼吁…。他说：“…”).
            noteSubject(speaker)
            current = speakers.narration
            return (current, .default)
        case .groupSpeech:
            // The two leaders the sentence before had for subject (两国领导人回顾了…。他们一致认为，).
            if previousSentence.withUnsafeBufferPointer(speakers.opensWithJointSubject) {
                current = speakers.joint
                return (current, .joint)
            }
            fallthrough
        case .otherSpeech, .introducing:
            // Someone else's words end any speech: a joint statement, a leader's (a saying the
            // leader cites is a framing), and one that would go on into this paragraph. A pronoun
            // opening the next paragraph (此外他还透露，) is theirs too, not the leader named before.
            othersSpoke = true
            lastNamed = nil
            current = speakers.narration
            return (current, .default)
        default:
            break
        }
        // Words about the speaker are not theirs, whatever else shows (基罗请李强转达…).
        let speaker = current != speakers.narration && current != speakers.joint ? current : isFirst || namelessSoFar ? previous : nil
        if let speaker, speakers.namesAfterOpening(speaker, in: sentence) {
            current = speakers.narration
            return (current, .default)
        }
        if isFirst || namelessSoFar, let previous, opening != .speech(previous), speakers.continues(previous, in: sentence, houseOrders: houseOrders) {
            claimsParagraph = !isFirst
            current = previous
            return (previous, .continuation)
        }
        if isFirst, sentencePerParagraph, previous == nil, let recent, opening == .none, speakers.continues(recent.speaker, in: sentence, houseOrders: houseOrders) {
            current = recent.speaker
            return (recent.speaker, .continuation)
        }
        // After the words a cue quoted, the speech goes on only as into a new paragraph, or with
        // the speaker as a pronoun (他特别提到…).
        if cueQuotationEnded, turn == nil, !speakers.continues(current, in: sentence, houseOrders: houseOrders), !speakers.opensWithPronoun(sentence) {
            interrupted = current
            current = speakers.narration
        } else if let resumed, current == speakers.narration, opening == .none, SpeakerList.opensWithQuotation(sentence) {
            // Words quoted again right after one sentence of narration (“…。”他的讲话引起笑声。“…”),
            // which end the speech again where they close.
            current = resumed
            resumedQuotation = true
        }
        nameless = opening == .none && current == speakers.narration
            && !speakers.opensWithSubject(UnsafeBufferPointer(rebasing: sentence.drop(while: SpeakerList.isLeadingFiller)))
        unclaimed = isFirst && nameless
        return (current, current == speakers.narration ? .default : .continuation)
    }

    /// Makes the document a text given in full by `author` from its first paragraph, as its title
    /// says (``SpeakerList/fullTextAuthor(title:)``).
    public mutating func giveText(to author: Int) {
        fullTextAuthor = author
        turn = author
    }

    /// Makes `speaker` the one speaking from this sentence on, as a cue would (a hand correction).
    public mutating func override(_ speaker: Int) {
        current = speaker
        if speakers.isNamed(speaker) { noteSubject(speaker) }
    }
}
