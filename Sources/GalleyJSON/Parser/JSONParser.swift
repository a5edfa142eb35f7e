import GalleyCore

/// Parses JSON text (RFC 8259) from UTF-8 bytes into a ``JSONValue``.
///
/// The parser is iterative: nesting is kept on an explicit stack, so hostile input cannot
/// overflow the call stack; nesting deeper than ``Options/maximumDepth`` is an error. Its
/// decisions where RFC 8259 leaves a choice:
///
/// - The input must be valid UTF-8 (a leading byte-order mark is skipped); any invalid byte
///   sequence is an error at its position.
/// - A `\u` escape of a lone surrogate (such as `"\uD800"`), which the JSON grammar allows but a
///   Swift string cannot hold, becomes U+FFFD REPLACEMENT CHARACTER.
/// - An object that repeats a key is an error (`json.duplicate-key`), so no value is silently lost.
/// - A number without fraction or exponent that fits an `Int` is ``JSONValue/integer(_:)``;
///   other numbers are ``JSONValue/number(_:)``; a number too large for a `Double` is an error.
/// - Anything but whitespace after the value is an error.
///
/// Every error is a ``GalleyError`` of kind `.input` whose ``GalleyError/location`` gives the
/// line and column (in UTF-8 bytes) of the offending byte.
///
/// ```swift
/// let value = try JSONParser().parse(Array("[1, 2.5, \"three\"]".utf8))
/// // .array([.integer(1), .number(2.5), .string("three")])
/// ```
public struct JSONParser: Sendable {
    /// Limits of the parser.
    public struct Options: Sendable, Hashable {
        /// How many arrays and objects may be open at once; default `4 × Document.maximumDepth + 16`.
        ///
        /// The JSON form spends two to four levels of JSON nesting per level of the document
        /// (a node object and its `content` or `blocks` array, or a list's item arrays), plus a few
        /// levels for the top object and metadata; 1,040 admits every document a reader can
        /// produce while keeping the decoder's recursion shallow.
        public var maximumDepth: Int

        /// Creates options; the default depth admits every document of ``Document/maximumDepth``.
        public init(maximumDepth: Int = 4 * Document.maximumDepth + 16) {
            self.maximumDepth = maximumDepth
        }
    }

    /// The parser's limits.
    public var options: Options

    /// Creates a parser.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Parses one JSON value that makes up the whole input.
    ///
    /// - Parameter bytes: UTF-8 JSON text.
    /// - Returns: The value.
    /// - Throws: A ``GalleyError`` of kind `.input` (codes `json.syntax`, `json.invalid-utf8`,
    ///   `json.too-deep`, `json.duplicate-key`, `json.invalid-number`) with the line and column.
    public func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var scanner = JSONScanner(bytes: bytes, maximumDepth: options.maximumDepth)
        return try scanner.parseDocument()
    }
}
