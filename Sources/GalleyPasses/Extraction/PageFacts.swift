import GalleyCore

/// Byline, date and title facts read from a page's visible text, and clean-up of what the
/// page's markup claimed.
enum PageFacts {
    /// Words that open a byline, by language.
    static let bylinePrefixes = ["by ", "von ", "par ", "por ", "di ", "door ", "av ", "af ", "от ", "written by ", "text: ", "texte : "]

    /// The first bytes of ``bylinePrefixes``.
    static let bylineInitials = initials(of: bylinePrefixes)

    /// The first UTF-8 bytes of lower-case `words`. `hasPrefix` compares canonically, so a word
    /// that opens with a precomposed letter is listed decomposed too ("z" + U+0301 opens
    /// "źródło"); otherwise lines written that way would be ruled out by their first byte.
    static func initials(of words: [String]) -> Set<UInt8> {
        Set(words.compactMap(\.utf8.first))
    }

    /// Whether the lower-cased `text` may start with a word whose first byte is in `initials`:
    /// false only when its first byte is ASCII and, lower-cased, not one of them. Lower-casing
    /// maps ASCII to ASCII, so no line this rules out could match; lines are ruled out without
    /// lower-casing them.
    static func mayStart(_ text: String, withOneOf initials: Set<UInt8>) -> Bool {
        guard let first = text.utf8.first, first < 0x80 else { return true }
        return initials.contains(UTF8Decoding.lowercasedASCII(first))
    }

    /// Author values that are not names.
    static let junkAuthors: Set<String> = [
        "by", "staff", "admin", "administrator", "editor", "editors", "redaktion", "rédaction",
        "redacción", "redazione", "news desk", "newsroom", "staff writer", "guest", "anonymous", "unknown",
    ]

    /// Fills missing metadata from the kept text and cleans the author list.
    static func complete(_ metadata: Metadata, tree: ContentTree, kept: [Int]) -> Metadata {
        var metadata = metadata
        metadata.authors = cleanAuthors(metadata.authors, source: metadata.source)
        let firstKept = kept.first ?? tree.leaves.count
        // Look at the short lines just before and at the start of the article.
        let window = tree.leaves.filter { leaf in
            leaf <= firstKept + 40 && leaf >= max(0, firstKept - 60)
        }
        for leaf in window {
            if !metadata.authors.isEmpty && metadata.date != nil { break }
            // Visible characters never exceed the trimmed length, so longer blocks are skipped unread.
            guard tree.nodes[leaf].features.characters <= 120 else { continue }
            let text = tree.nodes[leaf].features.text.trimmingWhitespace()
            guard UTF8Decoding.scalarCount(text) <= 120, !text.isEmpty else { continue }
            if metadata.authors.isEmpty, let names = byline(in: text) {
                metadata.authors = cleanAuthors(names, source: metadata.source)
                if metadata.byline == nil && !metadata.authors.isEmpty { metadata.byline = text }
            }
            if metadata.date == nil, let date = DateText.isoDate(in: text) {
                metadata.date = date
            }
        }
        return metadata
    }

