import Foundation
import Testing
@testable import SAMLCheck

/// What operators tell samlcheck that metadata cannot say (the federation's registration
/// authority, the registrant's domains, the deployment's capabilities): read from configuration
/// and the command line alike, validated, and compared by the rules that need them.
@Suite struct PolicyInputTests {
    static let feed = ExampleMetadata.aggregate([
        ExampleMetadata.member("""
        <md:Extensions>
          \(MDRPI.registrationInfo(authority: "https://www.elsewhere-federation.org"))
        </md:Extensions>
        \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
        """, entityID: "https://wiki.elsewhere.edu/shibboleth"),
        ExampleMetadata.member("""
        <md:Extensions>
          \(MDRPI.registrationInfo())
        </md:Extensions>
        \(ExampleMetadata.role("IDPSSODescriptor", """
        \(ExampleMetadata.redirectSSO)
        <md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.northwind.edu:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>
        """))
        """, entityID: "https://idp.northwind.edu/idp/shibboleth"),
    ])

    @Test("TOML and JSON configurations set the inputs, and settings receive them")
    func configurationSetsInputs() throws {
        let toml = """
        registrationAuthority = "https://www.northwind-federation.org"
        registrantDomains = ["Northwind.edu", "northwind.org"]
        capabilities = ["SingleSignOnService", "HTTP-Redirect"]
        """
        let json = #"{"registrationAuthority": "https://www.northwind-federation.org", "registrantDomains": ["northwind.edu", "northwind.org"], "capabilities": ["SingleSignOnService", "HTTP-Redirect"]}"#
        let fromTOML = try Configuration(entries: ConfigurationFile.entries(of: toml, isTOML: true))
        let fromJSON = try Configuration(entries: ConfigurationFile.entries(of: json, isTOML: false))
        #expect(fromTOML == fromJSON)
        var settings = RuleSettings(now: TestEnvironment.clock)
        fromTOML.apply(to: &settings)
        #expect(settings.inputs == PolicyInputs(registrationAuthority: "https://www.northwind-federation.org",
                                                registrantDomains: ["northwind.edu", "northwind.org"],
                                                capabilities: ["SingleSignOnService", "HTTP-Redirect"]))
    }

    @Test("a wrong input is a one-line error naming the key or option", arguments: [
        ("capabilities = [\"Telepathy\"]\n", "capabilities: unknown capability 'Telepathy'; known: SingleSignOnService"),
        ("registrantDomains = [\"https://northwind.edu/\"]\n", "registrantDomains: 'https://northwind.edu/' is not a DNS domain"),
        ("registrationAuthority = \"\"\n", "registrationAuthority: must be a non-empty string"),
    ])
    func mistakes(text: String, message: String) throws {
        let problem = Self.problem(try ConfigurationFile.entries(of: text, isTOML: true))
        #expect(problem?.contains(message) == true, "\(problem ?? "accepted")")
        let file = try TestEnvironment.temporaryFile(Data(Self.feed.utf8))
        let result = try TestEnvironment.run(["check", file.path, "--no-config", "--capability", "Telepathy"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("samlcheck: --capability: unknown capability 'Telepathy'") || result.standardError.contains("--capability: unknown capability 'Telepathy'"))
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
    }

    /// What a configuration's entries are refused for; nil when they are accepted.
    static func problem(_ entries: [ConfigEntry]) -> String? {
        do {
            _ = try Configuration(entries: entries)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("the command line drives the three rules: a foreign registration, a foreign domain, an unsupported endpoint")
    func commandLineInputs() throws {
        let file = try TestEnvironment.temporaryFile(Data(Self.feed.utf8))
        let arguments = ["check", file.path, "--no-config", "--now", "2026-06-01", "--format", "json", "--profile", "eduGAIN,REFEDS,saml2int"]
        func findings(_ extra: [String]) throws -> [(rule: String, entity: String, message: String)] {
            let result = try TestEnvironment.run(arguments + extra)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            let documents = try #require(json["documents"] as? [[String: Any]])
            return documents.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }.map {
                ($0["rule"] as? String ?? "", $0["entityID"] as? String ?? "", $0["message"] as? String ?? "")
            }
        }
        let ruleIDs: Set<String> = ["RPI-REGAUTH-MISMATCH", "FED-MRPS-DOMAIN", "ROLE-ADVERTISES-UNUSED"]
        #expect(try findings([]).filter { ruleIDs.contains($0.rule) }.isEmpty, "without inputs the rules have nothing to compare with")

        let given = try findings(["--registration-authority", "https://www.northwind-federation.org", "--registrant-domain", "northwind.edu",
                                  "--capability", "SingleSignOnService,AssertionConsumerService", "--capability", "HTTP-Redirect,HTTP-POST"])
            .filter { ruleIDs.contains($0.rule) }
        let foreign = given.filter { $0.entity == "https://wiki.elsewhere.edu/shibboleth" }.map(\.rule).sorted()
        #expect(foreign == ["FED-MRPS-DOMAIN", "RPI-REGAUTH-MISMATCH"])
        let northwind = given.filter { $0.entity == "https://idp.northwind.edu/idp/shibboleth" }
        #expect(northwind.map(\.rule) == ["ROLE-ADVERTISES-UNUSED"])
        #expect(northwind.first?.message.contains("ArtifactResolutionService over the SOAP binding") == true)
    }

    @Test("eduGAIN alone accepts a support contact; saml2int asks for a technical one")
    func technicalOrSupportContact() throws {
        let sp = ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + """

        <md:ContactPerson contactType="support">
          <md:EmailAddress>mailto:helpdesk@northwind.edu</md:EmailAddress>
        </md:ContactPerson>
        """)
        let underEduGAIN = try TestEnvironment.check(sp, profiles: [.edugain]).findings.filter { $0.rule == "MD-CONTACT-TECHNICAL" }
        #expect(underEduGAIN.isEmpty)
        let underSAML2INT = try TestEnvironment.check(sp, profiles: [.edugain, .saml2int]).findings.filter { $0.rule == "MD-CONTACT-TECHNICAL" }
        #expect(underSAML2INT.map(\.severity) == [.error])
    }
}
