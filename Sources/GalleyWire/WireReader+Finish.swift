import GalleyCore

extension WireReader {
    /// The finishing steps every story shares: sign-offs, dateline, notes, date and source.
    func finish(_ story: Story, context: inout ConversionContext) -> Document {
        var story = story
        applySignOffs(&story, context: &context)
        applyDateline(&story)
        applyAlertTitle(&story)
        if !story.editorNotes.isEmpty, story.metadata.editorNote == nil {
            story.metadata.editorNote = story.editorNotes.filter { !$0.isEmpty }.joined(separator: "\n")
        }
        if let trailer = story.trailer {
            let reference = context.timestamp.map { Int($0 / 60) }
            let resolved = trailer.resolved(year: story.knownYear, referenceMinute: reference)
            if let iso = resolved.isoString {
                story.metadata.date = iso
            } else if resolved.partial != nil {
                context.report(Diagnostic(.note, code: "wire.date-without-year",
                    message: "the trailer '\(trailer.text)' gives no year; the date is left out"))
            }
        }
        if story.metadata.source == nil, let source = story.metadata.dateline?.source {
            story.metadata.source = source
        }
        return Document(metadata: story.metadata, blocks: story.blocks)
    }

    // MARK: - Sign-offs

    private func applySignOffs(_ story: inout Story, context: inout ConversionContext) {
        var removed: [String] = []
        var reporters: [String] = []
        if story.endsAtSignOff, let cut = firstStoryEnd(story.blocks) {
            let (index, match) = cut
            let dropped = story.blocks.count - index - 1
            story.blocks.removeSubrange((index + 1)...)
            replaceParagraph(&story.blocks, at: index, with: match.rest)
            removed += match.removed
            reporters += match.reporters
            if dropped > 0 {
                context.report(Diagnostic(.note, code: "wire.after-end-dropped",
                    message: "dropped \(dropped) block(s) after the story's end mark '\(match.removed.last ?? "")'"))
            }
        }
        var rounds = 0
        while rounds < 3, let last = story.blocks.indices.last, case .paragraph(let content) = story.blocks[last],
            let match = SignOff.strip(content.plainText)
        {
            replaceParagraph(&story.blocks, at: last, with: match.rest)
            removed.insert(contentsOf: match.removed, at: 0)
            reporters += match.reporters
            rounds += 1
        }
        guard !removed.isEmpty || !reporters.isEmpty else { return }
        if case .string(let earlier) = story.metadata.extra["signOff"] { removed.append(earlier) }
        story.setExtra("signOff", removed.joined(separator: " "))
        if story.metadata.authors.isEmpty { story.metadata.authors = reporters }
    }

    /// The first paragraph that closes with a definite end mark (`Enditem`, `END`).
    private func firstStoryEnd(_ blocks: [Block]) -> (Int, SignOff.Match)? {
        for (index, block) in blocks.enumerated() {
            guard case .paragraph(let content) = block, let match = SignOff.strip(content.plainText),
                match.endsStory
            else { continue }
            return (index, match)
        }
        return nil
    }

    private func replaceParagraph(_ blocks: inout [Block], at index: Int, with text: String) {
        if text.isEmpty {
            blocks.remove(at: index)
        } else {
            blocks[index] = .paragraph([.text(text)])
        }
    }

    /// A story without a headline whose body is one paragraph (an alert, a flash) is titled by it.
    private func applyAlertTitle(_ story: inout Story) {
        guard story.metadata.title == nil else { return }
        let paragraphs = story.blocks.compactMap { block -> [Inline]? in
            if case .paragraph(let content) = block { return content }
            return nil
        }
        guard paragraphs.count == 1, story.blocks.count == 1, let text = paragraphs.first?.plainText,
            text.utf8.count <= 300
        else { return }
        story.metadata.title = text
    }

    // MARK: - Dateline

    /// How many leading blocks may come before the dateline paragraph (a subhead, an abstract).
    static let datelineSearchBlocks = 3

    private func applyDateline(_ story: inout Story) {
        for index in story.blocks.indices.prefix(WireReader.datelineSearchBlocks) {
            guard case .paragraph(let content) = story.blocks[index], content.count == 1,
                case .text(let text) = content[0], var match = DatelineParser.parse(text)
            else { continue }
            if let iso = match.isoDate(fallbackYear: story.knownYear ?? story.trailer?.date?.year) {
                match.dateline.date = iso
            }
            story.metadata.dateline = match.dateline
            if !options.keepsDateline { replaceParagraph(&story.blocks, at: index, with: match.rest) }
            return
        }
    }
}
