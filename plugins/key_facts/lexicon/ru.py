"""Russian word lists of the key-facts grammar (rules in core.py; see en.py for what each is).

Russian inflects: tiers and countries are listed in every case ("уровень 2", "уровня 2",
"второго уровня"; "Казахстан", "Казахстана", "в Казахстане"), nouns that figures count by
their stems ("жертв", "жертвы", "жертвам").
"""

from . import en as _en

# -- Tiers ----------------------------------------------------------------------------------
_LEVEL = r"(?:уров\w*|категори\w*|групп\w*\s+стран|групп\w*)"
_SECOND = r"втор\w*"
_ORDINAL_ENDING = r"(?:й|го|му|м|ом|я|ю|ой|е)"
_WATCH = (
    r"(?:(?:спис\w*|переч\w*)\s+(?:для\s+)?(?:особого\s+)?наблюдени\w*|контрольн\w*\s+спис\w*|"
    r"(?:спис\w*|групп\w*)\s+стран,?\s+(?:находящ\w+\s+)?под\s+(?:особым\s+)?наблюдением)"
    rf"(?:\s+(?:{_LEVEL}\s+2|{_SECOND}\s+{_LEVEL}))?"
)
# "the lowest tier" is Tier 3, but "самый низкий уровень осуждений" is a count's lowest level:
# only a tier that ends its phrase, or is the report's, is read.
_LOWEST = (
    rf"\b(?:сам\w+\s+низк\w+|низш\w+)\s+{_LEVEL}"
    r"(?=\s*(?:[.,;:)—–]|\Z|\s+(?:(?:в|во|из|по\s+версии)\s+)?(?:доклад|отчет|рейтинг)))"
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
    # "уровня 2 (список наблюдения)", "уровня 2 в списке наблюдения", and the embassy's
    # heading "Категория 2 — контрольный список".
    (rf"\b{_LEVEL}\s*2\s*(?:[,(—–-]\s*|в\s+)?{_WATCH}\)?", "Tier 2 Watch List"),
    (rf"\b{_SECOND}\s+{_LEVEL}\s*(?:[,(]\s*|\s+в\s+){_WATCH}\)?", "Tier 2 Watch List"),
    (rf"\b{_WATCH}", "Tier 2 Watch List"),
    (rf"\b{_LEVEL}\s*(?:1|I)\b(?!\s*[-–]?\s*\d)", "Tier 1"),
    (rf"\b{_LEVEL}\s*(?:2|II)\b(?!\s*[-–]?\s*\d)", "Tier 2"),
    (rf"\b{_LEVEL}\s*(?:3|III)\b(?!\s*[-–]?\s*\d)", "Tier 3"),
    # An ordinal in digits with its case ending: "на 2-м уровне", "в 3-й категории".
    (rf"(?<![\d,.])1\s*-\s*{_ORDINAL_ENDING}\s+{_LEVEL}", "Tier 1"),
    (rf"(?<![\d,.])2\s*-\s*{_ORDINAL_ENDING}\s+{_LEVEL}", "Tier 2"),
    (rf"(?<![\d,.])3\s*-\s*{_ORDINAL_ENDING}\s+{_LEVEL}", "Tier 3"),
    (rf"\bперв\w*\s+{_LEVEL}", "Tier 1"),
    (rf"\b{_SECOND}\s+{_LEVEL}", "Tier 2"),
    # "третий уровень" as well as "третья категория", "третьей группе"
    (rf"\bтрет(?:ий|ь\w*)\s+{_LEVEL}", "Tier 3"),
    (_LOWEST, "Tier 3"),
    (r"\bособ\w*\s+случа\w*", "Special Case"),
]

# A sentence with none of these holds no tier, and is not read for one.
TIER_CUES = r"уров|категор|групп|наблюд|особ\w*\s+случа|контрольн|tier"

