import Foundation
import Testing
@testable import SAMLCheck

/// The signature verdict as a contract, run through the CLI: every signed fixture × every class of
/// mutation × each trust mode gives the status and exit code of one table.
///
/// - `invalid` always carries a SIG-INVALID error;
/// - with trust input or `--require-signature`, every status but `valid` is an error finding
///   (SIG-INVALID, SIG-MD-UNTRUSTED-KEY or SIG-MD-UNSIGNED) and the run exits 1;
/// - `not-checked` only when there is nothing to check with (no key, or RSA-PSS, which this
///   xmlsec lacks), and its reason says which.
///
/// Documents are signed here with `xmlsec1 --sign` and keys made by `openssl`; mutations are
/// applied to the signed text, or to the template before signing when the attack needs xmlsec to
/// sign something the document does not show (namespaced twins of URI and Algorithm).
@Suite struct SignatureContractTests {
    static let pki = TestPKI.shared
    static let signer = Result { try pki.identity(subject: "contract-signer.northwind.edu") }
    static let other = Result { try pki.identity(subject: "someone-else.northwind.edu") }
    static let idpKey = Result { try pki.identity(subject: "idp.northwind.edu") }

    enum Fixture: String, CaseIterable, Sendable {
        case entity, aggregate

        /// The document element's ID and the ID of an element inside it.
        var rootID: String { self == .entity ? "_entity" : "_aggregate" }
        var innerID: String { self == .entity ? "_role" : "_idp" }
        var innerElement: String { self == .entity ? "IDPSSODescriptor" : "EntityDescriptor" }

        func unsigned() throws -> String {
            let certificate = try SignatureContractTests.idpKey.get().certificateBase64
            let idp = """
              <md:IDPSSODescriptor ID="_role" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(certificate)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(CertificateExamples.goodSecond)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.northwind.edu/idp/profile/SAML2/Redirect/SSO"/>
              </md:IDPSSODescriptor>
            """
            switch self {
            case .entity:
                return """
                <?xml version="1.0" encoding="UTF-8"?>
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_entity" entityID="https://idp.northwind.edu/idp/shibboleth" validUntil="2026-12-10T00:00:00Z">
                \(idp)
                </md:EntityDescriptor>
                """
            case .aggregate:
                return """
                <?xml version="1.0" encoding="UTF-8"?>
                <md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_aggregate" Name="https://federation.northwind.edu" validUntil="2026-12-10T00:00:00Z">
                  <md:EntityDescriptor ID="_idp" entityID="https://idp.northwind.edu/idp/shibboleth">
                  \(idp.replacingOccurrences(of: " ID=\"_role\"", with: ""))
                  </md:EntityDescriptor>
                  <md:EntityDescriptor entityID="https://wiki.northwind.edu/shibboleth">
                    <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                      <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(certificate)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                      <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://wiki.northwind.edu/Shibboleth.sso/SAML2/POST" index="1"/>
                    </md:SPSSODescriptor>
                  </md:EntityDescriptor>
                </md:EntitiesDescriptor>
                """
            }
        }

        /// The fixture signed by `identity` with `template` (the profile's template by default).
        func signed(template: String? = nil, by identity: TestPKI.Identity) throws -> String {
            try XMLSigner.sign(try unsigned(), template: template ?? XMLSigner.template(referenceURI: "#" + rootID),
                               after: "ID=\"\(rootID)\"", identity: identity, idElements: ["EntitiesDescriptor", "EntityDescriptor", "IDPSSODescriptor"])
        }
    }

    /// The trust input of a run.
    enum Mode: String, CaseIterable, Sendable {
        case none, trust, fingerprint, requireSignature

        func arguments(signer: TestPKI.Identity) -> [String] {
            switch self {
            case .none: return []
            case .trust: return ["--trust", signer.certificatePath]
            case .fingerprint: return ["--trust-fingerprint", Fingerprint(sha256Of: signer.certificateDER).description]
            case .requireSignature: return ["--require-signature"]
            }
        }

        var requiresSignature: Bool { self != .none }
    }

    typealias Status = SignatureSummary.Status

