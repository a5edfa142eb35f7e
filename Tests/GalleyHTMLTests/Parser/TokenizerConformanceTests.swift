import Foundation
import GalleyHTML
import Testing

/// Runs every html5lib tokenizer test (tokens compared; error lists not compared).
@Suite struct TokenizerConformanceTests {
    @Test func html5libTokenizerSuite() throws {
        guard ConformanceSuite.root != nil else {
            Issue.record(Comment(rawValue: ConformanceSuite.notFoundMessage))
            return
        }
        var passed = 0
        var total = 0
        var failures: [String] = []
        for file in ConformanceSuite.files("tokenizer", ext: "test") {
            let data = try Data(contentsOf: file)
            guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let tests = json["tests"] as? [[String: Any]] else { continue }
            for (index, test) in tests.enumerated() {
                let states = (test["initialStates"] as? [String]) ?? ["Data state"]
                for stateName in states {
                    total += 1
                    let id = "\(file.lastPathComponent)#\(index) \(stateName)"
                    if TokenizerCase.run(test, stateName: stateName) {
                        passed += 1
                    } else {
                        failures.append("\(id): \(test["description"] ?? "")")
                    }
                }
            }
        }
        print("html5lib tokenizer: \(passed)/\(total) passed")
        if ConformanceSuite.isVerbose { for failure in failures { print("  FAIL \(failure)") } }
        #expect(total > 0)
        #expect(Double(passed) >= 0.99 * Double(total))
    }
}

/// One tokenizer test case.
enum TokenizerCase {
    static func run(_ test: [String: Any], stateName: String) -> Bool {
        guard var input = test["input"] as? String, let expected = test["output"] as? [Any] else { return false }
        let doubleEscaped = (test["doubleEscaped"] as? Bool) ?? false
        if doubleEscaped { input = unescape(input) }
        let state: HTMLTokenizer.State
        switch stateName {
        case "PLAINTEXT state": state = .plaintext
        case "RCDATA state": state = .rcdata
        case "RAWTEXT state": state = .rawtext
        case "Script data state": state = .scriptData
        case "CDATA section state": state = .cdataSection
        default: state = .data
        }
        var tokenizer = HTMLTokenizer(Array(input.utf8), state: state, lastStartTag: test["lastStartTag"] as? String)
        var actual: [Any] = []
        var text = ""
        func flush() {
            if !text.isEmpty { actual.append(["Character", text]) }
            text = ""
        }
        while true {
            let token = tokenizer.next()
            switch token {
            case .endOfFile:
                flush()
                return canonical(actual) == canonical(normalize(expected, unescaping: doubleEscaped))
            case .characters(let bytes):
                text += String(decoding: bytes, as: UTF8.self)
                continue
            default: flush()
            }
            actual.append(describe(token))
        }
    }

    static func describe(_ token: HTMLToken) -> [Any] {
        switch token {
        case .doctype(let doctype):
            return ["DOCTYPE", doctype.name as Any? ?? NSNull(), doctype.publicID as Any? ?? NSNull(),
                    doctype.systemID as Any? ?? NSNull(), !doctype.forceQuirks]
        case .startTag(let name, let attributes, let selfClosing):
            var dictionary: [String: Any] = [:]
            for attribute in attributes { dictionary[attribute.name] = attribute.value }
            return selfClosing ? ["StartTag", name, dictionary, true] : ["StartTag", name, dictionary]
        case .endTag(let name): return ["EndTag", name]
        case .comment(let data): return ["Comment", data]
        default: return []
        }
    }

    /// Merges adjacent character tokens of the expected output and undoes double escaping.
    static func normalize(_ tokens: [Any], unescaping: Bool) -> [Any] {
        var result: [Any] = []
        for case let token as [Any] in tokens {
            var token = token
            if unescaping {
                token = token.map { value -> Any in
                    if let string = value as? String { return unescape(string) }
                    if let dictionary = value as? [String: Any] {
                        var out: [String: Any] = [:]
                        for (key, item) in dictionary { out[unescape(key)] = (item as? String).map(unescape) ?? item }
                        return out
                    }
                    return value
                }
            }
            if token.first as? String == "Character", let last = result.last as? [Any],
               last.first as? String == "Character", let a = last[1] as? String, let b = token[1] as? String {
                result[result.count - 1] = ["Character", a + b]
            } else {
                result.append(token)
            }
        }
        return result
    }

    /// Decodes `\uXXXX` escapes (lone surrogates become U+FFFD, which Swift strings require).
    static func unescape(_ string: String) -> String {
        var scalars: [UInt32] = []
        let units = Array(string.unicodeScalars)
        var index = 0
        while index < units.count {
            if units[index] == "\\", index + 5 < units.count + 0, units[index + 1] == "u",
               let value = UInt32(String(String.UnicodeScalarView(units[(index + 2)..<(index + 6)])), radix: 16) {
                scalars.append(value)
                index += 6
            } else {
                scalars.append(units[index].value)
                index += 1
            }
        }
        var result = String.UnicodeScalarView()
        var position = 0
        while position < scalars.count {
            let value = scalars[position]
            if value >= 0xD800, value < 0xDC00, position + 1 < scalars.count,
               scalars[position + 1] >= 0xDC00, scalars[position + 1] < 0xE000 {
                let combined = 0x10000 + ((value - 0xD800) << 10) + (scalars[position + 1] - 0xDC00)
                result.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                position += 2
            } else {
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                position += 1
            }
        }
        return String(result)
    }

    /// A stable text form of JSON-like values, for comparison.
    static func canonical(_ value: Any) -> String {
        switch value {
        case let string as String: return "\"" + string + "\""
        case let bool as Bool: return bool ? "true" : "false"
        case is NSNull: return "null"
        case let array as [Any]: return "[" + array.map(canonical).joined(separator: ",") + "]"
        case let dictionary as [String: Any]:
            return "{" + dictionary.keys.sorted().map { "\"\($0)\":" + canonical(dictionary[$0] as Any) }.joined(separator: ",") + "}"
        default: return "\(value)"
        }
    }
}
