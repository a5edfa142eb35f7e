/// The article described by a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, …).
struct JSONLDArticle: Sendable, Hashable {
    var type: String?
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var image: String?
    var keywords: [String] = []
    var language: String?
    var description: String?
    var section: String?
    var url: String?

    /// Schema.org types read as the article, besides any type whose name ends in "Article".
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "LiveBlogPosting", "Report", "SocialMediaPosting",
    ]

    /// The first article found in `blobs` (each a script's text): at the top level, in arrays,
    /// in `@graph`, or nested in another object (`mainEntity`), searched breadth-first.
    static func find(in blobs: [String]) -> JSONLDArticle? {
        var roots: [JSONLDValue] = []
        for blob in blobs {
            if let value = JSONLDValue.parse(blob) { roots.append(value) }
        }
        guard !roots.isEmpty else { return nil }
        var index: [String: JSONLDValue] = [:]
        var queue = roots
        var head = 0
        var article: JSONLDValue?
        var articleType: String?
        while head < queue.count {
            let value = queue[head]
            head += 1
            switch value {
            case .array(let elements):
                queue.append(contentsOf: elements)
            case .object(let members):
                if let id = members["@id"]?.string, members.count > 1, index[id] == nil { index[id] = value }
                if article == nil, let type = Self.articleType(of: value) {
                    article = value
                    articleType = type
                }
                for (key, member) in members where key != "@context" {
                    if case .object = member { queue.append(member) } else if case .array = member { queue.append(member) }
                }
            default:
                break
            }
        }
        guard let article else { return nil }
        return JSONLDArticle(article, type: articleType, index: index)
    }

    static func articleType(of value: JSONLDValue) -> String? {
        for type in value["@type"]?.list.compactMap(\.string) ?? [] {
            let bare = type.split(separator: "/").last.map(String.init) ?? type
            if articleTypes.contains(bare) || bare.hasSuffix("Article") { return bare }
        }
        return nil
    }

    /// An article with every field absent: what a page without JSON-LD reads as.
    init() {}

    init(_ value: JSONLDValue, type: String?, index: [String: JSONLDValue]) {
        func resolved(_ value: JSONLDValue) -> JSONLDValue {
            if let id = value["@id"]?.string, case .object(let members) = value, members.count == 1, let target = index[id] {
                return target
            }
            return value
        }
        func name(_ value: JSONLDValue) -> String? {
            let value = resolved(value)
            if let text = value.string { return text.trimmingASCIIWhitespace.isEmpty ? nil : text.trimmingASCIIWhitespace }
            return value["name"]?.string
        }
        self.type = type
        headline = (value["headline"] ?? value["name"])?.string.flatMap { BodyMapper.collapsingWhitespace($0) }
        if headline?.isEmpty == true { headline = nil }
        authors = (value["author"]?.list ?? []).flatMap { author -> [String] in
            guard let text = name(author) else { return [] }
            return [text]
        }
        datePublished = (value["datePublished"] ?? value["dateCreated"])?.string
        dateModified = value["dateModified"]?.string
        publisher = value["publisher"].flatMap { name($0) }
        if let first = value["image"]?.list.first {
            let image = resolved(first)
            image.string.map { self.image = $0 }
            if self.image == nil { self.image = (image["url"] ?? image["contentUrl"])?.string }
        }
        keywords = value["keywords"]?.list.compactMap(\.string) ?? []
        if let language = value["inLanguage"] { self.language = language.string ?? language["alternateName"]?.string ?? language["name"]?.string }
        description = value["description"]?.string
        section = value["articleSection"]?.list.first?.string
        url = value["url"]?.string ?? value["mainEntityOfPage"]?.string ?? value["mainEntityOfPage"]?["@id"]?.string
    }
}
