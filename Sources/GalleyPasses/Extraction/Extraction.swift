import GalleyCore

/// The state of one extraction: the tree and what each phase concluded about its nodes.
struct Extraction {
    /// jusText's block classes.
    enum Quality { case good, nearGood, short, bad }

    var tree: ContentTree
    let mode: ExtractMainContent.Mode
    var language = StopWords.english
    /// Per node: its quality (leaves) after smoothing.
    var quality: [Quality]
    /// Per node: hidden itself or inside a hidden container.
    var isHidden: [Bool]
    /// Per node: itself or an ancestor is a chrome container (weight −25 or less).
    var isInChrome: [Bool]
    /// Per container: how strongly its markup names it the article (``BoilerplatePatterns/articleTier(tag:attributes:names:)``), -1 when not.
    var articleTier: [Int]
    /// Per container: an id or class names a lead or standfirst.
    var namesLead: [Bool]
    /// Per container: an id or class (or itemprop) names comments.
    var namesComments: [Bool]
    /// Per container: a name says it wraps a page or its content ("page-wrapper", "container").
    var isWrapper: [Bool]
    /// Per node: itself or an ancestor is an image caption or credit.
    var isInCaption: [Bool]
    /// What each id and class seen so far says.
    var nameEvidence: [String: BoilerplatePatterns.NameEvidence] = [:]
    /// Per node: headings that are links (a teaser's headline), in itself and below.
    var linkedHeadings: [Int]
    /// Per node: descendant characters and link characters (containers; leaves their own).
    var characters: [Int]
    var linkCharacters: [Int]
    /// Per node: characters in descendant leaves classified good (after smoothing).
    var goodCharacters: [Int] = []
    /// Why a leaf was dropped, when it was; kept only when explaining.
    var reasons: [Int: String] = [:]
    /// The article region's first node and its ancestors, indexed by depth (filled by `assemble`).
    var firstNodeAncestors: [Int] = []
    /// Whether to record ``reasons``.
    var isExplaining = false

    /// Records why `leaf` was dropped, when explaining.
    mutating func explain(_ leaf: Int, _ reason: @autoclosure () -> String) {
        if isExplaining { reasons[leaf] = reason() }
    }

    init(document: Document, mode: ExtractMainContent.Mode) {
        tree = ContentTree(document.blocks)
        self.mode = mode
        let count = tree.nodes.count
        quality = Array(repeating: .bad, count: count)
        isHidden = Array(repeating: false, count: count)
        isInChrome = Array(repeating: false, count: count)
        articleTier = Array(repeating: -1, count: count)
        namesLead = Array(repeating: false, count: count)
        namesComments = Array(repeating: false, count: count)
        isInCaption = Array(repeating: false, count: count)
        isWrapper = Array(repeating: false, count: count)
        characters = Array(repeating: 0, count: count)
        linkedHeadings = Array(repeating: 0, count: count)
        linkCharacters = Array(repeating: 0, count: count)
        leafPosition = Array(repeating: -1, count: count)
        for (position, leaf) in tree.leaves.enumerated() { leafPosition[leaf] = position }
        if let language = StopWords.language(for: document.metadata.language) {
            self.language = language
            languageIsDeclared = true
        }
    }

    /// Whether the page declares a language extraction has stop words for.
    var languageIsDeclared = false
    /// Per node: its position among the leaves in reading order, or -1 for containers.
    var leafPosition: [Int]

    // MARK: - Phase 1: measure

