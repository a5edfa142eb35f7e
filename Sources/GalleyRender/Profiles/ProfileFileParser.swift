// Bridges the JSON parser to the profile validation.

import GalleyCore

/// Parses profile file bytes into ``ProfileFileValue``.
enum ProfileFileParser {
    static func parse(_ bytes: [UInt8], source: String) throws -> ProfileFileValue {
        throw GalleyError(.usage, code: "profile.unavailable", message: "profile files cannot be read yet", source: source)
    }
}
