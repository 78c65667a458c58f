"""The extraction core of the key-facts plugin: plain text in, facts out.

Sentences are written in the manner of the texts the site quotes: State Department
Trafficking in Persons (TIP) report narratives, U.S. embassy statements and
presidential proclamations.
"""

import datetime
import json
import re
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from key_facts import core  # noqa: E402
from key_facts.core import (  # noqa: E402
    BLOCK_BREAK,
    KINDS,
    Fact,
    extract_block_facts,
    extract_facts,
    normalise_text,
    split_sentences,
)

JUNE_2021 = datetime.date(2021, 7, 1)
FEBRUARY_2020 = datetime.date(2020, 2, 2)


def tiers(text, title="", date=None):
    return [
        (fact.country, fact.value, fact.year, fact.previous)
        for fact in extract_facts(text, title=title, date=date, kinds=("tier",))
    ]


def figures(text):
    return [
        (fact.value, fact.unit, fact.qualifier) for fact in extract_facts(text, kinds=("figure",))
    ]


def observances(text):
    return [
        (fact.value, fact.month, fact.day, fact.year)
        for fact in extract_facts(text, kinds=("observance",))
    ]


# ---------------------------------------------------------------------------
# Normalisation


def test_normalise_makes_quotes_ascii():
    assert normalise_text("Kazakhstan\u2019s \u201cTier 2\u201d \u2018ranking\u2019") == (
        "Kazakhstan's \"Tier 2\" 'ranking'"
    )


def test_normalise_turns_unicode_spaces_into_plain_spaces():
    assert normalise_text("Tier\u00a02 and\u2009$25\u202fmillion\u2003people") == (
        "Tier 2 and $25 million people"
    )


def test_normalise_removes_soft_hyphens_and_zero_width_characters():
    assert normalise_text("Traf\u00adficking in\u200b Per\u200dsons\ufeff") == (
        "Trafficking in Persons"
    )


def test_normalise_keeps_dashes_and_unifies_line_breaks():
    assert normalise_text("crimes\u2014the number\u2013rate\r\nnext\rline") == (
        "crimes\u2014the number\u2013rate\nnext\nline"
    )


def test_normalise_maps_typographic_hyphens_to_ascii():
    assert normalise_text("1\u2011888\u2010373") == "1-888-373"


def test_normalise_accepts_none():
    assert normalise_text(None) == ""


def test_facts_are_found_in_typographic_text():
    text = (
        "Kazakhstan\u2019s government\u00a0was upgraded to Tier\u00a02, and traf\u00adfickers "
        "exploit an estimated 25\u00a0million people."
    )
    facts = extract_facts(text, date=JUNE_2021)
    assert [(fact.kind, fact.value) for fact in facts] == [
        ("tier", "Tier 2"),
        ("figure", 25_000_000),
    ]
    assert facts[0].country == "Kazakhstan"


# ---------------------------------------------------------------------------
# Sentences


def sentences_of(text):
    return [sentence for _, sentence in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. State Department released the report in June.",
        "Mr. Smith and Ms. Jones met Dr. Ahmed on Jan. 4 in Astana.",
        "Sentences ranged from 18 months to 24.9 years, i.e. long ones, e.g. for traffickers.",
        "President John F. Kennedy signed No. 3 of the series.",
        "The Senate agreed to S. Res. 382 and S. Con. Res. 40 in the U.S. Congress.",
        "See p. 1482 and Art. 128 of the code.",
    ],
)
def test_abbreviations_decimals_and_initials_do_not_end_a_sentence(text):
    assert sentences_of(text) == [text]


def test_sentences_end_at_full_stops_questions_and_exclamations():
    text = 'He said "Stop." She left! Was it over? Yes.'
    assert sentences_of(text) == ['He said "Stop."', "She left!", "Was it over?", "Yes."]


def test_sentences_end_at_line_breaks_and_blank_lines():
    text = "KAZAKHSTAN: Tier 2\nThe Government of Kazakhstan does not meet the standards\n\nNext."
    assert sentences_of(text) == [
        "KAZAKHSTAN: Tier 2",
        "The Government of Kazakhstan does not meet the standards",
        "Next.",
    ]


def test_a_footnote_number_stays_with_its_sentence():
    text = "In 2025, 171 victims received services.1 Of these, 93 were foreigners."
    assert sentences_of(text) == [
        "In 2025, 171 victims received services.1",
        "Of these, 93 were foreigners.",
    ]


def test_a_full_stop_without_its_space_still_ends_a_sentence():
    text = "ICE opened 987 investigations in FY 2013.The FBI opened 835."
    assert sentences_of(text) == [
        "ICE opened 987 investigations in FY 2013.",
        "The FBI opened 835.",
    ]


def test_sentence_offsets_point_into_the_text():
    text = "  First one.   Second one?\n\n  Third one.  "
    for start, sentence in split_sentences(text):
        assert text[start : start + len(sentence)] == sentence
    assert sentences_of(text) == ["First one.", "Second one?", "Third one."]


# ---------------------------------------------------------------------------
# Tiers: what counts as a ranking


def test_report_narrative_ranking():
    text = (
        "The Government of Turkmenistan does not fully meet the minimum standards for the "
        "elimination of trafficking and is not making significant efforts to do so; therefore "
        "Turkmenistan remained on Tier 3."
    )
    assert tiers(text, date=JUNE_2021) == [("Turkmenistan", "Tier 3", 2021, None)]


def test_embassy_statement_with_the_year_in_the_sentence():
    text = (
        "In 2019, Kazakhstan fell to the Tier 2 Watchlist in the U.S. State Department\u2019s "
        "annual Trafficking in Persons (TIP) report in part because of the need for "
        "legislative changes to counter these challenges."
    )
    facts = extract_facts(text, date=FEBRUARY_2020, kinds=("tier",))
    assert [(f.country, f.value, f.year, f.previous) for f in facts] == [
        ("Kazakhstan", "Tier 2 Watch List", 2019, None)
    ]
    assert facts[0].text == "Kazakhstan fell to the Tier 2 Watchlist"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Tier 2 Watch List", "Tier 2 Watch List"),
        ("Tier 2 Watchlist", "Tier 2 Watch List"),
        ("Tier Two Watch List", "Tier 2 Watch List"),
        ("Tier 2-Watch List", "Tier 2 Watch List"),
        ("tier 2 watch list", "Tier 2 Watch List"),
        ("Tier 1", "Tier 1"),
        ("Tier I", "Tier 1"),
        ("Tier II", "Tier 2"),
        ("Tier Three", "Tier 3"),
        ("Tier III", "Tier 3"),
    ],
)
def test_tier_spellings(written, value):
    text = f"Therefore Kazakhstan was placed on {written} in the 2019 TIP report."
    assert tiers(text) == [("Kazakhstan", value, 2019, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is ranked Tier 2 in the 2022 report.",
        "Kazakhstan was placed on Tier 2 in the 2022 report.",
        "In the 2022 report, Kazakhstan is a Tier 2 country.",
        "Kazakhstan received a Tier 2 ranking in the 2022 report.",
        "In the 2022 report, Kazakhstan was on Tier 2.",
        'The 2022 report says that Kazakhstan "remained on Tier 2".',
        "In 2022 Kazakhstan remained on Tier 2.",
        "In the 2022 Trafficking in Persons Report, the State Department ranked Kazakhstan Tier 2.",
    ],
)
def test_ways_of_stating_a_ranking(text):
    assert tiers(text) == [("Kazakhstan", "Tier 2", 2022, None)]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("KAZAKHSTAN: Tier 2 Watch List", "2019 Trafficking in Persons Report: Kazakhstan"),
        ("Kazakhstan (Tier 2 Watch List)", "2019 Trafficking in Persons Report: Kazakhstan"),
        ("KAZAKHSTAN (TIER 2 WATCH LIST)", "Trafficking in Persons Report 2019"),
    ],
)
def test_report_headings_take_the_year_from_the_title(heading, title):
    assert tiers(heading, title=title) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_a_heading_inside_a_longer_text():
    text = (
        "2020 Trafficking in Persons Report: Kazakhstan\nKAZAKHSTAN: Tier 2 Watch List\nThe rest."
    )
    assert tiers(text) == [("Kazakhstan", "Tier 2 Watch List", None, None)]
    assert tiers(text, date=datetime.date(2020, 6, 25)) == [
        ("Kazakhstan", "Tier 2 Watch List", 2020, None)
    ]


