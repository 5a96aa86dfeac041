#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Findings accepted as they are, so that a run reports only what is new. Entries are matched by
/// rule, entityID and ``Finding/fingerprint`` (never by line), as a multiset: two recorded
/// findings suppress at most two current ones.
public struct Baseline: Sendable, Hashable, Codable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable {
        /// The finding's rule ID.
        public var rule: String
        /// The finding's entity; nil for document findings.
        public var entityID: String?
        /// The finding's Finding/fingerprint, stable across line moves.
        public var fingerprint: String
        /// The message when the baseline was written, for people reading the file.
        public var message: String
    }

    /// The file format's version.
    public var version = 1
    /// The accepted findings, sorted.
    public var entries: [Entry]

    /// A baseline accepting `entries`.
    public init(entries: [Entry]) { self.entries = entries }

    /// A baseline accepting every finding of a report (suppressed ones included).
    public init(report: Report) {
        let pairFindings = (report.pair?.findings ?? []) + (report.pair?.suppressed ?? [])
        entries = (report.documents.flatMap { $0.findings + $0.suppressed } + pairFindings).map {
            Entry(rule: $0.rule, entityID: $0.entityID, fingerprint: $0.fingerprint, message: $0.message)
        }
        .sorted { ($0.rule, $0.entityID ?? "", $0.fingerprint) < ($1.rule, $1.entityID ?? "", $1.fingerprint) }
    }

    /// Reads a baseline file.
    public static func load(_ path: String) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw BaselineError("baseline \(path) cannot be read") }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.version == 1 else { throw BaselineError("baseline \(path) has version \(baseline.version); this samlcheck reads version 1") }
            return baseline
        } catch let error as BaselineError {
            throw error
        } catch {
            throw BaselineError("baseline \(path) is not a samlcheck baseline (JSON with version and entries)")
        }
    }

    /// The baseline as JSON, stable for the same findings.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The report with findings this baseline records moved to each document's `suppressed`
    /// (never the finding carrying a failed signature verdict: see ``Finding/isSignatureVerdict``).
    public func apply(to report: Report) -> Report {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[Self.key(entry.rule, entry.entityID, entry.fingerprint), default: 0] += 1 }
        var result = report
        for index in result.documents.indices {
            let (kept, suppressed) = Self.split(result.documents[index].findings, remaining: &remaining)
            result.documents[index].findings = kept
            result.documents[index].suppressed += suppressed
        }
        if let pair = result.pair {
            let (kept, suppressed) = Self.split(pair.findings, remaining: &remaining)
            result.pair?.findings = kept
            result.pair?.suppressed += suppressed
        }
        return result
    }

    /// The findings the remaining entries do not record, and those they do.
    private static func split(_ findings: [Finding], remaining: inout [String: Int]) -> (kept: [Finding], suppressed: [Finding]) {
        var kept: [Finding] = []
        var suppressed: [Finding] = []
        for finding in findings {
            // A failed signature verdict is not a finding one accepts once and for all.
            if finding.isSignatureVerdict {
                kept.append(finding)
                continue
            }
            let key = Self.key(finding.rule, finding.entityID, finding.fingerprint)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                suppressed.append(finding)
            } else {
                kept.append(finding)
            }
        }
        return (kept, suppressed)
    }

    private static func key(_ rule: String, _ entityID: String?, _ fingerprint: String) -> String {
        rule + "\u{1F}" + (entityID ?? "\u{0}") + "\u{1F}" + fingerprint
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the file, naming it.
    public let description: String
    init(_ description: String) { self.description = description }
}
