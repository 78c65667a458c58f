"""Find key facts in trafficking prose: TIP report tiers, headline figures and observances.

Plain text in, facts out; standard library only, so it runs and tests without Pelican.
Precision comes first throughout: a fact that the sentence does not state plainly is
left out rather than guessed.

It runs on every block of every article in a build, so speed shapes the code: regexes are
compiled once, when first needed (most serve only tiers or rarer figures); each kind is
looked for only after a cheap str test finds a trace of it; word patterns run
case-sensitively on a lower-cased copy (case-insensitive alternations defeat the regex
engine's first-character skip); and a sentence is delimited only around a fact that was
found, never for the whole text.
"""

from __future__ import annotations

import datetime
import functools
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation

from .countries import DEMONYMS, variant_index

KINDS = ("tier", "figure", "observance")
_ALL_KINDS = frozenset(KINDS)


class _LazyPattern:
    """A regex compiled when first used, which then takes this stand-in's place as the
    module global `name`, so later look-ups cost nothing extra. Importing the module stays
    cheap, and a pattern that a build never needs (most blocks hold no tier) is never
    compiled."""

    __slots__ = ("name", "source", "flags")

    def __init__(self, name: str, source, flags: int = 0):
        self.name, self.source, self.flags = name, source, flags

    def __getattr__(self, attribute: str):
        return getattr(self.compile(), attribute)

    def compile(self) -> re.Pattern:
        source = self.source() if callable(self.source) else self.source
        compiled = re.compile(source, self.flags)
        globals()[self.name] = compiled
        return compiled


def compile_patterns() -> None:
    """Compile every pattern now, not on first use: for a process with time to spare."""
    for value in list(globals().values()):
        if isinstance(value, _LazyPattern):
            value.compile()


def _lazy(name: str, source, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags) on first use, for the module global `name`."""
    return _LazyPattern(name, source, flags)  # type: ignore[return-value]


@dataclass(frozen=True)
class Fact:
    kind: str
    value: object
    text: str
    sentence: str
    start: int
    unit: str | None = None
    qualifier: str | None = None
    country: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    previous: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------
# Normalisation

# Typographic quotes become ASCII so that one pattern serves "Kazakhstan's" in every
# spelling; en and em dashes are kept, since report prose uses them as punctuation.
_CHARACTER_MAP = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a\uff07"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"), '"'),
    **dict.fromkeys(
        map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"),
        " ",
    ),
    **dict.fromkeys(map(ord, "\u200a\u202f\u205f\u3000"), " "),
    **dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2212"), "-"),
    **dict.fromkeys(map(ord, "\r\u0085\u2028\u2029"), "\n"),
}
_NON_ASCII_REPLACEMENTS = tuple(
    (chr(code), replacement or "") for code, replacement in _CHARACTER_MAP.items() if code > 127
)


def normalise_text(text: str) -> str:
    """Text with ASCII quotes, plain spaces and line breaks, and no invisible characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if text.isascii() and "\r" not in text:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.translate walks every character in Python's slow path, and a regex scan for the
    # characters is still three times slower than looking for each one with `in`; the
    # typographic quotes come first, and are most often the only ones.
    for character, replacement in _NON_ASCII_REPLACEMENTS:
        if text.isascii():
            break
        if character in text:
            text = text.replace(character, replacement)
    return text


# ---------------------------------------------------------------------------
# Sentences

# A sentence ends at . ! or ? (with closing quotes or brackets, and a footnote number
# glued on by the Markdown renderer: "services.1 Of these"), before white space; or at a
# full stop that lacks its space ("in FY 2013.The"); or at any line break. A character
# class lets the regex engine skip ahead quickly, past the many stops that a space and a
# small letter follow ("U.S. government", "e.g. for"), which never end a sentence; the
# rest is decided here.
_SENTENCE_STOP = re.compile(r"[.!?\n](?:(?<=\n)|(?!\s+[a-z]))")
_CLOSERS = "\"')]"
_ALWAYS_ABBREVIATED = frozenset(
    """Mr Mrs Ms Messrs Dr Prof St Sr Jr Sen Sens Rep Reps Gov Govt Amb Gen Lt Col Capt Sgt
    Maj Adm Cmdr Rev Hon Pres Dept Inc Ltd Co Corp Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct
    Nov Dec e.g i.e vs cf approx al Res Con Pub Ave Mt Ft Stat Assn Univ Intl Natl Dist
    Cong Doc Ref Gens Supt Insp""".split()
)
# Abbreviations that also end sentences as ordinary words: only before a number.
_ABBREVIATED_BEFORE_NUMBER = frozenset(
    "No Nos no nos p pp Art Arts art Sec Secs sec Ch ch Para para Vol Vols vol Fig fig".split()
)
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_SCALE_AFTER_STOP = re.compile(r"(?i)(?:million|billion|thousand|trillion|percent|per\s+cent)\b")


def _stop_end(text: str, stop: int) -> int:
    """Where the punctuation run that starts at text[stop] ends, with its closing quotes
    and brackets and a footnote number glued on."""
    if text[stop] == "\n":
        return stop + 1
    length = len(text)
    end = stop + 1
    while end < length and text[end] in ".!?":
        end += 1
    while end < length and text[end] in _CLOSERS:
        end += 1
    footnote = end
    while footnote < length and footnote - end < 3 and text[footnote].isdigit():
        footnote += 1
    if footnote > end and footnote < length and text[footnote].isspace():
        end = footnote
    return end


def _cuts_here(text: str, stop: int, end: int) -> bool:
    """Whether a sentence ends with the punctuation at text[stop:end]."""
    if text[stop] == "\n" or end >= len(text):
        return True
    if text[end].isspace():
        return _ends_sentence(text, stop, end)
    return (
        end == stop + 1
        and text[stop] == "."
        and stop > 0
        and (text[stop - 1].islower() or text[stop - 1].isdigit())
        and text[end].isupper()
        and text[end + 1 : end + 2].islower()
        and _ends_sentence(text, stop, end)
    )


def _sentence_cuts(text: str, start: int = 0, after: int | None = None) -> list[int]:
    """Offsets from `start` on where a new sentence begins; only the first one past
    `after` when that is given."""
    cuts = []
    handled = start
    for match in _SENTENCE_STOP.finditer(text, start):
        stop = match.start()
        if stop < handled:
            continue
        end = _stop_end(text, stop)
        handled = end
        if _cuts_here(text, stop, end):
            cuts.append(end)
            if after is not None and end > after:
                break
    return cuts


def _last_cut(text: str, position: int, stops: str = ".!?") -> int:
    """The last offset at or before `position` where a sentence begins; `stops` are the
    sentence-ending characters other than the line break that occur in the text at all."""
    # A line break always ends a sentence: only the line of `position` need be searched.
    line_start = text.rfind("\n", 0, position) + 1
    limit = position
    while True:
        if len(stops) == 1:  # most often only full stops
            stop = text.rfind(stops, line_start, limit)
        else:
            stop = max(text.rfind(char, line_start, limit) for char in stops) if stops else -1
        if stop < 0:
            return line_start
        if text[stop + 1 : stop + 2] == " " and "a" <= text[stop + 2 : stop + 3] <= "z":
            limit = stop  # "U.S. government": no end of a sentence
            continue
        while stop > line_start and text[stop - 1] in ".!?":
            stop -= 1
        end = _stop_end(text, stop)
        if end <= position and _cuts_here(text, stop, end):
            return end
        limit = stop


def _ends_sentence(text: str, stop: int, end: int) -> bool:
    """Whether the punctuation at text[stop:end] closes a sentence."""
    following_at = end
    length = len(text)
    while following_at < length and text[following_at].isspace():
        following_at += 1
    if following_at >= length:
        return True
    following = text[following_at]
    if not (following.isupper() or following.isdigit() or following in "\"'([#$*-–—•"):
        return False
    if text[stop] != "." or text[stop + 1 : stop + 2] in (".", "!", "?"):
        return True
    # Only a short word can be an abbreviation: looking further back is wasted work.
    pieces = text[max(0, stop - 24) : stop].split()
    token = pieces[-1].lstrip("(\"'[") if pieces and not text[stop - 1].isspace() else ""
    if "/" in token or token.lower().startswith("www"):
        return False
    if token in _ALWAYS_ABBREVIATED or (
        "." in token and _DOTTED_ABBREVIATION.fullmatch(token + ".")
    ):
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "John F. Kennedy", "S. Res. 382"
    if token in _ABBREVIATED_BEFORE_NUMBER and following.isdigit():
        return False
    if text[end - 1].isdigit() and _SCALE_AFTER_STOP.match(text, following_at):
        return False  # "24.9 Million" in a title-case line is a number, not two sentences
    return True


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) for each sentence of `text`, which should already be normalised."""
    if not isinstance(text, str) or not text:
        return []
    cuts = [0, *_sentence_cuts(text), len(text)]
    sentences = []
    for begin, end in zip(cuts, cuts[1:], strict=False):
        for line_start, line in _lines(text, begin, end):
            stripped = line.strip()
            if stripped:
                sentences.append((line_start + line.index(stripped[0]), stripped))
    return sentences


def _lines(text: str, begin: int, end: int):
    position = begin
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        yield position, text[position:stop]
        position = stop + 1


class _Sentences:
    """The sentences of a text, each found on its own when first asked for: reading the
    punctuation around one spot costs far less than splitting a whole paragraph."""

    def __init__(self, text: str):
        self.text = text
        self._found: dict[int, tuple[int, str] | None] = {}
        self._last: tuple[int, str] | None = None
        self._stops: str | None = None  # worked out on first use: most blocks have no fact

    def around(self, begin: int, end: int) -> tuple[int, str] | None:
        """The sentence that holds text[begin:end] whole, if any."""
        text = self.text
        last = self._last
        if last is not None and last[0] <= begin and end <= last[0] + len(last[1]):
            return last  # several cues often sit in one sentence
        stops = self._stops
        if stops is None:
            stops = self._stops = "".join(char for char in ".!?" if char in text)
        start = _last_cut(text, begin, stops)
        if start not in self._found:
            cuts = _sentence_cuts(text, start, after=start)
            stop = next((cut for cut in cuts if cut > start), len(text))
            piece = text[start:stop]
            stripped = piece.strip()
            self._found[start] = (start + piece.index(stripped[0]), stripped) if stripped else None
        located = self._found[start]
        if located is None or begin < located[0] or end > located[0] + len(located[1]):
            return None
        self._last = located
        return located

    def containing(self, positions: Iterable[int]) -> list[tuple[int, str]]:
        """The sentences holding any of `positions`, each once, in document order."""
        found: dict[int, str] = {}
        for position in sorted(positions):
            located = self.around(position, position)
            if located:
                found.setdefault(*located)
        return sorted(found.items())


def _positions(haystack: str, needle: str) -> list[int]:
    """Every offset of `needle` in `haystack`; str.find is far cheaper here than a regex."""
    positions = []
    index = haystack.find(needle)
    while index >= 0:
        positions.append(index)
        index = haystack.find(needle, index + 1)
    return positions


def _lower(text: str) -> str:
    """text.lower() with the offsets of `text` (a few letters lower-case to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


# ---------------------------------------------------------------------------
# Countries


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for many words, branching a character at a time."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ending = "" in node
        branches = [re.escape(char) + build(child) for char, child in node.items() if char]
        if not branches:
            return ""
        # A word that ends where a longer one goes on becomes an optional (greedy) tail,
        # so "Nigeria" is matched whole rather than as "Niger".
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ending else body

    return build(trie)


_COUNTRY_NAMES = variant_index()
# No lookbehind in front: a pattern that opens with a plain character lets the regex
# engine skip ahead to the next capital; the boundary before a name is checked after.
_COUNTRY_RE = _lazy("_COUNTRY_RE", lambda: _trie_pattern(_COUNTRY_NAMES) + r"(?![\w-])")
# After a name used as an adjective ("the U.S. State Department", "U.S. government") the
# country is not the subject of the sentence.
_ADJECTIVAL_AFTER = _lazy(
    "_ADJECTIVAL_AFTER",
    r"\s+(?:government|embassy|officials?|authorities|law|laws|citizens?|nationals?|side"
    r"|delegation|courts?|police|military|forces|companies|businesses|economy|report|"
    r"ambassador|policy|assistance|funding|funded|-based|-funded|consulate|mission)\b"
    r"|-(?:based|funded|led)\b",
)
_CAPITALISED_WORD_AFTER = _lazy("_CAPITALISED_WORD_AFTER", r"\s+([A-Z][A-Za-z]*)")
_CHAIN_GAP = _lazy("_CHAIN_GAP", r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")
# A country right after one of these words is not the subject of the sentence
# ("victims from Uzbekistan"), except after "the Government of".
_PREPOSITIONS = frozenset(
    """from to in into with by for between across than through via toward towards against at
    like unlike including among about over under within throughout besides except of on as
    neighboring neighbouring visit visited visiting""".split()
)
_NAMED_OF = frozenset({"government", "republic", "kingdom", "state", "sultanate", "commonwealth"})


def _countries_in(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), _COUNTRY_NAMES[m.group()])
        for m in _COUNTRY_RE.finditer(text)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".'-")
    ]


# Between a country adjective and its ranking noun: "the Thai government's tier placement".
_DEMONYM_GAP = _lazy("_DEMONYM_GAP", r"\s+(?:government's\s+)?(?:(?:tier|tip)\s+)?\Z")
_DEMONYM_NOUNS = ("ranking", "rating", "placement")


def _demonym_ending(text: str, region_start: int, end: int) -> tuple[str, int] | None:
    """(country, start) of a country adjective ("Philippine", "Sri Lankan") ending at `end`."""
    words = text[max(region_start, end - 30) : end].split()
    for size in (2, 1):
        name = " ".join(words[-size:])
        start = end - len(name)
        if (
            len(words) >= size
            and name in DEMONYMS
            and text.startswith(name, start)
            and not (
                start > region_start and (text[start - 1].isalnum() or text[start - 1] in "-'")
            )
        ):
            return DEMONYMS[name], start
    return None


