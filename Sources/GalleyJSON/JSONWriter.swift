import GalleyCore

/// Writes a document in the JSON form, byte-for-byte the same for the same document.
///
/// Keys come in a fixed order (`type` first, then attributes, scalars, children), fields holding
/// their default are left out, and `meta.extra` keys are sorted. Pretty output (the default)
/// indents by two spaces and keeps leaf nodes on one line; ``Options/isCompact`` writes one line.
///
/// ```swift
/// let bytes = JSONWriter().encode(Document(blocks: [.paragraph([.text("Hi")])]))
/// ```
public struct JSONWriter: Writer {
    /// The writer's layout.
    public struct Options: Sendable, Hashable {
        /// Whether to write the whole document on one line; default `false` (`--compact`).
        public var isCompact: Bool

        /// Creates options; by default output is pretty-printed.
        public init(isCompact: Bool = false) {
            self.isCompact = isCompact
        }
    }

    /// The writer's options.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes the document; the profile does not apply to JSON.
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext) throws -> Output {
        .text(String(decoding: encode(document), as: UTF8.self))
    }

    /// The document's JSON form as UTF-8 bytes, ending with a line feed.
    public func encode(_ document: Document) -> [UInt8] {

        // One buffer for the whole output; it starts at 64 KiB and grows geometrically.
        var encoder = DocumentEncoder(isCompact: options.isCompact, capacity: 65_536)
        return encoder.encode(document)
    }
}
