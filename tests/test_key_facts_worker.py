"""The worker process finds the same facts as the build's own process, or leaves them to it."""

import datetime
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

import key_facts  # noqa: E402
from conftest import ROOT, run_pelican  # noqa: E402
from key_facts import worker  # noqa: E402
from key_facts.annotate import annotate  # noqa: E402

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="a worker is forked",
)

DOCUMENTS = {
    "tier": (
        "<p>Trafficking is a crime. In 2019, Kazakhstan fell to the Tier 2 Watchlist.</p>",
        "Message",
        None,
        ("tier", "figure", "observance"),
    ),
    "figure": (
        "<p>Traffickers victimize an estimated 25 million people.</p><ul><li>Next.</li></ul>",
        "Figures",
        None,
        ("figure",),
    ),
    "this year": (
        "<p>Kazakhstan remained on the Tier 2 Watch List in this year's report.</p>",
        "2021 TIP report",
        datetime.date(2021, 7, 1),
        ("tier",),
    ),
    "by hand": (
        "<blockquote><p>[!FACT] The hotline answers 24 hours a day.</p></blockquote>",
        "Hotline",
        None,
        (),
    ),
    # Nothing found, so nothing anchored: the worker does not send the HTML back.
    "nothing": ("<p>Report it to the police in 2020.</p>", "Quiet", None, ("tier", "figure")),
    "no digits": ("<p>Nothing to find here.</p>", "Quiet", None, ("tier",)),
}


def in_process(html, title, date, kinds):
    return annotate(html, title=title, date=date, kinds=kinds)


def forbid_reading_here(monkeypatch):
    """From now on, only the (already forked) worker may read a document."""

    def fail(html, **arguments):
        raise AssertionError("read in the build's own process")

    monkeypatch.setattr(worker, "annotate", fail)


@needs_fork
def test_the_worker_answers_as_annotate_does(monkeypatch):
    extractor = worker.Extractor()
    forbid_reading_here(monkeypatch)
    for key, arguments in DOCUMENTS.items():
        extractor.submit(key, *arguments)
    for key, arguments in DOCUMENTS.items():
        assert extractor.annotate(key, *arguments) == in_process(*arguments)
    assert extractor._pid is None, "the worker has ended and been waited for"


@needs_fork
def test_html_changed_after_it_was_sent_is_read_again():
    html, title, date, kinds = DOCUMENTS["tier"]
    changed = html.replace("Kazakhstan", "Uzbekistan")
    extractor = worker.Extractor()
    extractor.submit("article", html, title, date, kinds)
    result = extractor.annotate("article", changed, title, date, kinds)
    assert result == in_process(changed, title, date, kinds)
    assert [fact.country for fact in result.facts] == ["Uzbekistan"]


@needs_fork
def test_an_error_in_the_worker_is_raised_by_the_build_itself(monkeypatch):
    def failing_annotate(html, **arguments):
        if "boom" in html:
            raise ValueError("cannot read boom")
        return annotate(html, **arguments)

    # Patched before the fork, so the worker fails too; the build then reads it again.
    monkeypatch.setattr(worker, "annotate", failing_annotate)
    extractor = worker.Extractor()
    extractor.submit("bad", "<p>boom 25 million people</p>", "", None, ("figure",))
    extractor.submit("good", *DOCUMENTS["figure"])
    with pytest.raises(ValueError, match="cannot read boom"):
        extractor.annotate("bad", "<p>boom 25 million people</p>", "", None, ("figure",))
    assert extractor.annotate("good", *DOCUMENTS["figure"]) == in_process(*DOCUMENTS["figure"])


@needs_fork
def test_a_worker_that_died_leaves_every_document_to_the_build():
    extractor = worker.Extractor()
    extractor.submit("tier", *DOCUMENTS["tier"])
    os.kill(extractor._pid, signal.SIGKILL)
    for key, arguments in DOCUMENTS.items():
        extractor.submit(key, *arguments)  # into a closed pipe: no error
        assert extractor.annotate(key, *arguments) == in_process(*arguments)


