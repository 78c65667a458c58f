"""Pelican glue of the languages plugin: settings, Jinja helpers, per-language pages.

Pelican's own translations (`Lang:` plus the English file's `Slug:`) make every article
and page in each language; this writes what core Pelican makes only once, for the default
language: the home page and the archive (`ru/index.html`, `kk/archives.html`, …).
"""

import logging
import os
from operator import attrgetter

from jinja2 import pass_context
from pelican import signals
from pelican.utils import posixize_path

from . import core

logger = logging.getLogger(__name__)

DEFAULTS = {
    # The switcher's languages, in the order it lists them (English, Қазақша, Русский).
    "LANGUAGES_SHOWN": ("en", "kk", "ru"),
    "LANGUAGES_NATIVE_NAMES": core.NATIVE_NAMES,
    "LANGUAGES_INDEX_SAVE_AS": "{lang}/index.html",
    "LANGUAGES_ARCHIVES_SAVE_AS": "{lang}/archives.html",
    # Articles in these categories are official texts: a translation needs Original_url.
    "LANGUAGES_OFFICIAL_CATEGORIES": ("Messages",),
    # <link rel="alternate" hreflang> with absolute addresses: for the web build only.
    "LANGUAGES_ALTERNATE_LINKS": False,
}

# The languages that have articles (and so a feed of their own); set once articles are read.
_CONTEXT_LANGS_WITH_ARTICLES = "LANGUAGES_WITH_ARTICLES"


def initialized(pelican):
    settings = pelican.settings
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    settings.setdefault("JINJA_FILTERS", {})
    settings.setdefault("JINJA_GLOBALS", {})
    settings["JINJA_FILTERS"]["localized_date"] = core.localized_date
    settings["JINJA_GLOBALS"].update(
        language_of_page=language_of_page,
        language_switcher=language_switcher,
        language_alternates=language_alternates,
        language_feed=language_feed,
        in_language=in_language,
        menu_in_language=menu_in_language,
    )


def _home(context, lang, pattern_setting, default_path):
    if lang == context["DEFAULT_LANG"]:
        return default_path
    return core.language_path(context[pattern_setting], lang)


def _homes(context):
    return {
        lang: _home(context, lang, "LANGUAGES_INDEX_SAVE_AS", "index.html")
        for lang in context["LANGUAGES_SHOWN"]
    }


def _this_page_in_languages(context):
    """{lang: URL relative to the root} for the page being written, itself included."""
    item = context.get("article") or context.get("page")
    if item is not None and getattr(item, "url", None):
        found = {item.lang: item.url}
        found.update({t.lang: t.url for t in item.translations if t.status == item.status})
        return found
    # A page another plugin writes in each language names its versions itself
    # (the key-facts plugin's Key facts pages).
    if context.get("page_translations"):
        return dict(context["page_translations"])
    output_file = context.get("output_file", "")
    shown = context["LANGUAGES_SHOWN"]
    for setting, default_path in (
        ("LANGUAGES_INDEX_SAVE_AS", "index.html"),
        ("LANGUAGES_ARCHIVES_SAVE_AS", context.get("ARCHIVES_SAVE_AS") or "archives.html"),
    ):
        per_lang = {lang: _home(context, lang, setting, default_path) for lang in shown}
        if output_file in per_lang.values():
            return per_lang
    return {language_of_page(context): output_file}


@pass_context
def language_of_page(context):
    """The language of the page being written: its article's or page's, else the one
    this plugin wrote it for, else the default."""
    item = context.get("article") or context.get("page")
    if item is not None and getattr(item, "lang", None):
        return item.lang
    return context.get("page_language") or context["DEFAULT_LANG"]


@pass_context
def language_switcher(context):
    return core.switcher_links(
        language_of_page(context),
        context["LANGUAGES_SHOWN"],
        context["LANGUAGES_NATIVE_NAMES"],
        _this_page_in_languages(context),
        _homes(context),
    )


@pass_context
def language_alternates(context):
    if not context.get("LANGUAGES_ALTERNATE_LINKS"):
        return []
    return core.alternates(
        _this_page_in_languages(context), context["DEFAULT_LANG"], context["SITEURL"]
    )


@pass_context
def language_feed(context, lang):
    """The feed's path for `lang`, or None when that language has no feed."""
    if lang == context["DEFAULT_LANG"]:
        return context.get("FEED_ATOM") or None
    pattern = context.get("TRANSLATION_FEED_ATOM")
    if pattern and lang in context.get(_CONTEXT_LANGS_WITH_ARTICLES, ()):
        return pattern.format(lang=lang)
    return None