def _demonym_mentions(text: str, low: str, region_start: int, region_end: int):
    """(start, end, country) of "the Philippine ranking", "the Thai government's tier
    placement": a country adjective that stands for its country before a ranking noun."""
    mentions = []
    for noun in _DEMONYM_NOUNS:
        index = low.find(noun, region_start, region_end)
        while index >= 0:
            stop = index + len(noun)
            if not low[stop : stop + 1].isalnum():
                gap = _DEMONYM_GAP.search(low, max(region_start, index - 30), index)
                found = gap and _demonym_ending(text, region_start, gap.start())
                if found:
                    mentions.append((found[1], stop, found[0]))
            index = low.find(noun, stop, region_end)
    return mentions


def _demonym_owner(text: str, region_start: int, end: int):
    """ "the Philippine government" ending at `end`, as ([country], start)."""
    if end - region_start < 12 or not text.endswith(" government", region_start, end):
        return None
    found = _demonym_ending(text, region_start, end - len(" government"))
    return ([found[0]], found[1]) if found else None


def _is_adjectival(sentence: str, end: int, verbs: frozenset[str]) -> bool:
    after = sentence[end : end + 40]
    if _ADJECTIVAL_AFTER.match(after):
        return True
    word = _CAPITALISED_WORD_AFTER.match(after)
    return bool(word) and word.group(1).lower() not in verbs


def _title_country(title: str) -> str | None:
    found = {
        country
        for start, end, country in _countries_in(title)
        if not _is_adjectival(title, end, _VERBS)
    }
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------------------
# Tiers
#
# Word patterns here are lower case and compiled without re.IGNORECASE: they run on the
# lower-cased sentence (same offsets), which lets the regex engine skip ahead on a
# word's first letter instead of trying every alternative at every position.

TIER_VALUES = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")
_WATCH = r"watch\s*[-–]?\s*list"
_TIER_AT = _lazy(
    "_TIER_AT",
    r"tier\s*[-–]?\s*(?P<number>[123](?!\d)|iii\b|ii\b|i\b|one\b|two\b|three\b)"
    rf"(?P<watch>\s*[-–—:]?\s*\(?\s*{_WATCH}\b\)?)?",
)
_WATCH_AT = _lazy("_WATCH_AT", rf"{_WATCH}\b")
# "Special Watch List", "Priority Watch List": other lists; "Tier 2 Watch List" is matched whole.
_NOT_A_BARE_WATCH_LIST = _lazy(
    "_NOT_A_BARE_WATCH_LIST", r"(?:special|priority|tier\s*[-–]?\s*\w+)\s*\Z"
)
# Written with capitals, as the report does: "a special case" in passing is no ranking.
_SPECIAL_CASE_RE = _lazy("_SPECIAL_CASE_RE", r"\bSpecial\s+Cases?\b|\bSPECIAL\s+CASES?\b")
_TIER_NUMBERS = {"1": 1, "i": 1, "one": 1, "2": 2, "ii": 2, "two": 2, "3": 3, "iii": 3, "three": 3}
# Lower-case words whose presence makes a sentence worth reading for a ranking.
_TIER_CUES = ("tier", "watch", "special case")

_TIER_ANY = (
    rf"(?:tier\s*[-–]?\s*(?:[123]|iii|ii|i|one|two|three)(?:\s*[-–—:]?\s*{_WATCH})?"
    rf"|{_WATCH}|special\s+cases?)"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_ADVERBS = (
    "also again subsequently ultimately thus therefore consequently then now officially"
    " formally automatically still later eventually finally recently first further"
    " accordingly currently already"
).split()
_ADVERB = rf"(?:once\s+again|{_trie_pattern(_ADVERBS)})"
_AUXILIARY = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
_PARTICIPLES = (
    "placed ranked moved upgraded downgraded elevated lowered demoted raised listed put kept"
    " retained maintained assigned categorized categorised classified reclassified designated"
    " included returned restored relegated rated promoted dropped reinstated left bumped added"
    " graded"
).split()
_FINITES = (
    "remained remains remain stayed stays stay fell falls fall dropped drops slipped slips slid"
    " slides declined declines rose rises climbed climbs moved moves improved improves advanced"
    " advances returned returns sank sinks jumped jumps went goes graduated graduates ranked"
    " ranks rank rated sat sits landed lands changed changes"
).split()
_ACTIVE_VERBS = (
    "upgraded downgraded placed moved ranked kept put listed elevated lowered demoted raised"
    " returned dropped categorized categorised classified reclassified relegated designated"
    " rated promoted retained maintained bumped graded"
).split()
# The report's own voice, in the present: "This year's report downgrades China to Tier 3".
_PRESENT_ACTIVE_VERBS = (
    "upgrades downgrades places moves ranks keeps puts lists elevates lowers demotes raises"
    " returns drops categorizes categorises classifies reclassifies relegates designates"
    " rates promotes retains maintains grades"
).split()
_PARTICIPLE = _trie_pattern(_PARTICIPLES)
_FINITE = _trie_pattern(_FINITES)
_VERBS = (
    frozenset(_PARTICIPLES)
    | frozenset(_FINITES)
    | {"is", "was", "are", "were", "has", "had", "have"}
)
# "in the 2019 report" or "in 2021" may sit between the verb and its tier.
_REPORT_AFTER_VERB = (
    rf"(?:\s*,?\s+(?:in|during)\s+(?:the\s+|its\s+)?{_YEAR}"
    r"(?:\s+(?:tip\s+|trafficking\s+in\s+persons\s+)?report)?\s*,?)?"
)
# "from the Tier Two Watch List, where it had remained four years, to", "from its Tier 3 to",
# "from a Tier 2 Watch List country to".
_FROM_TIER = (
    rf"(?:,?\s+from\s+(?:the\s+|a\s+|its\s+|their\s+)?(?P<previous>{_TIER_ANY})"
    r"(?:\s+(?:ranking|rating|status|designation|category|country|nation))?"
    rf"(?:\s+in\s+{_YEAR})?(?:\s*,\s*(?:where|when)\s+[^,;:!?()]{{1,90}},)?)?"
)
# "to a lower tier referred to as", "to the lowest tier,": words that name the tier to come.
_DESCRIBED_TIER = (
    r"(?:\s+(?:a|the)\s+(?:lower|higher|lowest|highest|next|new|worst|best|bottom|top)\s+"
    r"(?:tier|ranking|category|level|rank)"
    r"(?:\s*[,:]|\s+(?:referred\s+to|known|designated|described)\s+as|\s+(?:called|named))?)?"
)
# A participle without its auxiliary, right after its country ("saw Vietnam elevated from")
# or coordinated with an earlier ranking ("... for 4 years and upgraded to Tier 2 in 2017").
_BARE_CHANGE = _trie_pattern("upgraded downgraded elevated promoted demoted relegated".split())
# "on the TIP Report's Tier 2 Watch List", "on the United States Government's Tier 2 ...".
_OWNER_BEFORE_TIER = r"(?:(?:[a-z.]+\s+){0,3}?[a-z.]+(?:'|\u00b4)s\s+)?"
_RANKING_VERB = _lazy(
    "_RANKING_VERB",
    rf"""
    (?P<group>
        {_AUXILIARY}\s+(?:{_ADVERB}\s+)*{_PARTICIPLE}
      | {_FINITE}
      | (?:made|makes|make)\s+it
      | (?P<bare>{_BARE_CHANGE})(?=\s+(?:back\s+|up\s+|down\s+)?(?:from|to)\b)
      | joined|joins|rejoined|rejoins
      | (?:{_AUXILIARY}|remains|remained|stays|stayed|sits|sat)(?=\s+(?:{_ADVERB}\s+)*(?:on|in)\b)
      | (?:retains?|retained|maintains?|maintained|keeps|kept)\s+(?:its\s+|their\s+)?
        (?:position|place|spot)(?=\s+(?:on|in)\b)
    )
    (?:\s+(?:up|down|back))?
    (?:\s+{_ADVERB})?
    {_REPORT_AFTER_VERB}
    {_FROM_TIER}
    (?:\s+(?:to|on|onto|in|into|at|as))?
    {_DESCRIBED_TIER}
    \s+(?:the\s+|a\s+|an\s+)?{_OWNER_BEFORE_TIER}"?\Z
    """,
    re.X,
)
# "designated Chile, for the first time, as", "placed Ghana once again on".
_INTERPOSED_AFTER_OBJECT = (
    r"(?:\s*,?\s+(?:for\s+the\s+[a-z]+\s+(?:consecutive\s+|straight\s+)?(?:time|year)"
    rf"(?:\s+in\s+a\s+row)?|{_ADVERB})\s*,?)?"
)
_ACTIVE_RANKING_VERB = _lazy(
    "_ACTIVE_RANKING_VERB",
    rf"""
    \b(?P<group>{_trie_pattern((*_ACTIVE_VERBS, *_PRESENT_ACTIVE_VERBS))})
    \s+(?P<object>[^,;:!?]{{1,80}}?)
    (?:\s+(?:back|up|down))?
    {_INTERPOSED_AFTER_OBJECT}
    {_REPORT_AFTER_VERB}
    {_FROM_TIER}
    (?:\s+(?:to|on|onto|in|into|as|at))?
    {_DESCRIBED_TIER}
    \s+(?:the\s+|a\s+|an\s+)?"?\Z
    """,
    re.X,
)
# "If the report downgrades Kazakhstan", but not the waiver's "a plan that, if implemented,".
_CONDITION_IN_CLAUSE = _lazy(
    "_CONDITION_IN_CLAUSE", r"\b(?:if|unless|whether|lest)\b(?!\s+[a-z]+ed\s*,)"
)
_CONDITION_AFTER = _lazy("_CONDITION_AFTER", r"[\s,]*(?:status\s+|ranking\s+)?(?:if|unless)\b")
_GROUP_OF_COUNTRIES_AFTER = _lazy(
    "_GROUP_OF_COUNTRIES_AFTER", r"\s*(?:countries|nations|governments|states)\b"
)
_FROM_BEFORE = _lazy("_FROM_BEFORE", r"\bfrom\s+(?:the\s+|a\s+)?\Z")
_PASSIVE_BEFORE = _lazy("_PASSIVE_BEFORE", r"\b(?:be|being|been)\s+\Z")
# "is a Tier 2 country", "received a Tier 1 ranking": the tier must be followed by a noun.
_IS_A_TIER = _lazy(
    "_IS_A_TIER",
    rf"(?P<group>(?:is|was|are|were|remains|remained|became|becomes|has\s+been|had\s+been"
    rf"|have\s+been)\s+(?:{_ADVERB}\s+)*(?:a|an)\s+)\Z",
)
_COUNTRY_NOUN_AFTER = _lazy("_COUNTRY_NOUN_AFTER", r"\s*(?:country|nation|jurisdiction)\b")
_HAS_A_TIER = _lazy(
    "_HAS_A_TIER",
    r"(?P<group>(?:earned|received|retained|maintained|kept|regained|achieved|holds|held|got"
    r"|gained|secured|keeps|retains|maintains|receives|earns|has|had)\s+"
    r"(?:(?:a|an|its|their|the)\s+)?)\Z",
)
_RANKING_NOUN_AFTER = _lazy(
    "_RANKING_NOUN_AFTER", r"\s*(?:ranking|rating|status|designation|placement)\b"
)
_POSSESSIVE_BEFORE = _lazy("_POSSESSIVE_BEFORE", rf"'s\s+(?:current\s+|new\s+|{_YEAR}\s+)?\Z")
# A change told as a noun: "welcomes the upgrade of Uzbekistan's ranking in the annual TIP
# Report from Tier 2 Watch List to Tier 2", "the placement of Cuba on Tier 3",
# "Kazakhstan's upgrade to Tier 2".
_CHANGE_NOUNS = (
    r"(?:upgrade|downgrade|ranking|placement|promotion|demotion|elevation|move|relegation"
    r"|reclassification|return)"
)
_IN_THE_REPORT = (
    r"(?:\s+(?:in|on)\s+(?:the\s+|its\s+)?[^;:!?]{0,90}?(?:report|rankings?)\b"
    r"(?:\s*\([^()]{1,12}\))?)?"
)
_NOUN_RANKING = _lazy(
    "_NOUN_RANKING",
    rf"""
    \b(?P<group>(?:the|this|its|their)\s+(?:(?:recent|latest|new|{_YEAR})\s+)?
        {_CHANGE_NOUNS}\s+of\s+)
    (?P<object>[^,;:!?()"]{{1,60}}?)
    (?:'s\s+(?:(?:tier|tip)\s+)?(?:ranking|rating|status|placement))?
    {_IN_THE_REPORT}
    {_REPORT_AFTER_VERB}
    {_FROM_TIER}
    \s+(?:to|on|onto|in|into|as|at)
    {_DESCRIBED_TIER}
    \s+(?:the\s+|a\s+|an\s+)?"?\Z
    """,
    re.X,
)
_POSSESSIVE_CHANGE = _lazy(
    "_POSSESSIVE_CHANGE",
    rf"""
    (?P<group>'s\s+(?:(?:recent|latest|{_YEAR})\s+)?
        (?:upgrade|downgrade|promotion|demotion|move|return|elevation|relegation))
    {_IN_THE_REPORT}
    {_REPORT_AFTER_VERB}
    {_FROM_TIER}
    \s+(?:to|onto|into)
    {_DESCRIBED_TIER}
    \s+(?:the\s+|a\s+|an\s+)?"?\Z
    """,
    re.X,
)
# Before "the downgrade of ...": words that make the change a wish, a risk or a question.
_UNREAL_BEFORE = frozenset(
    """for hope hopes hoped hoping seek seeks sought seeking urge urges urged urging push pushes
    pushed pushing press pressed lobby lobbied aim aims want wants wanted recommend recommends
    recommended recommending avoid avoids avoided avoiding prevent prevents prevented
    preventing risk risks risked risking face faces faced facing threat threats threaten
    threatens threatened threatening possible potential pending proposed propose proposes
    consider considers considered considering warn warns warned warning against request
    requests requested demand demands demanded expect expects expected predict predicts
    predicted avert averted waive waives waived waiving waiver spare spares spared escape
    escapes escaped postpone postpones postponed delay delays delayed reverse reverses
    reversed than no prospect prospects chance chances likelihood possibility danger fear
    fears feared worry worries worried speculation rumors rumours""".split()
)
_UNREAL_AFTER = _lazy(
    "_UNREAL_AFTER",
    r"[\s,)\"]*(?:would|could|might|may|will|can|should|is\s+(?:likely|unlikely|possible))\b",
)
# "has been on Tier 2 Watch List for four years": the years before the report, not its own.
_DURATION_AFTER = _lazy(
    "_DURATION_AFTER",
    r"\s*(?:ranking\s+|status\s+)?(?:for\s+(?:the\s+(?:past|last)\s+|a\s+|an\s+)?"
    r"(?:[a-z0-9-]+\s+){0,2}?(?:consecutive\s+|straight\s+)?years?\b|since\b)",
)

_SPECIAL_CASE_VERB = _lazy(
    "_SPECIAL_CASE_VERB",
    rf"(?P<group>(?:is|was|are|were|remains?|remained|became|becomes?|continues?\s+to\s+be"
    rf"|continued\s+to\s+be|has\s+been|have\s+been|had\s+been)\s+(?:{_ADVERB}\s+)*"
    r"(?:designated\s+(?:as\s+)?|listed\s+as\s+|treated\s+as\s+)?(?:a\s+|an\s+)?)\Z",
)
_SPECIAL_CASES_ARE = _lazy(
    "_SPECIAL_CASES_ARE", r"\s+(?:were|are|included|include|remained|remain)\s+"
)
# After a tier, the countries it holds: "Tier 3 included Belarus, Belize", "Tier 3 countries
# are Iran and Syria", "19 Tier 3 countries, down from 23 last year: Afghanistan, ...".
_TIER_LIST_AFTER = _lazy(
    "_TIER_LIST_AFTER",
    r"\s*(?:(?:countries|nations|governments)\s+)?(?:were|are|included|include|includes)\s+"
    r"(?:the\s+)?|\s*(?:countries|nations)(?:\s*,[^:;.!?\n]{0,120})?:\s+(?:the\s+)?",
)
_UNREAL_WORD = _lazy(
    "_UNREAL_WORD",
    r"\b(?:would|could|might|may|will|can|should|must|if|unless|whether|risk|expect\w*|not)\b",
)
_RELATIVE_CLAUSE_BEFORE = _lazy(
    "_RELATIVE_CLAUSE_BEFORE", r",\s*(?:which|who|whose|where)\b[^;]*,\s*\Z"
)
_QUOTED_TIER = _lazy("_QUOTED_TIER", rf'"({_TIER_ANY}\.?)"')
_LISTED_FROM_BEFORE = _lazy(
    "_LISTED_FROM_BEFORE", rf"\bfrom\s+(?:the\s+)?(?P<previous>{_TIER_ANY})\s+(?:in|into|to)\s+\Z"
)
# "UKRAINE (TIER 2 Watch List)   [Extracted from the 2009 TIP Report]": a note may follow.
_HEADING_AFTER = _lazy("_HEADING_AFTER", r"\s*\)?\s*\.?(?:\s*\[[^\]\n]*\])?\s*\Z")
_PARENTHESIS_AFTER = _lazy("_PARENTHESIS_AFTER", r"\s*\)")
_PREVIOUS_AFTER = _lazy(
    "_PREVIOUS_AFTER",
    r"\s*(?:ranking\s+|status\s+)?,?\s*(?:up\s+|down\s+)?from\s+(?:the\s+|a\s+)?"
    rf"(?P<previous>{_TIER_ANY})"
    # "..., a reversal of last year's Tier Two ranking", "Tier 3 in this year's report, a
    # downgrade from its Tier 2 Watchlist ranking in 2015"
    r"|(?:\s+in\s+(?:this\s+year's|the\s+\d{4})\s+(?:tip\s+|trafficking\s+in\s+persons\s+)?report)?"
    r"\s*,\s*(?:a\s+|an\s+)?(?:reversal|change|step\s+(?:up|down)|downgrade|upgrade)\s+(?:of|from)\s+"
    rf"(?:its\s+|the\s+)?(?:(?:last\s+year's|previous|prior|{_YEAR})\s+)?(?P<earlier>{_TIER_ANY})"
    r"\s+(?:ranking|rating|status|placement)\b",
)
_ENDED_AFTER = _lazy(
    "_ENDED_AFTER",
    r"\s*(?:ranking\s+|rating\s+|status\s+|designation\s+|placement\s+)?"
    r"(?:before|until|till|prior\s+to)\b",
)
# "could be", "will remain", "to remain", "did not fall": no statement of a ranking.
_MODALS = frozenset(
    """will would could may might must should shall can cannot to not never did does do
    likely unlikely won't wouldn't couldn't can't didn't doesn't don't isn't wasn't aren't
    weren't hasn't haven't hadn't""".split()
)
# ... but "continues to remain" is one: "to" after these does not make a ranking unreal.
_CONTINUING = frozenset({"continue", "continues", "continued"})
# In the clause before a ranking, these make it a forecast: "observers expect the report
# places Kazakhstan on Tier 2"; not after a comma ("as expected, Kazakhstan remained").
_EXPECTING = frozenset(
    """expect expects expected expecting predict predicts predicted predicting anticipate
    anticipates anticipated anticipating hope hopes hoped hoping fear fears feared warn warns
    warned urge urges urged want wants wanted recommend recommends recommended suggest
    suggests suggested speculate speculates speculated likely whether wish wishes""".split()
)
_CLAUSE_OPENERS = frozenset("but and while although though whereas because since as so yet".split())
_CONDITION = _lazy("_CONDITION", r"\b(?:if|unless|whether|lest)\b")
# A subject right after these ("If Kazakhstan is downgraded") is not stated as fact.
_CONDITIONS = frozenset({"if", "unless", "whether", "lest", "when", "once", "should"})
_GENERIC_SUBJECT = _lazy(
    "_GENERIC_SUBJECT",
    r"\b(?:countries|governments|nations|those|whose|other|any|every|neighbou?rs?)\b",
)
_POSSESSED_SUBJECT = _lazy(
    "_POSSESSED_SUBJECT", r"'s\s+(?!(?:ranking|rating|status|tier|placement|government)\b)"
)
_FALLBACK_SUBJECT = _lazy(
    "_FALLBACK_SUBJECT",
    r"(?:\b(?:the|this)\s+(?:government|country|nation)"
    r"(?:'s\s+(?:tier\s+)?(?:ranking|rating|status))?|\bit)"
    rf"\s*(?:,[^,]{{1,80}},\s*)?(?:{_ADVERB}\s+)*\Z",
)
_COORDINATED_VERB = _lazy("_COORDINATED_VERB", rf"\A[^,]*\b(?:and|but|yet)\s+(?:{_ADVERB}\s+)*\Z")
_RELATIVE_CLAUSE = _lazy("_RELATIVE_CLAUSE", r"\s*,\s*(?:which|who)\b")
_CLAUSE_CLOSED = _lazy("_CLAUSE_CLOSED", rf",\s*(?:{_ADVERB}\s+)*\Z")
_GENERIC_SENTENCE = _lazy(
    "_GENERIC_SENTENCE",
    r"\b(?:if|unless|when|whenever|once|any|a\s+country|countries|governments)\b",
)

# Years: which one a ranking belongs to. Each year in a sentence is judged by the words
# around it: "the 2019 TIP report", "Trafficking in Persons Report 2015", "In 2019, ...".
_YEAR_TOKEN = _lazy("_YEAR_TOKEN", rf"{_YEAR}(?![\w-])")
_REPORT_AFTER_YEAR = _lazy(
    "_REPORT_AFTER_YEAR",
    r"(?:'s)?\s+(?:annual\s+)?(?:u\.s\.\s+)?(?:state\s+department(?:'s)?\s+)?"
    r"(?:(?:tip|trafficking\s+in\s+persons)(?:\s*\(tip\))?\s+)?"
    r"(?:report|ranking|rankings|edition)\b",
)
_REPORT_BEFORE_YEAR = _lazy(
    "_REPORT_BEFORE_YEAR",
    r"(?:tip|trafficking\s+in\s+persons)(?:\s*\(tip\))?\s+report(?:\s*\(tip\s+report\))?"
    r"\s*(?:,\s*|\s+(?:of|for)\s+)?\Z",
)
_IN_BEFORE_YEAR = _lazy("_IN_BEFORE_YEAR", r"in\s+\Z")
_CLAUSE_OPENING = _lazy(
    "_CLAUSE_OPENING", r"(?:[;,:]\s*|\b(?:and|but|while|whereas|then|so|therefore)\s+)\Z"
)
_RANGE_AFTER_YEAR = _lazy("_RANGE_AFTER_YEAR", r"\s*[-–/]\s*\d")
_NOT_THE_RANKING_YEAR = _lazy(
    "_NOT_THE_RANKING_YEAR",
    r"\b(?:since|from|after|before|until|than|compared\s+(?:to|with)|between|unlike|prior\s+to)"
    r"\s+(?:the\s+|its\s+)?\Z",
)
_IN_YEAR_AFTER_TIER = _lazy(
    "_IN_YEAR_AFTER_TIER",
    r"\s*(?:ranking\s+|status\s+)?(?:for\s+the\s+first\s+time\s+)?in\s+"
    rf"(?:(?P<year>{_YEAR})\b(?!\s*[-–/]\s*\d)"
    rf"|(?:the|its)\s+(?P<report_year>{_YEAR})\s+(?:tip\s+|trafficking\s+in\s+persons\s+)?report\b)",
)
# Where the clause of a ranking ends, after its tier.
_RANKING_CLAUSE_END = _lazy(
    "_RANKING_CLAUSE_END",
    r"[,;]|\s(?:because|since|as|which|who|meaning|although|though|while|whereas|but)\s",
)
# Words that put a ranking in the past, where the report's year cannot be guessed.
_PAST_CUES = (
    "previously", "formerly", "once", "in the past", "had been", "used to", "historically",
    "prior to", "at the time",
)  # fmt: skip
_PAST_CUE = _lazy(
    "_PAST_CUE",
    r"\b(?:previously|formerly|once(?!\s+again)|in\s+the\s+past|had\s+been|used\s+to"
    r"|historically|prior\s+to|at\s+the\s+time)\b",
)
_YEAR_RANGE = _lazy(
    "_YEAR_RANGE",
    rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|until|through)\s+({_YEAR})(?![\w-])",
)
_LAST_YEAR = _lazy("_LAST_YEAR", r"\blast\s+year\b(?!'s)")
_THIS_YEAR = _lazy("_THIS_YEAR", r"\bthis\s+year\b")
_TIP_TITLE = _lazy("_TIP_TITLE", r"\bTIP\b|trafficking\s+in\s+persons", re.I)
_YEAR_IN_TITLE = _lazy("_YEAR_IN_TITLE", rf"(?<![\w-]){_YEAR}(?![\w-])")
# How far before a tier its verb phrase may begin ("was upgraded in the 2021 report from
# the Tier 2 Watch List to"); the object of an active verb fits in it too.
_VERB_WINDOW = 140
# A ranking's text runs from its subject to its tier, unless the subject is this far away.
MAX_PHRASE = 80
# The report comes out in late June; before then, "the current report" is last year's.
REPORT_RELEASE = (6, 15)
# Until 2008 it came out in early June (on 3 June 2005, 4 June 2008).
EARLY_REPORT_RELEASE, LAST_EARLY_REPORT = (6, 3), 2008


