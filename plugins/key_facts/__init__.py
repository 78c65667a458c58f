"""Key facts: find TIP tiers, headline figures and observances in every article,
show them in callout boxes linked to their sentence, and publish them as facts.json.

Thin Pelican glue around `annotate` (HTML) and `core` (text); see README.md.
"""

import json
import logging
import os
from collections import defaultdict

from jinja2 import TemplateNotFound
from markupsafe import Markup
from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from . import chart
from .annotate import SOURCE_CLASS, annotate, without_anchor_ids
from .chart import TIER_ORDER
from .core import KINDS

logger = logging.getLogger(__name__)

DEFAULTS = {
    "KEY_FACTS_ENABLED": True,
    "KEY_FACTS_KINDS": KINDS,
    # The USWDS summary box advises 3 to 5 points.
    "KEY_FACTS_MAX": 5,
    "KEY_FACTS_JSON_SAVE_AS": "facts.json",
    "KEY_FACTS_PAGE_SAVE_AS": "key-facts.html",
    # Each other language's Key facts page; KEY_FACTS_LANGUAGES (by default the languages
    # plugin's LANGUAGES_SHOWN) says which languages have one.
    "KEY_FACTS_PAGE_LANG_SAVE_AS": "{lang}/key-facts.html",
    "KEY_FACTS_LANGUAGES": None,
}
# Callouts show the facts readers look for first.
CALLOUT_ORDER = {"fact": 0, "tier": 1, "figure": 2, "observance": 3}
SITE_FACTS = "KEY_FACTS_SITE"
OFF_VALUES = {"off", "no", "false", "0"}
ON_VALUES = {"on", "yes", "true", "1"}


def set_defaults(pelican):
    for name, value in DEFAULTS.items():
        pelican.settings.setdefault(name, value)


def _content_lists(generators):
    """(content, published) for every article and page, in every state and language."""
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            published = ("articles", "translations", "hidden_articles", "hidden_translations")
            unpublished = ("drafts", "drafts_translations")
        elif isinstance(generator, PagesGenerator):
            published = ("pages", "translations", "hidden_pages", "hidden_translations")
            unpublished = ("draft_pages", "draft_translations")
        else:
            continue
        for names, is_published in ((published, True), (unpublished, False)):
            for name in names:
                for content in getattr(generator, name, []):
                    yield content, is_published


def _relative_source(content):
    path = content.source_path or ""
    base = os.path.dirname(content.settings.get("PATH", "")) or os.curdir
    return os.path.relpath(path, base) if path else "(unknown file)"


def _kinds_for(content, settings):
    """The kinds to extract from `content`, after its own Key_facts metadata."""
    kinds, problems = _kinds_and_problems(content.metadata, settings)
    for problem in problems:
        logger.warning("%s: %s", _relative_source(content), problem)
    return kinds


def _kinds_and_problems(metadata, settings):
    """(the kinds to extract, what is wrong in the file's Key_facts metadata)."""
    kinds = [kind for kind in settings["KEY_FACTS_KINDS"] if kind in KINDS]
    if "key_facts" not in metadata and "key_facts_exclude" not in metadata:
        return kinds, []
    switch = str(metadata.get("key_facts", "on")).strip().lower()
    if switch in OFF_VALUES:
        return [], []
    problems = []
    if switch not in ON_VALUES:
        problems.append(f"Key_facts is {switch!r}; write 'on' or 'off'.")
    excluded = str(metadata.get("key_facts_exclude", ""))
    for kind in filter(None, (part.strip().lower() for part in excluded.split(","))):
        if kind not in KINDS:
            problems.append(f"Key_facts_exclude names {kind!r}; the kinds are {', '.join(KINDS)}.")
        elif kind in kinds:
            kinds.remove(kind)
    return kinds, problems


