/// Offsets of the time-zone abbreviations that wire trailers use.
enum TimeZoneAbbreviation {
    /// Minutes east of UTC for a fixed abbreviation, or `nil` when unknown or seasonal (`ET`).
    static func fixedOffset(_ name: String) -> Int? {
        switch name.uppercased() {
        case "GMT", "UTC", "UT", "Z", "WET": return 0
        case "BST", "CET", "MEZ", "WEST": return 60
        case "CEST", "MESZ", "EET": return 120
        case "EEST": return 180
        case "EST": return -300
        case "EDT", "AST": return -240
        case "CST": return -360
        case "CDT": return -300
        case "MST": return -420
        case "MDT": return -360
        case "PST": return -480
        case "PDT": return -420
        default: return nil
        }
    }

    /// Minutes east of UTC for North American "wall clock" zones (`ET`, `CT`, `MT`, `PT`) at a
    /// local date, applying US daylight-saving rules (since 2007: second Sunday of March to first
    /// Sunday of November; before: first Sunday of April to last Sunday of October).
    static func seasonalOffset(_ name: String, local: CivilDate) -> Int? {
        let standard: Int
        switch name.uppercased() {
        case "ET": standard = -300
        case "CT": standard = -360
        case "MT": standard = -420
        case "PT": standard = -480
        default: return nil
        }
        return standard + (isUSDaylightTime(local) ? 60 : 0)
    }

    static func isUSDaylightTime(_ local: CivilDate) -> Bool {
        let startDay: Int
        let endDay: Int
        let startMonth: Int
        let endMonth: Int
        if local.year >= 2007 {
            startMonth = 3
            endMonth = 11
            startDay = nthSunday(2, month: 3, year: local.year)
            endDay = nthSunday(1, month: 11, year: local.year)
        } else {
            startMonth = 4
            endMonth = 10
            startDay = nthSunday(1, month: 4, year: local.year)
            endDay = lastSunday(month: 10, year: local.year)
        }
        guard let start = CivilDate(year: local.year, month: startMonth, day: startDay, hour: 2),
            let end = CivilDate(year: local.year, month: endMonth, day: endDay, hour: 2)
        else { return false }
        return local >= start && local < end
    }

    private static func nthSunday(_ n: Int, month: Int, year: Int) -> Int {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return 1 }
        let offset = (7 - first.weekday) % 7
        return 1 + offset + (n - 1) * 7
    }

    private static func lastSunday(month: Int, year: Int) -> Int {
        let days = CivilDate.daysIn(month: month, year: year)
        guard let last = CivilDate(year: year, month: month, day: days) else { return days }
        return days - last.weekday
    }
}
