"""What content may hold: an allow list of HTML, judged by nh3; metadata is plain text.

Pure Python (no Pelican import). A file's body HTML may use only the elements and
attributes that Markdown itself writes (with the extensions in pelicanconf.py) plus
a short list (`EXTRA_ELEMENTS`). The sanitizer nh3 decides what is allowed: the body
is cleaned with that allow list and whatever it would remove is an error, with a
message naming the element or attribute. The body is never published cleaned: an
editor sees exactly what to fix, and nothing changes behind their back.

What "was written" is read three ways, so that no parser can be fooled into seeing
less than a browser does: every `<name` in the raw HTML (a browser starts an element
only at `<` followed by a letter), Python's HTML parser (which also gives the text of
each tag, to find its line), and nh3's own parser (html5ever, the parser of a
browser), whose every attribute is recorded through `attribute_filter`.

Metadata fields (Title, Author, Category, Lang, …) are text: the theme escapes them
wherever it shows them, and any HTML element in one is an error. Fields Pelican
formats as Markdown (Summary) are also judged like the body. `Lang` must be one of
the site's languages, `Original_url` a plain https:// address.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

from .checks import Problem, find_line, parse_header

# What Markdown writes with the extensions the site uses (extra: abbr, attr_list,
# def_list, fenced_code, footnotes, md_in_html, tables; toc).
MARKDOWN_ELEMENTS = frozenset(
    {
        *(f"h{level}" for level in range(1, 7)),
        *("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "a", "img"),
        *("ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td"),
        *("div", "sup", "abbr"),
    }
)
# Text-level elements Markdown has no syntax for, allowed in raw HTML.
EXTRA_ELEMENTS = frozenset({"abbr", "kbd", "sub", "sup", "mark", "details", "summary"})
ALLOWED_ELEMENTS = MARKDOWN_ELEMENTS | EXTRA_ELEMENTS

ALLOWED_ATTRIBUTES = {
    "*": {"title", "lang"},  # lang: a quote in another language (WCAG 3.1.2)
    "a": {"href", "class"},
    "img": {"src", "alt"},
    **{f"h{level}": {"id"} for level in range(1, 7)},  # toc
    "li": {"id"},  # footnotes
    "sup": {"id"},
    "div": {"class"},
    "code": {"class"},
    "ol": {"start"},
    "th": {"align"},  # tables, with use_align_attribute (no style attribute anywhere)
    "td": {"align"},
    "details": {"open"},
}
# Classes Markdown writes. The theme gives meaning to its own classes (the help notice,
# key facts, the skip link): text that borrowed them could pass for the site's own parts.
ALLOWED_CLASSES = {
    "div": frozenset({"footnote", "toc"}),
    "a": frozenset({"footnote-ref", "footnote-backref"}),
}
_CODE_CLASS = re.compile(r"language-[\w+#.-]+")  # fenced code: ```python
# Ids the theme and the key-facts plugin put on every page: an id in the text that
# repeated one would take its links (the skip link's #main, a key fact's #fact-1).
THEME_IDS = frozenset(
    {"main", "help-notice-title", "key-facts-title", "learn-heading", "articles-heading"}
)
THEME_ID_PATTERN = re.compile(
    r"fact-\d+|key-fact-\d+-value|tier-history-\d+|facts-(?:tier|figure|observance)|tier-chart-.*"
)

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# nh3 drops an address with another scheme before its attribute_filter sees it: the
# recording pass lets these through, so that an address only a browser's parser finds
# (and Python's does not) is still seen.
_RECORDED_SCHEMES = URL_SCHEMES | {
    *("javascript", "vbscript", "data", "file", "blob", "filesystem", "ftp", "ws", "wss"),
    *("sms", "about", "intent", "jar", "view-source", "ms-msdt", "search-ms", "livescript"),
}
# Attributes whose address a browser fetches by itself, with no click.
LOADING_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background"})

# Why an element is refused, for the message; the rest get the general reason.
_ELEMENT_REASONS = [
    (
        ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math"),
        "it can run script or show another site inside this page",
    ),
    (("meta",), "it can send readers to another page without a click"),
    (
        ("form", "input", "button", "select", "textarea", "option", "label", "fieldset"),
        "it can collect what readers type and send it to another site",
    ),
    (("link", "base", "style"), "it can load files from another site or change the whole page"),
    (("noscript", "template", "xmp", "plaintext", "noembed", "noframes", "title"), ""),
]
_MARKDOWN_INSTEAD = {
    "b": "**bold**",
    "strong": "**bold**",
    "i": "*italic*",
    "em": "*italic*",
    "h1": "# Heading",
    "h2": "## Heading",
    "h3": "### Heading",
    "a": "[text](https://…)",
    "img": "![what it shows]({static}/images/name.jpg)",
}
ALLOWED_SUMMARY = (
    "raw HTML may use only what Markdown itself writes, plus <abbr>, <kbd>, <sub>, <sup>, "
    "<mark>, <details> and <summary>"
)

# Where the text of a field starts an element, as a browser would read it.
_ELEMENT_START = re.compile(r"<(/?)([A-Za-z][^\t\n\f\r />]*)")
_TEXT_MARKUP = re.compile(r"<[/!?]?[A-Za-z]")


@dataclass(frozen=True)
class Finding:
    """One thing in a piece of HTML that the allow list does not allow."""

    kind: str  # "element", "attribute", "address", "remote"
    tag: str
    attribute: str = ""
    value: str = ""
    source: str = ""  # the tag as written, when known: to find its line

    @property
    def key(self):
        return (self.kind, self.tag, self.attribute, self.value)


class _WrittenTags(HTMLParser):
    """Start tags as Python's parser reads them: (tag, [(name, value)], tag's text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str]], str]] = []

    def handle_starttag(self, tag, attrs):
        text = self.get_starttag_text() or ""
        self.tags.append((tag, [(name, value or "") for name, value in attrs], text))

    handle_startendtag = handle_starttag


