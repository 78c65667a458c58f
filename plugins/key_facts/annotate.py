"""Find key facts in an article's HTML, mark the sentences they come from, name their sources.

No Pelican here: HTML in, facts and HTML out, so it is easy to test on its own.

The HTML is parsed once, with lxml (libxml2's HTML parser), into a tree: Beautiful Soup's
costs ten times as much, more than the extraction itself, in every article of every build.
The text of its blocks (paragraphs, list items, cells, headings…) goes to the extraction
core as a list, so a sentence never crosses a block and each one can be found again in the
tree.
Footnote references (`<sup><a class="footnote-ref">9</a></sup>`) are left out of that
text, so that "in 2019.9" reads "in 2019."; each one, and each link, is kept with its
place in the text, to name the source of the facts of its sentence.
"""

import inspect
import re
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from urllib.parse import urlsplit

from lxml.etree import Element, HTMLParser, fromstring, tostring
from markupsafe import Markup, escape

from .core import (
    BLOCK_BREAK,
    KINDS,
    SPACING_REPLACEMENTS,
    Fact,
    extract_block_facts,
    normalise_text,
)

# Elements whose text forms sentences; a sentence never crosses one of them. Text
# belongs to the innermost one that holds it.
TEXT_BLOCKS = frozenset(
    "p li dd dt td th figcaption caption h1 h2 h3 h4 h5 h6 blockquote pre".split()
)
# Text that is not prose, and the list of sources under a page. Code blocks are read:
# a statement pasted with indented paragraphs becomes one in Markdown.
SKIPPED_ELEMENTS = frozenset("script style svg math template textarea".split())
FOOTNOTES_CLASS = "footnote"
FOOTNOTE_REF_CLASS = "footnote-ref"
SOURCE_CLASS = "key-fact-source"
MANUAL_CLASS = "key-fact-manual"
SKIPPED_CLASSES = frozenset({FOOTNOTES_CLASS, MANUAL_CLASS})
ANCHOR_PREFIX = "fact-"
MANUAL_MARK = "[!FACT]"
# A statement falls back to its sentence, cut to this many words like the core's.
STATEMENT_WORDS = 25


# The core takes the file's language once it is written for more than English: a core
# that does not, reads English.
_CORE_TAKES_LANG = "lang" in inspect.signature(extract_block_facts).parameters

# Something worth reading: a digit, a tier, a named day or month, a number word or a
# hand-written fact. Substring tests, cheaper than parsing a file with nothing to find.
_DIGIT = re.compile(r"[0-9]")
_CUE_WORDS = (
    "tier", "special case", "day", "month", "[!fact]", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "dozen", "million", "billion",
)  # fmt: skip


# Characters that lxml keeps in a tree it parses but refuses in text set on one: HTML
# forbids them too, and a sentence or quote that holds one is left unmarked.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# libxml2's parser, with lxml's plain elements: lxml.html's own element classes cost
# as much again as the parse.
_PARSER = HTMLParser()


def parse_fragment(html):
    """The <body> element of a document made of `html`."""
    return fromstring(f"<html><body>{html}</body></html>", _PARSER).find("body")


def write_fragment(body):
    """The HTML inside `body`, as lxml writes HTML."""
    return tostring(body, encoding="unicode", method="html")[len("<body>") : -len("</body>")]


# "</body" or "</html" in any case: no other character lower-cases to these letters. A pattern
# that opens with "</" is found at C speed, where lower-casing the page costs more.
_DOCUMENT_END = re.compile(r"</(?:[bB][oO][dD][yY]|[hH][tT][mM][lL])")


def parses_whole(html):
    """False for HTML that a fragment parser would not keep whole: a NUL (libxml2 turns
    it into U+FFFD), or the end of the document itself (what follows would be lost)."""
    if "\x00" in html:
        return False
    return _DOCUMENT_END.search(html) is None


def worth_reading(text):
    if _DIGIT.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _CUE_WORDS)


def is_external(href):
    return bool(href) and href.lower().startswith(("http://", "https://"))


def source_name(url, original_url=None, publisher=None):
    """What the callout calls a source: the article's publisher for its own original,
    else the host name ("kz.usembassy.gov")."""
    if not url:
        return None
    if publisher and original_url and url == original_url:
        return str(publisher)
    try:
        host = urlsplit(url).hostname or url
    except ValueError:  # not a web address Python can read ("http://[x"): shown as written
        return url
    return host.removeprefix("www.")


