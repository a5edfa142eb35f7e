import GalleyCore
import GalleyMarkdown
import Testing
import TestSupport

/// Writes documents, renders them all with one cmark-gfm run, and compares each rendering with
/// the document block by block.
enum RoundTrip {
    static let marker = "GALLEYDOCUMENTBOUNDARY"

    /// One document's disagreement.
    struct Failure: CustomStringConvertible {
        var name: String
        var difference: String
        var markdown: String
        var description: String { "\(name): \(difference)\n--- markdown ---\n\(markdown)" }
    }

    /// Compares every document; returns the failures.
    static func check(
        _ documents: [(name: String, document: Document)], options: MarkdownWriter.Options
    ) throws -> [Failure] {
        let isGFM = options.flavor == .gfm
        var markdowns: [String] = []
        var batch: [UInt8] = []
        for (index, item) in documents.enumerated() {
            var options = options
            options.labelPrefix = "d\(index)x"
            let writer = try MarkdownWriter(options: options)
            let bytes = writer.render(item.document)
            markdowns.append(String(decoding: bytes, as: UTF8.self))
            batch += bytes
            batch += "\n\n\(marker)\n\n".utf8
        }
        let root = XMLElement.parse(try CmarkGFM.xml(batch, isGFM: isGFM))
        var definitions: [XMLElement] = []
        var segments: [[XMLElement]] = [[]]
        for child in root.children {
            if child.name == "footnote" {
                definitions.append(child)
            } else if child.name == "paragraph", child.children.count == 1, child.children[0].text == marker {
                segments.append([])
            } else {
                segments[segments.count - 1].append(child)
            }
        }
        var failures: [Failure] = []
        guard segments.count == documents.count + 1 else {
            // A document swallowed a boundary: check them one by one to find which.
            if documents.count == 1 {
                return [Failure(name: documents[0].name, difference: "the document swallowed the boundary paragraph", markdown: markdowns[0])]
            }
            for item in documents { failures += try check([item], options: options) }
            return failures
        }
        var reader = RenderedNode.XMLReader(definitions: definitions)
        for (index, item) in documents.enumerated() {
            let actual = reader.blocks(segments[index])
            var expected = ExpectedRendering(isGFM: isGFM, allowsRawHTML: options.allowsRawHTML)
            let wanted = expected.document(item.document)
            if let difference = RenderedNode.firstDifference(expected: wanted, actual: actual) {
                failures.append(Failure(name: item.name, difference: difference, markdown: markdowns[index]))
            }
        }
        return failures
    }

    /// A generated document without what a batch cannot check: notes inside notes (cmark-gfm
    /// numbers them across the whole batch).
    static func generated(seed: UInt64, raw: Bool = false) -> Document {
        var generator = RandomDocumentGenerator(seed: seed, includesRaw: raw)
        var document = generator.document()
        document.blocks = document.blocks.map { removingNestedNotes($0, inNote: false) }
        return document
    }

    static func removingNestedNotes(_ block: Block, inNote: Bool) -> Block {
        block.mappingChildren(
            blocks: { $0.map { removingNestedNotes($0, inNote: inNote) } },
            inlines: { removingNestedNotes($0, inNote: inNote) })
    }

    static func removingNestedNotes(_ inlines: [Inline], inNote: Bool) -> [Inline] {
        inlines.compactMap { inline in
            if case .note(let blocks) = inline {
                return inNote ? nil : .note(blocks.map { removingNestedNotes($0, inNote: true) })
            }
            return inline.mappingChildren(
                inlines: { removingNestedNotes($0, inNote: inNote) },
                blocks: { $0.map { removingNestedNotes($0, inNote: inNote) } })
        }
    }
}
