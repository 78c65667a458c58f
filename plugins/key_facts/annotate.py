"""Find key facts in an article's HTML and mark the sentences they come from.

No Pelican here: HTML in, facts and HTML out, so it is easy to test on its own.

The HTML comes from Pelican's readers, so it is well formed; it is read with one
regular-expression pass rather than a tree parser because this runs on every
article of every build and a tree costs more than the rest of the plugin
(PELICAN_NOTES: "Speed"). The text of its blocks (paragraphs, list items, cells)
goes to the extraction core as one text with a blank line between blocks, so a
sentence never crosses a block and each one can be found again in the markup.
"""

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from html import unescape

from markupsafe import Markup, escape

from .core import BLOCK_BREAK, KINDS, Fact, extract_block_facts, normalise_text

# Elements whose text forms sentences; a sentence never crosses one of them.
TEXT_BLOCKS = frozenset(
    "p li dd dt td th figcaption caption h1 h2 h3 h4 h5 h6 blockquote pre".split()
)
# Text that is not prose, and the list of sources under a page. Code blocks are read:
# a statement pasted with indented paragraphs becomes one in Markdown.
SKIPPED_ELEMENTS = frozenset("script style svg math template textarea".split())
SKIPPED_CLASSES = frozenset({"footnote", "key-fact-manual"})
VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)

SOURCE_CLASS = "key-fact-source"
MANUAL_CLASS = "key-fact-manual"
ANCHOR_PREFIX = "fact-"

# Something worth reading: a digit, a tier, a named day or month, a number word or a
# hand-written fact. Substring tests, because a regular expression with word
# alternatives costs more here than the rest of the plugin.
_DIGIT = re.compile(r"[0-9]")
_CUE_WORDS = (
    "tier", "special case", "day", "month", "[!fact]", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "dozen", "million", "billion",
)  # fmt: skip


def worth_reading(text):
    if _DIGIT.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _CUE_WORDS)


# (token, "/" of an end tag, tag name, attributes): findall hands out these tuples far
# more cheaply than match objects answer group() calls.
_TOKEN = re.compile(
    r"(<!--.*?-->|<![^>]*>|<\?[^>]*>|<(/?)([A-Za-z][\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|[^<]+|<)",
    re.S,
)
_ID = re.compile(r"""\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_CLASS = re.compile(r"""(\sclass\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_CHARACTER = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)|.", re.S)
_MANUAL_QUOTE = re.compile(
    r"<blockquote>\s*<p>\s*\[!FACT\]\s*(.*?)</p>((?:\s*<p>.*?</p>)*)\s*</blockquote>",
    re.S | re.I,
)
_PARAGRAPH_BODY = re.compile(r"<p>(.*?)</p>", re.S)
_TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class MarkedFact(Fact):
    """A fact with the anchor of the sentence it came from in the article's HTML."""

    anchor: str = ""
    manual: bool = False

    def __post_init__(self):
        self._describe()

    @classmethod
    def from_fact(cls, fact: Fact, anchor: str) -> "MarkedFact":
        # The fact's fields copied as they are: the frozen dataclass's __init__ would set
        # each one through object.__setattr__, for every fact of every article.
        marked = cls.__new__(cls)
        marked.__dict__.update(vars(fact), anchor=anchor, manual=False)
        marked._describe()
        return marked

    def _describe(self):
        """Set what the callout and facts.json show, once, where the fact is found: with
        a worker process, that is not the process that renders every article's box."""
        vars(self).update(
            label=self._label(),
            data_attributes=self._data_attributes(),
            place=self._place(),
            record_json=json.dumps(self.record(), ensure_ascii=False)[1:-1],
        )

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
        }

    def _label(self) -> str:
        """The fact in a few words: a figure as written, else its value."""
        if self.kind == "figure":
            return self.text[:1].upper() + self.text[1:]
        return str(self.value)

    def _data_attributes(self) -> Markup:
        """The callout's data-fact-* attributes, as markup: Jinja's `xmlattr` filter would
        write the same, at several times the cost, in every article's box. The kind, unit,
        qualifier, year and month are the core's own words and numbers: only the value and
        the country need escaping."""
        markup = f' data-fact-kind="{self.kind}" data-fact-value="{escape(self.value)}"'
        if self.unit:
            markup += f' data-fact-unit="{self.unit}"'
        if self.qualifier:
            markup += f' data-fact-qualifier="{self.qualifier}"'
        if self.country:
            markup += f' data-fact-country="{escape(self.country)}"'
        if self.year:
            markup += f' data-fact-year="{self.year}"'
        if self.month:
            markup += f' data-fact-month="{self.month}"'
        return Markup(markup)

    def _place(self) -> str:
        """Where and when a tier holds: "Kazakhstan, 2019"."""
        return ", ".join(str(part) for part in (self.country, self.year) if part)


