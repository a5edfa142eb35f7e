/// The slug of an ANPA keyword such as `BC-BKN--Heat-Hawks`: cycle (`BC`, `AM`, `PM`), desk
/// code (`BKN`), then the slug proper after `--`.
enum SlugKey {
    /// The slug proper of a keyword: `BC-US--Ethanol-LosingGra` → `Ethanol-LosingGra`.
    static func slug(of keyword: String) -> String {
        if let range = keyword.firstRange(of: "--") {
            let rest = keyword[range.upperBound...]
            if !rest.isEmpty { return String(rest) }
        }
        return keyword
    }

    /// The cycle and desk codes before `--` (`BC-BKN`), if any.
    static func prefix(of keyword: String) -> String? {
        guard let range = keyword.firstRange(of: "--"), range.lowerBound > keyword.startIndex else { return nil }
        return String(keyword[..<range.lowerBound])
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
