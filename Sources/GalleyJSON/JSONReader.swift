import GalleyCore

/// Reads the JSON form of a document (`{"galley": "1.0", "meta": {…}, "blocks": […]}`).
///
/// The reader is strict about structure and lenient about extras: an unknown node `type`, a field
/// of the wrong JSON type, a missing required field or another major version is an error of kind
/// `.input` naming the JSON path (`$.blocks[3].content[0]`); unknown fields and a missing
/// `galley` key are warnings unless ``Options/isStrict`` is set. Metadata keys without a field
/// of their own go into ``Metadata/extra``.
///
/// ```swift
/// var context = ConversionContext()
/// let document = try JSONReader().read(Input(#"{"galley": "1.0", "blocks": []}"#), context: &context)
/// ```
public struct JSONReader: Reader {
    /// How the reader treats what it does not know.
    public struct Options: Sendable, Hashable {
        /// Whether unknown fields and a missing `galley` key are errors rather than warnings;
        /// default `false` (`--json-strict`).
        public var isStrict: Bool

        /// Creates options; by default unknown fields are warnings.
        public init(isStrict: Bool = false) {
            self.isStrict = isStrict
        }
    }

    /// The reader's options.
    public var options: Options

    /// Creates a reader.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Parses and decodes the input.
    ///
    /// - Throws: A ``GalleyError`` of kind `.input`: a syntax error with line and column, or a
    ///   schema error with the JSON path.
    public func read(_ input: Input, context: inout ConversionContext) throws -> Document {
        do {
            let value = try JSONParser().parse(input.bytes)
            var decoder = DocumentDecoder(isStrict: options.isStrict)
            let document = try decoder.decodeDocument(value)
            for warning in decoder.warnings { context.report(warning) }
            return document
        } catch let error as GalleyError {
            throw input.name.map { error.naming(source: $0) } ?? error
        }
    }

    /// Decodes an already parsed JSON value (as an external filter's output) into a document.
    ///
    /// - Parameters:
    ///   - value: The JSON form's top-level object.
    ///   - context: Receives warnings about unknown fields.
    /// - Throws: A ``GalleyError`` of kind `.input` naming the JSON path.
    public func decode(_ value: JSONValue, context: inout ConversionContext) throws -> Document {
        var decoder = DocumentDecoder(isStrict: options.isStrict)
        let document = try decoder.decodeDocument(value)
        for warning in decoder.warnings { context.report(warning) }
        return document
    }
}