def _switch(content, name):
    """The file's `name` metadata as True or False (on when absent), with a warning
    for a value that is neither."""
    value = str(content.metadata.get(name, "on")).strip().lower()
    if value in OFF_VALUES:
        return False
    if value not in ON_VALUES:
        shown = _relative_source(content)
        logger.warning("%s: %s is %r; write 'on' or 'off'.", shown, name.capitalize(), value)
    return True


def callout_rank(fact):
    """Hand-written facts first, then tiers (the latest report first), then figures
    (counts before percentages, the largest first), then observances."""
    rank = CALLOUT_ORDER.get(fact.kind, 9)
    if fact.kind == "tier":
        return (rank, -(fact.year or 0))
    if fact.kind == "figure":
        size = fact.value if isinstance(fact.value, (int, float)) else 0
        return (rank, fact.unit == "percent", -size)
    return (rank,)


def box_facts(facts, limit):
    """The facts to show in the box: one per distinct fact, in the order of `callout_rank`
    (a stable sort: otherwise in the order of the text)."""
    seen, chosen = set(), []
    for fact in sorted(facts, key=callout_rank):
        key = (fact.kind, str(fact.value), fact.country, fact.year)
        if key not in seen:
            seen.add(key)
            chosen.append(fact)
    return chosen[:limit]


def add_key_facts(generators):
    """Extract every article's and page's facts, anchor their sentences, collect them."""
    if not generators:
        return
    settings = generators[0].settings
    enabled = settings.get("KEY_FACTS_ENABLED", True)
    limit = settings.get("KEY_FACTS_MAX", 5)
    site_facts = []
    for content, published in _content_lists(generators):
        content.key_facts = []
        content.key_facts_callouts = []
        if not enabled:
            continue
        result = annotate_content(content, settings)
        if result.changed:
            content._content = result.html
        content.key_facts = result.facts
        if _switch(content, "key_facts_box"):
            content.key_facts_callouts = box_facts(result.facts, limit)
        if published:
            site_facts.extend((content, fact) for fact in result.facts)
    _warn_on_conflicting_tiers(site_facts, settings.get("DEFAULT_LANG", "en"))
    generators[0].context[SITE_FACTS] = site_facts


def annotate_content(content, settings):
    """`annotate` on an article's or page's HTML, with what its metadata says."""
    metadata = content.metadata
    date = getattr(content, "date", None)
    return annotate(
        content._content,
        title=str(metadata.get("title", "")),
        date=date.date() if date else None,
        kinds=tuple(_kinds_for(content, settings)),
        lang=getattr(content, "lang", None) or settings.get("DEFAULT_LANG", "en"),
        original_url=metadata.get("original_url") or None,
        publisher=metadata.get("original_publisher") or None,
    )


def _states_its_year(content, fact):
    """True when the sentence or the title gives the year, rather than the article's date."""
    year = str(fact.year)
    return year in fact.sentence or year in str(content.metadata.get("title", ""))


def _stated_tiers(site_facts):
    """{content: {(country, year): {value: fact}}}: each file's tiers for the years it states.

    Only years the files state: a year guessed from an article's date is the extractor's
    reading, and must not stop a build for a disagreement no one wrote."""
    stated = defaultdict(lambda: defaultdict(dict))
    for content, fact in site_facts:
        if fact.kind == "tier" and fact.country and fact.year and _states_its_year(content, fact):
            stated[content][(fact.country, fact.year)].setdefault(fact.value, fact)
    return stated


def _family(content):
    """The same key for an article or page and all its translations."""
    return min(_relative_source(item) for item in (content, *content.translations))


def translation_disagreements(stated, default_lang):
    """[(original, translation, country, year, original's facts, translation's facts)]: a
    file and its translation (Pelican's `translations`, the same slug) that give one country
    different tiers for one year, once per pair, the default language's file first.

    A tier one of them states and the other does not is the extractor missing it in one
    language, not a mistake of the translator: only tiers both state are compared."""
    found = []
    for content, tiers in stated.items():
        for other in content.translations:
            if other not in stated or _pair_order(content, other, default_lang) != (content, other):
                continue
            for key in sorted(tiers.keys() & stated[other].keys()):
                if not tiers[key].keys() & stated[other][key].keys():
                    found.append((content, other, *key, tiers[key], stated[other][key]))
    return found


