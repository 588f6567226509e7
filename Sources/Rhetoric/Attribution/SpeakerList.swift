import Yams

/// Who speaks, and how their speech is introduced (see `Resources/speakers.yaml` for the rules).
/// Attribution works on a sentence's UTF-16 code units, during segmentation.
public struct SpeakerList: Sendable {
    /// Speaker ids: the named speakers in file order, then ``joint``, then ``narration``.
    public private(set) var ids: [String]
    /// The two speakers `speaker_keyness.csv` compares (indices into ``ids``).
    public private(set) var compared: (Int, Int)?
    private var names: [(units: [UInt16], speaker: Int)] = []
    private var cues: [[UInt16]] = []
    private var pronouns: [[UInt16]] = []
    private var jointSubjects: [[UInt16]] = []
    private var jointCues: [[UInt16]] = []

    public static let jointID = "joint"
    public static let narrationID = "narration"
    /// How far after a name a cue verb may come (`习近平在会谈中强调，`), in code units.
    static let window = 12

    public var joint: Int { ids.count - 2 }
    public var narration: Int { ids.count - 1 }

    /// Parses a speakers YAML file; `file` names it in errors.
    public init(parsing text: String, file: String) throws(RhetoricError) {
        guard let root = try YAMLFile.root(text, file: file)?.mapping, let speakers = root["speakers"]?.mapping, !speakers.isEmpty else {
            throw RhetoricError(file: file, "needs a `speakers:` mapping of speaker ids to their `names:`")
        }
        var ids: [String] = []
        for (key, value) in speakers {
            guard let id = key.string, !id.isEmpty, id != SpeakerList.jointID, id != SpeakerList.narrationID else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "a speaker id must be a name other than joint or narration")
            }
            let list = YAMLFile.strings(value["names"])
            guard !list.isEmpty else {
                throw RhetoricError(file: file, line: key.mark.map { $0.line }, "speaker \(id) has no names")
            }
            for name in list { names.append((Array(name.utf16), ids.count)) }
            ids.append(id)
        }
        // Longest names first, so 国家主席习近平 wins over 习近平 where both match.
        names.sort { $0.units.count > $1.units.count }
        cues = YAMLFile.strings(root["cues"]).map { Array($0.utf16) }
        pronouns = YAMLFile.strings(root["pronouns"]).map { Array($0.utf16) }
        jointSubjects = YAMLFile.strings(root["joint"]?["subjects"]).map { Array($0.utf16) }.sorted { $0.count > $1.count }
        jointCues = YAMLFile.strings(root["joint"]?["cues"]).map { Array($0.utf16) }
        guard !cues.isEmpty else { throw RhetoricError(file: file, "needs a `cues:` list of speech verbs") }
        self.ids = ids + [SpeakerList.jointID, SpeakerList.narrationID]
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
        /// A speaker's name followed by a cue: their speech starts.
        case speech(Int)
        /// A pronoun followed by a cue (他表示，).
        case pronounSpeech
        /// A speaker's name without a cue (普京热烈欢迎…): narration about them.
        case mention(Int)
        /// A joint subject followed by a joint verb.
        case joint
        case none
    }

    /// Classifies the start of a sentence.
    public func opening(of sentence: UnsafeBufferPointer<UInt16>) -> Opening {
        var start = 0
        while start < sentence.count && SpeakerList.isLeadingFiller(sentence[start]) { start += 1 }
        let text = UnsafeBufferPointer(rebasing: sentence[start...])
        for (name, speaker) in names where text.starts(with: name) {
            return hasCue(in: text, after: name.count, cues: cues, needsPunctuation: true) ? .speech(speaker) : .mention(speaker)
        }
        for pronoun in pronouns where text.starts(with: pronoun) {
            if hasCue(in: text, after: pronoun.count, cues: cues, needsPunctuation: true) { return .pronounSpeech }
        }
        for subject in jointSubjects where text.starts(with: subject) {
            if hasCue(in: text, after: subject.count, cues: jointCues, needsPunctuation: false) { return .joint }
        }
        return .none
    }

    /// Whether a paragraph holds a speaker's speech cue (`习近平指出，`) at the start of one of its
    /// sentences: such a paragraph is never dropped as boilerplate.
    public func hasSpeechCue(_ paragraph: String) -> Bool {
        let units = Array(paragraph.utf16)
        return units.withUnsafeBufferPointer { buffer in
            var start = 0
            for index in 0...buffer.count where index == buffer.count || Segmenter.isTerminal(buffer[index]) {
                if index > start, case .speech = opening(of: UnsafeBufferPointer(rebasing: buffer[start..<index])) { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Whether one of `cues` starts within ``window`` code units after `offset`, before any
    /// punctuation, and (if `needsPunctuation`) is followed by a comma or colon.
    private func hasCue(in text: UnsafeBufferPointer<UInt16>, after offset: Int, cues: [[UInt16]], needsPunctuation: Bool) -> Bool {
        var position = offset
        while position < text.count && position <= offset + SpeakerList.window {
            if SpeakerList.isPunctuation(text[position]) { return false }
            for cue in cues where position + cue.count <= text.count && text[position..<position + cue.count].elementsEqual(cue) {
                let next = position + cue.count
                if !needsPunctuation || (next < text.count && SpeakerList.isCueMark(text[next])) { return true }
            }
            position += 1
        }
        return false
    }

    static func isLeadingFiller(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x3000 || unit == 0x201C || unit == 0x300C  // space, ideographic space, “ 「
    }

    static func isCueMark(_ unit: UInt16) -> Bool {
        unit == 0xFF0C || unit == 0xFF1A || unit == 0x2C || unit == 0x3A  // ， ： , :
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
