"""Careless and hostile files (issue 14, part B): addresses, links out of content/, drafts,
dates, plain messages, files nothing reads, and Pelican's public interfaces only.

Each build is the real `make html` (or `make publish`, or `make devserver`) on a copy
of content/ and an output folder holding the last good build, as in test_editors.py:
a bad file must stop the build, be named, print no traceback, and leave the output
folder as it was.
"""

import contextlib
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from test_editors import ENV, MAKE, build_fails, good_build, make, site, snapshot  # noqa: F401

sys.path.insert(0, str(ROOT / "plugins"))

from content_checks import checks  # noqa: E402

HEADER = "Title: A post\nDate: 2024-03-01\n"


def fails_plainly(content, output, name, *expected):
    """As build_fails, and the log holds no Python traceback."""
    log = build_fails(content, output, name, *expected)
    assert "Traceback" not in log, log
    assert "Fix:" in log, log
    return log


# --- 1. no post takes another page's address -------------------------------------

ADDRESSES = {
    "the home page": ("Save_as: index.html", "home page"),
    "the help page": ("Save_as: pages/get-help.html", "pages/get-help.md"),
    "the help page by URL": ("URL: pages/get-help.html", "pages/get-help.md"),
    "the help page in capitals": ("Save_as: Pages/Get-Help.html", "pages/get-help.md"),
    "the archives": ("Save_as: archives.html", "archives.html"),
    "the key facts page": ("Save_as: key-facts.html", "Key facts page"),
    "the russian key facts page": ("Save_as: ru/key-facts.html", "Key facts page in ru"),
    "facts.json": ("Save_as: facts.json", "facts.json"),
    "the 404 page": ("Save_as: 404.html", "404.html"),
    "the tags page": ("Save_as: tags.html", "tags.html"),
    "a category page": ("Save_as: category/messages.html", "list pages"),
    "the theme": ("Save_as: theme/css/site.css", "theme"),
    "the theme by a detour": ("Save_as: x/../theme/css/index.html", "theme's files"),
    "outside the output": ("Save_as: ../escaped.html", "outside the site's output folder"),
    "a path on the machine": ("Save_as: /tmp/escaped.html", "outside the site's output folder"),
    "another host": ("URL: https://example.org/fake-help.html", "outside"),
    "the host's git folder": ("Save_as: .git/hooks/post-update", "files the web host keeps"),
    "a server's settings": ("Save_as: .htaccess", "does not name a page"),
    "a stylesheet": ("Save_as: site.css", "ending in .html"),
}


@pytest.mark.parametrize("case", ADDRESSES)
def test_a_post_cannot_take_an_address_that_is_not_its_own(site, case):  # noqa: F811
    content, output = site
    line, expected = ADDRESSES[case]
    (content / "articles" / "takeover.md").write_text(f"{HEADER}{line}\n\nText.\n", "utf-8")
    fails_plainly(content, output, "takeover.md, line 3", expected)
    assert not (output.parent / "escaped.html").exists()


def test_two_posts_with_one_save_as_are_both_named(site):  # noqa: F811
    content, output = site
    for name in ("first.md", "second.md"):
        (content / "articles" / name).write_text(
            f"Title: {name}\nDate: 2024-03-01\nSave_as: news.html\n\nText.\n", "utf-8"
        )
    log = fails_plainly(content, output, "first.md", "second.md", "“news.html”")
    assert re.search(r"first\.md, line 3: .*second\.md", log), log
    assert re.search(r"second\.md, line 3: .*first\.md", log), log


def test_a_page_whose_slug_gives_the_help_pages_address(site):  # noqa: F811
    content, output = site
    (content / "pages" / "copy.md").write_text("Title: Help\nSlug: get-help\n\nFake.\n", "utf-8")
    fails_plainly(content, output, "copy.md", "pages/get-help.md", "get-help")


@pytest.mark.parametrize("slug", ["index", "../../escaped", "theme/css/site"])
def test_a_slug_cannot_take_an_address_either(site, slug):  # noqa: F811
    content, output = site
    (content / "articles" / "slugged.md").write_text(f"{HEADER}Slug: {slug}\n\nText.\n", "utf-8")
    fails_plainly(content, output, "slugged.md, line 3", f"its “Slug: {slug}” line")
    assert not (output.parent / "escaped.html").exists()