def _name_shown(name: str) -> str:
    """An element's name for a message: `b` of `<b"`, as far as it reads as a name."""
    return re.match(r"[\w:-]*", name).group(0) or name[:20]


def _class_allowed(tag: str, value: str) -> bool:
    names = value.split()
    if tag == "code":
        return all(_CODE_CLASS.fullmatch(name) for name in names)
    allowed = ALLOWED_CLASSES.get(tag, frozenset())
    return all(name in allowed for name in names)


def _id_allowed(value: str) -> bool:
    return value not in THEME_IDS and not THEME_ID_PATTERN.fullmatch(value)


def _judge_attribute(tag: str, attribute: str, value: str) -> str | None:
    """nh3's attribute_filter: None removes the attribute (and so makes an error)."""
    if attribute == "class" and not _class_allowed(tag, value):
        return None
    if attribute == "id" and not _id_allowed(value):
        return None
    return value


class _Recorder:
    """An attribute_filter that keeps (and records) every attribute nh3's parser sees."""

    def __init__(self):
        self.seen: list[tuple[str, str, str]] = []

    def __call__(self, tag, attribute, value):
        self.seen.append((tag, attribute, value))
        return value


class _Judge(_Recorder):
    """The allow list's own attribute_filter, recording what it keeps."""

    def __call__(self, tag, attribute, value):
        kept = _judge_attribute(tag, attribute, value)
        if kept is not None:
            self.seen.append((tag, attribute, kept))
        return kept


def _normal(value: str) -> str:
    return html.unescape(value)


def _url_text(value: str) -> str:
    """An address as a browser reads it: unescaped, without spaces or control characters."""
    value = html.unescape(value)
    return "".join(ch for ch in value if ord(ch) > 0x20 and ord(ch) != 0x7F).replace("\\", "/")


