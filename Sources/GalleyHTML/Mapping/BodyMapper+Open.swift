import GalleyCore

extension BodyMapper {
    /// Starts an HTML element: pushes a frame for it, emits it (leaves), or skips it.
    mutating func open(_ node: NodeID, _ element: HTMLDOM.Element) {
        let category = ElementCategory.of(element.name)
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
        let top = frames.count - 1
        let parentRole = frames[top].role
        let role: Role
        let fits: Bool
        switch category {
        case .paragraph:
            role = .paragraph
            fits = true
            if case .listItem = parentRole { markListLoose() }
        case .container, .definitionList:
            role = .container(containerAttributes(element, hidden: hidden))
            fits = blockLevel + 1 <= Self.levelLimit
        case .blockQuote, .definitionDescription:
            role = .blockQuote
            fits = blockLevel + 1 <= Self.levelLimit
        case .heading(let level):
            role = .heading(level: level, attributes: Attributes(id: element.attribute("id") ?? "", classes: element.classes))
            fits = blockLevel + 1 <= Self.levelLimit
        case .definitionTerm:
            role = .definitionTerm
            fits = blockLevel + 2 <= Self.levelLimit
        case .list(let ordered):
            let start = element.attribute("start").flatMap { Int($0.trimmingASCIIWhitespace) } ?? 1
            role = .list(isOrdered: ordered, start: start)
            fits = blockLevel + 3 <= Self.levelLimit
        case .listItem:
            if case .list = parentRole {
                collectStrayListContent(top)
                role = .listItem
                fits = true
            } else {
                role = .container(containerAttributes(element, hidden: hidden))
                fits = blockLevel + 1 <= Self.levelLimit
            }
        case .figure:
            role = .figure(Attributes(id: element.attribute("id") ?? "", classes: element.classes))
            fits = blockLevel + 2 <= Self.levelLimit
        case .figureCaption:
            if case .figure = parentRole { role = .figureCaption } else { role = .container(containerAttributes(element, hidden: hidden)) }
            fits = blockLevel + 1 <= Self.levelLimit
        case .table:
            if options.unwrapsLayoutTables, isLayoutTable(node, element) {
                var attributes = containerAttributes(element, hidden: hidden)
                attributes["layout"] = "true"
                role = .container(attributes)
                fits = blockLevel + 1 <= Self.levelLimit
            } else {
                role = .table(Attributes(id: element.attribute("id") ?? "", classes: element.classes))
                fits = blockLevel + 3 <= Self.levelLimit
            }
        case .tableSection:
            if case .table = parentRole {
                let section: Section = element.name == "thead" ? .head : element.name == "tfoot" ? .foot : .body
                push(.tableSection(section), node: node, hidden: hidden)
                return
            }
            role = .flattened
            fits = true
        case .tableRow:
            switch parentRole {
            case .table: push(.tableRow(.body), node: node, hidden: hidden); return
            case .tableSection(let section): push(.tableRow(section), node: node, hidden: hidden); return
            default: role = .flattened
            }
            fits = true
        case .tableCell:
            if case .tableRow = parentRole {
                push(.tableCell(cellTemplate(element)), node: node, hidden: hidden)
                return
            }
            role = .container(containerAttributes(element, hidden: hidden))
            fits = blockLevel + 1 <= Self.levelLimit
        case .tableCaption:
            if case .table = parentRole {
                push(.tableCaption, node: node, hidden: hidden)
                return
            }
            role = .container(containerAttributes(element, hidden: hidden))
            fits = blockLevel + 1 <= Self.levelLimit
        default:
            role = .flattened
            fits = true
        }
        breakFlow()
        if fits {
            let isContainer: Bool
            if case .container = role { isContainer = true } else { isContainer = false }
            push(role, node: node, hidden: hidden && !isContainer)
        } else {
            push(.flattened, node: node)
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
        if item > 0, case .list = frames[item - 1].role { frames[item - 1].isLoose = true }
    }

    /// Moves what stands in a list outside its items into an item (the last one, or a new one).
    mutating func collectStrayListContent(_ list: Int) {
        flushParagraph(list)
        guard !frames[list].blocks.isEmpty else { return }
        let stray = frames[list].blocks
        frames[list].blocks = []
        if frames[list].items.isEmpty {
            frames[list].items.append(stray)
        } else {
            frames[list].items[frames[list].items.count - 1].append(contentsOf: stray)
        }
    }

    // MARK: - Attributes

    /// A container's attributes: tag, id, classes and the pairs passes use.
    func containerAttributes(_ element: HTMLDOM.Element, hidden: Bool) -> Attributes {
        var pairs = [Attributes.Pair("tag", element.name)]
        for key in ["role", "itemprop", "itemtype", "lang", "dir"] {
            if let value = element.attribute(key), !value.isEmpty { pairs.append(.init(key, value)) }
        }
        if hidden { pairs.append(.init("hidden", "true")) }
        return Attributes(id: element.attribute("id") ?? "", classes: element.classes, pairs: pairs)
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
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !HTMLEncoding.isASCIIWhitespace($0) }),
            let last = bytes.lastIndex(where: { !HTMLEncoding.isASCIIWhitespace($0) })
        else { return "" }
        if first == 0, last == bytes.count - 1 { return self }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
