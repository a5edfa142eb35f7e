import GalleyCore

/// A story while it is being read: the document so far plus what the finishing steps need.
struct Story: Sendable {
    var metadata = Metadata()
    var blocks: [Block] = []
    /// The transmission date from the trailer.
    var trailer: WireTrailer?
    /// A year known from the story itself (a source/date line), for dates written without one.
    var knownYear: Int?
    /// Whether paragraphs after a definite end mark (`Enditem`) are dropped (plain copy).
    var endsAtSignOff = false
    /// Notes collected while reading, joined into `editorNote`.
    var editorNotes: [String] = []

    /// Appends a paragraph of plain text, unless it is empty.
    mutating func appendParagraph(_ text: String) {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { return }
        blocks.append(.paragraph([.text(trimmed)]))
    }

    /// Sets an `extra` string unless empty.
    mutating func setExtra(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        metadata.extra[key] = .string(value)
    }
}
