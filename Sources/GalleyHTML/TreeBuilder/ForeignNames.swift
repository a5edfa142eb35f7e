/// The case adjustments of SVG and MathML names
/// (https://html.spec.whatwg.org/multipage/parsing.html#adjust-svg-attributes).
enum ForeignNames {
    /// Lower-case SVG attribute names and their camelCase forms.
    static let svgAttributes: [String: String] = Dictionary(uniqueKeysWithValues: [
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits",
        "diffuseConstant", "edgeMode", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits",
        "kernelMatrix", "kernelUnitLength", "keyPoints", "keySplines", "keyTimes", "lengthAdjust",
        "limitingConeAngle", "markerHeight", "markerUnits", "markerWidth", "maskContentUnits", "maskUnits",
        "numOctaves", "pathLength", "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX",
        "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio", "primitiveUnits", "refX", "refY",
        "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures", "specularConstant",
        "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles", "surfaceScale",
        "systemLanguage", "tableValues", "targetX", "targetY", "textLength", "viewBox", "viewTarget",
        "xChannelSelector", "yChannelSelector", "zoomAndPan",
    ].map { ($0.lowercased(), $0) })

    /// Lower-case SVG element names and their camelCase forms.
    static let svgElements: [String: String] = Dictionary(uniqueKeysWithValues: [
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform",
        "clipPath", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
        "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology",
        "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
        "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath",
    ].map { ($0.lowercased(), $0) })

    /// Namespaced attributes: name to (namespace prefix, local name).
    static let foreignAttributes: [String: (String, String)] = [
        "xlink:actuate": ("xlink", "actuate"), "xlink:arcrole": ("xlink", "arcrole"), "xlink:href": ("xlink", "href"),
        "xlink:role": ("xlink", "role"), "xlink:show": ("xlink", "show"), "xlink:title": ("xlink", "title"),
        "xlink:type": ("xlink", "type"), "xml:lang": ("xml", "lang"), "xml:space": ("xml", "space"),
        "xmlns": ("xmlns", "xmlns"), "xmlns:xlink": ("xmlns", "xlink"),
    ]
}
