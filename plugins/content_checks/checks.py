"""The checking core of content_checks: plain Python, no Pelican import.

Every check takes what a content file holds (its bytes, its text, the metadata
and HTML a reader made of it) and returns `Problem`s. Each problem names the
file, the line where it can, what is wrong and how to fix it, in words an
editor who is not a programmer can act on. `plugin.py` feeds these checks
from Pelican; the tests and `newpost.py` call them directly.
"""

from __future__ import annotations

import datetime
import fnmatch
import html
import os
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
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
) -> list[Problem]:
    """Required fields, ISO dates, a known Status, no field given twice."""
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

    for key, name in (("save_as", "Save_as"), ("url", "URL")):
        given = header.first(key)
        if given is not None and not given.value:
            problems.append(
                Problem(
                    path,
                    f"the “{name}:” line is empty, so "
                    + (
                        "the file would not be written at all."
                        if key == "save_as"
                        else "every link to it would lead nowhere."
                    ),
                    "delete the line (the address then follows from the title), or write a "
                    f"file name ending in .html, such as “{name}: my-post.html”.",
                    given.line,
                )
            )

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
        refusal = date_refusal(given.value)
        if refusal is not None:
            what, fix = refusal
            problems.append(
                Problem(
                    path,
                    f"the {key} {what}",
                    fix.replace("Date:", f"{key.capitalize()}:"),
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


# --- dates --------------------------------------------------------------------

ISO_DATE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[ T](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Month names an editor may write: English (full or short) and Russian (as in "3 апреля").
_MONTH_NUMBERS = {
    **{name.lower(): number for number, name in enumerate(MONTHS, start=1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)},
    "sept": 9,
    **{
        name: number
        for number, names in enumerate(
            (
                ("январь", "января"),
                ("февраль", "февраля"),
                ("март", "марта"),
                ("апрель", "апреля"),
                ("май", "мая"),
                ("июнь", "июня"),
                ("июль", "июля"),
                ("август", "августа"),
                ("сентябрь", "сентября"),
                ("октябрь", "октября"),
                ("ноябрь", "ноября"),
                ("декабрь", "декабря"),
            ),
            start=1,
        )
        for name in names
    },
}
_TIME = r"(?:[ T,]+(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?))?"
# Day, month and year in that order with dots, slashes or dashes: 03.04.2024, 3/4/24.
_NUMERIC_DAY_FIRST = re.compile(
    r"(?P<a>\d{1,2})\s*(?P<sep>[./-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4}|\d{2})\.?"
    + _TIME
)
_NUMERIC_YEAR_FIRST = re.compile(
    r"(?P<year>\d{4})\s*[./-]\s*(?P<month>\d{1,2})\s*[./-]\s*(?P<day>\d{1,2})" + _TIME
)
# 2024-04-03T10:00+05:00: the site's TIMEZONE gives the zone, so the offset goes.
_ISO_WITH_ZONE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})[ T](?P<time>\d{2}:\d{2}(?::\d{2})?)"
    r"(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})"
)
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})")
_WORDS_DAY_FIRST = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})"
    r"(?:\s*(?:г\.?|года))?" + _TIME
)
_WORDS_MONTH_FIRST = re.compile(
    r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME
)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _iso(year: int, month: int, day: int, time: str | None = None) -> str:
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if time:
        parts = [int(part) for part in re.split(r"[:.]", time)]
        iso += " " + ":".join(f"{part:02d}" for part in parts)
    return iso


def _spoken(year: int, month: int, day: int) -> str:
    return f"{day} {MONTHS[month - 1]} {year}"


def date_readings(value: str) -> list[tuple[int, int, int, str | None]]:
    """The real dates (year, month, day, time) an editor may have meant by `value`.

    Dots, slashes and dashes are read day first, the usual order in Kazakhstan
    (03.04.2024 is 3 April); month first is the second reading when it is a date too.
    """
    value = " ".join(value.split())
    readings = []
    match = _ISO_WITH_ZONE.fullmatch(value)
    if match:
        year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
        readings.append((year, month, day, match.group("time")))
    match = _NUMERIC_YEAR_FIRST.fullmatch(value) or _COMPACT.fullmatch(value)
    if match:
        year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
        readings.append((year, month, day, match.groupdict().get("time")))
    match = _NUMERIC_DAY_FIRST.fullmatch(value)
    if match:
        a, b, year = int(match.group("a")), int(match.group("b")), match.group("year")
        year = int(year) + 2000 if len(year) == 2 else int(year)
        readings.append((year, b, a, match.group("time")))
        if a != b:
            readings.append((year, a, b, match.group("time")))
    for pattern in (_WORDS_DAY_FIRST, _WORDS_MONTH_FIRST):
        match = pattern.fullmatch(value)
        month = _MONTH_NUMBERS.get(match.group("month").lower()) if match else None
        if month:
            year, day = int(match.group("year")), int(match.group("day"))
            readings.append((year, month, day, match.group("time")))
    return [reading for reading in readings if _real_date(*reading[:3])]


