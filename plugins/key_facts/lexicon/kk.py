"""Kazakh word lists of the key-facts grammar (rules in core.py; see en.py for what each is).

Kazakh adds case endings to words and numbers ("2-деңгейде", "Қазақстанның", "86-сы",
"4 мыңнан"): countries are stems with a closed list of endings, tiers, scales and counted
nouns take any ending, and an earlier tier is the one in the ablative ("2-деңгейден").
"""

from . import en as _en

_LETTERS = "а-яәғқңөұүһіё"
_ENDING = rf"[{_LETTERS}]*"

# -- Tiers ----------------------------------------------------------------------------------
# "денгей": "ң" typed as "н", as on a keyboard without Kazakh letters.
_LEVEL = rf"де[ңн]гей{_ENDING}"
# Only the genitive (or "-лі") of tier 2 belongs to the Watch List's name: "2-деңгейдің бақылау
# тізімі". An ablative before it is the tier it left: "2-деңгейден бақылау тізіміне".
_OF_TWO = r"(?:2\s*-\s*(?:ші\s+)?|екінші\s+)де[ңн]гей(?:дің|лі)?\s+"
_WATCH = rf"(?:{_OF_TWO})?(?:бақылау|қадағалау)\s+тізім{_ENDING}"
# "2-деңгей", "2-ші деңгей", "екінші деңгейге": a digit, a digit with "-ші", or a word.
_NTH = r"\s*-\s*(?:ші\s+|шы\s+)?"
_ROMAN_NTH = r"(?:\s*-\s*(?:ші\s+)?|\s+)"
# "the lowest tier" is Tier 3, unless it is the lowest level of a count ("саны ең төменгі
# деңгейге дейін түсті").
_LOWEST = (
    r"(?<!сан[ыі]\s)(?<!көрсеткіші\s)(?<!\w)ең\s+төменгі\s+де[ңн]гей(?:де|ге|і|ін|ден)?(?!\w)"
    r"(?!\s+дейін)"
)
_ENGLISH_TIERS = [
    (r"\bTier\s*(?:2|II|Two)\s*(?:[-–]\s*)?(?:Watch\s*List|WL)\b", "Tier 2 Watch List"),
    (r"\bTier\s*(?:1|I|One)\b(?!\s*[-–]?\s*\d)", "Tier 1"),
    (r"\bTier\s*(?:2|II|Two)\b(?!\s*[-–]?\s*\d)", "Tier 2"),
    (r"\bTier\s*(?:3|III|Three)\b(?!\s*[-–]?\s*\d)", "Tier 3"),
]
TIERS = [
    # The report's own English words, as news quote them: "в группе Tier 3", "Tier 2 Watch List".
    *_ENGLISH_TIERS,
    (_WATCH, "Tier 2 Watch List"),
    (rf"(?<![\d,.])1{_NTH}{_LEVEL}", "Tier 1"),
    (rf"(?<![\d,.])2{_NTH}{_LEVEL}", "Tier 2"),
    (rf"(?<![\d,.])3{_NTH}{_LEVEL}", "Tier 3"),
    # Roman numerals, typed in Latin I or Kazakh І: "II деңгей".
    (rf"(?<![\w-])[IІ]{{3}}{_ROMAN_NTH}{_LEVEL}", "Tier 3"),
    (rf"(?<![\w-])[IІ]{{2}}{_ROMAN_NTH}{_LEVEL}", "Tier 2"),
    (rf"(?<![\w-])[IІ]{_ROMAN_NTH}{_LEVEL}", "Tier 1"),
    (rf"(?<!\w)бірінші\s+{_LEVEL}", "Tier 1"),
    (rf"(?<!\w)екінші\s+{_LEVEL}", "Tier 2"),
    (rf"(?<!\w)үшінші\s+{_LEVEL}", "Tier 3"),
    (_LOWEST, "Tier 3"),
    (rf"(?<!\w)ерекше\s+жағдай{_ENDING}", "Special Case"),
]
# The ablative ending of a tier makes it the earlier one: "2-деңгейден … төмендетілді".
PREVIOUS_SUFFIX = r"(?:ден|дан|нан|нен|тан|тен)\Z"

