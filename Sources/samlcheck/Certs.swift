import ArgumentParser
import SAMLCheck

/// `samlcheck certs PATH…`: every certificate with its dates and key, sorted by days left.
struct Certs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every certificate (entity, role, use, dates, days left, key, fingerprint) to plan rollovers.")

    @Argument(help: "Metadata files or http(s) URLs; - reads standard input.")
    var paths: [String] = []

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup(title: "Signatures") var signatureOptions: SignatureOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Only the certificates of the entity with this entityID.")
    var entity: String?

    @Option(name: .customLong("max-bytes"), help: "Refuse documents larger than this many bytes (default 512 MiB).")
    var maxBytes: Int = ParseLimits.defaultMaximumBytes

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one metadata file (or - for standard input)") }
    }

    func run() async throws {
        let settings = try selection.ruleSettings()
        let checker = Checker(options: CheckOptions(rules: settings, parseLimits: ParseLimits(maximumBytes: maxBytes),
                                                    entityFilter: entity, signature: try signatureOptions.policy(),
                                                    fetch: fetchOptions.options))
        var inventories: [CertificateInventory] = []
        for path in paths {
            do {
                inventories.append(try await checker.certificates(MetadataInput(argument: path)))
            } catch {
                throw CommandFailure(error)
            }
        }
        switch format {
        case .text: Terminal.write(CertificateInventoryRenderer.text(inventories))
        case .json: Terminal.write(CertificateInventoryRenderer.json(inventories, now: settings.now))
        }
    }
}
