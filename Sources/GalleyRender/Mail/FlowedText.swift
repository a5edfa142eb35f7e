// format=flowed plain text, RFC 3676: https://www.rfc-editor.org/rfc/rfc3676

/// One logical line of plain text before wrapping.
struct TextLine: Sendable, Hashable {
    /// Quote depth (block quotes): how many `>` start each physical line.
    var depth: Int
    /// The text, on one line.
    var text: String
    /// Whether the line may be wrapped (prose) or must stay as it is (code, verse, rules).
    var isFlowed: Bool
}

/// Wraps logical lines into `format=flowed` text.
///
/// A wrapped line ends every physical line but its last in a space (a soft line break, section
/// 4.2); lines that must stay as they are never end in a space. A line that starts with a space,
/// `>` or `From ` gets one more space in front (space-stuffing, section 4.4), which readers
/// remove; quoted lines start with their `>` marks and a stuffing space.
enum FlowedText {
    /// Formats `lines` with at most `width` characters a physical line where words allow
    /// (longer words stay whole). Lines end in LF.
    static func format(_ lines: [TextLine], width: Int) -> String {
        var output = ""
        for line in lines {
            let prefix = line.depth > 0 ? String(repeating: ">", count: line.depth) + " " : ""
            let text = trimmingTrailingSpaces(line.text)
            if text.isEmpty {
                output += String(repeating: ">", count: line.depth) + "\n"
                continue
            }
            guard line.isFlowed else {
                output += prefix + (line.depth > 0 ? text : stuffed(text)) + "\n"
                continue
            }
            for physical in wrap(text, width: max(width - prefix.count, 10)) {
                // After `>` marks the prefix's space is the stuffing space (section 4.5).
                output += prefix + (line.depth > 0 ? physical : stuffed(physical)) + "\n"
            }
        }
        return output
    }

    /// Physical lines of `text`: all but the last end in the space they were broken at.
    static func wrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        var currentLength = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = word.count
            if currentLength == 0 {
                current = String(word)
                currentLength = length
            } else if currentLength + 1 + length + 1 <= width || current == "--" {
                // A soft line "-- " would read as a signature separator (section 4.3).
                current += " " + word
                currentLength += 1 + length
            } else {
                result.append(current + " ")
                current = String(word)
                currentLength = length
            }
        }
        result.append(current)
        return result
    }

    /// `line` with a space in front when it starts with a space, `>` or `From `.
    static func stuffed(_ line: String) -> String {
        line.hasPrefix(" ") || line.hasPrefix(">") || line.hasPrefix("From ") ? " " + line : line
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
