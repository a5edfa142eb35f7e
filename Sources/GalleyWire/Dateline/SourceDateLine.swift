/// Reads the "source, date" line that agency copy and its web reprints put under the title:
/// `Xinhua, April 8, 2021`, `dpa, 13 November 2013`, `Reuters | Nov. 13, 2013`.
///
/// Shared by the wire reader and the `dateline` pass.
public enum SourceDateLine {
    /// What ``parse(_:)`` found.
    public struct Match: Sendable, Hashable {
        /// The agency or publication ("Xinhua"), when the line names one.
        public var source: String?
        /// The date, ISO 8601 (`2021-04-08`).
        public var date: String
        /// The date's year (four digits).
        public var year: Int
        /// The date's month, 1–12.
        public var month: Int
        /// The date's day of the month.
        public var day: Int
    }

    /// The source and date of a line that ends with a full date (with a year), or `nil`.
    ///
    /// Page chrome before the source is tolerated: in "0 Comment(s)Print E-mail Xinhua, April 8,
    /// 2021" the source is the last word before the date.
    public static func parse(_ line: String) -> Match? {
        let text = line.trimmingSpaces()
        guard text.utf8.count <= 160 else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3 else { return nil }
        // The date is the last three words ("April 8, 2021" or "13 November 2013").
        let dateStart = words[words.count - 3].startIndex
        guard let phrase = DatePhrase.parse(text[dateStart...]), let year = phrase.year,
            let iso = phrase.isoDate()
        else { return nil }
        var before = text[..<dateStart].trimmingSpaces()
        while let last = before.unicodeScalars.last, last == "," || last == "|" || last == "-" || last == "–"
            || last == "—" || last == "/" || last == "·"
        {
            before = String(before.unicodeScalars.dropLast()).trimmingSpaces()
        }
        var source: String?
        if !before.isEmpty {
            let sourceWords = before.split(separator: " ")
            if sourceWords.count == 1 || (sourceWords.count <= 3 && sourceWords.allSatisfy({ isNameWord($0) })) {
                source = before
            } else if let last = sourceWords.last, isNameWord(last) {
                source = String(last)
            }
        }
        return Match(source: source, date: iso, year: year, month: phrase.month, day: phrase.day)
    }

    /// A word that can be part of an agency's name: a capital or digit first, no sentence marks.
    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.utf8.first else { return false }
        guard ByteText.isUpper(first) || first >= 0x80 else { return false }
        return !word.utf8.contains(where: {
            $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ":")
                || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!")
        })
    }
}
