import GalleyCore

/// Serializes blocks and inlines as EPUB 3 XHTML (the XML syntax of HTML).
///
/// It writes only what epubcheck's content-document schemas accept: ids and attributes already
/// made valid (``IdentifierRewriter``, ``AttributeFilter``), no raw markup (raw blocks and
/// inlines are dropped: their markup cannot be validated), no nested links, no headings inside
/// table header cells and no tables inside captions. Notes become numbered `noteref` links and
/// `<aside epub:type="footnote">` elements at the end of the chapter.
///
/// Recursion follows the document's nesting, which readers keep within
/// ``Document/maximumDepth``; beyond twice that, a subtree is written as plain text.
struct XHTMLBodyRenderer {
    /// Where content sits, restricting what it may contain.
    struct Restrictions: OptionSet {
        let rawValue: Int
        /// Inside an `<a>`: no further links (HTML forbids nested interactive content).
        static let inLink = Restrictions(rawValue: 1)
        /// Inside a `<caption>`: no tables.
        static let noTables = Restrictions(rawValue: 2)
        /// Inside a `<th>`: no headings.
        static let noHeadings = Restrictions(rawValue: 4)
    }

    /// A note waiting to be written at the end of the chapter.
    struct PendingNote {
        var number: Int
        var blocks: [Block]
        /// Whether a `noteref` link with id `fnref-N` points at it.
        var hasReference: Bool
    }

    let environment: ChapterEnvironment
    var output = ""
    private(set) var noteCount: Int
    private var pendingNotes: [PendingNote] = []

    /// Depth beyond which subtrees are flattened to text.
    static let depthLimit = 2 * Document.maximumDepth

    init(environment: ChapterEnvironment, noteCount: Int) {
        self.environment = environment
        self.noteCount = noteCount
        output.reserveCapacity(16 * 1024)
    }

    /// Writes `blocks` at the top of the body.
    mutating func render(_ blocks: [Block]) {
        for block in blocks { render(block, depth: 0, restrictions: []) }
    }

    // MARK: - Blocks

    mutating func render(_ blocks: [Block], depth: Int, restrictions: Restrictions) {
        for block in blocks { render(block, depth: depth, restrictions: restrictions) }
    }

    mutating func render(_ block: Block, depth: Int, restrictions: Restrictions) {
        guard depth < Self.depthLimit else {
            output += "<p>"
            XMLText.append(block.plainText, to: &output)
            output += "</p>\n"
            return
        }
        let inner = depth + 1
        switch block {
        case .paragraph(let content):
            output += "<p>"
            render(content, depth: inner, restrictions: restrictions)
            output += "</p>\n"
        case .heading(let heading):
            renderHeading(heading, depth: inner, restrictions: restrictions)
        case .blockQuote(let blocks):
            output += "<blockquote>\n"
            render(blocks, depth: inner, restrictions: restrictions)
            output += "</blockquote>\n"
        case .list(let list):
            renderList(list, depth: inner, restrictions: restrictions)
        case .codeBlock(let code):
            output += "<pre"
            let language = code.language.isEmpty ? [] : ["language-" + code.language]
            AttributeFilter.append(code.attributes, id: code.attributes.id, extraClasses: language, to: &output)
            output += "><code>"
            XMLText.append(code.text, to: &output)
            output += "</code></pre>\n"
        case .horizontalRule:
            output += "<hr/>\n"
        case .table(let table):
            if restrictions.contains(.noTables) {
                output += "<p>"
                XMLText.append(Block.table(table).plainText, to: &output)
                output += "</p>\n"
            } else {
                renderTable(table, depth: inner, restrictions: restrictions)
            }
        case .figure(let figure):
            output += "<figure"
            AttributeFilter.append(figure.attributes, id: figure.attributes.id, to: &output)
            output += ">\n"
            render(figure.content, depth: inner, restrictions: restrictions)
            if !figure.caption.isEmpty {
                output += "<figcaption>"
                render(figure.caption, depth: inner, restrictions: restrictions)
                output += "</figcaption>\n"
            }
            output += "</figure>\n"
        case .div(let attributes, let blocks):
            output += "<div"
            AttributeFilter.append(attributes, id: attributes.id, to: &output)
            output += ">\n"
            render(blocks, depth: inner, restrictions: restrictions)
            output += "</div>\n"
        case .lineBlock(let lines):
            output += "<p class=\"line-block\">"
            for (index, line) in lines.enumerated() {
                if index > 0 { output += "<br/>\n" }
                render(line, depth: inner, restrictions: restrictions)
            }
            output += "</p>\n"
        case .rawBlock:
            break
        }
    }

    private mutating func renderHeading(_ heading: Heading, depth: Int, restrictions: Restrictions) {
        guard !restrictions.contains(.noHeadings) else {
            output += "<p"
            AttributeFilter.append(heading.attributes, id: heading.attributes.id, to: &output)
            output += "><strong>"
            render(heading.content, depth: depth, restrictions: restrictions)
            output += "</strong></p>\n"
            return
        }
        let tag = "h\(heading.level)"
        output += "<" + tag
        AttributeFilter.append(heading.attributes, id: heading.attributes.id, to: &output)
        output += ">"
        render(heading.content, depth: depth, restrictions: restrictions)
        output += "</" + tag + ">\n"
    }

    private mutating func renderList(_ list: List, depth: Int, restrictions: Restrictions) {
        if list.isOrdered {
            output += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
        } else {
            output += "<ul>\n"
        }
        for item in list.items {
            output += "<li>"
            if list.isTight, item.count == 1, case .paragraph(let content) = item[0] {
                render(content, depth: depth, restrictions: restrictions)
            } else {
                output += "\n"
                render(item, depth: depth, restrictions: restrictions)
            }
            output += "</li>\n"
        }
        output += list.isOrdered ? "</ol>\n" : "</ul>\n"
    }

    // MARK: - Notes

    /// Writes the chapter's notes, including notes inside notes, as footnote asides.
    mutating func renderNotes() {
        var index = 0
        while index < pendingNotes.count {
            let note = pendingNotes[index]
            index += 1
            output += "<aside epub:type=\"footnote\" id=\"fn-\(note.number)\" class=\"footnote\">\n"
            output += "<p class=\"footnote-number\">"
            output += note.hasReference ? "<a href=\"#fnref-\(note.number)\">\(note.number)</a>" : "\(note.number)"
            output += "</p>\n"
            render(note.blocks, depth: 1, restrictions: [])
            output += "</aside>\n"
        }
        pendingNotes.removeAll()
    }

    /// Numbers a note, queues its body and writes its reference.
    mutating func renderNoteReference(_ blocks: [Block], restrictions: Restrictions) {
        noteCount += 1
        let number = noteCount
        let isLinked = !restrictions.contains(.inLink)
        pendingNotes.append(PendingNote(number: number, blocks: blocks, hasReference: isLinked))
        if isLinked {
            output += "<sup><a epub:type=\"noteref\" href=\"#fn-\(number)\" id=\"fnref-\(number)\">\(number)</a></sup>"
        } else {
            output += "<sup>\(number)</sup>"
        }
    }
}
