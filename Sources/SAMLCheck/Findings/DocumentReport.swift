#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything samlcheck found in one document.
public struct DocumentReport: Sendable, Hashable, Codable {
    /// Where the document came from: a path, `-` for standard input, or a URL.
    public var source: String
    /// The document element's name, nil when the document could not be parsed.
    public var root: String?
    /// Number of EntityDescriptors in the document.
    public var entityCount: Int
    /// The verdict on the document element's signature (see <doc:SignatureVerdicts>).
    public var signature: SignatureSummary
    /// Findings in report order (by line, then rule).
    public var findings: [Finding]
    /// How long each phase took. Not part of the JSON report, which must not vary between runs.
    public var timings = PhaseTimings()
    /// Findings a baseline accepted: reported as suppressed, not counted, never failing a run.
    public var suppressed: [Finding] = []
    /// The entity IDs of the document in document order (display form for entities without
    /// one), so per-entity reports can list the entities that have no findings.
    public var entityIDs: [String] = []
    /// The validUntil of the document element, if any.
    public var validUntil: Date?
    /// The cacheDuration of the document element in seconds, if any (how often consumers refresh).
    public var cacheDuration: Double?
    /// Every readable certificate with its expiry.
    public var certificates: [CertificateExpiry] = []
    /// How the document was fetched, for URLs and MDQ; nil for files and standard input.
    public var fetch: FetchRecord?
    /// What the state directory knew and learnt about a fetched source (`--state`); nil otherwise.
    public var refresh: RefreshRecord?
    /// Why the document could not be read at all (no such file, an HTML page, a fetch that
    /// failed…), when it could not; such a document has no findings, and the run exits 2.
    public var unreadable: String?
    /// True for a report about a deployment rather than a document (the Mattermost mode's
    /// first report): it has no signature to speak of.
    public var describesDeployment = false
    /// For `samlcheck message`: what the message is and whether its receiver would accept it.
    public var message: MessageSummary?
    /// Its entityIDs and signing keys with their lines, for the checks across the documents of
    /// a run (``CrossDocumentChecks``); not part of the JSON report.
    package var identities = DocumentIdentities()

    enum CodingKeys: String, CodingKey { case source, root, entityCount, signature, findings }

    /// A report of `findings`, which are put in report order (by line, then rule).
    public init(source: String, root: String?, entityCount: Int, signature: SignatureSummary, findings: [Finding]) {
        self.source = source
        self.root = root
        self.entityCount = entityCount
        self.signature = signature
        // Sorting positions rather than findings: a finding is seven fields, five of them strings,
        // and an aggregate's report holds tens of thousands.
        let order = findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
        self.findings = order.map { findings[$0] }
    }

    /// The findings counted by severity (suppressed ones not included).
    public var counts: SeverityCounts { SeverityCounts(findings) }

    /// The report of an input that could not be read, for a run over several inputs: the others
    /// are still reported.
    public static func unreadable(source: String, reason: String) -> DocumentReport {
        var report = DocumentReport(source: source, root: nil, entityCount: 0,
                                    signature: SignatureSummary(status: .notChecked, reason: "The document could not be read, so its signature was not checked."),
                                    findings: [])
        report.unreadable = reason
        return report
    }
}

/// The result of checking one or more documents.
public struct Report: Sendable, Hashable, Codable {
    /// One report per document, in the order the inputs were given.
    public var documents: [DocumentReport]
    /// The Mattermost mode's diagnostics and whether each ran; nil for other commands.
    public var mattermost: MattermostSummary?
    /// `samlcheck pair`: the findings about an SP and an IdP together; nil for other commands.
    public var pair: PairSummary?

    /// A report of a run over `documents`, with a Mattermost or SP–IdP pair summary when the run
    /// diagnosed one.
    public init(documents: [DocumentReport], mattermost: MattermostSummary? = nil, pair: PairSummary? = nil) {
        self.documents = documents
        self.mattermost = mattermost
        self.pair = pair
    }

    /// Every document's findings (and the pair's) counted by severity.
    public var counts: SeverityCounts {
        documents.reduce(SeverityCounts(pair?.findings ?? [])) { $0 + $1.counts }
    }

    /// Number of findings a baseline suppressed, over all documents (and the pair).
    public var suppressedCount: Int { documents.reduce(pair?.suppressed.count ?? 0) { $0 + $1.suppressed.count } }

    /// Whether any input could not be read (the run then exits 2).
    public var hasUnreadableDocuments: Bool { documents.contains { $0.unreadable != nil } }

    /// Whether a source checked with a state directory failed to fetch (its last good copy was
    /// checked instead) or verifies worse than its last good copy: a run that should fail
    /// whatever the copy's findings.
    public var hasRefreshFailure: Bool { documents.contains { $0.refresh?.isFailure == true } }

    /// Whether the run did less than it was asked: an input could not be read, or a check the
    /// user asked for (by giving its input) did not run. Such a run exits 2 after its report.
    public var isIncomplete: Bool {
        hasUnreadableDocuments || (mattermost?.checks.contains(where: \.failedRequest) ?? false)
    }

    /// Whether any finding is at or above the threshold (nil: never fail).
    public func hasFindings(atLeast threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return counts.count(atLeast: threshold) > 0
    }

    /// The exit code `samlcheck` ends with for this report: 2 when the run did less than it was
    /// asked (``isIncomplete``), 1 when a monitored source failed to refresh or a finding is at or
    /// above `threshold` (nil: findings never fail the run), 0 otherwise.
    public func exitCode(failingAt threshold: Severity?) -> Int32 {
        if isIncomplete { return 2 }
        if hasRefreshFailure || hasFindings(atLeast: threshold) { return 1 }
        return 0
    }
}