    /// Detects the language when the page does not declare it, counts stop words per block,
    /// and sums characters and link characters into every container.
    mutating func measure() {
        if !languageIsDeclared {
            var sample = ""
            for leaf in tree.leaves where tree.nodes[leaf].features.linkDensity < 0.3 {
                sample += tree.nodes[leaf].features.text
                sample += " "
                if sample.utf8.count > 20_000 { break }
            }
            language = StopWords.detect(in: sample)
        }
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            if node.isContainer {
                // Pages repeat their class names; each is read once.
                var names: [BoilerplatePatterns.NameEvidence] = []
                for name in [node.attributes.id] + node.attributes.classes where !name.isEmpty {
                    if let known = nameEvidence[name] {
                        names.append(known)
                    } else {
                        let evidence = BoilerplatePatterns.NameEvidence(name)
                        nameEvidence[name] = evidence
                        names.append(evidence)
                    }
                }
                tree.nodes[index].weight = BoilerplatePatterns.weight(tag: node.tag, attributes: node.attributes, names: names)
                articleTier[index] = BoilerplatePatterns.articleTier(tag: node.tag, attributes: node.attributes, names: names) ?? -1
                namesLead[index] = names.contains(where: \.namesLead)
                namesComments[index] = names.contains(where: \.namesComments)
                    || (node.attributes["itemprop"]?.lowercased().contains("comment") ?? false)
                isInCaption[index] = node.tag == "figcaption" || names.contains(where: \.namesCaption)
                // A header or form wrapping the whole page is broken or framework markup.
                isWrapper[index] = !namesComments[index]
                    && (node.tag == "header" || node.tag == "form"
                        || (names.contains(where: \.namesWrapper) && !BoilerplatePatterns.negativeTags.contains(node.tag)))
            }
            let parentHidden = node.parent >= 0 && isHidden[node.parent]
            isHidden[index] = parentHidden || (node.isContainer && BoilerplatePatterns.isHidden(node.attributes))
            // A box named as the article's body is no chrome, whatever its wrappers are called
            // (Blogger puts each post in a "date-outer").
            let namesBody = articleTier[index] == 0 || articleTier[index] == 1
            isInChrome[index] = (node.parent >= 0 && isInChrome[node.parent] && !namesBody) || tree.nodes[index].weight <= -25
        }
        for leaf in tree.leaves {
            let text = tree.nodes[leaf].features.text
            tree.nodes[leaf].features.stopWords = StopWords.count(in: text, language: language)
            // Only lines under 120 characters can be chrome.
            tree.nodes[leaf].features.isChrome = tree.nodes[leaf].features.characters < 120 && PageChrome.isChrome(text)
        }
        // Sums into containers, children before parents: nodes are numbered in reading order,
        // so every child comes after its parent.
        for leaf in tree.leaves {
            let features = tree.nodes[leaf].features
            characters[leaf] = features.characters
            linkCharacters[leaf] = features.linkCharacters
            if features.kind == .heading && features.characters > 0 && features.linkDensity >= 0.8 { linkedHeadings[leaf] = 1 }
        }
        for index in tree.nodes.indices.reversed() where index > 0 {
            let parent = tree.nodes[index].parent
            characters[parent] += characters[index]
            linkCharacters[parent] += linkCharacters[index]
            linkedHeadings[parent] += linkedHeadings[index]
        }
        // A box that holds most of the page's prose is a page wrapper, whatever its name says
        // ("mmenuwrapper", "page-with-sidebar").
        let pageProse = characters[0] - linkCharacters[0]
        for index in tree.nodes.indices where index > 0 && tree.nodes[index].weight <= -25 && isWrapper[index] {
            if (characters[index] - linkCharacters[index]) * 10 > pageProse * 6 { tree.nodes[index].weight = 0 }
        }
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            let namesBody = articleTier[index] == 0 || articleTier[index] == 1
            isInChrome[index] = (parent >= 0 && isInChrome[parent] && !namesBody) || tree.nodes[index].weight <= -25
        }
        // A caption is a short box; a long one named so is a layout wrapper.
        for index in tree.nodes.indices {
            if isInCaption[index] && characters[index] > 600 { isInCaption[index] = false }
            let parent = tree.nodes[index].parent
            if parent >= 0 && isInCaption[parent] { isInCaption[index] = true }
        }
    }

    func linkDensity(_ index: Int) -> Double {
        characters[index] == 0 ? 0 : Double(linkCharacters[index]) / Double(characters[index])
    }

    // MARK: - Phase 2: classify

    /// jusText's thresholds, in characters and shares; `precision` and `recall` move them.
    var lengthLow: Int { mode == .recall ? 50 : 70 }
    var lengthHigh: Int { mode == .precision ? 250 : 200 }
    var maximumLinkDensity: Double { mode == .recall ? 0.3 : 0.3 }

    mutating func classify() {
        let prose = language.proseDensity
        for leaf in tree.leaves {
            let features = tree.nodes[leaf].features
            quality[leaf] = initialQuality(features, prose: prose)
        }
        smooth()
    }

    func initialQuality(_ features: BlockFeatures, prose: Double) -> Quality {
        let length = language.isCharacterBased ? features.characters * 3 : features.characters
        switch features.kind {
        case .code, .table, .figure, .quote:
            if features.linkDensity > 0.5 && features.characters > 0 { return .bad }
            return features.characters > 0 || features.hasImage ? .nearGood : .short
        case .heading, .rule:
            return .short
        case .list:
            if features.linkDensity > 0.5 { return .bad }
            if features.items > 0 && length / features.items < 20 && features.punctuation < features.items { return .short }
            return features.stopWordDensity >= prose * 0.8 && length > lengthLow ? .good : .nearGood
        case .paragraph, .other:
            break
        }
        if features.linkDensity > maximumLinkDensity { return .bad }
        if features.isChrome { return .bad }
        let density = features.stopWordDensity
        if length < lengthLow {
            return features.linkCharacters > 0 ? .bad : .short
        }
        if density >= prose + 0.02 {
            if length > lengthHigh { return .good }
            // A full sentence rich in function words is prose even when it is not long.
            let last = features.text.unicodeScalars.last(where: { !$0.properties.isWhitespace })
            let endsSentence = last.map { ".!?\"”»。！？)".unicodeScalars.contains($0) } ?? false
            if length >= lengthHigh * 7 / 10 && density >= prose + 0.1 && endsSentence { return .good }
            return .nearGood
        }
        if density >= prose - 0.05 { return .nearGood }
        // Sentences with little stop-word cover (lists of names, figures, other languages)
        // still read as prose when long and punctuated.
        if length > lengthHigh * 2 && features.punctuation >= 3 { return .nearGood }
        return .bad
    }

    /// jusText's context step: short and near-good blocks take the class of their neighbours.
    ///
    /// Unlike jusText, the page's edges count as neutral rather than bad, so an article made
    /// only of medium-length paragraphs is not lost.
    mutating func smooth() {
        // Blocks inside chrome containers (a related-links box in the middle of a story) do not
        // interrupt the article's run of prose.
        let leaves = tree.leaves.filter { leaf in
            var current = tree.nodes[leaf].parent
            while current > 0 {
                if tree.nodes[current].weight <= -25 || isHidden[current] { return false }
                current = tree.nodes[current].parent
            }
            return true
        }
        func neighbour(_ position: Int, step: Int) -> Quality {
            var index = position + step
            while index >= 0 && index < leaves.count {
                let q = quality[leaves[index]]
                if q == .good || q == .bad { return q }
                index += step
            }
            return .nearGood
        }
        var result = quality
        for (position, leaf) in leaves.enumerated() {
            switch quality[leaf] {
            case .short:
                let before = neighbour(position, step: -1)
                let after = neighbour(position, step: 1)
                if before == .good && after == .good { result[leaf] = .good }
                else if before != .good && after != .good { result[leaf] = .bad }
                else { result[leaf] = mode == .recall ? .good : .nearGood }
            case .nearGood:
                let before = neighbour(position, step: -1)
                let after = neighbour(position, step: 1)
                result[leaf] = (before == .bad && after == .bad) ? .bad : .good
            default: break
            }
        }
        quality = result
        goodCharacters = Array(repeating: 0, count: tree.nodes.count)
        for leaf in tree.leaves where quality[leaf] == .good {
            var current = leaf
            while current >= 0 {
                goodCharacters[current] += tree.nodes[leaf].features.characters
                current = tree.nodes[current].parent
            }
        }
    }
}