EXAMPLE_DATE_FIX = (
    "write it as YEAR-MONTH-DAY, e.g. “Date: 2025-01-31” (a time may follow: "
    "“Date: 2025-01-31 10:00”)."
)


def date_refusal(value: str) -> tuple[str, str] | None:
    """None for an ISO date (2024-04-03, or 2024-04-03 10:00); else (what is wrong, fix).

    Only ISO dates are taken: Pelican would read 03.04.2024 month first, as 4 March,
    where an editor in Kazakhstan means 3 April.
    """
    value = value.strip()
    iso = ISO_DATE.fullmatch(value)
    if iso:
        year, month, day = (int(iso.group(k)) for k in ("year", "month", "day"))
        hour, minute = int(iso.group("hour") or 0), int(iso.group("minute") or 0)
        second = int(iso.group("second") or 0)
        if not _real_date(year, month, day):
            return (
                f"“{value}” is not a real day (there is no day {day} in month {month} of {year}).",
                "write a day that exists, as YEAR-MONTH-DAY, e.g. “Date: 2025-01-31”.",
            )
        if hour > 23 or minute > 59 or second > 59:
            return (
                f"“{value}” has a time that does not exist.",
                "write the time as HOUR:MINUTE from 00:00 to 23:59, e.g. "
                "“Date: 2025-01-31 10:00”, or leave the time out.",
            )
        return None
    readings = date_readings(value)
    if _ISO_WITH_ZONE.fullmatch(value) and readings:
        return (
            f"“{value}” gives a time zone: this site's dates are all in its own time zone.",
            f"write “Date: {_iso(*readings[0])}”, without the zone.",
        )
    if len(readings) > 1:
        first, second = readings[0], readings[1]
        return (
            f"“{value}” is ambiguous: it may be {_spoken(*first[:3])} or {_spoken(*second[:3])}.",
            f"write “Date: {_iso(*first)}” for {_spoken(*first[:3])}, or "
            f"“Date: {_iso(*second)}” for {_spoken(*second[:3])} (YEAR-MONTH-DAY).",
        )
    if readings:
        only = readings[0]
        return (
            f"“{value}” is not written YEAR-MONTH-DAY, the only form this site takes.",
            f"write “Date: {_iso(*only)}” for {_spoken(*only[:3])}.",
        )
    return f"“{value}” is not a date this site can read.", EXAMPLE_DATE_FIX


_FILE_NAME_DATE = re.compile(r"(?P<date>\d{1,4}[./_-]\d{1,2}[./_-]\d{1,4}|\d{8})(?=[-_ .]|$)")


def check_file_name_date(path: str, name: str) -> list[Problem]:
    """A file name that starts with a date not written YEAR-MONTH-DAY (03.04.2024-news.md)."""
    stem = name.rsplit(".", 1)[0]
    match = _FILE_NAME_DATE.match(stem)
    if not match:
        return []
    written = match.group("date")
    refusal = date_refusal(written)
    if refusal is None:
        return []
    if "_" in written:
        refusal = date_refusal(written.replace("_", "-")) or (
            f"“{written}” is not written YEAR-MONTH-DAY with dashes.",
            "",
        )
    what, fix = refusal
    rest = stem[match.end() :].lstrip("-_ .") or "title"
    suffix = name[len(stem) :]
    readings = date_readings(written.replace("_", "-"))
    if readings:
        names = " or ".join(f"“{_iso(*r[:3])}-{rest}{suffix}”" for r in readings[:2])
        fix = f"rename the file to {names} (YEAR-MONTH-DAY at the start)."
    else:
        fix = "start the file name with YEAR-MONTH-DAY (e.g. 2025-01-31-…), or with no date."
    return [Problem(path, f"the date at the start of the file name, {what}", fix)]


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
    found: list | None = None,
) -> list[Problem]:
    """{filename} (and {static}, {attach}) links must name a file in the content folder.

    `found`, if given, gets (target, link as written, line) for every link that resolves.
    """
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
                if found is not None and resolved & known:
                    shown = html.unescape(whole)
                    line = find_line(text, shown) or find_line(text, value)
                    found.append((sorted(resolved & known)[0], shown, line))
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
    save_as: str = ""  # where the file is written, in the output folder ("" for nowhere)
    url: str = ""  # where links to it point
    given: tuple[str, ...] = ()  # which of "save_as", "url" its header sets itself
    unnamed: tuple[tuple[str, str], ...] = ()  # (field, value) with no letters for an address
    relpath: str = ""  # in the content folder
    links: tuple[tuple[str, str, int | None], ...] = ()  # (target relpath, link, line)


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


