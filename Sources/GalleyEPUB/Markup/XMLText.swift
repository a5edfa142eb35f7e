/// Escaping for XML text and attribute values, dropping what XML 1.0 cannot carry.
///
/// XML 1.0 (section 2.2) allows tab, line feed, carriage return and the scalars from U+0020 on,
/// except the surrogates and U+FFFE/U+FFFF. HTML additionally forbids C1 controls and
/// noncharacters in documents, so those are dropped as well; carriage returns are dropped
/// because line feeds already end lines.
enum XMLText {
    /// Whether a scalar may appear in the documents we write.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A: return true
        case 0x00..<0x20, 0x7F...0x9F: return false
        case 0xFDD0...0xFDEF: return false
        default: return value & 0xFFFE != 0xFFFE
        }
    }

    /// Whether a UTF-8 byte may start something that needs escaping or dropping.
    @inline(__always)
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0x7F || byte == 0xC2 || byte == 0xEF || byte >= 0xF0
    }

    /// Appends `text` escaped for element content or a double-quoted attribute value.
    ///
    /// - Parameter isAttribute: Also turns tab and line feed into spaces (attribute-value
    ///   normalization would do it anyway; writing it keeps values stable).
    static func append(_ text: String, to output: inout String, isAttribute: Bool = false) {
        let utf8 = text.utf8
        let isPlain = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: needsAttention) }
        if isPlain == true {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n": output.unicodeScalars.append(isAttribute ? " " : scalar)
            default: if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
    }

    /// `text` escaped for element content.
    static func escaped(_ text: String, isAttribute: Bool = false) -> String {
        var output = ""
        append(text, to: &output, isAttribute: isAttribute)
        return output
    }

    /// Text for metadata fields: allowed scalars only, whitespace runs collapsed to one space,
    /// trimmed. Returns `nil` when nothing is left.
    static func cleanedLine(_ text: String?) -> String? {
        guard let text else { return nil }
        var output = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            guard isAllowed(scalar) else { continue }
            if pendingSpace {
                output += " "
                pendingSpace = false
            }
            output.unicodeScalars.append(scalar)
        }
        return output.isEmpty ? nil : output
    }
}
