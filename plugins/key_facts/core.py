"""Find key facts in trafficking prose: TIP report tiers, headline figures and observances.

Plain text in, facts out; standard library only, so it runs and tests without Pelican.
Precision comes first throughout: a fact that the sentence does not state plainly is
left out rather than guessed. Every regex is compiled once, at import, and each kind
is only looked for when a cheap test finds a trace of it, so that a build of a
thousand articles hardly notices the extraction.
"""

from __future__ import annotations

import bisect
import datetime
import html
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from .countries import variant_index

KINDS = ("tier", "figure", "observance")


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
_CHANGED_CHARACTERS = re.compile("[" + "".join(map(chr, _CHARACTER_MAP)) + "]")
_REPLACEMENT = {chr(code): replacement or "" for code, replacement in _CHARACTER_MAP.items()}


def normalise_text(text: str) -> str:
    """Text with ASCII quotes, plain spaces and line breaks, and no invisible characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if text.isascii() and "\r" not in text:
        return text
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    # str.translate walks every character in Python's slow path; a few replaces are faster.
    for character in set(_CHANGED_CHARACTERS.findall(text)):
        text = text.replace(character, _REPLACEMENT[character])
    return text


# ---------------------------------------------------------------------------
# Sentences

# A sentence ends at . ! or ? (with closing quotes or brackets, and a footnote number
# glued on by the Markdown renderer: "services.1 Of these"), before white space; or at a
# full stop that lacks its space ("in FY 2013.The"); or at any line break. A plain
# character class lets the regex engine skip ahead quickly; the rest is decided here.
_SENTENCE_STOP = re.compile(r"[.!?\n]")
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


def _sentence_cuts(text: str) -> list[int]:
    """Offsets where a new sentence may begin."""
    length = len(text)
    cuts = []
    handled = 0
    for match in _SENTENCE_STOP.finditer(text):
        stop = match.start()
        if stop < handled:
            continue
        if text[stop] == "\n":
            cuts.append(stop + 1)
            continue
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
        handled = end
        if end >= length:
            cuts.append(length)
        elif text[end].isspace():
            if _ends_sentence(text, stop, end):
                cuts.append(end)
        elif (
            end == stop + 1
            and text[stop] == "."
            and stop > 0
            and (text[stop - 1].islower() or text[stop - 1].isdigit())
            and text[end].isupper()
            and text[end + 1 : end + 2].islower()
            and _ends_sentence(text, stop, end)
        ):
            cuts.append(end)
    return cuts


def _ends_sentence(text: str, stop: int, end: int) -> bool:
    """Whether the punctuation at text[stop:end] closes a sentence."""
    following_at = end
    while following_at < len(text) and text[following_at].isspace():
        following_at += 1
    if following_at >= len(text):
        return True
    following = text[following_at]
    if not (following.isupper() or following.isdigit() or following in "\"'([#$*-–—•"):
        return False
    if text[stop] != "." or text[stop + 1 : stop + 2] in (".", "!", "?"):
        return True
    token_start = stop
    while (
        token_start > 0
        and not text[token_start - 1].isspace()
        and text[token_start - 1] not in "(\"'["
    ):
        token_start -= 1
    token = text[token_start:stop]
    if "/" in token or token.lower().startswith("www"):
        return False
    if token in _ALWAYS_ABBREVIATED or _DOTTED_ABBREVIATION.fullmatch(token + "."):
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
    """The sentences of a text, split one paragraph at a time when first asked for."""

    def __init__(self, text: str):
        self.text = text
        self._paragraphs: dict[int, tuple[list[int], list[tuple[int, str]]]] = {}

    def _paragraph(self, position: int) -> tuple[list[int], list[tuple[int, str]]]:
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        cached = self._paragraphs.get(start)
        if cached is None:
            end = text.find("\n", position)
            if end < 0:
                end = len(text)
            items = [(start + offset, line) for offset, line in split_sentences(text[start:end])]
            cached = ([offset for offset, _ in items], items)
            self._paragraphs[start] = cached
        return cached

    def around(self, begin: int, end: int) -> tuple[int, str] | None:
        """The sentence that holds text[begin:end] whole, if any."""
        starts, items = self._paragraph(begin)
        index = bisect.bisect_right(starts, begin) - 1
        if index < 0:
            return None
        start, sentence = items[index]
        if end <= start + len(sentence):
            return start, sentence
        return None

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
        # Longer names first: "Niger" must not win over "Nigeria".
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ending else body

    return build(trie)


_COUNTRY_NAMES = variant_index()
_COUNTRY_RE = re.compile(r"(?<![\w.'-])" + _trie_pattern(_COUNTRY_NAMES) + r"(?![\w-])")
# After a name used as an adjective ("the U.S. State Department", "U.S. government") the
# country is not the subject of the sentence.
_ADJECTIVAL_AFTER = re.compile(
    r"\s+(?:government|embassy|officials?|authorities|law|laws|citizens?|nationals?|side"
    r"|delegation|courts?|police|military|forces|companies|businesses|economy|report|"
    r"ambassador|policy|assistance|funding|funded|-based|-funded|consulate|mission)\b"
    r"|-(?:based|funded|led)\b"
)
_CAPITALISED_WORD_AFTER = re.compile(r"\s+([A-Z][A-Za-z]*)")
_CHAIN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|to|in|into|with|by|for|between|across|than|through|via|toward|towards|"
    r"against|at|like|unlike|including|among|about|over|under|within|throughout|besides|"
    r"except|of|on|as|neighbou?ring|visit(?:ed|ing)?)\s+(?:the\s+)?\Z",
    re.I,
)
_NAME_OF_BEFORE = re.compile(
    r"\b(?:government|republic|kingdom|state|sultanate|commonwealth)\s+of\s+(?:the\s+)?\Z", re.I
)


def _countries_in(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _COUNTRY_NAMES[m.group()]) for m in _COUNTRY_RE.finditer(text)]


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

TIER_VALUES = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")
_WATCH = r"watch\s*[-–]?\s*list"
_TIER_RE = re.compile(
    r"\btier\s*[-–]?\s*(?P<number>[123](?![\d])|iii\b|ii\b|i\b|one\b|two\b|three\b)"
    rf"(?P<watch>\s*[-–—:]?\s*\(?\s*{_WATCH}\b\)?)?",
    re.I,
)
_BARE_WATCH_RE = re.compile(rf"\b(?:the\s+)?{_WATCH}\b", re.I)
_SPECIAL_CASE_RE = re.compile(r"\bSpecial\s+Cases?\b|\bSPECIAL\s+CASES?\b")
_TIER_NUMBERS = {"1": 1, "i": 1, "one": 1, "2": 2, "ii": 2, "two": 2, "3": 3, "iii": 3, "three": 3}
# Lower-case words whose presence makes a sentence worth reading for a ranking.
_TIER_CUES = ("tier", "watch", "special case")

_TIER_ANY = (
    rf"(?:tier\s*[-–]?\s*(?:[123]|iii|ii|i|one|two|three)(?:\s*[-–—:]?\s*{_WATCH})?"
    rf"|{_WATCH}|special\s+cases?)"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_ADVERB = (
    r"(?:also|again|once\s+again|subsequently|ultimately|thus|therefore|consequently|then|now"
    r"|officially|formally|automatically|still|later|eventually|finally|recently|first|further"
    r"|accordingly|currently|already|again)"
)
_AUXILIARY = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
_PARTICIPLES = (
    "placed ranked moved upgraded downgraded elevated lowered demoted raised listed put kept"
    " retained maintained assigned categorized categorised classified reclassified designated"
    " included returned restored relegated rated promoted dropped reinstated left bumped"
).split()
_FINITES = (
    "remained remains remain stayed stays stay fell falls fall dropped drops slipped slips slid"
    " slides declined declines rose rises climbed climbs moved moves improved improves advanced"
    " advances returned returns sank sinks jumped jumps went goes graduated graduates ranked"
    " ranks rank rated sat sits landed lands"
).split()
_PARTICIPLE = "(?:" + "|".join(_PARTICIPLES) + ")"
_FINITE = "(?:" + "|".join(_FINITES) + ")"
_VERBS = (
    frozenset(_PARTICIPLES)
    | frozenset(_FINITES)
    | {"is", "was", "are", "were", "has", "had", "have"}
)
# "in the 2019 report" or "in 2021" may sit between the verb and its tier.
_REPORT_AFTER_VERB = (
    rf"(?:\s*,?\s+(?:in|during)\s+(?:the\s+|its\s+)?{_YEAR}"
    r"(?:\s+(?:TIP\s+|trafficking\s+in\s+persons\s+)?report)?\s*,?)?"
)
_FROM_TIER = (
    rf"(?:\s+from\s+(?:the\s+|a\s+)?(?P<previous>{_TIER_ANY})"
    rf"(?:\s+(?:ranking|rating|status|designation))?(?:\s+in\s+{_YEAR})?)?"
)
_RANKING_VERB = re.compile(
    rf"""
    (?P<group>
        {_AUXILIARY}\s+(?:{_ADVERB}\s+)*{_PARTICIPLE}
      | {_FINITE}
      | (?:{_AUXILIARY}|remains|remained|stays|stayed|sits|sat)(?=\s+(?:{_ADVERB}\s+)*(?:on|in)\b)
    )
    (?:\s+(?:up|down|back))?
    (?:\s+{_ADVERB})?
    {_REPORT_AFTER_VERB}
    {_FROM_TIER}
    (?:\s+(?:to|on|onto|in|into|at|as))?
    \s+(?:the\s+|a\s+|an\s+)?\Z
    """,
    re.I | re.X,
)
_ACTIVE_RANKING_VERB = re.compile(
    rf"""
    \b(?P<group>upgraded|downgraded|placed|moved|ranked|kept|put|listed|elevated|lowered
      |demoted|raised|returned|dropped|categori[sz]ed|classified|reclassified|relegated
      |designated|rated|promoted|retained|maintained|bumped)
    \s+(?P<object>[^,;:!?]{{1,80}}?)
    (?:\s+(?:back|up|down))?
    {_REPORT_AFTER_VERB}
    {_FROM_TIER}
    (?:\s+(?:to|on|onto|in|into|as|at))?
    \s+(?:the\s+|a\s+|an\s+)?\Z
    """,
    re.I | re.X,
)
# "is a Tier 2 country", "received a Tier 1 ranking": the tier must be followed by a noun.
_IS_A_TIER = re.compile(
    rf"(?P<group>(?:is|was|are|were|remains|remained|became|becomes|has\s+been|had\s+been"
    rf"|have\s+been)\s+(?:{_ADVERB}\s+)*(?:a|an)\s+)\Z",
    re.I,
)
_COUNTRY_NOUN_AFTER = re.compile(r"\s*(?:country|nation|jurisdiction)\b", re.I)
_HAS_A_TIER = re.compile(
    r"(?P<group>(?:earned|received|retained|maintained|kept|regained|achieved|holds|held|got"
    r"|gained|secured|keeps|retains|maintains|receives|earns|has|had)\s+"
    r"(?:a|an|its|their|the)\s+)\Z",
    re.I,
)
_RANKING_NOUN_AFTER = re.compile(r"\s*(?:ranking|rating|status|designation|placement)\b", re.I)
_POSSESSIVE_BEFORE = re.compile(rf"'s\s+(?:current\s+|new\s+|{_YEAR}\s+)?\Z")
_SPECIAL_CASE_VERB = re.compile(
    rf"(?P<group>(?:is|was|are|were|remains|remained|became|becomes|continues\s+to\s+be"
    rf"|continued\s+to\s+be|has\s+been|have\s+been|had\s+been)\s+(?:{_ADVERB}\s+)*"
    r"(?:designated\s+(?:as\s+)?|listed\s+as\s+|treated\s+as\s+)?(?:a\s+|an\s+)?)\Z",
    re.I,
)
_SPECIAL_CASES_ARE = re.compile(r"\s+(?:were|are|included|include|remained|remain)\s+")
_HEADING_BEFORE = re.compile(r"\s*(?::|[-–—]|\()\s*\Z")
_HEADING_AFTER = re.compile(r"\s*\)?\s*\.?\s*\Z")
_PARENTHESIS_BEFORE = re.compile(r"\s*\(\s*\Z")
_PARENTHESIS_AFTER = re.compile(r"\s*\)")
_COLON_BEFORE = re.compile(r":\s*\Z")
_PREVIOUS_AFTER = re.compile(
    rf"\s*(?:ranking\s+|status\s+)?,?\s*(?:up\s+|down\s+)?from\s+(?:the\s+|a\s+)?(?P<previous>{_TIER_ANY})",
    re.I,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|must|should|shall|can|cannot|to|not|never|n't|did|does"
    r"|do|likely|unlikely)\s+(?:\w+\s+)?\Z",
    re.I,
)
_CONDITION = re.compile(r"\b(?:if|unless|whether|lest)\b", re.I)
_CONDITION_JUST_BEFORE = re.compile(
    r"\b(?:if|unless|whether|lest|when|once|should)\s+(?:\w+\s+){0,2}\Z", re.I
)
_GENERIC_SUBJECT = re.compile(
    r"\b(?:countries|governments|nations|those|whose|other|any|every|neighbou?rs?)\b", re.I
)
_POSSESSED_SUBJECT = re.compile(r"'s\s+(?!(?:ranking|rating|status|tier|placement|government)\b)")
_FALLBACK_SUBJECT = re.compile(
    rf"(?:\b(?:the|this|The|This)\s+(?:government|country|nation)"
    rf"(?:'s\s+(?:tier\s+)?(?:ranking|rating|status))?|\b(?:it|It))"
    rf"\s*(?:,[^,]{{1,80}},\s*)?(?:{_ADVERB}\s+)*\Z"
)
_COORDINATED_VERB = re.compile(rf"\A[^,]*\b(?:and|but|yet)\s+(?:{_ADVERB}\s+)*\Z", re.I)
_RELATIVE_CLAUSE = re.compile(r"\s*,\s*(?:which|who)\b")
_CLAUSE_CLOSED = re.compile(rf",\s*(?:{_ADVERB}\s+)*\Z", re.I)
_GENERIC_SENTENCE = re.compile(
    r"\b(?:if|unless|when|whenever|once|any|a\s+country|countries|governments)\b", re.I
)

# Years: which one a ranking belongs to.
_REPORT_YEAR_RE = re.compile(
    rf"""
      (?<![\w-])(?P<before>{_YEAR})(?:'s)?\s+(?:annual\s+)?(?:U\.S\.\s+)?(?:State\s+Department\s+)?
        (?:TIP|trafficking\s+in\s+persons)(?:\s*\(TIP\))?\s+report
    | (?:TIP|trafficking\s+in\s+persons)(?:\s*\(TIP\))?\s+report(?:\s*\(TIP\s+report\))?
        \s*(?:,\s*|\s+(?:of|for)\s+)?(?P<after>{_YEAR})(?![\w-])
    | (?<![\w-])(?P<bare>{_YEAR})\s+(?:report|ranking|rankings|edition)\b
    """,
    re.I | re.X,
)
_NOT_THE_RANKING_YEAR = re.compile(
    r"\b(?:since|from|after|before|until|than|compared\s+(?:to|with)|between|unlike|prior\s+to)"
    r"\s+(?:the\s+|its\s+)?\Z",
    re.I,
)
_IN_YEAR_RE = re.compile(
    rf"(?:\A|[;,:]\s*|\b(?:and|but|while|whereas|then|so|therefore)\s+)[Ii][Nn]\s+(?P<year>{_YEAR})\b"
    r"(?!\s*[-–/]\s*\d)"
)
_IN_YEAR_AFTER_TIER = re.compile(
    rf"\s*(?:ranking\s+|status\s+)?(?:for\s+the\s+first\s+time\s+)?in\s+(?P<year>{_YEAR})\b"
    r"(?!\s*[-–/]\s*\d)",
    re.I,
)
_PAST_CUE = re.compile(
    r"\b(?:previously|formerly|once(?!\s+again)|in\s+the\s+past|had\s+been|used\s+to"
    r"|historically|prior\s+to|at\s+the\s+time)\b",
    re.I,
)
_LAST_YEAR = re.compile(r"\blast\s+year(?:'s)?\b", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+year(?:'s)?\b", re.I)
_TIP_TITLE = re.compile(r"\bTIP\b|trafficking\s+in\s+persons", re.I)
_YEAR_IN_TITLE = re.compile(rf"(?<![\w-]){_YEAR}(?![\w-])")
# A ranking's text runs from its subject to its tier, unless the subject is this far away.
MAX_PHRASE = 80
# The report comes out in late June; before then, "the current report" is last year's.
REPORT_RELEASE = (6, 15)


def _tier_value(match: re.Match) -> str | None:
    number = _TIER_NUMBERS.get(match.group("number").lower())
    if number is None:
        return None
    if match.group("watch"):
        return "Tier 2 Watch List" if number == 2 else None
    return f"Tier {number}"


def _canonical_tier(text: str) -> str | None:
    tier = _TIER_RE.search(text)
    if tier:
        return _tier_value(tier)
    if _SPECIAL_CASE_RE.search(text) or re.search(r"special\s+case", text, re.I):
        return "Special Case"
    if re.search(_WATCH, text, re.I):
        return "Tier 2 Watch List"
    return None


@dataclass
class _Context:
    text: str
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


def _tier_mentions(sentence: str, context: _Context) -> list[tuple[int, int, str]]:
    mentions = []
    for match in _TIER_RE.finditer(sentence):
        value = _tier_value(match)
        if value:
            mentions.append((match.start(), match.end(), value))
    if context.has_tier:
        for match in _BARE_WATCH_RE.finditer(sentence):
            if any(start <= match.start() < end for start, end, _ in mentions):
                continue
            if re.search(
                r"(?:special|priority|tier\s*[-–]?\s*\w+)\s*\Z", sentence[: match.start()], re.I
            ):
                continue
            mentions.append((match.start(), match.end(), "Tier 2 Watch List"))
    if context.tip_context:
        for match in _SPECIAL_CASE_RE.finditer(sentence):
            mentions.append((match.start(), match.end(), "Special Case"))
    mentions.sort()
    return mentions


def _subject(sentence: str, region_start: int, region_end: int):
    """The countries a verb starting at `region_end` is said of, and where they start."""
    mentions = [
        (start + region_start, end + region_start, country)
        for start, end, country in _countries_in(sentence[region_start:region_end])
    ]
    index = len(mentions) - 1
    while index >= 0:
        start, end, country = mentions[index]
        if _is_adjectival(sentence, end, _VERBS):
            index -= 1
            continue
        first = index
        while first > 0 and _CHAIN_GAP.fullmatch(
            sentence[mentions[first - 1][1] : mentions[first][0]]
        ):
            first -= 1
        head = mentions[first][0]
        before = sentence[region_start:head]
        if _PREPOSITION_BEFORE.search(before) and not _NAME_OF_BEFORE.search(before):
            index = first - 1
            continue
        between = sentence[end:region_end]
        if (
            len(between) > 160
            or _GENERIC_SUBJECT.search(between)
            or _CONDITION.search(between)
            or _POSSESSED_SUBJECT.match(between)
            or _CONDITION_JUST_BEFORE.search(before)
        ):
            return None
        countries = []
        for _, _, name in mentions[first : index + 1]:
            if name not in countries:
                countries.append(name)
        return countries, head, end
    return None


def _fallback_subject(sentence: str, region_start: int, region_end: int, context: _Context):
    """The title's country, when the sentence says "the government" or "the country"."""
    if not context.title_country:
        return None
    region = sentence[region_start:region_end]
    subject = _FALLBACK_SUBJECT.search(region)
    if not subject or _CONDITION_JUST_BEFORE.search(region[: subject.start()]):
        return None
    if subject.group().strip().lower().startswith("it") and _GENERIC_SENTENCE.search(sentence):
        return None
    others = {country for _, _, country in _countries_in(sentence)} - {context.title_country}
    if others:
        return None
    return [context.title_country], region_start + subject.start(), region_start + subject.end()


def _previous_tier(text: str | None) -> str | None:
    return _canonical_tier(text) if text else None


def _ranking_for(
    sentence: str,
    start: int,
    end: int,
    value: str,
    region_start: int,
    context: _Context,
    carried: _Ranking | None,
) -> _Ranking | None:
    """What the sentence says, about which country, with the tier mention at [start, end)."""
    left = sentence[max(region_start, start - 220) : start]
    offset = start - len(left)
    right = sentence[end : end + 80]

    heading = _heading_country(sentence, start, end, region_start)
    if heading:
        return _Ranking(heading[0], value, None, heading[1], start, heading[1])

    if value == "Special Case":
        listed = _SPECIAL_CASES_ARE.match(right)
        if listed:
            countries = _leading_chain(sentence, end + listed.end())
            if countries:
                return _Ranking(countries, value, None, start, end, start)
        verb = _SPECIAL_CASE_VERB.search(left)
        if not verb:
            return None
        group_start = offset + verb.start("group")
        return _with_subject(sentence, group_start, value, None, region_start, context, carried)

    previous_after = _PREVIOUS_AFTER.match(right)
    previous = _previous_tier(previous_after.group("previous")) if previous_after else None

    verb = _RANKING_VERB.search(left)
    if verb and (
        verb.group("previous") or not re.search(r"\bfrom\s+(?:the\s+|a\s+)?\Z", left, re.I)
    ):
        group_start = offset + verb.start("group")
        if _MODAL_BEFORE.search(sentence[region_start:group_start]):
            return None
        previous = _previous_tier(verb.group("previous")) or previous
        return _with_subject(sentence, group_start, value, previous, region_start, context, carried)

    active = _ACTIVE_RANKING_VERB.search(left)
    if active:
        group_start = offset + active.start("group")
        if _MODAL_BEFORE.search(sentence[region_start:group_start]) or re.search(
            r"\b(?:be|being|been)\s+\Z", sentence[region_start:group_start], re.I
        ):
            return None
        object_start = offset + active.start("object")
        countries = _whole_chain(sentence, object_start, offset + active.end("object"))
        if countries is None:
            return None
        previous = _previous_tier(active.group("previous")) or previous
        object_end = offset + active.end("object")
        return _Ranking(countries, value, previous, object_start, object_end, group_start)

    noun_phrase = _IS_A_TIER.search(left) if _COUNTRY_NOUN_AFTER.match(right) else None
    if noun_phrase is None and _RANKING_NOUN_AFTER.match(right):
        noun_phrase = _HAS_A_TIER.search(left)
        if noun_phrase is None:
            possessive = _POSSESSIVE_BEFORE.search(left)
            if possessive:
                owner_end = offset + possessive.start()
                owner = _chain_ending_at(sentence, region_start, owner_end)
                if owner and not _MODAL_BEFORE.search(sentence[region_start : owner[1]]):
                    return _Ranking(owner[0], value, None, owner[1], owner_end, owner[1])
                return None
    if noun_phrase:
        group_start = offset + noun_phrase.start("group")
        if _MODAL_BEFORE.search(sentence[region_start:group_start]):
            return None
        return _with_subject(sentence, group_start, value, None, region_start, context, carried)
    return None


def _with_subject(
    sentence: str,
    verb_start: int,
    value: str,
    previous: str | None,
    region_start: int,
    context: _Context,
    carried: _Ranking | None,
) -> _Ranking | None:
    subject = _subject(sentence, region_start, verb_start)
    if subject is None:
        region = sentence[region_start:verb_start]
        if _countries_in(region):
            return None
        if carried and _shares_subject(sentence, region, carried):
            return _Ranking(carried.countries, value, previous, verb_start, verb_start, verb_start)
        subject = _fallback_subject(sentence, region_start, verb_start, context)
    if subject is None:
        return None
    if _CONDITION_JUST_BEFORE.search(sentence[region_start : subject[1]]):
        return None
    return _Ranking(subject[0], value, previous, subject[1], subject[2], verb_start)


def _shares_subject(sentence: str, region: str, earlier: _Ranking) -> bool:
    """Whether a verb after `region` is said of the subject of the sentence's earlier ranking:
    "Kazakhstan fell to Tier 3 in 2019 and was upgraded to Tier 2 in 2021", or
    "Kazakhstan, which was placed on the Watch List in 2019, was upgraded to Tier 2"."""
    if _CONDITION.search(region) or ";" in region:
        return False
    if _COORDINATED_VERB.search(region):
        return True
    return bool(
        _RELATIVE_CLAUSE.match(sentence, earlier.subject_end) and _CLAUSE_CLOSED.search(region)
    )


def _heading_country(sentence: str, start: int, end: int, region_start: int):
    """ "KAZAKHSTAN: Tier 2", "Kazakhstan (Tier 2)" and the like."""
    before, after = sentence[region_start:start], sentence[end:]
    whole = _HEADING_BEFORE.search(before)
    if whole and _HEADING_AFTER.fullmatch(after):
        name = before[: whole.start()].strip()
        if name in _COUNTRY_NAMES:
            return [_COUNTRY_NAMES[name]], region_start + before.index(name)
    if _PARENTHESIS_BEFORE.search(before) and _PARENTHESIS_AFTER.match(after):
        chain = _chain_ending_at(
            sentence, region_start, start - len(_PARENTHESIS_BEFORE.search(before).group())
        )
        if chain and len(chain[0]) == 1:
            return chain
    colon = _COLON_BEFORE.search(before)
    if colon:
        name_end = region_start + colon.start()
        for begin, stop, country in _countries_in(sentence[region_start:name_end]):
            if (
                region_start + stop == name_end
                and sentence[region_start + begin : name_end].isupper()
            ):
                return [country], region_start + begin
    return None


def _chain_ending_at(sentence: str, region_start: int, end: int):
    """The countries (one, or several joined by commas and "and") that end exactly at `end`."""
    mentions = [
        (start + region_start, stop + region_start, country)
        for start, stop, country in _countries_in(sentence[region_start:end])
    ]
    if not mentions or mentions[-1][1] != end:
        return None
    first = len(mentions) - 1
    while first > 0 and _CHAIN_GAP.fullmatch(sentence[mentions[first - 1][1] : mentions[first][0]]):
        first -= 1
    head = mentions[first][0]
    before = sentence[region_start:head]
    if _PREPOSITION_BEFORE.search(before) and not _NAME_OF_BEFORE.search(before):
        return None
    return [country for _, _, country in mentions[first:]], head


def _whole_chain(sentence: str, start: int, end: int) -> list[str] | None:
    """The countries when text[start:end] is nothing but a list of countries."""
    phrase = sentence[start:end]
    stripped = re.sub(r"\A(?:the\s+)", "", phrase, flags=re.I)
    mentions = _countries_in(stripped)
    if not mentions or mentions[0][0] != 0 or mentions[-1][1] != len(stripped):
        return None
    for (_, previous_end, _), (next_start, _, _) in zip(mentions, mentions[1:], strict=False):
        if not _CHAIN_GAP.fullmatch(stripped[previous_end:next_start]):
            return None
    return list(dict.fromkeys(country for _, _, country in mentions))


def _leading_chain(sentence: str, start: int) -> list[str] | None:
    """The list of countries that begins exactly at `start` ("Libya, Somalia and Yemen")."""
    mentions = _countries_in(sentence[start:])
    if not mentions or mentions[0][0] != 0:
        return None
    countries = [mentions[0][2]]
    for (_, previous_end, _), (next_start, _, country) in zip(mentions, mentions[1:], strict=False):
        if not _CHAIN_GAP.fullmatch(sentence[start + previous_end : start + next_start]):
            break
        countries.append(country)
    return list(dict.fromkeys(countries))


def _ranking_year(
    sentence: str, local_start: int, local_end: int, tier_end: int, context: _Context
) -> int | None:
    """The report year of a ranking: said in the sentence, else the title's, else the date's."""
    local = _stated_years(sentence, local_start, local_end)
    after = _IN_YEAR_AFTER_TIER.match(sentence, tier_end)
    if after:
        local.add(int(after.group("year")))
    if len(local) == 1:
        return local.pop()
    if local:
        return None
    stated = _stated_years(sentence, 0, len(sentence))
    if len(stated) == 1:
        return stated.pop()
    if stated or _PAST_CUE.search(sentence):
        return None
    date = context.date
    if _LAST_YEAR.search(sentence):
        return date.year - 1 if date else None
    if context.title_year:
        return context.title_year
    if date is None:
        return None
    if _THIS_YEAR.search(sentence) or (date.month, date.day) >= REPORT_RELEASE:
        return date.year
    return date.year - 1


def _stated_years(sentence: str, start: int, end: int) -> set[int]:
    years = set()
    window = sentence[start:end]
    for match in _REPORT_YEAR_RE.finditer(window):
        if _NOT_THE_RANKING_YEAR.search(window[: match.start()]):
            continue
        year = match.group("before") or match.group("after") or match.group("bare")
        years.add(int(year))
    for match in _IN_YEAR_RE.finditer(window):
        years.add(int(match.group("year")))
    return years


def _tier_facts(low: str, sentences: _Sentences, context: _Context) -> list[tuple[int, Fact]]:
    found: list[tuple[int, Fact]] = []
    cues = [position for cue in _TIER_CUES for position in _positions(low, cue)]
    for sentence_start, sentence in sentences.containing(cues):
        if sentence.rstrip().endswith("?"):
            continue
        mentions = _tier_mentions(sentence, context)
        region_start = 0
        carried: _Ranking | None = None
        for index, (start, end, value) in enumerate(mentions):
            ranking = _ranking_for(sentence, start, end, value, region_start, context, carried)
            if ranking is None:
                continue
            next_start = mentions[index + 1][0] if index + 1 < len(mentions) else len(sentence)
            year = _ranking_year(sentence, region_start, next_start, end, context)
            phrase_start = min(ranking.subject_start, start)
            if start - phrase_start > MAX_PHRASE:
                phrase_start = min(ranking.verb_start, start)
            phrase_end = end
            if "(" in sentence[phrase_start:end] and sentence.startswith(")", end):
                phrase_end += 1
            previous = ranking.previous if ranking.previous != value else None
            for country in ranking.countries:
                fact = Fact(
                    kind="tier",
                    value=value,
                    text=sentence[phrase_start:phrase_end],
                    sentence=sentence,
                    start=sentence_start,
                    country=country,
                    year=year,
                    previous=previous,
                )
                found.append((sentence_start + phrase_start, fact))
            region_start = end
            carried = ranking
    return _unique_tiers(found)


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
_NUMBER_RE = re.compile(
    rf"""
    (?<![\w.,/#@%&+=$€£-])
    (?P<currency>US\$\s?|\$\s?|USD\s?|€\s?|EUR\s?|£\s?|GBP\s?|KZT\s?)?
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
      | (?P<words>(?i:{_WORD_NUMBER}))
    )
    (?:\s?(?P<scale>(?i:million|billion|trillion|thousand|mln|bn))(?![\w-]))?
    (?![\w]|[.,]\d|[-–/]\d|-[A-Za-z])
    """,
    re.X,
)
_ANY_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d[\d,.]*")
_CURRENCY_PREFIXES = ("US$ ", "US$", "USD ", "EUR ", "GBP ", "KZT ", "USD", "$ ", "$", "€", "£")
_WORD_NUMBER_START = re.compile(rf"(?:{_TENS_WORD}|{_UNIT_WORD})(?![a-z])")
_SPACED_WORD_NUMBER = re.compile(rf" (?:{_TENS_WORD}|{_UNIT_WORD})(?![a-z])")
_CURRENCY_UNITS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR",
                   "£": "GBP", "GBP": "GBP", "KZT": "KZT"}  # fmt: skip
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?P<usd>(?:U\.S\.\s+|US\s+|American\s+)?dollars\b|USD\b)|(?P<eur>euros?\b|EUR\b)"
    r"|(?P<kzt>tenge\b|KZT\b)|(?P<gbp>pounds\s+sterling\b|GBP\b))"
)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)
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
_NOUN_AFTER = re.compile(
    rf"(?P<gap>(?:\s+(?!(?:{_GAP_STOPS})\b)[A-Za-z][A-Za-z'-]*){{0,3}}?)\s+"
    rf"(?P<noun>{'|'.join(sorted((*_NOUN_UNITS, *_VERB_COUNTED_NOUNS), key=len, reverse=True))})"
    r"\b(?!'s|-)",
    re.I,
)
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>investigat|prosecut|convict)(?:ed|ing|es|e|s)?"
    r"(?:\s+and\s+(?:sentenced|convicted|prosecuted|investigated|charged))?"
    r"\s+(?:a\s+total\s+of\s+)?\Z",
    re.I,
)
_VERB_AFTER = re.compile(r"\s+(?:were\s+|was\s+)?(?P<verb>convict|prosecut|investigat)ed\b", re.I)
_QUALIFIER_BEFORE = re.compile(
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
# A number right after one of these is a label, a date, an age or a phone number.
_LABEL_BEFORE = re.compile(
    rf"""(?:\b(?:articles?|art\.|sections?|sec\.|§+|no\.|nos\.|numbers?|proclamations?
    |resolutions?|res\.|laws?|l\.|chapters?|ch\.|title|part|pages?|p\.|pp\.|vol\.|volume
    |paragraphs?|para\.|order|decree|rule|bill|act|item|code|clause|annex|appendix|figure
    |fig\.|table|tiers?|fy|fiscal\s+year|year|grade|level|phase|form|room|suite|box|route
    |amendment|directive|regulation|protocol|doc\.|docket|id|ext\.|extension|dial|dialing
    |dialling|call|calling|text|texting|hotline|line|helpline|age|ages|aged|under|u\.s\.c\.
    |c\.f\.r\.|stat\.|h\.r\.|s\.|con\.|pub\.|cong\.|{_MONTH}\.?)|§|\#)\s*\Z""",
    re.I | re.X,
)
_LABEL_AFTER = re.compile(rf"\s*(?:U\.S\.C\.|C\.F\.R\.|FR\b|Stat\.|{_MONTH}\b)", re.I)
_RATIO_OR_RANGE_BEFORE = re.compile(
    rf"(?:\b(?:\d[\d,.]*|{_UNIT_WORD}|{_TENS_WORD})\s*(?:in|out\s+of|to|and|or|-|–)\s+"
    r"|\bbetween\s+)\Z",
    re.I,
)
_PENALTY_BEFORE = re.compile(
    r"\b(?:fines?|fined|penalt(?:y|ies)|punishable|bail)\b[^.;]{0,30}\Z", re.I
)
_SERVICE_NUMBER = frozenset({"911", "112", "711", "999", "988", "211", "311", "111", "102", "150"})
_COMPARISON_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\b(?:a|an)\s+(?:\w+\s+)?(?:decrease|increase|decline|drop|rise"
    r"|reduction|jump)\s+from|\b(?:up|down)\s+from|\bversus|\bvs\.)\s+\Z",
    re.I,
)
_PARENTHESIS_OPEN_BEFORE = re.compile(r"\(\s*\Z")
_EARLIER_PERIOD_AFTER = re.compile(
    rf"\s+(?:in\s+(?:FY\s*)?{_YEAR}\b|during\s+the\s+previous|in\s+the\s+previous"
    r"|the\s+previous\s+(?:year|reporting\s+period)|last\s+year|a\s+year\s+earlier"
    r"|the\s+year\s+before)",
    re.I,
)
_YEAR_IN_PARENTHESIS_AFTER = re.compile(rf"\s+in\s+(?:FY\s*)?{_YEAR}\s*\)", re.I)
_ANY_UNIT_NOUN = re.compile(
    r"\b(?:" + "|".join((*_NOUN_UNITS, *_VERB_COUNTED_NOUNS)) + r")\b|[%$€£]", re.I
)
_DIGITS = re.compile(r"\d[\d,.]*")


def _number_value(match: re.Match) -> Decimal | None:
    digits, words, scale = match.group("digits"), match.group("words"), match.group("scale")
    try:
        if digits:
            value = Decimal(digits.replace(",", ""))
        else:
            value = Decimal(_words_value(words))
    except (InvalidOperation, ValueError):
        return None
    if scale:
        value *= _SCALE_WORDS[scale.lower()]
    return value


def _words_value(words: str) -> int:
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


def _plain_number(value: Decimal) -> int | float:
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
    begin: int  # in the sentence
    end: int


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
        unit = next(name for name in ("usd", "eur", "kzt", "gbp") if money.group(name))
        return "money", unit.upper(), end + money.end()
    noun = _NOUN_AFTER.match(right)
    if not noun:
        return None
    word = noun.group("noun").lower()
    if match.group("digits") in _SERVICE_NUMBER and word == "calls":
        return None
    unit = _NOUN_UNITS.get(word)
    if unit in (None, "traffickers"):
        after = _VERB_AFTER.match(right, noun.end())
        if after:
            unit = _VERB_UNITS[after.group("verb").lower()]
    return "noun", unit, end + noun.end()


def _inherited_unit(sentence: str, begin: int, end: int, earlier: _Figure | None) -> str | None:
    """The unit of an elided comparison: "45 cases in 2019, compared with 55 in 2018"."""
    if earlier is None or begin - earlier.end > 100:
        return None
    between = sentence[earlier.end : begin]
    comparison = _COMPARISON_BEFORE.search(between)
    if comparison and _EARLIER_PERIOD_AFTER.match(sentence, end):
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


def _number_starts(text: str, low: str) -> list[int]:
    """Where numbers may start: at digits (or a currency sign before them), and at
    spelled-out numbers."""
    starts = []
    if _ANY_DIGIT.search(text):
        for run in _DIGIT_RUN.finditer(text):
            start = run.start()
            for prefix in _CURRENCY_PREFIXES:
                if text.startswith(prefix, start - len(prefix)):
                    start -= len(prefix)
                    break
            starts.append(start)
    # A literal space in front lets the regex engine skip ahead; the few spelled-out
    # numbers that open a line are picked up separately.
    starts.extend(match.start() + 1 for match in _SPACED_WORD_NUMBER.finditer(low))
    for line_start in (0, *(position + 1 for position in _positions(low, "\n"))):
        if _WORD_NUMBER_START.match(low, line_start):
            starts.append(line_start)
    return sorted(set(starts))


def _figure_facts(text: str, low: str, sentences: _Sentences) -> list[tuple[int, Fact]]:
    found: list[tuple[int, Fact]] = []
    seen: set[tuple] = set()
    earlier: _Figure | None = None
    covered = 0
    for start in _number_starts(text, low):
        if start < covered:
            continue
        match = _NUMBER_RE.match(text, start)
        if match is None:
            continue
        covered = match.end()
        # Read against the whole text; the sentence is looked up only for what is kept.
        figure = _figure_in(text, match, match.start(), match.end(), earlier)
        if figure is None:
            continue
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


def _figure_in(
    text: str, match: re.Match, begin: int, end: int, earlier: _Figure | None
) -> _Figure | None:
    # Most numbers in prose are years and dates with no unit after them: test that first.
    read = _unit_after(text, match, end)
    if read is None and earlier is None:
        return None
    left = text[max(0, begin - 60) : begin]
    if _LABEL_BEFORE.search(left[-24:]) or _LABEL_AFTER.match(text, end):
        return None
    if _RATIO_OR_RANGE_BEFORE.search(left[-30:]):
        return None
    qualifier_match = _QUALIFIER_BEFORE.search(left[-25:])
    qualifier = None
    phrase_begin = begin
    verb_left = left
    if qualifier_match:
        written = " ".join(qualifier_match.group("qualifier").lower().split())
        qualifier = _QUALIFIERS.get(written, written)
        phrase_begin = begin - (25 if len(left) >= 25 else len(left)) + qualifier_match.start()
        verb_left = text[max(0, begin - 60) : phrase_begin]
    if _is_year(match) and not qualifier:
        return None
    unit = None
    phrase_end = end
    if read is not None:
        how, unit, phrase_end = read
        if how == "money" and _PENALTY_BEFORE.search(verb_left[-40:]):
            return None
        if how == "noun":
            counted = _VERB_BEFORE.search(verb_left[-45:])
            if counted and unit not in _COUNTED_AS_THEMSELVES:
                unit = _VERB_UNITS[counted.group("verb").lower()]
    if unit is None:
        unit = _inherited_unit(text, phrase_begin, end, earlier)
        phrase_end = end
        if unit is None:
            return None
    value = _number_value(match)
    if value is None or value <= 0:
        return None
    return _Figure(_plain_number(value), unit, qualifier, phrase_begin, phrase_end)


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
_KNOWN_OBSERVANCE_RES = [re.compile(pattern, re.I) for pattern, *_ in _KNOWN_OBSERVANCES]
# Lower-case anchors, found with str.find, and the observances whose names hold them.
_OBSERVANCE_ANCHORS = (
    ("prevention month", (0, 1, 2)),
    ("awareness day", (3,)),
    ("day of human trafficking", (3,)),
    ("blueday", (4,)),
    ("blue day", (4,)),
    ("world day against", (5,)),
)
_OBSERVANCE_KEYWORDS = ("trafficking", "slavery", "forced labo")
_OBSERVANCE_NOUNS = ("Day", "Month", "Week", "DAY", "MONTH", "WEEK")
_OBSERVANCE_KEYWORD = re.compile(r"Trafficking|Slavery|Forced\s+Labou?r|TRAFFICKING|SLAVERY")
_NAME_TOKEN = re.compile(r"#?[A-Za-z][A-Za-z'-]*")
_NAME_CONNECTORS = frozenset({"of", "for", "the", "against", "and", "on", "in", "to"})
_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)
_DATE_RE = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-–/]\s*\d)"
    rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\b"
    rf"(?:,?\s+(?P<year2>{_YEAR})\b)?"
)
_MONTH_WORD_RE = re.compile(rf"\b(?P<month>{_MONTH})\b(?!\s*\d)")


