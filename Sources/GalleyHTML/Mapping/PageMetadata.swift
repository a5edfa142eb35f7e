import GalleyCore

/// The page's metadata, read from `<title>`, `<meta>`, `<link>`, `<base>`, `<time>` and JSON-LD.
///
/// Precedence, most trusted first (each field takes the first source that has a usable value):
/// - title: JSON-LD `headline` › `og:title` › `twitter:title` › `<title>` (the raw `<title>`
///   is kept in `extra["pageTitle"]` when it differs);
/// - authors: JSON-LD `author` names › `<meta name="author">` › `article:author` (unless a URL)
///   › `parsely-author`, `sailthru.author`, `dc.creator`; URLs and empty names are dropped;
/// - date: JSON-LD `datePublished` › `article:published_time` › date-like `<meta>` names
///   › the first `<time datetime>`; normalised to ISO 8601;
/// - language: `<html lang>` › `og:locale` › `Content-Language` › JSON-LD `inLanguage`;
/// - description: `description` › `og:description` › `twitter:description` › JSON-LD;
/// - url: `<link rel="canonical">` › `og:url` › JSON-LD `url`/`mainEntityOfPage`;
/// - source: `og:site_name` › JSON-LD `publisher.name` › `application-name`;
/// - image: `og:image` › JSON-LD `image` › `twitter:image`;
/// - keywords: JSON-LD `keywords` › `keywords`/`news_keywords` › `article:tag`;
/// - category: `article:section` › JSON-LD `articleSection`.
/// `og:type`, `twitter:card`, `twitter:site`, `twitter:creator`, the JSON-LD `@type` and the
/// modification date go in `extra`.
struct PageMetadata {
    var metadata = Metadata()
    /// The `<base href>`, resolved against the document's URL; `nil` when the page has none.
    var baseURL: String?

    /// What the head (and body) says, gathered in one walk.
    struct Gathered {
        var htmlLanguage: String?
        var title: String?
        /// `<meta>` values by lower-cased name, property, itemprop or http-equiv, in page order.
        var metas: [String: [String]] = [:]
        var canonical: String?
        var base: String?
        var jsonLD: [String] = []
        var firstTimeDatetime: String?
    }

    static func extract(from dom: HTMLDOM, baseURL: String?) -> PageMetadata {
        let gathered = gather(dom)
        var page = PageMetadata()
        if let base = gathered.base {
            page.baseURL = URLResolver(base: baseURL).resolve(base)
        }
        let resolver = URLResolver(base: page.baseURL ?? baseURL)
        // A page without an article reads as an empty one (every field absent), which spares
        // each field below an optional's copy.
        let article = JSONLDArticle.find(in: gathered.jsonLD) ?? JSONLDArticle()
        page.metadata = build(gathered, article: article, resolver: resolver)
        return page
    }

    // MARK: - Gathering

    /// The elements the walk reads or does not descend into; every other element is ``other``.
    enum GatheredElement: Sendable {
        case other, html, title, meta, link, base, script, style, time

        /// The element an HTML element's local name stands for.
        static func of(_ name: String) -> GatheredElement {
            var name = name
            return name.withUTF8 { bytes in
                let tag = Tag(lowerCaseName: bytes)
                if tag != .unknown { return of(tag) }
                return UntaggedElement(lowerCaseName: bytes) == .time ? .time : .other
            }
        }

        /// The element an HTML element whose name is `tag`'s stands for (a switch: nothing to
        /// build at start-up).
        static func of(_ tag: Tag) -> GatheredElement {
            switch tag {
            case .html: return .html
            case .title: return .title
            case .meta: return .meta
            case .link: return .link
            case .base: return .base
            case .script: return .script
            case .style: return .style
            default: return .other
            }
        }
    }