def _pair_order(first, second, default_lang):
    def rank(content):
        return (content.lang != default_lang, content.lang, _relative_source(content))

    return tuple(sorted((first, second), key=rank))


def _said(facts):
    """'Tier 3 (“уровне 3”)': each value, with the words it was read from."""
    return " and ".join(
        value if fact.text.casefold() == value.casefold() else f"{value} (“{fact.text}”)"
        for value, fact in facts.items()
    )


def _warn_on_conflicting_tiers(site_facts, default_lang="en"):
    stated = _stated_tiers(site_facts)
    for original, translation, country, year, said, said_there in translation_disagreements(
        stated, default_lang
    ):
        logger.warning(
            "%s is a translation of %s, and the two disagree on %s's tier for %s: %s says %s; "
            "%s says %s. Correct the translation (or the original) so that both say what "
            "the source says.",
            _relative_source(translation),
            _relative_source(original),
            country,
            year,
            _relative_source(original),
            _said(said),
            _relative_source(translation),
            _said(said_there),
        )
    said = defaultdict(lambda: defaultdict(list))
    for content, tiers in stated.items():
        for key, values in tiers.items():
            for value in values:
                said[key][value].append(content)
    for (country, year), sources in sorted(said.items()):
        families = {_family(content) for contents in sources.values() for content in contents}
        # Within one file and its translations, the message above said it all.
        if len(sources) > 1 and len(families) > 1:
            statements = "; ".join(
                f"{', '.join(_relative_source(content) for content in contents)} "
                f"{'says' if len(contents) == 1 else 'say'} {value}"
                for value, contents in sources.items()
            )
            logger.warning(
                "key facts disagree on %s's tier for %s: %s. Check the sources and correct one.",
                country,
                year,
                statements,
            )


def article_record(content):
    """What facts.json says of the article a fact comes from."""
    date = getattr(content, "date", None)
    return {
        "article": content.title,
        "url": content.url,
        "date": date.date().isoformat() if date else None,
    }


def facts_json(site_facts):
    """facts.json: {"facts": [{**article_record, **fact.record()}, …]}."""
    articles = {}  # an article's URL is worked out anew at each call: once is enough
    records = []
    for content, fact in site_facts:
        article = articles.get(id(content))
        if article is None:
            article = articles[id(content)] = article_record(content)
        records.append({**article, **fact.record()})
    return json.dumps({"facts": records}, ensure_ascii=False)


def _tier_series(site_facts):
    """Each country's tier by report year, as the site's articles state it."""
    series = defaultdict(dict)
    for content, fact in site_facts:
        if fact.kind == "tier" and fact.country and fact.year and fact.value in TIER_ORDER:
            series[fact.country].setdefault(fact.year, (fact.value, content, fact))
    return {country: dict(sorted(years.items())) for country, years in sorted(series.items())}


def write_site_facts(generator, writer):
    """Write facts.json and the Key facts page of each language, once the articles are
    written.

    Rendered with the articles' Jinja environment, whose theme templates are compiled
    already: a generator of its own would compile them all a second time."""
    settings = generator.settings
    if not settings.get("KEY_FACTS_ENABLED", True):
        return
    site_facts = generator.context.get(SITE_FACTS, [])
    json_path = settings.get("KEY_FACTS_JSON_SAVE_AS")
    if json_path:
        target = os.path.join(generator.output_path, json_path)
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        with open(target, "w", encoding="utf-8") as out:
            out.write(facts_json(site_facts))
    pages = key_facts_pages(settings)
    if not pages:
        return
    template = generator.get_template("key_facts")
    words = _theme_words(generator)
    default_lang = settings.get("DEFAULT_LANG", "en")
    for lang, page_path in pages.items():
        facts = [(content, fact) for content, fact in site_facts if _lang_of(fact, content) == lang]
        series = _tier_series(facts)
        writer.write_file(
            page_path,
            template,
            generator.context,
            relative_urls=settings["RELATIVE_URLS"],
            key_facts_by_kind=_distinct_by_kind(facts),
            key_facts_sources_shown=PAGE_SOURCES_SHOWN,
            tier_series=series,
            tier_charts=_charts(series, words.get(lang) or words.get(default_lang) or {}),
            url=page_path,
            # For the languages plugin: the page's language and this page in every language.
            page_language=lang,
            page_translations=pages,
        )


