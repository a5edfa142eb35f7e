extension HTMLTokenizer {
    mutating func tagOpenState() {
        let c = consume()
        switch c {
        case 0x21: state = .markupDeclarationOpen
        case 0x2F: state = .endTagOpen
        case 0x3F:
            error("unexpected-question-mark-instead-of-tag-name")
            commentData.removeAll(keepingCapacity: true)
            reconsume()
            state = .bogusComment
        case -1:
            error("eof-before-tag-name")
            emitByte(0x3C)
            emitEnd()
        default:
            reconsume()
            if isASCIIAlpha(c) {
                startTag(isEnd: false)
                state = .tagName
            } else {
                error("invalid-first-character-of-tag-name")
                emitByte(0x3C)
                state = .data
            }
        }
    }

    mutating func endTagOpenState() {
        let c = consume()
        if isASCIIAlpha(c) {
            reconsume()
            startTag(isEnd: true)
            state = .tagName
        } else if c == 0x3E {
            error("missing-end-tag-name")
            state = .data
        } else if c == -1 {
            error("eof-before-tag-name")
            emitByte(0x3C)
            emitByte(0x2F)
            emitEnd()
        } else {
            error("invalid-first-character-of-tag-name")
            commentData.removeAll(keepingCapacity: true)
            reconsume()
            state = .bogusComment
        }
    }

    mutating func tagNameState() {
        // Most names are lower-case letters and digits ended by whitespace, `/` or `>`: such a
        // name is taken where it lies in the input, without collecting it.
        let start = position
        let end = lowerCaseNameRunEnd()
        if end > start, end < input.count {
            let next = input[end]
            if next == 0x3E || next == 0x2F || isHTMLWhitespace(Int(next)) {
                tagNameStart = start
                tagNameEnd = end
                position = end + 1
                switch next {
                case 0x3E:
                    state = .data
                    emitTag()
                case 0x2F: state = .selfClosingStartTag
                default: state = .beforeAttributeName
                }
                return
            }
        }
        // Otherwise it is collected, from the lower-case run read so far.
        Self.clear(&tagName)
        Self.append(input, start..<end, to: &tagName)
        position = end
        while true {
            let c = consume()
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
            case 0x00:
                error("unexpected-null-character")
                tagName.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case -1:
                error("eof-in-tag")
                emitEnd()
                return
            default:
                tagName.append(UInt8(isASCIIUpper(c) ? c | 0x20 : c))
                let end = lowerCaseNameRunEnd()
                Self.append(input, position..<end, to: &tagName)
                position = end
            }
        }
    }

    /// The end of the run of lower-case letters, digits and `-` at the cursor.
    @inline(__always) func lowerCaseNameRunEnd() -> Int {
        input.withUnsafeBufferPointer { buffer -> Int in
            var index = position
            while index < buffer.count {
                let byte = buffer[index]
                guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D else { break }
                index += 1
            }
            return index
        }
    }

    mutating func attributeStep() {
        let c = consume()
        switch state {
        case .beforeAttributeName:
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x61...0x7A:
                reconsume()
                if !readSimpleAttributes() {
                    position += 1  // past the first byte, as below, for the offsets of errors
                    startAttribute()
                    reconsume()
                    state = .attributeName
                }
            case 0x2F, 0x3E, -1:
                reconsume()
                state = .afterAttributeName
            case 0x3D:
                error("unexpected-equals-sign-before-attribute-name")
                startAttribute()
                attributeName.append(0x3D)
                state = .attributeName
            default:
                startAttribute()
                reconsume()
                state = .attributeName
            }
        case .attributeName: attributeNameState(c)
        case .afterAttributeName:
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x2F: state = .selfClosingStartTag
            case 0x3D: state = .beforeAttributeValue
            case 0x3E:
                state = .data
                emitTag()
            case -1:
                error("eof-in-tag")
                emitEnd()
            default:
                startAttribute()
                reconsume()
                state = .attributeName
            }
        case .beforeAttributeValue:
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: break
            case 0x22: state = .attributeValue(.double)
            case 0x27: state = .attributeValue(.single)
            case 0x3E:
                error("missing-attribute-value")
                state = .data
                emitTag()
            default:
                reconsume()
                state = .attributeValue(.unquoted)
            }
        case .attributeValue(let quote): attributeValueState(c, quote: quote)
        case .afterAttributeValueQuoted:
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20: state = .beforeAttributeName
            case 0x2F: state = .selfClosingStartTag
            case 0x3E:
                state = .data
                emitTag()
            case -1:
                error("eof-in-tag")
                emitEnd()
            default:
                error("missing-whitespace-between-attributes")
                reconsume()
                state = .beforeAttributeName
            }
        default:
            selfClosingStartTagState(c)
        }
    }

    /// Reads attributes of the common shape `name="value"` (or `'value'`), separated by
    /// whitespace, in one go: a name of lower-case letters, digits, `-`, `_`, `:` and `.`, and
    /// a quoted value without character references or NULs, which the state machine would copy
    /// unchanged and without errors. Starts in the before-attribute-name state at a lower-case
    /// letter; stops at the first byte of any other shape and leaves it, in the matching state,
    /// to the state machine. Returns whether it read anything.
    mutating func readSimpleAttributes() -> Bool {
        var didRead = false
        while true {
            let start = position
            let shape = input.withUnsafeBufferPointer { buffer -> (name: Range<Int>, value: Range<Int>)? in
                let end = buffer.count
                var index = start
                while index < end {
                    let byte = buffer[index]
                    guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x3A) || byte == 0x2D
                        || byte == 0x5F || byte == 0x2E else { break }
                    index += 1
                }
                guard index > start, index + 1 < end, buffer[index] == 0x3D else { return nil }
                let quote = buffer[index + 1]
                guard quote == 0x22 || quote == 0x27 else { return nil }
                let valueEnd = ByteScan.firstIndex(of: quote, 0x26, 0x00, in: buffer, from: index + 2)
                guard valueEnd < end, buffer[valueEnd] == quote else { return nil }
                return (start..<index, (index + 2)..<valueEnd)
            }
            guard let shape else {
                if didRead { state = .beforeAttributeName }
                return didRead
            }
            // The state machine finishes the previous attribute after this one's first byte.
            if hasAttribute || hasPendingDuplicate { finishAttribute(errorOffset: start + 1) }
            // A new name is added at once; a repeated one is only noted, so that its error is
            // reported where the state machine would notice it.
            input.withUnsafeBufferPointer { buffer in
                let name = UnsafeBufferPointer(rebasing: buffer[shape.name])
                if claimsName(name) {
                    attributeStore.append(name: name, value: UnsafeBufferPointer(rebasing: buffer[shape.value]))
                } else {
                    hasPendingDuplicate = true
                }
            }
            didRead = true
            position = shape.value.upperBound + 1
            // After the closing quote: the tag's end, or whitespace and another attribute.
            if position < input.count, input[position] == 0x3E {
                position += 1
                state = .data
                emitTag()
                return true
            }
            guard position < input.count, isHTMLWhitespace(Int(input[position])) else {
                state = .afterAttributeValueQuoted
                return true
            }
            while position < input.count, isHTMLWhitespace(Int(input[position])) { position += 1 }
            guard position < input.count else {
                state = .beforeAttributeName
                return true
            }
            switch input[position] {
            case 0x61...0x7A: continue
            case 0x3E:
                position += 1
                state = .data
                emitTag()
                return true
            default:
                state = .beforeAttributeName
                return true
            }
        }
    }

    /// The input bytes in `range` as a string.
    @inline(__always) func string(_ range: Range<Int>) -> String {
        input.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    mutating func attributeNameState(_ first: Int) {
        var c = first
        while true {
            switch c {
            case 0x09, 0x0A, 0x0C, 0x20, 0x2F, 0x3E, -1:
                reconsume()
                state = .afterAttributeName
                return
            case 0x3D:
                state = .beforeAttributeValue
                return
            case 0x00:
                error("unexpected-null-character")
                attributeName.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case 0x22, 0x27, 0x3C:
                error("unexpected-character-in-attribute-name")
                attributeName.append(UInt8(c))
            default:
                attributeName.append(UInt8(isASCIIUpper(c) ? c | 0x20 : c))
                let end = lowerCaseNameRunEnd()
                Self.append(input, position..<end, to: &attributeName)
                position = end
            }
            c = consume()
        }
    }

    mutating func attributeValueState(_ first: Int, quote: Quote) {
        var c = first
        while true {
            switch c {
            case 0x22 where quote == .double, 0x27 where quote == .single:
                state = .afterAttributeValueQuoted
                return
            case 0x26:
                consumeCharacterReference(inAttribute: true)
            case 0x00:
                error("unexpected-null-character")
                attributeValue.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case -1:
                error("eof-in-tag")
                emitEnd()
                return
            case 0x09, 0x0A, 0x0C, 0x20:
                if quote == .unquoted {
                    state = .beforeAttributeName
                    return
                }
                attributeValue.append(UInt8(c))
            case 0x3E:
                if quote == .unquoted {
                    state = .data
                    emitTag()
                    return
                }
                attributeValue.append(UInt8(c))
            case 0x22, 0x27, 0x3C, 0x3D, 0x60:
                if quote == .unquoted { error("unexpected-character-in-unquoted-attribute-value") }
                attributeValue.append(UInt8(c))
            default:
                attributeValue.append(UInt8(c))
                if quote != .unquoted {
                    let end = scan(quote == .double ? 0x22 : 0x27, 0x26, 0x00)
                    if end > position {
                        Self.append(input, position..<end, to: &attributeValue)
                        position = end
                    }
                }
            }
            c = consume()
        }
    }

    mutating func selfClosingStartTagState(_ c: Int) {
        switch c {
        case 0x3E:
            selfClosing = true
            state = .data
            emitTag()
        case -1:
            error("eof-in-tag")
            emitEnd()
        default:
            error("unexpected-solidus-in-tag")
            reconsume()
            state = .beforeAttributeName
        }
    }
}
