"""Find key facts in trafficking prose: TIP report tiers, headline figures and observances.

Plain text in, facts out; no Pelican, no HTML. A small grammar over word lists: the text is
normalised once and split into sentences; mentions (tiers, countries, numbers with what they
count, years, observance names) are found with the word lists of the text's language
(lexicon/<lang>.py); then a few relation rules, here, attach each tier to the countries of its
clause and to its report year, and each number to the noun it counts, and turn away rules,
hypotheticals and waivers. A new language is a new word list, not new rules.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace

from .lexicon import words_of

KINDS = ("tier", "figure", "observance")
BLOCK_BREAK = "\n\n"
TIER_VALUES = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")
STATEMENT_WORDS = 25
FIRST_REPORT = 2001  # the year of the first TIP report: no span starts before it
# The country whose State Department writes the report, named beside the country it ranks.
RANKING_COUNTRY = "United States"
# The day each year's TIP report came out: a text written before it speaks of the year
# before's report (mid-June for a year not listed).
REPORT_RELEASES = {
    2002: (6, 5), 2003: (6, 11), 2004: (6, 14), 2005: (6, 3), 2006: (6, 5), 2007: (6, 12),
    2008: (6, 4), 2009: (6, 16), 2010: (6, 14), 2011: (6, 27), 2012: (6, 19), 2013: (6, 19),
    2014: (6, 20), 2015: (7, 27), 2016: (6, 30), 2017: (6, 27), 2018: (6, 28), 2019: (6, 20),
    2020: (6, 25), 2021: (7, 1), 2022: (7, 19), 2023: (6, 15), 2024: (6, 24),
}  # fmt: skip


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
    statement: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# Normalisation

_CHARACTERS = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a\uff07\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
        **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007", " "),
        **dict.fromkeys("\u2008\u2009\u200a\u202f\u205f\u3000", " "),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e", None),
        **dict.fromkeys("\u2010\u2011\u2212", "-"),
        **dict.fromkeys("\r\u0085\u2028\u2029", "\n"),
        # Russian ё is written е as often as not; Kazakh ӛ is a common misspelling of ө.
        "ё": "е", "Ё": "Е", "ӛ": "ө", "Ӛ": "Ө",
    }
)  # fmt: skip


_REPLACEMENTS = tuple((chr(code), value or "") for code, value in _CHARACTERS.items())
# The replacements that keep offsets but not letters: what the text as written shows normalised.
SPACING_REPLACEMENTS = tuple((old, new) for old, new in _REPLACEMENTS if not new or new.isspace())


def normalise_text(text: str) -> str:
    """Text with ASCII quotes, plain spaces and line breaks, and no invisible characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if text.isascii() and "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    # str.translate walks every character in Python's slow path; most texts hold only a few
    # of these characters (typographic quotes first), each replaced faster on its own.
    for character, replacement in _REPLACEMENTS:
        if character in text:
            text = text.replace(character, replacement)
            if text.isascii() and "\r" not in text:  # a lone "\r" is ASCII too
                break
    return text


# ---------------------------------------------------------------------------------------------
# The grammar of one language: its word lists compiled into patterns, once.


def _alternation(words: Iterable[str]) -> str:
    """A regex that matches any of `words`, the longest first, as a trie: an alternation of
    hundreds of plain words would make the regex engine try each one at every position."""
    trie = _trie(words)
    return _trie_source(trie) if trie else ""


def _trie(words: Iterable[str]) -> dict:
    trie: dict = {}
    for word in set(words):
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    return trie


def _guarded_alternation(words: Iterable[str], not_after: str) -> str:
    """`(?<!{not_after})` + _alternation(words), written so that the regex engine can still
    scan for the words' first characters: a pattern that opens with a lookbehind or a
    `\\b` is tried at every position of the text. The lookbehind is moved after each first
    character c, as `c(?<!{not_after}c)`, which looks at the same character before c."""
    trie = _trie(words)
    if not trie or "" in trie:
        return f"(?<!{not_after})(?:{_trie_source(trie)})"
    branches = [
        f"{re.escape(c)}(?<!{not_after}{re.escape(c)}){_trie_source(child)}"
        for c, child in sorted(trie.items())
    ]
    return "(?:" + "|".join(branches) + ")"


def _literal_heads(source: str) -> tuple[str, ...] | None:
    """The plain words that open the alternatives of regex `source`, each one's text up to
    its first special character ("tier|watch|special\\s+case": "tier", "watch", "special"),
    an alternative that opens with a group "(?:…)" giving its own alternatives' words; None
    when one has none or the source has classes or other groups. A text holding none of
    them cannot match, and `in` looks for them at C speed."""
    if "[" in source:
        return None
    heads = []
    for alternative in _top_alternatives(source):
        if alternative.startswith("(?:"):
            close = _closing_paren(alternative)
            if close is None or alternative[close + 1 : close + 2] in ("*", "?", "{"):
                return None  # an optional group: what follows it may open the match
            inner = _literal_heads(alternative[3:close])
            if inner is None:
                return None
            heads.extend(inner)
            continue
        head = re.match(r"[^\\.^$*+?{}|()]*", alternative).group()
        if alternative[len(head) : len(head) + 1] in ("*", "?", "{"):
            head = head[:-1]  # "ab?": only "a" is sure to be there
        if not head:
            return None
        heads.append(head)
    return tuple(dict.fromkeys(heads))


