import Foundation
import Testing
@testable import SAMLCheck

/// Keeps the implemented rules true to the rule catalogue (docs/rules.md): IDs exist there, default
/// severities and profiles match its columns, escalations match its "error@profile" notes.
@Suite struct RuleCatalogueTests {
    struct CatalogueRow {
        var id: String
        var severity: String
        var profiles: [String]
    }

    static func catalogue() throws -> [String: CatalogueRow] {
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [String: CatalogueRow] = [:]
        var inSingleDocumentSection = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## 3.") || line.hasPrefix("## 3 ") { inSingleDocumentSection = true }
            if line.hasPrefix("## 4.") { inSingleDocumentSection = false }
            guard line.hasPrefix("| "), !line.hasPrefix("| ID |"), !line.hasPrefix("|---") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3, cells[1].range(of: #"^[A-Z]+(-[A-Z0-9]+)+$"#, options: .regularExpression) != nil else { continue }
            if inSingleDocumentSection, cells.count >= 7 {
                rows[cells[1]] = CatalogueRow(id: cells[1], severity: cells[3],
                                              profiles: cells[5].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            } else if rows[cells[1]] == nil {
                rows[cells[1]] = CatalogueRow(id: cells[1], severity: cells.count > 3 ? cells[3] : "", profiles: [])
            }
        }
        return rows
    }

    @Test("every rule ID is in the catalogue, with its default severity and profiles")
    func rulesMatchCatalogue() throws {
        let rows = try Self.catalogue()
        #expect(rows.count > 200, "the catalogue should have been read (\(rows.count) rows)")
        for type in RuleRegistry.all {
            let rule = type.description
            // Mattermost rules and MD-SCHEMA-UNAVAILABLE are named by their issues, not the catalogue.
            guard !rule.id.hasPrefix("MM-"), !Self.namedByIssues.contains(rule.id) else { continue }
            let row = try #require(rows[rule.id], "\(rule.id) is not in docs/rules.md")
            if !row.profiles.isEmpty {
                #expect(Set(rule.profiles.map(\.rawValue)) == Set(row.profiles), "\(rule.id): profiles \(rule.profiles.map(\.rawValue)) vs catalogue \(row.profiles)")
                let firstWord = row.severity.prefix { $0.isLetter }
                #expect(rule.severity.rawValue == String(firstWord), "\(rule.id): severity \(rule.severity) vs catalogue '\(row.severity)'")
                for escalation in Self.escalations(in: row.severity) {
                    #expect(rule.escalations[escalation.profile] == escalation.severity,
                            "\(rule.id): catalogue escalates to \(escalation.severity)@\(escalation.profile.rawValue)")
                }
            }
        }
    }

    static let namedByIssues: Set<String> = ["MD-SCHEMA-UNAVAILABLE"]

    @Test("every single-document rule of the core, core-ext, sec-BP and ops profiles is implemented")
    func baseProfilesComplete() throws {
        let implemented = Set(RuleRegistry.all.map { $0.description.id })
        let base: Set<String> = ["core", "core-ext", "sec-BP", "ops"]
        let missing = try Self.catalogue().values.filter { !base.isDisjoint(with: $0.profiles) && !implemented.contains($0.id) }.map(\.id)
        #expect(missing.isEmpty, "not implemented: \(missing.sorted())")
        #expect(implemented.count >= 120)
    }

