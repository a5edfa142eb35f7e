import Foundation
import Testing

@testable import GalleyHTML

/// Checks each legacy decoder against python3's codecs: python encodes a sample, Galley decodes it.
@Suite("Legacy encodings against python3 codecs")
struct LegacyDecodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var encoding: WebEncoding
        var codec: String
        var sample: String
        var testDescription: String { encoding.name }
    }

    static let cases: [Case] = [
        Case(encoding: .windows1252, codec: "cp1252", sample: "Café – “quoted” € œ ™ ‰ ÿ"),
        Case(encoding: .iso8859_2, codec: "iso8859_2", sample: "Zażółć gęślą jaźń, Příliš žluťoučký"),
        Case(encoding: .iso8859_15, codec: "iso8859_15", sample: "€ Œœ Šš Žž Ÿ é ß"),
        Case(encoding: .windows1251, codec: "cp1251", sample: "Привет, мир! Ёё Її Ґґ"),
        Case(encoding: .koi8R, codec: "koi8_r", sample: "Съешь же ещё этих мягких французских булок"),
        Case(encoding: .koi8U, codec: "koi8_u", sample: "Їжак ґанок"),
        Case(encoding: .ibm866, codec: "cp866", sample: "Привет ░▒▓"),
        Case(encoding: .iso8859_5, codec: "iso8859_5", sample: "Привет"),
        Case(encoding: .iso8859_7, codec: "iso8859_7", sample: "Καλημέρα κόσμε"),
        Case(encoding: .windows1253, codec: "cp1253", sample: "Καλημέρα κόσμε"),
        Case(encoding: .windows1250, codec: "cp1250", sample: "Příliš žluťoučký kůň"),
        Case(encoding: .windows1254, codec: "cp1254", sample: "Çok güzel, ğİş"),
        Case(encoding: .windows1255, codec: "cp1255", sample: "שלום עולם"),
        Case(encoding: .windows1256, codec: "cp1256", sample: "مرحبا بالعالم"),
        Case(encoding: .windows1257, codec: "cp1257", sample: "Ąčęėįšųūž"),
        Case(encoding: .windows874, codec: "cp874", sample: "สวัสดีชาวโลก"),
        Case(encoding: .macintosh, codec: "mac_roman", sample: "Café ƒ ∂ ∑"),
        Case(encoding: .gbk, codec: "gbk", sample: "中文测试：简体字，标点。"),
        Case(encoding: .gb18030, codec: "gb18030", sample: "中文测试 €  😀"),
        Case(encoding: .big5, codec: "big5", sample: "中文測試：繁體字。"),
        Case(encoding: .shiftJIS, codec: "cp932", sample: "日本語のテキスト、カタカナ ｶﾀｶﾅ"),
        Case(encoding: .eucJP, codec: "euc_jp", sample: "日本語のテキスト"),
        Case(encoding: .iso2022JP, codec: "iso2022_jp", sample: "日本語 ABC テキスト"),
        Case(encoding: .eucKR, codec: "euc_kr", sample: "한국어 텍스트입니다"),
        Case(encoding: .utf16LE, codec: "utf-16-le", sample: "Grüße 😀"),
        Case(encoding: .utf16BE, codec: "utf-16-be", sample: "Grüße 😀"),
    ]

    /// The bytes python3 produces for `text` in `codec`.
    static func pythonEncode(_ text: String, codec: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import sys; sys.stdout.buffer.write(sys.argv[1].encode(sys.argv[2]))", text, codec,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonMissing()
        }
        return Array(data)
    }

    struct PythonMissing: Error, CustomStringConvertible {
        var description: String { "python3 could not encode the sample (is python3 installed? apt install python3)" }
    }

    @Test(arguments: cases)
    func decodesLikePython(_ testCase: Case) throws {
        let bytes = try Self.pythonEncode(testCase.sample, codec: testCase.codec)
        #expect(bytes != Array(testCase.sample.utf8))
        let decoded = String(decoding: HTMLEncoding.decode(bytes, as: testCase.encoding), as: UTF8.self)
        #expect(decoded == testCase.sample)
    }

    @Test func invalidMultiByteInputBecomesReplacement() {
        // 0x82 0xA0 is a valid Shift_JIS pair ("あ"); a lone 0x82 at the end is incomplete.
        let decoded = String(decoding: HTMLEncoding.decode([0x41, 0x82, 0xA0, 0x82], as: .shiftJIS), as: UTF8.self)
        #expect(decoded == "Aあ\u{FFFD}")
        let large = [UInt8](repeating: 0x41, count: 100_000) + [0xA4, 0xA2]
        #expect(HTMLEncoding.decode(large, as: .eucJP).count == 100_003)
    }
}
