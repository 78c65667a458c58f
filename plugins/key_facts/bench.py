"""`make bench`: how much the key-facts plugin adds to a full build.

Writes N seed-sized articles (the ambassador's message, each with its own title
and date) into a temporary folder, builds them with the plugin on and off,
alternating, several times each, and prints the ratio of the builds' median CPU
time with and without the plugin (the headline figure: on a shared virtual machine
it leaves out the time a build waited for the processor), then the wall-clock
medians, and where the plugin's time goes in one more build, run under cProfile.

    python -m key_facts.bench [--articles 1000] [--runs 7] [--no-profile]

Each run builds both ways, one right after the other, so the ratio within a run is
also printed: their median is less moved by a machine whose speed drifts.
"""

import argparse
import ast
import compileall
import datetime
import io
import json
import pstats
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


def build(content, output, plugins, profile=None):
    shutil.rmtree(output, ignore_errors=True)
    command = [sys.executable]
    if profile:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "pelican", str(content), "-o", str(output)]
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
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled build")
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
        profile = None
        if not args.no_profile:
            profile = scratch / "build.prof"
            build(scratch / "content", scratch / "out-profiled", with_plugin, profile)
            profile_summary = plugin_profile(profile)
    cpu_on, cpu_off = statistics.median(cpu_times["on"]), statistics.median(cpu_times["off"])
    on, off = statistics.median(times["on"]), statistics.median(times["off"])
    paired = statistics.median(a / b for a, b in zip(times["on"], times["off"], strict=True))
    cpu_paired = statistics.median(
        a / b for a, b in zip(cpu_times["on"], cpu_times["off"], strict=True)
    )
    print(f"{args.articles} articles, {args.runs} runs each")
    print(f"CPU time ratio: {cpu_on / cpu_off:.3f} (goal: at most {GOAL})")
    print(f"median CPU time with and without key_facts: {cpu_on:.2f} s, {cpu_off:.2f} s")
    print(f"median of the runs' own CPU time ratios: {cpu_paired:.3f}")
    print(
        f"median wall-clock time with and without: {on:.2f} s, {off:.2f} s (ratio {on / off:.3f})"
    )
    print(f"median of the runs' own wall-clock ratios: {paired:.3f}")
    if profile:
        print(profile_summary, end="")
    return 0


GOAL = 1.15
# In the profile: the plugin's own modules and its templates.
PLUGIN_FILES = ("key_facts/", "key_facts.html")


def plugin_profile(path, shown=12):
    """Where the plugin spends its time in one build: its entry points' share of the
    whole build, then its costliest functions (cumulative time, profiler included)."""
    stats = pstats.Stats(str(path), stream=io.StringIO())
    total = stats.total_tt
    mine = {
        function: entry
        for function, entry in stats.stats.items()
        if any(part in function[0] for part in PLUGIN_FILES)
    }
    lines = [f"one profiled build: {total:.2f} s in all (the profiler slows it down)"]
    for name in ("add_key_facts", "write_site_facts", "strip_anchor_ids_from_feed"):
        for function, (*_, cumulative, _) in mine.items():
            if function[2] == name:
                share = cumulative / total
                lines.append(f"  {name}: {cumulative:.3f} s ({share:.1%} of the build)")
    boxes = sum(e[3] for f, e in mine.items() if "key_facts.html" in f[0] and "macro" in f[2])
    lines.append(f"  the key-facts boxes' template code: {boxes:.3f} s")
    lines.append(f"the plugin's {shown} costliest functions (cumulative seconds, calls):")
    ranked = sorted(mine.items(), key=lambda item: item[1][3], reverse=True)[:shown]
    for (filename, line, function), (_, calls, _, cumulative, _) in ranked:
        where = filename.split("plugins/")[-1].split("templates/")[-1]
        lines.append(f"  {cumulative:7.3f} s {calls:7d}  {function} ({where}:{line})")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
