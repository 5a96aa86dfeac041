/// Why a check could not run, as opposed to what it found: the one error the checker's entry
/// points (``Checker/check(_:)``, ``Checker/check(bytes:source:)``, ``Checker/snapshot(_:)``,
/// ``Checker/certificates(_:)``, ``PairDiagnosis/run(sp:idp:request:options:)``) throw, besides
/// `CancellationError` when their task is cancelled. Each case has a one-line ``description``
/// naming the input; the command prints it and exits 2.
public enum CheckFailure: Error, Sendable, CustomStringConvertible {
    /// The input could not be read: no such file, not readable, a directory, empty, an HTML page,
    /// larger than the limit.
    case input(InputError)
    /// A URL or Metadata Query could not be fetched: DNS, TLS, timeout, an HTTP error, a redirect
    /// refused, a body too large.
    case fetch(FetchError)
    /// The Metadata Query answer is not exactly the entity asked for, so it was refused.
    case metadataQueryMismatch(MetadataQueryMismatch)
    /// Schema validation was required but cannot run (the schemas are missing).
    case schemaRequired(SchemaRequiredError)
    /// The entity the check was limited to (`--entity`) is not in the document.
    case entityNotFound(entityID: String, source: String)
    /// A document to compare could not be read as XML.
    case unreadable(source: String, reason: String)
    /// A document to compare is XML but not SAML metadata.
    case notMetadata(source: String, root: String)
    /// The state directory of a monitored source could not be written.
    case refreshState(RefreshStoreError)
    /// An SP–IdP pair could not be diagnosed: a side has no usable entity.
    case pair(PairError)

    /// One line saying what went wrong, naming the input.
    public var description: String {
        switch self {
        case .input(let error): return error.description
        case .fetch(let error): return error.description
        case .metadataQueryMismatch(let error): return error.description
        case .schemaRequired(let error): return error.description
        case .entityNotFound(let entityID, let source): return "\(source) has no entity with entityID '\(entityID)'"
        case .unreadable(let source, let reason): return "\(source) could not be read: \(reason)"
        case .notMetadata(let source, let root): return "\(source) is not SAML metadata (its document element is \(root))"
        case .refreshState(let error): return error.description
        case .pair(let error): return error.description
        }
    }

    /// The reason alone, without the input's name, for the report of an input that could not be
    /// read (``DocumentReport/unreadable``).
    public var reason: String {
        switch self {
        case .input(let error): return error.reason
        case .fetch(let error): return error.message
        case .unreadable(_, let reason): return reason
        default: return description
        }
    }

    /// `error` as the checker's entry points throw it: a `CheckFailure`, or `CancellationError`
    /// (a fetch aborted because its task was cancelled is a cancellation, not a failure).
    static func thrown(for error: any Error) -> any Error {
        switch error {
        case let failure as CheckFailure: return failure
        case let input as InputError: return CheckFailure.input(input)
        case let fetch as FetchError: return fetch.kind == .cancelled ? CancellationError() : CheckFailure.fetch(fetch)
        case let mismatch as MetadataQueryMismatch: return CheckFailure.metadataQueryMismatch(mismatch)
        case let schema as SchemaRequiredError: return CheckFailure.schemaRequired(schema)
        case let store as RefreshStoreError: return CheckFailure.refreshState(store)
        case let pair as PairError: return CheckFailure.pair(pair)
        default: return error
        }
    }

    /// Runs an entry point's body, its errors converted.
    static func converting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw thrown(for: error) }
    }

    /// Runs an asynchronous entry point's body, its errors converted.
    static func converting<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw thrown(for: error) }
    }
}
