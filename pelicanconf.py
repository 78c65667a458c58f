"""Pelican settings for the offline-readable build (`make html`).

The output must read correctly opened straight from disk (file://), so every
internal link is relative and names a file; publishconf.py builds the web copy.
"""

import logging

AUTHOR = "U.S. Embassy in Kazakhstan"
SITENAME = "Stop Human Trafficking"
SITESUBTITLE = "National Slavery and Human Trafficking Prevention Month"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]

# Only Markdown is read: reStructuredText could insert any file of the build machine
# (`.. include::`, `.. raw:: html :file:`) and HTML files would bypass the Markdown
# checks. content_checks warns about any .rst or .html file in content/.
READERS = {"rst": None, "html": None, "htm": None}

# Drafts are never written by `make html` or `make publish`: with an empty address
# Pelican reads them (so the checks see them) and writes nothing. `make devserver`
# gives them addresses on its command line (PREVIEW_SETTINGS in the Makefile).
DRAFT_SAVE_AS = ""
DRAFT_URL = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_LANG_URL = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_URL = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
DRAFT_PAGE_LANG_URL = ""

# content_checks reports an image without alt text itself, with the line and a fix.
LOG_FILTER = [(logging.WARNING, "Empty alt attribute for image %s in %s")]

TIMEZONE = "Asia/Almaty"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%B %-d, %Y"

# Languages: Pelican's own translations (`Lang: ru` and the English file's `Slug:`).
# English stays at the root; Russian under ru/, Kazakh under kk/ (plugins/languages/).
# Dates go through Babel (the `languages` plugin), never DATE_FORMATS: that needs system
# locales, and a missing one makes Pelican drop the file.
ARTICLE_URL = "{slug}.html"
ARTICLE_SAVE_AS = "{slug}.html"
ARTICLE_LANG_URL = "{lang}/{slug}.html"
ARTICLE_LANG_SAVE_AS = "{lang}/{slug}.html"
PAGE_URL = "pages/{slug}.html"
PAGE_SAVE_AS = "pages/{slug}.html"
PAGE_LANG_URL = "{lang}/pages/{slug}.html"
PAGE_LANG_SAVE_AS = "{lang}/pages/{slug}.html"
# The values `Lang:` may take: anything else is an error naming the file.
CONTENT_CHECKS_LANGUAGES = ("en", "ru", "kk")
LANGUAGES_SHOWN = ("en", "kk", "ru")

THEME = "theme"
# Every value a template prints is escaped unless marked safe (`|safe`, or Markup made
# by our plugins): metadata is text, whoever wrote it. Pelican's defaults, plus that.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
    "autoescape": True,
}
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["key_facts", "content_checks", "languages", "fingerprint"]

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.footnotes": {
            # Pages end with a "Sources" heading; their footnotes are the sources.
            "PLACE_MARKER": "[[SOURCES]]",
            "BACKLINK_TITLE": "Back to reference %d",
        },
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {},
        # align="…" rather than style="…": no text on the site carries a style attribute.
        "markdown.extensions.tables": {"use_align_attribute": True},
    },
    "output_format": "html5",
}

# Author pages add nothing for a site with one voice per article.
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
DEFAULT_PAGINATION = False

# Feeds need an absolute SITEURL: only the web build (publishconf.py) has them.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Shown on every page; the 404 page is a real page so hosts can serve it.
MENUITEMS = []
DISPLAY_CATEGORIES_ON_MENU = False
DISPLAY_PAGES_ON_MENU = True
TEMPLATE_PAGES = {}

# Hosts keep these in output/ on purpose (a git checkout for GitHub Pages, a CNAME).
OUTPUT_RETENTION = [".git", "CNAME", ".nojekyll"]

# content_checks reads every file through Pelican's readers before the build: with the
# readers' cache on, Pelican's own reading then takes what was read (if the file did not
# change) rather than converting every file from Markdown a second time. Nothing is
# loaded from an earlier build (LOAD_CONTENT_CACHE), so every build reads afresh.
CACHE_CONTENT = True
CONTENT_CACHING_LAYER = "reader"
LOAD_CONTENT_CACHE = False

# The stylesheet and favicon get content-hashed names (plugins/fingerprint), so a
# server may cache them for a year (deploy/nginx.conf).
FINGERPRINT_FILES = ("css/site.css", "favicon.svg")

ARCHIVES_SAVE_AS = "archives.html"
CATEGORIES_SAVE_AS = "categories.html"
TAGS_SAVE_AS = "tags.html"
DIRECT_TEMPLATES = ["index", "categories", "tags", "archives", "404"]
