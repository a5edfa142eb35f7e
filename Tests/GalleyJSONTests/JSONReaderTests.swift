import GalleyCore
import GalleyJSON
import Testing

@Suite struct JSONReaderTests {
    struct Failure: Sendable, CustomStringConvertible {
        var name: String
        var json: String
        var code: String
        var path: String?
        var messageContains: String
        var description: String { name }
    }

    static func doc(_ blocks: String) -> String { #"{"galley": "1.0", "meta": {}, "blocks": "# + blocks + "}" }

    static let failures: [Failure] = [
        Failure(
            name: "unknown block type", json: doc(#"[{"type": "paragraph", "content": []}, {"type": "para"}]"#),
            code: "json.unknown-type", path: "$.blocks[1]", messageContains: "unknown block type 'para'"),
        Failure(
            name: "inline in block position", json: doc(#"[{"type": "text", "text": "x"}]"#),
            code: "json.unknown-type", path: "$.blocks[0]", messageContains: "'text' is not a block type"),
        Failure(
            name: "unknown inline type deep",
            json: doc(
                #"[{"type": "blockQuote", "blocks": [{"type": "paragraph", "content": [{"type": "emphasis", "content": [{"type": "bold"}]}]}]}]"#),
            code: "json.unknown-type", path: "$.blocks[0].blocks[0].content[0].content[0]",
            messageContains: "unknown inline type 'bold'"),
        Failure(
            name: "missing type", json: doc(#"[{"content": []}]"#), code: "json.missing-field", path: "$.blocks[0]",
            messageContains: "'type'"),
        Failure(
            name: "missing text", json: doc(#"[{"type": "paragraph", "content": [{"type": "text"}]}]"#),
            code: "json.missing-field", path: "$.blocks[0].content[0]", messageContains: "'text'"),
        Failure(
            name: "wrong field type", json: doc(#"[{"type": "heading", "level": "2", "content": []}]"#),
            code: "json.wrong-type", path: "$.blocks[0].level", messageContains: "must be an integer, not a string"),
        Failure(
            name: "heading level out of range", json: doc(#"[{"type": "heading", "level": 7, "content": []}]"#),
            code: "json.invalid-value", path: "$.blocks[0].level", messageContains: "1 to 6"),
        Failure(
            name: "content not an array", json: doc(#"[{"type": "paragraph", "content": "x"}]"#),
            code: "json.wrong-type", path: "$.blocks[0].content", messageContains: "an array of inlines"),
        Failure(
            name: "block not an object", json: doc("[1]"), code: "json.wrong-type", path: "$.blocks[0]",
            messageContains: "an object"),
        Failure(
            name: "list item not an array", json: doc(#"[{"type": "list", "items": [[], {}]}]"#),
            code: "json.wrong-type", path: "$.blocks[0].items[1]", messageContains: "an array of blocks"),
        Failure(
            name: "bad cell span",
            json: doc(#"[{"type": "table", "body": [{"cells": [{"blocks": [], "columnSpan": 0}]}]}]"#),
            code: "json.invalid-value", path: "$.blocks[0].body[0].cells[0].columnSpan", messageContains: "at least 1"),
        Failure(
            name: "bad alignment", json: doc(#"[{"type": "table", "alignments": ["left", "middle"]}]"#),
            code: "json.invalid-value", path: "$.blocks[0].alignments[1]", messageContains: "one of default, left"),
        Failure(
            name: "bad attribute pairs",
            json: doc(#"[{"type": "div", "attributes": {"pairs": [["a"]]}, "blocks": []}]"#),
            code: "json.wrong-type", path: "$.blocks[0].attributes.pairs", messageContains: "pairs"),
        Failure(
            name: "meta field type", json: #"{"galley": "1.0", "meta": {"priority": "high"}, "blocks": []}"#,
            code: "json.wrong-type", path: "$.meta.priority", messageContains: "an integer"),
        Failure(
            name: "dateline without text", json: #"{"galley": "1.0", "meta": {"dateline": {"place": "X"}}, "blocks": []}"#,
            code: "json.missing-field", path: "$.meta.dateline", messageContains: "'text'"),
        Failure(
            name: "other major version", json: #"{"galley": "2.1", "blocks": []}"#, code: "json.unsupported-version",
            path: "$.galley", messageContains: "version 2.1, but this reader reads version 1.0"),
        Failure(
            name: "version not a string", json: #"{"galley": 1, "blocks": []}"#, code: "json.wrong-type",
            path: "$.galley", messageContains: "a string"),
        Failure(
            name: "missing blocks", json: #"{"galley": "1.0"}"#, code: "json.missing-field", path: "$",
            messageContains: "'blocks'"),
        Failure(
            name: "top level not an object", json: "[]", code: "json.wrong-type", path: "$",
            messageContains: "an object"),
        Failure(
            name: "syntax error", json: "{\"galley\": \"1.0\",\n \"blocks\": [}", code: "json.syntax", path: nil,
            messageContains: "unexpected '}'"),
    ]

    @Test(arguments: failures)
    func rejects(_ testCase: Failure) {
        var context = ConversionContext()
        do {
            let document = try JSONReader().read(Input(testCase.json, name: "in.json"), context: &context)
            Issue.record("read as \(document)")
        } catch let error as GalleyError {
            #expect(error.kind == .input)
            #expect(error.code == testCase.code, "\(error)")
            #expect(error.path == testCase.path, "\(error)")
            #expect(error.message.contains(testCase.messageContains), "\(error)")
            #expect(error.source == "in.json")
            if testCase.code == "json.unknown-type" {
                #expect(error.hint?.contains("paragraph") == true || error.hint?.contains("emphasis") == true)
            }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func missingVersionIsAWarningUnlessStrict() throws {
        let json = #"{"blocks": [{"type": "horizontalRule"}]}"#
        var context = ConversionContext()
        let document = try JSONReader().read(Input(json), context: &context)
        #expect(document.blocks == [.horizontalRule])
        #expect(context.diagnostics.map(\.code) == ["json.missing-version"])
        #expect(throws: GalleyError.self) {
            try JSONReader(options: .init(isStrict: true)).read(Input(json), context: &context)
        }
    }

    @Test func unknownFieldsWarnWithPathAndUnknownMetaGoesToExtra() throws {
        let json = #"{"galley": "1.3", "meta": {"mood": ["calm", 2], "extra": {"k": 1}}, "blocks": [{"type": "horizontalRule", "x": 1}]}"#
        var context = ConversionContext()
        let document = try JSONReader().read(Input(json), context: &context)
        #expect(document.metadata.extra == ["mood": .list([.string("calm"), .integer(2)]), "k": .integer(1)])
        #expect(context.diagnostics.count == 1)
        #expect(context.diagnostics.first?.message.contains("$.blocks[0]") == true)
    }

    static func nestedQuotes(_ depth: Int) -> [UInt8] {
        let open = Array(#"{"type": "blockQuote", "blocks": ["#.utf8)
        var bytes = Array(#"{"galley": "1.0", "blocks": ["#.utf8)
        bytes.reserveCapacity(depth * (open.count + 2) + 100)
        for _ in 0..<depth { bytes += open }
        bytes += Array(#"{"type": "horizontalRule"}"#.utf8)
        for _ in 0..<depth { bytes += [UInt8(ascii: "]"), UInt8(ascii: "}")] }
        bytes += Array("]}".utf8)
        return bytes
    }

    @Test(arguments: [200_000, Document.maximumDepth + 1])
    func deepBlockQuotesFailCleanly(depth: Int) {
        var context = ConversionContext()
        do {
            _ = try JSONReader().read(Input(bytes: Self.nestedQuotes(depth)), context: &context)
            Issue.record("read")
        } catch let error as GalleyError {
            #expect(error.code == "json.too-deep", "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func nestingAtTheMaximumDepthReads() throws {
        var context = ConversionContext()
        var document = try JSONReader().read(Input(bytes: Self.nestedQuotes(Document.maximumDepth)), context: &context)
        var depth = 0
        while case .blockQuote(let inner) = document.blocks.first {
            document.blocks = inner
            depth += 1
        }
        #expect(depth == Document.maximumDepth)
        #expect(document.blocks == [.horizontalRule])
    }

    @Test func descriptorsBuildFromOptions() throws {
        #expect(JSONFormats.reader.name == "json")
        #expect(JSONFormats.writer.extensions == ["json"])
        let writer = try JSONFormats.writer.make(OptionValues(["compact": ["true"]]))
        var context = ConversionContext()
        let output = try writer.write(Document(), profile: .standard, context: &context)
        #expect(output == .text(#"{"galley":"1.0","meta":{},"blocks":[]}"# + "\n"))
    }
}
