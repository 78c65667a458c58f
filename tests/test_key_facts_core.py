"""The extraction core of the key-facts plugin: plain text in, facts out.

The cases are data (tests/data/key_facts_cases.json): sentences in the manner of TIP report
narratives, embassy statements, proclamations and news, in English, Russian and Kazakh, each
with the facts it states as [kind, value, country, year]. Below them, the properties every
text must keep, whatever it says.
"""

import datetime
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from key_facts.core import (  # noqa: E402
    BLOCK_BREAK,
    KINDS,
    STATEMENT_WORDS,
    TIER_VALUES,
    Fact,
    extract_block_facts,
    grammar,
    normalise_text,
)

CASES = json.loads((Path(__file__).parent / "data" / "key_facts_cases.json").read_text("utf-8"))


def facts_of(case):
    date = datetime.date.fromisoformat(case["date"]) if case.get("date") else None
    return extract_block_facts(
        case["blocks"],
        title=case.get("title", ""),
        date=date,
        kinds=case.get("kinds", KINDS),
        lang=case.get("lang", "en"),
    )


@pytest.mark.parametrize(
    "case", CASES["cases"], ids=[" | ".join(c["blocks"])[:70] for c in CASES["cases"]]
)
def test_case(case):
    found = sorted([f.kind, f.value, f.country, f.year] for f in facts_of(case))
    assert found == sorted(case["facts"])


def test_dropped_cases_say_why():
    assert all(case["why"] for case in CASES["dropped"])


def test_every_language_has_cases():
    assert {case.get("lang", "en") for case in CASES["cases"]} == {"en", "ru", "kk"}


# ---------------------------------------------------------------------------------------------
# What every fact keeps


def test_a_fact_carries_its_sentence_statement_and_previous_tier():
    blocks = [
        "KAZAKHSTAN: Tier 2",
        "Human trafficking enriches transnational criminal organizations that victimize an "
        "estimated 25 million people around the world.",
        "Therefore Kazakhstan was upgraded to Tier 2 from the Tier 2 Watch List.",
    ]
    facts = extract_block_facts(blocks, title="", date=datetime.date(2021, 7, 1))
    figure = next(f for f in facts if f.kind == "figure")
    assert (figure.value, figure.unit, figure.qualifier) == (25_000_000, "people", "estimated")
    assert figure.text == "an estimated 25 million people"
    assert figure.statement == (
        "Human trafficking enriches transnational criminal organizations that victimize an "
        "estimated 25 million people around the world"
    )
    upgraded = next(f for f in facts if f.kind == "tier" and f.previous)
    assert (upgraded.value, upgraded.previous, upgraded.year) == (
        "Tier 2",
        "Tier 2 Watch List",
        2021,
    )
    earlier = next(f for f in facts if f.value == "Tier 2 Watch List")
    assert (earlier.country, earlier.year, earlier.previous) == ("Kazakhstan", 2020, None)


def test_a_long_sentence_is_cut_at_its_clauses_with_an_ellipsis():
    sentence = (
        "In the last reporting period, which was affected by the pandemic, the government, "
        "working with international organizations and civil society, identified 310 victims "
        "of trafficking, of whom 85 were children, and referred all of them to care."
    )
    figure = next(f for f in extract_block_facts([sentence]) if f.value == 310)
    assert "310 victims" in figure.statement
    assert figure.statement.startswith("…")
    assert len(figure.statement.strip("…").split()) <= STATEMENT_WORDS


def test_an_observance_has_its_month():
    facts = extract_block_facts(
        ["January is National Slavery and Human Trafficking Prevention Month."]
    )
    assert [(f.value, f.month) for f in facts] == [
        ("National Slavery and Human Trafficking Prevention Month", 1)
    ]


def test_a_russian_observance_is_given_its_english_name():
    facts = extract_block_facts(
        ["Всемирный день борьбы с торговлей людьми отмечается 30 июля."], lang="ru"
    )
    assert [(f.value, f.text, f.month) for f in facts] == [
        (
            "World Day against Trafficking in Persons",
            "Всемирный день борьбы с торговлей людьми",
            7,
        )
    ]


def test_a_table_gives_each_cell_its_column_year():
    blocks = ["Country", "2023", "2024", "Kyrgyz Republic", "Tier 2 Watch List", "Tier 2"]
    facts = extract_block_facts(blocks)
    assert [(f.country, f.value, f.year, f.sentence) for f in facts] == [
        ("Kyrgyz Republic", "Tier 2 Watch List", 2023, "Tier 2 Watch List"),
        ("Kyrgyz Republic", "Tier 2", 2024, "Tier 2"),
    ]


