// The `link-footnotes` pass: links become their text plus a note holding the URL, for outputs
// that cannot follow links (plain text, paper).

import GalleyCore

/// Turns each link into its text followed by a note that holds the URL.
///
/// Skipped (left as links): fragment-only links (`#section`), links without a URL, and links
/// whose text already is the URL (also without its `http://`, `https://` or `mailto:`). The note
/// holds one paragraph with the URL as a link whose text is the URL, so writers that keep links
/// still make it clickable. Links inside notes become notes in notes, which writers number in
/// order. Linear time.
public struct FootnoteLinks: Pass {
    /// `link-footnotes`.
    public static let name = "link-footnotes"

    /// The pass has no settings yet.
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

    /// Replaces links with text and URL notes.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        document.rewritingInlines { inline in
            guard case .link(let link) = inline, Self.needsNote(link) else { return nil }
            let target = Inline.link(Link(url: link.url, content: [.text(link.url)]))
            return link.content + [.note([.paragraph([target])])]
        }
    }

    /// Whether a link's URL is worth a note.
    static func needsNote(_ link: Link) -> Bool {
        let url = link.url
        guard !url.isEmpty, !url.hasPrefix("#") else { return false }
        let text = link.content.plainText.trimmingSpaces
        if text == url { return false }
        for prefix in ["http://", "https://", "mailto:"] where url.hasPrefix(prefix) {
            let bare = String(url.dropFirst(prefix.count))
            if text == bare || (bare.hasSuffix("/") && text == String(bare.dropLast())) { return false }
        }
        return true
    }

    /// The registry entry.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Turn links into their text plus a note with the URL."
    ) { argument, _ in
        try requireNoArgument(argument, pass: name)
        return FootnoteLinks()
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

/// Throws a usage error when a pass that takes no argument got one.
func requireNoArgument(_ argument: String?, pass name: String) throws {
    guard let argument, !argument.isEmpty else { return }
    throw GalleyError(
        .usage, code: "\(name).unexpected-argument", message: "\(name) takes no argument, not '\(argument)'",
        hint: "write --pass \(name)")
}
