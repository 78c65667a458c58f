"""English word lists of the key-facts grammar: the words, not the rules (those are in core.py).

Patterns are regular-expression sources, matched case-insensitively unless said otherwise.
"""

from .countries import COUNTRY_VARIANTS, DEMONYMS

# -- Tiers ----------------------------------------------------------------------------------
# Each pattern names one tier; a longer match wins over a shorter one at the same place. A
# third item lists words a sentence must hold for the pattern to be tried (for speed).
_NUMBER_1 = r"(?:1|one|I)"
_NUMBER_2 = r"(?:2|two|II)"
_NUMBER_3 = r"(?:3|three|III)"
_WATCH = r"watch\s*-?\s*list"
_NOT_A_RANK = (
    r"(?!\s*(?:cities|city|towns?|suppliers?|companies|firms|banks|brands|universit\w+|schools?|"
    r"players?|teams?|markets?|sponsors?|support|response|care))"
)
_NOT_TIP_LIST = (
    r"(?<!fatf\s)(?<!terror\s)(?<!terrorism\s)(?<!terrorist\s)(?<!sanctions\s)(?<!priority\s)"
    r"(?<!monitoring\s)(?<!surveillance\s)(?<!grey\s)(?<!gray\s)(?<!currency\s)(?<!security\s)"
)
TIERS = [
    # Tiers by their ordinal, in news: "on the second tier's watchlist", "ranked as a third
    # tier country"; not "second-tier cities".
    (rf"\bsecond[\s-]+tier(?:'s)?\s+(?:the\s+)?{_WATCH}\b", "Tier 2 Watch List", ("second",)),
    (rf"\btier(?:\s*|-){_NUMBER_2}(?:'s)?\s*(?:-|–)?\s*(?:the\s+)?{_WATCH}\b", "Tier 2 Watch List"),
    # One name written in two parts: "Tier 2 (Watch List)", "Tier 2/Watch List", 'Tier 2
    # "Watch List"'; and the short "Tier 2 Watch countries".
    (rf"\btier(?:\s*|-){_NUMBER_2}\s*(?:\(\s*|/\s*|[\"“]){_WATCH}\b[)\"”]?", "Tier 2 Watch List"),
    (rf"\btier(?:\s*|-){_NUMBER_2}\s+watch\b(?!\s*-?\s*list)", "Tier 2 Watch List"),
    # The report's own abbreviation, in tables and CRS reports: "Tier 2WL".
    (rf"\btier\s*{_NUMBER_2}\s*(?:-|–)?\s*WL\b", "Tier 2 Watch List"),
    # Not the "Special Watch List" of countries the interim assessment covers, nor other
    # watch lists ("the FATF watch list", "a terrorism watch list", USTR's "Priority Watch List").
    (
        rf"\b(?<!special\s)(?:the\s+)?(?<!special\s){_NOT_TIP_LIST}{_WATCH}\b",
        "Tier 2 Watch List",
    ),
    (rf"\btier(?:\s*|-){_NUMBER_1}\b(?!\s*[-–]?\s*\d)", "Tier 1"),
    (rf"\btier(?:\s*|-){_NUMBER_2}\b(?!\s*[-–]?\s*\d)", "Tier 2"),
    (rf"\btier(?:\s*|-){_NUMBER_3}\b(?!\s*[-–]?\s*\d)", "Tier 3"),
    (r"\bspecial\s+cases?\b", "Special Case"),
    (rf"\b(?:first|the\s+top|top)[\s-]+tier\b{_NOT_A_RANK}", "Tier 1", ("first", "top")),
    # "received the top grade", "the highest possible ranking": Tier 1; not "the highest
    # ranking official", nor "the highest ranking in the region" (of a Tier 2 country, say).
    (
        r"\bthe\s+(?:highest|top)\s+(?:possible\s+)?(?:grade|ranking|rating|rank)\b"
        rf"(?!\s+(?:in|among|of|within|for)\b){_NOT_A_RANK}(?!\s*officials?|\s*members?)",
        "Tier 1",
        ("highest", "top"),
    ),
    (rf"\bsecond[\s-]+tier\b{_NOT_A_RANK}", "Tier 2", ("second",)),
    (rf"\bthird[\s-]+tier\b{_NOT_A_RANK}", "Tier 3", ("third",)),
    # "named as the worst offenders in the report": Tier 3 in the news of the early reports.
    (
        # (the words before are looked behind from "worst": a pattern that opens with a
        # word is found faster)
        r"\bworst(?:(?:(?<=\bas\sworst)|(?<=\bas\sthe\sworst)|(?<=\bamong\sworst)|"
        r"(?<=\bamong\sthe\sworst))\s+offenders\b(?=[^.;]*\b(?:report|list|tier|ranking)s?\b)|"
        r"(?<=countries\sdeemed\sworst)\s+offenders\b)",
        "Tier 3",
        ("worst",),
    ),
    # "was given the lowest ranking", "the lowest possible grade": Tier 3 (not "the lowest
    # ranking in Europe", perhaps a Tier 2 country's)
    (
        r"\bthe(?<!\bon\sthe)(?<!\bin\sthe)\s+(?:lowest|worst)\s+(?:possible\s+)?(?:grade|ranking|"
        r"rating|rank|designation|category)\b(?!\s+(?:in|among|of|within|for)\b)",
        "Tier 3",
        ("lowest", "worst"),
    ),
    # Tier 3 by its place: "fell to the lowest tier", "the bottom rung holds 23 governments";
    # not "on the lowest tier" or "in the lowest tier", said of rules' subjects ("countries on
    # the lowest tier may lose aid") at least as often as of a country's ranking ("the lowest
    # rung" is the ranking's wherever it stands).
    (
        r"\bthe(?<!above\sthe)(?<!over\sthe)(?:(?<!\bon\sthe)(?<!\bin\sthe)\s+(?:very\s+)?lowest\s+"
        r"tier|\s+(?:very\s+)?lowest\s+rung)\b(?!\s+(?:above|but|short))",
        "Tier 3",
        ("lowest",),
    ),
    (
        r"\bthe(?<!above\sthe)(?<!over\sthe)\s+(?:very\s+)?bottom\s+(?:tier|rung)\b"
        r"(?!\s+(?:above|but|short))",
        "Tier 3",
        ("bottom",),
    ),
]

# A sentence with none of these holds no tier, and is not read for one.
TIER_CUES = (
    r"tier|watch|special\s+case|bottom\s+rung|lowest\s+rung|worst\s+offenders|"
    r"(?:top|highest|lowest|worst)\s+(?:possible\s+)?(?:grade|rank|rating|designation|category)"
)

# -- Countries ------------------------------------------------------------------------------
COUNTRIES = {}
for _canonical, _variants in COUNTRY_VARIANTS.items():
    for _form in (_canonical, *_variants):
        COUNTRIES.setdefault(_form, _canonical)
        COUNTRIES.setdefault(_form.upper(), _canonical)
        if _form.startswith("The "):
            COUNTRIES.setdefault(_form[4:], _canonical)
            COUNTRIES.setdefault("the " + _form[4:], _canonical)
