import Foundation
import GalleyHTML
import Testing

/// Runs every html5lib tree-construction case (trees compared; error lists not compared).
/// `#script-on` cases run with scripting off, as the parser implements, and count as failures
/// when their trees differ.
@Suite struct TreeConstructionConformanceTests {
    @Test func html5libTreeConstructionSuite() throws {
        guard ConformanceSuite.root != nil else {
            Issue.record(Comment(rawValue: ConformanceSuite.notFoundMessage))
            return
        }
        let skips = ConformanceSuite.skips
        var passed = 0
        var total = 0
        var failures: [String] = []
        for file in ConformanceSuite.files("tree-construction", ext: "dat") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (index, test) in TreeConstructionCase.parse(text).enumerated() {
                total += 1
                let id = "\(file.lastPathComponent)#\(index)"
                if skips.contains(id) { continue }
                let actual = test.run()
                if actual == test.expected {
                    passed += 1
                } else {
                    failures.append("\(id)\n#data\n\(test.data)\n#expected\n\(test.expected)\n#actual\n\(actual)\n")
                }
            }
        }
        print("html5lib tree-construction: \(passed)/\(total) passed")
        if ConformanceSuite.isVerbose { for failure in failures { print("FAIL \(failure)") } }
        #expect(total > 0)
        #expect(Double(passed) >= 0.97 * Double(total))
    }
}

/// One `#data` case of a `.dat` file.
struct TreeConstructionCase {
    var data = ""
    var fragmentContext: String?
    var scripting = false
    var expected = ""

    func run() -> String {
        let parser = HTMLParser(options: HTMLParser.Options(scripting: false))
        let bytes = Array(data.utf8)
        let result = fragmentContext.map { parser.parseFragment(bytes, context: $0) } ?? parser.parse(bytes)
        return TreeConstructionDump.dump(result.dom)
    }

    /// Splits a `.dat` file into cases.
    static func parse(_ text: String) -> [TreeConstructionCase] {
        var cases: [TreeConstructionCase] = []
        var current: TreeConstructionCase?
        var section = ""
        var lines: [Substring] = []
        func close() {
            guard var test = current else { return }
            let body = lines.joined(separator: "\n")
            switch section {
            case "#data": test.data = body
            case "#document-fragment": test.fragmentContext = body.trimmingCharacters(in: .whitespaces)
            case "#document":
                var document = body
                while document.hasSuffix("\n") { document.removeLast() }
                test.expected = document
            default: break
            }
            current = test
            lines = []
        }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in all.enumerated() {
            let startsCase = line == "#data" && (index == 0 || all[index - 1].isEmpty)
            if startsCase {
                if current != nil {
                    if section == "#document", lines.last?.isEmpty == true { lines.removeLast() }
                    close()
                    if let test = current { cases.append(test) }
                }
                current = TreeConstructionCase()
                section = "#data"
                continue
            }
            if line.hasPrefix("#"), ["#errors", "#new-errors", "#document-fragment", "#document", "#script-on",
                                    "#script-off"].contains(String(line)), section != "#document" || line == "#document" {
                close()
                section = String(line)
                if line == "#script-on" { current?.scripting = true }
                continue
            }
            lines.append(line)
        }
        if current != nil {
            while lines.last?.isEmpty == true { lines.removeLast() }
            close()
            if let test = current { cases.append(test) }
        }
        return cases
    }
}
