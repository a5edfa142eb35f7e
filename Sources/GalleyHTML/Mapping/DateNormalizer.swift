/// Turns the dates pages write into ISO 8601 (`2021-04-08` or `2021-04-08T10:15:00+02:00`).
///
/// Reads ISO 8601 and its relatives (`2021-04-08 10:15`, `2021/04/08`, `20210408`), RFC 822
/// (`Thu, 08 Apr 2021 10:15:00 GMT`), written months (`April 8, 2021`, `8 April 2021`) and
/// day-first numeric dates (`08.04.2021`). Seconds fractions are dropped; a time without a zone
/// stays without one.
enum DateNormalizer {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingASCIIWhitespace
        guard !text.isEmpty, text.utf8.count <= 80 else { return nil }
        return iso(Array(text.utf8)) ?? written(text)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:]MM]` with `-`, `/`, `.` or no separators.
    private static func iso(_ bytes: [UInt8]) -> String? {
        guard let year = number(bytes, 0, 4) else { return dayFirst(bytes) }
        var index = 4
        let separator = index < bytes.count ? bytes[index] : 0
        let hasSeparator = separator == 0x2D || separator == 0x2F || separator == 0x2E
        if hasSeparator { index += 1 }
        guard let month = number(bytes, index, 2) else { return nil }
        index += 2
        if hasSeparator {
            guard index < bytes.count, bytes[index] == separator else { return nil }
            index += 1
        }
        guard let day = number(bytes, index, 2), let date = format(year, month, day) else { return nil }
        index += 2
        guard index < bytes.count, bytes[index] == 0x54 || bytes[index] == 0x20 || bytes[index] == 0x74 else {
            return index >= bytes.count ? date : nil
        }
        index += 1
        guard let hour = number(bytes, index, 2), index + 2 < bytes.count, bytes[index + 2] == 0x3A,
            let minute = number(bytes, index + 3, 2), hour < 24, minute < 60
        else { return date }
        index += 5
        var second = 0
        if index < bytes.count, bytes[index] == 0x3A, let value = number(bytes, index + 1, 2), value < 61 {
            second = value
            index += 3
        }
        if index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x2C {
            index += 1
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        let time = "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))"
        guard index < bytes.count else { return time }
        return time + (zone(Array(bytes[index...])) ?? "")
    }

    /// `Z`, `UTC`, `GMT`, `±HH`, `±HHMM` or `±HH:MM`.
    private static func zone(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self).uppercased()
        if text == "Z" || text == "UTC" || text == "GMT" { return "Z" }
        guard let sign = bytes.first, sign == 0x2B || sign == 0x2D, let hours = number(bytes, 1, 2), hours < 24 else { return nil }
        var minutes = 0
        if let value = number(bytes, bytes.count > 3 && bytes[3] == 0x3A ? 4 : 3, 2) { minutes = value }
        if hours == 0, minutes == 0 { return "Z" }
        return "\(sign == 0x2B ? "+" : "-")\(pad(hours)):\(pad(minutes))"
    }

    /// `DD.MM.YYYY` or `DD/MM/YYYY` (a first number above 12 is the day; otherwise, with `/`,
    /// the American month-first order).
    private static func dayFirst(_ bytes: [UInt8]) -> String? {
        let parts = bytes.split(whereSeparator: { $0 == 0x2E || $0 == 0x2F || $0 == 0x2D }).map { String(decoding: $0, as: UTF8.self) }
        guard parts.count == 3, let first = Int(parts[0]), let second = Int(parts[1]),
            let year = Int(parts[2].prefix(4)), parts[2].utf8.count >= 4
        else { return nil }
        let isDots = bytes.contains(0x2E)
        if isDots || first > 12 { return format(year, second, first) }
        return format(year, first, second)
    }

    /// Dates with a written month: `April 8, 2021`, `8 Apr 2021`, `Thu, 08 Apr 2021 10:15:00 GMT`.
    private static func written(_ text: String) -> String? {
        let tokens = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        var month: Int?
        var day: Int?
        var year: Int?
        var time: String?
        var zoneText: String?
        for token in tokens {
            if let index = months.firstIndex(where: { token.hasPrefix($0) }), month == nil, token.count >= 3 {
                month = index + 1
            } else if token.contains(":") {
                let parts = token.split(separator: ":").compactMap { Int($0) }
                if parts.count >= 2, parts[0] < 24, parts[1] < 60 {
                    time = "\(pad(parts[0])):\(pad(parts[1])):\(pad(parts.count > 2 ? parts[2] : 0))"
                }
            } else if let value = Int(token.filter(\.isNumber)), token.first?.isNumber == true {
                if token.count == 4, value >= 1000 { year = value } else if day == nil, value >= 1, value <= 31 { day = value }
            } else if token == "gmt" || token == "utc" || token == "z" || token.first == "+" || token.first == "-" {
                zoneText = String(token)
            }
        }
        guard let month, let day, let year, let date = format(year, month, day) else { return nil }
        guard let time else { return date }
        return "\(date)T\(time)" + (zoneText.flatMap { zone(Array($0.uppercased().utf8)) } ?? "")
    }
}
