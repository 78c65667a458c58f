"""content_checks: check every content file before Pelican writes anything.

When the articles generator is created, at the start of each build and before
Pelican reads anything, every article and page is read and checked: UTF-8, not
empty, Title and Date present and readable, no duplicate slug, `{filename}` links
that resolve, alt text on images, only allowed HTML in the body (`markup.py`: what
Markdown writes plus a short list, judged by nh3; nothing loaded from another host),
metadata fields as plain text, Lang one of the site's languages, Original_url https://.
What was read is handed on to Pelican's readers, so nothing is converted twice,
and announced file by file with the signal `content_read_ahead` (sender: the file's
absolute path; content, metadata, generator), so that a plugin working on the HTML,
such as key_facts, can start on it at once.
Errors stop the build before anything is written; a category that looks like a
typo of another is a warning (fatal under `--fatal warnings`, as `make html` runs).
In a preview (`pelican --autoreload`, `make devserver`) the build goes on without
the files in error instead, since Pelican's autoreload loop rebuilds at once after
an exception.

Settings (all optional):

- CONTENT_CHECKS_REQUIRED_METADATA: {"article": ("title", "date"), "page": ("title",)}
- CONTENT_CHECKS_REQUIRE_ALT_TEXT: True
- CONTENT_CHECKS_LANGUAGES: None, meaning (DEFAULT_LANG,): the values `Lang:` may take
- CONTENT_CHECKS_LINK_KINDS: ("filename", "static", "attach")
- CONTENT_CHECKS_SIMILAR_CATEGORIES: True (warn about "Mesages" next to "Messages")

The checking core (`checks.py`, `markup.py`) imports nothing from Pelican; the glue
(`plugin.py`) is imported only when Pelican registers the plugin, so the
scripts beside it (`newpost.py`, `atomic_build.py`) start quickly.
"""


def register():
    from . import plugin  # noqa: PLC0415 - Pelican's glue, loaded only by Pelican

    plugin.connect()