class _Sentence:
    """A sentence and its lower-cased twin, which has the same offsets."""

    __slots__ = ("text", "low")

    def __init__(self, text: str, low: str):
        self.text = text
        self.low = low


def _tier_value(match: re.Match) -> str | None:
    number = _TIER_NUMBERS.get(match.group("number").lower())
    if number is None:
        return None
    if match.group("watch"):
        return "Tier 2 Watch List" if number == 2 else None
    return f"Tier {number}"


def _canonical_tier(low: str) -> str | None:
    """The tier a lower-case phrase such as "tier 2 watch list" or "the watch list" names."""
    start = low.find("tier")
    tier = _TIER_AT.match(low, start) if start >= 0 else None
    if tier:
        return _tier_value(tier)
    if "special" in low:
        return "Special Case"
    if "watch" in low:
        return "Tier 2 Watch List"
    return None


@dataclass
class _Context:
    title_country: str | None
    title_year: int | None
    date: datetime.date | None
    tip_context: bool
    has_tier: bool


@dataclass
class _Ranking:
    countries: list[str]
    value: str
    previous: str | None
    subject_start: int
    subject_end: int
    verb_start: int


def _tier_mentions(sentence: _Sentence, context: _Context) -> list[tuple[int, int, str]]:
    low = sentence.low
    mentions = []
    for position in _positions(low, "tier"):
        if position and low[position - 1].isalnum():
            continue
        match = _TIER_AT.match(low, position)
        if match:
            value = _tier_value(match)
            if value:
                mentions.append((match.start(), match.end(), value))
    if context.has_tier:
        for position in _positions(low, "watch"):
            if (position and low[position - 1].isalnum()) or any(
                start <= position < end for start, end, _ in mentions
            ):
                continue
            match = _WATCH_AT.match(low, position)
            if not match or _NOT_A_BARE_WATCH_LIST.search(low[max(0, position - 30) : position]):
                continue
            start = position - 4 if low.endswith("the ", 0, position) else position
            mentions.append((start, match.end(), "Tier 2 Watch List"))
    if context.tip_context and "special case" in low:
        for match in _SPECIAL_CASE_RE.finditer(sentence.text):
            mentions.append((match.start(), match.end(), "Special Case"))
    mentions.sort()
    return mentions


def _preposition_before(low: str, region_start: int, position: int) -> bool:
    """Whether the country at `position` follows a preposition ("victims from Uzbekistan"),
    other than the "of" in "the Government of Kazakhstan"."""
    words = low[max(region_start, position - 40) : position].split()
    if words and words[-1] == "the":
        words.pop()
    if not words or words[-1] not in _PREPOSITIONS:
        return False
    return not (words[-1] == "of" and len(words) >= 2 and words[-2] in _NAMED_OF)


