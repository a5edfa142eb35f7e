import GalleyCore

extension BodyMapper {
    /// Attributes lazy-loading scripts read the real source from, in order of preference.
    static let lazySourceAttributes = ["data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-hi-res-src"]
    /// Attributes holding a `srcset`, the real one first.
    static let sourceSetAttributes = ["srcset", "data-srcset", "data-lazy-srcset"]

    /// `<img>`: an image with the best source the element offers (see ``imageSource(_:_:)``).
    mutating func emitImage(_ node: NodeID, _ element: HTMLDOM.Element, hidden: Bool) {
        let top = frames.count - 1
        if frames[top].dropsImages { return }
        if isTrackingPixel(element) { return }
        guard let choice = imageSource(node, element), let url = resolver.resolve(choice.url) else { return }
        if frames[top].isInNoscript, seenImages.contains(url) { return }
        seenImages.insert(url)
        if choice.isLazy { lazyImages.insert(node) }
        let image = Inline.image(Image(source: url, alt: dom.attribute("alt", of: element) ?? "", title: dom.attribute("title", of: element) ?? ""))
        emitInline(hidden ? .span(Self.hiddenAttributes(for: node, in: dom), [image]) : image)
    }

    /// The source to show and whether it came from lazy-loading attributes.
    struct ImageChoice {
        var url: String
        var isLazy: Bool
    }

    /// The best source of an image: the largest `srcset` candidate (of the element and of the
    /// `<source>` elements of an enclosing `<picture>`), else a lazy-loading attribute, else
    /// `src` — skipping placeholders (tiny `data:` URIs, spacer GIFs).
    func imageSource(_ node: NodeID, _ element: HTMLDOM.Element) -> ImageChoice? {
        var sets: [(String, Bool)] = []
        for name in Self.sourceSetAttributes {
            if let value = dom.attribute(name, of: element) { sets.append((value, name != "srcset")) }
        }
        if let parent = dom.parent(of: node), dom.htmlName(parent) == "picture" {
            for sibling in dom.children(of: parent) where dom.htmlName(sibling) == "source" {
                guard let source = dom.element(sibling) else { continue }
                if let value = dom.attribute("srcset", of: source) { sets.append((value, false)) }
                if let value = dom.attribute("data-srcset", of: source) { sets.append((value, true)) }
            }
        }
        var best: SourceSet.Candidate?
        var bestIsLazy = false
        for (value, isLazy) in sets {
            var set = SourceSet(value)
            set.candidates.removeAll { Self.isPlaceholder($0.url) }
            guard let candidate = set.best else { continue }
            if best == nil || Self.isLarger(candidate, than: best) {
                best = candidate
                bestIsLazy = isLazy
            }
        }
        let src = dom.attribute("src", of: element)
        let srcIsPlaceholder = src.map(Self.isPlaceholder) ?? true
        if let best { return ImageChoice(url: best.url, isLazy: bestIsLazy || srcIsPlaceholder) }
        for name in Self.lazySourceAttributes {
            if let value = dom.attribute(name, of: element), !Self.isPlaceholder(value) { return ImageChoice(url: value, isLazy: true) }
        }
        if let src, !srcIsPlaceholder { return ImageChoice(url: src, isLazy: false) }
        return nil
    }

    private static func isLarger(_ candidate: SourceSet.Candidate, than other: SourceSet.Candidate?) -> Bool {
        guard let other else { return true }
        if let width = candidate.width { return width > (other.width ?? 0) }
        return other.width == nil && candidate.density > other.density
    }

    /// Whether a source is a stand-in until a script loads the real one.
    static func isPlaceholder(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { all in
            let bounds = ASCIISearch.trimmedBounds(all)
            let bytes = UnsafeBufferPointer(rebasing: all[bounds])
            if bytes.isEmpty || bytes.elementsEqual("#".utf8) || bytes.elementsEqual("about:blank".utf8) { return true }
            // A data: URI this short holds at most a few pixels (a 1×1 GIF is about 70 bytes).
            if ASCIISearch.hasPrefix(bytes, lowercased: "data:") {
                return bytes.count < 256
            }
            // Every marker holds one of the `placeholderHints`: most sources need only those searches.
            guard placeholderHints.contains(where: { ASCIISearch.contains(bytes, lowercased: $0) }) else { return false }
            return placeholderMarkers.contains { ASCIISearch.contains(bytes, lowercased: $0) }
        }
    }

    /// File names and fragments of spacer images and loading placeholders, lower case.
    static let placeholderMarkers: [[UInt8]] = [
        "blank.gif", "spacer.gif", "pixel.gif", "transparent.gif", "transparent.png", "1x1.gif", "1x1.png",
        "placeholder.", "lazy-placeholder", "lazyload.gif", "loading.gif", "grey.gif", "gray.gif",
    ].map { Array($0.utf8) }

    /// One of these is part of every placeholder marker.
    static let placeholderHints: [[UInt8]] = [".gif", ".png", "placeholder"].map { Array($0.utf8) }

    /// 1×1 (or 0×0) images: analytics beacons, not pictures.
    func isTrackingPixel(_ element: HTMLDOM.Element) -> Bool {
        guard let width = dom.attribute("width", of: element), let height = dom.attribute("height", of: element) else { return false }
        return Self.isTiny(width) && Self.isTiny(height)
    }

    /// Whether a `width` or `height` is 0 or 1 (`0`, `1`, `0px`, `1px`, with spaces around).
    private static func isTiny(_ size: String) -> Bool {
        var size = size
        return size.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all[ASCIISearch.trimmedBounds(all)])
            guard bytes.count == 1 || bytes.count == 3, bytes[0] == 0x30 || bytes[0] == 0x31 else { return false }
            return bytes.count == 1 || (bytes[1] == 0x70 && bytes[2] == 0x78)
        }
    }

    /// Whether the element before a `<noscript>` is an image (or picture) whose source came from
    /// lazy-loading attributes: the `<noscript>` then repeats it for script-less browsers.
    func previousImageWasLazy(before node: NodeID) -> Bool {
        guard let previous = dom.previousElementSibling(of: node) else { return false }
        if lazyImages.contains(previous) { return true }
        if dom.htmlName(previous) == "picture" || dom.htmlName(previous) == "a" || dom.htmlName(previous) == "span" {
            return dom.children(of: previous).contains { lazyImages.contains($0) }
        }
        return false
    }
}
