import Foundation
import Testing
@testable import SAMLCheck

/// `samlcheck mattermost SITE --response FILE`: a response signed at test time by a key the
/// deployment's IdP metadata publishes, checked as that Mattermost receives it, with the error id
/// Mattermost would show.
@Suite struct MattermostResponseTests {
    static let responseID = "_9f3a2c7e5b1d4f8a6c0e2b4d6f8a1c3e"

    static func response(attributes: [(String, String)], encrypted: Bool = false) -> String {
        let statements = attributes.map {
            #"<saml:Attribute Name="\#($0.0)" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue>\#($0.1)</saml:AttributeValue></saml:Attribute>"#
        }.joined(separator: "\n")
        return """
            <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="\(responseID)" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="\(MattermostScenarios.acs)">
            <saml:Issuer>\(MattermostScenarios.idpEntityID)</saml:Issuer>
            <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
            <saml:Assertion ID="_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a" Version="2.0" IssueInstant="2026-05-31T23:59:30Z">
            <saml:Issuer>\(MattermostScenarios.idpEntityID)</saml:Issuer>
            <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">_7e1a3c5e7b9d1f3a5c7e9b1d3f5a2b7d</saml:NameID>
            <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData Recipient="\(MattermostScenarios.acs)" NotOnOrAfter="2026-06-01T00:04:30Z"/></saml:SubjectConfirmation></saml:Subject>
            <saml:Conditions NotBefore="2026-05-31T23:59:00Z" NotOnOrAfter="2026-06-01T00:04:30Z"><saml:AudienceRestriction><saml:Audience>\(MattermostScenarios.spEntityID)</saml:Audience></saml:AudienceRestriction></saml:Conditions>
            <saml:AuthnStatement AuthnInstant="2026-05-31T23:59:20Z" SessionIndex="_4d6f8a1c3e5b7d9f1a3c5e7b9d1f3a5c"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>
            <saml:AttributeStatement>
            \(statements)
            </saml:AttributeStatement>
            </saml:Assertion>
            </samlp:Response>
            """
    }

    /// The response signed by `signer`, checked by the recorded deployment whose configured IdP
    /// certificate (saml-idp.crt) is `configured`'s (the signer's by default).
    static func predict(_ response: String, signer: TestPKI.Identity, configured: TestPKI.Identity? = nil, encrypt: String = "false",
                        now: Date = RuleExample.clock) throws -> MessageSummary {
        let signed = try XMLSigner.sign(response, template: XMLSigner.template(referenceURI: "#" + responseID), after: "ID=\"\(responseID)\"",
                                        identity: signer, idElements: [], qualifiedIDElements: ["urn:oasis:names:tc:SAML:2.0:protocol:Response"])
        let observation = MattermostScenarios.deployment { observation in
            observation.adminConfig = MattermostScenarios.adminConfig(["Encrypt": encrypt])
            observation.idpCertificate = Array((configured ?? signer).certificatePEM.utf8)
        }
        var settings = RuleSettings(now: now)
        settings.profiles.insert(.mattermost)
        let report = MattermostDiagnosis.run(observation, response: (Array(signed.utf8), "response.xml"), options: CheckOptions(rules: settings))
        let document = try #require(report.documents.last)
        #expect(document.source == "response.xml")
        return try #require(document.message, "\(document.unreadable ?? "")")
    }

    @Test("a good response: Mattermost should accept it; Encrypt on: not_encrypted_response")
    func acceptedAndEncryption() throws {
        let signer = try TestPKI.shared.identity(subject: "northwind idp signer")
        let response = Self.response(attributes: [("mail", "jdoe@northwind.edu"), ("uid", "jdoe")])
        let accepted = try Self.predict(response, signer: signer)
        #expect(accepted.mattermostError?.errorID == "none", "\(accepted.mattermostError?.explanation ?? "") \(accepted.signature)")
        #expect(accepted.verdict == .accepted, "\(accepted.reason ?? "")")
        let encrypted = try Self.predict(response, signer: signer, encrypt: "true")
        #expect(encrypted.mattermostError?.errorID == MattermostError.notEncrypted.id)
    }

    @Test("attribute names, signatures and times map to the error ids Mattermost shows")
    func errors() throws {
        let signer = try TestPKI.shared.identity(subject: "northwind idp signer")
        let entra = Self.response(attributes: [("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mail", "jdoe@northwind.edu"), ("uid", "jdoe")])
        let attribute = try Self.predict(entra, signer: signer)
        #expect(attribute.mattermostError?.errorID == MattermostError.attribute.id)
        #expect(attribute.mattermostError?.explanation.contains("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mail") == true,
                "\(attribute.mattermostError?.explanation ?? "")")
        // Signed by a key Mattermost is not configured with (a rolled-over IdP certificate).
        let rolled = try TestPKI.shared.identity(subject: "new idp key")
        let signature = try Self.predict(Self.response(attributes: [("mail", "a@b"), ("uid", "a")]), signer: rolled, configured: signer)
        #expect(signature.mattermostError?.errorID == MattermostError.invalidSignature.id, "\(signature.mattermostError?.explanation ?? "")")
        // Mattermost allows no clock skew: a minute after NotOnOrAfter is an invalid time.
        let late = try Self.predict(Self.response(attributes: [("mail", "a@b"), ("uid", "a")]), signer: signer,
                                    now: RuleExample.clock.addingTimeInterval(5 * 60))
        #expect(late.mattermostError?.errorID == MattermostError.invalidTime.id, "\(late.mattermostError?.explanation ?? "")")
    }
}