# -- Countries ------------------------------------------------------------------------------
# (canonical, nominative, how it declines): "m" Казахстан, "y" Китай, "soft" Израиль,
# "ia" Россия, "a" Украина, "f" Беларусь, "adj" Кыргызская Республика, "-" США.
_DECLENSIONS = {
    "m": ("", "а", "у", "ом", "е"),
    "y": ("й", "я", "ю", "ем", "е"),
    "soft": ("ь", "я", "ю", "ем", "е"),
    "ia": ("я", "и", "ю", "ей", "и"),
    "a": ("а", "ы", "е", "у", "ой"),
    "f": ("ь", "и", "ью"),
    "-": ("",),
}
_NAMES = [
    ("Kazakhstan", "Казахстан", "m"), ("Uzbekistan", "Узбекистан", "m"),
    ("Tajikistan", "Таджикистан", "m"), ("Turkmenistan", "Туркменистан", "m"),
    ("Kyrgyz Republic", "Кыргызстан", "m"), ("Kyrgyz Republic", "Киргизия", "ia"),
    ("Afghanistan", "Афганистан", "m"), ("Pakistan", "Пакистан", "m"),
    ("Azerbaijan", "Азербайджан", "m"), ("Iran", "Иран", "m"), ("Iraq", "Ирак", "m"),
    ("Vietnam", "Вьетнам", "m"), ("Sudan", "Судан", "m"), ("Nepal", "Непал", "m"),
    ("Thailand", "Таиланд", "m"), ("Bahrain", "Бахрейн", "m"), ("Kuwait", "Кувейт", "m"),
    ("Oman", "Оман", "m"), ("Yemen", "Йемен", "m"), ("Lebanon", "Ливан", "m"),
    ("Kazakhstan", "Казахстан", "m"), ("Qatar", "Катар", "m"), ("Cambodia", "Камбоджа", "a"),
    ("China", "Китай", "y"), ("Israel", "Израиль", "soft"), ("Russia", "Россия", "ia"),
    ("Georgia", "Грузия", "ia"), ("Armenia", "Армения", "ia"), ("Turkey", "Турция", "ia"),
    ("India", "Индия", "ia"), ("Indonesia", "Индонезия", "ia"), ("Malaysia", "Малайзия", "ia"),
    ("Germany", "Германия", "ia"), ("Italy", "Италия", "ia"), ("Spain", "Испания", "ia"),
    ("France", "Франция", "ia"), ("United Kingdom", "Великобритания", "ia"),
    ("Mongolia", "Монголия", "ia"), ("Syria", "Сирия", "ia"), ("Libya", "Ливия", "ia"),
    ("Eritrea", "Эритрея", "ia"), ("Norway", "Норвегия", "ia"), ("Somalia", "Сомали", "-"),
    ("Ukraine", "Украина", "a"), ("Moldova", "Молдова", "a"), ("Cuba", "Куба", "a"),
    ("Canada", "Канада", "a"), ("Burma", "Бирма", "a"), ("Belarus", "Беларусь", "f"),
    ("Belarus", "Белоруссия", "ia"), ("United States", "США", "-"),
    ("North Korea", "КНДР", "-"), ("China", "КНР", "-"), ("United Arab Emirates", "ОАЭ", "-"),
    ("Mali", "Мали", "-"), ("Chile", "Чили", "-"), ("Bangladesh", "Бангладеш", "-"),
    ("Laos", "Лаос", "m"), ("Burma", "Мьянма", "a"), ("Philippines", "Филиппины", "-"),
    ("Venezuela", "Венесуэла", "a"), ("Nicaragua", "Никарагуа", "-"),
    ("Latvia", "Латвия", "ia"), ("Lithuania", "Литва", "a"), ("Estonia", "Эстония", "ia"),
    ("Poland", "Польша", "a"), ("Japan", "Япония", "ia"), ("Egypt", "Египет", "-"),
    ("Turkmenistan", "Туркмения", "ia"), ("Nigeria", "Нигерия", "ia"),
    ("Mexico", "Мексика", "a"), ("Brazil", "Бразилия", "ia"), ("Singapore", "Сингапур", "m"),
    ("Sri Lanka", "Шри-Ланка", "a"), ("South Sudan", "Южный Судан", "m"),
    # Names the Tier 3 and Watch List lists of news reports carry.
    ("Algeria", "Алжир", "m"), ("Chad", "Чад", "m"), ("Burundi", "Бурунди", "-"),
    ("Zimbabwe", "Зимбабве", "-"), ("Mauritania", "Мавритания", "ia"),
    ("Guinea-Bissau", "Гвинея-Бисау", "-"), ("Djibouti", "Джибути", "-"),
    ("The Gambia", "Гамбия", "ia"), ("Bolivia", "Боливия", "ia"), ("Colombia", "Колумбия", "ia"),
    ("Argentina", "Аргентина", "a"), ("Ecuador", "Эквадор", "m"), ("Haiti", "Гаити", "-"),
    ("Honduras", "Гондурас", "m"), ("Guatemala", "Гватемала", "a"), ("Kenya", "Кения", "ia"),
    ("Ethiopia", "Эфиопия", "ia"), ("Uganda", "Уганда", "a"), ("Ghana", "Гана", "a"),
    ("Tanzania", "Танзания", "ia"), ("Zambia", "Замбия", "ia"), ("Angola", "Ангола", "a"),
    ("Cameroon", "Камерун", "m"), ("Senegal", "Сенегал", "m"), ("Morocco", "Марокко", "-"),
    ("Tunisia", "Тунис", "m"), ("Jordan", "Иордания", "ia"), ("Taiwan", "Тайвань", "soft"),
    ("Brunei", "Бруней", "y"), ("Romania", "Румыния", "ia"), ("Bulgaria", "Болгария", "ia"),
    ("Serbia", "Сербия", "ia"), ("Hungary", "Венгрия", "ia"), ("Greece", "Греция", "ia"),
    ("Slovakia", "Словакия", "ia"), ("Austria", "Австрия", "ia"),
    ("Switzerland", "Швейцария", "ia"), ("Sweden", "Швеция", "ia"),
    ("Finland", "Финляндия", "ia"), ("Belgium", "Бельгия", "ia"),
    ("Portugal", "Португалия", "ia"), ("Australia", "Австралия", "ia"), ("Cyprus", "Кипр", "m"),
    ("Albania", "Албания", "ia"), ("Moldova", "Молдавия", "ia"), ("Czech Republic", "Чехия", "ia"),
    ("Hong Kong", "Гонконг", "m"), ("Macau", "Макао", "-"), ("South Africa", "ЮАР", "-"),
    # Abbreviations of the region's press: РФ, and РК (Kazakhstan) and КР (Kyrgyzstan) as
    # Kazakh and Kyrgyz news write them.
    ("Russia", "РФ", "-"), ("Kazakhstan", "РК", "-"), ("Kyrgyz Republic", "КР", "-"),
]  # fmt: skip
# Plural names, in every case.
_PLURAL = {
    "United Arab Emirates": ("Объединенные Арабские Эмираты", "Объединенных Арабских Эмиратов",
                             "Объединенным Арабским Эмиратам", "Объединенных Арабских Эмиратах",
                             "Объединенными Арабскими Эмиратами"),
    "Netherlands": ("Нидерланды", "Нидерландов", "Нидерландам", "Нидерландах", "Нидерландами"),
    "United States": ("Соединенные Штаты", "Соединенных Штатов", "Соединенным Штатам",
                      "Соединенных Штатах", "Соединенными Штатами"),
}  # fmt: skip
_ADJECTIVAL = [
    ("Kyrgyz Republic", "Кыргызск", "Республик"),
    ("North Korea", "Северн", "Коре"),
    ("South Korea", "Южн", "Коре"),
    ("Saudi Arabia", "Саудовск", "Арави"),
    ("Russia", "Российск", "Федераци"),
]
_ADJECTIVE_ENDINGS = ("ая", "ой", "ую")
_NOUN_ENDINGS = {"Республик": ("а", "и", "е", "у", "ой"), "Коре": ("я", "и", "ю", "ей"),
                 "Арави": ("я", "и", "ю", "ей"), "Федераци": ("я", "и", "ю", "ей")}  # fmt: skip