def _subject(sentence: _Sentence, region_start: int, region_end: int):
    """The countries a verb starting at `region_end` is said of, and where they start."""
    text, low = sentence.text, sentence.low
    if "," in low[region_start:region_end]:
        # "Vietnam, which ... over a rising China, was downgraded": the clause's countries
        # are not the subject.
        relative = _RELATIVE_CLAUSE_BEFORE.search(low, region_start, region_end)
        if relative:
            region_end = relative.start()
    mentions = [
        (start + region_start, end + region_start, country)
        for start, end, country in _countries_in(text[region_start:region_end])
    ]
    if (
        low.find("ranking", region_start, region_end) >= 0
        or low.find("rating", region_start, region_end) >= 0
        or low.find("placement", region_start, region_end) >= 0
    ):
        mentions.extend(_demonym_mentions(text, low, region_start, region_end))
        mentions.sort()
    index = len(mentions) - 1
    while index >= 0:
        start, end, country = mentions[index]
        if _is_adjectival(text, end, _VERBS):
            index -= 1
            continue
        first = index
        while first > 0 and _CHAIN_GAP.fullmatch(text[mentions[first - 1][1] : mentions[first][0]]):
            first -= 1
        head = mentions[first][0]
        if _preposition_before(low, region_start, head):
            index = first - 1
            continue
        between = low[end:region_end]
        if (
            len(between) > 160
            or _GENERIC_SUBJECT.search(between)
            or _CONDITION.search(between)
            or _POSSESSED_SUBJECT.match(between)
            or _conditional_before(low, region_start, head)
        ):
            return None
        countries = []
        for _, _, name in mentions[first : index + 1]:
            if name not in countries:
                countries.append(name)
        return countries, head, end
    return None


def _fallback_subject(sentence: _Sentence, region_start: int, region_end: int, context: _Context):
    """The title's country, when the sentence says "the government" or "the country"."""
    if not context.title_country:
        return None
    region = sentence.low[region_start:region_end]
    subject = _FALLBACK_SUBJECT.search(region)
    if not subject or _conditional_before(region, 0, subject.start()):
        return None
    if subject.group().startswith("it") and _GENERIC_SENTENCE.search(sentence.low):
        return None
    others = {country for _, _, country in _countries_in(sentence.text)} - {context.title_country}
    if others:
        return None
    return [context.title_country], region_start + subject.start(), region_start + subject.end()


def _previous_tier(low: str | None) -> str | None:
    return _canonical_tier(low) if low else None


def _ranking_for(
    sentence: _Sentence,
    start: int,
    end: int,
    value: str,
    region_start: int,
    context: _Context,
    carried: _Ranking | None,
) -> _Ranking | None:
    """What the sentence says, about which country, with the tier mention at [start, end)."""
    low = sentence.low
    offset = max(region_start, start - _VERB_WINDOW)
    left = low[offset:start]
    right = low[end : end + 80]

    heading = _heading_country(sentence, start, end, region_start)
    if heading:
        return _Ranking(heading[0], value, None, heading[1], start, heading[1])
    if _ENDED_AFTER.match(right):
        return None  # "had Tier 2 status until 2019": a ranking that is over

    listed = (_SPECIAL_CASES_ARE if value == "Special Case" else _TIER_LIST_AFTER).match(low, end)
    if listed:
        # "the Special Cases were Libya, Somalia and Yemen", "Those demoted from the Tier 2
        # Watch List to Tier 3 included Belarus, Belize and Burundi", "19 Tier 3 countries: ..."
        countries = _leading_chain(sentence.text, listed.end())
        if countries and not _UNREAL_WORD.search(low, region_start, start):
            earlier = _LISTED_FROM_BEFORE.search(left)
            previous = _previous_tier(earlier.group("previous")) if earlier else None
            return _Ranking(countries, value, previous, start, end, start)
    if value == "Special Case":
        verb = _SPECIAL_CASE_VERB.search(left)
        if not verb:
            return None
        group_start = offset + verb.start("group")
        return _with_subject(sentence, group_start, value, None, region_start, context, carried)

    previous_after = _PREVIOUS_AFTER.match(right)
    previous = (
        _previous_tier(previous_after.group("previous") or previous_after.group("earlier"))
        if previous_after
        else None
    )

    verb = _RANKING_VERB.search(left)
    if verb and (verb.group("previous") or not _FROM_BEFORE.search(left)):
        group_start = offset + verb.start("group")
        if _modal_before(low, region_start, group_start):
            return None
        if low.startswith(("join", "rejoin", "made it", "make"), group_start) and (
            _GROUP_OF_COUNTRIES_AFTER.match(right)
        ):
            return None  # "joined Tier 1 countries in signing the protocol"
        previous = _previous_tier(verb.group("previous")) or previous
        ranking = _with_subject(
            sentence, group_start, value, previous, region_start, context, carried
        )
        if (
            ranking
            and verb.group("bare")
            and ranking.subject_start != group_start
            and sentence.text[ranking.subject_end : group_start].strip()
        ):
            return None  # "the report upgraded to": a bare participle needs its country
        return ranking

    active = _ACTIVE_RANKING_VERB.search(left)
    if active:
        group_start = offset + active.start("group")
        if (
            _modal_before(low, region_start, group_start)
            or _PASSIVE_BEFORE.search(low[max(region_start, group_start - 12) : group_start])
            or _CONDITION_IN_CLAUSE.search(
                low, max(region_start, low.rfind(";", 0, group_start)), group_start
            )
            or _CONDITION_AFTER.match(right)
        ):
            return None
        object_start, object_end = offset + active.start("object"), offset + active.end("object")
        countries = _whole_chain(sentence.text, object_start, object_end)
        if countries is None and low[object_start:object_end] in _THE_COUNTRY:
            countries = _named_before(sentence, region_start, group_start)
        if countries is not None:
            previous = _previous_tier(active.group("previous")) or previous
            return _Ranking(countries, value, previous, object_start, object_end, group_start)
        # "maintained its Tier 1 ranking": not an active verb with a country; read on.

    if "of " in left or "'s " in left:
        change = _change_noun(sentence, offset, left, right, region_start, value, previous)
        if change:
            return change

    noun_phrase = _IS_A_TIER.search(left) if _COUNTRY_NOUN_AFTER.match(right) else None
    if noun_phrase is None and _RANKING_NOUN_AFTER.match(right):
        noun_phrase = _HAS_A_TIER.search(left)
        if noun_phrase is None:
            possessive = _POSSESSIVE_BEFORE.search(left)
            if possessive:
                owner_end = offset + possessive.start()
                owner = _chain_ending_at(sentence, region_start, owner_end) or _demonym_owner(
                    sentence.text, region_start, owner_end
                )
                if owner and not _modal_before(low, region_start, owner[1]):
                    return _Ranking(owner[0], value, None, owner[1], owner_end, owner[1])
                return None
    if noun_phrase:
        group_start = offset + noun_phrase.start("group")
        if _modal_before(low, region_start, group_start):
            return None
        return _with_subject(sentence, group_start, value, None, region_start, context, carried)
    return None


def _change_noun(
    sentence: _Sentence,
    offset: int,
    left: str,
    right: str,
    region_start: int,
    value: str,
    previous: str | None,
) -> _Ranking | None:
    """A change told as a noun: "the upgrade of Uzbekistan's ranking ... to Tier 2",
    "Kazakhstan's downgrade to Tier 3"; not a wished-for or feared one."""
    low = sentence.low
    countries = None
    described = _NOUN_RANKING.search(left)
    if described:
        group_start = offset + described.start("group")
        object_start = offset + described.start("object")
        object_end = offset + described.end("object")
        countries = _whole_chain(sentence.text, object_start, object_end)
    else:
        described = _POSSESSIVE_CHANGE.search(left)
        if described:
            object_end = offset + described.start("group")
            owner = _chain_ending_at(sentence, region_start, object_end)
            if owner:
                countries, object_start = owner
                group_start = offset + described.start("group")
    if not countries:
        return None
    guard = min(group_start, object_start)
    words = [word.strip(',;:("') for word in low[max(region_start, guard - 40) : guard].split()]
    if (
        any(word in _UNREAL_BEFORE or word in _MODALS for word in words[-3:])
        or _modal_before(low, region_start, guard)
        or _UNREAL_AFTER.match(right)
        or _CONDITION_AFTER.match(right)
        or _CONDITION_IN_CLAUSE.search(low, max(region_start, low.rfind(";", 0, guard)), guard)
    ):
        return None
    previous = _previous_tier(described.group("previous")) or previous
    return _Ranking(countries, value, previous, object_start, object_end, group_start)


def _modal_before(low: str, region_start: int, position: int) -> bool:
    """ "could be", "will remain", "to remain", "did not fall": no statement of a ranking;
    nor is "observers expect the report places Kazakhstan ..." """
    words = low[max(region_start, position - 40) : position].split()
    if not words:
        return False
    if words[-1] == "to" and len(words) >= 2 and words[-2] in _CONTINUING:
        return False  # "Nepal continues to remain in Tier 2" states it
    if words[-1] in _MODALS:
        return True
    # "could easily fall", but not "which did well, remained"
    if len(words) >= 2 and words[-2] in _MODALS and words[-1].isalpha():
        return True
    for word in reversed(words):
        if word in _EXPECTING:
            return True
        if word in _CLAUSE_OPENERS or word[-1] in ",;:":
            return False
    return False


def _conditional_before(low: str, region_start: int, position: int) -> bool:
    """Whether one of the three words before `position` makes what follows a condition."""
    words = [word.strip(",;:") for word in low[max(region_start, position - 40) : position].split()]
    last = words[-3:]
    for index, word in enumerate(last):
        if word == "should" and index < len(last) - 1:
            continue  # a condition only right before its subject ("Should Ghana be ..."),
            # not as the speaker's own verb ("We should ask why China was ...")
        if word in _CONDITIONS and not (
            word == "once" and last[index + 1 : index + 2] == ["again"]
        ):
            return True
    return False


def _with_subject(
    sentence: _Sentence,
    verb_start: int,
    value: str,
    previous: str | None,
    region_start: int,
    context: _Context,
    carried: _Ranking | None,
) -> _Ranking | None:
    subject = _subject(sentence, region_start, verb_start)
    if subject is None:
        if _countries_in(sentence.text[region_start:verb_start]):
            return None
        region = sentence.low[region_start:verb_start]
        if carried and _shares_subject(sentence.low, region, carried):
            return _Ranking(carried.countries, value, previous, verb_start, verb_start, verb_start)
        subject = _fallback_subject(sentence, region_start, verb_start, context)
    if subject is None:
        return None
    if _conditional_before(sentence.low, region_start, subject[1]):
        return None
    return _Ranking(subject[0], value, previous, subject[1], subject[2], verb_start)


def _shares_subject(low: str, region: str, earlier: _Ranking) -> bool:
    """Whether a verb after `region` is said of the subject of the sentence's earlier ranking:
    "Kazakhstan fell to Tier 3 in 2019 and was upgraded to Tier 2 in 2021", or
    "Kazakhstan, which was placed on the Watch List in 2019, was upgraded to Tier 2"."""
    if _CONDITION.search(region) or ";" in region:
        return False
    if _COORDINATED_VERB.search(region):
        return True
    return bool(_RELATIVE_CLAUSE.match(low, earlier.subject_end) and _CLAUSE_CLOSED.search(region))


def _heading_country(sentence: _Sentence, start: int, end: int, region_start: int):
    """ "KAZAKHSTAN: Tier 2", "Kazakhstan (Tier 2)" and the like."""
    text = sentence.text
    # What ends the text before the tier, spaces aside: str methods, not a regex that
    # would scan the whole of it.
    trimmed = text[region_start:start].rstrip()
    mark = trimmed[-1:]
    if not mark or mark not in ":-–—(":
        return None
    after = text[end:]
    if _HEADING_AFTER.fullmatch(after):
        name = trimmed[:-1].strip()
        if name in _COUNTRY_NAMES:
            return [_COUNTRY_NAMES[name]], region_start + trimmed.index(name)
    if mark == "(" and _PARENTHESIS_AFTER.match(after):
        chain = _chain_ending_at(sentence, region_start, region_start + len(trimmed[:-1].rstrip()))
        if chain and len(chain[0]) == 1:
            return chain
    if mark == ":":
        name_end = region_start + len(trimmed) - 1
        for begin, stop, country in _countries_in(text[region_start:name_end]):
            if region_start + stop == name_end and text[region_start + begin : name_end].isupper():
                return [country], region_start + begin
    return None


def _chain_ending_at(sentence: _Sentence, region_start: int, end: int):
    """The countries (one, or several joined by commas and "and") that end exactly at `end`."""
    text = sentence.text
    mentions = [
        (start + region_start, stop + region_start, country)
        for start, stop, country in _countries_in(text[region_start:end])
    ]
    if not mentions or mentions[-1][1] != end:
        return None
    first = len(mentions) - 1
    while first > 0 and _CHAIN_GAP.fullmatch(text[mentions[first - 1][1] : mentions[first][0]]):
        first -= 1
    head = mentions[first][0]
    if _preposition_before(sentence.low, region_start, head):
        return None
    return [country for _, _, country in mentions[first:]], head


def _whole_chain(text: str, start: int, end: int) -> list[str] | None:
    """The countries when text[start:end] is nothing but a list of countries."""
    phrase = text[start:end]
    stripped = phrase[4:] if phrase[:4].lower() == "the " else phrase
    mentions = _countries_in(stripped)
    if not mentions or mentions[0][0] != 0 or mentions[-1][1] != len(stripped):
        return None
    for (_, previous_end, _), (next_start, _, _) in zip(mentions, mentions[1:], strict=False):
        if not _CHAIN_GAP.fullmatch(stripped[previous_end:next_start]):
            return None
    return list(dict.fromkeys(country for _, _, country in mentions))


_THE_COUNTRY = frozenset({"the country", "the nation"})


def _named_before(sentence: _Sentence, region_start: int, end: int) -> list[str] | None:
    """The country named last before `end`, which "the country" after a verb refers to:
    "The United States praised Cambodia ... and upgraded the country from its Tier 3 to
    Tier 2 Watch List"; none when that is one of a list or follows a preposition."""
    text = sentence.text
    mentions = _countries_in(text[region_start:end])
    if not mentions:
        return None
    start, _, country = mentions[-1]
    if len(mentions) > 1 and _CHAIN_GAP.fullmatch(
        text[region_start + mentions[-2][1] : region_start + start]
    ):
        return None
    if _preposition_before(sentence.low, region_start, region_start + start):
        return None
    return [country]


