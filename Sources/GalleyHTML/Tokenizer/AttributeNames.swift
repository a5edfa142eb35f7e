/// The attribute names pages use most, interned: the tokenizer takes the stored string for
/// them instead of building (and validating) a new one per attribute.
enum AttributeNames {
    private static let table = PackedNameTable<String>([
        "id", "class", "style", "href", "src", "srcset", "sizes", "alt", "title", "type", "rel", "name",
        "content", "property", "value", "lang", "dir", "charset", "http-equiv", "media", "width", "height",
        "target", "role", "hidden", "tabindex", "loading", "decoding", "fetchpriority", "async", "defer",
        "crossorigin", "integrity", "referrerpolicy", "nonce", "as", "itemprop", "itemscope", "itemtype",
        "itemid", "datetime", "for", "action", "method", "label", "placeholder", "autocomplete", "checked",
        "selected", "disabled", "required", "maxlength", "border", "align", "valign", "bgcolor", "color",
        "face", "size", "colspan", "rowspan", "cellpadding", "cellspacing", "scope", "headers", "start",
        "reversed", "cite", "poster", "preload", "controls", "autoplay", "muted", "loop", "playsinline",
        "frameborder", "allow", "allowfullscreen", "scrolling", "sandbox", "xmlns", "viewbox", "fill", "d",
        "stroke", "stroke-width", "aria-label", "aria-hidden", "aria-expanded", "aria-controls",
        "aria-haspopup", "aria-current", "aria-labelledby", "aria-describedby", "onclick", "onload",
        "data-src", "data-srcset", "data-id", "data-type", "data-url", "data-lazy-src", "data-original",
        "xmlns:xlink", "xlink:href", "focusable", "version", "x", "y", "rx", "cx", "cy", "r", "points",
        "transform", "clip-rule", "fill-rule", "accept-charset", "novalidate", "translate", "draggable",
        "enctype", "min", "max", "step", "pattern", "accesskey", "contenteditable", "spellcheck",
    ].map { (name: $0, value: $0) })

    /// The attribute name `bytes` as a string, interned when it is a common one.
    @inline(__always) static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        table.value(for: bytes) ?? String(decoding: bytes, as: UTF8.self)
    }
}
