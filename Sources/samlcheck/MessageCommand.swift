import ArgumentParser
import SAMLCheck
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `samlcheck message INPUT`: why did the SP (or IdP) refuse this message?
struct MessageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "message",
        abstract: "Check a SAML Response, AuthnRequest or logout message: would its receiver accept it, and why not.",
        discussion: """
        INPUT is a file or - holding raw XML, base64 (HTTP-POST), deflate+base64 (HTTP-Redirect), a whole Redirect URL, \
        a form-encoded POST body, an HTML auto-post page, or a HAR file (every message in it, in order; a Response \
        after an AuthnRequest answers it). Keys come from --idp (or --sp for requests) and --trust. \
        Exit codes: 0 accepted, 1 rejected (a finding at or above --fail-on), 2 could not run.
        """)

    @Argument(help: ArgumentHelp("The message: a file, or - for standard input.", valueName: "input"))
    var input: String

    @Option(help: ArgumentHelp("The IdP's metadata (file, URL or -): its entityID, signing keys, scopes, SLO.", valueName: "file|url"))
    var idp: String?

    @Option(help: ArgumentHelp("The SP's metadata (file, URL or -): its entityID, ACS URLs, WantAssertionsSigned, NameID formats, keys.", valueName: "file|url"))
    var sp: String?

    @Option(name: .customLong("idp-entity"), help: ArgumentHelp("The IdP's entityID, when its metadata holds several.", valueName: "entityID"))
    var idpEntity: String?

    @Option(name: .customLong("sp-entity"), help: ArgumentHelp("The SP's entityID, when its metadata holds several.", valueName: "entityID"))
    var spEntity: String?

    @Option(name: .customLong("trust"), help: ArgumentHelp("A certificate or public key (PEM or DER) trusted to sign the message, besides the metadata's; repeatable.", valueName: "file"))
    var trustFiles: [String] = []

    @Option(name: .customLong("sp-key"), help: ArgumentHelp("The SP's private key (PEM) to decrypt EncryptedAssertions with; repeatable (each is tried).", valueName: "file"))
    var spKeys: [String] = []

    @Option(name: .customLong("request-id"), help: ArgumentHelp("The ID of the AuthnRequest the SP sent (InResponseTo must match).", valueName: "id"))
    var requestID: String?

    @Option(help: ArgumentHelp("The AuthnRequest the message answers (any encoding INPUT takes): its ID, NameID policy and requested authentication context.", valueName: "file"))
    var request: String?

    @Option(name: .customLong("acs-url"), help: ArgumentHelp("The URL the message was delivered to (Destination and Recipient must equal it).", valueName: "url"))
    var acsURL: String?

    @Option(name: .customLong("relay-state"), help: ArgumentHelp("The RelayState the SP sent.", valueName: "text"))
    var relayState: String?

    @Option(name: .customLong("clock-skew"), help: ArgumentHelp("Allowed clock difference in seconds (default 180).", valueName: "seconds"))
    var clockSkew: Int = 180

    @Option(name: .customLong("seen-ids"), help: ArgumentHelp("A file of assertion IDs already consumed, one a line (for RESP-REPLAY).", valueName: "file"))
    var seenIDs: String?

    @Flag(name: .customLong("allow-sha1"), help: "Accept RSA-SHA1/ECDSA-SHA1 signatures and SHA-1 digests (reported as warnings).")
    var allowSHA1 = false

    @OptionGroup var selection: RuleSelectionOptions

    @OptionGroup(title: "Reports") var reportOptions: ReportOptions

    @OptionGroup var parsing: ParseLimitOptions

    func validate() throws {
        if [input, idp, sp, request].filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if !(0...3600).contains(clockSkew) { throw ValidationError("--clock-skew must be between 0 and 3600 seconds") }
    }

    func run() async throws {
        let (settings, configurationFile) = try selection.settingsAndSource()
        var options = CheckOptions(rules: settings, parseLimits: parsing.limits, signature: SignaturePolicy(allowSHA1: allowSHA1))
        options.elementPaths = reportOptions.needsElementPaths
        var setup = MessageDiagnosis.Setup()
        setup.idp = idp.map { .init(input: MetadataInput(argument: $0), entityID: idpEntity) }
        setup.sp = sp.map { .init(input: MetadataInput(argument: $0), entityID: spEntity) }
        setup.requestID = requestID
        setup.acsURL = acsURL
        setup.relayState = relayState
        setup.clockSkew = TimeInterval(clockSkew)
        for path in trustFiles {
            do {
                setup.trust += try TrustAnchor.load(try Self.read(path), name: path)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(message: "\(error)")
            }
        }
        for path in spKeys {
            guard let key = DecryptionKey(pem: try Self.read(path), name: path) else {
                throw CommandFailure(message: "--sp-key \(path) holds no PEM private key")
            }
            setup.decryptionKeys.append(key)
        }
        if let seenIDs {
            let lines = String(decoding: try Self.read(seenIDs), as: UTF8.self).split(whereSeparator: \.isNewline)
            setup.seenIDs = Set(lines.map { String($0.filter { !$0.isWhitespace }) }.filter { !$0.isEmpty })
        }
        if let request { setup.request = try Self.read(request) }
        let report: Report
        do {
            report = try await MessageDiagnosis.run(bytes: try Self.read(input), source: input, setup: setup, options: options)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
        try reportOptions.emit(report, run: RunDescription(now: settings.now, profiles: settings.profiles, configurationFile: configurationFile))
    }

    /// A local file's (or standard input's) bytes; a one-line failure otherwise.
    private static func read(_ path: String) throws -> [UInt8] {
        do {
            return try MetadataInput(argument: path).localBytes(maximumBytes: MessageInputReader.maximumBytes)
        } catch {
            throw CommandFailure(error)
        }
    }
}
