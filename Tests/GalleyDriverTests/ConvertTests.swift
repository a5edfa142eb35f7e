import Foundation
import Testing
import TestSupport

/// End-to-end conversions through the driver, on the samples and on small inputs.
@Suite struct ConvertTests {
    static let seedTitle = "U.S., Iraq agree to redeploy U.S.-led coalition forces outside Iraq"

    func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func seedToJSONHasTitleAndParagraphsAndIsStable() throws {
        let driver = try Driver("seed")
        let seed = PackagePaths.sample("text/seed-xinhua-iraq.txt").path
        let first = try driver.run(["convert", seed, "-f", "text", "-t", "json", "-o", "seed.json"])
        #expect(first.status == 0, "\(first.standardError)")
        let document = try json(try driver.read("seed.json"))
        let meta = try #require(document["meta"] as? [String: Any])
        #expect(meta["title"] as? String == Self.seedTitle)
        let blocks = try #require(document["blocks"] as? [[String: Any]])
        #expect(blocks.filter { $0["type"] as? String == "paragraph" }.count >= 12)
        let again = try driver.run(["convert", "seed.json", "-t", "json", "-o", "again.json"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try driver.read("again.json") == (try driver.read("seed.json")))
    }

    @Test func standardInputAndOutput() throws {
        let driver = try Driver("stdio")
        let result = try driver.run(["-", "-f", "text", "-t", "json"], input: "Hello\n\nWorld, again.\n")
        #expect(result.status == 0, "\(result.standardError)")
        let meta = try #require(try json(result.text)["meta"] as? [String: Any])
        #expect(meta["title"] as? String == "Hello")
    }

    @Test func formatsAreInferredFromExtensions() throws {
        let driver = try Driver("infer")
        try driver.write("a.txt", "Inferred\n\nBody.\n")
        let result = try driver.run(["a.txt", "-o", "a.json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try json(try driver.read("a.json"))["galley"] as? String == "1.0")
    }

    @Test func severalInputsAreJoinedInOrder() throws {
        let driver = try Driver("join")
        try driver.write("one.txt", "First part\n\nAlpha paragraph.\n")
        try driver.write("two.txt", "Second part\n\nBeta paragraph.\n")
        let result = try driver.run(["one.txt", "two.txt", "-t", "text"])
        #expect(result.status == 0, "\(result.standardError)")
        let alpha = try #require(result.text.range(of: "Alpha"))
        let beta = try #require(result.text.range(of: "Beta"))
        #expect(alpha.lowerBound < beta.lowerBound)
    }

    @Test func metaOverridesAndPipelineFile() throws {
        let driver = try Driver("meta")
        try driver.write("a.txt", "Original\n\nSome words here.\n")
        try driver.write("p.json", #"{"passes": ["word-count"]}"#)
        let result = try driver.run(
            ["a.txt", "-t", "json", "--pipeline", "p.json", "--meta", "title=Replaced", "--meta", "author=A. Writer", "--meta", "desk=Metro"])
        #expect(result.status == 0, "\(result.standardError)")
        let meta = try #require(try json(result.text)["meta"] as? [String: Any])
        #expect(meta["title"] as? String == "Replaced")
        #expect(meta["authors"] as? [String] == ["A. Writer"])
        #expect(meta["wordCount"] as? Int == 3)
        #expect((meta["extra"] as? [String: Any])?["desk"] as? String == "Metro")
    }

    @Test func exampleFilterRuns() throws {
        guard ExternalTool.find("python3") != nil else {
            Issue.record("python3 is not installed; the example filter needs it (apt-get install python3)")
            return
        }
        let driver = try Driver("filter")
        try driver.write("a.txt", "Quiet title\n\nBody.\n")
        let filter = PackagePaths.sample("filters/uppercase-headings.py").path
        let result = try driver.run(["a.txt", "-t", "json", "--filter", filter])
        #expect(result.status == 0, "\(result.standardError)")
        let meta = try #require(try json(result.text)["meta"] as? [String: Any])
        #expect(meta["title"] as? String == "QUIET TITLE")
    }

    @Test func batchConvertsATreeInParallel() throws {
        let driver = try Driver("batch")
        try FileManager.default.createDirectory(atPath: driver.path("in/sub"), withIntermediateDirectories: true)
        for index in 0..<12 {
            try driver.write("in/\(index % 2 == 0 ? "" : "sub/")doc\(index).txt", "Doc \(index)\n\nText \(index).\n")
        }
        try driver.write("in/notes.bin", "ignored")
        let result = try driver.run(["batch", "in", "-o", "out", "-t", "json", "-j", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(driver.exists("out/doc0.json") && driver.exists("out/sub/doc11.json"))
        #expect(result.standardError.contains("12 converted, 0 failed"))
    }

    @Test func helpIsAManual() throws {
        let driver = try Driver("help")
        let result = try driver.run(["--help"])
        #expect(result.status == 0)
        for word in ["convert", "batch", "list", "--pass", "--filter", "--pipeline", "--profile", "--meta", "EXIT STATUS", "json", "text"] {
            #expect(result.text.contains(word), "--help lacks \(word)")
        }
        #expect(try driver.run(["--version"]).text.hasPrefix("galley "))
        #expect(try driver.run(["list", "passes"]).status == 0)
        #expect(try driver.run(["list", "nothing"]).status == 2)
    }
}
