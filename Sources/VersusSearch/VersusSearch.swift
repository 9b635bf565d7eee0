/// VersusSearch owns the site's search: what goes into it (`SiteIndex`), tokens (Unicode-folded, model names
/// and version numbers kept whole as well as split), an index built from the
/// parsed pages at build time (no second pass over HTML), sharded by term
/// prefix into small static files, and the fragments results show. The
/// client that reads them is a small script of our own (`SearchClient`).
public enum VersusSearchModule {}
