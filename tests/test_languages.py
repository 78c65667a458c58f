"""The site in English, Russian and Kazakh: Pelican's translations plus plugins/languages/.

The pure helpers on their own, the theme's word tables, and the built site: every page of
every language has the right `lang`, a switcher whose links lead to files that exist (its
own translations, else each language's home page), dates in its own language, and no
English page copied under ru/ or kk/. Then the checks that stop a build, and the web build's
feeds and hreflang links.
"""

import datetime
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

import pytest
from conftest import FACT_SHEET, ROOT, html_files, run_pelican, soup_of
from jinja2 import Environment, FileSystemLoader

sys.path.insert(0, str(ROOT / "plugins"))

from languages import core  # noqa: E402

LANGS = ("en", "kk", "ru")
TRANSLATED = ("ru", "kk")
NATIVE = {"en": "English", "kk": "Қазақша", "ru": "Русский"}
PAGES = ("prevention-month", "recognise-trafficking", "get-help", "tip-report")
HOME = {"en": "index.html", "ru": "ru/index.html", "kk": "kk/index.html"}
ARCHIVES = {"en": "archives.html", "ru": "ru/archives.html", "kk": "kk/archives.html"}
KEY_FACTS = {"en": "key-facts.html", "ru": "ru/key-facts.html", "kk": "kk/key-facts.html"}
MESSAGE = "moser-message-2020.html"
ATOM = "{http://www.w3.org/2005/Atom}"
NNBSP = "\u202f"
PHONE = re.compile(r"\b1-8\d\d-\d{3}-\d{4}\b|\b233733\b|\b711\b|\b111\b")


def page_url(lang, slug):
    return f"pages/{slug}.html" if lang == "en" else f"{lang}/pages/{slug}.html"


def lang_of(site, path):
    first = path.relative_to(site).parts[0]
    return first if first in TRANSLATED else "en"


def resolve(path, href):
    return (path.parent / unquote(urlsplit(href).path)).resolve()


# -- the pure helpers ---------------------------------------------------------------


class Item:
    def __init__(self, lang, url, translations=()):
        self.lang, self.url, self.translations = lang, url, list(translations)


def test_localized_date_is_babel_in_each_language():
    day = datetime.datetime(2020, 2, 2, 10, 30)
    assert core.localized_date(day, "en") == "February 2, 2020"
    assert core.localized_date(day, "ru") == f"2 февраля 2020{NNBSP}г."
    assert core.localized_date(day.date(), "kk") == f"2020{NNBSP}ж. 2 ақпан"
    assert core.localized_date(None, "ru") == ""


def test_switcher_links_to_translations_and_else_to_home_pages():
    links = core.switcher_links(
        "ru",
        LANGS,
        NATIVE,
        {"en": "pages/a.html", "ru": "ru/pages/a.html"},
        HOME,
    )
    assert [(link.lang, link.name, link.url, link.current, link.to_home) for link in links] == [
        ("en", "English", "pages/a.html", False, False),
        ("kk", "Қазақша", "kk/index.html", False, True),
        ("ru", "Русский", "ru/pages/a.html", True, False),
    ]


def test_menu_items_take_each_translation_or_mark_the_original_as_foreign():
    ru_page = Item("ru", "ru/pages/a.html")
    first = Item("en", "pages/a.html", [ru_page])
    second = Item("en", "pages/b.html")
    ru_page.translations = [first]
    entries = core.menu_items([first, second], "ru")
    assert [(e.item.url, e.lang, e.foreign) for e in entries] == [
        ("ru/pages/a.html", "ru", False),
        ("pages/b.html", "en", True),
    ]
    assert [e.foreign for e in core.menu_items([first, second], "en")] == [False, False]


def test_alternates_list_every_language_the_page_itself_and_x_default():
    pairs = core.alternates({"en": "a.html", "ru": "ru/a.html"}, "en", "https://example.org")
    assert pairs == [
        ("en", "https://example.org/a.html"),
        ("ru", "https://example.org/ru/a.html"),
        ("x-default", "https://example.org/a.html"),
    ]
    assert core.alternates({"en": "a.html"}, "en", "https://example.org") == []


