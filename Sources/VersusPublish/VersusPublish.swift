/// VersusPublish owns what a build hands to a static host and a reader's
/// tools: writing the output folder atomically (`Emitter`), the sitemap,
/// feed, robots.txt and JSON API with its schema (`Publishing`).
public enum VersusPublishModule {}
