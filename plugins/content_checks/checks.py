"""The checking core of content_checks: plain Python, no Pelican import.

Every check takes what a content file holds (its bytes, its text, the metadata
and HTML a reader made of it) and returns `Problem`s. Each problem names the
file, the line where it can, what is wrong and how to fix it, in words an
editor who is not a programmer can act on. `plugin.py` feeds these checks
from Pelican; the tests and `newpost.py` call them directly.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

ERROR = "error"
WARNING = "warning"

# Pelican's own pattern for {filename}, {static} and {attach} links.
INTRASITE_LINK_REGEX = "[{|](?P<what>.*?)[|}]"
LINK_KINDS = ("filename", "static", "attach")

ARTICLE_STATUSES = ("published", "draft", "hidden", "skip")
PAGE_STATUSES = ("published", "draft", "hidden", "skip")

# Header fields that must appear once: Pelican would drop all but one, or mix them up
# (its DUPLICATES_DEFINITIONS_ALLOWED, plus title and lang).
SINGLE_FIELDS = (
    "title",
    "date",
    "modified",
    "slug",
    "category",
    "tags",
    "author",
    "authors",
    "status",
    "lang",
    "save_as",
    "url",
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    path: str
    what: str
    fix: str
    line: int | None = None
    level: str = ERROR

    @property
    def where(self) -> str:
        return self.path if self.line is None else f"{self.path}, line {self.line}"

    def __str__(self) -> str:
        return f"{self.where}: {self.what} Fix: {self.fix}"


# --- bytes ------------------------------------------------------------------


def decode(path: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """The file's text, or None with the problem: empty, or not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start : error.start + 1].hex().upper()
        return None, [
            Problem(
                path,
                f"the file is not saved as UTF-8 text (byte 0x{byte} on this line cannot be "
                "read), so letters such as é, ü or “ ” would come out garbled.",
                "open the file in your editor, choose “Save as” (or “Reopen with "
                "encoding”), pick the encoding UTF-8 and save it again.",
                line,
            )
        ]
    if not text.strip():
        return None, [
            Problem(
                path,
                "the file is empty, so there is nothing to publish.",
                'write the post into it (start from `make newpost TITLE="…"`), or delete the file.',
            )
        ]
    return text, []


# --- the metadata header of a Markdown file -----------------------------------

_META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_CONTINUATION = re.compile(r"^[ ]{4,}(?P<value>.*)$")
_BEGIN = re.compile(r"^-{3}(\s.*)?$")
_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")


@dataclass
class Field:
    value: str
    line: int


@dataclass
class Header:
    """The `Key: value` lines at the top of a Markdown file, as Python-Markdown reads them."""

    fields: dict[str, list[Field]] = field(default_factory=dict)
    end_line: int = 0  # the last line of the header (0: there is none)

    def first(self, key: str) -> Field | None:
        found = self.fields.get(key)
        return found[0] if found else None


def parse_header(text: str) -> Header:
    """Read the header the way Markdown's `meta` extension does (one block at the top)."""
    header = Header()
    lines = text.splitlines()
    key = None
    start = 0
    if lines and _BEGIN.match(lines[0]):
        start = 1
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line.strip() or (number > 1 and _END.match(line)):
            break
        match = _META_LINE.match(line)
        if match:
            key = match.group("key").lower()
            header.fields.setdefault(key, []).append(Field(match.group("value").strip(), number))
        elif key and _CONTINUATION.match(line):
            header.fields[key][-1].value += " " + line.strip()
        else:
            break
        header.end_line = number
    return header


def find_line(text: str, needle: str, *, start: int = 1) -> int | None:
    """The number of the first line (from `start`) holding `needle`, ignoring case."""
    needle = needle.lower()
    for number, line in enumerate(text.splitlines(), start=1):
        if number >= start and needle in line.lower():
            return number
    return None


