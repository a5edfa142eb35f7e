extension HTMLTokenizer {
    /// The markup declaration open, bogus comment and comment states.
    mutating func commentStep() {
        if state == .markupDeclarationOpen {
            markupDeclarationOpenState()
            return
        }
        let c = consume()
        switch state {
        case .bogusComment:
            switch c {
            case 0x3E:
                state = .data
                emitComment()
            case -1:
                emitComment()
                emitEnd()
            case 0x00:
                error("unexpected-null-character")
                commentData.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default:
                commentData.append(UInt8(c))
            }
        case .commentStart, .commentStartDash:
            if c == 0x2D {
                state = state == .commentStart ? .commentStartDash : .commentEnd
            } else if c == 0x3E {
                error("abrupt-closing-of-empty-comment")
                state = .data
                emitComment()
            } else if c == -1, state == .commentStartDash {
                error("eof-in-comment")
                emitComment()
                emitEnd()
            } else {
                if state == .commentStartDash { commentData.append(0x2D) }
                reconsume()
                state = .comment
            }
        case .comment: commentState(c)
        case .commentLessThanSign:
            if c == 0x21 {
                commentData.append(UInt8(c))
                state = .commentLessThanSignBang
            } else if c == 0x3C {
                commentData.append(UInt8(c))
            } else {
                reconsume()
                state = .comment
            }
        case .commentLessThanSignBang:
            reconsume()
            if c == 0x2D { position += 1 }
            state = c == 0x2D ? .commentLessThanSignBangDash : .comment
        case .commentLessThanSignBangDash:
            reconsume()
            if c == 0x2D { position += 1 }
            state = c == 0x2D ? .commentLessThanSignBangDashDash : .commentEndDash
        case .commentLessThanSignBangDashDash:
            if c != 0x3E, c != -1 { error("nested-comment") }
            reconsume()
            state = .commentEnd
        default:
            commentEndStates(c)
        }
    }

    mutating func markupDeclarationOpenState() {
        if lookingAt("--", caseInsensitive: false) {
            position += 2
            commentData.removeAll(keepingCapacity: true)
            state = .commentStart
        } else if lookingAt("doctype", caseInsensitive: true) {
            position += 7
            startDoctype()
            state = .doctype
        } else if lookingAt("[CDATA[", caseInsensitive: false) {
            position += 7
            if allowsCDATA {
                state = .cdataSection
            } else {
                error("cdata-in-html-content")
                commentData = Array("[CDATA[".utf8)
                state = .bogusComment
            }
        } else {
            error("incorrectly-opened-comment")
            commentData.removeAll(keepingCapacity: true)
            state = .bogusComment
        }
    }

    mutating func commentState(_ first: Int) {
        var c = first
        while true {
            switch c {
            case 0x3C:
                commentData.append(UInt8(c))
                state = .commentLessThanSign
                return
            case 0x2D:
                state = .commentEndDash
                return
            case 0x00:
                error("unexpected-null-character")
                commentData.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case -1:
                error("eof-in-comment")
                emitComment()
                emitEnd()
                return
            default:
                commentData.append(UInt8(c))
            }
            c = consume()
        }
    }

    mutating func commentEndStates(_ c: Int) {
        switch (state, c) {
        case (_, -1):
            error("eof-in-comment")
            emitComment()
            emitEnd()
        case (.commentEndDash, 0x2D):
            state = .commentEnd
        case (.commentEndDash, _):
            commentData.append(0x2D)
            reconsume()
            state = .comment
        case (.commentEnd, 0x3E), (.commentEndBang, 0x3E):
            if state == .commentEndBang { error("incorrectly-closed-comment") }
            state = .data
            emitComment()
        case (.commentEnd, 0x21):
            state = .commentEndBang
        case (.commentEnd, 0x2D):
            commentData.append(0x2D)
        case (.commentEnd, _):
            commentData.append(contentsOf: [0x2D, 0x2D])
            reconsume()
            state = .comment
        case (_, 0x2D):  // comment end bang
            commentData.append(contentsOf: [0x2D, 0x2D, 0x21])
            state = .commentEndDash
        default:
            commentData.append(contentsOf: [0x2D, 0x2D, 0x21])
            reconsume()
            state = .comment
        }
    }
}
