/// The mdui extension (SAML V2.0 Metadata Extensions for Login and Discovery User Interface):
/// where its elements are (example pieces: Examples/MDUIExamples.swift).
enum MDUI {
    static let namespace = #"xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui""#
    /// Elements of UIInfo that may appear once per language.
    static let localized = ["DisplayName", "Description", "Keywords", "InformationURL", "PrivacyStatementURL"]

    /// Every mdui element called `localName` in the entity's Extensions (any depth).
    static func elements(_ localName: String, in entity: EntityDescriptor) -> [ElementValue] {
        var found: [ElementValue] = []
        for (_, extensions) in entity.extensionSites {
            for element in extensions.allElements where element.isElement(XMLNamespace.mdui, localName) { found.append(element) }
        }
        return found
    }
}
