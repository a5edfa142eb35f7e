import GalleyCore

/// Sets metadata fields from `KEY=VALUE` text, as `--meta` gives them.
public enum MetadataOverride {
    /// The keys that have fields of their own; anything else goes to `extra`.
    public static let knownKeys = [
        "title", "subtitle", "author", "authors", "byline", "date", "source", "url", "language",
        "description", "keyword", "keywords", "image", "slug", "priority", "category", "version",
        "editorNote", "wordCount",
    ]

    /// Applies `KEY=VALUE` to `metadata`. `author` and `keyword` append (once); `authors` and `keywords`
    /// take a comma-separated list; `priority` and `wordCount` take integers.
    ///
    /// - Throws: A usage error when the text has no `=`, the key is empty or a number is invalid.
    public static func apply(_ assignment: String, to metadata: inout Metadata) throws {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw GalleyError(
                .usage, code: "usage.meta", message: "--meta takes KEY=VALUE, not '\(assignment)'",
                hint: "for example --meta title='Talks resume'")
        }
        let key = String(assignment[..<equals])
        let value = String(assignment[assignment.index(after: equals)...])
        func integer() throws -> Int {
            guard let number = Int(value) else {
                throw GalleyError(
                    .usage, code: "usage.meta", message: "--meta \(key) takes a whole number, not '\(value)'")
            }
            return number
        }
        func list() -> [String] {
            value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        switch key {
        case "title": metadata.title = value
        case "subtitle": metadata.subtitle = value
        case "author": if !metadata.authors.contains(value) { metadata.authors.append(value) }
        case "authors": metadata.authors = list()
        case "byline": metadata.byline = value
        case "date": metadata.date = value
        case "source": metadata.source = value
        case "url": metadata.url = value
        case "language": metadata.language = value
        case "description": metadata.description = value
        case "keyword": if !metadata.keywords.contains(value) { metadata.keywords.append(value) }
        case "keywords": metadata.keywords = list()
        case "image": metadata.image = value
        case "slug": metadata.slug = value
        case "priority": metadata.priority = try integer()
        case "category": metadata.category = value
        case "version": metadata.version = value
        case "editorNote": metadata.editorNote = value
        case "wordCount": metadata.wordCount = try integer()
        default: metadata.extra[key] = .string(value)
        }
    }
}
