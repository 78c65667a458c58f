"""Our own set of careless and hostile files (tests/data/careless/), one build each.

The other tests do not contain these files: the set checks that what they assert
holds for mistakes nobody wrote a test for. Each must stop `make html`, be named,
print no traceback and leave the output folder byte for byte as it was.
"""

import shutil

import pytest
from conftest import ROOT
from test_editors import build_fails, good_build, site  # noqa: F401

CARELESS = ROOT / "tests" / "data" / "careless"
CASES = sorted(path.name for path in CARELESS.iterdir() if path.is_dir())
SECRET = "a file of the build machine, never for the site"


def test_the_set_is_large_enough():
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_each_careless_file_is_refused_plainly(site, case, tmp_path_factory):  # noqa: F811
    content, output = site
    folder = CARELESS / case
    if (folder / "content").is_dir():
        shutil.copytree(folder / "content", content, dirs_exist_ok=True)
    machine = tmp_path_factory.mktemp("machine")
    (machine / "secret.md").write_text(f"Title: Secret\nDate: 2024-05-06\n\n{SECRET}\n", "utf-8")
    links = folder / "links.txt"
    for line in links.read_text("utf-8").splitlines() if links.is_file() else []:
        link, target = (part.strip() for part in line.split("->"))
        (content / link).parent.mkdir(parents=True, exist_ok=True)
        outside = machine if target == "OUTSIDE_FOLDER" else machine / "secret.md"
        (content / link).symlink_to(outside)
    expected = (folder / "expect.txt").read_text("utf-8").splitlines()
    log = build_fails(content, output, *expected)
    assert "Traceback" not in log, log
    assert "Fix:" in log, log
    for path in output.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
