/// Pieces of example metadata for the mdui rules.
extension MDUI {
    /// An SP whose SPSSODescriptor Extensions hold `uiInfo` (the mdui elements, verbatim).
    static func sp(_ extensions: String) -> String {
        ExampleMetadata.sp("""
        <md:Extensions>
        \(ExampleMetadata.indent(extensions, by: 2))
        </md:Extensions>
        \(ExampleMetadata.postACS)
        """)
    }

    /// An IdP whose IDPSSODescriptor Extensions hold `extensions`.
    static func idp(_ extensions: String) -> String {
        ExampleMetadata.idp("""
        <md:Extensions>
        \(ExampleMetadata.indent(extensions, by: 2))
        </md:Extensions>
        \(ExampleMetadata.redirectSSO)
        """)
    }

    /// A UIInfo holding `content`.
    static func uiInfo(_ content: String, marked: Bool = false) -> String {
        """
        \(marked ? "↓" : "")<mdui:UIInfo \(namespace)>
        \(ExampleMetadata.indent(content, by: 2))
        </mdui:UIInfo>
        """
    }
}
