import GalleyCore

/// Finds the dateline that opens a news paragraph: `BAGHDAD, April 7 (Xinhua) --`,
/// `ATLANTA (AP) _`, `Berlin (dpa) -`, `LONDON (Reuters) -`, `CHATHAM, Mass. (AP) _`,
/// `Berlin (KNA) Die …`, or a capitalised place alone before a dash (`WASHINGTON — `).
///
/// Shared by the wire reader and the `dateline` pass, so that every reader's paragraphs are
/// read the same way. It works on the UTF-8 bytes of the paragraph's start and never looks
/// further than ``maximumLength`` bytes.
public enum DatelineParser {
    /// How far into a paragraph a dateline may reach, in UTF-8 bytes. The longest datelines of
    /// the development stories are about 40 bytes ("ROSCOE, South Dakota (AP) _"); 120 leaves
    /// room for long place names and dates without letting a sentence pass for a place.
    public static let maximumLength = 120

    /// What ``parse(_:)`` found: the dateline and the paragraph's text after it.
    public struct Match: Sendable, Hashable {
        /// The dateline; `date` is as written ("April 7").
        public var dateline: Dateline
        /// The paragraph's text after the dateline and its dash.
        public var rest: String
        /// The month of the dateline's date (1–12), for resolving it to ISO 8601.
        public var month: Int?
        /// The day of the dateline's date.
        public var day: Int?
        /// The year, when the dateline writes one.
        public var year: Int?

        /// The dateline's date as ISO 8601 (`2021-04-07`), with `fallbackYear` when the dateline
        /// writes none; `nil` without a date or when the day does not exist.
        public func isoDate(fallbackYear: Int?) -> String? {
            guard let month, let day, let year = year ?? fallbackYear else { return nil }
            return CivilDate(year: year, month: month, day: day)?.isoDate
        }
    }

    /// The dateline at the start of `text`, or `nil` when the text does not open with one.
    public static func parse(_ text: String) -> Match? {
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count, start < maximumLength, bytes[start] == ControlCode.space { start += 1 }
        if let match = parseWithSource(bytes, from: start) { return match }
        return parseWithoutSource(bytes, from: start)
    }

    // MARK: - PLACE[, date] (Source) sep

    private static func parseWithSource(_ bytes: [UInt8], from start: Int) -> Match? {
        let limit = min(bytes.count, start + maximumLength)
        guard let open = bytes[start..<limit].firstIndex(of: UInt8(ascii: "(")), open > start,
            let close = bytes[(open + 1)..<min(bytes.count, open + 40)].firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        let sourceBytes = ByteText.trimmed(bytes[(open + 1)..<close])
        guard isSource(sourceBytes) else { return nil }
        let head = ByteText.trimmed(bytes[start..<open])
        guard let (place, date) = splitPlace(head) else { return nil }
        guard let (restStart, hasSeparator) = separatorEnd(bytes, after: close + 1) else { return nil }
        if !hasSeparator {
            // `Berlin (KNA) Die …`: without a dash the text must go on with a capital or a quote.
            guard restStart < bytes.count, ByteText.isUpper(bytes[restStart]) || bytes[restStart] >= 0x80
                || bytes[restStart] == UInt8(ascii: "\"")
            else { return nil }
        }
        let source = String(decoding: sourceBytes, as: UTF8.self)
        let printed = String(decoding: ByteText.trimmed(bytes[start...close]), as: UTF8.self)
        let dateline = Dateline(place: place, date: date.map { $0.text }, source: source, text: printed)
        return Match(dateline: dateline, rest: String(decoding: bytes[restStart...], as: UTF8.self),
            month: date?.phrase.month, day: date?.phrase.day, year: date?.phrase.year)
    }

