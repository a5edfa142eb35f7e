import Foundation
import Testing
import TestSupport

/// The user's own sample through `clean` and `dateline`: the article, whole, and nothing else.
@Suite struct SeedPipelineTests {
    static let bodyStarts = [
        "The United States and Iraq agreed on Wednesday",
        "The joint statement said that the Iraqi delegation",
        "The strategic dialogue via video teleconference",
        "It said the two sides \"reaffirmed",
        "\"The mission of U.S. and coalition forces",
        "The Iraqi government in turn committed",
        "The relation between Baghdad and Washington",
        "The Iraqi parliament passed a resolution",
        "The U.S. airstrike also pushed",
        "The tension pushed the two sides",
        "U.S.-led coalition forces have been deployed",
    ]

    static let chrome = [
        "Comment(s)", "Print", "E-mail", "Adjust font size", "Follow China.org.cn", "App Download",
        "Bookmark", "Go to Forum", "No comments", "Add your comments", "User Name", "Your Comment",
        "Enter the words", "Racist, abusive", "Send your stories", "Newsletter", "Enditem",
    ]

    @Test func cleanAndDatelineGiveTheArticle() throws {
        let driver = try Driver("seed-clean")
        let seed = PackagePaths.sample("text/seed-xinhua-iraq.txt").path
        let result = try driver.run([seed, "-f", "text", "--pass", "clean", "--pass", "dateline", "-t", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let meta = try #require(document["meta"] as? [String: Any])
        #expect(meta["title"] as? String == ConvertTests.seedTitle)
        #expect(meta["source"] as? String == "Xinhua")
        #expect(meta["date"] as? String == "2021-04-08")
        let dateline = try #require(meta["dateline"] as? [String: Any])
        #expect(dateline["place"] as? String == "BAGHDAD")
        #expect(dateline["source"] as? String == "Xinhua")

        let blocks = try #require(document["blocks"] as? [[String: Any]])
        let paragraphs = blocks.map { block -> String in
            let content = block["content"] as? [[String: Any]] ?? []
            return content.compactMap { $0["text"] as? String }.joined(separator: " ")
        }
        #expect(paragraphs.count == Self.bodyStarts.count, "paragraphs: \(paragraphs.map { $0.prefix(40) })")
        for (paragraph, start) in zip(paragraphs, Self.bodyStarts) {
            #expect(paragraph.hasPrefix(start), "expected \(start)… got \(paragraph.prefix(60))")
        }
        // Complete: the seed's own last sentence, without its sign-off.
        #expect(paragraphs.last?.hasSuffix("training and advising to the Iraqi forces.") == true)
        let all = paragraphs.joined(separator: "\n")
        for word in Self.chrome { #expect(!all.contains(word), "chrome left: \(word)") }
    }
}
