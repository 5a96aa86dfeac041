/// Plain words for the libxml2 errors people meet most in hand-edited or mis-served metadata.
enum XMLErrorExplanation {
    static func plainWords(for diagnostic: XMLDiagnostic) -> String? {
        if diagnostic.message.contains("huge text node") || diagnostic.message.contains("Huge input lookup")
            || diagnostic.message.contains("length too long") {
            return "a single text node or attribute is larger than the 10 MB limit; --allow-huge-nodes lifts it"
        }
        if diagnostic.message.contains("Excessive depth") {
            return "elements are nested more than 256 deep, which no metadata needs"
        }
        return plainWords(forCode: diagnostic.code)
    }

    static func plainWords(forCode code: Int) -> String? {
        switch code {
        case 3, 4: return "the input is not XML"
        case 5: return "there is content after the end of the document element"
        case 9, 81: return "the bytes are not valid in the document's encoding; save it as UTF-8 or declare the right encoding"
        case 23: return "a literal '&' must be written &amp;, for example in URL query strings"
        case 26: return "XML knows only &amp; &lt; &gt; &quot; &apos; and numeric character references"
        case 32: return "libxml2 does not support the declared encoding"
        case 38: return "a literal '<' in an attribute value must be written &lt;"
        case 73, 77: return "a tag is not closed where it should be"
        case 201: return "the prefix is used without an xmlns declaration for it"
        default: return nil
        }
    }
}
