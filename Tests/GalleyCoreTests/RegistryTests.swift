import GalleyCore
import Testing

@Suite struct RegistryTests {
    struct Upper: Pass {
        static let name = "upper"
        func run(_ document: Document, context: inout ConversionContext) throws -> Document {
            document.rewritingInlines { inline in
                guard case .text(let text) = inline else { return nil }
                return [.text(text.uppercased())]
            }
        }
    }

    struct Failing: Pass {
        static let name = "failing"
        struct Boom: Error {}
        func run(_ document: Document, context: inout ConversionContext) throws -> Document { throw Boom() }
    }

    @Test func lookupByNameAliasAndExtension() throws {
        var registry = Registry()
        registry.register(PassDescriptor(name: "upper", summary: "Uppercases text.") { _, _ in Upper() })
        registry.register(
            WriterDescriptor(name: "markdown", aliases: ["gfm"], extensions: ["md"], summary: "Markdown.") { _ in
                throw GalleyError(.usage, code: "x", message: "not here")
            })
        #expect(registry.pass(named: "upper") != nil)
        #expect(registry.writer(named: "gfm")?.name == "markdown")
        #expect(registry.writer(forExtension: "MD")?.name == "markdown")
        #expect(Registry.suggestion(for: "markdwn", among: ["markdown", "json"]) == "markdown")
        #expect(Registry.suggestion(for: "zzz", among: ["markdown", "json"]) == nil)
    }

    @Test func pipelineRunsInOrderAndWrapsErrors() throws {
        var context = ConversionContext(sourceName: "in.txt")
        let document = Document(blocks: [.paragraph([.text("abc")])])
        let upper = try Pipeline([Upper()]).run(document, context: &context)
        #expect(upper.blocks == [.paragraph([.text("ABC")])])
        #expect(throws: GalleyError.self) { try Pipeline([Upper(), Failing()]).run(document, context: &context) }
        do {
            _ = try Pipeline([Failing()]).run(document, context: &context)
        } catch let error as GalleyError {
            #expect(error.kind == .pass)
            #expect(error.kind.exitCode == 4)
            #expect(error.description.contains("failing"))
        }
    }

    @Test func optionValuesValidate() throws {
        var values = OptionValues()
        values.add("columns", "80")
        values.add("wrap", "sometimes")
        #expect(try values.integer("columns", in: 1...1000) == 80)
        #expect(throws: GalleyError.self) { try values.choice("wrap", as: RenderProfile.LinkStyle.self) }
    }

    @Test func errorRendersOneLine() {
        let error = GalleyError(
            .input, code: "json.invalid", message: "unexpected '}'", source: "a.json",
            location: SourceLocation(line: 3, column: 7, offset: 40), hint: "check the file")
        #expect(error.description == "a.json:3:7: unexpected '}'; check the file")
        #expect(SourceLocation(offset: 4, in: Array("ab\ncd".utf8)).description == "2:2")
    }
}
