import GalleyCore
import GalleyRender
import Testing

@Suite("Profiles and their CSS")
struct ProfileTests {
    @Test("The built-ins are the ladder and the output profiles, with a summary each")
    func builtins() {
        #expect(BuiltinProfiles.names == ["small", "medium", "large", "x-large", "print-a4", "print-letter", "email", "ereader"])
        for descriptor in BuiltinProfiles.all {
            #expect(!descriptor.summary.isEmpty)
            #expect(descriptor.profile.lineHeight >= 1.2)
        }
        #expect(BuiltinProfiles.medium == RenderProfile.standard)
    }

    /// The root font size in the generated CSS, in percent.
    static func rootPercent(_ profile: RenderProfile) throws -> Double {
        let css = ProfileStyleSheet(profile: profile).css
        let rule = try #require(css.split(separator: "\n").first { $0.hasPrefix("html { font-size: ") })
        let value = rule.dropFirst("html { font-size: ".count).prefix { $0 != "%" }
        return try #require(Double(value))
    }

    @Test("Each ladder step is larger; large is at least 1.25 times small in the CSS")
    func ladder() throws {
        let sizes = try ["small", "medium", "large", "x-large"].map { try Self.rootPercent(#require(BuiltinProfiles.profile(named: $0))) }
        #expect(sizes == sizes.sorted() && Set(sizes).count == 4)
        #expect(try Self.rootPercent(BuiltinProfiles.large) >= 1.25 * Self.rootPercent(BuiltinProfiles.small))
        #expect(try Self.rootPercent(BuiltinProfiles.medium) == 100)
    }

    @Test("Sizes are relative, headings follow the modular scale, line height is at least 1.2", arguments: BuiltinProfiles.all.map(\.profile))
    func relativeUnits(profile: RenderProfile) {
        let sheet = ProfileStyleSheet(profile: profile)
        let css = sheet.css
        #expect(!css.contains("pt;") && !css.contains("px;"))
        #expect(css.contains("max-width: \(profile.measure)ch"))
        let key = FontSizeKey(profile: profile)
        #expect(abs(key.headingRatio(level: 1) - pow4(profile.scale)) < 1e-9)
        #expect(css.contains("h1 { font-size: \(sheet.headingSize(level: 1))"))
        var tight = profile
        tight.lineHeight = 1
        #expect(ProfileStyleSheet(profile: tight).lineHeight == "1.2")
    }

    func pow4(_ value: Double) -> Double { value * value * value * value }

    @Test("The font-size key maps CSS keywords onto the profile's scale")
    func fontSizeKey() {
        let key = FontSizeKey(profile: BuiltinProfiles.medium)
        #expect(key.points(.medium) == 12)
        #expect(abs(key.points(.large) - 14.4) < 1e-9)
        #expect(abs(key.points(.small) - 10) < 1e-9)
        #expect(key.css(.xxLarge) == "1.728rem")
        let points = FontSizeKey.Keyword.allCases.map(key.points)
        #expect(points == points.sorted())
    }
}
