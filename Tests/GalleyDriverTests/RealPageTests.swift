import Foundation
import Testing
import TestSupport

/// Whole real web pages from the extraction corpus, through the driver: EPUBs that epubcheck
/// accepts, and Markdown that reads like the page's text.
@Suite(.serialized) struct RealPageTests {
    /// The corpus folder, or a recorded issue saying where it was looked for.
    static func corpusPages(_ count: Int, into directory: URL) throws -> [URL]? {
        let corpus = PackagePaths.shared.appendingPathComponent("corpus/extraction-dev/html")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else {
            Issue.record("the extraction corpus is absent: looked in \(corpus.path) (set GALLEY_SHARED)")
            return nil
        }
        var pages: [URL] = []
        for name in names.sorted() where name.hasSuffix(".html.gz") {
            let target = directory.appendingPathComponent(String(name.dropLast(3)))
            let result = try ExternalTool.run("gzip", ["-dc", corpus.appendingPathComponent(name).path])
            try result.standardOutput.write(to: target)
            pages.append(target)
            if pages.count == count { break }
        }
        return pages
    }

    @Test("the samples, 50 whole pages and the same 50 extracted give EPUBs with no epubcheck error or warning")
    func epubsOfRealPages() throws {
        try EPUBCheck.requireTools()
        let driver = try Driver("real-epub")
        let pagesDirectory = driver.directory.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pagesDirectory, withIntermediateDirectories: true)
        guard let pages = try Self.corpusPages(50, into: pagesDirectory) else { return }
        let whole = try driver.run(["batch", "pages", "-o", "whole", "-t", "epub", "--quiet"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(whole.status == 0, "\(whole.standardError)")
        let extracted = try driver.run(["batch", "pages", "-o", "extracted", "-t", "epub", "--pass", "extract", "--quiet"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(extracted.status == 0, "\(extracted.standardError)")
        var files: [URL] = []
        for folder in ["whole", "extracted"] {
            for page in pages {
                let name = page.deletingPathExtension().lastPathComponent + ".epub"
                files.append(driver.directory.appendingPathComponent(folder).appendingPathComponent(name))
            }
        }
        for sample in ["html/harbour-news.html", "html/tide-tables-howto.html", "html/weser-radwege-cp1252.html", "text/seed-xinhua-iraq.txt"] {
            let output = driver.directory.appendingPathComponent("sample-\(files.count).epub")
            let result = try driver.run([PackagePaths.sample(sample).path, "--pass", sample.hasSuffix(".txt") ? "clean" : "extract", "-o", output.path])
            #expect(result.status == 0, "\(sample): \(result.standardError)")
            files.append(output)
        }
        let reports = try EPUBCheck.check(files)
        var problems = 0
        for report in reports where !report.errors.isEmpty || !report.warnings.isEmpty {
            problems += 1
            Issue.record("\(report.file): \((report.errors + report.warnings).prefix(3).map(\.description).joined(separator: "; "))")
        }
        print("epubcheck real pages: \(reports.count) EPUBs checked, \(problems) with errors or warnings")
        #expect(reports.count == 104)
    }

    /// The words of a text, in order: letters and digits only, lower-cased. Runs of CJK text
    /// are joined first, since wrapping may break a line between two ideographs.
    static func words(_ text: String) -> [String] {
        var joined = ""
        var previous: Character = " "
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace { pendingSpace = true; continue }
            if pendingSpace && !(isCJK(previous) && isCJK(character)) { joined.append(" ") }
            pendingSpace = false
            joined.append(character)
            previous = character
        }
        return joined.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x3040...0x9FFF).contains($0.value) || (0xAC00...0xD7A3).contains($0.value) } ?? false
    }

    @Test("Markdown of real pages renders to the same words, in the same order, as -t text")
    func markdownReadsLikeText() throws {
        guard let cmark = ExternalTool.find("cmark-gfm") else {
            Issue.record("cmark-gfm is missing: install the Debian package 'cmark-gfm'")
            return
        }
        let driver = try Driver("real-markdown")
        let pagesDirectory = driver.directory.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pagesDirectory, withIntermediateDirectories: true)
        guard let pages = try Self.corpusPages(40, into: pagesDirectory) else { return }
        var matching = 0
        for page in pages {
            // Images are left out of both sides: the text writer names them "[Image: alt]".
            let markdown = try driver.run([page.path, "-f", "html", "-t", "markdown", "--pass", "strip-images", "--wrap=none"])
            let text = try driver.run([page.path, "-f", "html", "-t", "text", "--pass", "strip-images"])
            #expect(markdown.status == 0 && text.status == 0)
            let rendered = try ExternalTool.run(
                cmark, ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "footnotes", "-t", "plaintext", "--width", "0"],
                input: markdown.standardOutput)
            let shown = Self.words(rendered.text)
            let expected = Self.words(text.text)
            if shown == expected {
                matching += 1
            } else {
                let index = (0..<min(shown.count, expected.count)).first(where: { shown[$0] != expected[$0] }) ?? min(shown.count, expected.count)
                Issue.record(
                    "\(page.lastPathComponent): words differ at \(index): markdown \(shown[index..<min(index + 8, shown.count)]) vs text \(expected[index..<min(index + 8, expected.count)])")
            }
        }
        print("markdown real pages: \(matching)/\(pages.count) read the same as -t text")
    }
}
