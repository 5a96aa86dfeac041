import ArgumentParser
import SAMLCheck

/// How URLs are fetched, shared by the commands that read metadata.
struct FetchCommandOptions: ParsableArguments {
    @Option(name: .customLong("ca-file"), help: ArgumentHelp("Trust the CAs in this PEM bundle for https, besides the system's.", valueName: "file"))
    var caFile: String?

    @Flag(help: "Do not verify TLS certificates. Reports say so; never use it for metadata you will trust.")
    var insecure = false

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Seconds to wait for a connection (default 10).", valueName: "seconds"))
    var connectTimeout: Double = 10

    @Option(help: ArgumentHelp("Seconds for a whole download (default 60).", valueName: "seconds"))
    var timeout: Double = 60

    @Option(name: .customLong("max-download"), help: ArgumentHelp("Refuse bodies larger than this many bytes (default 256 MiB).", valueName: "bytes"))
    var maxDownload: Int = FetchOptions.defaultMaximumBytes

    func validate() throws {
        if connectTimeout <= 0 || timeout <= 0 { throw ValidationError("timeouts must be positive") }
        if maxDownload <= 0 { throw ValidationError("--max-download must be positive") }
    }

    var options: FetchOptions {
        if insecure {
            Terminal.error("warning: --insecure: TLS certificates are not verified; the report is marked")
        }
        return FetchOptions(caFile: caFile, insecure: insecure, connectTimeoutSeconds: connectTimeout, timeoutSeconds: timeout,
                            maximumBytes: maxDownload)
    }
}
