import GalleyCore
import TestSupport

/// Runs `pass` over a document made of `blocks`.
func run(_ pass: some Pass, _ blocks: [Block], metadata: Metadata = Metadata()) throws -> Document {
    var context = ConversionContext()
    return try pass.run(Document(metadata: metadata, blocks: blocks), context: &context)
}

/// A paragraph of one text node.
func para(_ text: String) -> Block { .paragraph([.text(text)]) }
