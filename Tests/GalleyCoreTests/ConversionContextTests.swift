import GalleyCore
import Testing

@Suite struct ConversionContextTests {
    final class Probe {}

    @Test func leftoversStayOnlyWhenTheProcessEnds() {
        weak var released: Probe?
        do {
            let probe = Probe()
            released = probe
            ConversionContext().leaveToProcessEnd(probe)
        }
        #expect(released == nil, "an ordinary conversion frees what it used")

        weak var kept: Probe?
        do {
            let probe = Probe()
            kept = probe
            var context = ConversionContext()
            context.endsWithProcess = true
            context.leaveToProcessEnd(probe)
        }
        #expect(kept != nil, "a one-shot conversion leaves it to the process's end")
    }
}
