// Which URLs may appear in `href` and `src`. The text is already decoded (no entities), so the
// check looks at the scheme the way a browser's URL parser does: leading spaces and controls are
// stripped, tabs and newlines inside the scheme are ignored, and case does not matter.

/// Decides whether a URL is safe to emit in an `href` or `src` attribute.
///
/// Dropped schemes: `javascript:`, `vbscript:`, `livescript:` and `data:`, except that an image
/// source may be a `data:image/…` URL other than `data:image/svg+xml` (SVG can carry script).
/// Everything else, including relative URLs, is allowed; the writer escapes it.
public enum HTMLURLPolicy {
    /// Where the URL is used.
    public enum Use: Sendable {
        /// A link target (`a href`, `link href`).
        case link
        /// An image source (`img src`).
        case image
    }

    /// Schemes that run code when followed.
    static let scriptSchemes: Set<String> = ["javascript", "vbscript", "livescript", "mocha"]

    /// Whether `url` may be emitted for `use`.
    public static func isAllowed(_ url: String, for use: Use) -> Bool {
        guard let scheme = scheme(of: url) else { return true }
        if scriptSchemes.contains(scheme) { return false }
        if scheme == "data" {
            guard use == .image else { return false }
            let rest = normalizedPrefix(of: url, limit: 32)
            return rest.hasPrefix("data:image/") && !rest.hasPrefix("data:image/svg")
        }
        return true
    }

    /// The URL's scheme in lower case, or `nil` for a relative URL.
    ///
    /// Mirrors the WHATWG URL parser: leading C0 controls and spaces are stripped, ASCII tab and
    /// newline are removed anywhere, and a scheme is letters, digits, `+`, `-` and `.` that start
    /// with a letter and end at the first `:`.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case 0x00...0x20:
                // Leading controls and spaces are stripped; tab, LF, CR vanish anywhere. Other
                // controls inside a scheme make browsers disagree, so they are ignored too, which
                // can only make the check stricter.
                continue
            case UInt8(ascii: ":"):
                guard let first = scheme.first, isLetter(first) else { return nil }
                return String(decoding: scheme, as: UTF8.self)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                scheme.append(byte)
            default:
                return nil
            }
            if scheme.count > 64 { return nil }
        }
        return nil
    }

    /// The first `limit` bytes of the URL without spaces and controls, in lower case.
    static func normalizedPrefix(of url: String, limit: Int) -> String {
        var result: [UInt8] = []
        for byte in url.utf8 where byte > 0x20 {
            result.append(isLetter(byte) ? byte | 0x20 : byte)
            if result.count >= limit { break }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