# A sentence with none of these holds no tier, and is not read for one.
TIER_CUES = r"деңгей|денгей|бақылау|қадағалау|ерекше|tier"

# -- Countries ------------------------------------------------------------------------------
_STEMS = {
    "Kazakhstan": "Қазақстан", "Uzbekistan": "Өзбекстан", "Tajikistan": "Тәжікстан",
    "Turkmenistan": "Түрікменстан", "Kyrgyz Republic": "Қырғызстан",
    "Afghanistan": "Ауғанстан", "Russia": "Ресей", "China": "Қытай", "Iran": "Иран",
    "Belarus": "Беларусь", "Ukraine": "Украина", "Turkey": "Түркия", "Georgia": "Грузия",
    "Armenia": "Армения", "Azerbaijan": "Әзербайжан", "Mongolia": "Моңғолия",
    "India": "Үндістан", "Pakistan": "Пәкістан", "Bahrain": "Бахрейн", "Malaysia": "Малайзия",
    "Thailand": "Тайланд", "United Arab Emirates": "БАӘ", "United States": "АҚШ",
    "North Korea": "КХДР", "Germany": "Германия", "South Korea": "Оңтүстік Корея",
    "Eritrea": "Эритрея", "Cuba": "Куба", "Syria": "Сирия", "Burma": "Мьянма",
    "Saudi Arabia": "Сауд Арабия", "Moldova": "Молдова",
    "France": "Франция", "United Kingdom": "Ұлыбритания", "Italy": "Италия",
    "Spain": "Испания", "Poland": "Польша", "Lithuania": "Литва", "Latvia": "Латвия",
    "Estonia": "Эстония", "Japan": "Жапония", "Israel": "Израиль", "Iraq": "Ирак",
    "Libya": "Ливия", "Yemen": "Йемен", "Somalia": "Сомали", "Sudan": "Судан",
    "Venezuela": "Венесуэла", "Nicaragua": "Никарагуа", "Qatar": "Катар", "Kuwait": "Кувейт",
    "Oman": "Оман", "Vietnam": "Вьетнам", "Laos": "Лаос", "Cambodia": "Камбоджа",
    "Indonesia": "Индонезия", "Philippines": "Филиппин", "Bangladesh": "Бангладеш",
    "Nepal": "Непал", "Nigeria": "Нигерия", "Canada": "Канада", "Mexico": "Мексика",
    "Brazil": "Бразилия", "Egypt": "Мысыр", "Norway": "Норвегия", "Lebanon": "Ливан",
}  # fmt: skip
# Other spellings in use: "Түркіменстан" beside "Түрікменстан", "Таиланд" beside "Тайланд".
_VARIANTS = {
    "Түркіменстан": "Turkmenistan", "Таиланд": "Thailand", "Ауғаныстан": "Afghanistan",
    "Біріккен Араб Әмірліктер": "United Arab Emirates", "Корея Республика": "South Korea",
    "Ресей Федерация": "Russia", "Қазақстан Республика": "Kazakhstan",
    "Филиппиндер": "Philippines", "Солтүстік Корея": "North Korea",
    "Әзірбайжан": "Azerbaijan", "Гүржістан": "Georgia", "ҚХР": "China",
    "Америка Құрама Штаттар": "United States", "Құрама Штаттар": "United States",
}  # fmt: skip
_MULTIWORD = {"Kyrgyz Republic": "Қырғыз Республика"}
# Case and possessive endings (with their vowel and consonant variants), and "-дағы".
_ENDINGS = (
    "", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е",
    "ды", "ді", "ты", "ті", "ны", "ні", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден",
    "тан", "тен", "нан", "нен", "мен", "бен", "пен", "дағы", "дегі", "тағы", "тегі", "ндағы",
    "ндегі", "сы", "сі", "ы", "і", "сының", "сында", "сына", "сынан", "сын", "ның", "інің",
    "інде", "іне", "інен", "ін", "ының", "ында", "ына", "ынан", "ын", "сінің", "сінде", "сіне",
    "-тың", "-тің", "-қа", "-ке", "-та", "-те", "-тан", "-тен", "-пен", "-тағы", "-тегі",
)  # fmt: skip
COUNTRIES: dict[str, str] = {}
for _canonical, _stem in [
    *_STEMS.items(),
    *_MULTIWORD.items(),
    *((c, f) for f, c in _VARIANTS.items()),
]:
    for _ending in _ENDINGS:
        COUNTRIES.setdefault(_stem + _ending, _canonical)
