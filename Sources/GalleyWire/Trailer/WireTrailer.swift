/// The transmission date after ETX: IPTC 7901's `DDHHMM [zone] Mon [YY]` and ANPA's
/// `AP-WF-MM-DD-YY HHMMGMT` (or a Canadian `HH:MMET DD-MM-YY`).
struct WireTrailer: Sendable, Hashable {
    /// The trailer as transmitted, trimmed of controls and fill.
    var text: String
    /// The agency prefix of an ANPA trailer (`AP` from `AP-WF-…`).
    var agency: String?
    /// The moment, in UTC, once the year is known.
    var date: CivilDate?
    /// Day and time without a year, waiting for ``resolved(year:referenceMinute:)``.
    var partial: Partial?
    /// Whether the trailer named a time zone (otherwise only the day is meaningful).
    var hasZone: Bool

    /// A trailer's month, day and time when it gave no year.
    struct Partial: Sendable, Hashable {
        var month: Int
        var day: Int
        var hour: Int
        var minute: Int
        var offset: Int?
    }

    /// `2013-11-13T11:37:00Z` with a zone, `2013-11-13` without, `nil` when unresolved.
    var isoString: String? {
        guard let date else { return nil }
        return hasZone ? date.isoDateTime : date.isoDate
    }

    /// Parses a trailer; `nil` when it holds no date.
    static func parse(_ text: String) -> WireTrailer? {
        let cleaned = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "<" || $0 == "=" })
        guard !cleaned.isEmpty else { return nil }
        let joined = cleaned.joined(separator: " ")
        if let anpa = parseANPA(cleaned, text: joined) { return anpa }
        return parseIPTC(cleaned, text: joined)
    }

    // MARK: - IPTC 7901: DDHHMM [zone] Mon [YY|YYYY]

    private static func parseIPTC(_ tokens: [Substring], text: String) -> WireTrailer? {
        guard let stampIndex = tokens.firstIndex(where: { $0.utf8.count == 6 && $0.utf8.allSatisfy(ByteText.isDigit) }),
            let stamp = Int(tokens[stampIndex])
        else { return nil }
        let day = stamp / 10000
        let hour = (stamp / 100) % 100
        let minute = stamp % 100
        var offset: Int?
        var month: Int?
        var year: Int?
        for token in tokens[(stampIndex + 1)...] {
            if month == nil, offset == nil, let fixed = TimeZoneAbbreviation.fixedOffset(String(token)) {
                offset = fixed
            } else if month == nil, let named = MonthName.month(token) {
                month = named
            } else if month != nil, year == nil, let number = Int(token),
                token.utf8.count == 2 || token.utf8.count == 4
            {
                year = CivilDate.expandYear(number)
            }
        }
        guard let month, day >= 1, day <= 31, hour < 24, minute < 60 else { return nil }
        var trailer = WireTrailer(text: text, hasZone: offset != nil)
        let partial = Partial(month: month, day: day, hour: hour, minute: minute, offset: offset)
        if let year {
            trailer.date = resolve(partial, year: year)
        } else {
            trailer.partial = partial
        }
        return trailer
    }

    private static func resolve(_ partial: Partial, year: Int) -> CivilDate? {
        guard let local = CivilDate(year: year, month: partial.month, day: partial.day,
            hour: partial.hour, minute: partial.minute)
        else { return nil }
        return local.adding(minutes: -(partial.offset ?? 0))
    }

    /// Fills in a missing year: the year known from the story, or else the year that puts the
    /// date within half a year of `referenceMinute` (the conversion's timestamp). Leaves the
    /// date out when neither is available.
    func resolved(year knownYear: Int?, referenceMinute: Int?) -> WireTrailer {
        guard date == nil, let partial else { return self }
        var copy = self
        if let knownYear {
            copy.date = WireTrailer.resolve(partial, year: knownYear)
        } else if let referenceMinute, let reference = CivilDate(minuteNumber: referenceMinute) {
            let halfYear = 183 * 1440
            for year in [reference.year, reference.year - 1, reference.year + 1] {
                if let candidate = WireTrailer.resolve(partial, year: year),
                    abs(candidate.minuteNumber - referenceMinute) <= halfYear
                {
                    copy.date = candidate
                    break
                }
            }
        }
        if copy.date != nil { copy.partial = nil }
        return copy
    }

    // MARK: - ANPA: AP-WF-MM-DD-YY HHMMGMT, or HH:MMET DD-MM-YY

    private static func parseANPA(_ tokens: [Substring], text: String) -> WireTrailer? {
        var dateFields: [Int]?
        var agency: String?
        var time: (hour: Int, minute: Int, zone: String)?
        var timeFirst = false
        for token in tokens {
            if dateFields == nil, let (fields, prefix) = dashedDate(token) {
                dateFields = fields
                agency = prefix
            } else if time == nil, let parsed = clockTime(token) {
                time = parsed
                timeFirst = dateFields == nil
            }
        }
        guard let fields = dateFields else { return nil }
        var month = fields[0]
        var day = fields[1]
        if timeFirst || month > 12 { swap(&month, &day) }
        let year = CivilDate.expandYear(fields[2])
        var trailer = WireTrailer(text: text, agency: agency, hasZone: false)
        guard let time else {
            trailer.date = CivilDate(year: year, month: month, day: day)
            return trailer.date == nil ? nil : trailer
        }
        guard let local = CivilDate(year: year, month: month, day: day, hour: time.hour, minute: time.minute)
        else { return nil }
        let offset = TimeZoneAbbreviation.fixedOffset(time.zone)
            ?? TimeZoneAbbreviation.seasonalOffset(time.zone, local: local)
        trailer.hasZone = offset != nil
        trailer.date = local.adding(minutes: -(offset ?? 0))
        return trailer
    }

    /// `AP-WF-02-20-16` → ([2, 20, 16], "AP"); `31-10-14` → ([31, 10, 14], nil).
    private static func dashedDate(_ token: Substring) -> ([Int], String?)? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let numbers = parts.suffix(3).compactMap { part -> Int? in
            part.utf8.count == 2 || part.utf8.count == 4 ? Int(part) : nil
        }
        guard numbers.count == 3 else { return nil }
        let prefix = parts.dropLast(3)
        let agency = prefix.first.map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        return (numbers, agency)
    }

    /// `0337GMT` → (3, 37, "GMT"); `16:35ET` → (16, 35, "ET").
    private static func clockTime(_ token: Substring) -> (hour: Int, minute: Int, zone: String)? {
        let bytes = Array(token.utf8)
        var digits: [Int] = []
        var index = 0
        while index < bytes.count, ByteText.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ":") {
            if ByteText.isDigit(bytes[index]) { digits.append(Int(bytes[index] - 0x30)) }
            index += 1
        }
        guard digits.count == 4, index < bytes.count,
            bytes[index...].allSatisfy(ByteText.isLetter)
        else { return nil }
        let hour = digits[0] * 10 + digits[1]
        let minute = digits[2] * 10 + digits[3]
        guard hour < 24, minute < 60 else { return nil }
        return (hour, minute, String(decoding: bytes[index...], as: UTF8.self))
    }
}
