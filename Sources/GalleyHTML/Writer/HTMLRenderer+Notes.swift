// Notes become numbered footnotes collected in a section at the end, each with a link back to
// its reference. Notes inside notes join the end of the queue, so nothing recurses unboundedly.

import GalleyCore

extension HTMLRenderer {
    mutating func renderNoteReference(_ blocks: [Block]) {
        let number = notes.count + 1
        let note = PendingNote(
            number: number, blocks: blocks, noteID: generatedID("fn\(number)"),
            referenceID: generatedID("fnref\(number)"))
        notes.append(note)
        if isInsideLink {
            // An `<a>` cannot hold another; the number still shows.
            out.raw("<sup class=\"footnote-ref\">\(number)</sup>")
            return
        }
        out.raw("<sup class=\"footnote-ref\"><a")
        out.attribute("href", "#" + note.noteID)
        out.attribute("id", note.referenceID)
        out.raw(" role=\"doc-noteref\">\(number)</a></sup>")
    }

    mutating func renderNotes() {
        guard !notes.isEmpty else { return }
        out.raw("<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr")
        out.raw(voidEnd)
        out.raw("\n<ol>\n")
        var index = 0
        while index < notes.count {
            let note = notes[index]
            index += 1
            out.raw("<li")
            out.attribute("id", note.noteID)
            out.raw(">")
            renderNoteBody(note)
            out.raw("</li>\n")
        }
        out.raw("</ol>\n</section>\n")
    }

    /// The note's blocks; the back-link joins the last paragraph, or gets one of its own.
    mutating func renderNoteBody(_ note: PendingNote) {
        var blocks = note.blocks
        var lastParagraph: [Inline]?
        if case .paragraph(let content)? = blocks.last {
            lastParagraph = content
            blocks.removeLast()
        }
        if !blocks.isEmpty { out.raw("\n") }
        renderBlocks(blocks)
        out.raw("<p>")
        if let lastParagraph {
            renderInlines(lastParagraph)
            out.raw(" ")
        }
        out.raw("<a")
        out.attribute("href", "#" + note.referenceID)
        out.raw(" class=\"footnote-back\" role=\"doc-backlink\">\u{21A9}\u{FE0E}</a></p>")
    }

    mutating func renderLinkReferences() {
        guard !linkReferences.isEmpty else { return }
        out.raw("<section class=\"link-references\">\n<ol>\n")
        for reference in linkReferences {
            out.raw("<li")
            out.attribute("id", reference.itemID)
            out.raw("><a")
            out.attribute("href", reference.url)
            out.raw(">")
            out.text(reference.url)
            out.raw("</a></li>\n")
        }
        out.raw("</ol>\n</section>\n")
    }
}
