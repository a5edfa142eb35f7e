// The `word-count` pass.

import GalleyCore

/// Sets `meta.wordCount` to the number of words in the body (``Document/wordCount``: notes and
/// raw markup do not count; each CJK ideograph counts as a word).
public struct CountWords: Pass {
    /// `word-count`.
    public static let name = "word-count"

    /// The pass has no settings.
    public struct Options: Sendable, Hashable, Codable {
        /// The defaults.
        public init() {}
    }

    /// The pass's options.
    public var options: Options

    /// Creates the pass.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Counts the words.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var result = document
        result.metadata.wordCount = document.wordCount
        return result
    }

    /// The registry entry.
    public static let descriptor = PassDescriptor(name: name, summary: "Set meta.wordCount from the body.") { argument, _ in
        try requireNoArgument(argument, pass: name)
        return CountWords()
    }
}
