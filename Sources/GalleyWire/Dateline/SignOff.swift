/// Finds the sign-offs that close agency copy and strips them from a final paragraph:
/// `Enditem`, `END`, `ENDS`, `(end)`, `-- Xinhua`, `(Reporting by …; Editing by …)`, and desk
/// initials such as `dpa wsz jln npr`.
///
/// Shared by the wire reader and the `dateline` pass.
public enum SignOff {
    /// What ``strip(_:)`` found.
    public struct Match: Sendable, Hashable {
        /// The paragraph's text without its sign-offs (empty when the paragraph was only that).
        public var rest: String
        /// The sign-offs removed, in reading order, as printed.
        public var removed: [String]
        /// Whether one of them marks the definite end of the story (`Enditem`, `END`), after
        /// which nothing belongs to the article.
        public var endsStory: Bool
        /// Reporters and writers named in a Reuters-style credit ("Reporting by A and B").
        public var reporters: [String]
    }

    /// How many sign-offs one paragraph may end with (`… Enditem` after a credit after a dash).
    static let maximumSignOffs = 4

    /// Words that end a story when they close a paragraph.
    static let endWords: Set<String> = ["enditem", "end", "ends", "(end)", "(ends)", "ende", "(ende)", "-30-", "fin", "(fin)"]

    /// The sign-offs at the end of `text`, or `nil` when there are none.
    public static func strip(_ text: String) -> Match? {
        var rest = text.trimmingSpaces()
        var removed: [String] = []
        var endsStory = false
        var rounds = 0
        // A few sign-offs at most close a paragraph; the bound keeps hostile input linear.
        while !rest.isEmpty, rounds < maximumSignOffs {
            rounds += 1
            if let (before, found) = stripCredit(rest) {
                removed.insert(found, at: 0)
                rest = before
            } else if let (before, found) = stripEndWord(rest) {
                removed.insert(found, at: 0)
                endsStory = true
                rest = before
            } else if let (before, found) = stripAgencyDash(rest) {
                removed.insert(found, at: 0)
                rest = before
            } else if isDeskCode(rest) || rest == "MORE" || rest == "(MORE)" {
                removed.insert(rest, at: 0)
                rest = ""
            } else {
                break
            }
        }
        guard !removed.isEmpty else { return nil }
        let reporters = removed.flatMap(reporterNames(in:))
        return Match(rest: rest, removed: removed, endsStory: endsStory, reporters: reporters)
    }

    /// `… text. Enditem` → (`… text.`, `Enditem`).
    private static func stripEndWord(_ text: String) -> (String, String)? {
        let lastWord: Substring
        if let space = text.lastIndex(of: " ") {
            lastWord = text[text.index(after: space)...]
        } else {
            lastWord = Substring(text)
        }
        let lowered = lastWord.lowercased()
        guard endWords.contains(lowered) else { return nil }
        let before = text[..<lastWord.startIndex].trimmingSpaces()
        // Only a word of its own: `END` after a sentence, or a paragraph of just `Enditem`;
        // "ends" in running text ("the war ends") does not count.
        let isUpper = lastWord == lastWord.uppercased()
        if lowered == "enditem" || lowered.hasPrefix("(") || lowered == "-30-" {
            return (before, String(lastWord))
        }
        guard isUpper || before.isEmpty else { return nil }
        if let last = before.utf8.last, before.isEmpty == false,
            !(last == UInt8(ascii: ".") || last == UInt8(ascii: "\"") || last == UInt8(ascii: ")")
                || last == UInt8(ascii: "'"))
        {
            return nil
        }
        return (before, String(lastWord))
    }

    /// `… text. -- Xinhua` → (`… text.`, `-- Xinhua`).
    private static func stripAgencyDash(_ text: String) -> (String, String)? {
        for dash in [" -- ", " — ", " – "] {
            guard let range = text.lastRange(of: dash) else { continue }
            let name = text[range.upperBound...]
            let words = name.split(separator: " ")
            guard (1...2).contains(words.count), name.utf8.count <= 24,
                let first = name.utf8.first, ByteText.isUpper(first),
                name.utf8.allSatisfy({ ByteText.isLetter($0) || $0 == ControlCode.space || $0 == ControlCode.hyphen })
            else { continue }
            let before = text[..<range.lowerBound].trimmingSpaces()
            guard let last = before.utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "\"")
                || last == UInt8(ascii: ")")
            else { continue }
            return (before, String(text[range.lowerBound...]).trimmingSpaces())
        }
        return nil
    }

    static let creditOpenings = [
        "(reporting by", "(additional reporting by", "(writing by", "(editing by", "(compiled by",
        "(reporting and writing by", "(written by", "(by ",
    ]

    /// `… text. (Reporting by A; Editing by B)` → (`… text.`, `(Reporting by A; Editing by B)`).
    private static func stripCredit(_ text: String) -> (String, String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let credit = text[open...]
        let lowered = credit.lowercased()
        guard creditOpenings.contains(where: { lowered.hasPrefix($0) }) else { return nil }
        return (text[..<open].trimmingSpaces(), String(credit))
    }

    /// Short agency names that sign copy with desk initials.
    static let deskAgencies: Set<String> = [
        "dpa", "dpa-afx", "afp", "ap", "apa", "sda", "ats", "kna", "epd", "ddp", "dapd", "rtr", "reuters",
        "ansa", "efe", "anp", "belga", "ctk", "pap", "tt", "ntb", "ritzau", "stt", "xinhua", "kyodo",
        "yonhap", "mti", "hina", "tanjug", "bta", "lusa", "awp", "kap", "sid", "dts", "afx",
    ]

    /// `dpa wsz jln npr`: an agency's name followed by desk initials of 2–4 lower-case letters.
    static func isDeskCode(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 8, let agency = words.first,
            deskAgencies.contains(agency.lowercased())
        else { return false }
        return words.dropFirst().allSatisfy { word in
            (1...5).contains(word.utf8.count)
                && word.utf8.allSatisfy { ByteText.isLower($0) || ByteText.isDigit($0) }
        }
    }

    /// The people named after "Reporting by" or "Writing by" in a credit.
    static func reporterNames(in credit: String) -> [String] {
        var names: [String] = []
        let inner = credit.trimmingCharactersParentheses()
        for clause in inner.split(separator: ";") {
            let text = clause.trimmingSpaces()
            let bytes = Array(text.utf8)[...]
            for prefix in reporterPrefixes where ByteText.hasPrefix(bytes, prefix) {
                names += BylineParser.people(in: String(text.dropFirst(prefix.utf8CodeUnitCount)))
                break
            }
        }
        return names
    }

    static let reporterPrefixes: [StaticString] = [
        "reporting by ", "additional reporting by ", "writing by ", "reporting and writing by ", "written by ",
        "by ",
    ]
}

extension String {
    /// The text inside one pair of surrounding parentheses, or the text itself.
    func trimmingCharactersParentheses() -> String {
        var text = Substring(self)
        if text.hasPrefix("(") { text = text.dropFirst() }
        if text.hasSuffix(")") { text = text.dropLast() }
        return String(text)
    }
}

extension StringProtocol {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        ByteSearch.replacing(target, with: replacement, in: String(self))
    }
}

extension String {
    /// The range of the last occurrence of `target`.
    func lastRange(of target: String) -> Range<Index>? {
        guard let offset = ByteSearch.lastOffset(of: Array(target.utf8), in: Array(utf8)) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        let upper = utf8.index(lower, offsetBy: target.utf8.count)
        return lower..<upper
    }
}
