import Foundation
import GalleyHTML
import Testing

/// Parses every input of the fuzzing seed corpus (including past crash and timeout inputs) and
/// checks that each node is reached once from the root.
@Suite struct FuzzCorpusReplayTests {
    static let folder = ConformanceSuite.packageRoot.appendingPathComponent("Fuzz/corpus/html")

    @Test func corpusInputsParseIntoConsistentTrees() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            for dom in [HTMLParser().parse(bytes).dom, HTMLParser().parseFragment(bytes, context: "select").dom] {
                var seen = Set<HTMLDOM.NodeID>()
                var work: [HTMLDOM.NodeID] = [dom.root]
                while let node = work.popLast() {
                    #expect(seen.insert(node).inserted, "\(name): node \(node) reached twice")
                    work.append(contentsOf: dom.children(of: node))
                    if let contents = dom.element(node)?.templateContents { work.append(contents) }
                }
            }
        }
    }
}
