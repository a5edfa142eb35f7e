/// ANPA-1312 priority letters on IPTC 7901's scale of 1 (most urgent) to 6.
///
/// | letter | ANPA meaning | priority |
/// |--------|--------------|----------|
/// | `f`    | flash        | 1        |
/// | `b`    | bulletin     | 2        |
/// | `u`    | urgent       | 3        |
/// | `r`    | regular (routine) | 4   |
/// | `d`    | deferred     | 5        |
/// | `a`, `w` | advance (weekend advance) | 6 |
///
/// Other letters (agency-specific, such as `s` or `z`) have no rank: the reader keeps the
/// letter in `extra.priorityCode` and leaves `priority` out.
enum ANPAPriority {
    static func rank(_ code: String) -> Int? {
        switch code.lowercased() {
        case "f": return 1
        case "b": return 2
        case "u": return 3
        case "r": return 4
        case "d": return 5
        case "a", "w": return 6
        default: return nil
        }
    }
}
