/// The mdrpi extension (SAML V2.0 Metadata Extensions for Registration and Publication
/// Information): where its elements are, and example pieces.
enum MDRPI {
    static let namespace = #"xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi""#

    /// A RegistrationInfo element, marked when asked.
    static func registrationInfo(authority: String = "https://www.northwind-federation.org", marked: Bool = false, content: String = "") -> String {
        let body = content.isEmpty ? "" : "\n" + ExampleMetadata.indent(content, by: 2) + "\n"
        return #"\#(marked ? "↓" : "")<mdrpi:RegistrationInfo \#(namespace) registrationAuthority="\#(authority)">\#(body)</mdrpi:RegistrationInfo>"#
    }

    /// An SP whose EntityDescriptor Extensions hold `extensions`.
    static func sp(_ extensions: String) -> String {
        ExampleMetadata.entity("""
        <md:Extensions>
        \(ExampleMetadata.indent(extensions, by: 2))
        </md:Extensions>
        \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
        """)
    }

    /// An aggregate with `extensions` in the root's Extensions around `members`.
    static func aggregate(extensions: String, members: [String]) -> String {
        ExampleMetadata.aggregate(["<md:Extensions>\n" + ExampleMetadata.indent(extensions, by: 2) + "\n</md:Extensions>"] + members)
    }

    /// A plain SP member of an aggregate.
    static func member(_ extensions: String = "", entityID: String = "https://sp.example.org/shibboleth") -> String {
        let content = extensions.isEmpty ? "" : "<md:Extensions>\n" + ExampleMetadata.indent(extensions, by: 2) + "\n</md:Extensions>\n"
        return ExampleMetadata.member(content + ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: entityID)
    }
}
