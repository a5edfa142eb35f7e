import Foundation
import GalleyHTML
import Testing
import TestSupport

/// Hostile inputs: each must parse in time linear in its size, without recursion, into a tree no
/// deeper than the parser's cap. Sizes are a tenth of the full ones unless GALLEY_SLOW=1.
@Suite struct HTMLParserRobustnessTests {
    static let isSlow = ProcessInfo.processInfo.environment["GALLEY_SLOW"] == "1"
    static let scale = isSlow ? 1 : 10

    static func repeated(_ unit: String, _ count: Int) -> [UInt8] {
        Array(String(repeating: unit, count: count / scale).utf8)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: @Sendable () -> [UInt8]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "300,000 nested divs") { repeated("<div>", 300_000) },
        Case(name: "50,000 unclosed a b i") { repeated("<a><b><i>", 50_000) },
        Case(name: "20,000 nested tables") { repeated("<table><tr><td>", 20_000) },
        Case(name: "distinct formatting elements then anchors") {
            Array((0..<(20_000 / scale)).map { "<b id=\($0)>" }.joined().utf8) + repeated("<a>x", 20_000)
        },
        Case(name: "p button then nested divs") { Array("<p><button>".utf8) + repeated("<div>", 100_000) },
        Case(name: "nested svg") { repeated("<svg>", 100_000) },
        Case(name: "nested templates") { repeated("<template>", 50_000) },
        Case(name: "many attributes") {
            Array(("<div " + (0..<(100_000 / scale)).map { "a\($0)=1" }.joined(separator: " ") + ">").utf8)
        },
        Case(name: "4 MB of random bytes") {
            var random = SeededRandom(seed: 42)
            let bytes = (0..<(4_000_000 / scale)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            return Array(String(decoding: bytes, as: UTF8.self).utf8)
        },
        Case(name: "random markup") {
            var random = SeededRandom(seed: 7)
            let alphabet = Array("<>/=\"' abdivtableptrsvgmath&#;!-".utf8)
            return (0..<(2_000_000 / scale)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        },
    ]

    @Test(arguments: cases)
    func parsesWithinBounds(_ test: Case) {
        let input = test.input()
        let options = HTMLParser.Options()
        let result = HTMLParser(options: options).parse(input)
        // Template contents add one fragment level per template, so twice the stack cap.
        #expect(Self.depth(of: result.dom) <= 2 * options.maximumDepth + 8)
        #expect(result.errors.count <= options.maximumErrors)
        #expect(result.dom.nodes.count <= input.count * 64 + 16)
    }

    @Test(.enabled(if: isSlow, "set GALLEY_SLOW=1 to parse a 100 MB page"))
    func hundredMegabytePage() {
        let chunk = "<div class=\"c\"><p>Some <b>text</b> &amp; <a href=\"/x?y=1&z=2\">a link</a></p><table><tr><td>1</td></tr></table></div>\n"
        let input = Array(String(repeating: chunk, count: 100_000_000 / chunk.utf8.count).utf8)
        let result = HTMLParser().parse(input)
        #expect(result.dom.nodes.count > 1_000_000)
    }

    /// The deepest element depth, walked without recursion.
    static func depth(of dom: HTMLDOM) -> Int {
        var deepest = 0
        var work: [(HTMLDOM.NodeID, Int)] = [(dom.root, 0)]
        while let (node, depth) = work.popLast() {
            deepest = max(deepest, depth)
            for child in dom.children(of: node) { work.append((child, depth + 1)) }
            if let contents = dom.element(node)?.templateContents { work.append((contents, depth + 1)) }
        }
        return deepest
    }
}
