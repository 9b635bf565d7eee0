/// The default theme, compiled into the binary: `Theme.standard`, generated
/// from the `Theme/` folder beside this file by the EmbedTheme plugin. This
/// target holds the files only; `ThemedTree` (VersusCore) lays a site's own
/// `Templates/` and `Public/` over them.
@_exported import VersusCore