@pytest.mark.parametrize("name", ["Save_as", "URL"])
def test_an_empty_save_as_or_url_line(name):
    [problem] = checks.check_header("a.md", f"{HEADER}{name}:\n\nx\n", "article")
    assert problem.line == 3 and f"the “{name}:” line is empty" in problem.what


def test_a_title_too_long_for_a_file_name(site):  # noqa: F811
    content, output = site
    title = " ".join(["trafficking"] * 30)
    (content / "articles" / "long.md").write_text(
        f"Title: {title}\nDate: 2024-03-01\n\nText.\n", "utf-8"
    )
    fails_plainly(content, output, "long.md, line 1", "longer than a file name can be", "Slug:")


def test_newpost_refuses_a_title_too_long_for_a_file_name(tmp_path):
    (tmp_path / "content" / "articles").mkdir(parents=True)
    code, log = make("newpost", INPUTDIR=tmp_path / "content", TITLE="word " * 60)
    assert code != 0 and "too long" in log, log
    assert not list((tmp_path / "content" / "articles").iterdir())


def test_a_category_too_long_for_a_file_name(site):  # noqa: F811
    content, output = site
    category = " ".join(["Prevention"] * 30)
    (content / "articles" / "long.md").write_text(
        f"Title: Fine\nDate: 2024-03-01\nCategory: {category}\n\nText.\n", "utf-8"
    )
    fails_plainly(content, output, "long.md, line 3", "too long to become the file name")


@pytest.mark.parametrize(
    "line, field",
    [("Title: ???", "title"), ("Author: !!!", "author"), ("Category: …", "category")],
)
def test_a_name_with_no_letters(site, line, field):  # noqa: F811
    content, output = site
    text = f"{line}\nDate: 2024-03-01\n\nText.\n"
    if field != "title":
        text = f"Title: Fine\n{text}"
    (content / "articles" / "nameless.md").write_text(text, "utf-8")
    fails_plainly(content, output, "nameless.md, line", f"the {field}", "no letters")


def test_a_save_as_of_its_own_builds_there(tmp_path):
    content, output = tmp_path / "content", tmp_path / "output"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "mine.md").write_text(
        f"{HEADER}Save_as: campaign/2024.html\n\nText.\n", "utf-8"
    )
    code, log = make("html", INPUTDIR=content, OUTPUTDIR=output)
    assert code == 0, log
    assert (output / "campaign" / "2024.html").is_file()


# --- 2. nothing from outside content/ ----------------------------------------------

SECRET = "not for the site: a file of the build machine\n"


@pytest.fixture
def secret(tmp_path_factory):
    """A file of the build machine, outside the content folder."""
    path = tmp_path_factory.mktemp("machine") / "secret.txt"
    path.write_text(SECRET, "utf-8")
    return path


def assert_secret_unpublished(output):
    for path in output.rglob("*"):
        if path.is_file():
            assert SECRET.strip().encode() not in path.read_bytes(), path


@pytest.mark.parametrize(
    "link",
    ["images/poster.png", "articles/2024-03-01-linked.md", "articles/folder", "images/album"],
)
def test_a_link_out_of_content_is_refused(site, secret, link):  # noqa: F811
    content, output = site
    target = secret.parent if link.endswith(("folder", "album")) else secret
    if "folder" in link:
        (secret.parent / "2024-03-01-inside.md").write_text(f"{HEADER}\n{SECRET}", "utf-8")
    path = content / link
    path.parent.mkdir(exist_ok=True)
    path.symlink_to(target)
    fails_plainly(content, output, link, "outside the content folder")
    assert_secret_unpublished(output)