    /// One class of change to a signed document, and the status it must get in each mode.
    enum Mutation: String, CaseIterable, Sendable {
        case intact
        case contentEdited, reindented, signatureValueAltered
        case signatureMethodUnknown, signatureMethodHMAC, signatureMethodHMACOutputLength, signatureMethodRSAPSS
        case digestMethodUnknown, canonicalizationUnknown
        case namespacedReferenceURIFirst, namespacedSignatureMethodFirst, namespacedDigestMethodFirst, namespacedAlgorithmSecond
        case otherCertificateFirstInKeyInfo, keyNameOnly, retrievalMethodOnly, keyInfoRemoved
        case signatureRemoved, signedByAnotherKey, xmlIDOnInnerElement

        func expected(_ mode: Mode) -> Status {
            switch self {
            case .intact, .otherCertificateFirstInKeyInfo:
                return mode == .trust || mode == .fingerprint ? .valid : .untrusted
            case .contentEdited, .reindented, .signatureValueAltered, .signatureMethodUnknown, .signatureMethodHMAC,
                 .signatureMethodHMACOutputLength, .digestMethodUnknown, .canonicalizationUnknown, .namespacedReferenceURIFirst,
                 .namespacedSignatureMethodFirst, .namespacedDigestMethodFirst, .namespacedAlgorithmSecond, .xmlIDOnInnerElement:
                return .invalid
            case .signatureMethodRSAPSS:
                return .notChecked
            case .keyNameOnly, .retrievalMethodOnly, .keyInfoRemoved:
                // A trusted key needs no KeyInfo; a pinned fingerprint has nothing to match.
                return mode == .trust ? .valid : .notChecked
            case .signatureRemoved:
                return .absent
            case .signedByAnotherKey:
                return .untrusted
            }
        }

