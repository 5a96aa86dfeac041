import PackagePlugin

/// Generates the list of rule types from the files under `Sources/SAMLCheck/Rules/`, so that a
/// rule is added by adding its file: no registry to edit, nothing to forget.
@main
struct RuleListPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let ruleFiles = target.sourceFiles(withSuffix: "swift")
            .map(\.url)
            .filter { $0.path.contains("/Rules/") && !["/Rules/Engine/", "/Rules/Support/", "/Rules/Examples/"].contains(where: $0.path.contains) }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedRuleList.swift")
        return [
            .buildCommand(
                displayName: "Listing the rules of \(target.name)",
                executable: try context.tool(named: "RuleListGenerator").url,
                arguments: [output.path] + ruleFiles.map(\.path),
                inputFiles: ruleFiles,
                outputFiles: [output]
            )
        ]
    }
}