    @Test("rules whose logic is in a stage say which, and explain says where")
    func stageReportedRules() throws {
        var byStage: [ReportingStage: [String]] = [:]
        for type in RuleRegistry.all {
            if let stage = type.description.reportedBy { byStage[stage, default: []].append(type.description.id) }
        }
        #expect(byStage[.schema]?.sorted() == ["MD-SCHEMA-INVALID", "MD-SCHEMA-UNAVAILABLE"])
        #expect(byStage[.parser]?.sorted() == ["MD-DTD-PRESENT", "MD-XML-WELLFORMED", "RESP-DTD"])
        #expect(byStage[.signature]?.allSatisfy { $0.hasPrefix("SIG-") } == true)
        #expect(byStage[.signature]?.count == 20, "every SIG rule but SIG-MD-SELF-KEY, which reads the verdict in its own check")
        #expect(byStage[.mattermost]?.allSatisfy { $0.hasPrefix("MM-") } == true)
        let explained = try TestEnvironment.run(["explain", "SIG-REF-URI-ROOT"])
        #expect(explained.standardOutput.contains("reported  by the signature stage (Sources/SAMLCheck/Signature/SignatureStage.swift"))
        for stage in ReportingStage.allCases {
            let file = stage.source.split(separator: " ").first.map(String.init) ?? ""
            #expect(FileManager.default.fileExists(atPath: TestEnvironment.repositoryRoot.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test("rule IDs are unique and well-formed")
    func ruleIDsAreUnique() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.range(of: #"^[A-Z]+(-[A-Z0-9]+)+$"#, options: .regularExpression) != nil, "\(id)") }
    }

    /// "warning; error@saml2int, @eduGAIN" → [(saml2int, error), (eduGAIN, error)]. Markers naming
    /// sub-profiles (REFEDS-R&S, CoCo-v2) or policies samlcheck does not model are skipped.
    static func escalations(in notation: String) -> [(profile: Profile, severity: Severity)] {
        var result: [(Profile, Severity)] = []
        var current: Severity?
        for token in notation.replacingOccurrences(of: ";", with: ",").split(separator: ",") {
            let part = token.trimmingCharacters(in: .whitespaces)
            guard let at = part.firstIndex(of: "@") else { continue }
            let level = part[..<at].trimmingCharacters(in: .whitespaces)
            if let severity = Severity(rawValue: level) { current = severity }
            let name = String(part[part.index(after: at)...])
            if let profile = Profile(name: name), let current { result.append((profile, current)) }
        }
        return result
    }

    @Test("rules --profile X lists what the profile turns on and raises, in text and JSON")
    func profileEffects() throws {
        let effect = ProfileEffect(.edugain)
        var expected: [String] = []
        for rule in RuleRegistry.all.map({ $0.description }) {
            if let raised = rule.escalations[.edugain], raised > rule.severity { expected.append(rule.id) }
        }
        var escalated: [String] = []
        for escalation in effect.escalates { escalated.append(escalation.rule.id) }
        #expect(!expected.isEmpty)
        #expect(escalated == expected)
        for rule in effect.adds {
            #expect(rule.profiles.contains(.edugain))
            #expect(Set(rule.profiles).isDisjoint(with: Profile.defaults))
        }
        var saml2intAdds: [String] = []
        for rule in ProfileEffect(.saml2int).adds { saml2intAdds.append(rule.id) }
        #expect(saml2intAdds.contains("SIG-MD-SELF-KEY"))

        let text = try TestEnvironment.run(["rules", "--profile", "eduGAIN"])
        let header = "eduGAIN: adds " + String(effect.adds.count) + (effect.adds.count == 1 ? " rule" : " rules") + ", escalates " + String(expected.count) + "\n"
        #expect(text.status == 0)
        #expect(text.standardOutput.hasPrefix(header))
        #expect(text.standardOutput.contains("  ^ MD-STRING-EMPTY"))
        #expect(text.standardOutput.contains("warning → error"))
        let json = try TestEnvironment.run(["rules", "--profile", "saml2int,eduGAIN", "--format", "json"])
        let effects = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let names = effects.map { $0["profile"] as? String ?? "" }
        #expect(names == ["saml2int", "eduGAIN"])
        let adds = effects.first?["adds"] as? [String] ?? []
        #expect(adds == saml2intAdds)
        let unknown = try TestEnvironment.run(["rules", "--profile", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("unknown profile 'nope'"))
    }
}
