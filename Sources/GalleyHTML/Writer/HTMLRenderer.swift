// The HTML writer's engine: read-only settings apart from what accumulates while writing
// (the buffer, the ids handed out, pending notes and link references).

import GalleyCore

/// Renders one document; used once and thrown away.
struct HTMLRenderer {
    let options: HTMLWriter.Options
    let profile: RenderProfile
    /// The link style after resolving ``HTMLWriter/LinkRendering/profile``.
    let linkStyle: RenderProfile.LinkStyle
    /// `" />"` in XHTML, `">"` in HTML: how void elements end.
    let voidEnd: String

    var out: HTMLOutputBuffer
    var ids = HTMLIdentifierSet()
    /// Notes seen so far, in order; rendered at the end (their own notes append to the list).
    var notes: [PendingNote] = []
    /// Link targets listed at the end when links render as footnotes.
    var linkReferences: [PendingLink] = []
    /// Raw nodes that were not emitted.
    var droppedRawCount = 0
    /// Whether the current inline content is inside an `<a>` (links cannot nest).
    var isInsideLink = false

    struct PendingNote {
        var number: Int
        var blocks: [Block]
        var noteID: String
        var referenceID: String
    }

    struct PendingLink {
        var number: Int
        var url: String
        var itemID: String
        var referenceID: String
    }

    init(options: HTMLWriter.Options, profile: RenderProfile, sizeHint: Int) {
        self.options = options
        self.profile = profile
        switch options.links {
        case .profile: linkStyle = profile.links
        case .inline: linkStyle = .inline
        case .footnotes: linkStyle = .footnotes
        case .urls: linkStyle = .urls
        }
        voidEnd = options.isXHTML ? " />" : ">"
        out = HTMLOutputBuffer(capacity: 4096 + sizeHint * 256)
    }

    mutating func renderDocument(_ document: Document) {
        if options.isStandalone {
            renderPageStart(document.metadata)
        }
        renderBlocks(document.blocks)
        renderNotes()
        renderLinkReferences()
        if options.isStandalone {
            if options.includesFooter { renderFooter(document.metadata) }
            renderPageEnd()
        }
    }

    // MARK: - Attributes

    /// Writes the node's kept attributes, with `extraClasses` in front of its own; pairs named in
    /// `written` were written already from the node's own fields (a link's `title`) and are
    /// skipped, so that no attribute appears twice.
    mutating func renderAttributes(_ attributes: Attributes, extraClasses: [String] = [], written: [String] = []) {
        if !attributes.id.isEmpty {
            out.attribute("id", ids.claim(attributes.id))
        }
        let classes = extraClasses + attributes.classes.filter(HTMLAttributeFilter.isClassToken)
        if !classes.isEmpty {
            out.attribute("class", classes.joined(separator: " "))
        }
        var written = written
        for pair in attributes.pairs where HTMLAttributeFilter.keepsPair(named: pair.key) && !written.contains(pair.key) {
            written.append(pair.key)
            out.attribute(pair.key, pair.value)
            if options.isXHTML && pair.key == "lang" {
                out.attribute("xml:lang", pair.value)
            }
        }
    }

    /// Whether ``renderAttributes(_:extraClasses:)`` would write anything.
    func keepsAnything(of attributes: Attributes) -> Bool {
        !attributes.id.isEmpty || attributes.classes.contains(where: HTMLAttributeFilter.isClassToken)
            || attributes.pairs.contains { HTMLAttributeFilter.keepsPair(named: $0.key) }
    }

    /// A generated id with the configured prefix, made unique.
    mutating func generatedID(_ base: String) -> String {
        ids.claim(options.idPrefix + base)
    }

    /// Opens `<name` + attributes + `>`.
    mutating func open(_ name: String, _ attributes: Attributes = .empty, extraClasses: [String] = []) {
        out.raw("<")
        out.raw(name)
        renderAttributes(attributes, extraClasses: extraClasses)
        out.raw(">")
    }

    /// Writes `</name>`.
    mutating func close(_ name: String) {
        out.raw("</")
        out.raw(name)
        out.raw(">")
    }

    // MARK: - Raw markup

    /// Whether raw markup of `format` may be emitted.
    func emitsRaw(format: String) -> Bool {
        guard options.allowsRawHTML else { return false }
        switch format.lowercased() {
        case "html", "html5", "xhtml": return true
        default: return false
        }
    }

    mutating func renderRaw(format: String, text: String) {
        guard emitsRaw(format: format) else {
            droppedRawCount += 1
            return
        }
        var sanitizer = HTMLRawSanitizer(isXHTML: options.isXHTML)
        out.raw(sanitizer.sanitize(text))
    }
}
