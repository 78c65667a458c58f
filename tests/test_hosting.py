"""The web build as a host serves it: Debian's nginx with the shipped deploy/nginx.conf,
and Apache with the shipped deploy/apache.htaccess.

- Each server runs as one process in the foreground on 127.0.0.1 (a free port), as root
  or not, with its prefix, pid file, logs and temporary folders in a temporary folder,
  over a fresh web build (`SITEURL=https://example.org`); its own syntax check must
  pass, then real HTTP requests check the security headers, caching, the 404 page,
  pre-compressed files, no folder listing, and every page;
- the web build itself: pre-compressed files, sitemap, robots.txt.

Without nginx (or Apache) their tests skip, saying how to install it; in CI (CI=true)
they fail, as .ci/run installs both.
"""

import contextlib
import gzip
import http.client
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, html_files, run_pelican, soup_of

sys.path.insert(0, str(ROOT / "plugins"))
from fingerprint.core import fingerprinted_name  # noqa: E402
from sitemap_hreflang.core import mend_translation_links  # noqa: E402

NGINX_INSTALL_HINT = (
    "nginx is needed for the hosting tests. On Debian or Ubuntu: "
    "`sudo apt-get install nginx` (it installs /usr/sbin/nginx); "
    "or point NGINX at another nginx binary."
)
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
SITEURL = "https://example.org"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
REQUEST_TIMEOUT = 10
PERMISSIONS_OFF = re.compile(r"^[a-z-]+=\(\)$")


def find_nginx():
    candidate = os.environ.get("NGINX") or "/usr/sbin/nginx"
    if Path(candidate).is_file() and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which("nginx")


def require_nginx():
    """The nginx to run; skips without one, or fails in CI (CI=true)."""
    path = find_nginx()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the hosting tests. {NGINX_INSTALL_HINT}", pytrace=False)
        pytest.skip(NGINX_INSTALL_HINT)
    return path


def site_block(shipped, root, port, brotli):
    """deploy/nginx.conf as shipped, with only its HOST lines (listen, root) changed."""
    listen = re.compile(r"^(\s*)listen \S+;", re.M)
    assert len(listen.findall(shipped)) == 2, "deploy/nginx.conf should have two `listen` lines"
    # Loopback only: the first (IPv4) line names the test's address, the second (IPv6) goes.
    first, second = listen.finditer(shipped)
    text = (
        shipped[: first.start()]
        + f"{first.group(1)}listen 127.0.0.1:{port};"
        + shipped[first.end() : second.start()]
        + shipped[second.end() :]
    )
    text, roots = re.subn(
        r"^(\s*)root \S+;", lambda m: f"{m.group(1)}root {root};", text, flags=re.M
    )
    assert roots == 1, "deploy/nginx.conf should have one `root` line"
    if brotli:
        text, switched = re.subn(
            r"^(\s*)#brotli_static on;", r"\1brotli_static on;", text, flags=re.M
        )
        assert switched == 1, "deploy/nginx.conf should offer `#brotli_static on;`"
    return text


def main_config(folder, site_conf, brotli):
    """An nginx.conf of our own that includes the site block, everything in `folder`."""
    load = f"load_module {BROTLI_MODULE};\n" if brotli else ""
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi")
    )
    temp += f"\n    uwsgi_temp_path {folder / 'uwsgi'};\n    scgi_temp_path {folder / 'scgi'};"
    # One process, in the foreground: as root nginx would otherwise hand the requests to
    # workers running as another user, who may not read the build's folder.
    return f"""{load}daemon off;
master_process off;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temp}
    include {site_conf};
}}
"""


APACHE_MODULES = Path("/usr/lib/apache2/modules")
APACHE_INSTALL_HINT = "Apache is not installed (`apt-get install apache2-bin` for this check)"


# Debian puts apache2 in /usr/sbin, which a user's PATH may leave out.
APACHE_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin"])


def find_apache():
    return next(
        (path for name in ("apache2", "httpd") if (path := shutil.which(name, path=APACHE_PATH))),
        None,
    )