    /// The names in a byline such as "By Jane Doe and John Roe, Staff Writers", if it is one.
    static func byline(in text: String) -> [String]? {
        guard mayStart(text, withOneOf: bylineInitials) else { return nil }
        let lower = UTF8Decoding.lowercased(text)
        guard let prefix = bylinePrefixes.first(where: { startsWithBylinePrefix(lower, $0) }) else { return nil }
        let separators = [" · ", " | ", " — ", " – ", ",", " - ", "\n"]
        let conjunctions = [" and ", " und ", " et ", " y ", " e ", " & "]
        var parts: [String]
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII without carriage returns, the usual case: each character is one byte, so the
            // cuts are made on bytes, without comparing characters.
            var rest = Array(text.utf8.dropFirst(prefix.utf8.count))
            for separator in separators {
                if let start = firstOccurrence(of: Array(separator.utf8), in: rest[...]) { rest.removeSubrange(start...) }
            }
            var pieces = [rest[...]]
            for conjunction in conjunctions {
                let needle = Array(conjunction.utf8)
                pieces = pieces.flatMap { piece in
                    var split: [ArraySlice<UInt8>] = []
                    var remaining = piece
                    while let start = firstOccurrence(of: needle, in: remaining) {
                        split.append(remaining[..<start])
                        remaining = remaining[(start + needle.count)...]
                    }
                    split.append(remaining)
                    return split
                }
            }
            parts = pieces.map { String(decoding: $0, as: UTF8.self) }
        } else {
            var rest = String(text.dropFirst(prefix.count))
            for separator in separators {
                if let range = rest.firstRange(of: separator) { rest = String(rest[..<range.lowerBound]) }
            }
            parts = [rest]
            for conjunction in conjunctions {
                parts = parts.flatMap { $0.splitting(on: conjunction) }
            }
        }
        let names = parts.map { $0.trimmingWhitespace() }
            .filter { name in
                let words = name.split(separator: " ")
                return (1...5).contains(words.count) && name.first.map { $0.isUppercase } == true
            }
        return names.isEmpty ? nil : names
    }

    /// Where `needle` first occurs in `bytes`, as an index of `bytes`.
    static func firstOccurrence(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var start = bytes.startIndex
        while start <= bytes.endIndex - needle.count {
            if bytes[start] == first && bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
            start += 1
        }
        return nil
    }

    /// Whether the lower-cased text `lower` starts with `prefix`, one of ``bylinePrefixes``, as
    /// `String.hasPrefix` answers, mostly on bytes: no other spelling of those words' scalars is
    /// canonically equivalent to them, so bytes that differ never match; equal bytes match unless
    /// what follows may join the final space into one character, which the string then decides.
    static func startsWithBylinePrefix(_ lower: [UInt8], _ prefix: String) -> Bool {
        let bytes = prefix.utf8
        guard lower.count >= bytes.count, zip(lower, bytes).allSatisfy({ $0 == $1 }) else { return false }
        guard lower.count > bytes.count, lower[bytes.count] >= 0x80 else { return true }
        return String(decoding: lower, as: UTF8.self).hasPrefix(prefix)
    }

    /// Authors without junk: "By" prefixes, URLs, handles, site names, role words.
    static func cleanAuthors(_ authors: [String], source: String?) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for author in authors {
            var name = author.trimmingWhitespace()
            let lower = name.lowercased()
            if let prefix = bylinePrefixes.first(where: { lower.hasPrefix($0) }) { name = String(name.dropFirst(prefix.count)) }
            name = name.trimmingWhitespace()
            let key = name.lowercased()
            guard !name.isEmpty, name.unicodeScalars.count <= 80, !key.contains("://"), !key.hasPrefix("www."),
                !key.hasPrefix("@"), !key.contains("@"), !junkAuthors.contains(key),
                key != source?.lowercased(), seen.insert(key).inserted
            else { continue }
            result.append(name)
        }
        return result
    }

    /// Words that open a photo credit rather than a caption.
    static let creditWords = [
        "foto", "photo", "bild", "image", "credit", "crédit", "quelle", "source", "©", "(c)", "kuva", "getty",
        "reuters", "dpa", "afp", "ap photo", "picture", "titelbild", "źródło", "z\u{301}ródło", "fuente", "fonte",
    ]

    /// The first bytes of ``creditWords``.
    static let creditInitials = initials(of: creditWords)

    /// A copyright mark, or a credit word opening a bracket: "(foto:", "(credit:".
    static let creditMarks = ByteNeedleSet(["©"] + creditWords.map { "(" + $0 + ":" })

    /// Whether a short line is a photo credit or a bare date stamp rather than prose: metadata
    /// that the article's text does not need (`Foto: …`, `Credit: …`, `Aktualisiert: 03.04.2020`).
    static func isCreditOrDateLine(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        let length = UTF8Decoding.scalarCount(trimmed)
        guard !trimmed.isEmpty, length <= 120 else { return false }
        // Lower-cased on bytes, scalar by scalar as `String.lowercased()` does, without its
        // slow path for text outside ASCII.
        let bytes = UTF8Decoding.lowercased(trimmed)
        let lower = String(decoding: bytes, as: UTF8.self)
        // A short line with a copyright mark credits a picture ("Ski-Star Marco Odermatt. © AFP"),
        // and so does a caption that names its picture's source at the end ("(Foto: Getty)").
        if creditMarks.occursAny(in: bytes) { return true }
        guard length <= 80 else { return false }
        let opening = lower.hasPrefix("(") || lower.hasPrefix("[") ? String(lower.dropFirst()) : lower
        // The colon or the mark first: it rules out most lines without comparing every word.
        if bytes.contains(UInt8(ascii: ":")) || opening.hasPrefix("©"), mayStart(opening, withOneOf: creditInitials),
            creditWords.contains(where: { opening.hasPrefix($0) })
        {
            return true
        }
        // A byline ("By Jane Doe", "Von: Götz Warnke") is metadata.
        let plain = lower.hasPrefix("von: ") || lower.hasPrefix("by: ") ? trimmed.replacing(":", with: "") : trimmed
        if length <= 60, byline(in: plain) != nil { return true }
        guard length <= 60 else { return false }
        guard DateText.isoDate(in: trimmed) != nil else { return false }
        // Mostly a date: few words that are not numbers or month names.
        let words = lower.split(whereSeparator: { !$0.isLetter })
        let other = words.filter { DateText.months[String($0)] == nil }
        return other.count <= 4
    }

    /// A figure as the article keeps it. `recall` keeps every figure; `balanced` keeps figures
    /// whose caption describes (a sentence of 80 characters or more that is not a photo credit),
    /// since decorative and credit-only images add only alt text and agency names to the
    /// article's text; `precision` keeps none.
    static func articleFigure(_ figure: Figure, mode: ExtractMainContent.Mode) -> Block? {
        switch mode {
        case .recall: return .figure(figure)
        case .precision: return nil
        case .balanced:
            let caption = figure.caption.plainText.trimmingWhitespace()
            let lower = String(decoding: UTF8Decoding.lowercased(caption), as: UTF8.self)
            let isCredit = creditWords.contains(where: { lower.hasPrefix($0) }) || caption.unicodeScalars.count < 80
            return isCredit ? nil : .figure(figure)
        }
    }

    /// The blocks without a leading heading or paragraph that repeats the title.
    static func droppingRepeatedTitle(_ blocks: [Block], title: String?) -> [Block] {
        guard let title, let first = blocks.first else { return blocks }
        let text: String
        switch first {
        case .heading(let heading): text = heading.content.plainText
        case .paragraph(let content): text = content.plainText
        default: return blocks
        }
        // Normalising only removes characters, so a much longer block cannot repeat the title.
        guard text.utf8.count <= title.utf8.count * 4 + 64 else { return blocks }
        return normalized(text) == normalized(title) ? Array(blocks.dropFirst()) : blocks
    }

    /// The text lower-cased, its runs of letters and digits joined by single spaces.
    static func normalized(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            if let words = normalizedByScalars(text) { return words }
            return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        }
        // ASCII, the usual case, on bytes: the same letters and digits as the characters'.
        var words: [UInt8] = []
        words.reserveCapacity(text.utf8.count)
        var isBetweenWords = false
        for byte in text.utf8 {
            let lower = UTF8Decoding.lowercasedASCII(byte)
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if isBetweenWords && !words.isEmpty { words.append(0x20) }
                isBetweenWords = false
                words.append(lower)
            } else {
                isBetweenWords = true
            }
        }
        return String(decoding: words, as: UTF8.self)
    }
}

