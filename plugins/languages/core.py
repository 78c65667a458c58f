"""The languages plugin's pure part: no Pelican import, tested on its own.

Everything here works on plain values (language codes, URLs relative to the site's root,
metadata dictionaries), so the glue in `plugin.py` only gathers them from the build.
"""

from dataclasses import dataclass

from babel.dates import format_date

NATIVE_NAMES = {"en": "English", "kk": "Қазақша", "ru": "Русский"}


@dataclass(frozen=True)
class LanguageLink:
    """One item of the language switcher."""

    lang: str
    name: str
    url: str
    current: bool
    # True when the page has no translation in `lang` and the link goes to its home page.
    to_home: bool


@dataclass(frozen=True)
class MenuItem:
    """A page in a language's menu: its own translation, or the original when it has none."""

    item: object
    lang: str
    # True when `item` is in another language than the page that lists it.
    foreign: bool


def localized_date(value, lang):
    """A date as that language writes it ("2 февраля 2020 г."), through Babel, never the
    system locale: the build machines may have only C and POSIX."""
    if value is None:
        return ""
    day = value.date() if hasattr(value, "date") and callable(value.date) else value
    return format_date(day, format="long", locale=lang)


def language_path(pattern, lang):
    """`{lang}/index.html` for Russian is `ru/index.html`."""
    return pattern.format(lang=lang)


def switcher_links(current_lang, languages, names, translations, homes):
    """The switcher's items, in `languages` order.

    `translations` maps each language this very page exists in to its URL (the current
    one included); a language without one links to its home page (`homes`), so no link
    is ever a dead end and no English page is presented as if it were translated.
    """
    links = []
    for lang in languages:
        if lang in translations:
            url, to_home = translations[lang], False
        else:
            url, to_home = homes[lang], True
        links.append(
            LanguageLink(
                lang=lang,
                name=names.get(lang, lang),
                url=url,
                current=lang == current_lang,
                to_home=to_home and lang != current_lang,
            )
        )
    return links


def menu_items(originals, lang):
    """Each original (default-language) item in `lang`: its translation when it has one,
    else the original itself, marked as foreign to the page that lists it.

    `originals` are objects with `lang` and `translations` (as Pelican's Content has)."""
    items = []
    for original in originals:
        chosen = original
        if original.lang != lang:
            chosen = next((t for t in original.translations if t.lang == lang), original)
        items.append(MenuItem(item=chosen, lang=chosen.lang, foreign=chosen.lang != lang))
    return items


def items_in_language(originals, lang):
    """Like `menu_items`, but only the items themselves (for article lists)."""
    return [entry.item for entry in menu_items(originals, lang)]


def alternates(translations, default_lang, siteurl):
    """`<link rel="alternate" hreflang>` pairs for a page in several languages.

    `translations` maps language to URL relative to the root, this page's own included
    (search engines want each page to list itself); `x-default` is the default language's.
    A page in one language only gets none: there is nothing to point to.
    """
    if len(translations) < 2:
        return []
    pairs = [(lang, f"{siteurl}/{url}") for lang, url in sorted(translations.items())]
    if default_lang in translations:
        pairs.append(("x-default", f"{siteurl}/{translations[default_lang]}"))
    return pairs


def untrusted_translations(translations, official_categories, default_lang):
    """Problems for translations of official texts that name no official original.

    An official text (an ambassador's message) is never translated by us: a translation is
    published only when its metadata gives the official translation's address in
    `Original_url`, which cannot be the address of the original itself.
    `translations` are (source path, lang, category, metadata, the original's
    Original_url or None) tuples.
    """
    problems = []
    for path, lang, category, metadata, original_url in translations:
        if lang == default_lang or category not in official_categories:
            continue
        url = str(metadata.get("original_url") or "").strip()
        if not url.startswith(("https://", "http://")):
            problems.append(
                f"{path}: this is a translation ({lang}) of an article in “{category}”. "
                "Official texts are published only in their official translation, and this "
                "file gives no official address in “Original_url:”. Fix: add the line "
                "“Original_url: https://…” with the address of the official translation, "
                "or delete this file."
            )
        elif original_url and url.rstrip("/") == str(original_url).strip().rstrip("/"):
            problems.append(
                f"{path}: this is a translation ({lang}) of an article in “{category}”, but "
                "its “Original_url:” is the address of the original, not of an official "
                "translation. Fix: give the address of the official translation, or delete "
                "this file."
            )
    return problems