def apache_config(folder, root, port):
    """An Apache configuration of our own: the site's folder with deploy/apache.htaccess."""
    modules = ["mpm_event", "authz_core", "dir", "mime", "headers", "rewrite", "alias"]
    loads = "\n".join(f"LoadModule {m}_module {APACHE_MODULES / f'mod_{m}.so'}" for m in modules)
    return f"""{loads}
ServerName 127.0.0.1
ServerRoot {folder}
PidFile {folder / "httpd.pid"}
ErrorLog {folder / "error.log"}
Mutex file:{folder}
DefaultRuntimeDir {folder}
Listen 127.0.0.1:{port}
TypesConfig /etc/mime.types
DocumentRoot {root}
<Directory {root}>
    AllowOverride None
    Require all granted
    Include {ROOT / "deploy" / "apache.htaccess"}
</Directory>
"""


def require_apache():
    """Apache's binary; skips without one, or fails in CI (CI=true)."""
    apache = find_apache()
    if apache is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the Apache tests. {APACHE_INSTALL_HINT}", pytrace=False)
        pytest.skip(APACHE_INSTALL_HINT)
    return apache


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, log, deadline=10.0):
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        if process.poll() is not None:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise AssertionError(f"the server stopped ({process.returncode}): {text}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise AssertionError("the server did not start listening in time")


class Server:
    def __init__(self, name, port, brotli):
        self.name = name
        self.port = port
        self.brotli = brotli

    def get(self, path, headers=None, method="GET"):
        """(status, headers as a lower-case dict, body) for one request; no redirect followed."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        try:
            connection.request(method, path, headers={"Host": "example.org", **(headers or {})})
            response = connection.getresponse()
            body = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            connection.close()


def nginx_commands(folder, site, port):
    """(check command, run command, serves .br) for nginx with deploy/nginx.conf."""
    binary = require_nginx()
    brotli = BROTLI_MODULE.is_file()
    shipped = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    site_conf = folder / "site.conf"
    site_conf.write_text(site_block(shipped, site, port, brotli), encoding="utf-8")
    config = folder / "nginx.conf"
    config.write_text(main_config(folder, site_conf, brotli), encoding="utf-8")
    run = [binary, "-p", str(folder), "-c", str(config), "-e", str(folder / "error.log")]
    return [*run, "-t"], run, brotli


def apache_commands(folder, site, port):
    """The same for Apache with deploy/apache.htaccess, in one process (-X)."""
    apache = require_apache()
    config = folder / "httpd.conf"
    config.write_text(apache_config(folder, site, port), encoding="utf-8")
    return [apache, "-t", "-f", str(config)], [apache, "-X", "-f", str(config)], True


@pytest.fixture(scope="module", params=["nginx", "apache"])
def server(request, published_site, tmp_path_factory):
    """The web build served by nginx, then by Apache, each with the shipped configuration."""
    commands = nginx_commands if request.param == "nginx" else apache_commands
    folder = tmp_path_factory.mktemp(request.param)
    for attempt in range(3):  # another process may take the free port before the server does
        port = free_port()
        check, run, brotli = commands(folder, published_site, port)
        test = subprocess.run(check, capture_output=True, text=True, timeout=30)
        assert test.returncode == 0, f"{request.param} refuses its configuration:\n{test.stderr}"
        process = subprocess.Popen(run, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(port, process, folder / "error.log")
        except AssertionError:
            process.kill()
            process.wait(timeout=10)
            if attempt == 2:
                raise
            continue
        break
    try:
        yield Server(request.param, port, brotli)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def url_path(site, path):
    return "/" + path.relative_to(site).as_posix()


def page_csp(site, path):
    return soup_of(path).find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]


# -- served by nginx and by Apache ---------------------------------------------------


def test_every_page_is_served_with_the_security_headers(server, published_site):
    pages = html_files(published_site)
    assert len(pages) >= 10
    for path in pages:
        status, headers, body = server.get(url_path(published_site, path))
        where = url_path(published_site, path)
        assert status == 200, where
        assert body == path.read_bytes(), where
        assert headers["content-type"] == "text/html; charset=utf-8", where
        assert headers["content-security-policy"] == (
            page_csp(published_site, path) + "; frame-ancestors 'none'"
        ), where
        assert headers["x-content-type-options"] == "nosniff", where
        assert headers["referrer-policy"] == "no-referrer", where
        features = [part.strip() for part in headers["permissions-policy"].split(",")]
        assert len(features) >= 10 and all(PERMISSIONS_OFF.match(f) for f in features), where
        for feature in ("camera", "geolocation", "microphone", "payment", "usb"):
            assert f"{feature}=()" in features, where
        assert headers["cache-control"] == "public, max-age=300", where


def test_the_home_page_is_index_html(server, published_site):
    status, _, body = server.get("/")
    assert status == 200 and body == (published_site / "index.html").read_bytes()


def theme_files(site):
    """The content-hashed stylesheet and favicon the pages link to."""
    soup = soup_of(site / "index.html")
    links = [soup.find("link", rel="stylesheet")["href"], soup.find("link", rel="icon")["href"]]
    return [urlsplit(link).path for link in links]


def test_the_stylesheet_and_favicon_are_cached_for_a_year(server, published_site):
    for path in theme_files(published_site):
        assert re.search(r"\.[0-9a-f]{12}\.(css|svg)$", path), path
        status, headers, body = server.get(path)
        assert status == 200, path
        assert headers["cache-control"] == "public, max-age=31536000, immutable", path
        assert headers["x-content-type-options"] == "nosniff", path
        assert body == (published_site / path.lstrip("/")).read_bytes()
    status, headers, _ = server.get(theme_files(published_site)[0])
    assert headers["content-type"] == "text/css; charset=utf-8"


def test_a_file_not_in_the_build_gets_the_404_page_with_status_404(server, published_site):
    for path in ("/no-such-page.html", "/pages/nothing.html", "/theme/css/site.css", "/x"):
        status, headers, body = server.get(path)
        assert status == 404, path
        assert body == (published_site / "404.html").read_bytes(), path
        assert headers["content-security-policy"].endswith("frame-ancestors 'none'"), path
        assert headers["x-content-type-options"] == "nosniff", path


def test_a_folder_is_never_listed(server, published_site):
    for folder in ("/theme/", "/theme/css/", "/pages/", "/feeds/"):
        assert (published_site / folder.strip("/")).is_dir(), folder
        status, _, body = server.get(folder)
        assert status == 404, folder
        assert body == (published_site / "404.html").read_bytes(), folder
        assert b"Index of" not in body


def test_pre_compressed_files_are_sent_when_the_browser_accepts_them(server, published_site):
    for path in ["/index.html", "/pages/get-help.html", "/sitemap.xml", "/facts.json"]:
        original = (published_site / path.lstrip("/")).read_bytes()
        status, headers, body = server.get(path, {"Accept-Encoding": "gzip"})
        assert status == 200, path
        assert headers.get("content-encoding") == "gzip", path
        assert "accept-encoding" in headers.get("vary", "").lower(), path
        # The very .gz file the build wrote, not one made per request.
        assert body == (published_site / (path.lstrip("/") + ".gz")).read_bytes(), path
        assert gzip.decompress(body) == original, path
        status, headers, body = server.get(path)
        assert "content-encoding" not in headers and body == original, path


def test_brotli_files_are_sent_where_the_module_is_installed(server, published_site):
    if not server.brotli:
        pytest.skip("nginx's brotli module is not installed (libnginx-mod-http-brotli-static)")
    status, headers, body = server.get("/index.html", {"Accept-Encoding": "gzip, br"})
    assert status == 200
    assert headers.get("content-encoding") == "br"
    assert body == (published_site / "index.html.br").read_bytes()


def test_the_sitemap_robots_feed_and_facts_are_served(server, published_site):
    xml = {"text/xml", "application/xml"}  # nginx's and Apache's name for the same
    expected = {
        "/sitemap.xml": xml,
        "/robots.txt": {"text/plain"},
        "/feeds/all.atom.xml": xml,
        "/facts.json": {"application/json"},
    }
    for path, content_types in expected.items():
        status, headers, _ = server.get(path)
        assert status == 200, path
        content_type, _, charset = headers["content-type"].partition("; ")
        assert content_type in content_types and charset == "charset=utf-8", path
        assert headers["cache-control"] == "public, max-age=3600", path
        assert headers["x-content-type-options"] == "nosniff", path


def test_every_address_in_the_sitemap_is_served(server, published_site):
    root = ET.parse(published_site / "sitemap.xml").getroot()
    for loc in root.iter(f"{SITEMAP}loc"):
        path = urlsplit(loc.text).path
        status, _, _ = server.get(path, method="HEAD")
        assert status == 200, loc.text


# -- the web build ---------------------------------------------------------------------


def test_the_web_build_writes_compressed_copies_that_pay(published_site):
    kinds = {".html", ".css", ".xml", ".json"}
    files = [p for p in published_site.rglob("*") if p.suffix in kinds]
    assert {p.suffix for p in files} == kinds
    for path in files:
        compressed = path.with_name(path.name + ".gz")
        assert compressed.is_file(), f"{path} has no .gz"
        assert gzip.decompress(compressed.read_bytes()) == path.read_bytes()
        assert compressed.stat().st_size < path.stat().st_size
        brotli_copy = path.with_name(path.name + ".br")
        if brotli_copy.exists():
            assert brotli_copy.stat().st_size < path.stat().st_size
    assert (published_site / "index.html.br").is_file()


def test_the_offline_build_has_no_compressed_copies_sitemap_or_robots(site):
    assert not list(site.rglob("*.gz")) and not list(site.rglob("*.br"))
    assert not (site / "sitemap.xml").exists() and not (site / "robots.txt").exists()


def test_the_sitemap_lists_every_page_with_its_date(published_site):
    root = ET.parse(published_site / "sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        loc = url.find(f"{SITEMAP}loc").text
        lastmod = url.find(f"{SITEMAP}lastmod").text
        assert loc.startswith(SITEURL + "/"), loc
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", lastmod), lastmod
        entries[loc] = lastmod
    expected = set()
    for path in html_files(published_site):
        name = path.relative_to(published_site).as_posix()
        if name == "404.html":
            continue
        # A folder's home page is listed by its folder's address: /ru/ for ru/index.html.
        expected.add(f"{SITEURL}/" + name.removesuffix("index.html"))
    assert set(entries) == expected
    # An article's date is its own, not the day of the build; so is a page's (its Modified).
    assert entries[f"{SITEURL}/moser-message-2020.html"].startswith("2020-02-02")
    page_sources = sorted((ROOT / "content" / "pages").rglob("*.md"))
    assert len(page_sources) == 12
    for source in page_sources:
        headers = source.read_text(encoding="utf-8").split("\n\n", 1)[0]
        modified = re.search(r"^Modified: (\d{4}-\d\d-\d\d)$", headers, re.M)
        assert modified, f"{source.name}: no Modified line"
        lang = re.search(r"^Lang: (\w+)$", headers, re.M)
        folder = f"{lang.group(1)}/" if lang else ""
        loc = f"{SITEURL}/{folder}pages/{source.stem}.html"
        assert entries[loc].startswith(modified.group(1)), (loc, entries[loc])
    for link in root.iter("{http://www.w3.org/1999/xhtml}link"):
        assert link.get("href", "").startswith(SITEURL + "/"), link.attrib


def test_translation_links_in_the_sitemap_get_their_href():
    written = (
        "<url>\n<loc>https://example.org/a.html</loc>\n"
        '<xhtml:link rel="alternate" hreflang="ru" ref="https://example.org/ru/a.html"/>\n'
        "</url>"
    )
    mended = mend_translation_links(written)
    assert 'hreflang="ru" href="https://example.org/ru/a.html"' in mended
    assert " ref=" not in mended
    assert mend_translation_links(mended) == mended
    assert mend_translation_links('<a ref="x">') == '<a ref="x">'


def test_a_translated_page_is_in_the_sitemap_with_its_language_and_preview_locale(
    published_site,
):
    for sitemap in (
        (published_site / "sitemap.xml").read_bytes(),
        gzip.decompress((published_site / "sitemap.xml.gz").read_bytes()),
    ):
        root = ET.fromstring(sitemap)
        links = {
            (link.get("hreflang"), link.get("href"))
            for link in root.iter("{http://www.w3.org/1999/xhtml}link")
        }
        assert ("ru", f"{SITEURL}/ru/pages/get-help.html") in links
        assert ("kk", f"{SITEURL}/kk/pages/get-help.html") in links
        assert ("en", f"{SITEURL}/pages/get-help.html") in links
    tags = og_tags(soup_of(published_site / "ru" / "pages" / "get-help.html"))
    assert tags["og:locale"] == "ru_RU"


def test_robots_txt_points_at_the_sitemap(published_site):
    lines = (published_site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {SITEURL}/sitemap.xml" in lines
    assert not any(
        line.startswith("Disallow: /") and line != "Disallow: /404.html" for line in lines
    )


# -- link previews ---------------------------------------------------------------------

SHARE_IMAGE = ROOT / "theme" / "static" / "share.png"


def png_size(data):
    """(width, height) from a PNG's header."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def og_tags(soup):
    tags = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or ""
        if key.startswith(("og:", "twitter:", "article:")):
            assert key not in tags, f"{key} twice"
            tags[key] = meta["content"]
    return tags


def test_every_web_page_has_link_preview_tags_that_point_only_at_the_site(published_site, share):
    required = {"og:title", "og:description", "og:type", "og:url", "og:image", "og:locale"}
    required |= {"og:image:width", "og:image:height", "og:image:alt", "twitter:card"}
    urls = set()
    for path in html_files(published_site):
        soup = soup_of(path)
        tags = og_tags(soup)
        where = path.relative_to(published_site).as_posix()
        assert required <= set(tags), f"{where}: missing {required - set(tags)}"
        assert all(tags[key].strip() for key in required), where
        expected_url = f"{SITEURL}/" + ("" if where == "index.html" else where)
        assert tags["og:url"] == expected_url, where
        urls.add(tags["og:url"])
        assert tags["og:type"] == ("article" if soup.select_one(".article__meta") else "website")
        assert re.fullmatch(r"[a-z]{2}_[A-Z]{2}", tags["og:locale"]), tags["og:locale"]
        assert tags["og:locale"].split("_")[0] == soup.html["lang"], where
        assert tags["twitter:card"] == "summary_large_image"
        for key in ("og:url", "og:image"):
            assert tags[key].startswith(SITEURL + "/"), f"{where}: {key} {tags[key]}"
        image = published_site / urlsplit(tags["og:image"]).path.lstrip("/")
        width, height = png_size(image.read_bytes())
        assert (tags["og:image:width"], tags["og:image:height"]) == (str(width), str(height))
        # The picture's own words, as the script that drew it gives them.
        assert tags["og:image:alt"] == share.ALT_TEXT, where
        title = soup.title.get_text()
        assert tags["og:title"] in title, where
    assert len(urls) == len(html_files(published_site))


def test_the_offline_build_has_no_link_preview_tags(site_soups):
    for path, soup in site_soups.items():
        assert og_tags(soup) == {}, path


def test_the_share_image_is_ours_small_and_the_size_previews_want():
    data = SHARE_IMAGE.read_bytes()
    assert png_size(data) == (1200, 630)
    assert len(data) < 100_000


@pytest.fixture
def share(monkeypatch):
    """deploy/make_share_image.py, the script that draws the share image."""
    monkeypatch.syspath_prepend(str(ROOT / "deploy"))
    import make_share_image

    return make_share_image


def test_the_share_image_shows_the_site_name_and_the_hotline_as_the_site_does(tmp_path, share):

    notice = (ROOT / "theme" / "templates" / "help_notice.html").read_text(encoding="utf-8")
    strings = (ROOT / "theme" / "templates" / "strings.html").read_text(encoding="utf-8")
    assert f">{share.HOTLINE}</a>" in notice
    assert share.HOTLINE_INTRO in strings and share.TEXT_LINE.split(" 233733")[0] in strings
    assert f'SITENAME = "{share.SITE_NAME}"' in (ROOT / "pelicanconf.py").read_text()
    assert share.HOTLINE in share.ALT_TEXT and share.SITE_NAME in share.ALT_TEXT
    output = tmp_path / "share.png"
    assert share.main([str(output)]) == 0
    assert png_size(output.read_bytes()) == (1200, 630)
    assert output.stat().st_size < 100_000


# -- content-hashed names ----------------------------------------------------------


def test_a_fingerprinted_name_changes_with_the_content_and_keeps_the_suffix():
    one = fingerprinted_name("css/site.css", b"body { color: black; }")
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", one)
    assert fingerprinted_name("css/site.css", b"body { color: black; }") == one
    assert fingerprinted_name("css/site.css", b"body { color: navy; }") != one
    assert re.fullmatch(r"favicon\.[0-9a-f]{8}\.svg", fingerprinted_name("favicon.svg", b"x", 8))
    assert re.fullmatch(r"LICENSE\.[0-9a-f]{12}", fingerprinted_name("LICENSE", b"x"))


def test_the_built_stylesheet_and_favicon_names_match_their_content(site, published_site):
    for build in (site, published_site):
        for name in ("css/site.css", "favicon.svg"):
            source = (ROOT / "theme" / "static" / name).read_bytes()
            built = build / "theme" / fingerprinted_name(name, source)
            assert built.read_bytes() == source, built
            assert not (build / "theme" / name).exists(), "the plain name is left behind"


# -- the skip-or-fail rule itself ------------------------------------------------------


def test_a_missing_nginx_skips_locally_and_fails_in_ci(monkeypatch):
    monkeypatch.setenv("NGINX", "/nonexistent/nginx")
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install nginx"):
        require_nginx()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install nginx"):
        require_nginx()


def in_chromium(visit, *flags):
    """`visit(page)` in a fresh Debian Chromium (skips without one); (its result, console).

    Runs in a thread of its own: Playwright's sync API refuses to start where another
    Playwright (test_browser.py's, kept for the whole session) already runs its loop.
    """
    from browser_helpers import CHROMIUM_FLAGS, find_chromium

    chromium = find_chromium()
    if chromium is None:
        pytest.skip("Chromium is not installed (`apt-get install chromium`)")
    outcome, messages = {}, []

    def run():
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium, args=[*CHROMIUM_FLAGS, *flags]
                )
                try:
                    page = browser.new_page()
                    page.on("console", lambda message: messages.append(message.text))
                    outcome["result"] = visit(page)
                finally:
                    browser.close()
        except BaseException as error:  # handed to the test's own thread below
            outcome["error"] = error

    thread = threading.Thread(target=run, name="hosting-chromium")
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "Chromium did not finish in time"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"], messages


