import GalleyCore
import GalleyText
import Testing

@Suite struct WrappingTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var columns: Int
        var lines: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "latin words", text: "The quick brown fox jumps over the lazy dog", columns: 10,
            lines: ["The quick", "brown fox", "jumps over", "the lazy", "dog"]),
        Case(name: "exact fit", text: "aaaa bbbbb", columns: 10, lines: ["aaaa bbbbb"]),
        Case(name: "spaces collapse", text: "a   b \t c", columns: 72, lines: ["a b c"]),
        Case(
            name: "ideographs break anywhere", text: "北京市是中华人民共和国的首都", columns: 10,
            lines: ["北京市是中", "华人民共和", "国的首都"]),
        Case(
            name: "closing punctuation never starts a line", text: "あいうえお、かきくけこ", columns: 10,
            lines: ["あいうえ", "お、かきく", "けこ"]),
        Case(
            name: "opening brackets never end a line", text: "あいうえ「東京」へ", columns: 10,
            lines: ["あいうえ", "「東京」へ"]),
        Case(name: "mixed scripts", text: "Hello 世界世界 and more", columns: 10, lines: ["Hello 世界", "世界 and", "more"]),
        Case(
            name: "combining marks take no column", text: "e\u{301}e\u{301}e\u{301}e\u{301} abcde", columns: 10,
            lines: ["e\u{301}e\u{301}e\u{301}e\u{301} abcde"]),
        Case(name: "emoji are wide", text: "😀😀😀 okokok", columns: 10, lines: ["😀😀😀", "okokok"]),
        Case(name: "zero-width space takes none", text: "abcd\u{200B}efg ij", columns: 10, lines: ["abcd\u{200B}efg ij"]),
        Case(
            name: "urls are never cut", text: "see https://example.com/a/very/long/path/that/exceeds the width",
            columns: 20, lines: ["see", "https://example.com/a/very/long/path/that/exceeds", "the width"]),
        Case(name: "fullwidth letters are wide", text: "ＡＢＣＤ ＥＦ", columns: 10, lines: ["ＡＢＣＤ", "ＥＦ"]),
        Case(name: "hangul", text: "안녕하세요 세계", columns: 10, lines: ["안녕하세요", "세계"]),
    ]

    @Test(arguments: cases)
    func wraps(_ testCase: Case) throws {
        let document = Document(blocks: [.paragraph([.text(testCase.text)])])
        var context = ConversionContext()
        let output = try TextWriter(options: .init(columns: testCase.columns)).write(document, profile: .standard, context: &context)
        #expect(output == .text(testCase.lines.joined(separator: "\n") + "\n"))
    }

    struct Width: Sendable, CustomStringConvertible {
        var scalar: Unicode.Scalar
        var width: Int
        var description: String { "U+" + String(scalar.value, radix: 16, uppercase: true) }
    }

    static let widths: [Width] = [
        Width(scalar: "a", width: 1), Width(scalar: "\u{E9}", width: 1), Width(scalar: "北", width: 2),
        Width(scalar: "\u{301}", width: 0), Width(scalar: "\u{FF71}", width: 1), Width(scalar: "\u{FF21}", width: 2),
        Width(scalar: "😀", width: 2), Width(scalar: "\u{200B}", width: 0), Width(scalar: "\u{200D}", width: 0),
        Width(scalar: "한", width: 2), Width(scalar: "\u{1160}", width: 0), Width(scalar: "\u{3000}", width: 2),
        Width(scalar: "\u{3099}", width: 0), Width(scalar: "\u{7}", width: 0), Width(scalar: "\u{20000}", width: 2),
        Width(scalar: "Ж", width: 1), Width(scalar: "\u{2014}", width: 1),
    ]

    @Test(arguments: widths)
    func displayWidth(_ testCase: Width) {
        #expect(DisplayWidth.of(testCase.scalar) == testCase.width)
    }
}
