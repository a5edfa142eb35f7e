extension HTMLTokenizer {
    /// The script data escape and double-escape states.
    mutating func scriptStep() {
        let c = consume()
        switch state {
        case .scriptDataEscapeStart, .scriptDataEscapeStartDash:
            if c == 0x2D {
                state = state == .scriptDataEscapeStart ? .scriptDataEscapeStartDash : .scriptDataEscapedDashDash
                emitByte(c)
            } else {
                reconsume()
                state = .scriptData
            }
        case .scriptDataEscaped, .scriptDataEscapedDash, .scriptDataEscapedDashDash:
            escapedState(c, doubly: false)
        case .scriptDataDoubleEscaped, .scriptDataDoubleEscapedDash, .scriptDataDoubleEscapedDashDash:
            escapedState(c, doubly: true)
        case .scriptDataDoubleEscapeStart, .scriptDataDoubleEscapeEnd:
            let isStart = state == .scriptDataDoubleEscapeStart
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20, 0x2F, 0x3E:
                let isScript = temporaryBuffer.elementsEqual("script".utf8)
                state = isScript == isStart ? .scriptDataDoubleEscaped : .scriptDataEscaped
                emitByte(c)
            default:
                if isASCIIAlpha(c) {
                    temporaryBuffer.append(UInt8(c | 0x20))
                    emitByte(c)
                } else {
                    reconsume()
                    state = isStart ? .scriptDataEscaped : .scriptDataDoubleEscaped
                }
            }
        default:  // double escaped less-than sign
            if c == 0x2F {
                temporaryBuffer.removeAll(keepingCapacity: true)
                state = .scriptDataDoubleEscapeEnd
                emitByte(c)
            } else {
                reconsume()
                state = .scriptDataDoubleEscaped
            }
        }
    }

    /// Script data (double) escaped, and its dash and dash-dash states.
    mutating func escapedState(_ c: Int, doubly: Bool) {
        let plain: State = doubly ? .scriptDataDoubleEscaped : .scriptDataEscaped
        switch c {
        case 0x2D:
            switch state {
            case .scriptDataEscaped: state = .scriptDataEscapedDash
            case .scriptDataDoubleEscaped: state = .scriptDataDoubleEscapedDash
            case .scriptDataEscapedDash: state = .scriptDataEscapedDashDash
            case .scriptDataDoubleEscapedDash: state = .scriptDataDoubleEscapedDashDash
            default: break
            }
            emitByte(c)
        case 0x3C:
            if doubly {
                state = .scriptDataDoubleEscapedLessThanSign
                emitByte(c)
            } else {
                state = .textLessThanSign(.scriptDataEscaped)
            }
        case 0x3E where state == .scriptDataEscapedDashDash || state == .scriptDataDoubleEscapedDashDash:
            state = .scriptData
            emitByte(c)
        case 0x00:
            error("unexpected-null-character")
            state = plain
            emitReplacement()
        case -1:
            error("eof-in-script-html-comment-like-text")
            emitEnd()
        default:
            state = plain
            emitByte(c)
        }
    }
}
