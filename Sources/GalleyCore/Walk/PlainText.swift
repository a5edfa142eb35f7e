// The words of a node, without markup: for titles, word counts, comparisons and scoring.

extension Array where Element == Inline {
    /// The text these inlines read as: breaks become spaces, images their alt text, notes nothing.
    public var plainText: String {
        var output = ""
        appendPlainText(to: &output)
        return output
    }

    func appendPlainText(to output: inout String) {
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): output += text
            case .softBreak, .lineBreak: output += " "
            case .image(let image): output += image.alt
            case .note, .rawInline: break
            case .emphasis(let content), .strong(let content), .strikeout(let content),
                .superscript(let content), .subscript(let content), .span(_, let content):
                content.appendPlainText(to: &output)
            case .link(let link): link.content.appendPlainText(to: &output)
            }
        }
    }
}

extension Block {
    /// The text this block reads as; child blocks are separated by "\n\n".
    public var plainText: String {
        var output = ""
        appendPlainText(to: &output)
        return output
    }

    func appendPlainText(to output: inout String) {
        switch self {
        case .paragraph(let content): content.appendPlainText(to: &output)
        case .heading(let heading): heading.content.appendPlainText(to: &output)
        case .codeBlock(let code): output += code.text
        case .horizontalRule, .rawBlock: break
        case .lineBlock(let lines):
            for (index, line) in lines.enumerated() {
                if index > 0 { output += "\n" }
                line.appendPlainText(to: &output)
            }
        default:
            var parts: [String] = []
            forEachChildList(
                blocks: { children in
                    for child in children {
                        let text = child.plainText
                        if !text.isEmpty { parts.append(text) }
                    }
                },
                inlines: { content in
                    let text = content.plainText
                    if !text.isEmpty { parts.append(text) }
                })
            output += parts.joined(separator: "\n\n")
        }
    }
}

extension Array where Element == Block {
    /// The text these blocks read as, separated by blank lines.
    public var plainText: String {
        Block.div(.empty, self).plainText
    }
}

extension Document {
    /// The body's text, blocks separated by blank lines.
    public var plainText: String { blocks.plainText }

    /// The number of words in the body: runs of letters, digits and joining punctuation, with
    /// each CJK ideograph or kana counted as one word (as word processors count them).
    public var wordCount: Int { WordCounter.count(in: plainText) }
}

/// Counts words in text, on Unicode scalars.
public enum WordCounter {
    /// The number of words in `text`: whitespace-separated tokens that hold a letter or digit
    /// ("U.S.-led" is one word, "--" none), each CJK ideograph or kana counting as a word of its own.
    public static func count(in text: String) -> Int {
        var words = 0
        var tokenHasLetter = false
        for scalar in text.unicodeScalars {
            if isIdeographic(scalar.value) {
                words += 1
                tokenHasLetter = false
            } else if scalar.properties.isWhitespace {
                if tokenHasLetter { words += 1 }
                tokenHasLetter = false
            } else if !tokenHasLetter,
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            {
                tokenHasLetter = true
            }
        }
        return tokenHasLetter ? words + 1 : words
    }

    /// Whether the scalar is a CJK ideograph or kana, which count as words of their own.
    public static func isIdeographic(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x20000...0x2FA1F).contains(value)
    }
}
