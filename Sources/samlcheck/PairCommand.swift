import ArgumentParser
import SAMLCheck

/// `samlcheck pair --sp SP --idp IDP`: will SSO between them work?
struct PairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair",
        abstract: "Check an SP and an IdP together: will SSO between them work, and why not.",
        discussion: """
        Each side is checked alone as `check` would, then the two together (PAIR-* rules). \
        Exit codes as for check: 0, 1 (a finding at or above --fail-on, either side's or the pair's), \
        2 (could not run: unreadable input, entity not found, no SP or IdP role).
        """)

    @Option(help: ArgumentHelp("The SP's metadata: a file, an http(s) URL, or - for standard input.", valueName: "file|url"))
    var sp: String

    @Option(help: ArgumentHelp("The IdP's metadata: a file, an http(s) URL, or - for standard input.", valueName: "file|url"))
    var idp: String

    @Option(name: .customLong("sp-entity"), help: ArgumentHelp("The SP's entityID, when its metadata holds several SPs.", valueName: "entityID"))
    var spEntity: String?

    @Option(name: .customLong("idp-entity"), help: ArgumentHelp("The IdP's entityID, when its metadata holds several IdPs.", valueName: "entityID"))
    var idpEntity: String?

    @Option(name: .customLong("acs-url"), help: ArgumentHelp("The ACS URL the SP actually sends in its AuthnRequest (for PAIR-ACS-URL-MATCH).", valueName: "url"))
    var acsURL: String?

    @Option(help: ArgumentHelp("The SP's AuthnRequest (XML, base64, deflate+base64, or a Redirect URL with SAMLRequest; - for standard input): its ACS URL and NameID format are checked.", valueName: "file"))
    var request: String?

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup(title: "Signatures") var signatureOptions: SignatureOptions

    @OptionGroup(title: "Schema validation") var schemaOptions: SchemaValidationOptions

    @OptionGroup(title: "Reports") var reportOptions: ReportOptions

    @OptionGroup var parsing: ParseLimitOptions

    func validate() throws {
        if acsURL != nil && request != nil { throw ValidationError("give --acs-url or --request, not both") }
        if [sp, idp, request].filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() async throws {
        let (settings, configurationFile) = try selection.settingsAndSource()
        var options = CheckOptions(rules: settings, parseLimits: parsing.limits, signature: try signatureOptions.policy(),
                                   schema: schemaOptions.options, fetch: fetchOptions.options)
        options.elementPaths = reportOptions.needsElementPaths
        let spRequest = try readRequest()
        let report: Report
        do {
            report = try await PairDiagnosis.run(sp: .init(input: MetadataInput(argument: sp), entityID: spEntity),
                                                 idp: .init(input: MetadataInput(argument: idp), entityID: idpEntity),
                                                 request: spRequest, options: options)
        } catch {
            throw CommandFailure(error)
        }
        try reportOptions.emit(report, run: RunDescription(now: settings.now, profiles: settings.profiles, configurationFile: configurationFile))
    }

    /// The AuthnRequest facts from --acs-url or --request.
    private func readRequest() throws -> SPRequest? {
        if let acsURL { return SPRequest(acsURL: acsURL, origin: "--acs-url") }
        guard let request else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try MetadataInput(argument: request).localBytes(maximumBytes: 1 << 20)
        } catch {
            throw CommandFailure(error)
        }
        switch AuthnRequestInput.read(bytes) {
        case .success(let (decoded, encoding)):
            return SPRequest(acsURL: decoded.assertionConsumerServiceURL, origin: "the AuthnRequest in \(request) (\(encoding.rawValue))",
                             nameIDFormat: decoded.nameIDFormat)
        case .failure(let problem):
            throw CommandFailure(message: "cannot read the AuthnRequest in \(request): \(problem.message)")
        }
    }
}