# "Georgia" is also a U.S. state, "Jordan" and "Chad" given names: kept, as the TIP report
# uses them; the words after a country that make it an institution's adjective, not a subject.
INSTITUTION_AFTER = (
    r"(?:embassy|embassies|state\s+department|department|government\s+(?:report|agencies)|"
    r"congress|ambassador|secretary|president|mission|agency|consulate|officials?|"
    r"administration|army|military|citizens?|nationals?|authorities\s+in|standards?|laws?|"
    r"aid|assistance|funding|sanctions|policy|diplomats?|lawmakers|"
    r"government's\s+(?:tier|watch|trafficking|annual))\b"
)
INSTITUTION_BEFORE = r"(?!)"
# After the United States, the words that make it the ranker, not a ranked country: "the U.S.
# report", "the U.S. decision", "the United States upgraded it" (but "ranked itself Tier 1",
# "ranked Tier 1").
RANKER_AFTER = (
    r"(?:'s)?\s+(?:(?:annual\s+|human\s+)?(?:trafficking\s+)?(?:report|reports|decision|"
    r"rankings?|list|tip\b)|(?:(?:has|have|had|again|also|now|then|this\s+year)\s+)*(?:upgraded|"
    r"downgraded|placed|put|moved|ranked|rated|kept|lifted|dropped|demoted|promoted|listed|"
    r"ranks|rates|places|puts|keeps|lists|moves|upgrades|downgrades)\s+(?!itself\b|as\b|on\b|in\b|"
    r"at\b|among\b|tier|the\s+(?:tier|watch|lowest|bottom)))"
)
# A demonym stands for its country only before one of these ("the Kazakh government").
DEMONYMS = DEMONYMS
DEMONYM_BEFORE = r"(?:government|authorities|ranking|rating|placement|tier)\b"
# The words that send a country's mention off as the object of a preposition.
PREPOSITIONS = frozenset(
    "in from to with against into between among across than like unlike toward towards "
    "for via through at on over under about beside besides except".split()
)
OF_WORD = "of"
# A preposition whose country is the one addressed, and so the subject of its tier.
ADDRESSED = frozenset({("congratulations", "to"), ("kudos", "to")})
# "of" is a preposition too, except after these ("the Government of Kazakhstan").
OF_OWNERS = frozenset(
    "government republic kingdom state people sultanate commonwealth upgrade downgrade "
    "ranking placement rating status rise fall move promotion demotion".split()
)
# A subject that names the text's own country without naming it.
# Not "it" before a verb only a report does ("It puts 52 in Tier 2"): that "it" is the report.
ANAPHORA = (
    r"\b(?:(?:the|our)\s+(?:(?:north|south|east|west|central|southeast|southern|northern|"
    r"eastern|western)?\s*(?:african|asian|american|european|caribbean|balkan|baltic|gulf|"
    r"pacific|island|andean|nordic|arab)\s+)?(?:government|country|nation|authorities|kingdom|emirate|sultanate|"
    r"republic|island|islands|archipelago|city-state)|the\s+(?:gulf|baltic|balkan|caribbean|"
    r"pacific|island|arab|african|central\s+asian|island)\s+(?:state|monarchy)|its|it(?!\s+(?:also\s+)?"
    r"(?:puts?|places?|placed|ranks|rates|lists|listed|sorts|sorted|keeps|kept|lifts|lifted|"
    r"gives|gave|assigns|assigned|names|named|upgrades|upgraded|downgrades|downgraded|"
    r"moves|demotes|demoted|promotes|promoted)\b))\b"
)
# The same, as a noun: after two countries it names neither ("met A and B and upgraded the
# country").
ANAPHORA_NOUN = (
    r"\bthe\s+(?:country|nation|government|kingdom|emirate|sultanate|republic|island|islands|"
    r"archipelago|city-state)\b"
)
# The words that open a relative clause, an aside whose countries are not the sentence's
# subject; and those that open one whose tier is its antecedent's (", which was placed …").
RELATIVE = r"which|who|whose|that"
RELATIVE_HEADS = r"which|who|whose"
# A clause that opens with one of these ends at its first comma ("Although A …, B …").
SUBORDINATORS = frozenset(
    "although though while whereas because since as after before unlike like despite "
    "considering given if unless when once".split()
)
# A tier after these is said of the subject, even before a class noun ("A and B are Tier 1
# countries").
COPULA_BEFORE = (
    r"\b(?:is|are|was|were|remain|remains|remained|became|become|stays|stayed|"
    r"(?:listed|ranked|rated|classed|classified|designated|counted|named|ranks|rates|sits|sat|"
    r"stands|stood|figures|figured)\s+(?:as|among)|"
    # "joins the ranks of Tier 1 countries"
    r"(?:joins|joined|join|joining|rejoins|rejoined)\s+the\s+(?:ranks|group|club|list)\s+of)\s+"
    r"(?:(?:a|an|the|still|again|now|also|among|one\s+of|only|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|region's|world's|continent's)\s+)*\Z"
)
# An appositive of countries, whatever their role in the sentence: "from Moldova, a Tier 2
# Watch List country, …", "Germany and France, both Tier 1 countries".
APPOSITIVE_GAP = r"\s*,\s*(?:(?:a|an|both|all|also|each|another|itself|themselves)\s+)*"
APPOSITIVE_NOUN = (
    r"\s+(?:countries|country|nations?|governments?)\b(?:\s+(?:in|since)\s+(?:the\s+)?\d{4})?"
    r"(?:\s+(?:tip\s+)?report)?\s*(?:[,;)]|\Z|[.]\s*\Z)"
)
# Words between a class noun and the countries it lists ("Tier 3 countries such as A").
CLASS_NOUNS = (
    r"(?:countries|governments|nations|jurisdictions|states|ones)\b(?:\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d\s+)?(?:tip\s+|trafficking\s+in\s+persons\s+)?report|\s+(?:in|for)\s+"
    r"(?:19|20)\d\d\b)?"
)
# A list noun after a tier takes the countries listed after it, else those before it ("The
# Tier 3 list for 2006 also includes A, B"; "A and B made it onto the Tier 1 list").
LIST_NOUNS = (
    r"(?:list|category|group)\b(?:\s+(?:for|in|of)\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:also|now|this\s+year))?"
)
# ", including A and B", ", among them A": tried before the plain comma. "… holds 23
# governments, among them A and B": a count of the tier's countries, then some of them.
_LIST_COUNT = (
    r"(?:(?:\s+(?:holds|held|includes|included|has|had|comprises|comprised|contains|contained|"
    r"numbers|numbered|counts|counted))?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\w+teen|twenty|thirty|forty)(?:\s+(?:other|more))?\s+(?:countries|"
    r"governments|nations|jurisdictions))"
)
LIST_OPENERS = (
    r"(?:\s+(?:now|also|still|this\s+year|last\s+year|in\s+(?:the\s+)?(?:19|20)\d\d(?:\s+report)?))?(?:"
    + _LIST_COUNT
    + r"?\s*,\s*(?:including|among\s+them|notably|namely|such\s+as|sit|sits|sat|are|were|stand|"
    r"stands|is|was)\s+"
    r"|\s*,\s*|\s*:\s*|\s*\(\s*|\s+such\s+as\s+|\s+including\s+|\s+like\s+|\s+namely\s+"
    r"|\s+are\s+|\s+were\s+|\s+include\s+|\s+includes\s+|\s+included\s+|\s+consists\s+of\s+"
    r"|\s+consisted\s+of\s+|\s+comprises\s+|\s+comprised\s+|\s+(?:is|was)\s+made\s+up\s+of\s+|\s*[-–—]\s*)(?:the\s+)?"
)
# After "Tier 1:", a count before the countries it lists: "Special Cases: 3, namely A, B and
# C", "Tier 1: 30 governments, the United States among them".
COUNTED_LIST = (
    r"\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:countries|governments|"
    r"nations|jurisdictions))?\s*,\s*(?:(?:namely|including|such\s+as|notably)\s+)?(?:the\s+)?"
)
# A heading that is a tier, over a list of its countries: "Tier 1", "Tier 2 Watch List
# countries:", "Tier 3 (23)"; and what follows a country that opens a paragraph under it
# ("Algeria: The government …", "Angola. …", "Belize – …").
TIER_HEADING = (
    r"(?:countries\s+(?:on|in)\s+(?:the\s+)?)?(?P<tier>.+?)(?:\s+(?:countries|governments))?"
    r"(?:\s*\(\d+\))?\s*:?"
)
# A field of a country's record that opens a line: "Tier placement: Tier 2", "2018 ranking:
# Tier 2 Watch List", "Current tier: Tier 3".
FIELD_LABEL = (
    r"\s*(?:(?:current|new|(?:19|20)\d\d)\s+)?(?:tier\s+(?:placement|ranking|rating|status)|tier|"
    r"ranking|rating|placement|tip\s+(?:ranking|tier))\s*:\s*(?:the\s+)?"
)
# A heading that gives a tier with its definition, over the list of its countries: "Tier 2
# Watch List - Countries whose governments do not fully meet …".
DEFINED_HEADING = (
    r"(?P<tier>[^-–—:.]{4,30}?)\s*(?:[-–—:]|\s[-–—]\s)\s*(?:the\s+)?(?:countries|governments"
    r"|nations|states)\s+(?:whose|that|which|where|with)\b"
)
# A note on a country in a list or a table's cell, not part of its name: "Azerbaijan*",
# "Moldova (new)", "Russia (auto-downgrade)" (not a tier or a year in brackets).
CELL_NOTE = (
    r"[*†‡^]+(?=\s*(?:,|\band\b|\Z))|"
    r"\s*\((?![^()]*(?:tier|watch|list|special|case|rank|remov|exclu|\d))[^()]{1,30}\)"
    r"(?=\s*(?:,|\band\b|\Z))"
)
HEADING_LEAD = r"\s*(?::|\.|[-–—]\s)"
# A number of countries a tier is stated of ("19 landed on Tier 3", "Another 52 countries
# were placed on Tier 2"), and the next sentence's opening that lists some of them.
COUNT_OF = (
    r"\b(?<![\d,.])(?!(?:19|20)\d\d\b)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty)(?:[\s-]\w+)?\b(?!\s*(?:%|percent|per\s+cent"
    r"|victims|people|cases|years?|months?))"
)
# A counted group just before its tier ("… 45 countries on the Watch List"), and what makes
# the subject one of it, just before the number ("Russia was one of 19 countries on Tier 3",
# "is among", "joined", "A and 18 other countries").
GROUP_BEFORE_TIER = (
    r"\b(?<![\d,.])(?!(?:19|20)\d\d\b)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens)"
    r"(?:[\s-]\w+)?\s+(?:other\s+|more\s+)?(?:countries|nations|governments|states|territories)"
    r"\s+(?:(?:placed|ranked|rated|listed|put|named)\s+)?(?:on|in|at|as)\s+(?:the\s+)?\Z"
)
MEMBER_LINK = (
    r"\b(?:among|amongst|of|joined|joins|join|joining|with|alongside|including|like|and|are|"
    r"were|is|was)\s+(?:(?:the|some|about|around|nearly|only|just|another|roughly|almost)\s+)*\Z"
)
# A tier as the subject that includes a number of countries: "Tier 3 included 22 countries
# (…)", "the category of special cases comprised three countries (…)".
TIER_INCLUDED = (
    r"\s+(?:(?:this|that|last)\s+year\s+)?(?:included|includes|comprised|comprises|"
    r"consisted\s+of|consists\s+of|contained|contains|held|holds)\s"
)
# The rest of a group whose number and some members the sentence named ("A and B were among
# the 22 countries on Tier 3; the others include C and D").
OTHERS_LISTED = (
    r"(?:the\s+)?(?:others|rest)(?:\s+of\s+them)?\s+(?:include|included|includes|are|were)\s*:?\s*"
    r"(?:the\s+)?"
)
# Where the rest follow in the same sentence: after a semicolon, or a comma and "and"/"while".
OTHERS_BEFORE = r"(?:;|,\s*(?:and|while))\s*\Z"
# A description of the last country of a list, as the sentence's end ("…, along with Hungary,
# a member state of the European Union."), not a clause of its own.
LIST_TAIL = r",\s+(?:a|an|the|both|each|all|one|two|three)\s[^,;:]*\Z"
THEM_LISTED = (
    r"\s*(?:among\s+them|these|they|those)\s+(?:are|were|include|included|includes)\s*:?\s*"
    r"(?:the\s+)?"
)
AMONG_THEM = r"\s+(?:among|included\s+among)\s+them\b"
# "Among the countries downgraded to Tier 3 in 2019 were A, B and C": the list after the verb.
AMONG_OPENER = r"among\s"
AMONG_VERB = r"[^,;]*?\s(?:were|are|was|is)\s+(?:the\s+)?"
# Words after a tier that bring more countries of the same tier ("…, alongside Norway").
ALONGSIDE = (
    r"\s*[,(]?\s*(?:alongside|along\s+with|together\s+with|as\s+well\s+as|joining|as\s+did"
    r"|as\s+do|as\s+was|as\s+were|as\s+had|like)\s+(?:the\s+)?"
)
# A tier with a class noun as the end of a change ("going from Tier 1 nations to Tier 2
# nations"): said of the subject, not a rule.
CHANGE_OBJECT = r"\b(?:from|to|into)\s+(?:being\s+)?(?:a\s+|the\s+)?\Z"
# "Five of the 14 Tier 3 countries are in Latin America (A, B and C)": a part of a tier's
# countries, listed in brackets after it.
PARTITIVE_BEFORE = (
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|all|"
    r"most|half|many|several)\s+of\s+(?:the|these|those|its|this\s+year's)\s+(?:\d+|\w+teen|"
    r"twenty[\w-]*|ten|eleven|twelve)\s+(?:(?:countries|governments|nations)\s+(?:deemed|named|"
    r"ranked|rated|listed|placed|put)?\s*(?:as\s+|on\s+|in\s+)?)?(?:the\s+)?\Z"
)
# An aside that likens another country to the subject: "Belarus, like Mali, fell to Tier 3"
# (but not "unlike Mali").
LIKE_BEFORE = (
    r"\s*,\s*(?:just\s+)?(?:like|along\s+with|together\s+with|alongside|as\s+well\s+as)\s+"
    r"(?:the\s+)?"
)
# "Thailand joined North Korea and Iran on Tier 3": the joiner shares the tier; "Joining
# Thailand on Tier 3 were Malaysia and Venezuela": so do those listed after the verb.
JOINED = r"\s+(?:now\s+|also\s+)?(?:joined|joins|rejoined|rejoins)\s+(?:the\s+)?"
JOINING = r"\s*(?:also\s+)?joining\s"
JOINED_LIST = r"\s+(?:(?:this\s+year|in\s+(?:19|20)\d\d)\s+)?(?:were|are|was|is)\s+(?:the\s+)?"
LIST_SEPARATOR = (
    # (after another name in brackets: "Burma (Myanmar), Uzbekistan and Haiti"; not a tier's)
    r"(?:\s*\((?![^()]*(?:tier|watch|list|\d))[^()]{1,40}\))?"
    r"\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s*&\s*|\s+or\s+|\s+as\s+well\s+as\s+)"
    r"(?:the\s+)?"
)