@dataclass
class Annotated:
    html: str
    facts: list[MarkedFact] = field(default_factory=list)
    changed: bool = False


def annotate(html, title="", date=None, kinds=KINDS):
    """Return the facts of `html` and the HTML with an anchor on each source sentence."""
    if not html or not worth_reading(html):
        return Annotated(html)
    anchors = _Anchors(html)
    html, facts = _manual_facts(html, anchors)
    document = _Document(html)
    if kinds and document.blocks:
        # One text for the whole article, a blank line between blocks: the core then
        # sees each fact once, with its context, and no sentence crosses a block.
        starts, offset = [], 0
        for block in document.blocks:
            starts.append(offset)
            offset += len(block.text) + len(BLOCK_BREAK)
        texts = [block.text for block in document.blocks]
        for fact in extract_block_facts(texts, title=title, date=date, kinds=kinds):
            index = bisect_right(starts, fact.start) - 1
            start = fact.start - starts[index]
            anchor = document.anchor_sentence(
                document.blocks[index], start, start + len(fact.sentence), anchors
            )
            facts.append(MarkedFact.from_fact(fact, anchor))
    if not anchors.count:
        return Annotated(html, facts)
    return Annotated(document.render(), facts, changed=True)


class _Anchors:
    """Hands out `fact-N` ids, unique in the document."""

    def __init__(self, html):
        self.count = 0
        self.taken = set()
        if "id=" in html:
            self.taken = {next(filter(None, m.groups()), "") for m in _ID.finditer(html)}

    def new(self):
        while True:
            self.count += 1
            anchor = f"{ANCHOR_PREFIX}{self.count}"
            if anchor not in self.taken:
                self.taken.add(anchor)
                return anchor


def _source_attributes(anchor):
    # Focusable, so that following a callout's link moves keyboard focus here.
    return f' id="{anchor}" class="{SOURCE_CLASS}" tabindex="-1"'


def _manual_facts(html, anchors):
    """Turn each `> [!FACT] …` quote into a marked paragraph and a hand-written fact."""
    facts = []

    def replace(match):
        bodies = [match.group(1), *_PARAGRAPH_BODY.findall(match.group(2) or "")]
        inner = " ".join(body.strip() for body in bodies)
        text = " ".join(normalise_text(unescape(_TAGS.sub("", inner))).split())
        if not text:
            return ""
        anchor = anchors.new()
        facts.append(MarkedFact("fact", text, text, text, 0, anchor=anchor, manual=True))
        return f'<p id="{anchor}" class="{SOURCE_CLASS} {MANUAL_CLASS}" tabindex="-1">{inner}</p>'

    if "[!" not in html:
        return html, facts
    return _MANUAL_QUOTE.sub(replace, html), facts


@dataclass
class _Text:
    token: int  # index in the token list
    start: int  # offset of its normalised text in the block's text
    length: int
    parent: int  # serial number of the element that holds it
    depth: int
    verbatim: bool  # its normalised text has the raw token's offsets


@dataclass
class _Block:
    token: int  # index of its start tag
    texts: list[_Text] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    length: int = 0  # of its text so far
    leaf: bool = True
    text: str = ""
    starts: list[int] = field(default_factory=list)
    anchor: str | None = None


