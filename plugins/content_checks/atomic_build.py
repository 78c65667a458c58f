"""Build into a fresh staging folder; replace the output folder only on success.

    PYTHONPATH=plugins python -m content_checks.atomic_build --output output \\
        --settings pelicanconf.py -- pelican content --fatal warnings -s pelicanconf.py

The Pelican command gets `-o <staging folder>` added. If it fails, the staging
folder is deleted and the output folder is left byte for byte as it was. If it
succeeds, the files the host keeps in the output folder on purpose (the
settings' OUTPUT_RETENTION, e.g. .git, CNAME, .nojekyll) move into the new
build, and the new build takes the output folder's place.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def retention(settings_file: str) -> list[str]:
    """OUTPUT_RETENTION as Pelican reads it from the settings file."""
    from pelican.settings import read_settings  # noqa: PLC0415 - only needed after a build

    return list(read_settings(settings_file).get("OUTPUT_RETENTION", []))


def replace_output(staging: Path, output: Path, keep: list[str]) -> None:
    """Make `staging` the new `output`, carrying over the kept files not rebuilt."""
    moved = []
    if output.is_dir():
        for name in keep:
            old = output / name
            if (old.exists() or old.is_symlink()) and not (staging / name).exists():
                os.rename(old, staging / name)
                moved.append(name)
    try:
        if not output.exists():
            os.rename(staging, output)
            return
        trash = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
        try:
            os.rename(output, trash / output.name)
        except OSError:
            # The output folder cannot be moved (a mount point, say): refill it in place.
            shutil.rmtree(trash)
            _refill(output, staging, keep)
            return
        os.rename(staging, output)
        shutil.rmtree(trash, ignore_errors=True)
    except BaseException:
        for name in moved:  # put the kept files back where they were
            if (staging / name).exists() and not (output / name).exists():
                os.rename(staging / name, output / name)
        raise


def _refill(output: Path, staging: Path, keep: list[str]) -> None:
    for entry in output.iterdir():
        if entry.name in keep and not (staging / entry.name).exists():
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in staging.iterdir():
        os.rename(entry, output / entry.name)
    staging.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, help="the output folder to replace")
    parser.add_argument("--settings", required=True, help="the Pelican settings file")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- pelican …")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the Pelican command after --")

    output = Path(args.output).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    shown = args.output.rstrip("/") + "/"
    try:
        result = subprocess.run([*command, "-o", str(staging)])
        if result.returncode != 0:
            kept = "still holds the last good build" if output.exists() else "was not created"
            print(f"Build failed: nothing was published; {shown} {kept}.", file=sys.stderr)
            return result.returncode
        replace_output(staging, output, retention(args.settings))
        print(f"Build succeeded: {shown} now holds the new site.")
        return 0
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
