/// A healthy Mattermost deployment, as recorded observations, for the examples of the
/// Mattermost rules: each example changes one thing. The clock of examples is 2026-06-01.
enum MattermostScenarios {
    static let site = "https://chat.northwind.edu"
    static let acs = site + "/login/sso/saml"
    static let spEntityID = "https://chat.northwind.edu"
    static let idpEntityID = "https://idp.northwind.edu/idp/shibboleth"
    static let idpRedirect = "https://idp.northwind.edu/idp/profile/SAML2/Redirect/SSO"
    static let idpPOST = "https://idp.northwind.edu/idp/profile/SAML2/POST/SSO"
    static let idpMetadataURL = "https://idp.northwind.edu/idp/shibboleth"

    /// SP metadata in the shape Mattermost's gosaml2 writes it (default namespace, seven days' validity).
    static func spMetadata(acs: String = acs, entityID: String = spEntityID, wantAssertionsSigned: String = "true",
                                  encryption: Bool = true) -> String {
        let key = { (use: String) in
            """
                <KeyDescriptor use="\(use)">
                  <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>\(CertificateExamples.goodSecond)</X509Certificate></X509Data></KeyInfo>\(use == "encryption" ? """

                  <EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes128-gcm"></EncryptionMethod>
                  <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"></EncryptionMethod>
            """ : "")
                </KeyDescriptor>
            """
        }
        return """
        <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" validUntil="2026-06-07T23:00:00.123456789Z" entityID="\(entityID)">
          <SPSSODescriptor AuthnRequestsSigned="false" WantAssertionsSigned="\(wantAssertionsSigned)" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        \(encryption ? key("signing") + "\n" + key("encryption") : "")
            <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="\(acs)" index="1"></AssertionConsumerService>
          </SPSSODescriptor>
        </EntityDescriptor>
        """
    }

