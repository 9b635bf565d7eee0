/// `versus serve`: the site held in memory and served on loopback while an
/// editor works. This module owns the HTTP side (paths, content types, ETags,
/// the 404 page), the file watcher, and the live-reload channel with its error
/// overlay. Building stays in `VersusSite`; this module only asks it to
/// rebuild and publishes what comes back.
enum VersusPreview {}