def _closing_paren(source: str) -> int | None:
    """The offset of the ")" that closes the "(" `source` opens with (None if none)."""
    depth, index = 0, 0
    while index < len(source):
        if source[index] == "\\":
            index += 2
            continue
        if source[index] == "(":
            depth += 1
        elif source[index] == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def _top_alternatives(source: str) -> list[str]:
    """The alternatives of regex `source` at its top level (not inside a group)."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(source):
        character = source[index]
        if character == "\\":
            index += 2
            continue
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


def _found_at_heads(pattern: re.Pattern, heads: tuple[str, ...], text: str) -> bool:
    """`pattern.search(text) is not None`, where each match of `pattern` opens with one of
    `heads` (`_literal_heads`): the pattern is tried only where a head stands, found with
    str.find at C speed. The regex engine would try it at every character that can open an
    alternative, and "top" or "the" open at every "t" of the text."""
    if min(map(len, heads)) < 3:
        # A head of a letter or two stands all over a text: there the engine's own scan,
        # in C, is faster than a match tried from Python at each one.
        for head in heads:  # a loop, not any(…): a generator costs more than the scans
            if head in text:
                return pattern.search(text) is not None
        return False
    for head in heads:
        at = text.find(head)
        while at >= 0:
            if pattern.match(text, at):
                return True
            at = text.find(head, at + 1)
    return False


# A text's bytes with every character but an ASCII letter, digit or "_" made a space (and any
# other character a "?" before that): its words stand between spaces, found at C speed.
_WORDS_ONLY = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else ord(" ") for c in range(256)
)


def _spaced_word_patterns(words: Iterable[str]):
    """Patterns that find `words` as b" word " in such bytes, in three: the one-word ones,
    the others, and all; None when a word is not plain lower-case ASCII words."""
    words = set(words)
    if not all(re.fullmatch(r"[a-z0-9_]+(?: [a-z0-9_]+)*", word) for word in words):
        return None

    def spaced(chosen):
        return re.compile(f" (?:{_alternation(chosen)}) ".encode("ascii") if chosen else b"(?!)")

    single = {word for word in words if " " not in word}
    return spaced(single), spaced(words - single), spaced(words)


def _lower_case_only(source: str) -> bool:
    """Whether regex `source` finds the same with re.I in an ASCII text as without it in the
    text lower-cased: no letter of its own that is upper-case or folds to another one (as
    "ſ" to "s"), no escape that may name one ("\\x41"), no inline flags and no range in a
    class (as "[0-`]", which re.I makes hold "a")."""
    class_first = None  # inside a class: where its first character is
    index = 0
    while index < len(source):
        character = source[index]
        if character == "\\":
            escaped = source[index + 1 : index + 2]
            if escaped.isalnum() and escaped not in "AbBdDsSwWZ":
                return False
            index += 2
            continue
        if character != character.lower() or (
            not character.isascii() and character.upper() + character.casefold() != 2 * character
        ):
            return False
        if class_first is not None:
            if character == "]" and index > class_first:
                class_first = None
            elif (
                character == "-"
                and index > class_first
                and source[index + 1 : index + 2] != "]"
                and not (source[index - 1].isdigit() and source[index + 1].isdigit())
            ):
                return False  # (a range of digits, as "[5-9]", holds no letter)
        elif character == "[":
            class_first = index + 2 if source[index + 1 : index + 2] == "^" else index + 1
        elif character == "(" and source[index + 1 : index + 2] == "?":
            opening = re.match(r"\?(?:[:=!]|<[=!]|P<\w+>)", source[index + 1 :])
            if not opening:
                return False
            index += 1 + opening.end()  # a group's name matches no text
            continue
        index += 1
    return True


def _lowered_source(source: str) -> str | None:
    """Case-insensitive regex `source` with its ASCII letters lower-cased, to be matched
    without re.I against a lower-cased ASCII text (None where _lower_case_only then says
    no); an opening `\\b` before a word is moved after it ("\\btier" becomes
    "tier(?<!\\wtier)"), so that the regex engine looks for the word at C speed rather than
    trying the boundary at every character."""
    parts, index = [], 0
    while index < len(source):
        if source[index] == "\\":
            parts.append(source[index : index + 2])
            index += 2
        elif source.startswith("(?P<", index) and ">" in source[index:]:
            end = source.index(">", index) + 1
            parts.append(source[index:end])
            index = end
        else:
            parts.append(source[index].lower() if source[index].isascii() else source[index])
            index += 1
    lowered = "".join(parts)
    if not _lower_case_only(lowered):
        return None
    word = re.match(r"\\b([a-z]{2,})(?![?*+{])", lowered)
    if word:
        lowered = f"{word[1]}(?<!\\w{word[1]}){lowered[word.end() :]}"
    return lowered


class _Lowered:
    """A case-insensitive pattern whose matches are only tested, not read: on an ASCII text
    it is run without re.I on the text lower-cased, which finds the same where
    _lower_case_only(source), and faster: the regex engine then skips, at each character,
    the alternatives that cannot start there, which it does only for case-sensitive letters.
    Its matches are in that lower-cased copy (whose offsets are the text's)."""

    def __init__(self, source: str):
        self.pattern = re.compile(source, re.I)
        lowered = self.lowered_source(source)
        self.lowered = re.compile(lowered) if lowered else None

    @staticmethod
    def lowered_source(source: str) -> str | None:
        return source if _lower_case_only(source) else None

    def _pattern_for(self, text: str) -> tuple[re.Pattern, str]:
        if self.lowered is not None and text.isascii():
            return self.lowered, text.lower()
        return self.pattern, text

    def search(self, text: str, *bounds: int) -> re.Match | None:
        """`pattern.search(text, *bounds)`: `bounds` are its pos and endpos."""
        pattern, text = self._pattern_for(text)
        return pattern.search(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterable[re.Match]:
        pattern, text = self._pattern_for(text)
        return pattern.finditer(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match | None:
        pattern, text = self._pattern_for(text)
        return pattern.match(text, *bounds)


class _LoweredYears(_Lowered):
    """A case-insensitive pattern whose matches are read for their offsets and their groups
    of digits (years) only: as _Lowered, on an ASCII text it runs without re.I on the text
    lower-cased (where _lowered_source can write it), whose offsets and digits are the
    text's. A year pattern opens with a lookbehind or `\\b`, and so is tried at every
    character; without re.I the engine at least rejects a letter no alternative opens with
    at once, and a pattern that opens with a word ("\\bsince") is scanned for it."""

    lowered_source = staticmethod(_lowered_source)


def _trie_source(node: dict) -> str:
    branches = [re.escape(c) + _trie_source(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


class Grammar:
    def __init__(self, lang: str):
        words = self.words = words_of(lang)
        self.tiers = [(re.compile(entry[0], re.I), entry[1]) for entry in words.TIERS]
        # The same, for a lower-cased ASCII sentence (None where a pattern cannot be).
        self.tiers_lowered = [
            re.compile(lowered) if (lowered := _lowered_source(entry[0])) else None
            for entry in words.TIERS
        ]
        # A pattern's words, one of which a sentence must hold for the pattern to be tried
        # ("first", "second", "third" for ordinal tiers): most sentences hold none.
        self.tier_needles = [entry[2] if len(entry) > 2 else () for entry in words.TIERS]
        self.countries = words.COUNTRIES
        self.currencies_after = {k.lower(): v for k, v in words.CURRENCIES_AFTER.items()}
        self.counted_stems = sorted(words.COUNTED_STEMS, key=len, reverse=True)
        letter = r"[^\W\d_]"
        countries = _guarded_alternation(words.COUNTRIES, rf"{letter[:-1]}\-]")
        self.country = re.compile(rf"{countries}(?!{letter[:-1]}])")
        demonyms = rf"\b({_alternation(words.DEMONYMS)})"
        if all(re.match(r"\w", demonym) for demonym in words.DEMONYMS):
            # `\b` before a word character: not after one.
            demonyms = "(" + _guarded_alternation(words.DEMONYMS, r"\w") + ")"
        self.demonym = re.compile(rf"{demonyms}\s+(?:government's\s+)?{words.DEMONYM_BEFORE}")
        self.institution_after = re.compile(rf"(?:'s)?\s+(?:{words.INSTITUTION_AFTER})", re.I)
        self.institution_before = re.compile(words.INSTITUTION_BEFORE, re.I)
        self.anaphora = re.compile(words.ANAPHORA, re.I)
        self.anaphora_noun = re.compile(words.ANAPHORA_NOUN, re.I)
        self.class_noun = re.compile(rf"\s*(?:{words.CLASS_NOUNS}|{words.LIST_NOUNS})", re.I)
        self.list_noun = re.compile(rf"\s*{words.LIST_NOUNS}", re.I)
        self.copula_before = re.compile(words.COPULA_BEFORE, re.I)
        self.appositive_gap = re.compile(getattr(words, "APPOSITIVE_GAP", "(?!)"), re.I)
        self.appositive_noun = re.compile(getattr(words, "APPOSITIVE_NOUN", "(?!)"), re.I)
        self.list_opener = re.compile(words.LIST_OPENERS, re.I)
        self.counted_list = re.compile(getattr(words, "COUNTED_LIST", "(?!)"), re.I)
        self.among_them = re.compile(getattr(words, "AMONG_THEM", "(?!)"), re.I)
        self.among_opener = re.compile(getattr(words, "AMONG_OPENER", "(?!)"), re.I)
        self.among_verb = re.compile(getattr(words, "AMONG_VERB", "(?!)"), re.I)
        self.alongside = re.compile(words.ALONGSIDE, re.I)
        self.separator = re.compile(rf"(?:{words.LIST_SEPARATOR})\Z", re.I)
        self.list_separator = re.compile(words.LIST_SEPARATOR, re.I)
        self.unreal_before = _Lowered(words.UNREAL_BEFORE)
        self.unreal_after = re.compile(words.UNREAL_AFTER, re.I)
        self.unreal_near = _Lowered(words.UNREAL_NEAR)
        self.coordination = re.compile(words.COORDINATION, re.I)
        self.clause_break = re.compile(words.CLAUSE_BREAK, re.I)
        self.range_after = re.compile(words.RANGE_AFTER, re.I)
        self.weak_number_cue = _Lowered(words.WEAK_NUMBER_CUE)
        self.not_a_count_of = re.compile(words.NOT_A_COUNT_OF, re.I)
        self.previous_before = re.compile(words.PREVIOUS_BEFORE, re.I)
        self.previous_after = re.compile(words.PREVIOUS_AFTER, re.I)
        self.previous_suffix = re.compile(getattr(words, "PREVIOUS_SUFFIX", "(?!)"), re.I)
        self.left_after = re.compile(getattr(words, "LEFT_AFTER", "(?!)"), re.I)
        self.years_listed = re.compile(getattr(words, "YEARS_LISTED", "(?!)"), re.I)
        self.years_after = re.compile(getattr(words, "YEARS_AFTER", "(?!)"), re.I)
        self.year_when = _LoweredYears(getattr(words, "YEAR_WHEN", "(?!)"))
        self.years_before = re.compile(getattr(words, "YEARS_BEFORE", "(?!)"), re.I)
        self.exit_before = re.compile(getattr(words, "EXIT_BEFORE", "(?!)"), re.I)
        self.change_from = re.compile(getattr(words, "CHANGE_FROM", "(?!)"), re.I)
        self.years_list_after = re.compile(getattr(words, "YEARS_LIST_AFTER", "(?!)"), re.I)
        self.earlier_reports = re.compile(getattr(words, "EARLIER_REPORTS", "(?!)"), re.I)
        self.years_opening = re.compile(getattr(words, "YEARS_OPENING", "(?!)"), re.I)
        self.tier_heading = re.compile(getattr(words, "TIER_HEADING", "(?!)"), re.I)
        self.defined_heading = re.compile(getattr(words, "DEFINED_HEADING", "(?!)"), re.I)
        self.heading_lead = re.compile(getattr(words, "HEADING_LEAD", "(?!)"), re.I)
        self.change_object = re.compile(getattr(words, "CHANGE_OBJECT", "(?!)"), re.I)
        self.partitive_before = _Lowered(getattr(words, "PARTITIVE_BEFORE", "(?!)"))
        self.bracketed = re.compile(r"\(([^()]+)\)")
        self.ranker_after = re.compile(getattr(words, "RANKER_AFTER", "(?!)"), re.I)
        self.like_before = re.compile(getattr(words, "LIKE_BEFORE", "(?!)"), re.I)
        self.joined = re.compile(getattr(words, "JOINED", "(?!)"), re.I)
        self.joining = re.compile(getattr(words, "JOINING", "(?!)"), re.I)
        self.joined_list = re.compile(getattr(words, "JOINED_LIST", "(?!)"), re.I)
        self.factual_infinitive = re.compile(getattr(words, "FACTUAL_INFINITIVE", "(?!)"), re.I)
        self.count_of = re.compile(getattr(words, "COUNT_OF", "(?!)"), re.I)
        self.them_listed = re.compile(getattr(words, "THEM_LISTED", "(?!)"), re.I)
        self.others_listed = re.compile(getattr(words, "OTHERS_LISTED", "(?!)"), re.I)
        self.others_before = re.compile(getattr(words, "OTHERS_BEFORE", "(?!)"), re.I)
        self.list_tail = re.compile(getattr(words, "LIST_TAIL", "(?!)"), re.I)
        self.first_time = re.compile(getattr(words, "FIRST_TIME", "(?!)"), re.I)
        self.span_break_after = re.compile(getattr(words, "SPAN_BREAK_AFTER", "(?!)"), re.I)
        self.opening_break = re.compile(getattr(words, "OPENING_BREAK", "(?!)"), re.I)
        self.years_clause_end = re.compile(getattr(words, "YEARS_CLAUSE_END", "(?!)"), re.I)
        self.generic_before = re.compile(getattr(words, "GENERIC_BEFORE", "(?!)"), re.I)
        self.from_to = re.compile(words.FROM_TO, re.I)
        self.year = re.compile(words.YEAR)
        self.year_like = re.compile(words.YEAR_LIKE)
        self.same_as_before = re.compile(words.SAME_AS_BEFORE, re.I)
        self.plural_subject = re.compile(getattr(words, "PLURAL_SUBJECT", "(?!)"), re.I)
        self.report_year = _LoweredYears(words.REPORT_YEAR)
        self.in_year = _LoweredYears(words.IN_YEAR)
        self.relative_years = [(re.compile(k, re.I), v) for k, v in words.RELATIVE_YEARS.items()]
        self.report_words = re.compile(words.REPORT_WORDS, re.I)
        self.since_year = _LoweredYears(words.SINCE_YEAR)
        self.stayed_years = re.compile(getattr(words, "STAYED_YEARS", "(?!)"), re.I)
        self.since_then = re.compile(getattr(words, "SINCE_THEN", "(?!)"), re.I)
        self.since_before = re.compile(getattr(words, "SINCE_BEFORE", "(?!)"), re.I)
        self.span_years = re.compile(words.SPAN_YEARS, re.I)
        self.current_span = re.compile(words.CURRENT_SPAN, re.I)
        self.previous_span_after = re.compile(getattr(words, "PREVIOUS_SPAN_AFTER", "(?!)"), re.I)
        self.group_before_tier = re.compile(getattr(words, "GROUP_BEFORE_TIER", "(?!)"), re.I)
        self.member_link = re.compile(getattr(words, "MEMBER_LINK", "(?!)"), re.I)
        self.wish_before = re.compile(getattr(words, "WISH_BEFORE", "(?!)"), re.I)
        self.year_label = re.compile(getattr(words, "YEAR_LABEL", "(?!)"), re.I)
        self.since_opening = re.compile(getattr(words, "SINCE_OPENING", "(?!)"), re.I)
        self.stative = re.compile(getattr(words, "STATIVE", "(?!)"), re.I)
        self.since_first = re.compile(getattr(words, "SINCE_FIRST", "(?!)"), re.I)
        self.reports_after = re.compile(getattr(words, "REPORTS_AFTER", "(?!)"), re.I)
        self.decade_span = re.compile(getattr(words, "DECADE_SPAN", "(?!)"), re.I)
        self.never_left = re.compile(getattr(words, "NEVER_LEFT", "(?!)"), re.I)
        self.cell_note = re.compile(getattr(words, "CELL_NOTE", "(?!)"), re.I)
        self.stayed_there = re.compile(getattr(words, "STAYED_THERE", "(?!)"), re.I)
        self.stayed_there_opening = re.compile(getattr(words, "STAYED_THERE_OPENING", "(?!)"), re.I)
        self.stayed_years_after = re.compile(getattr(words, "STAYED_YEARS_AFTER", "(?!)"), re.I)
        self.tier_included = re.compile(getattr(words, "TIER_INCLUDED", "(?!)"), re.I)
        self.field_label = re.compile(getattr(words, "FIELD_LABEL", "(?!)"), re.I)
        self.bracket_span = re.compile(getattr(words, "BRACKET_SPAN", "(?!)"), re.I)
        self.span_before_tier = re.compile(getattr(words, "SPAN_BEFORE_TIER", "(?!)"), re.I)
        self.repeated_year = _LoweredYears(words.REPEATED_YEAR)
        self.interim_title = re.compile(words.INTERIM_TITLE, re.I)
        self.respectively = _Lowered(words.RESPECTIVELY)
        self.phrase_break = re.compile(words.PHRASE_BREAK, re.I)
        relative = getattr(words, "RELATIVE", "which|who|that")
        # "\s*,\s*(?:which|…)\b[^,]*,", written to open with its first character, a space or
        # the comma: the engine then skips to those rather than trying every character.
        self.words_of_relative = re.compile(
            rf"[\s,](?:(?<=,)|(?<=\s)\s*,)\s*(?:{relative})\b[^,]*,", re.I
        )
        # A relative clause up to its closing comma or the sentence's end: ", which was …".
        self.relative_clause = re.compile(
            rf",\s*(?:{getattr(words, 'RELATIVE_HEADS', '(?!)')})\b[^,;]*", re.I
        )
        # "According to the embassy in Kazakhstan, Tier 3 …": the source's country is no subject.
        self.attribution = re.compile(getattr(words, "ATTRIBUTION", r"(?!)"), re.I)
        group = re.escape(words.GROUP_MARKS)
        self.group_mark = re.compile(rf"[{group}]")
        decimal = re.escape(words.DECIMAL_MARK)
        digits = rf"\d{{1,3}}(?:[{group}]\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?"
        number_words = _alternation(words.NUMBER_WORDS) or "(?!)"
        scales = _alternation(words.SCALES)
        number_suffix = getattr(words, "NUMBER_SUFFIX", "")
        scale_suffix = getattr(words, "SCALE_SUFFIX", "")
        # Case-sensitive but for the words: the regex engine can then scan for a digit or
        # a currency sign quickly, and a sentence without a number word never meets them.
        self.number = re.compile(
            rf"(?<![\w.,/$€£₸№#+-])(?:(?P<cur>{_alternation(words.CURRENCIES_BEFORE)})\s?)?"
            rf"(?P<num>{digits}|(?i:(?:{number_words})(?:[- ](?:{number_words}))*)(?![\w-]))"
            rf"{number_suffix}(?:\s*(?P<scale>(?i:{scales})){scale_suffix}(?![\w]))?"
            rf"(?P<pct>(?i:{words.PERCENT}))?"
            rf"(?:\s+(?P<cur2>(?i:{_alternation(words.CURRENCIES_AFTER)})){scale_suffix}(?!\w))?"
        )
        months = _alternation(words.MONTHS)
        self.not_a_count_before = _Lowered(
            rf"(?:{words.NOT_A_COUNT_BEFORE}|{words.RATIO_BEFORE}|\b(?:{months})\s*\Z)"
        )
        month_suffix = getattr(words, "MONTH_SUFFIX", "")
        self.not_a_count_after = re.compile(
            rf"(?:{words.NOT_A_COUNT_AFTER}|\s+(?:{months}){month_suffix}(?!\w))",
            re.I,
        )
        self.stated_after = re.compile(words.STATED_AFTER, re.I)
        self.generic_after = re.compile(words.GENERIC_AFTER, re.I)
        self.of_these = re.compile(words.OF_THESE, re.I)
        self.of_the = re.compile(words.OF_THE, re.I)
        self.referring = re.compile(words.REFERRING, re.I)
        self.range_to = re.compile(words.RANGE_TO, re.I)
        self.listed_not_a_count = _Lowered(words.LISTED_NOT_A_COUNT)
        self.list_gap_before = re.compile(r"(?:,|\(|\band|\bor)\s*\Z", re.I)
        self.list_gap = re.compile(r"\s*(?:,|and|or|to|-|–)\s*", re.I)
        self.comparison_before = _Lowered(words.COMPARISON_BEFORE)
        self.inherit_after = re.compile(words.INHERIT_AFTER, re.I)
        self.word = re.compile(r"[^\W_][\w'.-]*|[^\w\s]")
        self.qualifiers = re.compile(rf"(?:^|(?<=\W))({_alternation(words.QUALIFIERS)})\s+\Z", re.I)
        # "January 11" and "11 January" / "11 января" / "11 қаңтар": the day on either side.
        self.month = re.compile(
            rf"(?:(?<![\d.,])(?P<before>\d{{1,2}})\s+)?\b(?P<name>{months})(?:\s+(?P<after>\d{{1,2}})\b)?",
            re.I,
        )
        self.observance_head = re.compile(rf"\A{words.OBSERVANCE_HEADS}\Z")
        self.observance_words = tuple(word.lower() for word in words.OBSERVANCE_WORDS)
        self.observance_names = [
            (re.compile(pattern, re.I), name) for pattern, name in words.OBSERVANCE_NAMES.items()
        ]
        # Cues are looked for in a lower-cased copy: case-insensitive alternatives defeat the
        # regex engine's quick scan for their first characters.
        self.tier_cue = re.compile(words.TIER_CUES)
        self.tier_cue_heads = _literal_heads(words.TIER_CUES)
        self.observance_cue = re.compile(words.OBSERVANCE_CUES)
        self.number_word = re.compile(rf"\b(?:{number_words.lower()})\b")
        self.number_words_spaced = _spaced_word_patterns(w.lower() for w in words.NUMBER_WORDS)
        # A footnote number may be glued on: "… phone calls in 2019.9 Of those calls …".
        # "[.!?][.!?]*", not "[.!?]+": the engine scans for a pattern's first character only
        # when the pattern opens with it, not with a repeat.
        self.sentence_end = re.compile(
            r"[.!?][.!?]*(?:(?<=[^\W\d_]\.)\d{1,3}|(?<=\d{4}\.)\d{1,3})?[\"')\]]*"
            r"(?=\s+[\"'(\[]?[^\W_a-zа-яёәғқңөұүһі])"
        )

    def has_tier_cue(self, low: str) -> bool:
        """`tier_cue.search(low)`, tried only where one of its opening words stands."""
        heads = self.tier_cue_heads
        if heads is None:
            return self.tier_cue.search(low) is not None
        return _found_at_heads(self.tier_cue, heads, low)

    def has_number_word(self, low: str) -> bool:
        """`number_word.search(low)`, told faster: the regex engine tries its `\\b` at every
        character, where a pattern that opens with a space skips to the next one. In the
        text's bytes with all but letters, digits and "_" made spaces, a number word stands
        between spaces; a word found there is one only if no other character was made a
        space in it or beside it, which the regex then tells."""
        if self.number_words_spaced is None:
            return self.number_word.search(low) is not None
        single, several, every = self.number_words_spaced
        spaced = b" " + low.encode("ascii", "replace").translate(_WORDS_ONLY) + b" "
        if low.isascii():
            if single.search(spaced):
                return True  # one word between what were spaces or other signs
            if not several.search(spaced):
                return False
        elif not every.search(spaced):
            return False
        return self.number_word.search(low) is not None


@functools.cache
def grammar(lang: str) -> Grammar:
    return Grammar(lang)


# ---------------------------------------------------------------------------------------------
# Sentences


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """`_DIGIT.search(text)`, faster: the regex engine steps through a text character by
    character; `in` scans for each ASCII digit at C speed."""
    if text.isascii():  # written out: a generator over the digits costs more than the scans
        return (
            "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
        )  # fmt: skip
    return _DIGIT.search(text) is not None


def split_sentences(block: str, words) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one block: it ends at . ! or ? before white space and
    a capital or digit, but not after an abbreviation or an initial."""
    spans, start = [], 0
    for match in grammar_of(words).sentence_end.finditer(block):
        before = block[start : match.start()].rsplit(None, 1)
        last = before[-1].lower().lstrip("(\"'") if before else ""
        if last in words.ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(block) and block[start].isspace():
            start += 1
    if start < len(block):
        spans.append((start, len(block)))
    return spans


def grammar_of(words) -> Grammar:
    return grammar(words.__name__.rsplit(".", 1)[-1])


@dataclass
class Sentence:
    text: str
    start: int  # offset in the joined blocks
    block: int

    def __post_init__(self):
        self.low = self.text.lower()


# ---------------------------------------------------------------------------------------------
# The text as a whole: its own country and report year


class Context:
    """What the text as a whole says of its tiers: its own country and its report year, each
    worked out on first use (most texts state no tier, and never need them)."""

    def __init__(self, g: Grammar, sentences: list[Sentence], title: str, date, blocks=()):
        self.g, self.sentences, self.title, self.blocks = g, sentences, title, blocks
        self.date = date if isinstance(date, datetime.date) else None
        # The countries of the last tier stated, for "the same three were Special Cases".
        self.last_countries: list | None = None
        # The one country whose tier the paragraph stated last: what "the country" refers to.
        self.block_countries: list | None = None
        # The same, of the paragraph before (for a paragraph that opens "The country …").
        self.block_before: list | None = None
        # The sentence before, in the same block: "A, B and C." before "Each was ranked …".
        self.before: Sentence | None = None
        # A tier the sentence stated of a number of countries it did not name ("In all, 19
        # landed on Tier 3."), for the next one to list them ("Among them are A and B."):
        # (that sentence, its mention, its years).
        self.counted_tier: tuple | None = None
        # The tiers the sentence before stated, for "It stayed there in 2015."
        self.stated_tier: list = []
        # The same, of a number of countries it named some of ("A and B were among the 22
        # countries on Tier 3."), for the next one to name the others ("The others are C and D.").
        self.named_of_count: tuple | None = None

    @property
    def subject_before(self) -> str | None:
        """The one country the sentence before names, if it opens that sentence as its subject."""
        if self.before is None:
            return None
        found = _subject_countries(self.g, self.before.text)
        if len({c for *_, c in found}) != 1 or found[0][0] != 0:
            return None
        return found[0][2]

    @property
    def listed_before(self) -> list[str]:
        """The countries, two or more, listed at the end of the sentence before."""
        if self.before is None:
            return []
        text = self.before.text
        found = _subject_countries(self.g, text)
        if not found or text[found[-1][1] :].strip(" .;)\"'"):
            return []
        chain = _chain_before(self.g, text, found)
        return [c for *_, c in chain] if len(chain) > 1 else []

    @functools.cached_property
    def country(self) -> str | None:
        """The title's one country, else the country most of the text's mentions name."""
        g = self.g
        in_title = {c for *_, c in _subject_countries(g, self.title)}
        if len(in_title) > 1:
            # "Thailand climbs in U.S. trafficking report": the United States ranks the other
            in_title.discard(RANKING_COUNTRY)
        if in_title:
            return next(iter(in_title)) if len(in_title) == 1 else None
        counts = Counter(c for block in self.blocks for *_, c in _subject_countries(g, block))
        if counts:
            top, number = counts.most_common(1)[0]
            if number * 2 > sum(counts.values()):
                return top
        return None

    @functools.cached_property
    def report_year(self) -> int | None:
        """The title's year, else the one report year the text states, else the year of the
        last report out at the text's date."""
        g = self.g
        interim = g.interim_title.search(self.title)
        if interim:  # the 2021 interim assessment looks at the 2020 report's countries
            return int(interim.group("year")) - 1
        latest = None  # the last report out at the text's date
        if self.date:
            released = (self.date.month, self.date.day) >= REPORT_RELEASES.get(
                self.date.year, (6, 15)
            )
            latest = self.date.year if released else self.date.year - 1
        years = [int(y) for y in g.year.findall(self.title)]
        if years and g.report_words.search(self.title):
            # "… preparing the 2016 report", written before it came out, speaks of the 2015's
            return min(years[0], latest or years[0])
        stated = {
            int(m.group("a") or m.group("b"))
            for s in self.sentences
            if _has_digit(s.text)
            for m in g.report_year.finditer(s.text)
            if not g.since_before.search(s.text, 0, m.start())  # "since the 2016 report"
        }
        if len(stated) == 1:
            return min(stated.pop(), latest or 9999)
        return latest


def _subject_countries(g: Grammar, text: str) -> list[tuple[int, int, str]]:
    """Country mentions that may be a subject: not an institution's adjective."""
    found = []
    for match in g.country.finditer(text):
        if g.institution_after.match(text, match.end()) or g.institution_before.search(
            text, 0, match.start()
        ):
            continue
        if g.countries[match.group()] == RANKING_COUNTRY and g.ranker_after.match(
            text, match.end()
        ):
            continue  # "the U.S. report", "the United States upgraded it": the ranker
        found.append((match.start(), match.end(), g.countries[match.group()]))
    for match in g.demonym.finditer(text):
        found.append((match.start(1), match.end(1), g.words.DEMONYMS[match.group(1)]))
    found.sort()
    return found


# ---------------------------------------------------------------------------------------------
# Tiers


@dataclass
class Mention:
    start: int
    end: int
    value: str
    previous: bool = False
    span_match: re.Match | None = None


def _tier_mentions(g: Grammar, text: str) -> list[Mention]:
    found: list[Mention] = []
    low = text.lower()
    ascii_low = low if text.isascii() else None  # the same offsets
    tiers = zip(g.tiers, g.tiers_lowered, g.tier_needles, strict=True)
    for (pattern, value), lowered, needles in tiers:
        if needles and not any(needle in low for needle in needles):
            continue
        matches = (
            pattern.finditer(text)
            if lowered is None or ascii_low is None
            else lowered.finditer(ascii_low)
        )
        for match in matches:
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(Mention(match.start(), match.end(), value))
    found.sort(key=lambda m: m.start)
    for mention in found:
        before = g.previous_before.search(text, 0, mention.start) or g.exit_before.search(
            text, max(0, mention.start - 60), mention.start
        )
        if before and g.first_time.search(text, 0, before.start()):
            before = None  # "the first time the three had been given the lowest ranking"
        ablative = g.previous_suffix.search(text, 0, mention.end)
        if before or ablative or g.previous_after.match(text, mention.end):
            mention.previous = True
            mention.span_match = before
    return found


def _chain_before(g: Grammar, text: str, candidates) -> list[tuple[int, int, str]]:
    """The countries listed together at the end of `candidates` ("A, B and C")."""
    chain = [candidates[-1]]
    for candidate in reversed(candidates[:-1]):
        if text[: candidate[0]].endswith("(") and text.startswith(")", candidate[1]):
            continue  # "Burma (Myanmar), Uzbekistan": the other name, skipped by the separator
        if not g.separator.match(text[candidate[1] : chain[0][0]]):
            break
        chain.insert(0, candidate)
    return chain


def _chain_after(g: Grammar, text: str, position: int) -> list[tuple[int, int, str]]:
    """The countries listed from `position` on."""
    chain = []
    while match := g.country.match(text, position):
        chain.append((match.start(), match.end(), g.countries[match.group()]))
        gap = g.list_separator.match(text, match.end())
        if not gap or not g.country.match(text, gap.end()):
            break
        position = gap.end()
    return chain


def _usable(g: Grammar, text: str, start: int) -> bool:
    """Not the object of a preposition ("in Kazakhstan"), bar "the Government of X"."""
    before = text[:start].split()
    if not before:
        return True
    word = before[-1].lower().strip(",")
    if word == g.words.OF_WORD:
        return len(before) > 1 and before[-2].lower() in g.words.OF_OWNERS
    if len(before) > 1 and (before[-2].lower(), word) in getattr(g.words, "ADDRESSED", ()):
        return True  # "Congratulations to Ghana on achieving Tier 2 status"
    return word not in g.words.PREPOSITIONS


def _window_start(g: Grammar, text: str, start: int, floor: int) -> int:
    """Where the clause of a tier at `start` begins, at `floor` or later."""
    cut = max(floor, text.rfind(";", 0, start) + 1)
    words = text[cut:start].split(None, 1)
    if words and words[0].lower().strip(",") in g.words.SUBORDINATORS:
        comma = text.find(",", cut, start)
        if comma >= 0:
            cut = comma + 1
    source = g.attribution.search(text, cut, start)
    if source and not text[cut : source.start()].rstrip().endswith(","):
        cut = source.end()  # (but "Nigeria, according to the report, remains …": an aside)
    return cut


def _countries_for(g: Grammar, text: str, mention: Mention, floor: int, context: Context):
    """(countries, where the clause begins) of a tier mention; no countries for a rule."""
    clause = _relative_clause(g, text, mention.start)
    if clause is not None:
        return _countries_of_relative(g, text, mention, clause)
    window = _window_start(g, text, mention.start, floor)
    after = text[mention.end :]
    asides = [
        m.span() for m in g.words_of_relative.finditer(text, window, mention.start)
    ]  # ", which …,": its countries are not the subject
    in_window = [
        c
        for c in _subject_countries(g, text)
        if window <= c[0] and c[1] <= mention.start and not any(a <= c[0] < b for a, b in asides)
    ]
    if in_window and g.appositive_gap.fullmatch(text, in_window[-1][1], mention.start):
        if g.appositive_noun.match(text, mention.end):
            # "Experts from Germany and France, both Tier 1 countries, …": whatever their role
            return _chain_before(g, text, in_window), window
    usable = [c for c in in_window if _usable(g, text, c[0])]
    candidates = in_window[: in_window.index(usable[-1]) + 1] if usable else []
    class_noun = g.class_noun.match(after)
    if class_noun and g.change_object.search(text, window, mention.start):
        class_noun = None  # "going from Tier 1 nations to Tier 2 nations": a change, no rule
    partitive = g.partitive_before.search(text, window, mention.start)
    if (
        partitive
        and candidates
        and g.member_link.search(text, candidates[-1][1], partitive.start())
    ):
        partitive = None  # "Russia and China were two of the 19 countries on Tier 3": members
    if class_noun or partitive:
        opener = g.list_opener.match(text, mention.end + class_noun.end()) if class_noun else None
        listed = _chain_after(g, text, opener.end()) if opener else []
        if not listed and partitive:
            # "Five of the 14 Tier 3 countries are in Latin America (A, B and C), four in
            # the Middle East (D and E)": each group in brackets, all of countries
            for group in g.bracketed.finditer(text, mention.end):
                listed += [
                    (group.start(1), group.end(1), country)
                    for _, country in _country_cell(g, group.group(1))
                ]
            return listed, window
        predicate = g.copula_before.search(text, max(0, mention.start - 30), mention.start)
        if listed or not candidates or not (g.list_noun.match(after) or predicate):
            return listed, window  # "Tier 3 countries may face…": no country's tier
    if candidates and _group_not_joined(g, text, candidates[-1][1], mention):
        candidates = []
    if not candidates and text.startswith(":", mention.end):
        told = len(text) - len(text[mention.end + 1 :].lstrip())
        if g.anaphora.match(text, told):
            return [], window  # "Tier 2: the government does not fully meet…": a definition
    if candidates:
        countries = _chain_before(g, text, candidates)
        named_again = g.anaphora_noun.search(text, countries[-1][1], mention.start)
        if named_again and len(countries) > 1:
            return [], window  # "met Laos and Thailand and upgraded the country": which?
        likened = [
            c
            for c in in_window
            if c[0] > countries[-1][1]
            and g.like_before.fullmatch(text, countries[-1][1], c[0])
            and text.startswith(",", c[1])
        ]
        countries = countries + likened  # "Belarus, like Mali, fell to Tier 3"
        earlier = [c for c in candidates if c[1] <= countries[0][0]]
        if earlier and g.like_before.fullmatch(text, earlier[-1][1], countries[0][0]):
            # "Belarus, along with Mali and Chad, fell to Tier 3": the subject too
            countries = _chain_before(g, text, earlier) + countries
        elif earlier and g.joined.fullmatch(text, earlier[-1][1], countries[0][0]):
            # "Thailand joined North Korea and Iran on Tier 3": the joiner's tier too
            countries = _chain_before(g, text, earlier) + countries
        verb = g.joined_list.match(text, mention.end) if g.joining.match(text, window) else None
        listed = _chain_after(g, text, verb.end()) if verb else []
        if listed and not text[listed[-1][1] :].strip(" ."):
            countries = countries + listed  # "Joining Thailand on Tier 3 were Malaysia and …"
    else:
        opener = g.list_opener.match(text, mention.end)
        countries = _chain_after(g, text, opener.end()) if opener else []
        colon = text.rfind(": ", mention.end)
        if not countries and colon > 0:
            counted = g.counted_list.match(text, colon + 2)  # "Tier 1: 30 governments, …"
            listed = _chain_after(g, text, counted.end() if counted else colon + 2)
            rest = text[listed[-1][1] :] if listed else ""
            if listed and (not rest.strip(" .") or (counted and g.among_them.match(rest))):
                countries = listed
        included = None if countries else g.tier_included.match(text, mention.end)
        for group in g.bracketed.finditer(text, included.end()) if included else ():
            # "The category of special cases included three countries that were not given a
            # tier ranking (Libya, Somalia and Yemen)": the countries in brackets, if no other
            # tier is named before them
            named = _country_cell(g, group.group(1))
            if named and not _tier_mentions(g, text[included.end() : group.start()]):
                countries = [(group.start(1), group.end(1), c) for _, c in named]
            break
        verb = g.among_verb.search(text, mention.end) if g.among_opener.match(text) else None
        between = text[mention.end : verb.start()].lower() if verb else ""
        if not countries and verb and not g.tier_cue.search(between):
            # "Among the countries downgraded to Tier 3 in 2019 were Mali, Burundi and …"
            listed = _chain_after(g, text, verb.end())
            if listed and not text[listed[-1][1] :].strip(" ."):
                countries = listed
        words = text[window : mention.start].split(None, 1)
        own_years = g.years_list_after.match(text, mention.end) or g.years_after.match(
            text, mention.end
        )  # "After three years on the Watch List, in 2017, 2018 and 2019, the government …"
        comma = text.find(", ", own_years.end() if own_years else mention.end)
        if not countries and words and words[0].lower() in g.words.SUBORDINATORS and comma > 0:
            # "After a year on the Watch List, the country's move up …": the main clause's
            subject = comma + 2
            countries = _chain_after(g, text, subject)
            if not countries and g.anaphora.match(text, subject):
                # the paragraph's country ("- Montenegro - Tier Two. After three years on
                # the Watch List, the government …"), else the text's
                named = context.block_countries or (
                    [(0, 0, context.country)] if context.country else []
                )
                countries = [(subject, subject, c) for *_, c in named]
        if (
            not countries
            and context.country
            and g.field_label.fullmatch(text, window, mention.start)
        ):
            # "Tier placement: Tier 2" in a text about one country: the field of its record
            countries = [(window, window, context.country)]
        plural = g.plural_subject.search(text, window, mention.start)
        if not countries and plural and context.listed_before:
            # "… seven countries: A, B and C. Each was ranked Tier 2 Watch List …"
            countries = [(plural.start(), plural.start(), c) for c in context.listed_before]
        same = g.same_as_before.search(text, window, mention.start)
        if not countries and same and context.last_countries:
            countries = [(same.start(), same.end(), c) for *_, c in context.last_countries]
        referred = _anaphora(g, text, window, mention.start)
        subject_before = context.subject_before if referred and referred.start() == 0 else None
        if not countries and referred and subject_before:
            # "Somalia is the longest-running example. It has been a Special Case …"
            countries = [(0, 0, subject_before)]
        if not countries and referred and (context.block_countries or context.country):
            named = context.block_countries or [(0, 0, context.country)]
            countries = [(referred.start(), referred.start(), c) for *_, c in named]
        if not countries and referred and referred.start() == 0 and context.block_before:
            # "Malaysia was downgraded to Tier 3." ¶ "The country had spent four years on
            # the Watch List.": the one country the paragraph before gave a tier
            countries = [(0, 0, c) for *_, c in context.block_before]
    alongside = g.alongside.match(text, mention.end)
    if countries and alongside:
        countries += _chain_after(g, text, alongside.end())
    return countries, window


def _group_not_joined(g: Grammar, text: str, country_end: int, mention: Mention) -> bool:
    """ "Japan gave aid to 45 countries on the Watch List": the tier of a counted group just
    before it is the group's, not the subject's, unless the subject is one of it ("Russia was
    one of 19 countries on Tier 3", "is among", "joined")."""
    group = g.group_before_tier.search(text, country_end, mention.start)
    return bool(group) and not g.member_link.search(text, country_end, group.start())


def _relative_clause(g: Grammar, text: str, position: int) -> tuple[int, int] | None:
    """The span of the relative clause (", which …", to its comma or the end) `position` is in."""
    for match in g.relative_clause.finditer(text):
        if match.start() < position < match.end():
            return match.span()
    return None


def _countries_of_relative(g: Grammar, text: str, mention: Mention, clause: tuple[int, int]):
    """A tier in ", which was placed on Tier 2" is its antecedent's, the countries just before
    the comma, whatever their role there ("… exploited in Kazakhstan, which …"); in ", whose
    neighbour Turkmenistan sits on Tier 3" the clause's own subject's. Else no one's."""
    start, _ = clause
    found = _subject_countries(g, text)
    inside = [c for c in found if start <= c[0] and c[1] <= mention.start]
    if inside and _group_not_joined(g, text, inside[-1][1], mention):
        return [], start
    if inside:
        usable = [c for c in inside if _usable(g, text, c[0])]
        if not usable:
            return [], start
        return _chain_before(g, text, inside[: inside.index(usable[-1]) + 1]), start
    before = [c for c in found if c[1] <= start]
    if not before or text[before[-1][1] : start].strip(" )"):
        return [], start
    return _chain_before(g, text, before), start


def _anaphora(g: Grammar, text: str, start: int, end: int) -> re.Match | None:
    """ "The government", "the country", "it": the text's own country, unless a relative clause
    makes it any country ("Страна, которая …")."""
    for match in g.anaphora.finditer(text, start, end):
        generic = g.generic_after.match(text, match.end())
        if not generic and not g.generic_before.search(text, 0, match.start()):
            return match
    return None


def _unreal(g: Grammar, text: str, begin: int, subject: int, mention: Mention) -> bool:
    """A rule, a hope, a fear, a condition or a waiver's avoided downgrade, not a ranking."""
    opener = text.split(None, 1)[0].lower().strip(",") if text.strip() else ""
    if opener in g.words.CONDITIONAL_OPENERS or text.rstrip().endswith("?"):
        return True
    if g.never_left.search(text, subject, mention.start):
        return False  # "has never left Tier 1": it stayed there
    colon = text.rfind(": ", begin, subject)
    if colon >= 0:  # "… will be no surprise: Cuba is on Tier 3": the clause after the colon
        begin = colon + 2
    coordinated = [m.end() for m in g.coordination.finditer(text, subject, mention.start)]
    between = g.words_of_relative.sub(" ", text[max([begin, *coordinated]) : mention.start])
    # "became the first Gulf state to reach Tier 1": a fact, not a goal
    between = g.factual_infinitive.sub(" ", between)
    near = " ".join(text[subject : mention.start].split()[-5:])
    return bool(
        g.unreal_before.search(between)
        or g.unreal_near.search(near)
        or g.unreal_after.match(text, mention.end)
    )


def _count(g: Grammar, word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return g.words.NUMBER_WORDS.get(word) or g.words.ORDINALS.get(word)


def _years(
    g: Grammar,
    text: str,
    mention: Mention,
    begin: int,
    end: int,
    base: int | None,
    lone=False,
    date_year: int | None = None,
    after_tier: bool = False,
    own_previous: Sequence[tuple[int, int]] = (),
    read_relative: bool = True,
):
    """The report years of a tier: one, or a span ("since 2020", "for three years").
    `read_relative`: read "last year" and the like; not for the tier changed from, whose `base`
    (the year of the tier changed to) has counted it already."""
    clause = text[begin:end]
    label = g.year_label.search(text, max(0, mention.start - 40), mention.start)
    if label and label.group("year"):
        return [int(label.group("year"))]  # "Tier 2 (2020: Tier 2 Watch List)", "2019 – Tier 3"
    if label and base and not lone:
        return [base - 1]  # "Tier 2 (last year: Tier 2 Watch List)"
    until = g.previous_after.match(text, mention.end)
    until_year = g.year.search(until.group()) if until else None
    if until_year:
        return [int(until_year.group()) - 1]  # "was on Tier 3 until 2015": the 2014 report
    relative = g.stated_after.match(text, mention.end)
    if (
        relative
        and relative.groupdict().get("since")
        and base
        and int(relative.group("year")) < base
    ):
        # "… from Tier 2, where it had been since 2010": to the year before the change
        last = base - 1 if mention.previous else base
        return list(range(int(relative.group("year")), last + 1))
    if relative:
        return [int(relative.group("year"))]
    stated_range = g.range_after.match(text, mention.end)
    if stated_range and int(stated_range.group("first")) <= int(stated_range.group("last")):
        return list(range(int(stated_range.group("first")), int(stated_range.group("last")) + 1))
    when = g.year_when.search(text, 0, mention.start)
    if when:
        return [int(when.group("year"))]
    span_before = g.years_before.search(text, begin, mention.start)
    if span_before and not g.tier_cue.search(text[span_before.end() : mention.start].lower()):
        first, last = int(span_before.group("first")), int(span_before.group("last"))
        if first < last <= first + 20:
            return list(range(first, last + 1))  # "spent the reports from 2009 to 2012 on …"
    earlier_reports = g.earlier_reports.match(text, begin)
    count = (
        _count(g, earlier_reports.group("a") or earlier_reports.group("b"))
        if earlier_reports
        else None
    )
    if (
        count
        and base
        and 0 < count < 20
        and not g.tier_cue.search(text[earlier_reports.end() : mention.start].lower())
    ):
        return list(range(base - count, base))  # "In the previous two reports, A was on …"
    # (not the words after the tier before: "on the Watch List from 2010 to 2013 and fell to")
    opening = None if after_tier else g.years_opening.match(text, begin)
    gap = text[opening.end() : mention.start] if opening else ""
    if (
        opening
        and len(gap) < 60
        and not g.tier_cue.search(gap.lower())
        and not g.opening_break.search(gap)
    ):
        first, last = int(opening.group("first")), int(opening.group("last"))
        if first < last <= first + 20:
            return list(range(first, last + 1))  # "Between 2017 and 2019, A was on …"
    listed_after = g.years_list_after.match(text, mention.end)
    if listed_after:  # "on the Watch List in 2017, 2018 and 2019"
        listed_years = [int(y) for y in g.year.findall(listed_after.group("years"))]
        if listed_years == sorted(set(listed_years)):
            return listed_years
    own_years = g.years_after.match(text, mention.end)
    if own_years and own_years.group("pair_first"):
        first, last = int(own_years.group("pair_first")), int(own_years.group("pair_last"))
        if first < last:
            return [first, last]  # "on Tier 2 in 2018 and 2019"
    elif own_years:
        first, last = int(own_years.group("span_first")), int(own_years.group("span_last"))
        if first < last <= first + 20:
            return list(range(first, last + 1))  # "on the Watch List from 2014 to 2016"
    listed = g.years_listed.search(clause)
    if listed:
        first, second = int(listed.group("first")), int(listed.group("second"))
        if "through" in listed.re.groupindex and listed.group("through"):
            if first < second <= first + 20:  # "2019–2021 жылдары", "с 2019 по 2021 год"
                return list(range(first, second + 1))
            return [None]
        return [first, second]
    since = {m.start("year") for m in g.since_year.finditer(clause)}
    # "since the 2016 report" starts a span; it is not the report the tier is stated in
    stated_matches = [
        m
        for m in g.report_year.finditer(clause)
        if m.start() not in since and m.start("a" if m.group("a") else "b") not in since
    ]  # "с доклада 2022 года": the year, not the match, starts the span
    if len({m.group("a") or m.group("b") for m in stated_matches}) > 1:
        # "… on the Watch List in the 2020 report and was upgraded to Tier 2 in the 2021 report"
        after_it = [m for m in stated_matches if m.start() >= mention.end - begin]
        stated_matches = after_it[:1] or stated_matches[-1:]
    stated = [int(m.group("a") or m.group("b")) for m in stated_matches]
    after = mention.end - begin

    def near(m: re.Match) -> bool:
        if m.end() <= mention.start - begin:
            before_it = clause[m.end() : mention.start - begin]
            opened = text.rfind("(", 0, begin + m.start()) > text.rfind(")", 0, begin + m.start())
            if opened and ")" in before_it:
                return False  # "Thailand (Tier 3 in 2014 and 2015) moved up to …": the aside's
            # "… on the Watch List in 2023, has now been upgraded to Tier 2": the tier before's
            return not (after_tier and "," in before_it)
        gap = clause[after : m.start()]
        for first, last in own_previous:  # "its rise to Tier 2 from the Watch List came in 2021"
            if after <= first - begin and last - begin <= m.start():
                gap = gap.replace(text[first:last], " ")
        if g.tier_cue.search(gap.lower()):
            return False  # the year of the tier between
        return m.start() >= after and len(gap) < 80 and not g.phrase_break.search(gap)

    asides = [m.span() for m in g.words_of_relative.finditer(clause)]
    inside = next(((a, b) for a, b in asides if a <= mention.start - begin < b), None)

    def aside(m: re.Match) -> bool:
        """In a ", which …," clause that the tier is not in."""
        return any(a <= m.start() < b for a, b in asides) and not (
            inside and inside[0] <= m.start() < inside[1]
        )

    nearby = [
        m
        for m in g.in_year.finditer(clause)
        if m.start("year") not in since and near(m) and not aside(m)
    ]
    # "downgraded from Tier 1 in the 2019 report": the year is the change's, the tier it
    # changed from held the year before; "previously on Tier 2 in the 2018 report": its own.
    change = lone and mention.span_match and g.change_from.search(mention.span_match.group())
    year = base
    if len(set(stated)) == 1:
        year = stated[0]
        if lone:
            return [year - 1 if change else year]
    elif nearby:
        year = int(
            min(nearby, key=lambda m: abs(m.start() - (mention.start - begin))).group("year")
        )
    else:
        # Its own phrase: before it (unless that is the tier before's), and after it up to
        # the next comma or conjunction.
        # up to the tier it changed from, if named after it ("…, up from the Watch List last
        # year": that year is the earlier tier's)
        after_it = text[mention.end : min([end] + [first for first, _ in own_previous])]
        cut = g.phrase_break.search(after_it, 1)
        own = (
            ("" if after_tier else text[begin : mention.start])
            + " "
            + after_it[: cut.start() if cut else len(after_it)]
        )
        plain = g.words_of_relative.sub(" ", own)
        for pattern, shift in g.relative_years if read_relative else ():
            if pattern.search(plain) and (date_year or base) is not None:
                year = (date_year or base) + shift
                if lone:
                    return [year - 1 if change else year]  # "was on the Watch List until last year"
                break
    if year is None:
        return [None]
    again = [] if mention.previous else g.repeated_year.finditer(text, mention.end, end)
    again = [int(m.group("year")) for m in again]
    stayed = None if mention.previous else g.stayed_years.match(text, mention.end)
    if stayed:  # "…, where it stayed in 2016, 2017 and 2018"
        again += [int(y) for y in g.year.findall(stayed.group("years"))]
    again = [y for y in again if year is None or y > year]
    if again:
        return [year, *again]
    if mention.previous and (
        change  # "moved up from Tier 3 in 2015": the change's year
        or not (
            nearby
            and year == int(nearby[0].group("year"))
            and nearby[0].start() >= mention.end - begin
        )
        or g.left_after.match(text, mention.end)  # "бақылау тізімінен 2021 жылы шықты"
    ):
        year -= 1
    span = g.since_year.search(text, mention.end, end)
    if not span and g.words.__dict__.get("SINCE_BEFORE_TIER"):
        span = g.since_year.search(text, begin, mention.start)  # "с 2021 года находится на …"
    opening = None if span or mention.previous else g.since_opening.match(text)
    if (
        opening
        and opening.end() <= mention.start
        and g.stative.search(text, opening.end(), mention.start)
        and not g.opening_break.search(text, opening.end(), mention.start)
        and not g.tier_cue.search(text[opening.end() : mention.start].lower())
    ):
        span = opening  # "Since 2006, Colombia has been on Tier 1"
    if span and any(first < span.start() for first, _ in own_previous):
        span = None  # "… to the Watch List from Tier 2, where it had been since 2010": Tier 2's
    if span and g.first_time.search(text, begin, span.start()):
        span = None  # "the first time since 2016 that the report puts A on Tier 3"
    if span and not mention.previous and int(span.group("year")) <= year:
        return list(range(int(span.group("year")), year + 1))
    if span and mention.previous and int(span.group("year")) <= year:
        return list(range(int(span.group("year")), year + 1))  # "had been on it since 2004"
    first_report = (
        None if span or mention.previous else g.since_first.search(text, mention.end, end)
    )
    if first_report and not g.first_time.search(text, begin, first_report.start()):
        return list(range(FIRST_REPORT, year + 1))  # "on Tier 1 since the first report"
    since_then = g.since_then.search(text, mention.end, end)
    if since_then and not mention.previous and base and nearby and year < base <= year + 20:
        # "moved to the Watch List in 2015 and has remained there since": to the text's report
        return list(range(year, base + 1))
    if mention.previous:
        count_match = mention.span_match and g.span_years.search(mention.span_match.group())
        # "… had been on the Watch List for nine years": the span after it (not a change's:
        # "moved up from Tier 3 for the second year")
        changed = mention.span_match and g.change_from.search(mention.span_match.group())
        if not count_match and not changed:
            count_match = g.previous_span_after.match(text, mention.end)
    else:
        if after_tier:
            begin = mention.start  # a span before it belongs to the tier before
        asides = [m.span() for m in g.words_of_relative.finditer(text, begin, end)]
        count_match = next(
            (
                m
                for m in g.current_span.finditer(text, begin, end)
                if not any(a <= m.start() < b and not a <= mention.start < b for a, b in asides)
                and _span_of(g, text, m, mention)
            ),
            None,
        )
        # "its ninth consecutive year on Tier 1", "a third straight Tier 2 ranking", and in
        # lists "Tier 2 Watch List (third year)"
        count_match = count_match or g.span_before_tier.search(text, begin, mention.start)
        count_match = count_match or g.bracket_span.match(text, mention.end)
    if count_match:
        count = _count(g, count_match.group("count"))
        if count and 1 < count and year - count + 1 >= FIRST_REPORT:
            return list(range(year - count + 1, year + 1))
    reports = None if mention.previous else g.reports_after.match(text, mention.end)
    count = _count(g, reports.group("count")) if reports else None
    if count and 1 < count < 25:
        # "in the last three reports": to this one; "in the previous three reports": before it
        last = year - 1 if reports.group("before") else year
        if last - count + 1 >= FIRST_REPORT:
            return list(range(last - count + 1, last + 1))
    decade = not mention.previous and not count_match and g.decade_span.match(text, mention.end)
    if decade and year - 9 >= FIRST_REPORT:
        return list(range(year - 9, year + 1))  # "has been on Tier 1 for a decade"
    return [year]


def _span_of(g: Grammar, text: str, span: re.Match, mention: Mention) -> bool:
    """Whether a span ("for the fourth consecutive year") is the tier's, not another verb's:
    "convictions decreased for the fourth consecutive year, and A remained on Tier 2"."""
    if span.start() >= mention.end:
        return not g.span_break_after.search(text, mention.end, span.start())
    return not g.opening_break.search(text, span.end(), mention.start)


def _tier_fact(
    mention: Mention,
    said_in: str,
    sentence: Sentence,
    country: str,
    year: int | None,
    statement_text: str,
    previous: str | None = None,
) -> Fact:
    """The tier `mention` (in the text `said_in`) gives `country` in the sentence `sentence`."""
    return Fact(
        kind="tier",
        value=mention.value,
        text=said_in[mention.start : mention.end],
        sentence=sentence.text,
        start=sentence.start,
        country=country,
        year=year,
        previous=previous,
        statement=statement_text,
    )


def _tier_facts(g: Grammar, sentence: Sentence, context: Context) -> list[Fact]:
    text = sentence.text
    counted = context.counted_tier
    if counted and counted[0] is context.before and g.them_listed.match(text):
        return _listed_after_count(g, sentence, context, counted, g.them_listed.match(text))
    named = context.named_of_count
    if named and named[0] is context.before and g.others_listed.match(text):
        return _listed_after_count(g, sentence, context, named, g.others_listed.match(text))
    if not g.has_tier_cue(sentence.low):
        return _stayed_there(g, sentence, context)
    mentions = _tier_mentions(g, text)
    if not mentions:
        return []
    currents = [m for m in mentions if not m.previous]
    if g.respectively.search(text):
        return _respectively(g, sentence, currents, context)
    groups = {id(m): [m] for m in currents}
    lone = []
    for mention in mentions:
        if not mention.previous:
            continue
        following = next((c for c in currents if c.start > mention.end), None)
        preceding = next((c for c in reversed(currents) if c.end < mention.start), None)
        if following and g.from_to.match(text[mention.end : following.start]):
            groups[id(following)].append(mention)
        elif preceding and not g.clause_break.search(text, preceding.end, mention.start):
            groups[id(preceding)].append(mention)
        elif (
            following
            and not g.clause_break.search(text, mention.end, following.start)
            # "… to leave Tier 3, including A, which were on Tier 3 in 2005": not its change
            and _relative_clause(g, text, following.start)
            == _relative_clause(g, text, mention.start)
        ):
            groups[id(following)].append(mention)
        else:
            lone.append(mention)
    facts = []
    floor = subject_floor = 0
    last_countries: list = []
    for current in sorted(currents + lone, key=lambda m: m.start):
        # "A, whose neighbour B sits on Tier 3, remained on Tier 2": the clause's subject is
        # looked for before the relative clause, its years after it.
        countries, window = _countries_for(g, text, current, subject_floor, context)
        aside = _relative_clause(g, text, current.start) is not None
        after_tier = bool(floor) and window <= floor
        if not countries and floor and not aside and ";" not in text[floor : current.start]:
            # "… downgraded to Tier 3 and remained on Tier 2": the subject of the clause before
            countries = last_countries
            window = floor
        begin = min([window] + [c[0] for c in countries])
        year_window = window if aside else max(window, floor)
        floor = current.end
        if not aside:
            subject_floor = current.end
        members = groups.get(id(current), [current])
        if countries and not aside:
            last_countries = countries
        subject = countries[0][0] if countries and countries[0][0] >= window else window
        comma = text.rfind(",", window, subject)
        scope = comma + 1 if comma >= 0 else window  # the subject's own clause
        if countries and countries[0][0] > current.start:
            # Countries listed after the tier ("… to leave Tier 3, including A"): the words
            # just before the tier, in its own clause, are read for a negation.
            subject = (
                max(window, text.rfind(",", 0, current.start), text.rfind(":", 0, current.start))
                + 1
            )
        if (
            not countries
            and not current.previous
            and g.count_of.search(text, window, current.start)
        ):
            if not _unreal(g, text, window, window, current):
                tier_years = _years(g, text, current, year_window, len(text), context.report_year)
                context.counted_tier = (sentence, current, tier_years)
        if not countries or _unreal(g, text, scope, subject, current):
            continue
        first = countries[0][0]
        if g.wish_before.search(text, max(text.rfind(",", 0, first), 0), first):
            continue  # "hopes to see Thailand removed from … and included in Tier 2": a wish
        if not current.previous and g.count_of.search(text, window, current.start):
            countries = countries + _others_after(g, text, current.end)
        context.last_countries = countries
        if len({c for *_, c in countries}) == 1:
            context.block_countries = countries[:1]
        end = next((m.start for m in currents if m.start > current.end), len(text))
        label = g.year_label.search(text, max(current.end, end - 40), end)
        if label and end < len(text):
            end = label.start()  # "Tier 2 (in 2020: Tier 2 Watch List)": the next tier's year
        previous_value = next((m.value for m in members if m.previous), None)
        if current.previous:
            previous_value = None
        lone_previous = current.previous
        date_year = context.date.year if context.date else None
        # The tier it changed from, named after it, lends its words to no year of its own.
        after_it = [(m.start, m.end) for m in members if m.start > current.end]
        # Its years are not read past the end of its clause, where one is marked (Kazakh
        # "… деңгейде тұр: екеуі де 2013 жылғы есепте …": that year is the later clause's).
        clause_end = g.years_clause_end.search(text, current.end, end)
        current_years = _years(
            g, text, current, year_window, clause_end.start() if clause_end else end,
            context.report_year, lone_previous, date_year, after_tier, after_it,
        )  # fmt: skip
        if not current.previous and g.count_of.search(text, window, current.start):
            context.named_of_count = (sentence, current, current_years)
        for member in members:
            years = current_years
            told = member.span_match.group() if member.span_match else ""
            after_member = len(text) - len(text[member.end :].lstrip())
            # Its own years: "after two years on", "spent 2018 and 2019 on", "after a stint on
            # the Watch List in 2018" (but "from the Watch List in 2018": the change's)
            spent = told and (
                g.span_years.search(told)
                or g.years_before.search(told)
                or (not g.change_from.search(told) and g.in_year.match(text, after_member))
            )
            since = g.stated_after.match(text, member.end)
            since = since if since and since.groupdict().get("since") else None
            if member is not current and member.start > current.end and since and current_years[0]:
                # "to the Watch List from Tier 2, where it had been since 2010"
                years = list(range(int(since.group("year")), current_years[0]))
            elif member is not current and member.start > current.end and not spent:
                years = [current_years[0] - 1] if current_years[0] else [None]
            elif member is not current:
                # "fell to Tier 3 last year after two years on the Watch List": the words
                # before the tier it changed from are the change's, not its own years'; and
                # "Last year, X fell from Tier 2 to …" is Tier 2 the year before last year.
                years = _years(
                    g,
                    text,
                    member,
                    min(window, member.start),  # "After two years on Tier 3, A moved up …"
                    end,
                    current_years[-1],
                    after_tier=member.start > current.end,
                    read_relative=False,
                )
            for _, _, country in countries:
                for year in years:
                    facts.append(
                        _tier_fact(
                            member,
                            text,
                            sentence,
                            country,
                            year,
                            statement(text, begin, member.end),
                            previous=previous_value if member is current else None,
                        )
                    )
    # A span from a year written with "since" (or "from 2010 to 2014"): its first year is
    # fixed, whatever follows.
    since = {int(m.group("year")) for m in g.since_year.finditer(text)}
    since |= {int(m.group("span_first")) for m in g.years_after.finditer(text) if m["span_first"]}
    facts = _one_tier_a_year(facts, since)
    stayed = g.stayed_there.search(text, mentions[-1].end)
    if stayed and facts and _relative_clause(g, text, mentions[-1].start):
        # "Malaysia, whose upgrade to the Watch List last year angered activists, stayed
        # there": the aside's tier, this year too (or in the year said after it)
        said = g.in_year.match(text, stayed.end() + 1)
        year = int(said.group("year")) if said else context.report_year
        last = max((f for f in facts if f.year), key=lambda f: f.year, default=None)
        if last and year and year > last.year:
            facts.append(replace(last, year=year, previous=None))
    context.stated_tier = facts
    return facts


def _stayed_there(g: Grammar, sentence: Sentence, context: Context) -> list[Fact]:
    """ "Thailand fell to Tier 3 in 2014. It stayed there in 2015.": the tier the sentence
    before gave one country, for the years said after "stayed there"."""
    before, context.stated_tier = context.stated_tier, []
    stayed = g.stayed_there_opening.match(sentence.text)
    if (
        not stayed
        or not before
        or context.before is None
        or before[0].start != context.before.start
    ):
        return []
    if len({f.country for f in before}) != 1:
        return []
    named = g.country.fullmatch(stayed.group("subject"))
    if named and g.countries[named.group()] != before[0].country:
        return []
    last = max((f for f in before if f.year), key=lambda f: f.year, default=None)
    if last is None:
        return []
    rest = sentence.text[stayed.end() :]
    years = g.stayed_years_after.match(rest)
    if not years:
        return []
    listed = [int(y) for y in g.year.findall(years.group("years"))]
    if years.group("until"):
        listed = list(range(last.year + 1, listed[-1]))
    elif years.group("through"):
        listed = list(range(last.year + 1, listed[-1] + 1))
    return [
        replace(last, year=year, previous=None, sentence=sentence.text, start=sentence.start)
        for year in listed
        if last.year < year <= last.year + 20
    ]


def _others_after(g: Grammar, text: str, position: int) -> list[tuple[int, int, str]]:
    """ "… among the 22 countries on Tier 3; the others include A, B and C": the countries
    listed, to the sentence's end, as the rest of the group."""
    others = g.others_listed.search(text, position)
    if not others or not g.others_before.search(text, position, others.start()):
        return []
    if g.tier_cue.search(text[position : others.start()].lower()):
        return []
    chain = _chain_after(g, text, others.end())
    return chain if chain and _list_ends(g, text[chain[-1][1] :]) else []


def _list_ends(g: Grammar, rest: str) -> bool:
    """Whether a list of countries ends the sentence, `rest` being what follows it: nothing,
    or a description of the last ("…, along with Hungary, a member state of the EU.")."""
    if not rest.strip(" .;)\"'"):
        return True
    return bool(g.list_tail.match(rest)) and not g.tier_cue.search(rest.lower())


def _listed_after_count(
    g: Grammar, sentence: Sentence, context: Context, counted: tuple, opener: re.Match
) -> list[Fact]:
    """ "In all, 19 landed on Tier 3. Among them are A, B and C.": the countries the sentence
    lists, to its end, take the tier the sentence before stated of their number (or of the
    number it named some of: "… The others are A and B.")."""
    _, mention, years = counted
    text = sentence.text
    chain = _chain_after(g, text, opener.end())
    rest = text[chain[-1][1] :] if chain else ""
    alongside = g.alongside.match(rest)
    if alongside:
        more = _chain_after(g, rest, alongside.end())
        chain += more
        rest = rest[more[-1][1] :] if more else rest
    if not chain or not _list_ends(g, rest):
        return []
    previous = context.before.text
    return [
        _tier_fact(mention, previous, sentence, country, year, statement(text, 0, len(text)))
        for _, _, country in chain
        for year in years
    ]


def _respectively(g: Grammar, sentence: Sentence, currents: list[Mention], context) -> list[Fact]:
    """ "A, B and C received Tier 1, Tier 1 and Tier 2 rankings respectively": in order."""
    text = sentence.text
    chain = _chain_after(g, text, _subject_countries(g, text)[0][0]) if currents else []
    if not chain or len(chain) != len(currents) or _unreal(g, text, 0, 0, currents[0]):
        return []
    facts = []
    for (start, _, country), mention in zip(chain, currents, strict=True):
        year = _years(g, text, mention, 0, len(text), context.report_year)[0]
        facts.append(
            _tier_fact(mention, text, sentence, country, year, statement(text, start, mention.end))
        )
    return facts


def _one_tier_a_year(facts: list[Fact], since: set[int] = frozenset()) -> list[Fact]:
    """A sentence that gives a country two tiers for one year names the tier it had before
    first: "Belarus, which has been on the Watch List for three years, was downgraded to Tier
    3". The years of the earlier-named tier end the year before; a span that starts in a year
    `since` names ("a Watch List country since 2004, moved up to Tier 2") loses its last."""
    later = {}
    for fact in facts:
        later[(fact.country, fact.year)] = fact.value  # the last tier named for that year
    # "Thailand is placed on Tier 3 because it has been on the Watch List for four years": a
    # span that meets a single year is the tier before, whichever is named first.
    spans = Counter((f.country, f.value) for f in facts)
    for fact in facts:
        kept = later[(fact.country, fact.year)]
        if (
            fact.value != kept
            and spans[(fact.country, kept)] > 1 == spans[(fact.country, fact.value)]
        ):
            later[(fact.country, fact.year)] = fact.value
    clashes = {
        (f.country, f.value)
        for f in facts
        if f.year is not None and later[(f.country, f.year)] != f.value
    }
    if not clashes:
        return facts
    first_years = {}
    for f in facts:
        if f.year is not None:
            key = (f.country, f.value)
            first_years[key] = min(first_years.get(key, f.year), f.year)
    fixed = {key for key in clashes if spans[key] > 1 and first_years.get(key) in since}
    kept_facts = []
    for f in facts:
        key = (f.country, f.value)
        if key not in clashes or not f.year:
            kept_facts.append(f)
        elif key not in fixed:
            kept_facts.append(replace(f, year=f.year - 1))
        elif later[(f.country, f.year)] == f.value:
            kept_facts.append(f)  # a fixed span keeps its years but the one it clashes on
    return kept_facts


def _header_year(g: Grammar, cell: str) -> int | None:
    """The year of a table's column: "2023", or a short heading with one year in it ("2023 г.",
    "2023 жылғы деңгей", "2023 report")."""
    years = g.year.findall(cell)
    return int(years[0]) if len(years) == 1 and len(cell.strip()) <= 30 else None


def _heading_tiers(
    g: Grammar, blocks: Sequence[str], offsets: list[int], context
) -> tuple[list[Fact], set[int]]:
    """Tiers as headings over lists: "Tier 1", then "Armenia", "Georgia" (each a block), or
    paragraphs that open with their country ("Algeria: The government …"), up to the next
    heading. Also the indexes of the blocks so read, which are no table's rows. A tier cell
    right after a country's cell is a table's (see _table_tiers), unless a list is under way."""
    facts: list[Fact] = []
    members: set[int] = set()
    heading: tuple[int, str] | None = None
    earlier: str | None = None  # the tier before, of a heading that names a change
    cell = False  # the block before was a table's cell: a country's, or a tier after one

    def tier_of(index: int) -> str | None:
        text = blocks[index].strip() if index < len(blocks) else ""
        if len(text) >= 400 or not g.tier_cue.search(text.lower()):
            return None
        # "Tier 1", or a tier with its definition: "Tier 1 - Countries whose governments …"
        titled = g.tier_heading.fullmatch(text) if len(text) < 60 else None
        titled = titled or g.defined_heading.match(text)
        return next((v for p, v in g.tiers if titled and p.fullmatch(titled.group("tier"))), None)

    def introduced(text: str) -> tuple[str, str | None] | None:
        """The tier of a sentence that introduces a list, "The following countries were
        placed on Tier 3 this year:" (one tier, no country, no rule or hope), and the tier
        before of a change, "Upgraded from Tier 2 to Tier 1" (a short heading, or with ":")."""
        short = len(text) < 80 and not text.endswith((".", "!", "?"))
        if not (text.endswith(":") or short) or len(text) > 200:
            return None
        if not g.tier_cue.search(text.lower()) or _subject_countries(g, text):
            return None
        mentions = _tier_mentions(g, text)
        currents = [m for m in mentions if not m.previous]
        if len(currents) != 1 or _unreal(g, text, 0, 0, currents[0]):
            return None
        before = [m for m in mentions if m.previous]
        if not before and text.endswith(":"):
            return currents[0].value, None
        if len(before) == 1 and g.from_to.match(text[before[0].end : currents[0].start]):
            return currents[0].value, before[0].value
        return None

    def fact(value: str, tier_index: int, index: int, name: str, country: str, earlier=False):
        year = context.report_year
        return Fact(
            kind="tier",
            value=value,
            text=blocks[tier_index],
            sentence=blocks[index],
            start=offsets[index],
            country=country,
            year=(year - 1 if year else None) if earlier else year,
            statement=f"{blocks[tier_index]}: {name}",
        )

    skip_to = 0
    for index, block in enumerate(blocks):
        if index < skip_to:
            continue
        text = block.strip()
        value = tier_of(index)
        intro = None if value else introduced(text)
        if intro:
            heading, earlier = (index, intro[0]), intro[1]
            continue
        if value:
            country_before = index and g.countries.get(blocks[index - 1].strip())
            cell = cell or bool(country_before and heading is None)
            heading, earlier = (None if cell else (index, value)), None
            if heading and tier_of(index + 1):
                # A table whose header is the tiers, "Tier 1 | Tier 2 | Tier 3", and whose
                # cells below are countries: read by column, if its rows are whole (empty
                # cells leave no block, and then no cell's column is known).
                header = list(itertools.takewhile(tier_of, range(index, len(blocks))))
                below = list(
                    itertools.takewhile(
                        lambda i: _country_cell(g, blocks[i]), range(header[-1] + 1, len(blocks))
                    )
                )
                if below and len(below) % len(header) == 0:
                    for position, row_cell in enumerate(below):
                        column = header[position % len(header)]
                        members.add(row_cell)
                        for name, country in _country_cell(g, blocks[row_cell]):
                            facts.append(fact(tier_of(column), column, row_cell, name, country))
                skip_to = (below or header)[-1] + 1
                heading = None
            continue
        cell = heading is None and text in g.countries
        if heading is None:
            continue
        lead = g.country.match(text)
        rest = text[lead.end() :] if lead else ""
        named = _country_cell(g, text)  # "Armenia", or a cell "Austria, Belgium and Cyprus"
        if not named and lead and g.heading_lead.match(rest):
            named = [(lead.group(), g.countries[lead.group()])]  # "Algeria: The government …"
        if named:
            members.add(index)
            facts += [fact(heading[1], heading[0], index, name, c) for name, c in named]
            if earlier:  # "Upgraded from Tier 2 to Tier 1": the year before, the tier before
                facts += [fact(earlier, heading[0], index, name, c, True) for name, c in named]
            continue
        if len(text) < 60 and not text.endswith((".", "!", "?")):
            heading = None  # another heading ends the list
        elif len(blocks[heading[0]]) >= 60:
            heading = None  # a tier's definition heads its list only, not the prose after it
    return facts, members


def _country_cell(g: Grammar, text: str) -> list[tuple[str, str]]:
    """(name, country) of each country a block names and nothing else: "Armenia", "Austria,
    Belgium and Cyprus"."""
    text = g.cell_note.sub("", text).strip()  # "Azerbaijan*", "Moldova (new)"
    listed = _chain_after(g, text, 0)
    if not listed or text[listed[-1][1] :].strip(" ."):
        return []
    return [(text[a:b], country) for a, b, country in listed]


def _cell_fact(whole_tier, blocks, offsets, cell, country, year, row_head) -> Fact:
    """The tier of a table's cell `cell` (a block), in the row headed `row_head`."""
    return Fact(
        kind="tier",
        value=whole_tier[cell],
        text=blocks[cell],
        sentence=blocks[cell],
        start=offsets[cell],
        country=country,
        year=year,
        statement=f"{row_head}: {blocks[cell]}",
    )


def _table_tiers(
    g: Grammar, blocks: Sequence[str], offsets: list[int], context, skip: set[int] = frozenset()
) -> list[Fact]:
    """Tiers in a table: a row of cells "Kazakhstan | Tier 2 | Tier 2" under "Country | 2023 |
    2024"; the year of each column from the header, else the text's report year."""
    whole_tier = {
        i: v
        for i, b in enumerate(blocks)
        if len(b) < 40 and g.tier_cue.search(b.lower())
        for p, v in g.tiers
        if p.fullmatch(b)
    }
    facts = []
    for index, block in enumerate(blocks):
        if index in skip:
            continue
        country = g.countries.get(g.cell_note.sub("", block).strip())
        cells = 0
        while index + cells + 1 in whole_tier:
            cells += 1
        if not country or not cells:
            continue
        header = None
        for back in range(index - cells - 1, max(-1, index - 8 * (cells + 1)), -1):
            run = blocks[back + 1 : back + 1 + cells]
            years = [_header_year(g, cell) for cell in run]
            if len(run) == cells and all(years):
                header = years
                break
        for column in range(cells):
            cell = index + column + 1
            year = header[column] if header else (context.report_year if cells == 1 else None)
            facts.append(_cell_fact(whole_tier, blocks, offsets, cell, country, year, block))
    return facts + _year_rows(g, blocks, offsets, context, whole_tier)


def _year_rows(g: Grammar, blocks, offsets, context, whole_tier) -> list[Fact]:
    """Tiers in a table by year: rows "2019 | Tier 2 Watch List" under a header that names the
    countries of its columns ("Year | Kazakhstan | Uzbekistan"), or, for a table of one
    column, two rows or more in a text about one country."""
    rows = {}
    for index, block in enumerate(blocks):
        cells = 0
        while index + cells + 1 in whole_tier:
            cells += 1
        if cells and g.year.fullmatch(block.strip()):
            rows[index] = cells
    facts = []
    for index, cells in rows.items():
        countries = None
        for back in range(index - 1, max(-1, index - 8 * (cells + 1)), -1):
            run = blocks[back + 1 : back + 1 + cells]
            named = [g.countries.get(cell.strip()) for cell in run]
            if back + 1 + cells <= index and all(named):
                countries = named
                break
        lone = cells == 1 and any(
            other != index and rows[other] == 1 and abs(other - index) == 2 for other in rows
        )
        if countries is None and lone and context.country:
            countries = [context.country]
        if countries is None:
            continue
        for column, country in enumerate(countries):
            cell = index + column + 1
            year = int(blocks[index])
            facts.append(
                _cell_fact(whole_tier, blocks, offsets, cell, country, year, blocks[index])
            )
    return facts


# ---------------------------------------------------------------------------------------------
# Figures


_NUMBER_WORD_PARTS = re.compile(r"[- ]")


def _number_value(g: Grammar, match: re.Match) -> float | int | None:
    raw = match.group("num")
    words = g.words
    if raw[0].isdigit():
        cleaned = g.group_mark.sub("", raw)
        cleaned = cleaned.replace(words.DECIMAL_MARK, ".")
        value = float(cleaned)
    elif raw.lower() in words.NUMBER_WORDS:
        value = words.NUMBER_WORDS[raw.lower()]
    else:
        value = 0
        for part in _NUMBER_WORD_PARTS.split(raw.lower()):
            number = words.NUMBER_WORDS.get(part)
            if number is None:
                return None
            multiplies = number in (100, 12) and part in ("hundred", "dozen")
            value = value * number if multiplies and value else value + number
    scale = match.group("scale")
    if scale:
        value *= words.SCALES[scale.lower()]
    return int(value) if float(value).is_integer() else round(value, 6)


def _noun_after(g: Grammar, text: str, position: int) -> tuple[str, int] | None:
    """(unit, end) of the noun a number counts: "85 suspected trafficking victims"."""
    steps = 0
    for match in g.word.finditer(text, position):
        word = match.group().lower().rstrip(".")
        unit = _counted(g, word)
        if unit:  # the noun, not the full stop after it: "171 пострадавший."
            return unit, match.start() + len(match.group().rstrip("."))
        if steps == 0 and word in g.words.COPULAS:
            continue  # "35 were victims of sex trafficking"
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        if word in g.words.NOT_BETWEEN or not match.group()[0].isalnum() or steps >= 3:
            return None
        if plural and match.group()[0].islower():  # "1,870 places where people …"
            return None
        steps += 1
    return None


def _noun_of_the(g: Grammar, text: str, position: int) -> tuple[str, int] | None:
    """ "six of the Kazakhstani victims", "forty of the 48 countries"."""
    match = g.of_the.match(text, position)
    if not match:
        return None
    number = g.number.match(text, match.end())
    return _noun_after(g, text, number.end() if number else match.end())


def _figure_facts(g: Grammar, sentence: Sentence, previous_unit: str | None) -> list[Fact]:
    text = sentence.text
    if not _has_digit(text) and not g.has_number_word(sentence.low):
        return []
    facts: list[Fact] = []
    last_unit = None
    opens_with_of_these = g.of_these.match(text.lstrip("\"'( "))
    skipped = -1
    last_end = -1
    for match in g.number.finditer(text):
        raw = match.group("num")
        # The words just before a number, for the patterns that end where it begins.
        near = text[max(0, match.start() - 60) : match.start()]
        value = _number_value(g, match)
        listed_after_skipped = g.list_gap.fullmatch(text, skipped, match.start())
        listed = last_unit and g.comparison_before.search(near)
        weak = raw.lower() == "one" and not listed
        weak = weak and not g.weak_number_cue.search(near)
        if weak or value is None or g.not_a_count_before.search(near):
            if g.listed_not_a_count.search(near):
                skipped = match.end()  # and "aged 27 and 41" goes with it
            continue
        if listed_after_skipped:
            skipped = match.end()
            continue
        currency = match.group("cur") or match.group("cur2")
        percent = match.group("pct")
        unit, end = None, match.end()
        plain = not (currency or percent or match.group("scale"))
        if currency:
            after = g.currencies_after.get((match.group("cur2") or "").lower())
            unit = g.words.CURRENCIES_BEFORE.get(match.group("cur") or "", after)
        elif percent:
            unit = "percent"
        else:
            if g.not_a_count_after.match(text, match.end()):
                continue
            if plain and g.year_like.fullmatch(raw.split(g.words.DECIMAL_MARK)[0]):
                continue  # a year, or a year with a footnote number glued on
            counted = _noun_after(g, text, match.end()) or _noun_of_the(g, text, match.end())
            to = g.range_to.match(text, match.end())
            upper = to and g.number.match(text, to.end())
            if not counted and upper:  # "600,000 to 800,000 men, women and children"
                counted = _noun_after(g, text, upper.end())
                if not counted and g.word.match(text, upper.end() + 1):
                    continue  # "from 30 to 45 beds"
                counted = counted and (counted[0], match.end())
            if counted and not raw[0].isdigit() and g.referring.search(near):
                counted = None  # "the five countries": a reference, not a count
                continue
            listed = last_unit and last_end >= 0 and g.list_gap_before.search(near)
            listed = listed and match.start() - last_end < 45 and not _plural_after(g, text, match)
            if counted:
                unit, end = counted
            elif listed:  # "96 cases (61 sex trafficking and 35 forced labor)"
                unit = last_unit
            elif (
                g.inherit_after.match(text[match.end() :])
                or g.of_these.match(text, match.end() + 1)
                or opens_with_of_these
                or _of_these_just_before(g, text, match.start())
            ):
                before = text[: match.start()]
                earlier = last_unit or _last_counted(g, before)
                of_these = _of_these_just_before(g, text, match.start()) or g.of_these.match(
                    text, match.end() + 1
                )
                if of_these and not earlier:
                    earlier = previous_unit
                if earlier and (
                    g.comparison_before.search(near) or of_these or opens_with_of_these
                ):
                    unit = earlier
            if unit is None:
                continue
            last_unit, last_end = unit, end
        qualifier = g.qualifiers.search(text, max(0, match.start() - 30), match.start())
        begin = qualifier.start(1) if qualifier else match.start()
        facts.append(
            Fact(
                kind="figure",
                value=value,
                text=text[begin:end],
                sentence=text,
                start=sentence.start,
                unit=unit,
                qualifier=g.words.QUALIFIERS[qualifier.group(1).lower()] if qualifier else None,
                statement=statement(text, begin, end),
            )
        )
    return facts


def _plural_after(g: Grammar, text: str, number: re.Match) -> bool:
    """A number followed by a plural noun that figures do not count ("5 districts")."""
    word = g.word.match(text, number.end() + 1)
    low = word.group().lower().rstrip(".,;:") if word else ""
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and not _counted(g, low)


def _of_these_just_before(g: Grammar, text: str, position: int) -> bool:
    """ "Of these, 79 …", "of whom 85 …", "олардың саны 712": not "of whom was 17"."""
    found = [m for m in g.of_these.finditer(text, max(0, position - 30), position)]
    if not found:
        return False
    gap = text[found[-1].end() : position].split()
    return len(gap) <= 2 and not any(word.lower() in g.words.COPULAS for word in gap)


_WORD_RUN = re.compile(r"[^\W\d_][\w'-]*")


def _last_counted(g: Grammar, text: str) -> str | None:
    """The unit of the last noun in `text` that figures count, unless a rate's or a share's."""
    for match in reversed(list(_WORD_RUN.finditer(text))):
        unit = _counted(g, match.group().lower())
        if unit:
            return None if g.not_a_count_of.search(text, 0, match.start()) else unit
    return None


def _counted(g: Grammar, word: str) -> str | None:
    """The unit of a word that names what figures count: listed, or by its stem."""
    if word in g.words.COUNTED:
        return g.words.COUNTED[word]
    for stem in g.counted_stems:
        if word.startswith(stem):
            return g.words.COUNTED_STEMS[stem]
    return None


# ---------------------------------------------------------------------------------------------
# Observances


_OBSERVANCE_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def _holds_any(text: str, parts: Sequence[str]) -> bool:
    """any(part in text for part in parts), in a plain loop: cheaper than a generator."""
    for part in parts:
        if part in text:
            return True
    return False


def _observance_facts(g: Grammar, sentence: Sentence) -> list[Fact]:
    text = sentence.text
    if not g.observance_cue.search(
        sentence.text if g.words.OBSERVANCE_CUES_CASED else sentence.low
    ):
        return []
    facts, seen = [], set()
    for pattern, (name, month) in g.observance_names:
        for match in pattern.finditer(text):
            if name not in seen:
                seen.add(name)
                facts.append(_observance(g, sentence, name, match.start(), match.end(), month))
    words = g.words
    tokens = list(_OBSERVANCE_TOKEN.finditer(text))
    index = 0
    while index < len(tokens):
        run = []
        while index < len(tokens):
            word = tokens[index].group()
            lower = word.lower()
            capital = word[0].isupper() and lower not in words.MONTHS
            connector = lower in words.OBSERVANCE_CONNECTORS and (word.islower() or word.isupper())
            if (
                capital
                and not (word.isupper() and lower in words.OBSERVANCE_CONNECTORS)
                or (run and connector)
            ):
                run.append(tokens[index])
                index += 1
            else:
                break
        index += 1 if not run else 0
        heads = [i for i, t in enumerate(run) if g.observance_head.match(t.group().title())]
        if not heads:
            continue
        first = 0
        first = 0
        starts = [i for i in range(heads[0]) if run[i].group().title() in words.OBSERVANCE_STARTS]
        leading = " ".join(t.group() for t in run[: starts[0]]) if starts else ""
        if starts and not _holds_any(leading.lower(), g.observance_words):
            first = starts[0]  # "Senate Approves Resolution to Establish National … Month"
        while first < heads[0] and (
            run[first].group() in words.NOT_IN_NAME
            or run[first].group() in words.OBSERVANCE_CONNECTORS
        ):
            first += 1
        last = heads[-1]
        if last + 1 < len(run) and run[last + 1].group().lower() in words.OBSERVANCE_CONTINUERS:
            last = len(run) - 1
            while run[last].group().lower() in words.OBSERVANCE_CONNECTORS:
                last -= 1
        name = text[run[first].start() : run[last].end()]
        if last - first < 1 or not _holds_any(name.lower(), g.observance_words):
            continue
        if name.isupper():  # a heading in capitals: "NATIONAL SLAVERY AND … MONTH"
            name = " ".join(
                w.lower() if w.lower() in words.OBSERVANCE_CONNECTORS else w.capitalize()
                for w in name.split()
            )
        if name.lower() not in seen:
            seen.add(name.lower())
            facts.append(_observance(g, sentence, name, run[first].start(), run[last].end(), None))
    return facts


def _observance(g: Grammar, sentence: Sentence, name: str, start: int, end: int, month):
    day = None
    dated = g.month.search(sentence.text)
    if dated and month in (None, g.words.MONTHS[dated.group("name").lower()]):
        month = g.words.MONTHS[dated.group("name").lower()]
        day_written = dated.group("after") or dated.group("before")
        day = int(day_written) if day_written else None
        if name.endswith("Month"):
            day = None
    return Fact(
        kind="observance",
        value=name,
        text=sentence.text[start:end],
        sentence=sentence.text,
        start=sentence.start,
        month=month,
        day=day if day and 1 <= day <= 31 else None,
        statement=statement(sentence.text, start, end),
    )


# ---------------------------------------------------------------------------------------------
# Statements


_CLAUSE_OPENING = re.compile(r"[,;:(]\s*|\s[-–—]\s")
_CLAUSE_CLOSING = re.compile(r"\s*[,;:)]|\s[-–—]\s")


@functools.lru_cache(maxsize=256)
def _clause_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where the clauses of `text` may begin and end: a sentence gives several facts, each
    with its statement, and is scanned once for them all."""
    bounds = [0] + [m.end() for m in _CLAUSE_OPENING.finditer(text)] + [len(text)]
    closing = [m.start() for m in _CLAUSE_CLOSING.finditer(text)] + [len(text)]
    return bounds, closing


def statement(text: str, start: int, end: int) -> str:
    """The words of `text` that say what its part start:end is: that part's clause, grown by
    whole clauses to at most STATEMENT_WORDS words, with "…" where the sentence is cut."""
    bounds, closing = _clause_bounds(text)
    left = max(b for b in bounds if b <= start)
    right = min((b for b in bounds if b >= end), default=len(text))
    right = min((c for c in closing if c >= end), default=len(text))
    while True:
        grown = False
        wider_left = max((b for b in bounds if b < left), default=None)
        if wider_left is not None and len(text[wider_left:right].split()) <= STATEMENT_WORDS:
            left, grown = wider_left, True
        wider_right = min((c for c in closing if c > right), default=None)
        if wider_right is not None and len(text[left:wider_right].split()) <= STATEMENT_WORDS:
            right, grown = wider_right, True
        if not grown:
            break
    words = text[left:right].split()
    if len(words) > STATEMENT_WORDS:
        before = len(text[left:start].split())
        keep = max(0, min(before - 5, len(words) - STATEMENT_WORDS))
        words = words[keep : keep + STATEMENT_WORDS]
        cut_left, cut_right = (
            keep > 0 or left > 0,
            keep + STATEMENT_WORDS < len(text[left:right].split())
            or right < len(text.rstrip(" .!?")),
        )
    else:
        cut_left, cut_right = left > 0, right < len(text.rstrip(" .!?"))
    said = " ".join(words).strip(" ,;:").rstrip(".!?")
    return ("…" if cut_left else "") + said + ("…" if cut_right else "")


# ---------------------------------------------------------------------------------------------
# The whole text


def _block_cues(g: Grammar, block: str) -> frozenset[str]:
    """The kinds whose trace the block holds: a digit or number word for figures, a tier's
    or an observance's cue word. A sentence of the block holds a cue only if the block does,
    so a kind whose cue the block lacks is not looked for in any of its sentences."""
    low = block.lower()
    cues = set()
    if _has_digit(block) or g.has_number_word(low):
        cues.add("figure")
    if g.has_tier_cue(low):
        cues.add("tier")
    if g.observance_cue.search(block if g.words.OBSERVANCE_CUES_CASED else low):
        cues.add("observance")
    return frozenset(cues)


def extract_block_facts(
    blocks: Sequence[str],
    title: str = "",
    date: datetime.date | None = None,
    kinds: Iterable[str] = KINDS,
    lang: str = "en",
) -> list[Fact]:
    """The facts of a text given as its blocks (paragraphs, list items, cells, headings), each
    normalised already and without line breaks; Fact.start is the offset of the fact's sentence
    in BLOCK_BREAK.join(blocks), and Fact.sentence that sentence's text there."""
    g = grammar(lang if isinstance(lang, str) else "en")
    wanted = set(kinds or ())
    sentences, offsets, offset = [], [], 0
    block_cues = []
    for index, block in enumerate(blocks):
        offsets.append(offset)
        cues = _block_cues(g, block)
        block_cues.append(cues)
        if cues:  # a block with no trace of any kind is not even split
            for start, end in split_sentences(block, g.words):
                sentences.append(Sentence(block[start:end].rstrip(), offset + start, index))
        offset += len(block) + len(BLOCK_BREAK)
    context = Context(g, sentences, normalise_text(title or ""), date, blocks)
    facts: list[Fact] = []
    if "tier" in wanted:
        listed, members = _heading_tiers(g, blocks, offsets, context)
        facts += listed + _table_tiers(g, blocks, offsets, context, members)
    previous_unit, previous_block = None, -1
    for index, sentence in enumerate(sentences):
        if sentence.block != previous_block:
            # (a block with no cue at all has no sentences: it is no paragraph "before")
            after_it = sentence.block == previous_block + 1
            context.block_before = context.block_countries if after_it else None
            previous_unit, previous_block = None, sentence.block
            context.block_countries = None
        before = sentences[index - 1] if index else None
        context.before = before if before and before.block == sentence.block else None
        cues = block_cues[sentence.block]
        if "tier" in wanted and "tier" in cues:
            facts += _tier_facts(g, sentence, context)
        if "figure" in wanted and "figure" in cues:
            found = _figure_facts(g, sentence, previous_unit)
            facts += found
            units = [f.unit for f in found if f.unit not in ("percent", "USD", "EUR", "KZT")]
            previous_unit = units[-1] if units else previous_unit
        if "observance" in wanted and "observance" in cues:
            facts += _observance_facts(g, sentence)
    if date:
        # No report is dated after the text: a plan's "2026–2027" read as a span is no ranking.
        facts = [f for f in facts if not (f.kind == "tier" and f.year and f.year > date.year)]
    facts.sort(key=lambda fact: fact.start)
    return _distinct(facts)


def _distinct(facts: list[Fact]) -> list[Fact]:
    kept: dict[tuple, Fact] = {}
    for fact in facts:
        # A fact the text repeats is one fact, where it is first stated; a later mention may
        # add the tier it changed from ("ARMENIA: Tier 1" …, "… upgraded to Tier 1 from …").
        key = (fact.kind, fact.value, fact.unit, fact.country, fact.year, fact.month)
        if fact.kind == "observance":
            key = (fact.kind, str(fact.value).lower())
        first = kept.setdefault(key, fact)
        if first.previous is None and fact.previous is not None:
            kept[key] = replace(first, previous=fact.previous)
    return list(kept.values())


def compile_patterns() -> None:
    """Compile the English grammar now rather than on first use."""
    grammar("en")