# -- What a tier mention is, besides a ranking ------------------------------------------------
# Before a tier (from its subject on): it is not a fact but a rule, a hope or a fear.
UNREAL_BEFORE = (
    r"\b(?:could|would|might|may|should|must|shall|can|cannot|will|won't|wo|if|unless|whether|"
    r"risks?|risked|risking|threat\w*|danger|fears?|feared|aims?|aimed|goal|hopes?|hoped|"
    r"hoping|seeks?|seeking|strives?|striving|wants?|wanted|wish\w*|plans?\s+to|expect\w*|"
    r"likely|unlikely|eligible|avoid\w*|prevent\w*|spared|spares|sparing|saved|saves|saving|"
    # "is poised to fall to", "lobbied for an upgrade to", "working toward", "belongs on",
    # "was nearly downgraded to": a prospect, a wish or a near miss
    r"poised|slated|set\s+to|toward|towards|lobb\w*|push\w*\s+for|aspir\w*|bid\s+for|"
    r"campaign\w*\s+for|belongs?\s+(?:back\s+)?(?:on|in)|(?:nearly|almost)\s+(?:\w+ed|fell|fallen)|"
    # "was granted a waiver from an automatic downgrade to Tier 3": the tier it was spared
    r"waivers?\s[^.;]*?\bfrom|otherwise|instead|rather|recommend\w*|"
    r"urge\w*|needs?\s+to|order\s+to|faces?|facing|criteria|possible|possibly|prospect\w*|"
    r"propos\w*|calls?\s+for|called\s+for|warn\w*|demand\w*|deserv\w*|merit\w*|"
    r"to\s+(?:be\s+)?(?:reach|achieve|attain|earn|regain|return|move|get|secure|"
    r"be\s+placed|be\s+upgraded|be\s+downgraded))\b"
)
# An infinitive after "the first", "the only", … states what happened: "became the first Gulf
# state to reach Tier 1", "the only country in the region to be ranked Tier 1".
FACTUAL_INFINITIVE = (
    r"\b(?:first|only|second|third|fourth|fifth|latest|sole)\b[^,;]*?\bto\s+(?:(?:be\s+)?(?:reach|"
    r"achieve|attain|earn|move|rise|climb|fall|drop|slip|return|regain|get|placed|ranked|rated|"
    r"upgraded|downgraded|moved|lifted|put|listed))\b"
)
# In the last few words before a tier: a negation ("did not fall to", "kept it off"); or, just
# before it, a tier named as a landmark ("a step above Tier 3", "the last stop before Tier 3").
# "left the Watch List in 2021" names the year it left, not a year on it: no fact, rather
# than a wrong year.
# A verb of leaving counts only right before the tier: "left the Watch List", but "leaving
# them on Tier 3" kept them there.
UNREAL_NEAR = (
    r"\b(?:not|never|no\s+longer|off|\w+n't|nor|"
    r"escaped|emerged\s+from|out\s+of|spared|sparing|spares|dodged|dodging|averted|averting|"
    r"saved\s+from|short\s+of|missed)\b|\b(?:above|below|before|beyond|short\s+of|close\s+to|"
    r"brink\s+of|verge\s+of|edge\s+of|away\s+from|left|leaving|leaves|exited|exits|exiting)"
    r"(?:\s+the)?\s*\Z"
)
# A sentence that opens with one of these states a condition, not a ranking.
CONDITIONAL_OPENERS = frozenset(
    "if unless should whether once imagine suppose supposing picture hypothetically".split()
)
# The words that begin a new verb phrase of the same subject ("… and is ranked Tier 3").
COORDINATION = r"\b(?:and|but|therefore|thus|so)\s+"
# Right after a tier: a condition or a rule.
# A tier the subject never left, and so holds: "has not left Tier 1 since 2012".
NEVER_LEFT = r"\b(?:(?:has|have|had)\s+(?:not|never)|never)\s+(?:once\s+)?left\s+(?:the\s+)?\Z"
# A wish or forecast whose object is the subject of the tier: "hopes to see Thailand …",
# "expects Thailand …", "urged Thailand …".
WISH_BEFORE = (
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|wanting|expects?|expected|expecting|wish\w*|urg\w*|"
    r"would\s+like|aims?|aimed|seeks?|sought|predicts?|predicted|forecasts?)\s+(?:to\s+see\s+)?"
    r"(?:the\s+)?\Z"
)
# (A modal after a comma is the main clause's: "Kazakhstan, downgraded to the Watch List, must
# now act".)
UNREAL_AFTER = (
    r"[\"']?\s*(?!,\s*(?:would|could|should|may|might|must)\b),?\s*(?:if|unless|would|could|"
    r"should|may|might|must|means|is\s+for|is\s+reserved"
    # "Tier 3 for those that fail" defines the tier; "on Tier 3, for governments that …" glosses it
    r"|(?<!,\s)(?<!,)for\s+(?:those|countries|nations|governments|states)"
    r"|(?:is|are|being)\s+(?:the\s+)?(?:most|least"
    r"|highest|lowest|worst|best)"
    r"|are\s+those|is\s+defined|next\s+year|(?:some|several|many|most|one|two|three)\s+of"
    # "worked with a Tier 1 partner": the tier of someone else, not of the subject
    r"|partners?|ally|allies|neighbou?rs?|peers?|counterparts?|donors?|members?)\b"
)
# An earlier tier: "from Tier 3", "after two years on the Watch List", "was on … until".
PREVIOUS_BEFORE = (
    r"(?:\b(?:after|following|follows|followed)\s+(?:\S+\s+){1,3}?years?\s+"
    r"(?:in\s+which|when|during\s+which)\s[^.;]*?\b(?:on|in|to)\s+(?:the\s+)?\Z|"
    r"\b(?:a|one|two|three|\d+)\s+years?\s+after\s[^.;]*?\b(?:on|in|to)\s+(?:the\s+)?\Z)|"
    r"(?:\bfrom\s+(?:(?:the|its|their|a)\s+)?(?:(?:last|previous|prior)\s+year's\s+)?[\"']?|\bto\s+leave\s+(?:the\s+)?|"
    r"\b(?:lost|loses|losing|lose)\s+(?:its\s+|their\s+|the\s+)?|"
    # "returned to Tier 1 after a one-year drop to Tier 2"
    r"\b(?:after|following)\s+an?\s+(?:(?:brief|short|temporary|one-year|two-year|year-long)\s+)?"
    r"(?:drop|fall|slip|slide|stint|spell|demotion|downgrade)\s+(?:to|on|onto|into)\s+(?:the\s+)?|"
    r"\b(?:after|spending|spent|(?<!the\s)following)\s+(?:\S+\s+){1,3}?(?:years?\s+)?"
    r"(?:on|in)\s+(?:the\s+)?|\b(?:had\s+been|was\s+previously|previously,?|formerly,?|"
    r"used\s+to\s+be)\s+(?:\S+\s+){0,3}?)\Z"
)
# The same, looked for in the few words before a tier only: "lifted Thailand out of Tier 3"
# left that tier (but "kept it off Tier 3" never was on it).
EXIT_BEFORE = (
    r"\b(?:lifted|lifts|lift|moved|moves|move|climbed|climbs|climb|rose|rises|came|comes|got|"
    r"gets|taken|took|pulled|pulls|brought|brings|dragged)\s+(?:\S+\s+){0,3}?(?:out\s+of|off)\s+"
    r"(?:the\s+)?\Z"
)
# The earlier-tier words of a change: the year said with them is the change's.
CHANGE_FROM = r"\b(?:from|leave|lost|loses|losing|lose|out\s+of|off)\b"
PREVIOUS_AFTER = (
    r"\s+(?:(?:every|each)\s+year\s+)?(?:until|till|before)\s+"
    r"(?:last\s+year|this\s+year|\d{4}|recently)\b"
)
# Between an earlier tier and the tier it changed to: "from Tier 3 to Tier 2", "from a Tier 2
# Watch List country to a Tier 2 country".
FROM_TO = (
    r"\A[\"']?\s*(?:(?:country|countries|nations?|governments?|ranking|status|category|level)\s+)?(?:(?:in|for)\s+\d{4}\s+)?(?:,\s*)?"
    r"(?:up\s+|down\s+|back\s+)?(?:to|into|onto)\s+(?:the\s+|a\s+)?[\"']?\Z"
)
STATED_AFTER = (
    r"\s*,?\s*(?:where|on\s+which|in\s+which)\s+(?:it|the\s+country|they)\s+(?:had\s+)?"
    r"(?:been|was|were|stood|sat|remained)\s+(?:in|(?P<since>since))\s+(?P<year>(?:19[5-9]\d|20\d\d))"
)
GENERIC_AFTER = r"(?!)"
# A span given in a relative clause: "…, where it had stayed three years from 2004 to 2006".
RANGE_AFTER = (
    r"\s*,\s*(?:where|when|in\s+which|on\s+which)\s[^,;]*?\b(?:from|spent|spending)\s+"
    r"(?P<first>(?:19|20)\d\d)\s+(?:to|through|until|and)\s+(?P<last>(?:19|20)\d\d)"
)

