import GalleyCore

/// An MS-DOS date and time, the form ZIP headers store modification times in
/// (APPNOTE.TXT 4.4.6: two 16-bit fields, two-second resolution, years 1980–2107).
public struct DOSDateTime: Sendable, Hashable {
    /// Hour << 11 | minute << 5 | second / 2.
    public var time: UInt16
    /// (Year − 1980) << 9 | month << 5 | day.
    public var date: UInt16

    /// 1980-01-01 00:00:00, the earliest time DOS can express.
    public static let earliest = DOSDateTime(time: 0, date: 1 << 5 | 1)

    /// Creates the fields directly.
    public init(time: UInt16, date: UInt16) {
        self.time = time
        self.date = date
    }

    /// The UTC time `secondsSince1970`, rounded down to an even second.
    ///
    /// Times before 1980 become 1980-01-01 00:00:00 and times after 2107 become
    /// 2107-12-31 23:59:58, the range's ends, so that any epoch value gives a valid header.
    public init(secondsSince1970 seconds: Int64) {
        let (date, secondOfDay) = CivilDay.of(secondsSince1970: seconds)
        let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
        guard year >= 1980 else {
            self = .earliest
            return
        }
        guard year <= 2107 else {
            self.init(time: 23 << 11 | 59 << 5 | 29, date: 127 << 9 | 12 << 5 | 31)
            return
        }
        let hour = secondOfDay / 3600
        let minute = secondOfDay % 3600 / 60
        let second = secondOfDay % 60
        self.init(
            time: UInt16(hour << 11 | minute << 5 | second / 2),
            date: UInt16((year - 1980) << 9 | month << 5 | day))
    }
}