@pytest.mark.parametrize(
    ("country", "canonical"),
    [
        ("Kyrgyzstan", "Kyrgyz Republic"),
        ("The Kyrgyz Republic", "Kyrgyz Republic"),
        ("Burma", "Burma"),
        ("Myanmar", "Burma"),
        ("C\u00f4te d\u2019Ivoire", "Cote d'Ivoire"),
        ("Cote d'Ivoire", "Cote d'Ivoire"),
        ("The United States", "United States"),
        ("The U.S.", "United States"),
        ("The Gambia", "The Gambia"),
        ("North Macedonia", "North Macedonia"),
    ],
)
def test_country_variants(country, canonical):
    text = f"{country} remained on Tier 2 in the 2021 TIP Report."
    assert tiers(text) == [(canonical, "Tier 2", 2021, None)]


def test_a_kept_ranking():
    text = (
        "The Philippines maintained its Tier 1 ranking for the eighth straight year, according "
        "to the 2023 Trafficking in Persons Report."
    )
    assert tiers(text) == [("Philippines", "Tier 1", 2023, None)]


def test_time_words_in_a_clause_between_subject_and_verb_do_not_date_the_ranking():
    text = "The Czech Republic, which slipped down a tier last year, regained its Tier 1 status."
    assert tiers(text, date=datetime.date(2012, 7, 1)) == [("Czech Republic", "Tier 1", 2012, None)]


def test_a_possessive_country_name():
    text = "Kazakhstan\u2019s Tier 2 ranking in the 2023 report reflects its efforts."
    assert tiers(text) == [("Kazakhstan", "Tier 2", 2023, None)]


def test_an_adjectival_country_is_not_the_subject():
    text = "In 2019, the U.S. State Department placed Kazakhstan on the Tier 2 Watch List."
    assert tiers(text) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_a_country_after_a_preposition_is_not_the_subject():
    text = (
        "The Government of Kazakhstan identified victims from Uzbekistan and was upgraded "
        "to Tier 2."
    )
    assert tiers(text, date=JUNE_2021) == [("Kazakhstan", "Tier 2", 2021, None)]


# ---------------------------------------------------------------------------
# Tiers: changes


def test_an_upgrade_names_the_earlier_tier():
    text = "In 2021, Kazakhstan was upgraded from the Tier 2 Watch List to Tier 2."
    assert tiers(text) == [("Kazakhstan", "Tier 2", 2021, "Tier 2 Watch List")]


def test_a_downgrade_with_its_earlier_tier():
    text = "Kazakhstan fell from Tier 2 to the Tier 2 Watch List in 2019."
    assert tiers(text) == [("Kazakhstan", "Tier 2 Watch List", 2019, "Tier 2")]


def test_the_earlier_tier_may_come_after():
    text = "In 2018, Uzbekistan moved up to Tier 2 Watch List from Tier 3."
    assert tiers(text) == [("Uzbekistan", "Tier 2 Watch List", 2018, "Tier 3")]


def test_an_active_downgrade():
    text = "The State Department downgraded Kazakhstan to the Tier 2 Watch List in 2019."
    assert tiers(text) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_downgraded_to_without_the_earlier_tier_has_none():
    assert tiers("Therefore Kazakhstan was downgraded to Tier 2 Watch List.", date=JUNE_2021) == [
        ("Kazakhstan", "Tier 2 Watch List", 2021, None)
    ]


def test_remained_on_names_no_earlier_tier():
    assert tiers("Therefore Kazakhstan remained on Tier 2.", date=JUNE_2021) == [
        ("Kazakhstan", "Tier 2", 2021, None)
    ]


def test_an_automatic_downgrade_rule_in_the_same_sentence_is_no_ranking():
    text = (
        "Because the government has devoted sufficient resources to a written plan that, if "
        "implemented, would constitute significant efforts to meet the minimum standards, "
        "Uzbekistan was granted a waiver from an otherwise required downgrade to Tier 3 and "
        "remained on Tier 2 Watch List for the third consecutive year."
    )
    facts = extract_facts(text, date=datetime.date(2017, 6, 27), kinds=("tier",))
    assert [(f.country, f.value, f.year) for f in facts] == [
        ("Uzbekistan", "Tier 2 Watch List", 2017)
    ]
    assert facts[0].text == "remained on Tier 2 Watch List"


# ---------------------------------------------------------------------------
# Tiers: several countries


def test_two_countries_in_one_sentence():
    text = (
        "Kazakhstan remained on Tier 2, while Uzbekistan was upgraded from the Tier 2 Watch "
        "List to Tier 2."
    )
    assert tiers(text, date=JUNE_2021) == [
        ("Kazakhstan", "Tier 2", 2021, None),
        ("Uzbekistan", "Tier 2", 2021, "Tier 2 Watch List"),
    ]


def test_a_pair_of_countries_shares_one_verb():
    text = "In the 2014 TIP Report, Thailand and Malaysia were downgraded to a Tier 3 ranking."
    assert tiers(text) == [("Thailand", "Tier 3", 2014, None), ("Malaysia", "Tier 3", 2014, None)]


def test_two_rankings_of_one_country_in_one_sentence():
    text = (
        "Kazakhstan remained on Tier 2 Watch List in the 2020 report and was upgraded to "
        "Tier 2 in the 2021 report."
    )
    assert tiers(text) == [
        ("Kazakhstan", "Tier 2 Watch List", 2020, None),
        ("Kazakhstan", "Tier 2", 2021, None),
    ]


def test_a_relative_clause_between_subject_and_verb():
    text = "Kazakhstan, which was placed on the Watch List in 2019, was upgraded to Tier 2 in 2021."
    assert tiers(text) == [
        ("Kazakhstan", "Tier 2 Watch List", 2019, None),
        ("Kazakhstan", "Tier 2", 2021, None),
    ]


def test_several_countries_in_one_text():
    text = (
        "The Kyrgyz Republic remained on Tier 2 Watch List in the 2021 report. "
        "Tajikistan was upgraded to Tier 2 in the same report.\n"
        "Turkmenistan remained on Tier 3 in the 2021 report."
    )
    assert [(country, value) for country, value, _, _ in tiers(text)] == [
        ("Kyrgyz Republic", "Tier 2 Watch List"),
        ("Tajikistan", "Tier 2"),
        ("Turkmenistan", "Tier 3"),
    ]


# ---------------------------------------------------------------------------
# Tiers: the subject taken from the title


def test_the_country_from_a_title_that_names_one():
    text = "The government made significant efforts; therefore the country remained on Tier 2."
    title = "2023 Trafficking in Persons Report: Kazakhstan"
    assert tiers(text, title=title) == [("Kazakhstan", "Tier 2", 2023, None)]


def test_no_country_when_the_title_names_two():
    text = "Therefore the country remained on Tier 2."
    assert tiers(text, title="Kazakhstan and Uzbekistan in the 2023 TIP Report") == []


def test_no_country_without_a_title():
    assert tiers("Therefore the country remained on Tier 2.", date=JUNE_2021) == []


def test_an_adjectival_us_in_the_title_is_not_a_second_country():
    title = "Trafficking in Persons in Kazakhstan: Message from the U.S. Ambassador to Kazakhstan"
    text = "It remained on the Tier 2 Watch List in 2019."
    assert tiers(text, title=title) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_a_title_in_html_is_read_as_text():
    title = '<span class="caps">2019</span> Trafficking in Persons Report: Kazakhstan'
    assert tiers("Therefore the country remained on Tier 2.", title=title) == [
        ("Kazakhstan", "Tier 2", 2019, None)
    ]


# ---------------------------------------------------------------------------
# Tiers: the year


