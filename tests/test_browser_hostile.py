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

import concurrent.futures
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
    """Every page the browser asks for in its main frame after opening `url`, and where
    it ends up."""
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


def visit_all(executable, site):
    """Open every page of `site` over http:// and from disk: {(how, path): (asked, final)}.

    A browser of its own, in a thread of its own: test_browser.py keeps its Playwright
    running for the whole session, and a second one cannot start beside it in one thread.
    """
    from playwright.sync_api import sync_playwright

    paths = [*PAGES, "control.html"]
    paths += sorted(p.relative_to(site).as_posix() for p in site.glob("*/*.html"))
    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        with serve(site) as (base, _requests):
            for path in paths:
                found[("http", path)] = navigations(browser, base + path, (base,))
        disk = site.resolve().as_uri() + "/"
        for path in paths:
            found[("file", path)] = navigations(browser, disk + path, (disk,))
        browser.close()
    return found, base, disk


@pytest.fixture(scope="module")
def visits(odd_site):
    executable = require_chromium()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(visit_all, executable, odd_site).result()


@pytest.mark.parametrize("how", ("http", "file"))
@pytest.mark.parametrize("path", PAGES)
def test_odd_metadata_never_moves_the_reader(odd_site, visits, path, how):
    assert (odd_site / path).is_file(), path
    found, base, disk = visits
    url = (base if how == "http" else disk) + path
    assert found[(how, path)] == ([url], url)


def test_the_category_and_tag_pages_stay_too(visits):
    found, base, disk = visits
    paths = [path for how, path in found if how == "http" and "/" in path]
    assert any(p.startswith("category/") for p in paths), paths
    assert any(p.startswith("tag/") for p in paths), paths
    for path in paths:
        assert found[("http", path)] == ([base + path], base + path), path
        assert found[("file", path)] == ([disk + path], disk + path), path


@pytest.mark.parametrize("how", ("http", "file"))
def test_the_control_page_does_redirect(visits, how):
    """The same value unescaped redirects within the wait: the tests above can fail."""
    found, base, disk = visits
    root = base if how == "http" else disk
    assert found[(how, "control.html")] == (
        [root + "control.html", root + ELSEWHERE],
        root + ELSEWHERE,
    )
