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
        for chunk in text.replacingOccurrences(" and ", with: ",").replacingOccurrences(" AND ", with: ",")
            .replacingOccurrences(" und ", with: ",").replacingOccurrences(" & ", with: ",")
            .split(separator: ",")
        {
            let name = chunk.trimmingSpaces()
            guard !name.isEmpty, !nonPersons.contains(name.lowercased()) else { continue }
            // Titles after a comma ("AP Sports Writer") are not names.
            if isTitleLine(name) { continue }
            guard name.split(separator: " ").count <= 5 else { continue }
            names.append(name)
        }
        return names
    }

    /// Whether a line after a byline is the writer's title ("AP Sports Writer", "Associated Press").
    static func isTitleLine(_ text: String) -> Bool {
        for word in ["writer", "correspondent", "editor", "associated press", "reporter", "columnist",
            "critic", "staff", "press", "news", "bureau", "chief", "analyst", "dpa", "reuters", "afp"]
        where ByteSearch.contains(text, word) {
            return true
        }
        return false
    }
}
