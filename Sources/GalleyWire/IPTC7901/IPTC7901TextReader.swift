import GalleyCore

/// Reads the text of an IPTC 7901 message (between STX and ETX) into a story.
///
/// The text opens with optional take keys on lines of their own (`EXTRA`, `(Achtung)`), the
/// headline ending with ` =`, and optional byline lines ending with `=`. Paragraphs are separated
/// by blank lines or by an indented first line; teleprinter line breaks inside a paragraph
/// become spaces. A notebook (`# dpa NOTEBOOK`) or a "not for publication" section closes the
/// copy: it goes into `extra.notebook` and `editorNote`, never into the body. Desk initials
/// after it (`dpa wsz jln npr`) are the sign-off.
struct IPTC7901TextReader {
    let decoder: WireTextDecoder
    var story: Story

    /// How many non-empty lines may precede the headline (take keys, a two-line headline).
    static let headlineSearchLines = 6

    mutating func read(_ text: ArraySlice<UInt8>, heading: IPTC7901Heading) {
        // NNNN is the teleprinter end-of-message pattern, not copy.
        var lines = ByteText.lines(text).map { decoder.string($0) }.filter { $0.trimmingSpaces() != "NNNN" }
        stripSignOff(&lines)
        let notebookStart = lines.firstIndex(where: IPTC7901TextReader.opensNotebook) ?? lines.count
        readNotebook(lines[notebookStart...])
        var body = lines[..<notebookStart]
        var versions: [String] = heading.version.map { [$0] } ?? []
        var slugs = heading.slugLines
        readSlugLines(&body, into: &slugs)
        readHeadline(&body, versions: &versions)
        if !slugs.isEmpty, story.metadata.slug == nil { story.metadata.slug = slugs.joined(separator: "/") }
        if !versions.isEmpty, story.metadata.version == nil { story.metadata.version = versions.joined(separator: " ") }
        readParagraphs(body)
    }

    // MARK: - Head

    /// Keyword lines that came after STX (a heading without STX, or sloppy copy).
    private func readSlugLines(_ body: inout ArraySlice<String>, into slugs: inout [String]) {
        while let first = body.first {
            let line = first.trimmingSpaces()
            if line.isEmpty {
                body = body.dropFirst()
                continue
            }
            guard line.hasSuffix("/"), line.utf8.count <= 80, !line.hasSuffix(" /") else { break }
            var slug = Substring(line)
            while slug.hasSuffix("/") { slug = slug.dropLast() }
            slugs.append(String(slug))
            body = body.dropFirst()
        }
    }

    private mutating func readHeadline(_ body: inout ArraySlice<String>, versions: inout [String]) {
        var seen = 0
        var headlineIndex: Int?
        for index in body.indices {
            let line = body[index].trimmingSpaces()
            if line.isEmpty { continue }
            if line.hasSuffix("=") {
                headlineIndex = index
                break
            }
            seen += 1
            if seen >= IPTC7901TextReader.headlineSearchLines { break }
        }
        guard let headlineIndex else {
            // No headline: leading take keys still name the version.
            while let first = body.first, first.trimmingSpaces().isEmpty || TakeKey.isTakeKey(first) {
                if !first.trimmingSpaces().isEmpty { versions.append(first.trimmingSpaces()) }
                body = body.dropFirst()
            }
            // An unmarked headline: a short line of its own, no final period, before the text.
            if let first = body.first, body.count > 2, body[body.startIndex + 1].trimmingSpaces().isEmpty,
                PlainCopyReader.isTitle(first.trimmingSpaces()), first.utf8.count <= 160,
                DatelineParser.parse(first) == nil
            {
                story.metadata.title = first.trimmingSpaces()
                body = body.dropFirst()
            }
            return
        }
        var parts: [String] = []
        for line in body[body.startIndex..<headlineIndex] {
            let text = line.trimmingSpaces()
            if text.isEmpty { continue }
            if parts.isEmpty, TakeKey.isTakeKey(text) { versions.append(text) } else { parts.append(text) }
        }
        let marked = IPTC7901TextReader.withoutEquals(body[headlineIndex])
        if IPTC7901TextReader.isByline(marked) {
            // `Headline` then `By … =`: the `=` closes the byline, the headline came before it.
            body = body[headlineIndex...]
        } else {
            parts.append(marked)
            body = body[(headlineIndex + 1)...]
        }
        let title = parts.joined(separator: " ").trimmingSpaces()
        if !title.isEmpty { story.metadata.title = title }
        readBylines(&body)
    }

    /// Lines ending with `=` right after the headline: bylines (`By …`, `Von …`) or a subtitle.
    private mutating func readBylines(_ body: inout ArraySlice<String>) {
        while let first = body.first {
            let line = first.trimmingSpaces()
            if line.isEmpty, body.count > 1, body[body.startIndex + 1].trimmingSpaces().hasSuffix("=") {
                body = body.dropFirst()
                continue
            }
            guard line.hasSuffix("="), line.utf8.count <= 160 else { return }
            let text = IPTC7901TextReader.withoutEquals(line)
            if IPTC7901TextReader.isByline(text), story.metadata.byline == nil {
                story.metadata.byline = text
                let names = BylineParser.authors(in: text)
                if !names.isEmpty { story.metadata.authors = names }
            } else if story.metadata.subtitle == nil {
                story.metadata.subtitle = text
            } else {
                story.appendParagraph(text)
            }
            body = body.dropFirst()
        }
    }