        func apply(to fixture: Fixture) throws -> String {
            let signer = try SignatureContractTests.signer.get()
            let signed = { try fixture.signed(by: signer) }
            let rootURI = "#" + fixture.rootID
            switch self {
            case .intact:
                return try signed()
            case .contentEdited:
                return try replace("Redirect/SSO\"", with: "Redirect/SSO-evil\"", in: signed())
            case .reindented:
                return try replace("\n  <md:", with: "\n      <md:", in: signed())
            case .signatureValueAltered:
                let text = try signed()
                let start = try #require(text.range(of: "<ds:SignatureValue>"))
                let index = text.index(start.upperBound, offsetBy: 10)
                let flipped: Character = text[index] == "A" ? "B" : "A"
                return text.replacingCharacters(in: index...index, with: String(flipped))
            case .signatureMethodUnknown:
                return try replace("xmldsig-more#rsa-sha256\"", with: "xmldsig-more#rsa-sha256x\"", in: signed())
            case .signatureMethodHMAC:
                return try replace("xmldsig-more#rsa-sha256\"", with: "xmldsig-more#hmac-sha256\"", in: signed())
            case .signatureMethodHMACOutputLength:
                return try replace("<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>",
                                   with: "<ds:SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#hmac-sha1\"><ds:HMACOutputLength>160</ds:HMACOutputLength></ds:SignatureMethod>",
                                   in: signed())
            case .signatureMethodRSAPSS:
                return try replace("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"", with: "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1\"", in: signed())
            case .digestMethodUnknown:
                return try replace("xmlenc#sha256\"", with: "xmlenc#sha256x\"", in: signed())
            case .canonicalizationUnknown:
                return try replace("<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"",
                                   with: "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#x\"", in: signed())
            case .namespacedReferenceURIFirst:
                // xmlsec signs (and verifies) the inner element; the plain URI names the root.
                let template = try replace("<ds:Reference URI=\"\(rootURI)\"",
                                           with: "<ds:Reference xmlns:x=\"urn:example:x\" x:URI=\"#\(fixture.innerID)\" URI=\"\(rootURI)\"",
                                           in: XMLSigner.template(referenceURI: rootURI))
                let text = try fixture.signed(template: template, by: signer)
                // Content outside the element xmlsec digested, which the signature does not cover.
                return fixture == .entity
                    ? try replace("entityID=\"https://idp.northwind.edu/idp/shibboleth\"", with: "entityID=\"https://evil.example.net/idp\"", in: text)
                    : try replace("https://wiki.northwind.edu/Shibboleth.sso/SAML2/POST", with: "https://evil.example.net/acs", in: text)
            case .namespacedSignatureMethodFirst:
                let template = try replace("<ds:SignatureMethod Algorithm=",
                                           with: "<ds:SignatureMethod xmlns:x=\"urn:example:x\" x:Algorithm=\"\(SignatureAlgorithms.rsaSHA1)\" Algorithm=",
                                           in: XMLSigner.template(referenceURI: rootURI))
                return try fixture.signed(template: template, by: signer)
            case .namespacedDigestMethodFirst:
                let template = try replace("<ds:DigestMethod Algorithm=",
                                           with: "<ds:DigestMethod xmlns:x=\"urn:example:x\" x:Algorithm=\"\(SignatureAlgorithms.sha1)\" Algorithm=",
                                           in: XMLSigner.template(referenceURI: rootURI))
                return try fixture.signed(template: template, by: signer)
            case .namespacedAlgorithmSecond:
                // Harmless as it happens (xmlsec reads the plain one), still two readings.
                let template = try replace("<ds:DigestMethod Algorithm=\"\(SignatureAlgorithms.sha256)\"",
                                           with: "<ds:DigestMethod xmlns:x=\"urn:example:x\" Algorithm=\"\(SignatureAlgorithms.sha256)\" x:Algorithm=\"\(SignatureAlgorithms.sha1)\"",
                                           in: XMLSigner.template(referenceURI: rootURI))
                return try fixture.signed(template: template, by: signer)
            case .otherCertificateFirstInKeyInfo:
                let other = try SignatureContractTests.other.get()
                return try replace("<ds:X509Data>\n<ds:X509Certificate>", with: "<ds:X509Data><ds:X509Certificate>\(other.certificateBase64)</ds:X509Certificate>\n<ds:X509Certificate>",
                                   in: signed(), count: 1)
            case .keyNameOnly:
                return try replacingSignatureKeyInfo(in: signed(), with: "<ds:KeyInfo><ds:KeyName>metadata-signer</ds:KeyName></ds:KeyInfo>")
            case .retrievalMethodOnly:
                return try replacingSignatureKeyInfo(in: signed(), with: "<ds:KeyInfo><ds:RetrievalMethod URI=\"#key\" Type=\"http://www.w3.org/2000/09/xmldsig#X509Data\"/></ds:KeyInfo>")
            case .keyInfoRemoved:
                return try replacingSignatureKeyInfo(in: signed(), with: "")
            case .signatureRemoved:
                let text = try signed()
                let start = try #require(text.range(of: "<ds:Signature"))
                let end = try #require(text.range(of: "</ds:Signature>"))
                return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
            case .signedByAnotherKey:
                return try fixture.signed(by: SignatureContractTests.other.get())
            case .xmlIDOnInnerElement:
                // An xml:id with the root's ID value, which libxml2 registers as the parser meets it.
                let marker = fixture == .entity ? "<md:IDPSSODescriptor ID=\"_role\"" : "<md:EntityDescriptor ID=\"_idp\""
                return try replace(marker, with: marker + " xml:id=\"\(fixture.rootID)\"", in: signed(), count: 1)
            }
        }

        private func replace(_ target: String, with replacement: String, in text: String, count: Int = .max) throws -> String {
            #expect(text.contains(target), "\(rawValue): '\(target)' not found")
            var result = text
            var done = 0
            var searchStart = result.startIndex
            while done < count, let range = result.range(of: target, range: searchStart..<result.endIndex) {
                result.replaceSubrange(range, with: replacement)
                searchStart = result.index(range.lowerBound, offsetBy: replacement.count)
                done += 1
            }
            return result
        }

        /// Replaces the KeyInfo of the document's own signature (the first KeyInfo after ds:SignatureValue).
        private func replacingSignatureKeyInfo(in text: String, with keyInfo: String) throws -> String {
            let value = try #require(text.range(of: "</ds:SignatureValue>"))
            let start = try #require(text.range(of: "<ds:KeyInfo>", range: value.upperBound..<text.endIndex))
            let end = try #require(text.range(of: "</ds:KeyInfo>", range: start.upperBound..<text.endIndex))
            return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: keyInfo)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: Fixture
        var mutation: Mutation
        var testDescription: String { "\(fixture.rawValue) × \(mutation.rawValue)" }
    }

