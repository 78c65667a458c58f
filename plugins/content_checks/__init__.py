"""content_checks: check every content file before Pelican writes anything.

When the articles generator is created, at the start of each build and before
Pelican reads anything, the content folder and every article and page in it are
checked: no link (symlink) leading out of the content folder, no file that nothing
reads (a warning), UTF-8, not empty, Title and Date present, dates written
YEAR-MONTH-DAY, no duplicate slug, no address (Slug, Save_as, URL) shared by two
files, outside the output folder or over a page the site makes itself, `{filename}`
links that resolve, an existing Template, alt text on images, only allowed HTML in
the body (`markup.py`: what Markdown writes plus a short list, judged by nh3;
nothing loaded from another host), metadata fields as plain text, Lang one of the
site's languages, Original_url https://. Files are read through Pelican's own
readers (`Readers.read_file`), so the checks see what Pelican will build.
Errors stop the build before anything is written; a category that looks like a
typo of another, or a file nothing reads, is a warning (fatal under `--fatal
warnings`, as `make html` runs). Pelican's own failures (a full disk, a file that
vanished, "Could not process") are logged as one plain message naming the file,
without a traceback unless Pelican runs with `-D` (`make html DEBUG=1`): see
`messages.py`.
In a preview (CONTENT_CHECKS_PREVIEW, which `make devserver` sets, or `pelican
--autoreload`) the build goes on without the files in error instead, since
Pelican's autoreload loop rebuilds at once after an exception.

Settings (all optional):

- CONTENT_CHECKS_REQUIRED_METADATA: {"article": ("title", "date"), "page": ("title",)}
- CONTENT_CHECKS_REQUIRE_ALT_TEXT: True
- CONTENT_CHECKS_LANGUAGES: None, meaning (DEFAULT_LANG,): the values `Lang:` may take
- CONTENT_CHECKS_LINK_KINDS: ("filename", "static", "attach")
- CONTENT_CHECKS_SIMILAR_CATEGORIES: True (warn about "Mesages" next to "Messages")
- CONTENT_CHECKS_UNREAD_FILES: True (warn about files in content/ that nothing reads)
- CONTENT_CHECKS_PREVIEW: None (a preview when Pelican runs with --autoreload)

The checking core (`checks.py`, `markup.py`) imports nothing from Pelican; the glue
(`plugin.py`, `messages.py`) is imported only when Pelican registers the plugin, so
the scripts beside it (`newpost.py`, `atomic_build.py`) start quickly.
"""


def register():
    from . import plugin  # noqa: PLC0415 - Pelican's glue, loaded only by Pelican

    plugin.connect()
