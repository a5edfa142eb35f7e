// Numbers as CSS writes them.

/// Formats numbers for CSS: at most three decimals, no trailing zeros, no exponent.
enum CSSNumber {
    /// `value` with at most three decimals and no trailing zeros (`1.2`, `112.5`, `2`).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = Int((min(abs(value), 1e12) * 1000).rounded())
        let sign = value < 0 && thousandths > 0 ? "-" : ""
        let whole = "\(sign)\(thousandths / 1000)"
        var fraction = thousandths % 1000
        guard fraction > 0 else { return whole }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = "\(fraction)"
        return whole + "." + String(repeating: "0", count: digits - text.utf8.count) + text
    }
}
