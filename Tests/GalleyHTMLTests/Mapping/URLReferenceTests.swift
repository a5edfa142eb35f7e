import Testing
import TestSupport

@testable import GalleyHTML

@Suite("RFC 3986 reference resolution")
struct URLReferenceTests {
    /// RFC 3986 §5.4.1 and §5.4.2, base "http://a/b/c/d;p?q".
    static let examples: [(String, String)] = [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g?y/../x", "http://a/b/c/g?y/../x"), ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
        ("http:g", "http:g"),
    ]

    @Test(arguments: examples)
    func resolvesRFCExamples(_ reference: String, _ expected: String) {
        let base = URLReference("http://a/b/c/d;p?q")
        #expect(URLReference(reference).resolved(against: base).text == expected)
    }

    /// The resolver's shortcuts (references starting with `/` joined to the base) agree with
    /// the full resolution; an empty reference is no link for the resolver.
    @Test(arguments: examples.filter { !$0.0.isEmpty } + [
        ("//g/x/./y?q", "http://g/x/y?q"), ("/x/../y#f", "http://a/y#f"), ("/a?b/./c#d/../e", "http://a/a?b/./c#d/../e"),
        ("//g?y#s", "http://g?y#s"), ("/", "http://a/"),
    ])
    func resolverAgreesWithResolution(_ reference: String, _ expected: String) {
        #expect(URLResolver(base: "http://a/b/c/d;p?q").resolve(reference) == expected)
    }

    /// References beyond the RFC's: empty queries and fragments, dots that are not dot
    /// segments, a colon after a digit (no scheme), dot segments after the path.
    static let moreReferences = [
        "#", "?", "?a#b", "a/b.c/d.e", ".g/h", "g./h", "...", "1a:b", "a?b/../c", "a#b/./c", "//h/p/./q",
        "//h", "/p/q.r", "/.well-known/x", "a/../../../b", "%2E%2E/x", "a b/c",
    ]

    /// The resolver's joins (a part of the base put before the reference) agree with the full
    /// resolution, for bases of every shape: with and without an authority, a path, a slash in
    /// it, a query, a fragment, dot segments.
    @Test(arguments: [
        "http://a/b/c/d;p?q", "https://e.com", "https://e.com/", "https://e.com/dir/page.html?x=1#top",
        "https://e.com/a/./b/page", "http://a/b/../c/d", "urn:isbn:123", "file:///tmp/x/y.html", "http://a/b/c/..",
        "HTTPS://E.com/x/",
    ])
    func resolverJoinsAgreeWithResolution(_ base: String) {
        let resolver = URLResolver(base: base)
        let parsed = URLReference(base)
        for reference in Self.examples.map(\.0).filter({ !$0.isEmpty }) + Self.moreReferences {
            #expect(
                resolver.resolve(reference) == URLReference(reference).resolved(against: parsed).text,
                "\(reference) against \(base)")
        }
    }

    /// Random references over the characters resolution turns on (slashes, dots, `?`, `#`, `:`)
    /// give the same URL by the resolver's joins as by the full resolution.
    @Test func resolverJoinsAgreeOnRandomReferences() {
        let alphabet: [Character] = ["a", "b", ".", ".", "/", "/", "?", "#", ":", "1", "%"]
        var random = SeededRandom(seed: 3986)
        let bases = ["http://a/b/c/d;p?q", "https://e.com", "http://a/b/./c/", "urn:x", "https://e.com/d/?q#f"]
        for _ in 0..<4_000 {
            let length = Int.random(in: 1...9, using: &random)
            let reference = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            let base = bases[Int.random(in: 0..<bases.count, using: &random)]
            let expected = URLReference(reference).resolved(against: URLReference(base)).text
            // References with a scheme other than http(s) stay as written; the rest are resolved.
            let scheme = URLReference(reference).scheme?.lowercased()
            let resolved = URLResolver(base: base).resolve(reference)
            if scheme == nil || scheme == "http" || scheme == "https" {
                #expect(resolved == expected, "\(reference) against \(base)")
            } else {
                #expect(resolved == reference, "\(reference) against \(base)")
            }
        }
    }

    @Test(arguments: [
        ("", false), ("/a/b.c", false), ("a..", false), ("..a/.b/c.", false), ("/%2E/", false),
        (".", true), ("..", true), ("./a", true), ("a/.", true), ("a/../b", true), ("/./", true), ("//..", true),
    ])
    func findsDotSegments(_ path: String, _ expected: Bool) {
        var path = path
        #expect(path.withUTF8(URLReference.hasDotSegment) == expected)
    }

    @Test(arguments: [
        ("  /x\n", "https://e.com/x"), ("javascript:alert(1)", nil), ("JavaScript:void(0)", nil), ("mailto:a@b.c", "mailto:a@b.c"),
        ("tel:+1-555", "tel:+1-555"), ("", nil), ("   ", nil), ("https://o.org/a/../b", "https://o.org/b"),
        ("/p\tat\nh", "https://e.com/path"),
    ] as [(String, String?)])
    func resolvesPageLinks(_ raw: String, _ expected: String?) {
        #expect(URLResolver(base: "https://e.com/dir/page").resolve(raw) == expected)
    }

    /// Paths of printable ASCII take a byte route, others the string route: both remove the
    /// same dot segments.
    @Test(arguments: [
        ("/a/b/../c/./d", "/a/c/d"), ("/a/\u{FC}/../c/./d", "/a/c/d"), ("/\u{FC}/./x/..", "/\u{FC}/"),
        ("/a/b/c/../../..", "/"), ("/a/b/c/../../../\u{E9}", "/\u{E9}"), ("a/./b/../../c", "/c"),
        ("/a b/./c", "/a b/c"), ("/a\tb/../c", "/c"), ("../../x", "x"), ("/./", "/"), ("/.", "/"), ("/..", "/"),
        ("..", ""), (".", ""), ("/a/..b/.c/", "/a/..b/.c/"),
    ])
    func removesDotSegments(_ path: String, _ expected: String) {
        #expect(URLReference.removingDotSegments(path) == expected)
    }

    @Test func relativeLinksStayWithoutABase() {
        #expect(URLResolver(base: nil).resolve("../a.html") == "../a.html")
        #expect(URLResolver(base: "not a url").resolve("a.html") == "a.html")
    }
}
