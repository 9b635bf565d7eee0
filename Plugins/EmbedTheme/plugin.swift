import Foundation
import PackagePlugin

/// Turns the `Theme/` folder of the target it is applied to (VersusTheme)
/// into Swift source, so the default theme lives in the binary: a site needs
/// only `site.yml` and `Content/`, and the release binary needs no files
/// beside it. Every file under `Theme/` is an input, so an edit to a template
/// rebuilds the target and nothing else. The folder is inside the target's
/// own folder because SwiftPM plans the build again when the files under
/// `Sources/` are added, removed or renamed: a theme file added or deleted is
/// then seen, where a folder elsewhere would leave the plan naming the old files.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "Sources/\(target.name)/Theme")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        var inputs: [URL] = []
        if let walk = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles]) {
            for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        return [.buildCommand(
            displayName: "Embedding the theme (\(inputs.count) files)",
            executable: try context.tool(named: "VersusThemeEmbed").url,
            arguments: [theme.path(percentEncoded: false), output.path(percentEncoded: false)],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
