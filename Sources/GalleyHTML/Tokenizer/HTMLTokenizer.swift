/// The WHATWG HTML tokenizer over UTF-8 bytes
/// (https://html.spec.whatwg.org/multipage/parsing.html#tokenization).
///
/// It reads the whole input, normalizes CR and CR LF to LF once, and then hands out tokens with
/// ``next()``. Runs of ordinary bytes are found by scanning for the next byte that matters to the
/// current state and appended in one step. The tree builder switches ``state`` for RCDATA,
/// RAWTEXT, script data and PLAINTEXT elements and sets ``allowsCDATA`` in foreign content.
public struct HTMLTokenizer: Sendable {
    /// The current state.
    public var state: State
    /// The name of the last start tag emitted, which decides the "appropriate end tag".
    public var lastStartTag: String {
        get { String(decoding: lastStartTagBytes, as: UTF8.self) }
        set { lastStartTagBytes = Array(newValue.utf8) }
    }
    /// Whether `<![CDATA[` opens a CDATA section (the adjusted current node is foreign).
    public var allowsCDATA = false
    /// The parse errors noticed so far (at most ``maximumErrors``).
    public internal(set) var errors: [HTMLParseError] = []
    /// How many errors are kept; later ones are counted but dropped.
    public var maximumErrors = 1_000

    let input: [UInt8]
    var position = 0
    var lastStartTagBytes: [UInt8] = []

    // Token under construction.
    var text: [UInt8] = []
    var pending: HTMLToken?
    var reachedEnd = false
    var tagName: [UInt8] = []
    var isEndTag = false
    var selfClosing = false
    var attributes: [HTMLDOM.Attribute] = []
    var attributeNames: Set<[UInt8]> = []
    var attributeName: [UInt8] = []
    var attributeValue: [UInt8] = []
    var hasAttribute = false
    var commentData: [UInt8] = []
    var doctypeName: [UInt8]?
    var publicID: [UInt8]?
    var systemID: [UInt8]?
    var forceQuirks = false
    var temporaryBuffer: [UInt8] = []

    /// A tokenizer over `utf8`, starting in `state`.
    public init(_ utf8: [UInt8], state: State = .data, lastStartTag: String? = nil) {
        self.input = HTMLTokenizer.normalizingNewlines(utf8)
        self.state = state
        if let lastStartTag { lastStartTagBytes = Array(lastStartTag.utf8) }
    }

