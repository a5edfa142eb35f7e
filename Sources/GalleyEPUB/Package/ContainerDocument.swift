/// `META-INF/container.xml` (EPUB 3.2 OCF, section 3.5.2.1): where the package document is.
enum ContainerDocument {
    static let path = "META-INF/container.xml"
    /// The folder that holds the package document and everything it lists.
    static let contentFolder = "EPUB"
    static let packagePath = contentFolder + "/" + PackageDocument.fileName

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="\(packagePath)" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """
}
