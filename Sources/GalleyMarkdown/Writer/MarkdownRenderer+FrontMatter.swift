import GalleyCore

// `--standalone`: YAML front matter with the metadata, every string double-quoted
// (YAML 1.2 §7.3.1) so that no value can be read as another type or break the block.

extension MarkdownRenderer {
    mutating func writeFrontMatter(_ metadata: Metadata) {
        var fields: [(String, [String])] = []
        if let title = metadata.title { fields.append(("title", [title])) }
        if let subtitle = metadata.subtitle { fields.append(("subtitle", [subtitle])) }
        if !metadata.authors.isEmpty { fields.append(("authors", metadata.authors)) }
        if let date = metadata.date { fields.append(("date", [date])) }
        if let source = metadata.source { fields.append(("source", [source])) }
        if let url = metadata.url { fields.append(("url", [url])) }
        if let language = metadata.language { fields.append(("language", [language])) }
        if let description = metadata.description { fields.append(("description", [description])) }
        if !metadata.keywords.isEmpty { fields.append(("keywords", metadata.keywords)) }
        out.append(contentsOf: "---\n".utf8)
        for (key, values) in fields {
            out.append(contentsOf: key.utf8)
            out.append(UInt8(ascii: ":"))
            if key == "authors" || key == "keywords" {
                out.append(UInt8(ascii: "\n"))
                for value in values {
                    out.append(contentsOf: "  - ".utf8)
                    Self.appendYAMLString(value, to: &out)
                    out.append(UInt8(ascii: "\n"))
                }
            } else {
                out.append(0x20)
                Self.appendYAMLString(values[0], to: &out)
                out.append(UInt8(ascii: "\n"))
            }
        }
        out.append(contentsOf: "---\n\n".utf8)
    }

    /// Appends a YAML double-quoted scalar: `"` and `\` escaped, control and line-separator
    /// characters as escapes, everything else as is.
    static func appendYAMLString(_ value: String, to output: inout ByteBuffer) {
        output.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: output.append(contentsOf: "\\\"".utf8)
            case 0x5C: output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0xFEFF:
                output.append(contentsOf: "\\u".utf8)
                output.append(contentsOf: hex(scalar.value, digits: 4).utf8)
            case 0x2028: output.append(contentsOf: "\\L".utf8)
            case 0x2029: output.append(contentsOf: "\\P".utf8)
            default: output.append(contentsOf: String(scalar).utf8)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
