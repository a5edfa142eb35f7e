import GalleyCore

extension BodyMapper {
    /// Starts an HTML element: pushes a frame for it, emits it (leaves), or skips it.
    mutating func open(_ node: NodeID, _ element: HTMLDOM.Element) {
        let category = ElementCategory.of(element.name, tag: dom.nodes[Int(node)].tag)
        if category == .dropped || category == .tableColumns || category == .wordBreak { return }
        let hidden = element.isHidden
        if hidden, !options.keepsHidden { return }
        let top = frames.count - 1
        if frames[top].isTableStructure, !fitsTableStructure(category, parent: frames[top].role) {
            pushImplicit(around: node)
            return
        }
        let flow = frames[top].flow
        if category.isBlock, frames[flow].isInlineOnly {
            frames[flow].pendingSpace = true
            if category != .horizontalRule { push(.spacedTransparent, node: node) }
            return
        }
        let blockLevel = frames[top].blockLevel
        let inlineLevel = frames[top].inlineLevel
        switch category {
        case .transparent, .picture:
            if hidden {
                pushWrapper(.span(Self.hiddenAttributes(for: node, in: dom)), node: node, level: inlineLevel)
            } else {
                push(.transparent, node: node)
            }
        case .emphasis: pushWrapper(.emphasis, node: node, level: inlineLevel, hidden: hidden)
        case .strong: pushWrapper(.strong, node: node, level: inlineLevel, hidden: hidden)
        case .strikeout: pushWrapper(.strikeout, node: node, level: inlineLevel, hidden: hidden)
        case .superscript: pushWrapper(.superscript, node: node, level: inlineLevel, hidden: hidden)
        case .subscript: pushWrapper(.subscript, node: node, level: inlineLevel, hidden: hidden)
        case .semanticSpan:
            pushWrapper(.span(spanAttributes(element, hidden: hidden)), node: node, level: inlineLevel)
        case .link:
            if let href = element.attribute("href"), let url = resolver.resolve(href) {
                pushWrapper(.link(url: url, title: element.attribute("title") ?? ""), node: node, level: inlineLevel,
                            hidden: hidden)
            } else {
                push(.transparent, node: node, hidden: false)
            }
        case .quotation:
            let depth = quotationDepth
            quotationDepth += 1
            appendLiteral(depth % 2 == 0 ? "\u{201C}" : "\u{2018}")
            push(.quotation(closing: depth % 2 == 0 ? "\u{201D}" : "\u{2019}"), node: node)
        case .code:
            emitCode(node, hidden: hidden)
        case .image:
            emitImage(node, element, hidden: hidden)
        case .lineBreak:
            emitInline(.lineBreak)
        case .horizontalRule:
            emitBlock(hidden ? .div(Self.hiddenAttributes(for: node, in: dom), [.horizontalRule]) : .horizontalRule)
        case .preformatted:
            emitPreformatted(node, element, hidden: hidden)
        case .noscript:
            push(.transparent, node: node)
            frames[frames.count - 1].isInNoscript = true
            if previousImageWasLazy(before: node) { frames[frames.count - 1].dropsImages = true }
        default:
            openBlock(node, element, category: category, hidden: hidden, blockLevel: blockLevel)
        }
    }

    /// Starts a block element (the categories whose ``ElementCategory/isBlock`` holds).
    private mutating func openBlock(
        _ node: NodeID, _ element: HTMLDOM.Element, category: ElementCategory, hidden: Bool, blockLevel: Int
    ) {
        if pushTablePart(node, element, category: category, hidden: hidden) { return }
        let role = blockRole(node, element, category: category, hidden: hidden)
        breakFlow()
        if blockLevel + role.levelsBelow <= Self.levelLimit {
            let isContainer: Bool
            if case .container = role { isContainer = true } else { isContainer = false }
            push(role, node: node, hidden: hidden && !isContainer)
        } else {
            push(.flattened, node: node)
        }
    }

    /// Pushes a section, row, cell or caption of the data table open below; `false` when the
    /// element is not one or the frame below is not its table part.
    private mutating func pushTablePart(
        _ node: NodeID, _ element: HTMLDOM.Element, category: ElementCategory, hidden: Bool
    ) -> Bool {
        let role: Role
        switch (category, frames[frames.count - 1].role) {
        case (.tableSection, .table):
            role = .tableSection(element.name == "thead" ? .head : element.name == "tfoot" ? .foot : .body)
        case (.tableRow, .table): role = .tableRow(.body)
        case (.tableRow, .tableSection(let section)): role = .tableRow(section)
        case (.tableCell, .tableRow): role = .tableCell(cellTemplate(element))
        case (.tableCaption, .table): role = .tableCaption
        default: return false
        }
        push(role, node: node, hidden: hidden)
        return true
    }

