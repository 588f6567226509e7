import Yams

/// Who speaks, and how their speech is found (see `Resources/speakers.yaml` for the rules).
/// Everything here works on a sentence's UTF-16 code units, during segmentation.
public struct SpeakerList: Sendable {
    /// Speaker ids: the named speakers in file order, then the sides, then ``joint``, then
    /// ``narration``.
    public private(set) var ids: [String]
    /// The two speakers `speaker_keyness.csv` compares (indices into ``ids``).
    public private(set) var compared: (Int, Int)?
    /// The words that find speech rather than say anything: the cue verbs, the titles and each
    /// speaker's shortest names. Speaker keyness leaves them out.
    public private(set) var machinery: Set<String> = []
    /// Each named speaker's side (an index into ``ids``), if the file gives one.
    /// The text the list was read from, which identifies it in the partials' settings hash.
    public private(set) var source = ""
    private var sideOf: [Int: Int] = [:]
    private var names: [(units: [UInt16], speaker: Int)] = []
    /// The code units a name may start with, as a bitmap: most positions of a text start none, and
    /// ``name(at:)`` is asked at every one of a sentence's first characters.
    private var nameStarts = [UInt64](repeating: 0, count: 1024)
    /// A speaker's one-character short form (`initial:`), as the Hong Kong and Singapore press write
    /// it once the full name has been given (习表示，).
    private var initials: [UInt16: Int] = [:]
    /// What a report may call a speaker instead of a name (俄罗斯总统), longest first: theirs only
    /// with a cue right after it (俄罗斯总统表示，, 这位俄罗斯领导人还指出，), for 俄罗斯总统新闻秘书
    /// is someone else.
    private var roles: [(units: [UInt16], speaker: Int)] = []
    /// The names of the speakers with an initial, and their first code units (where one may start).
    private var initialNames: [(units: [UInt16], speaker: Int)] = []
    private var initialNameStarts: Set<UInt16> = []
    private var sides: [(units: [UInt16], side: Int)] = []
    private var cues: [[UInt16]] = []
    /// The cue verbs written with `…` after them, which name the one told before the words
    /// (`告诉…`: 普京告诉记者，).
    private var addressed: Set<[UInt16]> = []
    private var pronouns: [[UInt16]] = []
    private var jointSubjects: [[UInt16]] = []
    private var jointCues: [[UInt16]] = []
    private var sideCues: [[UInt16]] = []
    private var exhortations: [[UInt16]] = []
    private var openers: [[UInt16]] = []
    private var persons: [[UInt16]] = []
    private var stances: [[UInt16]] = []
    /// The two countries named with a side's first, as only that side names them (`俄中`).
    private var perspectives: [(units: [UInt16], side: Int)] = []
    private var citations: [[UInt16]] = []
    private var asides: [[UInt16]] = []
    /// Someone a speaker's name may possess (`普京总统新闻秘书佩斯科夫表示，`): then that person speaks.
    private var aides: [[UInt16]] = []
    private var interviewVerbs: [[UInt16]] = []
    private var interviewNouns: [[UInt16]] = []
    private var questions: [[UInt16]] = []
    private var answers: [[UInt16]] = []
    private var titles: [[UInt16]] = []
    private var accordingBefore: [[UInt16]] = []
    private var accordingAfter: [[UInt16]] = []
    /// Words before a name that cite the speaker (`正如习近平主席所指出的，`).
    private var accordingCiting: [[UInt16]] = []
    /// Verbs of quoting after the clause's own subject (`他又引述高峰说，`, `外长援引海川的话称，`).
    private var accordingQuoting: [[UInt16]] = []
    private var fullTextMarkers: [[UInt16]] = []
    private var jointDocuments: [[UInt16]] = []
    /// How the title of a text given in full ends (`的致辞`, `的讲话`).
    private var fullTextTitles: [[UInt16]] = []

    public static let jointID = "joint"
    public static let narrationID = "narration"
    /// How far after a name a cue verb may come (`习近平在会谈中强调，`), in code units.
    static let window = 12
    /// How long the one told may be between a verb like 告诉 and its comma (记者, 来访的金正恩).
    static let hearer = 8
    /// Clauses before a subject that may introduce it (`关于两国务实合作，`), at most this long.
    static let introduction = 24

    public var joint: Int { ids.count - 2 }
    public var narration: Int { ids.count - 1 }

