// The `toc` pass.

import GalleyCore

/// Inserts a table of contents at the top: a div with class `toc` holding a nested list of links
/// to the headings.
///
/// Headings at the top level and inside divs (sections) count; headings inside quotes, lists,
/// tables and notes do not. Headings deeper than ``Options/depth`` are left out. A heading without
/// an id gets a unique slug (``HeadingSlugger``). Levels that skip (h2 then h4) nest one step.
/// Nothing is inserted when no heading qualifies. The list's entries are the headings' text
/// without notes, links or images.
public struct InsertTableOfContents: Pass {
    /// `toc`.
    public static let name = "toc"

    /// What the table covers.
    public struct Options: Sendable, Hashable, Codable {
        /// The deepest heading level listed (1–6). Default 3.
        public var depth = 3
        /// A title shown above the list as a paragraph in bold, or empty for none. Default empty.
        public var title = ""

        /// The defaults.
        public init() {}
    }

    /// The pass's options.
    public var options: Options

    /// Creates the pass.
    public init(options: Options = Options()) {
        self.options = options
    }

    struct Entry {
        var level: Int
        var id: String
        var content: [Inline]
    }

    /// Inserts the table.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var slugger = HeadingSlugger(taken: HeadingSlugger.ids(in: document))
        var entries: [Entry] = []
        var result = document
        result.blocks = assignIDs(document.blocks, slugger: &slugger, entries: &entries)
        guard !entries.isEmpty else { return document }
        var toc: [Block] = []
        if !options.title.isEmpty { toc.append(.paragraph([.strong([.text(options.title)])])) }
        var position = 0
        toc.append(Self.list(entries, from: &position, parentLevel: 0))
        result.blocks.insert(.div(Attributes(classes: ["toc"]), toc), at: 0)
        return result
    }

    /// Gives headings ids and records the entries, in reading order.
    func assignIDs(_ blocks: [Block], slugger: inout HeadingSlugger, entries: inout [Entry]) -> [Block] {
        blocks.map { block in
            switch block {
            case .heading(var heading) where heading.level <= options.depth:
                if heading.attributes.id.isEmpty {
                    heading.attributes.id = slugger.slug(for: heading.content.plainText)
                }
                entries.append(Entry(level: heading.level, id: heading.attributes.id, content: Self.entryText(heading.content)))
                return .heading(heading)
            case .div(let attributes, let body):
                return .div(attributes, assignIDs(body, slugger: &slugger, entries: &entries))
            default:
                return block
            }
        }
    }

    /// Builds the list for the entries from `position` that are deeper than `parentLevel`.
    ///
    /// The list's level is its first entry's; a shallower entry joins it as a sibling, a deeper
    /// one opens a sublist in the previous item. Recursion depth is at most six, since each
    /// sublist is deeper than its parent.
    static func list(_ entries: [Entry], from position: inout Int, parentLevel: Int) -> Block {
        let level = entries[position].level
        var items: [[Block]] = []
        while position < entries.count, entries[position].level > parentLevel {
            let entry = entries[position]
            if entry.level > level, !items.isEmpty {
                items[items.count - 1].append(list(entries, from: &position, parentLevel: level))
                continue
            }
            position += 1
            items.append([.paragraph([.link(Link(url: "#" + entry.id, content: entry.content))])])
        }
        return .list(List(isOrdered: false, isTight: true, items: items))
    }

    /// Heading content fit for a link: no notes, links, images, raw markup or ids.
    static func entryText(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .note, .image, .rawInline: continue
            case .link(let link): result.append(contentsOf: entryText(link.content))
            case .span(_, let content): result.append(contentsOf: entryText(content))
            default: result.append(inline.mappingChildren(inlines: entryText, blocks: { $0 }))
            }
        }
        return result
    }

    /// The registry entry: `toc` or `toc=DEPTH`.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Insert a table of contents linking to the headings (toc=DEPTH, default 3).",
        argument: "DEPTH"
    ) { argument, _ in
        var options = Options()
        if let argument, !argument.isEmpty {
            guard let depth = Int(argument), (1...6).contains(depth) else {
                throw GalleyError(
                    .usage, code: "toc.invalid-argument", message: "toc takes a depth from 1 to 6, not '\(argument)'",
                    hint: "write --pass toc=3")
            }
            options.depth = depth
        }
        return InsertTableOfContents(options: options)
    }
}
