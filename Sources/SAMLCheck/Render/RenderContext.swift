#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What every renderer is told about the run besides the report itself.
public struct RunDescription: Sendable {
    public var toolVersion: String
    public var now: Date
    public var profiles: Set<Profile>
    /// The configuration file the settings came from, if one was read.
    public var configurationFile: String?

    public init(toolVersion: String = SAMLCheckVersion.current, now: Date, profiles: Set<Profile>, configurationFile: String? = nil) {
        self.toolVersion = toolVersion
        self.now = now
        self.profiles = profiles
        self.configurationFile = configurationFile
    }
}

/// The library's version, reported in machine-readable output.
public enum SAMLCheckVersion {
    public static let current = "0.1.0"
}
