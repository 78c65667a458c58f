"""Pelican glue of content_checks: feeds `checks.py` from the build, reports, stops it.

See the package docstring (`__init__.py`) for what is checked and the settings.
Only Pelican's public interfaces are used: its readers' `read_file`, signals,
settings (IGNORE_FILES to leave files out of a preview) and the standard logging.
"""

import glob
import logging
import os
import sys

from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import ArticlesGenerator
from pelican.readers import default_metadata, parse_path_metadata, path_metadata
from pelican.utils import posixize_path, slugify

from . import checks, markup, messages

logger = logging.getLogger(__name__)

DEFAULTS = {
    "CONTENT_CHECKS_REQUIRED_METADATA": {"article": ("title", "date"), "page": ("title",)},
    "CONTENT_CHECKS_REQUIRE_ALT_TEXT": True,
    "CONTENT_CHECKS_LANGUAGES": None,  # None: (DEFAULT_LANG,)
    "CONTENT_CHECKS_LINK_KINDS": checks.LINK_KINDS,
    "CONTENT_CHECKS_SIMILAR_CATEGORIES": True,
    "CONTENT_CHECKS_UNREAD_FILES": True,
    # None: a preview when Pelican runs with --autoreload (`make devserver` says so itself).
    "CONTENT_CHECKS_PREVIEW": None,
}

# IGNORE_FILES as the settings gave it, before a preview added the files in error:
# Pelican keeps one settings dict across the rebuilds of --autoreload.
_IGNORE_FILES_GIVEN = "CONTENT_CHECKS_IGNORE_FILES_GIVEN"


def initialized(pelican):
    for name, value in DEFAULTS.items():
        pelican.settings.setdefault(name, value)
    messages.install(pelican.settings)


def _shown(path):
    """A path as an editor would type it: relative to where the build runs, if inside."""
    relative = os.path.relpath(path)
    return posixize_path(path if relative.startswith("..") else relative)


def _sources(generator):
    settings = generator.settings
    for kind, paths, excludes in (
        ("article", settings["ARTICLE_PATHS"], settings["ARTICLE_EXCLUDES"]),
        ("page", settings["PAGE_PATHS"], settings["PAGE_EXCLUDES"]),
    ):
        for relpath in sorted(generator.get_files(paths, exclude=excludes)):
            yield kind, relpath


class _Checked:
    """Keeps the HTML a reader made, as Pelican hands it to the content class."""

    def __init__(self, content, *args, **kwargs):
        super().__init__(content, *args, **kwargs)
        self.checked_html = content or ""


# Named as Pelican's own classes: Pelican finds a content class's settings by its name
# (ARTICLE_SAVE_AS, PAGE_URL, …), and these must land where Pelican's will.
CheckedArticle = type("Article", (_Checked, Article), {})
CheckedPage = type("Page", (_Checked, Page), {})


