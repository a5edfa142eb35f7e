@testable import GalleyPasses
import Testing

/// The numbering of the name needles' kinds, which the matching loop compares with literals.
@Suite struct BoilerplatePatternsTests {
    @Test func needleKindsPastTheListsFollowThem() {
        #expect(BoilerplatePatterns.NeedleKind.negative == BoilerplatePatterns.nameNeedleLists.count)
        #expect(BoilerplatePatterns.NeedleKind.caption == BoilerplatePatterns.NeedleKind.negative + 1)
        #expect(BoilerplatePatterns.NeedleKind.positive == BoilerplatePatterns.NeedleKind.negative + 2)
        let needles = BoilerplatePatterns.nameNeedleLists.flatMap { $0 } + BoilerplatePatterns.negativeSubstrings
            + BoilerplatePatterns.captionSubstrings + BoilerplatePatterns.longPositiveWords
        #expect(BoilerplatePatterns.nameNeedleKinds.count == needles.count)
    }
}
