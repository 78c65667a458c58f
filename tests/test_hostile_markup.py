"""Hostile markup: nothing that acts without script reaches a page.

Each harmful input is a real build (Pelican in a subprocess, with --fatal warnings as
`make html` runs it) of a temporary content folder holding that one file. A refused
input must make the build exit non-zero with a message naming the file and the line,
print no traceback and write no page. Metadata that is merely odd text (quotes, `&`,
words that look like attributes) builds, and shows escaped, exactly as typed.
The core (`content_checks.markup`, no Pelican) is also tested on its own.
"""

import sys

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, run_pelican

sys.path.insert(0, str(ROOT / "plugins"))

from content_checks import markup  # noqa: E402

# Wide enough that Pelican's log columns never wrap a file name.
ENV = {"COLUMNS": "500"}
REFRESH = '<meta http-equiv="refresh" content="0;url=https://evil.example/">'
HEADER = "Title: Hostile\nDate: 2024-03-01\nCategory: Messages\n"


def build(tmp_path, files, *, check=False):
    """Build a content folder holding `files` ({relative path: text}); the result and output."""
    content, output = tmp_path / "content", tmp_path / "output"
    for relpath, text in files.items():
        path = content / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    (content / "pages").mkdir(exist_ok=True)
    result = run_pelican(output, content=content, env=ENV, check=check)
    return result, output


def assert_refused(result, output, name, line, *words):
    log = result.stdout + result.stderr
    assert result.returncode != 0, log
    assert f"{name}, line {line}:" in log, log
    assert "Traceback" not in log, log
    assert "Fix:" in log, log
    for word in words:
        assert word in log, log
    assert not output.exists() or not list(output.rglob("*.html")), "a page was written"


def line_of(text, marker):
    """The number of the first line below the header that holds `marker`."""
    lines = text.splitlines()
    start = lines.index("") + 1
    return next(n for n, line in enumerate(lines, start=1) if n > start and marker in line)


# (text of articles/hostile.md, text on the line the message must name, words it must name)
BODY = {
    "meta refresh": (HEADER + f"\nHello.\n\n{REFRESH}\n", "<meta", "<meta>", "another page"),
    "meta refresh inline": (HEADER + f"\nHello {REFRESH} there.\n", "<meta", "<meta>"),
    "form": (
        HEADER + '\nText.\n\n<form action="https://evil.example/"><p>Your phone</p></form>\n',
        "<form",
        "<form>",
        "collect what readers type",
    ),
    "input": (HEADER + '\n<input name="phone" placeholder="Phone">\n', "<input", "<input>"),
    "button": (HEADER + "\n\nText\n\n<button>Call</button>\n", "<button", "<button>"),
    "link stylesheet": (
        HEADER + '\n<link rel="stylesheet" href="https://evil.example/x.css">\n',
        "<link",
        "<link>",
    ),
    "base": (HEADER + '\nA\n\n<base href="https://evil.example/">\n', "<base", "<base>"),
    "style element": (HEADER + "\n<style>body{display:none}</style>\n", "<style", "<style>"),
    "style overlay": (
        HEADER + '\nIntro.\n\n<div style="position:fixed;inset:0;background:#fff">'
        "Call 1-800-FAKE</div>\n",
        "style=",
        "style=",
    ),
    "style through attr_list": (
        HEADER + '\nCall us now\n{: style="position:fixed;top:0;left:0;right:0" }\n',
        "{: style",
        "style=",
    ),
    "class of the help notice": (
        HEADER + '\n<div class="help-notice">Call 1-800-FAKE</div>\n',
        "help-notice",
        "class",
        "help notice",
    ),
    "id of the main region": (
        HEADER + '\n<h2 id="main">Skip here</h2>\n',
        'id="main"',
        "id “main”",
    ),
    "a heading whose id would be the theme's": (
        HEADER + "\nIntro.\n\n## Main\n\nText.\n",
        "## Main",
        "{#main-text}",
    ),
    "iframe": (HEADER + '\n<iframe src="https://evil.example/"></iframe>\n', "<iframe", "<iframe>"),
    "svg onload": (HEADER + "\nX\n\n<svg onload=alert(1)></svg>\n", "<svg", "<svg>"),
    "onclick on an allowed element": (
        HEADER + '\n<p onclick="location=1">Click</p>\n',
        "onclick",
        "onclick=",
        "run script",
    ),
    "comment trick": (
        HEADER + "\n<!--><img src=x alt=x onerror=alert(1)>-->\n",
        "onerror",
        "onerror=",
    ),
    "entity-encoded javascript": (
        HEADER + '\n<a href="&#106;avascript:alert(1)">help</a>\n',
        "&#106;",
        "javascript:",
        "runs script",
    ),
    "javascript split by a tab entity": (
        HEADER + '\nSee <a href="java&#x09;script:alert(1)">this</a>.\n',
        "&#x09;",
        "not allowed",
    ),
    "javascript in a Markdown link": (
        HEADER + "\nText.\n\n[Call now](javascript:alert(1))\n",
        "](javascript:",
        "javascript:alert(1)",
    ),
    "data: link": (HEADER + "\n[Open](data:text/html;base64,PHA+aGk8L3A+)\n", "](data:", "data:"),
    "data: image": (
        HEADER + "\n![A dot](data:image/png;base64,iVBORw0KGgo=)\n",
        "](data:",
        "data:",
    ),
    "remote image": (
        HEADER + "\nOur poster:\n\n![The poster](https://evil.example/poster.png)\n",
        "](https://evil",
        "another site (evil.example)",
    ),
    "remote image, protocol-relative": (
        HEADER + '\n<img src="//evil.example/p.png" alt="A poster">\n',
        "//evil",
        "evil.example",
    ),
    "remote image, backslashes": (
        HEADER + '\n<img src="/\\evil.example/p.png" alt="A poster">\n',
        "evil.example",
        "another site",
    ),
}


