"""Editors' workflow: `make newpost`, clear errors for bad content, no script, atomic output.

Every build here is the real `make html` (or `make publish`) on a temporary copy
of content/ and a temporary output folder that already holds a good build and
the files a host keeps there (CNAME, .nojekyll, .git). A bad file must make the
build exit non-zero, name the file, and leave that output folder byte for byte
as it was.
"""

import os
import re
import shutil
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

sys.path.insert(0, str(ROOT / "plugins"))

from content_checks import checks, markup  # noqa: E402

MAKE = ["make", "--no-print-directory", "-o", ".venv/.requirements-installed"]
# Wide enough that Pelican's log columns never wrap a file name.
ENV = {**os.environ, "COLUMNS": "500"}
KEPT = {"CNAME": b"example.org\n", ".nojekyll": b"", ".git/HEAD": b"ref: refs/heads/gh-pages\n"}


def make(*args, **variables):
    """Run `make ARGS VAR=value…` in the project; return (exit code, stdout + stderr)."""
    command = [*MAKE, *args, *(f"{name}={value}" for name, value in variables.items())]
    result = subprocess.run(
        command, cwd=ROOT, env=ENV, capture_output=True, encoding="utf-8", errors="replace"
    )
    return result.returncode, result.stdout + result.stderr


def snapshot(folder):
    """Every file and folder under `folder`, hidden ones too: bytes and modification time."""
    tree = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_dir():
            tree[key] = "folder"
        else:
            tree[key] = (path.read_bytes(), path.stat().st_mtime_ns)
    return tree


@pytest.fixture(scope="session")
def good_build(tmp_path_factory):
    """The repository's content built once by `make html`, plus the files a host keeps."""
    output = tmp_path_factory.mktemp("good") / "output"
    code, log = make("html", OUTPUTDIR=output)
    assert code == 0, log
    for name, data in KEPT.items():
        (output / name).parent.mkdir(exist_ok=True)
        (output / name).write_bytes(data)
    return output