# -- Years ----------------------------------------------------------------------------------
YEAR = r"(?<![\w.-])(?:19[5-9]\d|20\d\d)(?![\w-])"
# A plain number that may be a year, and so is never a count.
YEAR_LIKE = r"1[789]\d\d|20\d\d"
# The countries of the tier stated before: "The same three were Special Cases in 2019".
# A plural subject that names the countries the sentence before ended with ("…: A, B and C.
# Each was ranked …", "Both remain on Tier 3").
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
PLURAL_SUBJECT = (
    rf"^(?:each|both|all(?:\s+{_FEW})?|the\s+{_FEW}|these(?:\s+{_FEW})?|they|those(?:\s+{_FEW})?)"
    r"(?:\s+of\s+them|\s+"
    r"(?:countries|governments|nations|states))?\s+(?:was|were|is|are|remain\w*|stay\w*|ha[sd]|"
    r"have|fell|moved|rose|dropped|received|got|earned|landed|sits?|sat|been|also|again|now|"
    r"still)\b"
)
SAME_AS_BEFORE = r"\bthe\s+same\s+(?:countries|governments|ones|two|three|four|five|six)\b"
# The report's own year, written beside it ("the 2019 TIP report", "its 2019 ranking").
REPORT_YEAR = (
    rf"(?P<a>{YEAR})(?:\s*[-–]?\s*|'s\s+)(?:u\.s\.\s+)?(?:state\s+department\s+)?"
    r"(?:annual\s+)?(?:tip|trafficking\s+in\s+persons|report|ranking|rankings|edition|tier)"
    rf"|\b(?:report|edition)\s+(?:of|for)\s+(?P<b>{YEAR})"
)
# "Unlike in 2019, when it was on the Watch List, …": the year a when-clause is about.
# ("… stayed on the Watch List until 2013, when it fell to Tier 3": the change's year.)
YEAR_WHEN = (
    rf"\b(?:in|by|since|until|till|to)\s+(?:the\s+)?(?P<year>{YEAR})(?:\s+report)?\s*,\s*"
    r"when\s[^,;]*\Z"
)
# "In 2019, X fell to …", "X, which in 2019 fell to …"; and "… Tier 3 in 2019".
IN_YEAR = (
    rf"\b(?:in|for|by|as\s+recently\s+as|as\s+late\s+as|back\s+in|through)\s+(?P<year>{YEAR})\b"
)
RELATIVE_YEARS = {
    r"(?<!the\s)(?<!over\s)\blast\s+year\b(?!'s)": -1,
    # "Prior to this year, A had been on Tier 2": the year before
    r"\b(?:prior\s+to|before|until|till)\s+(?:this|the\s+current)\s+year\b": -1,
    r"(?<!prior\sto\s)(?<!before\s)(?<!until\s)(?<!till\s)\b(?:this|the\s+current)\s+year\b": 0,
    r"\blast\s+year's\s+(?:tip\s+|trafficking\s+in\s+persons\s+)?(?:report|ranking)": -1,
    r"\btwo\s+years\s+(?:ago|earlier|before)\b": -2,
    r"\bthree\s+years\s+(?:ago|earlier|before)\b": -3,
}
# Words that make a text about the TIP report (a title's year is then the report's year).
REPORT_WORDS = r"\b(?:tip|trafficking\s+in\s+persons|tier|report|assessment|ranking)\b"
# Spans: "since 2020", "since the 2022 report", "for three years", "for the third
# consecutive year", "after two years on".
# Right after a tier, its own years: "in 2018 and 2019", "from 2014 to 2016", "in the 2018
# and 2019 reports", "between 2014 and 2016".
YEARS_AFTER = (
    rf"\s*,?\s+(?:(?:in|for)\s+(?:the\s+|its\s+)?(?P<pair_first>{YEAR})(?:\s+reports?)?\s+and\s+"
    rf"(?:again\s+)?(?:in\s+)?(?:the\s+)?(?P<pair_last>{YEAR})\b(?!\s*[-–])"
    rf"|(?:(?:for\s+(?:the\s+)?(?:\w+\s+){{1,3}}?years?\s*,?\s*)?(?:(?:in\s+)?(?:every|each)\s+(?:report|year)\s+)?(?:from|between)\s+(?:the\s+)?|(?:in|for)\s+(?=\d{{4}}\s*[-–]))(?P<span_first>{YEAR})"
    rf"(?:\s+reports?)?\s*(?:to|through|until|and|-|–)\s*(?:the\s+)?(?P<span_last>{YEAR}))"
)
# Three or more years listed right after a tier: "in 2017, 2018 and 2019", "in the 2017, 2018
# and 2019 reports".
YEARS_LIST_AFTER = (
    rf"\s*,?\s+(?:in|for)\s+(?:the\s+|its\s+)?(?P<years>{YEAR}(?:\s*,\s*{YEAR})+\s*,?\s*and\s+"
    rf"{YEAR})\b(?!\s*[-–])"
)
# Just before a tier, its years: "…, from 2009 to 2012, on the Watch List".
YEARS_BEFORE = (
    rf"\b(?:from|between|spent|spending)\s+(?:the\s+)?(?P<first>{YEAR})(?:\s+reports?)?\s*(?:to|through|until|"
    rf"and|-|–)\s*(?:the\s+)?(?P<last>{YEAR})(?:\s+reports?)?\s*,?\s*(?:(?:on|in|at)\s+)?"
    r"(?:the\s+|a\s+)?\Z"
)
# The reports before the text's, opening the clause: "In the previous two reports, A was …".
EARLIER_REPORTS = (
    r"\s*in\s+(?:each\s+of\s+)?the\s+(?:(?:previous|last|past|prior|preceding)\s+(?P<a>\w+)|"
    r"(?P<b>\w+)\s+(?:previous|prior|preceding))\s+reports?\s*,?\s"
)
# A span that opens the clause: "Between 2017 and 2019, Algeria was on the Watch List".
YEARS_OPENING = (
    rf"\s*(?:from|between)\s+(?:the\s+)?(?P<first>{YEAR})(?:\s+reports?)?\s*(?:to|through|until|"
    rf"and|-|–)\s*(?:the\s+)?(?P<last>{YEAR})(?:\s+reports?)?\s*,?\s"
)
# What ends the clause such a span opens: "From 2016 to 2018 it trained judges, and …".
OPENING_BREAK = r";|,\s*(?:and|but|while|whereas|so|yet)\b"
# What ends a tier's phrase before a span said after it: "remained on Tier 2, increasing
# convictions for a second consecutive year" (the span is the convictions').
SPAN_BREAK_AFTER = r";|\b(?:and|but|while|whereas)\b|,\s*\w+ing\b"
# "the first time … since 2016": the year it was last there, not a span up to now.
FIRST_TIME = r"\bfirst\s+time\b"
SINCE_BEFORE = r"\bsince\s+(?:the\s+)?\Z"
SINCE_YEAR = (
    r"\b(?:since\s+(?:the\s+|its\s+|their\s+|(?:it|they)\s+(?:was|were|had\s+been)\s+(?:\w+\s+){1,2}?"
    r"in\s+(?:the\s+)?|"
    # "since the first report in 2001", "since its upgrade in 2006", "since being upgraded in 2006"
    r"(?:the|its|their)\s+(?:first\s+)?(?:report|ranking|rankings|upgrade|downgrade|promotion|"
    r"demotion|move|rise|fall)\s+(?:began\s+|started\s+|came\s+out\s+)?in\s+(?:the\s+)?|"
    r"being\s+(?:\w+\s+){1,3}?in\s+(?:the\s+)?)?"
    # "from 2012 onward"
    rf"|from\s+(?:the\s+)?(?={YEAR}(?:\s+reports?)?\s+(?:on|onwards?)\b))(?P<year>{YEAR})\b"
)
# Right after a tier, the reports it held it in: "in the last three reports" (to this one),
# "in each of the previous two reports" (before it).
REPORTS_AFTER = (
    r"\s+in\s+(?:each\s+of\s+|all\s+of\s+|every\s+one\s+of\s+|all\s+)?the\s+"
    r"(?:(?:last|past)|(?P<before>previous|prior|preceding))\s+(?P<count>\w+)\s+(?:tip\s+)?reports\b"
)
# "has been on Tier 1 for a decade" (not "for more than a decade").
DECADE_SPAN = r"\s+for\s+(?:a|the\s+(?:past|last))\s+(?:full\s+|whole\s+)?decade\b"
# The same, opening the sentence: "Since 2006, Colombia has been on Tier 1" (with a verb of
# staying between, not "Since 2016, A has moved up to Tier 2 twice").
SINCE_OPENING = (
    r"\s*(?:ever\s+)?since\s+(?:the\s+|its\s+|their\s+)?(?:(?:being|it\s+was|they\s+were)\s+"
    rf"(?:\w+\s+){{1,3}}?in\s+(?:the\s+)?)?(?P<year>{YEAR})(?:\s+(?:tip\s+)?report)?\s*,?\s"
)
STATIVE = (
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|remained|stayed|held|kept|sat|stood)\b|"
    r"\b(?:remains?|remained|stays?|stayed)\b"
)
# Since the first report (2001): "has been on Tier 1 since the first report", "in every report
# since the rankings began".
SINCE_FIRST = (
    r"\bsince\s+(?:the\s+)?(?:(?:very\s+)?first\s+(?:report|edition|ranking|one)\b(?!\s+in\b)|"
    r"(?:report|reports|ranking|rankings|tier\s+system)\s+(?:began|started|was\s+(?:created|"
    r"launched|first\s+published))\b(?!\s+in\b))"
)
# A span up to now from the year the tier is given: "moved to the Watch List in 2015 and has
# stayed there ever since".
SINCE_THEN = r"\b(?:ever\s+since|since\s+then|since)\s*(?:[.;]|\Z)"
SPAN_YEARS = (
    r"\b(?:for|after|spent|spending|follows|followed"
    r"|following)\s+(?:the\s+|its\s+|their\s+)?(?P<count>\w+)\s+(?:consecutive\s+|straight\s+"
    r"|full\s+)?years?\b"
)
# The span of a tier that still holds: "for the eighth consecutive year", "for three years".
# Also without "for", an ordinal with "consecutive" or "in a row": "the ninth consecutive year
# that Taiwan received …", "the 10th year in a row".
CURRENT_SPAN = (
    r"\b(?:for\s+(?:the\s+|a\s+)?(?:past\s+|last\s+)?|(?:the|its|an?)\s+(?=\w+\s+(?:(?:consecutive|"
    r"straight|successive)\s+year|year\s+in\s+a\s+row|year\s+running)\b))"
    r"(?P<count>\w+)\s+(?:consecutive\s+|straight\s+|full\s+"
    r"|successive\s+|running\s+)?years?\b(?!\s+(?:on|in)\s+(?:the\s+)?(?:tier|watch))"
)
# The span of an earlier tier, after it: "(had been) on the Watch List for nine years", "…
# for the previous three consecutive years".
PREVIOUS_SPAN_AFTER = (
    r"\s+for\s+(?:the\s+)?(?:previous\s+|past\s+|preceding\s+|prior\s+)?(?P<count>\w+)\s+"
    r"(?:consecutive\s+|straight\s+|successive\s+|full\s+)?years\b"
)
# A year as the label of the tier after it: "Tier 2 (2020: Tier 2 Watch List)", "2019 – Tier
# 3", "in the 2020 report: Tier 2", "last year: Tier 2 Watch List" (the year before the text's).
YEAR_LABEL = (
    rf"(?:(?<![\w,.-])(?:in\s+)?(?:the\s+)?(?P<year>{YEAR})(?:\s+(?:tip\s+)?(?:report|ranking))?"
    r"|\b(?:last|previous|prior)\s+year|\ba\s+year\s+(?:earlier|before)|\bthe\s+year\s+before)"
    r"\s*(?::|\s[-–—])\s*(?:the\s+)?\Z"
)
# "… stayed there": the tier just named, held on (in a main clause after an aside, or as the
# next sentence: "It stayed there in 2015 and 2016.", "The country remained there until 2018.").
STAYED_THERE = r"\b(?:stayed|remained|stays|remains)\s+there\b(?!\s+(?:for|to|as|with)\b)"
STAYED_THERE_OPENING = (
    r"\s*(?P<subject>it|the\s+country|the\s+government|the\s+kingdom|[A-Z][\w' -]{2,40}?)\s+"
    r"(?:then\s+|has\s+|had\s+)?(?:stayed|remained)\s+there\b"
)
STAYED_YEARS_AFTER = (
    rf"\s+(?:(?P<until>until|till)|(?P<through>through|to)|in)\s+(?:the\s+)?"
    rf"(?P<years>{YEAR}(?:\s*,\s*{YEAR})*(?:\s*,?\s*and\s+{YEAR})?)(?:\s+reports?)?\s*[.;]?\s*\Z"
)
# A span in brackets right after its tier: "Tier 2 Watch List (third year)", "Tier 1 (for
# the fifth consecutive year)", "Tier 3 (two years running)".
BRACKET_SPAN = (
    r"\s*\((?:for\s+)?(?:the\s+|a\s+|its\s+)?(?P<count>\w+)\s+(?:consecutive\s+|straight\s+|"
    r"successive\s+)?years?(?:\s+in\s+a\s+row|\s+running)?\s*\)"
)
# A span just before its tier: "its ninth consecutive year on Tier 1", "a third straight Tier 2
# ranking" (not "after two years on the Watch List", a tier before).
SPAN_BEFORE_TIER = (
    r"\b(?:the|its|an?|\w+['’]s)\s+(?P<count>\w+)\s+(?:consecutive|straight|successive)\s+"
    r"(?:years?\s+(?:on|in|at)\s+(?:the\s+)?)?\Z"
)
# "… in 2019 and stayed there in 2020": the same tier for one more year.
REPEATED_YEAR = (
    r"\b(?:(?:and\s+)?(?:stayed|remained|stays|remains|was\s+again)\s+(?:there|on\s+it)|"
    r"(?:a\s+ranking|a\s+tier|which|that)\s+it\s+(?:kept|retained|held|maintained))\s+"
    r"(?:in|for)\s+(?:the\s+)?(?P<year>(?:19[5-9]\d|20\d\d))\b"
)
# "…, where it stayed in 2016, 2017 and 2018": more years of the same tier.
STAYED_YEARS = (
    rf"\s*(?:in\s+(?:the\s+)?{YEAR}(?:\s+report)?\s*)?,\s*(?:where|on\s+which)\s+(?:it|they)\s+"
    rf"(?:stayed|remained|sat|stood)\s+(?:in|for)\s+(?:the\s+)?(?P<years>{YEAR}(?:\s*,\s*{YEAR})*"
    rf"(?:\s*,?\s*and\s+{YEAR})?)"
)
# A title whose year is an interim assessment's, a year after its report's.
# Countries and tiers listed in the same order: "A and B were on Tier 1 and Tier 2 respectively".
RESPECTIVELY = r"\brespectively\b"
INTERIM_TITLE = rf"(?P<year>{YEAR})\s+(?:trafficking\s+in\s+persons\s+|tip\s+)?interim\s+assessment"
# What ends a clause, so that an earlier tier does not reach across it.
CLAUSE_BREAK = r";|,\s*(?:while|whereas|but)\b"
# What ends the phrase of a tier, for a year written after it ("… report in 2019").
PHRASE_BREAK = (
    r"[,;]|\b(?:and|but|while|whereas|after|before|since|because|despite|amid|during|although|"
    r"though|unlike)\b"
)
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
# "for the 16th consecutive year": the report has come out every year since 2001.
ORDINALS.update({f"{n}th": n for n in range(4, 25)})
ORDINALS.update({"21st": 21, "22nd": 22, "23rd": 23})

