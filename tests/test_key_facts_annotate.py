"""Marking source sentences in HTML: anchors land on the sentence, text never changes."""

import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from key_facts.annotate import MarkedFact, annotate, source_name, without_anchor_ids  # noqa: E402
from key_facts.core import Fact  # noqa: E402

TIER_SENTENCE = "In 2019, Kazakhstan fell to the Tier 2 Watchlist in the TIP report."


def text_of(html):
    # As a browser reads it: the HTML standard turns every CR LF and lone CR into LF
    # before parsing, as lxml does and Python's html.parser does not.
    html = html.replace("\r\n", "\n").replace("\r", "\n")
    # "<?" opens a bogus comment up to the next ">" or, with none, to the end, as in lxml;
    # html.parser reads a "<?" with no ">" after it as text.
    html = re.sub(r"<\?[^>]*\Z", "", html)
    return BeautifulSoup(html, "html.parser").get_text()


def test_the_sentence_is_wrapped_in_an_anchor_and_the_text_is_unchanged():
    html = f"<p>Trafficking is a crime. {TIER_SENTENCE} It brings challenges.</p>"
    result = annotate(html)
    soup = BeautifulSoup(result.html, "html.parser")
    [fact] = [f for f in result.facts if f.kind == "tier"]
    span = soup.find(id=fact.anchor)
    assert span.name == "span" and span.get_text() == TIER_SENTENCE
    assert "key-fact-source" in span["class"] and span["tabindex"] == "-1"
    assert text_of(result.html) == text_of(html)


def test_a_sentence_across_inline_markup_is_wrapped_whole():
    html = "<p>Intro here. In 2019, <em>Kazakhstan</em> fell to the Tier 2 Watch List. Next.</p>"
    result = annotate(html)
    soup = BeautifulSoup(result.html, "html.parser")
    span = soup.find(id=result.facts[0].anchor)
    assert span.name == "span"
    assert span.get_text() == "In 2019, Kazakhstan fell to the Tier 2 Watch List."
    assert span.find("em") is not None
    assert text_of(result.html) == text_of(html)


def test_when_markup_splits_the_sentence_the_block_is_the_anchor():
    html = "<p>Intro. <em>In 2019, Kazakhstan</em> fell to the Tier 2 Watch List. Next.</p>"
    result = annotate(html)
    soup = BeautifulSoup(result.html, "html.parser")
    assert soup.find(id=result.facts[0].anchor).name == "p"
    assert text_of(result.html) == text_of(html)


def test_a_whole_paragraph_sentence_anchors_the_paragraph():
    result = annotate(f"<p>{TIER_SENTENCE}</p>")
    assert BeautifulSoup(result.html, "html.parser").p.get("id") == result.facts[0].anchor


def test_typographic_text_maps_back_to_the_right_characters():
    html = (
        "<p>Kazakhstan\u2019s government\u00a0acted. In 2019, Kazakh\u00adstan fell to the "
        "Tier\u00a02 Watch\u00a0List. Then more.</p>"
    )
    result = annotate(html)
    soup = BeautifulSoup(result.html, "html.parser")
    span = soup.find(id=result.facts[0].anchor)
    assert span.get_text() == "In 2019, Kazakh\u00adstan fell to the Tier\u00a02 Watch\u00a0List."
    assert text_of(result.html) == text_of(html)


def test_anchors_never_reuse_an_existing_id_and_are_unique():
    html = (
        '<p id="fact-1">Other.</p>'
        "<p>Kazakhstan remained on Tier 2 in 2022. An estimated 25 million people suffer.</p>"
    )
    result = annotate(html)
    anchors = [f.anchor for f in result.facts]
    assert "fact-1" not in anchors and len(set(anchors)) == len(anchors) == 2
    ids = [t["id"] for t in BeautifulSoup(result.html, "html.parser").find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_facts_in_the_same_sentence_share_one_anchor():
    result = annotate("<p>In 2022, Kazakhstan remained on Tier 2 and identified 120 victims.</p>")
    assert len(result.facts) == 2 and len({f.anchor for f in result.facts}) == 1


def test_the_sources_under_a_page_are_not_read():
    html = '<div class="footnote"><ol><li>In 2019, Kazakhstan fell to Tier 3.</li></ol></div>'
    result = annotate(html)
    assert result.facts == [] and result.html == html


def test_a_statement_pasted_as_a_code_block_is_still_read():
    html = "<pre><code>In 2019, Kazakhstan fell to the Tier 2 Watch List.\nMore.\n</code></pre>"
    result = annotate(html)
    assert [(f.value, f.country, f.year) for f in result.facts] == [
        ("Tier 2 Watch List", "Kazakhstan", 2019)
    ]
    assert BeautifulSoup(result.html, "html.parser").find(id=result.facts[0].anchor) is not None


def test_text_with_nothing_to_find_is_returned_as_is():
    html = "<p>Human trafficking is a crime.</p>"
    result = annotate(html)
    assert result.html == html and result.facts == [] and not result.changed


def test_a_hand_written_fact_becomes_a_marked_paragraph():
    html = (
        "<blockquote>\n<p>[!FACT] The hotline answers <em>24 hours</em> a day.</p>\n</blockquote>"
    )
    result = annotate(html)
    [fact] = result.facts
    assert fact.kind == "fact" and fact.manual
    assert fact.value == "The hotline answers 24 hours a day."
    soup = BeautifulSoup(result.html, "html.parser")
    assert soup.blockquote is None
    marked = soup.find(id=fact.anchor)
    assert marked.name == "p" and marked.find("em") and "[!FACT]" not in result.html


def test_an_ordinary_quote_is_left_alone():
    html = "<blockquote><p>In 2019, Kazakhstan fell to the Tier 2 Watch List.</p></blockquote>"
    result = annotate(html)
    assert BeautifulSoup(result.html, "html.parser").blockquote is not None
    assert [f.kind for f in result.facts] == ["tier"]


html_fragments = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<em>",
                "</em>",
                "<li>",
                "<blockquote>",
                "[!FACT] ",
                "Tier 2 Watch List",
                "Kazakhstan",
                " 25 million people",
                "In 2019, ",
                ". ",
                "\u00ad",
                "\u00a0",
                "&amp;",
                "<!-- c -->",
                "<a href='#x'>",
                "</a>",
            ]
        ),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(html_fragments)