for _form, _canonical in list(COUNTRIES.items()):
    COUNTRIES.setdefault(_form.upper(), _canonical)

INSTITUTION_AFTER = r"(?:-?\w*\s+)?(?:елшілі\w*|мемлекеттік\s+департамент\w*|департамент\w*)"
INSTITUTION_BEFORE = r"(?!)"
DEMONYMS: dict[str, str] = {}
DEMONYM_BEFORE = r"(?!)"
PREPOSITIONS = frozenset()
OF_WORD = None
OF_OWNERS = frozenset()
# "ел", "үкімет"; and "еліміз" (our country), as Kazakh news name Kazakhstan. Kazakh also
# drops a subject the sentence before named: "Қазақстан 2-деңгейге көтерілді. Бұған дейін екі
# жыл қатарынан бақылау тізімінде еді." A sentence that opens so, with no country, "ел" or
# government before its tier, refers as "ел" would (a count after it, "Биыл 3-деңгейде 21 ел
# бар", is no ranking: see UNREAL_AFTER).
_DROPPED_SUBJECT = (
    r"\A(?=(?:Бұған\s+дейін|Одан\s+бұрын|Бұрын|Сондай-ақ|Сондықтан|Осылайша|Нәтижесінде|Биыл|"
    r"Былтыр|Өткен\s+жылы|(?:19|20)\d\d\s*жылы)\s"
    r"(?![^.;]*(?<!\w)(?:ел|елдер|елде|мемлекет|үкімет)\w*))"
)
ANAPHORA = (
    rf"(?<!\w)(?:ел|елі|еліміз{_ENDING}|мемлекет|мемлекеті|үкімет{_ENDING}|республика{_ENDING})"
    r"(?!\w)"
    rf"|{_DROPPED_SUBJECT}"
)
# A participle before "ел" makes it any country: "… тізімінде тұрған ел".
GENERIC_AFTER = r"(?!)"
# "Осы үш ел" (these three countries) is no one country, as "12 ел" is not.
GENERIC_BEFORE = (
    r"(?:\d[\d\s]*\s+|\w+(?:ған|ген|қан|кен|атын|етін|йтін|итын)\s+|(?<!\w)(?:екі|үш|төрт|бес|"
    r"алты|жеті|сегіз|тоғыз|он|бірнеше|көптеген|барлық)\s+)\Z"
)
ANAPHORA_NOUN = r"(?!)"
SUBORDINATORS = frozenset()
# "3-деңгейдегі елдер қатарында Ресей, Қытай және Түрікменстан бар": the list after
# "among the countries"; "… — 3-деңгейдегі елдер." names no list, and keeps its subjects.
CLASS_NOUNS = r"(?:ел|елдер|мемлекет\w*|үкімет\w*)\s+(?:қатарында|қатарына|арасында)\s+"
# "Қазақстан 2-деңгейдегі елдер қатарында қалды" (stayed among the Tier 2 countries): the
# class is the subject's predicate, so the subject keeps the tier.
LIST_NOUNS = (
    r"(?:ел|елдер|мемлекеттер)\s+(?:қатарында|қатарына|санатында)\s+"
    r"(?=(?:қалды|қалып|тұр|тұрды|енді|енгізілді|кірді|болды)(?!\w))"
)
COPULA_BEFORE = r"(?!)"
# And a tier put first, its countries then its verb: "3-деңгейде Ресей, Қытай және
# Түрікменстан қалды" (a name followed by a noun, "Қазақстанның көршілері", is not a list).
# (Capitals case-sensitive: the grammar's patterns ignore case.)
_CAPITAL = r"(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])"
_NAME = rf"{_CAPITAL}[\w-]*"
LIST_OPENERS = (
    rf"(?:\s*:\s*|\s*\(\s*|\s*[-–—]\s*|(?<=\s)(?={_CAPITAL})|"
    rf"\s+(?=(?:{_NAME}(?:\s+{_NAME})?(?:,\s*|\s+(?:және|мен|пен|бен)\s+))*{_NAME}"
    rf"(?:\s+{_NAME})?\s+(?:да\s+|де\s+)?(?:қалды|тұр|тұрды|енді|түсті|көтерілді|"
    r"болды|енгізілді|жатқызылды)(?!\w)))"
)
ALONGSIDE = r"(?!)"
LIST_SEPARATOR = r"\s*(?:,\s*(?:және\s+)?|\s+және\s+|\s+мен\s+|\s+пен\s+|\s+бен\s+)"

