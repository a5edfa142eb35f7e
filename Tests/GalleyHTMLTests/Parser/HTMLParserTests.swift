import GalleyHTML
import Testing

/// Tree shapes for small inputs, in the html5lib dump form.
@Suite struct HTMLParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var tree: [String]
        var testDescription: String { input }
    }

    static let documents: [Case] = [
        Case(input: "<p>Hello", tree: ["<html>", "  <head>", "  <body>", "    <p>", "      \"Hello\""]),
        Case(input: "<!DOCTYPE html><title>A &amp; B</title>",
             tree: ["<!DOCTYPE html>", "<html>", "  <head>", "    <title>", "      \"A & B\"", "  <body>"]),
        Case(input: "<b>1<p>2</b>3", tree: [
            "<html>", "  <head>", "  <body>", "    <b>", "      \"1\"", "    <p>", "      <b>", "        \"2\"",
            "      \"3\"",
        ]),
        Case(input: "<table>x<tr><td>y</table>", tree: [
            "<html>", "  <head>", "  <body>", "    \"x\"", "    <table>", "      <tbody>", "        <tr>",
            "          <td>", "            \"y\"",
        ]),
        Case(input: "<svg viewbox=1 xlink:href=u><foreignobject><p>x", tree: [
            "<html>", "  <head>", "  <body>", "    <svg svg>", "      viewBox=\"1\"", "      xlink href=\"u\"",
            "      <svg foreignObject>", "        <p>", "          \"x\"",
        ]),
        Case(input: "<template><td>x</template>", tree: [
            "<html>", "  <head>", "    <template>", "      content", "        <td>", "          \"x\"", "  <body>",
        ]),
        Case(input: "<pre>\nx</pre>", tree: ["<html>", "  <head>", "  <body>", "    <pre>", "      \"x\""]),
        Case(input: "a\r\nb\rc\0d", tree: ["<html>", "  <head>", "  <body>", "    \"a\nb\ncd\""]),
        // NULs are dropped from the runs that hold them, also after runs without any.
        Case(input: "<p>x</p>a\0b<i>\0c</i>", tree: [
            "<html>", "  <head>", "  <body>", "    <p>", "      \"x\"", "    \"ab\"", "    <i>", "      \"c\"",
        ]),
        // Tag names read where they lie in the input, collected ones, and the end tag of RCDATA.
        Case(input: "<Div>a</DIV><span\tclass=c>b</span ><textarea>d</textareax></TEXTAREA><p>e", tree: [
            "<html>", "  <head>", "  <body>", "    <div>", "      \"a\"", "    <span>", "      class=\"c\"",
            "      \"b\"", "    <textarea>", "      \"d</textareax>\"", "    <p>", "      \"e\"",
        ]),
    ]

    @Test(arguments: documents)
    func documentTree(_ test: Case) {
        let result = HTMLParser().parse(Array(test.input.utf8))
        #expect(TreeConstructionDump.dump(result.dom) == test.tree.map { "| " + $0 }.joined(separator: "\n"))
    }

    @Test func fragmentInTableRow() {
        let result = HTMLParser().parseFragment(Array("<td>a<td>b".utf8), context: "tr")
        #expect(result.dom.kind(of: result.dom.root) == .documentFragment)
        let names = result.dom.children(of: result.dom.root).compactMap { result.dom.htmlName($0) }
        #expect(names == ["td", "td"])
    }

    @Test func quirksModeFromDoctype() {
        let cases: [(String, HTMLDOM.QuirksMode)] = [
            ("<!DOCTYPE html>", .noQuirks),
            ("<p>", .quirks),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"x\">", .limitedQuirks),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">", .quirks),
        ]
        for (input, mode) in cases {
            #expect(HTMLParser().parse(Array(input.utf8)).dom.quirksMode == mode, "\(input)")
        }
    }

    @Test func errorsAreCollectedAndCapped() {
        let input = Array(String(repeating: "</x>\0", count: 5_000).utf8)
        let result = HTMLParser(options: .init(maximumErrors: 100)).parse(input)
        #expect(result.errors.count == 100)
        #expect(result.errors.allSatisfy { $0.offset >= 0 && $0.offset <= input.count })
        #expect(HTMLParser().parse(Array("<!DOCTYPE html><p>fine</p>".utf8)).errors.isEmpty)
    }

    @Test func readingAPI() throws {
        let dom = HTMLParser().parse(Array("<a href=x title=t>link</a>".utf8)).dom
        let anchor = try #require(dom.nodes.indices.map { HTMLDOM.NodeID($0) }.first { dom.htmlName($0) == "a" })
        #expect(dom.attribute("href", of: anchor) == "x")
        #expect(dom.parent(of: anchor).flatMap { dom.htmlName($0) } == "body")
        #expect(Array(dom.children(of: anchor)).map { dom.text(of: $0) } == ["link"])
    }

    @Test func repeatedBodyTagsAddTheirNewAttributesOnce() throws {
        let input = "<body a=1><p>x<body b=2 a=9><body c=3><b>y<body d=4 b=8></b>" + String(repeating: "<body e=5>", count: 50)
        let dom = HTMLParser().parse(Array(input.utf8)).dom
        let body = try #require(dom.nodes.indices.map { HTMLDOM.NodeID($0) }.first { dom.htmlName($0) == "body" })
        let element = try #require(dom.element(body))
        #expect(dom.attributes(of: element).map { "\($0.name)=\($0.value)" } == ["a=1", "b=2", "c=3", "d=4", "e=5"])
    }

    @Test func repeatedBodyTagsWithManyAttributesKeepTheFirstValueOfEachName() throws {
        // Past eight attributes the names the element has are looked up in a set.
        let first = (0..<12).map { "a\($0)=1" }.joined(separator: " ")
        let later = (0..<200).map { "<body a\($0 % 20)=2 b\($0)=3>" }.joined()
        let dom = HTMLParser().parse(Array("<body \(first)>\(later)".utf8)).dom
        let body = try #require(dom.nodes.indices.map { HTMLDOM.NodeID($0) }.first { dom.htmlName($0) == "body" })
        let attributes = try #require(dom.element(body).map { dom.attributes(of: $0) })
        // Tags 0–11 add only their b; tags 12–19 add their a (value 2) and b; the rest only b.
        let expected = (0..<12).map { "a\($0)=1" } + (0..<12).map { "b\($0)=3" }
            + (12..<20).flatMap { ["a\($0)=2", "b\($0)=3"] } + (20..<200).map { "b\($0)=3" }
        #expect(attributes.map { "\($0.name)=\($0.value)" } == expected)
        #expect(dom.attribute("a5", of: body) == "1")
        #expect(dom.attribute("a15", of: body) == "2")
    }

    @Test func noahsArkComparesManyAttributesInAnyOrder() throws {
        // Past eight attributes the clause looks them up by name; four equal `<b>`s (one with its
        // attributes in another order) keep three entries, four that differ in one value keep four.
        func reopened(_ tags: [String]) -> Int {
            let dom = HTMLParser().parse(Array(("<p>" + tags.joined() + "<p>x").utf8)).dom
            let paragraphs = dom.nodes.indices.map { HTMLDOM.NodeID($0) }.filter { dom.htmlName($0) == "p" }
            guard let second = paragraphs.last else { return -1 }
            var count = 0
            var node = Array(dom.children(of: second)).first
            while let current = node, dom.htmlName(current) == "b" {
                count += 1
                node = Array(dom.children(of: current)).first
            }
            return count
        }
        let names = (0..<20).map { "a\($0)" }
        let equal = (0..<4).map { index in
            "<b " + (index == 2 ? names.reversed() : names).map { "\($0)=1" }.joined(separator: " ") + ">"
        }
        let differing = (0..<4).map { index in "<b " + names.map { "\($0)=1" }.joined(separator: " ") + " z=\(index)>" }
        #expect(reopened(equal) == 3)
        #expect(reopened(differing) == 4)
    }

    @Test func foreignAttributesAreAdjustedAndShareNothingWithTheirTag() throws {
        let dom = HTMLParser().parse(Array("<svg viewbox='0 0 1 1' xlink:href=u><path d=M0></svg>".utf8)).dom
        let svg = try #require(dom.nodes.indices.map { HTMLDOM.NodeID($0) }.first { dom.element($0)?.name == "svg" })
        let attributes = try #require(dom.element(svg).map { dom.attributes(of: $0) })
        #expect(attributes == [.init(name: "viewBox", value: "0 0 1 1"), .init(name: "href", value: "u", namespace: "xlink")])
        #expect(dom.attribute("viewBox", of: svg) == "0 0 1 1")
        #expect(dom.attribute("href", of: svg) == nil)  // namespaced
    }

    @Test func scriptingFlagParsesNoscriptAsText() {
        let on = HTMLParser(options: .init(scripting: true)).parse(Array("<noscript><b>x</b></noscript>".utf8))
        #expect(TreeConstructionDump.dump(on.dom).contains("\"<b>x</b>\""))
        let off = HTMLParser().parse(Array("<noscript><b>x</b></noscript>".utf8))
        #expect(TreeConstructionDump.dump(off.dom).contains("<b>"))
    }

    @Test func selectedContentCopiesTemplatesWithTheirOwnContents() {
        let input = "<select><button><selectedcontent></button><option selected><template><b>x</b></template></select>"
        let dom = HTMLParser().parse(Array(input.utf8)).dom
        let contents = dom.nodes.compactMap { node -> HTMLDOM.NodeID? in
            if case .element(let element) = node.kind { return element.templateContents }
            return nil
        }
        #expect(contents.count == 2)
        #expect(Set(contents).count == 2)
    }
}
