import ArgumentParser
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif

/// The `samlcheck` command: thin argument handling over the SAMLCheck library.
@main
struct SAMLCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samlcheck",
        abstract: "Validate SAML 2.0 metadata and diagnose SSO set-ups.",
        discussion: """
        Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the check could not run.
        """,
        version: SAMLCheckVersion.current,
        subcommands: [Check.self, PairCommand.self, MessageCommand.self, DiffCommand.self, Certs.self, MattermostCommand.self, RulesCommand.self, Explain.self],
        defaultSubcommand: Check.self
    )

    /// Runs the command and maps every outcome to samlcheck's exit codes: usage errors are 2
    /// (not ArgumentParser's 64), and nothing ends in a stack trace.
    static func main() async {
        ProcessTuning.tuneAllocatorForOneDocument()
        // Plain `samlcheck` asks what it can do: the help, not a usage error.
        if CommandLine.arguments.count == 1 {
            Terminal.write(helpMessage() + "\n")
            Glibc.exit(ExitStatus.clean)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch let error as CommandFailure {
            Terminal.error(error.message)
            Glibc.exit(ExitStatus.couldNotRun)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            // One line: the mistake, and where the usage is (not the whole usage block).
            var text = message(for: error)
            if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
            let line = text.split(whereSeparator: \.isNewline).map { $0.split(separator: " ").joined(separator: " ") }
                .filter { !$0.isEmpty }.joined(separator: " ")
            Terminal.error(line + " (see samlcheck help)")
            Glibc.exit(ExitStatus.couldNotRun)
        }
    }
}

/// samlcheck's exit codes.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let couldNotRun: Int32 = 2
}

/// A failure that stops the run with a one-line message and exit code 2.
struct CommandFailure: Error {
    let message: String

    init(message: String) { self.message = message }

    /// The one-line message for any error the library reports as "could not run".
    init(_ error: any Error) {
        if let failure = error as? CommandFailure {
            message = failure.message
        } else if let described = error as? CustomStringConvertible {
            message = described.description
        } else {
            message = "\(error)"
        }
    }
}

enum Terminal {
    /// Writes "samlcheck: message" to standard error.
    static func error(_ message: String) {
        let text = message.hasPrefix("Error:") || message.hasPrefix("samlcheck:") ? message : "samlcheck: " + message
        writeAll(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// Whether standard output is a terminal that should get colours.
    static var stdoutWantsColour: Bool {
        guard isatty(STDOUT_FILENO) != 0 else { return false }
        if let noColour = getenv("NO_COLOR"), noColour.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    static func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    /// Writes UTF-8 that is already bytes (a report's pieces) to standard output.
    static func write(bytes: UnsafeRawBufferPointer) {
        _ = DescriptorWrite.all(bytes, to: STDOUT_FILENO)
    }

    static func writeError(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to a file descriptor; a terminal that cannot be written to has no
    /// one left to tell.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        _ = text.withUTF8 { DescriptorWrite.all(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
