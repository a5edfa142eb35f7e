/// Recognises the take and version keys of agency copy: `REFILE`, `1ST LEAD`, `EXTRA`,
/// `UPDATE 2`, `CORRECTED`, combinations such as `REFILE-UPDATE 1` or `1ST LEAD, EXTRA`, and
/// dpa's German keys (`Eilmeldung`, `1. Zusammenfassung`, `(Wiederholung)`, `(Achtung)`).
enum TakeKey {
    /// Words that make up take keys, lower-cased.
    static let words: Set<String> = [
        "refile", "repeat", "rpt", "correction", "corrected", "corrects", "correct", "update", "updates",
        "lead", "ld", "urgent", "flash", "extra", "advisory", "writethru", "write-thru", "insert", "add",
        "kill", "withdrawal", "embargoed", "embargo", "bulletin", "sub", "advance", "adv", "new", "take",
        "first", "second", "third", "fourth", "fifth", "recasts", "adds", "rewrite", "version", "part",
        "eil", "eilmeldung", "zusammenfassung", "korrektur", "berichtigung", "wiederholung", "neufassung",
        "vorab", "achtung", "hinweis", "sperrfrist", "blitz", "vorrang", "zus", "wdh", "kor",
        "nachtrag", "ergänzung", "aktualisierung", "tagesvorschau", "vorschau",
    ]

    /// Whether a line is a take or version key rather than a headline.
    static func isTakeKey(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 60 else { return false }
        if text.hasPrefix("("), text.hasSuffix(")") { return true }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" || $0 == "-" || $0 == "+" })
        guard !tokens.isEmpty, tokens.count <= 6 else { return false }
        return tokens.allSatisfy(isTakeWord)
    }

    /// A word of a take key: a known word, a number, or an ordinal (`1ST`, `2nd`, `1.`, `3rd`).
    static func isTakeWord(_ token: Substring) -> Bool {
        let lowered = token.lowercased()
        if words.contains(lowered) { return true }
        let bytes = Array(lowered.utf8)
        var digits = 0
        while digits < bytes.count, ByteText.isDigit(bytes[digits]) { digits += 1 }
        guard digits > 0, digits <= 3 else { return false }
        let suffix = String(decoding: bytes[digits...], as: UTF8.self)
        return ["", ".", "st", "nd", "rd", "th", "stld", "ndld", "rdld", "thld"].contains(suffix)
    }
}
