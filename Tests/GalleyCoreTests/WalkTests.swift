import GalleyCore
import Testing
import TestSupport

@Suite struct WalkTests {
    static let sample = Document(
        metadata: Metadata(title: "T"),
        blocks: [
            .heading(Heading(level: 5, content: [.text("Deep")])),
            .blockQuote([.paragraph([.text("a "), .emphasis([.text("b")])])]),
            .paragraph([.text("x"), .note([.heading(Heading(level: 4, content: [.text("n")]))])]),
        ])

    @Test func bottomUpBlockRewriteReachesNestedAndNoteBlocks() {
        let flat = Self.sample.rewritingBlocks { block in
            guard case .heading(let heading) = block, heading.level > 3 else { return nil }
            return [.paragraph([.strong(heading.content)])]
        }
        #expect(flat.blocks[0] == .paragraph([.strong([.text("Deep")])]))
        #expect(flat.blocks[2] == .paragraph([.text("x"), .note([.paragraph([.strong([.text("n")])])])]))
        #expect(flat.metadata == Self.sample.metadata)
    }

    @Test func inlineRewriteDeletesAndSplices() {
        let result = Self.sample.rewritingInlines { inline in
            switch inline {
            case .emphasis(let content): return content
            case .text(let text) where text == "x": return []
            default: return nil
            }
        }
        #expect(result.blocks[1] == .blockQuote([.paragraph([.text("a "), .text("b")])]))
        guard case .paragraph(let content) = result.blocks[2] else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(content.count == 1)
    }

    @Test func topDownWalkSkipsAndStops() {
        var seen: [String] = []
        Self.sample.walk(
            blocks: { block in
                if case .blockQuote = block { return .skipChildren }
                return .descend
            },
            inlines: { inline in
                if case .text(let text) = inline { seen.append(text) }
                return text(of: inline) == "x" ? .stop : .descend
            })
        #expect(seen == ["Deep", "x"])
    }

    @Test func rewriterProtocolCountsFigures() throws {
        struct Numberer: DocumentRewriter {
            var count = 0
            mutating func rewrite(_ block: Block) throws -> [Block] {
                guard case .figure(var figure) = block else { return try rewriteChildren(of: block) }
                count += 1
                figure.attributes.id = "figure-\(count)"
                return [.figure(figure)]
            }
        }
        let figure = Block.figure(Figure(content: [.paragraph([.image(Image(source: "a.png"))])]))
        var numberer = Numberer()
        let result = try numberer.rewrite(Document(blocks: [figure, .blockQuote([figure])]))
        #expect(numberer.count == 2)
        guard case .blockQuote(let inner) = result.blocks[1], case .figure(let second) = inner[0] else {
            Issue.record("structure changed")
            return
        }
        #expect(second.attributes.id == "figure-2")
    }

    @Test func plainTextAndWordCount() {
        #expect(Self.sample.plainText == "Deep\n\na b\n\nx")
        #expect(WordCounter.count(in: "U.S.-led forces don't stay") == 4)
        #expect(WordCounter.count(in: "北京 is big") == 4)
    }

    @Test func collectFindsLinks() {
        let document = Document(blocks: [
            .paragraph([.link(Link(url: "a", content: [.text("1")]))]),
            .list(List(items: [[.paragraph([.link(Link(url: "b", content: []))])]])),
        ])
        let urls: [String] = document.collect(inlines: { if case .link(let link) = $0 { link.url } else { nil } })
        #expect(urls == ["a", "b"])
    }
}

private func text(of inline: Inline) -> String? {
    if case .text(let text) = inline { return text }
    return nil
}