def _dated_year_pattern(month: int, day: int | None) -> re.Pattern:
    """ "January 2020", "January 11, 2025", "11 January 2025" for one observance's date."""
    names = "|".join(sorted((n for n, m in _MONTHS.items() if m == month), key=len, reverse=True))
    day_number = str(day) if day else r"\d{1,2}"
    return re.compile(
        rf"\b(?:{names})\.?\s+(?:{day_number}(?:st|nd|rd|th)?,?\s+)?(?P<year>{_YEAR})\b"
        rf"|\b{day_number}\s+(?:{names})\s+(?P<year2>{_YEAR})\b",
        re.I,
    )


_YEAR_JUST_AFTER = re.compile(rf",?\s*(?P<year>{_YEAR})\b(?![\w-])")
_YEAR_JUST_BEFORE = re.compile(rf"(?<![\w-])(?P<year>{_YEAR})\s+\Z")
_OBSERVANCE_YEARS = [_dated_year_pattern(month, day) for _, _, month, day in _KNOWN_OBSERVANCES]


def _observance_year(sentence: str, begin: int, end: int, dated_year: re.Pattern) -> int | None:
    """The year a sentence gives for this observance, when it gives exactly one."""
    years = set()
    after = _YEAR_JUST_AFTER.match(sentence, end)
    if after:
        years.add(int(after.group("year")))
    before = _YEAR_JUST_BEFORE.search(sentence[:begin])
    if before:
        years.add(int(before.group("year")))
    for match in dated_year.finditer(sentence):
        years.add(int(match.group("year") or match.group("year2")))
    return years.pop() if len(years) == 1 else None


