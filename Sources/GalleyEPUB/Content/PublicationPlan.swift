import GalleyCore

/// What goes where: the body with valid ids, split into chapter files, with the table of
/// contents, the link targets and the embedded images.
///
/// Chapters. With ``EPUBWriter/Options/Chapters/auto``, the body is split before each top-level
/// heading of the shallowest level among levels 1 and 2, when there are at least two such
/// headings (an article with sections becomes one file per section; content before the first
/// heading becomes its own file). Independently of headings, a file is closed at a top-level block
/// boundary once it holds about ``maximumChapterBytes`` of text, because reading systems built
/// on Adobe's RMSDK (older Kobo and Nook) reject or crawl through XHTML files of a few hundred
/// kilobytes. ``EPUBWriter/Options/Chapters/single`` writes one file whatever its size.
struct PublicationPlan {
    /// One XHTML file of the body.
    struct Chapter {
        var fileName: String
        var blocks: [Block]
    }

    /// Text bytes after which a chapter file is closed at the next top-level block.
    static let maximumChapterBytes = 200_000

    var chapters: [Chapter] = []
    /// The flat table of contents (headings up to level 3 outside quotes, lists and tables),
    /// with an entry for each chapter that has no such heading.
    var toc: [TOCEntry] = []
    var links: LinkResolver
    var resources: ResourceTable
    var diagnostics: [Diagnostic]

    init(document: Document, chapters mode: EPUBWriter.Options.Chapters, loadResource: (@Sendable (String) -> [UInt8]?)?) {
        var rewriter = IdentifierRewriter(resources: ResourceTable(load: loadResource))
        var blocks: [Block] = []
        blocks.reserveCapacity(document.blocks.count)
        for (index, block) in document.blocks.enumerated() {
            rewriter.currentBlock = index
            // The rewriter throws only when a closure does; ours never do.
            blocks.append(contentsOf: (try? rewriter.rewrite(block)) ?? [block])
        }
        resources = rewriter.resources
        diagnostics = rewriter.diagnostics

        let starts = Self.chapterStarts(blocks, mode: mode)
        var chapterOfBlock = [Int](repeating: 0, count: blocks.count)
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : blocks.count
            for index in start..<end { chapterOfBlock[index] = number }
            chapters.append(Chapter(fileName: "chapter-\(number + 1).xhtml", blocks: Array(blocks[start..<end])))
        }
        if chapters.isEmpty { chapters.append(Chapter(fileName: "chapter-1.xhtml", blocks: [])) }

        var fileOfID: [String: String] = [:]
        for (id, block) in rewriter.ids.blockOfID where block < chapterOfBlock.count {
            fileOfID[id] = chapters[chapterOfBlock[block]].fileName
        }
        links = LinkResolver(base: nil, idForOriginal: rewriter.ids.firstByOriginal, fileOfID: fileOfID)
        toc = Self.tableOfContents(rewriter.headings, chapters: chapters, chapterOfBlock: chapterOfBlock)
    }

    /// The index of the first top-level block of each chapter.
    static func chapterStarts(_ blocks: [Block], mode: EPUBWriter.Options.Chapters) -> [Int] {
        guard !blocks.isEmpty else { return [] }
        guard mode == .auto else { return [0] }
        var headingStarts: Set<Int> = []
        let topHeadings = blocks.enumerated().compactMap { index, block -> (Int, Int)? in
            guard case .heading(let heading) = block, heading.level <= 2 else { return nil }
            return (index, heading.level)
        }
        if let level = topHeadings.map(\.1).min() {
            let atLevel = topHeadings.filter { $0.1 == level }.map(\.0)
            if atLevel.count >= 2 { headingStarts = Set(atLevel) }
        }
        var starts = [0]
        var size = 0
        for (index, block) in blocks.enumerated() {
            let blockSize = block.plainText.utf8.count + 64
            if index > 0 && (headingStarts.contains(index) || size + blockSize > maximumChapterBytes) {
                starts.append(index)
                size = 0
            }
            size += blockSize
        }
        return starts
    }

    private static func tableOfContents(
        _ headings: [(level: Int, label: String, id: String, block: Int)], chapters: [Chapter], chapterOfBlock: [Int]
    ) -> [TOCEntry] {
        let rootLevel = headings.map(\.level).min() ?? 1
        var entries: [TOCEntry] = []
        var nextHeading = 0
        for (number, chapter) in chapters.enumerated() {
            var inChapter: [TOCEntry] = []
            while nextHeading < headings.count, chapterOfBlock[headings[nextHeading].block] == number {
                let heading = headings[nextHeading]
                inChapter.append(TOCEntry(level: heading.level, label: heading.label, href: chapter.fileName + "#" + heading.id))
                nextHeading += 1
            }
            let startsWithHeading = inChapter.first.map { entry in
                if case .heading(let heading) = chapter.blocks.first { return entry.href.hasSuffix("#" + heading.attributes.id) }
                return false
            } ?? false
            if !startsWithHeading {
                let label = chapters.count == 1 ? "Text" : "Part \(number + 1)"
                entries.append(TOCEntry(level: rootLevel, label: label, href: chapter.fileName))
            }
            entries.append(contentsOf: inChapter)
        }
        return entries
    }
}
