import GalleyCore

// Inline markup: emphasis with delimiters the flanking rules accept, code spans, links, images,
// notes and raw HTML.

extension MarkdownRenderer {
    /// Where inlines are written.
    enum InlineMode {
        /// A paragraph: soft and hard breaks become line ends.
        case paragraph
        /// An ATX heading or a table cell: everything stays on one line.
        case singleLine
    }

    /// Writes normalised inlines.
    mutating func writeInlines(_ inlines: [Inline], mode: InlineMode, next: Next) {
        // The inlines are read in place (a copy held from one step to the next costs a retain
        // and a release each).
        // Texts, links and images, the most common inlines, are matched here: only what is
        // written is copied out, not the inline.
        // What follows is looked at only for the inlines that need it (not links or images).
        let last = inlines.count - 1
        for index in inlines.indices {
            if case .text(let text) = inlines[index] {
                writeText(text, mode: mode, next: index < last ? leadingNext(of: inlines, at: index + 1, mode: mode) : next)
            } else if case .link(let link) = inlines[index] {
                writeLink(url: link.url, title: link.title, content: link.content, mode: mode)
                isAtLineStart = false
            } else if case .image(let image) = inlines[index] {
                writeImage(source: image.source, alt: image.alt, title: image.title)
                isAtLineStart = false
            } else {
                writeInline(inlines[index], mode: mode, next: index < last ? leadingNext(of: inlines, at: index + 1, mode: mode) : next)
            }
        }
    }