def _known_observances(text: str, low: str) -> list[tuple[int, int, int]]:
    """(start, end, index into _KNOWN_OBSERVANCES) of each named observance, in order."""
    spans = {}
    for anchor, indexes in _OBSERVANCE_ANCHORS:
        for position in _positions(low, anchor):
            window_start = max(0, position - 70)
            window_end = min(len(text), position + len(anchor) + 30)
            for index in indexes:
                match = _KNOWN_OBSERVANCE_RES[index].search(text, window_start, window_end)
                if match and match.start() <= position < match.end():
                    spans.setdefault(match.start(), (match.end(), index))
    return [(start, end, index) for start, (end, index) in sorted(spans.items())]


def _observance_facts(text: str, low: str, sentences: _Sentences) -> list[tuple[int, Fact]]:
    found: list[tuple[int, Fact]] = []
    known_spans: list[tuple[int, int]] = []
    for match_start, match_end, index in _known_observances(text, low):
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
            year=_observance_year(sentence, begin, end, _OBSERVANCE_YEARS[index]),
            month=month,
            day=day,
        )
        found.append((match_start, fact))
    if any(keyword in low for keyword in _OBSERVANCE_KEYWORDS):
        nouns = [
            position
            for noun in _OBSERVANCE_NOUNS
            for position in _positions(text, noun)
            if not text[position - 1 : position].isalpha()
            and not any(start <= position < end for start, end in known_spans)
        ]
        if nouns:
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