@pytest.mark.parametrize("case", BODY)
def test_harmful_body_markup_is_refused(tmp_path, case):
    text, marker, *words = BODY[case]
    line = line_of(text, marker)
    result, output = build(tmp_path, {"articles/hostile.md": text})
    assert_refused(result, output, "hostile.md", line, *words)


METADATA_FIELDS = ("Title", "Author", "Author_role", "Category", "Tags", "Summary")
METADATA_FIELDS += ("Original_publisher", "Lang")


@pytest.mark.parametrize("field", METADATA_FIELDS)
def test_meta_refresh_in_any_metadata_field_is_refused(tmp_path, field):
    header = {"Title": "Hostile", "Date": "2024-03-01", "Category": "Messages"}
    header[field] = f"Plain words {REFRESH}"
    text = "".join(f"{key}: {value}\n" for key, value in header.items()) + "\nText.\n"
    line = list(header).index(field) + 1
    result, output = build(tmp_path, {"articles/hostile.md": text})
    assert_refused(result, output, "hostile.md", line, f"“{field}:”")


ENCODED_FIELDS = {
    "entities": "&lt;meta http-equiv=refresh content=0;url=https://evil.example/&gt;",
    "entities twice": "&amp;lt;meta http-equiv=refresh content=0;url=https://evil.example/&amp;gt;",
    "numeric entities": "&#60;meta http-equiv=refresh content=0&#62;",
}


@pytest.mark.parametrize("case", ENCODED_FIELDS)
def test_entity_encoded_markup_in_metadata_is_refused(tmp_path, case):
    text = f"Title: Hostile\nDate: 2024-03-01\nAuthor: {ENCODED_FIELDS[case]}\n\nText.\n"
    result, output = build(tmp_path, {"articles/hostile.md": text})
    assert_refused(result, output, "hostile.md", 3, "“Author:”", "<meta>")


LANG_AND_URL = {
    "quote in Lang": ('Lang: en" onmouseover="alert(1)', "not one of the site's languages"),
    "Lang not a site language": ("Lang: fr", "not one of the site's languages"),
    "http Original_url": ("Original_url: http://kz.usembassy.gov/", "https://"),
    "javascript Original_url": ("Original_url: javascript:alert(1)", "https://"),
    "quote in Original_url": ('Original_url: https://x.example/" onfocus="x', "https://"),
}


@pytest.mark.parametrize("case", LANG_AND_URL)
def test_lang_and_original_url_are_checked(tmp_path, case):
    line, words = LANG_AND_URL[case]
    text = f"Title: Hostile\nDate: 2024-03-01\n{line}\n\nText.\n"
    result, output = build(tmp_path, {"articles/hostile.md": text})
    assert_refused(result, output, "hostile.md", 3, words)


