"""Settings for the web build (`make publish`): absolute URLs and an Atom feed.

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
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None

DELETE_OUTPUT_DIRECTORY = True
