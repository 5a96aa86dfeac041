import ArgumentParser
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif

/// `samlcheck mattermost URL`: diagnose a Mattermost deployment's SAML set-up from outside.
struct MattermostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mattermost",
        abstract: "Diagnose a Mattermost server's SAML set-up: edition and licence, its SP metadata, the login redirect, the IdP metadata as Mattermost reads it, and (with --token) its configuration and certificates.")

    @Argument(help: "The Mattermost site URL, such as https://chat.example.com.")
    var siteURL: String

    @Option(name: .customLong("idp-metadata"), help: ArgumentHelp("The IdP metadata Mattermost uses: a URL or a file (default: the configured IdpMetadataURL, with --token).", valueName: "url|file"))
    var idpMetadata: String?

    @Option(help: ArgumentHelp("A system admin's personal access token (or set SAMLCHECK_MATTERMOST_TOKEN), to read the SAML configuration and certificate status.", valueName: "token"))
    var token: String?

    @Option(name: .customLong("idp-cert"), help: ArgumentHelp("The IdP certificate Mattermost is configured with (saml-idp.crt), to compare with the IdP metadata.", valueName: "file"))
    var idpCertificate: String?

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup(title: "Schema validation") var schemaOptions: SchemaValidationOptions

    @OptionGroup(title: "Reports") var reportOptions: ReportOptions

    func validate() throws {
        guard let scheme = URIText(siteURL).scheme, scheme == "https" || scheme == "http", URIText(siteURL).host != nil else {
            throw ValidationError("give the Mattermost site URL, such as https://chat.example.com")
        }
    }

    func run() async throws {
        for file in [idpCertificate, idpMetadata.flatMap { $0.contains("://") ? nil : $0 }].compactMap({ $0 }) where access(file, R_OK) != 0 {
            throw CommandFailure(message: "cannot read \(file): \(String(cString: strerror(errno)))")
        }
        var settings = try selection.ruleSettings()
        settings.profiles.insert(.mattermost)
        let fetch = fetchOptions.options
        let environmentToken = getenv("SAMLCHECK_MATTERMOST_TOKEN").map { String(cString: $0) }
        let probe = MattermostProbe(fetch: fetch, token: token ?? environmentToken.flatMap { $0.isEmpty ? nil : $0 })
        let observation = await probe.observe(siteURL: siteURL, idpMetadata: idpMetadata, idpCertificate: idpCertificate)
        let report = MattermostDiagnosis.run(observation, options: CheckOptions(rules: settings, schema: schemaOptions.options, fetch: fetch))
        try reportOptions.emit(report, run: RunDescription(now: settings.now, profiles: settings.profiles))
    }
}
