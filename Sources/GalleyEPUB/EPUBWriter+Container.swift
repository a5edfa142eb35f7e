import GalleyCore
import GalleyZip

extension EPUBWriter {
    /// The `mimetype` entry's content (EPUB 3.2 OCF, section 4.3).
    static let mimetype = "application/epub+zip"

    /// Zips the publication: `mimetype` first and stored without extra fields, then the
    /// container file, the package document, navigation, NCX, style sheet, title page,
    /// chapters and images, every entry dated `publication.modifiedSeconds`.
    static func package(
        publication: PublicationMetadata, metadata: Metadata, plan: PublicationPlan,
        chapterFiles: [(name: String, text: String)], profile: RenderProfile, includesTitlePage: Bool
    ) throws -> [UInt8] {
        let firstChapter = plan.chapters.first?.fileName ?? "chapter-1.xhtml"
        var toc = plan.toc
        if includesTitlePage {
            let rootLevel = toc.map(\.level).min() ?? 1
            toc.insert(TOCEntry(level: rootLevel, label: "Title page", href: TitlePage.fileName), at: 0)
        }
        let nestedTOC = TOCEntry.nest(toc)

        var items: [PackageDocument.Item] = [
            .init(id: "nav", href: NavigationDocument.fileName, mediaType: "application/xhtml+xml", properties: "nav", isInSpine: false),
            .init(id: "ncx", href: NCXDocument.fileName, mediaType: "application/x-dtbncx+xml", isInSpine: false),
            .init(id: "style", href: StyleSheet.fileName, mediaType: "text/css", isInSpine: false),
        ]
        if includesTitlePage {
            items.append(.init(id: "title-page", href: TitlePage.fileName, mediaType: "application/xhtml+xml", isInSpine: true))
        }
        for (index, file) in chapterFiles.enumerated() {
            items.append(.init(id: "chapter-\(index + 1)", href: file.name, mediaType: "application/xhtml+xml", isInSpine: true))
        }
        for resource in plan.resources.resources {
            items.append(.init(id: resource.id, href: resource.href, mediaType: resource.mediaType.rawValue, isInSpine: false))
        }

        let folder = ContainerDocument.contentFolder + "/"
        let estimate = chapterFiles.reduce(16_384) { $0 + $1.text.utf8.count / 2 }
            + plan.resources.resources.reduce(0) { $0 + $1.bytes.count }
        var zip = ZipWriter(options: .init(modificationTime: publication.modifiedSeconds), expectedSize: estimate)
        try zip.addEntry("mimetype", Array(mimetype.utf8), method: .stored)
        try zip.addEntry(ContainerDocument.path, Array(ContainerDocument.xml.utf8))
        try zip.addEntry(ContainerDocument.packagePath, Array(PackageDocument.xml(publication: publication, items: items).utf8))
        let navigation = NavigationDocument.xhtml(
            toc: nestedTOC, firstChapter: firstChapter, hasTitlePage: includesTitlePage, publication: publication)
        try zip.addEntry(folder + NavigationDocument.fileName, Array(navigation.utf8))
        try zip.addEntry(folder + NCXDocument.fileName, Array(NCXDocument.xml(toc: nestedTOC, publication: publication).utf8))
        try zip.addEntry(folder + StyleSheet.fileName, Array(StyleSheet.css(for: profile).utf8))
        if includesTitlePage {
            try zip.addEntry(folder + TitlePage.fileName, Array(TitlePage.xhtml(metadata, publication: publication).utf8))
        }
        for file in chapterFiles { try zip.addEntry(folder + file.name, Array(file.text.utf8)) }
        for resource in plan.resources.resources {
            try zip.addEntry(folder + resource.href, resource.bytes, method: resource.mediaType.isCompressed ? .stored : .deflated)
        }
        return try zip.finish()
    }
}
