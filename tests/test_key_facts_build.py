"""The key-facts plugin in a real build: callouts, anchors, facts.json, the Key facts page."""

import datetime
import json
import re
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from conftest import run_pelican, soup_of  # noqa: E402
from key_facts import box_facts, facts_json, translation_disagreements  # noqa: E402
from key_facts.annotate import annotate  # noqa: E402
from key_facts.chart import tier_chart_svg  # noqa: E402

MESSAGE_PAGE = "moser-message-2020.html"
GET_HELP_PAGE = "pages/get-help.html"
MESSAGE_URL = (
    "https://kz.usembassy.gov/trafficking-in-persons-in-kazakhstan-message-from-the-u-s-"
    "ambassador-to-kazakhstan-william-moser/"
)
FACTS_JSON_KEYS = {"article", "url", "date", "kind", "value", "unit", "qualifier", "country"}
FACTS_JSON_KEYS |= {"year", "month", "text", "sentence", "anchor"}
FACTS_JSON_KEYS |= {"statement", "source", "lang", "previous"}


def plain(text):
    """Text as the extractor reads it: typographic quotes (Russian «» too) made ASCII, ё as е."""
    text = (
        text.replace("\u00a0", " ")
        .replace("ё", "е")
        .replace("Ё", "Е")
        .replace("\u2019", "'")
        .replace("\u2018", "'")
    )
    for quote in "\u201c\u201d\u00ab\u00bb":
        text = text.replace(quote, '"')
    return " ".join(text.split())


def callouts(soup):
    return soup.select(".key-facts li.key-fact")


def callout(soup, **attributes):
    for aside in callouts(soup):
        if all(aside.get(f"data-fact-{k}") == v for k, v in attributes.items()):
            return aside
    raise AssertionError(f"no callout with {attributes}: {[a.attrs for a in callouts(soup)]}")


def target_of(soup, aside):
    href = aside.select_one("a.key-fact__statement")["href"]
    assert re.fullmatch(r"#fact-\d+", href), href
    target = soup.find(id=href[1:])
    assert target is not None, f"{href} lands nowhere"
    return target


def test_message_has_the_tier_callout_linked_to_its_sentence(site):
    soup = soup_of(site / MESSAGE_PAGE)
    aside = callout(soup, kind="tier", value="Tier 2 Watch List", country="Kazakhstan", year="2019")
    target = target_of(soup, aside)
    assert plain(target.get_text()).startswith("In 2019, Kazakhstan fell to the Tier 2 Watchlist")
    assert "Kazakhstan, 2019" in aside.select_one(".key-fact__meta").get_text()
    statement = plain(aside.select_one(".key-fact__statement").get_text())
    assert "Kazakhstan fell to the Tier 2 Watchlist" in statement
    assert len(statement.strip("\u2026").split()) <= 25


def test_each_message_callout_names_the_embassy_as_its_source(site):
    soup = soup_of(site / MESSAGE_PAGE)
    assert len(callouts(soup)) == 3
    for aside in callouts(soup):
        source = aside.select_one(".key-fact__source")
        assert plain(source.get_text()) == "Source: U.S. Embassy in Kazakhstan"
        assert source.a["href"] == MESSAGE_URL


def test_the_box_is_dated_once_not_per_fact(site):
    box = soup_of(site / MESSAGE_PAGE).select_one(".key-facts")
    [date] = box.find_all("time")
    assert date["datetime"] == "2020-02-02" and plain(date.parent.get_text()).startswith("As of")
    assert all("as of" not in aside.get_text().lower() for aside in callouts(box))


def test_message_has_the_25_million_callout_linked_to_its_sentence(site):
    soup = soup_of(site / MESSAGE_PAGE)
    aside = callout(soup, kind="figure", value="25000000", unit="people")
    assert aside.get("data-fact-qualifier") == "estimated"
    assert (
        plain(aside.select_one(".key-fact__value").get_text()) == "An estimated 25 million people"
    )
    # The callout says what the 25 million are, in the message's own words.
    statement = plain(aside.select_one(".key-fact__statement").get_text())
    assert (
        "transnational criminal organizations that victimize an estimated 25 million" in statement
    )
    target = target_of(soup, aside)
    assert "victimize an estimated 25 million people around the world" in plain(target.get_text())


def test_message_has_the_prevention_month_callout(site):
    soup = soup_of(site / MESSAGE_PAGE)
    aside = callout(
        soup, kind="observance", value="National Slavery and Human Trafficking Prevention Month"
    )
    assert aside.get("data-fact-month") == "1"
    assert "January" in aside.get_text()
    assert "Each January" in target_of(soup, aside).get_text()


