/// How many terminal columns a Unicode scalar takes: 0, 1 or 2.
///
/// A compact version of UAX #11 (East Asian Width) as terminals apply it, in the manner of
/// `wcwidth`: scalars of East Asian Width W or F (CJK ideographs, kana, Hangul syllables,
/// fullwidth forms, emoji with emoji presentation) take two columns; combining marks (general
/// category Mn, Me), format characters (Cf, such as U+200B ZERO WIDTH SPACE and U+200D ZERO
/// WIDTH JOINER), Hangul medial and final jamo and control characters take none; everything
/// else takes one. The wide ranges follow EastAsianWidth.txt of Unicode 15, merged where
/// neighbouring ranges differ only by unassigned code points.
public enum DisplayWidth {
    /// The columns `scalar` takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 {
            // Latin, with the C0 and C1 controls taking none.
            return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : (value == 0xAD ? 0 : 1)
        }
        // Fast path: the unified ideographs and Hangul syllables hold no marks.
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) { return 2 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The columns `text` takes on one line.
    public static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    /// Whether `scalar` takes no column of its own (it combines with the one before).
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return false
        }
    }

    /// The first scalar value with East Asian Width W or F: nothing below it is wide.
    static var firstWide: UInt32 { 0x1100 }

    /// Whether the scalar with this value has East Asian Width W or F.
    public static func isWide(_ value: UInt32) -> Bool {
        guard value >= firstWide else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Whether a line may break between two scalars without a space: before or after an
    /// ideograph, kana or other wide character, except before closing punctuation (、。」）…)
    /// and after opening punctuation (「（…), the "kinsoku" rules of CJK typesetting.
    static func allowsBreak(between previous: Unicode.Scalar, and next: Unicode.Scalar) -> Bool {
        guard isWide(previous.value) || isWide(next.value) else { return false }
        if isZeroWidth(next) { return false }
        if closingPunctuation.contains(next.value) || openingPunctuation.contains(previous.value) { return false }
        return true
    }

    /// Closing and trailing punctuation that must not begin a line (JIS X 4051 line-start prohibited).
    static let closingPunctuation: Set<UInt32> = [
        0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0x3009, 0x300B, 0x300D, 0x300F,
        0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0xFF09, 0xFF3D, 0xFF5D, 0x30FC, 0x309D, 0x309E, 0x30FD,
        0x30FE, 0x3005, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,
        0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,
        0x2019, 0x201D, 0x0021, 0x0029, 0x002C, 0x002E, 0x003A, 0x003B, 0x003F, 0x005D, 0x007D, 0x30FB,
    ]

    /// Opening punctuation that must not end a line (JIS X 4051 line-end prohibited).
    static let openingPunctuation: Set<UInt32> = [
        0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0xFF08, 0xFF3B, 0xFF5B,
        0x2018, 0x201C, 0x0028, 0x005B, 0x007B,
    ]

    /// East Asian Wide and Fullwidth ranges, sorted.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF,
        0x18D00...0x18D08, 0x1AFF0...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
        0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
