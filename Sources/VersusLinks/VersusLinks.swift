/// VersusLinks owns how pages relate: the URL of every page and the pages that
/// claim the same one, the sections and tags that list them, and (as the site
/// grows) mentions, backlinks and internal links. It works on parsed pages and
/// returns values; it never renders HTML.
public enum VersusLinksModule {}
