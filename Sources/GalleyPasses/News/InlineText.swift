import GalleyCore

/// Text surgery on inline sequences, for passes that recognise patterns in a paragraph's text.
enum InlineText {
    /// The inlines split into lines at soft and hard breaks (top level only).
    static func lines(_ inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            switch inline {
            case .softBreak, .lineBreak: lines.append([])
            default: lines[lines.count - 1].append(inline)
            }
        }
        return lines.filter { !$0.plainText.trimmingWhitespace().isEmpty }
    }

    /// The inlines joined back into one paragraph, lines separated by soft breaks.
    static func joined(_ lines: [[Inline]]) -> [Inline] {
        var result: [Inline] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { result.append(.softBreak) }
            result.append(contentsOf: line)
        }
        return result
    }

    /// The inlines without their first `count` Unicode scalars of text (and the white space that
    /// follows them). Marks keep whatever text is left in them; emptied ones disappear.
    static func droppingPrefix(_ inlines: [Inline], scalars count: Int) -> [Inline] {
        var remaining = count
        var result: [Inline] = []
        var trimmingSpace = true
        for inline in inlines {
            if remaining <= 0 && !trimmingSpace {
                result.append(inline)
                continue
            }
            switch inline {
            case .text(let text):
                var scalars = Substring(text).unicodeScalars
                let drop = min(remaining, scalars.count)
                scalars.removeFirst(drop)
                remaining -= drop
                if remaining == 0 {
                    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
                    if !scalars.isEmpty { trimmingSpace = false }
                }
                if !scalars.isEmpty { result.append(.text(String(scalars))) }
            case .softBreak, .lineBreak:
                if remaining > 0 { remaining -= 1 } else if !trimmingSpace { result.append(inline) }
            case .emphasis(let content), .strong(let content):
                let before = content.plainText.unicodeScalars.count
                let rest = droppingPrefix(content, scalars: remaining)
                remaining = max(0, remaining - before)
                if !rest.isEmpty {
                    trimmingSpace = false
                    if case .emphasis = inline { result.append(.emphasis(rest)) } else { result.append(.strong(rest)) }
                }
            default:
                remaining = 0
                trimmingSpace = false
                result.append(inline)
            }
        }
        return result
    }
}
