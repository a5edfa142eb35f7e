extension HTMLTokenizer {
    /// Runs the current state on the next byte (or run of bytes).
    mutating func step() {
        switch state {
        case .data: dataState()
        case .rcdata: textState(stopAtAmpersand: true, lessThan: .rcdata)
        case .rawtext: textState(stopAtAmpersand: false, lessThan: .rawtext)
        case .scriptData: textState(stopAtAmpersand: false, lessThan: .scriptData)
        case .plaintext: plaintextState()
        case .tagOpen: tagOpenState()
        case .endTagOpen: endTagOpenState()
        case .tagName: tagNameState()
        case .textLessThanSign(let kind): textLessThanSignState(kind)
        case .textEndTagOpen(let kind): textEndTagOpenState(kind)
        case .textEndTagName(let kind): textEndTagNameState(kind)
        case .scriptDataEscapeStart, .scriptDataEscapeStartDash, .scriptDataEscaped, .scriptDataEscapedDash,
             .scriptDataEscapedDashDash, .scriptDataDoubleEscapeStart, .scriptDataDoubleEscaped,
             .scriptDataDoubleEscapedDash, .scriptDataDoubleEscapedDashDash,
             .scriptDataDoubleEscapedLessThanSign, .scriptDataDoubleEscapeEnd:
            scriptStep()
        case .beforeAttributeName, .attributeName, .afterAttributeName, .beforeAttributeValue,
             .attributeValue, .afterAttributeValueQuoted, .selfClosingStartTag:
            attributeStep()
        case .bogusComment, .markupDeclarationOpen, .commentStart, .commentStartDash, .comment,
             .commentLessThanSign, .commentLessThanSignBang, .commentLessThanSignBangDash,
             .commentLessThanSignBangDashDash, .commentEndDash, .commentEnd, .commentEndBang:
            commentStep()
        case .doctype, .beforeDoctypeName, .doctypeName, .afterDoctypeName, .afterDoctypeKeyword,
             .beforeDoctypeIdentifier, .doctypeIdentifier, .afterDoctypePublicIdentifier,
             .betweenDoctypePublicAndSystemIdentifiers, .afterDoctypeSystemIdentifier, .bogusDoctype:
            doctypeStep()
        case .cdataSection, .cdataSectionBracket, .cdataSectionEnd:
            cdataStep()
        case .characterReference:
            state = .data
            consumeCharacterReference(inAttribute: false)
        }
    }

    /// Index of the first byte at or after the cursor that is one of the given ones (or the end).
    @inline(__always) func scan(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        input.withUnsafeBufferPointer { ByteScan.firstIndex(of: a, b, c, in: $0, from: position) }
    }

    /// Appends the run of ordinary bytes before the next special one to `text`.
    @inline(__always) mutating func appendRun(upTo end: Int) {
        if end > position {
            Self.append(input, position..<end, to: &text)
            position = end
        }
    }

    mutating func dataState() {
        appendRun(upTo: scan(0x3C, 0x26, 0x00))
        switch consume() {
        case 0x26: consumeCharacterReference(inAttribute: false)
        case 0x3C: state = .tagOpen
        case 0x00:
            error("unexpected-null-character")
            emitByte(0)
            textHoldsNull = true
        default: emitEnd()
        }
    }

    /// RCDATA, RAWTEXT and script data: text up to `<` (and `&` in RCDATA).
    mutating func textState(stopAtAmpersand: Bool, lessThan kind: TextKind) {
        appendRun(upTo: scan(0x3C, stopAtAmpersand ? 0x26 : 0x3C, 0x00))
        switch consume() {
        case 0x26: consumeCharacterReference(inAttribute: false)
        case 0x3C: state = .textLessThanSign(kind)
        case 0x00:
            error("unexpected-null-character")
            emitReplacement()
        default: emitEnd()
        }
    }

    mutating func plaintextState() {
        appendRun(upTo: scan(0x00, 0x00, 0x00))
        if consume() == 0 {
            error("unexpected-null-character")
            emitReplacement()
        } else {
            emitEnd()
        }
    }

    mutating func cdataStep() {
        switch state {
        case .cdataSection:
            let end = scan(0x5D, 0x5D, 0x5D)
            if end > position { textHoldsNull = true }  // the run is not searched for NULs
            appendRun(upTo: end)
            if consume() == 0x5D {
                state = .cdataSectionBracket
            } else {
                error("eof-in-cdata")
                emitEnd()
            }
        case .cdataSectionBracket:
            if consume() == 0x5D {
                state = .cdataSectionEnd
            } else {
                emitByte(0x5D)
                reconsume()
                state = .cdataSection
            }
        default:
            switch consume() {
            case 0x5D: emitByte(0x5D)
            case 0x3E: state = .data
            default:
                emitByte(0x5D)
                emitByte(0x5D)
                reconsume()
                state = .cdataSection
            }
        }
    }

    /// The state that reads the content of `kind`.
    func contentState(_ kind: TextKind) -> State {
        switch kind {
        case .rcdata: return .rcdata
        case .rawtext: return .rawtext
        case .scriptData: return .scriptData
        case .scriptDataEscaped: return .scriptDataEscaped
        }
    }

    mutating func textLessThanSignState(_ kind: TextKind) {
        let c = consume()
        if c == 0x2F {
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = .textEndTagOpen(kind)
            return
        }
        if kind == .scriptData, c == 0x21 {
            state = .scriptDataEscapeStart
            emitByte(0x3C)
            emitByte(0x21)
            return
        }
        emitByte(0x3C)
        reconsume()
        if kind == .scriptDataEscaped, isASCIIAlpha(c) {
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = .scriptDataDoubleEscapeStart
        } else {
            state = contentState(kind)
        }
    }

    mutating func textEndTagOpenState(_ kind: TextKind) {
        let c = consume()
        reconsume()
        if isASCIIAlpha(c) {
            startTag(isEnd: true)
            Self.clear(&tagName)
            state = .textEndTagName(kind)
        } else {
            emitByte(0x3C)
            emitByte(0x2F)
            state = contentState(kind)
        }
    }

    mutating func textEndTagNameState(_ kind: TextKind) {
        let c = consume()
        if isAppropriateEndTag {
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20:
                state = .beforeAttributeName
                return
            case 0x2F:
                state = .selfClosingStartTag
                return
            case 0x3E:
                state = .data
                emitTag()
                return
            default: break
            }
        }
        if isASCIIAlpha(c) {
            tagName.append(UInt8(c | 0x20))
            temporaryBuffer.append(UInt8(c))
            return
        }
        emitByte(0x3C)
        emitByte(0x2F)
        text.append(contentsOf: temporaryBuffer)
        reconsume()
        state = contentState(kind)
    }
}