def test_callout_box_is_a_region_labelled_by_a_heading(site):
    box = soup_of(site / MESSAGE_PAGE).select_one("section.key-facts")
    heading = box.find(id=box["aria-labelledby"])
    assert heading.name == "h2" and heading.get_text(strip=True) == "Key facts"
    kinds = [aside["data-fact-kind"] for aside in callouts(box)]
    assert kinds == ["tier", "figure", "observance"]


def test_the_get_help_page_has_no_box_but_its_facts_are_in_facts_json(site):
    soup = soup_of(site / GET_HELP_PAGE)
    assert soup.select(".key-facts") == []
    records = json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
    calls = [r for r in records if r["url"] == GET_HELP_PAGE and r["value"] == 1834]
    assert [r["unit"] for r in calls] == ["calls"]
    assert soup.find(id=calls[0]["anchor"]) is not None


def test_a_footnote_number_is_not_glued_on_and_the_footnote_is_the_source(site):
    records = json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
    [calls] = [r for r in records if r["url"] == GET_HELP_PAGE and r["value"] == 1834]
    assert (
        calls["sentence"] == "The U.S. State Department says it received 1,834 phone calls in 2019."
    )
    assert (
        calls["source"]
        == "https://www.state.gov/reports/2020-trafficking-in-persons-report/kazakhstan/"
    )
    page = soup_of(site / GET_HELP_PAGE)
    sentence = page.find(id=calls["anchor"])
    assert sentence.name == "span" and plain(sentence.get_text()) == calls["sentence"]


def test_the_facts_stay_in_the_body_text(site):
    body = plain(soup_of(site / MESSAGE_PAGE).select_one(".article__body").get_text())
    assert "In 2019, Kazakhstan fell to the Tier 2 Watchlist" in body
    assert "an estimated 25 million people" in body


def test_ids_are_unique_on_every_page(site_soups):
    for path, soup in site_soups.items():
        ids = [tag["id"] for tag in soup.find_all(id=True)]
        assert len(ids) == len(set(ids)), f"{path}: {sorted(i for i in ids if ids.count(i) > 1)}"


def test_facts_json_matches_the_callouts_and_the_sentences(site):
    records = json.loads((site / "facts.json").read_text(encoding="utf-8"))["facts"]
    assert records and all(set(record) == FACTS_JSON_KEYS for record in records)
    for record in records:
        # Each fact carries its page's language: ru/… and kk/… pages are the translations.
        prefix = record["url"].split("/", 1)[0]
        assert record["lang"] == (prefix if prefix in ("ru", "kk") else "en"), record
        page = soup_of(site / record["url"])
        target = page.find(id=record["anchor"])
        assert target is not None, record
        assert plain(record["sentence"]) in plain(target.get_text()), record
        assert record["text"] in record["sentence"]
    message = soup_of(site / MESSAGE_PAGE)
    for aside in callouts(message):
        anchor = aside.select_one("a.key-fact__statement")["href"][1:]
        matching = [
            r
            for r in records
            if r["url"] == MESSAGE_PAGE
            and r["anchor"] == anchor
            and str(r["value"]) == aside["data-fact-value"]
            and r["kind"] == aside["data-fact-kind"]
        ]
        assert matching, aside
        assert matching[0]["date"] == "2020-02-02"
        assert matching[0]["source"] == MESSAGE_URL
        shown = plain(aside.select_one(".key-fact__statement").get_text())
        assert shown == plain(matching[0]["statement"])


def test_key_facts_page_draws_each_countrys_tiers_as_a_chart_and_a_table(site):
    soup = soup_of(site / "key-facts.html")
    assert soup.h1 and "Key facts" in soup.h1.get_text()
    svg = soup.find("svg", class_="tier-chart")
    assert svg is not None and svg.get("role") == "img" and svg.find("title")
    table = next(t for t in soup.find_all("table") if "Kazakhstan" in t.caption.get_text())
    rows = {r.th.get_text(strip=True): r.td.get_text(strip=True) for r in table.tbody("tr")}
    assert rows["2019"] == "Tier 2 Watch List"
    assert len(svg.find_all("circle")) == len(rows)
    linked = soup.find("a", href=re.compile(r"^(\./)?moser-message-2020\.html#fact-\d+$"))
    assert linked is not None


