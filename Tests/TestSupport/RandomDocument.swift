import GalleyCore

/// A small, fast, seeded pseudo-random generator (SplitMix64), so generated cases repeat exactly.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates random documents that use every node kind, for round-trip and writer tests.
///
/// The same seed always gives the same document. Text draws from an alphabet chosen to provoke
/// escaping bugs: markup characters of HTML, Markdown and JSON, non-ASCII letters, CJK, emoji
/// and combining marks.
public struct RandomDocumentGenerator {
    public var random: SeededRandom
    /// How deep containers nest at most.
    public var maximumDepth: Int
    /// Whether raw blocks and inlines may appear (writers that drop them want `false`).
    public var includesRaw: Bool

    public init(seed: UInt64, maximumDepth: Int = 4, includesRaw: Bool = true) {
        self.random = SeededRandom(seed: seed)
        self.maximumDepth = maximumDepth
        self.includesRaw = includesRaw
    }

    static let words = [
        "the", "article", "said", "Baghdad", "coalition", "forces", "*star*", "_under_", "`tick`",
        "[bracket]", "<tag>", "&amp;", "a&b", "1.", "2)", "#", "-", "+", ">", "|", "\\", "\"quoted\"",
        "'single'", "Straße", "naïve", "Ελλάδα", "Москва", "北京", "東京", "서울", "😀", "e\u{301}",
        "100%", "$5", "~~", "!", "http://example.com/x?a=1&b=2", "tab\there", "--", "...", "{}",
        "]]>", "\u{A0}", "ç", "x_y_z", "**", "__", "=", "===", "---", "<!--", "@user", "<b>bold</b>",
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
    mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// A random string of one to `count` words.
    public mutating func text(words count: Int = 6) -> String {
        (0..<number(1...max(1, count))).map { _ in pick(Self.words) }.joined(separator: " ")
    }

    public mutating func attributes() -> Attributes {
        guard chance(30) else { return .empty }
        return Attributes(
            id: chance(50) ? "id-\(number(0...99))" : "",
            classes: chance(50) ? ["c\(number(0...9))", "lead"] : [],
            pairs: chance(50) ? [.init("data-x", text(words: 2))] : [])
    }

    public mutating func metadata() -> Metadata {
        var meta = Metadata()
        if chance(70) { meta.title = text() }
        if chance(30) { meta.subtitle = text() }
        if chance(50) { meta.authors = (0..<number(1...3)).map { _ in text(words: 2) } }
        if chance(30) { meta.byline = "By " + text(words: 3) }
        if chance(50) { meta.date = "2021-04-0\(number(1...9))" }
        if chance(30) {
            meta.dateline = Dateline(
                place: chance(80) ? "BAGHDAD" : nil, date: chance(50) ? "April 7" : nil,
                source: chance(50) ? "Xinhua" : nil, text: "BAGHDAD, April 7 (Xinhua)")
        }
        if chance(40) { meta.source = text(words: 1) }
        if chance(40) { meta.url = "https://example.com/\(number(0...999))" }
        if chance(40) { meta.language = pick(["en", "de", "fr", "zh-CN", "ja"]) }
        if chance(30) { meta.description = text(words: 10) }
        if chance(30) { meta.keywords = [text(words: 1), text(words: 1)] }
        if chance(20) { meta.image = "https://example.com/lead.jpg" }
        if chance(20) { meta.slug = "BC-Iraq-US" }
        if chance(20) { meta.priority = number(1...6) }
        if chance(20) { meta.category = pick(["i", "POL", "w"]) }
        if chance(20) { meta.version = "1stLd-Writethru" }
        if chance(20) { meta.editorNote = text(words: 8) }
        if chance(20) { meta.wordCount = number(0...2000) }
        if chance(20) {
            meta.extra = [
                "n": .integer(number(-5...5)), "x": .number(1.5), "flag": .bool(true), "none": .null,
                "list": .list([.string(text(words: 2)), .integer(3)]),
                "map": .map(["k": .string(text(words: 1))]),
            ]
        }
        return meta
    }

    public mutating func document() -> Document {
        Document(metadata: metadata(), blocks: blocks(depth: 0, count: number(1...8)))
    }

    public mutating func blocks(depth: Int, count: Int) -> [Block] {
        (0..<count).map { _ in block(depth: depth) }
    }

    public mutating func block(depth: Int) -> Block {
        let leafOnly = depth >= maximumDepth
        switch number(0...(leafOnly ? 4 : 11)) {
        case 0, 1: return .paragraph(inlines(depth: depth + 1, count: number(1...6)))
        case 2:
            return .heading(
                Heading(level: number(1...6), content: inlines(depth: depth + 1, count: number(1...3)),
                        attributes: attributes()))
        case 3:
            return .codeBlock(
                CodeBlock(
                    text: (0..<number(1...4)).map { _ in text() }.joined(separator: "\n"),
                    language: chance(50) ? "swift" : "", attributes: attributes()))
        case 4:
            if includesRaw && chance(30) { return .rawBlock(format: "html", text: "<div>\(text())</div>") }
            return chance(50) ? .horizontalRule
                : .lineBlock((0..<number(1...3)).map { _ in inlines(depth: depth + 1, count: 2) })
        case 5: return .blockQuote(blocks(depth: depth + 1, count: number(1...3)))
        case 6, 7:
            return .list(
                List(
                    isOrdered: chance(50), start: number(0...20), isTight: chance(50),
                    items: (0..<number(1...4)).map { _ in blocks(depth: depth + 1, count: number(1...2)) }))
        case 8: return table(depth: depth + 1)
        case 9:
            return .figure(
                Figure(
                    content: [.paragraph([.image(image())])],
                    caption: chance(70) ? [.paragraph(inlines(depth: depth + 1, count: 2))] : [],
                    attributes: attributes()))
        default: return .div(attributes(), blocks(depth: depth + 1, count: number(1...3)))
        }
    }

    public mutating func table(depth: Int) -> Block {
        let columns = number(1...4)
        func row(_ generator: inout RandomDocumentGenerator, header: Bool) -> Table.Row {
            Table.Row(cells: (0..<columns).map { _ in
                Table.Cell(
                    blocks: [.paragraph(generator.inlines(depth: depth + 1, count: 2))], isHeader: header,
                    columnSpan: generator.chance(10) ? 2 : 1, rowSpan: generator.chance(10) ? 2 : 1,
                    alignment: generator.pick(Table.Alignment.allCases))
            })
        }
        var head: [Table.Row] = []
        if chance(70) { head.append(row(&self, header: true)) }
        let body = (0..<number(1...4)).map { _ in row(&self, header: false) }
        let foot = chance(20) ? [row(&self, header: false)] : []
        return .table(
            Table(
                caption: chance(40) ? [.paragraph([.text(text())])] : [],
                alignments: (0..<columns).map { _ in pick(Table.Alignment.allCases) },
                head: head, body: body, foot: foot, attributes: attributes()))
    }

    public mutating func image() -> Image {
        Image(
            source: pick(["https://example.com/a.png", "img/b c.jpg", "x.gif?a=1&b=2"]),
            alt: chance(80) ? text(words: 3) : "", title: chance(30) ? text(words: 2) : "",
            attributes: attributes())
    }

    public mutating func inlines(depth: Int, count: Int) -> [Inline] {
        (0..<count).map { _ in inline(depth: depth) }
    }

    public mutating func inline(depth: Int) -> Inline {
        let leafOnly = depth >= maximumDepth
        switch number(0...(leafOnly ? 5 : 14)) {
        case 0, 1, 2: return .text(text())
        case 3: return chance(50) ? .softBreak : .lineBreak
        case 4: return .code(text(words: 3))
        case 5:
            if includesRaw && chance(30) { return .rawInline(format: "html", text: "<kbd>\(text(words: 1))</kbd>") }
            return .image(image())
        case 6: return .emphasis(inlines(depth: depth + 1, count: number(1...3)))
        case 7: return .strong(inlines(depth: depth + 1, count: number(1...3)))
        case 8: return .strikeout(inlines(depth: depth + 1, count: number(1...2)))
        case 9: return .superscript(inlines(depth: depth + 1, count: 1))
        case 10: return .subscript(inlines(depth: depth + 1, count: 1))
        case 11, 12:
            return .link(
                Link(
                    url: pick(["https://example.com/", "/relative/path", "#frag", "mailto:a@b.c", "https://x.org/a(b)"]),
                    title: chance(30) ? text(words: 2) : "",
                    content: inlines(depth: depth + 1, count: number(1...3)), attributes: attributes()))
        case 13: return .span(attributes(), inlines(depth: depth + 1, count: number(1...3)))
        default: return .note([.paragraph(inlines(depth: depth + 1, count: number(1...3)))])
        }
    }
}
