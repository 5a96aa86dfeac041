/// Builders for pair rule examples: an SP and an IdP that work together, each varied in one
/// place per example. The clock for examples is 2026-06-01.
package enum PairExamples {
    package static let spEntityID = "https://sp.example.org/shibboleth"
    package static let idpEntityID = "https://idp.example.org/idp/shibboleth"

    /// The SP's key, for signing and encryption (no use).
    package static let spKey = CertificateExamples.keyDescriptor(CertificateExamples.good, use: nil)
    /// The IdP's signing key.
    package static let idpKey = CertificateExamples.keyDescriptor(CertificateExamples.goodSecond, use: "signing")

    package static let redirectSSO =
        #"<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>"#
    package static let postSSO =
        #"<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.org/idp/profile/SAML2/POST/SSO"/>"#

    /// An SP whose SPSSODescriptor holds `content` (default: its key and an HTTP-POST ACS).
    /// `roleAttributes` go on the SPSSODescriptor (a leading `↓` marks it); `extensions` are
    /// the entity's md:Extensions content.
    package static func sp(_ content: String = spKey + "\n" + ExampleMetadata.postACS, roleAttributes: String = "",
                          extensions: String? = nil, entityID: String = spEntityID) -> String {
        entity(ExampleMetadata.role("SPSSODescriptor", content, attributes: roleAttributes), extensions: extensions, entityID: entityID)
    }

    /// An IdP whose IDPSSODescriptor holds `content` (default: its signing key and HTTP-Redirect
    /// and HTTP-POST SingleSignOnService).
    package static func idp(_ content: String = idpKey + "\n" + redirectSSO + "\n" + postSSO, roleAttributes: String = "",
                           extensions: String? = nil, entityID: String = idpEntityID) -> String {
        entity(ExampleMetadata.role("IDPSSODescriptor", content, attributes: roleAttributes), extensions: extensions, entityID: entityID)
    }

    /// A Mattermost SP as Mattermost writes it (one certificate for signing and encryption,
    /// HTTP-POST ACS at /login/sso/saml), with `roleAttributes` such as AuthnRequestsSigned.
    package static func mattermostSP(roleAttributes: String = #"AuthnRequestsSigned="false" WantAssertionsSigned="true""#) -> String {
        let content = """
        \(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "signing"))
        \(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption", encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "http://www.w3.org/2001/04/xmlenc#aes128-cbc", "http://www.w3.org/2001/04/xmlenc#aes256-cbc"]))
        <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://chat.example.org/login/sso/saml" index="1"/>
        """
        return entity(ExampleMetadata.role("SPSSODescriptor", content, attributes: roleAttributes), extensions: nil,
                      entityID: "https://chat.example.org")
    }

    private static func entity(_ role: String, extensions: String?, entityID: String) -> String {
        let content = extensions.map { "<md:Extensions>\n" + ExampleMetadata.indent($0, by: 2) + "\n</md:Extensions>\n" + role } ?? role
        return ExampleMetadata.entity(content, entityID: entityID)
    }

    /// An mdattr:EntityAttributes block with one attribute.
    package static func entityAttribute(_ name: String, values: [String]) -> String {
        let valueLines = values.map { "    <saml:AttributeValue>\($0)</saml:AttributeValue>" }.joined(separator: "\n")
        return """
        <mdattr:EntityAttributes xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">
          <saml:Attribute Name="\(name)" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
        \(valueLines)
          </saml:Attribute>
        </mdattr:EntityAttributes>
        """
    }
}