COUNTRIES: dict[str, str] = {}
for _canonical, _name, _kind in _NAMES:
    _endings = _DECLENSIONS[_kind]
    _stem = _name[: len(_name) - len(_endings[0])] if _endings[0] else _name
    for _ending in _endings:
        COUNTRIES.setdefault(_stem + _ending, _canonical)
for _canonical, _adjective, _noun in _ADJECTIVAL:
    for _a in _ADJECTIVE_ENDINGS:
        for _n in _NOUN_ENDINGS[_noun]:
            COUNTRIES.setdefault(f"{_adjective}{_a} {_noun}{_n}", _canonical)
COUNTRIES["Египта"] = COUNTRIES["Египте"] = "Egypt"
for _canonical, _forms in _PLURAL.items():
    COUNTRIES.update(dict.fromkeys(_forms, _canonical))
COUNTRIES.update({form.upper(): name for form, name in list(COUNTRIES.items())})

# The words before a country that make it part of an institution's name ("посольство США").
INSTITUTION_AFTER = r"(?!)"
INSTITUTION_BEFORE = (
    r"(?:посольств\w*|посол\w*|департамент\w*|госдепартамент\w*|конгресс\w*|госсекретар\w*|"
    r"президент\w*|граждан\w*|министерств\w*|совет\w*)\s+\Z"
)
DEMONYMS: dict[str, str] = {}
DEMONYM_BEFORE = r"(?!)"
PREPOSITIONS = frozenset(
    "в во на из с со от до по к ко у о об обо при для без через между против среди после "
    "перед за под над около вокруг кроме помимо из-за как".split()
    # Nor a country whose neighbours the sentence names: "Соседями России по третьей группе
    # стали A и B", "Соседи Казахстана — A и B — остались …", "Компанию России … составили A и B".
    + "соседями соседи соседом соседей компанию".split()
)
OF_WORD = None
OF_OWNERS = frozenset()
# And a subject dropped after "До этого", "Ранее": "Казахстан повышен до второго уровня. До
# этого два года подряд находился в списке наблюдения" (a verb in the singular, before the tier).
ANAPHORA = (
    r"(?<!\w)(?:страна|страну|стране|республика|республику|республике|правительство|она|"
    r"государство)(?!\w)|\A(?=(?:До\s+этого|Перед\s+этим|Ранее|Прежде|Раньше)\s+(?:\S+\s+){0,4}?"
    r"(?:находил(?:ся|ась|ось)|был[аио]?|оставал(?:ся|ась|ось)|числил(?:ся|ась|ось)|"
    r"значил(?:ся|ась|ось)|пребывал[аио]?)\s)"
)
ANAPHORA_NOUN = r"(?!)"
SUBORDINATORS = frozenset("хотя пока поскольку так если когда после несмотря".split())
CLASS_NOUNS = r"(?!)"
LIST_NOUNS = r"(?!)"
COPULA_BEFORE = r"(?!)"
# After the tier, what opens the list of its countries: "в третью категорию попали Китай, Россия
# и …", "в третью группу переведен Китай", "в список наблюдения также включены A и B".
_LIST_ADVERB = r"(?:(?:также|тоже|снова|вновь|опять|впервые|теперь|и)\s+)*"
_LIST_VERB = (
    r"(?:остались|оказались|находятся|находились|были|стали|вошли|остаются|составляют|составили|"
    r"получили|"
    r"попал[аио]?|вош(?:ел|ла|ло)|перевели|внесли|включили|"
    r"(?:переведен|включен|внесен|отнесен|помещен|опущен|понижен|повышен)[аыо]?|"
    r"(?:опустил|поднял|переместил|присоединил|оказал|остал)(?:ся|ась|ось|ись)|"
    r"(?:значит|значат|числит|числят|значил|числил)(?:ся|ась|ось|ись)|входят|входит)"
)
LIST_OPENERS = (
    r"(?:\s*\"?\s*,?\s*(?:такие\s+как|в\s+том\s+числе|включая|"
    rf"{_LIST_ADVERB}(?:в\s+(?:(?:19|20)\d\d|этом|нынешнем|текущем)\s+году\s+)?{_LIST_ADVERB}{_LIST_VERB}"
    # "попали, в частности, A и B", "попали такие страны, как A и B"
    r"(?:\s*,\s*(?:в\s+частности|например|прежде\s+всего)\s*,|"
    r"\s+такие\s+(?:страны|государства)\s*,?\s+как)?)\s+"
    r"|\s*:\s*|\s*\(\s*|\s*[-–—]\s*)"
)
ALONGSIDE = r"\s*,?\s*(?:наряду\s+с|вместе\s+с|как\s+и)\s+"
LIST_SEPARATOR = r"\s*(?:,\s*(?:и\s+|а\s+также\s+)?|\s+и\s+|\s+а\s+также\s+)"