# -- Numbers --------------------------------------------------------------------------------
DECIMAL_MARK = "."
GROUP_MARKS = ","
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12,
    "a million": 1_000_000, "half a million": 500_000, "a quarter of a million": 250_000,
    "a billion": 1_000_000_000, "half a billion": 500_000_000, "a thousand": 1_000,
}  # fmt: skip
SCALES = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    "k": 1_000, "hundred": 100,
}  # fmt: skip
CURRENCIES_BEFORE = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR",
                     "KZT": "KZT", "₸": "KZT", "£": "GBP"}  # fmt: skip
CURRENCIES_AFTER = {"dollars": "USD", "USD": "USD", "euros": "EUR", "euro": "EUR",
                    "EUR": "EUR", "tenge": "KZT", "KZT": "KZT", "₸": "KZT",
                    "Kazakhstani tenge": "KZT", "Kazakh tenge": "KZT", "baht": "THB",
                    "rubles": "RUB", "roubles": "RUB", "pounds": "GBP", "som": "KGS",
                    "soms": "KGS", "sum": "UZS", "soum": "UZS"}  # fmt: skip
PERCENT = r"(?:%|\s*percent\b|\s*per\s+cent\b)"
QUALIFIERS = {
    "an estimated": "estimated", "estimated": "estimated", "nearly": "nearly",
    "almost": "nearly", "more than": "more than", "over": "more than", "about": "about",
    "approximately": "about", "around": "about", "roughly": "about", "some": "about",
    "at least": "at least", "up to": "up to", "fewer than": "less than",
    "less than": "less than", "under": "less than", "just over": "more than",
    "just under": "less than",
}  # fmt: skip
# "One" counts only after these ("convicted only one defendant"; not "one victim testified").
WEAK_NUMBER_CUE = r"\b(?:only|just|a\s+total\s+of|total\s+of|exactly)\s+\Z"
# A noun after these is not counted: "the rate of convictions rose from 12 to 19".
NOT_A_COUNT_OF = r"\b(?:rate|rates|share|proportion|percentage|ratio|number\s+per)\s+of\s+\Z"
# What a figure counts: a word (singular or plural) and the unit it is given under.
COUNTED = {
    "people": "people", "person": "people", "persons": "people", "individuals": "people",
    "individual": "people", "adults": "people", "men": "people", "women": "people",
    "victims": "victims", "victim": "victims", "survivors": "victims", "survivor": "victims",
    "children": "children", "child": "children", "minors": "children", "girls": "children",
    "boys": "children", "youths": "children",
    "workers": "workers", "worker": "workers", "laborers": "workers", "labourers": "workers",
    "employees": "workers", "migrants": "migrants", "migrant": "migrants",
    "refugees": "refugees", "asylum-seekers": "refugees", "seekers": "refugees",
    "officials": "officials", "official": "officials", "officers": "officials",
    "police": "officials", "prosecutors": "officials", "judges": "officials",
    "inspectors": "officials", "lawmakers": "officials", "stakeholders": "people",
    "participants": "people", "students": "people", "citizens": "people",
    "nationals": "people", "foreigners": "people", "residents": "people",
    "traffickers": "traffickers", "trafficker": "traffickers", "suspects": "suspects",
    "suspect": "suspects", "defendant": "defendants",
    "offenders": "traffickers", "accomplices": "people",
    "defendants": "defendants", "perpetrators": "traffickers",
    "cases": "cases", "case": "cases", "situations": "cases", "incidents": "cases",
    "crimes": "cases", "offenses": "cases", "offences": "cases", "reports": "cases",
    "investigations": "investigations", "investigation": "investigations",
    "prosecutions": "prosecutions", "prosecution": "prosecutions",
    "convictions": "convictions", "conviction": "convictions",
    "arrests": "arrests", "referrals": "referrals", "referral": "referrals",
    "indictments": "prosecutions",
    "calls": "calls", "contacts": "calls", "texts": "calls",
    "shelters": "shelters", "shelter": "shelters", "centers": "shelters",
    "centres": "shelters", "countries": "countries", "country": "countries",
    "governments": "governments", "government": "governments", "territories": "countries",
    "jurisdictions": "countries", "nations": "countries", "states": "countries",
    "organizations": "organizations", "organisations": "organizations", "ngos": "organizations",
    "families": "families", "households": "families", "trainings": "trainings",
    "companies": "companies", "businesses": "companies", "employers": "companies",
    "inspections": "inspections", "raids": "inspections", "slaves": "people",
}  # fmt: skip
COUNTED_STEMS: dict[str, str] = {}
# People named by their country: "507,000 Eritreans", "1,000 Kazakhstanis".
COUNTED.update(
    (name.lower() + "s", "people")
    for name in DEMONYMS
    if " " not in name and not name.endswith(("ese", "sh", "ch", "ss", "s", "z", "i"))
)
COUNTED.update({"kazakhstanis": "people", "uzbekistanis": "people", "tajiks": "people",
                "kyrgyz": "people", "filipinos": "people", "thais": "people"})  # fmt: skip
