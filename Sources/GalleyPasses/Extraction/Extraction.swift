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
    /// Per container: how strongly its markup names it the article
    /// (``BoilerplatePatterns/articleTier(tag:attributes:names:)``), -1 when not.
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
    /// Unicode's answers about the page's letters outside ASCII, for counting stop words.
    var letters = LetterFacts()
    /// A container's name evidence while ``readMarkup(of:)`` reads it, kept for its capacity.
    var nameScratch: [BoilerplatePatterns.NameEvidence] = []
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
        // Room for a name per container, which most pages do not exceed, so the table seldom grows.
        nameEvidence.reserveCapacity(min(count - tree.leaves.count, 1024))
        if let language = StopWords.language(for: document.metadata.language) {
            self.language = language
            languageIsDeclared = true
        }
    }

    /// Whether the page declares a language extraction has stop words for.
    var languageIsDeclared = false
    /// Per node: its position among the leaves in reading order, or -1 for containers.
    var leafPosition: [Int]

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
