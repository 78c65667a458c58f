"""Hostile metadata in a real browser (Debian's Chromium through Playwright).

A site is built from metadata that the checks let through because it is only odd
text, though it was written to redirect: quotes that would end the description's
`content="…"` and add `http-equiv="refresh"`, attribute words in the author, the
category and the tags, and a `<meta>` refresh written with entities in the body. Every
page made from it is opened over http:// and from disk (file://); none may ask for
another page by itself. A control page, written by hand with the same value left
unescaped, shows that the same wait does see a redirect.

Without Chromium the tests skip, saying how to install it; in CI (CI=true) they fail.
"""

import os

import pytest
from browser_helpers import CHROMIUM_FLAGS, INSTALL_HINT, find_chromium, serve
from conftest import run_pelican

ELSEWHERE = "elsewhere.html"
# Would end `content="` of the description and make it a refresh, if printed unescaped.
BREAKOUT = f'0;url={ELSEWHERE}" http-equiv="refresh'
ODD_ARTICLE = f"""Title: {BREAKOUT}
Date: 2024-03-02
Slug: odd
Author: x" http-equiv="refresh" content="0;url={ELSEWHERE}
Author_role: 0;url=https://evil.example/" http-equiv="refresh
Category: News" http-equiv="refresh" content="0;url={ELSEWHERE}
Tags: a" http-equiv="refresh" content="0;url={ELSEWHERE}
Summary: {BREAKOUT}
Original_publisher: x" http-equiv="refresh" content="0;url={ELSEWHERE}
Original_url: https://kz.usembassy.gov/

Writing about &lt;meta http-equiv="refresh" content="0;url={ELSEWHERE}"&gt; is fine.
"""
# Long enough for a zero-second refresh to start: the control page shows it is.
WAIT_MS = 700


def require_chromium():
    path = find_chromium()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the browser tests. {INSTALL_HINT}", pytrace=False)
        pytest.skip(INSTALL_HINT)
    return path


@pytest.fixture(scope="module")
def browser():
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def odd_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    content, output = folder / "content", folder / "output"
    (content / "articles").mkdir(parents=True)
    (content / "pages").mkdir()
    (content / "articles" / "odd.md").write_text(ODD_ARTICLE, encoding="utf-8")
    run_pelican(output, content=content)
    (output / ELSEWHERE).write_text("<!DOCTYPE html><title>Elsewhere</title>", "utf-8")
    # The control: the description as it would be without escaping.
    (output / "control.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="description" content="{BREAKOUT}"><title>Control</title></head>'
        "<body><p>Control</p></body></html>",
        encoding="utf-8",
    )
    return output


def navigations(browser, url, allowed):
    """Every page the browser asks for, in its main frame, after opening `url`."""
    context = browser.new_context()
    context.set_default_timeout(10_000)
    asked = []
    context.on(
        "request",
        lambda request: (
            asked.append(request.url)
            if request.is_navigation_request() and request.frame.parent_frame is None
            else None
        ),
    )

    def guard(route):
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.goto(url)
    page.wait_for_timeout(WAIT_MS)
    final = page.url
    context.close()
    return asked, final


PAGES = ("odd.html", "index.html", "archives.html", "categories.html", "tags.html")


@pytest.mark.parametrize("path", PAGES)
def test_odd_metadata_never_moves_the_reader_over_http(browser, odd_site, path):
    assert (odd_site / path).is_file(), path
    with serve(odd_site) as (base, _requests):
        asked, final = navigations(browser, base + path, (base,))
    assert asked == [base + path]
    assert final == base + path


@pytest.mark.parametrize("path", PAGES)
def test_odd_metadata_never_moves_the_reader_from_disk(browser, odd_site, path):
    url = (odd_site / path).resolve().as_uri()
    asked, final = navigations(browser, url, (odd_site.resolve().as_uri() + "/",))
    assert asked == [url]
    assert final == url


def test_the_category_and_tag_pages_stay_too(browser, odd_site):
    paths = sorted(p.relative_to(odd_site).as_posix() for p in odd_site.glob("*/*.html"))
    assert any(p.startswith("category/") for p in paths) and any(
        p.startswith("tag/") for p in paths
    ), paths
    with serve(odd_site) as (base, _requests):
        for path in paths:
            asked, final = navigations(browser, base + path, (base,))
            assert asked == [base + path] and final == base + path, path


def test_the_control_page_does_redirect(browser, odd_site):
    """The same value unescaped redirects within the wait: the tests above can fail."""
    with serve(odd_site) as (base, _requests):
        asked, final = navigations(browser, base + "control.html", (base,))
    assert asked == [base + "control.html", base + ELSEWHERE]
    assert final == base + ELSEWHERE