# Words that may stand between a number and what it counts ("85 suspected trafficking
# victims") are any but these, which end the search.
NOT_BETWEEN = frozenset(
    "of in on at to for from with by but the a an is are was were be been has have had "
    "that which who whom this these those it its their there than as per each every year years "
    "month months day days week weeks hour hours minute minutes time times percent old aged "
    "age ages".split()
)
COPULAS = frozenset("were was are is".split())
# A number after one of these is a name, a date or a rank, not a count.
NOT_A_COUNT_BEFORE = (
    r"(?:\b(?:tier|article|articles|art\.|section|sections|no\.|nos\.|number|law|laws|"
    r"resolution|decree|order|chapter|paragraph|page|pages|p\.|pp\.|code|protocol|convention|"
    r"act|proclamation|decision|footnote|note|call|dial|hotline|line|covid-|phase|level|"
    r"grade|class|round|version|volume|vol\.|item|point|step|rule|annex|appendix|district|"
    r"room|building|street|route|flight|aged|age|ages|under|over\s+age)\s*|[#№+])\Z"
)
# After these, the numbers listed with the first are not counts either ("aged 27 and 41").
LISTED_NOT_A_COUNT = (
    r"\b(?:aged|ages|age|between|articles|sections|nos\.|paragraphs|pages|age\s+from|"
    r"age\s+between)\s*\Z"
)
# A ratio or an age, not a count: "one in four victims", "three out of five", "in age from 12".
RATIO_BEFORE = r"(?:\b(?:one|\d+)\s+in|\bout\s+of|\bage[sd]?\s+(?:from|between|of))\s*\Z"
# A number before one of these is an age, a duration, a range or a phone number.
NOT_A_COUNT_AFTER = (
    r"(?:\s*[-–/:]\s*\d|-year|\s+years?\s+old|\s+(?:years?|months?|weeks?|days?|hours?"
    r"|minutes?|times)\b|\.\d|\s*\)|\s+or\s+(?:more|fewer|older|younger)\b)"
)
# A number without its noun takes the noun of the number before it in these places.
# A number word after these refers to things named before: "the five Central Asian countries".
REFERRING = r"\b(?:the|these|those)\s+(?:same\s+|other\s+|first\s+|last\s+|remaining\s+)?\Z"
OF_THE = r"\s+of\s+(?:the|all|these|those|its|their|our|his|her)\s+"
RANGE_TO = r"\s*(?:to|-|–|or)\s*"
OF_THESE = r"\b(?:of\s+(?:these|them|those|whom|which)|among\s+(?:them|these|those|whom))\b"
COMPARISON_BEFORE = (
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing|rose|fell|grew)?\s*from|"
    r"\bfrom\s+[\d,.]+[^.;]{0,40}?\bto|"
    r"\bcompared\s+(?:with|to)|\bversus|\bvs\.|\bthan|\bagainst|\band|\bor|,|\bwhile|"
    r"\bwhereas|\bincluding|\()\s*\Z"
)
INHERIT_AFTER = (
    r"\A(?:\s*(?:$|[,;.)]|(?:were|was|are|is|in|of|a|the|last|during|from|to|compared|came"
    r"|had|have|more|fewer|and|or|on)\b))"
)