    /// An agency name in parentheses: one to three words, letters first, no sentence punctuation.
    private static func isSource(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= 30, ByteText.isLetter(first) || first >= 0x80 else {
            return false
        }
        var spaces = 0
        for byte in bytes {
            if byte == ControlCode.space { spaces += 1 }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: "\"") || ByteText.isDigit(byte)
            {
                return false
            }
        }
        return spaces <= 2
    }

    /// Splits `PLACE[, Region][, date]` into the place and the date, or `nil` when it does not
    /// read as a place (too many words, lower-case start, sentence punctuation).
    private static func splitPlace(_ head: ArraySlice<UInt8>) -> (String, (text: String, phrase: DatePhrase)?)? {
        guard let first = head.first, ByteText.isUpper(first) || first >= 0x80, head.count <= 80 else {
            return nil
        }
        var words = 1
        for byte in head {
            if byte == ControlCode.space { words += 1 }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            {
                return nil
            }
        }
        guard words <= 9 else { return nil }
        let text = String(decoding: head, as: UTF8.self)
        var parts = text.split(separator: ",", omittingEmptySubsequences: true).map {
            $0.trimmingSpaces()
        }
        var date: (text: String, phrase: DatePhrase)?
        if parts.count >= 2, let last = parts.last, let phrase = DatePhrase.parse(Substring(last)) {
            date = (last, phrase)
            parts.removeLast()
        } else if parts.count == 1, let phrase = DatePhrase.parse(Substring(parts[0])) {
            // A date alone (`April 7 (Xinhua) --`) has no place.
            return ("", (parts[0], phrase))
        }
        // Every word of the place proper must start with a capital (or be a short particle:
        // "Rio de Janeiro", "Frankfurt am Main").
        for part in parts {
            for word in part.split(separator: " ") {
                guard let initial = word.utf8.first else { continue }
                if ByteText.isLower(initial), word.utf8.count > 3 { return nil }
            }
        }
        let place = parts.joined(separator: ", ")
        guard !place.isEmpty else { return nil }
        return (place, date)
    }

    /// Skips spaces, then a dash-like separator (`--`, `-`, `_`, `—`, `–`, `:`) and spaces.
    /// Returns where the text resumes and whether there was a separator.
    private static func separatorEnd(_ bytes: [UInt8], after index: Int) -> (Int, Bool)? {
        var position = index
        while position < bytes.count, bytes[position] == ControlCode.space || bytes[position] == 0xC2
            && position + 1 < bytes.count && bytes[position + 1] == 0xA0
        {
            position += bytes[position] == 0xC2 ? 2 : 1
        }
        let separatorStart = position
        if position + 2 < bytes.count, bytes[position] == 0xE2, bytes[position + 1] == 0x80,
            bytes[position + 2] == 0x94 || bytes[position + 2] == 0x93
        {
            position += 3
        } else {
            while position < bytes.count,
                bytes[position] == ControlCode.hyphen || bytes[position] == ControlCode.underscore
            {
                position += 1
            }
            if position == separatorStart, position < bytes.count, bytes[position] == UInt8(ascii: ":") {
                position += 1
            }
        }
        let hasSeparator = position > separatorStart
        if hasSeparator {
            guard position - separatorStart <= 3 else { return nil }
            // The dash must stand alone: `(AP) _ Luol`, not `(AP)-based`.
            guard position >= bytes.count || bytes[position] == ControlCode.space else { return nil }
        } else if separatorStart == index, separatorStart < bytes.count {
            return nil  // `(AP)word`: no space after the parenthesis
        }
        while position < bytes.count, bytes[position] == ControlCode.space { position += 1 }
        return (position, hasSeparator)
    }

    // MARK: - PLACE — (capitals, no source)

    private static func parseWithoutSource(_ bytes: [UInt8], from start: Int) -> Match? {
        let limit = min(bytes.count, start + 60)
        var index = start
        while index < limit {
            let byte = bytes[index]
            if byte == ControlCode.space, index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == ControlCode.hyphen || next == ControlCode.underscore || next == 0xE2 {
                    break
                }
            }
            index += 1
        }
        guard index < limit, index > start else { return nil }
        let head = ByteText.trimmed(bytes[start..<index])
        let placeEnd = head.firstIndex(of: ControlCode.comma) ?? head.endIndex
        let placeBytes = head[head.startIndex..<placeEnd]
        guard placeBytes.count >= 2, placeBytes.allSatisfy({ ByteText.isUpper($0) || $0 == ControlCode.space
            || $0 == UInt8(ascii: ".") || $0 == ControlCode.hyphen || $0 >= 0x80 }),
            placeBytes.contains(where: ByteText.isUpper)
        else { return nil }
        guard let (place, date) = splitPlace(head),
            let (restStart, hasSeparator) = separatorEnd(bytes, after: index), hasSeparator
        else { return nil }
        let printed = String(decoding: head, as: UTF8.self)
        let dateline = Dateline(place: place, date: date.map { $0.text }, source: nil, text: printed)
        return Match(dateline: dateline, rest: String(decoding: bytes[restStart...], as: UTF8.self),
            month: date?.phrase.month, day: date?.phrase.day, year: date?.phrase.year)
    }
}

extension StringProtocol {
    /// The text without white space at either end: ASCII blanks, no-break spaces (U+00A0,
    /// U+202F), the Unicode spaces U+2000–U+200A and the ideographic space. Works on UTF-8 bytes.
    func trimmingSpaces() -> String {
        var result: String?
        utf8.withContiguousStorageIfAvailable { buffer in
            result = String.trimmedSpaces(buffer)
        }
        if let result { return result }
        return String.trimmedSpaces(Array(utf8))
    }
}

extension String {
    static func trimmedSpaces<C: RandomAccessCollection>(_ bytes: C) -> String where C.Element == UInt8, C.Index == Int {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let width = spaceWidth(bytes, at: start)
            if width == 0 { break }
            start += width
        }
        while end > start {
            let width = spaceWidthEnding(bytes, at: end, floor: start)
            if width == 0 { break }
            end -= width
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte length of the space starting at `index`, or 0.
    private static func spaceWidth<C: RandomAccessCollection>(_ bytes: C, at index: Int) -> Int
    where C.Element == UInt8, C.Index == Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2 || byte == 0xE3, index + 2 < bytes.endIndex, isWideSpace(byte, bytes[index + 1], bytes[index + 2]) {
            return 3
        }
        return 0
    }

    /// The byte length of the space ending just before `end`, or 0.
    private static func spaceWidthEnding<C: RandomAccessCollection>(_ bytes: C, at end: Int, floor: Int) -> Int
    where C.Element == UInt8, C.Index == Int {
        let byte = bytes[end - 1]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte == 0xA0, end - 2 >= floor, bytes[end - 2] == 0xC2 { return 2 }
        if end - 3 >= floor, isWideSpace(bytes[end - 3], bytes[end - 2], byte) { return 3 }
        return 0
    }

    private static func isWideSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        if a == 0xE2, b == 0x80, (c >= 0x80 && c <= 0x8A) || c == 0xAF { return true }  // U+2000–200A, U+202F
        if a == 0xE2, b == 0x81, c == 0x9F { return true }  // U+205F
        return a == 0xE3 && b == 0x80 && c == 0x80  // U+3000
    }
}
