"""languages: the site in several languages, on Pelican's own translations.

Articles and pages are translated the Pelican way: a file with `Lang: ru` and the same
`Slug:` as the English one, written to `ru/<slug>.html` (`ARTICLE_LANG_SAVE_AS`,
`PAGE_LANG_SAVE_AS`). This plugin adds what core Pelican makes for the default language
only, and what the theme needs for the others:

- `ru/index.html` and `ru/archives.html` (and the same for each shown language), listing
  that language's articles, and the original of any article not translated into it;
- Jinja helpers: `language_of_page()`, `language_switcher()` (links to this page's own
  translations, else to each language's home page), `menu_in_language(pages, lang)`,
  `in_language(items, lang)`, `language_feed(lang)`, `language_alternates()` (hreflang
  links, web build only) and the filter `localized_date(lang)` (Babel, never the system
  locale); every article's `locale_date` is set in its own language;
- a page another plugin writes once per language (the key-facts plugin's Key facts pages)
  passes `page_language` and `page_translations` ({lang: path}) to its template, and the
  switcher and the hreflang links lead to those;
- a check: a translation of an official text (an article in `LANGUAGES_OFFICIAL_CATEGORIES`)
  without an official `Original_url` stops the build with one message naming the file.

Settings (defaults in `plugin.DEFAULTS`): `LANGUAGES_SHOWN`, `LANGUAGES_NATIVE_NAMES`,
`LANGUAGES_INDEX_SAVE_AS`, `LANGUAGES_ARCHIVES_SAVE_AS`, `LANGUAGES_OFFICIAL_CATEGORIES`,
`LANGUAGES_ALTERNATE_LINKS`.
"""

from .plugin import register

__all__ = ["register"]