# --- addresses ------------------------------------------------------------------

# The longest file name most file systems take, in bytes.
NAME_MAX = 255


def site_path(address: str, *, is_url: bool = False) -> str | None:
    """Where `address` lands in the output folder, as a clean relative path; None if outside.

    A Save_as is a path in the output folder (one starting with / is a path on the
    build machine); a URL may start with / for the site's root, but names no other host.
    """
    if is_url:
        parts = urlsplit(address)
        if parts.scheme or parts.netloc:
            return None
        address = unquote(parts.path).lstrip("/")
    if not address or address.startswith("/") or "\\" in address or "\0" in address:
        return None
    clean = posixpath.normpath(address)
    if clean == ".." or clean.startswith("../"):
        return None
    return clean


_FIELD_NAMES = {"save_as": "Save_as", "url": "URL"}


def check_addresses(
    entries: Iterable[Entry],
    reserved: Mapping[str, str],
    reserved_folders: Mapping[str, str] | None = None,
) -> list[Problem]:
    """No file may be written outside the site, over the site's own pages, or over another file.

    `reserved`: output path -> what the site writes there ("the home page");
    `reserved_folders`: folder -> what it holds ("the theme's files"). Compared without
    regard to capitals, since the site may be copied onto a file system that ignores them.
    """
    problems = []
    taken: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    exact = {path.casefold(): what for path, what in reserved.items()}
    folders = {
        folder.strip("/").casefold() + "/": what
        for folder, what in (reserved_folders or {}).items()
    }
    for entry in entries:
        line_of = {key: _field_line(entry.text, key) for key in ("save_as", "url")}
        for field_name, value in entry.unnamed:
            problems.append(
                Problem(
                    entry.path,
                    f"the {field_name.removesuffix('s')} “{value}” has no letters or digits, "
                    "so it gives no "
                    "web address (it would be written to a hidden file named “.html”).",
                    "use a name with letters in it"
                    + ("" if field_name != "title" else ", or add a line “Slug: some-words”")
                    + ".",
                    _field_line(entry.text, field_name) or 1,
                )
            )
        for key, value in (("save_as", entry.save_as), ("url", entry.url)):
            if not value or (key == "url" and "url" not in entry.given):
                continue
            given = key in entry.given
            name = _FIELD_NAMES[key]
            slug_line = _field_line(entry.text, "slug")
            if given:
                how = f"its “{name}: {value}” line"
            elif slug_line:
                how = f"the address made from its “Slug: {entry.slug}” line"
            else:
                how = "the address made from its title"
            fix_given = (
                f"delete the “{name}:” line (the address then follows from the title), "
                f"or write a new file name ending in .html, such as “{name}: my-post.html”."
            )
            line = line_of[key] if given else slug_line or _field_line(entry.text, "title")
            path = site_path(value, is_url=key == "url")
            if path is None:
                problems.append(
                    Problem(
                        entry.path,
                        f"{how} points outside the site's output folder; the site may "
                        "only write its own pages.",
                        fix_given,
                        line,
                    )
                )
                continue
            long_part = max(path.split("/"), key=lambda part: len(part.encode()))
            if key == "save_as" and len(long_part.encode()) > NAME_MAX:
                problems.append(
                    Problem(
                        entry.path,
                        f"{how} gives a file name of {len(long_part.encode())} bytes, longer "
                        f"than a file name can be ({NAME_MAX}).",
                        "add a shorter “Slug: a-few-words” line (or shorten the title).",
                        line,
                    )
                )
                continue
            folder = next((f for f in folders if path.casefold().startswith(f)), None)
            owner = exact.get(path.casefold()) or (folders[folder] if folder else None)
            if owner is not None:
                problems.append(
                    Problem(
                        entry.path,
                        f"{how} points at “{path}”, where the site writes {owner}: this "
                        "file would replace it.",
                        fix_given
                        if given
                        else "write another name in the “Slug:” line."
                        if slug_line
                        else "add a line “Slug: another-name”.",
                        line,
                    )
                )
                continue
            if given and (
                any(part.startswith(".") for part in path.split("/")) or not path.endswith(".html")
            ):
                problems.append(
                    Problem(
                        entry.path,
                        f"{how} does not name a page: an address must be a file name "
                        "ending in .html, and no part of it may start with a dot.",
                        fix_given,
                        line,
                    )
                )
                continue
            taken[path.casefold()].append((entry, how))

    for path, users in taken.items():
        files = {entry.path for entry, _ in users}
        if len(files) < 2:
            continue
        same_slug = {(e.kind, e.lang, e.slug) for e, _ in users}
        if len(same_slug) == 1 and not any(e.given for e, _ in users):
            continue  # the same slug: check_duplicate_slugs reports it
        for entry, how in users:
            others = ", ".join(sorted(files - {entry.path}))
            if not others:
                continue
            problems.append(
                Problem(
                    entry.path,
                    f"{how} gives the address “{path}”, and so does {others}: one file "
                    "would replace the other on the site.",
                    "give one of them another address: change its “Save_as:”/“URL:” line, "
                    "or delete it and let the address follow from the title.",
                    _field_line(entry.text, "save_as")
                    or _field_line(entry.text, "url")
                    or _field_line(entry.text, "title"),
                )
            )
    return problems


