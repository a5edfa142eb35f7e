/// Finds calendar dates written in running text and returns them as ISO 8601 (`YYYY-MM-DD`).
///
/// Recognises `2024-05-14`, `14 May 2024`, `May 14, 2024`, `14. Mai 2024`, `14.05.2024` and the
/// month names of English, German, French, Spanish, Italian, Portuguese and Dutch (full and
/// abbreviated). Slash dates such as `03/04/2024` are ambiguous between conventions and ignored.
enum DateText {
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"],
            ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart"],
            ["april", "apr", "avril", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
            ["july", "jul", "juli", "juillet", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"],
            ["october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index + 1 } }
        return table
    }()

    /// The first date in `text`, as `YYYY-MM-DD`.
    static func isoDate(in text: String) -> String? {
        // Every form has a year of 1900 to 2100, which `Int` reads from four ASCII digits in a
        // row at least; lower-casing neither makes nor joins digits.
        guard hasFourDigitsInARow(text) else { return nil }
        let tokens = tokenize(text)
        for index in tokens.indices {
            if let date = numericDate(tokens[index]) { return date }
            if let date = wordDate(tokens, at: index) { return date }
        }
        return nil
    }

    /// Whether `text` holds four ASCII digits one after the other.
    static func hasFourDigitsInARow(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte &- 0x30 < 10 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    static func tokenize(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" || $0 == "(" || $0 == ")" })
            .map { token in
                var token = String(token)
                while token.hasSuffix(".") && token.count > 1 && !token.dropLast().contains(".") { token.removeLast() }
                return token
            }
    }

    /// ``tokenize(_:)`` for ASCII text, on bytes: each character is one byte there but for
    /// "\r\n", which is no separator and holds no full stop either way.
    static func asciiTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var text = text
        text.withUTF8 { bytes in
            let fullStop = UInt8(ascii: ".")
            var start = 0
            for index in 0...bytes.count {
                if index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"): break
                    default: continue
                    }
                }
                defer { start = index + 1 }
                guard index > start else { continue }
                // A full stop that ends a token is cut when it is the token's only one.
                var end = index
                if bytes[end - 1] == fullStop && end - start > 1
                    && !UnsafeBufferPointer(rebasing: bytes[start..<(end - 1)]).contains(fullStop)
                {
                    end -= 1
                }
                tokens.append(String(unsafeUninitializedCapacity: end - start) { token in
                    for offset in 0..<(end - start) {
                        let byte = bytes[start + offset]
                        token[offset] = UTF8Decoding.lowercasedASCII(byte)
                    }
                    return end - start
                })
            }
        }
        return tokens
    }

    /// `2024-05-14` (with or without a time) or `14.05.2024`.
    static func numericDate(_ token: String) -> String? {
        // Both forms hold a hyphen or a full stop; most tokens are words and numbers without.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else { return nil }
        let iso = token.prefix(10)
        let isoParts = iso.split(separator: "-")
        if isoParts.count == 3, isoParts[0].count == 4, let year = Int(isoParts[0]), let month = Int(isoParts[1]),
            let day = Int(isoParts[2])
        {
            return format(year: year, month: month, day: day)
        }
        let dotted = token.split(separator: ".")
        if dotted.count == 3, dotted[2].count == 4, let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2]) {
            return format(year: year, month: month, day: day)
        }
        return nil
    }

    /// `14 May 2024`, `May 14 2024`, `14. Mai 2024`.
    static func wordDate(_ tokens: [String], at index: Int) -> String? {
        guard let month = months[tokens[index]] else { return nil }
        func number(_ offset: Int) -> Int? {
            let position = index + offset
            guard position >= 0, position < tokens.count else { return nil }
            var token = tokens[position]
            for suffix in ["st", "nd", "rd", "th", "er", "."] where token.hasSuffix(suffix) { token.removeLast(suffix.count) }
            return Int(token)
        }
        if let day = number(-1), let year = number(1), year > 1900 {
            return format(year: year, month: month, day: day)
        }
        if let day = number(1), let year = number(2), year > 1900 {
            return format(year: year, month: month, day: day)
        }
        return nil
    }

    static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
