/// The slug of an ANPA keyword such as `BC-BKN--Heat-Hawks`: cycle (`BC`, `AM`, `PM`), desk
/// code (`BKN`), then the slug proper after `--`.
enum SlugKey {
    /// The slug proper of a keyword: `BC-US--Ethanol-LosingGra` → `Ethanol-LosingGra`.
    static func slug(of keyword: String) -> String {
        let bytes = Array(keyword.utf8)
        if let offset = ByteSearch.firstOffset(of: [ControlCode.hyphen, ControlCode.hyphen], in: bytes),
            offset + 2 < bytes.count
        {
            return String(decoding: bytes[(offset + 2)...], as: UTF8.self)
        }
        // Without a desk code, only the cycle prefix goes: `BC-10ThingstoKnow-Today`.
        for cycle in ["BC-", "AM-", "PM-"] where keyword.hasPrefix(cycle) && keyword.utf8.count > 3 {
            return String(keyword.dropFirst(3))
        }
        return keyword
    }

    /// The cycle and desk codes before `--` (`BC-BKN`), if any.
    static func prefix(of keyword: String) -> String? {
        let bytes = Array(keyword.utf8)
        guard let offset = ByteSearch.firstOffset(of: [ControlCode.hyphen, ControlCode.hyphen], in: bytes), offset > 0
        else { return nil }
        return String(decoding: bytes[..<offset], as: UTF8.self)
    }

    /// The best slug from the heading's keyword field (cut at 24 characters by ANPA) and the
    /// keyword line of the text (full, but with spaces): the line's slug without spaces when it
    /// extends the heading's, else the heading's.
    static func merge(headerKeyword: String?, lineKeyword: String) -> String {
        let lineSlug = slug(of: lineKeyword).replacingOccurrences(" ", with: "")
        guard let headerKeyword else { return lineSlug }
        let headerSlug = slug(of: headerKeyword)
        if lineSlug.lowercased().hasPrefix(headerSlug.lowercased()) { return lineSlug }
        return headerSlug
    }
}
