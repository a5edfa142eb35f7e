import Foundation
import Testing
import TestSupport

/// The exit codes of DESIGN.md, and that a failed run never leaves an output file.
@Suite struct ExitCodeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let arguments: [String]
        let status: Int32
        let messageContains: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "missing input", arguments: ["convert", "missing.txt", "-t", "json", "-o", "out.json"], status: 3, messageContains: "missing.txt"),
        Case(label: "unknown output format", arguments: ["in.txt", "-t", "docx", "-o", "out.docx"], status: 2, messageContains: "unknown output format 'docx'"),
        Case(label: "unknown input format", arguments: ["in.txt", "-f", "rtf", "-t", "json", "-o", "out.json"], status: 2, messageContains: "unknown input format 'rtf'"),
        Case(label: "unknown pass with suggestion", arguments: ["in.txt", "-t", "json", "--pass", "normalise", "-o", "out.json"], status: 2, messageContains: "did you mean 'normalize'"),
        Case(label: "unknown option", arguments: ["in.txt", "--colums", "3", "-o", "out.json"], status: 2, messageContains: "did you mean --columns"),
        Case(label: "unknown profile", arguments: ["in.txt", "-t", "json", "--profile", "huge", "-o", "out.json"], status: 2, messageContains: "unknown profile 'huge'"),
        Case(label: "failing filter", arguments: ["in.txt", "-t", "json", "--filter", "./fail.sh", "-o", "out.json"], status: 4, messageContains: "exited with status 7"),
        Case(label: "garbage filter", arguments: ["in.txt", "-t", "json", "--filter", "./garbage.sh", "-o", "out.json"], status: 4, messageContains: "not the JSON form"),
        Case(label: "slow filter", arguments: ["in.txt", "-t", "json", "--filter", "./slow.sh", "--filter-timeout", "0.5", "-o", "out.json"], status: 4, messageContains: "did not finish within 0.5 s"),
        Case(label: "filter that is not there", arguments: ["in.txt", "-t", "json", "--filter", "./nothing.sh", "-o", "out.json"], status: 4, messageContains: "could not be started"),
        Case(label: "invalid JSON input", arguments: ["bad.json", "-t", "text", "-o", "out.json"], status: 3, messageContains: "bad.json:1:"),
        Case(label: "output directory missing", arguments: ["in.txt", "-t", "json", "-o", "no/such/dir/out.json"], status: 5, messageContains: "no/such/dir/out.json"),
    ]

    @Test(arguments: cases)
    func exitCodeAndNoOutput(_ testCase: Case) throws {
        let driver = try Driver("exit")
        try driver.write("in.txt", "Title\n\nBody text.\n")
        try driver.write("bad.json", "{\"galley\": \"1.0\", \"blocks\": [}")
        try driver.write("fail.sh", "#!/bin/sh\ncat >/dev/null\necho 'boom: cannot cope' >&2\nexit 7\n", executable: true)
        try driver.write("garbage.sh", "#!/bin/sh\ncat >/dev/null\necho 'not json at all'\n", executable: true)
        try driver.write("slow.sh", "#!/bin/sh\ncat >/dev/null\nsleep 30\n", executable: true)
        let start = Date()
        let result = try driver.run(testCase.arguments)
        #expect(result.status == testCase.status, "stderr: \(result.standardError)")
        #expect(result.standardError.contains(testCase.messageContains), "stderr: \(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1, "one line: \(result.standardError)")
        #expect(!driver.exists("out.json") && !driver.exists("out.docx"))
        #expect(try driver.listing().allSatisfy { !$0.contains(".galley-") }, "no temporary file left")
        #expect(Date().timeIntervalSince(start) < 10, "the slow filter was stopped in time")
    }

    @Test func failedRunKeepsThePreviousOutput() throws {
        let driver = try Driver("keep")
        try driver.write("in.txt", "Title\n\nBody.\n")
        try driver.write("out.json", "previous")
        try driver.write("fail.sh", "#!/bin/sh\nexit 1\n", executable: true)
        let result = try driver.run(["in.txt", "-t", "json", "--filter", "./fail.sh", "-o", "out.json"])
        #expect(result.status == 4)
        #expect(try driver.read("out.json") == "previous")
    }

    @Test func refusesToOverwriteTheInput() throws {
        let driver = try Driver("input")
        try driver.write("in.json", "{\"galley\": \"1.0\", \"meta\": {}, \"blocks\": []}")
        let before = try driver.read("in.json")
        let result = try driver.run(["in.json", "-t", "json", "-o", "in.json"])
        #expect(result.status == 5)
        #expect(result.standardError.contains("refusing to overwrite the input"))
        #expect(try driver.read("in.json") == before)
    }
}