def test_translations_of_official_texts_need_an_official_address_of_their_own():
    original = "https://embassy.example/en/message/"
    items = [
        ("ru/a.md", "ru", "Messages", {}, original),
        ("ru/b.md", "ru", "Messages", {"original_url": "https://embassy.example/ru/m/"}, original),
        ("ru/c.md", "ru", "Messages", {"original_url": original}, original),
        ("ru/d.md", "ru", "News", {}, None),
        ("e.md", "en", "Messages", {}, None),
    ]
    problems = core.untrusted_translations(items, ("Messages",), "en")
    assert [p.split(":")[0] for p in problems] == ["ru/a.md", "ru/c.md"]
    assert "Original_url" in problems[0] and "Fix:" in problems[0]


# -- the theme's words --------------------------------------------------------------


@pytest.fixture(scope="module")
def theme_strings():
    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")))
    return env.get_template("strings.html").module.strings


def test_every_language_has_exactly_the_english_keys(theme_strings):
    assert set(theme_strings) == set(LANGS)
    english = set(theme_strings["en"])
    for lang in TRANSLATED:
        assert set(theme_strings[lang]) == english, lang
        assert len(theme_strings[lang]["months"]) == 12
        assert len(theme_strings[lang]["months_with_day"]) == 12
        assert all(month.count("%d") == 1 for month in theme_strings[lang]["months_with_day"])
        for key, value in theme_strings[lang].items():
            assert value, f"{lang}.{key} is empty"


def test_russian_and_kazakh_words_are_not_left_in_english(theme_strings):
    # Brand names and keywords a reader must type (HELP, INFO) may stay in Latin letters.
    for lang in TRANSLATED:
        for key, value in theme_strings[lang].items():
            english = theme_strings["en"][key]
            if isinstance(value, dict):  # canonical English names: a word for each
                assert set(value) == set(english), f"{lang}.{key}"
                value, english = (
                    [" ".join(words) if isinstance(words, list) else words for words in table]
                    for table in (value.values(), [english[name] for name in value])
                )
            if isinstance(value, str):
                value, english = [value], [english]
            for word, english_word in zip(value, english, strict=True):
                assert re.search(r"[а-яёәғқңөұүһі]", word.lower()), f"{lang}.{key}: {word!r}"
                assert word != english_word, f"{lang}.{key} is the English text"


# -- the built site -----------------------------------------------------------------


def test_every_language_has_its_home_archive_and_four_pages(site):
    for lang in LANGS:
        assert (site / HOME[lang]).is_file(), lang
        assert (site / ARCHIVES[lang]).is_file(), lang
        for slug in PAGES:
            assert (site / page_url(lang, slug)).is_file(), (lang, slug)


def test_every_page_is_in_the_language_of_its_folder(site, site_soups):
    for path, soup in site_soups.items():
        assert soup.html["lang"] == lang_of(site, path), path.relative_to(site)


def test_every_page_has_a_switcher_whose_links_exist(site, site_soups):
    for path, soup in site_soups.items():
        lang = lang_of(site, path)
        nav = soup.select("nav.language-switcher")
        assert len(nav) == 1, path
        assert nav[0]["aria-label"].strip(), path
        links = nav[0].find_all("a")
        assert [a["lang"] for a in links] == list(LANGS), path
        assert [a["hreflang"] for a in links] == list(LANGS), path
        assert [a.get_text(" ", strip=True).split(" (")[0] for a in links] == [
            NATIVE[code] for code in LANGS
        ]
        current = [a for a in links if a.get("aria-current")]
        assert [a["lang"] for a in current] == [lang], path
        assert resolve(path, current[0]["href"]) == path.resolve(), path
        for a in links:
            target = resolve(path, a["href"])
            assert target.is_file(), f"{path.relative_to(site)}: {a['href']}"
            assert lang_of(site, target) == a["lang"], f"{path.relative_to(site)}: {a['href']}"


def test_the_switcher_goes_to_the_translation_or_says_it_goes_home(site, site_soups):
    homes = {code: (site / HOME[code]).resolve() for code in LANGS}
    for path, soup in site_soups.items():
        for a in soup.select("nav.language-switcher a"):
            target = resolve(path, a["href"])
            label = a.get_text(" ", strip=True)
            goes_home = target == homes[a["lang"]] and path.name != "index.html"
            assert ("(" in label) == goes_home, f"{path.relative_to(site)}: {label}"


def test_translated_pages_switch_to_each_other(site):
    for slug in PAGES:
        for lang in LANGS:
            path = site / page_url(lang, slug)
            links = soup_of(path).select("nav.language-switcher a")
            targets = {a["lang"]: resolve(path, a["href"]) for a in links}
            assert targets == {code: (site / page_url(code, slug)).resolve() for code in LANGS}


