import GalleyCore

extension BodyMapper {
    /// Starts an HTML element: pushes a frame for it, emits it (leaves), or skips it.
    mutating func open(_ node: NodeID, _ element: HTMLDOM.Element) {
        let category = ElementCategory.of(element.name, tag: dom.nodes[Int(node)].tag)
        if category == .dropped || category == .tableColumns || category == .wordBreak { return }
        let hidden = dom.isHidden(element)
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
            if let href = dom.attribute("href", of: element), let url = resolver.resolve(href) {
                pushWrapper(.link(url: url, title: dom.attribute("title", of: element) ?? ""), node: node, level: inlineLevel,
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
            return .heading(level: level, attributes: identifierAndClasses(element))
        case .definitionTerm:
            return .definitionTerm
        case .list(let ordered):
            let start = dom.attribute("start", of: element).flatMap { Int($0.trimmingASCIIWhitespace) } ?? 1
            return .list(isOrdered: ordered, start: start)
        case .listItem:
            guard case .list = parentRole else { return .container(containerAttributes(element, hidden: hidden)) }
            collectStrayListContent(top)
            return .listItem
        case .figure:
            return .figure(identifierAndClasses(element))
        case .figureCaption:
            guard case .figure = parentRole else { return .container(containerAttributes(element, hidden: hidden)) }
            return .figureCaption
        case .table:
            guard options.unwrapsLayoutTables, isLayoutTable(node, element) else {
                return .table(identifierAndClasses(element))
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
        // Each found as the index of its slot; strings are made for the ones kept only.
        var id = -1
        var classes = -1
        var role = -1
        var itemprop = -1
        var itemtype = -1
        var lang = -1
        var dir = -1
        let store = dom.attributeStore
        for index in element.attributes.indices where store.slots[index].namespace == .none {
            let slot = store.slots[index]
            func isNamed(_ name: StaticString) -> Bool {
                store.withName(at: index) { ASCIISearch.hasPrefix($0, exactly: name) }
            }
            switch slot.nameEnd - slot.nameStart {
            case 2: if id < 0, isNamed("id") { id = index }
            case 3: if dir < 0, isNamed("dir") { dir = index }
            case 4:
                if role < 0, isNamed("role") {
                    role = index
                } else if lang < 0, isNamed("lang") {
                    lang = index
                }
            case 5: if classes < 0, isNamed("class") { classes = index }
            case 8:
                if itemprop < 0, isNamed("itemprop") {
                    itemprop = index
                } else if itemtype < 0, isNamed("itemtype") {
                    itemtype = index
                }
            default: break
            }
        }
        var pairs = [Attributes.Pair("tag", element.name)]
        /// Adds the pair for slot `index` when it is there and not empty.
        func add(_ key: String, _ index: Int) {
            guard index >= 0, store.slots[index].valueEnd > store.slots[index].valueStart else { return }
            pairs.append(.init(key, store.value(at: index)))
        }
        add("role", role)
        add("itemprop", itemprop)
        add("itemtype", itemtype)
        add("lang", lang)
        add("dir", dir)
        if hidden { pairs.append(.init("hidden", "true")) }
        return Attributes(
            id: id >= 0 ? store.value(at: id) : "",
            classes: classes >= 0 ? store.withValue(at: classes) { HTMLDOM.classes(in: $0) } : [], pairs: pairs)
    }

    /// The attributes of a heading, figure or table: its id and classes.
    func identifierAndClasses(_ element: HTMLDOM.Element) -> Attributes {
        Attributes(id: dom.attribute("id", of: element) ?? "", classes: dom.classes(of: element))
    }

    private func spanAttributes(_ element: HTMLDOM.Element, hidden: Bool) -> Attributes {
        var pairs = [Attributes.Pair("tag", element.name)]
        if element.name == "abbr" || element.name == "acronym", let title = dom.attribute("title", of: element) {
            pairs.append(.init("title", title))
        }
        if element.name == "time", let datetime = dom.attribute("datetime", of: element) {
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
