import Foundation
import GalleyCore
import GalleyText
import Testing

/// Linear time on large input: a paragraph of many megabytes reads and wraps in seconds.
@Suite struct LargeInputTests {
    /// 10 MB under `GALLEY_SLOW=1`, 2 MB otherwise (debug builds are slow, not quadratic).
    static let size = ProcessInfo.processInfo.environment["GALLEY_SLOW"] == "1" ? 10_000_000 : 2_000_000

    @Test func hugeParagraphReadsAndWraps() throws {
        let word = Array("coalition 北京 forces, ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.size + word.count)
        while bytes.count < Self.size { bytes += word }
        var context = ConversionContext()
        let start = ContinuousClock.now
        let document = try TextReader().read(Input(bytes: bytes), context: &context)
        #expect(document.blocks.count == 1)
        let output = try TextWriter().write(document, profile: .standard, context: &context)
        let elapsed = ContinuousClock.now - start
        guard case .text(let text) = output else { return }
        #expect(text.utf8.count >= bytes.count - 1)
        #expect(elapsed < .seconds(120), "took \(elapsed)")
    }
}
