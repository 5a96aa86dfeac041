import ArgumentParser
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `samlcheck check PATH…`: check metadata documents and report findings.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check metadata documents (files, directories, URLs, or - for standard input).")

    @Argument(help: "Metadata files, directories (every *.xml under them) or http(s) URLs to check; - reads standard input.")
    var paths: [String] = []

    @Option(name: .customLong("include"), parsing: .singleValue,
            help: ArgumentHelp("In directories, check the files this glob matches (path below the directory or file name) instead of *.xml; repeatable.", valueName: "glob"))
    var include: [String] = []

    @Option(name: .customLong("exclude"), parsing: .singleValue,
            help: ArgumentHelp("In directories, skip the files this glob matches; repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: ArgumentHelp("Fetch the --entity from this Metadata Query (MDQ) responder: BASE/entities/{entityID}.", valueName: "base-url"))
    var mdq: String?

    @Flag(name: .customLong("mdq-sha1"), help: "Ask the MDQ responder by {sha1} hash of the entityID instead of the entityID itself.")
    var mdqSHA1 = false

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @Option(name: .customLong("state"), help: ArgumentHelp(
        "Keep per URL the last good copy, its ETag/Last-Modified (the next fetch is conditional) and when it last changed, in this directory.",
        valueName: "dir"))
    var stateDirectory: String?

    @Flag(help: "With --state: when a fetch fails, check the last good copy instead (the report says so; the run still fails).")
    var fallback = false

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup(title: "Signatures") var signatureOptions: SignatureOptions

    @OptionGroup(title: "Schema validation") var schemaOptions: SchemaValidationOptions

    @OptionGroup(title: "Reports") var reportOptions: ReportOptions


    @Option(help: "Check only the entity with this entityID (in an aggregate).")
    var entity: String?

    @OptionGroup var parsing: ParseLimitOptions


    @Flag(help: "Print how long each phase took (parse, model, certificates, signature, rules, render) to standard error.")
    var timings = false

    func validate() throws {
        if let mdq {
            guard entity != nil else { throw ValidationError("--mdq needs --entity ENTITYID: the entity to ask for") }
            guard paths.isEmpty else { throw ValidationError("--mdq fetches one entity; give no paths with it") }
            guard let scheme = URIText(mdq).scheme, scheme == "http" || scheme == "https" else {
                throw ValidationError("--mdq needs an http(s) base URL")
            }
        } else if mdqSHA1 {
            throw ValidationError("--mdq-sha1 goes with --mdq")
        } else if paths.isEmpty {
            throw ValidationError("give at least one metadata file or URL (or - for standard input)")
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if fallback, stateDirectory == nil { throw ValidationError("--fallback checks the last good copy kept by --state DIR; give --state") }
        if let stateDirectory {
            var status = stat()
            if stat(stateDirectory, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
                throw ValidationError("--state \(stateDirectory) is not a directory")
            }
        }
    }

    func run() async throws {
        let (settings, configurationFile) = try selection.settingsAndSource()
        var options = CheckOptions(rules: settings, parseLimits: parsing.limits,
                                   entityFilter: entity,
                                   signature: try signatureOptions.policy(), schema: schemaOptions.options, fetch: fetchOptions.options)
        options.elementPaths = reportOptions.needsElementPaths
        options.refresh = stateDirectory.map { RefreshOptions(store: RefreshStore(directory: $0), fallback: fallback) }
        let inputs: [MetadataInput]
        do {
            inputs = try mdq.map { [.metadataQuery(base: $0, entityID: entity ?? "", sha1: mdqSHA1)] }
                ?? InputExpansion.expand(paths, include: include, exclude: exclude)
        } catch {
            throw CommandFailure(error)
        }
        // One document: nothing would reuse its memory, so it is not freed before the exit.
        // Many: each is freed as the next is read, or a directory of aggregates fills memory.
        if inputs.count == 1 { options.release = .atProcessExit }
        let checker = Checker(options: options)
        // An input that cannot be read is reported as such (and on stderr), the others are
        // checked and reported, and the run exits 2. When none can be read there is no report.
        var documents = try await checkAll(inputs, with: checker)
        if documents.allSatisfy({ $0.unreadable != nil }) { throw ExitCode(ExitStatus.couldNotRun) }
        if documents.count > 1 { CrossDocumentChecks.apply(to: &documents, settings: settings) }
        try reportOptions.emit(Report(documents: documents),
                               run: RunDescription(now: settings.now, profiles: settings.profiles, configurationFile: configurationFile)) { renderTime in
            if timings { Terminal.writeError(TimingsTable.render(documents, render: renderTime)) }
        }
    }
}

extension Check {
    /// Checks the inputs a few at a time (as many as there are cores: a large document keeps
    /// two busy by itself, many small ones fill them) and returns the reports in input order.
    func checkAll(_ inputs: [MetadataInput], with checker: Checker) async throws -> [DocumentReport] {
        let width = max(1, min(inputs.count, ProcessInfo.processInfo.activeProcessorCount))
        var reports = [DocumentReport?](repeating: nil, count: inputs.count)
        try await withThrowingTaskGroup(of: (Int, DocumentReport).self) { group in
            var next = 0
            func start() {
                guard next < inputs.count else { return }
                let index = next, input = inputs[index]
                next += 1
                group.addTask {
                    do {
                        return (index, try await checker.check(input))
                    } catch CheckFailure.schemaRequired(let error) {
                        throw error
                    } catch {
                        Terminal.error(CommandFailure(error).message)
                        return (index, .unreadable(source: input.displayName, reason: UnreadableReason.of(error)))
                    }
                }
            }
            for _ in 0..<width { start() }
            do {
                while let (index, report) = try await group.next() {
                    reports[index] = report
                    start()
                }
            } catch let error as SchemaRequiredError {
                group.cancelAll()
                throw CommandFailure(error)
            }
        }
        return reports.map { $0! }
    }
}

extension ReportFormat: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .info: return .info
        case .never: return nil
        }
    }
}

/// How large and deep a document may be.
struct ParseLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-bytes"), parsing: .unconditional,
            help: "Refuse documents larger than this many bytes (default 512 MiB).")
    var maxBytes: Int?

    @Flag(name: .customLong("allow-huge-nodes"), help: "Accept text nodes over 10 MB and nesting over 256 levels (libxml2's limits).")
    var allowHugeNodes = false

    func validate() throws {
        if let maxBytes, maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
    }

    var limits: ParseLimits { ParseLimits(maximumBytes: maxBytes ?? ParseLimits.defaultMaximumBytes, allowHugeNodes: allowHugeNodes) }
}

/// Where the XSD files are and whether validation must run.
struct SchemaValidationOptions: ParsableArguments {
    @Option(name: .customLong("schemas"), help: ArgumentHelp(
        "A directory holding the XSD files (default: Debian's opensaml-schemas, xmltooling-schemas and shibboleth-sp-common).",
        valueName: "dir"))
    var directory: String?

    @Flag(name: .customLong("require-schema"), help: "Exit 2 when schema validation cannot run, instead of warning.")
    var required = false

    @Flag(name: .customLong("no-schema"), help: "Skip schema validation.")
    var disabled = false

    var options: SchemaOptions {
        SchemaOptions(location: SchemaLocation(directory: directory), required: required, enabled: !disabled)
    }
}

/// Why an input could not be checked, without its source (the report names that).
enum UnreadableReason {
    static func of(_ error: any Error) -> String {
        switch error {
        case let failure as CheckFailure: return failure.reason
        default: return CommandFailure(error).message
        }
    }
}
