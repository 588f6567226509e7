import CJieba

/// Joins runs of single characters that no word list knows into words, with jieba's hidden Markov
/// model (its `finalseg` module, MIT licence, compiled in: see `CJieba.h`).
///
/// Each character is tagged B (begins a word), M (inside), E (ends) or S (a word alone); the model
/// gives the log probability of the first tag, of each tag after another, and of each character
/// under each tag, and the Viterbi algorithm finds the likeliest tags. A transliterated name the
/// vocabulary lacks (培尼亚) or a new word comes out whole instead of as fragments. The model
/// depends only on the characters of the run, never on the rest of the corpus, so adding a
/// document changes nothing already counted.
public struct HiddenMarkovModel: Sendable {
    /// B, M, E, S.
    static let tags = 4
    static let begin = 0, middle = 1, end = 2, single = 3
    /// What jieba uses for a probability the model does not give.
    static let minimum = -3.14e100

    var start: [Double]
    /// `transition[from * 4 + to]`.
    var transition: [Double]
    /// `emission[unit * 4 + tag]` for every BMP code unit.
    var emission: [Double]

    /// The compiled-in model.
    public static let jieba: HiddenMarkovModel = {
        func literal(_ function: (UnsafeMutablePointer<UnsafePointer<UInt8>?>) -> Int,
                     _ body: (_ path: [Unicode.Scalar?], _ key: Unicode.Scalar?, _ value: Double) -> Void) {
            var bytes: UnsafePointer<UInt8>? = nil
            let count = function(&bytes)
            PythonLiteral.forEachNumber(UnsafeBufferPointer(start: bytes, count: count), body)
        }
        let order: [Unicode.Scalar: Int] = ["B": begin, "M": middle, "E": end, "S": single]
        var model = HiddenMarkovModel(start: Array(repeating: minimum, count: tags),
                                      transition: Array(repeating: minimum, count: tags * tags),
                                      emission: Array(repeating: minimum, count: 65536 * tags))
        literal({ rx_jieba_hmm_start($0) }) { path, key, value in
            if path.isEmpty, let key, let tag = order[key] { model.start[tag] = value }
        }
        literal({ rx_jieba_hmm_transitions($0) }) { path, key, value in
            if path.count == 1, let from = path[0].flatMap({ order[$0] }), let to = key.flatMap({ order[$0] }) {
                model.transition[from * tags + to] = value
            }
        }
        literal({ rx_jieba_hmm_emissions($0) }) { path, key, value in
            if path.count == 1, let tag = path[0].flatMap({ order[$0] }), let key, key.value <= 0xFFFF {
                model.emission[Int(key.value) * tags + tag] = value
            }
        }
        return model
    }()

    /// The lengths of the words the run `units` (Han characters, one code unit each) divides into.
    public func words(_ units: UnsafeBufferPointer<UInt16>) -> [Int] {
        let n = units.count
        guard n > 1 else { return n == 1 ? [1] : [] }
        let tags = HiddenMarkovModel.tags
        // Which tags may precede each tag: B after E or S, M after M or B, E after B or M, S after S or E.
        let previous = [[HiddenMarkovModel.end, HiddenMarkovModel.single], [HiddenMarkovModel.middle, HiddenMarkovModel.begin],
                        [HiddenMarkovModel.begin, HiddenMarkovModel.middle], [HiddenMarkovModel.single, HiddenMarkovModel.end]]
        var score = (0..<tags).map { start[$0] + emission[Int(units[0]) * tags + $0] }
        var back = [UInt8](repeating: 0, count: n * tags)
        for t in 1..<n {
            var next = [Double](repeating: 0, count: tags)
            for tag in 0..<tags {
                let emit = emission[Int(units[t]) * tags + tag]
                var best = -Double.infinity, from = 0
                for candidate in previous[tag] {
                    let value = score[candidate] + transition[candidate * tags + tag] + emit
                    if value > best {
                        best = value
                        from = candidate
                    }
                }
                next[tag] = best
                back[t * tags + tag] = UInt8(from)
            }
            score = next
        }
        var tag = score[HiddenMarkovModel.end] > score[HiddenMarkovModel.single] ? HiddenMarkovModel.end : HiddenMarkovModel.single
        var path = [Int](repeating: 0, count: n)
        for t in stride(from: n - 1, through: 0, by: -1) {
            path[t] = tag
            tag = Int(back[t * tags + tag])
        }
        var lengths: [Int] = []
        var begin = 0
        for (index, tag) in path.enumerated() where tag == HiddenMarkovModel.end || tag == HiddenMarkovModel.single {
            lengths.append(index + 1 - begin)
            begin = index + 1
        }
        if begin < n { lengths.append(n - begin) }
        return lengths
    }
}

/// The nested dictionary literals of jieba's model files (`P={'B': {'\u4e00': -3.65, …}, …}`), read
/// from their bytes without a string per entry: the model's 35,000 numbers were a fifth of what a
/// run that segments one document spends before its first word.
enum PythonLiteral {
    /// Calls `body` with each number, the keys of the dictionaries around it (outermost first) and
    /// its own key. A key is its one scalar (`\uXXXX` or a byte), nil if it has more or fewer: the
    /// model's keys are single characters. A number that does not parse whole is skipped.
    static func forEachNumber(_ text: UnsafeBufferPointer<UInt8>,
                              _ body: (_ path: [Unicode.Scalar?], _ key: Unicode.Scalar?, _ value: Double) -> Void) {
        var path: [Unicode.Scalar?] = []
        var key: Unicode.Scalar?? = nil
        var index = 0
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= text.count else { return nil }
            var value: UInt32 = 0
            for k in at..<at + 4 {
                let c = UInt32(text[k])
                switch c {
                case 0x30...0x39: value = value << 4 | (c - 0x30)
                case 0x61...0x66: value = value << 4 | (c - 0x57)
                case 0x41...0x46: value = value << 4 | (c - 0x37)
                default: return nil
                }
            }
            return value
        }
        while index < text.count {
            let c = text[index]
            index += 1
            switch c {
            case UInt8(ascii: "{"):
                if let key { path.append(key) }
                key = nil
            case UInt8(ascii: "}"):
                if !path.isEmpty { path.removeLast() }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                var scalars = 0
                var scalar: Unicode.Scalar?
                while index < text.count && text[index] != c {
                    if text[index] == UInt8(ascii: "\\"), index + 1 < text.count {
                        if text[index + 1] == UInt8(ascii: "u"), let code = hex(index + 2), let escaped = Unicode.Scalar(code) {
                            scalar = escaped
                            index += 6
                        } else {
                            scalar = Unicode.Scalar(text[index + 1])
                            index += 2
                        }
                    } else {
                        scalar = Unicode.Scalar(text[index])
                        index += 1
                    }
                    scalars += 1
                }
                index += 1
                key = .some(scalars == 1 ? scalar : nil)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let begin = index - 1
                while index < text.count, "0123456789.eE+-".utf8.contains(text[index]) { index += 1 }
                if let pending = key, let value = Double(String(decoding: UnsafeBufferPointer(rebasing: text[begin..<index]), as: UTF8.self)) {
                    body(path, pending, value)
                }
                key = nil
            default:
                break
            }
        }
    }

}
