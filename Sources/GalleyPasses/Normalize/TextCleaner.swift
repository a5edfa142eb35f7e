// Character-level cleaning shared by the normalize pass: canonical composition, invisible
// characters, and whitespace runs.

/// Cleans the characters of one text node.
struct TextCleaner: Sendable {
    /// Compose to Unicode NFC.
    var composes: Bool
    /// Remove soft hyphens, zero-width spaces and byte-order marks.
    var removesInvisibles: Bool

    /// Characters removed by ``removesInvisibles``: soft hyphen, zero-width space, zero-width
    /// no-break space (BOM). Zero-width joiners and direction marks are kept: they change how
    /// emoji and right-to-left text render.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// Whitespace that collapses to one space. No-break spaces (U+00A0, U+202F) and the
    /// ideographic space are deliberate and stay.
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `text` cleaned, with whitespace runs collapsed to one space; a leading space is dropped
    /// when `dropsLeadingSpace`.
    func clean(_ text: String, dropsLeadingSpace: Bool) -> String {
        var source = text
        if composes && !source.utf8.allSatisfy({ $0 < 0x80 }) {
            // The standard library's own NFC (the one its string comparison uses): no ICU needed.
            source = String(decoding: source._nfcCodeUnits, as: UTF8.self)
        }
        var result = String.UnicodeScalarView()
        var afterSpace = dropsLeadingSpace
        for scalar in source.unicodeScalars {
            if Self.isCollapsible(scalar) {
                if !afterSpace { result.append(" ") }
                afterSpace = true
            } else if removesInvisibles && Self.isInvisible(scalar) {
                continue
            } else {
                result.append(scalar)
                afterSpace = false
            }
        }
        return String(result)
    }

    /// A metadata string cleaned and trimmed; `nil` when nothing is left.
    func cleanField(_ text: String?) -> String? {
        guard let text else { return nil }
        var cleaned = clean(text, dropsLeadingSpace: true)
        while cleaned.hasSuffix(" ") { cleaned.removeLast() }
        return cleaned.isEmpty ? nil : cleaned
    }
}
