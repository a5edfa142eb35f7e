import GalleyCore

/// The text writer's engine: nesting travels in a ``Prefix``; references accumulate.
struct TextRenderer {
    /// The line width in columns.
    let columns: Int
    let links: RenderProfile.LinkStyle

    /// What begins each line at the current nesting: the first line of a list item carries the
    /// marker, the others hang under its text.
    struct Prefix {
        var first: String
        var rest: String
        var isFirstPending = true

        var current: String { isFirstPending ? first : rest }

        /// The prefix for a nested block: `first` and `rest` appended.
        func child(first addedFirst: String, rest addedRest: String) -> Prefix {
            Prefix(first: current + addedFirst, rest: rest + addedRest)
        }

        /// Notes that a nested block has used the first line.
        mutating func absorb(_ child: Prefix) {
            if !child.isFirstPending { isFirstPending = false }
        }
    }

    /// A numbered reference listed at the end: a link target or a note.
    enum Reference {
        case url(String)
        case note([Block])
    }

    private(set) var output: [UInt8] = []
    var references: [Reference] = []
    var urlNumbers: [String: Int] = [:]
    /// The prefix of a blank line to write before the next line (the prefix of the container
    /// that asked for it, so that a blank line inside a quote keeps its `>`), or `nil`.
    var pendingBlank: String?
    /// How many lists enclose the block being written (for the bullet character).
    var listDepth = 0
    /// A wrapper done with, whose buffers ``wrapped(_:width:)`` fills again for the next
    /// paragraph instead of growing new ones.
    var spareWrapper: LineWrapper?

    /// The narrowest a wrapped line gets, however deep the nesting.
    static let minimumWidth = 20

    init(columns: Int, links: RenderProfile.LinkStyle) {
        self.columns = columns
        self.links = links
        output.reserveCapacity(16_384)
    }

    // MARK: - Lines

    /// Writes one line: the pending blank line, the prefix, the content, without trailing spaces.
    mutating func emit(_ content: String, _ prefix: inout Prefix) {
        var content = content
        content.withUTF8 { emit($0, &prefix) }
    }

    /// Writes one line of UTF-8 bytes, as ``emit(_:_:)-(String,_)`` does.
    mutating func emit(_ content: UnsafeBufferPointer<UInt8>, _ prefix: inout Prefix) {
        if let blank = pendingBlank {
            pendingBlank = nil
            let start = output.count
            output.append(contentsOf: blank.utf8)
            endLine(from: start)
        }
        let start = output.count
        let current = prefix.current
        if !current.isEmpty { output.append(contentsOf: current.utf8) }
        output.append(contentsOf: content)
        prefix.isFirstPending = false
        endLine(from: start)
    }

    /// Writes each of the wrapper's finished lines with ``emit(_:_:)-(UnsafeBufferPointer<UInt8>,_)``.
    mutating func emitLines(of wrapper: LineWrapper, _ prefix: inout Prefix) {
        wrapper.text.withUnsafeBufferPointer { text in
            var start = 0
            for end in wrapper.lineEnds {
                emit(UnsafeBufferPointer(rebasing: text[start..<end]), &prefix)
                start = end
            }
        }
    }

    /// Drops the spaces and tabs that end the line begun at `start`, and ends it.
    private mutating func endLine(from start: Int) {
        while output.count > start, let last = output.last, last == 0x20 || last == 0x09 { output.removeLast() }
        output.append(0x0A)
    }

    /// The width left for content after `prefix`.
    func available(_ prefix: Prefix) -> Int {
        let used = max(DisplayWidth.of(prefix.first), DisplayWidth.of(prefix.rest))
        return max(columns - used, min(columns, Self.minimumWidth))
    }

    // MARK: - Document

    mutating func renderHeader(_ meta: Metadata) {
        var prefix = Prefix(first: "", rest: "")
        if let title = meta.title, !title.isEmpty {
            let lines = wrap(title, width: columns)
            for line in lines { emit(line, &prefix) }
            emit(String(repeating: "=", count: max(3, lines.map { DisplayWidth.of($0) }.max() ?? 0)), &prefix)
        }
        if let subtitle = meta.subtitle, !subtitle.isEmpty {
            for line in wrap(subtitle, width: columns) { emit(line, &prefix) }
        }
        var details: [String] = []
        if let byline = meta.byline, !byline.isEmpty {
            details.append(byline)
        } else if !meta.authors.isEmpty {
            details.append("By " + meta.authors.joined(separator: ", "))
        }
        if let date = meta.date, !date.isEmpty { details.append(date) }
        if let source = meta.source, !source.isEmpty { details.append(source) }
        if !details.isEmpty {
            pendingBlank = output.isEmpty ? nil : ""
            for detail in details {
                for line in wrap(detail, width: columns) { emit(line, &prefix) }
            }
        }
        pendingBlank = output.isEmpty ? nil : ""
    }

    mutating func renderBody(_ blocks: [Block]) {
        var prefix = Prefix(first: "", rest: "")
        render(blocks, &prefix, isTight: false)
        renderReferences()
    }

    /// Writes the numbered references; notes met while writing notes are appended and written too.
    mutating func renderReferences() {
        var index = 0
        while index < references.count {
            let marker = "[\(index + 1)] "
            var prefix = Prefix(first: marker, rest: String(repeating: " ", count: marker.utf8.count))
            pendingBlank = index == 0 && !output.isEmpty ? "" : nil
            switch references[index] {
            case .url(let url): emit(url, &prefix)
            case .note(let blocks):
                if blocks.isEmpty { emit("", &prefix) }
                render(blocks, &prefix, isTight: false)
            }
            pendingBlank = nil
            index += 1
        }
    }

    /// The finished text, ending with exactly one line feed.
    mutating func finish() -> String {
        while output.last == 0x0A { output.removeLast() }
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` filled to `width` columns.
    func wrap(_ text: String, width: Int) -> [String] {
        var wrapper = LineWrapper(width: width)
        wrapper.append(text)
        return wrapper.finish()
    }
}
