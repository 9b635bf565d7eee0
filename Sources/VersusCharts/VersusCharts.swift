/// VersusCharts owns build-time charts: a `chart` block's options, the numbers
/// taken from the table above it or from the model data, and the accessible
/// inline SVG drawn from them (bar, hbar, scatter, line). No JavaScript and no
/// chart library at run time; colours come from the site's CSS custom
/// properties, so dark mode works.
public enum VersusChartsModule {}