    /// CR LF and lone CR become LF (https://html.spec.whatwg.org/multipage/parsing.html#preprocessing-the-input-stream).
    static func normalizingNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard let firstCR = bytes.firstIndex(of: 0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var index = firstCR
            let end = buffer.count
            while index < end {
                if buffer[index] == 0x0D {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
                    out.append(0x0A)
                    index += 1
                    if index < end, buffer[index] == 0x0A { index += 1 }
                    start = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
        return out
    }

    /// The next token; ``HTMLToken/endOfFile`` at the end, and again on every later call.
    public mutating func next() -> HTMLToken {
        if let token = pending {
            pending = nil
            return token
        }
        while pending == nil, !reachedEnd { step() }
        if !text.isEmpty { return takeText() }
        if let token = pending {
            pending = nil
            return token
        }
        return .endOfFile
    }

    mutating func takeText() -> HTMLToken {
        let run = Array(text[...])  // an exact-size copy; `text` keeps its unique buffer
        text.removeAll(keepingCapacity: true)
        return .characters(run)
    }

    // MARK: - Input helpers

    /// The next byte (−1 at the end), advancing past it either way.
    @inline(__always) mutating func consume() -> Int {
        let index = position
        position += 1
        return index < input.count ? Int(input[index]) : -1
    }

    /// Steps back one byte so the current state handles it again.
    @inline(__always) mutating func reconsume() { position -= 1 }

    /// Whether the input at the cursor starts with `word` (ASCII case-insensitively if asked).
    func lookingAt(_ word: StaticString, caseInsensitive: Bool) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= input.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count {
            var byte = input[position + offset]
            if caseInsensitive, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != pointer[offset] { return false }
        }
        return true
    }

    mutating func error(_ code: String, at offset: Int? = nil) {
        guard errors.count < maximumErrors else { return }
        errors.append(HTMLParseError(code: code, offset: min(offset ?? position, input.count)))
    }

    // MARK: - Emitting

    mutating func emit(_ token: HTMLToken) { pending = token }

    @inline(__always) mutating func emitByte(_ byte: Int) { text.append(UInt8(truncatingIfNeeded: byte)) }

    mutating func emitReplacement() { text.append(contentsOf: [0xEF, 0xBF, 0xBD]) }

    mutating func emitEnd() {
        reachedEnd = true
    }

    mutating func startTag(isEnd: Bool) {
        tagName.removeAll(keepingCapacity: true)
        isEndTag = isEnd
        selfClosing = false
        attributes.removeAll(keepingCapacity: true)
        attributeNames.removeAll(keepingCapacity: true)
        hasAttribute = false
    }

    mutating func startAttribute() {
        finishAttribute()
        attributeName.removeAll(keepingCapacity: true)
        attributeValue.removeAll(keepingCapacity: true)
        hasAttribute = true
    }

    /// Adds the attribute being read unless its name repeats an earlier one.
    mutating func finishAttribute() {
        guard hasAttribute else { return }
        hasAttribute = false
        let isDuplicate: Bool
        if attributes.count < 8 {
            isDuplicate = attributes.contains { $0.name.utf8.elementsEqual(attributeName) }
        } else {
            if attributeNames.isEmpty { for existing in attributes { attributeNames.insert(Array(existing.name.utf8)) } }
            isDuplicate = !attributeNames.insert(attributeName).inserted
        }
        if isDuplicate {
            error("duplicate-attribute")
            return
        }
        attributes.append(HTMLDOM.Attribute(
            name: String(decoding: attributeName, as: UTF8.self),
            value: String(decoding: attributeValue, as: UTF8.self)))
    }

    mutating func emitTag() {
        finishAttribute()
        let name = String(decoding: tagName, as: UTF8.self)
        if isEndTag {
            if !attributes.isEmpty { error("end-tag-with-attributes") }
            if selfClosing { error("end-tag-with-trailing-solidus") }
            emit(.endTag(name: name))
        } else {
            lastStartTagBytes = tagName
            emit(.startTag(name: name, attributes: attributes, selfClosing: selfClosing))
        }
    }

    /// Whether the end tag being read matches the last start tag.
    var isAppropriateEndTag: Bool { !lastStartTagBytes.isEmpty && tagName == lastStartTagBytes }

    mutating func emitComment() {
        emit(.comment(String(decoding: commentData, as: UTF8.self)))
    }

    mutating func startDoctype() {
        doctypeName = nil
        publicID = nil
        systemID = nil
        forceQuirks = false
    }

    mutating func emitDoctype() {
        emit(.doctype(HTMLDoctype(
            name: doctypeName.map { String(decoding: $0, as: UTF8.self) },
            publicID: publicID.map { String(decoding: $0, as: UTF8.self) },
            systemID: systemID.map { String(decoding: $0, as: UTF8.self) },
            forceQuirks: forceQuirks)))
    }
}

@inline(__always) func isASCIIAlpha(_ c: Int) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
@inline(__always) func isASCIIUpper(_ c: Int) -> Bool { c >= 0x41 && c <= 0x5A }
@inline(__always) func isASCIIDigit(_ c: Int) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func isASCIIAlphanumeric(_ c: Int) -> Bool { isASCIIAlpha(c) || isASCIIDigit(c) }
@inline(__always) func isHexDigit(_ c: Int) -> Bool { isASCIIDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) }
/// Tab, LF, FF, space (CR never reaches the tokenizer).
@inline(__always) func isHTMLWhitespace(_ c: Int) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0C || c == 0x0D }
