"""The labelled evaluation corpus (eval/) is well formed.

A wrong label makes a right extractor look wrong, so these checks catch the mistakes a
person labelling by hand makes: a text without labels, a misspelt country, a tier outside
the five canonical values, a slug that does not match its file, a text in both splits.
"""

import json
import re
from pathlib import Path

import pytest
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG

EVAL = Path(__file__).resolve().parents[1] / "eval"
SPLITS = ("dev", "holdout")
LANGS = ("en", "ru", "kk")
TIERS = {"Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"}
HEADER_ORDER = ["Title", "Date", "Lang", "Slug", "Category", "Original_url"]
OPTIONAL_HEADERS = {"Summary"}
KINDS = {
    "tip-narrative",
    "interim-assessment",
    "embassy-statement",
    "presidential-proclamation",
    "state-proclamation",
    "un-release",
    "news",
    "ngo-report",
    "headings-lists",
    "traps",
    "government",
}
COUNTRIES = {
    line.strip()
    for line in (EVAL / "canonical_countries.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


def corpus_files():
    return sorted(EVAL.glob("corpus/*/*/*.md"))


def load_labels(split):
    return json.loads((EVAL / "labels" / f"{split}.json").read_text(encoding="utf-8"))


def split_header(path):
    header, blank, body = path.read_text(encoding="utf-8").partition("\n\n")
    return header.splitlines(), body if blank else ""


def test_corpus_has_texts_in_every_split_and_language():
    for split in SPLITS:
        for lang in LANGS:
            assert list((EVAL / "corpus" / split / lang).glob("*.md")), (split, lang)


def test_files_sit_only_in_split_and_language_folders():
    for path in EVAL.glob("corpus/**/*"):
        if path.is_file():
            split, lang = path.relative_to(EVAL / "corpus").parts[:2]
            assert split in SPLITS and lang in LANGS and path.suffix == ".md", path


@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: path.stem)
def test_text_has_the_fixed_header(path):
    lines, body = split_header(path)
    names = [line.split(":", 1)[0] for line in lines]
    assert names[: len(HEADER_ORDER)] == HEADER_ORDER, path
    assert set(names[len(HEADER_ORDER) :]) <= OPTIONAL_HEADERS, path
    headers = dict(line.split(": ", 1) for line in lines)
    split, lang = path.relative_to(EVAL / "corpus").parts[:2]
    assert headers["Lang"] == lang
    assert headers["Slug"] == path.stem
    assert headers["Category"] == "Corpus"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", headers["Date"])
    assert re.fullmatch(r"https://\S+", headers["Original_url"])
    words = len(re.findall(r"\w+", body))
    assert 100 <= words <= 500, f"{path.name}: {words} words"


@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: path.stem)
def test_text_reads_as_a_pelican_article(path):
    content, metadata = MarkdownReader(dict(DEFAULT_CONFIG)).read(str(path))
    assert metadata["slug"] == path.stem
    assert metadata["lang"] == path.parent.name
    assert metadata["date"].year >= 2000
    assert len(content) > 200


def test_every_text_has_labels_and_every_label_a_text():
    for split in SPLITS:
        slugs = {path.stem for path in EVAL.glob(f"corpus/{split}/*/*.md")}
        assert set(load_labels(split)) == slugs, split


def test_splits_do_not_overlap():
    dev, holdout = (set(load_labels(split)) for split in SPLITS)
    assert not dev & holdout
    assert len(corpus_files()) == len(dev | holdout)


def test_manifest_records_every_text_with_its_split_and_kind():
    manifest = json.loads((EVAL / "manifest.json").read_text(encoding="utf-8"))
    for split in SPLITS:
        for slug, labels in load_labels(split).items():
            assert manifest[slug]["split"] == split, slug
            assert manifest[slug]["lang"] == labels["lang"], slug
            assert manifest[slug]["kind"] in KINDS, slug
    assert len(manifest) == len(corpus_files())


