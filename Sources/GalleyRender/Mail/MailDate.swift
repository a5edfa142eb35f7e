import GalleyCore

// Dates for the Date header, RFC 5322 section 3.3: https://www.rfc-editor.org/rfc/rfc5322#section-3.3

/// Formats seconds since 1970 as an RFC 5322 date in UTC (`Mon, 30 Nov 2026 15:42:52 +0000`).
enum MailDate {
    static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ seconds: Int64) -> String {
        let (date, secondOfDay) = CivilDay.of(secondsSince1970: seconds)
        let (year, month, day) = (date.year, date.month, date.day)
        let days = date.daysSince1970
        let weekday = weekdays[((days % 7) + 7) % 7]
        let time = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60].map(twoDigits).joined(separator: ":")
        return "\(weekday), \(day) \(months[month - 1]) \(year) \(time) +0000"
    }

    /// Seconds since 1970 for an ISO 8601 date (`2021-04-08`, `2021-04-08T10:30:00Z`,
    /// `2021-04-08T10:30+02:00`), or `nil` when the text is not one.
    static func seconds(iso text: String) -> Int64? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int64? {
            guard start + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[start..<start + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let month = number(5, 2), let day = number(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = daysSince1970(year: year, month: month, day: day) * 86_400
        guard bytes.count > 10 else { return seconds }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), let hour = number(11, 2),
            bytes.count >= 16, let minute = number(14, 2), hour < 24, minute < 60
        else { return nil }
        seconds += hour * 3600 + minute * 60
        var index = 16
        if index < bytes.count, bytes[index] == UInt8(ascii: ":"), let second = number(17, 2), second < 61 {
            seconds += second
            index = 19
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            let offsetHours = number(index + 1, 2)
        {
            let offsetMinutes = index + 5 < bytes.count ? number(index + 4, 2) ?? 0 : 0
            let offset = offsetHours * 3600 + offsetMinutes * 60
            seconds += bytes[index] == UInt8(ascii: "+") ? -offset : offset
        }
        return seconds
    }

    static func twoDigits(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// The day count of a proleptic Gregorian date (``CivilDay``).
    static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        Int64(CivilDay(year: Int(year), month: Int(month), day: Int(day)).daysSince1970)
    }
}
