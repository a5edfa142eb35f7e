import GalleyCore

// HTML for CommonMark tables (raw HTML allowed): CommonMark reads no Markdown inside an HTML
// block, so the cells' inlines are written as HTML here.

extension MarkdownRenderer {
    mutating func writeHTMLTable(_ table: Table, _ grid: Grid) {
        var lines: [[UInt8]] = [Array("<table>".utf8)]
        let sections: [(tag: String, rows: [Table.Row])] = [("thead", table.head), ("tbody", table.body), ("tfoot", table.foot)]
        for section in sections where !section.rows.isEmpty {
            lines.append(Array("<\(section.tag)>".utf8))
            for row in section.rows {
                var line = Array("<tr>".utf8)
                for cell in row.cells {
                    let tag = cell.isHeader || section.tag == "thead" ? "th" : "td"
                    line += "<\(tag)".utf8
                    if cell.columnSpan > 1 { line += " colspan=\"\(min(cell.columnSpan, Self.largestSpan))\"".utf8 }
                    if cell.rowSpan > 1 { line += " rowspan=\"\(min(cell.rowSpan, Self.largestSpan))\"".utf8 }
                    if cell.alignment != .default { line += " style=\"text-align: \(cell.alignment.rawValue)\"".utf8 }
                    line += ">".utf8
                    appendHTML(cellInlines(cell.blocks), to: &line)
                    line += "</\(tag)>".utf8
                }
                line += "</tr>".utf8
                lines.append(line)
            }
            lines.append(Array("</\(section.tag)>".utf8))
        }
        lines.append(Array("</table>".utf8))
        for line in lines {
            startLine()
            out.append(contentsOf: line)
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends inlines as HTML.
    mutating func appendHTML(_ inlines: [Inline], to html: inout [UInt8]) {
        for inline in inlines {
            switch inline {
            case .text(let text): Self.appendEscapedHTML(text, to: &html)
            case .softBreak: html.append(0x20)
            case .lineBreak: html += "<br>".utf8
            case .emphasis(let content): appendHTMLElement("em", content, to: &html)
            case .strong(let content): appendHTMLElement("strong", content, to: &html)
            case .strikeout(let content): appendHTMLElement("del", content, to: &html)
            case .superscript(let content): appendHTMLElement("sup", content, to: &html)
            case .subscript(let content): appendHTMLElement("sub", content, to: &html)
            case .span(_, let content): appendHTML(content, to: &html)
            case .code(let text):
                html += "<code>".utf8
                Self.appendEscapedHTML(text, to: &html)
                html += "</code>".utf8
            case .link(let link):
                html += "<a href=\"".utf8
                Self.appendEscapedHTML(link.url, to: &html)
                html += "\"".utf8
                if !link.title.isEmpty {
                    html += " title=\"".utf8
                    Self.appendEscapedHTML(link.title, to: &html)
                    html += "\"".utf8
                }
                html += ">".utf8
                appendHTML(link.content, to: &html)
                html += "</a>".utf8
            case .image(let image):
                html += "<img src=\"".utf8
                Self.appendEscapedHTML(image.source, to: &html)
                html += "\" alt=\"".utf8
                Self.appendEscapedHTML(image.alt, to: &html)
                html += "\"".utf8
                if !image.title.isEmpty {
                    html += " title=\"".utf8
                    Self.appendEscapedHTML(image.title, to: &html)
                    html += "\"".utf8
                }
                html += ">".utf8
            case .note(let blocks):
                notes.append(blocks)
                html += "<sup>\(notes.count)</sup>".utf8
            case .rawInline(_, let text): html += text.utf8
            }
        }
    }

    private mutating func appendHTMLElement(_ tag: String, _ content: [Inline], to html: inout [UInt8]) {
        html += "<\(tag)>".utf8
        appendHTML(content, to: &html)
        html += "</\(tag)>".utf8
    }

    /// Escapes `&`, `<`, `>` and `"`; line ends become spaces (an HTML block ends at a blank line).
    static func appendEscapedHTML(_ text: String, to html: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;".utf8
            case UInt8(ascii: "<"): html += "&lt;".utf8
            case UInt8(ascii: ">"): html += "&gt;".utf8
            case UInt8(ascii: "\""): html += "&quot;".utf8
            case 0x0A, 0x0D: html.append(0x20)
            default: html.append(byte)
            }
        }
    }
}
