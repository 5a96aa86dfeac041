import ArgumentParser
import SAMLCheck
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `samlcheck certs PATH…`: every certificate with its dates and key, sorted by days left.
struct Certs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every certificate (entity, role, use, dates, days left, key, fingerprint) to plan rollovers.",
        discussion: """
        Reads metadata, any XML holding ds:X509Certificate (a SAML Response), PEM certificates and bundles, \
        and DER certificates. Exit codes: 0, 1 when --fail-on finds what it names, 2 when an input could not be read.
        """)

    @Argument(help: "Metadata or certificate files, or http(s) URLs; - reads standard input.")
    var paths: [String] = []

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @OptionGroup(title: "Signatures") var signatureOptions: SignatureOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Only the certificates of the entity with this entityID.")
    var entity: String?

    @Option(help: "The time to count days from, as an ISO-8601 date or dateTime in UTC (default: now).")
    var now: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "Exit 1 when a certificate is expired (or unreadable): expired; or also expires within --within days: expiring; never (the default).",
        valueName: "expired|expiring|never"))
    var failOn: CertificateFailure = .never

    @Option(help: ArgumentHelp("Days ahead that count as expiring for --fail-on expiring; the default is CERT-EXPIRING's.", valueName: "days"))
    var within: Int = Thresholds().certificateExpiryWarningDays

    @OptionGroup var parsing: ParseLimitOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one metadata or certificate file (or - for standard input)") }
        if within < 0 { throw ValidationError("--within must be 0 or more days") }
    }

    func run() async throws {
        let clock = try RuleSelectionOptions.parseClock(now)
        let checker = Checker(options: CheckOptions(rules: RuleSettings(now: clock), parseLimits: parsing.limits,
                                                    entityFilter: entity, signature: try signatureOptions.policy(),
                                                    fetch: fetchOptions.options))
        var inventories: [CertificateInventory] = []
        for path in paths {
            let input = MetadataInput(argument: path)
            do {
                inventories.append(try await checker.certificates(input))
            } catch {
                Terminal.error(CommandFailure(error).message)
                inventories.append(.unreadable(source: input.displayName, reason: UnreadableReason.of(error)))
            }
        }
        let readable = inventories.filter { $0.unreadable == nil }
        if readable.isEmpty { throw ExitCode(ExitStatus.couldNotRun) }
        switch format {
        case .text: Terminal.write(CertificateInventoryRenderer.text(inventories))
        case .json: Terminal.write(CertificateInventoryRenderer.json(inventories, now: clock))
        }
        if readable.count < inventories.count { throw ExitCode(ExitStatus.couldNotRun) }
        let failing: Bool
        switch failOn {
        case .never: failing = false
        case .expired: failing = readable.contains { $0.hasCertificates(expiringWithin: nil) }
        case .expiring: failing = readable.contains { $0.hasCertificates(expiringWithin: within) }
        }
        if failing { throw ExitCode(ExitStatus.findings) }
    }
}

/// What makes `certs` exit 1.
enum CertificateFailure: String, ExpressibleByArgument, CaseIterable {
    case expired, expiring, never
}
