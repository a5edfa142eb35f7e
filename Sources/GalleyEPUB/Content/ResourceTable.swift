import GalleyCore

/// The images embedded in the publication, loaded through the conversion context.
///
/// Only local files are embedded: a source with a scheme (`http:`, `data:`, …) or an absolute
/// path is never loaded. A local source is stripped of its query and fragment and
/// percent-decoded, then asked of ``ConversionContext/loadResource``. What comes back is kept
/// when its first bytes say PNG, JPEG, GIF or SVG (an SVG only when it has no scripts or foreign
/// objects, which would need manifest properties and fallbacks). Each distinct source becomes
/// one file, `images/image-N.ext`.
struct ResourceTable {
    /// One embedded file.
    struct Resource: Hashable {
        var id: String
        var href: String
        var mediaType: MediaType
        var bytes: [UInt8]
    }

    private(set) var resources: [Resource] = []
    private var hrefBySource: [String: String] = [:]
    private var refused: Set<String> = []
    private let load: (@Sendable (String) -> [UInt8]?)?

    init(load: (@Sendable (String) -> [UInt8]?)?) {
        self.load = load
    }

    /// The embedded file's `href` for `source`, loading it the first time; `nil` when the image
    /// stays outside the publication.
    mutating func embed(_ source: String, diagnostics: inout [Diagnostic]) -> String? {
        if let href = hrefBySource[source] { return href }
        if refused.contains(source) { return nil }
        guard let path = Self.localPath(source), let load, let bytes = load(path),
            let type = MediaType.sniff(bytes), type.isCoreType, type != .svg || Self.isPlainSVG(bytes)
        else {
            refused.insert(source)
            if LinkResolver.scheme(of: source) == nil && !source.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "epub.image-not-embedded",
                        message: "image '\(source.prefix(80))' could not be loaded as PNG, JPEG, GIF or SVG; its alt text is used"))
            }
            return nil
        }
        let number = resources.count + 1
        let href = "images/image-\(number).\(type.fileExtension)"
        resources.append(Resource(id: "image-\(number)", href: href, mediaType: type, bytes: bytes))
        hrefBySource[source] = href
        return href
    }

    /// The embedded file for `source`, when it was embedded.
    func href(for source: String) -> String? { hrefBySource[source] }

    /// The relative file path a source names, or `nil` for URLs and absolute paths.
    static func localPath(_ source: String) -> String? {
        guard !source.isEmpty, LinkResolver.scheme(of: source) == nil, !source.hasPrefix("/") else { return nil }
        var path = Substring(source)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        guard !path.isEmpty else { return nil }
        return String(path).removingPercentEncodingSafely()
    }

    private static func isPlainSVG(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        return !text.contains("<script") && !text.contains("foreignobject") && !text.contains("<!doctype")
    }
}
