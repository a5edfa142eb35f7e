// Field-by-field validation of a profile file. Each field has one reader; each reader names the
// field's JSON path in its errors.

import GalleyCore

/// Turns a parsed profile file into a ``RenderProfile``, validating every field.
struct ProfileFileDecoder {
    /// The file's name, for messages.
    let source: String

    /// Limits for numeric fields, with their units.
    ///
    /// Wide enough for any real use (6 pt footnote type to 48 pt signage, a 20-character column
    /// for phones to 200 for wide terminals) and narrow enough to catch a unit mistake such as a
    /// font size in pixels times ten or a margin in points.
    enum Limits {
        /// Points.
        static let baseFontSize: ClosedRange<Double> = 6...48
        /// Ratio between heading levels; 1 makes every heading the body size.
        static let scale: ClosedRange<Double> = 1...2
        /// Multiples of the font size; never under 1.2, the least that keeps lines apart.
        static let lineHeight: ClosedRange<Double> = 1.2...3
        /// Characters per line.
        static let measure: ClosedRange<Double> = 20...200
        /// Page width and height in millimetres (a business card to a broadsheet page).
        static let pageSide: ClosedRange<Double> = 50...1500
        /// One margin in millimetres.
        static let margin: ClosedRange<Double> = 0...100
    }

    static let topFields = [
        "name", "extends", "description", "baseFontSize", "scale", "lineHeight", "measure", "fontFamily",
        "page", "links",
    ]
    static let pageFields = [
        "size", "width", "height", "margins", "marginTop", "marginRight", "marginBottom", "marginLeft",
    ]
    static let marginFields = ["top", "right", "bottom", "left"]

    /// Paper sizes whose dimensions a `size` keyword sets, in millimetres.
    static let paperSizes: [String: (width: Double, height: Double)] = [
        "a3": (297, 420), "a4": (210, 297), "a5": (148, 210), "b5": (176, 250),
        "letter": (215.9, 279.4), "legal": (215.9, 355.6),
    ]

    func decodeProfile(_ value: ProfileFileValue) throws -> RenderProfile {
        let members = try object(value, path: "$")
        try checkKeys(members, allowed: Self.topFields, path: "$")
        var profile = try baseProfile(members)
        profile.name = ProfileFile.defaultName(for: source)
        for member in members {
            let path = "$." + member.key
            switch member.key {
            case "name": profile.name = try name(member.value, path: path)
            case "extends", "description": _ = try string(member.value, path: path)
            case "baseFontSize": profile.baseFontSize = try number(member.value, path: path, in: Limits.baseFontSize, unit: " pt")
            case "scale": profile.scale = try number(member.value, path: path, in: Limits.scale, unit: "")
            case "lineHeight": profile.lineHeight = try number(member.value, path: path, in: Limits.lineHeight, unit: "")
            case "measure": profile.measure = try integer(member.value, path: path, in: Limits.measure)
            case "fontFamily": profile.fontFamily = try choice(member.value, path: path, as: RenderProfile.FontFamily.self)
            case "links": profile.links = try choice(member.value, path: path, as: RenderProfile.LinkStyle.self)
            case "page": profile.page = try page(member.value, base: profile.page, path: path)
            default: break
            }
        }
        return profile
    }

    /// The profile named by `extends`, or `medium`.
    func baseProfile(_ members: [ProfileFileValue.Member]) throws -> RenderProfile {
        guard let member = members.first(where: { $0.key == "extends" }) else { return BuiltinProfiles.medium }
        let name = try string(member.value, path: "$.extends")
        if let profile = BuiltinProfiles.profile(named: name) { return profile }
        var hint = "built-in profiles: \(BuiltinProfiles.names.joined(separator: ", "))"
        if let suggestion = Registry.suggestion(for: name, among: BuiltinProfiles.names) {
            hint = "did you mean '\(suggestion)'? (\(hint))"
        }
        throw error("profile.unknown-base", "\"extends\" names no built-in profile: '\(name)'", path: "$.extends", hint: hint)
    }

    func page(_ value: ProfileFileValue, base: RenderProfile.Page, path: String) throws -> RenderProfile.Page {
        let members = try object(value, path: path)
        try checkKeys(members, allowed: Self.pageFields, path: path)
        var page = base
        for member in members {
            let field = path + "." + member.key
            switch member.key {
            case "size":
                page.size = try pageSize(member.value, path: field)
                if let paper = Self.paperSizes[page.size.lowercased()] {
                    page.width = paper.width
                    page.height = paper.height
                }
            case "width": page.width = try number(member.value, path: field, in: Limits.pageSide, unit: " mm")
            case "height": page.height = try number(member.value, path: field, in: Limits.pageSide, unit: " mm")
            case "margins": try margins(member.value, into: &page, path: field)
            case "marginTop": page.marginTop = try margin(member.value, path: field)
            case "marginRight": page.marginRight = try margin(member.value, path: field)
            case "marginBottom": page.marginBottom = try margin(member.value, path: field)
            case "marginLeft": page.marginLeft = try margin(member.value, path: field)
            default: break
            }
        }
        if page.marginLeft + page.marginRight >= page.width || page.marginTop + page.marginBottom >= page.height {
            throw error(
                "profile.margins-too-wide", "the page margins leave no room for text on a \(Self.format(page.width)) × \(Self.format(page.height)) mm page",
                path: path, hint: "make the margins smaller or the page larger")
        }
        return page
    }

    func margins(_ value: ProfileFileValue, into page: inout RenderProfile.Page, path: String) throws {
        if case .number = value {
            let all = try margin(value, path: path)
            page.marginTop = all
            page.marginRight = all
            page.marginBottom = all
            page.marginLeft = all
            return
        }
        guard case .object(let members) = value else {
            throw error(
                "profile.wrong-type", "\(Self.label(path)) must be a number of millimetres or an object, not \(value.typeDescription)",
                path: path, hint: "write \"margins\": 20 or \"margins\": {\"top\": 20, \"bottom\": 25}")
        }
        try checkKeys(members, allowed: Self.marginFields, path: path)
        for member in members {
            let side = try margin(member.value, path: path + "." + member.key)
            switch member.key {
            case "top": page.marginTop = side
            case "right": page.marginRight = side
            case "bottom": page.marginBottom = side
            default: page.marginLeft = side
            }
        }
    }

    func margin(_ value: ProfileFileValue, path: String) throws -> Double {
        try number(value, path: path, in: Limits.margin, unit: " mm")
    }

    /// A CSS page size: a keyword, or two lengths; letters, digits, spaces and dots only.
    func pageSize(_ value: ProfileFileValue, path: String) throws -> String {
        let text = try string(value, path: path)
        let isPlain = !text.isEmpty && text.utf8.count <= 40 && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"):
                return true
            default: return false
            }
        }
        guard isPlain else {
            throw error(
                "profile.invalid-value", "\(Self.label(path)) must be a page size such as \"A4\" or \"210mm 297mm\", not '\(text)'",
                path: path, hint: "use A3, A4, A5, B5, letter, legal or two lengths")
        }
        return text
    }

    /// A profile name: letters, digits, `-`, `_` and `.`, as it will be shown and matched.
    func name(_ value: ProfileFileValue, path: String) throws -> String {
        let text = try string(value, path: path)
        let isPlain = !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                return true
            default: return false
            }
        }
        guard isPlain else {
            throw error(
                "profile.invalid-value", "\(Self.label(path)) must be 1 to 64 letters, digits, '-', '_' or '.', not '\(text)'",
                path: path, hint: "for example \"name\": \"big-print\"")
        }
        return text
    }
}
