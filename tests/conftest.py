"""Shared fixtures: each build runs Pelican in a subprocess, as `make html` does.

A subprocess keeps Pelican's process-wide log de-duplication and signal
registrations from leaking between builds.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from browser_helpers import CHROMIUM_FLAGS, INSTALL_HINT, find_chromium
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
FACT_SHEET = ROOT.parent / "shared" / "facts" / "FACT_SHEET.md"


def run_pelican(output, *extra, settings="pelicanconf.py", content="content", env=None, check=True):
    """Build `content` into `output` with --fatal warnings; return the finished process."""
    command = [
        sys.executable,
        "-m",
        "pelican",
        str(content),
        "-o",
        str(output),
        "-s",
        settings,
        "--fatal",
        "warnings",
        *extra,
    ]
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(command, cwd=ROOT, env=full_env, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(
            f"build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The offline build, as `make html` writes it."""
    output = tmp_path_factory.mktemp("site")
    run_pelican(output)
    return output


@pytest.fixture(scope="session")
def published_site(tmp_path_factory):
    """The web build, as `SITEURL=https://example.org make publish` writes it."""
    output = tmp_path_factory.mktemp("published")
    run_pelican(output, settings="publishconf.py", env={"SITEURL": "https://example.org"})
    return output


def html_files(output):
    return sorted(output.rglob("*.html"))


def soup_of(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="session")
def site_soups(site):
    return {path: soup_of(path) for path in html_files(site)}


def require_chromium():
    """The Chromium to drive; skips without one, or fails in CI (CI=true)."""
    path = find_chromium()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the browser tests. {INSTALL_HINT}", pytrace=False)
        pytest.skip(INSTALL_HINT)
    return path


@pytest.fixture(scope="session")
def browser():
    """One Chromium for every browser test module: Playwright's sync API runs once per
    process, so two modules cannot each start their own."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright starts Chromium with a fresh, temporary profile (user data dir).
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
