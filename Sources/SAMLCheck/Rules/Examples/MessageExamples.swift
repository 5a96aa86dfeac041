/// The messages and metadata message rules' examples are built from: a Response whose Assertion
/// was signed with xmlsec1 by a throw-away RSA-2048 key made for these examples (its certificate
/// is in ``idp``; the private key was not kept), the IdP's and SP's metadata, an AuthnRequest.
/// Examples edit the Response with ``response(_:)``: an edit outside the Assertion keeps the
/// Assertion's signature valid, an edit inside breaks it.
package enum MessageExamples {
    /// The IdP's signing certificate (base64 DER).
    package static let certificate = "MIIDJjCCAg6gAwIBAgIBBzANBgkqhkiG9w0BAQsFADArMSkwJwYDVQQDDCBpZHAuZXhhbXBsZS5vcmcgbWVzc2FnZSBleGFtcGxlczAgFw0yNjEyMDQwMjAzNDJaGA8yMTI2MTExMDAyMDM0MlowKzEpMCcGA1UEAwwgaWRwLmV4YW1wbGUub3JnIG1lc3NhZ2UgZXhhbXBsZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCycyH1CxhqCSho1H+ZGg7FDWnBWC9XTud9pbGcaL6YIIf5ext1r2OoVidKW1Irs5PXJamINskvqhMKjbINZMA9O+E3Kmc8kpVofwMhuu1S6eA0m9kHIMwb5CfTugT3eXV+3EdW2DLaMyuU5Z6r2+XQ861Nu49TjNLedqTmhiGyL0QbpC5nX10qwEmYoGQnHWKjifBlMTuBkp6w8UYAv4L9cEpx53NzFQBKfRbZ9dTmkhtjylYvIN20qEgJ1S66oPwNwXRoVxtgmSMrcMN+7B0ZsQqIlxyPq4kqYWexT2w2fxp9nAOT90ZnxXjrvmcHxs+LNIs9VbXUpkbYltg5PlCJAgMBAAGjUzBRMB0GA1UdDgQWBBRUnwTwRE8SqD02RmFVxAo5IolYbzAfBgNVHSMEGDAWgBRUnwTwRE8SqD02RmFVxAo5IolYbzAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQAxqY3U1q/stC1bbvHgmiQw+1uRco9F12YObtgPGHSqetJa+LcJmw0zCfZWDgft8NH117jCpr53EuR7iAxsYUcu5G2Ed0jKMDMgzBtz27Tx+Eb86l+r+pDlTJTfqv5PXvxNKVyZD66wNB/u89iOBIiAmcIZN9OiOjGBXQS+5fcTgw8NgSANUGqo28ciErZ3lWukUN/qEPk2uEg853mrPucj+7If4G7LQGpwZYEFOnM+l8J1y6xL5L+1qar90cqLbe00IFl+mEYtr6fDau4VKF+eTv4yCQqJ412LYErfvS403Y4XiLrQjVng2PiftDr09uE7TGqLwK62kxHbmlkG+zEX"

    /// The IdP: entityID, the signing certificate above, SLO, and the scope example.org.
    package static let idp = """
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:shibmd="urn:mace:shibboleth:metadata:1.0" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-07-01T00:00:00Z">
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:Extensions><shibmd:Scope regexp="false">example.org</shibmd:Scope></md:Extensions>
            <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(certificate)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
            <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SLO"/>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """

    /// The SP: entityID, one POST ACS, transient NameIDs; `roleAttributes` go on SPSSODescriptor.
    package static func sp(roleAttributes: String = "") -> String {
        """
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example.org/shibboleth" validUntil="2026-07-01T00:00:00Z">
          <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" \(roleAttributes)>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST" index="0"/>
          </md:SPSSODescriptor>
        </md:EntityDescriptor>
        """
    }

    /// The ID of the AuthnRequest the Response answers.
    package static let requestID = "_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f"

    /// The receiver most examples are checked against: both sides' metadata and the request ID.
    static let receiver = RuleExample.MessageReceiver(idp: idp, sp: sp(), requestID: requestID)

    /// The Response with `edits` applied (each replaces the first occurrence of its text).
    package static func response(_ edits: (String, String)...) -> String { edited(signedResponse, edits) }

    /// An AuthnRequest from the SP, with `edits` applied.
    static func authnRequest(_ edits: (String, String)...) -> String { edited(plainAuthnRequest, edits) }

    /// `text` with each edit's first occurrence replaced; an edit that finds nothing leaves a
    /// comment that breaks the example's expectations visibly rather than silently.
    private static func edited(_ text: String, _ edits: [(String, String)]) -> String {
        edits.reduce(text) { text, edit in
            var result = text
            guard let range = result.firstRange(of: edit.0) else { return text + "<!-- example edit not applied: \(edit.0) -->" }
            result.replaceSubrange(range, with: edit.1)
            return result
        }
    }

    /// `xml` as an HTTP-Redirect URL to `endpoint` (SAMLResponse or SAMLRequest by its root),
    /// followed by `extra` query text.
    static func redirectURL(for xml: String, endpoint: String, extra: String = "") -> String {
        let parameter = xml.contains("<samlp:Response") || xml.contains("<samlp:LogoutResponse") ? "SAMLResponse" : "SAMLRequest"
        return endpoint + "?" + parameter + "=" + RedirectMessage.encode(xml) + extra
    }

    /// `xml` in the auto-post page an IdP sends the browser, with `relayState`.
    static func postForm(for xml: String, relayState: String) -> String {
        "<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\">"
            + "<input type=\"hidden\" name=\"SAMLResponse\" value=\"" + Base64.encode(Array(xml.utf8)) + "\"/>"
            + "<input type=\"hidden\" name=\"RelayState\" value=\"" + relayState + "\"/></form></body></html>"
    }

    /// A Response whose Assertion is an EncryptedAssertion (with placeholder cipher values: what
    /// the rules read is the algorithms), the EncryptedAssertion marked when `marked`.
    static func encryptedResponse(dataAlgorithm: String, keyAlgorithm: String = "http://www.w3.org/2009/xmlenc11#rsa-oaep", marked: Bool) -> String {
        let head = signedResponse.prefix { $0 != "\n" }
        return String(head) + """

            <saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
            <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
            \(marked ? "↓" : "")<saml:EncryptedAssertion>
            <xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element">
            <xenc:EncryptionMethod Algorithm="\(dataAlgorithm)"/>
            <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><xenc:EncryptedKey Recipient="https://sp.example.org/shibboleth">
            <xenc:EncryptionMethod Algorithm="\(keyAlgorithm)"/>
            <xenc:CipherData><xenc:CipherValue>AAAA</xenc:CipherValue></xenc:CipherData>
            </xenc:EncryptedKey></ds:KeyInfo>
            <xenc:CipherData><xenc:CipherValue>AAAA</xenc:CipherValue></xenc:CipherData>
            </xenc:EncryptedData>
            </saml:EncryptedAssertion>
            </samlp:Response>
            """
    }

    private static let plainAuthnRequest = """
        <samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f" Version="2.0" IssueInstant="2026-05-31T23:59:00Z" Destination="https://idp.example.org/idp/profile/SAML2/Redirect/SSO" AssertionConsumerServiceURL="https://sp.example.org/Shibboleth.sso/SAML2/POST">
        <saml:Issuer>https://sp.example.org/shibboleth</saml:Issuer>
        <samlp:NameIDPolicy AllowCreate="true"/>
        </samlp:AuthnRequest>
        """

    /// The Response as xmlsec1 signed it: not one byte may change inside the Assertion.
    static let signedResponse = #"""
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_9f3a2c7e5b1d4f8a6c0e2b4d6f8a1c3e" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="https://sp.example.org/Shibboleth.sso/SAML2/POST" InResponseTo="_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f">
<saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
<samlp:Status>
<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>
</samlp:Status>
<saml:Assertion ID="_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a" Version="2.0" IssueInstant="2026-05-31T23:59:30Z">
<saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
<ds:SignedInfo>
<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
<ds:Reference URI="#_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a">
<ds:Transforms>
<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
</ds:Transforms>
<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
<ds:DigestValue>y358j2S6FwEVYh4EZjaoUqoGwpdMNLpI84LCmzE6GwY=</ds:DigestValue>
</ds:Reference>
</ds:SignedInfo>
<ds:SignatureValue>VnJMR5XXniF5nybWk3ApPNdZsXzjqrWz1c1huuJN4N+sjRLSlBulylylzxvP0Yeg
FyKXD6ALh5evsrnU7he1EV053Lb26CFces/xYpH1vBYCosSwCIMzwNXssDcfCurY
ag2GqysxSZVL3/mozW+4O/qHbGxieMKs41ZN1zWDYz3ocbVvLY6SBy/GS+uBLfBP
Qp6ZYOi6aOi6O9LicSCMk/oXJdSSV45efLppFMmw//H7bmlD+dLPcqE3rVe61+g5
QmwVsKJ8GOWyoKzPxswnIfQq5QpgyPhhhj3upswRpFZsZr5rfOlE1W9hdbeD9eLC
2o8PcNNSq1+veBtIFWdvcA==</ds:SignatureValue>
</ds:Signature>
<saml:Subject>
<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_7e1a3c5e7b9d1f3a5c7e9b1d3f5a2b7d</saml:NameID>
<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
<saml:SubjectConfirmationData Recipient="https://sp.example.org/Shibboleth.sso/SAML2/POST" NotOnOrAfter="2026-06-01T00:04:30Z" InResponseTo="_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f"/>
</saml:SubjectConfirmation>
</saml:Subject>
<saml:Conditions NotBefore="2026-05-31T23:59:00Z" NotOnOrAfter="2026-06-01T00:04:30Z">
<saml:AudienceRestriction>
<saml:Audience>https://sp.example.org/shibboleth</saml:Audience>
</saml:AudienceRestriction>
</saml:Conditions>
<saml:AuthnStatement AuthnInstant="2026-05-31T23:59:20Z" SessionIndex="_4d6f8a1c3e5b7d9f1a3c5e7b9d1f3a5c">
<saml:AuthnContext>
<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef>
</saml:AuthnContext>
</saml:AuthnStatement>
<saml:AttributeStatement>
<saml:Attribute Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.6" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" FriendlyName="eduPersonPrincipalName">
<saml:AttributeValue>jdoe@example.org</saml:AttributeValue>
</saml:Attribute>
</saml:AttributeStatement>
</saml:Assertion>
</samlp:Response>
"""#
}
