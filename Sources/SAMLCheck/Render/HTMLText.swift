/// Escaping for the HTML report. Every string in it comes from the metadata (entity IDs,
/// messages quoting attribute values) or from the run, and is placed as text or as a quoted
/// attribute value, never as markup or a URL: XML's escaping with quotes and line breaks as
/// references covers both places, and drops characters no HTML parser should see.
enum HTMLText {
    static func escaped(_ text: String) -> String { XMLText.escaped(text, attribute: true) }
}
