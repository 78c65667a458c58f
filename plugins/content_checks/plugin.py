"""Pelican glue of content_checks: feeds `checks.py` from the build, reports, stops it.

See the package docstring (`__init__.py`) for what is checked and the settings.
"""

import logging
import os
import sys

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.log import FatalLogger
from pelican.readers import default_metadata, parse_path_metadata, path_metadata
from pelican.utils import get_date, posixize_path, slugify

from . import checks, markup

try:  # what a reader returns for a field to drop, e.g. an empty "Tags:" (Pelican 4.x)
    from pelican.readers import _DISCARD
except ImportError:  # pragma: no cover
    _DISCARD = object()

logger = logging.getLogger(__name__)

DEFAULTS = {
    "CONTENT_CHECKS_REQUIRED_METADATA": {"article": ("title", "date"), "page": ("title",)},
    "CONTENT_CHECKS_REQUIRE_ALT_TEXT": True,
    "CONTENT_CHECKS_LANGUAGES": None,  # None: (DEFAULT_LANG,)
    "CONTENT_CHECKS_LINK_KINDS": checks.LINK_KINDS,
    "CONTENT_CHECKS_SIMILAR_CATEGORIES": True,
}

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")

# What the checks read, by absolute path: handed to Pelican's readers so that no file
# is converted from Markdown twice in one build (see _hand_over).
_read_by_checks: dict[str, tuple[str, dict]] = {}
# Sent for each file the checks read, with its HTML and its metadata (what its path gives
# included) as Pelican will then take them over: a plugin working on the HTML can start
# on it now, rather than once Pelican has gone through every file again. The sender is
# the file's absolute path.
content_read_ahead = signals.signal("content_read_ahead")
# What a preview build (pelican --autoreload, `make devserver`) leaves out this time,
# by path in the content folder: set when articles are checked, applied to pages too.
_left_out: set[str] = set()


class ContentCheckError(Exception):
    """The content has errors; the messages were logged one by one."""

    exitcode = 1


def initialized(pelican):
    for name, value in DEFAULTS.items():
        pelican.settings.setdefault(name, value)


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