def test_year_from_the_sentence_wins_over_title_and_date():
    text = "Kazakhstan was upgraded to Tier 2 in the 2021 TIP Report."
    assert tiers(
        text, title="2019 Trafficking in Persons Report: Kazakhstan", date=FEBRUARY_2020
    ) == [("Kazakhstan", "Tier 2", 2021, None)]


def test_year_from_a_report_title():
    text = "Therefore Kazakhstan remained on Tier 2 Watch List for the second consecutive year."
    title = "2020 Trafficking in Persons Report: Kazakhstan"
    assert tiers(text, title=title, date=datetime.date(2023, 1, 1)) == [
        ("Kazakhstan", "Tier 2 Watch List", 2020, None)
    ]


def test_year_from_the_date_once_the_report_is_out():
    text = "Kazakhstan remained on Tier 2."
    assert tiers(text, date=datetime.date(2023, 6, 16)) == [("Kazakhstan", "Tier 2", 2023, None)]


def test_before_the_june_release_the_current_report_is_last_year_s():
    text = "Kazakhstan remains on the Tier 2 Watch List."
    assert tiers(text, date=FEBRUARY_2020) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_this_year_s_report_is_the_date_s_year():
    text = "In this year's report, Kazakhstan remained on Tier 2."
    assert tiers(text, date=datetime.date(2024, 3, 1)) == [("Kazakhstan", "Tier 2", 2024, None)]


def test_last_year_is_the_year_before_the_date():
    text = "Last year, Kazakhstan was upgraded to Tier 2."
    assert tiers(text, date=datetime.date(2022, 1, 15)) == [("Kazakhstan", "Tier 2", 2021, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan remained on Tier 2 for the second consecutive year.",
        "Kazakhstan has remained on Tier 2 since 2018.",
        "Kazakhstan remained on Tier 2, compared to 2018 when it improved.",
        "Kazakhstan remained on Tier 2 during the reporting period.",
    ],
)
def test_years_that_are_not_the_ranking_year(text):
    assert tiers(text, date=datetime.date(2023, 7, 1)) == [("Kazakhstan", "Tier 2", 2023, None)]


def test_no_year_for_a_ranking_told_as_past():
    assert tiers("Kazakhstan was previously on the Tier 2 Watch List.", date=JUNE_2021) == []


# ---------------------------------------------------------------------------
# Tiers: what is not a ranking


@pytest.mark.parametrize(
    "text",
    [
        "Countries on the Tier 2 Watch List for two consecutive years are automatically "
        "downgraded to Tier 3.",
        "Tier 1 is the highest ranking, but it does not mean that a country has no trafficking.",
        "Tier 2 countries are those whose governments do not fully meet the minimum standards.",
        "A Tier 3 ranking triggers restrictions on types of engagement from the United States.",
        "Governments that fully comply with the minimum standards are ranked on Tier 1.",
        "Countries whose governments make significant efforts are ranked Tier 2.",
        "Tier 1: the government fully meets the TVPA's minimum standards.",
        "The report ranks each country on Tier 1, Tier 2, the Tier 2 Watch List or Tier 3.",
        "A country can stay on the Tier 2 Watch List for two years without moving up to Tier 2.",
        "If so, it must be placed on Tier 3 in the next year's report, unless a waiver is granted.",
        "The Special Watch List includes countries that were upgraded from Tier 3 to Tier 2.",
    ],
)
def test_rules_and_definitions_are_not_rankings(text):
    title = "2019 Trafficking in Persons Report: Kazakhstan"
    assert tiers(text, title=title, date=JUNE_2021) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan could be downgraded to Tier 3 next year.",
        "If Kazakhstan does not improve, it would be placed on Tier 3.",
        "If Kazakhstan remains on the Tier 2 Watch List, it will fall to Tier 3.",
        "Kazakhstan risks falling to Tier 3 unless it adopts the new law.",
        "Kazakhstan could avoid a downgrade to Tier 3.",
        "Kazakhstan will remain on Tier 2 Watch List unless the government acts.",
        "Kazakhstan is expected to remain on Tier 2.",
        "Kazakhstan was not downgraded to Tier 3.",
        "Kazakhstan didn't fall to Tier 3.",
        "Is Kazakhstan still on Tier 2?",
        "Kazakhstan is in danger of being relegated to Tier 3.",
    ],
)
def test_hypotheticals_and_negations_are_not_rankings(text):
    assert tiers(text, title="Kazakhstan", date=JUNE_2021) == []


def test_a_special_case_needs_a_tip_context():
    assert tiers("Libya remained a Special Case.", date=JUNE_2021) == []
    assert tiers("Libya remained a Special Case.", title="2020 TIP Report", date=JUNE_2021) == [
        ("Libya", "Special Case", 2020, None)
    ]


def test_special_case_heading_and_list():
    assert tiers("LIBYA: Special Case", title="2020 Trafficking in Persons Report: Libya") == [
        ("Libya", "Special Case", 2020, None)
    ]
    text = "In the 2017 report, the Special Cases were Libya, Somalia and Yemen."
    assert tiers(text, title="The Trafficking in Persons Report and its tiers") == [
        ("Libya", "Special Case", 2017, None),
        ("Somalia", "Special Case", 2017, None),
        ("Yemen", "Special Case", 2017, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the 2021 TIP report, Libya and Somalia remain Special Cases.",
        "In the 2021 TIP report, Libya and Somalia continue to be Special Cases.",
        "Libya and Somalia become Special Cases in the 2021 TIP report.",
    ],
)
def test_countries_that_remain_special_cases_together(text):
    assert tiers(text) == [
        ("Libya", "Special Case", 2021, None),
        ("Somalia", "Special Case", 2021, None),
    ]


def test_a_special_case_in_passing_is_no_ranking():
    assert tiers("Kazakhstan is a special case in the TIP region.", date=JUNE_2021) == []


def test_the_watch_list_alone_needs_a_tier_in_the_text():
    assert tiers("Kazakhstan was placed on the Watch List in 2019.") == []
    text = "Kazakhstan was placed on the Watch List in 2019. It had been on Tier 2 before."
    assert tiers(text) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_one_fact_per_country_tier_and_year():
    text = (
        "KAZAKHSTAN: Tier 2\nThe government made efforts; therefore Kazakhstan remained on Tier 2."
    )
    title = "2022 Trafficking in Persons Report: Kazakhstan"
    assert tiers(text, title=title) == [("Kazakhstan", "Tier 2", 2022, None)]


# ---------------------------------------------------------------------------
# Tiers: the report's own voice, changes told as nouns, country adjectives

