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
        get {
            if lastStartTagStart >= 0 { return string(lastStartTagStart..<lastStartTagEnd) }
            return String(decoding: lastStartTagBytes, as: UTF8.self)
        }
        set {
            lastStartTagBytes = Array(newValue.utf8)
            lastStartTagStart = -1
        }
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
    /// Where the last start tag's name lies in ``input`` when it was read there (−1 when it is
    /// in ``lastStartTagBytes``).
    var lastStartTagStart = -1
    var lastStartTagEnd = -1

    // Token under construction.
    var text: [UInt8] = []
    /// Whether ``text`` holds a NUL byte (only the data state and CDATA sections let one through).
    var textHoldsNull = false
    /// Whether the last character token handed out held a NUL byte.
    var lastTextHeldNull = false
    /// The token ready to hand out (tags, comments, doctypes; text collects in ``text``).
    var pending: Token = .eof
    var hasPending = false
    var reachedEnd = false
    var tagName: [UInt8] = []
    /// Where the tag's name lies in ``input`` when it is already lower-case there (−1 when it is
    /// collected in ``tagName``).
    var tagNameStart = -1
    var tagNameEnd = -1
    var isEndTag = false
    var selfClosing = false
    /// Where attributes go: each start tag's are appended, and its token holds their range. The
    /// tree builder lends the document's store for each token (``nextToken(storingAttributesIn:)``),
    /// so that elements keep the attributes where the tokenizer wrote them.
    var attributeStore = HTMLAttributeStore()
    /// Where the tag being read started adding slots and bytes to ``attributeStore``.
    var tagSlotsStart = 0
    var tagBytesStart = 0
    /// The names of the tag's attributes once it has many (for the duplicate check).
    var attributeNames: Set<String> = []
    var attributeName: [UInt8] = []
    var attributeValue: [UInt8] = []
    var hasAttribute = false
    /// Set when the fast path read an attribute whose name repeats an earlier one: the error is
    /// reported when the next one starts or the tag ends (where the state machine notices it).
    var hasPendingDuplicate = false
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
        let firstCR = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: 0x0D, in: $0, from: 0) }
        guard firstCR < bytes.count else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            count = 0
            bytes.withUnsafeBufferPointer { buffer in
                guard let source = buffer.baseAddress, let target = out.baseAddress else { return }
                // Every run copied lies in `buffer`, and the output never outgrows the input (a CR
                // or CR LF becomes one LF), so all writes stay inside `out`'s capacity.
                var written = 0
                var start = 0
                var index = firstCR
                let end = buffer.count
                while true {
                    (target + written).initialize(from: source + start, count: index - start)
                    written += index - start
                    guard index < end else { break }
                    (target + written).initialize(to: 0x0A)
                    written += 1
                    index += 1
                    if index < end, buffer[index] == 0x0A { index += 1 }
                    start = index
                    index = ByteScan.firstIndex(of: 0x0D, in: buffer, from: index)
                }
                count = written
            }
        }
    }

    /// The next token; ``HTMLToken/endOfFile`` at the end, and again on every later call.
    public mutating func next() -> HTMLToken {
        switch nextToken() {
        case .doctype(let doctype): return .doctype(doctype)
        case .start(let tag):
            let attributes = tag.attributes.indices.map { attributeStore.attribute(at: $0) }
            attributeStore.removeAll()  // nothing after the tag is read yet
            return .startTag(name: tag.name, attributes: attributes, selfClosing: tag.selfClosing)
        case .end(let tag): return .endTag(name: tag.name)
        case .comment(let data): return .comment(data)
        case .characters(let bytes): return .characters(bytes)
        case .eof: return .endOfFile
        }
    }

    /// The next token in the tree builder's form, a start tag's attributes written to `store`.
    ///
    /// The store moves into the tokenizer for the call and back after it (a swap of its buffers,
    /// not a copy), so the tokenizer appends to the document's store directly.
    mutating func nextToken(storingAttributesIn store: inout HTMLAttributeStore) -> Token {
        swap(&attributeStore, &store)
        defer { swap(&attributeStore, &store) }
        return nextToken()
    }

    /// The next token in the tree builder's form (tag names already interned).
    mutating func nextToken() -> Token {
        if hasPending { return takePending() }
        while !hasPending, !reachedEnd { step() }
        if !text.isEmpty { return takeText() }
        if hasPending { return takePending() }
        return .eof
    }

    /// The pending token, moved out: the slot is left holding `.eof`, so the token's storage is
    /// neither retained for the caller nor released when the next token is emitted.
    mutating func takePending() -> Token {
        hasPending = false
        var token = Token.eof
        swap(&token, &pending)
        return token
    }

    mutating func takeText() -> Token {
        let run = text
        text = []
        lastTextHeldNull = textHoldsNull
        textHoldsNull = false
        return .characters(run)
    }

    /// Takes back the buffer of a character token the caller is done with, so that the next run
    /// fills it instead of a new allocation (when nothing else holds it).
    mutating func reuseTextBuffer(_ buffer: consuming [UInt8]) {
        guard text.isEmpty else { return }
        text = consume buffer
        Self.clear(&text)
    }

    // MARK: - Input helpers

    /// The next byte (−1 at the end), advancing past it either way.
    @inline(__always) mutating func consume() -> Int {
        let index = position
        position += 1
        return index < input.count ? Int(input[index]) : -1
    }

    /// Appends `input[range]` to `buffer` in one block copy; a few bytes (the rest of most tag
    /// and attribute names) one by one, which costs less than setting up the copy.
    @inline(__always) static func append(_ input: [UInt8], _ range: Range<Int>, to buffer: inout [UInt8]) {
        if range.count <= 8 {
            for index in range { buffer.append(input[index]) }
            return
        }
        input.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
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

    mutating func emit(_ token: consuming Token) {
        pending = token
        hasPending = true
    }

    @inline(__always) mutating func emitByte(_ byte: Int) { text.append(UInt8(truncatingIfNeeded: byte)) }

    mutating func emitReplacement() { text.append(contentsOf: [0xEF, 0xBF, 0xBD]) }

    mutating func emitEnd() {
        reachedEnd = true
    }

    /// Starts a tag token; its name is read in the input or collected in ``tagName`` by the
    /// state that reads it.
    mutating func startTag(isEnd: Bool) {
        tagNameStart = -1
        isEndTag = isEnd
        selfClosing = false
        tagSlotsStart = attributeStore.slots.count
        tagBytesStart = attributeStore.byteCount
        if !attributeNames.isEmpty { attributeNames.removeAll(keepingCapacity: true) }
        hasAttribute = false
        hasPendingDuplicate = false
    }

    /// Empties a buffer and keeps its storage: a short one (most names, and the whitespace between
    /// tags) byte by byte, which costs less than `removeAll(keepingCapacity:)`.
    @inline(__always) static func clear(_ buffer: inout [UInt8]) {
        guard buffer.count <= 8 else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        while !buffer.isEmpty { buffer.removeLast() }
    }

    mutating func startAttribute() {
        finishAttribute()
        if !attributeName.isEmpty { attributeName.removeAll(keepingCapacity: true) }
        if !attributeValue.isEmpty { attributeValue.removeAll(keepingCapacity: true) }
        hasAttribute = true
    }

    /// Adds the attribute being read unless its name repeats an earlier one; a duplicate is
    /// reported at `errorOffset` (default: the cursor).
    mutating func finishAttribute(errorOffset: Int? = nil) {
        if hasPendingDuplicate {
            hasPendingDuplicate = false
            error("duplicate-attribute", at: errorOffset)
        }
        guard hasAttribute else { return }
        hasAttribute = false
        let isNew = attributeName.withUnsafeBufferPointer { name in
            guard claimsName(name) else { return false }
            attributeValue.withUnsafeBufferPointer { attributeStore.append(name: name, value: $0) }
            return true
        }
        if !isNew { error("duplicate-attribute", at: errorOffset) }
    }

    /// Whether no attribute of the tag being read is named `name` yet; once the tag has many, the
    /// name is noted for the next check.
    @inline(__always) mutating func claimsName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = attributeStore.slots.count - tagSlotsStart
        if count == 0 { return true }
        if count < 8 { return attributeStore.index(of: name, in: HTMLDOM.AttributeRange(tagSlotsStart..<attributeStore.slots.count)) == nil }
        if attributeNames.isEmpty {
            for index in tagSlotsStart..<attributeStore.slots.count { attributeNames.insert(attributeStore.name(at: index)) }
        }
        return attributeNames.insert(String(decoding: name, as: UTF8.self)).inserted
    }

    mutating func emitTag() {
        if hasAttribute || hasPendingDuplicate { finishAttribute() }
        let tag: Tag
        if tagNameStart >= 0 {
            tag = input.withUnsafeBufferPointer { Tag(lowerCaseName: UnsafeBufferPointer(rebasing: $0[tagNameStart..<tagNameEnd])) }
        } else {
            tag = tagName.withUnsafeBufferPointer { Tag(lowerCaseName: $0) }
        }
        let name = tag != .unknown ? tag.name
            : tagNameStart >= 0 ? string(tagNameStart..<tagNameEnd) : String(decoding: tagName, as: UTF8.self)
        if isEndTag {
            if attributeStore.slots.count > tagSlotsStart { error("end-tag-with-attributes") }
            // Dropped: what follows (the next start tag's) takes their place.
            attributeStore.truncate(slotCount: tagSlotsStart, byteCount: tagBytesStart)
            if selfClosing { error("end-tag-with-trailing-solidus") }
            emit(.end(TagToken(name: name, tag: tag)))
        } else {
            if tagNameStart >= 0 {
                lastStartTagStart = tagNameStart
                lastStartTagEnd = tagNameEnd
            } else {
                // The name moves to `lastStartTagBytes` without a copy; the next tag clears `tagName`.
                swap(&lastStartTagBytes, &tagName)
                lastStartTagStart = -1
            }
            let attributes = HTMLDOM.AttributeRange(tagSlotsStart..<attributeStore.slots.count)
            emit(.start(TagToken(name: name, tag: tag, attributes: attributes, selfClosing: selfClosing)))
        }
    }

    /// Whether the end tag being read matches the last start tag.
    var isAppropriateEndTag: Bool {
        guard lastStartTagStart >= 0 else { return !lastStartTagBytes.isEmpty && tagName == lastStartTagBytes }
        return tagName.count == lastStartTagEnd - lastStartTagStart
            && tagName.withUnsafeBufferPointer { name in
                input.withUnsafeBufferPointer { name.elementsEqual($0[lastStartTagStart..<lastStartTagEnd]) }
            }
    }

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
        emit(Token.doctype(HTMLDoctype(
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
/// The HTML standard's ASCII whitespace: tab, LF, FF, CR, space (CR never reaches the tokenizer, but
/// the DOM and the reader test text with the same set).
@inline(__always) func isHTMLWhitespace(_ c: Int) -> Bool {
    // One bit per whitespace byte (tab 9, LF 10, FF 12, CR 13, space 32): a range check and a bit
    // test instead of five comparisons; −1 (the end of input) is out of range as a large unsigned.
    UInt(bitPattern: c) <= 0x20 && (UInt64(0x1_0000_3600) >> UInt64(c)) & 1 != 0
}