@pytest.mark.parametrize("split", SPLITS)
def test_labels_use_canonical_values(split):
    for slug, labels in load_labels(split).items():
        assert set(labels) == {"lang", "tiers", "figures", "observances"}, slug
        assert (EVAL / "corpus" / split / labels["lang"] / f"{slug}.md").exists(), slug
        for tier in labels["tiers"]:
            assert set(tier) == {"country", "tier", "year"}, slug
            assert tier["tier"] in TIERS, (slug, tier)
            assert tier["country"] in COUNTRIES, (slug, tier)
            assert tier["year"] is None or 2001 <= tier["year"] <= 2026, (slug, tier)
        for figure in labels["figures"]:
            assert set(figure) == {"value", "unit"}, slug
            assert isinstance(figure["value"], int | float) and figure["value"] >= 0, slug
            assert re.fullmatch(r"[a-z]+|USD|EUR|KZT|percent", figure["unit"]), (slug, figure)
        values = [figure["value"] for figure in labels["figures"]]
        assert len(values) == len(set(values)), f"{slug}: a figure labelled twice"
        for observance in labels["observances"]:
            assert set(observance) == {"name", "month"}, slug
            name = observance["name"]
            assert name[0].isupper() and re.fullmatch(r"[\w' -]+", name), (slug, observance)
            assert observance["month"] is None or 1 <= observance["month"] <= 12, slug


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
# Stems, because Russian and Kazakh inflect them: "миллиона", "миллионы", "мыңнан".
MULTIPLIER_STEMS = {
    "million": 1e6, "миллион": 1e6, "млн": 1e6, "billion": 1e9, "миллиард": 1e9, "млрд": 1e9,
    "тыс": 1e3, "мың": 1e3,
}  # fmt: skip
NUMBER_PATTERNS = {
    # English groups thousands with commas; Russian and Kazakh with a space and write a
    # decimal comma.
    "en": r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?",
    "ru": r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(,\d+)?",
}
NUMBER_PATTERNS["kk"] = NUMBER_PATTERNS["ru"]


def numbers_in(text, lang):
    """Every value a reader can see in the text, with "24,9 миллиона" read as 24900000."""
    values = set()
    pattern = NUMBER_PATTERNS[lang] + r"\s*(?:-\s*)?([^\W\d_]+)?"
    for match in re.finditer(pattern, text):
        whole = float(re.sub(r"[, \u00a0]", "", match.group(1)))
        fraction = float("0." + match.group(2)[1:]) if match.group(2) else 0.0
        value = whole + fraction
        values.add(value)
        word = (match.group(3) or "").lower()
        for stem, multiplier in MULTIPLIER_STEMS.items():
            if word.startswith(stem):
                values.add(value * multiplier)
    for word, value in NUMBER_WORDS.items():
        if re.search(rf"\b{word}\b", text, re.IGNORECASE):
            values.add(value)
            if re.search(rf"\b{word} million\b", text, re.IGNORECASE):
                values.add(value * 1e6)
    return values


@pytest.mark.parametrize("split", SPLITS)
def test_every_labelled_figure_and_country_appears_in_its_text(split):
    # A guard against a label typed wrong or copied from another text: each figure's value and
    # each observance's name must be written in the text, and each English text must name each
    # labelled country.
    for slug, labels in load_labels(split).items():
        lang = labels["lang"]
        text = (EVAL / "corpus" / split / lang / f"{slug}.md").read_text(encoding="utf-8")
        body = text.partition("\n\n")[2]
        seen = numbers_in(body, lang)
        for figure in labels["figures"]:
            value = figure["value"]
            assert any(abs(value - number) <= 0.005 * value for number in seen), (slug, figure)
        flowing = " ".join(body.split()).lower()
        for observance in labels["observances"]:
            assert observance["name"].lower() in flowing, (slug, observance)
        if lang == "en":
            for tier in labels["tiers"]:
                assert tier["country"].lower() in flowing, (slug, tier)