# --- the content folder itself ---------------------------------------------------

_WORD_FILES = ("doc", "docx", "odt", "rtf", "pages", "pdf")
_OTHER_MARKUP = ("rst", "rest", "html", "htm", "txt", "text")


def _under(relpath: str, folders: Iterable[str]) -> bool:
    return any(
        not folder or relpath == folder or relpath.startswith(folder.rstrip("/") + "/")
        for folder in folders
    )


def scan_content(
    root: str,
    *,
    text_paths: Iterable[str],
    static_paths: Iterable[str],
    extensions: Collection[str],
    ignore: Iterable[str] = (),
    shown_root: str | None = None,
) -> tuple[list[Problem], set[str]]:
    """Links that lead out of the content folder, and files no reader will read.

    Returns the problems and the paths (relative to `root`, with /) that must not be
    read at all: links that lead outside (a link to any file on the build machine would
    otherwise be published) and links that lead nowhere. `text_paths` are the article and
    page folders, `extensions` what their readers read; `shown_root` is how messages name
    `root` (by default, as given).
    """
    shown_root = root if shown_root is None else shown_root
    text_paths, static_paths = list(text_paths), list(static_paths)
    ignore = list(ignore)
    real_root = os.path.realpath(root)
    problems, refused = [], set()
    for folder, dirs, files in os.walk(root):
        for name in sorted(dirs) + sorted(files):
            full = os.path.join(folder, name)
            relpath = os.path.relpath(full, root).replace(os.sep, "/")
            shown = posixpath.join(shown_root, relpath)
            if any(fnmatch.fnmatch(name, pattern) for pattern in ignore):
                if name in dirs:
                    dirs.remove(name)
                continue
            if not os.path.islink(full):
                continue
            if name in dirs:
                dirs.remove(name)  # its files are the link's: none is read from here
            real = os.path.realpath(full)
            kind = "folder" if os.path.isdir(full) else "file"
            if not os.path.exists(full):
                what = "this is a link (symlink) to a file that does not exist."
            elif os.path.commonpath([real, real_root]) != real_root:
                what = (
                    f"this is a link (symlink) to a {kind} outside the content folder; nothing "
                    "from outside the content folder is published."
                )
            else:
                continue
            refused.add(relpath)
            problems.append(
                Problem(
                    shown,
                    what,
                    f"delete the link and put a copy of the {kind} itself into the content "
                    "folder, if it belongs on the site.",
                )
            )
        for name in sorted(files):
            full = os.path.join(folder, name)
            relpath = os.path.relpath(full, root).replace(os.sep, "/")
            if relpath in refused or any(fnmatch.fnmatch(name, p) for p in ignore):
                continue  # refused above, or a file Pelican ignores (IGNORE_FILES)
            if _under(relpath, static_paths):
                problem = _unsafe_static(posixpath.join(shown_root, relpath), name)
                if problem is not None:
                    problems.append(problem)
                continue
            if name.startswith("."):
                continue
            shown = posixpath.join(shown_root, relpath)
            problem = _unread(shown, name, _under(relpath, text_paths), extensions)
            if problem is not None:
                problems.append(problem)
    return problems, refused