def test_a_link_to_nothing_is_refused(site):  # noqa: F811
    content, output = site
    (content / "articles" / "gone.md").symlink_to(content / "no-such-file.md")
    fails_plainly(content, output, "articles/gone.md", "does not exist")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("fake-help.html", "a browser runs it"),
        ("poster.svg", "a browser runs it"),
        (".htaccess", "hidden file"),
    ],
)
def test_an_image_folder_publishes_no_page_script_or_server_settings(site, name, expected):  # noqa: F811
    content, output = site
    (content / "images").mkdir()
    (content / "images" / name).write_text('<meta http-equiv="refresh" content="0;url=x">')
    fails_plainly(content, output, f"images/{name}", expected)


def test_restructuredtext_is_not_read(site, secret):  # noqa: F811
    content, output = site
    (content / "articles" / "insert.rst").write_text(
        f"Insert\n######\n\n:date: 2024-03-01\n\n.. include:: {secret}\n\n"
        f".. raw:: html\n   :file: {secret}\n",
        "utf-8",
    )
    fails_plainly(content, output, "articles/insert.rst", "only Markdown", "--fatal warnings")
    assert_secret_unpublished(output)


# --- 3. drafts stay private ----------------------------------------------------------

# With a fact in it: the key facts (facts.json, the Key facts page) must leave it out too.
DRAFT = (
    "Title: Not ready yet\nDate: 2024-03-01\nStatus: draft\n\n"
    "Secret plans: in 2023, Kazakhstan fell to Tier 3, with an estimated 99 million victims.\n"
)
DRAFT_PAGE = "Title: Page not ready\nStatus: draft\n\nSecret page.\n"


def assert_no_draft(output):
    for path in output.rglob("*"):
        assert "draft" not in path.name, path
        assert "not-ready" not in path.name, path
        if path.is_file():
            data = path.read_bytes()
            for secret in (b"Secret plans", b"Secret page", b"Not ready yet", b"99 million"):
                assert secret not in data, (path, secret)
            assert b"99000000" not in data, path


@pytest.mark.parametrize("target", ["html", "publish"])
def test_drafts_are_never_built_by_html_or_publish(site, target):  # noqa: F811
    content, output = site
    (content / "articles" / "draft.md").write_text(DRAFT, "utf-8")
    (content / "pages" / "draft-page.md").write_text(DRAFT_PAGE, "utf-8")
    code, log = make(target, INPUTDIR=content, OUTPUTDIR=output, SITEURL="https://example.org")
    assert code == 0, log
    assert (output / "index.html").is_file()
    assert_no_draft(output)


def test_a_published_post_cannot_link_to_a_draft(site):  # noqa: F811
    content, output = site
    (content / "articles" / "draft.md").write_text(DRAFT, "utf-8")
    (content / "pages" / "get-help.md").write_text(
        (content / "pages" / "get-help.md").read_text("utf-8")
        + "\nSee also [our plans]({filename}../articles/draft.md).\n",
        "utf-8",
    )
    fails_plainly(content, output, "get-help.md, line", "articles/draft.md, which is a draft")


def test_a_draft_with_an_address_of_its_own_is_refused(site):  # noqa: F811
    content, output = site
    (content / "articles" / "draft.md").write_text(
        DRAFT.replace("Status: draft\n", "Status: draft\nSave_as: soon.html\n"), "utf-8"
    )
    fails_plainly(content, output, "draft.md, line 4", "although it is a draft")


