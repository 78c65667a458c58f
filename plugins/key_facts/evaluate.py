"""Score the key-facts extractor on the labelled corpus: `make eval`.

Each split (eval/corpus/<split>/<lang>/<slug>.md) is built by Pelican with this project's
pelicanconf.py, the content folder pointed at the split and the output in a temporary
folder, so the whole pipeline runs as it does for the site and for outside graders; then
output/facts.json is scored against eval/labels/<split>.json. `--direct` skips Pelican
and gives each file's Markdown paragraphs straight to the core, with the file's `Lang`:
quicker, for working on the word lists.

Matching (per text): tiers are made distinct as (country, tier, year) and paired on
(country, tier), a found tier with the gold year first; figures are made distinct by
value and paired by value (a float within 0.5%); observances by name, case-insensitive.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPLITS = ("dev", "holdout")
KIND_NAMES = {"tier": "tiers", "figure": "figures", "observance": "observances"}


@dataclass
class Found:
    """What the extractor said of one text, per kind, each item with its sentence."""

    tiers: list[tuple[tuple, str]] = field(default_factory=list)
    figures: list[tuple[float, str | None, str]] = field(default_factory=list)
    observances: list[tuple[str, str, set]] = field(default_factory=list)


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    matched: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched

    def scores(self) -> str:
        precision = self.matched / self.found if self.found else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        return (
            f"P {precision:.2f} ({self.matched}/{self.found})  "
            f"R {recall:.2f} ({self.matched}/{self.gold})"
        )


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    years_right: int = 0
    years_counted: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Result) -> None:
        for kind, tally in other.tallies.items():
            self.tallies[kind].add(tally)
        self.years_right += other.years_right
        self.years_counted += other.years_counted
        self.problems.extend(other.problems)


# ---------------------------------------------------------------------------
# Running the extractor


def corpus_files(corpus: Path, split: str) -> dict[str, tuple[str, Path]]:
    """slug -> (lang, path) of a split's texts."""
    files = {}
    for path in sorted((corpus / "corpus" / split).glob("*/*.md")):
        files[path.stem] = (path.parent.name, path)
    return files


def found_by_pelican(corpus: Path, split: str) -> dict[str, Found]:
    """Build the split with Pelican and read its facts.json."""
    content = corpus / "corpus" / split
    languages = sorted(path.name for path in content.iterdir() if path.is_dir())
    with tempfile.TemporaryDirectory(prefix="key-facts-eval-") as output:
        url = "{lang}/{slug}.html"
        extra = {
            "PATH": str(content),
            "ARTICLE_PATHS": languages,
            "PAGE_PATHS": [],
            "STATIC_PATHS": [],
            "ARTICLE_URL": url,
            "ARTICLE_SAVE_AS": url,
            "ARTICLE_LANG_URL": url,
            "ARTICLE_LANG_SAVE_AS": url,
            "KEY_FACTS_JSON_SAVE_AS": "facts.json",
        }
        command = [sys.executable, "-m", "pelican", str(content), "-o", output]
        command += ["-s", str(ROOT / "pelicanconf.py"), "-e"]
        command += [f"{key}={json.dumps(value)}" for key, value in extra.items()]
        built = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        facts_path = Path(output) / "facts.json"
        if built.returncode != 0 or not facts_path.exists():
            sys.exit(f"The {split} build failed:\n{built.stdout}\n{built.stderr}")
        facts = json.loads(facts_path.read_text(encoding="utf-8"))["facts"]
    found: dict[str, Found] = defaultdict(Found)
    for fact in facts:
        slug = Path(fact["url"]).name.removesuffix(".html")
        add_fact(found[slug], fact)
    return found


def found_directly(corpus: Path, split: str) -> dict[str, Found]:
    """Each file's Markdown blocks straight to the core, without Pelican."""
    import datetime
    from html.parser import HTMLParser

    import markdown

    from .core import extract_block_facts, normalise_text

    class Blocks(HTMLParser):
        def __init__(self):
            super().__init__()
            self.blocks, self.current, self.skip = [], [], 0

        def handle_starttag(self, tag, attrs):
            if tag in ("sup", "script", "style"):
                self.skip += 1
            elif tag in ("p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div"):
                self.flush()

        def handle_endtag(self, tag):
            if tag in ("sup", "script", "style"):
                self.skip -= 1
            elif tag in ("p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div"):
                self.flush()

        def handle_data(self, data):
            if not self.skip:
                self.current.append(data)

        def flush(self):
            text = " ".join(normalise_text("".join(self.current)).split())
            if text:
                self.blocks.append(text)
            self.current = []

    found: dict[str, Found] = {}
    for slug, (lang, path) in corpus_files(corpus, split).items():
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(
            (key.strip().lower(), value.strip())
            for key, _, value in (line.partition(":") for line in header.splitlines())
        )
        parser = Blocks()
        parser.feed(markdown.markdown(body, extensions=["extra"]))
        parser.flush()
        date = None
        if re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("date", "")[:10]):
            date = datetime.date.fromisoformat(meta["date"][:10])
        facts = extract_block_facts(
            parser.blocks, title=meta.get("title", ""), date=date, lang=meta.get("lang", lang)
        )
        found[slug] = Found()
        for fact in facts:
            add_fact(found[slug], vars(fact))
    return found


def add_fact(found: Found, fact: dict) -> None:
    sentence = fact.get("sentence") or ""
    if fact["kind"] == "tier":
        found.tiers.append(((fact["country"], fact["value"], fact["year"]), sentence))
    elif fact["kind"] == "figure":
        found.figures.append((fact["value"], fact.get("unit"), sentence))
    elif fact["kind"] == "observance":
        # Labels give a name as the text writes it; a Russian or Kazakh fact's value is its
        # English name, and its text the name as written.
        names = {fact["value"].lower(), (fact.get("text") or "").lower()}
        found.observances.append((fact["value"], sentence, names))


