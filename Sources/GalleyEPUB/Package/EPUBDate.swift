import GalleyCore

/// Dates in the forms EPUB's package document requires.
enum EPUBDate {
    /// `CCYY-MM-DDThh:mm:ssZ` for `dcterms:modified` (EPUB 3.2 Packages, section 3.4.4).
    static func modified(secondsSince1970 seconds: Int64) -> String {
        let (date, secondOfDay) = CivilDay.of(secondsSince1970: seconds)
        let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
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
        CivilDay.days(inMonth: month, year: year)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days from 1970-01-01 (``CivilDay``).
    static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        Int64(CivilDay(year: Int(year), month: Int(month), day: Int(day)).daysSince1970)
    }
}
