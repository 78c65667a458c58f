"""Pelican's command line with a fault injected, for the tests of plain error messages.

    python tests/fault_build.py FAULT pelican-arguments…

FAULT is `disk-full` (writing any page fails with ENOSPC, as on a full disk) or
`vanish:<path>` (the file at <path> is deleted once Pelican starts reading the
articles, after it listed them). The build itself is Pelican's own `main()`.
"""

import builtins
import errno
import os
import sys

from pelican import main, signals

fault, arguments = sys.argv[1], sys.argv[2:]
real_open = builtins.open


def open_on_a_full_disk(file, mode="r", *args, **kwargs):
    if "w" in mode and str(file).endswith(".html"):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(file))
    return real_open(file, mode, *args, **kwargs)


def delete_the_file(generator):
    if os.path.exists(vanishing):
        os.remove(vanishing)


if fault == "disk-full":
    builtins.open = open_on_a_full_disk
elif fault.startswith("vanish:"):
    vanishing = fault.removeprefix("vanish:")
    signals.article_generator_preread.connect(delete_the_file)
else:
    raise SystemExit(f"unknown fault {fault!r}")

sys.argv = ["pelican", *arguments]
main()