# -- Observances ----------------------------------------------------------------------------
OBSERVANCE_HEADS = r"(?:Day|Week|Month|Year)"
OBSERVANCE_CONNECTORS = frozenset("of and for against in the on to".split())
# After its head word (Day, Month), a name goes on only after these ("Day against …").
OBSERVANCE_CONTINUERS = frozenset("of for against to".split())
# A named day or month is an observance when its name holds one of these (case-sensitive).
OBSERVANCE_WORDS = (
    "Trafficking", "Slavery", "Freedom", "Abolition", "Anti-Slavery", "Anti-Trafficking",
    "Awareness", "Prevention", "Migrants", "Refugee", "Refugees",
    "Human Rights", "Child", "Children", "Women", "Girl", "Victims", "Remembrance", "Blue",
    "Elimination", "Violence", "Exploitation", "Forced",
)  # fmt: skip
# A name begins at the first of these, when it has one ("Senate Approves Resolution to
# Establish National Slavery … Month" is the title of a news item).
OBSERVANCE_STARTS = frozenset(
    "National International World Global Universal State Statewide Human Anti-Slavery "
    "Anti-Trafficking".split()
)
# Capitalised words before a name that are not part of it.
NOT_IN_NAME = frozenset(
    "The This That These On During Each Every Today In For Happy Our As Since Of And A An "
    "Annual Celebrate Mark Marking Observe Observing Proclaim January February March April May "
    "June July August September October November December Now Therefore While At Its Their "
    "Yesterday Tomorrow".split()
)
# Nor an observance without one of these.
OBSERVANCE_CUES = r"Day\b|Week\b|Month\b|Year\b|DAY\b|WEEK\b|MONTH\b|YEAR\b"
OBSERVANCE_CUES_CASED = True
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}  # fmt: skip
# Observances by fixed name, for languages whose names are translated (English: none).
OBSERVANCE_NAMES: dict[str, tuple[str, int | None]] = {}

# -- Sentences ------------------------------------------------------------------------------
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g "
    "i.e etc vs art gen gov sen rep prof jr sr inc ltd co corp dept govt approx fig vol pp p "
    "a.m p.m d.c u.s.a est intl jan.".split()
)

# A source named before the clause ("according to …,"): its countries are not subjects.
ATTRIBUTION = r"\baccording\s+to\b[^,;]*,"