def test_a_page_is_checked_like_an_article(tmp_path):
    text = f"Title: Help\n\nCall us.\n\n{REFRESH}\n"
    result, output = build(tmp_path, {"pages/help.md": text})
    assert_refused(result, output, "help.md", 5, "<meta>")


# -- what is allowed builds, and odd text is escaped ---------------------------------

ALLOWED = """Title: Everything allowed
Date: 2024-03-01
Category: Messages
Lang: ru

[TOC]

## Words

The <abbr title="Trafficking in Persons">TIP</abbr> report; press <kbd>Ctrl</kbd>+<kbd>P</kbd>
to print; H<sub>2</sub>O, 10<sup>3</sup> and a <mark>marked</mark> word.[^1]

<details open>
<summary>More</summary>
<p>Hidden at first.</p>
</details>

| Tier | Meaning |
|:-----|--------:|
| 1 | meets the standards |

Term
: What it means.

```python
print("code")
```

See [help]({filename}../pages/help.md#top), [mail](mailto:help@example.org),
[call](tel:+18883737888), [the report](https://www.state.gov/) and [above](#words).

![A poster]({static}/images/poster.png)

*[HTML]: HyperText Markup Language

Writing about <code>&lt;meta http-equiv="refresh"&gt;</code> and `<form>` is fine.

[^1]: A footnote.
"""
ODD = {
    "Author": 'Jane "JJ" O\'Brien & <3 onmouseover="alert(1)',
    "Author_role": '" http-equiv="refresh" content="0;url=https://evil.example/',
    "Original_publisher": "Embassy & Co. \"the 'best'\" onfocus=alert(1)",
    "Category": 'Help" onclick="alert(1)',
    "Tags": 'x" onmouseover="alert(1), 1 < 2',
    "Summary": 'A summary with "quotes" & an ampersand',
}
MENU_LABEL = 'Help "now" & <3 onclick=alert(1)'
ODD_TEXT = (
    "Title: Odd but harmless\nDate: 2024-03-02\nSlug: odd\n"
    + "".join(f"{key}: {value}\n" for key, value in ODD.items())
    + "Original_url: https://kz.usembassy.gov/?a=1&b=2\n\nText.\n"
)


@pytest.fixture(scope="module")
def allowed_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("allowed")
    files = {
        "articles/allowed.md": ALLOWED,
        "articles/odd.md": ODD_TEXT,
        "pages/help.md": f"Title: Help\nMenu_label: {MENU_LABEL}\n\nHelp.\n",
        "images/poster.png": b"\x89PNG\r\n\x1a\n",
    }
    result, output = build(folder, files, check=True)
    return output


def test_the_allowed_list_builds(allowed_site):
    page = BeautifulSoup(
        (allowed_site / "ru" / "everything-allowed.html").read_text("utf-8"), "html.parser"
    )
    body = page.select_one(".article__body")
    for selector in ("abbr[title]", "kbd", "sub", "sup", "mark", "details[open] summary"):
        assert body.select(selector), selector
    assert body.select("table th[align=left]"), "table alignment is an attribute, not a style"
    assert body.select(".footnote li[id]") and body.select("a.footnote-ref")
    assert body.select("dl dd") and body.select("pre code.language-python")
    assert body.select_one("div.toc a[href='#words']")
    assert not body.select("[style]")
    assert page.html["lang"] == "ru"


def test_odd_metadata_shows_as_typed_and_escaped(allowed_site):
    html = (allowed_site / "odd.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser")
    meta = page.select_one(".article__meta").get_text(" ", strip=True)
    assert ODD["Author"] in meta and ODD["Author_role"] in meta
    original = page.select_one(".article__original a")
    assert ODD["Original_publisher"] in original.get_text()
    assert original["href"] == "https://kz.usembassy.gov/?a=1&b=2"
    footer = page.select_one(".article__footer").get_text(" ", strip=True)
    assert ODD["Category"] in footer and 'x" onmouseover="alert(1)' in footer
    for tag in page.find_all(True):
        assert not [name for name in tag.attrs if name.startswith("on")], tag
    assert not page.find("meta", attrs={"http-equiv": "refresh"})
    assert page.find("meta", attrs={"name": "description"})["content"] == ODD["Summary"]
    listing = BeautifulSoup((allowed_site / "index.html").read_text("utf-8"), "html.parser")
    assert ODD["Summary"] in [p.get_text() for p in listing.select(".article-list__summary")]
    assert MENU_LABEL in [a.get_text() for a in listing.select(".site-nav a")]
    # The raw page holds the quotes and the "<" as entities: no attribute can end early.
    assert "Jane &#34;JJ&#34; O&#39;Brien &amp; &lt;3" in html


