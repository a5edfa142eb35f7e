import GalleyCore

// Inline content as Markdown can show it. Spans are flattened, whitespace and breaks move out
// of emphasis (a delimiter cannot sit next to a space), empty marks and code disappear, and
// spaces next to line breaks go (Markdown strips them).

extension MarkdownRenderer {
    /// The inlines of a block: normalised, without leading or trailing whitespace and breaks.
    mutating func normalizedBlockInlines(_ inlines: [Inline]) -> [Inline] {
        blockInlinesIfChanged(inlines) ?? inlines
    }

    /// The inlines of a block as ``normalizedBlockInlines(_:)`` gives them, or `nil` when that
    /// changes nothing (no array is built then).
    mutating func blockInlinesIfChanged(_ inlines: [Inline]) -> [Inline]? {
        let normalized = normalizedIfChanged(inlines)
        if normalized == nil, Self.hasTrimmedEdges(inlines) { return nil }
        var result = normalized ?? inlines
        while let first = result.first {
            if case .text(let text) = first {
                let trimmed = Self.trimmingLeadingSpaces(text)
                if trimmed.isEmpty { result.removeFirst(); continue }
                result[0] = .text(trimmed)
                break
            } else if first == .softBreak || first == .lineBreak {
                result.removeFirst()
            } else {
                break
            }
        }
        while let last = result.last {
            if case .text(let text) = last {
                let trimmed = Self.trimmingTrailingSpaces(text)
                if trimmed.isEmpty { result.removeLast(); continue }
                result[result.count - 1] = .text(trimmed)
                break
            } else if last == .softBreak || last == .lineBreak {
                result.removeLast()
            } else {
                break
            }
        }
        return result
    }

    /// Normalised inlines (see the file's header); the same array when nothing changes.
    mutating func normalizedInlines(_ inlines: [Inline]) -> [Inline] {
        normalizedIfChanged(inlines) ?? inlines
    }

    /// Normalised inlines, or `nil` when normalising changes nothing.
    ///
    /// Most content is already normal: it is only checked, and an array is built from the first
    /// inline that changes on. Every inline is looked at once, nested content included.
    private mutating func normalizedIfChanged(_ inlines: [Inline]) -> [Inline]? {
        var result: [Inline] = []
        var previous = Edge.other
        var index = inlines.startIndex
        while index < inlines.endIndex {
            // Texts and links, the most common inlines, go straight to their check (only what
            // is looked at is copied out, not the inline).
            if case .text(let text) = inlines[index],
                let edge = Self.keptTextEdge(text, after: previous, scansLineEnds: !defersLineEndCheck)
            {
                previous = edge
                index += 1
                continue
            }
            if !isNormalizingLink, case .link(let link) = inlines[index] {
                // Most link texts are one text that stays as it is: that is checked here, without
                // the call.
                let children: [Inline]?
                if link.content.count == 1, case .text(let text) = link.content[0],
                    Self.keptTextEdge(text, after: .other, scansLineEnds: !defersLineEndCheck) != nil
                {
                    children = nil
                } else {
                    isNormalizingLink = true
                    children = normalizedIfChanged(link.content)
                    isNormalizingLink = false
                }
                recordAttributeLoss(.link, if: Self.hasAttributes(inlines[index]))
                // The whole link is copied only when its content changes.
                guard let children, case .link(var normalized) = inlines[index] else {
                    previous = .other
                    index += 1
                    continue
                }
                normalized.content = children
                result.reserveCapacity(inlines.count)
                result += inlines[..<index]
                result.append(.link(normalized))
                for rest in inlines[(index + 1)...] { appendNormalized(rest, to: &result) }
                return result
            }
            if let content = markContent(of: inlines, at: index) {
                let children = normalizedIfChanged(content)
                if children == nil, Self.hasTrimmedEdges(content) {
                    previous = .other
                    index += 1
                    continue
                }
                let inline = inlines[index]
                result.reserveCapacity(inlines.count)
                result += inlines[..<index]
                appendMark(children ?? content, to: &result) { Self.replacingContent(of: inline, with: $0) }
                for rest in inlines[(index + 1)...] { appendNormalized(rest, to: &result) }
                return result
            }
            let inline = inlines[index]
            if let edge = keptEdge(inline, after: previous) {
                previous = edge
                index += 1
                continue
            } else {
                result.reserveCapacity(inlines.count)
                result += inlines[..<index]
                appendNormalized(inline, to: &result)
            }
            // From the first change on, the rest is appended one by one.
            for rest in inlines[(index + 1)...] { appendNormalized(rest, to: &result) }
            return result
        }
        return nil
    }

