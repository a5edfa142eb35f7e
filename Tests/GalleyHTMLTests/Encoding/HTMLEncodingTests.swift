import Foundation
import Testing

@testable import GalleyHTML

@Suite("Encoding sniffing")
struct HTMLEncodingSniffTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var declared: String? = nil
        var transport: String? = nil
        var encoding: WebEncoding
        var source: EncodingSniff.Source
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8 BOM beats a meta", bytes: [0xEF, 0xBB, 0xBF] + Array("<meta charset=koi8-r>".utf8),
             encoding: .utf8, source: .byteOrderMark),
        Case(name: "UTF-16LE BOM", bytes: [0xFF, 0xFE, 0x41, 0x00], encoding: .utf16LE, source: .byteOrderMark),
        Case(name: "UTF-16BE BOM", bytes: [0xFE, 0xFF, 0x00, 0x41], encoding: .utf16BE, source: .byteOrderMark),
        Case(name: "declared beats meta", bytes: Array("<meta charset=koi8-r>".utf8), declared: " Latin2 ",
             encoding: .iso8859_2, source: .declared),
        Case(name: "unknown declared label is ignored", bytes: Array("<meta charset=koi8-r>".utf8),
             declared: "klingon", encoding: .koi8R, source: .metaPrescan),
        Case(name: "transport Content-Type", bytes: Array("<p>x".utf8), transport: "text/html; charset=\"Shift_JIS\"",
             encoding: .shiftJIS, source: .transport),
        Case(name: "meta charset", bytes: Array("<!doctype html><meta charset='windows-1251'>".utf8),
             encoding: .windows1251, source: .metaPrescan),
        Case(name: "http-equiv content", bytes: Array(#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB2312">"#.utf8),
             encoding: .gbk, source: .metaPrescan),
        Case(name: "content without http-equiv is ignored", bytes: Array(#"<meta content="text/html; charset=gbk">"#.utf8),
             encoding: .windows1252, source: .fallback),
        Case(name: "meta inside a comment is ignored", bytes: Array("<!-- <meta charset=koi8-r> -->".utf8),
             encoding: .windows1252, source: .fallback),
        Case(name: "<!--> closes at once", bytes: Array("<!--><meta charset=koi8-r>".utf8),
             encoding: .koi8R, source: .metaPrescan),
        Case(name: "meta in an attribute value is skipped", bytes: Array(#"<div title="<meta charset=koi8-r>">"#.utf8),
             encoding: .windows1252, source: .fallback),
        Case(name: "utf-16 label means utf-8", bytes: Array("<meta charset=utf-16le>".utf8),
             encoding: .utf8, source: .metaPrescan),
        Case(name: "x-user-defined means windows-1252", bytes: Array("<meta charset=x-user-defined>".utf8),
             encoding: .windows1252, source: .metaPrescan),
        Case(name: "first charset attribute wins", bytes: Array("<meta charset=koi8-r charset=big5>".utf8),
             encoding: .koi8R, source: .metaPrescan),
        Case(name: "valid UTF-8 without a declaration", bytes: Array("<p>Grüße</p>".utf8),
             encoding: .utf8, source: .utf8Validity),
        Case(name: "invalid UTF-8 falls back", bytes: Array("<p>Gr".utf8) + [0xFC] + Array("ße".utf8),
             encoding: .windows1252, source: .fallback),
        Case(name: "ASCII falls back to windows-1252", bytes: Array("<p>plain</p>".utf8),
             encoding: .windows1252, source: .fallback),
        Case(name: "meta after 1024 bytes", bytes: Array(("<!--" + String(repeating: "x", count: 1100) + "--><meta charset=euc-kr>").utf8),
             encoding: .eucKR, source: .lateMeta),
        Case(name: "unterminated meta aborts", bytes: Array("<meta charset=euc-jp".utf8),
             encoding: .windows1252, source: .fallback),
    ]

    @Test(arguments: cases)
    func sniffs(_ testCase: Case) {
        let sniffed = HTMLEncoding.sniff(testCase.bytes, declared: testCase.declared, transportHint: testCase.transport)
        #expect(sniffed.encoding == testCase.encoding)
        #expect(sniffed.source == testCase.source)
    }

    @Test(arguments: [
        ("latin1", WebEncoding.windows1252), ("ISO-8859-1", .windows1252), ("ascii", .windows1252),
        ("ms932", .shiftJIS), ("x-sjis", .shiftJIS), ("gb2312", .gbk), ("big5-hkscs", .big5),
        ("ks_c_5601-1987", .eucKR), ("utf-16", .utf16LE), ("iso-2022-kr", .replacement),
        ("\t UTF8\n", .utf8), ("koi8_r", .koi8R), ("tis-620", .windows874), ("logical", .iso8859_8i),
    ])
    func resolvesLabels(_ label: String, _ encoding: WebEncoding) {
        #expect(WebEncoding(label: label) == encoding)
    }

    @Test func everyCanonicalNameIsALabel() {
        for encoding in WebEncoding.allCases {
            #expect(WebEncoding(label: encoding.name) == encoding, "\(encoding)")
        }
        #expect(WebEncoding(label: "utf-7") == nil)
        #expect(WebEncoding(label: "") == nil)
    }
}

@Suite("UTF-8 and UTF-16 decoding")
struct UnicodeDecodingTests {
    static let fffd = "\u{FFFD}"

    @Test(arguments: [
        ([0x61, 0x80, 0x62], "a\u{FFFD}b"),
        ([0xF0, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ([0xE2, 0x82], "\u{FFFD}"),
        ([0xE2, 0x82, 0x41], "\u{FFFD}A"),
        ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}"),
        ([0xEF, 0xBB, 0xBF, 0x41], "A"),
        ([0xF0, 0x9F, 0x98, 0x80], "😀"),
    ] as [([UInt8], String)])
    func repairsUTF8(_ bytes: [UInt8], _ expected: String) {
        #expect(String(decoding: HTMLEncoding.decode(bytes, as: .utf8), as: UTF8.self) == expected)
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE], WebEncoding.utf16LE, "A😀"),
        ([0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00], .utf16BE, "A😀"),
        ([0x41, 0x00, 0x00, 0xDC], .utf16LE, "A\u{FFFD}"),
        ([0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], .utf16LE, "A\u{FFFD}B"),
        ([0x41, 0x00, 0x42], .utf16LE, "A\u{FFFD}"),
    ] as [([UInt8], WebEncoding, String)])
    func decodesUTF16(_ bytes: [UInt8], _ encoding: WebEncoding, _ expected: String) {
        #expect(String(decoding: HTMLEncoding.decode(bytes, as: encoding), as: UTF8.self) == expected)
    }

    @Test func decodesSpecialEncodings() {
        #expect(HTMLEncoding.decode([0x41, 0x80, 0xFF], as: .xUserDefined) == Array("A\u{F780}\u{F7FF}".utf8))
        #expect(HTMLEncoding.decode(Array("anything".utf8), as: .replacement) == Array("\u{FFFD}".utf8))
        #expect(HTMLEncoding.decode([], as: .replacement).isEmpty)
        #expect(HTMLEncoding.decode([0x80, 0x81, 0x9F], as: .windows1252) == Array("€\u{81}Ÿ".utf8))
        // Where the WHATWG indexes differ from python's codecs.
        #expect(HTMLEncoding.decode([0xAE, 0xBE], as: .koi8U) == Array("\u{45E}\u{40E}".utf8))
        #expect(HTMLEncoding.decode([0xCA], as: .windows1255) == Array("\u{5BA}".utf8))
        #expect(HTMLEncoding.decode([0xAA], as: .windows1253) == Array("\u{FFFD}".utf8))
    }
}
