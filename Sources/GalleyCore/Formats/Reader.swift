/// Turns bytes into documents.
///
/// A reader is lenient where its format allows: it recovers from damage, reports what it
/// recovered from through ``ConversionContext/report(_:)``, and throws a ``GalleyError`` of kind
/// `.input` only when no document can be produced. It never nests deeper than
/// ``Document/maximumDepth``.
///
/// ```swift
/// /// Reads one paragraph per line.
/// struct LinesReader: Reader {
///     func read(_ input: Input, context: inout ConversionContext) throws -> Document {
///         let text = String(decoding: input.bytes, as: UTF8.self)
///         return Document(blocks: text.split(separator: "\n").map { .paragraph([.text(String($0))]) })
///     }
/// }
/// ```
public protocol Reader: Sendable {
    /// Reads the input as one document.
    func read(_ input: Input, context: inout ConversionContext) throws -> Document
    /// Reads every document in the input; formats that carry several (a wire feed) override it.
    func readAll(_ input: Input, context: inout ConversionContext) throws -> [Document]
}

extension Reader {
    public func readAll(_ input: Input, context: inout ConversionContext) throws -> [Document] {
        [try read(input, context: &context)]
    }
}

/// Turns a document into bytes or text.
///
/// ```swift
/// /// Writes the title only.
/// struct TitleWriter: Writer {
///     func write(_ document: Document, profile: RenderProfile,
///                context: inout ConversionContext) throws -> Output {
///         .text((document.metadata.title ?? "") + "\n")
///     }
/// }
/// ```
public protocol Writer: Sendable {
    /// Writes the document, shaped by the rendering profile where the format has a look.
    func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext) throws
        -> Output
}

/// A step of the pipeline: a document in, a document out.
///
/// ```swift
/// /// Turns headings deeper than level 3 into bold paragraphs.
/// struct FlattenDeepHeadings: Pass {
///     static let name = "flatten-deep-headings"
///     func run(_ document: Document, context: inout ConversionContext) throws -> Document {
///         document.rewritingBlocks { block in
///             guard case .heading(let heading) = block, heading.level > 3 else { return nil }
///             return [.paragraph([.strong(heading.content)])]
///         }
///     }
/// }
/// ```
public protocol Pass: Sendable {
    /// The name users give it (`--pass NAME`).
    static var name: String { get }
    /// The name shown in messages and timings; by default ``name``.
    var displayName: String { get }
    /// Transforms the document. Throw a ``GalleyError`` of kind `.pass` when it cannot.
    func run(_ document: Document, context: inout ConversionContext) throws -> Document
}

extension Pass {
    public var displayName: String { Self.name }
}
