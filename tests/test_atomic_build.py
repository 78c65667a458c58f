"""The output swap (plugins/content_checks/atomic_build.py) under kills, mounts and races.

Most builds here run a fake "pelican" (a few files written into its `-o` folder, the
same files for every version but "1", each naming its version) so that a build is quick
and its result can be told apart: `output/` must always hold one whole version, never a
mix and never nothing, and the files a host keeps there must survive every path. Faults
are injected through ATOMIC_BUILD_FAULT: the build SIGKILLs itself at a named step.
"""

import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "plugins"))

from content_checks import atomic_build  # noqa: E402

KEPT = {
    "CNAME": b"example.org\n",
    ".nojekyll": b"",
    ".git/HEAD": b"ref: refs/heads/gh-pages\n",
    ".git/objects/ab/cdef0123": b"a git object\n",
}
KEPT_TOP = {name.split("/")[0] for name in KEPT}
FAILED = "nothing was published; {output}/ still holds the last good build."

FAKE_PELICAN = """
import json, os, sys, time, signal
from pathlib import Path

out = Path(sys.argv[sys.argv.index("-o") + 1])
gate = os.environ.get("FAKE_GATE")
if gate:
    Path(gate + ".started").touch()
if os.environ.get("FAKE_KILL_PARENT"):
    # Let go of the test's pipes, so that it sees the killed build end.
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    os.kill(os.getppid(), signal.SIGKILL)
give_up = time.monotonic() + 120  # never outlive a failed test by long
while gate and not Path(gate).exists() and time.monotonic() < give_up:
    time.sleep(0.05)
for name, text in json.loads(os.environ["FAKE_FILES"]).items():
    (out / name).parent.mkdir(parents=True, exist_ok=True)
    (out / name).write_text(text, encoding="utf-8")
# As Pelican copies a static file: with the mode the editor's file had.
(out / "pages").chmod(0o700)
(out / "pages" / "help.html").chmod(0o600)
sys.exit(int(os.environ.get("FAKE_EXIT", "0")))
"""


def site_files(version):
    """What the fake Pelican writes for `version`: version 1 differs in shape from the rest."""
    if version == "1":
        names = ["index.html", "pages/help.html", "only-in-1.html", "shape"]
    else:
        names = ["index.html", "pages/help.html", "pages/added.html", "shape/index.html"]
    return {name: f"<p>{name} of build {version}</p>" for name in names}


@pytest.fixture
def fake_pelican(tmp_path):
    script = tmp_path / "fake_pelican.py"
    script.write_text(FAKE_PELICAN, encoding="utf-8")
    return [sys.executable, str(script)]


def build(output, version, command, *, fault="", lock_wait=0, umask=None, wait=True, **env):
    """Run atomic_build on `output` with `command`; return the finished (or running) process."""
    full_env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "plugins"),
        "ATOMIC_BUILD_FAULT": fault,
        "FAKE_FILES": json.dumps(site_files(version)),
        **env,
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "content_checks.atomic_build",
            "--output",
            str(output),
            "--settings",
            str(ROOT / "pelicanconf.py"),
            "--lock-wait",
            str(lock_wait),
            "--",
            *command,
        ],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
    )
    if not wait:
        return process
    return finish(process)


def finish(process):
    stdout, stderr = process.communicate(timeout=120)
    process.log = stdout + stderr
    if process.returncode != -signal.SIGKILL:
        assert "Traceback" not in process.log, process.log
    return process


def contents(output):
    """Every file under `output` but the kept ones, as text."""
    found = {}
    for path in sorted(output.rglob("*")):
        relative = path.relative_to(output).as_posix()
        if relative.split("/")[0] not in KEPT_TOP and path.is_file():
            found[relative] = path.read_text(encoding="utf-8")
    return found


def version_of(output):
    """The one version `output` holds whole; fails on a missing, partial or mixed folder."""
    assert output.is_dir(), "output/ is missing"
    found = contents(output)
    versions = [v for v in ("1", "2", "3", "4") if found == site_files(v)]
    assert versions, f"output/ holds no whole build: {sorted(found)}"
    return versions[0]


def assert_kept(folder):
    for name, data in KEPT.items():
        assert (folder / name).read_bytes() == data, name


def beside(output):
    return sorted(path.name for path in output.parent.iterdir())


@pytest.fixture
def site(tmp_path, fake_pelican):
    """An output folder holding build 1 and the host's files, alone in its folder."""
    output = tmp_path / "site" / "output"
    assert build(output, "1", fake_pelican).returncode == 0
    for name, data in KEPT.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_bytes(data)
    (output / ".git" / "objects" / "ab" / "cdef0123").chmod(0o444)
    return output


