#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `samlcheck certs`: the certificate table for people, or JSON for machines.
public enum CertificateInventoryRenderer {
    static let headers = ["DAYS", "NOT AFTER", "NOT BEFORE", "ENTITY", "ROLE", "USE", "KEY", "SIGNATURE ALG", "SUBJECT", "ISSUER", "SHA-256"]

    /// The inventories as `samlcheck certs` prints them: one block per document, one line per certificate.
    public static func text(_ inventories: [CertificateInventory]) -> String {
        var out = ""
        for inventory in inventories {
            if let reason = inventory.unreadable {
                out += "\(inventory.source): could not be read: \(reason)\n\n"
                continue
            }
            out += "\(inventory.source): \(inventory.rows.count) certificate\(inventory.rows.count == 1 ? "" : "s")\n"
            for finding in inventory.refusal {
                out += "  \(finding.rule): \(finding.message)\n"
            }
            guard !inventory.rows.isEmpty else { out += "\n"; continue }
            var table = [headers]
            for row in inventory.rows {
                if let problem = row.problem {
                    table.append(["?", "", "", row.entityID ?? "-", row.role ?? "-", row.use, "", "", "unreadable (line \(row.line)): \(problem)", "", ""])
                    continue
                }
                table.append([
                    row.daysLeft.map(String.init) ?? "?", row.notAfter ?? "?", row.notBefore ?? "?", row.entityID ?? "-", row.role ?? "-",
                    row.use + (row.verifiedDocumentSignature ? " *" : ""), row.key ?? "?", row.signatureAlgorithm ?? "?",
                    row.subject ?? "", row.issuer ?? "", row.fingerprint.map { String($0.dropFirst(7)) } ?? "",
                ])
            }
            let widths = (0..<headers.count).map { column in table.map { $0[column].count }.max() ?? 0 }
            for line in table {
                out += "  " + line.enumerated().map { column, cell in
                    column == line.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
                }.joined(separator: "  ") + "\n"
            }
            if inventory.rows.contains(where: \.verifiedDocumentSignature) {
                out += "  * verified this document's signature\n"
            }
            if !inventory.rollover.isEmpty {
                out += "Rollover\n"
                for note in inventory.rollover {
                    out += "  \(note.entityID ?? "(document)") \(note.role ?? ""): \(note.note)\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// The inventories as JSON, with days left counted from `now`.
    public static func json(_ inventories: [CertificateInventory], now: Date) -> String {
        struct Document: Encodable {
            let source: String
            let certificates: [CertificateInventory.Row]
            let rollover: [CertificateInventory.RolloverNote]
            let refusal: [Finding]
            /// Only for an input that could not be read.
            let unreadable: String?
        }
        struct Output: Encodable {
            let now: String
            let documents: [Document]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let output = Output(now: now.iso8601, documents: inventories.map {
            Document(source: $0.source, certificates: $0.rows, rollover: $0.rollover, refusal: $0.refusal, unreadable: $0.unreadable)
        })
        return String(decoding: try! encoder.encode(output), as: UTF8.self) + "\n"
    }
}
