import CICU

/// Which Han characters are Traditional-only: changed by OpenCC's `t2s` and absent from GB 2312,
/// the Simplified standard (so 著, 乾, 藉, 俱, valid in both scripts, never count). Learnt as
/// documents bring characters, a few hundred of the BMP's 28,000 Han characters each: converting
/// them all up front kept the first document a process cleaned waiting ~50 ms, the one document a
/// rerun cleans among them. Each character is converted on a line of its own, so the answer for
/// it does not depend on which others are learnt with it. Belongs to one worker, like its converter.
final class TraditionalCharacters {
    private enum Known: UInt8 {
        case unseen, simplified, traditional
    }

    private var known = [Known](repeating: .unseen, count: 0x10000)

    /// Whether `text` is written in Traditional characters: at least ``Simplifier/traditionalShare``
    /// of its Han characters are Traditional-only. `converter` (`t2s`) is asked for only when a
    /// character is new; without one, none counts.
    func isTraditional(_ text: some StringProtocol, converter: () -> ScriptConverter?) -> Bool {
        var han = 0
        var unseen: [UInt16] = []
        for unit in text.utf16 where TextNormalizer.isHan(unit) {
            han += 1
            if known[Int(unit)] == .unseen {
                known[Int(unit)] = .simplified
                unseen.append(unit)
            }
        }
        if !unseen.isEmpty { learn(unseen, converter: converter) }
        var traditional = 0
        for unit in text.utf16 where known[Int(unit)] == .traditional { traditional += 1 }
        return han > 0 && Double(traditional) >= Simplifier.traditionalShare * Double(han)
    }

    /// Marks the Traditional-only ones among `characters` (already marked simplified, which a lead
    /// surrogate stays: it is half a character of the supplementary planes, which count as Han but
    /// are never converted).
    private func learn(_ characters: [UInt16], converter: () -> ScriptConverter?) {
        let whole = characters.filter { !UTF16.isLeadSurrogate($0) }
        guard !whole.isEmpty, let converter = converter() else { return }
        var inGB2312 = [UInt8](repeating: 0, count: whole.count)
        var status: Int32 = 0
        rx_encodable("GB2312", whole, Int32(whole.count), &inGB2312, &status)
        let lines = whole.map { String(decoding: [$0], as: UTF16.self) }
        let converted = converter.convert(lines.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        guard converted.count == lines.count else { return }
        for (index, unit) in whole.enumerated() where inGB2312[index] == 0 && converted[index] != lines[index] {
            known[Int(unit)] = .traditional
        }
    }
}