@contextlib.contextmanager
def devserver(content, output, preview):
    """`make devserver` running on a free port; yields a function that returns its log."""
    port = 8700 + os.getpid() % 200
    server = subprocess.Popen(
        [*MAKE, "devserver", f"INPUTDIR={content}", f"OUTPUTDIR={output}"]
        + [f"PREVIEWDIR={preview}", f"PORT={port}"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log = []

    def stop():
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            log.append(server.communicate(timeout=30)[0].decode("utf-8", "replace"))
        return "".join(log)

    try:
        yield stop
    finally:
        stop()


def wait_for(*paths, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not all(path.is_file() for path in paths):
        time.sleep(0.5)
    time.sleep(1)  # let the writes finish
    return all(path.is_file() for path in paths)


def test_devserver_shows_drafts_marked_as_drafts_and_leaves_output_alone(site, tmp_path):  # noqa: F811
    content, output = site
    (content / "articles" / "draft.md").write_text(DRAFT, "utf-8")
    (content / "pages" / "draft-page.md").write_text(DRAFT_PAGE, "utf-8")
    preview = tmp_path / "preview"
    before = snapshot(output)
    pages = [preview / "drafts/not-ready-yet.html", preview / "drafts/pages/page-not-ready.html"]
    with devserver(content, output, preview) as stop:
        wait_for(*pages)
        log = stop()
    for page in pages:
        assert page.is_file(), log
        html = page.read_text("utf-8")
        assert 'class="draft-notice"' in html and "Draft." in html, page
    assert "Secret plans" in pages[0].read_text("utf-8")
    assert snapshot(output) == before, "the preview never writes into output/"


def test_devserver_builds_a_file_left_out_once_it_is_fixed(tmp_path):
    content, preview = tmp_path / "content", tmp_path / "preview"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "good.md").write_text(f"{HEADER}\nFine.\n", "utf-8")
    bad = content / "articles" / "later.md"
    bad.write_text("Title: Later\nDate: 03.04.2024\n\nx\n", "utf-8")
    with devserver(content, tmp_path / "output", preview) as stop:
        assert wait_for(preview / "a-post.html"), stop()
        assert not (preview / "later.html").exists()
        bad.write_text("Title: Later\nDate: 2024-04-03\n\nx\n", "utf-8")
        assert wait_for(preview / "later.html", seconds=60), stop()
        log = stop()
    assert "later.md, line 2" in log and "Traceback" not in log, log


def test_devserver_leaves_a_file_in_error_out_and_goes_on(tmp_path):
    """CONTENT_CHECKS_PREVIEW (what `make devserver` sets): report, leave out, build on."""
    content, output = tmp_path / "content", tmp_path / "output"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "good.md").write_text(f"{HEADER}\nFine.\n", "utf-8")
    (content / "articles" / "bad.md").write_text("Title: Bad\nDate: 03.04.2024\n\nx\n", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
        + ["-s", "pelicanconf.py", "-e", "CONTENT_CHECKS_PREVIEW=true"],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "bad.md, line 2" in log and "leaves out" in log, log
    assert (output / "a-post.html").is_file()
    assert not (output / "bad.html").exists()


# --- 4. dates ---------------------------------------------------------------------------

DATES = {
    "03.04.2024": ["ambiguous", "“Date: 2024-04-03” for 3 April 2024", "2024-03-04"],
    "31/01/2025": ["“Date: 2025-01-31” for 31 January 2025"],
    "01/31/2025": ["“Date: 2025-01-31”"],
    "3 April 2024": ["“Date: 2024-04-03”"],
    "April 3, 2024": ["“Date: 2024-04-03”"],
    "2024/04/03": ["“Date: 2024-04-03”"],
    "3.4.24 10:30": ["“Date: 2024-04-03 10:30”", "“Date: 2024-03-04 10:30”"],
    "2024-02-30": ["not a real day"],
    "2024-03-01T10:00+05:00": ["time zone", "“Date: 2024-03-01 10:00”"],
    "yesterday": ["YEAR-MONTH-DAY"],
}


@pytest.mark.parametrize("written", DATES)
def test_only_iso_dates_and_the_message_shows_the_iso_form(written):
    problems = checks.check_header("a.md", f"Title: A\nDate: {written}\n\nx\n", "article")
    [problem] = problems
    assert problem.line == 2
    for words in DATES[written]:
        assert words in str(problem), problem
    if len(DATES[written]) == 1 and "ambiguous" not in DATES[written][0]:
        assert "ambiguous" not in str(problem)


@pytest.mark.parametrize("written", ["2024-04-03", "2024-04-03 10:00", "2024-04-03T10:00:30"])
def test_iso_dates_are_taken(written):
    assert checks.check_header("a.md", f"Title: A\nDate: {written}\n\nx\n", "article") == []


def test_day_first_date_is_refused_in_a_build(site):  # noqa: F811
    content, output = site
    (content / "articles" / "dots.md").write_text("Title: Dots\nDate: 03.04.2024\n\nx\n", "utf-8")
    (content / "articles" / "03.04.2024-news.md").write_text("Title: News\n\nx\n", "utf-8")
    (content / "articles" / "slashes.md").write_text(
        "Title: Slashes\nDate: 2024-03-01\nModified: 31/01/2025\n\nx\n", "utf-8"
    )
    log = fails_plainly(content, output, "dots.md, line 2", "2024-04-03", "3 April 2024")
    assert "03.04.2024-news.md" in log and "“2024-04-03-news.md”" in log, log
    assert "slashes.md, line 3" in log and "“Modified: 2025-01-31”" in log, log


# --- 5. one plain message per mistake ------------------------------------------------------


def test_a_template_that_does_not_exist(site):  # noqa: F811
    content, output = site
    (content / "articles" / "templated.md").write_text(
        f"{HEADER}Template: fancy\n\nText.\n", "utf-8"
    )
    fails_plainly(content, output, "templated.md, line 3", "“Template: fancy”")


def faulty_build(content, output, fault, *options):
    """`make html`'s own atomic build, with Pelican run through tests/fault_build.py."""
    before = snapshot(output)
    command = [
        sys.executable,
        "-m",
        "content_checks.atomic_build",
        "--output",
        str(output),
        "--settings",
        "pelicanconf.py",
        "--",
        sys.executable,
        str(ROOT / "tests" / "fault_build.py"),
        fault,
        str(content),
        "--fatal",
        "warnings",
        "-s",
        "pelicanconf.py",
        *options,
    ]
    env = {**ENV, "PYTHONPATH": str(ROOT / "plugins")}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert snapshot(output) == before
    return result.stdout + result.stderr


def test_a_full_disk(site):  # noqa: F811
    content, output = site
    log = faulty_build(content, output, "disk-full")
    assert "Traceback" not in log, log
    assert "The disk is full" in log and "Fix: free some space" in log, log
    assert re.search(r"while writing the page of \S*content/\S+\.md", log), log


def test_a_file_that_vanishes_during_the_build(site):  # noqa: F811
    content, output = site
    vanishing = content / "articles" / "2020-02-02-moser-message.md"
    log = faulty_build(content, output, f"vanish:{vanishing}")
    assert "Traceback" not in log, log
    assert "2020-02-02-moser-message.md: this file disappeared" in log, log


def test_pelicans_could_not_process_names_the_file_and_why(tmp_path):
    """Without --fatal, Pelican logs "Could not process <file>" and builds on: our
    message says why, names the file, and there is no traceback."""
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    vanishing = content / "articles" / "going.md"
    vanishing.write_text(f"{HEADER}\nText.\n", "utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fault_build.py"), f"vanish:{vanishing}"]
        + [str(content), "-o", str(tmp_path / "output"), "-s", "pelicanconf.py"],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    assert "Traceback" not in log and "Could not process" not in log, log
    assert re.search(r"going\.md: the file could not be read \(No such file", log), log
    assert "Fix:" in log


def test_a_cache_that_cannot_be_saved(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-o", str(tmp_path / "output")]
        + ["-s", "pelicanconf.py", "--fatal", "warnings"]
        + ["-e", f'CACHE_PATH="{blocked}/cache"'],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in log and "could not save its cache" in log, log
    assert f"{blocked}/cache" in log and "Fix:" in log, log


def test_the_traceback_only_with_debug(site):  # noqa: F811
    content, output = site
    log = faulty_build(content, output, "disk-full", "-D")
    assert "Traceback" in log, log
    code, log = make("-n", "html", DEBUG="1")
    assert code == 0 and " -D" in log, log


# --- 6. files nothing reads ------------------------------------------------------------------

UNREAD = {
    "articles/2024-03-01-news.txt": "rename it to “2024-03-01-news.md”",
    "articles/2024-03-01-news.MD": "rename it to “2024-03-01-news.md”",
    "articles/report.docx": "word-processor file",
    "welcome.md": "move it into content/articles/",
    "articles/2024-03-01-news.md~": "backup",
    "pages/about.html": "only Markdown",
    "articles/photo.jpg": "content/images/",
}


@pytest.mark.parametrize("relpath", UNREAD)
def test_a_file_nothing_reads_is_a_warning(site, relpath):  # noqa: F811
    content, output = site
    (content / relpath).write_bytes(f"{HEADER}\nText.\n".encode())
    log = fails_plainly(content, output, relpath, UNREAD[relpath], "--fatal warnings")
    assert re.search(r"WARNING\s+\S*" + re.escape(relpath), log), log


# --- 7. public Pelican interfaces only -----------------------------------------------------------

PRIVATE_PARTS = ["_cache", "_DISCARD", "fatal_lvl", "_getframe", "get_files =", "read_ahead"]


@pytest.mark.parametrize("part", PRIVATE_PARTS)
def test_content_checks_uses_no_private_part_of_pelican(part):
    for path in (ROOT / "plugins" / "content_checks").glob("*.py"):
        assert part not in path.read_text("utf-8"), (path.name, part)


def test_pelicans_fatal_logger_still_raises_after_logging():
    """content_checks learns that --fatal is on from this (plugin._log): fail loudly if
    Pelican stops raising RuntimeError once a warning is out."""
    script = (
        "import logging\n"
        "from pelican.log import init\n"
        "init(logging.WARNING, fatal='warnings')\n"
        "try:\n"
        "    logging.getLogger('pelican.x').warning('a warning')\n"
        "except RuntimeError:\n"
        "    print('raised')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "raised", result.stdout + result.stderr
    assert "a warning" in result.stdout


# --- the checking core on its own ---------------------------------------------------------------


@pytest.mark.parametrize(
    "address, is_url, expected",
    [
        ("news/2024.html", False, "news/2024.html"),
        ("a/./b/../c.html", False, "a/c.html"),
        ("/pages/x.html", True, "pages/x.html"),
        ("/etc/x.html", False, None),
        ("../x.html", False, None),
        ("a/../../x.html", True, None),
        ("..\\x.html", False, None),
        ("https://example.org/x.html", True, None),
        ("//example.org/x.html", True, None),
        ("%2e%2e/x.html", True, None),
    ],
)
def test_site_path(address, is_url, expected):
    assert checks.site_path(address, is_url=is_url) == expected


def entry(path, **fields):
    return checks.Entry(path=path, kind="article", slug=path[:-3], lang="en", **fields)


def test_addresses_shared_or_reserved():
    entries = [
        entry("a.md", save_as="a.html"),
        entry("b.md", save_as="A.html", given=("save_as",), text="Title: b\nSave_as: A.html\n"),
        entry("c.md", save_as="feeds/all.atom.xml", given=("save_as",)),
        entry("d.md", save_as="d.html", url="index.html", given=("url",)),
    ]
    problems = checks.check_addresses(
        entries, {"index.html": "the home page"}, {"feeds": "its feeds"}
    )
    by_file = {p.path: p for p in problems}
    assert set(by_file) == {"a.md", "b.md", "c.md", "d.md"}
    assert "b.md" in by_file["a.md"].what and "a.md" in by_file["b.md"].what
    assert by_file["b.md"].line == 2
    assert "its feeds" in by_file["c.md"].what and "home page" in by_file["d.md"].what


def test_scan_content_refuses_links_out_and_warns_of_unread_files(tmp_path):
    root, elsewhere = tmp_path / "content", tmp_path / "elsewhere"
    (root / "articles").mkdir(parents=True)
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("x")
    (root / "articles" / "ok.md").write_text("x")
    (root / "articles" / "in.md").symlink_to(root / "articles" / "ok.md")
    (root / "articles" / "out.md").symlink_to(elsewhere / "x.md")
    (root / "articles" / "out").symlink_to(elsewhere)
    (root / "articles" / "notes.txt").write_text("x")
    (root / "articles" / ".#lock").write_text("x")
    problems, refused = checks.scan_content(
        str(root),
        text_paths=["articles"],
        static_paths=["images"],
        extensions=["md"],
        ignore=[".#*"],
        shown_root="content",
    )
    assert refused == {"articles/out.md", "articles/out"}
    levels = {p.path: p.level for p in problems}
    assert levels == {
        "content/articles/out.md": checks.ERROR,
        "content/articles/out": checks.ERROR,
        "content/articles/notes.txt": checks.WARNING,
    }