def _leading_chain(text: str, start: int) -> list[str] | None:
    """The list of countries that begins exactly at `start` ("Libya, Somalia and Yemen")."""
    mentions = _countries_in(text[start:])
    if not mentions or mentions[0][0] != 0:
        return None
    countries = [mentions[0][2]]
    for (_, previous_end, _), (next_start, _, country) in zip(mentions, mentions[1:], strict=False):
        if not _CHAIN_GAP.fullmatch(text[start + previous_end : start + next_start]):
            break
        countries.append(country)
    return list(dict.fromkeys(countries))


def _ranking_year(
    low: str,
    local_start: int,
    local_end: int,
    tier_end: int,
    ranking: _Ranking,
    context: _Context,
) -> int | None:
    """The report year of a ranking: said in the sentence, else the title's, else the date's."""
    # A year in an earlier clause is not this ranking's: "In 2020, the government
    # demonstrated increasing efforts ...; therefore Moldova remained on Tier 2."
    clause_start = low.rfind(";", local_start, ranking.subject_start) + 1
    local_start = max(local_start, clause_start)
    local = _stated_years(low, local_start, local_end)
    after = _IN_YEAR_AFTER_TIER.match(low, tier_end)
    if after:
        local.add(int(after.group("year") or after.group("report_year")))
    if len(local) == 1:
        return local.pop()
    if local:
        return None
    # "From 2013 to 2016, Sri Lanka was placed on the Watch List": the range's last report,
    # when the range comes before the ranking's subject.
    if "from" in low or "between" in low:
        before = low[local_start : ranking.subject_start]
        ranges = _YEAR_RANGE.findall(before)
        if len(ranges) == 1 and ";" not in before:
            return int(ranges[0])
    whole = (clause_start, len(low))
    stated = _stated_years(low, *whole) if (local_start, local_end) != whole else local
    if len(stated) == 1:
        return stated.pop()
    # Words about time count only where they can bear on this ranking: before its subject
    # or from its verb to the end of its clause, not in a clause between the two ("which
    # slipped last year") nor in one after it (", meaning that it failed ... in the past year",
    # "because it has not provided evidence ... over the last year").
    clause_break = _RANKING_CLAUSE_END.search(low, tier_end, local_end)
    clause_end = clause_break.start() if clause_break else local_end
    own = low[local_start : ranking.subject_start] + " | " + low[ranking.verb_start : clause_end]
    if stated or (any(cue in own for cue in _PAST_CUES) and _PAST_CUE.search(own)):
        return None
    date = context.date
    if "last year" in own and _LAST_YEAR.search(own):
        return date.year - 1 if date else None
    if context.title_year:
        return context.title_year
    if date is None:
        return None
    release = EARLY_REPORT_RELEASE if date.year <= LAST_EARLY_REPORT else REPORT_RELEASE
    if ("this year" in own and _THIS_YEAR.search(own)) or (date.month, date.day) >= release:
        return date.year
    return date.year - 1


def _stated_years(low: str, start: int, end: int) -> set[int]:
    """The report years that low[start:end] states."""
    years: set[int] = set()
    if not _ANY_DIGIT.search(low, start, end):
        return years
    for match in _YEAR_TOKEN.finditer(low, start, end):
        if match.start() and (low[match.start() - 1].isalnum() or low[match.start() - 1] in "_-"):
            continue
        before = low[max(start, match.start() - 100) : match.start()]
        if _REPORT_AFTER_YEAR.match(low, match.end(), end):
            if not _NOT_THE_RANKING_YEAR.search(before[-40:]):
                years.add(int(match.group()))
            continue
        report = _REPORT_BEFORE_YEAR.search(before[-60:])
        if report:
            opening = before[-60:][: report.start()]
            if not _NOT_THE_RANKING_YEAR.search(opening[-40:]):
                years.add(int(match.group()))
            continue
        in_year = _IN_BEFORE_YEAR.search(before[-8:])
        if in_year and not _RANGE_AFTER_YEAR.match(low, match.end()):
            opening = low[start : match.start() - len(in_year.group())]
            if not opening.strip() or _CLAUSE_OPENING.search(opening[-15:]):
                years.add(int(match.group()))
    return years


def _tier_facts(low: str, sentences: _Sentences, context: _Context) -> list[tuple[int, Fact]]:
    found: list[tuple[int, Fact]] = []
    cues = [position for cue in _TIER_CUES for position in _positions(low, cue)]
    for sentence_start, text in sentences.containing(cues):
        if text.rstrip().endswith("?"):
            continue
        sentence_low = low[sentence_start : sentence_start + len(text)]
        if '"' in sentence_low:
            # "advanced from "Tier 3" into "Tier 1."": read as if unquoted (same offsets).
            sentence_low = _QUOTED_TIER.sub(r" \1 ", sentence_low)
        sentence = _Sentence(text, sentence_low)
        mentions = _tier_mentions(sentence, context)
        region_start = year_start = 0
        carried: _Ranking | None = None
        here: list[tuple[int, Fact, bool]] = []
        for index, (start, end, value) in enumerate(mentions):
            ranking = _ranking_for(sentence, start, end, value, region_start, context, carried)
            if ranking is None:
                continue
            next_start = mentions[index + 1][0] if index + 1 < len(mentions) else len(text)
            year = _ranking_year(sentence.low, year_start, next_start, end, ranking, context)
            phrase_start = min(ranking.subject_start, start)
            if start - phrase_start > MAX_PHRASE:
                phrase_start = min(ranking.verb_start, start)
            phrase_end = end
            if "(" in text[phrase_start:end] and text.startswith(")", end):
                phrase_end += 1
            previous = ranking.previous if ranking.previous != value else None
            lasting = bool(
                sentence.low.startswith(("has been", "have been", "had been"), ranking.verb_start)
                and _DURATION_AFTER.match(sentence.low, end)
            )
            for country in ranking.countries:
                fact = Fact(
                    kind="tier",
                    value=value,
                    text=text[phrase_start:phrase_end],
                    sentence=text,
                    start=sentence_start,
                    country=country,
                    year=year,
                    previous=previous,
                )
                here.append((sentence_start + phrase_start, fact, lasting))
            region_start = end
            # "... in the 2020 report and was upgraded ...": that year is this ranking's.
            after = _IN_YEAR_AFTER_TIER.match(sentence.low, end)
            year_start = after.end() if after else end
            carried = ranking
        found.extend(_current_rankings(here))
    return _unique_tiers(found)


def _current_rankings(here: list[tuple[int, Fact, bool]]) -> list[tuple[int, Fact]]:
    """A sentence's rankings, without one that only tells how long a country has been on a
    tier when the sentence also gives its new tier: "because it has been on Tier 2 Watch
    List for four years it ... is therefore ranked Tier 3" (the lasting tier is the earlier one)."""
    if not any(long for _, _, long in here):
        return [(position, fact) for position, fact, _ in here]
    lasting = {fact.country: fact.value for _, fact, long in here if long}
    current = {
        fact.country
        for _, fact, long in here
        if not long and fact.value != lasting.get(fact.country)
    }
    kept = []
    for position, fact, long in here:
        if long and fact.country in current:
            continue
        if not long and fact.country in lasting and fact.country in current and not fact.previous:
            fact = replace(fact, previous=lasting[fact.country])
        kept.append((position, fact))
    return kept


def _unique_tiers(found: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """One fact per country, tier and year; the one that also names the earlier tier wins."""
    chosen: dict[tuple, int] = {}
    result: list[tuple[int, Fact]] = []
    for position, fact in found:
        key = (fact.country, fact.value, fact.year)
        if key not in chosen:
            chosen[key] = len(result)
            result.append((position, fact))
        elif fact.previous and not result[chosen[key]][1].previous:
            result[chosen[key]] = (position, fact)
    return result


# ---------------------------------------------------------------------------
# Figures

_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip
_UNIT_WORD = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
_TENS_WORD = "|".join(_TENS_WORDS)
_SMALL_NUMBER = rf"(?:(?:{_TENS_WORD})(?:[-\s](?:{_UNIT_WORD})(?![\w-]))?|(?:{_UNIT_WORD}))"
_WORD_NUMBER = (
    rf"{_SMALL_NUMBER}(?:\s+hundred)?(?:\s+(?:and\s+)?{_SMALL_NUMBER}(?![\w-]))?"
    r"(?:\s+(?:thousand|million|billion))?"
)
# "half a million", "a quarter of a million", "a million": a share of the scale after it.
_FRACTION = r"half\s+a|a\s+half|a\s+quarter(?:\s+of\s+a)?|three[-\s]quarters\s+of\s+a|a"
_FRACTIONS = {"a": 1, "half a": 0.5, "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
              "three quarters of a": 0.75, "three-quarters of a": 0.75}  # fmt: skip
_FRACTION_WORDS = tuple(sorted((f"{words} " for words in _FRACTIONS), key=len, reverse=True))
_FRACTION_ENDS = ("a ", "half ", "quarter ")
_NUMBER_RE = _lazy(
    "_NUMBER_RE",
    rf"""
    (?<![\w.,/#@%&+=$€£-])
    (?P<currency>US\$\s?|\$\s?|USD\s?|€\s?|EUR\s?|£\s?|GBP\s?|KZT\s?|THB\s?|NGN\s?)?
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
      | (?P<fraction>(?i:{_FRACTION}))(?=\s(?i:million|billion|thousand)(?![\w-]))
      | (?P<words>(?i:{_WORD_NUMBER}|a\s+single))
    )
    (?:\s?(?P<scale>(?i:million|billion|trillion|thousand|mln|bn))(?![\w-]))?
    (?![\w]|[.,]\d|[-–/]\d|-[A-Za-z])
    """,
    re.X,
)
_ANY_DIGIT = re.compile(r"[0-9]")
_CURRENCY_PREFIXES = (
    "US$ ", "US$", "USD ", "EUR ", "GBP ", "KZT ", "THB ", "NGN ", "USD", "$ ", "$", "€", "£",
)  # fmt: skip
_CURRENCY_PREFIX_ENDS = frozenset(prefix[-1] for prefix in _CURRENCY_PREFIXES)
# Most numbers follow a plain word and a space: a prefix can end in that space only after these.
_CURRENCY_BEFORE_SPACE = frozenset(prefix[-2] for prefix in _CURRENCY_PREFIXES if prefix[-1] == " ")
_WORD_NUMBER_START = re.compile(rf"(?:{_TENS_WORD}|{_UNIT_WORD})(?![a-z])")
_NUMBER_WORD_INITIALS = frozenset(word[0] for word in (*_TENS_WORDS, *_UNIT_WORDS))
# Spelled-out numbers, and the words after "a" in "a single", "a million", "half a million".
_SPACED_WORD_NUMBER = re.compile(
    " "
    + _trie_pattern((*_TENS_WORDS, *_UNIT_WORDS, "single", "million", "billion", "thousand"))
    + "(?![a-z])"
)
_AFTER_A = frozenset({" single", " million", " billion", " thousand"})
_CURRENCY_UNITS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR",
                   "£": "GBP", "GBP": "GBP", "KZT": "KZT", "THB": "THB", "NGN": "NGN"}  # fmt: skip