    /// What a block element becomes outside table structure.
    private mutating func blockRole(
        _ node: NodeID, _ element: HTMLDOM.Element, category: ElementCategory, hidden: Bool
    ) -> Role {
        let top = frames.count - 1
        let parentRole = frames[top].role
        switch category {
        case .paragraph:
            if case .listItem = parentRole { markListLoose() }
            return .paragraph
        case .blockQuote, .definitionDescription:
            return .blockQuote
        case .heading(let level):
            return .heading(level: level, attributes: Attributes(id: element.attribute("id") ?? "", classes: element.classes))
        case .definitionTerm:
            return .definitionTerm
        case .list(let ordered):
            let start = element.attribute("start").flatMap { Int($0.trimmingASCIIWhitespace) } ?? 1
            return .list(isOrdered: ordered, start: start)
        case .listItem:
            guard case .list = parentRole else { return .container(containerAttributes(element, hidden: hidden)) }
            collectStrayListContent(top)
            return .listItem
        case .figure:
            return .figure(Attributes(id: element.attribute("id") ?? "", classes: element.classes))
        case .figureCaption:
            guard case .figure = parentRole else { return .container(containerAttributes(element, hidden: hidden)) }
            return .figureCaption
        case .table:
            guard options.unwrapsLayoutTables, isLayoutTable(node, element) else {
                return .table(Attributes(id: element.attribute("id") ?? "", classes: element.classes))
            }
            var attributes = containerAttributes(element, hidden: hidden)
            attributes["layout"] = "true"
            return .container(attributes)
        case .container, .definitionList, .tableCell, .tableCaption:
            // Cells and captions outside a data table (layout tables) are containers too.
            return .container(containerAttributes(element, hidden: hidden))
        default:
            // Rows and sections of layout tables, and anything else block-level.
            return .flattened
        }
    }

    /// Pushes an inline wrapper, or a transparent frame past the depth limit.
    private mutating func pushWrapper(_ wrapper: Wrapper, node: NodeID, level: Int, hidden: Bool = false) {
        if level <= Self.levelLimit {
            push(.wrapper(wrapper), node: node, hidden: hidden)
        } else {
            push(.transparent, node: node)
        }
    }

    private func fitsTableStructure(_ category: ElementCategory, parent: Role) -> Bool {
        switch (parent, category) {
        case (.table, .tableSection), (.table, .tableRow), (.table, .tableCaption), (.table, .tableColumns),
            (.tableSection, .tableRow), (.tableRow, .tableCell):
            return true
        default:
            return false
        }
    }

    private mutating func markListLoose() {
        let item = frames.count - 1
        if item > 0, case .list = frames[item - 1].role { collected(item - 1).isLoose = true }
    }

    /// Moves what stands in a list outside its items into an item (the last one, or a new one).
    mutating func collectStrayListContent(_ list: Int) {
        flushParagraph(list)
        guard !frames[list].blocks.isEmpty else { return }
        let stray = frames[list].blocks
        frames[list].blocks = []
        let items = collected(list)
        if items.items.isEmpty {
            items.items.append(stray)
        } else {
            items.items[items.items.count - 1].append(contentsOf: stray)
        }
    }

    // MARK: - Attributes

    /// A container's attributes: tag, id, classes and the pairs passes use.
    func containerAttributes(_ element: HTMLDOM.Element, hidden: Bool) -> Attributes {
        // One pass over the attributes, told apart by length before they are compared; the pairs
        // are written in the order role, itemprop, itemtype, lang, dir.
        var id: String?
        var classes: String?
        var role: String?
        var itemprop: String?
        var itemtype: String?
        var lang: String?
        var dir: String?
        for attribute in element.attributes where attribute.namespace == nil {
            let name = attribute.name
            switch name.utf8.count {
            case 2: if id == nil, name == "id" { id = attribute.value }
            case 3: if dir == nil, name == "dir" { dir = attribute.value }
            case 4:
                if role == nil, name == "role" {
                    role = attribute.value
                } else if lang == nil, name == "lang" {
                    lang = attribute.value
                }
            case 5: if classes == nil, name == "class" { classes = attribute.value }
            case 8:
                if itemprop == nil, name == "itemprop" {
                    itemprop = attribute.value
                } else if itemtype == nil, name == "itemtype" {
                    itemtype = attribute.value
                }
            default: break
            }
        }
        var pairs = [Attributes.Pair("tag", element.name)]
        if let role, !role.isEmpty { pairs.append(.init("role", role)) }
        if let itemprop, !itemprop.isEmpty { pairs.append(.init("itemprop", itemprop)) }
        if let itemtype, !itemtype.isEmpty { pairs.append(.init("itemtype", itemtype)) }
        if let lang, !lang.isEmpty { pairs.append(.init("lang", lang)) }
        if let dir, !dir.isEmpty { pairs.append(.init("dir", dir)) }
        if hidden { pairs.append(.init("hidden", "true")) }
        return Attributes(id: id ?? "", classes: classes.map(HTMLDOM.Element.classes(in:)) ?? [], pairs: pairs)
    }

    private func spanAttributes(_ element: HTMLDOM.Element, hidden: Bool) -> Attributes {
        var pairs = [Attributes.Pair("tag", element.name)]
        if element.name == "abbr" || element.name == "acronym", let title = element.attribute("title") {
            pairs.append(.init("title", title))
        }
        if element.name == "time", let datetime = element.attribute("datetime") {
            pairs.append(.init("datetime", datetime))
        }
        if hidden { pairs.append(.init("hidden", "true")) }
        return Attributes(pairs: pairs)
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    var trimmingASCIIWhitespace: String {
        var text = self
        let trimmed: String? = text.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            while start < end, HTMLEncoding.isASCIIWhitespace(bytes[start]) { start += 1 }
            while end > start, HTMLEncoding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            if start == 0, end == bytes.count { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return trimmed ?? self
    }
}