JULY_2023 = datetime.date(2023, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2022 report upgrades Armenia to Tier 1.", [("Armenia", "Tier 1", 2022, None)]),
        ("The report places Bahrain on Tier 1.", [("Bahrain", "Tier 1", 2023, None)]),
        ("This year the report keeps Georgia on Tier 1.", [("Georgia", "Tier 1", 2023, None)]),
        (
            "This year's report, citing forced labor in state enterprises, downgrades Belarus "
            "and Burma to Tier 3 status, where aid restrictions may apply.",
            [("Belarus", "Tier 3", 2023, None), ("Burma", "Tier 3", 2023, None)],
        ),
        (
            "In its 2019 report, the Department also moves Mongolia, from Tier 2 to the Tier 2 "
            "Watch List.",
            [("Mongolia", "Tier 2 Watch List", 2019, "Tier 2")],
        ),
        (
            'The report drops Laos from Tier 2 Watch List to a lower tier known as "Tier 3."',
            [("Laos", "Tier 3", 2023, "Tier 2 Watch List")],
        ),
        (
            "The Department lowered Bolivia to the lowest tier, Tier 3, in the 2020 report.",
            [("Bolivia", "Tier 3", 2020, None)],
        ),
    ],
)
def test_the_report_ranks_in_the_present_tense(text, expected):
    assert tiers(text, date=JULY_2023) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Georgia retains Tier 1 ranking for a fifth year, according to the 2019 Trafficking "
        "in Persons Report.",
        "Georgia kept Tier 1 status in the 2019 report.",
    ],
)
def test_a_kept_ranking_without_its(text):
    assert tiers(text, date=JULY_2023) == [("Georgia", "Tier 1", 2019, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Civil society groups welcomed the upgrade of Moldova's tier ranking in this "
            "year's TIP report, from Tier 2 Watch List to Tier 2.",
            [("Moldova", "Tier 2", 2023, "Tier 2 Watch List")],
        ),
        (
            "Advocates criticized the placement of Malaysia on the Tier 2 Watch List in the "
            "2017 report.",
            [("Malaysia", "Tier 2 Watch List", 2017, None)],
        ),
        (
            "Armenia's upgrade to Tier 1 in the 2019 report followed new shelter funding.",
            [("Armenia", "Tier 1", 2019, None)],
        ),
        (
            "Of the region's states, Taiwan and South Korea alone made it onto the Tier 1 "
            "list this year.",
            [("Taiwan", "Tier 1", 2023, None), ("South Korea", "Tier 1", 2023, None)],
        ),
        ("In 2018, Bahrain joined the Tier 1 list.", [("Bahrain", "Tier 1", 2018, None)]),
        (
            "Cyprus was added to the Tier 2 Watch List in the 2020 report.",
            [("Cyprus", "Tier 2 Watch List", 2020, None)],
        ),
    ],
)
def test_a_change_told_as_a_noun_or_a_list(text, expected):
    assert tiers(text, date=JULY_2023) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials confirmed that the Mexican ranking was lowered to Tier 2 Watch List "
            "in 2019.",
            [("Mexico", "Tier 2 Watch List", 2019, None)],
        ),
        (
            "The Kazakhstani government's ranking was raised to Tier 2 in the 2021 report.",
            [("Kazakhstan", "Tier 2", 2021, None)],
        ),
        (
            "The Sri Lankan tier placement fell to Tier 2 Watch List in 2016.",
            [("Sri Lanka", "Tier 2 Watch List", 2016, None)],
        ),
        (
            "The Thai government's Tier 2 ranking in the 2022 report reflects new inspections.",
            [("Thailand", "Tier 2", 2022, None)],
        ),
        ("Thai officials said the government could fall to Tier 3.", []),
        ("The Philippine ranking could be lowered to Tier 2.", []),
        ("Nigerian traffickers exploit victims who were moved to Tier 1 countries.", []),
        ("The Uzbek delegation discussed the ranking, which was upgraded to Tier 2.", []),
    ],
)
def test_a_country_adjective_before_a_ranking_noun_names_the_country(text, expected):
    assert tiers(text, date=JULY_2023) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus, which has been on Tier 2 Watch List for three consecutive years, was "
        "automatically downgraded to Tier 3, even though it meets the criteria for Tier 2 "
        "Watch List.",
        "Since it has been on Tier 2 Watch List for the past two years, Belarus is no longer "
        "eligible for a waiver and is ranked Tier 3.",
    ],
)
def test_the_years_a_country_has_been_on_a_tier_give_the_earlier_tier(text):
    title = "2019 Trafficking in Persons Report: Belarus"
    assert tiers(text, title=title) == [("Belarus", "Tier 3", 2019, "Tier 2 Watch List")]


def test_years_on_a_tier_alone_still_state_the_tier():
    text = "Kazakhstan has been on Tier 2 for three consecutive years."
    assert tiers(text, date=JULY_2023) == [("Kazakhstan", "Tier 2", 2023, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan meets the criteria for Tier 2 Watch List.",
        "If the report downgrades Kazakhstan to Tier 3, sanctions may follow.",
        "Unless the government acts, the report lowers Kazakhstan to Tier 3.",
        "The report could downgrade Kazakhstan to Tier 3.",
        "Kazakhstan should be ranked even lower, in Tier 3.",
        "Activists called for the downgrade of Kazakhstan to Tier 3.",
        "NGOs warned against the upgrade of Malaysia to Tier 2.",
        "The upgrade of Kazakhstan to Tier 2 would reward real progress.",
        "A waiver prevented the downgrade of Kazakhstan to Tier 3.",
        "The government hopes for the upgrade of Kazakhstan to Tier 2 next year.",
        "Kazakhstan's downgrade to Tier 3 could come next year.",
        "Kazakhstan's possible downgrade to Tier 3 worries officials.",
        "The Department places a country on Tier 3 when its government makes no efforts.",
        "Each year the report moves some countries to Tier 3.",
        "Kazakhstan hopes to make it to the Tier 1 list.",
        "Kazakhstan has never made it to the Tier 1 list.",
        "Kazakhstan has not joined the Tier 1 list.",
        "Kazakhstan joined Tier 1 countries in signing the protocol.",
        "The report lowers Kazakhstan to Tier 3 unless the government adopts the law.",
        "Observers expect the report places Kazakhstan on Tier 2 again.",
        "Analysts predicted Kazakhstan would remain on Tier 2.",
        "The prospect of the downgrade of Kazakhstan to Tier 3 alarmed officials.",
        "Kazakhstan had Tier 2 status until 2019.",
        "Kazakhstan was on Tier 1 before the 2010 report.",
    ],
)
def test_wishes_risks_and_rules_about_changes_are_not_rankings(text):
    assert tiers(text, title="Kazakhstan", date=JUNE_2021) == []


# ---------------------------------------------------------------------------
# Figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Human trafficking enriches transnational criminal organizations that victimize "
            "an estimated 25 million people around the world.",
            (25_000_000, "people", "estimated"),
        ),
        (
            "They estimated that 24.9 million people were trapped in forced labor.",
            (24_900_000, "people", None),
        ),
        ("Traffickers held 25,000,000 victims worldwide.", (25_000_000, "victims", None)),
        (
            "Twenty-five million people are exploited, the proclamation said.",
            (25_000_000, "people", None),
        ),
        ("Police identified six victims in Almaty.", (6, "victims", None)),
        ("Traffickers reap $150 billion in illicit profits.", (150_000_000_000, "USD", None)),
        ("NGOs assisted more than 100 victims.", (100, "victims", "more than")),
        ("Of those identified, 42 percent were children.", (42, "percent", None)),
        ("About 30% of them were minors.", (30, "percent", "about")),
        ("The rate rose by 2.5 per cent.", (2.5, "percent", None)),
        ("The hotline received 1,834 phone calls in 2019.", (1834, "calls", None)),
        ("HHS announced a projected $35 million grant.", (35_000_000, "USD", None)),
        ("The budget was USD 2.5 million.", (2_500_000, "USD", None)),
        ("The fund received 50,000 tenge from donors.", (50_000, "KZT", None)),
        ("The project received \u20ac10,000 from the EU.", (10_000, "EUR", None)),
        ("The state paid 5 million dollars to victims.", (5_000_000, "USD", None)),
    ],
)
def test_figure_forms(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorities identified 95 potential trafficking victims.", (95, "victims")),
        ("There were 12 survivors of trafficking in the shelter.", (12, "victims")),
        ("The center assisted 1,235 victims of trafficking.", (1235, "victims")),
        ("Rodnik has assisted more than 16,000 persons.", (16_000, "people")),
        ("The shelter housed 40 individuals.", (40, "people")),
        ("There are 25 million adults and children in forced labor.", (25_000_000, "people")),
        ("Nearly 5,000 women and girls were identified.", (5000, "people")),
        ("The team found 17 migrant workers.", (17, "people")),
        ("Police opened 45 trafficking cases.", (45, "cases")),
        ("ICE opened 987 investigations in FY 2014.", (987, "investigations")),
        ("The government investigated 45 cases.", (45, "investigations")),
        (
            "Prosecutors initiated 208 federal human trafficking prosecutions.",
            (208, "prosecutions"),
        ),
        ("Authorities prosecuted 77 defendants.", (77, "prosecutions")),
        ("The courts reported three convictions.", (3, "convictions")),
        ("Authorities convicted 26 alleged traffickers.", (26, "convictions")),
        ("Courts convicted and sentenced 15 traffickers.", (15, "convictions")),
        ("Police arrested 11 traffickers in the raid.", (11, "traffickers")),
        ("Six sex traffickers were convicted in 2016.", (6, "convictions")),
    ],
)
def test_figure_units(text, expected):
    assert [(value, unit) for value, unit, _ in figures(text)] == [expected]


