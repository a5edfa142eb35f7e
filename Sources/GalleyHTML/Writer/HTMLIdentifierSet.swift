// Element ids in the output: valid XML NCNames (so the same ids work in HTML and in EPUB's XHTML)
// and unique within one output document.

/// Hands out unique, well-formed element ids.
///
/// ``sanitized(_:)`` maps any string to an XML 1.0 NCName (XML Namespaces §3, `NCName`): characters
/// outside `NameChar` become `-`, and a name that does not start with a `NameStartChar` gets an `x`
/// in front. ``claim(_:)`` then makes it unique by appending `-2`, `-3`, ….
public struct HTMLIdentifierSet: Sendable {
    private var used: Set<String> = []
    /// For each base that was asked for twice, the next suffix to try, so that many duplicates
    /// of one id cost linear, not quadratic, time.
    private var nextSuffix: [String: Int] = [:]

    /// Creates an empty set.
    public init() {}

    /// Whether `id` was handed out already.
    public func contains(_ id: String) -> Bool { used.contains(id) }

    /// Returns a unique NCName derived from `proposal` and remembers it.
    public mutating func claim(_ proposal: String) -> String {
        let base = Self.sanitized(proposal)
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base] ?? 2
        while true {
            let candidate = "\(base)-\(suffix)"
            suffix += 1
            if used.insert(candidate).inserted {
                nextSuffix[base] = suffix
                return candidate
            }
        }
    }

    /// `proposal` turned into an NCName; the empty string becomes `x`.
    public static func sanitized(_ proposal: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in proposal.unicodeScalars {
            if scalars.isEmpty {
                if isNameStart(scalar) {
                    scalars.append(scalar)
                } else {
                    scalars.append("x")
                    if isNameCharacter(scalar) { scalars.append(scalar) } else { scalars.append("-") }
                }
            } else {
                scalars.append(isNameCharacter(scalar) ? scalar : "-")
            }
        }
        return scalars.isEmpty ? "x" : String(scalars)
    }

    /// XML 1.0 (5th ed.) `NameStartChar` without `:`.
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
            0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    /// XML 1.0 (5th ed.) `NameChar` without `:`.
    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameStart(scalar)
        }
    }
}