@pytest.fixture
def site(tmp_path, good_build):
    """A copy of content/ to spoil, and an output folder holding the last good build."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    output = tmp_path / "output"
    shutil.copytree(good_build, output, symlinks=True)
    return content, output


def build_fails(content, output, name, *expected):
    """Build; assert it failed, named the file and left the output folder untouched."""
    before = snapshot(output)
    code, log = make("html", INPUTDIR=content, OUTPUTDIR=output)
    assert code != 0, log
    assert name in log, log
    for words in expected:
        assert words in log, log
    assert snapshot(output) == before
    assert sorted(p.name for p in output.parent.iterdir()) == ["content", "output"], "leftovers"
    return log


BAD_FILES = {
    "no title": ("2024-03-01-no-title.md", b"Date: 2024-03-01\n\nText.\n", "has no title"),
    "no date": ("no-date.md", b"Title: Undated\n\nText.\n", "has no date"),
    "empty file": ("empty.md", b"", "the file is empty"),
    "not UTF-8": (
        "latin-1.md",
        "Title: Café\nDate: 2024-03-01\n\nÉté.\n".encode("latin-1"),
        "UTF-8",
    ),
    "missing link target": (
        "links.md",
        b"Title: Links\nDate: 2024-03-01\n\nSee [help]({filename}../pages/no-such-page.md).\n",
        "pages/no-such-page.md",
    ),
    "image without alt text": (
        "image.md",
        b"Title: Image\nDate: 2024-03-01\n\nLook: ![](/images/photo.jpg)\n",
        "no alt text",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_fails_the_build_and_names_it(site, case):
    content, output = site
    name, data, expected = BAD_FILES[case]
    (content / "articles" / name).write_bytes(data)
    build_fails(content, output, name, expected, "Fix:")


def test_bad_date_says_which_date_and_how_to_write_it(site):
    content, output = site
    (content / "articles" / "bad-date.md").write_text(
        "Title: Bad\nDate: 31/31/2024\n\nText.\n", encoding="utf-8"
    )
    log = build_fails(content, output, "bad-date.md", "31/31/2024", "2025-01-31")
    assert "bad-date.md, line 2" in log


def test_duplicate_slug_names_both_files(site):
    content, output = site
    (content / "articles" / "copy.md").write_text(
        "Title: A copy\nDate: 2024-03-01\nSlug: moser-message-2020\n\nText.\n", encoding="utf-8"
    )
    build_fails(content, output, "copy.md", "2020-02-02-moser-message.md", "moser-message-2020")


def test_two_titles_with_one_slug_are_caught_too(site):
    content, output = site
    for name in ("one.md", "two.md"):
        (content / "articles" / name).write_text(
            "Title: Same Title!\nDate: 2024-03-01\n\nx\n", encoding="utf-8"
        )
    log = build_fails(content, output, "one.md", "two.md", "same-title")
    assert log.count("same-title") >= 2


def test_title_below_a_blank_line_is_explained(site):
    content, output = site
    (content / "articles" / "late.md").write_text(
        "\nTitle: Late\nDate: 2024-03-01\n\nText.\n", encoding="utf-8"
    )
    build_fails(content, output, "late.md", "not part of the header")


def test_category_one_letter_off_is_a_warning_that_fails_the_build(site):
    content, output = site
    (content / "articles" / "typo.md").write_text(
        "Title: Typo\nDate: 2024-03-01\nCategory: Mesages\n\nText.\n", encoding="utf-8"
    )
    log = build_fails(content, output, "typo.md", "“Mesages”", "“Messages”", "--fatal warnings")
    assert re.search(r"WARNING\s+\S*typo\.md, line 3", log), log


def test_category_differing_only_in_case_is_a_warning(site):
    content, output = site
    (content / "articles" / "case.md").write_text(
        "Title: Case\nDate: 2024-03-01\nCategory: messages\n\nText.\n", encoding="utf-8"
    )
    build_fails(content, output, "case.md", "“messages”", "“Messages”", "capital letters")


SCRIPT = {
    "script in the title": "Title: Hello <script>alert(1)</script>\nDate: 2024-03-01\n\nText.\n",
    "script in the body": "Title: Body\nDate: 2024-03-01\n\nHi <script>alert(1)</script>\n",
    "onerror in the body": "Title: Img\nDate: 2024-03-01\n\n<img src=x alt=x onerror=alert(1)>\n",
    "javascript link": "Title: Link\nDate: 2024-03-01\n\n[Click](javascript:alert(1))\n",
    "escaped script in the summary": (
        "Title: Sum\nDate: 2024-03-01\nSummary: &lt;script&gt;alert(1)&lt;/script&gt;\n\nText.\n"
    ),
    "onerror in the summary": (
        'Title: Sum\nDate: 2024-03-01\nSummary: <img src="x" alt="x" onerror="alert(1)">\n\nx\n'
    ),
    "javascript in another field": (
        "Title: Field\nDate: 2024-03-01\nOriginal_url: JaVa&#x09;ScRiPt:alert(1)\n\nText.\n"
    ),
    "script hidden by a comment trick": (
        "Title: Trick\nDate: 2024-03-01\n\n<!--><img src=x alt=x onerror=alert(1)>-->\n"
    ),
    "event attribute smuggled into a field": (
        'Title: Quote\nDate: 2024-03-01\nOriginal_url: https://example.org/" onmouseover="x\n\nx\n'
    ),
    "script in a page": "Title: Page <svg onload=alert(1)>\n\nText.\n",
}


def assert_no_script(output):
    for path in sorted(output.rglob("*")):
        if path.suffix not in (".html", ".xml"):
            continue
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text.lower(), path
        assert "javascript:" not in text.lower(), path
        for tag in BeautifulSoup(text, "html.parser").find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], (path, tag)


@pytest.mark.parametrize("case", SCRIPT)
def test_script_never_reaches_readers(site, case):
    content, output = site
    folder = "pages" if "page" in case else "articles"
    (content / folder / "unsafe.md").write_text(SCRIPT[case], encoding="utf-8")
    log = build_fails(content, output, "unsafe.md", "Fix:")
    assert "unsafe.md, line" in log, log
    assert_no_script(output)


SPECIAL_TITLE = 'Fish & chips "quoted" 1 < 2'
NEW_TITLE = "Prevention Month: what you can do"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory, good_build):
    """One good rebuild over the last good build, with a post from `make newpost` and
    a harmless title full of HTML's special characters; `output/` also held a stale file."""
    folder = tmp_path_factory.mktemp("rebuilt")
    content, output = folder / "content", folder / "output"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(good_build, output, symlinks=True)
    (output / "stale.html").write_text("from an older build", encoding="utf-8")

    code, log = make("newpost", INPUTDIR=content, TITLE=NEW_TITLE)
    assert code == 0, log
    [post] = (content / "articles").glob("*-what-you-can-do.md")
    draft = post.read_text(encoding="utf-8")
    post.write_text(draft.replace("Status: draft", "Status: published"), encoding="utf-8")

    (content / "articles" / "2024-03-01-special.md").write_text(
        f"Title: {SPECIAL_TITLE}\nDate: 2024-03-01\nSlug: special\nCategory: Messages\n\n"
        "Mentioning `<script>` in code is fine.\n",
        encoding="utf-8",
    )
    code, log = make("html", INPUTDIR=content, OUTPUTDIR=output)
    assert code == 0, log
    return {"output": output, "post": post, "draft": draft, "folder": folder}