UNREAL_BEFORE = (
    # "мақсаты — … 1-деңгейге көтерілу" (the aim is to rise), "көздеп отыр", "жоспарлап".
    r"(?<!\w)(?:автоматты\w*|егер|босату\w*|мүмкін|тиіс|керек|қажет|көздейтін|жетуді|"
    r"мақсат\w*|көздеп|жоспар\w*|үміттен\w*|келесі\s+(?:есеп|жыл)\w*|"
    # "…, ал көрші елдер 3-деңгейде": other countries' tier, not the subject's before.
    # (but "көрші елдер сияқты", like them, is the subject's too).
    r"(?:көрші|басқа|өзге|қалған)\s+(?:ел|мемлекет)(?:дер|тер)(?!\s+(?:сияқты|секілді|тәрізді))|"
    r"\w+(?:маса|месе|баса|бесе|паса|песе))(?!\w)"
)
# Up to the sentence's final verb, which governs the clauses joined to it by a comma ("Ел
# 2-деңгейге көтерілмей, … тұруы мүмкін"), but not past a finished clause: a past verb or a
# "but" before the comma ("… 2-деңгейде қалды, бірақ әлі де көп жұмыс істеу керек"). With the
# negations of reaching it ("2-деңгейге көтерілмеді", "жеткен жоқ", "көтерілмей"; but
# "2-деңгейі өзгерген жоқ" keeps it, a ranking). A kept tier ("2-деңгейін сақтап қалды") is a
# ranking; keeping it as a goal ("сақтау үшін") is not, nor is a count of countries on it,
# nor a tier of another's ("бақылау тізімінде Қазақстанның көршілері болды").
UNREAL_AFTER = (
    r"(?:(?!(?:ды|ді|ты|ті)\s*,|,\s*(?:бірақ|алайда|ал|дегенмен|және)(?!\w))[^.;:])*?"
    r"(?<!\w)(?:мүмкін|тиіс|керек|қажет|түседі|жатады|енеді|түсуден|сақтау\w*|"
    r"жетуді|жету|шығу|көтерілу|көтеру\w*|шығару\w*|міндет\w*|емес|"
    # A waiver after the tier: "3-деңгейге автоматты түрде төмендетуден босатылды".
    r"автоматты\w*|төмендету\w*|төмендетілу\w*|"
    # A forecast, a striving or a verb in the future: "… көтеріледі деп күтілуде", "түсіп
    # кетуі ықтимал", "жетуге ұмтылады", "шығатынына сенеді", "қалады деп болжанып отыр".
    r"ықтимал|күтіл\w*|болжа\w*|ұмтыл\w*|жетуге|шығатын\w*|сенеді|"
    r"көтеріледі|көтерілетін\w*|қалады|шығады|жетеді|төмендейді|түсетін\w*|"
    r"\d[\d\s]*\s+(?:ел|мемлекет)\w*|(?:бірнеше|көптеген)\s+ел\w*|"
    r"(?<=\s)(?-i:[А-ЯӘҒҚҢӨҰҮҺІ])\w*(?:ның|нің|дың|дің|тың|тің)\s+\w+|"
    r"(?:жет|көтеріл|түс|түсіріл|ен|енгізіл)(?:ме|пе|бе|ма|па|ба)(?:ді|ды|ген|ған|й)|"
    r"(?:жеткен|көтерілген|түскен|енген)\s+жоқ|"
    # "1-деңгейдегі елдерде де …" (in Tier 1 countries too): the tier of a class of countries,
    # not of one; but "A, B — 3-деңгейдегі елдер" (they are such) and "2-деңгейдегі елдердің
    # бірі" (one of them) are their countries'.
    r"(?<=(?:дегі|дағы|тегі|тағы)\s)(?:ел|мемлекет)(?:дер|тер)(?:де|те|ге|ке|ді|ті)(?!\w)"
    r"(?!\s+(?:қатар|арасын)))(?!\w)"
)
# The tier left in a year: "бақылау тізімінен 2021 жылы шықты" was the tier of the year before.
LEFT_AFTER = r"[^.;:,]*?(?<!\w)шық(?:ты|қан)"
PREVIOUS_BEFORE = (
    r"(?:(?<!\w)(?:бұған\s+дейін|(?<!жыл\s)бұрын|бұрынғы)\s[^.;]*?)\Z"  # not "екі жыл бұрын"
)
PREVIOUS_AFTER = r"(?!)"
STATED_AFTER = r"(?!)"
UNREAL_NEAR = r"(?!)"
CONDITIONAL_OPENERS = frozenset()
COORDINATION = r"(?!)"
RANGE_AFTER = r"(?!)"
WEAK_NUMBER_CUE = r"(?!)"
NOT_A_COUNT_OF = r"(?!)"
RATIO_BEFORE = r"(?!)"
FROM_TO = r"\A\s*\Z"