def _slug(settings, metadata, source_path):
    """The slug Pelican will give the file (as Content.__init__ makes it)."""
    if metadata.get("slug"):
        return str(metadata["slug"])
    if settings["SLUGIFY_SOURCE"] == "title" and metadata.get("title"):
        value = str(metadata["title"])
    elif settings["SLUGIFY_SOURCE"] == "basename":
        value = os.path.basename(os.path.splitext(source_path)[0])
    else:
        return None
    return slugify(
        value,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


def check_file(generator, kind, relpath, known):
    """Problems of one file, and its Entry for the checks across files (None if unreadable)."""
    settings = generator.settings
    full = os.path.join(generator.path, relpath)
    shown = _shown(full)
    relpath = posixize_path(relpath)
    with open(full, "rb") as handle:
        raw = handle.read()
    text, problems = checks.decode(shown, raw)
    if text is None:
        return problems, None

    reader = generator.readers.readers[os.path.splitext(full)[1][1:]]
    try:
        fallback = {
            **default_metadata(settings, process=reader.process_metadata),
            **path_metadata(full_path=full, source_path=relpath, settings=settings),
            **parse_path_metadata(relpath, settings=settings, process=reader.process_metadata),
        }
    except ValueError as error:
        fallback = {}
        problems.append(
            checks.Problem(
                shown,
                f"the file name cannot be read: {error}.",
                "start the file name with a real date (YYYY-MM-DD-…) or with none.",
            )
        )
    required = settings["CONTENT_CHECKS_REQUIRED_METADATA"].get(kind, ())
    if full.endswith(MARKDOWN_SUFFIXES):
        problems += checks.check_header(
            shown,
            text,
            kind,
            required=required,
            date_from_elsewhere="date" in fallback,
            parse_date=get_date,
        )
    if problems:
        return problems, None

    try:
        body, metadata = reader.read(full)
        metadata = {k: v for k, v in metadata.items() if v is not _DISCARD}
        _read_by_checks[os.path.abspath(full)] = (body, metadata)
    except Exception as error:  # noqa: BLE001 - any reader failure is the editor's to see
        if isinstance(error, RuntimeError) and "encountered" in str(error):
            what = "Pelican reported a problem while reading the file (its message is above)."
        else:
            what = f"Pelican could not read the file ({error})."
        return problems + [
            checks.Problem(
                shown,
                what,
                "check the header lines at the top (“Key: value”, one per line) and "
                "any raw HTML in the text.",
            )
        ], None
    if not full.endswith(MARKDOWN_SUFFIXES):
        for key in required:
            if not metadata.get(key) and key not in fallback:
                problems.append(
                    checks.Problem(
                        shown, f"the {kind} has no {key}.", f"add a {key} to its metadata."
                    )
                )

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
    problems += checks.check_links(
        shown,
        relpath,
        body,
        text,
        known,
        kinds=settings["CONTENT_CHECKS_LINK_KINDS"],
        link_regex=settings["INTRASITE_LINK_REGEX"],
        extra_markup=[v for v in metadata.values() if isinstance(v, str)],
    )

    merged = {**fallback, **metadata}
    category = metadata.get("category")
    entry = checks.Entry(
        path=shown,
        kind=kind,
        slug=_slug(settings, merged, relpath),
        lang=str(merged.get("lang") or settings["DEFAULT_LANG"]),
        status=str(merged.get("status") or "published").lower(),
        category=str(category.name) if category is not None else None,
        date=merged.get("date"),
        text=text,
    )
    content_read_ahead.send(
        os.path.abspath(full), content=body, metadata=merged, generator=generator
    )
    return problems, entry


def _hand_over(generator):
    """Give a generator's readers what the checks read, so Pelican does not read it again.

    Uses the readers' file cache (keyed by path and checked against the file's stamp,
    as with CACHE_CONTENT); if Pelican's internals differ, files are simply read twice.
    """
    readers = generator.readers
    try:
        cache, stamp = readers._cache, readers._get_file_stamp
    except AttributeError:
        return
    for path, data in _read_by_checks.items():
        cache.setdefault(path, (stamp(path), data))


def check_content(generator):
    """Runs once per build, when the articles generator is created, before any reading."""
    if isinstance(generator, PagesGenerator):
        _leave_out(generator, frozenset(_left_out))
        _hand_over(generator)
        _read_by_checks.clear()
        return
    if not isinstance(generator, ArticlesGenerator):
        return
    _read_by_checks.clear()
    _left_out.clear()
    settings = generator.settings
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    sources = list(_sources(generator))
    known = {posixize_path(relpath) for _, relpath in sources}
    known |= {
        posixize_path(relpath)
        for relpath in generator.get_files(
            settings["STATIC_PATHS"], exclude=settings["STATIC_EXCLUDES"], extensions=False
        )
    }

    problems, entries, relpaths = [], [], {}
    for kind, relpath in sources:
        relpaths[_shown(os.path.join(generator.path, relpath))] = relpath
        found, entry = check_file(generator, kind, relpath, known)
        problems += found
        if entry is not None:
            entries.append(entry)
    problems += checks.check_duplicate_slugs(entries)
    if settings["CONTENT_CHECKS_SIMILAR_CATEGORIES"]:
        problems += checks.check_similar_categories(entries)
    left_out = report(problems, preview=_in_autoreload())
    _left_out.update(posixize_path(relpaths[path]) for path in left_out if path in relpaths)
    _leave_out(generator, frozenset(_left_out))
    _hand_over(generator)


def _leave_out(generator, relpaths):
    """Make a preview build skip the files with errors (they are reported, not written)."""
    if not relpaths:
        return
    get_files = generator.get_files

    def without_files_in_error(paths, exclude=None, extensions=None):
        found = get_files(paths, exclude=exclude, extensions=extensions)
        return {path for path in found if posixize_path(path) not in relpaths}

    generator.get_files = without_files_in_error


def _in_autoreload():
    """True inside `pelican --autoreload` (make devserver).

    Pelican's autoreload loop rebuilds at once after an exception, so a preview build
    must not stop: it leaves the files in error out instead, until they are fixed.
    """
    frame = sys._getframe()
    while frame is not None:
        code = frame.f_code
        if code.co_name == "autoreload" and "pelican" in code.co_filename:
            return True
        frame = frame.f_back
    return False


def _log(level, message):
    try:
        logger.log(level, "%s", message)
    except RuntimeError:
        pass  # --fatal raises on the first message; report the others too, then stop.


def report(problems, *, preview=False):
    """Log every problem; stop the build on errors (and on warnings under --fatal warnings).

    A preview build goes on instead; returns the files it must leave out.
    """
    errors = [p for p in problems if p.level == checks.ERROR]
    warnings = [p for p in problems if p.level == checks.WARNING]
    for problem in errors + warnings:
        _log(logging.ERROR if problem.level == checks.ERROR else logging.WARNING, problem)
    fatal_warnings = FatalLogger.fatal_lvl <= logging.WARNING
    if not errors and not (warnings and fatal_warnings):
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
    if FatalLogger.fatal_lvl <= logging.ERROR:
        # A command-line build under --fatal: end with the messages above, no traceback.
        logger.critical("%s", summary)
        raise SystemExit(1)
    raise ContentCheckError(summary)


def connect():
    signals.initialized.connect(initialized)
    signals.generator_init.connect(check_content)
