/// Reads the people out of a byline: "By CHET BROKAW and JACK GILLUM", "Von Anna Schmidt, dpa".
enum BylineParser {
    /// Agency and staff names that are not people.
    static let nonPersons: Set<String> = [
        "the associated press", "associated press", "ap", "dpa", "reuters", "afp", "xinhua",
        "staff", "staff writer", "staff reports", "wire reports", "news agencies",
    ]

    /// The names in a byline, without "By", titles after a comma, or agency names.
    static func authors(in byline: String) -> [String] {
        var text = Substring(byline.trimmingSpaces())
        for prefix in ["By ", "BY ", "by ", "Von ", "VON ", "von ", "From ", "Par ", "Por ", "Di ", "Door "]
        where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        var names: [String] = []
        // People are joined by "and"; what follows a comma is an affiliation or title
        // ("Tom Krasovic, The San Diego Union-Tribune", "Anna Berger, dpa").
        let groups = text.replacingOccurrences(" and ", with: "\u{1}").replacingOccurrences(" AND ", with: "\u{1}")
            .replacingOccurrences(" und ", with: "\u{1}").replacingOccurrences(" & ", with: "\u{1}")
            .split(separator: "\u{1}")
        for group in groups {
            let name = (group.split(separator: ",").first.map(String.init) ?? "").trimmingSpaces()
            if isPerson(name) { names.append(name) }
        }
        return names
    }

    /// The people of a list such as "Albert Otti in Vienna, Christiane Oelrich in Geneva and
    /// Helen Corbett in New York" (credits, notebook contacts), without their places.
    static func people(in list: String) -> [String] {
        var names: [String] = []
        let parts = list.replacingOccurrences(" and ", with: ",").replacingOccurrences(";", with: ",")
            .split(separator: ",")
        for part in parts {
            var name = part.trimmingSpaces()
            if let cut = ByteSearch.firstOffset(of: Array(" in ".utf8), in: Array(name.utf8)) {
                name = String(decoding: Array(name.utf8)[..<cut], as: UTF8.self)
            }
            if isPerson(name) { names.append(name) }
        }
        return names
    }

    /// A name of one to five words that is not an agency, a desk or a title.
    static func isPerson(_ name: String) -> Bool {
        guard !name.isEmpty, !nonPersons.contains(name.lowercased()), !isTitleLine(name) else { return false }
        return name.split(separator: " ").count <= 5
    }

    /// Whether a line after a byline is the writer's title ("AP Sports Writer", "Associated Press").
    static func isTitleLine(_ text: String) -> Bool {
        for word in ["writer", "correspondent", "editor", "associated press", "reporter", "columnist",
            "critic", "staff", "press", "news", "bureau", "chief", "analyst", "dpa", "reuters", "afp",
            "tribune", "times", "herald", "journal", "gazette", "agency", "correspondents"]
        where ByteSearch.contains(text, word) {
            return true
        }
        return false
    }
}
