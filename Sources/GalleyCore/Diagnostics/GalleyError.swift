/// An error that stops a conversion: what happened, where, and what to do about it.
///
/// Every module throws this one type, with a ``Kind`` that fixes the driver's exit code, so a
/// reader or pass from another package needs nothing but GalleyCore to report errors well.
public struct GalleyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The family of failure; each maps to one documented exit code.
    public enum Kind: String, Sendable, Hashable {
        /// The command line or a configuration is wrong (exit 2).
        case usage
        /// An input could not be read or parsed (exit 3).
        case input
        /// A pass or external filter failed (exit 4).
        case pass
        /// An output could not be produced or written (exit 5).
        case output

        /// The driver's exit status for this kind.
        public var exitCode: Int32 {
            switch self {
            case .usage: return 2
            case .input: return 3
            case .pass: return 4
            case .output: return 5
            }
        }
    }

    public var kind: Kind
    /// A stable identifier such as `json.unknown-type`.
    public var code: String
    /// What happened, as one sentence without a final period.
    public var message: String
    /// The input or output it concerns (file name, `-` for standard input), when known.
    public var source: String?
    /// Where in that input, when known.
    public var location: SourceLocation?
    /// A logical path instead of a position, such as `$.blocks[3].content[0]`.
    public var path: String?
    /// What the user can do about it.
    public var hint: String?

    public init(
        _ kind: Kind, code: String, message: String, source: String? = nil,
        location: SourceLocation? = nil, path: String? = nil, hint: String? = nil
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.source = source
        self.location = location
        self.path = path
        self.hint = hint
    }

    /// The same error, naming `source` unless it already names one.
    public func naming(source name: String) -> GalleyError {
        var copy = self
        if copy.source == nil { copy.source = name }
        return copy
    }

    /// One line: `file:line:column: message (at path); hint`.
    public var description: String {
        var line = ""
        if let source { line += source }
        if let location { line += line.isEmpty ? "\(location)" : ":\(location)" }
        if !line.isEmpty { line += ": " }
        line += message
        if let path { line += " (at \(path))" }
        if let hint { line += "; \(hint)" }
        return line
    }
}
