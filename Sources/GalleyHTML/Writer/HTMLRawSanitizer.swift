// Raw HTML that the user asked to keep (`--raw-html`) still passes through an allowlist: this
// scanner rebuilds every tag from its name and kept attributes, drops dangerous elements with
// their content, balances what it opens, and re-escapes text, so the result is well-formed in
// both HTML and XHTML and cannot run script.

/// Sanitizes a fragment of raw HTML.
///
/// - Elements on ``allowedElements`` are rebuilt with the attributes on ``allowedAttributes``
///   (plus `data-*`/`aria-*`); `href`, `src` and `cite` must pass ``HTMLURLPolicy``.
/// - Elements on ``droppedWithContent`` (script, style, iframe, object, embed, svg, math, …)
///   vanish with everything up to their end tag.
/// - Any other element (form, base, meta, link, …) loses its tags but keeps its text.
/// - Comments, doctypes, processing instructions and CDATA sections are dropped.
/// - End tags without an open element are dropped; elements still open at the end are closed.
/// - Character references are kept when numeric or one of XML's five; in HTML mode other named
///   references are kept too, in XHTML mode a few common ones become numeric and the rest are
///   shown literally (`&amp;name;`).
public struct HTMLRawSanitizer: Sendable {
    /// Whether output must be well-formed XML.
    public var isXHTML: Bool
    private var open: [String] = []
    private var out: [UInt8] = []

    /// Creates a sanitizer for HTML or XHTML output.
    public init(isXHTML: Bool) {
        self.isXHTML = isXHTML
    }

    static let allowedElements: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption",
        "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
        "img", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "ruby",
        "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ]

