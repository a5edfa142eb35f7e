/// A flat JSON object of figures, printed on one line in the order given.
struct BenchReport {
    private var fields: [String] = []

    /// Adds a number, rounded to four decimals.
    mutating func add(_ key: String, _ value: Double) {
        let scaled = (value * 10_000).rounded() / 10_000
        fields.append("\"\(key)\": \(value.isFinite ? "\(scaled)" : "null")")
    }

    /// Adds a whole number.
    mutating func add(_ key: String, _ value: Int) {
        fields.append("\"\(key)\": \(value)")
    }

    /// The object as JSON text.
    var json: String { "{" + fields.joined(separator: ", ") + "}" }
}
