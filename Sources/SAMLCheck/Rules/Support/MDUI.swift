/// The mdui extension (SAML V2.0 Metadata Extensions for Login and Discovery User Interface):
/// where its elements are and pieces of example metadata.
enum MDUI {
    static let namespace = #"xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui""#
    /// Elements of UIInfo that may appear once per language.
    static let localized = ["DisplayName", "Description", "Keywords", "InformationURL", "PrivacyStatementURL"]

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

    /// Every mdui element called `localName` in the entity's Extensions (any depth).
    static func elements(_ localName: String, in entity: EntityDescriptor) -> [ElementValue] {
        var found: [ElementValue] = []
        for (_, extensions) in entity.extensionSites {
            for element in extensions.allElements where element.isElement(XMLNamespace.mdui, localName) { found.append(element) }
        }
        return found
    }
}
