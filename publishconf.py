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
