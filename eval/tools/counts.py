"""Print the corpus's counts per split, language and kind, and its labels, as Markdown tables.

Usage: python eval/tools/counts.py
"""

import collections
import json
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent.parent


def main():
    manifest = json.loads((EVAL_DIR / "manifest.json").read_text(encoding="utf-8"))
    by_split_lang = collections.Counter((row["split"], row["lang"]) for row in manifest.values())
    by_kind = collections.Counter((row["kind"], row["split"]) for row in manifest.values())
    print("| split | en | ru | kk | all |\n| --- | --- | --- | --- | --- |")
    for split in ("dev", "holdout"):
        counts = [by_split_lang[(split, lang)] for lang in ("en", "ru", "kk")]
        print(f"| {split} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    print("\n| kind | dev | holdout |\n| --- | --- | --- |")
    for kind in sorted({row["kind"] for row in manifest.values()}):
        print(f"| {kind} | {by_kind[(kind, 'dev')]} | {by_kind[(kind, 'holdout')]} |")
    print("\n| split | texts | tiers | tiers with a year | figures | observances |")
    print("| --- | --- | --- | --- | --- | --- |")
    for split in ("dev", "holdout"):
        labels = json.loads((EVAL_DIR / "labels" / f"{split}.json").read_text(encoding="utf-8"))
        tiers = [tier for text in labels.values() for tier in text["tiers"]]
        dated = sum(tier["year"] is not None for tier in tiers)
        figures = sum(len(text["figures"]) for text in labels.values())
        observances = sum(len(text["observances"]) for text in labels.values())
        print(f"| {split} | {len(labels)} | {len(tiers)} | {dated} | {figures} | {observances} |")


if __name__ == "__main__":
    main()