# -- Years ----------------------------------------------------------------------------------
YEAR = _en.YEAR
YEAR_LIKE = _en.YEAR_LIKE
SAME_AS_BEFORE = r"(?!)"
# "2023 жылғы есеп"; "2022 жылғы есептен бері" (since the 2022 report) starts a span instead.
REPORT_YEAR = rf"(?P<a>{YEAR})\s*(?:жылғы|ж\.)\s+(?:\S+\s+){{0,4}}?есе(?!птен\s+(?:бері|бастап))\w*"
IN_YEAR = rf"(?P<year>{YEAR})\s*(?:жылы|жылдың|жылғы|ж\.)"
# "2019 және 2020 жылдары": every year listed; "2019-2021 жылдары", "2019 жылдан 2021 жылға
# дейін": every year of the span.
# A year a hyphen may join to the next: "2019-2021".
_BARE_YEAR = r"(?:19[5-9]\d|20\d\d)"
YEARS_LISTED = (
    rf"(?<![\w.-])(?P<first>{_BARE_YEAR})\s*(?:(?:және|мен|,)\s*|(?P<through>[-–—]|жылдан\s+)\s*)"
    rf"(?P<second>{_BARE_YEAR})(?![\w-])\s*(?:жылдар{_ENDING}|жылға\s+дейін|жж\.)"
)
# "өткен жылы", and "өткен жылғы есеп" (last year's report); "биыл", "биылғы".
RELATIVE_YEARS = {
    r"(?<!\w)(?:өткен\s+жыл(?:ы|ғы)|былтыр(?:ғы)?)(?!\w)": -1,
    # "алдыңғы есепте" (the report before); "алдыңғы есепті кезең" is the reporting period.
    r"(?<!\w)алдыңғы\s+(?:жылғы\s+)?есеп(?!ті\s+кезең)\w*": -1,
    r"(?<!\w)биыл(?:ғы)?(?!\w)": 0,
    # "екі жыл бұрын" (two years ago): the year so many before the text's.
    r"(?<!\w)бір\s+жыл\s+бұрын": -1,
    r"(?<!\w)(?:екі|2)\s+жыл\s+бұрын": -2,
    r"(?<!\w)(?:үш|3)\s+жыл\s+бұрын": -3,
    r"(?<!\w)(?:төрт|4)\s+жыл\s+бұрын": -4,
    r"(?<!\w)(?:бес|5)\s+жыл\s+бұрын": -5,
}
REPORT_WORDS = r"(?:есеп|деңгей|саудасы)"
SINCE_YEAR = rf"(?P<year>{YEAR})\s*(?:жылдан|жылғы\s+есептен)\s+(?:бері|бастап)"
# The span's start comes before the tier: "2021 жылдан бері 2-деңгейде".
SINCE_BEFORE_TIER = True
SPAN_YEARS = r"(?<!\w)(?P<count>\w+)\s+жыл\s+(?:бойы|қатарынан)"
# A span does not cross a semicolon or a colon to a tier: "… екінші жыл қатарынан ең төменгі
# деңгейде тұр: екеуі де 2013 жылғы есепте 3-деңгейге түскен еді" (the later clause's one year).
OPENING_BREAK = r";|:\s"
SPAN_BREAK_AFTER = r";|:\s"
# Nor does a year stated after a semicolon or a colon belong to the tier before it.
YEARS_CLAUSE_END = r";|:\s"
# "үш жыл қатарынан", "төрт есепте қатарынан", and the other order, "қатарынан үшінші жыл".
# "соңғы үш жылда" (in the last three years), "соңғы үш есепте"; an ordinal after the tier:
# "бақылау тізімінде үшінші жыл тұр".
CURRENT_SPAN = (
    r"(?:(?<=қатарынан\s)|(?<=соңғы\s)|(?<!\w)(?=\w+\s+(?:жыл|есеп\w*)\s+(?:бойы|қатарынан))|"
    r"(?<!\w)(?=(?:екінші|үшінші|төртінші|бесінші)\s+жыл(?:ы)?(?!\w)))"
    r"(?P<count>\w+)\s+(?:жыл\w*|есеп\w*|рет)(?!\w)"
)
# Countries and tiers listed in the same order: "A and B were on Tier 1 and Tier 2 respectively".
RESPECTIVELY = r"(?<!\w)тиісінше(?!\w)"
INTERIM_TITLE = r"(?!)"
# "2020 жылы да сонда қалды", "… осы тізімде қалды" (stayed there in 2020 too).
REPEATED_YEAR = (
    rf"(?P<year>{YEAR})\s*жылы\s+(?:да|де)\s+(?:сонда|онда|(?:сол|осы|бұл)\s+(?:тізімде|деңгейде))"
    r"\s+(?:қалды|болды|тұрды|қалған|болған)"
)
CLAUSE_BREAK = r";|,\s*(?:ал|бірақ)(?!\w)"
PHRASE_BREAK = r"[,;]|(?<!\w)(?:және|бірақ|ал)(?!\w)"
ORDINALS = {
    "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "екінші": 2,
    "үшінші": 3, "төртінші": 4, "бесінші": 5,
}  # fmt: skip