def test_each_key_facts_page_switches_to_the_others_and_its_menu_lists_itself(site):
    pages = {lang: site / KEY_FACTS[lang] for lang in LANGS}
    for lang, path in pages.items():
        soup = soup_of(path)
        links = soup.select("nav.language-switcher a")
        targets = {a["lang"]: resolve(path, a["href"]) for a in links}
        assert targets == {code: page.resolve() for code, page in pages.items()}, lang
        assert not any("(" in a.get_text() for a in links), lang
        menu = soup.select_one("nav.site-nav a[aria-current='page']")
        assert resolve(path, menu["href"]) == path.resolve(), lang
        assert not menu.get("hreflang"), lang


def test_no_english_page_is_copied_under_ru_or_kk(site):
    english_bodies = {}
    for path in html_files(site):
        if lang_of(site, path) == "en":
            main = soup_of(path).find("main")
            english_bodies[main.get_text(" ", strip=True)] = path
    for lang in TRANSLATED:
        for path in html_files(site / lang):
            main = soup_of(path).find("main")
            text = main.get_text(" ", strip=True)
            assert text not in english_bodies, f"{path.relative_to(site)} copies an English page"
            for tag in main.find_all(True):
                assert tag.get("lang") in (None, "en"), path


def test_english_items_on_russian_and_kazakh_pages_are_marked(site, theme_strings):
    for lang in TRANSLATED:
        soup = soup_of(site / HOME[lang])
        link = next(a for a in soup.select(".article-list a") if a["href"].endswith(MESSAGE))
        assert link["hreflang"] == "en"
        assert link.find("span", lang="en") is not None
        assert theme_strings[lang]["in_en"] in link.get_text(" ", strip=True)
        assert resolve(site / HOME[lang], link["href"]) == (site / MESSAGE).resolve()
        # The home page says, in its own language, that the message is in English only.
        assert theme_strings[lang]["english_only_note"] in soup.find("main").get_text(" ")


def test_every_link_to_an_english_page_from_russian_or_kazakh_says_so(site, theme_strings):
    """Not only the home page's list: the archives, the menus, the Key facts pages. A link
    from a Russian or Kazakh page to an English one (the switcher aside) has hreflang="en"
    and says, in the page's language, that it leads to English: "(на английском языке)"
    after it, or the translation notice's own words; an English title in it has lang="en"."""
    checked = 0
    for lang in TRANSLATED:
        said = (theme_strings[lang]["in_en"], theme_strings[lang]["translation_notice_link"])
        for path in html_files(site / lang):
            for link in soup_of(path).find_all("a", href=True):
                href = urlsplit(link["href"])
                if href.scheme or not href.path.endswith(".html"):
                    continue
                target = resolve(path, link["href"]).relative_to(site.resolve())
                if target.parts[0] in TRANSLATED or link.find_parent(class_="language-switcher"):
                    continue
                checked += 1
                where = f"{path.relative_to(site)} → {target}"
                assert link.get("hreflang") == "en", where
                text = link.get_text(" ", strip=True)
                assert any(words in text for words in said), where
                for span in link.find_all(lang=True):
                    assert span["lang"] == "en", where
                latin = re.sub(r"\(.*?\)", "", text)
                if re.search(r"[A-Za-z]{4,}", latin):
                    assert link.find(lang="en") is not None, where
    assert checked  # the message, at least, is listed on both home pages


def test_menus_list_each_languages_own_pages(site):
    for lang in LANGS:
        path = site / HOME[lang]
        nav = soup_of(path).select_one("nav.site-nav")
        targets = {resolve(path, a["href"]) for a in nav.find_all("a")}
        for slug in PAGES:
            assert (site / page_url(lang, slug)).resolve() in targets, (lang, slug)
        assert (site / ARCHIVES[lang]).resolve() in targets


def test_help_notice_links_to_the_help_page_in_the_pages_language(site, site_soups):
    for path, soup in site_soups.items():
        lang = lang_of(site, path)
        links = soup.select(".help-notice a[href$='.html']")
        assert [resolve(path, a["href"]) for a in links] == [
            (site / page_url(lang, "get-help")).resolve()
        ], path


def test_dates_are_written_in_the_pages_language(site):
    expected = {"en": "February 2, 2020", "ru": f"2 февраля 2020{NNBSP}г.", "kk": "2020"}
    expected["kk"] += f"{NNBSP}ж. 2 ақпан"
    for lang in LANGS:
        for name in (HOME[lang], ARCHIVES[lang]):
            times = soup_of(site / name).select("main time")
            assert times, name
            assert {t.get_text() for t in times} == {expected[lang]}, name