def test_lang_of_a_page_is_an_attribute_that_stays_closed(allowed_site):
    for path in allowed_site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        assert soup.html["lang"] in ("en", "ru", "kk"), path
        assert set(soup.html.attrs) == {"lang"}, path


# -- the core on its own -------------------------------------------------------------


@pytest.mark.parametrize(
    "html, kind, name",
    [
        (REFRESH, "element", "meta"),
        ('<p style="color:red">x</p>', "attribute", "style"),
        ('<a href="https://x.example/" target="_blank">x</a>', "attribute", "target"),
        ('<img src="https://cdn.example/x.png" alt="x">', "remote", "src"),
        ('<a href="vbscript:msgbox(1)">x</a>', "address", "href"),
        ("<td>a cell outside a table</td>", "misplaced", "td"),
        ('<code class="key-fact-source">x</code>', "attribute", "class"),
        ('<h3 id="fact-1">Fake fact</h3>', "attribute", "id"),
    ],
)
def test_core_names_what_it_refuses(html, kind, name):
    found = markup.find_disallowed(html)
    assert [(f.kind, f.attribute or f.tag) for f in found][:1] == [(kind, name)], found


def test_core_finds_the_line_of_each_problem():
    text = "Title: T\n\nGood.\n\n<p>Fine</p>\n\n<p style='x'>no</p>\n"
    html = "<p>Good.</p>\n<p>Fine</p>\n<p style='x'>no</p>"
    [problem] = markup.check_body("t.md", html, text)
    assert problem.line == 7 and "style=" in problem.what


def test_core_lets_markdown_output_through():
    html = (
        '<h2 id="words">W</h2><p>a<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a>'
        '</sup> <a href="{filename}/pages/x.md">x</a> <img alt="a" src="{static}/images/a.png" '
        'title="t"></p><table><thead><tr><th align="center">a</th></tr></thead><tbody><tr>'
        '<td align="right">1</td></tr></tbody></table><div class="footnote"><hr><ol>'
        '<li id="fn:1"><p>N.&#160;<a class="footnote-backref" href="#fnref:1" '
        'title="Back to reference 1">&#8617;</a></p></li></ol></div>'
    )
    assert markup.find_disallowed(html) == []


def test_plain_https_url():
    assert markup.plain_https_url("https://kz.usembassy.gov/a?b=1&c=2#d")
    for value in ("http://x.org/", "https:///x", "https://x.org/ a", 'https://x.org/"', "//x.org"):
        assert not markup.plain_https_url(value), value


def test_languages_default_to_what_the_caller_gives():
    problems = markup.check_metadata(
        "a.md", {"lang": "ru"}, "Title: A\nLang: ru\n\nx\n", languages=["en"]
    )
    assert [p.line for p in problems] == [2]
    assert not markup.check_metadata("a.md", {"lang": "ru"}, "Lang: ru\n", languages=["en", "ru"])


# -- our own corpus of hostile and careless files ------------------------------------

CORPUS = ROOT / "tests" / "data" / "hostile"


def corpus_cases():
    for row in (CORPUS / "expected.txt").read_text(encoding="utf-8").splitlines():
        if row.strip() and not row.startswith("#"):
            name, line, words = row.split("\t")
            yield pytest.param(name, int(line), words, id=name)


def test_the_corpus_lists_every_file_and_has_enough_of_them():
    listed = {case.values[0] for case in corpus_cases()}
    assert listed == {path.name for path in CORPUS.glob("*.md")}
    assert len(listed) >= 15


@pytest.mark.parametrize("name, line, words", list(corpus_cases()))
def test_every_corpus_file_is_refused_with_its_line(tmp_path, name, line, words):
    files = {
        f"articles/{name}": (CORPUS / name).read_text(encoding="utf-8"),
        "images/poster.png": b"\x89PNG\r\n\x1a\n",
    }
    result, output = build(tmp_path, files)
    assert_refused(result, output, name, line, words)
