@testable import GalleyHTML
import Testing

/// The named references are looked up by binary search, which needs the generated table sorted
/// by UTF-8 bytes: every name must come back with its own code points, and near misses with none.
@Suite struct NamedReferenceTableTests {
    @Test func everyNameIsFoundByBinarySearch() {
        var previous: [UInt8] = []
        for (name, first, second) in NamedCharacterReferences.table {
            let bytes = Array(name.utf8)
            #expect(previous.lexicographicallyPrecedes(bytes), "\(name) is out of order")
            previous = bytes
            let found = HTMLTokenizer.namedReference(bytes[...])
            #expect(found?.0 == first && found?.1 == second, "\(name)")
        }
    }

    @Test(arguments: ["", "amp;x", "AMP;;", "zzzz;", "Aacut", "a", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ;"])
    func unknownNamesAreNotFound(_ name: String) {
        #expect(HTMLTokenizer.namedReference(Array(name.utf8)[...]) == nil)
    }
}
