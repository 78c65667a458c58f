"""Settings for the web build (`make publish`): absolute URLs, Atom feeds, hreflang links.

SITEURL comes from the environment, e.g. `SITEURL=https://example.org make publish`.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
if not SITEURL.startswith(("https://", "http://")):
    raise SystemExit(
        "publishconf.py: set SITEURL to the site's absolute address, "
        "e.g. SITEURL=https://example.org make publish"
    )
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
# One feed per language: FEED_ATOM holds the default language's articles only (FEED_ALL_ATOM
# would mix in every translation); each other language's is under its own folder.
FEED_ATOM = "feeds/all.atom.xml"
FEED_ALL_ATOM = None
TRANSLATION_FEED_ATOM = "{lang}/feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
# <link rel="alternate" hreflang> to each language's version, with absolute addresses.
LANGUAGES_ALTERNATE_LINKS = True

DELETE_OUTPUT_DIRECTORY = True

# -- Hosting (deploy/, README "Hosting"): sitemap, robots.txt, pre-compressed files --
# pelican-sitemap writes sitemap.xml (every page, with its date) at the end of the
# build, and plugins/sitemap_hreflang mends its links between translations; the 404
# page, robots.txt and print-links.css are not pages to index.
PLUGINS = [
    *PLUGINS,  # noqa: F405
    "pelican.plugins.sitemap",
    "sitemap_hreflang",
    "pelican.plugins.precompress",
]
SITEMAP = {"format": "xml", "exclude": [r"^404\.html$", r"^robots\.txt$", r"\.css$"]}
# robots.txt is rendered from theme/templates/robots.html, naming the sitemap.
DIRECT_TEMPLATES = [*DIRECT_TEMPLATES, "robots", "print_links"]  # noqa: F405
ROBOTS_SAVE_AS = "robots.txt"
# On paper, the site's own (here absolute) links print no address: a rule naming SITEURL.
PRINT_LINKS_SAVE_AS = "theme/css/print-links.css"
# pelican-precompress, after everything else is written: a .gz and a .br beside each
# file, each kept only when smaller than the file. Servers send them as they are
# (nginx: gzip_static); zstandard is left out, as no common server serves .zst files.
PRECOMPRESS_GZIP = True
PRECOMPRESS_BROTLI = True
PRECOMPRESS_ZOPFLI = False
PRECOMPRESS_ZSTANDARD = False
PRECOMPRESS_TEXT_EXTENSIONS = {".html", ".css", ".xml", ".json", ".svg"}
# Link previews (Open Graph and Twitter card tags, theme/templates/base.html): our own
# picture, drawn by deploy/make_share_image.py, whose ALT_TEXT this repeats.
OPEN_GRAPH_IMAGE = "theme/share.png"
OPEN_GRAPH_IMAGE_WIDTH = 1200
OPEN_GRAPH_IMAGE_HEIGHT = 630
OPEN_GRAPH_IMAGE_ALT = (
    "Stop Human Trafficking: National Slavery and Human Trafficking Prevention Month. "
    "In the United States, call the National Human Trafficking Hotline at 1-888-373-7888, "
    "or text HELP or INFO to 233733. Check the numbers on the hotline's official page."
)
OPEN_GRAPH_LOCALES = {"en": "en_US", "ru": "ru_RU", "kk": "kk_KZ"}
