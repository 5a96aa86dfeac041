/// JUnit XML, as CI servers (GitLab, Jenkins, Azure, GitHub test reporters) read it: one
/// testsuite per document, one testcase per entity plus one for the document as a whole. A
/// testcase fails when it has findings at or above the run's fail-on severity; its other
/// findings go to system-out.
public enum JUnitRenderer {
    /// A JUnit XML document: one test suite per document, one failing test case per finding at or above
    /// `failOn`, so CI test panes list them.
    public static func render(_ report: Report, run: RunDescription, failOn: Severity?) -> String {
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for document in report.documents {
            if let reason = document.unreadable {
                totalTests += 1
                totalErrors += 1
                suites.append("""
                  <testsuite name="\(XMLText.escaped(document.source, attribute: true))" tests="1" failures="0" errors="1" skipped="0" timestamp="\(run.now.iso8601.replacingFirst("Z", with: ""))">
                    <testcase classname="\(XMLText.escaped(document.source, attribute: true))" name="(document)">
                      <error message="\(XMLText.escaped("could not be read: " + reason, attribute: true))" type="unreadable"/>
                    </testcase>
                  </testsuite>

                """)
                continue
            }
            var byEntity: [String: [Finding]] = [:]
            var documentFindings: [Finding] = []
            for finding in document.findings {
                if let entityID = finding.entityID { byEntity[entityID, default: []].append(finding) } else { documentFindings.append(finding) }
            }
            // Entities in document order; findings of an entity ID the list does not hold (a
            // duplicated or filtered one) still get their testcase.
            var names = ["(document)"]
            var seen: Set<String> = []
            for entityID in document.entityIDs where seen.insert(entityID).inserted { names.append(entityID) }
            for entityID in byEntity.keys.sorted() where !seen.contains(entityID) { names.append(entityID) }
            var cases: [String] = []
            var failures = 0
            for (index, name) in names.enumerated() {
                let findings = index == 0 ? documentFindings : byEntity[name] ?? []
                let (text, failed) = testcase(name: name, source: document.source, findings: findings, failOn: failOn)
                cases.append(text)
                if failed { failures += 1 }
            }
            totalTests += cases.count
            totalFailures += failures
            let properties = [
                property("signature", document.signature.status.rawValue),
                property("root", document.root ?? "(unreadable)"),
                property("suppressed", String(document.suppressed.count)),
            ].joined()
            suites.append("""
              <testsuite name="\(XMLText.escaped(document.source, attribute: true))" tests="\(cases.count)" failures="\(failures)" errors="0" skipped="0" timestamp="\(run.now.iso8601.replacingFirst("Z", with: ""))">
                <properties>
            \(properties)    </properties>
            \(cases.joined())  </testsuite>

            """)
        }
        if let pair = report.pair {
            // The pair is one testcase: it fails when SSO between the two will fail (or on findings at --fail-on).
            let name = "pair: \(pair.sp.entityID) and \(pair.idp.entityID)"
            let (text, failed) = testcase(name: name, source: "pair", findings: pair.findings, failOn: failOn)
            totalTests += 1
            if failed { totalFailures += 1 }
            suites.append("""
              <testsuite name="pair" tests="1" failures="\(failed ? 1 : 0)" errors="0" skipped="0" timestamp="\(run.now.iso8601.replacingFirst("Z", with: ""))">
                <properties>
            \(property("verdict", pair.verdict.rawValue))\(property("sp", pair.sp.document))\(property("idp", pair.idp.document))    </properties>
            \(text)  </testsuite>

            """)
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="samlcheck" tests="\(totalTests)" failures="\(totalFailures)" errors="\(totalErrors)" skipped="0">
        \(suites.joined())</testsuites>

        """
    }

    private static func property(_ name: String, _ value: String) -> String {
        "      <property name=\"\(name)\" value=\"\(XMLText.escaped(value, attribute: true))\"/>\n"
    }

    private static func testcase(name: String, source: String, findings: [Finding], failOn: Severity?) -> (String, Bool) {
        let attributes = "name=\"\(XMLText.escaped(name, attribute: true))\" classname=\"\(XMLText.escaped(source, attribute: true))\""
        guard !findings.isEmpty else { return ("    <testcase \(attributes)/>\n", false) }
        let failing = findings.filter { finding in failOn.map { finding.severity >= $0 } ?? false }
        let other = findings.filter { finding in !(failOn.map { finding.severity >= $0 } ?? false) }
        var body = ""
        if !failing.isEmpty {
            let counts = SeverityCounts(failing)
            let summary = [counts.error > 0 ? "\(counts.error) error(s)" : nil, counts.warning > 0 ? "\(counts.warning) warning(s)" : nil,
                           counts.info > 0 ? "\(counts.info) info" : nil].compactMap { $0 }.joined(separator: ", ")
            let rules = Array(Set(failing.map(\.rule))).sorted().joined(separator: " ")
            body += "      <failure message=\"\(XMLText.escaped(summary + ": " + rules, attribute: true))\" type=\"\(XMLText.escaped(failing[0].rule, attribute: true))\">"
                + XMLText.escaped(failing.map { line($0, source: source) }.joined(separator: "\n")) + "</failure>\n"
        }
        if !other.isEmpty {
            body += "      <system-out>" + XMLText.escaped(other.map { line($0, source: source) }.joined(separator: "\n")) + "</system-out>\n"
        }
        return ("    <testcase \(attributes)>\n\(body)    </testcase>\n", !failing.isEmpty)
    }

    private static func line(_ finding: Finding, source: String) -> String {
        var text = "\(finding.document ?? source):\(finding.line.map(String.init) ?? "-"): \(finding.severity.rawValue) \(finding.rule) \(finding.message)"
        if let related = finding.related { text += "\n  other side: \(related.document):\(related.line.map(String.init) ?? "-")" }
        if let hint = finding.hint { text += "\n  hint: \(hint)" }
        return text
    }
}
