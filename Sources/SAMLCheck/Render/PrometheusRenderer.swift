#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prometheus text exposition format, for node_exporter's textfile collector: certificate
/// expiry and metadata validity as Unix timestamps (alert on `… - time() < 30*86400`), the
/// signature verdict, and finding counts. Series are unique and sorted, so the file is stable.
public enum PrometheusRenderer {
    /// Gauges in the Prometheus text exposition format, for a monitoring job that scrapes or pushes them.
    public static func render(_ report: Report, run: RunDescription) -> String {
        var out = ""
        family(&out, "samlcheck_certificate_expiry_seconds",
               "Unix time at which the certificate expires (notAfter), per entity, role, use and certificate.") {
            report.documents.flatMap { document in
                document.certificates.map { certificate in
                    Sample(labels: [("source", document.source), ("entity", certificate.entityID ?? ""), ("role", certificate.role ?? ""),
                                    ("use", certificate.use), ("fingerprint", certificate.fingerprint)],
                           value: certificate.notAfter.timeIntervalSince1970)
                }
            }
        }
        family(&out, "samlcheck_metadata_valid_until_seconds", "Unix time of the document element's validUntil.") {
            report.documents.compactMap { document in
                document.validUntil.map { Sample(labels: [("source", document.source)], value: $0.timeIntervalSince1970) }
            }
        }
        family(&out, "samlcheck_signature_valid", "1 when the document's signature verified with a trusted key, else 0.") {
            report.documents.map { Sample(labels: [("source", $0.source)], value: $0.signature.status == .valid ? 1 : 0) }
        }
        family(&out, "samlcheck_findings", "Findings by severity (not counting those a baseline suppressed).") {
            report.documents.flatMap { document in
                Severity.allCases.map { severity in
                    Sample(labels: [("source", document.source), ("severity", severity.rawValue)],
                           value: Double(document.findings.filter { $0.severity == severity }.count))
                }
            }
        }
        family(&out, "samlcheck_findings_suppressed", "Findings a baseline suppressed.") {
            report.documents.map { Sample(labels: [("source", $0.source)], value: Double($0.suppressed.count)) }
        }
        family(&out, "samlcheck_entities", "EntityDescriptors in the document.") {
            report.documents.map { Sample(labels: [("source", $0.source)], value: Double($0.entityCount)) }
        }
        family(&out, "samlcheck_fetch_ok", "For fetched sources: 1 when this run's fetch succeeded (a 304 included), 0 when it failed and the last good copy was checked.") {
            report.documents.compactMap { document in
                guard document.fetch != nil || document.refresh != nil else { return nil }
                return Sample(labels: [("source", document.source)], value: document.refresh?.outcome == .fetchFailed ? 0 : 1)
            }
        }
        family(&out, "samlcheck_last_change_seconds", "For sources checked with a state directory: Unix time at which their content was last seen to change.") {
            report.documents.compactMap { document in
                guard let change = document.refresh?.lastChange else { return nil }
                return Sample(labels: [("source", document.source)], value: change.timeIntervalSince1970)
            }
        }
        family(&out, "samlcheck_check_timestamp_seconds", "Unix time the check was made for (the run's clock).") {
            [Sample(labels: [], value: run.now.timeIntervalSince1970)]
        }
        return out
    }

    private struct Sample {
        let labels: [(String, String)]
        let value: Double

        var labelText: String {
            guard !labels.isEmpty else { return "" }
            return "{" + labels.map { "\($0.0)=\"\(PrometheusRenderer.escaped($0.1))\"" }.joined(separator: ",") + "}"
        }
    }

    private static func family(_ out: inout String, _ name: String, _ help: String, _ samples: () -> [Sample]) {
        out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n"
        var seen: Set<String> = []
        for sample in samples().sorted(by: { $0.labelText < $1.labelText }) {
            let labels = sample.labelText
            // The same certificate listed twice for one role and use is one series.
            guard seen.insert(labels).inserted else { continue }
            out += name + labels + " " + number(sample.value) + "\n"
        }
    }

    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Label value escaping: backslash, double quote and line feed.
    static func escaped(_ text: String) -> String {
        text.escaping { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\n": return "\\n"
            default: return nil
            }
        }
    }

}