class _Document:
    """The HTML as tokens, its innermost text blocks, and the edits that anchor sentences."""

    def __init__(self, html):
        self.parts = _TOKEN.findall(html)
        self.tokens = [part[0] for part in self.parts]
        self.blocks = []
        self.inserts = {}  # (block, sentence start) -> (token, offset, anchor, token, offset)
        self._read()

    def _read(self):
        stack = []  # (name, serial, skipped, innermost block open here or above)
        serial = 0
        for index, (token, closing, name, attributes) in enumerate(self.parts):
            if name:
                name = name.lower()
                if closing:
                    self._close(stack, name)
                    continue
                if name in VOID_ELEMENTS or token.endswith("/>"):
                    continue
                above = stack[-1] if stack else None
                skipped = bool(above and above[2]) or name in SKIPPED_ELEMENTS
                if not skipped and "class" in attributes:
                    skipped = bool(SKIPPED_CLASSES & _classes(attributes))
                holder = above[3] if above else None
                if name in TEXT_BLOCKS and not skipped:
                    for entry in stack:
                        if entry[3] is not None:
                            entry[3].leaf = False
                    holder = _Block(index)
                    self.blocks.append(holder)
                serial += 1
                stack.append((name, serial, skipped, holder))
            elif stack and not stack[-1][2] and stack[-1][3] is not None:
                if token.startswith("<") and len(token) > 1:
                    continue  # a comment, doctype or processing instruction
                holder = stack[-1][3]
                text = normalise_text(unescape(token) if "&" in token else token)
                # A line break inside a paragraph is only a space on the page; the
                # core would end a sentence there.
                text = text.replace("\n", " ")
                offset = holder.length
                holder.length += len(text)
                verbatim = len(text) == len(token) and "&" not in token
                holder.texts.append(
                    _Text(index, offset, len(text), stack[-1][1], len(stack), verbatim)
                )
                holder.parts.append(text)
        self.blocks = [block for block in self.blocks if block.leaf]
        for block in self.blocks:
            block.text = "".join(block.parts)
            block.starts = [t.start for t in block.texts]

    @staticmethod
    def _close(stack, name):
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == name:
                del stack[depth:]
                return

    def _text_at(self, block, offset, *, is_end):
        """The text piece holding block offset `offset` (the piece it ends, when `is_end`)."""
        position = bisect_right(block.starts, offset - 1 if is_end else offset) - 1
        if position < 0:
            return None
        piece = block.texts[position]
        inside = offset - piece.start
        if is_end and not 0 < inside <= piece.length or not is_end and inside >= piece.length:
            return None
        return piece

    def _raw_offset(self, piece, normalised_offset):
        """Where, in the raw HTML of text `piece`, normalised character `normalised_offset` is."""
        if piece.verbatim:
            return normalised_offset
        token = self.tokens[piece.token]
        seen = 0
        for match in _CHARACTER.finditer(token):
            if seen >= normalised_offset:
                return match.start() if seen == normalised_offset else None
            seen += len(normalise_text(unescape(match.group(0))))
        return len(token) if seen == normalised_offset else None

    def anchor_sentence(self, block, start, end, anchors):
        """The anchor of the sentence at `start:end` of the block's text, made if new."""
        key = (block.token, start)
        if key in self.inserts:
            return self.inserts[key][2]
        first = self._text_at(block, start, is_end=False)
        last = self._text_at(block, end, is_end=True)
        whole = not block.text[:start].strip() and not block.text[end:].strip()
        if first and last and not whole and self._same_level(first, last):
            head = self._raw_offset(first, start - first.start)
            tail = self._raw_offset(last, end - last.start)
            if head is not None and tail is not None:
                anchor = anchors.new()
                self.inserts[key] = (first.token, head, anchor, last.token, tail)
                return anchor
        return self._anchor_block(block, anchors)

    def _same_level(self, first, last):
        """True when both texts share a parent and the markup between them is balanced."""
        return first.parent == last.parent and self._balanced(first.token + 1, last.token)

    def _balanced(self, begin, end):
        depth = 0
        for token, closing, name, _ in self.parts[begin:end]:
            if not name:
                continue
            if closing:
                depth -= 1
                if depth < 0:
                    return False
            elif name.lower() not in VOID_ELEMENTS and not token.endswith("/>"):
                depth += 1
        return depth == 0

    def _anchor_block(self, block, anchors):
        if block.anchor is None:
            tag = self.tokens[block.token]
            existing = _ID.search(tag)
            if existing:
                block.anchor = next(filter(None, existing.groups()))
                tag = _add_class(tag, SOURCE_CLASS)
                if "tabindex" not in tag.lower():
                    tag = tag[:-1].rstrip("/") + ' tabindex="-1">'
            else:
                block.anchor = anchors.new()
                if _CLASS.search(tag):
                    tag = _add_class(tag, SOURCE_CLASS)
                    tag = tag[:-1] + f' id="{block.anchor}" tabindex="-1">'
                else:
                    tag = tag[:-1] + _source_attributes(block.anchor) + ">"
            self.tokens[block.token] = tag
        return block.anchor

    def render(self):
        edits = {}  # token index -> [(offset, is_closing, markup)]
        for first, head, anchor, last, tail in self.inserts.values():
            edits.setdefault(first, []).append((head, 0, f"<span{_source_attributes(anchor)}>"))
            edits.setdefault(last, []).append((tail, 1, "</span>"))
        tokens = list(self.tokens)
        for index, changes in edits.items():
            token = tokens[index]
            # From the end, so earlier offsets stay valid; at one offset a sentence's
            # closing tag goes before the next one's opening tag.
            for offset, _, markup in sorted(changes, key=lambda c: (c[0], -c[1]), reverse=True):
                token = token[:offset] + markup + token[offset:]
            tokens[index] = token
        return "".join(tokens)


def _classes(attributes):
    match = _CLASS.search(attributes or "")
    if not match:
        return frozenset()
    return frozenset(next(filter(None, match.groups()[1:]), "").split())


def _add_class(tag, name):
    match = _CLASS.search(tag)
    if not match:
        return tag[:-1] + f' class="{name}">'
    value = next(filter(None, match.groups()[1:]), "")
    return tag[: match.start()] + f'{match.group(1)}"{value} {name}"' + tag[match.end() :]