UNREAL_BEFORE = (
    r"(?<!\w)(?:может|могут|мог|могла|могли|могло|если|бы|должн\w*|стрем\w*|цель\w*|надеет\w*|"
    r"надеют\w*|избеж\w*|грозит|грозил\w*|риск\w*|автоматически|угроз\w*|хочет|хотят|"
    r"планир\w*|рекоменд\w*|призыва\w*|понижени\w*\s+до|"
    # Fears, aims and forecasts, and a verb in the future: "опасаются, что A опустится в …",
    # "задача — вывести A на первый уровень", "в следующем докладе A сохранит …".
    r"опаса\w*|опасени\w*|ожида\w*|рассчитыва\w*|прогноз\w*|задач\w*|претенд\w*|"
    r"намерен\w*|вывести|следующ\w*\s+(?:доклад|отчет|год)\w*|будет|будут|сможет|смогут|"
    r"поднимется|поднимутся|опустится|опустятся|вернется|вернутся|останется|останутся|"
    r"окажется|окажутся|перейдет|перейдут|войдет|войдут|выйдет|выйдут|попадет|попадут|"
    r"сохранит|сохранят|"
    # "До 2018 года Узбекистан входил в третью категорию": some years before, not which.
    r"до\s+(?:19|20)\d\d\s*(?:года|г\.))(?!\w)"
)
UNREAL_AFTER = r"\s*\"?\s*,?\s*(?:могут|может|если|должн\w*|означает|относятся|попадают)(?!\w)"
PREVIOUS_BEFORE = (
    r"(?:(?<!\w)(?:ранее|прежде|раньше|до\s+этого)\s[^.;]*?|(?<!\w)(?:из|с|со)\s+(?:худш\w+,?\s+)?|(?<!\w)(?:\w+)\s+(?:предыдущих|последних|"
    r"прошлых)\s+(?:год\w*|лет)\s+(?:\S+\s+){0,3}?(?:находил\w*|был\w*|оставал\w*)\s+(?:в|на|во)\s+)\Z"
)
# A participle of being before a tier makes it an earlier one: "Туркменистан, находившийся в
# третьей категории с 2018 года, повышен до …".
_HAD_BEEN = r"(?<!\w)(?:находивш|пребывавш|числивш|остававш)\w*\s+(?:\S+\s+){0,3}?(?:в|на|во)\s+\Z"
# The verb of leaving a tier, just before it: "покинул третью категорию", "вышел из списка".
EXIT_BEFORE = (
    r"(?<!\w)(?:покинул\w*|покидает|покинуть|вышел|вышла|вышло|вышли|выбыл\w*)\s+"
    rf"(?:\S+\s+){{0,2}}?(?:из\s+)?\Z|{_HAD_BEEN}"
)
PREVIOUS_AFTER = r"\s+(?:до\s+прошлого\s+года|до\s+\d{4}\s+года)"
# A relative clause after a tier that gives its year: "…, в которой находился в 2017 году".
STATED_AFTER = (
    r"\s*,?\s*(?:в\s+котор\w+|где|на\s+котор\w+)\s+(?:\S+\s+){0,2}?(?:находил\w*|был\w*|"
    r"оставал\w*)\s+(?:в|во)\s+(?P<year>(?:19[5-9]\d|20\d\d))"
)
# An anaphora followed by a relative clause is a generic subject ("Страна, которая …").
GENERIC_AFTER = r"\s*,\s*котор\w+"
# A negation counts only just before the tier: the narratives open with "не в полной мере
# соответствует минимальным стандартам, поэтому … остался на втором уровне".
UNREAL_NEAR = r"(?<!\w)(?:не|нет|ни)(?!\w)"
CONDITIONAL_OPENERS = frozenset()
COORDINATION = r"(?<!\w)(?:и|но|а|поэтому|следовательно|однако)\s+"
RANGE_AFTER = r"(?!)"
WEAK_NUMBER_CUE = r"(?!)"
NOT_A_COUNT_OF = r"(?!)"
RATIO_BEFORE = r"(?!)"
FROM_TO = r"\A\s*(?:в\s+\d{4}\s+году\s+)?,?\s*(?:на|до|в|во)\s+\Z"