    /// Parses a speakers YAML file; `file` names it in errors.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        source = text
        guard let root = try YAMLFile.root(text, file: file)?.mapping, let speakers = root["speakers"]?.mapping, !speakers.isEmpty else {
            throw RhetoricError(file: file, "needs a `speakers:` mapping of speaker ids to their `names:`")
        }
        var ids: [String] = []
        var sideNames: [Int: String] = [:]
        let reserved = [SpeakerList.jointID, SpeakerList.narrationID]
        for (key, value) in speakers {
            guard let id = key.string, !id.isEmpty, !reserved.contains(id) else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "a speaker id must be a name other than joint or narration")
            }
            let list = YAMLFile.strings(value["names"])
            guard !list.isEmpty else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "speaker \(id) has no names")
            }
            for name in list { names.append((Array(name.utf16), ids.count)) }
            // A name holding no other name of the speaker is how the speaker is addressed (普京, not 俄罗斯总统普京).
            machinery.formUnion(list.filter { name in !list.contains { $0 != name && name.contains($0) } })
            for role in YAMLFile.strings(value["roles"]) { roles.append((Array(role.utf16), ids.count)) }
            if let side = value["side"]?.string { sideNames[ids.count] = side }
            if let initial = value["initial"]?.string {
                let units = Array(TextNormalizer.normalize(initial).utf16)
                guard units.count == 1, TextNormalizer.isHan(units[0]) else {
                    throw RhetoricError(file: file, line: key.mark.map { $0.line }, "speaker \(id): an initial is one Chinese character")
                }
                initials[units[0]] = ids.count
            }
            ids.append(id)
        }
        for (key, value) in root["sides"]?.mapping ?? [:] {
            guard let side = key.string, !side.isEmpty, !reserved.contains(side), !ids.contains(side) else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "a side needs a name that is no speaker's, joint or narration")
            }
            for subject in YAMLFile.strings(value) { sides.append((Array(subject.utf16), ids.count)) }
            ids.append(side)
        }
        for (speaker, side) in sideNames {
            guard let index = ids.firstIndex(of: side), index >= speakers.count else {
                throw RhetoricError(file: file, "speaker \(ids[speaker]) has side \(side), which is not listed under `sides:`")
            }
            sideOf[speaker] = index
        }
        // Longest first, so 国家主席习近平 wins over 习近平 where both match.
        names.sort { $0.units.count > $1.units.count }
        for name in names { if let first = name.units.first { nameStarts[Int(first >> 6)] |= 1 << UInt64(first & 63) } }
        roles.sort { $0.units.count > $1.units.count }
        let withInitials = Set(initials.values)
        initialNames = names.filter { withInitials.contains($0.speaker) }
        initialNameStarts = Set(initialNames.compactMap(\.units.first))
        sides.sort { $0.units.count > $1.units.count }
        let cueWords = YAMLFile.strings(root["cues"]).map { $0.hasSuffix("…") ? String($0.dropLast()) : $0 }
        cues = cueWords.map { Array($0.utf16) }
        addressed = Set(YAMLFile.strings(root["cues"]).filter { $0.hasSuffix("…") }.map { Array($0.dropLast().utf16) })
        pronouns = YAMLFile.strings(root["pronouns"]).map { Array($0.utf16) }
        jointSubjects = YAMLFile.strings(root["joint"]?["subjects"]).map { Array($0.utf16) }.sorted { $0.count > $1.count }
        jointCues = YAMLFile.strings(root["joint"]?["cues"]).map { Array($0.utf16) }
        exhortations = YAMLFile.strings(root["joint"]?["exhortations"]).map { Array($0.utf16) }
        jointCues += exhortations
        sideCues = jointCues + cues + YAMLFile.strings(root["side_cues"]).map { Array($0.utf16) }
        openers = YAMLFile.strings(root["continuation"]?["openers"]).map { Array($0.utf16) }
        persons = YAMLFile.strings(root["continuation"]?["persons"]).map { Array($0.utf16) }
        stances = YAMLFile.strings(root["continuation"]?["stances"]).map { Array($0.utf16) }
        for (key, value) in root["continuation"]?["perspectives"]?.mapping ?? [:] {
            guard let side = key.string.flatMap({ ids.firstIndex(of: $0) }), side >= speakers.count else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "a perspective is a side's, listed under `sides:`")
            }
            for pair in YAMLFile.strings(value) { perspectives.append((Array(pair.utf16), side)) }
        }
        // How Chinese frames a citation, an aside or an interview does not depend on who speaks: a
        // file without these lists keeps the defaults'.
        citations = root["citations"] == nil ? SpeakerList.defaults.citations : YAMLFile.strings(root["citations"]).map { Array($0.utf16) }
        asides = root["asides"] == nil ? SpeakerList.defaults.asides : YAMLFile.strings(root["asides"]).map { Array($0.utf16) }
        aides = root["aides"] == nil ? SpeakerList.defaults.aides : YAMLFile.strings(root["aides"]).map { Array($0.utf16) }
        if let interview = root["interview"] {
            interviewVerbs = YAMLFile.strings(interview["verbs"]).map { Array($0.utf16) }
            interviewNouns = YAMLFile.strings(interview["nouns"]).map { Array($0.utf16) }
            questions = YAMLFile.strings(interview["questions"]).map { Array($0.utf16) }
            answers = YAMLFile.strings(interview["answers"]).map { Array($0.utf16) }
        } else {
            let defaults = SpeakerList.defaults
            (interviewVerbs, interviewNouns, questions, answers) = (defaults.interviewVerbs, defaults.interviewNouns, defaults.questions, defaults.answers)
        }
        if let according = root["according"] {
            accordingBefore = YAMLFile.strings(according["before"]).map { Array($0.utf16) }
            accordingAfter = YAMLFile.strings(according["after"]).map { Array($0.utf16) }
            accordingCiting = YAMLFile.strings(according["citing"]).map { Array($0.utf16) }
            // Newer than the other three: a file written before it keeps the default verbs.
            accordingQuoting = according["quoting"] == nil ? SpeakerList.defaults.accordingQuoting
                : YAMLFile.strings(according["quoting"]).map { Array($0.utf16) }
        } else {
            let defaults = SpeakerList.defaults
            (accordingBefore, accordingAfter, accordingCiting, accordingQuoting) =
                (defaults.accordingBefore, defaults.accordingAfter, defaults.accordingCiting, defaults.accordingQuoting)
        }
        if let fullText = root["full_text"] {
            fullTextMarkers = YAMLFile.strings(fullText["markers"]).map { Array($0.utf16) }
            jointDocuments = YAMLFile.strings(fullText["joint"]).map { Array($0.utf16) }
            fullTextTitles = YAMLFile.strings(fullText["titles"]).map { Array($0.utf16) }
        } else {
            (fullTextMarkers, jointDocuments, fullTextTitles) =
                (SpeakerList.defaults.fullTextMarkers, SpeakerList.defaults.jointDocuments, SpeakerList.defaults.fullTextTitles)
        }
        let titleWords = YAMLFile.strings(root["titles"])
        titles = titleWords.map { Array($0.utf16) }
        machinery.formUnion(cueWords + titleWords)
        guard !cues.isEmpty else { throw RhetoricError(file: file, "needs a `cues:` list of speech verbs") }
        self.ids = ids + reserved
        let compare = YAMLFile.strings(root["compare"])
        if !compare.isEmpty {
            guard compare.count == 2, let a = ids.firstIndex(of: compare[0]), let b = ids.firstIndex(of: compare[1]), a != b else {
                throw RhetoricError(file: file, "`compare:` must name two different speakers: \(ids.joined(separator: ", "))")
            }
            compared = (a, b)
        }
    }

    /// What opens a sentence.
    public enum Opening: Equatable, Sendable {
        /// A speaker's name with a cue: their speech starts.
        case speech(Int)
        /// A pronoun with a cue (他表示，).
        case pronounSpeech
        /// A speaker's name without a cue (普京热烈欢迎…): narration about them.
        case mention(Int)
        /// A clause citing a speaker (`正如习近平主席所指出的，`): their words after narration, the
        /// words of whoever is speaking inside a speech (a leader citing the other).
        case citing(Int)
        /// A speaker's initial with a cue right after it (习表示，/ 习则指出，): their speech, once
        /// the text has named them in full.
        case initialSpeech(Int)
        /// A joint subject with a joint verb; `exhorting` when the verb is an exhortation (双方要…),
        /// which at a paragraph's start is the previous speaker's, not an agreement.
        case joint(exhorting: Bool)
        /// A side's subject with a verb (中方感谢俄方…): the side's position.
        case side(Int)
        /// Someone the list does not name, with a cue ending the clause (克里姆林宫发言人佩斯科夫此前
        /// 表示，/ 有分析人士认为，): their words, so what follows is no joint statement, no side's
        /// position and no leader's speech going on. So is one of a side's officials as the subject,
        /// cue or none (北方国外交部发言人林风随后介绍了会谈情况。): a pronoun after them is theirs.
        case otherSpeech
        /// A plural pronoun with a cue (他们表示，, 她们认为，): a group's words, someone else's as
        /// ``otherSpeech``, but the two leaders' together right after a sentence whose subject they
        /// are (``opensWithJointSubject(_:)``).
        case groupSpeech
        /// A report's words with a speaker for their subject (`…援引北方通讯社报道称，普京还呼吁…`):
        /// narration, as ``otherSpeech``, but a pronoun after it is the speaker, for no pronoun
        /// stands for a report.
        case reporting(Int)
        /// Someone the list does not name introducing a quotation with a colon, whatever the verb
        /// (市长说起一段往事：“…”): their words, as ``otherSpeech``, at a paragraph's start or after
        /// narration; inside a speech, which may quote a motto or a title so, it goes on.
        case introducing
        /// A clause ending in a cue that frames the words of whoever is speaking: a saying or a text
        /// cited (正如俗话所说，/ 中国有句古话说：), or the first or second person (我们认为，).
        case framing
        case none
    }

    /// A transcript's label opening a sentence: who speaks from here on.
    public enum Label: Equatable, Sendable {
        /// A speaker's name alone (perhaps with a role before it or a title after it), in brackets
        /// (`【习近平】`, `[普京总统]`) or before a colon (`习近平主席：`). `bracketed` for a label that
        /// opens a turn of paragraphs: in brackets, or before a colon with nothing after it (an
        /// interview setting `普京：` on its own line above the answer's paragraphs).
        case speaker(Int, bracketed: Bool)
        /// Any other label: a host, a reporter, a caption's voice (`【主持人】`, `记者：`), an
        /// interview's question (`问：`).
        case other
        /// An interview's answer (`答：`): the interviewee speaks.
        case answer
    }

    /// The longest aside in brackets between a colon label's name and its colon (`（通过翻译）`).
    static let longestAside = 8

    /// The label a sentence opens with, if any. A bracketed label is at most 12 characters with
    /// text after it, and one naming nobody is all Han (`[1]` is a note's number); a colon label is
    /// at most 10 characters before `：` with no punctuation in it, and one that names no speaker
    /// counts only in a transcript (`inTranscript`: a label came before), where it is at most 5 Han
    /// characters not ending in a cue — so `会谈中：` in a report and `你写道：` in a transcript are no
    /// labels. An interview's question and answer labels
    /// (`问：`, `答：`, by `interview:`) always count, a question label of two characters or more also
    /// after an outlet's name (`北方日报记者：`). An aside in brackets of at most
    /// ``longestAside`` characters may stand between a colon label and its colon (`习近平（通过翻译）：`).
    /// A speaker's colon label may stand alone, its words in the paragraphs after it; any other only
    /// in a transcript (`主持人：` above the host's words; `编者按：` above a report is none).
    public func label(of sentence: UnsafeBufferPointer<UInt16>, inTranscript: Bool) -> Label? {
        labelAndEnd(of: sentence, inTranscript: inTranscript)?.label
    }

    /// The label a sentence opens with (``label(of:inTranscript:)``) and where it ends: after its
    /// closing bracket or its colon, in code units from the sentence's start. The label is who
    /// speaks, not what they say.
    func labelAndEnd(of sentence: UnsafeBufferPointer<UInt16>, inTranscript: Bool) -> (label: Label, end: Int)? {
        var start = 0
        while start < sentence.count && (sentence[start] == 0x20 || sentence[start] == 0x3000) { start += 1 }
        let text = UnsafeBufferPointer(rebasing: sentence[start...])
        guard let first = text.first else { return nil }
        let close: UInt16? = switch first {
        case 0x3010: 0x3011  // 【】
        case 0x5B: 0x5D      // []
        case 0x3014: 0x3015  // 〔〕
        default: nil
        }
        if let close {
            // Text must follow, and not a link's address (`[相关新闻](…)` in Markdown).
            guard let end = text.prefix(14).firstIndex(of: close), end > 1, end + 1 < text.count,
                  text[end + 1] != 0x28 else { return nil }
            let inner = UnsafeBufferPointer(rebasing: text[1..<end])
            // A colon may follow the bracket (`[高峰]:`).
            let after = start + end + 1 + (text[end + 1] == 0xFF1A || text[end + 1] == 0x3A ? 1 : 0)
            if let speaker = speakerLabel(inner) { return (.speaker(speaker, bracketed: true), after) }
            return inner.allSatisfy(TextNormalizer.isHan) ? (.other, after) : nil
        }
        guard let colon = text.prefix(11 + SpeakerList.longestAside + 2).firstIndex(where: { $0 == 0xFF1A || $0 == 0x3A }), colon > 0
        else { return nil }
        let alone = text[(colon + 1)...].allSatisfy { $0 == 0x20 || $0 == 0x3000 }
        // An aside in brackets before the colon says how the words came (`习近平（通过翻译）：`).
        var labelEnd = colon
        if text[colon - 1] == 0xFF09 || text[colon - 1] == 0x29,
           let open = text[..<colon].lastIndex(where: { $0 == 0xFF08 || $0 == 0x28 }), colon - open - 2 <= SpeakerList.longestAside {
            labelEnd = open
        }
        guard labelEnd > 0, labelEnd < 11 else { return nil }
        let inner = UnsafeBufferPointer(rebasing: text[..<labelEnd])
        guard !inner.contains(where: SpeakerList.isPunctuation) else { return nil }
        let after = start + colon + 1
        if let speaker = speakerLabel(inner) { return (.speaker(speaker, bracketed: alone), after) }
        // Alone on its line, only a transcript's host or questioner is a label (not `编者按：`).
        guard !alone || inTranscript else { return nil }
        if answers.contains(where: { inner.elementsEqual($0) }) { return (.answer, after) }
        // A questioner named with an outlet (`北方日报记者：`) asks as `记者：` does.
        if questions.contains(where: { inner.elementsEqual($0) || $0.count >= 2 && inner.suffix($0.count).elementsEqual($0) && inner.allSatisfy(TextNormalizer.isHan) }) {
            return (.other, after)
        }
        // Someone's words introduced by a cue (`你写道：`, `他说：`) are no label of a turn.
        return inTranscript && inner.count <= 5 && inner.allSatisfy(TextNormalizer.isHan) && !endsWithCue(inner) ? (.other, after) : nil
    }

    /// How far into a sentence a label may reach: a bracketed one's 14 units and a space, a colon
    /// label's 11 with an aside before its colon.
    static let labelReach = 16 + SpeakerList.longestAside + 2

    /// Whether a clause after the speaker's own first one, or after a pronoun (`他指中方…`, `他说10年前…`),
    /// opens with a cue verb and the words it reports, without a comma between
    /// (`李强…会见来访的总理，指中方愿…`, `…，表示俄方愿…`): a verb of two characters or more before any
    /// Han character, one of one character (指, 称, 说: 指导, 称赞 and 说明 are other words) only
    /// before a side, a joint subject, a pronoun, a number or a quotation. A verb naming the one told
    /// (告知金正恩…) reports nothing by itself. An adverb that carries the subject on may stand
    /// before the verb (`海川表示赞同，并说两国应当…`, `他还说中方愿…`).
    private func reports(_ clause: UnsafeBufferPointer<UInt16>) -> Bool {
        let adverb = SpeakerList.carryingAdverbs.first { clause.starts(with: $0) }?.count ?? 0
        let clause = UnsafeBufferPointer(rebasing: clause[adverb...])
        for cue in cues where clause.starts(with: cue) && cue.count < clause.count && !addressed.contains(cue) {
            let rest = UnsafeBufferPointer(rebasing: clause[cue.count...])
            if cue.count >= 2 ? TextNormalizer.isHan(rest[0])
                : opensWithSubject(rest) || (0x30...0x39).contains(rest[0]) || SpeakerList.isOpeningQuote(rest[0]) {
                return true
            }
        }
        return false
    }

    /// Whether the speaker's own clause reports what they said without a comma after the verb: a
    /// cue within the window after `offset`, right before a side, a joint subject or a pronoun
    /// (`普京说俄方重视…`, `习近平强调中方愿…`, `普京总统表示双方…`), a cue of two characters or more
    /// with 了, whose object is what was said (`普京强调了…的作用`, `习近平介绍了中方的立场`), or one
    /// before a word of time that opens the words (`普京表示当天与…讨论了…`). Any other word after the
    /// verb (`表示感谢`, `称赞`) stays a mention.
    private func reportsStance(in text: UnsafeBufferPointer<UInt16>, after offset: Int) -> Bool {
        var position = offset
        while position < text.count && position <= offset + SpeakerList.window {
            if SpeakerList.isPunctuation(text[position]) { return false }
            for cue in cues where position + cue.count < text.count && text[position..<position + cue.count].elementsEqual(cue) {
                let rest = UnsafeBufferPointer(rebasing: text[(position + cue.count)...])
                if opensWithSubject(rest) || (cue.count >= 2 && rest[0] == 0x4E86) { return true }  // 了
                if cue.count >= 2 && SpeakerList.timeWords.contains(where: { rest.starts(with: $0) }) { return true }
            }
            position += 1
        }
        return false
    }

    /// Whether the speaker's own clause, however long, ends in a cue before its comma or colon
    /// (`普京当天在克里姆林宫同…习近平举行会谈后对媒体表示，`, `普京在…联合记者会上说：`): the
    /// window after the name only bounds a cue inside the clause.
    private func endsOwnClauseInCue(_ text: UnsafeBufferPointer<UInt16>, after end: Int) -> Bool {
        guard let mark = text[end...].firstIndex(where: SpeakerList.isPunctuation), SpeakerList.isCueMark(text[mark]) else { return false }
        return endsWithCue(UnsafeBufferPointer(rebasing: text[end..<mark])) || SpeakerList.introducesQuotation(UnsafeBufferPointer(rebasing: text[end...]))
    }

    /// Whether a clause after the one naming the speaker has a pronoun for subject and ends in a cue
    /// (`李强…赴俄罗斯出席…，他十七日在莫斯科会晤…时称，`): the speaker's words follow.
    private func pronounClauseEndsInCue(_ clause: UnsafeBufferPointer<UInt16>) -> Bool {
        let conjunction = SpeakerList.conjunctions.first { clause.starts(with: $0) }?.count ?? 0
        let subject = UnsafeBufferPointer(rebasing: clause[conjunction...])
        guard let pronoun = pronoun(at: subject), !pronoun.plural else { return false }
        return endsOwnClauseInCue(subject, after: pronoun.count)
    }

    /// Whether `words` end in a cue (`…写道`), perhaps with 道 after it (`…说道`), after at least one
    /// character of their own.
    private func endsWithCue(_ words: UnsafeBufferPointer<UInt16>) -> Bool {
        let said = words.last == 0x9053 ? UnsafeBufferPointer(rebasing: words.dropLast()) : words  // 道
        return cues.contains { cue in
            [words, said].contains { $0.count > cue.count && $0.reversed().starts(with: cue.reversed()) }
        }
    }

    /// Whether a text holds one of the `citations:` words (正如, 古人, 俗话, …).
    public func cites(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        SpeakerList.holdsAny(text, citations)
    }

    /// Whether a sentence's subject is a pronoun (他特别提到…, 但他也表示…; not 他们, nor a possessive:
    /// 他的讲话引起笑声。 is about him).
    public func opensWithPronoun(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        let text = sentence.drop(while: SpeakerList.isLeadingFiller)
        let conjunction = SpeakerList.conjunctions.first { text.starts(with: $0) }?.count ?? 0
        let subject = text.dropFirst(conjunction)
        guard let pronoun = pronoun(at: subject), !pronoun.plural else { return false }
        return subject.dropFirst(pronoun.count).first != 0x7684  // 的: not 他的讲话… (words about him)
    }

    /// The length of one of the `pronouns:` opening `text`, and whether 们 makes it plural (他们,
    /// 她们): a group, never one speaker.
    private func pronoun(at text: some Collection<UInt16>) -> (count: Int, plural: Bool)? {
        guard let pronoun = pronouns.first(where: { text.starts(with: $0) }) else { return nil }
        return (pronoun.count, text.dropFirst(pronoun.count).first == 0x4EEC)  // 们
    }

    /// Whether `text` opens with a side, a joint subject or a pronoun: who a stance is about.
    func opensWithSubject(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        sides.contains(where: { text.starts(with: $0.units) }) || jointSubjects.contains(where: { text.starts(with: $0) })
            || pronouns.contains(where: { text.starts(with: $0) })
    }

    /// The speaker whose initial opens `text` with a cue verb and a comma or colon right after it, or
    /// after one of ``initialAdverbs`` (习还表示，): never a word that starts with the character
    /// (习惯上说 has 惯 after it).
    private func initialSpeaker(_ text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard text.count >= 3, let speaker = initials[text[0]] else { return nil }
        let start = SpeakerList.initialAdverbs.contains(text[1]) ? 2 : 1
        let rest = UnsafeBufferPointer(rebasing: text[start...])
        let cued = cues.contains { cue in
            rest.starts(with: cue) && cue.count < rest.count && SpeakerList.isCueMark(rest[cue.count])
        }
        return cued ? speaker : nil
    }

    /// The speaker a role opens `text` with (perhaps after 这位 or 该), and where the role ends.
    private func role(in text: UnsafeBufferPointer<UInt16>) -> (end: Int, speaker: Int)? {
        let start = text.starts(with: SpeakerList.this) ? SpeakerList.this.count : text.first == 0x8BE5 ? 1 : 0  // 这位, 该
        let rest = UnsafeBufferPointer(rebasing: text[start...])
        return roles.first { rest.starts(with: $0.units) }.map { (start + $0.units.count, $0.speaker) }
    }

    private static let this = Array("这位".utf16)

    /// The speaker whose role opens `text` with a cue verb and a comma or colon right after it, or
    /// after one of ``initialAdverbs`` (俄罗斯总统表示，, 这位俄罗斯领导人还指出：).
    private func roleSpeaker(_ text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard let (end, speaker) = role(in: text), end + 1 < text.count else { return nil }
        let start = SpeakerList.initialAdverbs.contains(text[end]) ? end + 1 : end
        return hasCue(in: text, after: start, cues: cues, needsPunctuation: true, within: 0) ? speaker : nil
    }

    /// Adverbs that may stand between an initial and its cue: 还 又 也 则 并 亦 再.
    static let initialAdverbs: Set<UInt16> = Set("还又也则并亦再".utf16)

    /// How many speakers have an initial.
    public var initialCount: Int { initials.count }

    /// The speakers with an initial that `sentence` names in full, anywhere in it.
    public func namedWithInitials(in sentence: UnsafeBufferPointer<UInt16>) -> Set<Int> {
        var found = Set<Int>()
        for position in sentence.indices where initialNameStarts.contains(sentence[position]) {
            let rest = UnsafeBufferPointer(rebasing: sentence[position...])
            if let (_, speaker) = initialNames.first(where: { rest.starts(with: $0.units) }) {
                found.insert(speaker)
            }
        }
        return found
    }

    /// The speaker a sentence says gives an interview (`俄罗斯总统普京日前接受东方社书面专访`): a
    /// speaker's name, then within ``window`` characters one of the `interview:` verbs (接受), then
    /// one of its nouns (采访, 专访) in the same sentence.
    public func interviewee(in sentence: UnsafeBufferPointer<UInt16>) -> Int? {
        guard !interviewVerbs.isEmpty else { return nil }
        for position in sentence.indices {
            let rest = UnsafeBufferPointer(rebasing: sentence[position...])
            guard let (name, speaker) = name(at: rest) else { continue }
            let after = UnsafeBufferPointer(rebasing: rest[name.count...])
            for offset in 0...min(SpeakerList.window, after.count) {
                let tail = UnsafeBufferPointer(rebasing: after[offset...])
                guard let verb = interviewVerbs.first(where: { tail.starts(with: $0) }) else { continue }
                let object = UnsafeBufferPointer(rebasing: tail[verb.count...])
                let hasNoun = object.indices.contains { index in
                    interviewNouns.contains { UnsafeBufferPointer(rebasing: object[index...]).starts(with: $0) }
                }
                return hasNoun ? speaker : nil
            }
        }
        return nil
    }

    /// What a sentence that announces a text given in full (`讲话全文如下：`, by `full_text:
    /// markers:`) says of its author: `joint` when it or the sentence before it (`previous`) names a
    /// joint document (联合声明), the speaker it names, or nil when it names none.
    public func fullText(in sentence: UnsafeBufferPointer<UInt16>, previous: UnsafeBufferPointer<UInt16>) -> FullText? {
        guard SpeakerList.holdsAny(sentence, fullTextMarkers) else { return nil }
        if SpeakerList.holdsAny(sentence, jointDocuments) || SpeakerList.holdsAny(previous, jointDocuments) { return .author(joint) }
        for position in sentence.indices {
            let rest = UnsafeBufferPointer(rebasing: sentence[position...])
            if let (_, speaker) = name(at: rest) { return .author(speaker) }
        }
        return .unnamed
    }

    /// The speaker whose text a document's title says it is: a speaker named at its start, no
    /// sentence end, and one of `full_text: titles:` at its end (`习近平在欢迎宴会上的致辞`; not a
    /// report's `习近平出席宴会并致辞` or `…发表署名文章`, whose lead announces the article).
    public func fullTextAuthor(title: String) -> Int? {
        let units = Array(title.utf16.reversed().drop { $0 == 0x20 || $0 == 0x3000 }.reversed())
        guard !units.contains(where: Segmenter.isTerminal),
              fullTextTitles.contains(where: { units.count > $0.count && units.reversed().starts(with: $0.reversed()) }) else { return nil }
        return units.withUnsafeBufferPointer { name(in: $0)?.speaker }
    }

    /// The speaker who signs a line the way a speech's or signed article's text is signed under its
    /// title: an office ending in one of `titles`, a space, then the speaker's name alone
    /// (`中华人民共和国主席 习近平`, `俄罗斯联邦总统 弗拉基米尔·普京`). The office names nobody and
    /// holds no punctuation but 、, so a spaced headline (`习近平会见俄罗斯总统 普京`) signs nothing.
    public func signature(_ line: String) -> Int? {
        let isSpace = { (unit: UInt16) in unit == 0x20 || unit == 0x3000 || unit == 0xA0 }
        let units = Array(line.utf16)
        guard units.count <= SpeakerList.longestSignature, let space = units.lastIndex(where: isSpace) else { return nil }
        let office = Array(units[..<space].reversed().drop(while: isSpace).reversed())
        let signed = Array(units[(space + 1)...])
        guard !office.isEmpty, !office.contains(where: { $0 != 0x3001 && SpeakerList.isPunctuation($0) }),
              titles.contains(where: { office.reversed().starts(with: $0.reversed()) }) else { return nil }
        let namesSomeone = office.withUnsafeBufferPointer { text in
            text.indices.contains { name(at: UnsafeBufferPointer(rebasing: text[$0...])) != nil }
        }
        guard !namesSomeone else { return nil }
        return signed.withUnsafeBufferPointer { text in
            guard let (end, speaker) = name(in: text), end == text.count,
                  !text.contains(where: { SpeakerList.isPunctuation($0) }) else { return nil }
            return speaker
        }
    }

    /// The longest line ``signature(_:)`` reads, in code units, and the longest name it signs with
    /// in characters (`弗拉基米尔·普京` is 8).
    static let longestSignature = 40
    static let longestName = 16

    /// Whether a paragraph announces a text given in full (`讲话全文如下：`, by `full_text: markers:`).
    public func announcesFullText(_ paragraph: String) -> Bool {
        Array(paragraph.utf16).withUnsafeBufferPointer { SpeakerList.holdsAny($0, fullTextMarkers) }
    }

    /// A text given in full, by whom.
    public enum FullText: Equatable, Sendable {
        /// A speaker, or ``joint``.
        case author(Int)
        /// The marker names nobody: the speaker the text named last wrote it.
        case unnamed
    }

    /// Whether one of `words` occurs in `text`. Asked of every sentence: a word's first unit is
    /// compared before the rest.
    static func holdsAny(_ text: UnsafeBufferPointer<UInt16>, _ words: [[UInt16]]) -> Bool {
        for position in text.indices {
            let unit = text[position]
            for word in words where word.first == unit && position + word.count <= text.count {
                var offset = 1
                while offset < word.count && text[position + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
        }
        return false
    }

    /// Who a quotation's tag names, the speaker named after the words (`“…。”普京说。`, `“…，”他说，“…”`):
    /// right after a closing quote (or the comma after it, `「…」，习近平说。`), or opening a sentence
    /// after one that ended in a closing quote (`afterQuote`), a speaker's name (perhaps with a role
    /// before it, a title or a few words after it: `普京总统在会谈中说`) or a pronoun, then a cue at the
    /// clause's end (perhaps with 道), then the sentence's end or a new quotation (`，“`). A cue
    /// followed by more words is a speech of its own (`普京表示，俄方…`), no tag. `opensQuote`: the
    /// quotation opened in this sentence.
    public func tag(of sentence: UnsafeBufferPointer<UInt16>, afterQuote: Bool) -> (tag: Tag, opensQuote: Bool)? {
        func tag(from start: Int) -> (tag: Tag, opensQuote: Bool)? {
            guard start < sentence.count else { return nil }
            let end = sentence[start...].firstIndex(where: SpeakerList.isPunctuation) ?? sentence.count
            let after = end + 1 < sentence.count ? sentence[end + 1] : nil
            guard end > start, end == sentence.count || sentence[end] == 0x3002 || sentence[end] == 0xFF01
                || after.map(SpeakerList.isOpeningQuote) == true,
                let tag = tagSpeaker(UnsafeBufferPointer(rebasing: sentence[start..<end])) else { return nil }
            // Someone else's tag follows words said (“…。”金正恩说), not a quoted name (“…”倡议的提出).
            if tag == .other, start >= 2, SpeakerList.isClosingQuote(sentence[start - 1]),
               !SpeakerList.isPunctuation(sentence[start - 2]) && !Segmenter.isTerminal(sentence[start - 2]) { return nil }
            return (tag, sentence[..<start].contains(where: SpeakerList.isOpeningQuote))
        }
        // A quotation card's source after a dash (`“…。”——高峰`, `——高峰总统在会谈中`): the speaker it
        // names first, who needs no cue.
        func source(from start: Int) -> (tag: Tag, opensQuote: Bool)? {
            var name = start
            while name < sentence.count, sentence[name] == 0x2014 { name += 1 }  // —
            guard name > start, name < sentence.count, sentence.count - name <= SpeakerList.window + 8,
                  !sentence[name...].contains(where: SpeakerList.isPunctuation),
                  let (_, speaker) = self.name(in: UnsafeBufferPointer(rebasing: sentence[name...])) else { return nil }
            return (.speaker(speaker), sentence[..<start].contains(where: SpeakerList.isOpeningQuote))
        }
        if afterQuote, let first = sentence.firstIndex(where: { $0 != 0x20 && $0 != 0x3000 }),
           let found = tag(from: first) ?? source(from: first) { return found }
        for index in sentence.indices where SpeakerList.isClosingQuote(sentence[index]) {
            // A source credits words quoted whole (`…。”——`), not a name (`“一带一路”——…`).
            let wordsQuoted = index > 0 && Segmenter.isTerminal(sentence[index - 1])
            if let found = tag(from: index + 1) ?? (wordsQuoted ? source(from: index + 1) : nil) { return found }
            // Taiwan's and Hong Kong's press set the comma after the closing quote (`「…」，習近平說。`).
            if index + 1 < sentence.count, sentence[index + 1] == 0xFF0C || sentence[index + 1] == 0x2C,
               let found = tag(from: index + 2) { return found }
        }
        return nil
    }

    /// Who a quotation's tag names.
    public enum Tag: Equatable, Sendable {
        case speaker(Int)
        /// 他说: the speaker the paragraph opened with, or the one named last.
        case pronoun
        /// Someone the list does not name (`金正恩说`): the quotation is narration.
        case other
    }

    /// The speaker or pronoun a tag (`普京说`, `普京总统在会谈中强调`, `他说道`) names: at most the cue
    /// window long, a name or a pronoun (not 他们) at its start, a cue at its end. Any other subject
    /// before the cue (`金正恩说`, `他们表示`) is someone else's.
    /// A tag naming a speaker may end in any verb with 道 (`普京感慨道`), listed among the cues or not.
    private func tagSpeaker(_ tail: UnsafeBufferPointer<UInt16>) -> Tag? {
        guard tail.count >= 2, tail.count <= SpeakerList.window + 4 else { return nil }
        let listed = endsWithCue(tail)
        guard listed || (tail.last == 0x9053 && SpeakerList.isVerbBeforeDao(tail[tail.count - 2])) else { return nil }
        if let (_, speaker) = name(in: tail) { return .speaker(speaker) }
        if let (end, speaker) = role(in: tail) {
            // Only the cue after a role (这位俄罗斯领导人说), perhaps after an adverb.
            let verb = tail[end...].drop { SpeakerList.initialAdverbs.contains($0) }.reversed().drop { $0 == 0x9053 }  // 道
            if cues.contains(where: { verb.elementsEqual($0.reversed()) }) { return .speaker(speaker) }
        }
        if let pronoun = pronoun(at: tail), pronoun.count < tail.count, !pronoun.plural { return .pronoun }
        guard listed else { return nil }
        return cues.contains(where: { tail.starts(with: $0) }) || opensWithSubject(tail) ? nil : .other
    }

    /// Whether a sentence opens with words quoted (“我们将…。”), not a name or term in quotation marks
    /// (“一带一路”倡议…): the quotation holds a clause's punctuation, or runs past the sentence.
    public static func opensWithQuotation(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        let text = sentence.drop { $0 == 0x20 || $0 == 0x3000 }
        guard let first = text.first, isOpeningQuote(first) else { return false }
        for unit in text.dropFirst() {
            if isClosingQuote(unit) { return false }
            if unit != 0x3001 && (isPunctuation(unit) || Segmenter.isTerminal(unit)) { return true }
        }
        return true
    }

    /// Whether a sentence ends with words quoted whole: a sentence's end, then the closing quote
    /// (`…。”`), spaces after it aside.
    static func endsInQuotation(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let last = sentence.lastIndex(where: { $0 != 0x20 && $0 != 0x3000 }), last > 0 else { return false }
        return isClosingQuote(sentence[last]) && Segmenter.isTerminal(sentence[last - 1])
    }

    /// ” 」 』 close a quotation; “ 「 『 open one.
    static func isClosingQuote(_ unit: UInt16) -> Bool { unit == 0x201D || unit == 0x300D || unit == 0x300F }
    static func isOpeningQuote(_ unit: UInt16) -> Bool { unit == 0x201C || unit == 0x300C || unit == 0x300E }

    /// The speaker a label names, when it holds nothing but the name, a role before it and a title
    /// after it (`国家主席习近平`, `普京总统`); `习近平的外交足迹` names nobody.
    private func speakerLabel(_ inner: UnsafeBufferPointer<UInt16>) -> Int? {
        guard let (end, speaker) = name(in: inner) else { return nil }
        let rest = inner[end...]
        return rest.isEmpty || titles.contains(where: { rest.elementsEqual($0) }) ? speaker : nil
    }

    /// Classifies the start of a sentence: its first clause, or the first that is not a short
    /// introduction (`关于…，`, `在…方面，`, `对此，`), up to its third.
    ///
    /// Someone else's cue (`…表示，`) makes it ``Opening/otherSpeech``, unless the clause after it
    /// is a speaker's own cue: a report of what the speaker said (`央视报道称，习近平…表示：`) is the
    /// speaker's.
    public func opening(of sentence: UnsafeBufferPointer<UInt16>) -> Opening {
        var start = 0
        var reported = false
        var byPress = false
        var official = false
        // The subject of the clause before, if it is one of time (当普京将…送上车时，): the next
        // clause may say with no subject of its own (对金正恩说道：) or with a pronoun (他表示，).
        var subjectOfTime: Int?
        while start < sentence.count && SpeakerList.isLeadingFiller(sentence[start]) { start += 1 }
        start += SpeakerList.enumerator(UnsafeBufferPointer(rebasing: sentence[start...]))
        for _ in 0..<3 {
            let text = UnsafeBufferPointer(rebasing: sentence[start...])
            let clauseEnd = text.firstIndex(where: SpeakerList.isClauseMark) ?? text.count
            let next = UnsafeBufferPointer(rebasing: text[min(clauseEnd + 1, text.count)...])
            if let (speaker, citing) = accordingTo(text) { return citing ? .citing(speaker) : .speech(speaker) }
            if let (end, speaker) = name(in: text) {
                if let aide = possessedAide(text, after: end) {
                    // The aide speaks, not the speaker named (`普京的助理…表示，`): someone else's words.
                    return hasCue(in: text, after: aide, cues: cues, needsPunctuation: true) || reported ? .otherSpeech : .none
                }
                if speaksJointly(text, first: speaker, after: end) { return .joint(exhorting: false) }
                let cued = hasCue(in: text, after: SpeakerList.afterAside(text, end), cues: cues, needsPunctuation: true)
                    || reportsStance(in: text, after: SpeakerList.afterAside(text, end))
                    || endsOwnClauseInCue(text, after: end)
                    || (clauseEnd < text.count && (hasCue(in: next, after: 0, cues: cues, needsPunctuation: true, within: 2) || reports(next)
                        || pronounClauseEndsInCue(next)))
                return cued ? .speech(speaker) : !reported ? .mention(speaker) : byPress ? .reporting(speaker) : .otherSpeech
            }
            if let speaker = initialSpeaker(text) { return .initialSpeech(speaker) }
            if let speaker = roleSpeaker(text) { return .speech(speaker) }
            if reported { return .otherSpeech }
            // A pronoun, perhaps after a conjunction (但他同时也表示，).
            let conjunction = SpeakerList.conjunctions.first { text.starts(with: $0) }?.count ?? 0
            let subject = UnsafeBufferPointer(rebasing: text[conjunction...])
            if let pronoun = pronoun(at: subject) {
                let words = UnsafeBufferPointer(rebasing: subject[pronoun.count...])
                let cued = hasCue(in: subject, after: pronoun.count, cues: cues, needsPunctuation: true) || reports(words)
                    || SpeakerList.introducesQuotation(words)
                // A group speaks, not one speaker (企业家代表…。他们表示，), perhaps with a joint verb
                // (他们一致认为，).
                if pronoun.plural {
                    return cued || hasCue(in: subject, after: pronoun.count + 1, cues: jointCues, needsPunctuation: false, within: 2) ? .groupSpeech : .none
                }
                return cued ? subjectOfTime.map { .speech($0) } ?? .pronounSpeech : .none
            }
            if let (subject, side) = sides.first(where: { text.starts(with: $0.units) }) {
                // A side's official (北方国外交部发言人林风随后…) is someone else as the subject.
                guard namesPerson(text, after: subject.count) else {
                    return hasCue(in: text, after: subject.count, cues: sideCues, needsPunctuation: false) ? .side(side) : .none
                }
                official = true
            }
            let jointSubject = jointSubjects.first(where: { text.starts(with: $0) })
            if let subject = jointSubject {
                let verb = hasCue(in: text, after: subject.count, cues: jointCues, needsPunctuation: false)
                    || (clauseEnd < text.count && hasCue(in: next, after: 0, cues: jointCues, needsPunctuation: false, within: 1))
                if verb {
                    return .joint(exhorting: hasCue(in: text, after: subject.count, cues: exhortations, needsPunctuation: false, within: 2))
                }
                // 两国元首进行了…会晤，双方高度评价…: the subject's first clause may only set the scene.
            }
            if jointSubject == nil && endsInCue(text) {
                if frames(text) { return .framing }
                if let subjectOfTime { return .speech(subjectOfTime) }
                reported = true
                byPress = isPress(text)
            }
            if jointSubject == nil && !reported && SpeakerList.introducesQuotation(text) {
                if frames(text) { return .framing }
                return subjectOfTime.map { .speech($0) } ?? .introducing
            }
            subjectOfTime = text.first == 0x5F53 && clauseEnd > 1  // 当
                ? name(in: UnsafeBufferPointer(rebasing: text[1..<clauseEnd]))?.speaker : nil
            guard clauseEnd < text.count, clauseEnd <= SpeakerList.introduction else { return reported || official ? .otherSpeech : .none }
            start += clauseEnd + 1
        }
        return reported || official ? .otherSpeech : .none
    }

    /// Where the text goes on after another speaker's name joined by a conjunction (同 和 与 及) to
    /// the name of `first` ending at `end` (titles after each allowed: `习近平主席和普京总统`), or nil.
    private func afterSecondSpeaker(_ text: UnsafeBufferPointer<UInt16>, first: Int, after end: Int) -> Int? {
        let position = afterTitle(text, end)
        guard position < text.count, SpeakerList.subjectConjunctions.contains(text[position]) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: text[(position + 1)...])
        guard let (second, other) = name(at: rest), other != first else { return nil }
        return afterTitle(text, position + 1 + second.count)
    }

    /// Whether the sentence's subject is the two leaders together, whatever its verb: a joint subject
    /// (`两国领导人回顾了…`) or two speakers joined by a conjunction (`高峰和海川共同见证了…`), opening
    /// it or its clause after an introduction (`会谈后，两国领导人…`). A plural pronoun with a cue
    /// right after it is theirs (`他们一致认为，`).
    public func opensWithJointSubject(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var start = 0
        while start < sentence.count && SpeakerList.isLeadingFiller(sentence[start]) { start += 1 }
        for _ in 0..<2 {
            let text = UnsafeBufferPointer(rebasing: sentence[start...])
            if jointSubjects.contains(where: { text.starts(with: $0) }) { return true }
            if let (name, speaker) = name(at: text) { return afterSecondSpeaker(text, first: speaker, after: name.count) != nil }
            // An introduction says when or where, and no one's words (高峰说， is none).
            guard let clauseEnd = text.firstIndex(where: SpeakerList.isClauseMark), clauseEnd <= SpeakerList.introduction,
                  !endsInCue(text) else { return false }
            start += clauseEnd + 1
        }
        return false
    }

    /// Whether two speakers are the subject together and speak as one (`习近平同普京一致认为，`,
    /// `习近平和普京都表示，`, `普京与习近平一致同意…`): the name of `first` ending at `end`, a
    /// conjunction (同 和 与 及), another speaker's name (titles after each allowed), perhaps an adverb
    /// of unison (一致 共同 都 均 …), then right away a cue or a joint cue. A verb between them makes
    /// the conjunction a preposition and the first the speaker (`习近平同普京会谈时表示，` is Xi's).
    private func speaksJointly(_ text: UnsafeBufferPointer<UInt16>, first: Int, after end: Int) -> Bool {
        guard var position = afterSecondSpeaker(text, first: first, after: end) else { return false }
        if let adverb = SpeakerList.unison.first(where: { UnsafeBufferPointer(rebasing: text[position...]).starts(with: $0) }) {
            position += adverb.count
        }
        return hasCue(in: text, after: position, cues: jointCues + cues, needsPunctuation: false, within: 0)
    }

    /// Where the text goes on after one of ``aides`` that the name ending at `end` possesses (a title
    /// and 的 between allowed: `普京总统新闻秘书`, `习近平的特使`; so are up to ``aideModifier`` Han
    /// characters that say which aide, with no preposition or verb of meeting among them:
    /// `普京外交政策顾问`, `普京的外事助理`, not `普京在会见总统顾问时`), or nil.
    private func possessedAide(_ text: UnsafeBufferPointer<UInt16>, after end: Int) -> Int? {
        // Before the title skip too: an aide may also be a title (发言人).
        for start in [end, afterTitle(text, end)] {
            var position = start
            if position < text.count && text[position] == 0x7684 { position += 1 }  // 的
            for modifier in 0...SpeakerList.aideModifier where position + modifier < text.count {
                if modifier > 0 {
                    let unit = text[position + modifier - 1]
                    guard TextNormalizer.isHan(unit) && !SpeakerList.notModifiers.contains(unit) else { break }
                }
                let rest = UnsafeBufferPointer(rebasing: text[(position + modifier)...])
                if let aide = aides.first(where: { rest.starts(with: $0) }) { return position + modifier + aide.count }
            }
        }
        return nil
    }

    /// Whether the words after a side's name ending at `end` make it a person's office, not the side
    /// as a subject (`北方国外交部发言人林风…`, `南方国驻北方国大使…`): up to ``aideModifier`` Han
    /// characters saying which office, with no preposition, verb of meeting or cue among them
    /// (`中方高度评价普京总统…` is the side's), then a title or an aide, not one of a speaker's roles
    /// (`北方国领导人`) unless an aide of theirs (`北方国总统新闻秘书林风…`). A side listed by its
    /// country's name alone names its officials too, who are neither the side nor its leader.
    private func namesPerson(_ text: UnsafeBufferPointer<UInt16>, after end: Int) -> Bool {
        if let role = roles.first(where: { text.starts(with: $0.units) }) { return possessedAide(text, after: role.units.count) != nil }
        let verbs = [cues, sideCues, jointCues, exhortations]
        for modifier in 0...SpeakerList.aideModifier where end + modifier < text.count {
            let rest = UnsafeBufferPointer(rebasing: text[(end + modifier)...])
            if let title = titles.first(where: { rest.starts(with: $0) }) ?? aides.first(where: { rest.starts(with: $0) }),
               title.count == rest.count || !SpeakerList.institutions.contains(rest[title.count]) {
                return true
            }
            guard TextNormalizer.isHan(rest[0]) && !SpeakerList.notModifiers.contains(rest[0]),
                  !verbs.contains(where: { $0.contains { rest.starts(with: $0) } }) else { return false }
        }
        return false
    }

    /// Characters that make a title an institution's name (大使馆, 总统府, 主席团, 部长级): its office,
    /// not a person.
    private static let institutions: Set<UInt16> = Set("馆府团级会办处署令".utf16)

    /// How many characters may say which aide (外交政策顾问).
    static let aideModifier = 6
    /// Prepositions and verbs of meeting, which make the name the subject of a clause and the aide
    /// someone it meets (普京在会见总统顾问时表示，): Chinese, not the speakers'.
    private static let notModifiers: Set<UInt16> = Set("在向同与和对给跟会见时将为于".utf16)

    /// Where the text goes on after a title at `position` (`普京总统`), if any.
    private func afterTitle(_ text: UnsafeBufferPointer<UInt16>, _ position: Int) -> Int {
        guard position < text.count else { return position }
        let rest = UnsafeBufferPointer(rebasing: text[position...])
        return position + (titles.first { rest.starts(with: $0) }?.count ?? 0)
    }

    /// 同 和 与 及: they join two subjects, or make the second an object (同…会谈).
    static let subjectConjunctions: Set<UInt16> = [0x540C, 0x548C, 0x4E0E, 0x53CA]
    /// Adverbs saying two speak as one.
    static let unison: [[UInt16]] = ["一致", "共同", "一同", "都", "均", "也", "分别", "同时"].map { Array($0.utf16) }

    /// The speaker a clause gives the words after it to (`据普京介绍，`, `在普京看来，`, `用习近平的话说，`):
    /// one of the `according: before:` words, a speaker's name (a title after it allowed), then one
    /// of the `after:` words or a cue, and the clause's comma or colon. `在习近平主席的见证下，` is none.
    /// `citing`: the clause cites the speaker with one of the `citing:` words and 所 before the verb,
    /// 的 after it allowed (`正如习近平主席所指出的，`, `如普京所说，`). After the clause's own subject,
    /// one of the `quoting:` verbs before the name, 的话 after it allowed, gives the quoted speaker
    /// the words (`他又引述普京说，`, `外长援引普京总统的话称，`).
    private func accordingTo(_ text: UnsafeBufferPointer<UInt16>) -> (speaker: Int, citing: Bool)? {
        let citing = accordingCiting.first { text.starts(with: $0) }
        guard let (start, before) = citing.map({ (0, $0) }) ?? accordingBefore.first(where: { text.starts(with: $0) }).map({ (0, $0) })
                ?? quoting(in: text) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: text[(start + before.count)...])
        guard let (name, speaker) = name(at: rest) else { return nil }
        var position = start + before.count + name.count
        if let title = titles.first(where: { UnsafeBufferPointer(rebasing: text[position...]).starts(with: $0) }) { position += title.count }
        if start > 0 && UnsafeBufferPointer(rebasing: text[position...]).starts(with: SpeakerList.ofTheWords) { position += 2 }
        if citing != nil {
            guard position < text.count, text[position] == 0x6240 else { return nil }  // 所
            // 所言 and 所说 are `after:` words; 所 then a cue (所指出) is read past 所.
            if !accordingAfter.contains(where: { UnsafeBufferPointer(rebasing: text[position...]).starts(with: $0) }) { position += 1 }
        }
        let tail = UnsafeBufferPointer(rebasing: text[position...])
        guard let word = (accordingAfter + cues).first(where: { tail.starts(with: $0) }) else { return nil }
        var end = position + word.count
        if citing != nil && end < text.count && text[end] == 0x7684 { end += 1 }  // 的
        guard end < text.count, SpeakerList.isCueMark(text[end]) else { return nil }
        return (speaker, citing != nil)
    }

    /// Where one of the `according: quoting:` verbs stands in the first clause of `text`, after a
    /// subject of the clause's own (`他又引述…`, `南方国外长援引…`), and which.
    private func quoting(in text: UnsafeBufferPointer<UInt16>) -> (start: Int, verb: [UInt16])? {
        guard !accordingQuoting.isEmpty else { return nil }
        var position = 1
        while position < text.count && !SpeakerList.isPunctuation(text[position]) {
            let rest = UnsafeBufferPointer(rebasing: text[position...])
            if let verb = accordingQuoting.first(where: { rest.starts(with: $0) }) { return (position, verb) }
            position += 1
        }
        return nil
    }

    /// 的话 between a name and the cue of words quoted (`援引海川总理的话称，`).
    private static let ofTheWords: [UInt16] = Array("的话".utf16)

    /// Whether the first clause of `text` (up to its first comma or colon) ends in a cue after at
    /// least one character of its own: someone speaks (`…表示，`, `…说：`, `…说道：`). An aside that
    /// ends like a cue (`可以说，`, `对两国来说，`, `应当指出，`) does not.
    private func endsInCue(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let end = text.firstIndex(where: { SpeakerList.isCueMark($0) || SpeakerList.isClauseMark($0) }),
              SpeakerList.isCueMark(text[end]) else { return false }
        let clause = UnsafeBufferPointer(rebasing: text[..<end])
        return endsWithCue(clause) && !asides.contains { clause.reversed().starts(with: $0.reversed()) }
    }

    /// Whether the first clause of `text`, which ends in a cue, frames the words of whoever is
    /// speaking: it holds one of the `citations:` words (正如, 俗话, 古人, 有句, …), which cite a
    /// saying or a text, or a first or second person (`persons:`).
    private func frames(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        let clause = UnsafeBufferPointer(rebasing: text[..<(text.firstIndex(where: SpeakerList.isCueMark) ?? text.count)])
        return clause.indices.contains { position in
            let rest = UnsafeBufferPointer(rebasing: clause[position...])
            return citations.contains { rest.starts(with: $0) } || persons.contains { rest.starts(with: $0) }
        }
    }

    /// The longest of the speakers' names `text` starts with, and whose it is.
    @inline(__always)
    private func name(at text: UnsafeBufferPointer<UInt16>) -> (units: [UInt16], speaker: Int)? {
        guard let first = text.first, nameStarts[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return nil }
        return names.first { text.starts(with: $0.units) }
    }

    /// A speaker's name at the start of `text`, or after a role that introduces it (`克里姆林宫发言人
    /// 培斯科夫`, within ``window`` characters and ending in a title), or after the given names a
    /// transliterated name writes before the surname with a middle dot (`弗拉基米尔·普京`,
    /// `俄罗斯联邦总统弗拉基米尔·普京`): where the name ends, and who.
    private func name(in text: UnsafeBufferPointer<UInt16>) -> (end: Int, speaker: Int)? {
        // Given names reach further, and only they: most sentences have no middle dot near their start.
        let dotted = text.prefix(SpeakerList.window + SpeakerList.givenNames).contains(where: SpeakerList.isMiddleDot)
        let reach = min(SpeakerList.window + (dotted ? SpeakerList.givenNames : 0), text.count)
        for position in 0...reach {
            if position > 0 && SpeakerList.isPunctuation(text[position - 1]) { return nil }
            let rest = UnsafeBufferPointer(rebasing: text[position...])
            guard let (name, speaker) = name(at: rest) else { continue }
            if position > 0 && SpeakerList.isMiddleDot(text[position - 1]) { return (position + name.count, speaker) }
            guard position <= SpeakerList.window else { continue }
            let role = UnsafeBufferPointer(rebasing: text[..<position])
            if position == 0 || titles.contains(where: { role.reversed().starts(with: $0.reversed()) })
                || SpeakerList.conjunctions.contains(where: { role.elementsEqual($0) }) {
                return (position + name.count, speaker)
            }
        }
        return nil
    }

    /// Verbs of ceremony whose object a cue word right after them opens (举行欢迎仪式, 出席欢迎宴会):
    /// Chinese grammar, not the speakers', so not in the speakers file.
    static let objectVerbs: [[UInt16]] = ["举行", "举办", "出席", "参加", "主持", "发表", "宣读"].map { Array($0.utf16) }

    /// Whether a cue word at `position` is a noun's rather than the subject's verb: after 的
    /// (俄方为李强举行隆重的欢迎仪式), or right after a verb whose object it opens, perhaps with its
    /// aspect (中方为普京举行欢迎宴会, 北方国方面为海川举办了欢迎仪式).
    static func opensObject(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Bool {
        guard position > 0 else { return false }
        if text[position - 1] == 0x7684 { return true }  // 的
        let verbEnd = text[position - 1] == 0x4E86 || text[position - 1] == 0x8FC7 ? position - 1 : position  // 了 过
        return objectVerbs.contains { verb in verbEnd >= verb.count && text[(verbEnd - verb.count)..<verbEnd].elementsEqual(verb) }
    }

    /// Words of time that open reported words right after a cue, as the press of Hong Kong and
    /// Singapore writes without a comma: Chinese grammar, not the speakers', so not in the speakers file.
    static let timeWords: [[UInt16]] = ["当天", "今天", "昨天", "明天", "今年", "去年", "明年", "目前", "当前", "此前", "近期", "近年来", "未来"]
        .map { Array($0.utf16) }

    /// How much longer a role with given names may be (`弗拉基米尔·弗拉基米罗维奇·`), in code units.
    static let givenNames = 12
    /// The dots between given names and surname: · • ・ ‧ and the katakana middle dot.
    static func isMiddleDot(_ unit: UInt16) -> Bool {
        unit == 0x00B7 || unit == 0x2022 || unit == 0x30FB || unit == 0x2027 || unit == 0xFF65
    }

    /// Adverbs that carry a clause's subject on to its verb (并说, 还指出, 又称): Chinese grammar.
    static let carryingAdverbs: [[UInt16]] = ["并且", "并", "还", "又", "也", "同时"].map { Array($0.utf16) }

    /// Conjunctions that may open a sentence right before the speaker's name or a pronoun (`但普京指出，`,
    /// `同时习近平强调，`, `但他同时也表示，`): Chinese grammar, not the speakers', so not in the speakers file.
    static let conjunctions: [[UInt16]] = ["但", "但是", "而", "不过", "然而", "同时", "此外", "另外", "并且", "随后", "接着"]
        .map { Array($0.utf16) }

    /// Where the text goes on after a bracketed aside (`培斯科夫(Dmitry Peskov)表示`) or a list of
    /// more names (`戴恩斯、格拉斯利、萨斯表示`) that starts at `offset`.
    static func afterAside(_ text: UnsafeBufferPointer<UInt16>, _ offset: Int) -> Int {
        guard offset < text.count else { return offset }
        if text[offset] == 0x28 || text[offset] == 0xFF08,
           let close = text[offset...].prefix(40).firstIndex(where: { $0 == 0x29 || $0 == 0xFF09 }) {
            return close + 1
        }
        // Each further name is 、 and at most eight characters; the cue is in the last one.
        var end = offset
        while end < text.count, text[end] == 0x3001 {
            var next = end + 1
            while next < text.count, next - end <= 8, !isPunctuation(text[next]) { next += 1 }
            guard next < text.count, text[next] == 0x3001 else { return end + 1 }
            end = next
        }
        return end
    }

    /// Whether the first sentence of a paragraph shows that `speaker`'s speech goes on in it: an
    /// enumeration at its start (one of `openers:`, 一是 第二, or an item's number, （三） 3.), a quotation with no one named before it, a cue verb with no subject
    /// (强调了…, as reports written a sentence to a paragraph go on), the first or second person, a
    /// stance (愿同…), the speaker's own side as a subject, the two countries named with the speaker's
    /// side first (俄中, which Chinese narration writes 中俄, unless the document's own narration
    /// writes it too: one of `houseOrders`), or another speaker named with a title (普京总统, as a
    /// speaker says it).
    public func continues(_ speaker: Int, in sentence: UnsafeBufferPointer<UInt16>, houseOrders: Set<Int> = []) -> Bool {
        var start = 0
        while start < sentence.count && SpeakerList.isLeadingFiller(sentence[start]) { start += 1 }
        let text = UnsafeBufferPointer(rebasing: sentence[start...])
        if openers.contains(where: { text.starts(with: $0) }) || SpeakerList.enumerator(text) > 0 || SpeakerList.opensWithQuotation(sentence)
            || cues.contains(where: { $0.count > 1 && text.starts(with: $0) }) {
            return true
        }
        for position in text.indices {
            let rest = UnsafeBufferPointer(rebasing: text[position...])
            if persons.contains(where: { rest.starts(with: $0) }) || stances.contains(where: { rest.starts(with: $0) }) { return true }
            let clauseStart = position == 0 || SpeakerList.isPunctuation(text[position - 1])
            if let side = sideOf[speaker], clauseStart && sides.contains(where: { $0.side == side && rest.starts(with: $0.units)
                    && !namesPerson(rest, after: $0.units.count) })
                || !houseOrders.contains(side) && perspectives.contains(where: { $0.side == side && rest.starts(with: $0.units) }) {
                return true
            }
            if let (name, other) = name(at: rest), other != speaker {
                let after = UnsafeBufferPointer(rebasing: rest[name.count...])
                if titles.contains(where: { after.starts(with: $0) }) { return true }
            }
        }
        return false
    }

    /// The sides whose order of the two countries (`perspectives:`, 俄中) `sentence` writes.
    public func perspectiveSides(in sentence: UnsafeBufferPointer<UInt16>) -> Set<Int> {
        var sides = Set<Int>()  // asked of every sentence of narration: empty, it allocates nothing
        for perspective in perspectives where SpeakerList.holdsAny(sentence, [perspective.units]) { sides.insert(perspective.side) }
        return sides
    }

    /// Whether the speaker's name opening `sentence` carries a title (`普京总统`, `习近平主席`), as one
    /// leader names the other in their own words; a report names them bare or by office first
    /// (`普京`, `俄罗斯总统普京`).
    public func opensWithTitledName(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var start = 0
        while start < sentence.count && SpeakerList.isLeadingFiller(sentence[start]) { start += 1 }
        let text = UnsafeBufferPointer(rebasing: sentence[start...])
        guard let (end, _) = name(in: text) else { return false }
        let named = UnsafeBufferPointer(rebasing: text[..<end]), after = UnsafeBufferPointer(rebasing: text[end...])
        return titles.contains { named.reversed().starts(with: $0.reversed()) || after.starts(with: $0) }
    }

    /// Whether `sentence` names `speaker` after its opening (`基罗请李强转达…`, `这是习近平第八次访俄。`):
    /// words about the speaker, which no speaker says of themselves, so not their speech going on.
    /// A name opening the sentence (perhaps after a role) is its subject, which the opening decides.
    public func namesAfterOpening(_ speaker: Int, in sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var start = 0
        while start < sentence.count && SpeakerList.isLeadingFiller(sentence[start]) { start += 1 }
        let text = UnsafeBufferPointer(rebasing: sentence[start...])
        let opening = name(in: text)?.end ?? 0
        return text.indices.dropFirst(max(opening, 1)).contains { position in
            name(at: UnsafeBufferPointer(rebasing: text[position...]))?.speaker == speaker
        }
    }

    /// The side a speaker or side belongs to (a side is its own), if any.
    public func side(of speaker: Int) -> Int? {
        sides.contains { $0.side == speaker } ? speaker : sideOf[speaker]
    }

    /// Whether `speaker` is a named speaker (not a side, joint or narration).
    public func isNamed(_ speaker: Int) -> Bool {
        names.contains { $0.speaker == speaker }
    }

    /// Whether a paragraph is one sentence that opens with a speaker's name (`普京对此表示赞同。`,
    /// `习近平步出机舱。`, a role before the name allowed): the report's, however short, for site
    /// furniture names no leader in a whole sentence (a related link has no sentence end).
    public func isSentenceOpeningWithName(_ paragraph: String) -> Bool {
        oneSentence(paragraph) { text in name(in: text).map { $0.end <= SpeakerList.window } ?? false }
    }

    /// Whether a paragraph is one sentence that opens with a joint subject or a side (`双方会后签署联合
    /// 声明。`, `中方对此表示欢迎。`): what the meeting did, which no site furniture says.
    public func isSentenceOpeningWithParties(_ paragraph: String) -> Bool {
        oneSentence(paragraph) { text in
            jointSubjects.contains(where: { text.starts(with: $0) }) || sides.contains(where: { text.starts(with: $0.units) })
        }
    }

    /// Whether a paragraph is one sentence (closers after its end allowed) whose text, leading spaces
    /// and quotes aside, satisfies `opens`.
    private func oneSentence(_ paragraph: String, _ opens: (UnsafeBufferPointer<UInt16>) -> Bool) -> Bool {
        let units = Array(paragraph.utf16)
        guard let last = units.lastIndex(where: { !SpeakerList.isClosingQuote($0) && !Segmenter.isCloser($0) }),
              Segmenter.isTerminal(units[last]), !units[..<last].contains(where: Segmenter.isTerminal) else { return false }
        return units.withUnsafeBufferPointer { buffer in
            opens(UnsafeBufferPointer(rebasing: buffer.drop(while: SpeakerList.isLeadingFiller)))
        }
    }

    /// Whether a line opens with a speech cue: a speaker's (`习近平指出，`, `他表示，`) or someone
    /// else's (`海川表示，`, `克里姆林宫发言人此前表示，`). It starts a sentence, so it is no line that
    /// a copy broke off from the one before.
    public func opensWithCue(_ line: String) -> Bool {
        let units = Array(line.utf16.prefix { !Segmenter.isTerminal($0) })
        return units.withUnsafeBufferPointer { buffer in
            switch opening(of: buffer) {
            case .speech, .pronounSpeech, .groupSpeech, .otherSpeech: true
            default: false
            }
        }
    }

    /// Whether a paragraph holds a speaker's speech cue (`习近平指出，`) or bracketed label
    /// (`【习近平】`) at the start of one of its sentences, or announces a text given in full
    /// (`讲话全文如下：`): such a paragraph is never dropped as boilerplate.
    public func hasSpeechCue(_ paragraph: String) -> Bool {
        let units = Array(paragraph.utf16)
        return units.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in 0...buffer.count where index == buffer.count || Segmenter.isTerminal(buffer[index]) {
                if index > start {
                    let sentence = UnsafeBufferPointer(rebasing: buffer[start..<index])
                    if case .speech = opening(of: sentence) { return true }
                    if case .speaker(_, bracketed: true) = label(of: sentence, inTranscript: false) { return true }
                    if SpeakerList.holdsAny(sentence, fullTextMarkers) { return true }
                }
                start = index + 1
            }
            return false
        }
    }

    /// Whether one of `cues` starts within `within` code units (``window`` by default, bracketed
    /// asides not counted) after `offset`, before any punctuation, and (if `needsPunctuation`) is
    /// followed by a comma or colon, after at most ``hearer`` characters for a verb that names the
    /// one told (普京告诉记者，).
    /// A one-character verb without punctuation after it (要, 将, 愿) counts only right after the
    /// subject or one adverb (双方要, 双方还要), so 就重要 holds no 要.
    private func hasCue(in text: UnsafeBufferPointer<UInt16>, after offset: Int, cues: [[UInt16]], needsPunctuation: Bool,
                        within: Int = SpeakerList.window) -> Bool {
        var position = offset
        var skipped = 0  // bracketed asides (坎培拉(Canberra)) do not count toward the window
        while position < text.count && position <= offset + within + skipped {
            if SpeakerList.isPunctuation(text[position]) { return false }
            let after = SpeakerList.afterAside(text, position)
            if after > position && (text[position] == 0x28 || text[position] == 0xFF08) {
                skipped += after - position
                position = after
                continue
            }
            if needsPunctuation, SpeakerList.introducesWords(text, at: position) { return true }
            for cue in cues where position + cue.count <= text.count && text[position..<position + cue.count].elementsEqual(cue)
                && (cue.count > 1 || needsPunctuation || position - offset <= 1) && !SpeakerList.opensObject(text, at: position) {
                var next = position + cue.count
                if needsPunctuation && next < text.count && (text[next] == 0x9053 || text[next] == 0x5230) { next += 1 }  // 说道：, 补充道：, 说到，
                if needsPunctuation && addressed.contains(cue) {
                    let limit = min(next + SpeakerList.hearer, text.count - 1)
                    while next < limit && !SpeakerList.isPunctuation(text[next]) { next += 1 }
                }
                if !needsPunctuation || (next < text.count && SpeakerList.isCueMark(text[next])) { return true }
            }
            position += 1
        }
        return false
    }

    /// Whether the first clause of `text`, which ends in a cue, is a report's, not a person's: its
    /// cue (perhaps with 道) comes right after one of ``pressNouns`` (`…报道称，`, `文章指出，`, `消息说：`).
    private func isPress(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let end = text.firstIndex(where: SpeakerList.isPunctuation) else { return false }
        var clause = UnsafeBufferPointer(rebasing: text[..<end])
        if clause.last == 0x9053 { clause = UnsafeBufferPointer(rebasing: clause.dropLast()) }  // 道
        return cues.contains { cue in
            guard clause.count > cue.count, clause.reversed().starts(with: cue.reversed()) else { return false }
            let subject = clause.dropLast(cue.count)
            return SpeakerList.pressNouns.contains { subject.reversed().starts(with: $0.reversed()) }
        }
    }

    /// What a report says through, which no pronoun stands for: Chinese, not the speakers'.
    static let pressNouns: [[UInt16]] = ["报道", "消息", "文章", "社论", "评论"].map { Array($0.utf16) }

    /// Whether the first clause of `text` ends in a colon right before an opening quotation mark
    /// (`…说起一段往事：“`, `…回忆起当年的情景：「`): Chinese introduces quoted words so, whatever
    /// the verb, where a title or a motto quoted in a clause takes no colon before it.
    static func introducesQuotation(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let mark = text.firstIndex(where: isPunctuation), mark > 0, text[mark] == 0xFF1A || text[mark] == 0x3A else { return false }
        return mark + 1 < text.count && isOpeningQuote(text[mark + 1])
    }

    /// Whether a verb with 道 and a colon after it stands at `position` (`感慨道：`, `笑道：`): Chinese
    /// introduces words so whatever the verb, listed or not. Not 知道, 一道, 报道 and the like, nouns
    /// and adverbs with 道 that a colon may follow.
    static func introducesWords(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Bool {
        position + 2 < text.count && text[position + 1] == 0x9053 && (text[position + 2] == 0xFF1A || text[position + 2] == 0x3A)
            && isVerbBeforeDao(text[position])
    }

    /// Whether a character before 道 is a verb's (感慨道, 笑道): a Han character that does not make
    /// 道 part of another word (知道, 难道, 一道, 报道, 频道, 渠道, 味道, 轨道, 通道, 街道, 之道).
    static func isVerbBeforeDao(_ unit: UInt16) -> Bool {
        TextNormalizer.isHan(unit) && !notVerbsBeforeDao.contains(unit)
    }

    private static let notVerbsBeforeDao: Set<UInt16> = Set("知难一报频渠味轨通街之".utf16)

    /// The length of an item's number opening `text` (`一、`, `（二）`, `(3)`, `4.`, `5、`), 0 for none:
    /// the subject after it is the sentence's (`一、双方高度评价…` is a joint statement).
    static func enumerator(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        let isDigit = { (unit: UInt16) in (0x30...0x39).contains(unit) }
        var end = 0
        if let first = text.first, first == 0xFF08 || first == 0x28 {  // （ (
            end = 1
            while end < text.count, end <= 3, numerals.contains(text[end]) || isDigit(text[end]) { end += 1 }
            return end > 1 && end < text.count && (text[end] == 0xFF09 || text[end] == 0x29) ? end + 1 : 0
        }
        while end < text.count, end < 3, numerals.contains(text[end]) || isDigit(text[end]) { end += 1 }
        guard end > 0, end < text.count else { return 0 }
        let mark = text[end]
        // 、 after a Chinese numeral or a digit; . and ． after digits only (一. is rare, 1.5 a number).
        return mark == 0x3001 || (isDigit(text[0]) && (mark == 0x2E || mark == 0xFF0E) && end + 1 < text.count && !isDigit(text[end + 1]))
            ? end + 1 : 0
    }

    private static let numerals: Set<UInt16> = Set("一二三四五六七八九十".utf16)

    static func isLeadingFiller(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x3000 || unit == 0x201C || unit == 0x300C  // space, ideographic space, “ 「
    }

    static func isCueMark(_ unit: UInt16) -> Bool {
        unit == 0xFF0C || unit == 0xFF1A || unit == 0x2C || unit == 0x3A  // ， ： , :
    }

    /// ，；, ; end a clause that may introduce a subject (a colon ends a cue instead).
    static func isClauseMark(_ unit: UInt16) -> Bool {
        unit == 0xFF0C || unit == 0xFF1B || unit == 0x2C || unit == 0x3B
    }

    static func isPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x2C, 0x2E, 0x3B, 0x3A: true
        default: false
        }
    }

    /// The compiled-in list.
    public static let defaults: SpeakerList = {
        let text = String(decoding: PackageResources.speakers_yaml, as: UTF8.self)
        guard let list = try? SpeakerList(parsing: text, file: "speakers.yaml") else {
            preconditionFailure("the compiled-in speakers.yaml does not parse")
        }
        return list
    }()
}