def test_the_language_is_the_callers_not_guessed():
    russian = ["Казахстан остался на уровне 2."]
    assert extract_block_facts(russian, date=datetime.date(2023, 7, 1)) == []
    assert [f.country for f in extract_block_facts(russian, lang="ru")] == ["Kazakhstan"]


def test_a_fact_the_text_repeats_is_one_fact():
    sentence = "In 2019, Kazakhstan fell to the Tier 2 Watch List."
    facts = extract_block_facts([sentence, "Other words.", sentence])
    assert [(f.value, f.start) for f in facts] == [("Tier 2 Watch List", 0)]


def test_normalise_text():
    assert normalise_text("Kazakhstan\u2019s \u201cTier\u00a02\u201d traf\u00adficking") == (
        'Kazakhstan\'s "Tier 2" trafficking'
    )
    assert normalise_text("«Ещё» сөз ӛте") == '"Еще" сөз өте'
    assert normalise_text(None) == ""


# ---------------------------------------------------------------------------------------------
# Properties of any text

WORDS = (
    "Kazakhstan Uzbekistan the government was upgraded downgraded to from Tier 1 2 3 Watch List "
    "Special Case remained on in 2019 2021 report identified 310 victims of whom 85 were "
    "children $2.5 million 40 percent nearly more than January National Human Trafficking "
    "Awareness Day Month , . ; : ( ) could if not Article 128 1-888-373-7888 aged 18 years "
    "Казахстан уровня 2 списке наблюдения 16 тыс. жертв Қазақстан 2-деңгейде мың адам"
).split()
block_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    blocks=st.lists(block_text, min_size=1, max_size=5),
    lang=st.sampled_from(["en", "ru", "kk"]),
    date=st.one_of(st.none(), st.dates(datetime.date(2001, 1, 1), datetime.date(2030, 12, 31))),
)
def test_every_fact_keeps_the_contract(blocks, lang, date):
    text = BLOCK_BREAK.join(blocks)
    for fact in extract_block_facts(blocks, title="", date=date, lang=lang):
        assert isinstance(fact, Fact) and fact.kind in KINDS
        assert text[fact.start : fact.start + len(fact.sentence)] == fact.sentence
        assert BLOCK_BREAK not in fact.sentence
        assert fact.text in fact.sentence
        assert len(fact.statement.strip("…").split()) <= STATEMENT_WORDS
        if fact.kind == "tier":
            assert fact.value in TIER_VALUES and fact.country
            assert fact.previous in (None, *TIER_VALUES)
        if fact.kind == "figure":
            assert isinstance(fact.value, int | float) and fact.unit


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_read_without_an_error(text):
    blocks = [" ".join(normalise_text(part).split()) for part in text.split("\n")]
    for lang in ("en", "ru", "kk"):
        extract_block_facts([b for b in blocks if b], lang=lang)


@given(st.text())
def test_normalising_twice_changes_nothing(text):
    assert normalise_text(normalise_text(text)) == normalise_text(text)


# The faster ways a grammar looks for cue words and patterns must find what the patterns do.
_PIECES = st.sampled_from(
    "one two a million half a  million twenty-five someone Tier II tier 2 watch list Watch-List "
    "special cases aged from rate of only USDfive ſix İone café — , . ( ) ' \t 5 2019 уровня "
    "деңгейде K top highest  rank worst offenders would if respectively some of since in the "
    "report's when Since REPORT stayed there 1999".split(" ")
)
_TEXTS = st.lists(_PIECES, max_size=12).map(" ".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["en", "ru", "kk"]))
def test_the_fast_checks_find_what_the_patterns_find(text, lang):
    g = grammar(lang)
    low = text.lower()
    assert g.has_number_word(low) == bool(g.number_word.search(low))
    assert g.has_tier_cue(low) == bool(g.tier_cue.search(low))
    for name in (
        "not_a_count_before",
        "comparison_before",
        "unreal_before",
        "unreal_near",
        "partitive_before",
        "respectively",
    ):
        tested = getattr(g, name)
        assert bool(tested.search(text)) == bool(tested.pattern.search(text))
        assert bool(tested.search(text, 2, 20)) == bool(tested.pattern.search(text, 2, 20))
    for name in ("year_when", "report_year", "in_year", "since_year", "repeated_year"):
        tested = getattr(g, name)  # read for offsets and years: every group's span alike
        assert [m.regs for m in tested.finditer(text)] == [
            m.regs for m in tested.pattern.finditer(text)
        ]
        found, expected = tested.search(text, 1, 30), tested.pattern.search(text, 1, 30)
        assert (found and found.regs) == (expected and expected.regs)
    if text.isascii():
        for (pattern, _), lowered in zip(g.tiers, g.tiers_lowered, strict=True):
            if lowered is not None:
                found = [m.span() for m in pattern.finditer(text)]
                assert found == [m.span() for m in lowered.finditer(low)]