# -- Years ----------------------------------------------------------------------------------
YEAR = _en.YEAR
YEAR_LIKE = _en.YEAR_LIKE
SAME_AS_BEFORE = r"(?!)"
REPORT_YEAR = (
    rf"(?<!\w)(?:(?:доклад\w*|отчет\w*)(?:\s+\S+){{0,8}}?\s+(?:за\s+|от\s+)?(?=\d{{4}}\s*(?:год|г\.))"
    # The report's English name, as news cite it: "(Trafficking in Persons Report 2025)".
    r"|(?:Trafficking\s+in\s+Persons|TIP)\s+Report\s+)"
    rf"(?P<b>{YEAR})(?!\d)"
    rf"|(?P<a>{YEAR})\s+года\s+(?=\S*\s*(?:доклад|отчет))"
)
IN_YEAR = rf"(?<!\w)(?:в|во|за)\s+(?P<year>{YEAR})\s*(?:год\w*|г\.)"
RELATIVE_YEARS = {
    # Not "как и в прошлом году" (as last year): the text's own year.
    r"годом\s+ранее|годом\s+раньше|(?<!как\s)(?<!как\sи\s)в\s+(?:прошлом|предыдущем)\s+году": -1,
    # "в прошлогоднем докладе"; but "предыдущий отчетный период" is the reporting period.
    r"(?:прошлогодн|предыдущ)\w*\s+(?:доклад\w*|отчет(?:а|е|у|ом)?)(?!\w)": -1,
    r"в\s+этом\s+году|в\s+текущем\s+году|в\s+нынешнем\s+году": 0,
    # "два года назад" (two years ago): the year so many before the text's.
    r"(?<!\w)(?:год|один\s+год)\s+назад": -1,
    r"(?<!\w)(?:два|2)\s+года\s+назад": -2,
    r"(?<!\w)(?:три|3)\s+года\s+назад": -3,
    r"(?<!\w)(?:четыре|4)\s+года\s+назад": -4,
    r"(?<!\w)(?:пять|5)\s+лет\s+назад": -5,
}
REPORT_WORDS = r"(?:доклад|отчет|уров|категори|торговл)"
# "с 2021 года", and "с доклада 2022 года" (since the 2022 report), which is then no report
# year of the text.
SINCE_YEAR = (
    rf"(?<!\w)(?:с|начиная\s+с)\s+(?:(?:доклад|отчет)\w*\s+(?:за\s+)?)?(?P<year>{YEAR})\s+год"
    r"(?!\w*\s+по\s)"
)
SINCE_BEFORE = r"(?<!\w)(?:с|начиная\s+с)\s+\Z"
# The span's start comes before the tier as often as after it: "с 2021 года находится на …".
SINCE_BEFORE_TIER = True
# "в 2019 и 2020 годах": every year listed; "в 2019–2021 годах", "с 2019 по 2021 год": every
# year of the span.
# A year a hyphen may join to the next: "2019-2021".
_BARE_YEAR = r"(?:19[5-9]\d|20\d\d)"
YEARS_LISTED = (
    rf"(?<![\w.-])(?P<first>{_BARE_YEAR})\s*(?:(?:и|,)\s*|(?P<through>[-–—]|(?:год\w*\s+)?по\s+)\s*)"
    rf"(?P<second>{_BARE_YEAR})(?![\w-])\s*(?:год(?:ах|ы|ов)?(?!\w)|гг\.?)"
)
# The earlier tier's span: "два предыдущих года", and "Ранее страна два года находилась …"
# ("пять лет назад" is a time, not a span).
SPAN_YEARS = (
    r"(?<!\w)(?P<count>\w+)\s+(?:предыдущих|последних|прошлых|год\w*\s+подряд|"
    r"(?:года|лет)(?!\s+назад)(?!\w))"
)
# A span does not cross a semicolon, a colon or a contrast to a tier: "… второй год подряд
# остается на втором уровне: в 2019 году он был в списке наблюдения".
OPENING_BREAK = r";|:\s|,\s*(?:а|но|однако|тогда\s+как)(?!\w)"
SPAN_BREAK_AFTER = r";|:\s|,\s*(?:а|но|однако|тогда\s+как)(?!\w)"
# "пятый год подряд", and with a lead and no "подряд": "на протяжении шести лет", "в течение
# трех лет", "уже девятый год" (not "уже пять лет назад"); "как и в прошлом году" (as last
# year) is this year and the one before ("прошлом" counts 2 in ORDINALS).
CURRENT_SPAN = (
    # An ordinal in digits keeps its ending: "в 14-й раз подряд", "18-й год подряд".
    r"(?<!\w)(?:(?P<lead>(?:на\s+протяжении|в\s+течение)(?:\s+последних)?|уже|за\s+последние)\s+"
    r"|(?P<like>как\s+и\s+в\s+))?"
    r"(?P<count>\w+)(?:-(?:й|ый|ий|ой|го|м))?\s+"
    r"(?:год|года|лет|раз|(?(like)году|(?!)))(?(lead)(?!\s+назад)|(?(like)|\s+подряд))(?!\w)"
)
# Countries and tiers listed in the same order: "A and B were on Tier 1 and Tier 2 respectively".
RESPECTIVELY = r"(?<!\w)соответственно(?!\w)"
INTERIM_TITLE = r"(?!)"
# "… и остался там в 2020 году", and the other order, "в 2020 году остался там же".
REPEATED_YEAR = (
    r"(?<!\w)(?:(?:и\s+)?(?:остал\w*|оставал\w*|находил\w*|пробыл\w*)\s+там\s+(?:и\s+)?(?:в|во)\s+|"
    r"(?:в|во)\s+(?=(?:19|20)\d\d\s+году\s+(?:тоже\s+|также\s+|снова\s+)?(?:остал|оставал|находил)"
    r"\w*\s+(?:там|на\s+том\s+же\s+уровне|в\s+том\s+же\s+списке)))"
    r"(?P<year>(?:19[5-9]\d|20\d\d))"
)
CLAUSE_BREAK = r";|,\s*(?:а|но|тогда\s+как|в\s+то\s+время\s+как)(?!\w)"
PHRASE_BREAK = r"[,;]|(?<!\w)(?:и|но|а|после|поскольку)(?!\w)"
ORDINALS = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15,
    # The genitive of "в течение двух лет", "после девяти лет".
    "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10,
    "второй": 2, "второго": 2, "третий": 3, "третьего": 3, "четвертый": 4, "четвертого": 4,
    "пятый": 5, "пятого": 5, "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9,
    "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12,
    # In CURRENT_SPAN, "как и в прошлом году" counts two years, the text's and the one before.
    "прошлом": 2,
}  # fmt: skip

