// The CSS size keywords mapped onto a profile's modular scale, the way e-book converters map a
// book's `font-size: large` onto the reader's chosen sizes (a "font size key").

import GalleyCore

/// Sizes for the CSS keywords `xx-small` … `xx-large` on a profile's scale.
///
/// `medium` is the profile's base size; each keyword step multiplies or divides by the profile's
/// ``RenderProfile/scale``, so `large` is one heading step up and `xx-large` three. Sizes come as
/// points (for the profile's table) and as `rem` (for CSS, so that a reader's zoom still works).
public struct FontSizeKey: Sendable, Hashable {
    /// A CSS absolute-size keyword.
    public enum Keyword: String, Sendable, Hashable, CaseIterable {
        case xxSmall = "xx-small"
        case xSmall = "x-small"
        case small
        case medium
        case large
        case xLarge = "x-large"
        case xxLarge = "xx-large"

        /// Steps from `medium`: -3 … 3.
        public var step: Int {
            switch self {
            case .xxSmall: return -3
            case .xSmall: return -2
            case .small: return -1
            case .medium: return 0
            case .large: return 1
            case .xLarge: return 2
            case .xxLarge: return 3
            }
        }
    }

    /// The profile the key is derived from.
    public var profile: RenderProfile

    /// Creates the key for `profile`.
    public init(profile: RenderProfile) {
        self.profile = profile
    }

    /// The keyword's size relative to the base size (`medium` is 1).
    public func ratio(_ keyword: Keyword) -> Double {
        Self.power(Self.effectiveScale(profile), keyword.step)
    }

    /// The keyword's size in points.
    public func points(_ keyword: Keyword) -> Double {
        profile.baseFontSize * ratio(keyword)
    }

    /// The keyword's size as a CSS length in `rem`.
    public func css(_ keyword: Keyword) -> String {
        CSSNumber.format(ratio(keyword)) + "rem"
    }

    /// The size of a heading of `level` relative to the base: h1 is the scale to the fourth
    /// power, h2 the third, h3 the second, h4 the scale itself, h5 and h6 the body size.
    public func headingRatio(level: Int) -> Double {
        Self.power(Self.effectiveScale(profile), max(0, 5 - min(max(level, 1), 6)))
    }

    /// The scale, at least 1 (a smaller one would make headings shrink).
    static func effectiveScale(_ profile: RenderProfile) -> Double {
        profile.scale.isFinite ? max(profile.scale, 1) : 1
    }

    static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= base }
        return exponent < 0 ? 1 / result : result
    }
}
