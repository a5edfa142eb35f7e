import GalleyCore

// Footnotes and link references, written after the body.

extension MarkdownRenderer {
    /// Writes a note's reference and queues its body.
    ///
    /// GFM: `[^n]`. CommonMark has no notes: the number as `<sup>n</sup>` (or `[n]` without
    /// raw HTML), the bodies as a numbered list after a rule at the end.
    mutating func writeNoteReference(_ blocks: [Block]) {
        notes.append(blocks)
        let number = String(notes.count)
        if isGFM {
            if labelPrefixHasLineFeed { paragraphHasLineFeed = true }
            out.append(contentsOf: "[^".utf8)
            out.append(contentsOf: options.labelPrefix.utf8)
            out.append(contentsOf: number.utf8)
            out.append(UInt8(ascii: "]"))
        } else if options.allowsRawHTML {
            out.append(contentsOf: "<sup>".utf8)
            out.append(contentsOf: number.utf8)
            out.append(contentsOf: "</sup>".utf8)
        } else {
            out.append(contentsOf: "\\[".utf8)
            out.append(contentsOf: number.utf8)
            out.append(UInt8(ascii: "]"))
        }
    }

    /// Writes the queued note bodies (notes inside notes are numbered as they are met).
    mutating func writeNotes() {
        guard !notes.isEmpty else { return }
        if isGFM {
            var index = 0
            while index < notes.count {
                if !out.isEmpty { blankLine() }
                var label = Array("[^".utf8)
                label += options.labelPrefix.utf8
                label += String(index + 1).utf8
                label += "]: ".utf8
                let body = notes[index]
                within(first: label, rest: "    ".utf8) { $0.writeBlocks(body, isTight: false) }
                index += 1
            }
            return
        }
        if !out.isEmpty { blankLine() }
        out.append(contentsOf: "___\n".utf8)
        var index = 0
        while index < notes.count {
            blankLine()
            var marker = Array(String(index + 1).utf8)
            marker += ". ".utf8
            let body = notes[index]
            within(first: marker, rest: [UInt8](repeating: 0x20, count: marker.count)) {
                $0.writeBlocks(body, isTight: false)
            }
            index += 1
        }
    }

    /// Writes the `[n]: url "title"` definitions of `--reference-links`.
    mutating func writeReferences() {
        guard !references.isEmpty else { return }
        blankLine()
        for (index, reference) in references.enumerated() {
            out.append(UInt8(ascii: "["))
            out.append(contentsOf: options.labelPrefix.utf8)
            out.append(contentsOf: String(index + 1).utf8)
            out.append(contentsOf: "]: ".utf8)
            var url = reference.url
            url.withUTF8 { writeDestination($0) }
            if !reference.title.isEmpty {
                out.append(contentsOf: " \"".utf8)
                var title = reference.title
                title.withUTF8 { writeTitle($0) }
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: "\n"))
        }
    }
}