def test_chromium_knows_every_feature_the_permissions_policy_turns_off(server):
    """An unknown feature name is a console error in Chromium (and a Lighthouse mark)."""

    def visit(page):
        # Nothing else loads: the page's own CSP ('self') refuses its https://example.org
        # stylesheet and favicon before any request.
        status = page.goto(f"http://127.0.0.1:{server.port}/index.html").status
        page.wait_for_timeout(200)
        return status

    status, messages = in_chromium(visit)
    assert status == 200
    assert [m for m in messages if "Permissions-Policy" in m] == []


@pytest.fixture(scope="module")
def http_site(tmp_path_factory):
    """A web build for http://example.org, which Chromium is told is this machine."""
    output = tmp_path_factory.mktemp("http-site")
    run_pelican(output, settings="publishconf.py", env={"SITEURL": "http://example.org"})
    return output


def test_a_printed_web_page_shows_only_the_addresses_of_other_sites(http_site):
    from browser_helpers import serve
    from test_browser import PRINT_STATE, assert_only_other_sites_print_their_address

    paths = ("pages/get-help.html", "moser-message-2020.html", "key-facts.html")

    def visit(page):
        page.emulate_media(media="print")
        states = {}
        for path in paths:
            page.goto(f"http://example.org/{path}")
            states[path] = page.evaluate(PRINT_STATE)
        return states

    with serve(http_site) as (base, requests):
        # example.org is answered by the server on this machine: nothing leaves it.
        port = urlsplit(base).port
        states, _ = in_chromium(visit, f"--host-resolver-rules=MAP example.org 127.0.0.1:{port}")
        assert any(p.startswith("/theme/css/print-links.css") for p, _ in requests)
    for path, state in states.items():
        assert state["origin"] == "http://example.org"
        # The stylesheets applied: the navigation is hidden on paper.
        assert not state["nav"], path
        links = [link["href"] for link in state["links"]]
        assert any(h.startswith("http://example.org/") for h in links), path
        assert_only_other_sites_print_their_address(state)
