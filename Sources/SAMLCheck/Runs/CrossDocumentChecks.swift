/// Rules over all the documents of one run (`check DIR`, several paths): an entityID that two
/// documents both define (MD-ENTITYID-DUPLICATE), and a signing key that entities of different
/// documents share (OPS-KEY-REUSE-ACROSS-ENTITIES). The finding goes to the later document and
/// names the earlier one as its related place; within one document the rules themselves report.
public enum CrossDocumentChecks {
    /// Adds the findings across `documents` to the later document of each pair, graded by `settings`.
    public static func apply(to documents: inout [DocumentReport], settings: RuleSettings) {
        var firstEntity: [String: (document: String, line: Int)] = [:]
        var firstKey: [String: (document: String, entityID: String, line: Int)] = [:]
        for index in documents.indices {
            let source = documents[index].source
            let identities = documents[index].identities
            var added: [Finding] = []
            var definedHere = Set<String>()
            for entity in identities.entities where definedHere.insert(entity.entityID).inserted {
                if let earlier = firstEntity[entity.entityID] {
                    added += finding(MDEntityIDDuplicate.self, settings: settings,
                                     "entityID '\(entity.entityID)' is also defined in \(earlier.document) (line \(earlier.line)); consumers loading both keep one of them.",
                                     entityID: entity.entityID, line: entity.line, related: FindingPlace(document: earlier.document, entityID: entity.entityID, line: earlier.line, path: nil))
                } else {
                    firstEntity[entity.entityID] = (source, entity.line)
                }
            }
            var keysHere: [String: String] = [:]
            for key in identities.signingKeys {
                if let earlier = firstKey[key.keyFingerprint], earlier.document != source, earlier.entityID != key.entityID,
                   keysHere[key.keyFingerprint] == nil {
                    added += finding(OPSKeyReuseAcrossEntities.self, settings: settings,
                                     "This signing key is also the signing key of \(earlier.entityID) in \(earlier.document) (line \(earlier.line)).",
                                     entityID: key.entityID, line: key.line, related: FindingPlace(document: earlier.document, entityID: earlier.entityID, line: earlier.line, path: nil))
                    keysHere[key.keyFingerprint] = key.entityID
                } else if firstKey[key.keyFingerprint] == nil {
                    firstKey[key.keyFingerprint] = (source, key.entityID, key.line)
                }
            }
            guard !added.isEmpty else { continue }
            var findings = documents[index].findings + added
            let order = findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
            findings = order.map { findings[$0] }
            documents[index].findings = findings
        }
    }

    /// A finding of `rule`, graded by the settings; none when the settings turn the rule off.
    private static func finding(_ rule: any Rule.Type, settings: RuleSettings, _ message: String, entityID: String, line: Int,
                                related: FindingPlace) -> [Finding] {
        let description = rule.description
        guard settings.isEnabled(description) else { return [] }
        var finding = settings.finding(of: description, message, entityID: entityID, line: line)
        finding.related = related
        return [finding]
    }
}
