import GalleyCore
import GalleyWire

/// The `clean` pass: removes page chrome from documents without markup, such as a plain-text
/// scrape of a web page.
///
/// It uses the same block classifier as `extract` (length, sentence shape, stop-word density per
/// language, the multilingual vocabulary of interface text) on each line, plus position:
///
/// 1. The article runs from its first line of good prose to its sign-off (`Enditem`, `END`, …)
///    or, without one, to its last line of good prose.
/// 2. Before the article, only lines that could be a standfirst stay (sentences that are not
///    chrome); a "Source, Month D, YYYY" line keeps just that part, for the `dateline` pass.
/// 3. Inside the article, chrome lines and link lists go.
/// 4. After the article, only good prose stays; after an end mark, nothing does.
public struct CleanPageChrome: Pass {
    public static let name = "clean"

    public init() {}

    /// The pass's registry entry.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Remove page chrome (buttons, share and comment lines) from text scrapes."
    ) { _, _ in CleanPageChrome() }

    /// One line of the document, with where it came from.
    struct Unit {
        var block: Int
        var inlines: [Inline]
        var isParagraphLine: Bool
    }

    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var units: [Unit] = []
        for (index, block) in document.blocks.enumerated() {
            if case .paragraph(let content) = block {
                for line in InlineText.lines(content) { units.append(Unit(block: index, inlines: line, isParagraphLine: true)) }
            } else {
                units.append(Unit(block: index, inlines: [], isParagraphLine: false))
            }
        }
        let unitBlocks: [Block] = units.map { unit in
            unit.isParagraphLine ? .paragraph(unit.inlines) : document.blocks[unit.block]
        }
        var probe = Document(metadata: document.metadata, blocks: unitBlocks)
        probe.metadata.title = nil
        var extraction = Extraction(document: probe, mode: .balanced)
        extraction.measure()
        extraction.classify()
        // With no containers, leaf i of the tree is unit i.
        let leaves = extraction.tree.leaves
        guard leaves.count == units.count else { return document }
        let quality = leaves.map { extraction.quality[$0] }
        let features = leaves.map { extraction.tree.nodes[$0].features }

        let start = quality.firstIndex(where: { $0 == .good }) ?? 0
        var end = quality.lastIndex(where: { $0 == .good }) ?? (units.count - 1)
        var endsWithMark = false
        for index in start..<units.count where units[index].isParagraphLine {
            if let signOff = SignOff.strip(features[index].text), signOff.endsStory {
                end = index
                endsWithMark = true
                break
            }
        }

        var kept: [Unit] = []
        for (index, unit) in units.enumerated() {
            let text = features[index].text.trimmingWhitespace()
            let verdict = Self.verdict(
                index: index, start: start, end: end, endsWithMark: endsWithMark, quality: quality[index],
                features: features[index], text: text)
            switch verdict {
            case .keep:
                kept.append(unit)
            case .keepSourceLine(let line):
                kept.append(Unit(block: unit.block, inlines: [.text(line)], isParagraphLine: true))
            case .drop(let reason):
                if context.isExplaining {
                    context.report(Diagnostic(.note, code: "clean.dropped", message: "dropped \"\(text.excerpt())\": \(reason)"))
                }
            }
        }

        // Reassemble: consecutive lines of one paragraph stay one paragraph.
        var blocks: [Block] = []
        var index = 0
        while index < kept.count {
            let unit = kept[index]
            guard unit.isParagraphLine else {
                blocks.append(document.blocks[unit.block])
                index += 1
                continue
            }
            var lines = [unit.inlines]
            index += 1
            while index < kept.count, kept[index].isParagraphLine, kept[index].block == unit.block {
                lines.append(kept[index].inlines)
                index += 1
            }
            blocks.append(.paragraph(InlineText.joined(lines)))
        }
        var result = document
        result.blocks = blocks
        return result
    }

    enum Verdict {
        case keep
        case keepSourceLine(String)
        case drop(String)
    }

    static func verdict(
        index: Int, start: Int, end: Int, endsWithMark: Bool, quality: Extraction.Quality,
        features: BlockFeatures, text: String
    ) -> Verdict {
        if text.isEmpty && !features.hasImage && features.kind == .paragraph { return .drop("empty") }
        let isChrome = features.isChrome
        if index < start {
            if let line = SourceDateLine.parse(text), text.unicodeScalars.count <= 160 {
                let source = line.source.map { "\($0), " } ?? ""
                return .keepSourceLine(source + dateText(in: text, after: line.source))
            }
            if isChrome { return .drop("page chrome before the article") }
            if features.linkDensity > 0.5 { return .drop("links before the article") }
            if quality == .bad || !endsLikeSentence(text) { return .drop("not prose, before the article") }
            return .keep
        }
        if index > end {
            if endsWithMark { return .drop("after the story's end mark") }
            if isChrome { return .drop("page chrome after the article") }
            return quality == .good ? .keep : .drop("not prose, after the article")
        }
        if features.kind == .heading || features.kind == .code || features.kind == .table || features.kind == .figure {
            return .keep
        }
        if isChrome { return .drop("page chrome") }
        if features.linkDensity > 0.5 { return .drop("mostly links") }
        return .keep
    }

    /// "April 8, 2021" out of "0 Comment(s)Print E-mail Xinhua, April 8, 2021".
    static func dateText(in text: String, after source: String?) -> String {
        var rest = Substring(text)
        if let source, let range = text.ranges(of: source).last {
            rest = text[range.upperBound...]
        } else {
            let words = text.split(separator: " ")
            rest = words.suffix(3).joined(separator: " ")[...]
        }
        return String(rest.drop(while: { $0 == "," || $0 == " " || $0 == "|" || $0 == "-" }))
    }

    static func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?\"”»。！？)…".unicodeScalars.contains(last)
    }
}