    static func gather(_ dom: HTMLDOM) -> Gathered {
        var gathered = Gathered()
        var stack: [HTMLDOM.NodeID] = []
        var cursor = dom.nodes[Int(dom.root)].firstChild
        while true {
            while cursor < 0 {
                guard let parent = stack.popLast() else { return gathered }
                cursor = dom.nodes[Int(parent)].nextSibling
            }
            let node = cursor
            cursor = dom.nodes[Int(node)].nextSibling
            let kind: GatheredElement
            let tag = dom.nodes[Int(node)].tag
            if tag != .unknown {
                // An HTML element with a known name: most need no look at the element itself.
                kind = GatheredElement.of(tag)
                if kind != .other, case .element(let element) = dom.nodes[Int(node)].kind {
                    visit(node, element, kind, in: dom, into: &gathered)
                }
            } else {
                guard case .element(let element) = dom.nodes[Int(node)].kind else { continue }
                guard element.namespace == .html else { continue }  // skip SVG and MathML subtrees
                kind = GatheredElement.of(element.name)
                if kind != .other { visit(node, element, kind, in: dom, into: &gathered) }
            }
            if dom.nodes[Int(node)].firstChild >= 0, kind != .script, kind != .style {
                stack.append(node)
                cursor = dom.nodes[Int(node)].firstChild
            }
        }
    }

    /// The `<meta>` attributes whose value names the content, in the order they are read.
    private static let metaKeys = ["name", "property", "itemprop", "http-equiv"]

    private static func visit(
        _ node: HTMLDOM.NodeID, _ element: HTMLDOM.Element, _ kind: GatheredElement, in dom: HTMLDOM,
        into gathered: inout Gathered
    ) {
        switch kind {
        case .html:
            if gathered.htmlLanguage == nil, let lang = dom.attribute("lang", of: element) ?? dom.attribute("xml:lang", of: element) {
                gathered.htmlLanguage = lang
            }
        case .title:
            if gathered.title == nil { gathered.title = BodyMapper.collapsingWhitespace(dom.textContent(of: node)) }
        case .meta:
            guard let content = dom.attribute("content", of: element) else { return }
            for key in metaKeys {
                if let name = dom.attribute(key, of: element)?.trimmingASCIIWhitespace.lowercased(), !name.isEmpty {
                    gathered.metas[name, default: []].append(content.trimmingASCIIWhitespace)
                }
            }
        case .link:
            if gathered.canonical == nil, let rel = dom.attribute("rel", of: element), Self.namesCanonical(rel),
                let href = dom.attribute("href", of: element)
            {
                gathered.canonical = href
            }
        case .base:
            if gathered.base == nil, let href = dom.attribute("href", of: element) { gathered.base = href }
        case .script:
            if let type = dom.attribute("type", of: element)?.trimmingASCIIWhitespace.lowercased(), type == "application/ld+json" {
                gathered.jsonLD.append(dom.textContent(of: node))
            }
        case .time:
            if gathered.firstTimeDatetime == nil, let datetime = dom.attribute("datetime", of: element), !datetime.isEmpty {
                gathered.firstTimeDatetime = datetime
            }
        case .other, .style:
            break
        }
    }

    /// Whether a `rel` value, lower-cased and split on spaces, holds `canonical`. ASCII values are
    /// read as bytes; others (where a space can start a grapheme with a combining mark, which
    /// then does not split) take the string route.
    static func namesCanonical(_ rel: String) -> Bool {
        var rel = rel
        let ascii: Bool? = rel.withUTF8 { bytes in
            guard UTF8Decoder.asciiPrefixEnd(bytes, from: 0) == bytes.count else { return nil }
            var start = 0
            while start < bytes.count {
                let end = ByteScan.firstIndex(of: 0x20, in: bytes, from: start)
                if end - start == 9, ASCIISearch.hasPrefix(UnsafeBufferPointer(rebasing: bytes[start..<end]), lowercased: "canonical") {
                    return true
                }
                start = end + 1
            }
            return false
        }
        return ascii ?? rel.lowercased().split(separator: " ").contains("canonical")
    }

    // MARK: - Building

