/// A day and month as wire copy writes them, with an optional year: "April 7", "Nov. 13, 2013",
/// "13 November", "13. November 2013".
struct DatePhrase: Sendable, Hashable {
    var month: Int
    var day: Int
    var year: Int?

    /// Reads a phrase made of exactly these words (commas and periods around numbers ignored).
    static func parse(_ text: Substring) -> DatePhrase? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
        guard words.count == 2 || words.count == 3 else { return nil }
        var month: Int?
        var day: Int?
        var year: Int?
        for (index, word) in words.enumerated() {
            if month == nil, let named = MonthName.month(word) {
                month = named
                continue
            }
            let digits = word.hasSuffix(".") ? word.dropLast() : word
            guard let number = Int(digits), digits.utf8.allSatisfy(ByteText.isDigit) else { return nil }
            if day == nil, index < 2, (1...31).contains(number), digits.utf8.count <= 2 {
                day = number
            } else if year == nil, index == words.count - 1, digits.utf8.count == 4 {
                year = number
            } else {
                return nil
            }
        }
        guard let month, let day else { return nil }
        if let year, CivilDate(year: year, month: month, day: day) == nil { return nil }
        return DatePhrase(month: month, day: day, year: year)
    }

    /// The ISO date when the year is known or given: `2021-04-07`.
    func isoDate(year fallback: Int? = nil) -> String? {
        guard let year = year ?? fallback else { return nil }
        return CivilDate(year: year, month: month, day: day)?.isoDate
    }
}
