#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What every renderer is told about the run besides the report itself.
public struct RunDescription: Sendable {
    /// The version machine-readable reports name as the producing tool.
    public var toolVersion: String
    /// The clock the run checked against.
    public var now: Date
    /// The profiles in effect.
    public var profiles: Set<Profile>
    /// The configuration file the settings came from, if one was read.
    public var configurationFile: String?

    /// A description of a run at `now` with `profiles`, configured from `configurationFile` if any.
    public init(toolVersion: String = SAMLCheckVersion.current, now: Date, profiles: Set<Profile>, configurationFile: String? = nil) {
        self.toolVersion = toolVersion
        self.now = now
        self.profiles = profiles
        self.configurationFile = configurationFile
    }
}

/// The library's version, reported in machine-readable output.
public enum SAMLCheckVersion {
    /// This build's version.
    public static let current = "0.1.0"
}