# -- Numbers --------------------------------------------------------------------------------
DECIMAL_MARK = ","
GROUP_MARKS = " "
# The ending a number or a scale takes: "86-сы", "100-ге", "4 мыңнан", "54%-ын".
NUMBER_SUFFIX = rf"(?:-(?!деңгей|бап|баб|жас|жыл)[{_LETTERS}]+)?"
SCALE_SUFFIX = _ENDING
NUMBER_WORDS: dict[str, int] = {}
SCALES = {"мың": 1_000, "млн": 1_000_000, "миллион": 1_000_000, "млрд": 1_000_000_000,
          "миллиард": 1_000_000_000}  # fmt: skip
CURRENCIES_BEFORE = {"$": "USD", "€": "EUR", "₸": "KZT"}
CURRENCIES_AFTER = {"доллар": "USD", "АҚШ доллары": "USD", "еуро": "EUR", "теңге": "KZT",
                    "₸": "KZT"}  # fmt: skip
PERCENT = rf"(?:\s?%(?:-[{_LETTERS}]+)?|\s*пайыз{_ENDING})"
QUALIFIERS = {"шамамен": "about", "жуық": "nearly", "кемінде": "at least"}
COUNTED = {
    "ел": "countries", "елдер": "countries", "елде": "countries", "елдің": "countries",
    "елдерде": "countries", "елдерден": "countries", "елге": "countries", "іс": "cases",
    "іске": "cases", "істер": "cases", "істі": "cases", "істен": "cases", "істің": "cases",
    "істерді": "cases", "істердің": "cases", "істерден": "cases", "істерге": "cases",
    "істерде": "cases",
}  # fmt: skip
COUNTED_STEMS = {
    "адам": "people", "кісі": "people", "құрбан": "victims", "жәбірленуш": "victims",
    "зардап": "victims", "бала": "children", "кәмелетке": "children", "мигрант": "migrants",
    "жұмысшы": "workers", "қызметкер": "officials", "шенеунік": "officials",
    "лауазымды": "officials", "полицей": "officials", "қылмыс": "cases", "тергеу": "investigations",
    "қудалау": "prosecutions", "үкім": "convictions", "қоңырау": "calls", "мемлекет": "countries",
    "үкімет": "governments", "саудагер": "traffickers", "баспана": "shelters",
    "қатысушы": "people", "оқушы": "people", "студент": "people", "азамат": "people",
    "әйел": "people", "ер адам": "people",
    "босқын": "refugees", "ұйым": "organizations", "күдікті": "suspects",
    # "112 құқықбұзушылық" (offences), "5 776 айыптау үкімі" (convictions).
    "құқықбұзушылық": "cases", "айыптау": "convictions", "жасөспірім": "children",
    "айыпталушы": "suspects", "сотталушы": "suspects",
}  # fmt: skip
NOT_BETWEEN = frozenset(
    "және мен пен бен немесе бірақ ал жыл жылы жылдан жылға жылғы ай айда күн күні сағат рет "
    "есе олардың оның бұл болды болған".split()
)
COPULAS = frozenset()
# "№ 410 бұйрық": an order's number, with or without the space.
NOT_A_COUNT_BEFORE = r"(?:(?<!\w)(?:бап\w*|нөмір\w*|шалыңыз)\s*|[#№+]\s*)\Z"
LISTED_NOT_A_COUNT = r"(?!)"
NOT_A_COUNT_AFTER = (
    # ("ай", a month, but not "айыптау үкімі", a conviction; "жас", an age, but not
    # "жасөспірім", a teenager)
    rf"(?:\s*[-–/:]\s*\d|-?\s*(?:деңгей|бап|баб|жас(?!өспірім)|жыл|ай(?!ыпт)|апта|күн|сағат|рет|есе|нөмір|"
    rf"бірыңғай|немесе)[{_LETTERS}]*(?!\w)|\s*\))"
)
OF_THESE = r"(?<!\w)(?:олардың|оның\s+ішінде|оның|соның\s+ішінде|бұл\s+көрсеткіш|саны)(?!\w)"
OF_THE = r"(?!)"
REFERRING = r"(?!)"
RANGE_TO = r"\s*(?:-|–)\s*"
COMPARISON_BEFORE = r"(?:(?<!\w)(?:ал|және|саны|көрсеткіш|орнына)|,|—|–)\s*\Z"
INHERIT_AFTER = r"\A(?:\s*(?:$|[,;.)—-]|(?:болды|болған|болды\.|еді)(?!\w)))"

