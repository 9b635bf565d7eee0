/// VersusLinks owns the link stage (`SiteLinks`): how pages relate. The URL
/// of every page and the pages that claim the same one, the sections, tags
/// and vendors that list them, mentions of models (and names almost a
/// model's), backlinks, related pages, internal links, `models` blocks and
/// the figures check. It works on parsed pages and returns values; it never
/// renders HTML.
public enum VersusLinksModule {}
