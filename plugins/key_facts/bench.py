"""`make bench`: how much the key-facts plugin adds to a full build.

Writes N seed-sized articles (the ambassador's message, each with its own title
and date) into a temporary folder, builds them with the plugin on and off,
alternating, several times each, and prints the median times and their ratio.

    python -m key_facts.bench [--articles 1000] [--runs 7]

Each run builds both ways, one right after the other, so the ratio within a run is
also printed: their median is less moved by a machine whose speed drifts. The CPU time
of the builds is printed too, the key-facts worker process's included: on a shared
virtual machine it leaves out the time the build waited for the processor.
"""

import argparse
import ast
import compileall
import datetime
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "content" / "articles" / "2020-02-02-moser-message.md"


def seed_body():
    text = SEED.read_text(encoding="utf-8")
    return text.split("\n\n", 1)[1]


def write_articles(folder, count):
    body = seed_body()
    articles = folder / "articles"
    articles.mkdir(parents=True)
    (folder / "pages").mkdir()
    start = datetime.date(2020, 2, 2)
    for number in range(count):
        date = start + datetime.timedelta(days=number)
        (articles / f"article-{number}.md").write_text(
            f"Title: Seed article {number}\nDate: {date.isoformat()}\n"
            f"Category: Messages\nSlug: seed-article-{number}\n\n{body}",
            encoding="utf-8",
        )


def configured_plugins():
    tree = ast.parse((ROOT / "pelicanconf.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(target, "id", None) == "PLUGINS" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    return []


def build(content, output, plugins):
    shutil.rmtree(output, ignore_errors=True)
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    command += [
        "-s",
        "pelicanconf.py",
        "--fatal",
        "warnings",
        "-e",
        f"PLUGINS={json.dumps(plugins)}",
    ]
    used_before = _children_cpu_time()
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started, _children_cpu_time() - used_before


def _children_cpu_time():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    # As `make html` does: the plugins' bytecode is compiled ahead, like an installed
    # package's, rather than at every build.
    compileall.compile_dir(ROOT / "plugins", quiet=1)
    with_plugin = configured_plugins()
    without_plugin = [name for name in with_plugin if name != "key_facts"]
    with tempfile.TemporaryDirectory(prefix="key-facts-bench-") as scratch:
        scratch = Path(scratch)
        write_articles(scratch / "content", args.articles)
        times = {"on": [], "off": []}
        cpu_times = {"on": [], "off": []}
        for run in range(args.runs):
            # Alternate, so that a slow moment of the machine hits both alike.
            order = (("on", with_plugin), ("off", without_plugin))
            for label, plugins in order if run % 2 == 0 else order[::-1]:
                seconds, cpu = build(scratch / "content", scratch / f"out-{label}", plugins)
                times[label].append(seconds)
                cpu_times[label].append(cpu)
                line = f"run {run + 1}: plugin {label:3} {seconds:6.2f} s ({cpu:.2f} s CPU)"
                print(line, flush=True)
    on, off = statistics.median(times["on"]), statistics.median(times["off"])
    cpu_on, cpu_off = statistics.median(cpu_times["on"]), statistics.median(cpu_times["off"])
    paired = statistics.median(a / b for a, b in zip(times["on"], times["off"], strict=True))
    print(f"{args.articles} articles, {args.runs} runs each")
    print(f"median with key_facts:    {on:6.2f} s")
    print(f"median without key_facts: {off:6.2f} s")
    print(f"median of the runs' own ratios: {paired:.3f}")
    print(f"median CPU time with and without: {cpu_on:.2f} s, {cpu_off:.2f} s")
    print(f"CPU time ratio: {cpu_on / cpu_off:.3f}")
    print(f"ratio: {on / off:.3f} (goal: at most 1.10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