def _name_slugs(content, settings):
    """(field, name, slug) of the category, tags and authors: each gets a page of its own."""
    for field, values in (
        ("category", [getattr(content, "category", None)]),
        ("tags", getattr(content, "tags", None) or []),
        ("author", getattr(content, "authors", None) or []),
    ):
        for value in values:
            # Not value.slug: Pelican's own property logs a warning without the file's name.
            if value is not None:
                slug = slugify(str(value), regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
                yield field, str(value), slug


def _names_without_address(content, settings):
    """Category, tags and authors whose names have no letters: their pages would be ".html"."""
    return tuple((field, name) for field, name, slug in _name_slugs(content, settings) if not slug)


def _names_too_long(shown, text, content, settings):
    problems = []
    pages = {"category": "CATEGORY_SAVE_AS", "tags": "TAG_SAVE_AS", "author": "AUTHOR_SAVE_AS"}
    for field, name, slug in _name_slugs(content, settings):
        if settings.get(pages[field]) and len(f"{slug}.html".encode()) > checks.NAME_MAX:
            problems.append(
                checks.Problem(
                    shown,
                    f"the {field.removesuffix('s')} “{name[:40]}…” is too long to become the "
                    f"file name of its page (at most {checks.NAME_MAX} bytes).",
                    "shorten it to a few words.",
                    checks.find_line(text, f"{field}:"),
                )
            )
    return problems


def check_file(generator, kind, relpath, known):
    """Problems of one file, and its Entry for the checks across files (None if unreadable)."""
    settings = generator.settings
    full = os.path.join(generator.path, relpath)
    shown = _shown(full)
    relpath = posixize_path(relpath)
    try:
        with open(full, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        return [
            checks.Problem(
                shown,
                f"the file cannot be opened ({error.strerror}).",
                "check that it is still there and that you may read it, then build again.",
            )
        ], None
    text, problems = checks.decode(shown, raw)
    if text is None:
        return problems, None

    problems += checks.check_file_name_date(shown, os.path.basename(relpath))
    reader = generator.readers.readers[os.path.splitext(full)[1][1:]]
    try:
        fallback = {
            **default_metadata(settings, process=reader.process_metadata),
            **path_metadata(full_path=full, source_path=relpath, settings=settings),
            **parse_path_metadata(relpath, settings=settings, process=reader.process_metadata),
        }
    except ValueError:
        fallback = {}  # a date in the file name that is no day: check_file_name_date says so
    required = settings["CONTENT_CHECKS_REQUIRED_METADATA"].get(kind, ())
    problems += checks.check_header(
        shown, text, kind, required=required, date_from_elsewhere="date" in fallback
    )
    if problems:
        return problems, None

    try:
        content = generator.readers.read_file(
            base_path=generator.path,
            path=relpath,
            content_class=CheckedArticle if kind == "article" else CheckedPage,
        )
    except Exception as error:  # noqa: BLE001 - any reader failure is the editor's to see
        return [messages.unreadable(shown, error)], None
    if not isinstance(content, _Checked):
        return [], None  # Status: skip
    metadata = content.metadata
    body = content.checked_html

    body = body or ""
    problems += markup.check_markup(
        shown,
        body,
        metadata,
        text,
        languages=settings["CONTENT_CHECKS_LANGUAGES"] or (settings["DEFAULT_LANG"],),
        formatted_fields=settings["FORMATTED_FIELDS"],
    )
    if settings["CONTENT_CHECKS_REQUIRE_ALT_TEXT"]:
        problems += checks.check_images(shown, body, text)
        if isinstance(metadata.get("summary"), str):
            problems += checks.check_images(shown, metadata["summary"], text)
    links = []
    problems += checks.check_links(
        shown,
        relpath,
        body,
        text,
        known,
        kinds=settings["CONTENT_CHECKS_LINK_KINDS"],
        link_regex=settings["INTRASITE_LINK_REGEX"],
        extra_markup=[v for v in metadata.values() if isinstance(v, str)],
        found=links,
    )
    if "template" in metadata:
        problems += _check_template(generator, shown, text, content.template)

    category = getattr(content, "category", None)
    slug = getattr(content, "slug", None)
    problems += _names_too_long(shown, text, content, settings)
    unnamed = _names_without_address(content, settings)
    if slug is not None and not slug:
        unnamed = (("title", str(metadata.get("title", ""))), *unnamed)
    entry = checks.Entry(
        path=shown,
        kind=kind,
        slug=slug,
        lang=str(content.lang),
        status=str(content.status or "published").lower(),
        category=str(category.name) if category is not None else None,
        date=getattr(content, "date", None),
        text=text,
        # An address is made of the slugs of the category and author too: none without them.
        save_as=content.save_as if not unnamed and (slug or "save_as" in metadata) else "",
        url=str(content.url) if not unnamed and "url" in metadata else "",
        given=tuple(key for key in ("save_as", "url") if key in metadata),
        unnamed=unnamed,
        relpath=relpath,
        links=tuple(links),
    )
    return problems, entry


def _check_template(generator, shown, text, template):
    try:
        generator.get_template(template)
    except Exception:  # noqa: BLE001 - Pelican's own "not found", or a template in error
        return [
            checks.Problem(
                shown,
                f"“Template: {template}” names a template the theme does not have "
                f"(theme/templates/{template}.html).",
                "delete the “Template:” line (the usual template is then used), or name a "
                "template that is in theme/templates/.",
                checks.find_line(text, "template:"),
            )
        ]
    return []


def reserved_addresses(settings, static_files):
    """What the site itself writes in the output folder: no content file may replace it."""
    reserved = {}
    for name in settings.get("DIRECT_TEMPLATES", ()):
        path = settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html")
        if path:
            reserved[path] = f"its own page “{path}”"
    if settings.get("INDEX_SAVE_AS"):
        reserved[settings["INDEX_SAVE_AS"]] = "the home page"
    for path in settings.get("TEMPLATE_PAGES", {}).values():
        reserved[path] = f"its own page “{path}”"
    for setting, what in (
        ("KEY_FACTS_PAGE_SAVE_AS", "the Key facts page"),
        ("KEY_FACTS_JSON_SAVE_AS", "the key facts' data (facts.json)"),
    ):
        if settings.get(setting):
            reserved[settings[setting]] = what
    if settings.get("KEY_FACTS_PAGE_LANG_SAVE_AS"):
        languages = settings.get("KEY_FACTS_LANGUAGES") or settings.get("LANGUAGES_SHOWN") or ()
        for lang in languages:
            if lang != settings.get("DEFAULT_LANG"):
                path = settings["KEY_FACTS_PAGE_LANG_SAVE_AS"].format(lang=lang)
                reserved[path] = f"the Key facts page in {lang}"
    # The languages plugin's home and archive pages of each other language: "ru/index.html".
    others = [
        lang
        for lang in settings.get("LANGUAGES_SHOWN") or ()
        if lang != settings.get("DEFAULT_LANG")
    ]
    for setting, what in (
        ("LANGUAGES_INDEX_SAVE_AS", "the home page in {lang}"),
        ("LANGUAGES_ARCHIVES_SAVE_AS", "the list of articles in {lang}"),
    ):
        if settings.get(setting):
            for lang in others:
                reserved[settings[setting].format(lang=lang)] = what.format(lang=lang)
    for path in static_files:
        reserved[path] = f"the file {path} from the content folder"
    folders = {settings["THEME_STATIC_DIR"]: "the theme's files"}
    for name, value in settings.items():
        if name.endswith(("_ATOM", "_RSS")) and isinstance(value, str) and value:
            if value.startswith("{lang}/"):  # "{lang}/feeds/all.atom.xml": "ru/feeds", "kk/feeds"
                for lang in others:
                    folder = value.format(lang=lang).rsplit("/", 1)[0]
                    folders[folder] = f"its feeds in {lang}"
                continue
            folder = value.split("{", 1)[0]
            if "{" in value:
                if "/" in folder:
                    folders[folder.rsplit("/", 1)[0]] = "its feeds"
            else:
                reserved[value] = "a feed"
    for name in ("CATEGORY_SAVE_AS", "TAG_SAVE_AS", "AUTHOR_SAVE_AS"):
        prefix = str(settings.get(name) or "").split("{", 1)[0]
        if "/" in prefix:
            folders[prefix.rsplit("/", 1)[0]] = "its list pages"
    for name in settings.get("OUTPUT_RETENTION", ()):
        folders[name] = "files the web host keeps"
        reserved[name] = "a file the web host keeps"
    return reserved, folders


def _preview(settings):
    """True in a preview build (`make devserver`): report errors, leave those files out.

    Pelican's autoreload loop rebuilds at once after an exception, so a preview build
    must not stop. `make devserver` sets CONTENT_CHECKS_PREVIEW; otherwise the command
    line tells (`pelican --autoreload` or `-r`).
    """
    if settings.get("CONTENT_CHECKS_PREVIEW") is not None:
        return bool(settings["CONTENT_CHECKS_PREVIEW"])
    return any(arg in ("-r", "--autoreload") for arg in sys.argv[1:])


def check_content(generator):
    """Runs once per build, when the articles generator is created, before any reading."""
    if not isinstance(generator, ArticlesGenerator):
        return
    settings = generator.settings
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    # The generators share this settings dict, and none has listed its files yet.
    settings.setdefault(_IGNORE_FILES_GIVEN, list(settings["IGNORE_FILES"]))
    settings["IGNORE_FILES"] = list(settings[_IGNORE_FILES_GIVEN])

    extensions = generator.readers.extensions
    problems, refused = checks.scan_content(
        generator.path,
        text_paths=[*settings["ARTICLE_PATHS"], *settings["PAGE_PATHS"]],
        static_paths=settings["STATIC_PATHS"],
        extensions=extensions,
        ignore=settings["IGNORE_FILES"],
        shown_root=_shown(generator.path),
    )
    if not settings["CONTENT_CHECKS_UNREAD_FILES"]:
        problems = [p for p in problems if p.level == checks.ERROR]

    def outside(relpath):
        relpath = posixize_path(relpath)
        return any(relpath == r or relpath.startswith(r + "/") for r in refused)

    sources = [(kind, rel) for kind, rel in _sources(generator) if not outside(rel)]
    static_files = {
        posixize_path(relpath)
        for relpath in generator.get_files(
            settings["STATIC_PATHS"], exclude=settings["STATIC_EXCLUDES"], extensions=False
        )
        if not outside(relpath)
    }
    known = {posixize_path(relpath) for _, relpath in sources} | static_files

    entries = []
    for kind, relpath in sources:
        found, entry = check_file(generator, kind, relpath, known)
        problems += found
        if entry is not None:
            entries.append(entry)
    problems += checks.check_duplicate_slugs(entries)
    problems += checks.check_addresses(
        [e for e in entries if e.save_as or e.url or e.unnamed],
        *reserved_addresses(settings, static_files),
    )
    if not settings.get("DRAFT_SAVE_AS") or not settings.get("DRAFT_PAGE_SAVE_AS"):
        problems += checks.check_drafts_stay_private(entries)
        problems += checks.check_links_to_drafts(entries)
    if settings["CONTENT_CHECKS_SIMILAR_CATEGORIES"]:
        problems += checks.check_similar_categories(entries)
    left_out = report(problems, preview=_preview(settings))
    names = {os.path.basename(path) for path in left_out}
    names |= {r.rsplit("/", 1)[-1] for r in refused}
    if names and _preview(settings):
        # Pelican's public way to leave files out: IGNORE_FILES matches names (in any
        # folder, so a file of the same name elsewhere waits too, until this one is fixed).
        # The autoreload watcher matches it against whole paths, so it still sees these
        # files change (tests/test_content_safety.py builds one once it is fixed).
        settings["IGNORE_FILES"] = [*settings["IGNORE_FILES"], *map(glob.escape, sorted(names))]


def _log(level, message):
    """Log one message; True if Pelican's --fatal turned it into an exception.

    Under `--fatal warnings` (or errors) Pelican's logger raises RuntimeError once the
    message is logged: that is how it makes the build fail. The message is out by then,
    so the others are reported too before the build stops. Pelican's own code, not a
    documented interface: tests/test_content_safety.py's
    test_pelicans_fatal_logger_still_raises_after_logging fails loudly if it changes.
    """
    try:
        logger.log(level, "%s", message)
    except RuntimeError:
        return True
    return False


def report(problems, *, preview=False):
    """Log every problem; stop the build on errors (and on warnings under --fatal warnings).

    A preview build goes on instead; returns the files it must leave out.
    """
    errors = [p for p in problems if p.level == checks.ERROR]
    warnings = [p for p in problems if p.level == checks.WARNING]
    fatal = False
    for problem in errors + warnings:
        level = logging.ERROR if problem.level == checks.ERROR else logging.WARNING
        fatal = _log(level, problem) or fatal
    if not errors and not fatal:
        return set()
    if preview:
        left_out = sorted({p.path for p in errors})
        if left_out:
            _log(
                logging.ERROR,
                "Content checks: this preview leaves out "
                + ", ".join(left_out)
                + " until the problems above are fixed; `make html` would stop.",
            )
        return set(left_out)
    counts = []
    if errors:
        counts.append(f"{len(errors)} error{'s' if len(errors) > 1 else ''}")
    if warnings:
        counts.append(f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''}")
    summary = (
        f"Content checks found {' and '.join(counts)} (listed above); nothing was written. "
        "Fix each file named above and build again."
    )
    if not errors:
        summary += " This build treats warnings as errors (--fatal warnings)."
    # End with the messages above, and no traceback.
    logger.critical("%s", summary)
    raise SystemExit(1)


def writing(generator, content):
    messages.writing(content.source_path)


def connect():
    signals.initialized.connect(initialized)
    signals.generator_init.connect(check_content)
    signals.article_generator_write_article.connect(writing)
    signals.page_generator_write_page.connect(writing)
