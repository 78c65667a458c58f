"""`make audit`: Lighthouse on the home, message and Russian and Kazakh pages of a build.

Serves the build (output/ by default) on 127.0.0.1, runs Lighthouse (npm
lighthouse@12.2.3, pinned in package-lock.json, installed by `npm ci`) in Debian's
Chromium with its default settings (a mobile phone on a throttled network), prints
the four category scores, the page weight and the request count, and exits 1 when
a page misses the budget:

- performance at least 0.98; accessibility, best practices and SEO 1.00;
- at most 30 KB transferred (60 KB for a Russian or Kazakh page), no JavaScript file, no
  request to another host.

Pelican's default theme measures 0.99 / 0.92 / 0.96 / 1.00 and 47 KB on these
machines. The full reports go to test-artifacts/lighthouse/ (JSON and HTML).
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from browser_helpers import ARTIFACTS, CHROMIUM_FLAGS, INSTALL_HINT, ROOT, find_chromium, serve

PAGES = {
    "home": "index.html",
    "message": "moser-message-2020.html",
    "ru-home": "ru/index.html",
    "kk-home": "kk/index.html",
    "ru-tiers": "ru/pages/tip-report.html",
    "kk-help": "kk/pages/get-help.html",
}
CATEGORIES = {
    "performance": ("perf", 0.98),
    "accessibility": ("a11y", 1.0),
    "best-practices": ("best", 1.0),
    "seo": ("seo", 1.0),
}
MAX_BYTES = 30_000
# A Cyrillic letter takes two bytes in UTF-8, so a Russian or Kazakh page weighs about
# twice its English one before compression (a web server's gzip evens that out).
MAX_BYTES_CYRILLIC = 60_000


def byte_budget(path):
    return MAX_BYTES_CYRILLIC if path.startswith(("ru/", "kk/")) else MAX_BYTES


LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"


def run_lighthouse(url, chrome, report_base):
    """Lighthouse's JSON report for `url`; the HTML one is written beside it."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output=html",
        f"--output-path={report_base}",
        f"--only-categories={','.join(CATEGORIES)}",
        # chrome-launcher adds a fresh temporary --user-data-dir of its own.
        f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
    ]
    subprocess.run(command, env={**os.environ, "CHROME_PATH": chrome}, check=True)
    return json.loads(Path(f"{report_base}.report.json").read_text(encoding="utf-8"))


def measure(report, origin):
    """The figures the budget is about, from one Lighthouse report."""
    requests = report["audits"]["network-requests"]["details"]["items"]
    return {
        "scores": {name: report["categories"][name]["score"] for name in CATEGORIES},
        "bytes": report["audits"]["total-byte-weight"]["numericValue"],
        "requests": len(requests),
        "scripts": [
            r["url"]
            for r in requests
            if r.get("resourceType") == "Script" or "javascript" in (r.get("mimeType") or "")
        ],
        "elsewhere": [r["url"] for r in requests if not r["url"].startswith(origin)],
        # Audits this Lighthouse could not run with this Chromium (none is scored).
        "errored": sorted(
            k for k, a in report["audits"].items() if a["scoreDisplayMode"] == "error"
        ),
        "warnings": report.get("runWarnings", []),
    }


def misses(figures, max_bytes):
    problems = []
    for name, (_, minimum) in CATEGORIES.items():
        score = figures["scores"][name]
        if score is None or score < minimum:
            problems.append(f"{name} {score} < {minimum:.2f}")
    if figures["bytes"] > max_bytes:
        problems.append(f"{figures['bytes'] / 1000:.1f} KB > {max_bytes / 1000:.0f} KB")
    problems += [f"JavaScript: {url}" for url in figures["scripts"]]
    problems += [f"request to another host: {url}" for url in figures["elsewhere"]]
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", nargs="?", default="output", help="the built site")
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="serve on this port (a web build made with SITEURL=http://127.0.0.1:PORT); "
        "default: a free one",
    )
    args = parser.parse_args(argv)
    site = Path(args.output)
    if not (site / "index.html").is_file():
        sys.exit(f"{site}/index.html is missing: build the site first (make html)")
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` (make audit does)")
    chrome = os.environ.get("CHROME_PATH") or find_chromium()
    if not chrome:
        sys.exit(INSTALL_HINT)
    reports = ARTIFACTS / "lighthouse"
    reports.mkdir(parents=True, exist_ok=True)

    results = {}
    with serve(site, args.port) as (base, _):
        for name, path in PAGES.items():
            print(f"Lighthouse: {base}{path}", flush=True)
            report = run_lighthouse(base + path, chrome, reports / name)
            results[name] = measure(report, base)

    header = "page       " + "  ".join(f"{short:>5}" for short, _ in CATEGORIES.values())
    print(f"\n{header}     weight  requests  JS  other hosts")
    failed = False
    for name, figures in results.items():
        scores = "  ".join(f"{figures['scores'][c] or 0:5.2f}" for c in CATEGORIES)
        print(
            f"{name:<10} {scores}  {figures['bytes'] / 1000:6.1f} KB  {figures['requests']:8d}"
            f"  {len(figures['scripts']):2d}  {len(figures['elsewhere']):11d}"
        )
    budget = "  ".join(f"{minimum:5.2f}" for _, minimum in CATEGORIES.values())
    print(f"{'budget':<10} {budget}  {MAX_BYTES / 1000:6.1f} KB  {'':8}  {0:2d}  {0:11d}")
    print(f"{'ru/, kk/':<10} {budget}  {MAX_BYTES_CYRILLIC / 1000:6.1f} KB")
    for name, figures in results.items():
        for problem in misses(figures, byte_budget(PAGES[name])):
            print(f"FAIL {name}: {problem}")
            failed = True
        if figures["errored"]:
            print(f"note {name}: audits this Chromium could not run (none scored): ", end="")
            print(", ".join(figures["errored"]))
        for warning in figures["warnings"]:
            print(f"note {name}: {warning}")
    print(f"\nFull reports: {reports.relative_to(ROOT)}/*.report.html")
    print("Audit failed." if failed else "Audit passed.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