@pass_context
def menu_in_language(context, originals, lang):
    return core.menu_items(originals, lang)


@pass_context
def in_language(context, originals, lang):
    return core.items_in_language(originals, lang)


def _shown(path):
    """A path as an editor would type it: relative to where the build runs, if inside."""
    relative = os.path.relpath(path)
    return posixize_path(path if relative.startswith("..") else relative)


def _original_url(article, default_lang):
    for other in article.translations:
        if other.lang == default_lang:
            return other.metadata.get("original_url")
    return None


def _log(level, message):
    try:
        logger.log(level, "%s", message)
    except RuntimeError:
        pass  # --fatal raises on the first message; report the others too, then stop.


def refuse_unofficial_translations(generator):
    """An official text's translation must name its official original, or the build stops."""
    settings = generator.settings
    translations = [
        (
            _shown(article.source_path),
            article.lang,
            getattr(getattr(article, "category", None), "name", None),
            article.metadata,
            _original_url(article, settings["DEFAULT_LANG"]),
        )
        for name in ("translations", "hidden_translations", "drafts_translations")
        for article in getattr(generator, name, ())
    ]
    problems = core.untrusted_translations(
        translations, settings["LANGUAGES_OFFICIAL_CATEGORIES"], settings["DEFAULT_LANG"]
    )
    langs = {article.lang for article in generator.articles}
    langs |= {article.lang for article in generator.translations}
    generator.context[_CONTEXT_LANGS_WITH_ARTICLES] = tuple(sorted(langs))
    if not problems:
        return
    for problem in problems:
        _log(logging.ERROR, problem)
    logger.critical(
        "%s",
        f"Languages: {len(problems)} translation(s) of official texts refused (listed "
        "above); nothing was written. Fix each file named above and build again.",
    )
    raise SystemExit(1)


TRANSLATION_LISTS = (
    "translations",
    "hidden_translations",
    "drafts_translations",
    "draft_translations",
)


def sort_translations(generator):
    """Translations in one order in every build (language, then file).

    Pelican lists them in the order it found the files, which can change from one run to
    the next; whatever walks them (facts.json) would then change too.
    """
    for name in TRANSLATION_LISTS:
        items = getattr(generator, name, None)
        if items:
            items.sort(key=lambda item: (item.lang, item.source_path))


def localize_dates(generators):
    """Each item's date as its own language writes it (the key-facts box shows it too)."""
    names = (
        "articles",
        "translations",
        "drafts",
        "drafts_translations",
        "hidden_articles",
        "hidden_translations",
        "pages",
        "hidden_pages",
        "draft_pages",
        "draft_translations",
    )
    for generator in generators:
        for name in names:
            for item in getattr(generator, name, ()):
                if getattr(item, "date", None) is not None:
                    item.locale_date = core.localized_date(item.date, item.lang)


def write_language_pages(generator, writer):
    """`ru/index.html`, `ru/archives.html` and the rest, for every shown language but the
    default: what core Pelican writes for the default language only."""
    settings = generator.settings
    default = settings["DEFAULT_LANG"]
    newest_first = sorted(generator.articles, key=attrgetter("date"), reverse=True)
    for lang in settings["LANGUAGES_SHOWN"]:
        if lang == default:
            continue
        articles = core.items_in_language(generator.articles, lang)
        dates = core.items_in_language(generator.dates or newest_first, lang)
        for template, setting in (
            ("index", "LANGUAGES_INDEX_SAVE_AS"),
            ("archives", "LANGUAGES_ARCHIVES_SAVE_AS"),
        ):
            if not settings.get(setting):
                continue
            name = core.language_path(settings[setting], lang)
            writer.write_file(
                name,
                generator.get_template(template),
                generator.context,
                relative_urls=settings["RELATIVE_URLS"],
                url=name,
                page_language=lang,
                articles=articles,
                dates=dates,
                articles_page=None,
                template_name=template,
            )


def register():
    signals.initialized.connect(initialized)
    signals.article_generator_finalized.connect(refuse_unofficial_translations)
    signals.article_generator_finalized.connect(sort_translations)
    signals.page_generator_finalized.connect(sort_translations)
    signals.all_generators_finalized.connect(localize_dates)
    signals.article_writer_finalized.connect(write_language_pages)
