/// VersusSite runs a build in order: load → parse → link → search index →
/// render → emit, each a function from one value to the next (`LoadedSite`,
/// `ParsedSite`, `LinkedSite`, `RenderedSite`), and reports what happened.
/// The work of linking, indexing and publishing lives in their own modules;
/// what is still here besides the order: the view models templates get
/// (`SiteView`, `PageView`, `ModelView`), the check of the names templates
/// use, the preview's incremental rebuild (`LiveBuild`, to be replaced by
/// recorded dependencies) and `versus new` (`Scaffold`).
public enum VersusSiteModule {}
