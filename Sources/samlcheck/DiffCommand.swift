import ArgumentParser
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif

/// `samlcheck diff OLD NEW`: what changed between two versions of metadata.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of metadata: entities, keys, endpoints, attributes, contacts, validity, signature.",
        discussion: """
        Formatting (indentation, attribute order, namespace prefixes, certificate line breaks) is not a change. \
        Exit codes as for diff(1): 0 no changes, 1 changes (with --fail-on-change: changes of those kinds), 2 could not run.
        """)

    @Argument(help: ArgumentHelp("The earlier version: a file, an http(s) URL, or - for standard input.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later version.", valueName: "new"))
    var new: String

    @Option(help: "Output format: text or json.")
    var format: DiffFormat = .text

    @Option(help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on-change"), parsing: .singleValue,
            help: ArgumentHelp("Exit 1 only for changes of these kinds (comma-separated or repeated): \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "kind"))
    var failOnChange: [String] = []

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @OptionGroup(title: "Signatures") var signatureOptions: SignatureOptions

    @OptionGroup var parsing: ParseLimitOptions

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// The kinds --fail-on-change names; nil when it was not given (any change fails).
    func failingKinds() throws -> Set<ChangeKind>? {
        guard !failOnChange.isEmpty else { return nil }
        var kinds = Set<ChangeKind>()
        for name in failOnChange.flatMap({ $0.split(separator: ",") }).map({ String($0.filter { $0 != " " }) }) where !name.isEmpty {
            guard let kind = ChangeKind(rawValue: name.lowercased()) else {
                throw ValidationError("unknown change kind '\(name)' for --fail-on-change (kinds: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("standard input (-) can be read only once") }
        _ = try failingKinds()
    }

    private static func isRegularFile(_ argument: String, atLeast size: Int) -> Bool {
        guard case .file(let path) = MetadataInput(argument: argument) else { return false }
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && Int(status.st_size) >= size
    }

    func run() async throws {
        // The clock matters only to the signature stage's view of certificate dates.
        var options = CheckOptions(rules: RuleSettings(now: try RuleSelectionOptions.parseClock(nil)), parseLimits: parsing.limits, signature: try signatureOptions.policy(),
                                   fetch: fetchOptions.options)
        options.release = .atProcessExit
        // Two large files read side by side fill both cores by themselves: parsing each in two
        // halves as well would only add the work of joining the halves. A small or fetched
        // version leaves a core free, so the other is still split.
        if [old, new].allSatisfy({ Self.isRegularFile($0, atLeast: options.parseLimits.splitThreshold) }) {
            options.parseLimits.splitThreshold = .max
        }
        let checker = Checker(options: options)
        let diff: MetadataDiff
        do {
            // The two versions are read side by side; the trees are left to the exit.
            diff = try await checker.diff(MetadataInput(argument: old), MetadataInput(argument: new))
        } catch {
            throw CommandFailure(error)
        }
        let text = format == .json ? DiffRenderer.json(diff) : DiffRenderer.text(diff)
        if let output, output != "-" {
            try OutputFile.write(text, to: output)
        } else {
            Terminal.write(text)
        }
        let failing = try failingKinds()
        let changed = failing.map { !diff.kinds.isDisjoint(with: $0) } ?? !diff.isEmpty
        if changed { throw ExitCode(ExitStatus.findings) }
    }
}