def key_facts_pages(settings):
    """{lang: path} of the Key facts page of each language: the default language's at
    KEY_FACTS_PAGE_SAVE_AS, the others' at KEY_FACTS_PAGE_LANG_SAVE_AS ({lang} in it),
    for every language in KEY_FACTS_LANGUAGES (by default, the languages plugin's)."""
    default_lang = settings.get("DEFAULT_LANG", "en")
    languages = settings.get("KEY_FACTS_LANGUAGES") or settings.get("LANGUAGES_SHOWN") or ()
    pages = {}
    if settings.get("KEY_FACTS_PAGE_SAVE_AS"):
        pages[default_lang] = settings["KEY_FACTS_PAGE_SAVE_AS"]
    pattern = settings.get("KEY_FACTS_PAGE_LANG_SAVE_AS")
    if pattern:
        for lang in languages:
            if lang != default_lang:
                pages[lang] = pattern.format(lang=lang)
    return pages


def _lang_of(fact, content):
    return fact.lang or getattr(content, "lang", None)


def _theme_words(generator):
    """The theme's word tables ({lang: {key: words}}), or none when the theme has none."""
    try:
        return generator.env.get_template("strings.html").module.strings
    except TemplateNotFound:  # a theme of its own, without strings.html
        logger.debug("key facts: no strings.html in the theme; the chart is in English")
        return {}


def _charts(series, words):
    """{country: SVG} in the page's language (`words`: its table of theme words)."""
    names = words.get("country_names") or {}
    tier_names = words.get("tier_names") or {}
    headings = words.get("chart_tier_headings") or {}
    title = chart.ENGLISH_TITLE
    if words.get("tier_by_year"):
        title = "%s: " + words["tier_by_year"].replace("%", "%%")
    return {
        country: Markup(
            chart.tier_chart_svg(
                names.get(country, country),
                {year: value[0] for year, value in years.items()},
                title=title,
                headings=headings,
                tier_names=tier_names,
                slug=country,
            )
        )
        for country, years in series.items()
    }


# A fact that many articles repeat links to this many of them on the Key facts page.
PAGE_SOURCES_SHOWN = 10


def _distinct_by_kind(site_facts):
    """[(kind, [(fact, [(content, fact), …]), …]), …]: each distinct fact once, with its sources."""
    distinct = {}
    for content, fact in site_facts:
        key = (fact.kind, str(fact.value), fact.unit, fact.country, fact.year, fact.month)
        distinct.setdefault(key, (fact, []))[1].append((content, fact))
    by_kind = defaultdict(list)
    ordered = sorted(
        distinct.values(), key=lambda entry: (entry[0].country or "", entry[0].year or 0)
    )
    for fact, sources in ordered:
        by_kind[fact.kind].append((fact, sources))
    return [(kind, by_kind[kind]) for kind in ("fact", *KINDS) if by_kind[kind]]


def strip_anchor_ids_from_feed(context, feed):
    """Feeds hold many articles: their `fact-N` ids would clash there."""
    for item in feed.items:
        for key in ("description", "content"):
            if item.get(key) and SOURCE_CLASS in item[key]:
                item[key] = without_anchor_ids(item[key])


def register():
    signals.initialized.connect(set_defaults)
    signals.all_generators_finalized.connect(add_key_facts)
    signals.article_writer_finalized.connect(write_site_facts)
    signals.feed_generated.connect(strip_anchor_ids_from_feed)
