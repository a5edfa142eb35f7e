// Which of a node's attributes reach the output. The AST's attributes come from untrusted pages,
// so only an allowlist passes: id, classes, and pairs that cannot run script or restyle the page.

/// Filters node attributes down to a safe set.
///
/// Kept: the id (made a unique NCName), classes that are plain tokens, and the pairs `lang`,
/// `dir`, `title`, `role`, `data-*` and `aria-*` whose names are lower-case letters, digits, `-`,
/// `_` and `.`. Dropped: every other pair, including event handlers (`on*`), `style`, `href`,
/// `src`, `srcdoc` and `formaction`.
public enum HTMLAttributeFilter {
    /// Pair names kept as they are.
    static let plainNames: Set<String> = ["lang", "dir", "title", "role"]

    /// Whether a pair named `key` is kept.
    public static func keepsPair(named key: String) -> Bool {
        if plainNames.contains(key) { return true }
        guard key.hasPrefix("data-") || key.hasPrefix("aria-"), key.utf8.count > 5 else { return false }
        return key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                return true
            default: return false
            }
        }
    }

    /// Whether `name` is usable as a class token (no spaces, quotes or markup characters).
    public static func isClassToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            byte > 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
                && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&")
                && byte != 0x7F
        }
    }
}
