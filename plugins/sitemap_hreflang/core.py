"""Mend the links between translations in a sitemap that pelican-sitemap wrote.

pelican-sitemap 1.2.2 writes each translation of a page as
`<xhtml:link rel="alternate" hreflang="ru" ref="…"/>`: the address belongs in `href`,
the only attribute search engines read there, so as written the links are lost.
No Pelican here; `__init__.py` is the glue.
"""

from __future__ import annotations

import re

_TRANSLATION_LINK = re.compile(r'(<xhtml:link rel="alternate" hreflang="[^"]*") ref="')


def mend_translation_links(sitemap: str) -> str:
    """`sitemap` with `ref=` made `href=` in every translation link."""
    return _TRANSLATION_LINK.sub(r'\1 href="', sitemap)