@pytest.mark.parametrize(
    ("written", "qualifier"),
    [
        ("an estimated", "estimated"),
        ("estimated", "estimated"),
        ("more than", "more than"),
        ("over", "over"),
        ("nearly", "nearly"),
        ("almost", "almost"),
        ("about", "about"),
        ("approximately", "approximately"),
        ("around", "around"),
        ("at least", "at least"),
        ("up to", "up to"),
        ("fewer than", "fewer than"),
        ("less than", "less than"),
        ("roughly", "roughly"),
    ],
)
def test_qualifiers(written, qualifier):
    facts = extract_facts(f"The hotline helped {written} 400 victims.", kinds=("figure",))
    assert [(f.value, f.unit, f.qualifier) for f in facts] == [(400, "victims", qualifier)]
    assert facts[0].text == f"{written} 400 victims"


def test_a_comparison_inherits_the_unit():
    text = "The government investigated 45 cases in 2019, compared with 55 in 2018."
    assert figures(text) == [(45, "investigations", None), (55, "investigations", None)]


def test_a_decrease_from_inherits_the_unit():
    text = "The government identified 40 trafficking victims, a decrease from 83 in 2018."
    facts = extract_facts(text, kinds=("figure",))
    assert [(f.value, f.unit) for f in facts] == [(40, "victims"), (83, "victims")]
    assert facts[1].text == "83"


def test_a_bracketed_earlier_count_inherits_the_unit():
    text = "Law enforcement referred 12 victims to NGOs (19 in 2018), and embassies referred three."
    assert figures(text) == [(12, "victims", None), (19, "victims", None)]


def test_an_ambiguous_comparison_is_left_out():
    text = (
        "Police investigated 45 cases and secured 12 convictions in 2019, compared with 55 in 2018."
    )
    assert figures(text) == [(45, "investigations", None), (12, "convictions", None)]


def test_a_comparison_does_not_reach_into_the_next_sentence():
    text = "Police identified 40 victims. Compared with 55 in 2018, that is fewer."
    assert figures(text) == [(40, "victims", None)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, the report was released on June 20, 2019.",
        "The 2024-2026 national action plan was adopted in 2024.",
        "National Human Trafficking Awareness Day is on January 11; see 11 January 2025.",
        "Article 128 of the criminal code was amended by Law No. 3.",
        "Proclamation 8471 and S. Res. 382 followed Public Law 106-386 and 22 U.S.C. 7107.",
        "Call 1-888-373-7888, text 233733, dial 711, or call 111 or 116 16.",
        "Causing someone under 18 to engage in commercial sex is trafficking; she was aged 16.",
        "An 18-year-old victim testified.",
        "The penalty is three to 15 years' imprisonment, or four years for a first offense.",
        "The hotline is answered 24 hours a day, 7 days a week, 365 days a year.",
        "This is the 20th report and the fourth consecutive year of decline.",
        "Kazakhstan remained on Tier 2 and Tier 3 countries face restrictions.",
        "The report rates 187 countries; four shelters opened and 10 heroes were honored.",
        "The hotline works in more than 200 languages.",
        "Between 10,000 and 15,000 victims are trafficked each year.",
        "One in four victims is a child, and three out of five victims are women.",
        "The law prescribes fines of up to $50,000.",
        "In 2019 victims were identified in Almaty.",
        "One of my top priorities is this work.",
        "The numbers 12 and 13 appear here with nothing after them.",
        "Rodnik opened the first shelter in 2006 and received 911 calls.",
    ],
)
def test_numbers_that_are_not_figures(text):
    assert figures(text) == []


def test_a_figure_stated_twice_is_reported_once():
    text = "An estimated 25 million people are exploited. Again: 25 million people."
    assert figures(text) == [(25_000_000, "people", "estimated")]


def test_figure_values_are_plain_numbers():
    facts = extract_facts("Some 24.9 million people and 40.3 million people.", kinds=("figure",))
    assert [f.value for f in facts] == [24_900_000, 40_300_000]
    assert all(type(f.value) is int for f in facts)
    assert type(figures("It rose 2.5 percent.")[0][0]) is float


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors convicted one trafficker in 2019.", (1, "convictions")),
        ("The police investigated one case of forced begging.", (1, "investigations")),
        ("Prosecutors were prosecuting one alleged labor trafficker.", (1, "prosecutions")),
        ("The government identified a single victim of labor trafficking.", (1, "victims")),
        ("Courts convicted only one defendant.", (1, "convictions")),
        ("NGOs assisted one child victim.", (1, "victims")),
    ],
)
def test_one_of_a_singular_noun_after_a_counting_verb(text, expected):
    assert [(value, unit) for value, unit, _ in figures(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "One victim testified in court.",
        "Police identified one of the suspects.",
        "Police arrested one trafficker.",
        "Police identified one suspect.",
        "In one case, the victim was a child.",
        "The court convicted one in four defendants.",
        "The government did not initiate new prosecutions and convicted no one.",
        "Police have not convicted a single trafficker since 2015.",
        "The court has never convicted one trafficker.",
    ],
)
def test_one_without_a_counting_verb_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Courts convicted only four traffickers.", (4, "convictions")),
        ("Police investigated a further 12 cases.", (12, "investigations")),
        ("The government prosecuted an additional nine suspects.", (9, "prosecutions")),
        (
            "Authorities began prosecutions of 41 suspects, all for sex trafficking.",
            (41, "prosecutions"),
        ),
        (
            "Prosecutors obtained convictions of 17 defendants for forced labor.",
            (17, "convictions"),
        ),
        ("Police opened investigations into 23 cases.", (23, "investigations")),
        ("Police opened 32 investigations of 45 suspects.", (32, "investigations")),
        (
            "The government did not initiate new prosecutions and convicted 12 traffickers.",
            (12, "convictions"),
        ),
    ],
)
def test_what_a_count_counts_across_fillers_and_nouns(text, expected):
    assert [(value, unit) for value, unit, _ in figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of identified victims fell from 113 in 2017 to 92 in 2018.",
            [(113, "victims", None), (92, "victims", None)],
        ),
        (
            "According to officials, the number of foreign domestic workers dropped from "
            "48,000 to approximately 20,500 between 2019 and 2021.",
            [(48_000, "people", None), (20_500, "people", "approximately")],
        ),
        (
            "Convictions rose from 12 convictions in 2020 to 19 in 2021.",
            [(12, "convictions", None), (19, "convictions", None)],
        ),
        (
            "The share of child victims increased from 20 to 35 percent.",
            [(20, "percent", None), (35, "percent", None)],
        ),
        (
            "Trafficking investigations declined from 45 to 30.",
            [(45, "investigations", None), (30, "investigations", None)],
        ),
    ],
)
def test_a_change_from_one_number_to_another_gives_both(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Estimates range from 10,000 to 15,000 victims.",
        "Sentences ranged from five to 20 years' imprisonment.",
        "The number of victims declined from 2017 to 2019.",
        "The penalty increased from five to 10 years.",
        "Shelter capacity rose from 30 to 45 beds.",
        "The victims ranged in age from 12 to 17.",
        "The rate of convictions rose from 12 to 19.",
    ],
)
def test_ranges_stay_ranges(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Labor inspectors screened nearly half a million seasonal workers.",
            (500_000, "people", "nearly"),
        ),
        ("More than a million people are in forced labor.", (1_000_000, "people", "more than")),
        ("A quarter of a million children work in the fields.", (250_000, "people", None)),
    ],
)
def test_fractions_of_a_million(text, expected):
    assert figures(text) == [expected]


