#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Checker {
    /// Fetches and checks `url` with its state: a conditional request, the last good copy when
    /// the server says nothing changed (or, with `fallback`, when the fetch fails), the content's
    /// history for the freshness rules, and the state written back.
    func checkRefreshing(_ url: String, with refresh: RefreshOptions) async throws -> DocumentReport {
        let loaded = refresh.store.load(url)
        let held = loaded.copy.flatMap { copy in loaded.state.map { (state: $0, copy: copy) } }
        let now = Date()
        var body: [UInt8]
        var fetchRecord: FetchRecord?
        var response: HTTPResponse?
        var outcome: RefreshRecord.Outcome
        var fetchError: String?
        do {
            let answer = try await MetadataFetcher(options: options.fetch).fetch(url, etag: held?.state.etag, lastModified: held?.state.lastModified)
            try Task.checkCancellation()
            switch answer {
            case .fetched(let fetchedBody, let record, let fetchedResponse):
                body = fetchedBody
                fetchRecord = record
                response = fetchedResponse
                outcome = held == nil ? .first : Fingerprint(sha256Of: fetchedBody).hex == held!.state.lastGood.sha256 ? .unchanged : .changed
            case .notModified(let record, let notModifiedResponse):
                // Only sent validators come back as 304, and validators are only sent with a copy.
                body = held!.copy
                fetchRecord = record
                response = notModifiedResponse
                outcome = .notModified
            }
        } catch let error as FetchError {
            if error.kind == .cancelled { throw CancellationError() }
            guard refresh.fallback, let held else {
                let hint = held.map { " (the last good copy, of \($0.state.lastGood.fetchedAt.iso8601), is kept in \(refresh.store.directory); --fallback checks it)" } ?? ""
                throw FetchError(error.kind, url: error.url, error.message + hint)
            }
            body = held.copy
            outcome = .fetchFailed
            fetchError = error.message
        }

        let firstChange = min(now, response?.lastModified ?? now)
        let lastChange: Date = switch outcome {
        case .first: firstChange
        case .changed: now
        case .unchanged, .notModified, .fetchFailed: held?.state.lastChange ?? firstChange
        }
        let origin = DocumentOrigin(url: response?.finalURL ?? url, lastModified: response?.lastModified, lastChange: lastChange)
        let checked = body
        var report = try await OffPool.run { [self] in try check(bytes: checked, source: url, facts: StageFacts(origin: origin)) }
        report.fetch = fetchRecord

        let previous = held?.state.lastGood
        let worse = previous.flatMap { previous in
            Self.rank(report) < Self.rank(SignatureSummary.Status(rawValue: previous.signature), readable: true) ? previous.signature : nil
        }
        let nextRefresh = report.cacheDuration.flatMap { $0 > 0 ? options.rules.now.addingTimeInterval($0).iso8601 : nil }
        report.refresh = RefreshRecord(outcome: outcome, conditional: held?.state.etag != nil || held?.state.lastModified != nil,
                                       lastChange: lastChange, previousGoodCopy: previous?.fetchedAt.iso8601, fetchError: fetchError,
                                       worseThan: outcome == .fetchFailed || outcome == .notModified ? nil : worse,
                                       nextRefresh: nextRefresh, stateProblem: loaded.problem)

        // The state moves on: a copy at least as good as the last becomes the good one; a worse
        // one, a 304 or a failed fetch leave it, and record only that a fetch was tried.
        let takesCopy = (outcome == .first || outcome == .changed || outcome == .unchanged) && report.refresh?.worseThan == nil
            && report.unreadable == nil
        var state = held?.state ?? RefreshState(url: url, etag: nil, lastModified: nil, firstSeen: now, lastChange: lastChange, lastFetch: now,
                                                lastGood: RefreshState.GoodCopy(fetchedAt: now, sha256: "", signature: ""))
        state.lastFetch = now
        if takesCopy {
            state.lastChange = lastChange
            state.etag = response?.header("ETag")
            state.lastModified = response?.header("Last-Modified")
            state.lastGood = RefreshState.GoodCopy(fetchedAt: now, sha256: Fingerprint(sha256Of: body).hex, signature: report.signature.status.rawValue)
        } else if outcome == .notModified, let response {
            // A 304 may carry fresher validators.
            state.etag = response.header("ETag") ?? state.etag
        }
        if takesCopy || held != nil {
            do {
                try refresh.store.save(state, copy: takesCopy && outcome != .unchanged ? body : nil)
            } catch {
                throw InputError(source: url, reason: error.description)
            }
        }
        return report
    }

    /// How good a report's signature is, for "verifies worse than the last good copy": a valid
    /// signature, then one whose key is not trusted, one not checked, none, an invalid one, and
    /// a document that could not be read.
    private static func rank(_ report: DocumentReport) -> Int {
        rank(report.signature.status, readable: report.unreadable == nil && report.root != nil)
    }

    private static func rank(_ status: SignatureSummary.Status?, readable: Bool) -> Int {
        guard readable, let status else { return -1 }
        switch status {
        case .valid: return 4
        case .untrusted: return 3
        case .notChecked: return 2
        case .absent: return 1
        case .invalid: return 0
        }
    }
}
