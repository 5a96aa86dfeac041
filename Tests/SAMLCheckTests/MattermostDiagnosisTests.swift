import Foundation
import Testing
@testable import SAMLCheck

/// The Mattermost diagnosis on recorded observations: a healthy deployment is quiet, and the
/// findings land on the document they concern.
@Suite struct MattermostDiagnosisTests {
    static func run(_ observation: MattermostObservation) -> Report {
        MattermostDiagnosis.run(observation, options: CheckOptions(rules: RuleSettings(now: RuleExample.clock)))
    }

    @Test("a healthy deployment has no errors or warnings, only notes")
    func healthy() {
        let report = Self.run(MattermostScenarios.deployment())
        #expect(report.documents.map(\.source) == ["https://chat.northwind.edu", "https://chat.northwind.edu/api/v4/saml/metadata",
                                                  "https://idp.northwind.edu/idp/shibboleth"])
        let loud = report.documents.flatMap(\.findings).filter { $0.severity != .info }
        #expect(loud.isEmpty, "\(loud.map { "\($0.rule): \($0.message)" })")
        let notes = Set(report.documents.flatMap(\.findings).map(\.rule))
        #expect(notes.isSuperset(of: ["MM-VERSION", "MM-SP-ENCRYPTION", "MM-SP-VALIDUNTIL"]), "\(notes)")
    }
}
