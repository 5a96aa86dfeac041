/// Every certificate of a document with where it sits, inspected once.
public struct CertificateIndex: Sendable {
    /// One ds:X509Certificate element and what was read from it.
    public struct Entry: Sendable {
        /// Where the certificate was found.
        public enum Origin: Sendable, Hashable {
            /// In a KeyDescriptor, with its `use` as written.
            case keyDescriptor(use: String?)
            /// In the KeyInfo of a ds:Signature.
            case signature
        }

        /// Index in ``MetadataDocument/entities``; nil for certificates outside any entity.
        public let entityIndex: Int?
        /// The entity's entityID.
        public let entityID: String?
        /// The role the KeyDescriptor or signature belongs to (nil at entity or document level).
        public let role: RoleKind?
        /// The kind of element holding it.
        public let origin: Origin
        /// The KeyDescriptor (or ds:Signature) that holds the certificate.
        public let containerPosition: SourcePosition
        /// The ds:X509Certificate element.
        public let position: SourcePosition
        /// What was read, or why it could not be.
        public let result: Result<CertificateInfo, CertificateProblem>
        /// True when the ds:X509Certificate element holds an XML comment (it may still decode).
        public let containsComment: Bool
        /// Equal for entries with the same certificate text in one document.
        let textNumber: Int

        /// What was read; nil when the certificate could not be.
        public var info: CertificateInfo? {
            if case .success(let info) = result { return info }
            return nil
        }

        static let commentProblem = "The ds:X509Certificate contains an XML comment, which breaks certificate readers."

        /// What is wrong with the certificate as written, exactly as CERT-PARSE reports it; nil
        /// when nothing.
        public var problem: String? {
            if case .failure(let failure) = result { return failure.description }
            // Consumers read keys from KeyDescriptors; a comment in a signature's KeyInfo
            // certificate does not reach them.
            if containsComment, case .keyDescriptor = origin { return Self.commentProblem }
            return nil
        }

        /// `signing`, `encryption`, `signing+encryption` (no use) or `signature` (a signature's KeyInfo).
        public var useDescription: String {
            switch origin {
            case .signature: return "signature"
            case .keyDescriptor(let use): return use ?? "signing+encryption"
            }
        }
    }

    /// Every certificate, in document order.
    public let entries: [Entry]
    /// The first of the entries with the same certificate in the same entity (one for
    /// KeyDescriptors, one for signatures): what rules about a certificate report on, so that a
    /// certificate repeated in three KeyDescriptors is one finding, not three.
    public var firstInEachEntity: LazyMapSequence<[Int32], Entry> { firstIndices.lazy.map { [entries] in entries[Int($0)] } }
    /// Positions in `entries` of ``firstInEachEntity`` (indices, not copies: an aggregate has
    /// tens of thousands of entries).
    private let firstIndices: [Int32]
    private let byPosition: [SourcePosition: Int]
    /// For an entry of ``firstInEachEntity``, the lines of its repeats.
    private let repeatLines: [SourcePosition: [Int]]

    private struct Sameness: Hashable {
        var entityIndex: Int?
        var inSignature: Bool
        var textNumber: Int
    }

    init(entries: [Entry]) {
        self.entries = entries
        var index: [SourcePosition: Int] = [:]
        index.reserveCapacity(entries.count)
        for (offset, entry) in entries.enumerated() { index[entry.position] = offset }
        self.byPosition = index

        var first: [Sameness: SourcePosition] = [:]
        var unique: [Int32] = []
        var repeats: [SourcePosition: [Int]] = [:]
        for (offset, entry) in entries.enumerated() {
            let key = Sameness(entityIndex: entry.entityIndex, inSignature: !entry.isInKeyDescriptor, textNumber: entry.textNumber)
            if let original = first[key] {
                repeats[original, default: []].append(entry.containerPosition.line)
            } else {
                first[key] = entry.position
                unique.append(Int32(offset))
            }
        }
        self.firstIndices = unique
        self.repeatLines = repeats
    }

    /// The lines of the KeyDescriptors (or signatures) that repeat the certificate of `entry`
    /// in its entity; empty when it is not repeated.
    public func repeats(of entry: Entry) -> [Int] { repeatLines[entry.position] ?? [] }

    /// An index of no certificates.
    public static let empty = CertificateIndex(entries: [])

    /// The entry for a ds:X509Certificate element of the model.
    public func entry(for certificate: X509CertificateText) -> Entry? {
        byPosition[certificate.position].map { entries[$0] }
    }

    /// What was read from a ds:X509Certificate element of the model.
    public func info(for certificate: X509CertificateText) -> CertificateInfo? { entry(for: certificate)?.info }
}