def _extract(text: object, title: object, date: object, kinds: Iterable[str]) -> list[Fact]:
    text = normalise_text(text if isinstance(text, str) else "")
    if not text or text.isspace():
        return []
    wanted = set(kinds or ()) & set(KINDS)
    if not isinstance(date, datetime.date):
        date = None
    low = _lower(text)
    sentences = _Sentences(text)
    found: list[tuple[int, Fact]] = []
    if "tier" in wanted and any(cue in low for cue in _TIER_CUES):
        found.extend(_tier_facts(low, sentences, _tier_context(text, low, title, date)))
    if "figure" in wanted:
        found.extend(_figure_facts(text, low, sentences))
    if "observance" in wanted:
        found.extend(_observance_facts(text, low, sentences))
    found.sort(key=lambda item: item[0])
    return [fact for _, fact in found]


def _tier_context(text: str, low: str, title: object, date: datetime.date | None) -> _Context:
    clean_title = _clean_title(title)
    title_low = clean_title.lower()
    title_years = (
        set(_YEAR_IN_TITLE.findall(clean_title)) if _TIP_TITLE.search(clean_title) else set()
    )
    return _Context(
        text=text,
        title_country=_title_country(clean_title),
        title_year=int(title_years.pop()) if len(title_years) == 1 else None,
        date=date,
        tip_context=any(
            cue in low or cue in title_low for cue in ("tier", "trafficking in persons")
        )
        or "TIP" in text
        or "TIP" in clean_title,
        has_tier="tier" in low or "tier" in title_low,
    )


__all__ = ["KINDS", "TIER_VALUES", "Fact", "extract_facts", "normalise_text", "split_sentences"]