# ---------------------------------------------------------------------------
# Scoring


def distinct(items, key):
    seen, kept = set(), []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            kept.append(item)
    return kept


def score_text(slug: str, gold: dict, found: Found) -> Result:
    result = Result()
    say = result.problems.append

    gold_tiers = distinct(
        [(tier["country"], tier["tier"], tier.get("year")) for tier in gold.get("tiers", [])],
        key=lambda triple: triple,
    )
    found_tiers = distinct(found.tiers, key=lambda item: item[0])
    unpaired = list(found_tiers)
    pairs = []
    for exact_year in (True, False):
        for triple in list(gold_tiers):
            for item in unpaired:
                same = item[0][:2] == triple[:2]
                if same and (not exact_year or item[0][2] == triple[2]):
                    pairs.append((triple, item))
                    unpaired.remove(item)
                    gold_tiers.remove(triple)
                    break
    tally = result.tallies["tier"]
    tally.gold, tally.found, tally.matched = (
        len(gold_tiers) + len(pairs),
        len(found_tiers),
        len(pairs),
    )
    for triple, item in pairs:
        if triple[2] is not None:
            result.years_counted += 1
            if item[0][2] == triple[2]:
                result.years_right += 1
            else:
                say(f"{slug}: tier year {item[0][2]} for gold {triple}: {item[1]}")
    for triple in gold_tiers:
        say(f"{slug}: missed tier {triple}")
    for triple, sentence in unpaired:
        say(f"{slug}: false tier {triple}: {sentence}")

    def same_value(a, b):
        return abs(float(a) - float(b)) <= 0.005 * max(abs(float(a)), abs(float(b)))

    gold_figures = distinct(
        [(figure["value"], figure.get("unit")) for figure in gold.get("figures", [])],
        key=lambda item: float(item[0]),
    )
    found_figures = distinct(found.figures, key=lambda item: float(item[0]))
    unpaired_figures = list(found_figures)
    matched = 0
    for value, unit in gold_figures:
        for item in unpaired_figures:
            if same_value(item[0], value):
                unpaired_figures.remove(item)
                matched += 1
                break
        else:
            say(f"{slug}: missed figure {value} {unit}")
    result.tallies["figure"] = Tally(len(gold_figures), len(found_figures), matched)
    for value, unit, sentence in unpaired_figures:
        say(f"{slug}: false figure {value} {unit}: {sentence}")

    gold_names = distinct(
        [item["name"].lower() for item in gold.get("observances", [])], key=lambda x: x
    )
    found_names = distinct(found.observances, key=lambda item: item[0].lower())
    unpaired_names = list(found_names)
    matched = 0
    for name in gold_names:
        for item in unpaired_names:
            if name in item[2]:
                unpaired_names.remove(item)
                matched += 1
                break
        else:
            say(f"{slug}: missed observance {name!r}")
    result.tallies["observance"] = Tally(len(gold_names), len(found_names), matched)
    for name, sentence, _ in unpaired_names:
        say(f"{slug}: false observance {name!r}: {sentence}")
    return result


def report(heading: str, result: Result) -> None:
    print(heading)
    for kind in KIND_NAMES:
        print(f"  {KIND_NAMES[kind]:<12} {result.tallies[kind].scores()}")
    if result.years_counted:
        share = result.years_right / result.years_counted
        print(f"  tier years   {share:.2f} ({result.years_right}/{result.years_counted})")


def evaluate_split(
    corpus: Path,
    split: str,
    direct: bool,
    batches: Sequence[int] = (),
    scores_only: bool = False,
) -> Result | None:
    labels_path = corpus / "labels" / f"{split}.json"
    if not labels_path.exists() or not (corpus / "corpus" / split).is_dir():
        return None
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    if batches:
        manifest_path = corpus / "manifest.json"
        if not manifest_path.exists():
            sys.exit(f"--batch needs {manifest_path}, which says each text's batch")
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        labels = {s: gold for s, gold in labels.items() if manifest[s]["batch"] in batches}
    found = found_directly(corpus, split) if direct else found_by_pelican(corpus, split)
    by_language: dict[str, Result] = defaultdict(Result)
    whole = Result()
    for slug, gold in sorted(labels.items()):
        scored = score_text(slug, gold, found.get(slug, Found()))
        by_language[gold.get("lang", "en")].add(scored)
        whole.add(scored)
    if not scores_only:
        for problem in whole.problems:
            print(problem)
        print()
    of_batches = f", batch {', '.join(map(str, batches))}" if batches else ""
    report(f"{split} ({len(labels)} texts{of_batches})", whole)
    for lang, result in sorted(by_language.items()):
        report(f"{split} / {lang}", result)
    return whole


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=ROOT / "eval", help="folder of corpus/ and labels/"
    )
    parser.add_argument("--split", choices=SPLITS, action="append", help="default: dev")
    parser.add_argument("--direct", action="store_true", help="without Pelican (quicker)")
    parser.add_argument(
        "--batch", type=int, action="append", default=[], help="only this batch's texts"
    )
    parser.add_argument(
        "--scores-only",
        action="store_true",
        help="no misses: for the holdout split, which whoever works on the extractor never reads",
    )
    options = parser.parse_args(argv)
    scored = False
    for split in options.split or ["dev"]:
        result = evaluate_split(
            options.corpus.resolve(), split, options.direct, options.batch, options.scores_only
        )
        if result is None:
            print(f"No {split} split in {options.corpus}")
        scored = scored or result is not None
    return 0 if scored else 1


if __name__ == "__main__":
    sys.exit(main())