# "25.97 million Kazakhstani Tenge (KZT)", "784 million baht", "250,000 naira", "(KZT)".
_CURRENCY_AFTER = _lazy(
    "_CURRENCY_AFTER",
    r"\s+(?:(?P<usd>(?:U\.S\.\s+|US\s+|American\s+)?dollars\b|USD\b)|(?P<eur>euros?\b|EUR\b)"
    r"|(?P<kzt>(?:(?:Kazakhstani?|KAZAKHSTANI?)\s+)?(?:tenge|Tenge|TENGE)\b(?:\s*\(KZT\))?"
    r"|KZT\b|\(KZT\))"
    r"|(?P<thb>(?:(?:Thai|THAI)\s+)?(?:baht|Baht|BAHT)\b(?:\s*\(THB\))?|THB\b|\(THB\))"
    r"|(?P<ngn>(?:(?:Nigerian|NIGERIAN)\s+)?(?:naira|Naira|NAIRA)\b(?:\s*\(NGN\))?|NGN\b"
    r"|\(NGN\))"
    r"|(?P<gbp>pounds\s+sterling\b|GBP\b))",
)
_MONEY_UNITS = ("usd", "eur", "kzt", "thb", "ngn", "gbp")
_PERCENT_AFTER = _lazy("_PERCENT_AFTER", r"\s*(?:%|percent\b|per\s+cent\b)", re.I)
_NOUN_UNITS = {
    "people": "people", "persons": "people", "individuals": "people", "adults": "people",
    "children": "people", "men": "people", "women": "people", "girls": "people",
    "boys": "people", "workers": "people", "migrants": "people", "minors": "people",
    "laborers": "people", "labourers": "people",
    "victims": "victims", "survivors": "victims",
    "cases": "cases",
    "investigations": "investigations",
    "prosecutions": "prosecutions",
    "convictions": "convictions",
    "traffickers": "traffickers",
    "calls": "calls",
}  # fmt: skip
# Counted by a verb ("prosecuted 77 defendants"), these nouns are no unit on their own.
_VERB_COUNTED_NOUNS = {
    "suspects", "defendants", "perpetrators", "offenders", "officials", "employers",
    "recruiters", "incidents", "allegations", "complaints",
}  # fmt: skip
# "convicted 12 victims" is no conviction count: these nouns keep their own unit.
_COUNTED_AS_THEMSELVES = ("victims", "investigations", "prosecutions", "convictions")
_VERB_UNITS = {"investigat": "investigations", "prosecut": "prosecutions", "convict": "convictions"}
# "and convicted 30,": a verb that counts the number right after it.
_BARE_COUNT_VERBS = frozenset(f"{stem}ed" for stem in _VERB_UNITS)
_ONE_COUNT = frozenset({"prosecution"})
_COUNT_NOUNS = frozenset({"investigations", "prosecutions", "convictions"})
# Between a counting verb and its number: "convicted only two", "identified a further 12".
_FILLER_WORDS = frozenset({"only", "just", "another"})
_FILLER_PAIRS = frozenset({("a", "further"), ("an", "additional"), ("a", "mere")})
# "one" and "a single" take a singular noun, counted only after a verb that counts it.
_ONES = frozenset({"one", "a single"})
_SINGULAR_UNITS = {
    "trafficker": "traffickers", "case": "cases", "victim": "victims", "survivor": "victims",
    "suspect": None, "defendant": None, "perpetrator": None, "offender": None,
    "investigation": "investigations", "prosecution": "prosecutions",
    "conviction": "convictions", "person": "people", "individual": "people",
}  # fmt: skip
_SINGULAR_VERBS = ("investigat", "prosecut", "convict", "identif", "assist")
_NEGATIONS = frozenset({"not", "never", "no", "nor", "failed", "without", "neither"})
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
# Words that end the short run of modifiers between a number and its noun.
_GAP_STOPS = (
    r"of|in|to|from|for|with|and|or|but|nor|the|a|an|were|was|are|is|be|been|being|has|have"
    r"|had|who|whom|whose|which|that|per|each|every|than|more|less|fewer|at|on|by|as|into"
    r"|out|over|under|about|after|before|during|since|until|through|between|among|across"
    r"|against|within|without|including|such|this|these|those|their|its|his|her|our|your"
    r"|years?|months?|days?|weeks?|hours?|minutes?|seconds?|times|languages|countries"
    r"|nations|percent|other|additional|more|" + _UNIT_WORD + "|" + _TENS_WORD + "|" + _MONTH
)
# A word between a number and its noun; it may be hyphenated even when it starts like a
# stop word ("26 in-process cases").
_GAP_WORD = rf"(?!(?:{_GAP_STOPS})(?![\w-]))[A-Za-z][A-Za-z'-]*"
_NOUN_AFTER = _lazy(
    "_NOUN_AFTER",
    # "649 child slavery and forced begging victims": modifiers may be joined by and/or;
    # "Twenty million or more people".
    rf"(?P<gap>(?:\s+or\s+(?:more|so)(?![\w-]))?(?:\s+(?:(?:and|or)\s+)?{_GAP_WORD}){{0,4}}?)\s+"
    rf"(?P<noun>{'|'.join(sorted((*_NOUN_UNITS, *_VERB_COUNTED_NOUNS), key=len, reverse=True))})"
    r"\b(?!'s|-)",
    re.I,
)
_SINGULAR_AFTER = _lazy(
    "_SINGULAR_AFTER",
    rf"(?P<gap>(?:\s+{_GAP_WORD}){{0,2}}?)\s+"
    r"(?P<noun>trafficker|case|victim|survivor|suspect|defendant|perpetrator|offender"
    r"|investigation|prosecution|conviction|person|individual)\b(?!'s|-)",
    re.I,
)
_SHARED_NOUN_GAP = _lazy(
    "_SHARED_NOUN_GAP",
    rf"(?:\s+{_GAP_WORD}){{1,3}}?\s+(?:and|or)\s+"
    rf"(?=\d|(?i:{_TENS_WORD}|{_UNIT_WORD})\b)",
    re.I,
)
_CLAUSE_ENDS_AFTER = _lazy("_CLAUSE_ENDS_AFTER", r"\s*(?:[,.;)]|\Z)")
_SECOND_VERBS = frozenset({"sentenced", "convicted", "prosecuted", "investigated", "charged"})
_VERB_AFTER = _lazy(
    "_VERB_AFTER", r"\s+(?:were\s+|was\s+)?(?P<verb>convict|prosecut|investigat)ed\b", re.I
)
_QUALIFIER_BEFORE = _lazy(
    "_QUALIFIER_BEFORE",
    r"\b(?P<qualifier>an\s+estimated|estimated(?:\s+at)?|more\s+than|over|nearly|almost|about"
    r"|approximately|approx\.|around|at\s+least|up\s+to|fewer\s+than|less\s+than|roughly"
    r"|as\s+many\s+as|close\s+to|upwards\s+of|in\s+excess\s+of|well\s+over|just\s+over)\s+\Z",
    re.I,
)
_QUALIFIERS = {
    "an estimated": "estimated", "estimated": "estimated", "estimated at": "estimated",
    "approx.": "approximately", "as many as": "up to", "close to": "nearly",
    "upwards of": "more than", "in excess of": "more than", "well over": "over",
    "just over": "over",
}  # fmt: skip
# A number right after one of these words is a label, a date, an age or a phone number.
_LABEL_WORDS = frozenset(
    """article articles art. section sections sec. § §§ no. nos. number numbers proclamation
    proclamations resolution resolutions res. law laws l. chapter chapters ch. title part page
    pages p. pp. vol. volume paragraph paragraphs para. order decree rule bill act item code
    clause annex appendix figure fig. table tier tiers fy year grade level phase form room
    suite box route amendment directive regulation protocol doc. docket id ext. extension dial
    dialing dialling call calling text texting hotline line helpline age ages aged under
    u.s.c. c.f.r. stat. h.r. s. con. pub. cong. # january february march april may june july
    august september october november december jan jan. feb feb. mar mar. apr apr. jun jun.
    jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.""".split()
)
_LABEL_AFTER = _lazy("_LABEL_AFTER", rf"\s*(?:U\.S\.C\.|C\.F\.R\.|FR\b|Stat\.|{_MONTH}\b)", re.I)
# "one in four", "three out of five", "10 to 15", "between 10,000 and 15,000": not a count.
_RANGE_WORDS = frozenset({"in", "to", "and", "or", "-", "–", "of"})
_NUMBER_WORDS = frozenset((*_UNIT_WORDS, *_TENS_WORDS))
_QUALIFIER_FIRST_WORDS = frozenset(
    "an estimated more over nearly almost about approximately approx. around at up fewer less"
    " roughly as close upwards in well just".split()
)
_PENALTY_WORDS = ("fine", "penalt", "punishable", "bail")
# What a unit-like word after a number starts with: the unit nouns, scale words and
# currencies. A false hit only costs time; a miss would lose a figure.
_UNIT_PREFIXES = (
    "victim", "survivor", "people", "person", "individual", "adult", "child", "men", "women",
    "girl", "boy", "worker", "migrant", "minor", "labo", "case", "investigation", "prosecution",
    "conviction", "trafficker", "call", "suspect", "defendant", "perpetrator", "offender",
    "official", "employer", "recruiter", "incident", "allegation", "complaint", "percent",
    "per", "dollar", "euro", "tenge", "usd", "eur", "gbp", "kzt", "million", "billion", "baht",
    "thb", "naira", "ngn", "(kzt", "(thb", "(ngn", "kazakhstan", "thai", "nigerian",
    "trillion", "thousand", "hundred", "mln", "bn",
)  # fmt: skip
_COMPARISON_LAST_WORDS = frozenset({"with", "to", "from", "versus", "vs.", "vs"})
_TOKEN_AT = re.compile(r"[\w,.-]*")
_SERVICE_NUMBER = frozenset({"911", "112", "711", "999", "988", "211", "311", "111", "102", "150"})
_COMPARISON_BEFORE = _lazy(
    "_COMPARISON_BEFORE",
    r"(?:\bcompared\s+(?:with|to)|\b(?:a|an)\s+(?:\w+\s+)?(?:decrease|increase|decline|drop|rise"
    r"|reduction|jump)\s+from|\b(?:up|down)\s+from|\bversus|\bvs\.)\s+\Z",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
# A change, not a range: "the number of workers declined from 30,000 to approximately 11,500".
_CHANGE_VERB_BEFORE = _lazy(
    "_CHANGE_VERB_BEFORE",
    r"\b(?:declined|decreased|fell|dropped|rose|increased|grew|climbed|jumped|went\s+(?:up|down)"
    r"|(?:has|have|had)\s+(?:declined|decreased|fallen|dropped|risen|increased|grown|climbed"
    r"|jumped))(?:\s+[a-z]+ly)?\s+\Z",
)
_CHANGE_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?(?![\w,.-]?\d)"
_CHANGE_AFTER_FROM = _lazy(
    "_CHANGE_AFTER_FROM",
    rf"from\s+(?P<x>{_CHANGE_NUMBER})"
    r"(?P<between>(?:\s+[a-z][a-z'-]*){0,4}?(?:\s+(?:in|during)\s+(?:fy\s*)?(?:19|20)\d\d)?)"
    r"\s+to\s+(?:(?:an\s+estimated|estimated|more\s+than|over|nearly|almost|about|approximately"
    r"|around|at\s+least|roughly|just\s+over|well\s+over|close\s+to|some)\s+)?"
    rf"(?P<y>{_CHANGE_NUMBER})",
)
_UNIT_NOUN = "|".join(sorted(_NOUN_UNITS, key=len, reverse=True))
# What changed: "the number of (North Korean) workers (in Russia)", or a bare noun right
# before the verb ("Trafficking investigations declined"), never "the share of victims".
_NUMBER_OF_BEFORE = _lazy(
    "_NUMBER_OF_BEFORE",
    rf"\bnumber\s+of\s+(?:[a-z'-]+\s+){{0,3}}?(?P<noun>{_UNIT_NOUN})\b[^\d.;:!?]{{0,60}}\Z"
    rf"|(?<![\w'-])(?P<subject>{_UNIT_NOUN})\s+(?:[a-z]+ly\s+)?\Z",
)
_SHARE_BEFORE = _lazy(
    "_SHARE_BEFORE", r"\b(?:share|percentage|proportion|rate|ratio|portion|percent)\b"
)
_YEAR_ONLY = _lazy("_YEAR_ONLY", rf"{_YEAR}\Z")
_MONEY = frozenset(_CURRENCY_UNITS.values())
_CONVERSION_BETWEEN = _lazy("_CONVERSION_BETWEEN", r"\s*\(\s*\Z")
_PARENTHESIS_OPEN_BEFORE = _lazy("_PARENTHESIS_OPEN_BEFORE", r"\(\s*\Z")
_EARLIER_PERIOD_AFTER = _lazy(
    "_EARLIER_PERIOD_AFTER",
    rf"\s+(?:in\s+(?:FY\s*)?{_YEAR}\b|during\s+the\s+previous|in\s+the\s+previous"
    r"|the\s+previous\s+(?:year|reporting\s+period)|last\s+year|a\s+year\s+earlier"
    r"|the\s+year\s+before)",
    re.I,
)
_YEAR_IN_PARENTHESIS_AFTER = _lazy(
    "_YEAR_IN_PARENTHESIS_AFTER", rf"\s+in\s+(?:FY\s*)?{_YEAR}\s*\)", re.I
)
_ANY_UNIT_NOUN = _lazy(
    "_ANY_UNIT_NOUN",
    r"\b(?:" + "|".join((*_NOUN_UNITS, *_VERB_COUNTED_NOUNS)) + r")\b|[%$€£]",
    re.I,
)
_DIGITS = _lazy("_DIGITS", r"\d[\d,.]*")


def _number_value(match: re.Match) -> Decimal | int | None:
    digits, words, scale = match.group("digits"), match.group("words"), match.group("scale")
    try:
        if digits:
            plain = digits.replace(",", "")
            if plain.isdigit():  # a whole number needs no Decimal ("24.9 million" does)
                return int(plain) * _SCALE_WORDS[scale.lower()] if scale else int(plain)
            value = Decimal(plain)
        elif words:
            value = Decimal(_words_value(words))
        elif scale:  # "half a million"
            value = Decimal(str(_FRACTIONS[" ".join(match.group("fraction").lower().split())]))
        else:
            return None
    except (InvalidOperation, ValueError):
        return None
    if scale:
        value *= _SCALE_WORDS[scale.lower()]
    return value


def _words_value(words: str) -> int:
    if words[:2].lower() == "a ":
        return 1  # "a single"
    total = current = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _UNIT_WORDS:
            current += _UNIT_WORDS[word]
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALE_WORDS:
            total += (current or 1) * _SCALE_WORDS[word]
            current = 0
    return total + current


def _plain_number(value: Decimal | int) -> int | float:
    if type(value) is int:
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def _is_year(match: re.Match) -> bool:
    digits = match.group("digits")
    return bool(
        digits
        and len(digits) == 4
        and digits.isdigit()
        and 1900 <= int(digits) <= 2099
        and not match.group("scale")
        and not match.group("currency")
    )


@dataclass
class _Figure:
    value: int | float
    unit: str
    qualifier: str | None
    begin: int
    end: int
    # No other figure before it in its clause: "45 cases and 12 convictions, compared with
    # 55 in 2018" does not say which of the two the 55 counts.
    alone: bool = True


def _unit_after(text: str, match: re.Match, end: int) -> tuple[str, str | None, int] | None:
    """(how, unit, end of the phrase) read from what follows the number at text[..end]:
    how is "money", "percent" or "noun"; a noun's unit may still depend on a verb."""
    currency = (match.group("currency") or "").strip()
    if currency:
        return "money", _CURRENCY_UNITS[currency], end
    right = text[end : end + 120]
    percent = _PERCENT_AFTER.match(right)
    if percent:
        return "percent", "percent", end + percent.end()
    money = _CURRENCY_AFTER.match(right)
    if money:
        unit = next(name for name in _MONEY_UNITS if money.group(name))
        return "money", unit.upper(), end + money.end()
    noun = _NOUN_AFTER.match(right)
    if not noun:
        return _shared_noun_after(text, match, end)
    if noun.group("gap").lstrip().startswith("or ") and not _has_scale(match):
        return None  # "three or more persons" defines a group; "20 million or more" counts
    word = noun.group("noun").lower()
    if match.group("digits") in _SERVICE_NUMBER and word == "calls":
        return None
    unit = _NOUN_UNITS.get(word)
    if unit in (None, "traffickers"):
        after = _VERB_AFTER.match(right, noun.end())
        if after:
            unit = _VERB_UNITS[after.group("verb").lower()]
    return "noun", unit, end + noun.end()


def _has_scale(match: re.Match) -> bool:
    """Whether the number says million, billion or thousand ("25 million", "twenty million")."""
    words = (match.group("words") or "").lower()
    return bool(match.group("scale")) or words.endswith(("thousand", "million", "billion"))


def _shared_noun_after(text: str, match: re.Match, end: int) -> tuple[str, str | None, int] | None:
    """ "14 new sex trafficking and two new labor trafficking cases": the first number counts
    the noun that the second one names."""
    shared = _SHARED_NOUN_GAP.match(text, end)
    if not shared:
        return None
    second = _NUMBER_RE.match(text, shared.end())
    if not second or second.group("currency") or _is_year(second):
        return None
    read = _unit_after(text, second, second.end())
    return read if read is not None and read[0] == "noun" else None


def _inherited_unit(sentence: str, begin: int, end: int, earlier: _Figure | None) -> str | None:
    """The unit of an elided comparison: "45 cases in 2019, compared with 55 in 2018"."""
    if earlier is None or begin - earlier.end > 100:
        return None
    between = sentence[earlier.end : begin]
    comparison = _COMPARISON_BEFORE.search(between)
    if comparison and earlier.alone and _EARLIER_PERIOD_AFTER.match(sentence, end):
        lead = between[: comparison.start()]
    elif _PARENTHESIS_OPEN_BEFORE.search(between) and _YEAR_IN_PARENTHESIS_AFTER.match(
        sentence, end
    ):
        lead = between[: _PARENTHESIS_OPEN_BEFORE.search(between).start()]
    else:
        return None
    if len(lead) > 60 or re.search(r"[.;:()!?\n]", lead) or _ANY_UNIT_NOUN.search(lead):
        return None
    if any(not re.fullmatch(_YEAR + ",?", number) for number in _DIGITS.findall(lead)):
        return None
    return earlier.unit


def _digit_run_starts(text: str) -> list[int]:
    """Where runs of digits (with their commas and points) begin; str.find per digit is
    several times cheaper than a regex scan on this hardware."""
    digits = []
    for digit in "0123456789":
        position = text.find(digit)
        while position >= 0:
            digits.append(position)
            position = text.find(digit, position + 1)
    digits.sort()
    starts = []
    previous = -2
    for position in digits:
        joined = position == previous + 1 or (
            position == previous + 2 and text[previous + 1] in ",."
        )
        if not joined:
            starts.append(position)
        previous = position
    return starts


def _number_starts(text: str, low: str) -> list[int]:
    """Where numbers may start: at digits (or a currency sign before them), and at
    spelled-out numbers."""
    starts = []
    for start in _digit_run_starts(text):
        before = text[start - 1] if start else ""
        if before in _CURRENCY_PREFIX_ENDS and (
            before != " " or text[start - 2 : start - 1] in _CURRENCY_BEFORE_SPACE
        ):
            for prefix in _CURRENCY_PREFIXES:
                if text.startswith(prefix, start - len(prefix)):
                    start -= len(prefix)
                    break
        starts.append(start)
    # A literal space in front lets the regex engine skip ahead; the few spelled-out
    # numbers that open a line are picked up separately.
    for match in _SPACED_WORD_NUMBER.finditer(low):
        position = match.start() + 1
        if match.group() not in _AFTER_A:
            starts.append(position)
        elif match.group() == " single":
            if (
                low.endswith("a", 0, match.start())
                and not low[match.start() - 2 : match.start() - 1].isalnum()
            ):
                starts.append(match.start() - 1)  # "a single"
        elif low.endswith(_FRACTION_ENDS, 0, position):
            start = _fraction_start(low, position)  # "half a million", "a million"
            if start is not None:
                starts.append(start)
    line_starts = (
        (0, *(position + 1 for position in _positions(low, "\n"))) if "\n" in low else (0,)
    )
    for line_start in line_starts:
        if low[line_start : line_start + 1] in _NUMBER_WORD_INITIALS and _WORD_NUMBER_START.match(
            low, line_start
        ):
            starts.append(line_start)
    return sorted(set(starts))


def _fraction_start(low: str, position: int) -> int | None:
    """Where "half a ", "a quarter of a " or "a " before the scale word at `position` begins."""
    for words in _FRACTION_WORDS:
        start = position - len(words)
        if start >= 0 and low.startswith(words, start):
            if start and (low[start - 1].isalnum() or low[start - 1] == "-"):
                continue
            return start
    return None


def _worth_reading(low: str, start: int) -> bool:
    """A quick look at the words around a number, so that the regexes run only for numbers
    that may be figures: a unit-like word follows within a few words ("25 million people",
    "45 trafficking cases", "42 percent"), or the number may inherit the unit of an earlier
    one ("compared with 55 in 2018", "(19 in 2018)")."""
    if low[start] in "$€£" or low.startswith(
        ("us$", "usd", "eur", "gbp", "kzt", "thb", "ngn"), start
    ):
        return True
    token_end = start + len(_TOKEN_AT.match(low, start).group().rstrip(",."))
    if low.startswith("%", token_end):
        return True
    before = low[max(0, start - 16) : start].split()
    last = before[-1] if before and low[start - 1].isspace() else ""
    if last in _LABEL_WORDS:
        return False  # "Tier 2", "Article 128", "January 11"
    token = low[start:token_end]
    if len(token) == 4 and token.isdigit() and token[:2] in ("19", "20"):
        # A bare year, unless a qualifier comes before it ("more than 2000 victims").
        return last in _QUALIFIER_FIRST_WORDS
    following = low[token_end : token_end + 60].split()[:5]
    for index, word in enumerate(following[:4]):
        if word.startswith(_UNIT_PREFIXES):
            return True
        # The noun may come after a second number: "14 sex and two labor trafficking cases".
        if word in ("and", "or") and index + 1 < len(following):
            if _is_numeral(following[index + 1]):
                return True
    return (
        last in _COMPARISON_LAST_WORDS or last in _BARE_COUNT_VERBS or low[start - 1 : start] == "("
    )


def _change_at(text: str, low: str, position: int, changes: dict[int, str]) -> None:
    """The unit shared by both numbers of a change "fell from 45 (victims) (in 2018) to
    30 (victims)" whose "from" is at `position`, set in `changes` where each number starts:
    from the words after the numbers, or from "the number of victims" before the verb."""
    verb = _CHANGE_VERB_BEFORE.search(low, max(0, position - 40), position)
    change = verb and _CHANGE_AFTER_FROM.match(low, position)
    if not change or any(_YEAR_ONLY.match(change.group(name)) for name in ("x", "y")):
        return
    units = set()
    for name in ("x", "y"):
        number = _NUMBER_RE.match(text, change.start(name))
        read = number and _unit_after(text, number, number.end())
        if read and read[1]:
            units.add(read[1])
    clause = max(low.rfind(stop, 0, position) for stop in ".;:!?\n") + 1
    subject = _NUMBER_OF_BEFORE.search(low, max(clause, position - 160), verb.start())
    if subject and not (
        subject.group("subject") and _SHARE_BEFORE.search(low, clause, subject.start())
    ):
        units.add(_NOUN_UNITS[subject.group("noun") or subject.group("subject")])
    if len(units) == 1:
        unit = units.pop()
        changes[change.start("x")] = changes[change.start("y")] = unit


def _figure_facts(text: str, low: str, sentences: _Sentences) -> list[tuple[int, Fact]]:
    found: list[tuple[int, Fact]] = []
    seen: set[tuple] = set()
    earlier: _Figure | None = None
    covered = 0
    changes: dict[int, str] = {}
    for start in _number_starts(text, low):
        if start >= 5 and low.startswith("from ", start - 5):
            _change_at(text, low, start - 5, changes)
        if start < covered or (start not in changes and not _worth_reading(low, start)):
            continue
        match = _NUMBER_RE.match(text, start)
        if match is None:
            continue
        covered = match.end()
        # Read against the whole text; the sentence is looked up only for what is kept.
        figure = _figure_in(
            text, match, match.start(), match.end(), earlier, changes.get(match.start())
        )
        if figure is None:
            continue
        if (
            figure.qualifier is None
            and earlier is not None
            and earlier.qualifier
            and figure.unit in _MONEY
            and earlier.unit in _MONEY
            and _CONVERSION_BETWEEN.match(text[earlier.end : figure.begin])
        ):
            # "at least 25.97 million tenge (KZT) ($77,918)": the conversion is as rough.
            figure.qualifier = earlier.qualifier
        figure.alone = earlier is None or bool(
            _CLAUSE_BREAK.search(text, earlier.end, figure.begin)
        )
        earlier = figure
        key = (figure.value, figure.unit)
        if key in seen:
            continue
        located = sentences.around(figure.begin, figure.end)
        if located is None:
            continue
        seen.add(key)
        sentence_start, sentence = located
        fact = Fact(
            kind="figure",
            value=figure.value,
            text=text[figure.begin : figure.end],
            sentence=sentence,
            start=sentence_start,
            unit=figure.unit,
            qualifier=figure.qualifier,
        )
        found.append((figure.begin, fact))
    return found


def _is_numeral(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit() or word in _NUMBER_WORDS


def _figure_in(
    text: str,
    match: re.Match,
    begin: int,
    end: int,
    earlier: _Figure | None,
    change_unit: str | None = None,
) -> _Figure | None:
    # Most numbers in prose are years and dates with no unit after them: test that first.
    read = _unit_after(text, match, end)
    singular = None
    if read is None and match.group("words") and match.group("words").lower() in _ONES:
        singular = _SINGULAR_AFTER.match(text, end)
    verb_unit = None
    if read is None and singular is None and _CLAUSE_ENDS_AFTER.match(text, end):
        # "prosecuted 30 alleged traffickers, and convicted 30,": the verb says what is counted.
        verb = _counting_verb(text[max(0, begin - 48) : begin].lower().split())
        verb_unit = _VERB_UNITS[verb] if verb else None
    if (
        read is None
        and singular is None
        and change_unit is None
        and verb_unit is None
        and (earlier is None or not _after_comparison(text, begin))
    ):
        return None  # no unit, and no comparison that could lend one
    # The few words before the number, as plain tokens: cheaper than anchored regexes.
    words = text[max(0, begin - 48) : begin].lower().split()
    # "(19 in 2018)": a bracket or quote sticks to the number, and no word comes right before.
    last = words[-1] if words and (begin == 0 or text[begin - 1].isspace()) else ""
    if last in _LABEL_WORDS or _LABEL_AFTER.match(text, end):
        return None
    if change_unit is None and (
        last == "between" or (last in _RANGE_WORDS and _follows_numeral(words))
    ):
        return None
    qualifier = None
    phrase_begin = begin
    if last in _QUALIFIER_FIRST_WORDS or words[-2:-1] and words[-2] in _QUALIFIER_FIRST_WORDS:
        qualifier_match = _QUALIFIER_BEFORE.search(text, max(0, begin - 25), begin)
        if qualifier_match:
            written = " ".join(qualifier_match.group("qualifier").lower().split())
            qualifier = _QUALIFIERS.get(written, written)
            phrase_begin = qualifier_match.start()
            words = text[max(0, begin - 48) : phrase_begin].lower().split()
    if _is_year(match) and not qualifier:
        return None
    unit = None
    phrase_end = end
    if read is not None:
        how, unit, phrase_end = read
        if how == "money" and any(word.startswith(_PENALTY_WORDS) for word in words[-6:]):
            return None  # "fines of up to $50,000" is a rule, not a figure
        if how == "noun" and unit not in _COUNTED_AS_THEMSELVES:
            verb = _counting_verb(words)
            if verb:
                unit = _VERB_UNITS[verb]
    elif singular is not None:
        unit = _singular_unit(words, singular.group("noun"))
        if unit is None:
            return None
        phrase_end = singular.end()
    if unit is None and change_unit is not None:
        unit = change_unit
    if unit is None and verb_unit is not None:
        unit, phrase_end = verb_unit, end
    if unit is None:
        unit = _inherited_unit(text, phrase_begin, end, earlier)
        phrase_end = end
        if unit is None:
            return None
    value = _number_value(match)
    if value is None or value <= 0:
        return None
    return _Figure(_plain_number(value), unit, qualifier, phrase_begin, phrase_end)


def _after_comparison(text: str, begin: int) -> bool:
    """Whether the number at `begin` comes right after "compared with", "from" or "("."""
    if text[begin - 1 : begin] == "(":
        return True
    words = text[max(0, begin - 10) : begin].split()
    return bool(words) and words[-1].lower() in _COMPARISON_LAST_WORDS


def _follows_numeral(words: list[str]) -> bool:
    """Whether the words end in a numeral and a range or ratio word: "10 to", "one in"."""
    if len(words) >= 3 and words[-1] == "of" and words[-2] == "out":
        return _is_numeral(words[-3])
    return len(words) >= 2 and _is_numeral(words[-2])


def _counting_verb(words: list[str]) -> str | None:
    """The stem of "investigated", "prosecuted" or "convicted" when it counts the number
    after `words`: "convicted 12", "convicted and sentenced 12", "prosecuted a total of 12",
    "convicted only 12", "initiated prosecutions of 12"."""
    words = _without_filler(words)
    if not words:
        return None
    if len(words) >= 3 and words[-1] == "of" and words[-3] == "the" and words[-2] in _ONE_COUNT:
        return _verb_stem(words[-2])  # "initiating the prosecution of 194 defendants"
    if len(words) >= 2 and words[-1] in ("of", "into", "against") and words[-2] in _COUNT_NOUNS:
        # "prosecutions of 78 suspects", but not "32 investigations of 45 suspects"
        return None if len(words) >= 3 and _is_numeral(words[-3]) else _verb_stem(words[-2])
    if (
        len(words) >= 3
        and words[-2] == "and"
        and words[-1] in _SECOND_VERBS
        and words[-3].endswith(("ed", "ing"))  # not "new prosecutions and convicted 12"
    ):
        first = _verb_stem(words[-3])
        if first:
            return first
    return _verb_stem(words[-1])


def _without_filler(words: list[str]) -> list[str]:
    """The words before a number without "only", "a further", "a total of" and the like."""
    while words:
        if words[-1] in _FILLER_WORDS:
            words = words[:-1]
        elif len(words) >= 2 and (words[-2], words[-1]) in _FILLER_PAIRS:
            words = words[:-2]
        elif words[-3:] == ["a", "total", "of"]:
            words = words[:-3]
        else:
            break
    return words


def _singular_unit(words: list[str], noun: str) -> str | None:
    """The unit of "one" or "a single" before a singular noun, counted by the verb before it:
    "convicted one trafficker", "investigated one case", "identified a single victim"."""
    words = _without_filler(words)
    if not words or not words[-1].endswith(("ed", "ing")):
        return None
    if any(word in _NEGATIONS or word.endswith("n't") for word in words[-4:-1]):
        return None  # "has not convicted a single trafficker" counts none
    unit = _SINGULAR_UNITS[noun.lower()]
    if unit not in _COUNTED_AS_THEMSELVES:
        verb = _counting_verb(words)
        if verb:
            return _VERB_UNITS[verb]
    return unit if words[-1].startswith(_SINGULAR_VERBS) else None


def _verb_stem(word: str) -> str | None:
    for stem in _VERB_UNITS:
        if word.startswith(stem):
            return stem
    return None


# ---------------------------------------------------------------------------
# Observances

_KNOWN_OBSERVANCES = (
    (
        r"(?:National\s+)?Slavery\s+and\s+Human\s+Trafficking\s+Prevention\s+Month",
        "National Slavery and Human Trafficking Prevention Month",
        1,
        None,
    ),
    (
        r"(?:National\s+)?Trafficking\s+and\s+Modern\s+Slavery\s+Prevention\s+Month",
        "National Trafficking and Modern Slavery Prevention Month",
        1,
        None,
    ),
    (
        r"National\s+Human\s+Trafficking\s+Prevention\s+Month",
        "National Human Trafficking Prevention Month",
        1,
        None,
    ),
    (
        r"(?:National\s+)?Human\s+Trafficking\s+Awareness\s+Day"
        r"|National\s+Day\s+of\s+Human\s+Trafficking\s+Awareness",
        "National Human Trafficking Awareness Day",
        1,
        11,
    ),
    (r"\#\s?Wear\s*Blue\s*Day|\bWear\s*Blue\s+Day|\bWearBlueDay", "#WearBlueDay", 1, 11),
    (
        r"World\s+Day\s+against\s+Trafficking(?:\s+in\s+Persons)?",
        "World Day against Trafficking in Persons",
        7,
        30,
    ),
)


@functools.cache
def _known_observance_re(index: int) -> re.Pattern:
    return re.compile(_KNOWN_OBSERVANCES[index][0], re.I)


# Every observance's name holds "day", "month" or "week". Around each of these words in
# the lower-cased text, these (offset, words) tell which known names may be there.
_OBSERVANCE_ANCHORS = {
    "month": ((-11, "prevention month", (0, 1, 2)),),
    "day": (
        (-10, "awareness day", (3,)),
        (0, "day of human trafficking", (3,)),
        (-4, "blueday", (4,)),
        (-5, "blue day", (4,)),
        (-6, "world day against", (5,)),
    ),
    "week": (),
}
_OBSERVANCE_KEYWORD = _lazy(
    "_OBSERVANCE_KEYWORD", r"Trafficking|Slavery|Forced\s+Labou?r|TRAFFICKING|SLAVERY"
)
_NAME_TOKEN = _lazy("_NAME_TOKEN", r"#?[A-Za-z][A-Za-z'-]*")
_NAME_CONNECTORS = frozenset({"of", "for", "the", "against", "and", "on", "in", "to"})
_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)
_DATE_RE = _lazy(
    "_DATE_RE",
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-–/]\s*\d)"
    rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\b"
    rf"(?:,?\s+(?P<year2>{_YEAR})\b)?",
)
_MONTH_WORD_RE = _lazy("_MONTH_WORD_RE", rf"\b(?P<month>{_MONTH})\b(?!\s*\d)")