# -- Numbers --------------------------------------------------------------------------------
DECIMAL_MARK = ","
GROUP_MARKS = " "
# Number words are not read as figures ("пять стран Центральной Азии" names a region's
# countries); they count the years of a span, with the ordinals.
NUMBER_WORDS: dict[str, int] = {}
SCALES = {
    "тыс.": 1_000, "тыс": 1_000, "тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000,
    "млн": 1_000_000, "млн.": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000,
    "миллионов": 1_000_000, "млрд": 1_000_000_000, "млрд.": 1_000_000_000,
    "миллиард": 1_000_000_000, "миллиарда": 1_000_000_000, "миллиардов": 1_000_000_000,
}  # fmt: skip
CURRENCIES_BEFORE = {"$": "USD", "€": "EUR", "₸": "KZT"}
CURRENCIES_AFTER = {
    "долларов": "USD", "доллара": "USD", "доллар": "USD", "долл.": "USD", "евро": "EUR",
    "тенге": "KZT", "₸": "KZT", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "сомов": "KGS",
}  # fmt: skip
PERCENT = r"(?:\s?%|\s*процент\w*)"
QUALIFIERS = {
    "более": "more than", "более чем": "more than", "свыше": "more than", "около": "about",
    "почти": "nearly", "примерно": "about", "порядка": "about", "не менее": "at least",
    "менее": "less than", "до": "up to", "по оценкам": "estimated",
}  # fmt: skip
COUNTED: dict[str, str] = {}
# What a figure counts, by stem: any word that begins with one ("жертв", "жертвы", "жертвам").
COUNTED_STEMS = {
    "человек": "people", "люд": "people", "лиц": "people", "жертв": "victims",
    "пострадавш": "victims", "дет": "children", "ребен": "children", "несовершеннолет": "children",
    "учащ": "people", "студент": "people", "школьник": "children", "участник": "people",
    "мужчин": "people", "женщин": "people", "иностран": "people", "граждан": "people",
    "мигрант": "migrants", "работник": "workers", "трудящ": "workers", "сотрудник": "officials",
    "чиновник": "officials", "полицейск": "officials", "дел": "cases", "преступлен": "cases",
    "случа": "cases", "расследован": "investigations", "уголовных дел": "cases",
    "преследован": "prosecutions", "приговор": "convictions", "звонк": "calls",
    "обращен": "calls", "стран": "countries", "государств": "countries",
    "правительств": "governments", "торговц": "traffickers", "приют": "shelters",
    "центр": "shelters", "беженц": "refugees", "организаци": "organizations",
    "нпо": "organizations", "подозреваем": "suspects", "осужденн": "convictions",
    "потерпевш": "victims", "девуш": "people", "девоч": "children", "мальчик": "children",
    "подрост": "children", "обвиняем": "suspects", "задержанн": "suspects",
}  # fmt: skip
NOT_BETWEEN = frozenset(
    "в во на по из от до с со за и или а но что как лет года год году месяцев месяца дней дня "
    "раз часов часа этапа этапов процентов процента их них которых было были был была это".split()
)
COPULAS = frozenset("были был было была составили составило".split())
NOT_A_COUNT_BEFORE = (
    r"(?:(?<!\w)(?:статья|статьи|статье|статьей|ст\.|пункт\w*|п\.|закон\w*|номер\w*|№|"
    r"резолюци\w*|постановлени\w*|указ\w*|приказ\w*|глав\w*|част\w*|уровн\w*|уровень|категори\w*|"
    r"групп\w*\s+стран|группа|групп\w*|возраст\w*|старше|младше|звоните|телефон\w*|"
    r"контакт-центр|линии|линия)\s*|[#№+])\Z"
)
LISTED_NOT_A_COUNT = r"(?<!\w)(?:статьи|статьям|статей|пункты|возраст\w*)\s*\Z"
NOT_A_COUNT_AFTER = (
    r"(?:\s*[-–/:]\s*\d|-?\s*(?:лет|года?|году|годах|месяц\w*|недел\w*|дн\w*|час\w*|раз|раза)"
    r"(?!\w)|\s*\))"
)
OF_THESE = (
    r"(?<!\w)(?:из\s+(?:них|которых|этих|числа)|среди\s+(?:них|которых)|их\s+(?:было|стало))(?!\w)"
)
OF_THE = r"\s+из\s+(?:них|этих|всех)?\s*"
REFERRING = r"(?<!\w)(?:эти|этих|те|тех)\s+\Z"
RANGE_TO = r"\s*(?:до|-|–|или)\s*"
COMPARISON_BEFORE = (
    r"(?:(?<!\w)(?:против|с|до|по\s+сравнению\s+с|чем|и|а|или|на|в\s+том\s+числе|из\s+них|"
    r"тогда\s+как)|,|—)\s*\Z"
)
INHERIT_AFTER = r"\A(?:\s*(?:$|[,;.)—-]|(?:годом|в|из|человек|были|было|был|а|и|—)(?!\w)))"

