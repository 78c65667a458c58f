"""The built site: the message word for word, the prevention-month pages with
their sources, links that resolve from disk, and nothing loaded from elsewhere."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import FACT_SHEET, ROOT, html_files, soup_of

MESSAGE_PAGE = "moser-message-2020.html"
PREVENTION_PAGES = [
    "pages/prevention-month.html",
    "pages/recognise-trafficking.html",
    "pages/get-help.html",
    "pages/tip-report.html",
]
ATOM = "{http://www.w3.org/2005/Atom}"


def words(text):
    """The words of a text, with typographic quotes and no-break spaces made plain."""
    text = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return text.split()


def test_message_is_rendered_word_for_word(site):
    expected = words((ROOT / "tests" / "data" / "moser_message.txt").read_text(encoding="utf-8"))
    body = soup_of(site / MESSAGE_PAGE).select_one(".article__body")
    rendered = words(body.get_text(" "))
    assert rendered == expected


def test_message_keeps_its_paragraphs(site):
    source = (ROOT / "tests" / "data" / "moser_message.txt").read_text(encoding="utf-8")
    expected_paragraphs = [words(p) for p in source.split("\n\n") if p.strip()]
    body = soup_of(site / MESSAGE_PAGE).select_one(".article__body")
    assert [words(p.get_text(" ")) for p in body.find_all("p")] == expected_paragraphs


def test_message_page_names_its_author_date_and_original(site):
    soup = soup_of(site / MESSAGE_PAGE)
    assert soup.h1.get_text(" ", strip=True) == (
        "Trafficking in Persons in Kazakhstan: Message from the U.S. Ambassador "
        "to Kazakhstan William Moser"
    )
    assert soup.select_one(".article__meta time")["datetime"].startswith("2020-02-02")
    assert "William Moser, U.S. Ambassador to Kazakhstan" in soup.select_one(".article__meta").text
    original = soup.select_one(".article__original a")["href"]
    assert original == (
        "https://kz.usembassy.gov/trafficking-in-persons-in-kazakhstan-message-from-the-"
        "u-s-ambassador-to-kazakhstan-william-moser/"
    )


@pytest.mark.parametrize("page", PREVENTION_PAGES)
def test_prevention_page_lists_its_sources(site, page):
    soup = soup_of(site / page)
    heading = next(h for h in soup.find_all("h2") if h.get_text(strip=True) == "Sources")
    sources = heading.find_next("div", class_="footnote")
    assert sources is not None, "the Sources heading has no list after it"
    items = sources.find_all("li")
    assert items, "no sources listed"
    for item in items:
        assert item.find("a", href=re.compile(r"^https?://")), f"source without a link: {item}"
    # Every source is cited by at least one sentence, and every citation has a source.
    cited = {a["href"].lstrip("#") for a in soup.select("a.footnote-ref")}
    listed = {item["id"] for item in items}
    assert cited == listed


def test_every_page_has_one_h1_a_language_and_a_description(site_soups):
    for path, soup in site_soups.items():
        assert len(soup.find_all("h1")) == 1, path
        assert soup.html.get("lang"), path
        description = soup.find("meta", attrs={"name": "description"})
        assert description and description["content"].strip(), path
        assert soup.find("main", id="main") and soup.find("a", href="#main"), path


def test_every_page_shows_the_help_notice(site_soups):
    for path, soup in site_soups.items():
        notice = soup.select_one(".help-notice")
        assert notice is not None, path
        assert "1-888-373-7888" in notice.get_text(), path


def _local_targets(soup):
    for tag in soup.find_all(href=True):
        yield tag["href"]
    for tag in soup.find_all(src=True):
        yield tag["src"]


def test_every_internal_link_resolves_to_a_file(site, site_soups):
    problems = []
    for path, soup in site_soups.items():
        for ref in _local_targets(soup):
            parts = urlsplit(ref)
            if parts.scheme or ref.startswith("//"):
                continue
            if not parts.path:
                if parts.fragment and not soup.find(id=unquote(parts.fragment)):
                    problems.append(f"{path.name}: no #{parts.fragment} on the page")
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            if parts.path.endswith("/") or not target.is_file():
                problems.append(f"{path.relative_to(site)}: {ref} is not a file")
            elif parts.fragment and target.suffix == ".html":
                if not soup_of(target).find(id=unquote(parts.fragment)):
                    problems.append(f"{path.relative_to(site)}: {ref} has no such anchor")
            if not target.is_relative_to(site.resolve()):
                problems.append(f"{path.relative_to(site)}: {ref} leaves the site")
    assert problems == []


def test_internal_links_are_relative(site_soups):
    for path, soup in site_soups.items():
        for ref in _local_targets(soup):
            assert not ref.startswith("/"), f"{path}: root-absolute link {ref}"


LOADING = {
    "link": "href",
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
    "object": "data",
}


def test_no_page_loads_anything_from_another_host(site_soups):
    for path, soup in site_soups.items():
        for name, attribute in LOADING.items():
            for tag in soup.find_all(name):
                if name == "link" and tag.get("rel") in (["alternate"],):
                    continue
                ref = tag.get(attribute, "")
                assert not urlsplit(ref).scheme and not ref.startswith("//"), f"{path}: {tag}"
        assert not soup.find("script"), f"{path}: the site needs no JavaScript"
        assert "@import" not in str(soup) and "url(" not in " ".join(
            str(s) for s in soup.find_all("style")
        )


def test_stylesheets_load_nothing_from_elsewhere(site):
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert "@import" not in text
        for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", text):
            assert not urlsplit(ref).scheme and not ref.startswith("//"), f"{css}: {ref}"


def test_published_feed_is_atom_with_absolute_links(published_site):
    feed = ET.parse(published_site / "feeds" / "all.atom.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    articles = list((ROOT / "content" / "articles").glob("*.md"))
    assert len(entries) == len(articles)
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        for link in entry.findall(f"{ATOM}link"):
            assert link.get("href", "").startswith("https://example.org/")
    message = soup_of(published_site / MESSAGE_PAGE)
    assert message.find("link", rel="stylesheet")["href"].startswith("https://example.org/")
    assert message.find("link", type="application/atom+xml")["href"] == (
        "https://example.org/feeds/all.atom.xml"
    )


def _numbers(text):
    return set(re.findall(r"\d[\d,.\-]*\d|\d", text))


@pytest.mark.skipif(not FACT_SHEET.exists(), reason="the fact sheet lives in ../shared")
@pytest.mark.parametrize("page", PREVENTION_PAGES)
def test_prevention_page_states_no_number_outside_the_fact_sheet(site, page):
    """Every figure, date and phone number on the page is one the fact sheet gives."""
    sheet = FACT_SHEET.read_text(encoding="utf-8")
    body = soup_of(site / page).select_one(".article__body")
    for marker in body.select("sup, .footnote-backref"):
        marker.decompose()
    unknown = {n.rstrip(".,") for n in _numbers(body.get_text(" "))} - {""}
    unknown = {n for n in unknown if n not in sheet}
    assert unknown == set()


def test_site_css_is_linked_from_every_page(site_soups, site):
    # The stylesheet's name carries its content hash (plugins/fingerprint).
    (stylesheet,) = (site / "theme" / "css").glob("site.*.css")
    assert stylesheet.read_bytes() == (ROOT / "theme" / "static" / "css" / "site.css").read_bytes()
    for path, soup in site_soups.items():
        href = soup.find("link", rel="stylesheet")["href"]
        assert (path.parent / href).resolve() == stylesheet.resolve()


def test_output_has_no_folder_links(site_soups):
    for path, soup in site_soups.items():
        for ref in _local_targets(soup):
            if urlsplit(ref).scheme:
                continue
            assert ref not in ("", ".", "./", "..", "../"), f"{path}: {ref}"
            assert not urlsplit(ref).path.endswith("/"), f"{path}: {ref}"


def test_everything_in_content_is_published(site):
    for source in (ROOT / "content" / "articles").glob("*.md"):
        slug = re.search(r"^Slug:\s*(\S+)", source.read_text(encoding="utf-8"), re.M)
        assert slug and (site / f"{slug.group(1)}.html").is_file(), source
    for page in PREVENTION_PAGES:
        assert (site / page).is_file()


def test_html_paths_exist(site):
    assert [p for p in html_files(site) if p.name == "index.html"]
    assert Path(site / "404.html").is_file()
