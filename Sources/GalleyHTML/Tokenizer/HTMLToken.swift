/// One token of the WHATWG tokenizer.
///
/// Character tokens come as whole runs of UTF-8 bytes (consecutive characters merged), which the
/// tree builder inserts in one step.
public enum HTMLToken: Sendable, Hashable {
    /// A `<!DOCTYPE>`; missing parts are `nil`.
    case doctype(HTMLDoctype)
    /// A start tag with its lower-cased name and attributes in source order (duplicates dropped).
    case startTag(name: String, attributes: [HTMLDOM.Attribute], selfClosing: Bool)
    /// An end tag (attributes and the self-closing flag are errors and dropped).
    case endTag(name: String)
    /// A comment's data.
    case comment(String)
    /// A run of characters, UTF-8 encoded.
    case characters([UInt8])
    /// The end of the input.
    case endOfFile
}

/// The parts of a DOCTYPE token.
public struct HTMLDoctype: Sendable, Hashable {
    /// The name, lower-cased, if any.
    public var name: String?
    /// The public identifier, if any.
    public var publicID: String?
    /// The system identifier, if any.
    public var systemID: String?
    /// Set when the doctype was malformed; the document is then in quirks mode.
    public var forceQuirks: Bool

    /// A doctype from its parts.
    public init(name: String? = nil, publicID: String? = nil, systemID: String? = nil, forceQuirks: Bool = false) {
        self.name = name
        self.publicID = publicID
        self.systemID = systemID
        self.forceQuirks = forceQuirks
    }
}

/// A parse error: the WHATWG error code (or a tree-construction code) and the byte offset in the
/// (newline-normalized) input where it was noticed.
public struct HTMLParseError: Sendable, Hashable {
    /// The error code, e.g. "unexpected-null-character".
    public var code: String
    /// Byte offset into the input after CR/LF normalization.
    public var offset: Int

    /// An error from its parts.
    public init(code: String, offset: Int) {
        self.code = code
        self.offset = offset
    }
}
