"""What the browser tests (test_browser.py) and `make audit` (browser_audit.py) share:
where Debian's Chromium is and how to start it here, and a local web server.

Nothing here is collected by pytest: only files named test_*.py are.
"""

import contextlib
import functools
import os
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"

# Debian's Chromium, headless, with nothing that phones home: on these machines
# every connection to another host is refused, and Chromium would retry them.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

INSTALL_HINT = (
    "Chromium is needed for the browser tests. On Debian or Ubuntu: "
    "`sudo apt-get install chromium` (it installs /usr/bin/chromium); "
    "or point CHROMIUM at another Chromium or Chrome binary."
)


def find_chromium():
    """The Chromium binary to drive: $CHROMIUM if set, else Debian's, else one on PATH."""
    if os.environ.get("CHROMIUM"):
        candidates = [os.environ["CHROMIUM"]]
    else:
        candidates = ["/usr/bin/chromium"]
        candidates += [shutil.which(name) for name in ("chromium", "chromium-browser")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves a folder; remembers each request's path and headers instead of logging."""

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers.items())))
        super().do_GET()

    def do_HEAD(self):
        self.server.requests.append((self.path, dict(self.headers.items())))
        super().do_HEAD()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that moves on hangs up mid-answer (the favicon, say): not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(directory, port=0):
    """Serve `directory` on 127.0.0.1 in a thread; yield (base_url, requests).

    `port`: 0 for a free one.

    `requests` lists (path, request headers) for every request answered so far.
    """
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _Server(("127.0.0.1", port), handler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", server.requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def axe_source():
    """axe-core's script, as the pinned axe-playwright-python ships it."""
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")


def describe_violations(violations):
    """axe's violations, one line each and one per element, for an assertion message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary']}")
    return "\n".join(lines)