    private mutating func writeInline(_ inline: Inline, mode: InlineMode, next: Next) {
        switch inline {
        case .text, .link, .image:
            return  // written by writeInlines
        case .softBreak:
            if mode == .paragraph, options.wrap == .preserve {
                out.append(UInt8(ascii: "\n"))
                paragraphHasLineFeed = true
                isAtLineStart = true
                return
            }
            if mode == .paragraph, options.wrap == .auto {
                addWrapRegion(WrapRegion(start: out.count, end: out.count + 1, nextByte: 0, isSoftBreak: true))
            }
            out.append(UInt8(ascii: " "))
            return
        case .lineBreak:
            if mode == .paragraph {
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(ascii: "\n"))
                paragraphHasLineFeed = true
                isAtLineStart = true
                return
            }
            if options.allowsRawHTML {
                out.append(contentsOf: "<br>".utf8)
            } else {
                warn("line breaks in headings and table cells are written as spaces without raw HTML")
                out.append(UInt8(ascii: " "))
            }
        case .emphasis(let content): writeMark(content, delimiters: Self.emphasisDelimiters, tag: "em", mode: mode, next: next)
        case .strong(let content): writeMark(content, delimiters: Self.strongDelimiters, tag: "strong", mode: mode, next: next)
        case .strikeout(let content):
            writeMark(content, delimiters: isGFM ? Self.strikeoutDelimiters : [], tag: "del", mode: mode, next: next)
        case .superscript(let content): writeTagged(content, tag: "sup", mode: mode)
        case .subscript(let content): writeTagged(content, tag: "sub", mode: mode)
        case .code(let text): writeCodeSpan(Array(text.utf8))
        case .note(let blocks): writeNoteReference(blocks)
        case .rawInline(_, let text):
            if Self.containsLineFeed(text) { paragraphHasLineFeed = true }
            out.append(contentsOf: text.utf8)
        case .span(_, let content): writeInlines(content, mode: mode, next: next)
        }
        isAtLineStart = false
    }

    static let emphasisDelimiters: [[UInt8]] = [Array("*".utf8), Array("_".utf8)]
    static let strongDelimiters: [[UInt8]] = [Array("**".utf8), Array("__".utf8)]
    static let strikeoutDelimiters: [[UInt8]] = [Array("~~".utf8)]

    /// What an inline starts with, as far as the flanking rules care.
    func leadingNext(_ inline: Inline, mode: InlineMode) -> Next {
        switch inline {
        case .text(let text):
            return Self.leadingNext(ofText: text)
        case .softBreak:
            return Next(byte: UInt8(ascii: "\n"), flank: .whitespace)
        case .lineBreak:
            if mode == .paragraph { return Next(byte: UInt8(ascii: "\\"), flank: .punctuation) }
            return options.allowsRawHTML ? Next(byte: UInt8(ascii: "<"), flank: .punctuation) : Next(byte: 0x20, flank: .whitespace)
        case .code: return Next(byte: UInt8(ascii: "`"), flank: .punctuation)
        case .link: return Self.linkStart
        case .image: return Next(byte: UInt8(ascii: "!"), flank: .punctuation)
        case .superscript, .subscript: return Next(byte: UInt8(ascii: "<"), flank: .punctuation)
        case .note: return Next(byte: isGFM ? UInt8(ascii: "[") : 0, flank: .punctuation)
        case .rawInline(_, let text):
            guard let first = text.unicodeScalars.first else { return .markup }
            return Next(byte: first.isASCII ? UInt8(first.value) : 0x80, flank: Flank(first))
        case .span(_, let content):
            return content.first.map { leadingNext($0, mode: mode) } ?? .markup
        case .emphasis, .strong, .strikeout:
            return .markup
        }
    }

    /// What `inlines[index]` starts with (see ``leadingNext(_:mode:)``); a text or link is
    /// looked at in place, without copying the inline.
    func leadingNext(of inlines: [Inline], at index: Int, mode: InlineMode) -> Next {
        if case .text(let text) = inlines[index] { return Self.leadingNext(ofText: text) }
        if case .link = inlines[index] { return Self.linkStart }
        return leadingNext(inlines[index], mode: mode)
    }

    /// What a link starts with (its bracket or, for an autolink, its angle bracket; the byte is
    /// not known in advance).
    static let linkStart = Next(byte: 0, flank: .punctuation)

    /// What a text starts with, as far as the flanking rules care.
    static func leadingNext(ofText text: String) -> Next {
        // Most texts start with an ASCII byte: its class needs no scalar decoding.
        if let byte = firstByte(of: text), byte < 0x80 { return Next(byte: byte, flank: Flank(Unicode.Scalar(byte))) }
        guard let first = text.unicodeScalars.first else { return .markup }
        return Next(byte: first.isASCII ? UInt8(first.value) : 0x80, flank: Flank(first))
    }

    /// What the last of `inlines` ends with (see ``trailingFlank(_:)``); a text is looked at in
    /// place, without copying the inline.
    func trailingFlank(of inlines: [Inline]) -> Flank {
        if let last = inlines.indices.last, case .text(let text) = inlines[last] {
            if let byte = Self.lastByte(of: text), byte < 0x80 { return Flank(Unicode.Scalar(byte)) }
            return text.unicodeScalars.last.map(Flank.init) ?? .punctuation
        }
        return trailingFlank(inlines.last)
    }

    /// What an inline ends with, as far as the flanking rules care.
    func trailingFlank(_ inline: Inline?) -> Flank {
        switch inline {
        case .text(let text)?:
            if let byte = Self.lastByte(of: text), byte < 0x80 { return Flank(Unicode.Scalar(byte)) }
            return text.unicodeScalars.last.map(Flank.init) ?? .punctuation
        case .softBreak?, nil: return .whitespace
        case .lineBreak?: return .punctuation
        case .emphasis?, .strong?, .strikeout?: return .symbol
        default: return .punctuation
        }
    }

    /// Writes emphasis, strong emphasis or strikeout with the first delimiter that can open and
    /// close where it stands, else as an HTML element, else (no raw HTML) as plain content.
    private mutating func writeMark(_ content: [Inline], delimiters: [[UInt8]], tag: String, mode: InlineMode, next: Next) {
        let previousByte = isAtLineStart ? 0x20 : out.last ?? 0x20
        let before = trailingFlankOfOutput()
        let first = content.isEmpty ? .markup : leadingNext(of: content, at: 0, mode: mode)
        let last = trailingFlank(of: content)
        for bytes in delimiters {
            let byte = bytes[0]
            guard previousByte != byte, next.byte != byte, first.byte != byte else { continue }
            guard Flank.canOpen(byte, before, first.flank, underBoth: true),
                Flank.canClose(byte, last, next.flank, underBoth: true)
            else { continue }
            // An opener that could also close would close an enclosing mark of the same kind.
            if openDelimiters.contains(byte), Flank.canClose(byte, before, first.flank, underBoth: false) { continue }
            out.append(contentsOf: bytes)
            isAtLineStart = false
            openDelimiters.append(byte)
            writeInlines(content, mode: mode, next: Next(byte: byte, flank: Flank(Unicode.Scalar(byte))))
            openDelimiters.removeLast()
            out.append(contentsOf: bytes)
            return
        }
        if options.allowsRawHTML {
            writeTagged(content, tag: tag, mode: mode)
        } else {
            warn("emphasis that no delimiter can express where it stands is written as plain text")
            writeInlines(content, mode: mode, next: next)
        }
    }

    /// Writes `<tag>content</tag>` with the content as Markdown.
    private mutating func writeTagged(_ content: [Inline], tag: String, mode: InlineMode) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: tag.utf8)
        out.append(UInt8(ascii: ">"))
        isAtLineStart = false
        writeInlines(content, mode: mode, next: Next(byte: UInt8(ascii: "<"), flank: .punctuation))
        out.append(contentsOf: "</".utf8)
        out.append(contentsOf: tag.utf8)
        out.append(UInt8(ascii: ">"))
    }

    /// The longest backtick string cmark (0.29) accepts around a code span.
    static let longestCodeSpanDelimiter = 80

    /// Writes a code span whose backtick string matches no run inside it.
    mutating func writeCodeSpan(_ text: [UInt8]) {
        // Backtick run lengths present, as bits (runs of 64 or more are rare enough to scan for).
        var runs: UInt64 = 0
        var longRuns: [Int] = []
        var current = 0
        for index in 0...text.count {
            if index < text.count, text[index] == UInt8(ascii: "`") {
                current += 1
            } else {
                if current > 0 { if current < 64 { runs |= 1 << current } else { longRuns.append(current) } }
                current = 0
            }
        }
        var length = 1
        while length < 64 ? runs & (1 << length) != 0 : longRuns.contains(length) { length += 1 }
        if length > Self.longestCodeSpanDelimiter {
            // cmark reads no code span delimited by more than 80 backticks.
            if options.allowsRawHTML {
                var html = Array("<code>".utf8)
                Self.appendEscapedHTML(String(decoding: text, as: UTF8.self), to: &html)
                html += "</code>".utf8
                out.append(contentsOf: html)
            } else {
                warn("code spans that need more than 80 backticks are written as text without raw HTML")
                writeText(String(decoding: text, as: UTF8.self), mode: .singleLine, next: .markup)
            }
            return
        }
        let ticks = [UInt8](repeating: UInt8(ascii: "`"), count: length)
        let isAllSpaces = text.allSatisfy { $0 == 0x20 }
        let pads = text.first == UInt8(ascii: "`") || text.last == UInt8(ascii: "`")
            || (!isAllSpaces && text.first == 0x20 && text.last == 0x20)
        out.append(contentsOf: ticks)
        if pads { out.append(0x20) }
        out.append(contentsOf: text)
        if pads { out.append(0x20) }
        out.append(contentsOf: ticks)
    }

    // MARK: - Links and images

    /// Writes a link. (Its parts come one by one: the link is not copied.)
    private mutating func writeLink(url: String, title: String, content: [Inline], mode: InlineMode) {
        if linkDepth > 0 {
            warn("links inside link text are written as their text")
            writeInlines(content, mode: mode, next: Next(byte: UInt8(ascii: "]"), flank: .punctuation))
            return
        }
        if title.isEmpty, case .text(let text)? = content.first, content.count == 1,
            Self.mayEqual(text, url), text == url, Self.isAutolinkable(Array(url.utf8))
        {
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: url.utf8)
            out.append(UInt8(ascii: ">"))
            return
        }
        out.append(UInt8(ascii: "["))
        linkDepth += 1
        writeInlines(content, mode: mode, next: Next(byte: UInt8(ascii: "]"), flank: .punctuation))
        linkDepth -= 1
        out.append(UInt8(ascii: "]"))
        if options.usesReferenceLinks {
            let reference = Reference(url: url, title: title)
            let number: Int
            if let existing = referenceLabels[reference] {
                number = existing
            } else {
                references.append(reference)
                number = references.count
                referenceLabels[reference] = number
            }
            out.append(UInt8(ascii: "["))
            if labelPrefixHasLineFeed { paragraphHasLineFeed = true }
            out.append(contentsOf: options.labelPrefix.utf8)
            out.append(contentsOf: String(number).utf8)
            out.append(UInt8(ascii: "]"))
        } else {
            writeTarget(url: url, title: title)
        }
    }

    /// Writes an image. (Its parts come one by one: the image is not copied.)
    private mutating func writeImage(source: String, alt: String, title: String) {
        out.append(UInt8(ascii: "!"))
        out.append(UInt8(ascii: "["))
        linkDepth += 1
        var alt = alt
        if Self.containsLineEnd(alt) {
            alt = String(decoding: alt.utf8.map { $0 == 10 || $0 == 13 ? 32 : $0 }, as: UTF8.self)
        }
        isAtLineStart = false
        writeText(alt, mode: .singleLine, next: Next(byte: UInt8(ascii: "]"), flank: .punctuation))
        linkDepth -= 1
        out.append(UInt8(ascii: "]"))
        writeTarget(url: source, title: title)
    }

    /// Whether two strings may be equal, from their first bytes: two different ASCII first
    /// bytes are two different first scalars, which no canonical equivalence makes equal (an
    /// ASCII scalar decomposes to itself and nothing reorders before it). Most link texts are
    /// told from their URL so, without comparing the strings.
    static func mayEqual(_ first: String, _ second: String) -> Bool {
        guard let a = firstByte(of: first), let b = firstByte(of: second) else { return true }
        return a == b || a >= 0x80 || b >= 0x80
    }

    /// Whether `<url>` reads as an autolink to exactly this URL.
    static func isAutolinkable(_ url: [UInt8]) -> Bool {
        // scheme: a letter, then 1...31 letters, digits, "+", ".", "-", then ":".
        guard let colon = url.firstIndex(of: UInt8(ascii: ":")), colon >= 2, colon <= 32,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(url[0] | 0x20)
        else { return false }
        for byte in url[1..<colon] where !(isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"))
        {
            return false
        }
        return !url.contains { $0 <= 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == 0x7F }
            && !url.contains(UInt8(ascii: "\\")) && !url.contains(UInt8(ascii: "&"))
            && !url.contains(UInt8(ascii: "*")) && !url.contains(UInt8(ascii: "_"))
            && !url.contains(UInt8(ascii: "~"))
    }

    /// Writes `(destination "title")`.
    mutating func writeTarget(url: String, title: String) {
        out.append(UInt8(ascii: "("))
        // Native strings lend their bytes; others are copied once.
        if url.utf8.withContiguousStorageIfAvailable({ writeDestination($0) }) == nil {
            var url = url
            url.withUTF8 { writeDestination($0) }
        }
        if !title.isEmpty {
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: "\""))
            if title.utf8.withContiguousStorageIfAvailable({ writeTitle($0) }) == nil {
                var title = title
                title.withUTF8 { writeTitle($0) }
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: ")"))
    }

    /// Whether a destination byte needs more than copying: controls, spaces and the bytes
    /// ``writeDestination(_:)`` escapes.
    static func needsDestinationWork(_ byte: UInt8) -> Bool {
        // One bit per byte value: 0x00...0x3F in the first mask, 0x40...0x7F in the second.
        let below40: UInt64 = ((1 << 0x21) - 1) | 1 << 0x26 | 1 << 0x28 | 1 << 0x29 | 1 << 0x3C | 1 << 0x3E
        let below80: UInt64 = 1 << (0x5C - 0x40) | 1 << (0x7F - 0x40)
        if byte < 0x40 { return below40 >> byte & 1 != 0 }
        if byte < 0x80 { return below80 >> (byte - 0x40) & 1 != 0 }
        return false
    }

    /// Whether a title byte needs more than copying (see ``writeTitle(_:)``).
    static func needsTitleWork(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&")
    }

    /// A link destination: bare when it has no spaces or controls, else in pointy brackets.
    mutating func writeDestination(_ url: UnsafeBufferPointer<UInt8>) {
        // Most destinations need neither brackets nor escapes: one scan, one copy.
        if !url.isEmpty, !ByteScan.containsDestinationWork(url) {
            out.append(contentsOf: url)
            return
        }
        let isPointy = url.isEmpty || ByteScan.containsPointyWork(url)
        if isPointy { out.append(UInt8(ascii: "<")) }
        // Bytes other than these are copied in runs; the scan stops only at bytes that need
        // work (a word at a time between them).
        var runStart = 0
        var index = ByteScan.firstDestinationWork(in: url, from: 0)
        while index < url.count {
            let byte = url[index]
            let current = index
            index = ByteScan.firstDestinationWork(in: url, from: index + 1)
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "&"):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: url[runStart..<current]))
                runStart = current + 1
            default:
                continue
            }
            switch byte {
            case 0x0A: out.append(contentsOf: "%0A".utf8)
            case 0x0D: out.append(contentsOf: "%0D".utf8)
            case UInt8(ascii: "\\"):
                if current + 1 >= url.count || Self.isASCIIPunctuation(url[current + 1]) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                if !isPointy { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            case UInt8(ascii: "&"):
                if Self.startsEntity(url, at: current) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            default: out.append(byte)
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: url[runStart...]))
        if isPointy { out.append(UInt8(ascii: ">")) }
    }

    /// A link title's characters, for inside double quotes.
    ///
    /// A backslash is written `&#92;`: cmark (0.29) misreads a title that ends in an escaped
    /// backslash when another link with a title follows on the line.
    mutating func writeTitle(_ title: UnsafeBufferPointer<UInt8>) {
        if !ByteScan.containsTitleWork(title) {
            out.append(contentsOf: title)
            return
        }
        for (index, byte) in title.enumerated() {
            switch byte {
            case 0x0A, 0x0D: out.append(0x20)
            case UInt8(ascii: "\""):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "\\"):
                out.append(contentsOf: "&#92;".utf8)
            case UInt8(ascii: "&"):
                if Self.startsEntity(title, at: index) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            default: out.append(byte)
            }
        }
    }
}
