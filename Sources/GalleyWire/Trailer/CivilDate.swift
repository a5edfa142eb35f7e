import GalleyCore

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
        CivilDay.days(inMonth: month, year: year)
    }

    /// Days since 1970-01-01.
    var dayNumber: Int { CivilDay(year: year, month: month, day: day).daysSince1970 }

    /// Minutes since 1970-01-01T00:00Z.
    var minuteNumber: Int { dayNumber * 1440 + hour * 60 + minute }

    /// The date `minutes` later (or earlier, when negative).
    func adding(minutes: Int) -> CivilDate {
        CivilDate(minuteNumber: minuteNumber + minutes) ?? self
    }

    init?(minuteNumber: Int) {
        let days = minuteNumber >= 0 ? minuteNumber / 1440 : (minuteNumber - 1439) / 1440
        let minuteOfDay = minuteNumber - days * 1440
        let date = CivilDay(daysSince1970: days)
        self.init(year: date.year, month: date.month, day: date.day, hour: minuteOfDay / 60, minute: minuteOfDay % 60)
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