def test_good_build_replaces_output_and_keeps_the_hosts_files(rebuilt):
    output = rebuilt["output"]
    assert (output / "special.html").is_file() and (output / "index.html").is_file()
    assert not (output / "stale.html").exists(), "the new build replaced the old folder"
    for name, data in KEPT.items():
        assert (output / name).read_bytes() == data, name
    assert sorted(p.name for p in rebuilt["folder"].iterdir()) == ["content", "output"]


def test_titles_are_escaped_wherever_shown(rebuilt):
    """A harmless title full of HTML's special characters builds, and shows as typed."""
    output = rebuilt["output"]
    page = BeautifulSoup((output / "special.html").read_text(encoding="utf-8"), "html.parser")
    assert page.h1.get_text() == SPECIAL_TITLE
    assert page.title.get_text().startswith('Fish & chips "quoted" 1 < 2 ·')
    assert page.find("meta", attrs={"name": "description"})["content"].startswith("Fish & chips")
    assert not page.select("h1 b, title b, a b")
    assert "&lt;script&gt;" in str(page.select_one(".article__body"))
    for listing in ("index.html", "archives.html", "category/messages.html"):
        soup = BeautifulSoup((output / listing).read_text(encoding="utf-8"), "html.parser")
        assert SPECIAL_TITLE in [a.get_text() for a in soup.find_all("a")], listing
    assert_no_script(output)


def test_newpost_writes_a_draft_that_builds_into_a_page(rebuilt):
    post, draft = rebuilt["post"], rebuilt["draft"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}-prevention-month-what-you-can-do\.md", post.name)
    lines = draft.splitlines()
    for line in (f"Title: {NEW_TITLE}", f"Date: {post.name[:10]}", "Category: Messages"):
        assert line in lines
    assert "Tags:" in lines and "Summary:" in lines and "Status: draft" in lines
    assert "Status: published" in draft, "the draft says how to publish it"

    html = (rebuilt["output"] / "prevention-month-what-you-can-do.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser")
    assert page.h1.get_text() == NEW_TITLE
    assert "[//]" not in html and "Status:" not in page.get_text()


def test_publish_needs_siteurl_and_leaves_output_alone(site):
    content, output = site
    before = snapshot(output)
    code, log = make("publish", INPUTDIR=content, OUTPUTDIR=output, SITEURL="")
    assert code != 0
    assert "SITEURL" in log
    assert snapshot(output) == before


def test_publish_builds_the_web_copy_atomically(site):
    content, output = site
    code, log = make("publish", INPUTDIR=content, OUTPUTDIR=output, SITEURL="https://example.org")
    assert code == 0, log
    assert (output / "feeds" / "all.atom.xml").is_file()
    for name, data in KEPT.items():
        assert (output / name).read_bytes() == data, name


def test_newpost_keeps_quotes_and_dollars_in_the_title(tmp_path):
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    code, log = make("newpost", INPUTDIR=tmp_path / "content", TITLE='It\'s $5 "now"')
    assert code == 0, log
    [post] = articles.glob("*.md")
    assert 'Title: It\'s $5 "now"' in post.read_text(encoding="utf-8")