    static func isByline(_ text: String) -> Bool {
        for prefix in ["By ", "BY ", "Von ", "VON ", "From ", "Par ", "Por ", "Di ", "Door ", "Av "]
        where text.hasPrefix(prefix) {
            return true
        }
        return false
    }

    static func withoutEquals(_ line: String) -> String {
        var text = Substring(line.trimmingSpaces())
        while text.hasSuffix("=") { text = text.dropLast() }
        return text.trimmingSpaces()
    }

    // MARK: - Body

    private mutating func readParagraphs(_ lines: ArraySlice<String>) {
        var current: String?
        for raw in lines {
            let line = raw.trimmingSpaces()
            if line.isEmpty {
                if let text = current { story.appendParagraph(text) }
                current = nil
                continue
            }
            if line == "* * *" || line == "***" || line == "* * * *" {
                if let text = current { story.appendParagraph(text) }
                current = nil
                story.blocks.append(.horizontalRule)
                continue
            }
            let isIndented = raw.hasPrefix("  ") || raw.hasPrefix(" \u{A0}")
            if current != nil, !isIndented {
                current?.append(" ")
                current?.append(line)
            } else {
                if let text = current { story.appendParagraph(text) }
                current = line
            }
        }
        if let text = current { story.appendParagraph(text) }
    }

    // MARK: - Notebook and sign-off

    static func opensNotebook(_ line: String) -> Bool {
        if line.utf8.first == ControlCode.hash,
            ByteSearch.contains(line, "notebook") || ByteSearch.contains(line, "notizblock")
        {
            return true
        }
        return isNotForPublication(line)
    }

    static let notForPublication = [
        "not for publication", "not intended for publication", "nicht zur ver", "nicht für die ver",
        "nicht zur publikation",
    ]

    /// "The following information is not for publication" and its German forms.
    static func isNotForPublication(_ line: String) -> Bool {
        guard line.utf8.count >= 13 else { return false }
        let bytes = Array(line.utf8)
        for phrase in notForPublication
        where ByteSearch.firstOffset(of: Array(phrase.utf8), in: bytes, ignoringCase: true) != nil {
            if phrase.hasSuffix(" ver"), !ByteSearch.contains(line, "ffentlich") { continue }
            return true
        }
        return false
    }

    private mutating func readNotebook(_ lines: ArraySlice<String>) {
        guard !lines.isEmpty else { return }
        var notebook: [String] = []
        var note: [String]?
        for raw in IPTC7901TextReader.joiningContinuations(lines) {
            let line = IPTC7901TextReader.withoutMarkers(raw)
            if line.isEmpty || line.utf8.allSatisfy({ $0 == UInt8(ascii: "*") || $0 == ControlCode.space }) {
                continue
            }
            if IPTC7901TextReader.isNotForPublication(line) {
                note = []
                continue
            }
            notebook.append(line)
            note?.append(line)
            if story.metadata.authors.isEmpty, ByteText.hasPrefix(Array(line.utf8)[...], "reporting by") {
                let names = line.dropFirst("reporting by".count).trimmingCharactersIn(": ")
                story.metadata.authors = BylineParser.people(in: names)
            }
        }
        story.setExtra("notebook", notebook.joined(separator: "\n"))
        if let note, !note.isEmpty { story.editorNotes.append(note.joined(separator: "\n")) }
    }

    /// Notebook lines with their indented continuations (`  and Helen Corbett in New York`) joined.
    static func joiningContinuations(_ lines: ArraySlice<String>) -> [String] {
        var result: [String] = []
        for line in lines {
            if line.hasPrefix("  "), let last = result.last, !last.trimmingSpaces().isEmpty,
                !line.trimmingSpaces().isEmpty
            {
                result[result.count - 1] = last + " " + line.trimmingSpaces()
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// A notebook line without Markdown-style markers (`#`, `##`, `- `).
    static func withoutMarkers(_ raw: String) -> String {
        var text = Substring(raw.trimmingSpaces())
        while text.hasPrefix("#") { text = text.dropFirst() }
        if text.hasPrefix("- ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        return text.trimmingSpaces()
    }

    /// Removes desk initials (`dpa wsz jln npr`) from the last non-empty line.
    private mutating func stripSignOff(_ lines: inout [String]) {
        guard let last = lines.lastIndex(where: { !$0.trimmingSpaces().isEmpty }) else { return }
        let line = lines[last].trimmingSpaces()
        let standsAlone = last == 0 || lines[last - 1].trimmingSpaces().isEmpty
        if standsAlone, SignOff.isDeskCode(line) {
            story.setExtra("signOff", line)
            lines.removeSubrange(last...)
        }
    }
}