# Files a browser runs as a page or a script, or a web server as its settings: copied
# from content/images/ as they are, they would bypass every check of the posts.
ACTIVE_SUFFIXES = (
    "html",
    "htm",
    "xhtml",
    "shtml",
    "svg",
    "svgz",
    "xml",
    "xsl",
    "js",
    "mjs",
    "swf",
    "php",
)


def _unsafe_static(shown: str, name: str) -> Problem | None:
    """A file in a static folder (content/images/) that must not be published as it is."""
    suffix = name.rpartition(".")[2].lower() if "." in name else ""
    if name.startswith("."):
        return Problem(
            shown,
            "this hidden file would be published as it is (a web server may read one, "
            "such as .htaccess, as its settings).",
            "delete it.",
            level=WARNING,
        )
    if suffix in ACTIVE_SUFFIXES:
        return Problem(
            shown,
            f"this “.{suffix}” file would be published as it is, and a browser runs it as a "
            "page or a script, with none of the checks a post gets.",
            "save pictures as PNG, JPEG or WebP (an SVG drawing as PNG); put text into a post.",
        )
    return None


def _unread(shown: str, name: str, in_text_folder: bool, extensions: Collection[str]):
    """Why no reader will read this file, and what to do; None if one will."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if in_text_folder and suffix in extensions:
        return None
    if name.endswith(("~", ".bak", ".swp", ".tmp")) or name.startswith("~$"):
        what, fix = "is a backup or temporary copy that an editor program left.", "delete it."
    elif not in_text_folder and suffix.lower() in extensions:
        what = "is outside the articles and pages folders, so it is not published."
        fix = "move it into content/articles/ (a post) or content/pages/ (a page)."
    elif suffix.lower() in extensions:
        what = f"ends in “.{suffix}”, which is not read (only small letters are)."
        fix = f"rename it to “{stem}.{suffix.lower()}”."
    elif suffix.lower() in _WORD_FILES:
        what = "is a word-processor file, which the site does not read."
        fix = "copy its text into a Markdown file (.md) in content/articles/ and delete this one."
    elif suffix.lower() in _OTHER_MARKUP:
        what = f"is a “.{suffix}” file; this site reads only Markdown files (.md)."
        fix = f"if it is a post in Markdown, rename it to “{stem}.md”; otherwise delete it."
    else:
        what = "is not a post, a page or an image in content/images/, so it is not published."
        fix = "move an image into content/images/; delete anything else."
    return Problem(shown, f"this file {what}", fix, level=WARNING)


def check_drafts_stay_private(entries: Iterable[Entry]) -> list[Problem]:
    """A draft with its own Save_as or URL would be written there, draft or not."""
    problems = []
    for entry in entries:
        if entry.status != "draft" or not entry.given:
            continue
        name = _FIELD_NAMES[entry.given[0]]
        problems.append(
            Problem(
                entry.path,
                f"this draft has its own “{name}:” line, so it would be published at that "
                "address although it is a draft.",
                f"delete the “{name}:” line while the file is a draft (`make devserver` "
                "shows drafts), and put it back when you publish it.",
                _field_line(entry.text, entry.given[0]),
            )
        )
    return problems


def check_links_to_drafts(entries: Iterable[Entry]) -> list[Problem]:
    """A published file that links to a draft would link to a page that is not there."""
    entries = list(entries)
    drafts = {e.relpath: e for e in entries if e.status == "draft"}
    problems = []
    for entry in entries:
        if entry.status == "draft":
            continue
        for target, link, line in entry.links:
            if target in drafts:
                problems.append(
                    Problem(
                        entry.path,
                        f"the link “{link}” points to {drafts[target].path}, which is a draft: "
                        "drafts are not published, so the link would lead nowhere.",
                        "publish that file first (“Status: published”), or remove the link "
                        "until it is.",
                        line,
                    )
                )
    return problems
