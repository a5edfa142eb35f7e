/// A calendar date and time of day in UTC, with the arithmetic the trailers need.
///
/// Days are counted with Howard Hinnant's `days_from_civil` algorithm (proleptic Gregorian), so
/// time-zone shifts can cross day, month and year boundaries without Foundation.
struct CivilDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int

    /// A date, or `nil` when the fields do not name a real day and time.
    init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
            (0...23).contains(hour), (0...59).contains(minute), (1...9999).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// Minutes since 1970-01-01T00:00Z.
    var minuteNumber: Int { dayNumber * 1440 + hour * 60 + minute }

    /// The date `minutes` later (or earlier, when negative).
    func adding(minutes: Int) -> CivilDate {
        CivilDate(minuteNumber: minuteNumber + minutes) ?? self
    }

    init?(minuteNumber: Int) {
        let days = minuteNumber >= 0 ? minuteNumber / 1440 : (minuteNumber - 1439) / 1440
        let minuteOfDay = minuteNumber - days * 1440
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day, hour: minuteOfDay / 60, minute: minuteOfDay % 60)
    }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int {
        let value = (dayNumber + 4) % 7
        return value < 0 ? value + 7 : value
    }

    /// `2016-02-20T03:37:00Z`.
    var isoDateTime: String { "\(isoDate)T\(pad(hour)):\(pad(minute)):00Z" }

    /// `2016-02-20`.
    var isoDate: String {
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.utf8.count)) + yearText
        return "\(paddedYear)-\(pad(month))-\(pad(day))"
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.minuteNumber < rhs.minuteNumber }

    /// A two-digit year on the usual pivot: 00–69 are 2000–2069, 70–99 are 1970–1999.
    static func expandYear(_ value: Int) -> Int {
        if value >= 100 { return value }
        return value < 70 ? 2000 + value : 1900 + value
    }
}