def test_a_key_facts_day_is_written_as_its_language_writes_it(site):
    expected = {"en": "January 11", "ru": "11 января", "kk": "11 қаңтар"}
    for lang in LANGS:
        metas = soup_of(site / page_url(lang, "prevention-month")).select(".key-fact__meta")
        days = {meta.get_text(" ", strip=True).split(" · ")[0] for meta in metas}
        assert expected[lang] in days, (lang, days)


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slug", PAGES)
def test_a_translation_says_so_and_links_to_its_english_page(site, lang, slug):
    path = site / page_url(lang, slug)
    notice = soup_of(path).select_one("main .translation-notice")
    assert notice is not None
    link = notice.find("a")
    assert resolve(path, link["href"]) == (site / page_url("en", slug)).resolve()
    assert link["hreflang"] == "en"


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slug", PAGES)
def test_a_translation_cites_the_english_pages_sources_and_numbers(site, lang, slug):
    english = soup_of(site / page_url("en", slug))
    translated = soup_of(site / page_url(lang, slug))

    def sources(soup):
        return {
            li["id"]: li.find("a", href=re.compile("^https?://"))["href"]
            for li in soup.select("div.footnote li")
        }

    assert sources(translated) == sources(english)
    cited = {a["href"].lstrip("#") for a in translated.select("a.footnote-ref")}
    assert cited == set(sources(translated))

    def body(soup):
        main = soup.select_one(".article__body")
        for marker in main.select("sup, .footnote-backref, div.footnote"):
            marker.decompose()
        return main.get_text(" ")

    assert sorted(PHONE.findall(body(translated))) == sorted(PHONE.findall(body(english)))
    if FACT_SHEET.exists():
        sheet = FACT_SHEET.read_text(encoding="utf-8").replace(",", "")
        numbers = re.findall(r"\d[\d\-]*\d|\d", body(translated).replace("\u00a0", ""))
        assert {n for n in numbers if n not in sheet} == set()


def test_offline_build_has_no_hreflang_links(site_soups):
    for path, soup in site_soups.items():
        assert not soup.find("link", hreflang=True), path


# -- the web build ------------------------------------------------------------------


def test_web_build_lists_every_translation_with_absolute_addresses(published_site):
    for slug in PAGES:
        expected = {code: f"https://example.org/{page_url(code, slug)}" for code in LANGS}
        expected["x-default"] = expected["en"]
        for lang in LANGS:
            soup = soup_of(published_site / page_url(lang, slug))
            found = {
                link["hreflang"]: link["href"] for link in soup.find_all("link", hreflang=True)
            }
            assert found == expected, (lang, slug)
    home = soup_of(published_site / "ru" / "index.html")
    found = {link["hreflang"]: link["href"] for link in home.find_all("link", hreflang=True)}
    assert found["ru"] == "https://example.org/ru/index.html"
    assert found["x-default"] == "https://example.org/index.html"


def _content_with(tmp_path, files):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for name, text in files.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    return content


RUSSIAN_NEWS = """Title: Новость
Date: 2021-03-01
Category: News
Slug: news-2021
Lang: ru

Текст новости.
"""
ENGLISH_NEWS = """Title: News
Date: 2021-03-01
Category: News
Slug: news-2021

The text of the news.
"""


