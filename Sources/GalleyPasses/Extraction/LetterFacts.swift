/// What Unicode says about the scalars of two-byte UTF-8 (U+0080 to U+07FF: Latin, Greek,
/// Cyrillic, Armenian, Hebrew, Arabic) that the stop-word counter asks of every letter outside
/// ASCII, each asked once per page: a property lookup costs some three hundred instructions,
/// a page of German or Russian prose has thousands of such letters and a few dozen distinct ones.
struct LetterFacts {
    /// Per scalar from U+0080: 0 when not asked yet, else ``known`` with ``alphabetic`` and
    /// ``lowercasable`` as Unicode says.
    private var facts = [UInt8](repeating: 0, count: 0x800 - 0x80)

    private static let known: UInt8 = 1
    private static let alphabetic: UInt8 = 2
    private static let lowercasable: UInt8 = 4

    /// Whether `scalar` is alphabetic (Unicode's Alphabetic property).
    mutating func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        guard let bits = bits(of: scalar) else { return scalar.properties.isAlphabetic }
        return bits & Self.alphabetic != 0
    }

    /// Whether lower-casing changes `scalar` (Unicode's Changes_When_Lowercased property).
    mutating func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        guard let bits = bits(of: scalar) else { return scalar.properties.changesWhenLowercased }
        return bits & Self.lowercasable != 0
    }

    /// The scalar's facts, looked up on first use; `nil` outside two-byte UTF-8.
    private mutating func bits(of scalar: Unicode.Scalar) -> UInt8? {
        let value = Int(scalar.value)
        guard value >= 0x80 && value < 0x800 else { return nil }
        let index = value - 0x80
        if facts[index] == 0 {
            let properties = scalar.properties
            facts[index] = Self.known
                | (properties.isAlphabetic ? Self.alphabetic : 0)
                | (properties.changesWhenLowercased ? Self.lowercasable : 0)
        }
        return facts[index]
    }
}
