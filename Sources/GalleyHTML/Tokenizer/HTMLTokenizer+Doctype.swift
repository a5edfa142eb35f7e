extension HTMLTokenizer {
    /// The DOCTYPE states.
    mutating func doctypeStep() {
        let c = consume()
        if c == -1 {
            error("eof-in-doctype")
            if state != .bogusDoctype { forceQuirks = true }
            emitDoctype()
            emitEnd()
            return
        }
        switch state {
        case .doctype:
            if !isHTMLWhitespace(c) {
                if c != 0x3E { error("missing-whitespace-before-doctype-name") }
                reconsume()
            }
            state = .beforeDoctypeName
        case .beforeDoctypeName:
            if isHTMLWhitespace(c) { return }
            if c == 0x3E {
                error("missing-doctype-name")
                forceQuirks = true
                state = .data
                emitDoctype()
                return
            }
            doctypeName = []
            appendDoctypeNameByte(c)
            state = .doctypeName
        case .doctypeName:
            if isHTMLWhitespace(c) {
                state = .afterDoctypeName
            } else if c == 0x3E {
                state = .data
                emitDoctype()
            } else {
                appendDoctypeNameByte(c)
            }
        case .afterDoctypeName: afterDoctypeNameState(c)
        case .afterDoctypeKeyword(let isSystem): beforeIdentifier(c, isSystem: isSystem, afterKeyword: true)
        case .beforeDoctypeIdentifier(let isSystem): beforeIdentifier(c, isSystem: isSystem, afterKeyword: false)
        case .doctypeIdentifier(let isSystem, let quote): identifierState(c, isSystem: isSystem, quote: quote)
        case .afterDoctypePublicIdentifier, .betweenDoctypePublicAndSystemIdentifiers:
            afterPublicIdentifier(c)
        case .afterDoctypeSystemIdentifier:
            if isHTMLWhitespace(c) { return }
            if c == 0x3E {
                state = .data
                emitDoctype()
            } else {
                error("unexpected-character-after-doctype-system-identifier")
                reconsume()
                state = .bogusDoctype
            }
        default:  // bogus DOCTYPE
            if c == 0x3E {
                state = .data
                emitDoctype()
            } else if c == 0 {
                error("unexpected-null-character")
            }
        }
    }

    mutating func appendDoctypeNameByte(_ c: Int) {
        if c == 0 {
            error("unexpected-null-character")
            doctypeName?.append(contentsOf: [0xEF, 0xBF, 0xBD])
        } else {
            doctypeName?.append(UInt8(isASCIIUpper(c) ? c | 0x20 : c))
        }
    }

    mutating func afterDoctypeNameState(_ c: Int) {
        if isHTMLWhitespace(c) { return }
        if c == 0x3E {
            state = .data
            emitDoctype()
            return
        }
        reconsume()
        if lookingAt("public", caseInsensitive: true) {
            position += 6
            state = .afterDoctypeKeyword(isSystem: false)
        } else if lookingAt("system", caseInsensitive: true) {
            position += 6
            state = .afterDoctypeKeyword(isSystem: true)
        } else {
            error("invalid-character-sequence-after-doctype-name")
            forceQuirks = true
            state = .bogusDoctype
        }
    }

    /// After DOCTYPE public/system keyword (`afterKeyword`) and before the identifier.
    mutating func beforeIdentifier(_ c: Int, isSystem: Bool, afterKeyword: Bool) {
        switch c {
        case 0x09, 0x0A, 0x0C, 0x20:
            if afterKeyword { state = .beforeDoctypeIdentifier(isSystem: isSystem) }
        case 0x22, 0x27:
            if afterKeyword { error("missing-whitespace-after-doctype-keyword") }
            if isSystem { systemID = [] } else { publicID = [] }
            state = .doctypeIdentifier(isSystem: isSystem, quote: c == 0x22 ? .double : .single)
        case 0x3E:
            error("missing-doctype-identifier")
            forceQuirks = true
            state = .data
            emitDoctype()
        default:
            error("missing-quote-before-doctype-identifier")
            forceQuirks = true
            reconsume()
            state = .bogusDoctype
        }
    }

    mutating func identifierState(_ c: Int, isSystem: Bool, quote: Quote) {
        switch c {
        case 0x22 where quote == .double, 0x27 where quote == .single:
            state = isSystem ? .afterDoctypeSystemIdentifier : .afterDoctypePublicIdentifier
        case 0x3E:
            error("abrupt-doctype-identifier")
            forceQuirks = true
            state = .data
            emitDoctype()
        default:
            var bytes: [UInt8] = c == 0 ? [0xEF, 0xBF, 0xBD] : [UInt8(c)]
            if c == 0 { error("unexpected-null-character") }
            if isSystem { systemID?.append(contentsOf: bytes) } else { publicID?.append(contentsOf: bytes) }
            bytes.removeAll()
        }
    }

    /// After DOCTYPE public identifier, and between the public and system identifiers.
    mutating func afterPublicIdentifier(_ c: Int) {
        let isAfter = state == .afterDoctypePublicIdentifier
        switch c {
        case 0x09, 0x0A, 0x0C, 0x20:
            state = .betweenDoctypePublicAndSystemIdentifiers
        case 0x3E:
            state = .data
            emitDoctype()
        case 0x22, 0x27:
            if isAfter { error("missing-whitespace-between-doctype-public-and-system-identifiers") }
            systemID = []
            state = .doctypeIdentifier(isSystem: true, quote: c == 0x22 ? .double : .single)
        default:
            error("missing-quote-before-doctype-system-identifier")
            forceQuirks = true
            reconsume()
            state = .bogusDoctype
        }
    }
}
