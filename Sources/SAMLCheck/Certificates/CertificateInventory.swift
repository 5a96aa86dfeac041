#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every certificate of a document as a table, sorted by days left, with rollover notes per role
/// and use: what `samlcheck certs` prints, for planning key changes.
public struct CertificateInventory: Sendable {
    /// One certificate, as a table row.
    public struct Row: Sendable, Hashable, Codable {
        /// The entity; nil for the document's signature.
        public var entityID: String?
        /// `IDPSSODescriptor`, `SPSSODescriptor`…; nil for document-level signatures.
        public var role: String?
        /// `signing`, `encryption`, `signing+encryption` (no use), or `signature` (a signature's KeyInfo).
        public var use: String
        /// The subject; nil when unreadable.
        public var subject: String?
        /// The issuer; nil when unreadable.
        public var issuer: String?
        /// The start of validity, ISO 8601.
        public var notBefore: String?
        /// The end of validity, ISO 8601.
        public var notAfter: String?
        /// Whole days until notAfter; negative once expired.
        public var daysLeft: Int?
        /// `RSA 2048`, `EC P-256`…
        public var key: String?
        /// The algorithm the issuer signed it with.
        public var signatureAlgorithm: String?
        /// `SHA256:` and the hex of the DER.
        public var fingerprint: String?
        /// True when this key verified the document's own signature.
        public var verifiedDocumentSignature: Bool
        /// Why the certificate could not be read, when it could not.
        public var problem: String?
        /// The ds:X509Certificate element's line.
        public var line: Int
    }

    /// What a role's keys of one use mean for a rollover (a successor is published, none is…).
    public struct RolloverNote: Sendable, Hashable, Codable {
        /// The entity.
        public var entityID: String?
        /// The role element's name.
        public var role: String?
        /// The key use.
        public var use: String
        /// The note, one sentence.
        public var note: String
    }

    /// The document's source.
    public let source: String
    /// The certificates, soonest to expire first.
    public let rows: [Row]
    /// Rollover notes per role and use.
    public let rollover: [RolloverNote]
    /// Findings that stopped the document from being read at all.
    public let refusal: [Finding]
    /// Why the input could not be read (no such file, an HTML page…), when it could not.
    public private(set) var unreadable: String?

    /// The inventory of an input that could not be read, for a run over several inputs.
    public static func unreadable(source: String, reason: String) -> CertificateInventory {
        var inventory = CertificateInventory(source: source, refusal: [])
        inventory.unreadable = reason
        return inventory
    }

    /// A certificate outside any metadata role: in a PEM or DER file, or in XML that is not
    /// metadata (a SAML Response's signature).
    struct LooseCertificate {
        var result: Result<CertificateInfo, CertificateProblem>
        var line: Int
        /// `certificate`, or `signature` for one in a signature's KeyInfo.
        var use: String
    }

    init(source: String, loose: [LooseCertificate], now: Date) {
        self.source = source
        self.refusal = []
        self.rollover = []
        self.rows = loose.map { certificate in
            var info: CertificateInfo?
            var problem: String?
            switch certificate.result {
            case .success(let decoded): info = decoded
            case .failure(let failure): problem = failure.description
            }
            return Row(entityID: nil, role: nil, use: certificate.use, subject: info?.subject, issuer: info?.issuer,
                       notBefore: info?.notBefore?.iso8601Day, notAfter: info?.notAfter?.iso8601Day, daysLeft: info?.daysLeft(at: now),
                       key: info?.keyDescription, signatureAlgorithm: info?.signatureAlgorithm, fingerprint: info?.fingerprint.description,
                       verifiedDocumentSignature: false, problem: problem, line: certificate.line)
        }.sorted(by: Self.byDaysLeft)
    }

    init(source: String, refusal: [Finding]) {
        self.source = source
        self.rows = []
        self.rollover = []
        self.refusal = refusal
    }

