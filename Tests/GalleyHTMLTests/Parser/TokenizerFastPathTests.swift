@testable import GalleyHTML
import Testing

/// The tokenizer's shortcuts (word-at-a-time scans, interned names, attributes read in one go)
/// agree with the plain algorithms they stand in for.
@Suite struct TokenizerFastPathTests {
    /// A deterministic byte generator (no global random state in tests).
    struct Bytes {
        var state: UInt64
        mutating func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    @Test func byteScanFindsTheFirstOfThreeBytes() {
        var generator = Bytes(state: 42)
        for length in 0..<80 {
            // Few distinct values, so that matches fall at every offset within a word.
            let buffer = (0..<length).map { _ in generator.next() % 12 }
            for start in 0...length {
                let expected = buffer[start...].firstIndex { $0 == 3 || $0 == 7 || $0 == 0 } ?? length
                let found = buffer.withUnsafeBufferPointer { ByteScan.firstIndex(of: 3, 7, 0, in: $0, from: start) }
                #expect(found == expected, "length \(length), start \(start)")
                let single = buffer[start...].firstIndex(of: 7) ?? length
                #expect(buffer.withUnsafeBufferPointer { ByteScan.firstIndex(of: 7, in: $0, from: start) } == single)
            }
        }
    }

    @Test func byteScanFindsBytesBelowALimit() {
        // Every length up to three words, with the one low byte at each place (or none), among
        // bytes just at the limit and high bytes, which must not borrow into a false hit.
        for length in 0...24 {
            for place in -1..<length {
                var buffer = (0..<length).map { $0 % 2 == 0 ? UInt8(0x21) : UInt8(0xFF) }
                if place >= 0 { buffer[place] = 0x20 }
                let found = buffer.withUnsafeBufferPointer { ByteScan.containsByte(below: 0x21, in: $0) }
                #expect(found == (place >= 0), "length \(length), place \(place)")
            }
        }
    }

    @Test func byteScanSeesHighBytes() {
        let buffer: [UInt8] = [0xFF, 0x80, 0x7F, 0x01, 0xFE, 0x3C, 0xC3, 0xA9, 0x26, 0x00]
        for target in Set(buffer) {
            let found = buffer.withUnsafeBufferPointer { ByteScan.firstIndex(of: target, target, target, in: $0, from: 0) }
            #expect(found == buffer.firstIndex(of: target))
        }
    }

    @Test func newlinesAreNormalized() {
        let cases: [(String, String)] = [
            ("", ""), ("a", "a"), ("\r", "\n"), ("\r\n", "\n"), ("a\r\nb\rc\n\rd\r", "a\nb\nc\n\nd\n"),
            ("\r\r\n\n", "\n\n\n"),
            (String(repeating: "x", count: 20) + "\r\n" + String(repeating: "y", count: 9),
             String(repeating: "x", count: 20) + "\n" + String(repeating: "y", count: 9)),
        ]
        for (input, expected) in cases {
            #expect(HTMLTokenizer.normalizingNewlines(Array(input.utf8)) == Array(expected.utf8))
        }
    }

    @Test func everyTagIsFoundByItsBytes() {
        for tag in Tag.allCases where tag != .unknown {
            let bytes = Array(tag.name.utf8)
            #expect(bytes.withUnsafeBufferPointer { Tag(lowerCaseName: $0) } == tag)
            #expect(Tag(tag.name) == tag)
        }
        for name in ["", "x", "divv", "di", "h7", "annotation-xm", "annotation-xmll", "sectionsectionsection"] {
            #expect(Array(name.utf8).withUnsafeBufferPointer { Tag(lowerCaseName: $0) } == .unknown)
        }
    }

    @Test func tagNamesFollowTheCases() {
        #expect(Tag.names.count == Tag.allCases.count)
        for tag in Tag.allCases {
            let expected: String
            switch tag {
            case .unknown: expected = ""
            case .annotationXML: expected = "annotation-xml"
            case .foreignObject: expected = "foreignobject"
            default: expected = String(describing: tag)
            }
            #expect(tag.name == expected)
        }
    }

    @Test func packedNamesTellLengthsApart() {
        let table = PackedNameTable(["", "a", "a\u{0}", "abcdefghijklmnop", "abcdefghijklmnopq"])
        func index(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { table.index(for: $0) } }
        #expect(index([]) == nil)
        #expect(index([0x61]) == 1)
        #expect(index([0x61, 0x00]) == 2)
        #expect(index([0x61, 0x00, 0x00]) == nil)
        #expect(index(Array("abcdefghijklmnop".utf8)) == 3)
        #expect(index(Array("abcdefghijklmnoq".utf8)) == nil)
        #expect(index(Array("abcdefghijklmnopq".utf8)) == nil)
    }

    /// Attribute shapes at and around the one-go path, with what the state machine makes of them.
    @Test(arguments: [
        ("<a href=\"x\" class='y z'>", [HTMLDOM.Attribute(name: "href", value: "x"), .init(name: "class", value: "y z")]),
        ("<a b=\"1\"c=\"2\">", [.init(name: "b", value: "1"), .init(name: "c", value: "2")]),
        ("<a b=\"1\"   c=d e>", [.init(name: "b", value: "1"), .init(name: "c", value: "d"), .init(name: "e", value: "")]),
        ("<a b=\"&amp;\" c=\"x\">", [.init(name: "b", value: "&"), .init(name: "c", value: "x")]),
        ("<a data-x.y:z_w=\"1\" Id=\"2\" id=\"3\">", [.init(name: "data-x.y:z_w", value: "1"), .init(name: "id", value: "2")]),
        ("<a b=\"1\" b='2' b=3>", [.init(name: "b", value: "1")]),
        ("<a b=\"1\"/>", [.init(name: "b", value: "1")]),
        ("<a b=\"\n\t\">", [.init(name: "b", value: "\n\t")]),
    ])
    func attributesMatchTheStateMachine(_ input: String, _ expected: [HTMLDOM.Attribute]) {
        var tokenizer = HTMLTokenizer(Array(input.utf8))
        guard case .startTag(let name, let attributes, _) = tokenizer.next() else {
            Issue.record("no start tag for \(input)")
            return
        }
        #expect(name == "a")
        #expect(attributes == expected)
    }

    @Test func duplicateAttributesAreReportedWhereTheNextOneStarts() {
        var tokenizer = HTMLTokenizer(Array("<a b=\"1\" b=\"2\" c=\"3\">".utf8))
        _ = tokenizer.next()
        #expect(tokenizer.errors == [HTMLParseError(code: "duplicate-attribute", offset: 16)])
    }

    @Test func anUnfinishedValueIsLeftToTheStateMachine() {
        var tokenizer = HTMLTokenizer(Array("<a b=\"1\" c=\"2".utf8))
        #expect(tokenizer.next() == .endOfFile)
        #expect(tokenizer.errors.map(\.code) == ["eof-in-tag"])
    }
}
