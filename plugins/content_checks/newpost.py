"""Start a new article: `make newpost TITLE="…" [CATEGORY=…]`.

    PYTHONPATH=plugins python -m content_checks.newpost --articles content/articles \\
        --title "Prevention Month 2025" [--category Messages]

Writes content/articles/YYYY-MM-DD-slug.md with today's date and Status: draft,
and never overwrites a file that is already there.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify as pelican_slugify

from .checks import NAME_MAX, decode, parse_header, similar

FALLBACK_CATEGORY = "Messages"

# Markdown drops `[//]: # (…)` lines: notes to the editor that never reach readers.
NOTES = (
    "Write the article below these notes, in Markdown: short paragraphs, a line starting "
    'with "## " for a heading, and a description for every image: '
    "![what the image shows]({static}/images/photo.jpg).",
    "Fill in Tags (comma-separated) and Summary (one or two sentences, shown in lists "
    "and search results). Preview with: make devserver",
    'To publish: change "Status: draft" above to "Status: published", or delete that '
    "line. Then run: make html",
)


def render(title: str, date: str, category: str) -> str:
    header = [
        f"Title: {title}",
        f"Date: {date}",
        f"Category: {category}",
        "Tags:",
        "Summary:",
        "Status: draft",
    ]
    notes = [f"[//]: # ({note})" for note in NOTES]
    return "\n".join(header) + "\n\n" + "\n".join(notes) + "\n\n"


def slugify(text: str, settings=DEFAULT_CONFIG) -> str:
    """The slug Pelican makes of a title."""
    return pelican_slugify(
        text,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def existing_categories(articles: Path) -> Counter:
    """How many articles use each category spelling."""
    counts = Counter()
    for path in sorted(articles.rglob("*.md")):
        text, problems = decode(str(path), path.read_bytes())
        if text is None:
            continue
        category = parse_header(text).first("category")
        if category is not None and category.value:
            counts[category.value] += 1
    return counts


def existing_slugs(articles: Path) -> dict[str, Path]:
    slugs = {}
    for path in sorted(articles.rglob("*.md")):
        text, problems = decode(str(path), path.read_bytes())
        if text is None:
            continue
        header = parse_header(text)
        slug = header.first("slug") or header.first("title")
        if slug is not None and slug.value:
            slugs[slugify(slug.value)] = path
    return slugs


def fail(message: str) -> int:
    print(f"make newpost: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start a new article as a draft.")
    parser.add_argument("--articles", default="content/articles", help="the articles folder")
    parser.add_argument("--title", default="", help="the article's title")
    parser.add_argument(
        "--category", default="", help="an existing category (default: the usual one)"
    )
    args = parser.parse_args(argv)

    title = " ".join(args.title.split())
    if not title:
        return fail('give the title: make newpost TITLE="Your title" (CATEGORY=… is optional).')
    slug = slugify(title)
    if not slug:
        return fail(f"the title “{title}” has no letters or digits to make a file name from.")

    date = datetime.date.today().isoformat()
    name_bytes = len(f"{date}-{slug}.md".encode())
    if name_bytes > NAME_MAX:
        return fail(
            f"the title is too long to become a file name ({name_bytes} bytes, at most "
            f"{NAME_MAX}). Give a shorter TITLE; the full title can go into the file after."
        )

    articles = Path(args.articles)
    if not articles.is_dir():
        return fail(f"there is no articles folder {articles}/.")
    counts = existing_categories(articles)
    category = " ".join(args.category.split())
    if not category:
        category = counts.most_common(1)[0][0] if counts else FALLBACK_CATEGORY
    else:
        for known in counts:
            how = similar(category, known)
            if how == "case":
                print(f"make newpost: using the existing spelling of the category, “{known}”.")
                category = known
                break
            if how == "typo":
                return fail(
                    f"CATEGORY={category} differs by one letter from the existing category "
                    f'“{known}”. Use CATEGORY="{known}", or a name that is clearly different.'
                )

    path = articles / f"{date}-{slug}.md"
    if path.exists():
        return fail(
            f"{path} already exists, and this command never overwrites a file. Edit that "
            "file, or choose another title."
        )
    same_slug = existing_slugs(articles).get(slug)
    if same_slug is not None:
        return fail(
            f"{same_slug} already has the web address “{slug}”. Choose another title, or "
            "edit that article."
        )
    text = render(title, date, category)
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        return fail(f"{path} already exists, and this command never overwrites a file.")
    print(f"Wrote {path} (a draft). Edit it, preview with `make devserver`, and publish it by")
    print('changing "Status: draft" to "Status: published".')
    return 0


if __name__ == "__main__":
    sys.exit(main())