@example("<P>0PEOPLE<?")  # a bogus comment to the end, which serialising closes
def test_annotation_never_raises_and_never_changes_the_text(html):
    result = annotate(html)
    if "[!FACT]" not in html.upper():
        # lxml drops white space before the first element, which no browser shows.
        assert text_of(result.html).lstrip() == text_of(html).lstrip()
    soup = BeautifulSoup(result.html, "html.parser")
    for fact in result.facts:
        assert soup.find(id=fact.anchor) is not None


def test_a_hard_wrapped_paragraph_is_read_as_flowing_text():
    html = "<p>The report says that Kazakhstan\nremained on Tier 2 in 2022.\nMore text.</p>"
    result = annotate(html)
    [fact] = result.facts
    assert (fact.value, fact.country, fact.year) == ("Tier 2", "Kazakhstan", 2022)
    span = BeautifulSoup(result.html, "html.parser").find(id=fact.anchor)
    assert span.get_text() == "The report says that Kazakhstan\nremained on Tier 2 in 2022."


def test_a_fact_repeated_in_later_paragraphs_is_one_fact():
    sentence = "In 2019, Kazakhstan fell to the Tier 2 Watch List."
    result = annotate(f"<p>{sentence}</p><p>Other words.</p><ul><li>{sentence}</li></ul>")
    assert [(f.kind, f.value, f.year) for f in result.facts] == [
        ("tier", "Tier 2 Watch List", 2019)
    ]


FOOTNOTED = (
    '<p>Kazakhstan has a hotline. It received 1,834 phone calls in 2019.<sup id="fnref:tip">'
    '<a class="footnote-ref" href="#fn:tip">9</a></sup> Our sources give no number.</p>'
    '<div class="footnote"><hr><ol><li id="fn:tip"><p>U.S. Department of State, '
    '<a href="https://www.state.gov/reports/2020-tip/kazakhstan/">the 2020 report</a>.&#160;'
    '<a class="footnote-backref" href="#fnref:tip">&#8617;</a></p></li></ol></div>'
)


def test_a_footnote_number_is_not_part_of_the_sentence_and_its_link_is_the_source():
    result = annotate(FOOTNOTED, original_url="https://example.org/original")
    [fact] = result.facts
    assert fact.value == 1834 and fact.sentence == "It received 1,834 phone calls in 2019."
    assert fact.source == "https://www.state.gov/reports/2020-tip/kazakhstan/"
    assert fact.source_name == "state.gov"
    span = BeautifulSoup(result.html, "html.parser").find(id=fact.anchor)
    assert span.name == "span" and span.get_text() == fact.sentence
    assert text_of(result.html) == text_of(FOOTNOTED)


def test_a_link_in_the_sentence_comes_before_one_elsewhere_in_the_paragraph():
    html = (
        '<p>See <a href="https://one.example/a">one</a>. In 2019, Kazakhstan fell to Tier 3 '
        'says <a href="https://two.example/b">two</a>.</p>'
    )
    [fact] = annotate(html).facts
    assert fact.source == "https://two.example/b" and fact.source_name == "two.example"


