/// Something a reader, pass or writer noticed and recovered from.
///
/// Lenient readers (HTML, plain text, wire) report problems as diagnostics and carry on; the
/// driver prints warnings on stderr as `file:line:column: warning: message [code]`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How much the user should care.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// A stable identifier such as `html.unexpected-eof` or `extract.dropped`.
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// The input (file name) it concerns, when known.
    public var source: String?

    public init(
        _ severity: Severity, code: String, message: String, location: SourceLocation? = nil,
        source: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.source = source
    }

    /// `file:line:column: severity: message [code]`, leaving out what is unknown.
    public var description: String {
        var prefix = source ?? ""
        if let location { prefix += prefix.isEmpty ? "\(location)" : ":\(location)" }
        if !prefix.isEmpty { prefix += ": " }
        return "\(prefix)\(severity.rawValue): \(message) [\(code)]"
    }
}