    /// What keeping an inline depends on in the inline before it.
    private enum Edge {
        /// Nothing before, or an inline that nothing merges with or trims.
        case other
        case text(endsInSpace: Bool)
        case code
        case softBreak
        case lineBreak
    }

    /// The content of `inlines[index]` if it is written as a mark (emphasis, strong emphasis,
    /// and strikeout, superscript and subscript where they can be written), else `nil`.
    private func markContent(of inlines: [Inline], at index: Int) -> [Inline]? {
        // Matched in place: only the content is copied out, not the inline.
        switch inlines[index] {
        case .emphasis(let content), .strong(let content): return content
        case .strikeout(let content): return isGFM || options.allowsRawHTML ? content : nil
        case .superscript(let content), .subscript(let content): return options.allowsRawHTML ? content : nil
        default: return nil
        }
    }

    /// Whether a span, link or image has attributes.
    static func hasAttributes(_ inline: Inline) -> Bool {
        switch inline {
        case .span(let attributes, _): return !attributes.isEmpty
        case .link(let link): return !link.attributes.isEmpty
        case .image(let image): return !image.attributes.isEmpty
        default: return false
        }
    }

    /// The mark `inline` with other content.
    private static func replacingContent(of inline: Inline, with content: [Inline]) -> Inline {
        switch inline {
        case .emphasis: return .emphasis(content)
        case .strong: return .strong(content)
        case .strikeout: return .strikeout(content)
        case .superscript: return .superscript(content)
        case .subscript: return .subscript(content)
        default: return inline
        }
    }

    /// Whether normalised content is non-empty and starts and ends without whitespace or breaks.
    private static func hasTrimmedEdges(_ inlines: [Inline]) -> Bool {
        guard let first = inlines.first, let last = inlines.last else { return false }
        switch first {
        case .text(let text): if let byte = firstByte(of: text), isSpaceOrTab(byte) { return false }
        case .softBreak, .lineBreak: return false
        default: break
        }
        switch last {
        case .text(let text): if let byte = lastByte(of: text), isSpaceOrTab(byte) { return false }
        case .softBreak, .lineBreak: return false
        default: break
        }
        return true
    }

    /// Whether ``appendNormalized(_:to:)`` would append this inline (not a mark or a link
    /// outside a link) unchanged after `previous`, itself unchanged: then what the next inline
    /// sees of it, else `nil`. Reports what the append would report.
    private mutating func keptEdge(_ inline: Inline, after previous: Edge) -> Edge? {
        switch inline {
        case .text(let text):
            return Self.keptTextEdge(text, after: previous, scansLineEnds: !defersLineEndCheck)
        case .softBreak:
            switch previous {
            case .text(let endsInSpace): return endsInSpace ? nil : .softBreak
            case .softBreak, .lineBreak: return nil
            case .other, .code: return .softBreak
            }
        case .lineBreak:
            switch previous {
            case .text(let endsInSpace): return endsInSpace ? nil : .lineBreak
            case .softBreak: return nil
            case .lineBreak, .other, .code: return .lineBreak
            }
        case .code(let text):
            if text.isEmpty || Self.containsLineEnd(text) { return nil }
            if case .code = previous { return nil }
            return .code
        case .image:
            recordAttributeLoss(.image, if: Self.hasAttributes(inline))
            return .other
        case .note(let blocks):
            let wasInLink = isNormalizingLink
            isNormalizingLink = false
            defer { isNormalizingLink = wasInLink }
            return effectiveBlocks(blocks).isEmpty ? nil : .other
        case .rawInline(let format, _):
            return passesRaw(format) ? .other : nil
        case .emphasis, .strong, .strikeout, .superscript, .subscript, .span, .link:
            return nil
        }
    }

