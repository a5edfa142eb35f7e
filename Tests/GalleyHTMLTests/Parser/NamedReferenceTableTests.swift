@testable import GalleyHTML
import Testing

/// The named references are looked up by binary search, which needs the generated tables sorted
/// by bytes and indexed by first byte: every name must come back with its own code points, and
/// near misses with none.
@Suite struct NamedReferenceTableTests {
    @Test func everyNameIsFoundByBinarySearch() {
        let table = NamedCharacterReferences.self
        #expect(table.nameEnds.count == table.count && table.codePoints.count == 2 * table.count)
        var previous: [UInt8] = []
        for index in 0..<table.count {
            let start = index == 0 ? 0 : Int(table.nameEnds[index - 1])
            let name = Array(table.nameBytes[start..<Int(table.nameEnds[index])])
            #expect(previous.lexicographicallyPrecedes(name), "\(name) is out of order")
            #expect(name.count <= table.longestName)
            previous = name
            let found = HTMLTokenizer.namedReference(name[...])
            #expect(found?.0 == table.codePoints[2 * index] && found?.1 == table.codePoints[2 * index + 1], "\(name)")
        }
    }

    @Test(arguments: ["", "amp;x", "AMP;;", "zzzz;", "Aacut", "a", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ;", "é;"])
    func unknownNamesAreNotFound(_ name: String) {
        #expect(HTMLTokenizer.namedReference(Array(name.utf8)[...]) == nil)
    }

    @Test(arguments: [("amp;", 0x26 as UInt32), ("AMP", 0x26), ("notin;", 0x2209), ("zwnj;", 0x200C), ("AElig", 0xC6)])
    func knownNamesAreFound(_ name: String, _ first: UInt32) {
        #expect(HTMLTokenizer.namedReference(Array(name.utf8)[...])?.0 == first)
    }
}
