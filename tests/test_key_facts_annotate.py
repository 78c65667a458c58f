"""Marking source sentences in HTML: anchors land on the sentence, text never changes."""

import sys
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from key_facts.annotate import annotate  # noqa: E402

TIER_SENTENCE = "In 2019, Kazakhstan fell to the Tier 2 Watchlist in the TIP report."


def text_of(html):
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
def test_annotation_never_raises_and_never_changes_the_text(html):
    result = annotate(html)
    if "[!FACT]" not in html.upper():
        assert text_of(result.html) == text_of(html)
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