def _field_line(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*:", re.I)
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def check_header(
    path: str,
    text: str,
    kind: str,
    *,
    required: Collection[str] = ("title", "date"),
    date_from_elsewhere: bool = False,
    parse_date: Callable[[str], object] | None = None,
) -> list[Problem]:
    """Required fields, dates that parse, a known Status, no field given twice."""
    header = parse_header(text)
    problems = []
    for key in required:
        present = header.first(key)
        if present is not None and present.value:
            continue
        name = key.capitalize()
        if present is None and key == "date" and date_from_elsewhere:
            continue
        if present is not None:
            problems.append(
                Problem(
                    path,
                    f"the “{name}:” line is empty.",
                    f"write the {key} after “{name}:”," + _example(key) + ".",
                    present.line,
                )
            )
            continue
        elsewhere = _field_line(text, key)
        if elsewhere is not None:
            problems.append(
                Problem(
                    path,
                    f"“{name}:” on line {elsewhere} is not part of the header, so Pelican "
                    f"does not see it: the header is the block of “Key: value” lines that "
                    f"starts on line 1 and ends at the first empty line.",
                    f"move the “{name}:” line up into that block, with no empty line "
                    "before or inside the header.",
                    elsewhere,
                )
            )
            continue
        what = f"the {kind} has no {key}: there is no “{name}:” line in its header"
        if key == "date":
            what += " and its file name does not start with one (YYYY-MM-DD-…)"
        problems.append(
            Problem(path, what + ".", f"add a line{_example(key)} at the top of the file.", 1)
        )

    for key, fields in header.fields.items():
        if key in SINGLE_FIELDS and len(fields) > 1:
            lines = ", ".join(str(f.line) for f in fields)
            problems.append(
                Problem(
                    path,
                    f"“{key.capitalize()}:” is given {len(fields)} times (lines {lines}), "
                    "but a header field may appear only once.",
                    f"keep one “{key.capitalize()}:” line and delete the others"
                    + (
                        " (several values go on one line, separated by commas)."
                        if key in ("tags", "authors")
                        else "."
                    ),
                    fields[1].line,
                )
            )

    if parse_date is not None:
        for key in ("date", "modified"):
            given = header.first(key)
            if given is None or (not given.value and key in required):
                continue  # a missing or empty required field is reported above
            if not given.value:
                problems.append(
                    Problem(
                        path,
                        f"the “{key.capitalize()}:” line is empty.",
                        f"write the {key} after it,{_example(key)}, or delete the line.",
                        given.line,
                    )
                )
                continue
            try:
                parse_date(given.value.replace("_", " "))
            except (ValueError, TypeError, OverflowError):
                problems.append(
                    Problem(
                        path,
                        f"the {key} “{given.value}” is not a date Pelican can read.",
                        f"write it as YEAR-MONTH-DAY, e.g. “{key.capitalize()}: 2025-01-31” "
                        f"(a time may follow: “{key.capitalize()}: 2025-01-31 10:00”).",
                        given.line,
                    )
                )

    statuses = ARTICLE_STATUSES if kind == "article" else PAGE_STATUSES
    status = header.first("status")
    if status is not None and status.value.lower() not in statuses:
        guess = closest(status.value.lower(), statuses)
        problems.append(
            Problem(
                path,
                f"“Status: {status.value}” is not a status Pelican knows"
                + (f" (did you mean “{guess}”?)" if guess else "")
                + ", so the file would be left out.",
                "write “Status: draft” while you work on it and “Status: published” "
                "(or no Status line) to publish it.",
                status.line,
            )
        )
    return problems


def _example(key: str) -> str:
    return {
        "title": " such as “Title: Prevention Month 2025”",
        "date": " such as “Date: 2025-01-31”",
    }.get(key, f" “{key.capitalize()}: …”")


# --- tags -------------------------------------------------------------------


class _Tags(HTMLParser):
    """Collects start tags, and the text of comments and declarations."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.hidden: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag

    def handle_comment(self, data):
        self.hidden.append(data)

    def handle_decl(self, decl):
        self.hidden.append(decl)

    def unknown_decl(self, data):
        self.hidden.append(data)

    def handle_pi(self, data):
        self.hidden.append(data)


def start_tags(markup: str, *, _depth: int = 0) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every start tag in `markup`, with attribute values unescaped.

    Comments and declarations are read again as HTML: browsers end some of them
    earlier than Python's parser does, and what follows would be live markup.
    """
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    tags = [(tag, [(name, value or "") for name, value in attrs]) for tag, attrs in parser.tags]
    if _depth < 3:
        for hidden in parser.hidden:
            if "<" in hidden:
                tags.extend(start_tags(hidden, _depth=_depth + 1))
    return tags


# --- images and links ---------------------------------------------------------


def check_images(path: str, body: str, text: str) -> list[Problem]:
    """Every image needs alt text: what it shows, for readers who cannot see it."""
    problems = []
    try:
        tags = start_tags(body)
    except Exception:  # noqa: BLE001 - reported by markup.check_markup
        return []
    for tag, attrs in tags:
        if tag != "img":
            continue
        attributes = dict(attrs)
        if attributes.get("alt", "").strip():
            continue
        src = attributes.get("src", "")
        shown = src.rsplit("/", 1)[-1] or src or "an image"
        line = find_line(text, shown) if shown else None
        problems.append(
            Problem(
                path,
                f"the image “{shown}” has no alt text, so people who cannot see it "
                "(screen readers, slow connections) learn nothing from it.",
                "describe the image between the square brackets: "
                f"![what the image shows]({src or 'image.jpg'}).",
                line,
            )
        )
    return problems


def intrasite_links(markup: str, link_regex: str = INTRASITE_LINK_REGEX):
    """(kind, target) of every {filename}/{static}/{attach}-style link, as Pelican finds them."""
    pattern = re.compile(
        r"""
        (?P<markup><[^\>]+(?:href|src|poster|data|cite|formaction|action|content)\s*=\s*)
        (?P<quote>["\'])
        (?P<path>"""
        + link_regex
        + r"""(?P<value>.*?))
        (?P=quote)""",
        re.X,
    )
    for match in pattern.finditer(markup):
        yield match.group("what"), match.group("value"), match.group("path")


def check_links(
    path: str,
    relpath: str,
    body: str,
    text: str,
    known: Iterable[str],
    *,
    kinds: Iterable[str] = LINK_KINDS,
    link_regex: str = INTRASITE_LINK_REGEX,
    extra_markup: Iterable[str] = (),
) -> list[Problem]:
    """{filename} (and {static}, {attach}) links must name a file in the content folder."""
    known = set(known)
    kinds = set(kinds)
    problems = []
    here = posixpath.dirname(relpath)
    seen = set()
    for markup in (body, *extra_markup):
        for what, value, whole in intrasite_links(markup, link_regex):
            if what not in kinds or whole in seen:
                continue
            seen.add(whole)
            target = urlsplit(value).path
            candidates = {target, unquote(target), urlsplit(html.unescape(value)).path}
            resolved = set()
            for candidate in candidates:
                if candidate.startswith("/"):
                    resolved.add(posixpath.normpath(candidate[1:]))
                else:
                    resolved.add(posixpath.normpath(posixpath.join(here, candidate)))
            if resolved & known or not target:
                continue
            shown = html.unescape(whole)
            suggestion = closest_path(sorted(resolved)[0], known)
            problems.append(
                Problem(
                    path,
                    f"the link “{shown}” points to "
                    f"“{sorted(resolved)[0]}”, which is not in the content folder.",
                    (f"did you mean “{suggestion}”? Otherwise " if suggestion else "")
                    + "write the path from this file to the other one (e.g. "
                    "{filename}../pages/get-help.md), or from the content folder with a "
                    "leading slash ({filename}/pages/get-help.md).",
                    find_line(text, shown) or find_line(text, value),
                )
            )
    return problems


def closest_path(target: str, known: Iterable[str]) -> str | None:
    """The known path whose file name is nearest to the target's, if any is near."""
    name = posixpath.basename(target)
    best = None
    for candidate in sorted(known):
        distance = edit_distance(name.lower(), posixpath.basename(candidate).lower(), limit=3)
        if distance <= 2 and (best is None or distance < best[0]):
            best = (distance, candidate)
    return best[1] if best else None


# --- across files -------------------------------------------------------------


@dataclass
class Entry:
    """What the checks across files need to know about one file."""

    path: str
    kind: str  # "article" or "page"
    slug: str | None
    lang: str
    status: str = "published"
    category: str | None = None
    date: object = None
    text: str = ""


def check_duplicate_slugs(entries: Iterable[Entry]) -> list[Problem]:
    """Two files with one slug would be written to the same page: one would be lost."""
    groups: dict[tuple, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.slug:
            draft = entry.status == "draft"
            groups[(entry.kind, draft, entry.lang, entry.slug)].append(entry)
    problems = []
    for (kind, _draft, _lang, slug), group in groups.items():
        if len(group) < 2:
            continue
        for entry in group:
            others = ", ".join(e.path for e in group if e is not entry)
            line = _field_line(entry.text, "slug") or _field_line(entry.text, "title")
            problems.append(
                Problem(
                    entry.path,
                    f"this {kind} has the slug (web address) “{slug}”, and so does {others}: "
                    "both would be written to the same page and one would be lost.",
                    "give one of them its own title, or a line “Slug: another-name”.",
                    line,
                )
            )
    return problems


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Edits (insert, delete, replace, swap two neighbours) to turn a into b, capped at limit+1."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and previous2 is not None:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def similar(a: str, b: str, min_length: int = 4) -> str | None:
    """How two different spellings resemble each other: "case", "typo" or None."""
    if a == b:
        return None
    if a.casefold() == b.casefold():
        return "case"
    if min(len(a), len(b)) >= min_length and edit_distance(a.casefold(), b.casefold(), 1) == 1:
        return "typo"
    return None


def closest(word: str, choices: Iterable[str]) -> str | None:
    for choice in choices:
        if edit_distance(word, choice, 2) <= 2:
            return choice
    return None


def check_similar_categories(entries: Iterable[Entry]) -> list[Problem]:
    """A category one letter (or only capitals) away from an existing one is likely a typo."""
    uses: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.category:
            uses[entry.category].append(entry)
    counts = Counter({name: len(group) for name, group in uses.items()})
    problems = []
    names = sorted(uses)
    for index, a in enumerate(names):
        for b in names[index + 1 :]:
            how = similar(a, b)
            if how is None:
                continue
            # The spelling fewer files use is the odd one out; on a tie, the newest file's.
            if counts[a] != counts[b]:
                odd, usual = (a, b) if counts[a] < counts[b] else (b, a)
            else:
                newest = max(uses[a] + uses[b], key=lambda e: (str(e.date or ""), e.path))
                odd = newest.category
                usual = b if odd == a else a
            differs = "only in capital letters" if how == "case" else "by one letter"
            users = ", ".join(e.path for e in uses[usual][:3])
            for entry in uses[odd]:
                problems.append(
                    Problem(
                        entry.path,
                        f"the category “{odd}” differs {differs} from the existing category "
                        f"“{usual}” (used by {users}); the two would show up as separate "
                        "or mixed-up categories.",
                        f"write “Category: {usual}”. If you really mean a new category, give "
                        "it a name that is clearly different.",
                        _field_line(entry.text, "category"),
                        WARNING,
                    )
                )
    return problems