    init(source: String, document: MetadataDocument, facts: StageFacts, now: Date, entityFilter: String?) {
        self.source = source
        self.refusal = []
        let signerKey = (facts.signature.status == .valid || facts.signature.status == .untrusted) ? facts.signerKey : nil
        let entries = facts.certificates.entries.filter { entityFilter == nil || $0.entityID == entityFilter }
        self.rows = entries.map { entry in
            let info = entry.info
            let problem = entry.problem
            return Row(
                entityID: entry.entityID, role: entry.role?.elementName, use: entry.useDescription,
                subject: info?.subject, issuer: info?.issuer,
                notBefore: info?.notBefore?.iso8601Day, notAfter: info?.notAfter?.iso8601Day, daysLeft: info?.daysLeft(at: now),
                key: info?.keyDescription, signatureAlgorithm: info?.signatureAlgorithm, fingerprint: info?.fingerprint.description,
                verifiedDocumentSignature: signerKey != nil && info?.keyFingerprint == signerKey,
                problem: problem, line: entry.position.line)
        }.sorted(by: Self.byDaysLeft)
        self.rollover = Self.rolloverNotes(entries, signerKey: signerKey, now: now, cacheDuration: document.rootCacheDuration)
    }

    /// Unreadable first, then by days left (expired first), then by line.
    static func byDaysLeft(_ lhs: Row, _ rhs: Row) -> Bool {
        switch (lhs.daysLeft, rhs.daysLeft) {
        case (nil, nil): return lhs.line < rhs.line
        case (nil, _): return true
        case (_, nil): return false
        case let (left?, right?): return left != right ? left < right : lhs.line < rhs.line
        }
    }

    /// Whether any certificate is unreadable, expired, or (with `withinDays`) expires within that many days.
    public func hasCertificates(expiringWithin withinDays: Int?) -> Bool {
        rows.contains { row in
            guard let days = row.daysLeft else { return true }
            return days < 0 || (withinDays.map { days <= $0 } ?? false)
        }
    }

    private static func rolloverNotes(_ entries: [CertificateIndex.Entry], signerKey: Fingerprint?, now: Date,
                                      cacheDuration: XSDuration?) -> [RolloverNote] {
        var groups: [String: [CertificateIndex.Entry]] = [:]
        var order: [String] = []
        for entry in entries where entry.isInKeyDescriptor && entry.info != nil {
            let key = "\(entry.entityIndex ?? -1)|\(entry.role?.elementName ?? "")|\(entry.useDescription)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry)
        }
        var notes: [RolloverNote] = []
        for key in order {
            let group = groups[key]!
            let byExpiry = group.sorted { ($0.info!.notAfter ?? .distantPast) < ($1.info!.notAfter ?? .distantPast) }
            let first = byExpiry[0]
            func name(_ entry: CertificateIndex.Entry) -> String { entry.info!.fingerprint.short }
            func note(_ text: String) {
                notes.append(RolloverNote(entityID: first.entityID, role: first.role?.elementName, use: first.useDescription, note: text))
            }
            let distinctKeys = Set(group.map { $0.info!.keyFingerprint })
            if distinctKeys.count == 1 {
                if let days = first.info!.daysLeft(at: now), days < 90 {
                    note(days < 0
                         ? "The only \(first.useDescription) key, \(name(first)), expired \(-days) days ago; publish a new one."
                         : "The only \(first.useDescription) key, \(name(first)), expires in \(days) days and has no successor: publish one now.")
                }
                continue
            }
            let last = byExpiry.last!
            var text = "\(distinctKeys.count) \(first.useDescription) keys: \(name(first)) expires first (\(first.info!.notAfter?.iso8601Day ?? "?")), \(name(last)) lasts until \(last.info!.notAfter?.iso8601Day ?? "?")."
            if let signer = signerKey, let signing = group.first(where: { $0.info!.keyFingerprint == signer }) {
                text += " \(name(signing)) verified this metadata's signature."
            }
            let expired = group.filter { ($0.info!.notAfter.map { $0 < now }) ?? false }
            if !expired.isEmpty, expired.count < group.count {
                text += " Remove " + expired.map(name).joined(separator: ", ") + " now: expired, and replaced."
            } else if first.info!.keyFingerprint != last.info!.keyFingerprint {
                let propagation = cacheDuration?.seconds.map { " (this metadata's cacheDuration is \(describeInterval($0)))" } ?? ""
                text += " Once peers use \(name(last)) and have refreshed metadata\(propagation), \(name(first)) can be removed."
            }
            note(text)
        }
        return notes
    }
}
