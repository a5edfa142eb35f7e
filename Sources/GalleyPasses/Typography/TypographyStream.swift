// One run of prose (a paragraph, a heading, a line block) as a single stream of scalars, so that
// quotes and dashes are decided with context that crosses inline boundaries: `"<em>word</em>"`
// gets an opening and a closing mark.

/// Educates the text of one stream.
///
/// The stream holds the scalars of every text node in reading order, plus stand-ins for what is
/// not text: U+FFFC for code, images and URL-like links (they read as a word), a space for
/// breaks. Each source scalar gets an output string; a text node's new text is the outputs of its
/// scalars joined. So a replacement never moves text from one node to another.
struct TypographyStream {
    /// Scalars of the stream.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each scalar, the text node it belongs to, or -1 for a stand-in.
    private(set) var owners: [Int] = []
    /// How many text nodes were added.
    private(set) var nodeCount = 0

    static let objectStandIn: Unicode.Scalar = "\u{FFFC}"

    /// Adds one text node's characters; returns its index.
    mutating func addText(_ text: String) -> Int {
        let node = nodeCount
        nodeCount += 1
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            owners.append(node)
        }
        return node
    }

    /// Adds a stand-in for something that is not text.
    mutating func addStandIn(_ scalar: Unicode.Scalar) {
        scalars.append(scalar)
        owners.append(-1)
    }

    /// The new text of every node, by index.
    func educated(with rules: TypographyRules) -> [String] {
        // nil keeps the source scalar; most scalars keep theirs.
        var output = [String?](repeating: nil, count: scalars.count)
        var index = 0
        var isSingleOpen = false
        while index < scalars.count {
            index = educate(at: index, into: &output, rules: rules, isSingleOpen: &isSingleOpen)
        }
        var texts = [String.UnicodeScalarView](repeating: String.UnicodeScalarView(), count: nodeCount)
        for (position, owner) in owners.enumerated() where owner >= 0 {
            if let replacement = output[position] {
                texts[owner].append(contentsOf: replacement.unicodeScalars)
            } else {
                texts[owner].append(scalars[position])
            }
        }
        return texts.map(String.init)
    }

    private func scalar(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar.properties.isWhitespace
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == objectStandIn
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("0"..."9").contains(scalar)
    }

    /// Whether a quote after `scalar` opens: start, space, opening bracket, dash or another
    /// opening quote before it.
    private static func opensAfter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        if scalar.properties.isWhitespace { return true }
        switch scalar {
        case "(", "[", "{", "<", "-", "\u{2013}", "\u{2014}", "/", "\"", "'",
            "\u{201C}", "\u{2018}", "\u{201E}", "\u{201A}", "\u{AB}":
            return true
        default: return false
        }
    }

    /// URL starts that are copied through untouched up to the next space.
    static let urlStarts: [[Unicode.Scalar]] = ["http://", "https://", "ftp://", "www.", "mailto:"].map {
        Array($0.unicodeScalars)
    }

    private func startsURL(at index: Int) -> Bool {
        guard Self.isSpace(scalar(index - 1)) || Self.opensAfter(scalar(index - 1)) else { return false }
        for start in Self.urlStarts where index + start.count <= scalars.count {
            var matches = true
            for offset in 0..<start.count where scalars[index + offset].properties.lowercaseMapping != String(start[offset]) {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }

    /// Handles the scalar at `index`; returns the index of the next one to look at.
    private func educate(
        at index: Int, into output: inout [String?], rules: TypographyRules, isSingleOpen: inout Bool
    ) -> Int {
        let current = scalars[index]
        let previous = scalar(index - 1)
        let next = scalar(index + 1)
        switch current {
        case "h", "H", "f", "F", "w", "W", "m", "M":
            guard startsURL(at: index) else { return index + 1 }
            var end = index
            while end < scalars.count, !Self.isSpace(scalars[end]) { end += 1 }
            return end
        case "\"":
            educateDoubleQuote(at: index, into: &output, rules: rules)
        case "'":
            output[index] = singleQuote(at: index, rules: rules, isSingleOpen: &isSingleOpen)
        case ".":
            if next == ".", scalar(index + 2) == "." {
                output[index] = "\u{2026}"
                output[index + 1] = ""
                output[index + 2] = ""
                return index + 3
            }
        case "-":
            if next == "-" {
                if scalar(index + 2) == "-" {
                    output[index] = "\u{2014}"
                    output[index + 1] = ""
                    output[index + 2] = ""
                    return index + 3
                }
                output[index] = Self.isDigit(previous) && Self.isDigit(scalar(index + 2)) ? "\u{2013}" : rules.dash
                output[index + 1] = ""
                return index + 2
            }
            if Self.isSpacedDash(previous, next) { output[index] = rules.dash }
        case "_":
            if Self.isSpacedDash(previous, next) { output[index] = rules.dash }
        case "\u{AB}" where !rules.quoteSpace.isEmpty && next == " ":
            output[index + 1] = rules.quoteSpace  // « mot » typed with ordinary spaces
        case "\u{BB}" where !rules.quoteSpace.isEmpty && index > 0 && scalars[index - 1] == " ":
            output[index - 1] = rules.quoteSpace
        case ";", ":", "!", "?":
            if !rules.punctuationSpace.isEmpty, index > 0, scalars[index - 1] == " ", output[index - 1] == nil {
                output[index - 1] = rules.punctuationSpace
            }
        default:
            break
        }
        return index + 1
    }

    /// A double quote: opening after a space or opening punctuation when a word follows,
    /// closing otherwise; with the language's inner spaces (French).
    private func educateDoubleQuote(at index: Int, into output: inout [String?], rules: TypographyRules) {
        if !Self.isSpace(scalar(index + 1)) && Self.opensAfter(scalar(index - 1)) {
            output[index] = rules.openDouble + rules.quoteSpace
        } else {
            output[index] = rules.quoteSpace + rules.closeDouble
            if !rules.quoteSpace.isEmpty, index > 0, scalars[index - 1] == " ", output[index - 1] == nil {
                output[index - 1] = ""
            }
        }
    }

    /// What a single quote becomes: apostrophe, opening or closing mark.
    private func singleQuote(at index: Int, rules: TypographyRules, isSingleOpen: inout Bool) -> String {
        let previous = scalar(index - 1)
        let next = scalar(index + 1)
        if Self.isWordCharacter(previous) && Self.isWordCharacter(next) {
            return rules.apostrophe  // don't, l'homme
        }
        if Self.isWordCharacter(previous) || !Self.opensAfter(previous) {
            // The end of a quotation, or a possessive (dogs') when no single quote is open.
            defer { isSingleOpen = false }
            return isSingleOpen ? rules.closeSingle : rules.apostrophe
        }
        if Self.isDigit(next) || startsElision(at: index + 1) {
            return rules.apostrophe  // ’90s, ’tis
        }
        if !Self.isSpace(next) {
            isSingleOpen = true
            return rules.openSingle
        }
        isSingleOpen = false
        return rules.closeSingle
    }

    /// English words that begin with an apostrophe (`’tis`, `’em`), which is not an opening quote.
    static let elisions: [[Unicode.Scalar]] = ["tis", "twas", "em", "cause", "til", "n"].map { Array($0.unicodeScalars) }

    private func startsElision(at index: Int) -> Bool {
        for word in Self.elisions where index + word.count <= scalars.count {
            var matches = true
            for offset in 0..<word.count where scalars[index + offset].properties.lowercaseMapping != String(word[offset]) {
                matches = false
                break
            }
            if matches && !Self.isWordCharacter(scalar(index + word.count)) { return true }
        }
        return false
    }

    /// A hyphen or underscore standing alone between words: `word - word`.
    private static func isSpacedDash(_ previous: Unicode.Scalar?, _ next: Unicode.Scalar?) -> Bool {
        previous == " " && next == " "
    }
}
