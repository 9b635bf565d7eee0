/// VersusCore owns what every stage shares and nothing stage-specific: where a
/// piece of input came from (`SourceLocation`), what went wrong there
/// (`Diagnostic`) and how that is printed, the slugs that become ids and URLs,
/// HTML escaping, the file tree a build reads, and the parallel map the stages
/// run their per-page work with.
public enum Versus {
    /// The version printed by `versus --version` and in the generator meta tag.
    public static let version = "0.1.0"
}
