import GalleyCore

/// The `extract` pass: finds the article in a page-derived document and drops the rest.
///
/// Works on any reader's output and uses every signal the HTML reader keeps: container tags,
/// ids, classes, roles, itemprops and hidden flags; text and link density; punctuation;
/// stop-word density per language (jusText's measure); position; headings. It runs as named
/// phases over a ``ContentTree``:
///
/// 1. **measure**: text, link and stop-word statistics per block; the page's language.
/// 2. **classify**: each block as good, near-good, short or bad prose (jusText), then smoothed by
///    its neighbours.
/// 3. **score**: containers collect their blocks' scores (Readability), weighted by what their
///    markup says.
/// 4. **select**: the best container and the siblings that belong with it.
/// 5. **assemble**: the selected blocks, minus chrome inside them.
///
/// When the result is too thin, the pass drops the container heuristics and retries on the
/// untouched input with block classification alone. Every dropped block is explained with a
/// note diagnostic (`--explain`).
public struct ExtractMainContent: Pass {
    public static let name = "extract"

    /// How to trade precision against recall.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Keep only confident prose.
        case precision
        /// Keep anything plausible inside the article.
        case recall
        /// The default.
        case balanced
    }

    public struct Options: Sendable, Hashable {
        /// Default `.balanced`.
        public var mode: Mode = .balanced
        public init(mode: Mode = .balanced) { self.mode = mode }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The pass's registry entry.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Keep the article of a web page; drop navigation, ads, comments and other chrome.",
        argument: "precision|recall|balanced"
    ) { argument, _ in
        guard let argument else { return ExtractMainContent() }
        guard let mode = Mode(rawValue: argument) else {
            throw GalleyError(
                .usage, code: "extract.mode", message: "extract takes precision, recall or balanced, not '\(argument)'")
        }
        return ExtractMainContent(options: Options(mode: mode))
    }

    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var extraction = Extraction(document: document, mode: options.mode)
        extraction.isExplaining = context.isExplaining
        extraction.measure()
        extraction.classify()
        extraction.score()
        let region = extraction.select()
        var kept = extraction.assemble(region: region)
        var how = "article: " + region.map { extraction.describe($0) }.joined(separator: " + ")
        if extraction.isTooThin(kept) {
            kept = extraction.assembleByClassification()
            how = "article too thin in \(how); kept the page's prose blocks instead"
        }
        if context.isExplaining {
            context.report(Diagnostic(.note, code: "extract.region", message: how + " (language \(extraction.language.code))"))
        }
        var result = document
        result.blocks = kept.compactMap { leaf in
            guard case .figure(let figure)? = extraction.tree.nodes[leaf].block else {
                return extraction.tree.nodes[leaf].block ?? .horizontalRule
            }
            return PageFacts.articleFigure(figure, mode: options.mode)
        }
        result.metadata = PageFacts.complete(document.metadata, tree: extraction.tree, kept: kept)
        result.blocks = PageFacts.droppingRepeatedTitle(result.blocks, title: result.metadata.title)
        if context.isExplaining {
            for (leaf, reason) in extraction.explanations(kept: kept) {
                let excerpt = extraction.tree.nodes[leaf].features.text.excerpt()
                context.report(Diagnostic(.note, code: "extract.dropped", message: "dropped \"\(excerpt)\": \(reason)"))
            }
        }
        return result
    }
}