def test_a_sentence_with_no_link_takes_its_paragraphs_then_the_articles_original():
    html = (
        '<p>Read <a href="https://www.iom.int/x">this</a>. In 2019, Kazakhstan fell to Tier 3.</p>'
        "<p>Traffickers exploited 120 victims in 2021.</p>"
    )
    facts = annotate(
        html, original_url="https://kz.usembassy.gov/message/", publisher="U.S. Embassy"
    ).facts
    by_kind = {fact.kind: fact for fact in facts}
    assert (by_kind["tier"].source, by_kind["tier"].source_name) == (
        "https://www.iom.int/x",
        "iom.int",
    )
    assert (by_kind["figure"].source, by_kind["figure"].source_name) == (
        "https://kz.usembassy.gov/message/",
        "U.S. Embassy",
    )


def test_a_link_within_the_site_is_no_source_and_without_an_original_there_is_none():
    [fact] = annotate('<p>In 2019, Kazakhstan fell to <a href="tip.html">Tier 3</a>.</p>').facts
    assert fact.source is None and fact.source_name is None


def test_the_publisher_names_only_the_articles_own_original():
    assert source_name("https://a.example/x", "https://a.example/x", "Agency A") == "Agency A"
    assert source_name("https://www.a.example/y", "https://a.example/x", "Agency A") == "a.example"
    assert source_name(None) is None


def test_each_fact_carries_its_files_language_and_a_statement():
    [fact] = annotate("<p>In 2019, Kazakhstan fell to Tier 3.</p>", lang="en").facts
    assert fact.lang == "en" and fact.statement
    assert fact.statement in fact.sentence or fact.statement.strip("\u2026") in fact.sentence


def test_a_statement_the_core_does_not_give_is_its_sentence_cut_around_the_fact():
    words = " ".join(f"word{n}," for n in range(30))
    fact = Fact("figure", 120, "120 victims", f"{words} and 120 victims were found.", 0)
    statement = MarkedFact.from_fact(fact).statement
    assert "120 victims were found." in statement and statement.startswith("\u2026")
    assert len(statement.strip("\u2026").split()) <= 25
    short = Fact("figure", 120, "120 victims", "Police found 120 victims.", 0)
    assert MarkedFact.from_fact(short).statement == "Police found 120 victims."


def test_a_hand_written_fact_takes_the_source_of_its_footnote():
    html = (
        '<blockquote><p>[!FACT] The line answers 24 hours a day.<sup id="fnref:a">'
        '<a class="footnote-ref" href="#fn:a">1</a></sup></p></blockquote>'
        '<div class="footnote"><ol><li id="fn:a"><p><a href="https://hotline.example/">Hotline'
        "</a></p></li></ol></div>"
    )
    [fact] = annotate(html).facts
    assert fact.manual and fact.source == "https://hotline.example/"


def test_feeds_get_the_marked_sentences_without_their_ids():
    html = annotate("<p>Intro. In 2019, Kazakhstan fell to Tier 3. More.</p>").html
    stripped = without_anchor_ids(html)
    span = BeautifulSoup(stripped, "html.parser").find(class_="key-fact-source")
    assert span is not None and not span.has_attr("id") and not span.has_attr("tabindex")
    assert text_of(stripped) == text_of(html)


def test_facts_keep_the_text_as_written_though_the_core_reads_it_normalised():
    # The core reads ё as е, «» as plain quotes and ӛ as ө; facts.json and the boxes show
    # the article's own letters, in the sentence, the statement and the text alike.
    russian = (
        "<p>Объединённые Арабские Эмираты в «Докладе» 2023 года остались на втором уровне, "
        "её&nbsp;усилия учтены. Помощь получили 171 пострадавший.</p>"
    )
    tier, figure = annotate(russian, lang="ru").facts
    assert tier.sentence.startswith("Объединённые Арабские Эмираты в «Докладе» 2023 года")
    assert "её усилия" in tier.sentence and "«Докладе»" in tier.statement
    assert tier.text == "втором уровне" and tier.country == "United Arab Emirates"
    assert figure.sentence == "Помощь получили 171 пострадавший."
    assert figure.text == "171 пострадавший"  # the sentence's full stop is not the figure's
    kazakh = "<p>«Қазақстан» 2023 жылы 2-деңгейде қалды, 171 адам кӛмек алды.</p>"
    written = "«Қазақстан» 2023 жылы 2-деңгейде қалды, 171 адам кӛмек алды."
    facts = annotate(kazakh, lang="kk").facts
    assert [f.sentence for f in facts] == [written, written]
    assert all("«Қазақстан»" in f.statement or "кӛмек" in f.statement for f in facts)
    [record] = [f.record() for f in facts if f.kind == "tier"]
    assert record["sentence"] == written and record["text"] == "2-деңгейде"


def test_a_hand_written_fact_keeps_its_text_as_written():
    html = "<blockquote><p>[!FACT] В «Докладе» её назвали ёмко.</p></blockquote>"
    [fact] = annotate(html, lang="ru").facts
    assert fact.text == fact.sentence == fact.statement == "В «Докладе» её назвали ёмко."