@dataclass(frozen=True)
class MarkedFact(Fact):
    """A fact with the anchor of its sentence in the article's HTML and its source."""

    statement: str | None = None
    anchor: str = ""
    manual: bool = False
    source: str | None = None
    source_name: str | None = None
    lang: str | None = None

    @classmethod
    def from_fact(cls, fact: Fact, **extra) -> "MarkedFact":
        """`fact` with `extra` fields; its statement, when the core gives none, is its
        sentence (cut to STATEMENT_WORDS words)."""
        values = vars(fact) if hasattr(fact, "__dict__") else _values(fact)
        if not values.get("statement"):
            extra.setdefault("statement", _cut(fact.sentence, fact.text))
        # Copied as they are: the frozen dataclass's __init__ would set each field
        # through object.__setattr__, for every fact of every article.
        marked = cls.__new__(cls)
        marked.__dict__.update({**_DEFAULTS, **values, **extra})
        return marked

    def record(self) -> dict:
        """The fact's own fields in facts.json, where its article's come first."""
        return {
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "country": self.country,
            "year": self.year,
            "month": self.month,
            "text": self.text,
            "sentence": self.sentence,
            "anchor": self.anchor,
            "statement": self.statement,
            "source": self.source,
            "lang": self.lang,
            "previous": self.previous,
        }

    @property
    def label(self) -> str:
        """The fact in a few words: a figure as written, else its value."""
        if self.kind == "figure":
            return self.text[:1].upper() + self.text[1:]
        return str(self.value)

    @property
    def data_attributes(self) -> Markup:
        """The callout's data-fact-* attributes, as markup."""
        markup = f' data-fact-kind="{escape(self.kind)}" data-fact-value="{escape(self.value)}"'
        for name in ("unit", "qualifier", "country", "year", "month"):
            value = getattr(self, name)
            if value:
                markup += f' data-fact-{name}="{escape(value)}"'
        return Markup(markup)

    @property
    def place(self) -> str:
        """Where and when a tier holds: "Kazakhstan, 2019"."""
        return ", ".join(str(part) for part in (self.country, self.year) if part)


_DEFAULTS = {f.name: f.default for f in fields(MarkedFact)}