    /// ``keptEdge(_:after:)`` for a text. (Inlined, so that the text is not retained for the
    /// call: only the copy of a string that does not lend its buffer could release it.)
    ///
    /// - Parameter scansLineEnds: Whether a text holding a line end is told apart (it changes);
    ///   without the scan it is taken as kept, for the writer to notice (see
    ///   ``defersLineEndCheck``).
    @inline(__always)
    private static func keptTextEdge(_ text: String, after previous: Edge, scansLineEnds: Bool) -> Edge? {
        // Texts next to each other merge: that needs no look at the bytes.
        if case .text = previous { return nil }
        guard let edges = lineEdges(of: text, scansLineEnds: scansLineEnds) else { return nil }
        switch previous {
        case .softBreak, .lineBreak: if isSpaceOrTab(edges.first) { return nil }
        case .text, .other, .code: break
        }
        return .text(endsInSpace: isSpaceOrTab(edges.last))
    }

    private mutating func appendNormalized(_ inline: Inline, to result: inout [Inline]) {
        switch inline {
        case .text(var text):
            if Self.containsLineEnd(text) {
                text = String(decoding: text.utf8.map { $0 == 10 || $0 == 13 ? 32 : $0 }, as: UTF8.self)
            }
            appendText(text, to: &result)
        case .softBreak, .lineBreak:
            if case .text(let text) = result.last {
                let trimmed = Self.trimmingTrailingSpaces(text)
                if trimmed.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(trimmed) }
            }
            if let last = result.last, last == .softBreak || last == .lineBreak {
                if inline == .lineBreak, last == .softBreak { result[result.count - 1] = .lineBreak }
                if inline == .softBreak || last == .softBreak { return }
            }
            result.append(inline)
        case .emphasis(let content): appendMark(normalizedInlines(content), to: &result, Inline.emphasis)
        case .strong(let content): appendMark(normalizedInlines(content), to: &result, Inline.strong)
        case .strikeout(let content):
            if !isGFM, !options.allowsRawHTML {
                warn("strikeout is written as plain text in CommonMark without raw HTML")
                for child in content { appendNormalized(child, to: &result) }
            } else {
                appendMark(normalizedInlines(content), to: &result, Inline.strikeout)
            }
        case .superscript(let content):
            if options.allowsRawHTML { appendMark(normalizedInlines(content), to: &result, Inline.superscript); return }
            warn("superscript and subscript are written as plain text without raw HTML")
            for child in content { appendNormalized(child, to: &result) }
        case .subscript(let content):
            if options.allowsRawHTML { appendMark(normalizedInlines(content), to: &result, Inline.subscript); return }
            warn("superscript and subscript are written as plain text without raw HTML")
            for child in content { appendNormalized(child, to: &result) }
        case .span(_, let content):
            recordAttributeLoss(.span, if: Self.hasAttributes(inline))
            for child in content { appendNormalized(child, to: &result) }
        case .code(let text):
            if text.isEmpty { return }
            var code = text
            if Self.containsLineEnd(code) {
                code = String(decoding: text.utf8.map { $0 == 10 || $0 == 13 ? 32 : $0 }, as: UTF8.self)
            }
            // Adjacent code spans cannot be written apart (their backtick runs would join); they
            // render as one.
            if case .code(let previous) = result.last {
                result[result.count - 1] = .code(previous + code)
            } else {
                result.append(.code(code))
            }
        case .link(var link):
            if isNormalizingLink {
                // Markdown has no links inside links: the inner one becomes its text.
                warn("links inside link text are written as their text")
                for child in link.content { appendNormalized(child, to: &result) }
                return
            }
            isNormalizingLink = true
            link.content = normalizedInlines(link.content)
            isNormalizingLink = false
            recordAttributeLoss(.link, if: Self.hasAttributes(inline))
            result.append(.link(link))
        case .image:
            recordAttributeLoss(.image, if: Self.hasAttributes(inline))
            result.append(inline)
        case .note(let blocks):
            // A note's body is its own text, even when the reference sits in a link.
            let wasInLink = isNormalizingLink
            isNormalizingLink = false
            defer { isNormalizingLink = wasInLink }
            if effectiveBlocks(blocks).isEmpty { return }
            result.append(inline)
        case .rawInline(let format, let text):
            if passesRaw(format) {
                result.append(inline)
            } else if !text.isEmpty {
                warn("raw \(format) inlines are dropped")
            }
        }
    }

    /// Appends text, merging it into a preceding text and dropping spaces after a break.
    private func appendText(_ text: String, to result: inout [Inline]) {
        var text = text
        if let last = result.last, last == .softBreak || last == .lineBreak {
            text = Self.trimmingLeadingSpaces(text)
        }
        if text.isEmpty { return }
        if case .text(let previous) = result.last {
            result[result.count - 1] = .text(previous + text)
        } else {
            result.append(.text(text))
        }
    }

    /// Appends a mark with whitespace and breaks at its edges moved outside it.
    ///
    /// - Parameter children: The mark's content, normalised.
    private mutating func appendMark(_ children: [Inline], to result: inout [Inline], _ make: ([Inline]) -> Inline) {
        var children = children
        var leading: [Inline] = []
        var trailing: [Inline] = []
        while let first = children.first {
            if case .text(let text) = first {
                let trimmed = Self.trimmingLeadingSpaces(text)
                if trimmed.utf8.count == text.utf8.count { break }
                leading.append(.text(String(decoding: text.utf8.prefix(text.utf8.count - trimmed.utf8.count), as: UTF8.self)))
                if trimmed.isEmpty { children.removeFirst() } else { children[0] = .text(trimmed); break }
            } else if first == .softBreak || first == .lineBreak {
                leading.append(children.removeFirst())
            } else {
                break
            }
        }
        while let last = children.last {
            if case .text(let text) = last {
                let trimmed = Self.trimmingTrailingSpaces(text)
                if trimmed.utf8.count == text.utf8.count { break }
                trailing.insert(.text(String(decoding: text.utf8.suffix(text.utf8.count - trimmed.utf8.count), as: UTF8.self)), at: 0)
                if trimmed.isEmpty { children.removeLast() } else { children[children.count - 1] = .text(trimmed); break }
            } else if last == .softBreak || last == .lineBreak {
                trailing.insert(children.removeLast(), at: 0)
            } else {
                break
            }
        }
        for inline in leading { appendNormalized(inline, to: &result) }
        if !children.isEmpty { result.append(make(children)) }
        for inline in trailing { appendNormalized(inline, to: &result) }
    }

    /// Whether the text holds a line feed or carriage return (one scan of its UTF-8 buffer).
    static func containsLineEnd(_ text: String) -> Bool {
        contains(0x0A, or: 0x0D, in: text)
    }

    /// The first and last UTF-8 bytes of a text that is not empty and (if `scansLineEnds`)
    /// holds no line feed or carriage return, else `nil` (one look at the string's buffer).
    @inline(__always)
    static func lineEdges(of text: String, scansLineEnds: Bool = true) -> (first: UInt8, last: UInt8)? {
        withUTF8(of: text) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            if scansLineEnds, ByteScan.contains(0x0A, or: 0x0D, in: bytes) { return nil }
            return (first, last)
        }
    }

    /// Whether the text holds a line feed.
    static func containsLineFeed(_ text: String) -> Bool {
        contains(0x0A, or: 0x0A, in: text)
    }

    /// Whether the text's UTF-8 holds `first` or `second` (one scan).
    @inline(__always)
    private static func contains(_ first: UInt8, or second: UInt8, in text: String) -> Bool {
        withUTF8(of: text) { ByteScan.contains(first, or: second, in: $0) }
    }

    /// Calls `body` with the text's UTF-8 bytes. Native strings lend their buffer; others are
    /// copied once, in a call of its own: inlined here, the copy's possible release would make
    /// every caller retain the text around the look at its bytes.
    @inline(__always)
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return withCopiedUTF8(of: text, body)
    }

    /// ``withUTF8(of:_:)`` for a string that does not lend its buffer.
    @inline(never)
    static func withCopiedUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The last UTF-8 byte of `text`, read from a native string's buffer (the view's `last`
    /// walks the string's index machinery).
    static func lastByte(of text: String) -> UInt8? {
        if let last = text.utf8.withContiguousStorageIfAvailable({ $0.last }) { return last }
        return text.utf8.last
    }

    /// The first UTF-8 byte of `text`, read from a native string's buffer (the view's `first`
    /// is a call into the generic collection code).
    static func firstByte(of text: String) -> UInt8? {
        if let first = text.utf8.withContiguousStorageIfAvailable({ $0.first }) { return first }
        return text.utf8.first
    }

    static func trimmingLeadingSpaces(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, isSpaceOrTab(first) else { return text }
        return String(Substring(utf8.drop(while: isSpaceOrTab)))
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        let utf8 = text.utf8
        guard let last = lastByte(of: text), isSpaceOrTab(last) else { return text }
        var end = utf8.endIndex
        while end > utf8.startIndex, isSpaceOrTab(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(Substring(utf8[utf8.startIndex..<end]))
    }
}