# -- Observances ----------------------------------------------------------------------------
OBSERVANCE_HEADS = r"(?!)"
OBSERVANCE_CONNECTORS = frozenset()
OBSERVANCE_CONTINUERS = frozenset()
OBSERVANCE_WORDS = ()
OBSERVANCE_STARTS = frozenset()
NOT_IN_NAME = frozenset()
OBSERVANCE_NAMES = {
    rf"құлдықты\s+жоюдың\s+халықаралық\s+күн{_ENDING}": (
        "International Day for the Abolition of Slavery", 12),
    rf"адам\s+саудасына\s+қарсы\s+күрестің\s+бүкіләлемдік\s+күн{_ENDING}": (
        "World Day against Trafficking in Persons", 7),
    rf"құлдық\s+пен\s+адам\s+саудасының\s+алдын\s+алу\s+ұлттық\s+ай{_ENDING}": (
        "National Slavery and Human Trafficking Prevention Month", 1),
    rf"адам\s+саудасы\s+туралы\s+хабардар\s+болудың\s+ұлттық\s+күн{_ENDING}": (
        "National Human Trafficking Awareness Day", 1),
}  # fmt: skip
# Nor an observance without one of these.
OBSERVANCE_CUES_CASED = False
OBSERVANCE_CUES = r"күн|ай|апта"
MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}  # fmt: skip
MONTH_SUFFIX = _ENDING

ABBREVIATIONS = frozenset("ж жж т.б мыс".split())

# A source named before the clause ("according to …,"): its countries are not subjects.
ATTRIBUTION = (
    r"[^,;]*(?<!\w)(?:айтуынша|мәліметінше|мәліметі\s+бойынша|деректері\s+бойынша|"
    r"пікірінше|хабарлауынша|хабарлағандай)(?!\w)\s*,"
)
