import GalleyCore

/// Decides which attributes from the document reach the XHTML, and in what form.
///
/// Readers record whatever a page had (`onclick`, `style`, `role`, `itemprop`, …). An EPUB
/// content document allows far less: no scripts, ARIA roles and states only where the element
/// allows them, `data-*` names that are XML-compatible. Anything not on this list is dropped:
/// - `data-*` whose name after `data-` is lower-case ASCII letters, digits, `-`, `_` or `.`;
/// - `lang` (written as both `lang` and `xml:lang`) when it is a well-formed language tag;
/// - `dir` when it is `ltr`, `rtl` or `auto`;
/// - `title` and `aria-label` (any text);
/// - `aria-hidden` when it is `true` or `false`.
///
/// Roles and all other `aria-*` attributes are dropped: which of them a given element may carry
/// depends on the element, and ARIA references (`aria-describedby`) may name ids that are gone.
enum AttributeFilter {
    /// Appends the attributes of `attributes` that pass (id first, then class, then pairs).
    ///
    /// - Parameter id: The id to write (already unique and valid), or "".
    static func append(_ attributes: Attributes, id: String, extraClasses: [String] = [], to output: inout String) {
        if !id.isEmpty { output += " id=\"\(id)\"" }
        let classes = cleanedClasses(attributes.classes + extraClasses)
        if !classes.isEmpty {
            output += " class=\""
            XMLText.append(classes.joined(separator: " "), to: &output, isAttribute: true)
            output += "\""
        }
        var written: Set<String> = []
        for pair in attributes.pairs {
            let key = pair.key.lowercased()
            // Keys differing only in case would repeat an attribute; the first valid one wins.
            guard !written.contains(key) else { continue }
            switch key {
            case "lang":
                guard let tag = LanguageTag.wellFormed(pair.value) else { continue }
                output += " lang=\"\(tag)\" xml:lang=\"\(tag)\""
            case "dir":
                let value = pair.value.lowercased()
                guard ["ltr", "rtl", "auto"].contains(value) else { continue }
                output += " dir=\"\(value)\""
            case "title", "aria-label":
                output += " \(key)=\""
                XMLText.append(pair.value, to: &output, isAttribute: true)
                output += "\""
            case "aria-hidden":
                let value = pair.value.lowercased()
                guard value == "true" || value == "false" else { continue }
                output += " aria-hidden=\"\(value)\""
            default:
                guard isDataAttribute(pair.key) else { continue }
                output += " \(pair.key)=\""
                XMLText.append(pair.value, to: &output, isAttribute: true)
                output += "\""
            }
            written.insert(key)
        }
    }

    /// Whether `key` is a `data-*` name that XHTML accepts.
    static func isDataAttribute(_ key: String) -> Bool {
        guard key.hasPrefix("data-"), key.utf8.count > 5, key.utf8.count <= 64 else { return false }
        return key.utf8.dropFirst(5).allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }

    /// Classes without whitespace or characters XML cannot carry, each once, in order.
    static func cleanedClasses(_ classes: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for name in classes {
            var cleaned = ""
            for scalar in name.unicodeScalars where !scalar.properties.isWhitespace && XMLText.isAllowed(scalar) {
                cleaned.unicodeScalars.append(scalar)
            }
            if !cleaned.isEmpty && seen.insert(cleaned).inserted { result.append(cleaned) }
        }
        return result
    }
}