def _dated_year_pattern(month: int, day: int | None) -> re.Pattern:
    """ "January 2020", "January 11, 2025", "11 January 2025" for one observance's date."""
    names = "|".join(sorted((n for n, m in _MONTHS.items() if m == month), key=len, reverse=True))
    day_number = str(day) if day else r"\d{1,2}"
    return re.compile(
        rf"\b(?:{names})\.?\s+(?:{day_number}(?:st|nd|rd|th)?,?\s+)?(?P<year>{_YEAR})\b"
        rf"|\b{day_number}\s+(?:{names})\s+(?P<year2>{_YEAR})\b",
        re.I,
    )


_YEAR_JUST_AFTER = _lazy("_YEAR_JUST_AFTER", rf",?\s*(?P<year>{_YEAR})\b(?![\w-])")
_YEAR_JUST_BEFORE = _lazy("_YEAR_JUST_BEFORE", rf"(?<![\w-])(?P<year>{_YEAR})\s+\Z")


@functools.cache
def _observance_year_re(index: int) -> re.Pattern:
    _, _, month, day = _KNOWN_OBSERVANCES[index]
    return _dated_year_pattern(month, day)


def _observance_year(sentence: str, begin: int, end: int, dated_year: re.Pattern) -> int | None:
    """The year a sentence gives for this observance, when it gives exactly one."""
    years: set[int] = set()
    if not _ANY_DIGIT.search(sentence):
        return None
    after = _YEAR_JUST_AFTER.match(sentence, end)
    if after:
        years.add(int(after.group("year")))
    before = _YEAR_JUST_BEFORE.search(sentence[:begin])
    if before:
        years.add(int(before.group("year")))
    for match in dated_year.finditer(sentence):
        years.add(int(match.group("year") or match.group("year2")))
    return years.pop() if len(years) == 1 else None