@pytest.mark.skipif(sys.platform != "linux", reason="open descriptors are listed in /proc")
def test_without_a_process_to_spare_the_build_reads_everything_itself(monkeypatch):
    def no_fork():
        raise BlockingIOError("fork: Resource temporarily unavailable")

    monkeypatch.setattr(worker.os, "fork", no_fork)
    monkeypatch.setattr(key_facts, "worker_possible", lambda: True)
    open_before = sorted(os.listdir("/proc/self/fd"))
    with pytest.raises(OSError):
        worker.Extractor()
    assert sorted(os.listdir("/proc/self/fd")) == open_before, "no descriptor left open"

    class Generator:
        settings = {"KEY_FACTS_ENABLED": True, "KEY_FACTS_WORKER": True}

    key_facts.start_worker(Generator())
    assert key_facts._extractor is None


@needs_fork
def test_a_worker_forked_beside_a_busy_thread_answers_and_warns_of_nothing(monkeypatch, tmp_path):
    # Pelican's console spinner is such a thread: it writes while the build runs.
    stop = threading.Event()
    spinner_output = (tmp_path / "spinner").open("w")

    def spin():
        while not stop.is_set():
            spinner_output.write("|")
            spinner_output.flush()

    thread = threading.Thread(target=spin)
    thread.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Pelican's --fatal warnings would stop here
            extractor = worker.Extractor()
        forbid_reading_here(monkeypatch)
        for key, arguments in DOCUMENTS.items():
            extractor.submit(key, *arguments)
        answers = {key: extractor.annotate(key, *arguments) for key, arguments in DOCUMENTS.items()}
    finally:
        stop.set()
        thread.join()
        spinner_output.close()
    assert answers == {key: in_process(*arguments) for key, arguments in DOCUMENTS.items()}


@pytest.mark.skipif(
    not worker.worker_possible(), reason="a worker runs only beside a free core, on Linux"
)
def test_a_build_with_the_worker_writes_what_one_without_it_writes(site, tmp_path):
    alone = tmp_path / "alone"
    run_pelican(alone, "-e", "KEY_FACTS_WORKER=false")
    with_worker = sorted(path.relative_to(site) for path in site.rglob("*") if path.is_file())
    without = sorted(path.relative_to(alone) for path in alone.rglob("*") if path.is_file())
    assert with_worker == without
    for relative in with_worker:
        assert (site / relative).read_bytes() == (alone / relative).read_bytes(), relative


BUILD_COUNTING_READS = """
import json, sys
sys.path.insert(0, "plugins")
from key_facts import worker
from pelican import Pelican, signals
from pelican.settings import read_settings

plugins, output = json.loads(sys.argv[1]), sys.argv[2]
settings = read_settings("pelicanconf.py", override={"PLUGINS": plugins, "OUTPUT_PATH": output})
pelican = Pelican(settings)
sent, read_here = [], []
real_submit, real_annotate = worker.Extractor.submit, worker.annotate

def submit(extractor, key, html, title, date, kinds):
    sent.append(key)
    real_submit(extractor, key, html, title, date, kinds)

def annotate(html, **arguments):
    read_here.append(html)
    return real_annotate(html, **arguments)

def after_the_fork(generator):
    worker.annotate = annotate  # the worker, forked already, keeps the real one

signals.generator_init.connect(after_the_fork)
worker.Extractor.submit = submit
pelican.run()
print(json.dumps({"sent": sent, "read_here": len(read_here)}))
"""


def build_counting_reads(plugins, output):
    result = subprocess.run(
        [sys.executable, "-c", BUILD_COUNTING_READS, json.dumps(plugins), str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(
    not worker.worker_possible(), reason="a worker runs only beside a free core, on Linux"
)
@pytest.mark.parametrize(
    "plugins", [["key_facts", "content_checks"], ["key_facts"]], ids=["checks first", "alone"]
)
def test_in_a_build_the_worker_reads_every_document_once(plugins, tmp_path):
    counts = build_counting_reads(plugins, tmp_path / "out")
    keys = counts["sent"]
    sources = sorted(str(path) for path in (ROOT / "content").rglob("*.md"))
    assert sorted(set(keys)) == sources
    assert len(keys) == len(sources), "each sent once"
    # Every answer was taken: with content_checks, what it read ahead and sent is what
    # Pelican then reads.
    assert counts["read_here"] == 0
