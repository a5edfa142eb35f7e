/// Dates in the forms EPUB's package document requires.
enum EPUBDate {
    /// `CCYY-MM-DDThh:mm:ssZ` for `dcterms:modified` (EPUB 3.2 Packages, section 3.4.4).
    static func modified(secondsSince1970 seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    /// Seconds since 1970 of the date at the start of `text` (`YYYY-MM-DD…`), at midnight UTC.
    static func secondsSince1970(ofDateIn text: String?) -> Int64? {
        guard let text, let date = w3cDate(text), date.utf8.count >= 10 else { return nil }
        let parts = date.prefix(10).split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 3 else { return nil }
        return daysSince1970(year: parts[0], month: parts[1], day: parts[2]) * 86_400
    }

    /// `text` as a W3C date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) when it starts with one; a time
    /// part is dropped because `dc:date` values with offsets are easy to get subtly wrong.
    static func w3cDate(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = digits(0..<4), year >= 1 else { return nil }
        guard bytes.count >= 7, bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7), (1...12).contains(month) else {
            return text.utf8.count == 4 || (bytes.count > 4 && bytes[4] != UInt8(ascii: "-")) ? pad(Int64(year), 4) : nil
        }
        guard bytes.count >= 10, bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10),
            (1...daysIn(month: month, year: year)).contains(day)
        else { return "\(pad(Int64(year), 4))-\(pad(Int64(month), 2))" }
        return "\(pad(Int64(year), 4))-\(pad(Int64(month), 2))-\(pad(Int64(day), 2))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Howard Hinnant's "days from civil" (public domain arithmetic).
    static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Howard Hinnant's "civil from days".
    static func civilDate(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