def remote_host(value: str) -> str | None:
    """The other host an address loads from (`https://host/…`, `//host/…`), else None."""
    url = _url_text(value).lower()
    if url.startswith("//"):
        return urlsplit("https:" + url).hostname or url[2:]
    scheme = url.split(":", 1)[0] if ":" in url else ""
    if scheme in ("http", "https", "ftp", "ws", "wss"):
        return urlsplit(url).hostname or url
    return None


def find_disallowed(markup: str) -> list[Finding]:
    """Everything in `markup` that the allow list would remove, and every outside load."""
    findings: dict[tuple, Finding] = {}

    def add(finding: Finding):
        findings.setdefault(finding.key, finding)

    # 1. Every element a browser could see starts with "<name" in the text.
    for match in _ELEMENT_START.finditer(markup):
        name = match.group(2).lower()
        if name not in ALLOWED_ELEMENTS:
            # The tag as written, up to its end on that line: to find the line it is on.
            source = re.match(r"[^>\n]*>?", markup[match.start() :]).group(0)[:60]
            add(Finding("element", _name_shown(name), source=source))

    # 2. What nh3 keeps, with the attributes it keeps.
    judge = _Judge()
    cleaned = nh3.clean(
        markup,
        tags=set(ALLOWED_ELEMENTS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=judge,
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    kept = {(tag, name, _normal(value)) for tag, name, value in judge.seen}

    # 3. What was written: Python's reading, with each tag's text, and nh3's own reading.
    parser = _WrittenTags()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - a parser failure must not let markup through
        add(Finding("element", "?", source="<"))
    recorder = _Recorder()
    nh3.clean(
        markup,
        tags=set(ALLOWED_ELEMENTS),
        generic_attribute_prefixes={""},
        attribute_filter=recorder,
        url_schemes=set(_RECORDED_SCHEMES),
        link_rel=None,
    )
    written = [(tag, attrs, text) for tag, attrs, text in parser.tags]
    written += [(tag, [(name, value)], "") for tag, name, value in recorder.seen]

    removed_elements = Counter(tag for tag, _, _ in parser.tags) - Counter(
        tag for tag, _, _ in _tags_of(cleaned)
    )
    for tag, _, text in parser.tags:
        if tag in ALLOWED_ELEMENTS and removed_elements[tag] > 0:
            # An allowed element that a browser would drop: a table cell outside a table.
            add(Finding("misplaced", tag, source=text))

    for tag, attrs, text in written:
        if tag not in ALLOWED_ELEMENTS or removed_elements[tag] > 0:
            continue  # reported as an element
        for name, value in attrs:
            if name in LOADING_ATTRIBUTES and remote_host(value):
                add(Finding("remote", tag, name, value, text))
            elif (tag, name, _normal(value)) in kept:
                continue
            elif name in ALLOWED_ATTRIBUTES.get(tag, set()) | ALLOWED_ATTRIBUTES["*"]:
                kind = "address" if name in ("href", "src") else "attribute"
                add(Finding(kind, tag, name, value, text))
            else:
                add(Finding("attribute", tag, name, value, text))
    return list(findings.values())


def _tags_of(markup: str):
    parser = _WrittenTags()
    parser.feed(markup)
    parser.close()
    return parser.tags


# --- messages ---------------------------------------------------------------------


def _element_reason(name: str) -> str:
    for names, reason in _ELEMENT_REASONS:
        if name in names and reason:
            return f"{reason}; {ALLOWED_SUMMARY}"
    return ALLOWED_SUMMARY


def _attribute_reason(tag: str, name: str, value: str) -> str:
    if name.startswith("on"):
        return "which can run script in readers' browsers"
    if name == "style":
        return (
            "which can move or restyle text over the page (a fake notice over the help "
            "number, say); no text on this site carries its own style"
        )
    if name == "class":
        return (
            f"with a class (“{value[:40]}”) that Markdown does not write; the theme's own "
            "classes would make the text look like a part of the site (the help notice, a "
            "key fact)"
        )
    if name == "id":
        return (
            f"with the id “{value[:40]}”, which the site itself gives to a part of every "
            "page; links to that part would lead to the text instead"
        )
    return "which Markdown does not write; raw HTML may use only the attributes Markdown writes"


def describe(finding: Finding) -> tuple[str, str]:
    """(what is wrong, how to fix it) for one finding, in an editor's words."""
    tag, name, value = finding.tag, finding.attribute, finding.value
    if finding.kind == "element":
        what = (
            f"the text contains a raw HTML <{tag}> element, which this site does not "
            f"allow: {_element_reason(tag)}."
        )
        fix = f"delete the <{tag}> tag"
        if tag in _MARKDOWN_INSTEAD:
            fix += f" and write it in Markdown ({_MARKDOWN_INSTEAD[tag]})"
        fix += f". To show such code as text, put it between backticks: `<{tag}>`."
        return what, fix
    if finding.kind == "misplaced":
        return (
            f"the text has a <{tag}> tag where HTML does not allow it (a table cell outside "
            "a table, say), so browsers would each show it differently.",
            f"write that part in Markdown, or put the <{tag}> where it belongs.",
        )
    if finding.kind == "remote":
        host = remote_host(value)
        return (
            f"the <{tag}> tag loads “{value[:80]}” from another site ({host}): every reader's "
            "browser would contact that site, and this site never makes a request to another "
            "host.",
            "save the file in content/images/ and point to it there, e.g. "
            "![what it shows]({static}/images/name.jpg).",
        )
    if finding.kind == "address":
        scheme = _url_text(value).split(":", 1)[0].lower() if ":" in value else ""
        runs = " (it runs script)" if scheme in ("javascript", "vbscript") else ""
        return (
            f"the address “{value[:80]}” ({name}= on an <{tag}> tag) is not allowed{runs}: "
            "addresses may be https://, http://, mailto: or tel:, a page of this site "
            "({filename}…) or a #section.",
            "link to an ordinary web address (https://…) or to a file of this site.",
        )
    article = "an" if name[:1] in "aeiou" else "a"
    reason = _attribute_reason(tag, name, value)
    what = f"the <{tag}> tag has {article} “{name}=” attribute, {reason}."
    if name == "id" and tag in {f"h{level}" for level in range(1, 7)}:
        fix = (
            "a heading's id comes from its words: give it another one by adding "
            f"{{#{value[:20]}-text}} at the end of the heading line, or change its words."
        )
        return what, fix
    return what, f"delete {name}=… from the <{tag}> tag, or write that part in plain Markdown."


def _line_of(finding: Finding, text: str, start: int) -> int | None:
    needles = []
    if finding.source:
        needles.append(finding.source.splitlines()[0][:60])
    if finding.value:
        needles += [finding.value[:60], html.escape(finding.value, quote=False)[:60]]
    if finding.attribute:
        needles.append(finding.attribute + "=")
    needles.append("<" + finding.tag)
    for needle in needles:
        if needle:
            line = find_line(text, needle, start=start)
            if line is not None:
                return line
    return None


def check_body(path: str, body: str, text: str) -> list[Problem]:
    """The body HTML against the allow list: one problem per element or attribute."""
    start = parse_header(text).end_line + 1
    problems = []
    for finding in find_disallowed(body):
        what, fix = describe(finding)
        problems.append(Problem(path, what, fix, _line_of(finding, text, start)))
    return problems


# --- metadata ---------------------------------------------------------------------


def _unescapings(value: str) -> list[str]:
    """`value` and what it becomes unescaped once, twice, … (a template may unescape)."""
    seen = [value]
    while len(seen) < 5:
        following = html.unescape(seen[-1])
        if following == seen[-1]:
            break
        seen.append(following)
    return seen


def _strings(value) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else [value]
    found = []
    for item in items:
        if isinstance(item, str):
            found.append(item)
        elif hasattr(item, "name"):  # a Category, Tag or Author
            found.append(str(item.name))
    return found


def _line_of_value(text: str, strings: list[str]) -> int | None:
    """Where a field is written, for files with no Markdown header (reStructuredText)."""
    for string in strings:
        line = find_line(text, string[:60]) if string.strip() else None
        if line is not None:
            return line
    return None


def _markup_shown(markup: str) -> str:
    """The start of the markup found in a field, as the message shows it: `<meta>`."""
    element = _ELEMENT_START.match(markup)
    if element:
        return f"<{element.group(1)}{_name_shown(element.group(2))}>"
    return markup[:10]


def plain_https_url(value: str) -> bool:
    """An absolute https:// address with a host and nothing a browser would read otherwise."""
    if any(ord(ch) <= 0x20 or ord(ch) == 0x7F or ch in "\"'<>`\\" for ch in value):
        return False
    parts = urlsplit(value)
    return parts.scheme == "https" and bool(parts.hostname) and value.startswith("https://")


def check_metadata(
    path: str,
    metadata: Mapping[str, object],
    text: str,
    *,
    languages: Collection[str],
    formatted_fields: Iterable[str] = ("summary",),
) -> list[Problem]:
    """Every field is text (no HTML); Lang is a site language; Original_url is https://."""
    header = parse_header(text)
    formatted = {name.lower() for name in formatted_fields}
    problems = []
    for key, value in metadata.items():
        name = key.capitalize()
        given = header.first(key)
        line = given.line if given else _line_of_value(text, _strings(value))
        # The field as written, where the header has it: Pelican has already made a
        # formatted field (Summary) into HTML.
        written = [given.value] if given else _strings(value)
        if key in formatted and not given:
            written = []
        shown = next(
            (
                _markup_shown(variant[match.start() :])
                for string in written
                for variant in _unescapings(string)
                for match in [_TEXT_MARKUP.search(variant)]
                if match
            ),
            None,
        )
        if shown is not None:
            problems.append(
                Problem(
                    path,
                    f"the “{name}:” field contains HTML ({shown}…), but header fields are "
                    "plain text: the site shows them exactly as typed, and HTML there could "
                    "redirect readers, cover the page or run script.",
                    f"in the “{name}:” line, delete the HTML and write plain words.",
                    line,
                )
            )
            continue
        if key in formatted and isinstance(value, str):
            for finding in find_disallowed(value):
                what, fix = describe(finding)
                problems.append(Problem(path, f"in the “{name}:” field, {what}", fix, line))

    lang = metadata.get("lang")
    if lang is not None and str(lang) not in languages:
        given = header.first("lang")
        shown = given.value if given else str(lang)
        problems.append(
            Problem(
                path,
                f"“Lang: {shown[:40]}” is not one of the site's languages "
                f"({', '.join(languages)}).",
                f"write one of them, e.g. “Lang: {next(iter(languages), 'en')}”, or delete "
                "the line (the site's main language is then used).",
                given.line if given else None,
            )
        )

    original = metadata.get("original_url")
    if isinstance(original, str) and not plain_https_url(original):
        given = header.first("original_url")
        problems.append(
            Problem(
                path,
                f"“Original_url: {original[:80]}” is not a plain https:// address; readers "
                "follow it to the original text, so it must be an address of a secure site.",
                "write the full address as the browser shows it, starting with https:// "
                "(e.g. https://kz.usembassy.gov/…), with no spaces or quotes.",
                given.line if given else None,
            )
        )
    return problems


def check_markup(
    path: str,
    body: str,
    metadata: Mapping[str, object],
    text: str,
    *,
    languages: Collection[str],
    formatted_fields: Iterable[str] = ("summary",),
) -> list[Problem]:
    """The body against the allow list, and every metadata field as text."""
    return check_body(path, body, text) + check_metadata(
        path, metadata, text, languages=languages, formatted_fields=formatted_fields
    )