def test_web_build_writes_one_feed_per_language(tmp_path):
    content = _content_with(
        tmp_path,
        {
            "articles/2021-03-01-news.md": ENGLISH_NEWS,
            "articles/ru/2021-03-01-news.md": RUSSIAN_NEWS,
        },
    )
    output = tmp_path / "output"
    run_pelican(
        output, content=content, settings="publishconf.py", env={"SITEURL": "https://example.org"}
    )

    def titles(feed):
        root = ET.parse(feed).getroot()
        return sorted(e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry"))

    assert "Новость" not in titles(output / "feeds" / "all.atom.xml")
    assert titles(output / "ru" / "feeds" / "all.atom.xml") == ["Новость"]
    russian = soup_of(output / "ru" / "news-2021.html")
    feed = russian.find("link", type="application/atom+xml")
    assert feed["href"] == "https://example.org/ru/feeds/all.atom.xml"
    # The Kazakh pages have no Kazakh articles, so no feed to point to.
    assert soup_of(output / "kk" / "index.html").find("link", type="application/atom+xml") is None
    # The Russian home page lists the Russian article in Russian, the message marked English.
    home = soup_of(output / "ru" / "index.html")
    titles_listed = [a.get_text(" ", strip=True) for a in home.select(".article-list a")]
    assert "Новость" in titles_listed


def test_a_translated_message_without_its_official_address_stops_the_build(tmp_path):
    text = (ROOT / "content" / "articles" / "2020-02-02-moser-message.md").read_text("utf-8")
    header, _, _ = text.partition("\n\n")
    header = "\n".join(line for line in header.splitlines() if not line.startswith("Original_url:"))
    name = "articles/ru/2020-02-02-moser-message.md"
    content = _content_with(tmp_path, {name: header + "\nLang: ru\n\nПеревод.\n"})
    output = tmp_path / "output"
    result = run_pelican(output, content=content, check=False, env={"COLUMNS": "500"})
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "ru/2020-02-02-moser-message.md" in log and "Original_url" in log
    assert "Traceback" not in log
    assert not (output / "index.html").exists()


def test_a_translation_may_not_take_the_address_of_a_generated_page(tmp_path):
    # ru/index.html and kk/archives.html are written by plugins/languages/, not by Pelican's
    # own generators: once, a Russian page with "Save_as: ru/index.html" replaced the
    # Russian home page with no word, and an article with "Slug: index" stopped the build
    # naming the ambassador's message instead of itself.
    content = _content_with(
        tmp_path,
        {
            "pages/ru/own-home.md": "Title: Дом\nLang: ru\nSlug: own-home\n"
            "Save_as: ru/index.html\n\nТекст.\n",
            "articles/kk/2021-03-01-list.md": "Title: Тізім\nDate: 2021-03-01\nLang: kk\n"
            "Slug: archives\nCategory: News\n\nМәтін.\n",
        },
    )
    output = tmp_path / "output"
    result = run_pelican(output, content=content, check=False, env={"COLUMNS": "500"})
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"ru/own-home\.md, line 4: .*“ru/index\.html”.*home page in ru", log), log
    assert re.search(r"kk/2021-03-01-list\.md, line 4: .*“kk/archives\.html”", log), log
    assert "moser-message" not in log and "Traceback" not in log


def test_translations_come_in_the_same_order_in_every_build(tmp_path):
    # Pelican finds files in set order, which moves with the hash seed: without sorting,
    # facts.json listed the Russian and Kazakh pages in a different order from run to run.
    outputs = []
    for seed in ("1", "2"):
        output = tmp_path / seed
        run_pelican(output, env={"PYTHONHASHSEED": seed})
        outputs.append(output)
    first, second = ((output / "facts.json").read_bytes() for output in outputs)
    assert first == second


def test_a_translated_message_with_its_official_address_is_published(tmp_path):
    text = (ROOT / "content" / "articles" / "2020-02-02-moser-message.md").read_text("utf-8")
    header, _, _ = text.partition("\n\n")
    header = "\n".join(
        "Original_url: https://embassy.example/ru/official-translation/"
        if line.startswith("Original_url:")
        else line
        for line in header.splitlines()
    )
    name = "articles/ru/2020-02-02-moser-message.md"
    content = _content_with(tmp_path, {name: header + "\nLang: ru\n\nОфициальный перевод.\n"})
    output = tmp_path / "output"
    run_pelican(output, content=content)
    english = output / MESSAGE
    switch = {
        a["lang"]: resolve(english, a["href"])
        for a in soup_of(english).select("nav.language-switcher a")
    }
    assert switch["ru"] == (output / "ru" / MESSAGE).resolve()
    home = soup_of(output / "ru" / "index.html")
    link = home.select_one(".article-list a")
    assert (
        resolve(output / "ru" / "index.html", link["href"]) == (output / "ru" / MESSAGE).resolve()
    )
    assert not link.get("hreflang") and link.find("span", lang=True) is None


# -- the Key facts page and the callouts in each language -----------------------------


def english_theme_phrases(theme_strings, lang):
    """Every English word of the theme that the table of `lang` does not share."""

    def flat(value):
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            return [word for item in value for word in flat(item)]
        return [value]

    own = {word for value in theme_strings[lang].values() for word in flat(value)}
    english = {word for value in theme_strings["en"].values() for word in flat(value)}
    # A format's fixed part ("and %d more" → "and"), and no short word that other text holds.
    phrases = {part.strip() for word in english - own for part in word.split("%d")}
    return {phrase for phrase in phrases if len(phrase) > 4}