extension PageFacts {
    /// ``normalized(_:)`` for text outside ASCII, on scalars, when every character of the
    /// lower-cased text is a single scalar (as in most Latin, Greek, Cyrillic and CJK text); `nil`
    /// when a scalar may join others into one character (marks, joiners, Hangul jamo, flags,
    /// emoji modifiers), and characters must decide.
    ///
    /// A character is a letter or a number by its first scalar, so with one scalar a character
    /// the scalars' properties decide as the characters' would.
    static func normalizedByScalars(_ text: String) -> String? {
        let lower = UTF8Decoding.lowercased(text)
        var words: [UInt8] = []
        words.reserveCapacity(lower.count)
        var isBetweenWords = false
        let isSimple = lower.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                let isWordScalar: Bool
                if scalar.value < 0x80 {
                    let byte = bytes[index]
                    isWordScalar = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                } else {
                    if mayJoinOthers(scalar) { return false }
                    isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
                if isWordScalar {
                    if isBetweenWords && !words.isEmpty { words.append(0x20) }
                    isBetweenWords = false
                    words.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                } else {
                    isBetweenWords = true
                }
                index += length
            }
            return true
        }
        return isSimple ? String(decoding: words, as: UTF8.self) : nil
    }

    /// Whether a scalar outside ASCII may form one character with its neighbours (Unicode's
    /// grapheme cluster rules, UAX #29): marks and format characters (Extend, SpacingMark, ZWJ,
    /// most of Prepend), Hangul jamo, the scalars outside the Basic Multilingual Plane (regional
    /// indicators, emoji modifiers, tags) and the few letters that extend or prepend; unassigned
    /// and private-use scalars too, to be safe.
    static func mayJoinOthers(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0x10000...: return true
        case 0x0D4E, 0x0E33, 0x0EB3, 0xFF9E, 0xFF9F: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }
}

extension String {
    /// The pieces between occurrences of `separator`.
    func splitting(on separator: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}