    static func build(_ gathered: Gathered, article: JSONLDArticle, resolver: URLResolver) -> Metadata {
        var metadata = Metadata()
        func meta(_ names: String...) -> String? {
            for name in names {
                if let value = gathered.metas[name]?.first(where: { !$0.isEmpty }) { return value }
            }
            return nil
        }
        let pageTitle = gathered.title.flatMap { $0.isEmpty ? nil : $0 }
        metadata.title = article.headline ?? meta("og:title") ?? meta("twitter:title") ?? pageTitle
        if let pageTitle, pageTitle != metadata.title { metadata.extra["pageTitle"] = .string(pageTitle) }

        metadata.authors = authors(gathered, article: article)
        metadata.date = publicationDate(gathered, article: article, published: meta("article:published_time"))
        if let modified = article.dateModified ?? meta("article:modified_time", "og:updated_time"),
            let date = DateNormalizer.normalize(modified)
        {
            metadata.extra["dateModified"] = .string(date)
        }
        let locale = meta("og:locale").map { String($0.map { $0 == "_" ? "-" : $0 }) }
        metadata.language = nonEmpty(gathered.htmlLanguage) ?? locale ?? meta("content-language") ?? article.language
        metadata.description = meta("description", "og:description", "twitter:description") ?? article.description
        let url = nonEmpty(gathered.canonical) ?? meta("og:url") ?? article.url
        metadata.url = url.flatMap(resolver.resolve)
        metadata.source = meta("og:site_name") ?? article.publisher ?? meta("application-name")
        let image = meta("og:image", "og:image:url", "og:image:secure_url") ?? article.image
            ?? meta("twitter:image", "twitter:image:src")
        metadata.image = image.flatMap(resolver.resolve)
        metadata.keywords = keywords(gathered, article: article)
        metadata.category = meta("article:section") ?? article.section
        // One line each rather than a loop over pairs: a list of tuples costs a process its type.
        if let value = meta("og:type") { metadata.extra["ogType"] = .string(value) }
        if let value = meta("twitter:card") { metadata.extra["twitterCard"] = .string(value) }
        if let value = meta("twitter:site") { metadata.extra["twitterSite"] = .string(value) }
        if let value = meta("twitter:creator") { metadata.extra["twitterCreator"] = .string(value) }
        if let type = article.type { metadata.extra["schemaType"] = .string(type) }
        return metadata
    }

    /// The publication date: the first of JSON-LD's `datePublished`, `published` (the
    /// `article:published_time` value), the first value of each of ``dateMetaNames`` and the first
    /// `<time datetime>` that normalises to a date.
    static func publicationDate(_ gathered: Gathered, article: JSONLDArticle, published: String?) -> String? {
        if let date = article.datePublished.flatMap(DateNormalizer.normalize) { return date }
        if let date = published.flatMap(DateNormalizer.normalize) { return date }
        for name in dateMetaNames {
            if let date = gathered.metas[name]?.first.flatMap(DateNormalizer.normalize) { return date }
        }
        return gathered.firstTimeDatetime.flatMap(DateNormalizer.normalize)
    }

    /// `<meta>` names that carry a publication date, most specific first.
    static let dateMetaNames = [
        "datepublished", "article.published", "publishdate", "publish-date", "publish_date", "pubdate",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "date", "og:published_time", "published_time", "article:published",
    ]

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingASCIIWhitespace, !value.isEmpty else { return nil }
        return value
    }

    static func authors(_ gathered: Gathered, article: JSONLDArticle) -> [String] {
        var candidates: [String] = article.authors
        if candidates.isEmpty {
            for name in ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"] {
                candidates = gathered.metas[name] ?? []
                candidates = candidates.filter(isPersonName)
                if !candidates.isEmpty { break }
            }
        }
        var seen = Set<String>()
        var result: [String] = []
        for candidate in candidates {
            var name = BodyMapper.collapsingWhitespace(candidate)
            if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
            guard isPersonName(name), seen.insert(name.lowercased()).inserted else { continue }
            result.append(name)
        }
        return result
    }

    /// Whether an author value is a name rather than a URL, handle or empty.
    static func isPersonName(_ value: String) -> Bool {
        let trimmed = value.trimmingASCIIWhitespace
        guard !trimmed.isEmpty, trimmed.utf8.count <= 100 else { return false }
        let lowered = trimmed.lowercased()
        return !(lowered.contains("://") || lowered.hasPrefix("www.") || lowered.hasPrefix("/") || lowered.hasPrefix("@"))
    }

    static func keywords(_ gathered: Gathered, article: JSONLDArticle) -> [String] {
        var raw: [String] = article.keywords
        if raw.isEmpty { raw = (gathered.metas["keywords"] ?? []) + (gathered.metas["news_keywords"] ?? []) }
        if raw.isEmpty { raw = gathered.metas["article:tag"] ?? [] }
        var seen = Set<String>()
        var result: [String] = []
        for entry in raw {
            for part in entry.split(separator: ",") {
                let keyword = BodyMapper.collapsingWhitespace(String(part))
                if !keyword.isEmpty, seen.insert(keyword.lowercased()).inserted { result.append(keyword) }
            }
        }
        return result
    }
}