def theme_text(soup):
    """The words the theme and the key-facts plugin put on a page: its text but for the
    editors' (a page's body, the statements quoted from it) and what is marked as in
    another language (lang="en" names, the switcher's native names)."""
    for tag in soup.select("body [lang], .article__body, .key-fact__statement"):
        tag.decompose()
    return " ".join(soup.find("body").get_text(" ").split())


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_has_its_key_facts_page_with_its_facts(site, lang):
    soup = soup_of(site / KEY_FACTS[lang])
    assert soup.html["lang"] == lang
    facts = [
        record
        for record in json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
        if record["lang"] == lang
    ]
    assert facts
    listed = soup.select("main .key-fact")
    assert {item["data-fact-kind"] for item in listed} == {record["kind"] for record in facts}
    assert len(listed) == len(
        {(r["kind"], str(r["value"]), r["unit"], r["country"], r["year"]) for r in facts}
    )
    # Only this language's pages are cited: each listed fact links into its folder.
    main_links = [a["href"] for a in soup.select("main .key-fact__sources a")]
    assert main_links and all(
        resolve(site / KEY_FACTS[lang], href).is_relative_to((site / lang).resolve())
        for href in main_links
    )
    chart = soup.select_one("svg.tier-chart")
    kazakhstan = {"ru": "Казахстан", "kk": "Қазақстан"}[lang]
    assert chart.title.get_text().startswith(kazakhstan + ":")
    watch_list = {"ru": "Список наблюдения уровня 2", "kk": "2-деңгейдің бақылау тізімі"}[lang]
    assert f"2019: {watch_list}" in chart.desc.get_text()
    table = next(t for t in soup.find_all("table") if kazakhstan in t.caption.get_text())
    rows = {r.th.get_text(strip=True): r.td.get_text(strip=True) for r in table.tbody("tr")}
    assert rows["2019"] == watch_list


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_link_on_a_key_facts_page_resolves_from_disk(site, lang):
    path = site / KEY_FACTS[lang]
    soup = soup_of(path)
    for tag in soup.find_all(href=True):
        parts = urlsplit(tag["href"])
        if parts.scheme:
            continue
        target = resolve(path, tag["href"]) if parts.path else path
        assert target.is_file() and not parts.path.endswith("/"), tag["href"]
        if parts.fragment:
            assert soup_of(target).find(id=unquote(parts.fragment)), tag["href"]


@pytest.mark.parametrize(
    "name", ["ru/key-facts.html", "kk/key-facts.html", "ru/pages/tip-report.html",
             "kk/pages/tip-report.html", "ru/pages/prevention-month.html",
             "kk/pages/prevention-month.html"],
)  # fmt: skip
def test_key_facts_words_are_in_the_pages_language(site, theme_strings, name):
    lang = name.split("/")[0]
    text = theme_text(soup_of(site / name))
    for phrase in sorted(english_theme_phrases(theme_strings, lang)):
        assert phrase not in text, f"{name}: {phrase!r}"
    assert theme_strings[lang]["key_facts"] in text


@pytest.mark.parametrize("lang", TRANSLATED)
def test_tier_callouts_of_the_tip_report_page_are_in_its_language(site, theme_strings, lang):
    url = page_url(lang, "tip-report")
    soup = soup_of(site / url)
    records = [
        record
        for record in json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
        if record["url"] == url and record["kind"] == "tier"
    ]
    assert records and {record["lang"] for record in records} == {lang}
    words = theme_strings[lang]
    box = soup.select_one("section.key-facts")
    assert box.h2.get_text(strip=True) == words["key_facts"]
    tiers = box.select(".key-fact[data-fact-kind='tier']")
    assert tiers
    for callout in tiers:
        anchor = callout.select_one("a.key-fact__statement")["href"][1:]
        [record] = [r for r in records if r["anchor"] == anchor]
        assert callout["data-fact-value"] == record["value"]
        assert callout.select_one(".key-fact__kind").get_text(strip=True) == words["kind_tier"]
        shown = callout.select_one(".key-fact__value").get_text(strip=True)
        assert shown == words["tier_names"][record["value"]]
        meta = callout.select_one(".key-fact__meta").get_text(strip=True)
        assert meta == f"{words['country_names'][record['country']]}, {record['year']}"
        source = callout.select_one(".key-fact__source")
        if source is not None:
            assert source.get_text(strip=True).startswith(words["source"] + ":")
