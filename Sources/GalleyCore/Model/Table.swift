/// A table with a head, a body and a foot, whose cells hold blocks.
public struct Table: Sendable, Hashable {
    /// The caption, or no blocks.
    public var caption: [Block]
    /// One alignment per column; may be shorter than the widest row (missing columns are `.default`).
    public var alignments: [Alignment]
    public var head: [Row]
    public var body: [Row]
    public var foot: [Row]
    public var attributes: Attributes

    public init(
        caption: [Block] = [], alignments: [Alignment] = [], head: [Row] = [], body: [Row] = [],
        foot: [Row] = [], attributes: Attributes = .empty
    ) {
        self.caption = caption
        self.alignments = alignments
        self.head = head
        self.body = body
        self.foot = foot
        self.attributes = attributes
    }

    /// A column's horizontal alignment.
    public enum Alignment: String, Sendable, Hashable, CaseIterable {
        case `default`, left, center, right
    }

    /// One row of cells.
    public struct Row: Sendable, Hashable {
        public var cells: [Cell]
        public init(cells: [Cell]) { self.cells = cells }
    }

    /// One cell; it may span several columns or rows.
    public struct Cell: Sendable, Hashable {
        public var blocks: [Block]
        /// Header cell (`th`) rather than data cell.
        public var isHeader: Bool
        /// At least 1.
        public var columnSpan: Int
        /// At least 1.
        public var rowSpan: Int
        /// Overrides the column's alignment when not `.default`.
        public var alignment: Alignment

        public init(
            blocks: [Block], isHeader: Bool = false, columnSpan: Int = 1, rowSpan: Int = 1,
            alignment: Alignment = .default
        ) {
            self.blocks = blocks
            self.isHeader = isHeader
            self.columnSpan = max(1, columnSpan)
            self.rowSpan = max(1, rowSpan)
            self.alignment = alignment
        }
    }

    /// All rows, head first, then body, then foot.
    public var allRows: [Row] { head + body + foot }

    /// The number of columns of the widest row, counting spans.
    public var columnCount: Int {
        var widest = alignments.count
        for row in head + body + foot {
            widest = max(widest, row.cells.reduce(0) { $0 + $1.columnSpan })
        }
        return widest
    }
}
