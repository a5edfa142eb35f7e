import GalleyCore
import Testing

@testable import GalleyHTML

@Suite("HTML reader")
struct HTMLReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var declared: String?
        var option: String?
        var text: String
        var note: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8 by validity", bytes: Array("<p>Grüße</p>".utf8), text: "Grüße", note: "decoded as utf-8 (utf8-validity, tentative)"),
        Case(name: "windows-1252 fallback", bytes: Array("<p>Gr".utf8) + [0xFC, 0xDF] + Array("e</p>".utf8), text: "Grüße",
             note: "decoded as windows-1252 (fallback, tentative)"),
        Case(name: "meta charset", bytes: Array("<meta charset=koi8-r><p>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4],
             text: "Привет", note: "decoded as koi8-r (meta-prescan, tentative)"),
        Case(name: "declared encoding from the input", bytes: [0xB1, 0xEA], declared: "iso-8859-2", text: "ąę",
             note: "decoded as iso-8859-2 (declared, certain)"),
        Case(name: "encoding option beats the input's", bytes: [0x82, 0xA0], declared: "latin1", option: "sjis", text: "あ",
             note: "decoded as shift_jis (declared, certain)"),
    ]

    @Test(arguments: cases)
    func decodesAndNotes(_ testCase: Case) throws {
        var context = ConversionContext()
        let reader = HTMLReader(options: .init(encoding: testCase.option))
        let document = try reader.read(Input(bytes: testCase.bytes, declaredEncoding: testCase.declared), context: &context)
        #expect(document.plainText.contains(testCase.text))
        let notes = context.diagnostics.filter { $0.code == "html.encoding" }
        #expect(notes.map(\.message) == [testCase.note])
        #expect(notes.first?.severity == .note)
    }

    @Test func inputURLBecomesTheDocumentURL() throws {
        var context = ConversionContext()
        let document = try HTMLReader().read(Input(bytes: Array("text".utf8), url: "https://e.com/a"), context: &context)
        #expect(document.metadata.url == "https://e.com/a")
        let withOption = try HTMLReader(options: .init(baseURL: "https://o.com/b")).read(Input("text"), context: &context)
        #expect(withOption.metadata.url == "https://o.com/b")
    }

    @Test func unknownEncodingsAreUsageErrors() {
        var context = ConversionContext()
        #expect(throws: GalleyError.self) {
            try HTMLReader(options: .init(encoding: "klingon")).read(Input("x"), context: &context)
        }
        #expect(throws: GalleyError.self) {
            try HTMLReader().read(Input(bytes: [0x41], declaredEncoding: "utf-9"), context: &context)
        }
        do {
            _ = try GalleyHTMLFormats.reader.make(OptionValues(["encoding": ["nope"]]))
            Issue.record("expected a usage error")
        } catch let error as GalleyError {
            #expect(error.kind == .usage)
            #expect(error.code == "html.unknown-encoding")
            #expect(error.message.contains("--encoding"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func descriptor() throws {
        let descriptor = GalleyHTMLFormats.reader
        #expect(descriptor.name == "html")
        #expect(descriptor.extensions == ["html", "htm", "xhtml"])
        #expect(descriptor.options.map(\.name) == ["encoding", "base-url"])
        let reader = try #require(try descriptor.make(OptionValues(["encoding": ["latin2"], "base-url": ["https://e.com/"]])) as? HTMLReader)
        #expect(reader.options.encoding == "latin2")
        #expect(reader.options.baseURL == "https://e.com/")
    }
}
