import Foundation
import GalleyCore
import Testing
import TestSupport

@Suite("EPUB speed")
struct EPUBSpeedTests {
    @Test("seed → EPUB in process (prints the mean time)")
    func seedTiming() throws {
        let document = try EPUBFixtures.seedDocument()
        let iterations = 50
        _ = try EPUBFixtures.epub(document)
        let clock = ContinuousClock()
        var size = 0
        let elapsed = try clock.measure {
            for _ in 0..<iterations { size = try EPUBFixtures.epub(document).count }
        }
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        print("seed → EPUB: \(iterations) runs, mean \(milliseconds / Double(iterations)) ms, \(size) bytes")
        #expect(size > 0)
    }
}
