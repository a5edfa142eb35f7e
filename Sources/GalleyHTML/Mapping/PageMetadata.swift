import GalleyCore

/// The page's metadata, read from `<title>`, `<meta>`, `<link>`, `<base>`, `<time>` and JSON-LD.
struct PageMetadata {
    var metadata = Metadata()
    /// The `<base href>`, resolved against the document's URL; `nil` when the page has none.
    var baseURL: String?

    static func extract(from dom: HTMLDOM, baseURL: String?) -> PageMetadata {
        PageMetadata()
    }
}