def test_good_build_replaces_output_and_keeps_the_hosts_files(site, fake_pelican):
    before = site.stat().st_ino
    process = build(site, "2", fake_pelican)
    assert process.returncode == 0, process.log
    assert "Build succeeded" in process.log
    assert version_of(site) == "2", "stale only-in-1.html gone, the file `shape` now a folder"
    assert_kept(site)
    assert (site / ".git" / "objects" / "ab" / "cdef0123").stat().st_mode & 0o777 == 0o444
    assert site.stat().st_ino != before, "a new folder took the old one's place"
    assert beside(site) == ["output"], "no lock, staging or old folder left"


def test_failed_build_leaves_output_as_it_was(site, fake_pelican):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in site.rglob("*") if p.is_file()}
    process = build(site, "2", fake_pelican, FAKE_EXIT="1")
    assert process.returncode == 1
    assert "Build failed: " + FAILED.format(output=site) in process.log
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in site.rglob("*") if p.is_file()} == (
        before
    )
    assert beside(site) == ["output"]


# (fault, version in output/ right after the kill, version after the next build recovers)
KILLS = [
    ("after-lock", "1", "1"),
    ("after-staging", "1", "1"),
    ("after-build", "1", "1"),
    ("after-carry", "1", "1"),
    ("after-exchange", "2", "2"),
    ("before-unlock", "2", "2"),
    ("no-exchange,after-carry", "1", "1"),
    ("no-exchange,after-old-moved", None, "1"),
    ("no-exchange,after-new-moved", "2", "2"),
]
IN_PLACE_KILLS = ["inplace-after-first-file", "inplace-after-writes"]


@pytest.mark.parametrize(("fault", "after_kill", "recovered"), KILLS)
def test_a_build_killed_at_any_step_is_recovered_by_the_next(
    site, fake_pelican, fault, after_kill, recovered
):
    killed = build(site, "2", fake_pelican, fault=fault)
    assert killed.returncode == -signal.SIGKILL, killed.log
    if after_kill is None:
        # Two renames, killed between them: the old folder is there whole, with its files.
        assert not site.exists()
        [old] = site.parent.glob(".output.old-*")
        assert version_of(old) == "1"
        assert_kept(old)
    else:
        assert version_of(site) == after_kill
        assert_kept(site)

    # The next build recovers even when it fails itself, and a dead build's lock file
    # does not hold it up (lock_wait=0).
    failed = build(site, "3", fake_pelican, FAKE_EXIT="1")
    assert failed.returncode == 1, failed.log
    assert FAILED.format(output=site) in failed.log
    assert version_of(site) == recovered
    assert_kept(site)
    assert beside(site) == ["output"], failed.log

    again = build(site, "3", fake_pelican)
    assert again.returncode == 0, again.log
    assert version_of(site) == "3"
    assert_kept(site)
    assert beside(site) == ["output"]


def test_every_step_a_build_can_be_killed_at_is_tested():
    tested = {step for fault, _, _ in KILLS for step in fault.split(",")} | set(IN_PLACE_KILLS)
    assert set(atomic_build.FAULT_STEPS) <= tested


def test_recovers_an_old_folder_left_by_the_earlier_version_of_the_swap(site, fake_pelican):
    """Before, the old site went to `.output.old-…/output`: a kill then left no output/."""
    legacy = site.parent / ".output.old-abc123"
    legacy.mkdir()
    site.rename(legacy / "output")
    failed = build(site, "2", fake_pelican, FAKE_EXIT="1")
    assert failed.returncode == 1
    assert "put back" in failed.log
    assert version_of(site) == "1"
    assert_kept(site)
    assert beside(site) == ["output"]


def test_a_pelican_left_running_by_a_killed_build_keeps_the_lock(site, fake_pelican, tmp_path):
    gate = tmp_path / "gate"
    killed = build(site, "2", fake_pelican, FAKE_GATE=str(gate), FAKE_KILL_PARENT="1")
    assert killed.returncode == -signal.SIGKILL
    assert (tmp_path / "gate.started").exists()
    lock = os.open(site.parent / ".output.lock", os.O_RDWR)
    with pytest.raises(BlockingIOError):
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(lock)

    gate.touch()  # the orphaned Pelican finishes writing its staging folder and ends
    process = build(site, "3", fake_pelican, lock_wait=60)
    assert process.returncode == 0, process.log
    assert version_of(site) == "3"
    assert_kept(site)
    assert beside(site) == ["output"]


def holds_open(pid, path):
    folder = f"/proc/{pid}/fd"
    try:
        return any(os.readlink(os.path.join(folder, fd)) == str(path) for fd in os.listdir(folder))
    except FileNotFoundError:  # a descriptor closed while we looked
        return False


