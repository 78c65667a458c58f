"""Key facts: find TIP tiers, headline figures and observances in every article,
show them in callout boxes linked to their sentence, and publish them as facts.json.

Thin Pelican glue around `annotate` (HTML), `core` (text) and `worker` (the second
process that runs `annotate` while Pelican reads); see README.md.
"""

import datetime
import json
import logging
import os
import re
from collections import defaultdict

from markupsafe import Markup
from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import ArticlesGenerator, PagesGenerator

from .annotate import annotate
from .chart import TIER_ORDER, tier_chart_svg
from .core import KINDS
from .worker import Extractor, worker_possible

logger = logging.getLogger(__name__)

DEFAULTS = {
    "KEY_FACTS_ENABLED": True,
    "KEY_FACTS_KINDS": KINDS,
    # The USWDS summary box advises 3 to 5 points.
    "KEY_FACTS_MAX": 5,
    "KEY_FACTS_JSON_SAVE_AS": "facts.json",
    "KEY_FACTS_PAGE_SAVE_AS": "key-facts.html",
    # Find the facts in a second process while Pelican reads, where a core is free.
    "KEY_FACTS_WORKER": True,
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


_extractor = None  # the worker of the build being read, if it has one


def start_worker(generator):
    """When the build starts, fork the worker, which compiles its patterns meanwhile."""
    global _extractor
    settings = generator.settings
    if (
        _extractor is None
        and settings.get("KEY_FACTS_ENABLED", True)
        and settings.get("KEY_FACTS_WORKER", True)
        and worker_possible()
    ):
        try:
            _extractor = Extractor()
        except OSError as error:  # no process or file to spare: read here, as on one core
            logger.debug("key facts: no worker process (%s)", error)


def send_ahead(path, content, metadata, generator):
    """A file read ahead of Pelican (by content_checks): start finding its facts now."""
    date = metadata.get("date")
    if date is not None and not isinstance(date, datetime.datetime):
        return  # not yet a date: Pelican's own reading will tell
    _send(path, content, metadata, date, generator.settings)


def send_to_worker(content):
    """As each article or page is read, start finding its facts, unless already started."""
    if _extractor is None or not isinstance(content, (Article, Page)):
        return
    # Whatever was read ahead is all there is: the worker may read the last of it now.
    _extractor.wake()
    key, html = _key(content), content._content
    if not _extractor.has(key, html):
        date = getattr(content, "date", None)
        _send(key, html, content.metadata, date, content.settings)


def _send(key, html, metadata, date, settings):
    # Every file goes, without a look for digits first: nearly all have some, and the
    # worker looks anyway. This runs between two files' Markdown, where any code is slow.
    if _extractor is not None and html:
        kinds, _ = _kinds_and_problems(metadata, settings)
        _extractor.submit(key, html, *_annotate_arguments(metadata, date, kinds))


def _key(content):
    return content.source_path or id(content)


def _annotate_arguments(metadata, date, kinds):
    """(title, date, kinds) for `annotate`."""
    return metadata.get("title", ""), date.date() if date else None, tuple(kinds)


def _callouts(facts, limit):
    """The facts to show in the box: one per distinct fact, most wanted kinds first."""
    seen, chosen = set(), []
    for fact in sorted(facts, key=lambda f: CALLOUT_ORDER.get(f.kind, 9)):
        key = (fact.kind, str(fact.value), fact.country, fact.year)
        if key not in seen:
            seen.add(key)
            chosen.append(fact)
    return chosen[:limit]


def add_key_facts(generators):
    """Extract every article's and page's facts, anchor their sentences, collect them."""
    global _extractor
    extractor, _extractor = _extractor, None
    try:
        _add_key_facts(generators, extractor)
    finally:
        if extractor is not None:
            extractor.close()


def _add_key_facts(generators, extractor):
    if not generators:
        return
    settings = generators[0].settings
    enabled = settings.get("KEY_FACTS_ENABLED", True)
    site_facts = []
    for content, published in _content_lists(generators):
        content.key_facts = []
        content.key_facts_callouts = []
        if not enabled:
            continue
        kinds = _kinds_for(content, settings)
        title, date, kinds = _annotate_arguments(
            content.metadata, getattr(content, "date", None), kinds
        )
        if extractor is not None:
            result = extractor.annotate(_key(content), content._content, title, date, kinds)
        else:
            result = annotate(content._content, title=title, date=date, kinds=kinds)
        if result.changed:
            content._content = result.html
        content.key_facts = result.facts
        content.key_facts_callouts = _callouts(result.facts, settings.get("KEY_FACTS_MAX", 5))
        if published:
            site_facts.extend((content, fact) for fact in result.facts)
    _warn_on_conflicting_tiers(site_facts)
    generators[0].context[SITE_FACTS] = site_facts


def _states_its_year(content, fact):
    """True when the sentence or the title gives the year, rather than the article's date."""
    year = str(fact.year)
    return year in fact.sentence or year in str(content.metadata.get("title", ""))


def _warn_on_conflicting_tiers(site_facts):
    # Only years the articles state: a year guessed from an article's date is the
    # extractor's reading, and must not stop a build for a disagreement no one wrote.
    said = defaultdict(dict)
    for content, fact in site_facts:
        if fact.kind == "tier" and fact.country and fact.year and _states_its_year(content, fact):
            said[(fact.country, fact.year)].setdefault(fact.value, content)
    for (country, year), sources in sorted(said.items()):
        if len(sources) > 1:
            statements = "; ".join(
                f"{_relative_source(content)} says {value}" for value, content in sources.items()
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
    """facts.json: as `json.dumps` writes {"facts": [{**article_record, **fact.record()}, …]}.

    Each fact's own part was written as JSON where the fact was found (by the worker
    process, when there is one), so only each article's part is written here."""
    articles = {}  # an article's URL is worked out anew at each call: once is enough
    entries = []
    for content, fact in site_facts:
        article = articles.get(id(content))
        if article is None:
            article = json.dumps(article_record(content), ensure_ascii=False)[:-1]
            articles[id(content)] = article
        entries.append(f"{article}, {fact.record_json}}}")
    return '{"facts": [' + ", ".join(entries) + "]}"


def _tier_series(site_facts):
    """Each country's tier by report year, as the site's articles state it."""
    series = defaultdict(dict)
    for content, fact in site_facts:
        if fact.kind == "tier" and fact.country and fact.year and fact.value in TIER_ORDER:
            series[fact.country].setdefault(fact.year, (fact.value, content, fact))
    return {country: dict(sorted(years.items())) for country, years in sorted(series.items())}


def write_site_facts(generator, writer):
    """Write facts.json and the site-wide Key facts page, once the articles are written.

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
    page_path = settings.get("KEY_FACTS_PAGE_SAVE_AS")
    if page_path:
        series = _tier_series(site_facts)
        charts = {
            country: Markup(tier_chart_svg(country, {y: v[0] for y, v in years.items()}))
            for country, years in series.items()
        }
        writer.write_file(
            page_path,
            generator.get_template("key_facts"),
            generator.context,
            relative_urls=settings["RELATIVE_URLS"],
            key_facts_by_kind=_distinct_by_kind(site_facts),
            key_facts_sources_shown=PAGE_SOURCES_SHOWN,
            tier_series=series,
            tier_charts=charts,
            url=page_path,
        )


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
            if item.get(key):
                item[key] = _SOURCE_TAG.sub(_without_anchor, item[key])


_SOURCE_TAG = re.compile(r"<[A-Za-z][^>]*\bkey-fact-source\b[^>]*>")
_ANCHOR_ATTRIBUTES = re.compile(r'\s(?:id="fact-\d+"|tabindex="-1")')


def _without_anchor(match):
    return _ANCHOR_ATTRIBUTES.sub("", match.group(0))


def register():
    signals.initialized.connect(set_defaults)
    signals.generator_init.connect(start_worker)
    signals.content_object_init.connect(send_to_worker)
    signals.signal("content_read_ahead").connect(send_ahead)
    signals.all_generators_finalized.connect(add_key_facts)
    signals.article_writer_finalized.connect(write_site_facts)
    signals.feed_generated.connect(strip_anchor_ids_from_feed)
