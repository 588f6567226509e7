/// Attributes the sentences of one paragraph, in order, to speakers.
///
/// A paragraph starts as narration. A sentence opening with a speaker's cue (`习近平指出，`) starts
/// that speaker's speech, wherever it stands in the paragraph (a report may be one long
/// paragraph); the following sentences stay theirs until the next cue. A pronoun cue (`他表示，`)
/// goes to the speaker the paragraph opened with. A joint cue (`双方认为`) starts joint speech at
/// the paragraph's start or after narration, but does not interrupt a named speaker (`习近平指出，…。
/// 双方要…` is still Xi). Headings are narration.
public struct Attribution {
    let speakers: SpeakerList
    let heading: Bool
    private var current: Int
    private var subject: Int?
    private var isFirst = true

    public init(speakers: SpeakerList, heading: Bool = false) {
        self.speakers = speakers
        self.heading = heading
        current = speakers.narration
    }

    /// The speaker of the next sentence.
    public mutating func next(_ sentence: UnsafeBufferPointer<UInt16>) -> Int {
        defer { isFirst = false }
        if heading { return speakers.narration }
        switch speakers.opening(of: sentence) {
        case .speech(let speaker):
            current = speaker
            if isFirst { subject = speaker }
        case .pronounSpeech:
            if let subject { current = subject }
        case .mention(let speaker):
            if isFirst { subject = speaker }
        case .joint:
            if isFirst || current == speakers.narration { current = speakers.joint }
        case .none:
            break
        }
        return current
    }
}