def test_a_million_as_an_adjective_is_no_figure():
    assert figures("A million-dollar campaign helped victims.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local authorities spent 3.2 million Kazakhstani tenge (KZT) ($7,400) on shelter rent.",
            [(3_200_000, "KZT", None), (7_400, "USD", None)],
        ),
        (
            "The ministry allocated at least 900,000 tenge (KZT) to the hotline.",
            [(900_000, "KZT", "at least")],
        ),
        (
            "Courts ordered the forfeiture of more than 52 million baht ($1.5 million) in "
            "criminal assets.",
            [(52_000_000, "THB", "more than"), (1_500_000, "USD", "more than")],
        ),
        (
            "The agency spent 120 million naira ($260,000) on shelters.",
            [(120_000_000, "NGN", None), (260_000, "USD", None)],
        ),
        ("Offenders face a maximum fine of 500,000 naira ($1,100).", []),
    ],
)
def test_local_currencies_and_their_dollar_conversions(text, expected):
    assert figures(text) == expected


# ---------------------------------------------------------------------------
# Observances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each January, the U.S. government marks National Slavery and Human Trafficking "
            "Prevention Month.",
            ("National Slavery and Human Trafficking Prevention Month", 1, None, None),
        ),
        (
            "Slavery and Human Trafficking Prevention Month is observed each year.",
            ("National Slavery and Human Trafficking Prevention Month", 1, None, None),
        ),
        (
            "DHS held events during National Human Trafficking Prevention Month.",
            ("National Human Trafficking Prevention Month", 1, None, None),
        ),
        (
            "The Senate supported National Trafficking and Modern Slavery Prevention Month.",
            ("National Trafficking and Modern Slavery Prevention Month", 1, None, None),
        ),
        (
            "It supported observing the National Day of Human Trafficking Awareness each year.",
            ("National Human Trafficking Awareness Day", 1, 11, None),
        ),
        (
            "Wear Blue Day asks everyone to wear something blue.",
            ("#WearBlueDay", 1, 11, None),
        ),
        (
            "On July 30, the world marks the World Day Against Trafficking in Persons.",
            ("World Day against Trafficking in Persons", 7, 30, None),
        ),
        (
            "IOM Kazakhstan marked the World Day against Trafficking, Astana, 30 July 2015.",
            ("World Day against Trafficking in Persons", 7, 30, 2015),
        ),
        (
            "NATIONAL SLAVERY AND HUMAN TRAFFICKING PREVENTION MONTH, 2013",
            ("National Slavery and Human Trafficking Prevention Month", 1, None, 2013),
        ),
    ],
)
def test_known_observances(text, expected):
    assert observances(text) == [expected]


def test_the_year_of_an_observance_from_its_month():
    text = (
        "I do hereby proclaim January 2020 as National Slavery and Human Trafficking "
        "Prevention Month."
    )
    assert observances(text) == [
        ("National Slavery and Human Trafficking Prevention Month", 1, None, 2020)
    ]


def test_the_day_and_hashtag_on_one_date():
    text = "January 11, 2025, is National Human Trafficking Awareness Day, aka #WearBlueDay."
    assert observances(text) == [
        ("National Human Trafficking Awareness Day", 1, 11, 2025),
        ("#WearBlueDay", 1, 11, 2025),
    ]


def test_one_fact_per_observance():
    text = (
        "January is National Slavery and Human Trafficking Prevention Month. During National "
        "Slavery and Human Trafficking Prevention Month, 2020, we act."
    )
    facts = extract_facts(text, kinds=("observance",))
    assert len(facts) == 1
    assert facts[0].sentence.startswith("January is")


def test_another_named_day_counts_when_the_sentence_dates_it():
    text = "The UN marks the International Day for the Abolition of Slavery on December 2."
    assert observances(text) == [("International Day for the Abolition of Slavery", 12, 2, None)]
    assert observances("Anti-Slavery Day is held on 18 October 2021.") == [
        ("Anti-Slavery Day", 10, 18, 2021)
    ]


def test_another_named_day_without_a_date_is_left_out():
    assert observances("The UN marks the International Day for the Abolition of Slavery.") == []
    assert observances("Human Trafficking Awareness Week runs in January and June.") == []


def test_an_unrelated_day_is_no_observance():
    assert observances("On February 1, we mark National Freedom Day.") == []


# ---------------------------------------------------------------------------
# The whole API


MOSER = (
    "Each January, the U.S. government marks National Slavery and Human Trafficking "
    "Prevention Month.  Human trafficking is a crime that threatens human dignity.  It "
    "enriches transnational criminal organizations that victimize an estimated 25 million "
    "people around the world.\n\n"
    "For many years, Kazakhstan has been both a transit and destination country for "
    "trafficking victims.  In 2019, Kazakhstan fell to the Tier 2 Watchlist in the U.S. State "
    "Department\u2019s annual Trafficking in Persons (TIP) report."
)


def test_an_embassy_message_end_to_end():
    title = "Trafficking in Persons in Kazakhstan: Message from the U.S. Ambassador"
    facts = extract_facts(MOSER, title=title, date=FEBRUARY_2020)
    assert [(f.kind, f.value, f.country, f.year, f.unit, f.qualifier, f.month) for f in facts] == [
        ("observance", "National Slavery and Human Trafficking Prevention Month", None, None,
         None, None, 1),
        ("figure", 25_000_000, None, None, "people", "estimated", None),
        ("tier", "Tier 2 Watch List", "Kazakhstan", 2019, None, None, None),
    ]  # fmt: skip


def test_facts_point_into_the_normalised_text():
    normalised = normalise_text(MOSER)
    for fact in extract_facts(MOSER, date=FEBRUARY_2020):
        assert normalised[fact.start : fact.start + len(fact.sentence)] == fact.sentence
        assert fact.text in fact.sentence


def test_kinds_limit_the_search():
    assert {fact.kind for fact in extract_facts(MOSER, kinds=("figure",))} == {"figure"}
    assert extract_facts(MOSER, kinds=()) == []
    assert extract_facts(MOSER, kinds=("nonsense",)) == []
    assert KINDS == ("tier", "figure", "observance")


def test_as_dict_is_ready_for_json():
    fact = extract_facts(MOSER, date=FEBRUARY_2020)[-1]
    record = fact.as_dict()
    assert json.loads(json.dumps(record)) == record
    assert record["kind"] == "tier" and record["country"] == "Kazakhstan"
    assert set(record) == {
        "kind", "value", "text", "sentence", "start", "unit", "qualifier", "country", "year",
        "month", "day", "previous",
    }  # fmt: skip


def test_facts_are_frozen():
    fact = extract_facts("Police identified six victims.")[0]
    assert isinstance(fact, Fact)
    with pytest.raises(AttributeError):
        fact.value = 7


@pytest.mark.parametrize("text", ["", "   \n\n ", None, 42, "<p></p>", "\x00\ud800"])
def test_odd_input_yields_no_facts(text):
    assert extract_facts(text) == []


def test_odd_titles_and_dates_are_ignored():
    text = "Therefore Kazakhstan remained on Tier 2."
    assert tiers(text, title=None, date="2021-07-01") == [("Kazakhstan", "Tier 2", None, None)]


def test_long_text_stays_fast():
    paragraph = (
        "In 2019, Kazakhstan fell to the Tier 2 Watch List; the government identified 88 "
        "trafficking victims, compared with 40 in 2019, on January 11 and 12 of 2020. "
    )
    text = paragraph * 400 + "\n" + "Plain prose with no facts at all. " * 2000
    started = time.perf_counter()
    extract_facts(text, date=JUNE_2021)
    # Far above the expected tens of milliseconds: this catches quadratic blow-ups only.
    assert time.perf_counter() - started < 5


# ---------------------------------------------------------------------------
# Properties

