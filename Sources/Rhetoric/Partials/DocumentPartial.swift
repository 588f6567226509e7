/// What one corpus file contributes to a run: its record (meeting, status, metadata, warnings, the
/// cleaned paragraphs) and, when it is counted, its sentences as term ids of its own small term
/// table. Partials are made independently, one file at a time, on any machine, and merged in path
/// order (``PartialsMerge``), which gives the run's corpus and term ids exactly.
public struct DocumentPartial: Sendable {
    /// The file's path relative to the corpus, as the filesystem has it: the merge order.
    public var path: [UInt8]
    public var record: DocumentRecord
    /// The document's own terms, which its sentences' ids index.
    public var terms: TermTable.List
    public var segmented: SegmentedDocument

    init(path: [UInt8], record: DocumentRecord, terms: TermTable.List = TermTable.List(),
                segmented: SegmentedDocument = SegmentedDocument()) {
        self.path = path
        self.record = record
        self.terms = terms
        self.segmented = segmented
    }

    static let statuses: [DocumentRecord.Status] = [.ok, .empty, .duplicate]
    static let kinds: [Paragraph.Kind] = [.body, .heading]
    static let rules = Attribution.Rule.allCases

    func encode(into writer: inout ByteWriter) {
        writer.count(path.count)
        writer.raw(path)
        writer.string(record.file)
        writer.u8(UInt8(DocumentPartial.statuses.firstIndex(of: record.status)!))
        writer.u8(record.meeting == nil ? 0 : 1)
        if let meeting = record.meeting {
            writer.count(meeting.date.year)
            writer.u8(UInt8(meeting.date.month))
            writer.u8(UInt8(meeting.date.day))
            writer.string(meeting.city)
            writer.string(meeting.label)
        }
        writer.count(record.warnings.count)
        for warning in record.warnings { writer.string(warning) }
        let cleaned = record.cleaned
        for field in [cleaned.title, cleaned.publishedDate, cleaned.author, cleaned.outlet] { writer.optional(field) }
        writer.count(cleaned.duplicateParagraphsRemoved)
        writer.u8(cleaned.simplified ? 1 : 0)
        writer.count(cleaned.paragraphs.count)
        for paragraph in cleaned.paragraphs {
            writer.u8(UInt8(DocumentPartial.kinds.firstIndex(of: paragraph.kind)!))
            writer.count(paragraph.line)
            writer.string(paragraph.text)
        }
        writer.raw(record.fingerprint.digest)
        writer.u64s(record.fingerprint.sentences)
        terms.encode(into: &writer)
        writer.count(segmented.sentences.count)
        for sentence in segmented.sentences {
            for field in [sentence.paragraph, sentence.start, sentence.end, sentence.number, sentence.speaker] { writer.i32(field) }
            writer.u8(UInt8(DocumentPartial.rules.firstIndex(of: sentence.rule)!))
            writer.i32s(segmented.tokens(of: sentence))
        }
        writer.i32s(segmented.overridden.sorted().map { Int32($0) }[...])
    }

    /// Reads what ``encode(into:)`` wrote, checking every index against what it points into, so
    /// that a damaged or forged partial is refused rather than trusted. Without `text`, the
    /// paragraphs are only counted, as ``CleanedDocument/releaseText()`` leaves them: a run that
    /// has the document's sentence rows needs nothing else of them.
    init(decoding reader: inout ByteReader, speakers: Int, text: Bool = true) throws(ByteReader.Damaged) {
        path = Array(try reader.raw(try reader.count()))
        let file = try reader.string()
        let status = try DocumentPartial.pick(DocumentPartial.statuses, try reader.u8())
        var meeting: Meeting?
        if try reader.u8() == 1 {
            let year = Int(try reader.u32()), month = Int(try reader.u8()), day = Int(try reader.u8())
            guard let date = MeetingDate(year: year, month: month, day: day) else { throw ByteReader.Damaged() }
            meeting = Meeting(date: date, city: try reader.string(), label: try reader.string())
        }
        let warnings = try (0..<reader.count(width: 4)).map { _ throws(ByteReader.Damaged) in try reader.string() }
        var cleaned = CleanedDocument()
        cleaned.title = try reader.optional()
        cleaned.publishedDate = try reader.optional()
        cleaned.author = try reader.optional()
        cleaned.outlet = try reader.optional()
        cleaned.duplicateParagraphsRemoved = Int(try reader.u32())
        cleaned.simplified = try reader.u8() == 1
        var lengths: [Int32] = []
        var characters = 0
        for _ in 0..<(try reader.count(width: 9)) {
            let kind = try DocumentPartial.pick(DocumentPartial.kinds, try reader.u8())
            let line = Int(try reader.u32())
            if text {
                let read = try reader.text()
                lengths.append(Int32(read.utf16Count))
                cleaned.paragraphs.append(Paragraph(read.string, kind: kind, line: line))
            } else {
                let counts = try reader.textCounts()
                lengths.append(Int32(counts.utf16))
                characters += counts.characters
            }
        }
        if !text { cleaned.releaseText(characters: characters, paragraphs: lengths.count) }
        let fingerprint = TextFingerprint(digest: Array(try reader.raw(32)), sentences: try reader.u64s())
        guard status != .ok || meeting != nil, zip(fingerprint.sentences, fingerprint.sentences.dropFirst()).allSatisfy(<)
        else { throw ByteReader.Damaged() }
        record = DocumentRecord(file: file, meeting: meeting, cleaned: cleaned, status: status, warnings: warnings,
                                fingerprint: fingerprint)
        terms = try TermTable.List(decoding: &reader)
        let termCount = Int32(terms.count)
        var segmented = SegmentedDocument()
        for _ in 0..<(try reader.count(width: 25)) {
            let (paragraph, start, end, number, speaker) = (try reader.i32(), try reader.i32(), try reader.i32(), try reader.i32(), try reader.i32())
            let rule = try DocumentPartial.pick(DocumentPartial.rules, try reader.u8())
            let tokens = try reader.appendI32s(to: &segmented.tokens)
            guard paragraph >= 0, Int(paragraph) < lengths.count, 0 <= start, start <= end, end <= lengths[Int(paragraph)],
                  (0..<Int32(speakers)).contains(speaker), segmented.tokens[tokens].allSatisfy({ $0 >= -1 && $0 < termCount })
            else { throw ByteReader.Damaged() }
            segmented.sentences.append(.init(paragraph: paragraph, start: start, end: end, number: number, speaker: speaker, rule: rule,
                                             tokenStart: Int32(tokens.lowerBound), tokenEnd: Int32(tokens.upperBound)))
        }
        segmented.overridden = Set(try reader.i32s().map(Int.init))
        segmented.shrink()
        self.segmented = segmented
    }

    private static func pick<T>(_ values: [T], _ index: UInt8) throws(ByteReader.Damaged) -> T {
        guard Int(index) < values.count else { throw ByteReader.Damaged() }
        return values[Int(index)]
    }
}