def test_two_builds_at_once(site, fake_pelican, tmp_path):
    gate = tmp_path / "gate"
    first = build(site, "2", fake_pelican, FAKE_GATE=str(gate), wait=False)
    deadline = time.monotonic() + 60
    while not (tmp_path / "gate.started").exists():
        assert time.monotonic() < deadline and first.poll() is None, "first build never started"
        time.sleep(0.05)

    impatient = build(site, "3", fake_pelican, lock_wait=0.3)
    assert impatient.returncode == 1
    assert "another build is running in this folder" in impatient.log
    assert ".output.lock" in impatient.log
    assert version_of(site) == "1"

    patient = build(site, "3", fake_pelican, lock_wait=60, wait=False)
    while not holds_open(patient.pid, site.parent / ".output.lock"):
        assert time.monotonic() < deadline and patient.poll() is None, "never reached the lock"
        time.sleep(0.05)
    gate.touch()
    assert finish(first).returncode == 0, first.log
    assert finish(patient).returncode == 0, patient.log
    assert "waiting" in patient.log
    assert version_of(site) == "3"
    assert_kept(site)
    assert beside(site) == ["output"]


@pytest.mark.parametrize("error", ["EXDEV", "EBUSY", "EPERM"])
def test_output_that_cannot_be_moved_is_updated_in_place(site, fake_pelican, error):
    before = site.stat().st_ino
    process = build(site, "2", fake_pelican, fault=f"move-error={error}")
    assert process.returncode == 0, process.log
    assert site.stat().st_ino == before, "updated in place"
    assert version_of(site) == "2", "stale files deleted, file `shape` replaced by a folder"
    assert_kept(site)
    assert beside(site) == ["output"]


@pytest.mark.parametrize("fault", IN_PLACE_KILLS)
def test_an_in_place_update_killed_half_way_is_finished_by_the_next(site, fake_pelican, fault):
    old, new = site_files("1"), site_files("2")
    killed = build(site, "2", fake_pelican, fault=f"move-error=EXDEV,{fault}")
    assert killed.returncode == -signal.SIGKILL
    # Every file is whole: as the old build or the new one wrote it, none half-copied
    # (an old file that a new folder replaces waits under a temporary name to be deleted).
    for name, text in contents(site).items():
        if not name.rpartition("/")[2].startswith(".atomic-build-"):
            assert text in (old.get(name), new.get(name)), name
    if fault == "inplace-after-writes":
        assert {name: contents(site)[name] for name in new} == new
    assert_kept(site)

    (site / "pages" / ".atomic-build-0123456789ab").write_text("half a copy", encoding="utf-8")
    failed = build(site, "3", fake_pelican, fault="move-error=EXDEV", FAKE_EXIT="1")
    assert failed.returncode == 1
    assert "temporary file(s)" in failed.log
    assert not (site / "pages" / ".atomic-build-0123456789ab").exists()

    again = build(site, "3", fake_pelican, fault="move-error=EXDEV")
    assert again.returncode == 0, again.log
    assert version_of(site) == "3"
    assert_kept(site)
    assert beside(site) == ["output"]


