/// Builders for the small documents rule examples are made of, so that each example shows only
/// what matters to its rule. The documents are complete and valid apart from what an example
/// puts in; the clock for examples is 2026-06-01, and the default validUntil is two weeks later.
package enum ExampleMetadata {
    static let md = #"xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata""#
    static let validUntil = "2026-06-15T00:00:00Z"
    package static let saml2 = "urn:oasis:names:tc:SAML:2.0:protocol"
    package static let post = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
    package static let redirect = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
    package static let soap = "urn:oasis:names:tc:SAML:2.0:bindings:SOAP"
    package static let artifact = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact"

    /// A typical SP ACS.
    package static let postACS =
        #"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>"#

    /// A typical IdP SSO endpoint.
    package static let redirectSSO =
        #"<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>"#

    /// A standalone EntityDescriptor. `attributes` are added to the start tag (entityID and
    /// validUntil are there unless replaced); `content` is its children.
    package static func entity(_ content: String, entityID: String? = "https://sp.example.org/shibboleth",
                              attributes: String = #"validUntil="2026-06-15T00:00:00Z""#, marked: Bool = false) -> String {
        let id = entityID.map { #" entityID="\#($0)""# } ?? ""
        let extra = attributes.isEmpty ? "" : " " + attributes
        return """
        \(marked ? "↓" : "")<md:EntityDescriptor \(md)\(id)\(extra)>
        \(indent(content, by: 2))
        </md:EntityDescriptor>
        """
    }

    /// A standalone SP: an EntityDescriptor around one SPSSODescriptor with `roleContent`.
    package static func sp(_ roleContent: String = postACS, roleAttributes: String = "",
                          entityID: String = "https://sp.example.org/shibboleth") -> String {
        entity(role("SPSSODescriptor", roleContent, attributes: roleAttributes), entityID: entityID)
    }

    /// A standalone IdP: an EntityDescriptor around one IDPSSODescriptor with `roleContent`.
    package static func idp(_ roleContent: String = redirectSSO, roleAttributes: String = "",
                           entityID: String = "https://idp.example.org/idp/shibboleth") -> String {
        entity(role("IDPSSODescriptor", roleContent, attributes: roleAttributes), entityID: entityID)
    }

    /// A role element with SAML 2.0 in protocolSupportEnumeration. A `↓` at the start of
    /// `attributes` marks the role's start tag.
    package static func role(_ name: String, _ content: String, attributes: String = "") -> String {
        var marker = ""
        var extra = attributes
        if extra.hasPrefix("↓") { marker = "↓"; extra.removeFirst() }
        extra = extra.isEmpty ? "" : " " + extra
        return """
        \(marker)<md:\(name) protocolSupportEnumeration="\(saml2)"\(extra)>
        \(indent(content, by: 2))
        </md:\(name)>
        """
    }

    /// An EntitiesDescriptor around the given entities.
    package static func aggregate(_ entities: [String], attributes: String = #"validUntil="2026-06-15T00:00:00Z""#,
                                 marked: Bool = false) -> String {
        let extra = attributes.isEmpty ? "" : " " + attributes
        return """
        \(marked ? "↓" : "")<md:EntitiesDescriptor \(md) Name="https://federation.example.org"\(extra)>
        \(indent(entities.joined(separator: "\n"), by: 2))
        </md:EntitiesDescriptor>
        """
    }

    /// An aggregate member: an EntityDescriptor without the namespace declaration and validUntil.
    package static func member(_ content: String, entityID: String, attributes: String = "", marked: Bool = false) -> String {
        let extra = attributes.isEmpty ? "" : " " + attributes
        return """
        \(marked ? "↓" : "")<md:EntityDescriptor entityID="\(entityID)"\(extra)>
        \(indent(content, by: 2))
        </md:EntityDescriptor>
        """
    }

    static func indent(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }
            .joined(separator: "\n")
    }
}

extension ExampleMetadata {
    /// A ds:Signature with the given algorithms and placeholder values, for examples about the
    /// signature's structure (the profile is judged before any value is verified).
    package static func signature(c14n: String = "http://www.w3.org/2001/10/xml-exc-c14n#",
                                 method: String = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                                 references: [(uri: String?, transforms: [String], digest: String)] = [
                                     ("#_example", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
                                      "http://www.w3.org/2001/04/xmlenc#sha256"),
                                 ],
                                 extra: String = "", marked: Bool = true) -> String {
        var text = "\(marked ? "↓" : "")<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n  <ds:SignedInfo>\n"
        text += "    <ds:CanonicalizationMethod Algorithm=\"\(c14n)\"/>\n    <ds:SignatureMethod Algorithm=\"\(method)\"/>\n"
        for reference in references {
            let uri = reference.uri.map { " URI=\"\($0)\"" } ?? ""
            text += "    <ds:Reference\(uri)>\n      <ds:Transforms>\n"
            for transform in reference.transforms { text += "        <ds:Transform Algorithm=\"\(transform)\"/>\n" }
            text += "      </ds:Transforms>\n      <ds:DigestMethod Algorithm=\"\(reference.digest)\"/>\n"
            text += "      <ds:DigestValue>AAAA</ds:DigestValue>\n    </ds:Reference>\n"
        }
        text += "  </ds:SignedInfo>\n  <ds:SignatureValue>AAAA</ds:SignatureValue>\n"
        if !extra.isEmpty { text += indent(extra, by: 2) + "\n" }
        text += "</ds:Signature>"
        return text
    }

    /// An IdP with ID="_example" carrying `signature` as its first child.
    package static func signedIdP(_ signature: String, id: String? = "_example") -> String {
        let attributes = (id.map { #"ID="\#($0)" "# } ?? "") + #"validUntil="2026-06-15T00:00:00Z""#
        return entity(signature + "\n" + role("IDPSSODescriptor", redirectSSO), entityID: "https://idp.example.org/idp/shibboleth",
                      attributes: attributes)
    }
}

extension String {
    /// The string with its first occurrence of `old` replaced by `new` (for building examples).
    func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = firstRange(of: old) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: new)
        return copy
    }
}
