"""sitemap_hreflang: pelican-sitemap's links between translations, with their `href`.

Runs on pelican-granular-signals' "sitemap" signal, after pelican-sitemap has written
sitemap.xml (on `finalized`) and before pelican-precompress compresses it (on
"compress"). Drop this plugin once pelican-sitemap writes `href` itself.
"""

import logging
from pathlib import Path

import blinker
import pelican.plugins.granular_signals

from .core import mend_translation_links

logger = logging.getLogger(__name__)


def mend_sitemap(pelican):
    sitemap = Path(pelican.output_path, "sitemap.xml")
    if not sitemap.is_file():
        return
    text = sitemap.read_text(encoding="utf-8")
    mended = mend_translation_links(text)
    if mended != text:
        sitemap.write_text(mended, encoding="utf-8")
        logger.debug("sitemap_hreflang: mended the translation links in %s", sitemap)


def register():
    pelican.plugins.granular_signals.register()
    blinker.signal("sitemap").connect(mend_sitemap)
