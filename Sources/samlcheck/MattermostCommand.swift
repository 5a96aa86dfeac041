import ArgumentParser
import SAMLCheck
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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

    @Option(help: ArgumentHelp("A system admin's personal access token, to read the SAML configuration and certificate status. Prefer --token-file or SAMLCHECK_MATTERMOST_TOKEN: a command line is visible to every user of the machine.", valueName: "token"))
    var token: String?

    @Option(name: .customLong("token-file"), help: ArgumentHelp("Read the admin token from FILE (its first line).", valueName: "file"))
    var tokenFile: String?

    @Option(name: .customLong("idp-cert"), help: ArgumentHelp("The IdP certificate Mattermost is configured with (saml-idp.crt), to compare with the IdP metadata.", valueName: "file"))
    var idpCertificate: String?

    @Option(help: ArgumentHelp("A SAMLResponse the IdP sent to this Mattermost (any encoding `samlcheck message` reads; - for standard input): predicts the error Mattermost shows for it.", valueName: "file"))
    var response: String?

    @OptionGroup(title: "Fetching") var fetchOptions: FetchCommandOptions

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup(title: "Schema validation") var schemaOptions: SchemaValidationOptions

    @OptionGroup(title: "Reports") var reportOptions: ReportOptions

    func validate() throws {
        guard let scheme = URIText(siteURL).scheme, scheme == "https" || scheme == "http", URIText(siteURL).host != nil else {
            throw ValidationError("give the Mattermost site URL, such as https://chat.example.com")
        }
        if token != nil && tokenFile != nil { throw ValidationError("give the token once: --token or --token-file") }
    }

    /// The admin token from --token, --token-file or SAMLCHECK_MATTERMOST_TOKEN, in that order.
    private func adminToken() throws -> String? {
        if let token { return try checked(token, from: "--token") }
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw CommandFailure(message: "cannot read the token file \(tokenFile): \(FileManager.default.fileExists(atPath: tokenFile) ? "permission denied or not a file" : "no such file")")
            }
            let firstLine = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return try checked(trimmed(firstLine), from: "the token file \(tokenFile)")
        }
        if let environment = getenv("SAMLCHECK_MATTERMOST_TOKEN").map({ String(cString: $0) }), !environment.isEmpty {
            return try checked(trimmed(environment), from: "SAMLCHECK_MATTERMOST_TOKEN")
        }
        return nil
    }

    private func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// A token is one header value: nothing that could end the header or start another.
    private func checked(_ token: String, from source: String) throws -> String {
        guard !token.isEmpty else { throw CommandFailure(message: "\(source) holds no token") }
        guard token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw CommandFailure(message: "\(source) is not a token: it contains spaces, control or non-ASCII characters")
        }
        return token
    }

    func run() async throws {
        for file in [idpCertificate, idpMetadata.flatMap { $0.contains("://") ? nil : $0 }].compactMap({ $0 }) where access(file, R_OK) != 0 {
            throw CommandFailure(message: "cannot read \(file): \(String(cString: strerror(errno)))")
        }
        // Inputs given on the command line that cannot serve: say so now, not "0 errors" later.
        if let file = idpMetadata, !file.contains("://"), let bytes = FileManager.default.contents(atPath: file),
           let reason = MetadataInput.notXMLReason(Array(bytes)) {
            throw CommandFailure(message: "cannot read --idp-metadata \(file): \(reason)")
        }
        if let file = idpCertificate, let bytes = FileManager.default.contents(atPath: file) {
            do {
                _ = try IdPCertificateFile.read(Array(bytes))
            } catch {
                throw CommandFailure(message: "cannot use --idp-cert \(file): \(error.reason)")
            }
        }
        var (settings, configurationFile) = try selection.settingsAndSource()
        settings.profiles.insert(.mattermost)
        let fetch = fetchOptions.options
        let adminToken = try adminToken()
        if adminToken != nil, let refusal = MattermostProbe.tokenRefusal(siteURL: siteURL, fetch: fetch) {
            throw CommandFailure(message: "not sending the admin token: \(refusal)")
        }
        let probe = MattermostProbe(fetch: fetch, token: adminToken)
        let observation = await probe.observe(siteURL: siteURL, idpMetadata: idpMetadata, idpCertificate: idpCertificate)
        if let reason = observation.cannotDiagnose { throw CommandFailure(message: reason) }
        var responseInput: (bytes: [UInt8], source: String)?
        if let response {
            do {
                responseInput = (try MetadataInput(argument: response).localBytes(maximumBytes: MessageInputReader.maximumBytes), response)
            } catch {
                throw CommandFailure(error)
            }
        }
        let report = MattermostDiagnosis.run(observation, response: responseInput,
                                             options: CheckOptions(rules: settings, schema: schemaOptions.options, fetch: fetch))
        for check in report.mattermost?.checks ?? [] where check.failedRequest {
            Terminal.error("\(check.id) \(check.title) did not run: \(check.reason ?? "skipped")")
        }
        try reportOptions.emit(report, run: RunDescription(now: settings.now, profiles: settings.profiles, configurationFile: configurationFile))
    }
}