def test_output_on_a_real_mount_point_is_updated_in_place(tmp_path, fake_pelican):
    output = tmp_path / "site" / "output"
    output.mkdir(parents=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(output)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        assert os.path.ismount(output)
        assert build(output, "1", fake_pelican).returncode == 0
        for name, data in KEPT.items():
            (output / name).parent.mkdir(parents=True, exist_ok=True)
            (output / name).write_bytes(data)
        process = build(output, "2", fake_pelican, umask=0o022)
        assert process.returncode == 0, process.log
        assert os.path.ismount(output)
        assert version_of(output) == "2"
        assert_kept(output)
        assert output.stat().st_mode & 0o777 == 0o755
        assert beside(output) == ["output"]
    finally:
        subprocess.run(["umount", "-l", str(output)], check=False)


def test_a_move_that_fails_otherwise_publishes_nothing(site, fake_pelican):
    process = build(site, "2", fake_pelican, fault="move-error=EIO")
    assert process.returncode == 1
    assert "could not be put in place (Input/output error)" in process.log
    assert FAILED.format(output=site) in process.log
    assert version_of(site) == "1"
    assert_kept(site)
    assert beside(site) == ["output"]


def modes(folder):
    found = {}
    for path in [folder, *folder.rglob("*")]:
        relative = path.relative_to(folder).as_posix()
        if relative.split("/")[0] not in KEPT_TOP:
            found[relative] = path.stat().st_mode & 0o777
    return found


@pytest.mark.parametrize(
    ("umask", "folder", "file"), [(0o022, 0o755, 0o644), (0o077, 0o700, 0o600)]
)
@pytest.mark.parametrize("fault", ["", "no-exchange", "move-error=EXDEV"])
def test_modes_follow_the_umask(site, fake_pelican, umask, folder, file, fault):
    site.chmod(0o700)  # as the earlier swap left it (mkdtemp)
    process = build(site, "2", fake_pelican, fault=fault, umask=umask)
    assert process.returncode == 0, process.log
    expected = {
        name: folder if (site / name).is_dir() else file for name in modes(site) if name != "."
    }
    assert modes(site) == {".": folder, **expected}
    assert set(expected.values()) == {folder, file}


@pytest.mark.skipif(atomic_build._RENAMEAT2 is None, reason="no renameat2 in this C library")
def test_output_index_never_goes_missing_during_builds(site, fake_pelican, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    try:
        atomic_build.exchange(first, second)
    except OSError as error:
        if error.errno in atomic_build.NO_EXCHANGE:
            pytest.skip(f"this filesystem cannot exchange: {error}")
        raise
    looks, misses, done = [0], [0], threading.Event()

    def reader():
        while not done.is_set():
            looks[0] += 1
            if not (site / "index.html").exists():
                misses[0] += 1

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for version in ("2", "3", "2", "3"):
            assert build(site, version, fake_pelican).returncode == 0
    finally:
        done.set()
        thread.join()
    assert looks[0] > 100
    assert misses[0] == 0
    assert_kept(site)


def test_a_real_pelican_build(tmp_path):
    """The real `pelican` through atomic_build, over a site holding the host's files."""
    output = tmp_path / "site" / "output"
    (output / "stale").mkdir(parents=True)
    (output / "stale" / "old.html").write_text("old", encoding="utf-8")
    for name, data in KEPT.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_bytes(data)
    pelican = [sys.executable, "-m", "pelican", str(ROOT / "content"), "--fatal", "warnings"]
    pelican += ["-s", str(ROOT / "pelicanconf.py")]
    process = build(output, "2", pelican, umask=0o022)
    assert process.returncode == 0, process.log
    assert (output / "index.html").is_file() and not (output / "stale").exists()
    assert_kept(output)
    found = modes(output)
    assert found["."] == 0o755 and len(found) > 10
    for name, mode in found.items():
        assert mode == (0o755 if (output / name).is_dir() else 0o644), name
    assert beside(output) == ["output"]


def test_a_settings_file_that_cannot_be_read_is_one_plain_line(site, fake_pelican, tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("OUTPUT_RETENTION = [\n", encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "content_checks.atomic_build", "--output", str(site)]
        + ["--settings", str(broken), "--", *fake_pelican],
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")},
        capture_output=True,
        text=True,
    )
    assert process.returncode == 1
    [line] = process.stderr.strip().splitlines()
    assert line.startswith(f"Build failed: the settings file {broken} could not be read (")
    assert line.endswith("); nothing was published.")
    assert version_of(site) == "1"
    assert beside(site) == ["output"]


def test_make_clean_keeps_the_files_a_host_keeps_in_output(tmp_path):
    output = tmp_path / "output"
    (output / ".git").mkdir(parents=True)
    (output / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (output / "CNAME").write_text("example.org\n")
    (output / "pages").mkdir()
    (output / "index.html").write_text("<p>old site</p>")
    preview = tmp_path / "preview"
    preview.mkdir()
    (tmp_path / ".output.staging-1").mkdir()
    subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT),
            "clean",
            f"OUTPUTDIR={output}",
            f"PREVIEWDIR={preview}",
            "BUILD_CACHES=",
        ],
        check=True,
    )
    assert sorted(p.name for p in output.iterdir()) == [".git", "CNAME"]
    assert (output / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert not preview.exists() and not (tmp_path / ".output.staging-1").exists()
    # Nothing kept: no output/ folder left at all.
    subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT),
            "clean",
            f"OUTPUTDIR={tmp_path / 'other'}",
            f"PREVIEWDIR={preview}",
            "BUILD_CACHES=",
        ],
        check=True,
    )
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "index.html").write_text("x")
    subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT),
            "clean",
            f"OUTPUTDIR={tmp_path / 'plain'}",
            f"PREVIEWDIR={preview}",
            "BUILD_CACHES=",
        ],
        check=True,
    )
    assert not (tmp_path / "plain").exists()


def test_make_clean_keeps_what_the_build_carries_over():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    kept = re.search(r"^KEPT_IN_OUTPUT := (.*)$", makefile, re.M).group(1).split()
    settings = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    retention = re.search(r"^OUTPUT_RETENTION = \[(.*)\]$", settings, re.M).group(1)
    assert kept == [name.strip(' "') for name in retention.split(",")]
