// The character classes that decide whether `*`, `_` and `~` can open or close emphasis.
// CommonMark 0.31 §6.2 (https://spec.commonmark.org/0.31.2/#left-flanking-delimiter-run).

/// The class of the character next to a delimiter run.
enum Flank: Sendable, Hashable {
    /// Unicode whitespace, a line end, or the start or end of the block.
    case whitespace
    /// ASCII punctuation or a Unicode punctuation (P) character.
    case punctuation
    /// A Unicode symbol (S) outside ASCII: punctuation for CommonMark 0.31, not for 0.29 and
    /// earlier renderers. Delimiters are chosen to work under both readings.
    case symbol
    /// Anything else (letters, digits, …).
    case other

    /// The class of a Unicode scalar.
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                self = .whitespace
            } else if byte == UInt8(ascii: "~") {
                // cmark-gfm's strikethrough extension makes `~` count as punctuation next to
                // some delimiter runs and not next to others; delimiters must work either way.
                self = .symbol
            } else if MarkdownRenderer.isASCIIPunctuation(byte) {
                self = .punctuation
            } else {
                self = .other
            }
            return
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: self = .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            self = .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: self = .symbol
        default: self = .other
        }
    }

    /// The classes this may be read as: a symbol either way, anything else as itself.
    var readings: [Flank] { self == .symbol ? [.punctuation, .other] : [self] }

    /// Whether a delimiter run between `before` and `after` is left-flanking.
    static func isLeftFlanking(_ before: Flank, _ after: Flank) -> Bool {
        after != .whitespace && (after != .punctuation || before == .whitespace || before == .punctuation)
    }

    /// Whether a delimiter run between `before` and `after` is right-flanking.
    static func isRightFlanking(_ before: Flank, _ after: Flank) -> Bool {
        before != .whitespace && (before != .punctuation || after == .whitespace || after == .punctuation)
    }

    /// Whether a run of `delimiter` (`*`, `_` or `~`) between the two can open: under every reading
    /// of ambiguous classes when `underBoth`, else under some reading.
    static func canOpen(_ delimiter: UInt8, _ before: Flank, _ after: Flank, underBoth: Bool) -> Bool {
        if before != .symbol && after != .symbol { return opens(delimiter, before, after) }
        // Each side may be read either way, independently: all readings must agree (choosing a
        // delimiter) or any reading suffices (deciding to escape a literal).
        for b in before.readings {
            for a in after.readings where opens(delimiter, b, a) != underBoth { return !underBoth }
        }
        return underBoth
    }

    /// Whether a run of `delimiter` between the two can close, under both (or either) readings.
    static func canClose(_ delimiter: UInt8, _ before: Flank, _ after: Flank, underBoth: Bool) -> Bool {
        if before != .symbol && after != .symbol { return closes(delimiter, before, after) }
        // Each side may be read either way, independently: all readings must agree (choosing a
        // delimiter) or any reading suffices (deciding to escape a literal).
        for b in before.readings {
            for a in after.readings where closes(delimiter, b, a) != underBoth { return !underBoth }
        }
        return underBoth
    }

    private static func opens(_ delimiter: UInt8, _ before: Flank, _ after: Flank) -> Bool {
        let left = isLeftFlanking(before, after)
        guard delimiter == UInt8(ascii: "_") else { return left }
        return left && (!isRightFlanking(before, after) || before == .punctuation)
    }

    private static func closes(_ delimiter: UInt8, _ before: Flank, _ after: Flank) -> Bool {
        let right = isRightFlanking(before, after)
        guard delimiter == UInt8(ascii: "_") else { return right }
        return right && (!isLeftFlanking(before, after) || after == .punctuation)
    }
}