def test_newpost_refuses_to_overwrite(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    code, log = make("newpost", INPUTDIR=content, TITLE="Same title")
    assert code == 0, log
    [post] = (content / "articles").glob("*.md")
    post.write_text("Title: Same title\nDate: 2024-03-01\n\nWork in progress.\n", encoding="utf-8")
    code, log = make("newpost", INPUTDIR=content, TITLE="Same title")
    assert code != 0
    assert post.name in log and "already" in log
    assert (
        post.read_text(encoding="utf-8")
        == "Title: Same title\nDate: 2024-03-01\n\nWork in progress.\n"
    )


def test_newpost_needs_a_title(tmp_path):
    (tmp_path / "content" / "articles").mkdir(parents=True)
    code, log = make("newpost", INPUTDIR=tmp_path / "content")
    assert code != 0
    assert 'TITLE="' in log
    assert not list((tmp_path / "content" / "articles").iterdir())


def test_plugin_is_enabled_in_the_real_settings():
    settings = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    plugins = re.search(r"^PLUGINS = \[(.*)\]$", settings, re.M).group(1)
    assert '"content_checks"' in plugins and '"key_facts"' in plugins


# The checking core on its own (no build): what the allow list refuses, and what not.

UNSAFE_HTML = [
    "<SCRIPT>alert(1)</SCRIPT>",
    '<img src="x" alt="x" ONERROR="alert(1)">',
    '<img/src="x"/alt=""/onerror=alert(1)>',
    '<a href="  java&#x0A;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<a href=vbscript:msgbox(1)>x</a>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>",
    "<iframe srcdoc='<p>x</p>'></iframe>",
    "<!--><img src=x alt=x onerror=alert(1)>-->",
    "<![CDATA[ ><img src=x alt=x onerror=alert(1)> ]]>",
    '<math><mtext><style><img src=x alt=x onerror="alert(1)"></style></mtext></math>',
]
SAFE_HTML = [
    '<p>Call <a href="tel:+18883737888">1-888-373-7888</a>.</p>',
    "<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>",
    "<p>Never click a javascript: link, and watch for onerror= in mail.</p>",
    '<p><img src="/images/a.png" alt="A poster" title="on display"></p>',
    "<blockquote><p>[!FACT] The hotline answers 24 hours a day.</p></blockquote>",
]


@pytest.mark.parametrize("html", UNSAFE_HTML)
def test_checker_finds_script(html):
    assert markup.find_disallowed(html), html


@pytest.mark.parametrize("html", SAFE_HTML)
def test_checker_leaves_ordinary_html_alone(html):
    assert markup.find_disallowed(html) == []


def test_metadata_is_checked_after_unescaping():
    problems = markup.check_metadata(
        "a.md",
        {"title": "Safe", "summary": "&amp;lt;script&amp;gt;x", "tags": ["javascript:x"]},
        "Title: Safe\nSummary: &amp;lt;script&amp;gt;x\nTags: javascript:x\n\nText.\n",
        languages=("en",),
    )
    # Tags are text, shown escaped: "javascript:x" is a topic's name, not a link.
    assert [(p.line, "<script>" in p.what) for p in problems] == [(2, True)]


def test_similar_categories():
    assert checks.similar("Mesages", "Messages") == "typo"
    assert checks.similar("Messsages", "Messages") == "typo"
    assert checks.similar("Mesagez", "Messages") is None  # two edits: another name
    assert checks.similar("Massages", "Messages") == "typo"
    assert checks.similar("Msesages", "Messages") == "typo"  # two letters swapped
    assert checks.similar("messages", "Messages") == "case"
    assert checks.similar("News", "Messages") is None
    assert checks.similar("UN", "US") is None  # too short to call a typo


def test_header_is_read_like_markdown_meta():
    header = checks.parse_header("Title: A\n    long title\nDate: 2024-01-01\n\nTitle: not me\n")
    assert header.first("title").value == "A long title"
    assert header.first("date").line == 3 and header.end_line == 3
    assert len(header.fields["title"]) == 1
