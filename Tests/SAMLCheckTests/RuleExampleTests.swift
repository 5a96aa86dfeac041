import Testing
@testable import SAMLCheck

/// Runs every rule's own examples: a triggering example must produce that rule's finding (at
/// each marked line), a passing one must not produce it. This is how every rule is tested.
@Suite struct RuleExampleTests {
    static let ruleIDs = RuleRegistry.all.map { $0.description.id }

    @Test("every rule has a triggering and a passing example")
    func everyRuleHasExamples() {
        for type in RuleRegistry.all {
            let rule = type.description
            #expect(rule.examples.contains { $0.expectation == .triggers }, "\(rule.id) has no triggering example")
            #expect(rule.examples.contains { $0.expectation == .passes }, "\(rule.id) has no passing example")
        }
    }

    @Test("rule examples behave as declared", arguments: ruleIDs)
    func examples(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(id: ruleID)).description
        for (number, example) in rule.examples.enumerated() {
            let profiles = example.profiles.union(rule.profiles)
            if let scenario = example.scenario {
                // A Mattermost deployment rule: its example is a recorded observation.
                var settings = RuleSettings(now: RuleExample.clock)
                settings.profiles.formUnion(profiles)
                let report = MattermostDiagnosis.run(scenario, options: CheckOptions(rules: settings))
                let hits = report.documents.flatMap(\.findings).filter { $0.rule == ruleID }
                switch example.expectation {
                case .triggers:
                    #expect(!hits.isEmpty, "\(ruleID) example \(number + 1) should trigger it; findings: \(report.documents.flatMap(\.findings).map(\.rule))")
                case .passes:
                    #expect(hits.isEmpty, "\(ruleID) example \(number + 1) should not trigger it, but: \(hits.map(\.message))")
                }
                continue
            }
            if let receiver = example.message {
                try Self.checkMessageExample(example, receiver: receiver, ruleID: ruleID, number: number + 1, profiles: profiles)
                continue
            }
            if let pair = example.pair {
                try Self.checkPairExample(pair, expectation: example.expectation, ruleID: ruleID, number: number + 1, profiles: profiles)
                continue
            }
            let policy = SignaturePolicy(anchors: example.trustAnchors())
            #expect(policy.anchors.count == example.trust.count, "\(ruleID) example \(number + 1): a trusted certificate did not load")
            let schema = SchemaOptions(location: SchemaLocation(directory: example.schemaDirectory))
            let report = try TestEnvironment.checker(now: RuleExample.clock, profiles: profiles, signature: policy, schema: schema, inputs: example.inputs)
                .check(bytes: Array(example.document.utf8), source: example.origin?.url ?? "example-\(number + 1).xml",
                       facts: StageFacts(origin: example.origin))
            let hits = report.findings.filter { $0.rule == ruleID }
            switch example.expectation {
            case .triggers:
                #expect(!hits.isEmpty, "\(ruleID) example \(number + 1) should trigger it; findings: \(report.findings.map { "\($0.rule)@\($0.line ?? 0)" })")
                for line in example.markedLines {
                    #expect(hits.contains { $0.line == line }, "\(ruleID) example \(number + 1): expected a finding on marked line \(line), got lines \(hits.map { $0.line ?? 0 })")
                }
            case .passes:
                #expect(hits.isEmpty, "\(ruleID) example \(number + 1) should not trigger it, but: \(hits.map(\.message))")
            }
        }
    }

    /// A message rule's example: the message through `samlcheck message`'s diagnosis with the
    /// example's receiver; a marked line of the message must carry the rule's finding.
    static func checkMessageExample(_ example: RuleExample, receiver: RuleExample.MessageReceiver, ruleID: String, number: Int,
                                    profiles: Set<Profile>) throws {
        var settings = RuleSettings(now: RuleExample.clock)
        settings.profiles.formUnion(profiles)
        var setup = MessageDiagnosis.Setup()
        setup.acsURL = receiver.acsURL
        setup.requestID = receiver.requestID
        setup.relayState = receiver.relayState
        setup.seenIDs = receiver.seenIDs.map(Set.init)
        setup.clockSkew = receiver.clockSkew
        setup.request = receiver.request.map { Array($0.utf8) }
        setup.mattermostAttributes = receiver.mattermostAttributes
        let report = try MessageDiagnosis.run(bytes: Array(example.document.utf8), source: "message.xml",
                                              idpMetadata: receiver.idp.map { Array($0.utf8) }, spMetadata: receiver.sp.map { Array($0.utf8) },
                                              setup: setup, options: CheckOptions(rules: settings))
        let all = report.documents.flatMap(\.findings)
        let hits = all.filter { $0.rule == ruleID }
        switch example.expectation {
        case .triggers:
            #expect(!hits.isEmpty, "\(ruleID) message example \(number) should trigger it; findings: \(all.map { "\($0.rule)@\($0.line ?? 0): \($0.message)" })")
            for line in example.markedLines {
                #expect(hits.contains { $0.line == line }, "\(ruleID) message example \(number): expected a finding on marked line \(line), got lines \(hits.map { $0.line ?? 0 })")
            }
        case .passes:
            #expect(hits.isEmpty, "\(ruleID) message example \(number) should not trigger it, but: \(hits.map(\.message))")
        }
    }

    /// A pair rule's example: both documents through `samlcheck pair`'s diagnosis; a marked line
    /// on either side must carry a finding of the rule (at that side's element or as its related one).
    static func checkPairExample(_ pair: RuleExample.PairDocuments, expectation: RuleExample.Expectation, ruleID: String, number: Int,
                                 profiles: Set<Profile>) throws {
        var settings = RuleSettings(now: RuleExample.clock)
        settings.profiles.formUnion(profiles)
        let request = pair.acsURL.map { SPRequest(acsURL: $0, origin: "the example's AuthnRequest") }
        let report = try PairDiagnosis.run(spBytes: Array(RuleExample.unmarked(pair.sp).utf8), spSource: "sp.xml",
                                           idpBytes: Array(RuleExample.unmarked(pair.idp).utf8), idpSource: "idp.xml",
                                           request: request, options: CheckOptions(rules: settings))
        let all = report.pair?.findings ?? []
        let hits = all.filter { $0.rule == ruleID }
        switch expectation {
        case .triggers:
            #expect(!hits.isEmpty, "\(ruleID) pair example \(number) should trigger it; pair findings: \(all.map { "\($0.rule): \($0.message)" })")
            for (source, text) in [("sp.xml", pair.sp), ("idp.xml", pair.idp)] {
                for line in RuleExample.markedLines(in: text) {
                    let found = hits.contains { ($0.document == source && $0.line == line) || ($0.related?.document == source && $0.related?.line == line) }
                    #expect(found, "\(ruleID) pair example \(number): expected a finding at \(source):\(line), got \(hits.map { "\($0.document ?? ""):\($0.line ?? 0) ↔ \($0.related?.document ?? ""):\($0.related?.line ?? 0)" })")
                }
            }
        case .passes:
            #expect(hits.isEmpty, "\(ruleID) pair example \(number) should not trigger it, but: \(hits.map(\.message))")
        }
    }
}
