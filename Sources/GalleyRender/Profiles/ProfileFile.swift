// User profiles from JSON files: the same fields as the built-ins, checked one by one so that
// every mistake is reported with the file, the field and what would be accepted.

import GalleyCore

/// Loads a rendering profile from a JSON file.
///
/// A profile file is an object with any of the fields of ``RenderProfile``; fields left out come
/// from the profile named by `"extends"` (default `medium`):
///
/// ```json
/// {"name": "big-print", "extends": "print-a4", "baseFontSize": 14, "measure": 60,
///  "fontFamily": "sans", "links": "footnotes",
///  "page": {"size": "A5", "margins": {"top": 15, "bottom": 15, "left": 12, "right": 12}}}
/// ```
///
/// `page` takes `size` (a CSS page size; `A3`, `A4`, `A5`, `B5`, `letter` and `legal` also set
/// the width and height), `width` and `height` in millimetres, and `margins`, either one number
/// for all four sides or an object with `top`, `right`, `bottom` and `left`. Every error is a
/// usage error that names the file and the field (`$.page.margins.top`) and says what to write.
public enum ProfileFile {
    /// Parses and validates a profile file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents (UTF-8 JSON).
    ///   - source: The file's name, for messages; its stem names the profile when the file does not.
    /// - Returns: The profile.
    /// - Throws: A ``GalleyError`` of kind `.usage` for invalid JSON, an unknown field (with a
    ///   suggestion), a value of the wrong type or out of range, or an unknown base profile.
    public static func load(_ bytes: [UInt8], source: String) throws -> RenderProfile {
        let value = try ProfileFileParser.parse(bytes, source: source)
        return try decode(value, source: source)
    }

    /// Validates an already parsed profile file.
    static func decode(_ value: ProfileFileValue, source: String) throws -> RenderProfile {
        try ProfileFileDecoder(source: source).decodeProfile(value)
    }

    /// The name a profile gets from its file name: the last path component without `.json`.
    static func defaultName(for source: String) -> String {
        var name = Substring(source)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.hasSuffix(".json") { name = name.dropLast(5) }
        return name.isEmpty ? "custom" : String(name)
    }
}
