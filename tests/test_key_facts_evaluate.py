"""`make eval`'s scoring: how found facts are paired with the labels of a text."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from key_facts.evaluate import Found, score_text  # noqa: E402


def test_tiers_pair_on_country_and_tier_with_the_same_year_first():
    gold = {
        "tiers": [
            {"country": "Kazakhstan", "tier": "Tier 2", "year": 2021},
            {"country": "Kazakhstan", "tier": "Tier 2", "year": 2022},
            {"country": "Uzbekistan", "tier": "Tier 3", "year": None},
        ]
    }
    found = Found(
        tiers=[
            (("Kazakhstan", "Tier 2", 2020), "s1"),
            (("Kazakhstan", "Tier 2", 2022), "s2"),
            (("Kazakhstan", "Tier 2", 2022), "s2 again"),
            (("Turkmenistan", "Tier 3", 2022), "s3"),
        ]
    )
    result = score_text("text", gold, found)
    tally = result.tallies["tier"]
    assert (tally.gold, tally.found, tally.matched) == (3, 3, 2)
    # 2022 pairs with 2022; 2021 takes the 2020 left over, a wrong year
    assert (result.years_right, result.years_counted) == (1, 2)
    assert any("missed tier ('Uzbekistan'" in p for p in result.problems)
    assert any("false tier ('Turkmenistan'" in p and "s3" in p for p in result.problems)


def test_figures_pair_by_value_within_half_a_percent():
    gold = {"figures": [{"value": 24900000, "unit": "people"}, {"value": 85, "unit": "children"}]}
    found = Found(figures=[(24_950_000, "people", "s"), (86, "children", "t")])
    tally = score_text("text", gold, found).tallies["figure"]
    assert (tally.gold, tally.found, tally.matched) == (2, 2, 1)


def test_observances_match_their_name_or_the_name_as_written():
    gold = {"observances": [{"name": "Всемирный день борьбы с торговлей людьми", "month": 7}]}
    found = Found(
        observances=[
            (
                "World Day against Trafficking in Persons",
                "s",
                {
                    "world day against trafficking in persons",
                    "всемирный день борьбы с торговлей людьми",
                },
            )
        ]
    )
    tally = score_text("text", gold, found).tallies["observance"]
    assert (tally.gold, tally.found, tally.matched) == (1, 1, 1)


def write_text(corpus, slug, body):
    path = corpus / "corpus" / "holdout" / "en" / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Title: {slug}\nDate: 2021-06-30\nLang: en\nSlug: {slug}\n\n{body}\n")


def test_a_batch_is_scored_alone_and_scores_only_hides_the_misses(tmp_path, capsys):
    from key_facts.evaluate import main

    write_text(tmp_path, "old", "Kazakhstan remained on Tier 2 in the 2021 report.")
    write_text(tmp_path, "new", "Uzbekistan was upgraded to Tier 2 in the 2021 report.")
    gold = {"tiers": [], "figures": [], "observances": [], "lang": "en"}
    labels = {
        "old": {**gold, "tiers": [{"country": "Kazakhstan", "tier": "Tier 2", "year": 2021}]},
        "new": {**gold, "tiers": [{"country": "Armenia", "tier": "Tier 1", "year": 2021}]},
    }
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "holdout.json").write_text(json.dumps(labels))
    manifest = {"old": {"batch": 1}, "new": {"batch": 2}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    options = ["--corpus", str(tmp_path), "--split", "holdout", "--direct"]

    assert main([*options, "--batch", "2"]) == 0
    printed = capsys.readouterr().out
    assert "holdout (1 texts, batch 2)" in printed
    assert "tiers        P 0.00 (0/1)  R 0.00 (0/1)" in printed
    assert "missed tier ('Armenia'" in printed

    assert main([*options, "--scores-only"]) == 0
    printed = capsys.readouterr().out
    assert "holdout (2 texts)" in printed and "R 0.50 (1/2)" in printed
    assert "missed" not in printed and "false" not in printed
