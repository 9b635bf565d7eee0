/// VersusSite owns the order of a build and nothing else: it runs the stages
/// load → parse → link → render → emit, each a function from one value to the
/// next (`LoadedSite`, `ParsedSite`, `LinkedSite`, `RenderedSite`), and
/// reports what happened. The work of each stage lives in its own module.
public enum VersusSiteModule {}
