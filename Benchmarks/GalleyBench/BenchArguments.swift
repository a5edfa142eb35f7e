/// `galley-bench COMMAND DIR… [--repeat N] [--limit N]`.
struct BenchArguments {
    /// `parse`, `extract` or `wire`.
    var command: String
    /// Input directories or files.
    var roots: [String] = []
    /// Runs per figure; the median is reported.
    var repeatCount = 3
    /// Files to use at most (0: all).
    var limit = 0

    init(_ arguments: [String]) throws {
        guard let first = arguments.first else { throw BenchError(Self.usage) }
        command = first
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--repeat", "--limit":
                guard let value = rest.popFirst().flatMap({ Int($0) }), value >= 0 else {
                    throw BenchError("\(argument) takes a whole number")
                }
                if argument == "--repeat" { repeatCount = max(1, value) } else { limit = value }
            default:
                roots.append(argument)
            }
        }
        guard !roots.isEmpty else { throw BenchError(Self.usage) }
    }

    static let usage = """
        usage: galley-bench parse|extract|wire DIR… [--repeat N] [--limit N]
          parse     HTML parse alone, parse + AST, and the Markdown writer's share (JSON)
          extract   HTML → extract → text, pages/s in-process (JSON)
          wire      wire stories/s in-process (JSON)
        """
}
