"""Move a batch of newly written texts into the corpus, each into dev or holdout.

A new text is written as one file: the Pelican article, then a line ``%%LABELS%%`` and its
labels as JSON with one extra key, ``kind``. This script checks the batch, chooses the
split of each text before anyone runs an extractor on it, writes the article to
``eval/corpus/<split>/<lang>/<slug>.md``, its labels to ``eval/labels/<split>.json`` and its
kind, batch and split to ``eval/manifest.json``.

The split: the batch's slugs are sorted by (kind, slug) and cut into runs of three; in each
run ``random.Random(f"2026:{batch}")`` picks one text for holdout (a last run of one or two
texts gets a holdout text with probability 1/3 or 2/3). So about a third of every batch is
holdout, spread over its kinds, and a text, once placed, never moves.

Usage: python eval/tools/add_batch.py BATCH_NUMBER STAGING_DIR
"""

import json
import random
import sys
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent.parent
LABEL_MARK = "%%LABELS%%"


def read_staged(path):
    text = path.read_text(encoding="utf-8")
    article, marker, labels_json = text.partition("\n" + LABEL_MARK + "\n")
    if not marker:
        raise SystemExit(f"{path}: no {LABEL_MARK} line")
    labels = json.loads(labels_json)
    headers = dict(
        line.split(": ", 1) for line in article.split("\n\n", 1)[0].splitlines() if ": " in line
    )
    if headers.get("Slug") != path.stem:
        raise SystemExit(f"{path}: Slug header {headers.get('Slug')!r} is not the file name")
    return article.rstrip("\n") + "\n", headers, labels


def choose_holdout(keys, batch):
    rng = random.Random(f"2026:{batch}")
    holdout = set()
    for start in range(0, len(keys), 3):
        run = keys[start : start + 3]
        pick = rng.randrange(3)
        if pick < len(run):
            holdout.add(run[pick][1])
    return holdout


def main(batch, staging):
    manifest_path = EVAL_DIR / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    staged = {}
    for path in sorted(Path(staging).glob("*/*.md")):
        if path.stem in manifest:
            raise SystemExit(f"{path}: slug {path.stem} is already in the corpus")
        staged[path.stem] = read_staged(path)
    keys = sorted((labels["kind"], slug) for slug, (_, _, labels) in staged.items())
    holdout = choose_holdout(keys, batch)
    label_files = {}
    for split in ("dev", "holdout"):
        label_path = EVAL_DIR / "labels" / f"{split}.json"
        label_files[split] = json.loads(label_path.read_text()) if label_path.exists() else {}
    for slug, (article, headers, labels) in staged.items():
        split = "holdout" if slug in holdout else "dev"
        lang = headers["Lang"]
        kind = labels.pop("kind")
        target = EVAL_DIR / "corpus" / split / lang / f"{slug}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(article, encoding="utf-8")
        label_files[split][slug] = {"lang": lang, **labels}
        manifest[slug] = {"lang": lang, "kind": kind, "batch": batch, "split": split}
        print(f"{split:8} {lang} {kind:22} {slug}")
    for split, labels in label_files.items():
        path = EVAL_DIR / "labels" / f"{split}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        ordered = dict(sorted(labels.items()))
        path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    ordered_manifest = dict(sorted(manifest.items()))
    manifest_path.write_text(json.dumps(ordered_manifest, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
