import Foundation
import GalleyCore
import Testing

@testable import GalleyHTML

@Suite("DOM to AST: deep nesting")
struct DeepNestingTests {
    /// The deepest node level of a document (top-level blocks are level 1), computed iteratively.
    static func depth(of document: Document) -> Int {
        enum Node { case block(Block), inline(Inline) }
        var deepest = 0
        var work: [(Node, Int)] = document.blocks.map { (.block($0), 1) }
        while let (node, level) = work.popLast() {
            deepest = max(deepest, level)
            switch node {
            case .block(let block):
                block.forEachChildList(
                    blocks: { work.append(contentsOf: $0.map { (.block($0), level + 1) }) },
                    inlines: { work.append(contentsOf: $0.map { (.inline($0), level + 1) }) })
            case .inline(let inline):
                inline.forEachChildList(
                    inlines: { work.append(contentsOf: $0.map { (.inline($0), level + 1) }) },
                    blocks: { work.append(contentsOf: $0.map { (.block($0), level + 1) }) })
            }
        }
        return deepest
    }

    /// A DOM of `count` nested `name` elements (with `wrapper` around each), text at every level.
    static func nested(_ names: [String], count: Int) -> HTMLDOM {
        var dom = HTMLDOM()
        var parent = dom.root
        for index in 0..<count {
            let name = names[index % names.count]
            let node = dom.create(.element(HTMLDOM.Element(name: name)))
            dom.append(node, to: parent)
            if index % 1000 == 0 { dom.appendText("[w\(index)]", to: node) }
            parent = node
        }
        dom.appendText("deepest", to: parent)
        return dom
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var names: [String]
        var count: Int
        var testDescription: String { "\(count) × \(names.joined(separator: ">"))" }
    }

    @Test(arguments: [
        Case(names: ["div"], count: 300_000),
        Case(names: ["span"], count: 100_000),
        Case(names: ["em", "a"], count: 50_000),
        Case(names: ["blockquote", "p", "b"], count: 30_000),
        Case(names: ["ul", "li"], count: 30_000),
        Case(names: ["table", "tr", "td"], count: 30_000),
        Case(names: ["h2", "div"], count: 10_000),
        Case(names: ["section", "span", "div"], count: 30_000),
    ])
    func staysWithinTheDepthLimitWithoutLosingText(_ testCase: Case) {
        let dom = Self.nested(testCase.names, count: testCase.count)
        let document = HTMLToDocument().document(from: dom)
        #expect(Self.depth(of: document) <= Document.maximumDepth)
        let text = document.plainText
        #expect(text.hasSuffix("deepest"))
        let markers = (testCase.count + 999) / 1000
        var found = 0
        var searchFrom = text.startIndex
        for index in stride(from: 0, to: testCase.count, by: 1000) {
            if let range = text.range(of: "[w\(index)]", range: searchFrom..<text.endIndex) {
                found += 1
                searchFrom = range.upperBound
            }
        }
        #expect(found == markers, "text in order")
    }
}
