// Mail clients drop <style> elements, so the e-mail's HTML carries its styles on each element.

import GalleyCore

/// Adds `style` attributes to elements by tag name, in one pass over the bytes.
///
/// Works on HTML that ``GalleyHTML/HTMLWriter`` wrote, where `<` only ever starts a tag (text and
/// attribute values have it escaped) and no element carries a `style` attribute of its own.
struct CSSInliner: Sendable {
    /// Declarations by lower-case tag name.
    let styles: [String: String]
    /// Declarations by class name, added after the element's own.
    let classStyles: [String: String]

    /// The rules of a profile's sheet whose selector is a single element name.
    init(profile: RenderProfile) {
        var styles: [String: String] = [:]
        for rule in ProfileStyleSheet(profile: profile).rules where rule.selector.utf8.allSatisfy(Self.isNameByte) {
            styles[rule.selector] = rule.declarations
        }
        self.styles = styles
        var classStyles: [String: String] = [:]
        for rule in ProfileStyleSheet(profile: profile).classRules { classStyles[String(rule.selector.dropFirst())] = rule.declarations }
        self.classStyles = classStyles
    }

    /// `html` with a `style` attribute on every element that has a rule.
    func inline(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var index = 0
        var runStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, Self.isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, Self.isNameByte(bytes[end] | 0x20) || Self.isDigit(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[(index + 1)..<end].map { Self.isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            let isNameEnd = end < bytes.count && [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 0x0A].contains(bytes[end])
            let classDeclarations = isNameEnd ? classes(inTagAt: end, of: bytes).compactMap { classStyles[$0] } : []
            let declarations = ((isNameEnd ? styles[name].map { [$0] } : nil) ?? []) + classDeclarations
            if !declarations.isEmpty {
                output += bytes[runStart..<end]
                output += Array(" style=\"".utf8)
                output += HTMLBytes.escapedText(declarations.joined(separator: "; "))
                output.append(UInt8(ascii: "\""))
                runStart = end
            }
            index = end
        }
        output += bytes[runStart...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The classes of the tag whose attributes start at `start` (the writer quotes every value
    /// and escapes `>` in it, so the first `>` ends the tag).
    func classes(inTagAt start: Int, of bytes: [UInt8]) -> [String] {
        let marker = Array(" class=\"".utf8)
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == UInt8(ascii: " "), bytes[index...].starts(with: marker) {
                let valueStart = index + marker.count
                var valueEnd = valueStart
                while valueEnd < bytes.count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                return bytes[valueStart..<valueEnd].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            }
            index += 1
        }
        return []
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) && byte >= UInt8(ascii: "a") || isDigit(byte)
    }
}