    /// IdP metadata: a signing key (and an encryption key when asked, first when `encryptionFirst`)
    /// and SSO endpoints in the given order.
    static func idpMetadata(entityID: String = idpEntityID, services: [(binding: String, location: String)] = [(ExampleMetadata.redirect, idpRedirect), (ExampleMetadata.post, idpPOST)],
                                   encryptionFirst: Bool = false, wantAuthnRequestsSigned: Bool = false) -> String {
        let signing = CertificateExamples.keyDescriptor(CertificateExamples.good)
        let encryption = CertificateExamples.keyDescriptor(CertificateExamples.goodSecond, use: "encryption")
        let keys = encryptionFirst ? [encryption, signing] : [signing]
        let sso = services.map { #"<md:SingleSignOnService Binding="\#($0.binding)" Location="\#($0.location)"/>"# }
        return ExampleMetadata.idp((keys + sso).joined(separator: "\n"),
                                   roleAttributes: wantAuthnRequestsSigned ? #"WantAuthnRequestsSigned="true""# : "", entityID: entityID)
    }

    /// The AuthnRequest Mattermost sends, as the 302 of /login/sso/saml carries it.
    static func loginRedirect(destination: String = idpRedirect, issuer: String = spEntityID, acs: String = acs,
                                     sigAlg: String? = nil, endpoint: String? = nil) -> HTTPExchange {
        let xml = """
        <samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_8f3b2c" Version="2.0" IssueInstant="2026-06-01T00:00:00Z" Destination="\(destination)" AssertionConsumerServiceURL="\(acs)" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"><saml:Issuer>\(issuer)</saml:Issuer><samlp:NameIDPolicy AllowCreate="true"/></samlp:AuthnRequest>
        """
        var location = (endpoint ?? destination) + "?SAMLRequest=" + RedirectMessage.encode(xml) + "&RelayState=eyJhY3Rpb24iOiIifQ%3D%3D"
        if let sigAlg { location += "&SigAlg=" + MetadataQuery.percentEncoded(sigAlg) + "&Signature=c2lnbmF0dXJl" }
        return HTTPExchange(status: 302, headers: [("Location", location), ("Content-Type", "text/html; charset=utf-8")])
    }

    /// Mattermost's AppError JSON.
    static func appError(status: Int, id: String, message: String) -> HTTPExchange {
        HTTPExchange(status: status, contentType: "application/json",
                     body: #"{"id":"\#(id)","message":"\#(message)","detailed_error":"","request_id":"k3x9","status_code":\#(status)}"#,
                     headers: [("X-Version-Id", "10.5.1.14523.abcdef.true")])
    }

    static func json(_ text: String) -> HTTPExchange {
        HTTPExchange(status: 200, contentType: "application/json", body: text, headers: [("X-Version-Id", "10.5.1.14523.abcdef.true")])
    }

    static let clientConfig = json(#"{"SiteURL":"\#(site)","EnableSaml":"true","BuildEnterpriseReady":"true","Version":"10.5.1","SamlLoginButtonText":"Northwind SSO"}"#)
    static let license = json(#"{"IsLicensed":"true","SAML":"true"}"#)

    /// The admin config, with `overrides` replacing SamlSettings fields (raw JSON values).
    static func adminConfig(_ overrides: [String: String] = [:], service: [String: String] = [:]) -> HTTPExchange {
        var saml: [(String, String)] = [
            ("Enable", "true"), ("Verify", "true"), ("Encrypt", "true"), ("SignRequest", "false"),
            ("IdpURL", "\"\(idpRedirect)\""), ("IdpDescriptorURL", "\"\(idpEntityID)\""), ("IdpMetadataURL", "\"\(idpMetadataURL)\""),
            ("ServiceProviderIdentifier", "\"\(spEntityID)\""), ("AssertionConsumerServiceURL", "\"\(acs)\""),
            ("SignatureAlgorithm", "\"RSAwithSHA256\""), ("CanonicalAlgorithm", "\"Canonical1.0\""),
            ("IdpCertificateFile", "\"saml-idp.crt\""), ("PublicCertificateFile", "\"saml-public.crt\""), ("PrivateKeyFile", "\"saml-private.key\""),
            ("EmailAttribute", "\"mail\""), ("UsernameAttribute", "\"uid\""), ("IdAttribute", "\"\""), ("GuestAttribute", "\"\""),
            ("AdminAttribute", "\"\""), ("EnableSyncWithLdap", "false"),
        ]
        for (key, value) in overrides {
            if let index = saml.firstIndex(where: { $0.0 == key }) { saml[index].1 = value } else { saml.append((key, value)) }
        }
        var serviceFields: [(String, String)] = [("SiteURL", "\"\(site)\""), ("AllowedUntrustedInternalConnections", "\"\"")]
        for (key, value) in service {
            if let index = serviceFields.firstIndex(where: { $0.0 == key }) { serviceFields[index].1 = value } else { serviceFields.append((key, value)) }
        }
        let samlJSON = saml.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",")
        let serviceJSON = serviceFields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",")
        return json("{\"ServiceSettings\":{\(serviceJSON)},\"SamlSettings\":{\(samlJSON)}}")
    }

    static let certificateStatus = json(#"{"idp_certificate_file":true,"private_key_file":true,"public_certificate_file":true}"#)

    static func metadataFromIdP(certificate: String = CertificateExamples.good) -> HTTPExchange {
        json(#"{"idp_descriptor_url":"\#(idpEntityID)","idp_url":"\#(idpRedirect)","idp_public_certificate":"\#(certificate)"}"#)
    }

    /// A working deployment seen with an admin token, changed by `modify`.
    static func deployment(_ modify: (inout MattermostObservation) -> Void = { _ in }) -> MattermostObservation {
        var observation = MattermostObservation(
            siteURL: site, clientConfig: clientConfig, clientLicense: license,
            spMetadata: HTTPExchange(status: 200, contentType: "application/xml", body: spMetadata(),
                                     headers: [("Content-Disposition", "attachment; filename=\"metadata.xml\"")]),
            loginProbe: loginRedirect(), idpMetadataSource: idpMetadataURL,
            idpMetadata: HTTPExchange(status: 200, contentType: "application/samlmetadata+xml", body: idpMetadata()),
            idpMetadataAddresses: ["192.0.2.10"], tokenGiven: true, adminConfig: adminConfig(), certificateStatus: certificateStatus,
            metadataFromIdP: metadataFromIdP())
        modify(&observation)
        return observation
    }
}