# -- Observances ----------------------------------------------------------------------------
OBSERVANCE_HEADS = r"(?!)"
OBSERVANCE_CONNECTORS = frozenset()
OBSERVANCE_CONTINUERS = frozenset()
OBSERVANCE_WORDS = ()
OBSERVANCE_STARTS = frozenset()
NOT_IN_NAME = frozenset()
# Russian names of observances and their English names (the facts' values), with the month.
OBSERVANCE_NAMES = {
    r"всемирн\w*\s+д(?:ень|ня|ню|нем|не)\s+борьбы\s+с\s+торговлей\s+людьми": (
        "World Day against Trafficking in Persons", 7),
    r"международн\w*\s+д(?:ень|ня|ню|нем|не)\s+борьбы\s+за\s+отмену\s+рабства": (
        "International Day for the Abolition of Slavery", 12),
    r"месяц\w*\s+(?:по\s+)?(?:предупреждени\w*|профилактик\w*)\s+рабства\s+и\s+торговли\s+людьми": (
        "National Slavery and Human Trafficking Prevention Month", 1),
    r"национальн\w*\s+д(?:ень|ня|ню|нем|не)\s+(?:осведомленности|информирования)\s+о\s+"
    r"торговле\s+людьми": (
        "National Human Trafficking Awareness Day", 1),
    r"национальн\w*\s+месяц\w*\s+(?:предотвращения|профилактики|предупреждения)\s+"
    r"торговли\s+людьми": (
        "National Human Trafficking Prevention Month", 1),
    r"национальн\w*\s+д(?:ень|ня|ню|нем|не)\s+свободы": ("National Freedom Day", 2),
}  # fmt: skip
# Nor an observance without one of these.
OBSERVANCE_CUES_CASED = False
OBSERVANCE_CUES = r"д(?:ень|ня|ню|нем|не)\b|месяц|недел"
MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip

ABBREVIATIONS = frozenset(
    "г гг т.е т.д т.п тыс млн млрд руб ст им ул д см напр др пр проф акад ген".split()
)

# A source named before the clause ("according to …,"): its countries are not subjects.
ATTRIBUTION = (
    r"(?<!\w)(?:по\s+(?:словам|данным|мнению|оценке|информации)|"
    r"как\s+(?:сообщает|сообщил\w*|отмечает|отметил\w*|говорится))(?!\w)[^,;]*,"
)
