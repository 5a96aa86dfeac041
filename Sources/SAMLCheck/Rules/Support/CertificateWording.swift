#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension CertificateIndex.Entry {
    /// "the signing certificate CN=idp.example.org (SHA256:ab12…)" for messages.
    var phrase: String {
        let kind: String
        switch origin {
        case .signature: kind = "the signature's certificate"
        case .keyDescriptor(let use):
            switch use?.trimmingWhitespace() {
            case "signing"?: kind = "the signing certificate"
            case "encryption"?: kind = "the encryption certificate"
            default: kind = "the certificate"
            }
        }
        guard let info else { return kind }
        return "\(kind) \(info.subject.isEmpty ? "(no subject)" : info.subject) (\(info.fingerprint.short))"
    }

    /// Whether the certificate's key may be used for signing (or is a signature's own).
    var isForSigning: Bool {
        switch origin {
        case .signature: return true
        case .keyDescriptor(let use): return use == nil || use?.trimmingWhitespace() == "signing"
        }
    }

    /// Whether the key is published for encryption.
    var isForEncryption: Bool {
        if case .keyDescriptor(let use) = origin { return use == nil || use?.trimmingWhitespace() == "encryption" }
        return false
    }

    var isInKeyDescriptor: Bool {
        if case .keyDescriptor = origin { return true }
        return false
    }
}

extension RuleContext {
    /// Every certificate of the document, inspected by the certificate stage.
    public var certificates: CertificateIndex { stageFacts.certificates }

    /// Reports at a certificate, attributed to its entity, naming the lines where the entity
    /// repeats the same certificate (rules iterate ``CertificateIndex/firstInEachEntity``).
    mutating func report(_ message: String, at entry: CertificateIndex.Entry, severity: Severity? = nil, hint: String? = nil) {
        let entity = entry.entityIndex.map { document.entities[$0] }
        var text = message
        let repeats = certificates.repeats(of: entry)
        if !repeats.isEmpty {
            text += " The same certificate is also at line\(repeats.count == 1 ? "" : "s") " + repeats.map(String.init).joined(separator: ", ") + "."
        }
        report(text, at: entry.position, entity: entity, severity: severity, hint: hint)
    }
}

/// "2026-01-01" for a date in messages, "unknown" without one.
func day(_ date: Date?) -> String { date?.iso8601Day ?? "an unreadable date" }
