/// A minimal reader for the XML that `cmark-gfm -t xml` prints: elements, double-quoted
/// attributes, text and the five predefined entities plus numeric references.
struct XMLElement {
    var name: String
    var attributes: [String: String]
    var children: [XMLElement]
    /// The element's text (only for leaves such as `text`, `code`, `code_block`).
    var text: String

    /// Parses cmark-gfm's XML output. cmark-gfm 0.29 names footnote nodes `<unknown>`; they
    /// become `footnote` elements (a reference when empty, a definition otherwise).
    static func parse(_ xml: String) -> XMLElement {
        let cleaned = xml.replacingOccurrences(of: "</<unknown>>", with: "</footnote>")
            .replacingOccurrences(of: "<<unknown>", with: "<footnote")
        var parser = Parser(bytes: Array(cleaned.utf8))
        var root = XMLElement(name: "#root", attributes: [:], children: [], text: "")
        parser.parseChildren(into: &root)
        return root.children.first { $0.name == "document" } ?? root
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func parseChildren(into parent: inout XMLElement) {
            var text: [UInt8] = []
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    if next == UInt8(ascii: "/") {
                        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                        index += 1
                        parent.text = decode(text)
                        return
                    }
                    if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                        index += 1
                        continue
                    }
                    index += 1
                    var element = XMLElement(name: readName(), attributes: [:], children: [], text: "")
                    var selfClosing = false
                    while index < bytes.count {
                        skipSpaces()
                        if bytes[index] == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
                        if bytes[index] == UInt8(ascii: ">") { index += 1; break }
                        let key = readName()
                        index += 2  // ="
                        let start = index
                        while bytes[index] != UInt8(ascii: "\"") { index += 1 }
                        element.attributes[key] = decode(Array(bytes[start..<index]))
                        index += 1
                    }
                    if !selfClosing { parseChildren(into: &element) }
                    parent.children.append(element)
                } else {
                    text.append(bytes[index])
                    index += 1
                }
            }
            parent.text = decode(text)
        }

        mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
        }

        mutating func readName() -> String {
            let start = index
            while index < bytes.count, ![0x20, 0x0A, UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "=")].contains(bytes[index]) {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        func decode(_ raw: [UInt8]) -> String {
            guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
            var result = ""
            var index = 0
            var run: [UInt8] = []
            while index < raw.count {
                if raw[index] == UInt8(ascii: "&"), let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")) {
                    let name = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
                    var scalar: Unicode.Scalar?
                    switch name {
                    case "lt": scalar = "<"
                    case "gt": scalar = ">"
                    case "amp": scalar = "&"
                    case "quot": scalar = "\""
                    case "apos": scalar = "'"
                    default:
                        if name.hasPrefix("#x") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                        else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                    }
                    if let scalar {
                        result += String(decoding: run, as: UTF8.self)
                        run.removeAll()
                        result.unicodeScalars.append(scalar)
                        index = semicolon + 1
                        continue
                    }
                }
                run.append(raw[index])
                index += 1
            }
            return result + String(decoding: run, as: UTF8.self)
        }
    }
}
