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

THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["key_facts", "content_checks"]

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

ARCHIVES_SAVE_AS = "archives.html"
CATEGORIES_SAVE_AS = "categories.html"
TAGS_SAVE_AS = "tags.html"
DIRECT_TEMPLATES = ["index", "categories", "tags", "archives", "404"]
