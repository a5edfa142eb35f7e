import GalleyCore

/// A stable, line-per-node dump of a document, for comparing trees in tests.
public enum TreeDump {
    /// One line per node, indented by depth: `paragraph`, `  text "Hello"`, …
    public static func dump(_ document: Document) -> [String] {
        var lines: [String] = []
        dump(document.blocks, indent: 0, into: &lines)
        return lines
    }

    static func dump(_ blocks: [Block], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: indent)
        for block in blocks {
            switch block {
            case .heading(let heading): lines.append("\(pad)heading \(heading.level)")
            case .list(let list):
                lines.append("\(pad)list ordered=\(list.isOrdered) start=\(list.start) tight=\(list.isTight)")
            case .codeBlock(let code): lines.append("\(pad)codeBlock \(code.language) \(code.text.debugDescription)")
            case .rawBlock(let format, let text): lines.append("\(pad)rawBlock \(format) \(text.debugDescription)")
            default: lines.append("\(pad)\(String(describing: block).prefix(while: { $0 != "(" }))")
            }
            block.forEachChildList(
                blocks: { dump($0, indent: indent + 1, into: &lines) },
                inlines: { dump($0, indent: indent + 1, into: &lines) })
        }
    }

    static func dump(_ inlines: [Inline], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: indent)
        for inline in inlines {
            switch inline {
            case .text(let text): lines.append("\(pad)text \(text.debugDescription)")
            case .code(let text): lines.append("\(pad)code \(text.debugDescription)")
            case .link(let link): lines.append("\(pad)link \(link.url.debugDescription)")
            case .image(let image): lines.append("\(pad)image \(image.source.debugDescription)")
            default: lines.append("\(pad)\(String(describing: inline).prefix(while: { $0 != "(" }))")
            }
            inline.forEachChildList(
                inlines: { dump($0, indent: indent + 1, into: &lines) },
                blocks: { dump($0, indent: indent + 1, into: &lines) })
        }
    }

    /// The first line where two dumps differ, as "line N: expected … got …", or `nil`.
    public static func firstDifference(_ expected: Document, _ actual: Document) -> String? {
        let a = dump(expected)
        let b = dump(actual)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<end>"
            let right = index < b.count ? b[index] : "<end>"
            if left != right { return "node \(index + 1): expected \(left) got \(right)" }
        }
        return expected.metadata == actual.metadata ? nil : "metadata differs"
    }
}