WORDS = (
    "Tier 2 Watch List 3 Kazakhstan U.S. remained on was upgraded downgraded to from "
    "the an estimated 25 million people victims cases $ % percent 1,834 24.9 calls in 2019 "
    "2020 TIP report National Slavery and Human Trafficking Prevention Month January 11 "
    "Special Case Libya compared with ( ) ; : , . ? ! \n \u2019 \u201c \u00a0 \u00ad if could "
    "not six twenty-five convicted traffickers Day of Abolition December 2"
    " downgrades places upgrade of 's ranking Philippine Thai made it joined list has been for"
    " four years meets criteria trafficker case a single only half tenge (KZT) baht naira"
    " declined approximately number workers prosecutions suspects unless expect"
).split(" ")
report_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
html_like = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<a href='#'>", "</a>", "<br/>", "&nbsp;", "&#8220;"]),
        st.sampled_from(WORDS),
        st.text(max_size=8),
    ),
    max_size=40,
).map("".join)
any_text = st.one_of(st.text(), report_like, html_like)
any_date = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, title=st.one_of(st.text(max_size=40), report_like), date=any_date)
def test_extraction_never_raises_and_points_into_its_text(text, title, date):
    # The inner function, without the safety net of extract_facts, must not raise either.
    facts = core._extract(text, title, date, KINDS)
    normalised = normalise_text(text)
    sentences = split_sentences(normalised)
    for fact in facts:
        assert fact.kind in KINDS
        assert fact.text and fact.text in fact.sentence
        assert normalised[fact.start : fact.start + len(fact.sentence)] == fact.sentence
        assert (fact.start, fact.sentence) in sentences
        if fact.kind == "tier":
            assert fact.value in core.TIER_VALUES and fact.country
        elif fact.kind == "figure":
            assert fact.unit and isinstance(fact.value, int | float) and fact.value > 0
        else:
            assert 1 <= fact.month <= 12
    assert [fact.start for fact in facts] == sorted(fact.start for fact in facts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks=st.lists(any_text, max_size=5), title=report_like, date=any_date)
def test_blocks_give_the_facts_of_their_joined_text(blocks, title, date):
    # As annotate hands them over: normalised, with a block's line breaks made spaces.
    blocks = [normalise_text(block).replace("\n", " ") for block in blocks]
    joined = BLOCK_BREAK.join(blocks)
    assert extract_block_facts(blocks, title, date) == core._extract(joined, title, date, KINDS)


def test_a_dash_in_one_block_does_not_change_the_others_facts():
    blocks = [
        "In 2019, Kazakhstan fell to the Tier 2 Watch List.",
        "Traffickers victimize an estimated 25 million people \u2014 most of them women.",
    ]
    facts = extract_block_facts(blocks, "Message", datetime.date(2020, 2, 2))
    assert [(f.kind, f.value, f.start) for f in facts] == [
        ("tier", "Tier 2 Watch List", 0),
        ("figure", 25000000, len(blocks[0]) + len(BLOCK_BREAK)),
    ]


@given(text=any_text)
def test_normalise_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once and "\u00a0" not in once and "\u00ad" not in once


@given(text=any_text)
def test_sentences_are_trimmed_pieces_of_the_text(text):
    normalised = normalise_text(text)
    previous_end = 0
    for start, sentence in split_sentences(normalised):
        assert sentence and sentence == sentence.strip() and "\n" not in sentence
        assert normalised[start : start + len(sentence)] == sentence
        assert start >= previous_end
        previous_end = start + len(sentence)


def test_each_lazy_pattern_replaces_its_own_name():
    # A stand-in bound to another name would never be replaced, and recompile on each use.
    source = Path(core.__file__).read_text(encoding="utf-8")
    bindings = re.findall(r'^(_[A-Z_]+) = _lazy\(\s*"(\w+)"', source, re.M)
    assert len(bindings) > 50
    assert all(name == bound for name, bound in bindings)
    extract_facts(MOSER, title="2019 TIP Report: Kazakhstan", date=FEBRUARY_2020)
    assert not isinstance(core._RANKING_VERB, core._LazyPattern)


def test_tier_in_words_with_a_clause_between_from_and_to():
    text = (
        "Based on that progress, Georgia's ranking rose from the Tier Two Watch List, where it"
        " had stayed three consecutive years from 2004 to 2006, to the Tier Two category of the"
        " four-tier ranking system."
    )
    assert tiers(text, date=JUNE_2021) == [("Georgia", "Tier 2", 2021, "Tier 2 Watch List")]


def test_tier_two_in_unrelated_prose_is_no_ranking():
    text = "Tier Two suppliers in the region, where labor audits are rare, sell to the country."
    assert tiers(text, date=JUNE_2021) == []


def test_reversal_of_last_years_ranking_is_the_previous_tier():
    text = (
        "This year Laos has been placed on the Tier 2 Watch List, a reversal of last year's"
        " Tier Two ranking."
    )
    assert tiers(text, date=datetime.date(2009, 6, 1)) == [
        ("Laos", "Tier 2 Watch List", 2009, "Tier 2")
    ]


def test_the_country_as_object_is_the_country_named_before_it():
    text = (
        "The United States praised Laos on Monday for its efforts and upgraded the country"
        " from its Tier 3 to Tier 2 Watch List, according to an embassy statement."
    )
    assert tiers(text, date=JUNE_2021) == [("Laos", "Tier 2 Watch List", 2021, "Tier 3")]


@pytest.mark.parametrize(
    "text",
    [
        "The report upgraded the country from its Tier 3 to Tier 2 Watch List.",
        "Officials met Laos and Thailand and upgraded the country from its Tier 3 to Tier 2.",
        "Victims from Laos said the report could upgrade the country from its Tier 3 to Tier 2.",
        "If Washington praises Laos and upgrades the country from Tier 3 to Tier 2, aid follows.",
    ],
)
def test_the_country_as_object_needs_one_named_country_and_a_fact(text):
    assert tiers(text, date=JUNE_2021) == []


def test_bare_participle_right_after_its_country():
    text = (
        "This year's report saw Laos elevated from a Tier 2 Watch List country to a Tier 2 country."
    )
    assert tiers(text, date=JUNE_2021) == [("Laos", "Tier 2", 2021, "Tier 2 Watch List")]


def test_bare_participle_coordinated_with_an_earlier_ranking_takes_its_own_year():
    text = "In 2015, Nepal was placed on the Tier 2 Watch List and upgraded to Tier 2 in 2016."
    assert ("Nepal", "Tier 2", 2016, None) in tiers(text, date=JUNE_2021)


@pytest.mark.parametrize(
    "text",
    [
        "Laos said the report upgraded to Tier 2 some of its neighbours.",
        "Laos would like to see itself elevated to Tier 2 next year.",
        "Officials hope Laos upgraded to Tier 2 will attract investment.",
    ],
)
def test_bare_participle_without_a_stated_ranking(text):
    assert tiers(text, date=JUNE_2021) == []


def test_fronted_year_range_gives_its_last_year():
    text = "From 2012 to 2015, Nepal was placed in the Tier 2 Watch List for 4 successive years."
    assert tiers(text, date=JUNE_2021) == [("Nepal", "Tier 2 Watch List", 2015, None)]


def test_year_range_in_another_clause_is_not_the_ranking_year():
    text = "Between 2012 and 2015; the courts convicted many. Nepal was placed on Tier 2."
    assert tiers(text, date=JUNE_2021) == [("Nepal", "Tier 2", 2021, None)]


def test_the_prosecution_of_a_number_counts_prosecutions():
    text = "The prosecutors reported initiating the prosecution of 194 defendants in 2018."
    found = [(f.value, f.unit) for f in extract_facts(text, "", JUNE_2021, ("figure",))]
    assert (194, "prosecutions") in found


def test_a_prosecution_of_a_number_without_the_is_not_counted():
    text = "A prosecution of 194 pages was filed."
    found = [(f.value, f.unit) for f in extract_facts(text, "", JUNE_2021, ("figure",))]
    assert (194, "prosecutions") not in found


# ---------------------------------------------------------------------------
# Phrasings found in an independent set of embassy statements and TIP narratives


def test_should_is_a_condition_only_right_before_its_subject():
    text = "We should ask why China was upgraded from Tier 3 to the Watch List."
    assert tiers(text, date=datetime.date(2014, 6, 20)) == [
        ("China", "Tier 2 Watch List", 2014, "Tier 3")
    ]
    assert tiers("Should China be downgraded to Tier 3, it would lose aid.", date=JUNE_2021) == []