def _cut(sentence, text=""):
    """At most STATEMENT_WORDS words of `sentence` around `text`, from a clause's start
    where one is near, with "…" where cut: what a core that gives no statement shows."""
    words = sentence.split()
    if len(words) <= STATEMENT_WORDS:
        return sentence
    position = sentence.find(text) if text else -1
    first = len(sentence[:position].split()) if position > 0 else 0
    length = len(text.split())
    start = max(0, min(first - (STATEMENT_WORDS - length) // 2, len(words) - STATEMENT_WORDS))
    # Begin after a comma or semicolon between there and the fact, if there is one.
    for index in range(start, first):
        if words[index].endswith((",", ";")):
            start = index + 1
            break
    end = min(len(words), start + STATEMENT_WORDS)
    cut = " ".join(words[start:end])
    return ("\u2026" if start else "") + cut + ("\u2026" if end < len(words) else "")


@dataclass
class Annotated:
    html: str
    facts: list[MarkedFact] = field(default_factory=list)
    changed: bool = False


def annotate(html, title="", date=None, kinds=KINDS, lang="en", original_url=None, publisher=None):
    """Return the facts of `html` and the HTML with an anchor on each source sentence.

    Each fact's source is the first footnote (its first web link) or web link of its
    sentence, else of its block, else `original_url`, named by `publisher` when it is
    `original_url` itself."""
    if not html or not worth_reading(html) or not parses_whole(html):
        return Annotated(html)
    document = _Document(html)
    facts = list(document.manual)  # (fact, anchor, the hrefs that may name its source)
    if kinds and document.blocks:
        texts = [block.text for block in document.blocks]
        arguments = {"title": title, "date": date, "kinds": kinds}
        if _CORE_TAKES_LANG:
            arguments["lang"] = lang
        for fact, block, start in document.locate(extract_block_facts(texts, **arguments)):
            end = start + len(fact.sentence)
            anchor = document.anchor_sentence(block, start, end)
            hrefs = block.hrefs_between(start, end) + block.hrefs_between(0, block.length)
            facts.append((fact, anchor, hrefs, block.written(start, end)))
    if not facts:
        return Annotated(html)
    marked = []
    for fact, anchor, hrefs, *written in facts:
        source = next(filter(None, map(document.resolve, hrefs)), None) or original_url or None
        name = source_name(source, original_url, publisher)
        fact = MarkedFact.from_fact(fact, anchor=anchor, source=source, source_name=name, lang=lang)
        if written and written[0] != fact.sentence:
            fact = _with_text_as_written(fact, written[0])
        marked.append(fact)
    return Annotated(document.render(), marked, changed=True)


def _with_text_as_written(fact, written):
    """`fact` with its sentence, statement and text as the article writes them."""
    sentence = fact.sentence
    fact.__dict__.update(
        sentence=written,
        statement=_as_written_in(fact.statement, sentence, written),
        text=_as_written_in(fact.text, sentence, written),
    )
    return fact


def _values(fact):
    return {f.name: getattr(fact, f.name) for f in fields(fact)}


TEXT, TAIL = "text", "tail"


@dataclass
class _Piece:
    """A run of text of a block: the `text` of `owner`, or its `tail` (the text after it,
    inside its parent), with where its normalised text starts in the block's text."""

    owner: object  # an lxml element
    where: str  # TEXT or TAIL
    start: int
    length: int

    @property
    def raw(self):
        return getattr(self.owner, self.where) or ""

    @raw.setter
    def raw(self, value):
        setattr(self.owner, self.where, value)

    @property
    def parent(self):
        return self.owner if self.where == TEXT else self.owner.getparent()

    def raw_offset(self, offset):
        """Where, in the raw text, character `offset` of the normalised text is."""
        raw = self.raw
        # Normalising maps characters one to one or drops them: the same length, the
        # same places.
        if len(raw) == self.length:
            return offset
        return _raw_offset(raw, offset)


@dataclass
class _Block:
    element: object  # the lxml element
    number: int = 0
    pieces: list[_Piece] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    length: int = 0
    # (offset in the block's text, href or "#fn:…"): footnote references and web links.
    references: list[tuple[int, str]] = field(default_factory=list)
    text: str = ""
    starts: list[int] = field(default_factory=list)

    def add_text(self, owner, where, raw):
        text = normalise_text(raw)
        # A line break inside a paragraph is only a space on the page; the core would
        # end a sentence there.
        if "\n" in text:
            text = text.replace("\n", " ")
        self.pieces.append(_Piece(owner, where, self.length, len(text)))
        self.parts.append(text)
        self.length += len(text)

    def hrefs_between(self, start, end):
        return [href for offset, href in self.references if start <= offset <= end]

    def written(self, start, end):
        """The block's text from `start` to `end` as the article writes it: the core reads
        it normalised (ё as е, «» as quotes), facts.json and the boxes show it as written."""
        parts = []
        for piece, text in zip(self.pieces, self.parts, strict=True):
            if piece.start + piece.length <= start or piece.start >= end:
                continue
            written = _as_written(piece.raw, text)
            parts.append(written[max(0, start - piece.start) : end - piece.start])
        return "".join(parts)


class _Document:
    """The parsed HTML, its text blocks, and the anchors put on its sentences."""

    def __init__(self, html):
        self.root = parse_fragment(html)
        self.blocks = []
        self.manual = []  # (hand-written fact, the href of its first reference or link)
        self.footnote_lists = []
        self._footnote_links = None
        self.anchors = {}  # (block number, sentence start) -> anchor
        self.wraps = []  # ((block number, start), first piece, head, last piece, tail, anchor)
        self.count = 0
        self.taken = set()
        if ANCHOR_PREFIX in html:
            self.taken = {element.get("id") for element in self.root.iter() if element.get("id")}
        self._read(self.root, None)
        for block in self.blocks:
            block.text = "".join(block.parts)
            block.starts = [piece.start for piece in block.pieces]
        self.blocks = [block for block in self.blocks if block.text.strip()]
        for number, block in enumerate(self.blocks):
            block.number = number

    def _read(self, element, block):
        if element.text and block is not None:
            block.add_text(element, TEXT, element.text)
        # A list: a hand-written fact's quote is replaced on the way.
        for child in list(element):
            child = self._read_child(child, block)
            # The text after a child, even one left unread, is its parent's.
            if child.tail and block is not None:
                block.add_text(child, TAIL, child.tail)

    def _read_child(self, child, block):
        """Read `child`; return it, or what now stands in its place."""
        name = child.tag
        if not isinstance(name, str) or name in SKIPPED_ELEMENTS:
            return child  # a comment or processing instruction, or not prose
        classes = child.get("class")
        if classes:
            classes = classes.split()
            if not SKIPPED_CLASSES.isdisjoint(classes):
                if FOOTNOTES_CLASS in classes:
                    self.footnote_lists.append(child)
                return child
        if name == "sup":
            reference = _footnote_reference(child)
            if reference:
                if block is not None:
                    block.references.append((block.length, reference))
                return child
        elif name == "a":
            href = child.get("href")
            if block is not None and is_external(href):
                block.references.append((block.length, href))
        elif (
            name == "blockquote"
            and _is_manual_quote(child)
            and not _NOT_IN_XML.search("".join(child.itertext()) + (child.tail or ""))
        ):
            return self._manual_fact(child)
        if name in TEXT_BLOCKS:
            block = _Block(child)
            self.blocks.append(block)
        self._read(child, block)
        return child

    def _manual_fact(self, quote):
        """Turn a `> [!FACT] …` quote into a marked paragraph and a hand-written fact;
        return the paragraph (or the quote, emptied, when it says nothing)."""
        paragraph = Element("p")
        for number, inner in enumerate(child for child in quote if child.tag == "p"):
            _move_content(inner, paragraph, " " if number else "")
        paragraph.text = (paragraph.text or "").lstrip()[len(MANUAL_MARK) :].lstrip()
        paragraph.tail = quote.tail
        raw = "".join(paragraph.itertext())
        text = " ".join(_as_written(raw, normalise_text(raw)).split())  # as written: «», ё
        if not text:
            quote.clear(keep_tail=True)
            quote.tag = "div"
            return quote
        anchor = self.new_anchor()
        paragraph.set("id", anchor)
        paragraph.set("class", f"{SOURCE_CLASS} {MANUAL_CLASS}")
        paragraph.set("tabindex", "-1")
        hrefs = []
        for tag in paragraph.iter("sup", "a"):
            href = _footnote_reference(tag) if tag.tag == "sup" else tag.get("href")
            if href:
                hrefs.append(href)
        quote.getparent().replace(quote, paragraph)
        fact = MarkedFact("fact", text, text, text, 0, statement=text, manual=True)
        self.manual.append((fact, anchor, hrefs))
        return paragraph

    def new_anchor(self):
        while True:
            self.count += 1
            anchor = f"{ANCHOR_PREFIX}{self.count}"
            if anchor not in self.taken:
                self.taken.add(anchor)
                return anchor

    def resolve(self, href):
        """A web address for `href`: itself, or a footnote's first web link."""
        if is_external(href):
            return href
        if not href or not href.startswith("#"):
            return None
        if self._footnote_links is None:
            self._footnote_links = {}
            for footnotes in self.footnote_lists:
                for item in footnotes.iter("li"):
                    if item.get("id"):
                        links = (a.get("href") for a in item.iter("a"))
                        link = next(filter(is_external, links), None)
                        self._footnote_links[item.get("id")] = link
        return self._footnote_links.get(href[1:])

    # -- anchors ----------------------------------------------------------------------

    def locate(self, facts):
        """(fact, its block, its sentence's start in the block's text) for each fact."""
        starts, offset = [], 0
        for block in self.blocks:
            starts.append(offset)
            offset += len(block.text) + len(BLOCK_BREAK)
        for fact in facts:
            index = bisect_right(starts, fact.start) - 1
            if index >= 0:
                yield fact, self.blocks[index], fact.start - starts[index]

    def anchor_sentence(self, block, start, end):
        """The anchor of the sentence at `start:end` of the block's text, made if new."""
        key = (block.number, start)
        if key in self.anchors:
            return self.anchors[key]
        anchor = None
        whole = not block.text[:start].strip() and not block.text[end:].strip()
        first = self._piece_at(block, start, is_end=False)
        last = self._piece_at(block, end, is_end=True)
        if (
            not whole
            and first
            and last
            and first.parent is last.parent
            and not _NOT_IN_XML.search(first.raw)
            and not _NOT_IN_XML.search(last.raw)
        ):
            head = first.raw_offset(start - first.start)
            tail = last.raw_offset(end - last.start)
            if head is not None and tail is not None:
                anchor = self.new_anchor()
                self.wraps.append((key, first, head, last, tail, anchor))
        if anchor is None:
            anchor = self._anchor_block(block)
        self.anchors[key] = anchor
        return anchor

    @staticmethod
    def _piece_at(block, offset, *, is_end):
        """The piece holding block offset `offset` (the piece it ends, when `is_end`)."""
        position = bisect_right(block.starts, offset - 1 if is_end else offset) - 1
        if position < 0:
            return None
        piece = block.pieces[position]
        inside = offset - piece.start
        if is_end and not 0 < inside <= piece.length or not is_end and inside >= piece.length:
            return None
        return piece

    def _anchor_block(self, block):
        element = block.element
        anchor = element.get("id")
        if not anchor:
            anchor = self.new_anchor()
            element.set("id", anchor)
        classes = (element.get("class") or "").split()
        if SOURCE_CLASS not in classes:
            element.set("class", " ".join([*classes, SOURCE_CLASS]))
        # Focusable, so that following a callout's link moves keyboard focus here.
        if element.get("tabindex") is None:
            element.set("tabindex", "-1")
        return anchor

    def render(self):
        # From the last sentence back: a cut leaves the head of its text where it was,
        # so the offsets of the sentences before it still hold.
        for _, *wrap in sorted(self.wraps, key=lambda wrap: wrap[0], reverse=True):
            _wrap(*wrap)
        return write_fragment(self.root)


def without_anchor_ids(html):
    """`html` with no `fact-N` id or tabindex on its marked sentences (their class stays):
    for a feed, which holds many articles, whose ids would clash there."""
    if not parses_whole(html):
        return html
    root = parse_fragment(html)
    for element in root.iter():
        if SOURCE_CLASS in (element.get("class") or "").split():
            if (element.get("id") or "").startswith(ANCHOR_PREFIX):
                del element.attrib["id"]
            element.attrib.pop("tabindex", None)
    return write_fragment(root)


def _wrap(first, head, last, tail, anchor):
    """Put the text from `head` in piece `first` to `tail` in piece `last` (both of one
    parent element) in a marked span."""
    span = Element("span")
    span.set("id", anchor)
    span.set("class", SOURCE_CLASS)
    span.set("tabindex", "-1")
    parent = first.parent
    at = 0 if first.where == TEXT else parent.index(first.owner) + 1
    if first.owner is last.owner and first.where == last.where:
        raw = first.raw
        span.text, span.tail = raw[head:tail], raw[tail:]
        first.raw = raw[:head]
    else:
        moved = list(parent[at : parent.index(last.owner) + 1])
        raw, closing = first.raw, last.raw
        span.text = raw[head:]
        first.raw = raw[:head]
        last.raw = closing[:tail]
        span.tail = closing[tail:]
        for child in moved:
            span.append(child)  # with its tail
    parent.insert(at, span)


def _move_content(source, target, separator):
    """Append the text and children of element `source` to element `target`."""
    text = separator + (source.text or "")
    if len(target):
        target[-1].tail = (target[-1].tail or "") + text
    else:
        target.text = (target.text or "") + text
    for child in list(source):
        target.append(child)  # with its tail


def _footnote_reference(tag):
    """The "#fn:…" of a footnote reference (`<sup><a class="footnote-ref">`), else None."""
    link = next(tag.iter("a"), None)
    if link is None:
        return None
    href = link.get("href") or ""
    if FOOTNOTE_REF_CLASS in (link.get("class") or "").split() or href.startswith("#fn"):
        return href
    return None


def _is_manual_quote(quote):
    first = next((child for child in quote if isinstance(child.tag, str)), None)
    if first is None or first.tag != "p" or (quote.text or "").strip():
        return False
    return (first.text or "").lstrip().upper().startswith(MANUAL_MARK)


def _as_written(raw, text):
    """`text`, the normalised `raw`, with each character as `raw` writes it (ё, «», ӛ,
    typographic quotes and dashes); white space and invisible characters as normalised, so
    that the two have the same length and the same offsets."""
    if raw.isascii():
        return text
    written = raw.replace("\r\n", "\n")
    for character, replacement in SPACING_REPLACEMENTS:
        if character in written:
            written = written.replace(character, replacement)
    written = written.replace("\n", " ")
    return written if len(written) == len(text) else text


def _as_written_in(part, sentence, written):
    """`part` of the normalised `sentence` (its words, a "…" where cut) as `written` writes
    it: `written` is `sentence` as the article writes it, offset for offset."""
    if not part or sentence == written:
        return part
    head = "\u2026" if part.startswith("\u2026") else ""
    tail = "\u2026" if part.endswith("\u2026") and len(part) > len(head) else ""
    words = part[len(head) : len(part) - len(tail)].split()
    match = re.search(r"\s+".join(map(re.escape, words)), sentence) if words else None
    if match is None:
        return part
    return head + " ".join(written[match.start() : match.end()].split()) + tail


def _raw_offset(raw, offset):
    """Where, in text `raw`, character `offset` of its normalised text is."""
    seen = 0
    for index, character in enumerate(raw):
        if seen == offset:
            return index
        if character == "\r" and raw[index + 1 : index + 2] == "\n":
            continue  # "\r\n" is one line break
        seen += 1 if character.isascii() else len(normalise_text(character))
    return len(raw) if seen == offset else None
