// Attachments come from writers in other modules; the e-mail writer only packs them.

import GalleyCore

/// Makes an attachment for `--attach FORMAT`: a writer from another module, injected.
///
/// GalleyRender does not depend on the EPUB writer; the umbrella module injects it:
///
/// ```swift
/// let epub = EmailAttachmentProvider(format: "epub", contentType: "application/epub+zip",
///                                    fileExtension: "epub") { document, context in
///     try epubWriter.write(document, profile: BuiltinProfiles.ereader, context: &context).bytes
/// }
/// registry.register(GalleyRenderFormats.email(attachmentProviders: [epub]))
/// ```
public struct EmailAttachmentProvider: Sendable, Hashable {
    /// The name `--attach` takes (`epub`).
    public var format: String
    /// The attachment's MIME type (`application/epub+zip`).
    public var contentType: String
    /// The file name's extension, without the dot.
    public var fileExtension: String
    /// Writes the attachment's bytes.
    public var make: @Sendable (Document, inout ConversionContext) throws -> [UInt8]

    /// Creates a provider.
    public init(
        format: String, contentType: String, fileExtension: String,
        make: @escaping @Sendable (Document, inout ConversionContext) throws -> [UInt8]
    ) {
        self.format = format
        self.contentType = contentType
        self.fileExtension = fileExtension
        self.make = make
    }

    /// Providers are the same when they make the same format.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.format == rhs.format && lhs.contentType == rhs.contentType && lhs.fileExtension == rhs.fileExtension
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(format)
        hasher.combine(contentType)
        hasher.combine(fileExtension)
    }
}
