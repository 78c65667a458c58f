"""The Russian and Kazakh pages in a real browser (Debian's Chromium through Playwright):
axe-core (WCAG 2.2 A and AA) at 320 and 1280 px, and the language switcher followed from
disk (file://) to each language's version of a page.

The browser is the session's (conftest.py): without Chromium these tests skip, saying
how to install it; in CI (CI=true) they fail.
"""

import json

import pytest
from browser_helpers import ARTIFACTS, axe_source, describe_violations, serve

WIDTHS = (320, 1280)
LANGS = ("ru", "kk")
PAGES = (
    "index.html",
    "archives.html",
    "pages/prevention-month.html",
    "pages/recognise-trafficking.html",
    "pages/get-help.html",
    "pages/tip-report.html",
    "key-facts.html",
)
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def base_url(site):
    with serve(site) as (base, _requests):
        yield base


@pytest.fixture(scope="module")
def pages_by_width(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(10_000)
    pages = {}
    for width in WIDTHS:
        pages[width] = context.new_page()
        pages[width].set_viewport_size({"width": width, "height": 800})
    yield pages
    context.close()


@pytest.fixture(scope="module")
def axe_script():
    return axe_source()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_violation_on_russian_and_kazakh_pages(
    pages_by_width, axe_script, base_url, lang, path, width
):
    page = pages_by_width[width]
    response = page.goto(f"{base_url}{lang}/{path}")
    assert response is not None and response.ok
    assert page.evaluate("document.documentElement.lang") == lang
    page.evaluate(axe_script)
    results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    report = ARTIFACTS / "axe" / f"{lang}-{path.replace('/', '-')}-{width}.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps(results["violations"], indent=2), encoding="utf-8")
    assert results["violations"] == [], describe_violations(results["violations"])


def test_the_switcher_leads_from_disk_to_each_languages_page(browser, site):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto((site / "pages" / "get-help.html").resolve().as_uri())
        for lang, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            page.click(f"nav.language-switcher a[hreflang='{lang}']")
            assert page.evaluate("document.documentElement.lang") == lang
            assert page.url.startswith("file://")
            expected = "pages/get-help.html" if lang == "en" else f"{lang}/pages/get-help.html"
            assert page.url.endswith(expected), page.url
            current = page.locator("nav.language-switcher a[aria-current]")
            assert current.inner_text().strip() == name
    finally:
        context.close()
