import GalleyCore

extension Extraction {
    // MARK: - Phase 3: score

    /// Readability's scoring: each prose block scores 1 + its commas + up to 3 for its length,
    /// less its link share; its parent gets it whole, its grandparent half, older ancestors a
    /// third divided by their distance. Good blocks count double, bad ones not at all.
    mutating func score() {
        for leaf in tree.leaves where !isHidden[leaf] {
            let features = tree.nodes[leaf].features
            guard features.characters >= 25, quality[leaf] != .bad else { continue }
            switch features.kind {
            case .paragraph, .quote, .list, .code, .table, .other: break
            default: continue
            }
            let length = language.isCharacterBased ? features.characters * 3 : features.characters
            var points = 1 + Double(features.punctuation) + min(Double(length) / 100, 3)
            points *= 1 - features.linkDensity
            if quality[leaf] == .good { points *= 2 }
            tree.nodes[leaf].score = points
            var distance = 1
            var ancestor = tree.nodes[leaf].parent
            while ancestor >= 0 {
                let share = distance == 1 ? 1 : distance == 2 ? 0.5 : 1 / Double(distance * 3)
                tree.nodes[ancestor].score += points * share
                ancestor = tree.nodes[ancestor].parent
                distance += 1
            }
        }
    }

    /// A container's final score: its collected points plus its markup weight, less its link share.
    func finalScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        return (node.score + node.weight) * (1 - linkDensity(index))
    }

    // MARK: - Phase 4: select

    /// The nodes whose leaves make the article: the container the markup names as the article
    /// when there is a convincing one, else the best-scoring container and its worthy siblings.
    func select() -> [Int] {
        let scored = selectByScore()
        guard let (semantic, tier) = semanticContainer() else { return scored }
        let scoredCharacters = scored.reduce(0) { $0 + characters[$1] }
        // The markup's article wins unless it holds far less text than the scored region: a
        // named article body (tiers 0 and 1) is trusted down to a quarter, <article>/<main> to an
        // eighth (they often wrap the body with its comments and related links).
        let factor = tier <= 1 ? 4 : 8
        if characters[semantic] * factor >= scoredCharacters || scored.contains(where: { tree.contains(semantic, $0) }) {
            return tier <= 1 ? [semantic] : expanded([semantic])
        }
        return expanded(scored)
    }

    /// The container that the page's markup names as its article, if one holds enough text.
    ///
    /// Tiers, strongest first: `itemprop="articleBody"`; an id or class that names an article
    /// body (`entry-content`, `post-body`, `article-body`, …); the `<article>` with most text;
    /// `<main>` or `role="main"`. Within a tier, the candidate with most text wins.
    func semanticContainer() -> (container: Int, tier: Int)? {
        var tiers: [[Int]] = [[], [], [], []]
        for index in tree.nodes.indices where tree.nodes[index].isContainer && !isHidden[index] && index > 0 {
            // A named article body may be a link round-up; a generic container of links is a menu.
            let tier = articleTier[index]
            guard !isInChrome[index], tier >= 0,
                linkDensity(index) < (tier <= 1 ? 0.8 : 0.5)
            else { continue }
            // Named article bodies may be short; generic <article>/<main> must hold some text.
            let minimum = tier <= 1 ? 40 : 150
            if characters[index] >= (language.isCharacterBased ? minimum / 3 : minimum) { tiers[tier].append(index) }
        }
        for (rank, tier) in tiers.enumerated() {
            guard let largest = tier.max(by: { characters[$0] < characters[$1] }) else { continue }
            // On a page of several articles the page's own story comes first; a later one
            // wins only when it is more than twice as long.
            let first = tier.min() ?? largest
            return (characters[first] * 2 >= characters[largest] ? first : largest, rank)
        }
        return nil
    }

    /// The region grown upwards: up to three levels above its first node, sibling containers
    /// that are mostly good prose with little link text join it (an article split over several
    /// boxes). Chrome and hidden containers never join.
    func expanded(_ region: [Int]) -> [Int] {
        guard let first = region.first else { return region }
        var included = Set(region)
        var result = region
        var current = first
        for _ in 0..<3 {
            let parent = tree.nodes[current].parent
            guard parent > 0, !isInChrome[parent], !isHidden[parent] else { break }
            for sibling in tree.children(of: parent) where !included.contains(sibling) {
                guard !isInChrome[sibling], !isHidden[sibling], tree.nodes[sibling].isContainer else { continue }
                let good = goodCharacters[sibling]
                if good >= (language.isCharacterBased ? 40 : 120), good * 10 >= characters[sibling] * 4,
                    linkDensity(sibling) < 0.3
                {
                    included.insert(sibling)
                    result.append(sibling)
                }
            }
            current = parent
        }
        return result
    }

    /// Readability's choice: the best-scoring container and its worthy siblings.
    func selectByScore() -> [Int] {
        var best = 0
        var bestScore = -Double.infinity
        for index in tree.nodes.indices where tree.nodes[index].isContainer && !isHidden[index] {
            // Comments, sidebars and footers can hold more prose than the article; never pick them.
            // A container that collected no prose cannot win on its markup alone.
            guard characters[index] > 0, !isInChrome[index], tree.nodes[index].score > 0 else { continue }
            let score = finalScore(index)
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        // A container that holds little but its one scoring child hands the lead to its parent
        // when the parent gathers clearly more (Readability's climb to a shared parent).
        var candidate = best
        while tree.nodes[candidate].parent >= 0 {
            let parent = tree.nodes[candidate].parent
            guard !isHidden[parent], tree.nodes[parent].weight > -25 else { break }
            let parentScore = finalScore(parent)
            guard parentScore > finalScore(candidate) * 1.2 || (tree.children(of: parent).count == 1) else { break }
            candidate = parent
        }
        best = candidate
        guard best != 0, tree.nodes[best].parent >= 0 else { return [best] }
        // Siblings that score at least a fifth of the best, or read as prose, belong too.
        let threshold = max(10, finalScore(best) * 0.2)
        var region: [Int] = []
        for sibling in tree.children(of: tree.nodes[best].parent) where !isHidden[sibling] {
            if sibling == best { region.append(sibling); continue }
            let node = tree.nodes[sibling]
            if node.isContainer {
                if node.weight > -25 && finalScore(sibling) >= threshold { region.append(sibling) }
            } else if quality[sibling] == .good {
                region.append(sibling)
            } else if node.features.kind == .figure && node.features.linkDensity < 0.5 {
                region.append(sibling)
            }
        }
        return region
    }

    // MARK: - Phase 5: assemble

    /// The leaves under `region` that read as the article, in order.
    mutating func assemble(region: [Int]) -> [Int] {
        // Per node, the region node it lies in (itself included), or -1; parents come first.
        var regionRoot = Array(repeating: -1, count: tree.nodes.count)
        for index in region { regionRoot[index] = index }
        for index in tree.nodes.indices where regionRoot[index] < 0 {
            let parent = tree.nodes[index].parent
            if parent >= 0 { regionRoot[index] = regionRoot[parent] }
        }
        firstNodeAncestors = []
        if let first = region.first {
            firstNodeAncestors = Array(repeating: -1, count: tree.nodes[first].depth + 1)
            var current = first
            while current >= 0 {
                firstNodeAncestors[tree.nodes[current].depth] = current
                current = tree.nodes[current].parent
            }
        }
        var candidates: [Int] = []
        for leaf in tree.leaves {
            if isHidden[leaf] { explain(leaf, "hidden"); continue }
            let root = regionRoot[leaf]
            guard root >= 0 else {
                if isLeadParagraph(leaf, region: region) {
                    candidates.append(leaf)
                } else {
                    if isExplaining { reasons[leaf] = "outside the article (\(describe(outermostChrome(of: leaf))))" }
                }
                continue
            }
            if let chrome = chromeContainer(of: leaf, below: root), !isLeadParagraph(leaf, region: region) {
                if isExplaining { reasons[leaf] = "inside \(describe(chrome))" }
                continue
            }
            if let card = teaserCard(of: leaf, below: root) {
                if isExplaining { reasons[leaf] = "a teaser of another article (\(describe(card)))" }
                continue
            }
            candidates.append(leaf)
        }
        return keeping(candidates)
    }

    /// The candidates that stay: blocks first, then headings, which stay only when a kept
    /// block follows them before the next heading (a "Related" heading over a dropped link
    /// list goes with it).
    mutating func keeping(_ candidates: [Int]) -> [Int] {
        var keptFlags = Array(repeating: false, count: candidates.count)
        for (position, leaf) in candidates.enumerated() where tree.nodes[leaf].features.kind != .heading {
            keptFlags[position] = keeps(leaf, at: position, in: candidates)
        }
        for (position, leaf) in candidates.enumerated() where tree.nodes[leaf].features.kind == .heading {
            if tree.nodes[leaf].features.isChrome {
                explain(leaf, "a heading of page chrome")
                continue
            }
            var next = position + 1
            while next < candidates.count, next - position <= 4,
                tree.nodes[candidates[next]].features.kind != .heading
            {
                if keptFlags[next] && tree.nodes[candidates[next]].features.kind != .rule {
                    keptFlags[position] = true
                    break
                }
                next += 1
            }
            if !keptFlags[position] { explain(leaf, "a heading with no article text after it") }
        }
        return candidates.indices.filter { keptFlags[$0] }.map { candidates[$0] }
    }

    /// A standfirst: good prose of at least 80 characters just before the article or in a
    /// `<header>` inside it; in a box named as a lead ("summary", "intro", "teaser") or in a
    /// header, a sentence of 40. Publishing systems put the lead beside the body (an excerpt, a
    /// teaser, the article's header), often under names that otherwise mean chrome.
    func isLeadParagraph(_ leaf: Int, region: [Int]) -> Bool {
        let features = tree.nodes[leaf].features
        guard features.kind == .paragraph, quality[leaf] != .bad, features.characters >= 40,
            features.linkDensity < 0.2, !isHidden[leaf], let first = region.first
        else { return false }
        // Chrome around it only counts when it names a lead or is a header; the walk stops at
        // the article or at the first box that holds the article too.
        var namedLead = false
        var current = tree.nodes[leaf].parent
        var inside = false
        while current > 0 {
            if region.contains(current) { inside = true; break }
            if holdsRegionStart(current, first: first) { break }
            let isHeader = tree.nodes[current].tag == "header"
            if namesLead[current] || isHeader { namedLead = true }
            if tree.nodes[current].weight <= -25 && !isHeader && !namesLead[current] { return false }
            current = tree.nodes[current].parent
        }
        if features.characters < 80 {
            guard namedLead, quality[leaf] == .good || endsSentence(features.text),
                !PageFacts.isCreditOrDateLine(features.text)
            else { return false }
        }
        if inside { return true }
        // Outside the article: it must come shortly before it, under a near ancestor.
        // Nodes are numbered in reading order, so the article's first leaf is the first leaf
        // numbered after its first node.
        let position = leafPosition[leaf]
        let nearby = tree.leaves[(position + 1)..<min(tree.leaves.count, position + 9)]
        guard first > leaf, let firstLeaf = nearby.first(where: { $0 > first }), tree.contains(first, firstLeaf)
        else { return false }
        var ancestor = tree.nodes[first].parent
        for _ in 0..<3 where ancestor > 0 {
            if ancestor == current { return true }
            ancestor = tree.nodes[ancestor].parent
        }
        return false
    }

    /// Whether `container` holds the region's first node `first`, in constant time: the
    /// ancestors of `first` are listed by depth in ``firstNodeAncestors``.
    func holdsRegionStart(_ container: Int, first: Int) -> Bool {
        let depth = tree.nodes[container].depth
        return container <= first && depth < firstNodeAncestors.count && firstNodeAncestors[depth] == container
    }

    /// Whether the text's last visible character closes a sentence.
    func endsSentence(_ text: String) -> Bool {
        let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace })
        return last.map { ".!?\"”»。！？)".unicodeScalars.contains($0) } ?? false
    }

    /// Whether a leaf inside the article stays.
    mutating func keeps(_ leaf: Int, at position: Int, in candidates: [Int]) -> Bool {
        let features = tree.nodes[leaf].features
        switch features.kind {
        case .heading:
            return true  // decided in keeping(_:), once the blocks after it are known
        case .rule:
            return false
        case .figure:
            if features.linkDensity > 0.5 && features.characters > 0 { explain(leaf, "a linked image"); return false }
            return true
        default:
            break
        }
        // Inside the article, only links and chrome are dropped; prose quality decides only in
        // precision mode, since addresses, agendas and recipes are content that is not prose.
        // Captions describe a picture the text does not carry.
        if mode != .recall && isInCaption[leaf] && features.characters < 150 {
            explain(leaf, "an image caption")
            return false
        }
        // Neighbours can make a credit read as prose; it still is none.
        if mode != .recall && features.kind == .paragraph && features.characters <= 120
            && PageFacts.isCreditOrDateLine(features.text)
        {
            explain(leaf, "a date stamp or photo credit")
            return false
        }
        if quality[leaf] == .good { return true }
        // A list of long linked items (a round-up of headlines with comment) is content; a
        // menu's items are short.
        let isRoundUp = features.kind == .list && features.items > 0 && features.characters / features.items >= 60
            && features.linkDensity < 0.9
        if !isRoundUp && (features.linkDensity > 0.5 || (features.linkDensity > maximumLinkDensity && features.characters < 200)) {
            explain(leaf, "mostly links (\(Int(features.linkDensity * 100))% link text)")
            return false
        }
        if features.isChrome { explain(leaf, "page chrome"); return false }
        if mode == .precision && quality[leaf] != .nearGood {
            if isExplaining { reasons[leaf] = quality[leaf] == .short ? "too short to tell" : "does not read as prose" }
            return false
        }
        return true
    }

    /// The nearest container between `leaf` and `root` whose markup says chrome, unless it
    /// holds most of the article's text (then the markup misleads); comments are never the
    /// article, however long.
    func chromeContainer(of leaf: Int, below root: Int) -> Int? {
        var current = tree.nodes[leaf].parent
        while current >= 0 && current != root {
            if tree.nodes[current].weight <= -25
                && (characters[current] * 2 < characters[root] || namesComments[current] || isPageChrome(current))
            {
                return current
            }
            current = tree.nodes[current].parent
        }
        return nil
    }

    /// Whether the element is the page's navigation, banner or footer by its tag or role, which
    /// no amount of text makes the article.
    func isPageChrome(_ index: Int) -> Bool {
        switch tree.nodes[index].tag {
        case "nav", "header", "footer": return true
        default: break
        }
        switch tree.nodes[index].attributes["role"]?.lowercased() {
        case "navigation", "banner", "contentinfo": return true
        default: return false
        }
    }

    /// The outermost box between `leaf` and `root` that reads as a teaser of another article:
    /// short, with a linked headline, and a small part of the article.
    func teaserCard(of leaf: Int, below root: Int) -> Int? {
        // On a page where no container won, the boxes are all the structure there is.
        guard root > 0 else { return nil }
        var found: Int?
        var current = tree.nodes[leaf].parent
        while current >= 0 && current != root {
            if linkedHeadings[current] > 0 && characters[current] < 600 && characters[current] * 4 < characters[root] {
                found = current
            }
            current = tree.nodes[current].parent
        }
        return found
    }

    func outermostChrome(of leaf: Int) -> Int {
        var found = tree.nodes[leaf].parent
        var current = found
        while current > 0 {
            if tree.nodes[current].weight < 0 { found = current }
            current = tree.nodes[current].parent
        }
        return found
    }

    func describe(_ index: Int) -> String {
        guard index > 0 else { return "page" }
        let node = tree.nodes[index]
        var text = "<\(node.tag)"
        if !node.attributes.id.isEmpty { text += " id=\"\(node.attributes.id)\"" }
        if !node.attributes.classes.isEmpty { text += " class=\"\(node.attributes.classes.joined(separator: " "))\"" }
        if let role = node.attributes["role"] { text += " role=\"\(role)\"" }
        return text + ">"
    }

    // MARK: - Fallback

    /// Whether the container result lost the article: little text, or far less than the
    /// page's good prose.
    func isTooThin(_ kept: [Int]) -> Bool {
        let keptCharacters = kept.reduce(0) { $0 + tree.nodes[$1].features.characters }
        var goodCharacters = 0
        for leaf in tree.leaves where quality[leaf] == .good && !isHidden[leaf] {
            goodCharacters += tree.nodes[leaf].features.characters
        }
        let minimum = language.isCharacterBased ? 80 : 250
        // A short article is fine when the page has no more prose elsewhere.
        return keptCharacters == 0 || (keptCharacters < minimum && keptCharacters * 2 < goodCharacters)
    }

    /// jusText alone: every good block of the page, no containers.
    mutating func assembleByClassification() -> [Int] {
        reasons = [:]
        var candidates: [Int] = []
        for leaf in tree.leaves {
            if isHidden[leaf] {
                explain(leaf, "hidden")
            } else if let chrome = chromeContainer(of: leaf, below: 0) {
                if isExplaining { reasons[leaf] = "inside \(describe(chrome))" }
            } else {
                candidates.append(leaf)
            }
        }
        var eligible: [Int] = []
        for leaf in candidates {
            if quality[leaf] == .good || tree.nodes[leaf].features.kind == .heading {
                eligible.append(leaf)
            } else {
                if isExplaining {
                    reasons[leaf] = quality[leaf] == .bad ? "does not read as prose" : "not between article paragraphs"
                }
            }
        }
        return keeping(eligible)
    }

    /// The dropped leaves with their reasons, in reading order.
    func explanations(kept: [Int]) -> [(Int, String)] {
        let keptSet = Set(kept)
        return tree.leaves.compactMap { leaf in
            guard !keptSet.contains(leaf), !tree.nodes[leaf].features.text.isEmpty else { return nil }
            return (leaf, reasons[leaf] ?? "not part of the article")
        }
    }
}
