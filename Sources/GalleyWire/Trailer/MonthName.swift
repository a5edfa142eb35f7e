/// Month names in English and German, full and abbreviated, as wire copy writes them.
enum MonthName {
    /// The month (1–12) a word names ("Nov", "Nov.", "November", "Sept.", "Mär", "Okt", "Dez."),
    /// or `nil`. Case-insensitive; a final period is allowed.
    static func month(_ word: Substring) -> Int? {
        var text = word.lowercased()
        if text.hasSuffix(".") { text.removeLast() }
        return table[text]
    }

    /// Lower-case spellings → month number.
    static let table: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["jan", "january", "januar", "jänner", "jän"]),
            (2, ["feb", "february", "februar", "febr"]),
            (3, ["mar", "march", "mär", "märz", "mrz", "maerz"]),
            (4, ["apr", "april"]),
            (5, ["may", "mai"]),
            (6, ["jun", "june", "juni"]),
            (7, ["jul", "july", "juli"]),
            (8, ["aug", "august"]),
            (9, ["sep", "sept", "september"]),
            (10, ["oct", "october", "okt", "oktober"]),
            (11, ["nov", "november"]),
            (12, ["dec", "december", "dez", "dezember"]),
        ]
        var table: [String: Int] = [:]
        for (month, spellings) in names {
            for spelling in spellings { table[spelling] = month }
        }
        return table
    }()
}
