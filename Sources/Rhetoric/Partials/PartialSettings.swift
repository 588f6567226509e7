/// The settings a partial depends on, as one hash: rhetoric's version, the reading, cleaning and
/// segmentation options, and the word lists, speakers, overrides and frozen phrases in effect.
/// Themes, concepts and the analysis options are not in it: they act after the partials, so
/// changing them keeps every partial. Partials merge only under equal hashes, and the cache keys
/// its entries with it.
public enum PartialSettings {
    public static func hash(_ options: Pipeline.Options, segmentation: SegmentationConfig) -> String {
        var hasher = SHA256()
        hasher.update(field: "rhetoric \(System.version), partials format \(PartialsFile.formatVersion)")
        hasher.update(field: "encoding=\(options.decoding.encoding ?? "") lossy=\(options.decoding.lossy)")
        hasher.update(field: "simplify=\(options.cleaning.simplify.rawValue)")
        hasher.update(field: "keep_numbers=\(segmentation.keepNumbers) keep_single_characters=\(segmentation.keepSingleCharacters)")
        // The lists in effect, however they were given (compiled in, files, settings, code).
        for (name, list) in [("lexicon", segmentation.domainLexicon), ("user", segmentation.userLexicon),
                             ("stopwords", segmentation.stopwords), ("phrases", segmentation.phrases)] {
            hasher.update(field: name)
            for word in list.words { hasher.update(field: word) }
        }
        for (variant, term) in segmentation.aliases.entries { hasher.update(field: variant + "→" + term) }
        hasher.update(field: segmentation.speakers.source)
        for entry in segmentation.speakerOverrides.entries {
            hasher.update(field: "\(entry.line) \(entry.file) \(entry.sentenceStart) \(entry.speaker)")
        }
        return hasher.hex()
    }
}
