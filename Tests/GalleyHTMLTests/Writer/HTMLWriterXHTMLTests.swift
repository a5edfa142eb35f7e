import Foundation
import GalleyCore
import GalleyHTML
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML and records the ids it sees and the first error.
final class XMLCheck: NSObject, XMLParserDelegate {
    var ids: [String] = []
    var duplicateIDs: [String] = []
    var error: String?
    var rootNamespace: String?

    static func check(_ text: String) -> XMLCheck {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = check
        if !parser.parse(), check.error == nil {
            check.error = parser.parserError.map { "\($0)" } ?? "unknown error"
        }
        return check
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if rootNamespace == nil { rootNamespace = namespaceURI }
        if let id = attributes["id"] {
            if ids.contains(id) { duplicateIDs.append(id) }
            ids.append(id)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil { error = "line \(parser.lineNumber): \(parseError)" }
    }
}

@Suite struct HTMLWriterXHTMLTests {
    static func xhtmlOptions(raw: Bool) -> HTMLWriter.Options {
        var options = HTMLWriter.Options()
        options.isXHTML = true
        options.isStandalone = true
        options.allowsRawHTML = raw
        options.links = .footnotes
        return options
    }

    @Test func randomDocumentsAreWellFormed() {
        for seed in UInt64(0)..<500 {
            var generator = RandomDocumentGenerator(seed: seed)
            let document = generator.document()
            let xhtml = HTMLWriter(options: Self.xhtmlOptions(raw: seed % 2 == 0)).render(document)
            let check = XMLCheck.check(xhtml)
            #expect(check.error == nil, "seed \(seed): \(check.error ?? "")\n\(xhtml)")
            #expect(check.duplicateIDs.isEmpty, "seed \(seed): duplicate ids \(check.duplicateIDs)")
            #expect(check.rootNamespace == "http://www.w3.org/1999/xhtml", "seed \(seed)")
            if check.error != nil { return }
        }
    }

    @Test func hostileTextStaysWellFormed() {
        let document = Document(
            metadata: Metadata(title: "a & b < c \u{1} \u{FFFF}", language: "de\" x", keywords: ["]]>"]),
            blocks: [
                .paragraph([.text("\u{0}\u{8}]]><!-- --> & &nbsp; \u{A0}"), .lineBreak]),
                .heading(Heading(level: 1, content: [.text("x")], attributes: Attributes(id: "1:bad id", pairs: [.init("lang", "fr")]))),
                .rawBlock(format: "html", text: "<p>a &nbsp; <br> <img src=x> <hr> unclosed <b>"),
                .paragraph([.rawInline(format: "html", text: "</p></div><i>")]),
                .div(Attributes(pairs: [.init("lang", "en"), .init("lang", "de"), .init("data-a", "1"), .init("data-a", "2")]), []),
                .rawBlock(format: "html", text: "<p title=a title=b id=x id=y>dup</p>"),
            ])
        for raw in [false, true] {
            let xhtml = HTMLWriter(options: Self.xhtmlOptions(raw: raw)).render(document)
            let check = XMLCheck.check(xhtml)
            #expect(check.error == nil, "\(check.error ?? "")\n\(xhtml)")
            #expect(xhtml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
            #expect(!xhtml.contains("&nbsp;"))
            #expect(xhtml.contains("<h1 id=\"x1-bad-id\" lang=\"fr\" xml:lang=\"fr\">"))
        }
    }

    @Test func voidElementsSelfClose() {
        var options = HTMLWriter.Options()
        options.isXHTML = true
        let xhtml = renderFragment(
            [.horizontalRule, .paragraph([.text("a"), .lineBreak, .image(Image(source: "a.png", alt: ""))])], options: options)
        #expect(xhtml == "<hr />\n<p>a<br />\n<img src=\"a.png\" alt=\"\" /></p>\n")
    }

    @Test func identifiersAreNCNames() {
        let cases: [(String, String)] = [
            ("intro", "intro"), ("1st", "x1st"), ("a b", "a-b"), ("", "x"), ("-x", "x-x"),
            ("ü-ß", "ü-ß"), ("a:b", "a-b"), ("日本", "日本"),
        ]
        for (input, expected) in cases {
            #expect(HTMLIdentifierSet.sanitized(input) == expected, "\(input)")
        }
    }
}