def _observance_words(low: str) -> list[tuple[int, str]]:
    """(offset, word) of each "day", "month" and "week" in the lower-cased text."""
    return sorted(
        (position, word) for word in _OBSERVANCE_ANCHORS for position in _positions(low, word)
    )


def _known_observances(text: str, low: str, words: list[tuple[int, str]]):
    """(start, end, index into _KNOWN_OBSERVANCES) of each named observance, in order."""
    spans = {}
    for position, word in words:
        for shift, anchor, indexes in _OBSERVANCE_ANCHORS[word]:
            anchor_at = position + shift
            if anchor_at < 0 or not low.startswith(anchor, anchor_at):
                continue
            window_start = max(0, anchor_at - 70)
            window_end = min(len(text), anchor_at + len(anchor) + 30)
            for index in indexes:
                match = _known_observance_re(index).search(text, window_start, window_end)
                if match and match.start() <= anchor_at < match.end():
                    spans.setdefault(match.start(), (match.end(), index))
                    break
    return [(start, end, index) for start, (end, index) in sorted(spans.items())]


def _observance_facts(text: str, low: str, sentences: _Sentences) -> list[tuple[int, Fact]]:
    found: list[tuple[int, Fact]] = []
    known_spans: list[tuple[int, int]] = []
    words = _observance_words(low)
    for match_start, match_end, index in _known_observances(text, low, words):
        located = sentences.around(match_start, match_end)
        if located is None:
            continue
        sentence_start, sentence = located
        _, name, month, day = _KNOWN_OBSERVANCES[index]
        begin, end = match_start - sentence_start, match_end - sentence_start
        known_spans.append((match_start, match_end))
        fact = Fact(
            kind="observance",
            value=name,
            text=text[match_start:match_end],
            sentence=sentence,
            start=sentence_start,
            year=_observance_year(sentence, begin, end, _observance_year_re(index)),
            month=month,
            day=day,
        )
        found.append((match_start, fact))
    # Other named days: a capitalised Day, Month or Week outside the known names.
    nouns = [
        position
        for position, _ in words
        if text[position].isupper()
        and not text[position - 1 : position].isalpha()
        and not any(start <= position < end for start, end in known_spans)
    ]
    if nouns and ("trafficking" in low or "slavery" in low or "forced labo" in low):
        found.extend(_other_observances(sentences.containing(nouns), known_spans))
    found.sort(key=lambda item: item[0])
    unique, seen = [], set()
    for position, fact in found:
        if fact.value not in seen:
            seen.add(fact.value)
            unique.append((position, fact))
    return unique


def _other_observances(candidates: list[tuple[int, str]], known_spans: list[tuple[int, int]]):
    """Other named trafficking days, months and weeks, when the sentence dates them."""
    for sentence_start, sentence in candidates:
        if not _OBSERVANCE_KEYWORD.search(sentence):
            continue
        for begin, end in _observance_names(sentence):
            absolute = sentence_start + begin
            if any(start < sentence_start + end and absolute < stop for start, stop in known_spans):
                continue
            name = sentence[begin:end]
            if not _OBSERVANCE_KEYWORD.search(name):
                continue
            dated = _observance_date(sentence, name)
            if dated is None:
                continue
            month, day, year = dated
            yield (
                absolute,
                Fact(
                    kind="observance",
                    value=name,
                    text=name,
                    sentence=sentence,
                    start=sentence_start,
                    year=year,
                    month=month,
                    day=day,
                ),
            )


def _observance_names(sentence: str):
    """Spans of capitalised names that hold the word Day, Month or Week."""
    tokens = [(m.start(), m.end(), m.group()) for m in _NAME_TOKEN.finditer(sentence)]

    def joined(left: int, right: int) -> bool:
        gap = sentence[tokens[left][1] : tokens[right][0]]
        return gap in (" ", "-")

    def part_of_name(index: int) -> bool:
        word = tokens[index][2]
        return (word[0].isupper() or word[0] == "#") and word not in _MONTH_NAMES

    for index, (_, _, word) in enumerate(tokens):
        if word not in ("Day", "Month", "Week", "DAY", "MONTH", "WEEK"):
            continue
        first = index
        while (
            first > 0
            and joined(first - 1, first)
            and (part_of_name(first - 1) or tokens[first - 1][2] in _NAME_CONNECTORS)
        ):
            first -= 1
        while first < index and not part_of_name(first):
            first += 1
        last = index
        probe = index
        while probe + 1 < len(tokens) and joined(probe, probe + 1):
            word_after = tokens[probe + 1][2]
            if word_after in _NAME_CONNECTORS:
                probe += 1
                continue
            if part_of_name(probe + 1):
                probe += 1
                last = probe
                continue
            break
        if first == index and tokens[first][2] in ("Day", "Month", "Week"):
            continue  # a bare "Day" is no name
        yield tokens[first][0], tokens[last][1]


def _observance_date(sentence: str, name: str) -> tuple[int, int | None, int | None] | None:
    """(month, day, year) when the sentence gives one date, or for a Month one month."""
    dates = {
        (
            _MONTHS[(m.group("month") or m.group("month2")).lower()],
            int(m.group("day") or m.group("day2")),
            int(m.group("year") or m.group("year2"))
            if (m.group("year") or m.group("year2"))
            else None,
        )
        for m in _DATE_RE.finditer(sentence.replace(name, " " * len(name)))
    }
    dates = {date for date in dates if 1 <= date[1] <= 31}
    if len({(month, day) for month, day, _ in dates}) == 1:
        years = {year for _, _, year in dates if year}
        month, day, _ = next(iter(dates))
        return month, day, years.pop() if len(years) == 1 else None
    if dates or not name.lower().endswith("month"):
        return None
    months = {_MONTHS[m.group("month").lower()] for m in _MONTH_WORD_RE.finditer(sentence)}
    if len(months) == 1:
        return months.pop(), None, None
    return None


# ---------------------------------------------------------------------------
# Entry point


def _clean_title(title: object) -> str:
    if not isinstance(title, str) or not title:
        return ""
    return normalise_text(html.unescape(re.sub(r"<[^>]*>", "", title)))


def extract_facts(
    text: str,
    title: str = "",
    date: datetime.date | None = None,
    kinds: Iterable[str] = KINDS,
) -> list[Fact]:
    """The facts stated in `text`, in document order; offsets refer to normalise_text(text)."""
    try:
        return _extract(text, title, date, kinds)
    except Exception:  # one odd article must never stop a build: it just yields no facts
        return []


# Between the blocks of extract_block_facts: a sentence never crosses a blank line.
BLOCK_BREAK = "\n\n"


def extract_block_facts(
    blocks: Sequence[str],
    title: str = "",
    date: datetime.date | None = None,
    kinds: Iterable[str] = KINDS,
) -> list[Fact]:
    """The facts of a text given as its blocks (paragraphs, list items, cells), each one
    normalised already and without line breaks; offsets refer to the blocks joined with
    BLOCK_BREAK. The same facts as extract_facts of that text, found for less: each block
    is lower-cased on its own, and one of plain ASCII does so many times faster than a
    text that holds a single dash."""
    try:
        text = BLOCK_BREAK.join(blocks)
        return _facts(text, BLOCK_BREAK.join(map(_lower, blocks)), title, date, kinds)
    except Exception:  # as in extract_facts
        return []


def _extract(text: object, title: object, date: object, kinds: Iterable[str]) -> list[Fact]:
    text = normalise_text(text if isinstance(text, str) else "")
    return _facts(text, _lower(text), title, date, kinds)


def _facts(text: str, low: str, title: object, date: object, kinds: Iterable[str]) -> list[Fact]:
    """The facts of normalised `text`, whose lower-case twin is `low`."""
    if not text or text.isspace():
        return []
    wanted = _ALL_KINDS if kinds is KINDS else frozenset(kinds or ()) & _ALL_KINDS
    if not isinstance(date, datetime.date):
        date = None
    sentences = _Sentences(text)
    found: list[tuple[int, Fact]] = []
    if "tier" in wanted and ("tier" in low or "watch" in low or "special case" in low):
        found.extend(_tier_facts(low, sentences, _tier_context(text, low, title, date)))
    if "figure" in wanted:
        found.extend(_figure_facts(text, low, sentences))
    # Every observance's name holds one of these words.
    if "observance" in wanted and ("day" in low or "month" in low or "week" in low):
        found.extend(_observance_facts(text, low, sentences))
    found.sort(key=lambda item: item[0])
    return [fact for _, fact in found]


def _tier_context(text: str, low: str, title: object, date: datetime.date | None) -> _Context:
    title_country, title_year, title_low, title_has_tip = _title_facts(
        title if isinstance(title, str) else ""
    )
    return _Context(
        title_country=title_country,
        title_year=title_year,
        date=date,
        tip_context="tier" in low
        or "trafficking in persons" in low
        or "TIP" in text
        or title_has_tip,
        has_tier="tier" in low or "tier" in title_low,
    )


@functools.lru_cache(maxsize=64)
def _title_facts(title: str) -> tuple[str | None, int | None, str, bool]:
    """(country, report year, lower-case title, whether it speaks of the TIP report).
    Every block of an article comes with the same title, so this is worked out once."""
    clean_title = _clean_title(title)
    has_tip = bool(_TIP_TITLE.search(clean_title))
    years = set(_YEAR_IN_TITLE.findall(clean_title)) if has_tip else set()
    return (
        _title_country(clean_title),
        int(years.pop()) if len(years) == 1 else None,
        clean_title.lower(),
        has_tip or "tier" in clean_title.lower(),
    )


__all__ = [
    "BLOCK_BREAK",
    "KINDS",
    "TIER_VALUES",
    "Fact",
    "extract_block_facts",
    "extract_facts",
    "normalise_text",
    "split_sentences",
]