    static let voidElements: Set<String> = ["br", "col", "hr", "img", "wbr"]

    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "applet", "noscript", "noembed", "noframes",
        "template", "textarea", "title", "xmp", "svg", "math", "select", "frameset", "plaintext",
    ]

    static let allowedAttributes: Set<String> = [
        "id", "class", "title", "lang", "dir", "role", "alt", "href", "src", "cite", "width",
        "height", "colspan", "rowspan", "start", "reversed", "datetime", "headers", "scope", "abbr",
        "open", "span",
    ]

    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Common named references and their code points, for XHTML output.
    static let commonEntities: [String: UInt32] = [
        "nbsp": 0xA0, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "mdash": 0x2014, "ndash": 0x2013,
        "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D,
        "laquo": 0xAB, "raquo": 0xBB, "shy": 0xAD, "middot": 0xB7, "bull": 0x2022, "times": 0xD7,
        "euro": 0x20AC, "pound": 0xA3, "deg": 0xB0, "eacute": 0xE9, "uuml": 0xFC, "ouml": 0xF6,
        "auml": 0xE4, "szlig": 0xDF, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
    ]

    /// Returns `html` sanitized.
    public mutating func sanitize(_ html: String) -> String {
        open = []
        out = []
        let bytes = Array(html.utf8)
        out.reserveCapacity(bytes.count)
        var index = 0
        var textStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            appendText(bytes[textStart..<index])
            index = markup(bytes, at: index)
            textStart = index
        }
        appendText(bytes[textStart..<bytes.count])
        while let name = open.popLast() { appendRaw("</\(name)>") }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Markup

    /// Handles the markup starting at `start` (a `<`); returns where scanning resumes.
    private mutating func markup(_ bytes: [UInt8], at start: Int) -> Int {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            return skipDeclaration(bytes, from: start)
        }
        let isEnd = next == UInt8(ascii: "/")
        let nameStart = isEnd ? start + 2 : start + 1
        guard nameStart < bytes.count, Self.isASCIILetter(bytes[nameStart]) else {
            appendRaw("&lt;")
            return start + 1
        }
        var index = nameStart
        while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[nameStart..<index].map { Self.lower($0) }, as: UTF8.self)
        var attributes: [(String, String)] = []
        index = scanAttributes(bytes, from: index, into: &attributes)
        if isEnd {
            endTag(name)
        } else if Self.droppedWithContent.contains(name) {
            return skipElement(named: name, bytes, from: index)
        } else {
            startTag(name, attributes)
        }
        return index
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String)]) {
        guard Self.allowedElements.contains(name) else { return }
        appendRaw("<" + name)
        var seen = Set<String>()
        for (key, value) in attributes where seen.insert(key).inserted {
            guard Self.allowedAttributes.contains(key) || HTMLAttributeFilter.keepsPair(named: key) else { continue }
            if Self.urlAttributes.contains(key),
                !HTMLURLPolicy.isAllowed(value, for: key == "src" ? .image : .link)
            {
                continue
            }
            var buffer = HTMLOutputBuffer()
            buffer.attribute(key, key == "id" ? HTMLIdentifierSet.sanitized(value) : value)
            out.append(contentsOf: buffer.bytes)
        }
        if Self.voidElements.contains(name) {
            appendRaw(isXHTML ? " />" : ">")
        } else {
            appendRaw(">")
            open.append(name)
        }
    }

    private mutating func endTag(_ name: String) {
        guard let position = open.lastIndex(of: name) else { return }
        while open.count > position {
            if let last = open.popLast() { appendRaw("</\(last)>") }
        }
    }

    /// Skips a comment, doctype, CDATA section or processing instruction.
    private func skipDeclaration(_ bytes: [UInt8], from start: Int) -> Int {
        let terminator: [UInt8]
        if bytes[start...].starts(with: Array("<!--".utf8)) {
            terminator = Array("-->".utf8)
        } else if bytes[start...].starts(with: Array("<![CDATA[".utf8)) {
            terminator = Array("]]>".utf8)
        } else {
            terminator = [UInt8(ascii: ">")]
        }
        return Self.index(after: terminator, in: bytes, from: start + 2) ?? bytes.count
    }

    /// Skips an element's content up to and including its end tag (case-insensitive).
    private func skipElement(named name: String, _ bytes: [UInt8], from start: Int) -> Int {
        let closing = Array("</\(name)".utf8)
        var index = start
        while index + closing.count <= bytes.count {
            var matches = true
            for offset in 0..<closing.count where Self.lower(bytes[index + offset]) != closing[offset] {
                matches = false
                break
            }
            if matches {
                let after = index + closing.count
                if after >= bytes.count || Self.endsName(bytes[after]) {
                    return Self.index(after: [UInt8(ascii: ">")], in: bytes, from: after) ?? bytes.count
                }
            }
            index += 1
        }
        return bytes.count
    }

    /// Reads attributes up to the tag's `>`; returns the index after it.
    private func scanAttributes(_ bytes: [UInt8], from start: Int, into attributes: inout [(String, String)]) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, !Self.endsName(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            if index == nameStart { index += 1; continue }
            let key = String(decoding: bytes[nameStart..<index].map { Self.lower($0) }, as: UTF8.self)
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                let valueStart: Int
                let valueEnd: Int
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    valueStart = index + 1
                    var end = valueStart
                    while end < bytes.count, bytes[end] != quote { end += 1 }
                    valueEnd = end
                    index = min(end + 1, bytes.count)
                } else {
                    valueStart = index
                    while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    valueEnd = index
                }
                value = Self.decodeReferences(String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self))
            }
            attributes.append((key, value))
        }
        return bytes.count
    }

    // MARK: - Text

    private mutating func appendText(_ text: ArraySlice<UInt8>) {
        guard !text.isEmpty else { return }
        var runStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            guard byte == UInt8(ascii: "&") || byte == UInt8(ascii: ">") || byte < 0x20 else {
                index += 1
                continue
            }
            out.append(contentsOf: text[runStart..<index])
            if byte == UInt8(ascii: ">") {
                appendRaw("&gt;")
                index += 1
            } else if byte < 0x20 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { out.append(byte) }
                index += 1
            } else {
                index = appendReference(text, at: index)
            }
            runStart = index
        }
        out.append(contentsOf: text[runStart..<text.endIndex])
    }

    /// Copies a valid character reference or escapes the `&`; returns the index after it.
    private mutating func appendReference(_ text: ArraySlice<UInt8>, at start: Int) -> Int {
        var end = start + 1
        while end < text.endIndex, end - start < 40, Self.isReferenceByte(text[end]) { end += 1 }
        guard end < text.endIndex, text[end] == UInt8(ascii: ";"), end > start + 1 else {
            appendRaw("&amp;")
            return start + 1
        }
        let body = String(decoding: text[(start + 1)..<end], as: UTF8.self)
        if let scalar = Self.numericReference(body) {
            appendRaw("&#\(scalar.value);")
        } else if ["amp", "lt", "gt", "quot", "apos"].contains(body) {
            appendRaw("&\(body);")
        } else if !isXHTML, !body.hasPrefix("#") {
            appendRaw("&\(body);")
        } else if let value = Self.commonEntities[body] {
            appendRaw("&#\(value);")
        } else {
            appendRaw("&amp;")
            return start + 1
        }
        return end + 1
    }

    /// The scalar a `#123` or `#x7B` reference names, if it is one XML allows.
    static func numericReference(_ body: String) -> Unicode.Scalar? {
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xFFFD, 0x10000...0x10FFFF:
            return (0xD800...0xDFFF).contains(value) ? nil : scalar
        default: return nil
        }
    }

    /// Decodes numeric references and the XML five in an attribute value, so that the URL policy
    /// sees what a browser would (`&#106;avascript:` is `javascript:`).
    static func decodeReferences(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        var result = ""
        var rest = Substring(value)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let body = String(after[..<semicolon])
                let named: [String: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
                if let scalar = numericReference(body) {
                    result.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semicolon)...]
                    continue
                } else if let character = named[body.lowercased()] {
                    result.append(character)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        result += rest
        return result
    }

    // MARK: - Bytes

    private mutating func appendRaw(_ text: String) { out.append(contentsOf: text.utf8) }

    static func index(after needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return nil
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
    static func lower(_ byte: UInt8) -> UInt8 { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
    static func endsName(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") }
    static func isReferenceByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "#")
    }
}