    static let cases: [Case] = Fixture.allCases.flatMap { fixture in Mutation.allCases.map { Case(fixture: fixture, mutation: $0) } }

    /// The report's signature status, its reason and the SIG findings, from the JSON the CLI writes.
    struct Outcome {
        var exitCode: Int32
        var status: String
        var reason: String?
        var findings: [(rule: String, severity: String, message: String)]
    }

    static func run(_ xml: String, mode: Mode, extra: [String] = []) throws -> Outcome {
        let file = try TestEnvironment.temporaryFile(Data(xml.utf8), name: "signed.xml")
        let result = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29T00:00:00Z", "--format", "json", "--no-config"]
                                             + mode.arguments(signer: try signer.get()) + extra)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                "no JSON: \(result.standardError)")
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        let signature = try #require(document["signature"] as? [String: Any])
        let findings = (document["findings"] as? [[String: Any]] ?? []).map {
            (rule: $0["rule"] as? String ?? "", severity: $0["severity"] as? String ?? "", message: $0["message"] as? String ?? "")
        }
        return Outcome(exitCode: result.status, status: signature["status"] as? String ?? "?", reason: signature["reason"] as? String,
                       findings: findings)
    }

    @Test("status and exit code follow the table for every fixture, mutation and trust mode", arguments: cases)
    func table(testCase: Case) throws {
        let xml = try testCase.mutation.apply(to: testCase.fixture)
        for mode in Mode.allCases {
            let expected = testCase.mutation.expected(mode)
            let outcome = try Self.run(xml, mode: mode)
            let label = "\(testCase.testDescription) with \(mode.rawValue)"
            let sig = outcome.findings.filter { $0.rule.hasPrefix("SIG-") }.map { "\($0.rule)(\($0.severity)): \($0.message)" }
            #expect(outcome.status == expected.rawValue, "\(label): \(outcome.status) — \(outcome.reason ?? "no reason"); \(sig)")
            // The fixtures are otherwise clean: the exit code is the verdict's.
            let fails = expected == .invalid || (mode.requiresSignature && expected != .valid)
            #expect(outcome.exitCode == (fails ? 1 : 0), "\(label): exit \(outcome.exitCode); \(sig)")
            // Every status has a reason, a sentence.
            #expect((outcome.reason ?? "").count > 20, "\(label): reason \(outcome.reason ?? "nil")")
            if expected == .invalid {
                #expect(outcome.findings.contains { $0.rule == "SIG-INVALID" && $0.severity == "error" }, "\(label): \(sig)")
            }
            if mode.requiresSignature && expected != .valid {
                let carrier = ["SIG-INVALID", "SIG-MD-UNTRUSTED-KEY", "SIG-MD-UNSIGNED"]
                #expect(outcome.findings.contains { carrier.contains($0.rule) && $0.severity == "error" }, "\(label): \(sig)")
            }
            if expected == .notChecked {
                // Not-checked says why: no key at all, or an algorithm this xmlsec lacks; never SIG-INVALID.
                #expect(outcome.reason?.contains("KeyInfo") == true || outcome.reason?.contains("cannot verify") == true, "\(label): \(outcome.reason ?? "")")
                #expect(!outcome.findings.contains { $0.rule == "SIG-INVALID" }, "\(label): \(sig)")
            }
            if expected == .valid || expected == .untrusted {
                #expect(!outcome.findings.contains { $0.rule == "SIG-INVALID" }, "\(label): \(sig)")
            }
        }
    }

    @Test("a pinned or trusted key found second in KeyInfo verifies, and SIG-KEYINFO-MISMATCH says the first was another")
    func rolloverKeyInfo() throws {
        let xml = try Mutation.otherCertificateFirstInKeyInfo.apply(to: .aggregate)
        for mode in [Mode.trust, .fingerprint] {
            let outcome = try Self.run(xml, mode: mode)
            #expect(outcome.status == "valid", "\(mode): \(outcome.reason ?? "")")
            let mismatch = outcome.findings.filter { $0.rule == "SIG-KEYINFO-MISMATCH" }
            #expect(mismatch.map(\.severity) == ["info"], "\(mode): \(outcome.findings.map(\.rule))")
        }
        // The plain document names the signer first: no mismatch.
        let plain = try Self.run(try Mutation.intact.apply(to: .aggregate), mode: .fingerprint)
        #expect(plain.status == "valid")
        #expect(!plain.findings.contains { $0.rule == "SIG-KEYINFO-MISMATCH" })
    }

    @Test("a failed verdict under trust input cannot be disabled, downgraded or baselined away")
    func verdictBinds() throws {
        let tampered = try Mutation.contentEdited.apply(to: .aggregate)
        let disabled = try Self.run(tampered, mode: .trust, extra: ["--disable", "SIG-INVALID", "--severity", "SIG-INVALID=info"])
        #expect(disabled.exitCode == 1)
        #expect(disabled.findings.contains { $0.rule == "SIG-INVALID" && $0.severity == "error" })

        let foreign = try Mutation.signedByAnotherKey.apply(to: .entity)
        let lowered = try Self.run(foreign, mode: .fingerprint, extra: ["--severity", "SIG-MD-UNTRUSTED-KEY=info"])
        #expect(lowered.exitCode == 1)
        #expect(lowered.findings.contains { $0.rule == "SIG-MD-UNTRUSTED-KEY" && $0.severity == "error" })

        let baseline = try TestEnvironment.temporaryFile(Data(), name: "baseline.json")
        let written = try Self.run(tampered, mode: .trust, extra: ["--write-baseline", baseline.path])
        #expect(written.exitCode == 0)
        let applied = try Self.run(tampered, mode: .trust, extra: ["--baseline", baseline.path])
        #expect(applied.exitCode == 1)
        #expect(applied.findings.contains { $0.rule == "SIG-INVALID" })

        // Without trust input an untrusted signature is information, and settings apply to it.
        let informational = try Self.run(foreign, mode: .none, extra: ["--disable", "SIG-MD-UNTRUSTED-KEY"])
        #expect(informational.exitCode == 0)
        #expect(!informational.findings.contains { $0.rule == "SIG-MD-UNTRUSTED-KEY" })
    }

    @Test("reasons name the cause: no garbled ID sentence, RSA-PSS is not a profile violation, a DOCTYPE says why")
    func reasons() throws {
        // Root without ID, Reference to an xml:id elsewhere.
        let signer = try Self.signer.get()
        var xml = try Fixture.entity.signed(by: signer)
        xml = xml.replacingOccurrences(of: " ID=\"_entity\"", with: "")
        xml = xml.replacingOccurrences(of: "<md:IDPSSODescriptor ID=\"_role\"", with: "<md:IDPSSODescriptor ID=\"_role\" xml:id=\"_entity\"")
        let noID = try Self.run(xml, mode: .trust)
        #expect(noID.status == "invalid")
        #expect(noID.reason?.contains("has no ID") == true, "\(noID.reason ?? "")")
        #expect(noID.reason?.contains("does not have") != true)

        let pss = try Self.run(try Mutation.signatureMethodRSAPSS.apply(to: .entity), mode: .trust)
        #expect(pss.status == "not-checked")
        #expect(pss.reason?.contains("Profile") != true && pss.reason?.contains("profile") != true, "\(pss.reason ?? "")")
        #expect(pss.reason?.contains("cannot verify") == true)
        #expect(pss.findings.contains { $0.rule == "SIG-ALG-UNKNOWN" && $0.message.contains("known algorithm") })

        let doctype = try Self.run("<?xml version=\"1.0\"?>\n<!DOCTYPE md:EntityDescriptor>\n<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://x.northwind.edu\"/>", mode: .trust)
        #expect(doctype.status == "not-checked")
        #expect(doctype.reason?.contains("MD-DTD-PRESENT") == true, "\(doctype.reason ?? "nil")")
        #expect(doctype.exitCode == 1)
    }
}
