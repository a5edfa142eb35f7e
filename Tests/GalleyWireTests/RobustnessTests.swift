import Foundation
import GalleyCore
import GalleyWire
import TestSupport
import Testing

/// Damaged and hostile input never crashes the reader and is read in linear time.
@Suite("Robustness", .serialized)
struct RobustnessTests {
    /// Every development and sample story, whole.
    static func stories() -> [(name: String, bytes: [UInt8])] {
        var result: [(String, [UInt8])] = []
        for folder in [WireFixtures.devCorpus, WireFixtures.samples] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasSuffix(".json") {
                if let bytes = WireFixtures.bytes(folder.appendingPathComponent(name)) { result.append((name, bytes)) }
            }
        }
        return result
    }

    /// Truncating at 150 offsets per story (every byte of stories under 150 bytes), since
    /// `make test` must stay fast; GALLEY_SLOW=1 tries every offset of every story).
    @Test func truncatedStoriesAreRead() throws {
        let stories = RobustnessTests.stories()
        #expect(!stories.isEmpty, "no stories found under \(WireFixtures.samples.path)")
        let isSlow = ProcessInfo.processInfo.environment["GALLEY_SLOW"] == "1"
        for (name, bytes) in stories {
            let stride = isSlow ? 1 : max(1, bytes.count / 150)
            var cut = 0
            while cut <= bytes.count {
                let (documents, _) = try WireFixtures.read(Array(bytes[..<cut]))
                #expect(!documents.isEmpty, "\(name) cut at \(cut) gave no document")
                cut += stride
            }
        }
    }

    /// Random bytes, random bytes rich in wire controls, and stories with random bytes overwritten.
    @Test(arguments: 0..<8)
    func randomBytesAreRead(seed: UInt64) throws {
        var random = SeededRandom(seed: 0x5EED_0000 + seed)
        let alphabet: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x08, 0x09, 0x0A, 0x0D, 0x10, 0x11, 0x12, 0x13, 0x14,
            0x16, 0x1F, 0x00, 0x7F, 0xC3, 0xA4, 0xFF, 0x80] + Array("^<=;/ _-()ABab09,.".utf8)
        let stories = RobustnessTests.stories()
        for round in 0..<60 {
            let length = Int.random(in: 0...600, using: &random)
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            case 1: bytes = (0..<length).map { _ in alphabet.randomElement(using: &random) ?? 0 }
            default:
                bytes = stories.randomElement(using: &random)?.bytes ?? []
                for _ in 0..<max(1, bytes.count / 50) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = alphabet.randomElement(using: &random) ?? 0
                }
            }
            let (documents, _) = try WireFixtures.read(bytes)
            #expect(!documents.isEmpty)
        }
    }

    /// An input built to make a careless reader quadratic: a prefix, then one unit repeated.
    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var prefix = ""
        var unit: String
        var testDescription: String { name }

        func bytes(_ count: Int) -> [UInt8] { Array((prefix + String(repeating: unit, count: count)).utf8) }
    }

    static let anpaHeading = "\u{16}\u{16}\u{1}a0001\u{1F}x\nr a\u{13}\u{11} K 01-01 1\r\n\u{2}"

    static let hostile = [
        Hostile(name: "one long plain paragraph", unit: "word "),
        Hostile(name: "end marks", unit: "Enditem "),
        Hostile(name: "SOH only", unit: "\u{1}"),
        Hostile(name: "tiny messages without ETX", unit: "\u{1}x\u{2}y"),
        Hostile(name: "IPTC text without blank lines", prefix: "\u{1}eca1 4 i 1\r\n\u{2}",
            unit: "line without a blank line\r\n"),
        Hostile(name: "ANPA continuation lines", prefix: anpaHeading, unit: "continued text\r\n"),
        Hostile(name: "parentheses", unit: "(AP) "),
        Hostile(name: "caret segments on one line", prefix: anpaHeading + "^", unit: "x< ^"),
        Hostile(name: "table rows", prefix: "\u{1}a1\u{1F}x\nr a\u{14}\u{12} K 01-01 1\r\n\u{2}",
            unit: "\u{8}a;b;c\u{10} \r\n"),
    ]

    /// Eight times the input takes far less than 64 times as long (linear, not quadratic).
    @Test(arguments: hostile)
    func hostileInputIsLinear(_ input: Hostile) throws {
        let clock = ContinuousClock()
        let small = input.bytes(3_000)
        let large = input.bytes(24_000)
        // The fastest of two runs, to keep a busy machine's noise out of the ratio.
        func fastest(_ bytes: [UInt8]) throws -> Duration {
            var best = Duration.seconds(1_000)
            for _ in 0..<2 { best = min(best, try clock.measure { _ = try WireFixtures.read(bytes) }) }
            return best
        }
        // A busy machine can slow one run down; quadratic code fails every attempt.
        var ratio = Double.infinity
        var detail = ""
        for _ in 0..<3 where ratio >= 24 {
            let smallTime = try fastest(small)
            let largeTime = try fastest(large)
            ratio = largeTime / max(smallTime, .milliseconds(2))
            detail = "\(large.count) bytes took \(largeTime), \(small.count) bytes \(smallTime)"
        }
        // Linear growth gives about 8, quadratic 64.
        #expect(ratio < 24, "\(detail)")
    }
}
