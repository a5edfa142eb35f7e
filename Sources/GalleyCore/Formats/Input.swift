/// The bytes a reader reads, with what is known about where they came from.
public struct Input: Sendable {
    /// The raw bytes, exactly as read.
    public var bytes: [UInt8]
    /// A name for messages: the file path, or `-` for standard input.
    public var name: String?
    /// The document's own URL, when known (used to resolve relative links).
    public var url: String?
    /// An encoding the user declared (`--encoding`), overriding what the reader would detect.
    public var declaredEncoding: String?

    public init(bytes: [UInt8], name: String? = nil, url: String? = nil, declaredEncoding: String? = nil) {
        self.bytes = bytes
        self.name = name
        self.url = url
        self.declaredEncoding = declaredEncoding
    }

    /// Input made of a string's UTF-8 bytes (for tests and embedding).
    public init(_ text: String, name: String? = nil) {
        self.init(bytes: Array(text.utf8), name: name)
    }
}

/// What a writer produces: text, or bytes for binary formats such as EPUB.
public enum Output: Sendable, Hashable {
    case text(String)
    case bytes([UInt8])

    /// The output as bytes (text is UTF-8).
    public var bytes: [UInt8] {
        switch self {
        case .text(let text): return Array(text.utf8)
        case .bytes(let bytes): return bytes
        }
    }
}
