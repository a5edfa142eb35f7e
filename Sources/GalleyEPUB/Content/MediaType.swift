/// Image types recognised by their first bytes, with what EPUB makes of them.
enum MediaType: String, Hashable, CaseIterable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case gif = "image/gif"
    case webp = "image/webp"
    case svg = "image/svg+xml"

    /// The file extension used inside the publication.
    var fileExtension: String {
        switch self {
        case .png: return "png"
        case .jpeg: return "jpg"
        case .gif: return "gif"
        case .webp: return "webp"
        case .svg: return "svg"
        }
    }

    /// Whether EPUB 3.2 lists it as a core media type (usable without a fallback).
    ///
    /// WebP became a core type only in EPUB 3.3; epubcheck 4.2 reports it as a foreign resource
    /// that needs a fallback, which a converted article cannot offer, so WebP images are not
    /// embedded.
    var isCoreType: Bool { self != .webp }

    /// Whether the bytes are already compressed (stored rather than deflated in the ZIP).
    var isCompressed: Bool { self != .svg }

    /// The type of `bytes`, judged by their signature, or `nil`.
    ///
    /// PNG: `89 50 4E 47 0D 0A 1A 0A`; JPEG: `FF D8 FF`; GIF: `GIF87a`/`GIF89a`; WebP: `RIFF`,
    /// four bytes, `WEBP`; SVG: text whose first kilobyte has an `<svg` element.
    static func sniff(_ bytes: [UInt8]) -> MediaType? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<(offset + prefix.count)]) == prefix
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self)
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.hasPrefix("<") && head.contains("<svg") { return .svg }
        return nil
    }
}
