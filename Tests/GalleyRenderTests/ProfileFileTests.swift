import Foundation
import GalleyCore
import GalleyRender
import Testing
import TestSupport

@Suite("Profile files")
struct ProfileFileTests {
    static func load(_ json: String, source: String = "profiles/my.json") throws -> RenderProfile {
        try ProfileFile.load(Array(json.utf8), source: source)
    }

    @Test("The sample profile loads over its base")
    func sample() throws {
        let url = PackagePaths.sample("profiles/big-print.json")
        let profile = try ProfileFile.load(Array(try Data(contentsOf: url)), source: url.path)
        #expect(profile.name == "big-print")
        #expect(profile.baseFontSize == 14)
        #expect(profile.measure == 56)
        #expect(profile.fontFamily == .sans)
        #expect(profile.links == .footnotes)
        #expect(profile.page.size == "A5")
        #expect(profile.page.width == 148 && profile.page.height == 210)
        #expect(profile.page.marginTop == 15 && profile.page.marginLeft == 12 && profile.page.marginBottom == 18)
        #expect(PrintStyleSheet(profile: profile).pageRule == "@page { size: 148mm 210mm; margin: 15mm 12mm 18mm 12mm; }")
    }

    @Test("Fields left out come from the base; the name comes from the file when missing")
    func defaults() throws {
        let profile = try Self.load(#"{"extends": "large", "measure": 60, "page": {"margins": 10}}"#)
        #expect(profile.name == "my")
        #expect(profile.baseFontSize == BuiltinProfiles.large.baseFontSize)
        #expect(profile.measure == 60)
        #expect(profile.page.marginRight == 10 && profile.page.width == 210)
        let plain = try Self.load("{}", source: "x/reading.json")
        #expect(plain.name == "reading")
        #expect(plain.baseFontSize == BuiltinProfiles.medium.baseFontSize)
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        var json: String
        var code: String
        var path: String?
        var says: String
        var testDescription: String { "\(code) \(json)" }
    }

    static let failures: [Failure] = [
        Failure(json: #"{"baseFontSzie": 12}"#, code: "profile.unknown-field", path: "$.baseFontSzie", says: "did you mean 'baseFontSize'"),
        Failure(json: #"{"page": {"margin": 12}}"#, code: "profile.unknown-field", path: "$.page.margin", says: "did you mean 'margins'"),
        Failure(json: #"{"page": {"margins": {"botom": 12}}}"#, code: "profile.unknown-field", path: "$.page.margins.botom", says: "did you mean 'bottom'"),
        Failure(json: #"{"measure": "72"}"#, code: "profile.wrong-type", path: "$.measure", says: "must be a number, not a string"),
        Failure(json: #"{"measure": 72.5}"#, code: "profile.wrong-type", path: "$.measure", says: "whole number"),
        Failure(json: #"{"page": 12}"#, code: "profile.wrong-type", path: "$.page", says: "must be an object"),
        Failure(json: #"{"page": {"margins": "wide"}}"#, code: "profile.wrong-type", path: "$.page.margins", says: "number of millimetres or an object"),
        Failure(json: #"{"lineHeight": 1.0}"#, code: "profile.out-of-range", path: "$.lineHeight", says: "from 1.2 to 3"),
        Failure(json: #"{"baseFontSize": 120}"#, code: "profile.out-of-range", path: "$.baseFontSize", says: "from 6 to 48 pt, not 120"),
        Failure(json: #"{"page": {"width": 10}}"#, code: "profile.out-of-range", path: "$.page.width", says: "mm"),
        Failure(json: #"{"page": {"margins": 100, "width": 150}}"#, code: "profile.margins-too-wide", path: "$.page", says: "no room"),
        Failure(json: #"{"fontFamily": "mono"}"#, code: "profile.invalid-value", path: "$.fontFamily", says: "one of serif, sans"),
        Failure(json: #"{"links": "footnote"}"#, code: "profile.invalid-value", path: "$.links", says: "did you mean 'footnotes'"),
        Failure(json: #"{"extends": "larg"}"#, code: "profile.unknown-base", path: "$.extends", says: "did you mean 'large'"),
        Failure(json: #"{"name": "my profile!"}"#, code: "profile.invalid-value", path: "$.name", says: "letters, digits"),
        Failure(json: #"{"page": {"size": "A4; color: red"}}"#, code: "profile.invalid-value", path: "$.page.size", says: "page size"),
        Failure(json: #"[1, 2]"#, code: "profile.wrong-type", path: "$", says: "must be an object"),
        Failure(json: #"{"measure": 60,}"#, code: "profile.invalid-json", path: nil, says: "profiles/my.json"),
        Failure(json: #"{"measure": 60, "measure": 61}"#, code: "profile.invalid-json", path: nil, says: "measure"),
    ]

    @Test("Mistakes are usage errors that name the file and the field", arguments: failures)
    func failure(_ failure: Failure) throws {
        let error = try #require(throws: GalleyError.self) { try Self.load(failure.json) }
        #expect(error.kind == .usage)
        #expect(error.code == failure.code)
        #expect(error.source == "profiles/my.json")
        #expect(error.path == failure.path)
        #expect(error.description.contains(failure.says), "\(error.description)")
        #expect(error.hint != nil)
    }
}
