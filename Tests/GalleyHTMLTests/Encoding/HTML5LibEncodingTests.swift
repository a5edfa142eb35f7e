import Foundation
import Testing

@testable import GalleyHTML

/// One `#data`/`#encoding` case of html5lib-tests' `encoding/*.dat`.
struct HTML5LibEncodingCase: CustomTestStringConvertible, Sendable {
    var file: String
    var index: Int
    var data: [UInt8]
    var expected: String
    var testDescription: String { "\(file)#\(index) → \(expected)" }
}

/// Finds and parses the html5lib encoding fixtures.
///
/// Looked up, in order: `$GALLEY_HTML5LIB_TESTS/encoding`, `Tests/GalleyHTMLTests/Fixtures/
/// html5lib-tests/encoding` in the package, and a `shared/html5lib-tests/encoding` checkout next
/// to the package or its parent. The `scripted/` cases need a script engine and are not run.
enum HTML5LibEncodingFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var directory: URL? {
        var candidates: [URL] = []
        if let variable = ProcessInfo.processInfo.environment["GALLEY_HTML5LIB_TESTS"] {
            candidates.append(URL(fileURLWithPath: variable).appendingPathComponent("encoding"))
        }
        candidates.append(packageRoot.appendingPathComponent("Tests/GalleyHTMLTests/Fixtures/html5lib-tests/encoding"))
        candidates.append(packageRoot.appendingPathComponent("../shared/html5lib-tests/encoding"))
        candidates.append(packageRoot.appendingPathComponent("../../shared/html5lib-tests/encoding"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("tests1.dat").path) }
    }

    static let missingMessage = """
        html5lib-tests not found: clone https://github.com/html5lib/html5lib-tests into \
        Tests/GalleyHTMLTests/Fixtures/html5lib-tests or set GALLEY_HTML5LIB_TESTS to a checkout
        """

    static func cases() -> [HTML5LibEncodingCase] {
        guard let directory else { return [] }
        var result: [HTML5LibEncodingCase] = []
        for file in ["tests1.dat", "tests2.dat", "test-yahoo-jp.dat"] {
            guard let bytes = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path) else {
                continue
            }
            result += parse(Array(bytes), file: file)
        }
        return result
    }

    /// Splits a `.dat` file on `#data` / `#encoding` lines, on bytes (the data is not UTF-8 everywhere).
    static func parse(_ bytes: [UInt8], file: String) -> [HTML5LibEncodingCase] {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var result: [HTML5LibEncodingCase] = []
        var data: [UInt8]?
        var index = 0
        var lineIndex = 0
        while lineIndex < lines.count {
            let line = Array(lines[lineIndex])
            if line == Array("#data".utf8) {
                data = []
            } else if line == Array("#encoding".utf8), let collected = data {
                let expected = lineIndex + 1 < lines.count ? String(decoding: lines[lineIndex + 1], as: UTF8.self) : ""
                index += 1
                result.append(HTML5LibEncodingCase(
                    file: file, index: index, data: collected.last == 0x0A ? collected.dropLast() : collected,
                    expected: expected.trimmingCharacters(in: .whitespaces)))
                data = nil
                lineIndex += 1
            } else if data != nil {
                data?.append(contentsOf: line)
                data?.append(0x0A)
            }
            lineIndex += 1
        }
        return result
    }
}

@Suite("html5lib encoding tests")
struct HTML5LibEncodingTests {
    @Test func fixturesArePresent() {
        #expect(HTML5LibEncodingFixtures.directory != nil, Comment(rawValue: HTML5LibEncodingFixtures.missingMessage))
        #expect(HTML5LibEncodingFixtures.cases().count >= 80)
    }

    @Test(arguments: HTML5LibEncodingFixtures.cases())
    func sniffsTheExpectedEncoding(_ testCase: HTML5LibEncodingCase) throws {
        let expected = try #require(WebEncoding(label: testCase.expected))
        let sniffed = HTMLEncoding.sniff(testCase.data)
        #expect(sniffed.encoding == expected, "source: \(sniffed.source)")
    }
}
