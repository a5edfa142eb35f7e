import GalleyCore

extension Extraction {
    // MARK: - Phase 1: measure

    /// Detects the language when the page does not declare it, reads every container's markup,
    /// counts stop words and chrome phrases per block, and sums characters and link characters
    /// into every container.
    mutating func measure() {
        if !languageIsDeclared { detectLanguage() }
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            let hidesItself = tree.nodes[index].isContainer && readMarkup(of: index)
            isHidden[index] = (parent >= 0 && isHidden[parent]) || hidesItself
        }
        for leaf in tree.leaves {
            let text = tree.nodes[leaf].features.text
            tree.nodes[leaf].features.stopWords = StopWords.count(in: text, language: language, letters: &letters)
            // Only lines under 120 characters can be chrome.
            tree.nodes[leaf].features.isChrome = tree.nodes[leaf].features.characters < 120 && PageChrome.isChrome(text)
            let features = tree.nodes[leaf].features
            characters[leaf] = features.characters
            linkCharacters[leaf] = features.linkCharacters
            if features.kind == .heading && features.characters > 0 && features.linkDensity >= 0.8 { linkedHeadings[leaf] = 1 }
        }
        // Sums into containers, children before parents: nodes are numbered in reading order,
        // so every child comes after its parent.
        for index in tree.nodes.indices.reversed() where index > 0 {
            let parent = tree.nodes[index].parent
            characters[parent] += characters[index]
            linkCharacters[parent] += linkCharacters[index]
            linkedHeadings[parent] += linkedHeadings[index]
        }
        settleChrome()
    }

    /// Picks the language from about 20 000 bytes of the page's running text (blocks shared,
    /// not copied).
    mutating func detectLanguage() {
        var sample: [String] = []
        var sampleBytes = 0
        for leaf in tree.leaves where tree.nodes[leaf].features.linkDensity < 0.3 {
            sample.append(tree.nodes[leaf].features.text)
            sampleBytes += tree.nodes[leaf].features.text.utf8.count + 1
            if sampleBytes > 20_000 { break }
        }
        language = StopWords.detect(in: sample, letters: &letters)
    }

    /// What a container's tag, id, classes, role and itemprop say: its weight, article tier,
    /// and whether it names a lead, comments, a caption or a wrapper.
    ///
    /// - Returns: Whether the container is marked hidden (``BoilerplatePatterns/isHidden(_:)``).
    mutating func readMarkup(of index: Int) -> Bool {
        let tag = tree.nodes[index].tag
        let attributes = tree.nodes[index].attributes
        let marked = BoilerplatePatterns.MarkedAttributes(attributes)
        // The buffer is reused from container to container.
        var names = nameScratch
        nameScratch = []
        names.removeAll(keepingCapacity: true)
        if !attributes.id.isEmpty { names.append(evidence(for: attributes.id)) }
        for name in attributes.classes where !name.isEmpty { names.append(evidence(for: name)) }
        defer { nameScratch = names }
        tree.nodes[index].weight = BoilerplatePatterns.weight(tag: tag, attributes: marked, names: names)
        articleTier[index] = BoilerplatePatterns.articleTier(tag: tag, attributes: marked, names: names) ?? -1
        namesLead[index] = names.contains(where: \.namesLead)
        namesComments[index] = names.contains(where: \.namesComments)
            || (marked.itemprop?.lowercased().contains("comment") ?? false)
        isInCaption[index] = tag == "figcaption" || names.contains(where: \.namesCaption)
        // A header or form wrapping the whole page is broken or framework markup.
        isWrapper[index] = !namesComments[index]
            && (tag == "header" || tag == "form"
                || (names.contains(where: \.namesWrapper) && !BoilerplatePatterns.isNegativeTag(tag)))
        return BoilerplatePatterns.isHidden(marked)
    }

    /// What an id or class says; pages repeat their class names, so each is read once.
    mutating func evidence(for name: String) -> BoilerplatePatterns.NameEvidence {
        // Through the `default:` subscript in place, the name is hashed once whether it is new
        // or not; the evidence is read only when it is new.
        Self.read(&nameEvidence[name, default: BoilerplatePatterns.NameEvidence(name)])
    }

    /// The value at an `inout` place, so that a dictionary's `default:` subscript is used in
    /// place (inserting its default) rather than read.
    private static func read<Value>(_ value: inout Value) -> Value { value }

    /// Decides which boxes are chrome and which text is a caption, once their sizes are known.
    mutating func settleChrome() {
        // A box that holds most of the page's prose is a page wrapper, whatever its name says
        // ("mmenuwrapper", "page-with-sidebar").
        let pageProse = characters[0] - linkCharacters[0]
        for index in tree.nodes.indices where index > 0 && tree.nodes[index].weight <= -25 && isWrapper[index] {
            if (characters[index] - linkCharacters[index]) * 10 > pageProse * 6 { tree.nodes[index].weight = 0 }
        }
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            // A box named as the article's body is no chrome, whatever its wrappers are called
            // (Blogger puts each post in a "date-outer").
            let namesBody = articleTier[index] == 0 || articleTier[index] == 1
            isInChrome[index] = (parent >= 0 && isInChrome[parent] && !namesBody) || tree.nodes[index].weight <= -25
            // A caption is a short box; a long one named so is a layout wrapper.
            if isInCaption[index] && characters[index] > 600 { isInCaption[index] = false }
            if parent >= 0 && isInCaption[parent] { isInCaption[index] = true }
        }
    }
}