@pytest.mark.parametrize(
    "text",
    [
        "The State Department has designated Chile, for the first time, as a Tier 1 country.",
        "The State Department has designated Chile for the first time as a Tier 1 country.",
        "The report once again ranked Chile as Tier 1.",
    ],
)
def test_words_between_the_country_and_its_tier(text):
    assert tiers(text, date=datetime.date(2014, 6, 20)) == [("Chile", "Tier 1", 2014, None)]


def test_two_numbers_that_share_one_noun():
    text = "Police opened 14 new sex trafficking and two new labor trafficking cases in 2014."
    assert figures(text) == [(14, "cases", None), (2, "cases", None)]
    assert figures("Officials found 12 victims and 3 suspects in 2019 and 2020.") == [
        (12, "victims", None)
    ]


def test_a_hyphenated_word_between_a_number_and_its_noun():
    text = "Prosecutors dismissed 26 in-process trafficking cases."
    assert figures(text) == [(26, "cases", None)]


def test_a_time_word_in_a_later_clause_leaves_the_year_to_the_date():
    text = (
        "Ghana is classified as a Tier 2 Watch List country, meaning that the government "
        "failed to provide evidence of increasing efforts in the past year."
    )
    assert tiers(text, date=datetime.date(2016, 6, 30)) == [
        ("Ghana", "Tier 2 Watch List", 2016, None)
    ]


def test_graded_as_a_tier():
    text = "Nepal is graded as a Tier 2 country, meaning it has not fully met the standards."
    assert tiers(text, date=datetime.date(2016, 6, 30)) == [("Nepal", "Tier 2", 2016, None)]


def test_an_earlier_tier_in_a_trailing_noun_phrase():
    text = (
        "Papua New Guinea was ranked Tier 3 in this year's report, a downgrade from its "
        "Tier 2 Watchlist ranking in 2015."
    )
    assert tiers(text, date=datetime.date(2016, 6, 30)) == [
        ("Papua New Guinea", "Tier 3", 2016, "Tier 2 Watch List")
    ]


def test_a_year_in_an_earlier_clause_is_not_the_rankings():
    text = (
        "In 2020, the Government of Moldova demonstrated overall increasing efforts; "
        "therefore Moldova remained on Tier 2."
    )
    assert tiers(text, date=JUNE_2021) == [("Moldova", "Tier 2", 2021, None)]
    text = "In 2019, Kazakhstan fell to the Tier 2 Watchlist."
    assert tiers(text, date=FEBRUARY_2020) == [("Kazakhstan", "Tier 2 Watch List", 2019, None)]


def test_a_heading_with_a_note_after_it():
    text = "UKRAINE (TIER 2 Watch List)   [Extracted from the Trafficking in Persons Report]"
    assert tiers(text, title="2009 Trafficking in Persons Report") == [
        ("Ukraine", "Tier 2 Watch List", 2009, None)
    ]


def test_a_bare_count_after_a_counting_verb():
    text = "Police prosecuted 30 alleged traffickers, and convicted 30, in 2019."
    assert figures(text) == [(30, "prosecutions", None), (30, "convictions", None)]
    assert figures("The government convicted 25.") == [(25, "convictions", None)]
    assert figures("Courts convicted 2019 defendants' appeals.") == []


def test_modifiers_joined_by_and_before_the_noun():
    text = "Police identified more than 649 child slavery and forced begging victims in 2016."
    assert figures(text) == [(649, "victims", "more than")]
    assert figures("The police identified 33 male and female victims.") == [(33, "victims", None)]


def test_a_ranking_that_changed_from_one_tier_to_another():
    text = "In this year's report, Hong Kong's ranking changed from Tier 2 to Tier 2 Watch List."
    assert tiers(text, date=datetime.date(2016, 6, 30)) == [
        ("Hong Kong", "Tier 2 Watch List", 2016, "Tier 2")
    ]


def test_a_time_word_in_a_reason_clause_leaves_the_year_alone():
    text = (
        "Egypt is placed on Tier 2 Watch List for the third year in a row because it has not "
        "provided evidence of increasing efforts over the last year."
    )
    assert tiers(text, date=datetime.date(2008, 6, 30)) == [
        ("Egypt", "Tier 2 Watch List", 2008, None)
    ]


def test_or_more_after_a_large_number_but_not_in_a_definition():
    assert figures("Twenty million or more people are trapped.") == [(20000000, "people", None)]
    assert figures("A criminal group is a group of three or more individuals.") == []


def test_quoted_tiers():
    text = 'South Korea, praised for its "strides", advanced from "Tier 3" into "Tier 1."'
    assert tiers(text, date=datetime.date(2002, 6, 20)) == [
        ("South Korea", "Tier 1", 2002, "Tier 3")
    ]


@pytest.mark.parametrize(
    "text, value, previous",
    [
        ("Those demoted from the Tier 2 Watch List to Tier 3 included Belarus and Belize.",
         "Tier 3", "Tier 2 Watch List"),
        ("Countries that upgraded from Tier 3 to Tier 2 Watch List include Belarus and Belize.",
         "Tier 2 Watch List", "Tier 3"),
        ('The report names 19 "Tier 3" countries, all failing the standards: Belarus, Belize.',
         "Tier 3", None),
    ],
)  # fmt: skip
def test_a_list_of_countries_after_their_tier(text, value, previous):
    assert tiers(text, date=JUNE_2021) == [
        ("Belarus", value, 2021, previous),
        ("Belize", value, 2021, previous),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tier 3 countries are those that do not fully meet the standards.",
        "Countries that could fall to Tier 3 include Belarus and Belize.",
        "Governments on Tier 3 may be subject to restrictions: Iran, Syria and Cuba face them.",
        "The TIP report has four tiers: Tier 1, Tier 2, Tier 2 Watch List and Tier 3.",
    ],
)
def test_no_list_of_ranked_countries(text):
    assert tiers(text, date=JUNE_2021) == []


def test_a_country_in_a_relative_clause_is_not_the_subject():
    text = (
        "Vietnam, which has a warming relationship with Washington due to shared concerns "
        "over a rising China, was downgraded to Tier 3."
    )
    assert tiers(text, date=JUNE_2021) == [("Vietnam", "Tier 3", 2021, None)]


@pytest.mark.parametrize(
    "text, country, value",
    [
        ("China was downgraded to the worst level: tier 3.", "China", "Tier 3"),
        ("Pakistan retains position in Tier 2 for third consecutive time.", "Pakistan", "Tier 2"),
    ],
)
def test_a_described_tier_and_a_kept_position(text, country, value):
    assert tiers(text, date=JUNE_2021) == [(country, value, 2021, None)]


def test_continues_to_remain_states_a_ranking():
    text = "Nepal continues to remain in Tier 2, as it does not fully meet the standards."
    assert tiers(text, date=datetime.date(2016, 6, 30)) == [("Nepal", "Tier 2", 2016, None)]
    assert tiers("Nepal wants to remain in Tier 2.", date=datetime.date(2016, 6, 30)) == []


@pytest.mark.parametrize(
    "text",
    [
        "This year, Armenia was once again placed on the TIP Report's Tier 2 Watch List.",
        "Armenia has been on the United States Government\u00b4s Tier 2 Watch List.",
    ],
)
def test_an_owner_before_the_tier(text):
    assert tiers(text, date=datetime.date(2016, 6, 30)) == [
        ("Armenia", "Tier 2 Watch List", 2016, None)
    ]


def test_until_2008_the_report_came_out_in_early_june():
    text = "Nepal is a Tier 2 country."
    assert tiers(text, date=datetime.date(2007, 6, 13)) == [("Nepal", "Tier 2", 2007, None)]
    assert tiers(text, date=datetime.date(2007, 6, 1)) == [("Nepal", "Tier 2", 2006, None)]
    assert tiers(text, date=datetime.date(2019, 6, 13)) == [("Nepal", "Tier 2", 2018, None)]


def test_a_prison_term_before_and_is_no_count_of_what_follows():
    text = "Courts sentenced one trafficker to 10 years' imprisonment and two traffickers to seven."
    assert 10 not in [value for value, _, _ in figures(text)]
