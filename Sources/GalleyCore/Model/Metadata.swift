/// What is known about an article besides its body.
///
/// Every field is optional; the names match the JSON form's `meta` keys. Anything without a field
/// goes in ``extra``.
public struct Metadata: Sendable, Hashable {
    public var title: String?
    public var subtitle: String?
    public var authors: [String]
    /// The byline as printed ("By Jane Doe, Staff Writer").
    public var byline: String?
    /// Publication date, ISO 8601 (`2021-04-08` or `2021-04-08T10:15:00Z`).
    public var date: String?
    public var dateline: Dateline?
    /// The agency or site name ("Xinhua", "AP").
    public var source: String?
    public var url: String?
    /// BCP 47 language tag.
    public var language: String?
    public var description: String?
    public var keywords: [String]
    /// The lead image's URL.
    public var image: String?
    public var slug: String?
    /// 1 = most urgent.
    public var priority: Int?
    public var category: String?
    /// Take or lead key, such as "1stLd-Writethru" or "1ST LEAD".
    public var version: String?
    public var editorNote: String?
    public var wordCount: Int?
    /// Anything else, by key.
    public var extra: [String: MetaValue]

    public init(
        title: String? = nil, subtitle: String? = nil, authors: [String] = [], byline: String? = nil,
        date: String? = nil, dateline: Dateline? = nil, source: String? = nil, url: String? = nil,
        language: String? = nil, description: String? = nil, keywords: [String] = [],
        image: String? = nil, slug: String? = nil, priority: Int? = nil, category: String? = nil,
        version: String? = nil, editorNote: String? = nil, wordCount: Int? = nil,
        extra: [String: MetaValue] = [:]
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.byline = byline
        self.date = date
        self.dateline = dateline
        self.source = source
        self.url = url
        self.language = language
        self.description = description
        self.keywords = keywords
        self.image = image
        self.slug = slug
        self.priority = priority
        self.category = category
        self.version = version
        self.editorNote = editorNote
        self.wordCount = wordCount
        self.extra = extra
    }
}

/// The line that opens a news story: "BAGHDAD, April 7 (Xinhua) --".
public struct Dateline: Sendable, Hashable {
    /// "BAGHDAD".
    public var place: String?
    /// The date as written ("April 7") or, when it could be resolved, ISO 8601.
    public var date: String?
    /// The agency named in it ("Xinhua").
    public var source: String?
    /// The whole dateline as printed, without its trailing dash.
    public var text: String

    public init(place: String? = nil, date: String? = nil, source: String? = nil, text: String) {
        self.place = place
        self.date = date
        self.source = source
        self.text = text
    }
}

/// A JSON-like value for ``Metadata/extra``.
public indirect enum MetaValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case list([MetaValue])
    case map([String: MetaValue])
    case null
}
