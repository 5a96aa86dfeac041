import ArgumentParser
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif

/// How URLs are fetched, shared by the commands that read metadata.
struct FetchCommandOptions: ParsableArguments {
    @Option(name: .customLong("ca-file"), help: ArgumentHelp("Trust the CAs in this PEM bundle for https, besides the system's.", valueName: "file"))
    var caFile: String?

    @Flag(help: "Do not verify TLS certificates. Reports say so; never use it for metadata you will trust.")
    var insecure = false

    // `.unconditional`: a value such as -1 is read as the value (and refused below), not
    // mistaken for an option ("Missing value").
    @Option(name: .customLong("connect-timeout"), parsing: .unconditional,
            help: ArgumentHelp("Seconds to wait for a connection.", valueName: "seconds"))
    var connectTimeout: Double = 10

    @Option(parsing: .unconditional, help: ArgumentHelp("Seconds for a whole download.", valueName: "seconds"))
    var timeout: Double = 60

    @Option(name: .customLong("max-download"), parsing: .unconditional,
            help: ArgumentHelp("Refuse bodies larger than this many bytes (default 256 MiB).", valueName: "bytes"))
    var maxDownloadOption: Int?

    var maxDownload: Int { maxDownloadOption ?? FetchOptions.defaultMaximumBytes }

    func validate() throws {
        if connectTimeout <= 0 { throw ValidationError("--connect-timeout must be a positive number of seconds, not \(connectTimeout)") }
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, not \(timeout)") }
        if maxDownload <= 0 { throw ValidationError("--max-download must be a positive number of bytes") }
        if let caFile {
            // Checked here, so a missing bundle is not reported as a failure of the URL.
            if access(caFile, R_OK) != 0 {
                throw ValidationError("--ca-file \(caFile): \(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))")
            }
        }
    }

    var options: FetchOptions {
        if insecure {
            Terminal.error("warning: --insecure: TLS certificates are not verified; the report is marked")
        }
        return FetchOptions(caFile: caFile, insecure: insecure, connectTimeoutSeconds: connectTimeout, timeoutSeconds: timeout,
                            maximumBytes: maxDownload)
    }
}