def test_key_facts_page_shows_each_facts_statement_and_source(site):
    soup = soup_of(site / "key-facts.html")
    [figure] = [
        fact
        for fact in soup.select(".key-fact[data-fact-kind='figure']")
        if fact["data-fact-value"] == "1834"
    ]
    assert "it received 1,834 phone calls in 2019" in plain(figure.get_text())
    source = figure.select_one(".key-fact__source")
    assert plain(source.get_text()) == "Source: state.gov"
    assert source.a["href"].startswith("https://www.state.gov/reports/2020-")


def test_feed_entries_carry_no_fact_ids(published_site):
    feed = (published_site / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "key-fact-source" in feed
    assert not re.search(r"id=(&quot;|\")fact-\d", feed)


def write_article(folder, name, body, **metadata):
    header = {"Title": name.replace("-", " ").title(), "Date": "2021-07-01", **metadata}
    text = "".join(f"{k}: {v}\n" for k, v in header.items()) + "\n" + textwrap.dedent(body)
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "content"
    (folder / "articles").mkdir(parents=True)
    (folder / "pages").mkdir()
    return folder


def test_a_build_without_the_plugin_still_works(site, tmp_path):
    output = tmp_path / "out"
    run_pelican(output, "-e", "PLUGINS=[]")
    soup = soup_of(output / MESSAGE_PAGE)
    assert soup.select(".key-facts") == [] and not (output / "facts.json").exists()
    assert "25 million people" in soup.select_one(".article__body").get_text()
    # Marking the sentences changes no word of any article or page.
    for path in sorted(output.rglob("*.html")):
        body = soup_of(path).select_one(".article__body")
        if body is not None:
            marked = soup_of(site / path.relative_to(output)).select_one(".article__body")
            assert marked.get_text() == body.get_text(), path
            assert len(marked.find_all("a")) == len(body.find_all("a")), path


def test_editor_controls_and_hand_written_facts(content, tmp_path):
    articles = content / "articles"
    sentence = "In 2021, Kazakhstan was upgraded to Tier 2. Traffickers exploited 120 victims."
    write_article(articles, "plain", sentence)
    write_article(articles, "switched-off", sentence, Key_facts="off")
    write_article(articles, "no-figures", sentence, Key_facts_exclude="figure")
    write_article(articles, "no-box", sentence, Key_facts_box="off")
    write_article(
        articles,
        "by-hand",
        """
        Some text.

        > [!FACT] The hotline answers 24 hours a day.
        """,
    )
    output = tmp_path / "out"
    run_pelican(output, content=content)

    def kinds(page):
        return [a["data-fact-kind"] for a in callouts(soup_of(output / page))]

    assert sorted(kinds("plain.html")) == ["figure", "tier"]
    assert kinds("switched-off.html") == []
    assert kinds("no-figures.html") == ["tier"]
    assert kinds("no-box.html") == []
    records = json.loads((output / "facts.json").read_text(encoding="utf-8"))["facts"]
    assert sorted(r["kind"] for r in records if r["url"] == "no-box.html") == ["figure", "tier"]
    no_box = soup_of(output / "no-box.html")
    assert all(no_box.find(id=r["anchor"]) for r in records if r["url"] == "no-box.html")
    by_hand = soup_of(output / "by-hand.html")
    aside = callout(by_hand, kind="fact")
    assert aside["data-fact-value"] == "The hotline answers 24 hours a day."
    assert "[!FACT]" not in by_hand.get_text()
    link = aside.select_one("a.key-fact__statement")
    assert link.get_text(strip=True) == "The hotline answers 24 hours a day."
    target = by_hand.find(id=link["href"][1:])
    assert target.get_text(strip=True) == "The hotline answers 24 hours a day."


def test_a_key_facts_box_value_that_is_neither_on_nor_off_fails_the_build(content, tmp_path):
    write_article(
        content / "articles",
        "typo",
        "In 2021, Kazakhstan was upgraded to Tier 2.",
        Key_facts_box="of",
    )
    result = run_pelican(tmp_path / "out", content=content, check=False)
    assert result.returncode != 0
    log = " ".join((result.stdout + result.stderr).split())
    assert "typo.md" in log and "Key_facts_box" in log and "'on' or 'off'" in log


def test_two_articles_that_disagree_on_a_tier_fail_the_build(content, tmp_path):
    write_article(content / "articles", "one", "In 2019, Kazakhstan fell to the Tier 2 Watch List.")
    write_article(content / "articles", "two", "In 2019, Kazakhstan remained on Tier 2.")
    result = run_pelican(tmp_path / "out", content=content, check=False)
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "one.md" in log and "two.md" in log and "Kazakhstan" in log


def write_page(folder, name, body, **metadata):
    header = {"Title": name.replace("-", " ").title(), "Slug": name, **metadata}
    text = "".join(f"{k}: {v}\n" for k, v in header.items()) + "\n" + textwrap.dedent(body)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(text, encoding="utf-8")


def test_a_page_and_its_translation_that_disagree_on_a_tier_fail_the_build(content, tmp_path):
    pages = content / "pages"
    write_page(pages, "tiers", "In 2019, Kazakhstan fell to the Tier 2 Watch List.")
    write_page(pages / "ru", "tiers", "В 2019 году Казахстан был на уровне 3.", Lang="ru")
    write_page(pages / "kk", "tiers", "2019 жылы Қазақстан 2-деңгейдің бақылау тізіміне түсті.",
               Lang="kk")  # fmt: skip
    # Wide enough that the log keeps each message on one line.
    result = run_pelican(tmp_path / "out", content=content, check=False, env={"COLUMNS": "400"})
    assert result.returncode != 0
    log = " ".join((result.stdout + result.stderr).split())
    assert re.search(r"pages/ru/tiers\.md is a translation of \S*pages/tiers\.md", log), log
    assert "Kazakhstan's tier for 2019" in log and "Tier 3" in log
    # One message for one mistake: the Kazakh translation agrees, and no other file disagrees.
    assert "kk/tiers.md is a translation" not in log
    assert "key facts disagree" not in log


def test_a_page_and_its_translation_that_agree_build(content, tmp_path):
    pages = content / "pages"
    write_page(pages, "tiers", "In 2019, Kazakhstan fell to the Tier 2 Watch List.")
    write_page(
        pages / "ru",
        "tiers",
        "В 2019 году Казахстан попал в список наблюдения уровня 2.",
        Lang="ru",
    )
    output = tmp_path / "out"
    run_pelican(output, content=content)
    records = json.loads((output / "facts.json").read_text(encoding="utf-8"))["facts"]
    assert {(r["lang"], r["value"], r["year"]) for r in records} == {
        ("en", "Tier 2 Watch List", 2019),
        ("ru", "Tier 2 Watch List", 2019),
    }


def test_a_name_the_theme_has_no_word_for_stays_english_marked_so(content, tmp_path):
    pages = content / "pages"
    write_page(pages, "mali", "In 2019, Mali was on Tier 2.")
    write_page(pages / "ru", "mali", "В 2019 году Мали был на уровне 2.", Lang="ru")
    output = tmp_path / "out"
    run_pelican(output, content=content)
    # The page and its language's Key facts page; an English page marks nothing.
    for names, marked_as in (
        (("pages/mali.html", "key-facts.html"), []),
        (("ru/pages/mali.html", "ru/key-facts.html"), [("Mali", "en")]),
    ):
        for name in names:
            meta = next(
                m
                for m in soup_of(output / name).select(".key-fact__meta")
                if "2019" in m.get_text()
            )
            assert meta.get_text().startswith("Mali, 2019"), name
            assert [(tag.get_text(), tag["lang"]) for tag in meta.find_all(lang=True)] == marked_as


def test_a_tier_year_guessed_from_the_date_alone_does_not_fail_the_build(content, tmp_path):
    write_article(content / "articles", "stated", "In 2021, Kazakhstan was upgraded to Tier 2.")
    write_article(
        content / "articles",
        "dated",
        "Kazakhstan remained on the Tier 2 Watch List this year.",
        Date="2021-07-01",
    )
    output = tmp_path / "out"
    run_pelican(output, content=content)
    records = json.loads((output / "facts.json").read_text(encoding="utf-8"))["facts"]
    assert {(r["value"], r["year"]) for r in records} == {
        ("Tier 2", 2021),
        ("Tier 2 Watch List", 2021),
    }


def test_facts_json_is_each_article_record_followed_by_its_facts_record():
    html = (
        "<p>In 2019, Kazakhstan fell to the Tier 2 Watch List.</p>"
        "<p>Traffickers victimize an estimated 25 million people \u2014 \u201cnearly\u201d all.</p>"
        '<blockquote><p>[!FACT] The line answers "24/7".</p></blockquote>'
    )
    facts = annotate(html, title="T", date=datetime.date(2020, 2, 2)).facts
    assert {fact.kind for fact in facts} == {"tier", "figure", "fact"}
    article = SimpleNamespace(
        title='A \u201cquoted\u201d title with "marks"',
        url="a/b.html",
        date=datetime.datetime(2020, 2, 2, 9, 30),
    )
    undated = SimpleNamespace(title="Undated", url="c.html", date=None)
    site_facts = [(article, fact) for fact in facts] + [(undated, facts[0])]
    written = json.loads(facts_json(site_facts))["facts"]
    assert written[0]["article"] == article.title and written[0]["date"] == "2020-02-02"
    assert written[-1]["url"] == "c.html" and written[-1]["date"] is None
    assert all(set(record) == FACTS_JSON_KEYS for record in written)
    assert [record["anchor"] for record in written[:-1]] == [fact.anchor for fact in facts]
    assert json.loads(facts_json([])) == {"facts": []}


def test_the_box_shows_tiers_latest_first_then_the_largest_counts_then_percentages():
    def fact(kind, value, unit=None, year=None, country=None):
        return SimpleNamespace(kind=kind, value=value, unit=unit, year=year, country=country)

    facts = [
        fact("observance", "Prevention Month"),
        fact("figure", 40, unit="percent"),
        fact("figure", 171, unit="victims"),
        fact("tier", "Tier 2", year=2018, country="Kazakhstan"),
        fact("figure", 25000000, unit="people"),
        fact("tier", "Tier 2 Watch List", year=2019, country="Kazakhstan"),
        fact("figure", 171, unit="victims"),
    ]
    shown = [(f.kind, f.value) for f in box_facts(facts, 5)]
    assert shown == [
        ("tier", "Tier 2 Watch List"),
        ("tier", "Tier 2"),
        ("figure", 25000000),
        ("figure", 171),
        ("figure", 40),
    ]
    assert [f.kind for f in box_facts(facts, 10)][-1] == "observance"


def test_the_chart_is_drawn_in_the_words_it_is_given():
    svg = tier_chart_svg(
        "Казахстан",
        {2019: "Tier 2 Watch List", 2021: "Tier 2"},
        title="%s: уровень по годам",
        headings={"Tier 2 Watch List": ["Список", "наблюдения"]},
        tier_names={"Tier 2 Watch List": "Список наблюдения уровня 2", "Tier 2": "Уровень 2"},
        slug="Kazakhstan",
    )
    soup = BeautifulSoup(svg, "html.parser")
    assert soup.title.get_text() == "Казахстан: уровень по годам"
    assert soup.desc.get_text() == "2019: Список наблюдения уровня 2; 2021: Уровень 2"
    headings = [text.get_text() for text in soup.find_all("text") if not text.get_text().isdigit()]
    assert headings == ["Tier 1", "Tier 2", "Список", "наблюдения", "Tier 3"]
    assert soup.title["id"] == "tier-chart-kazakhstan-title"
    # English unless told otherwise.
    english = BeautifulSoup(tier_chart_svg("Kazakhstan", {2019: "Tier 3"}), "html.parser")
    assert english.title.get_text() == "Kazakhstan: TIP report tier by report year"
    assert english.desc.get_text() == "2019: Tier 3"


def test_translation_disagreements_compare_only_tiers_both_files_state():
    class Page:  # as Pelican's content: hashed by identity
        def __init__(self, lang, source_path):
            self.lang, self.source_path = lang, source_path
            self.settings, self.translations = {"PATH": "/c"}, []

    page = Page

    english, russian, kazakh = (
        page("en", "/c/t.md"),
        page("ru", "/c/ru/t.md"),
        page("kk", "/c/kk/t.md"),
    )
    for item in (english, russian, kazakh):
        item.translations = [other for other in (english, russian, kazakh) if other is not item]

    def tiers(**by_key):
        return {
            (country, int(year)): {value: SimpleNamespace(text=value)}
            for key, value in by_key.items()
            for country, year in [key.split("_")]
        }

    stated = {
        english: tiers(Kazakhstan_2019="Tier 2 Watch List", Kazakhstan_2021="Tier 2"),
        # Tier 3 for 2019 is the slip; 2020 only here is the extractor's reading, not compared.
        russian: tiers(Kazakhstan_2019="Tier 3", Kazakhstan_2020="Tier 2 Watch List"),
        kazakh: tiers(Kazakhstan_2019="Tier 2 Watch List"),
    }
    found = translation_disagreements(stated, "en")
    assert [(a.lang, b.lang, country, year) for a, b, country, year, *_ in found] == [
        ("en", "ru", "Kazakhstan", 2019),
        ("kk", "ru", "Kazakhstan", 2019),
    ]
