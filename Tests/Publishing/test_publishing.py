"""The published output checked by tools nobody here wrote: the sitemap against
the sitemap protocol's schema (xmlschema), the feed as Atom (feedparser and the
RFC 4287 required elements), the API files against the JSON Schema the site
publishes (jsonschema), and every internal link, asset and #fragment of every
page, under a domain root and under a sub-path."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import jsonschema
import xmlschema

HERE = Path(__file__).resolve().parent
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def local_path(out: Path, base: str, url: str):
    """The file a URL on the site names, or None when it is not on the site."""
    parts = urlsplit(url)
    site = urlsplit(base)
    if parts.scheme and (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
        return None
    path = unquote(parts.path)
    assert path.startswith(site.path), f"{url} is outside the base path {site.path}"
    rest = path[len(site.path):]
    return out / (rest + "index.html" if rest == "" or rest.endswith("/") else rest)


def test_sitemap_follows_the_protocol_and_lists_every_page(real_site):
    out, base = real_site
    schema = xmlschema.XMLSchema(str(HERE / "sitemap-protocol.xsd"))
    schema.validate(str(out / "sitemap.xml"))
    locs = [e.text for e in ET.parse(out / "sitemap.xml").getroot().iter(SITEMAP + "loc")]
    assert len(locs) == len(set(locs))
    pages = {p for p in out.rglob("index.html") if "search" not in p.relative_to(out).parts}
    listed = {local_path(out, base, loc) for loc in locs}
    assert listed == pages
    article = ET.parse(out / "sitemap.xml").getroot()
    dated = [u for u in article if u.find(SITEMAP + "lastmod") is not None]
    assert dated, "pages with last_updated carry lastmod"
    robots = (out / "robots.txt").read_text()
    assert f"Sitemap: {base}sitemap.xml" in robots


def atom_entries(out: Path, base: str, name: str):
    """The entries of an Atom feed the site publishes at `name`, after checking it
    parses as Atom 1.0 (feedparser), has RFC 4287's required elements, points at
    itself, lists its entries newest first and links each to a file of the site."""
    parsed = feedparser.parse(str(out / name))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    root = ET.parse(out / name).getroot()
    assert root.tag == ATOM + "feed"
    for element in ("id", "title", "updated", "author"):
        assert root.find(ATOM + element) is not None, element
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == base + name
    entries = root.findall(ATOM + "entry")
    assert entries
    for entry in entries:
        for element in ("id", "title", "updated", "summary"):
            assert (entry.find(ATOM + element).text or "").strip(), element
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert local_path(out, base, link).exists(), link
    dates = [entry.find(ATOM + "updated").text for entry in entries]
    assert dates == sorted(dates, reverse=True), "newest first"
    return entries


def test_feed_is_atom_with_every_required_element(real_site):
    out, base = real_site
    atom_entries(out, base, "feed.xml")


def api_documents(out: Path):
    """models.json, articles.json and changes.json, each checked against the schema the site publishes."""
    schema = json.loads((out / "api/schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    documents = [json.loads((out / f"api/{name}.json").read_text()) for name in ("models", "articles", "changes")]
    for document in documents:
        errors = sorted(validator.iter_errors(document), key=str)
        assert not errors, errors[0]
    return documents


def test_api_files_follow_the_published_schema(real_site):
    out, base = real_site
    models, articles, _ = api_documents(out)
    assert len(models["models"]) == len(list((out / "models").glob("*/index.html")))
    for model in models["models"]:
        assert local_path(out, base, urljoin(base, model["url"].lstrip("/"))) is not None
        assert model["permalink"].startswith(base)
        for url in model["articles"]:
            assert (out / (url[len(urlsplit(base).path):] + "index.html")).exists()
    ids = {m["id"] for m in models["models"]}
    for article in articles["articles"]:
        assert set(article["models"]) <= ids


class Page(HTMLParser):
    """The ids a page defines and the URLs it points at."""

    def __init__(self):
        super().__init__()
        self.ids = set()
        self.refs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src", "data-search"):
            if attrs.get(name) is not None and not (tag == "form" and name == "href"):
                self.refs.append(attrs[name])
        if tag == "form" and attrs.get("action"):
            self.refs.append(attrs["action"])
        if tag == "meta" and attrs.get("property") == "og:url":
            self.refs.append(attrs["content"])


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text())
    return page


def check_links(out: Path, base: str):
    cache = {}
    problems = []
    pages = sorted(out.rglob("*.html"))
    assert pages
    for path in pages:
        relative = path.relative_to(out).as_posix()
        page_url = base + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
        page = cache.setdefault(path, parse(path))
        for ref in page.refs:
            if re.match(r"^(mailto|tel|javascript|data):", ref):
                continue
            url = urljoin(page_url, ref)
            target = local_path(out, base, url)
            if target is None:
                continue
            if not target.is_file():
                problems.append(f"{relative}: {ref} → {target.relative_to(out)} does not exist")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if fragment and target.suffix == ".html":
                ids = cache.setdefault(target, parse(target)).ids
                if fragment not in ids:
                    problems.append(f"{relative}: {ref} → no id '{fragment}' in {target.relative_to(out)}")
    return problems, len(pages)


def test_every_internal_link_asset_and_fragment_resolves(real_site):
    out, base = real_site
    problems, pages = check_links(out, base)
    assert not problems, "\n".join(problems[:20])
    assert pages >= 50


def test_fixture_sites_link_check_too(fixture_site):
    out, base = fixture_site
    problems, _ = check_links(out, base)
    assert not problems, "\n".join(problems[:20])


def test_theme_sites_link_check_and_their_sitemap(theme_site):
    """A site of site.yml and Content/ alone (versus init, the manual): every
    link, asset and fragment of the embedded theme's pages resolves, and the
    sitemap follows the protocol."""
    out, base = theme_site
    problems, pages = check_links(out, base)
    assert not problems, "\n".join(problems[:20])
    assert pages >= 4
    assert (out / "css/site.css").exists()
    xmlschema.XMLSchema(str(HERE / "sitemap-protocol.xsd")).validate(str(out / "sitemap.xml"))
    locs = [e.text for e in ET.parse(out / "sitemap.xml").getroot().iter(SITEMAP + "loc")]
    # Every page but the search results page (the manual has a page at guide/search/).
    pages = {p for p in out.rglob("index.html") if p.relative_to(out).parts[0] != "search"}
    assert {local_path(out, base, loc) for loc in locs} == pages


def test_the_404_page_works_from_any_depth(real_site):
    out, base = real_site
    page = parse(out / "404.html")
    path = urlsplit(base).path
    stylesheets = [r for r in page.refs if r.endswith(".css")]
    assert stylesheets == [path + "css/site.css"]
    # Served at /a/b/c/missing, its links still land on files.
    for ref in page.refs:
        if ref.startswith("#"):
            assert ref[1:] in page.ids, ref
            continue
        target = local_path(out, base, urljoin(base + "a/b/c/missing", ref))
        assert target is None or target.is_file(), ref


def test_pages_carry_canonical_open_graph_and_twitter_meta(real_site):
    out, base = real_site
    html = (out / "comparisons/open-source-vs-proprietary/index.html").read_text()
    url = base + "comparisons/open-source-vs-proprietary/"
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert re.search(r'<meta property="og:title" content="[^"]+">', html)
    assert '<link rel="icon" href="../../favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="alternate" type="application/atom+xml" title="Versus" href="../../feed.xml">' in html
    assert re.search(r'<h2 id="([^"]+)">[^<]+ <a class="heading-anchor" href="#\1" aria-label="Link to this section">#</a></h2>', html)


def test_figures_values_sources_dates_and_changes_follow_the_schema(figures_site):
    out, base = figures_site
    models, _, changes = api_documents(out)
    heron = next(m for m in models["models"] if m["id"] == "heron")
    assert heron["figures"]["pricing.input"] == {
        "value": 0.4, "as_of": "2026-06-01",
        "source": {"id": "vendor", "title": "Fjord AI price list", "url": "https://fjord.example.com/pricing", "as_of": "2026-06-01"}}
    # A source's site path is a path from the host's root, like every url of the API.
    bench = heron["figures"]["scores.reasoning"]["source"]
    assert bench["url"] == urlsplit(base).path + "method/"
    assert local_path(out, base, urljoin(base, bench["url"])).is_file()
    # Every figure of every model is in `figures`, with the value the plain fields give.
    for model in models["models"]:
        plain = {f"pricing.{k}": v for k, v in model.get("pricing", {}).items()}
        plain.update({f"scores.{k}": v for k, v in model["scores"].items()})
        assert {path: figure["value"] for path, figure in model["figures"].items()} == plain
    dates = [c["date"] for c in changes["changes"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 4
    for change in changes["changes"]:
        assert local_path(out, base, urljoin(base, change["url"])).is_file()
    # A figure that is not a change (its first recorded value) is not listed.
    assert all("from" in c for c in changes["changes"])


def test_the_changes_feed_is_atom_and_points_at_model_histories(figures_site):
    out, base = figures_site
    entries = atom_entries(out, base, "changes/feed.xml")
    assert [e.find(ATOM + "updated").text for e in entries] == [
        "2026-06-01T00:00:00Z", "2026-05-20T00:00:00Z", "2026-03-10T00:00:00Z"]
    ids = [e.find(ATOM + "id").text for e in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert link.endswith("#history")
        assert "history" in parse(local_path(out, base, link)).ids
    assert '<link rel="alternate" type="application/atom+xml" title="Glasshouse: changes of figures"' in (out / "index.html").read_text()


def test_figures_site_link_check(figures_site):
    out, base = figures_site
    problems, pages = check_links(out, base)
    assert not problems, "\n".join(problems[:20])
    assert (out / "changes/index.html").is_file()
