/// How a term's use changed. `trends.csv` and `shifts.csv` use the same words; each stage documents
/// the rule that decides them.
public enum ChangeStatus: String, Sendable {
    case new
    case gone
    case rising
    case falling
    case steady
}
