import GalleyCore

/// A page's blocks laid out as a tree of containers and leaves, with the facts extraction uses.
///
/// Containers are the `div`s the HTML reader keeps for sectioning elements (with their tag, id,
/// classes, role and itemprop) and the cells of layout tables; leaves are every other block
/// (paragraphs, headings, lists, data tables, figures, code, quotes). Built iteratively; the facts
/// about each node live here, keyed by index, never on the document's nodes.
struct ContentTree {
    struct Node {
        /// -1 for the root.
        var parent: Int
        /// The block for leaves; `nil` for containers.
        var block: Block?
        var attributes: Attributes
        /// The HTML tag for containers (`article`, `nav`, `td`, …), "" when unknown.
        var tag: String
        var depth: Int
        var features = BlockFeatures()
        /// The container's score (leaves: their own contribution).
        var score: Double = 0
        /// Attribute evidence: > 0 content-like, < 0 boilerplate-like.
        var weight: Double = 0
        var isContainer: Bool { block == nil }
    }

    var nodes: [Node]
    /// Leaf indices in reading order.
    var leaves: [Int] = []
    /// Every node's children in reading order, grouped by parent (``children(of:)``): one
    /// array for the tree rather than one per node.
    private var childList: [Int] = []
    /// Per node, where its children start in ``childList``; one more entry marks the end.
    private var childStarts: [Int] = []

    private enum Pending {
        case block(Block, parent: Int)
        case cell(Table.Cell, table: Int)
    }

    init(_ blocks: [Block]) {
        nodes = [Node(parent: -1, block: nil, attributes: .empty, tag: "body", depth: 0)]
        // Nodes are large: the list is allocated once rather than grown.
        nodes.reserveCapacity(Self.nodeBound(blocks))
        // Depth-first in reading order: children are pushed reversed so the first pops first.
        var stack: [Pending] = blocks.reversed().map { .block($0, parent: 0) }
        while let next = stack.popLast() {
            switch next {
            case .cell(let cell, let table):
                let index = add(Node(parent: table, block: nil, attributes: .empty, tag: "td", depth: nodes[table].depth + 1))
                for child in cell.blocks.reversed() { stack.append(.block(child, parent: index)) }
            case .block(let block, let parent):
                let depth = nodes[parent].depth + 1
                switch block {
                case .div(let attributes, let children):
                    let index = add(Node(parent: parent, block: nil, attributes: attributes, tag: attributes["tag"] ?? "div", depth: depth))
                    for child in children.reversed() { stack.append(.block(child, parent: index)) }
                case .table(let table) where Self.isLayoutTable(table):
                    let index = add(Node(parent: parent, block: nil, attributes: table.attributes, tag: "table", depth: depth))
                    for cell in table.allRows.flatMap(\.cells).reversed() { stack.append(.cell(cell, table: index)) }
                default:
                    let index = add(Node(parent: parent, block: block, attributes: .empty, tag: "", depth: depth, features: BlockFeatures(block)))
                    leaves.append(index)
                }
            }
        }
        groupChildren()
    }

    /// At least the number of nodes `blocks` make, root included: every table is counted as if
    /// it laid out the page. Walked with a stack, without recursion.
    private static func nodeBound(_ blocks: [Block]) -> Int {
        var count = 1
        var pending = [blocks]
        while let list = pending.popLast() {
            count += list.count
            for block in list {
                switch block {
                case .div(_, let children):
                    pending.append(children)
                case .table(let table):
                    for row in table.allRows {
                        count += row.cells.count
                        for cell in row.cells { pending.append(cell.blocks) }
                    }
                default:
                    break
                }
            }
        }
        return count
    }

    private mutating func add(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    /// Fills ``childList`` and ``childStarts``: nodes are numbered in reading order, so taking
    /// them in order lists each parent's children in order.
    private mutating func groupChildren() {
        var starts = Array(repeating: 0, count: nodes.count + 1)
        for node in nodes where node.parent >= 0 { starts[node.parent + 1] += 1 }
        for index in nodes.indices { starts[index + 1] += starts[index] }
        var next = starts
        var list = Array(repeating: 0, count: nodes.count)
        for index in nodes.indices where nodes[index].parent >= 0 {
            let parent = nodes[index].parent
            list[next[parent]] = index
            next[parent] += 1
        }
        childList = list
        childStarts = starts
    }

    /// The children of the node at `index`, in reading order.
    func children(of index: Int) -> ArraySlice<Int> {
        childList[childStarts[index]..<childStarts[index + 1]]
    }

    /// A table used to lay out a page rather than to hold data: a cell with long prose, with
    /// headings or sections, or with a table of its own.
    static func isLayoutTable(_ table: Table) -> Bool {
        for row in table.allRows {
            for cell in row.cells {
                var paragraphs = 0
                for block in cell.blocks {
                    switch block {
                    case .div, .table, .heading, .list, .blockQuote: return true
                    case .paragraph(let content):
                        paragraphs += 1
                        if paragraphs > 1 || content.plainText.utf8.count > 300 { return true }
                    default: break
                    }
                }
            }
        }
        return false
    }

    /// The containers from `index` up to the root, nearest first.
    func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = nodes[index].parent
        while current >= 0 {
            result.append(current)
            current = nodes[current].parent
        }
        return result
    }

    /// Whether `ancestor` contains `index`.
    func contains(_ ancestor: Int, _ index: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }
}
