extension HTMLTokenizer {
    /// The text-like content the tokenizer is reading when a `<` may start an end tag.
    public enum TextKind: Sendable, Hashable {
        /// `<title>`, `<textarea>`: character references are decoded.
        case rcdata
        /// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`: no references.
        case rawtext
        /// `<script>`, outside `<!--` escapes.
        case scriptData
        /// `<script>` inside a `<!--` escape.
        case scriptDataEscaped
    }

    /// How an attribute value is delimited.
    public enum Quote: Sendable, Hashable { case double, single, unquoted }

    /// A tokenizer state of https://html.spec.whatwg.org/multipage/parsing.html#tokenization.
    ///
    /// Families of states that differ only in which content or quote they handle are one case with
    /// a parameter. The character-reference states (13.2.5.72–80) run inside
    /// `consumeCharacterReference` because the whole input is in memory; ``characterReference``
    /// names the family.
    public enum State: Sendable, Hashable {
        /// https://html.spec.whatwg.org/multipage/parsing.html#data-state
        case data
        /// https://html.spec.whatwg.org/multipage/parsing.html#rcdata-state
        case rcdata
        /// https://html.spec.whatwg.org/multipage/parsing.html#rawtext-state
        case rawtext
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-state
        case scriptData
        /// https://html.spec.whatwg.org/multipage/parsing.html#plaintext-state
        case plaintext
        /// https://html.spec.whatwg.org/multipage/parsing.html#tag-open-state
        case tagOpen
        /// https://html.spec.whatwg.org/multipage/parsing.html#end-tag-open-state
        case endTagOpen
        /// https://html.spec.whatwg.org/multipage/parsing.html#tag-name-state
        case tagName
        /// The RCDATA, RAWTEXT, script data and script data escaped less-than sign states:
        /// https://html.spec.whatwg.org/multipage/parsing.html#rcdata-less-than-sign-state
        case textLessThanSign(TextKind)
        /// The RCDATA, RAWTEXT, script data (escaped) end tag open states:
        /// https://html.spec.whatwg.org/multipage/parsing.html#rcdata-end-tag-open-state
        case textEndTagOpen(TextKind)
        /// The RCDATA, RAWTEXT, script data (escaped) end tag name states:
        /// https://html.spec.whatwg.org/multipage/parsing.html#rcdata-end-tag-name-state
        case textEndTagName(TextKind)
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-escape-start-state
        case scriptDataEscapeStart
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-escape-start-dash-state
        case scriptDataEscapeStartDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-escaped-state
        case scriptDataEscaped
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-escaped-dash-state
        case scriptDataEscapedDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-escaped-dash-dash-state
        case scriptDataEscapedDashDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escape-start-state
        case scriptDataDoubleEscapeStart
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escaped-state
        case scriptDataDoubleEscaped
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escaped-dash-state
        case scriptDataDoubleEscapedDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escaped-dash-dash-state
        case scriptDataDoubleEscapedDashDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escaped-less-than-sign-state
        case scriptDataDoubleEscapedLessThanSign
        /// https://html.spec.whatwg.org/multipage/parsing.html#script-data-double-escape-end-state
        case scriptDataDoubleEscapeEnd
        /// https://html.spec.whatwg.org/multipage/parsing.html#before-attribute-name-state
        case beforeAttributeName
        /// https://html.spec.whatwg.org/multipage/parsing.html#attribute-name-state
        case attributeName
        /// https://html.spec.whatwg.org/multipage/parsing.html#after-attribute-name-state
        case afterAttributeName
        /// https://html.spec.whatwg.org/multipage/parsing.html#before-attribute-value-state
        case beforeAttributeValue
        /// The double-quoted, single-quoted and unquoted attribute value states:
        /// https://html.spec.whatwg.org/multipage/parsing.html#attribute-value-(double-quoted)-state
        case attributeValue(Quote)
        /// https://html.spec.whatwg.org/multipage/parsing.html#after-attribute-value-(quoted)-state
        case afterAttributeValueQuoted
        /// https://html.spec.whatwg.org/multipage/parsing.html#self-closing-start-tag-state
        case selfClosingStartTag
        /// https://html.spec.whatwg.org/multipage/parsing.html#bogus-comment-state
        case bogusComment
        /// https://html.spec.whatwg.org/multipage/parsing.html#markup-declaration-open-state
        case markupDeclarationOpen
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-start-state
        case commentStart
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-start-dash-state
        case commentStartDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-state
        case comment
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-less-than-sign-state
        case commentLessThanSign
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-less-than-sign-bang-state
        case commentLessThanSignBang
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-less-than-sign-bang-dash-state
        case commentLessThanSignBangDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-less-than-sign-bang-dash-dash-state
        case commentLessThanSignBangDashDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-end-dash-state
        case commentEndDash
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-end-state
        case commentEnd
        /// https://html.spec.whatwg.org/multipage/parsing.html#comment-end-bang-state
        case commentEndBang
        /// https://html.spec.whatwg.org/multipage/parsing.html#doctype-state
        case doctype
        /// https://html.spec.whatwg.org/multipage/parsing.html#before-doctype-name-state
        case beforeDoctypeName
        /// https://html.spec.whatwg.org/multipage/parsing.html#doctype-name-state
        case doctypeName
        /// https://html.spec.whatwg.org/multipage/parsing.html#after-doctype-name-state
        case afterDoctypeName
        /// The after DOCTYPE public/system keyword states (`isSystem` picks which):
        /// https://html.spec.whatwg.org/multipage/parsing.html#after-doctype-public-keyword-state
        case afterDoctypeKeyword(isSystem: Bool)
        /// The before DOCTYPE public/system identifier states:
        /// https://html.spec.whatwg.org/multipage/parsing.html#before-doctype-public-identifier-state
        case beforeDoctypeIdentifier(isSystem: Bool)
        /// The DOCTYPE public/system identifier (double/single-quoted) states:
        /// https://html.spec.whatwg.org/multipage/parsing.html#doctype-public-identifier-(double-quoted)-state
        case doctypeIdentifier(isSystem: Bool, quote: Quote)
        /// https://html.spec.whatwg.org/multipage/parsing.html#after-doctype-public-identifier-state
        case afterDoctypePublicIdentifier
        /// https://html.spec.whatwg.org/multipage/parsing.html#between-doctype-public-and-system-identifiers-state
        case betweenDoctypePublicAndSystemIdentifiers
        /// https://html.spec.whatwg.org/multipage/parsing.html#after-doctype-system-identifier-state
        case afterDoctypeSystemIdentifier
        /// https://html.spec.whatwg.org/multipage/parsing.html#bogus-doctype-state
        case bogusDoctype
        /// https://html.spec.whatwg.org/multipage/parsing.html#cdata-section-state
        case cdataSection
        /// https://html.spec.whatwg.org/multipage/parsing.html#cdata-section-bracket-state
        case cdataSectionBracket
        /// https://html.spec.whatwg.org/multipage/parsing.html#cdata-section-end-state
        case cdataSectionEnd
        /// The character reference states (character reference, named, ambiguous ampersand,
        /// numeric, hexadecimal/decimal start and value, numeric end):
        /// https://html.spec.whatwg.org/multipage/parsing.html#character-reference-state. The
        /// tokenizer runs them in one step from the data, RCDATA and attribute value states and
        /// returns to the state it came from, so it never rests here; set as a starting state it
        /// reads one reference and continues in the data state.
        case characterReference
    }
}
