import GalleyCore
import GalleyJSON
import Testing

@Suite struct JSONParserTests {
    struct Valid: Sendable, CustomStringConvertible {
        var json: String
        var value: JSONValue
        var description: String { json }
    }

    static let valid: [Valid] = [
        Valid(json: "null", value: .null),
        Valid(json: " true ", value: .bool(true)),
        Valid(json: "false", value: .bool(false)),
        Valid(json: "0", value: .integer(0)),
        Valid(json: "-12", value: .integer(-12)),
        Valid(json: "2.0", value: .number(2)),
        Valid(json: "1e3", value: .number(1000)),
        Valid(json: "-0.5E-1", value: .number(-0.05)),
        Valid(json: "99999999999999999999", value: .number(1e20)),
        Valid(json: #""a\"\\\/\b\f\n\r\t""#, value: .string("a\"\\/\u{8}\u{C}\n\r\t")),
        Valid(json: #""\u00e9\u4EAC\ud83d\ude00""#, value: .string("é京😀")),
        Valid(json: #""\ud800x""#, value: .string("\u{FFFD}x")),
        Valid(json: #""\udc00\ud800\u0041""#, value: .string("\u{FFFD}\u{FFFD}A")),
        Valid(json: "\"Straße 北京\"", value: .string("Straße 北京")),
        Valid(json: "\u{FEFF}[]", value: .array([])),
        Valid(json: "[1, [2, {}], []]", value: .array([.integer(1), .array([.integer(2), .object(JSONObject())]), .array([])])),
        Valid(
            json: #"{"b": 1, "a": {"c": null}}"#,
            value: .object(JSONObject([.init("b", .integer(1)), .init("a", .object(JSONObject([.init("c", .null)])))]))),
    ]

    @Test(arguments: valid)
    func parsesValid(_ testCase: Valid) throws {
        #expect(try JSONParser().parse(Array(testCase.json.utf8)) == testCase.value)
    }

    struct Invalid: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var code: String
        var line: Int
        var column: Int
        var description: String { name }

        init(_ name: String, _ json: String, _ code: String, _ line: Int, _ column: Int) {
            self.init(name, Array(json.utf8), code, line, column)
        }

        init(_ name: String, _ bytes: [UInt8], _ code: String, _ line: Int, _ column: Int) {
            self.name = name
            self.bytes = bytes
            self.code = code
            self.line = line
            self.column = column
        }
    }

    static let invalid: [Invalid] = [
        Invalid("empty", "", "json.syntax", 1, 1),
        Invalid("trailing comma", "[1,\n 2,]", "json.syntax", 2, 4),
        Invalid("missing colon", "{\"a\" 1}", "json.syntax", 1, 6),
        Invalid("unquoted key", "{a: 1}", "json.syntax", 1, 2),
        Invalid("single quotes", "['a']", "json.syntax", 1, 2),
        Invalid("trailing data", "{} x", "json.syntax", 1, 4),
        Invalid("bad literal", "[tru]", "json.syntax", 1, 5),
        Invalid("unterminated string", "\n  \"abc", "json.syntax", 2, 3),
        Invalid("raw newline in string", "\"a\nb\"", "json.syntax", 1, 3),
        Invalid("bad escape", #"["\x"]"#, "json.syntax", 1, 3),
        Invalid("short unicode escape", #""\u12""#, "json.syntax", 1, 2),
        Invalid("leading zero", "[01]", "json.invalid-number", 1, 2),
        Invalid("bare minus", "-", "json.invalid-number", 1, 1),
        Invalid("missing fraction", "1.", "json.invalid-number", 1, 3),
        Invalid("huge number", "1e999", "json.invalid-number", 1, 1),
        Invalid("duplicate key", #"{"a": 1, "a": 2}"#, "json.duplicate-key", 1, 16),
        Invalid("invalid UTF-8 lead", [0x22, 0x61, 0xFF, 0x22], "json.invalid-utf8", 1, 3),
        Invalid("truncated UTF-8", [0x22, 0xE4, 0xBA, 0x22], "json.invalid-utf8", 1, 2),
        Invalid("overlong UTF-8", [0x0A, 0x22, 0xC0, 0xAF, 0x22], "json.invalid-utf8", 2, 2),
        Invalid("UTF-8 surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22], "json.invalid-utf8", 1, 2),
    ]

    @Test(arguments: invalid)
    func rejectsInvalid(_ testCase: Invalid) {
        do {
            let value = try JSONParser().parse(testCase.bytes)
            Issue.record("parsed as \(value)")
        } catch let error as GalleyError {
            #expect(error.kind == .input)
            #expect(error.code == testCase.code, "\(error)")
            #expect(error.location?.line == testCase.line, "\(error)")
            #expect(error.location?.column == testCase.column, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func duplicateKeysInLargeObjectsAreFound() {
        let members = (0..<100).map { "\"k\($0)\": \($0)" } + ["\"k50\": 0"]
        let json = "{" + members.joined(separator: ",") + "}"
        #expect(throws: GalleyError.self) { try JSONParser().parse(Array(json.utf8)) }
    }

    @Test(arguments: [200_000])
    func deepArraysFailCleanly(depth: Int) {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: depth) + [UInt8](repeating: UInt8(ascii: "]"), count: depth)
        do {
            _ = try JSONParser().parse(bytes)
            Issue.record("parsed")
        } catch let error as GalleyError {
            #expect(error.code == "json.too-deep")
            #expect(error.location?.column == JSONParser.Options().maximumDepth + 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = JSONParser.Options().maximumDepth
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: depth) + [UInt8](repeating: UInt8(ascii: "]"), count: depth)
        var value = try JSONParser().parse(bytes)
        var levels = 1
        while case .array(let elements) = value, let first = elements.first {
            value = first
            levels += 1
        }
        #expect(levels == depth)
    }

    @Test func serializationRoundTrips() throws {
        let json = #"{"passes": ["clean", {"name": "heading-shift", "arg": "1"}], "n": -3, "x": 0.25, "ok": true, "no": null}"#
        let value = try JSONParser().parse(Array(json.utf8))
        #expect(try JSONParser().parse(value.serialized()) == value)
        #expect(try JSONParser().parse(value.serialized(isCompact: true)) == value)
        #expect(value["passes"]?.array?.first?.string == "clean")
        #expect(value["x"]?.double == 0.25)
        #expect(value["n"]?.integer == -3)
        #expect(value["ok"]?.bool == true)
    }
}
