import GalleyCore

/// Reads web pages: determines the encoding, parses HTML5 as browsers do, and maps the DOM to
/// a ``Document`` with the page's metadata.
///
/// The reader is lenient: parse errors never stop it. It reports the encoding it chose as a note
/// (`html.encoding`) and the parse errors as one summary warning (`html.parse-errors`).
///
/// ```swift
/// var context = ConversionContext()
/// let reader = HTMLReader(options: .init(baseURL: "https://example.com/story"))
/// let document = try reader.read(Input(bytes: pageBytes), context: &context)
/// ```
public struct HTMLReader: Reader {
    /// What the user may tell the reader.
    public struct Options: Sendable, Hashable, Codable {
        /// An encoding label (`latin1`, `shift_jis`, …) that overrides detection; default `nil`
        /// (detect, or use ``Input/declaredEncoding`` when the driver set one).
        public var encoding: String?
        /// The page's URL for resolving relative links when the page has no `<base href>`; default
        /// `nil` (use ``Input/url``). It also becomes the document's `url` when the page names none.
        public var baseURL: String?
        /// How the DOM becomes a document (hidden content, layout tables); the defaults of
        /// ``HTMLToDocument/Options``. Its `baseURL` is set from ``baseURL`` or the input's URL.
        public var mapping: HTMLToDocument.Options

        /// Creates options; every parameter defaults as documented on its property.
        public init(encoding: String? = nil, baseURL: String? = nil, mapping: HTMLToDocument.Options = .init()) {
            self.encoding = encoding
            self.baseURL = baseURL
            self.mapping = mapping
        }

        /// Checks the encoding label.
        ///
        /// - Throws: A usage error naming `--encoding` when the label is unknown.
        public func validate() throws {
            if let encoding { _ = try HTMLReader.encoding(named: encoding, option: "--encoding") }
        }
    }

    /// The options the reader runs with.
    public var options: Options

    /// Creates a reader with `options`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads one page.
    ///
    /// - Throws: A usage error when the encoding named by the options or the input is unknown.
    public func read(_ input: Input, context: inout ConversionContext) throws -> Document {
        var declared: WebEncoding?
        if let label = options.encoding ?? input.declaredEncoding {
            declared = try Self.encoding(named: label, option: options.encoding != nil ? "--encoding" : "the declared encoding")
        }
        let sniffed = HTMLEncoding.sniff(input.bytes, declared: declared?.name)
        let utf8 = HTMLEncoding.decode(input.bytes, sniffed: sniffed)
        context.report(Diagnostic(
            .note, code: "html.encoding",
            message: "decoded as \(sniffed.encoding.name) (\(sniffed.source.rawValue), \(sniffed.confidence.rawValue))"))

        let result = HTMLParser().parse(utf8)
        if let first = result.errors.first {
            let count = result.errors.count
            context.report(Diagnostic(
                .warning, code: "html.parse-errors",
                message: "\(count) HTML parse error\(count == 1 ? "" : "s") recovered from; the first: \(first.code)",
                location: Self.location(of: first.offset, in: utf8)))
        }

        let pageURL = options.baseURL ?? input.url
        var mapping = options.mapping
        mapping.baseURL = pageURL ?? mapping.baseURL
        var document = HTMLToDocument(options: mapping).document(from: result.dom)
        if document.metadata.url == nil, let pageURL { document.metadata.url = pageURL }
        context.leaveToProcessEnd(result)
        return document
    }

    /// The line and column of `offset` in `utf8`: one pass over the bytes before it, on the
    /// buffer (the generic ``SourceLocation/init(offset:in:)`` is many times slower on large pages).
    static func location(of offset: Int, in utf8: [UInt8]) -> SourceLocation {
        utf8.withUnsafeBufferPointer { bytes in
            let end = min(max(offset, 0), bytes.count)
            let before = UnsafeBufferPointer(rebasing: bytes[..<end])
            var line = 1
            var lineStart = 0
            var index = ByteScan.firstIndex(of: 0x0A, in: before, from: 0)
            while index < end {
                line += 1
                lineStart = index + 1
                index = ByteScan.firstIndex(of: 0x0A, in: before, from: index + 1)
            }
            return SourceLocation(line: line, column: offset - lineStart + 1, offset: offset)
        }
    }

    /// The encoding a label names.
    ///
    /// - Throws: A usage error naming `option` when the label is unknown.
    static func encoding(named label: String, option: String) throws -> WebEncoding {
        guard let encoding = WebEncoding(label: label) else {
            throw GalleyError(
                .usage, code: "html.unknown-encoding",
                message: "\(option) names an unknown encoding '\(label)'",
                hint: "use a WHATWG label such as utf-8, windows-1252, iso-8859-2, shift_jis, gbk or euc-kr")
        }
        return encoding
    }
}
