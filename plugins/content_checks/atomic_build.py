"""Build into a staging folder; put it in place of the output folder only on success.

    PYTHONPATH=plugins python -m content_checks.atomic_build --output output \\
        --settings pelicanconf.py -- pelican content --fatal warnings -s pelicanconf.py

The Pelican command gets `-o <staging folder>` added; the staging folder
(`.output.staging-…`) sits beside the output folder, on the same filesystem.

- A failed build deletes its staging folder: the output folder stays byte for
  byte as it was.
- A good build gets the files the host keeps in the output folder (the
  settings' OUTPUT_RETENTION: .git, CNAME, .nojekyll) as hard links (copies
  where links are refused), so the originals stay where they are until the new
  folder is in place; then the two folders trade places in one step
  (renameat2 with RENAME_EXCHANGE), and the old one is deleted.
- Where the kernel or the filesystem cannot exchange, two renames do it (output
  to `.output.old-…`, staging to output); a build killed between them leaves no
  output folder, and the next build puts the old one back.
- Where the output folder cannot be moved (a mount point, another filesystem:
  EXDEV, EBUSY, EPERM), it is updated in place: each new file is copied in under
  a temporary name and renamed over the old one, and stale files are deleted
  only after every new file is written.
- A lock (`.output.lock`, flock) lets one build at a time work on the folder; a
  second one waits `--lock-wait` seconds, then stops with a message. The lock
  is released when the process holding it ends, even killed; the Pelican
  command inherits it, so a Pelican left running by a killed build keeps it.
- Each build first clears what a killed one left: it puts back a missing
  output folder from its old copy, and deletes staging and old folders and
  temporary files in the output folder.
- Folders get mode 0777 and files 0666 minus the umask (0755 and 0644 under
  the usual 022), whatever the staging folder or the content files had.

ATOMIC_BUILD_FAULT (comma-separated, for the tests) kills the build with
SIGKILL at a named step (see FAULT_STEPS), or pretends there is no exchange
(`no-exchange`), or makes moving the output folder fail with an errno
(`move-error=EXDEV`).
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import fcntl
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

FAULT_STEPS = (
    "after-lock",  # the lock is held, nothing else done
    "after-staging",  # the staging folder exists, Pelican not started
    "after-build",  # Pelican succeeded
    "after-carry",  # the kept files are linked into the staging folder
    "after-exchange",  # the folders traded places; the old one is not deleted yet
    "after-old-moved",  # two renames: output moved away, staging not yet in place
    "after-new-moved",  # two renames: staging in place, the old one not deleted yet
    "inplace-after-first-file",  # in place: one new file written
    "inplace-after-writes",  # in place: every new file written, stale ones not deleted
    "before-unlock",  # all done but the lock
)
# Moving the output folder fails with one of these where it is a mount point or on
# another filesystem than its parent (EPERM: also an immutable folder).
CANNOT_MOVE = (errno.EXDEV, errno.EBUSY, errno.EPERM)
# renameat2 is missing (glibc < 2.28, another libc) or the filesystem has no exchange.
NO_EXCHANGE = (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP)
TEMP_PREFIX = ".atomic-build-"
AT_FDCWD = -100
RENAME_EXCHANGE = 2


class BuildError(Exception):
    """A failure with a message for the editor, printed as one line."""


class PartlyReplaced(Exception):
    """Replacing the output folder failed after it was changed."""

    def __init__(self, error: OSError, state: str) -> None:
        super().__init__(error, state)
        self.error, self.state = error, state


class Layout:
    """Where the output folder and its lock, staging and old folders are."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.parent = output.parent
        self.lock = self.parent / f".{output.name}.lock"
        self.staging_prefix = f".{output.name}.staging-"
        self.old_prefix = f".{output.name}.old-"

    def leftovers(self, prefix: str) -> list[Path]:
        return sorted(self.parent.glob(f"{prefix}*"))

    def new_staging(self) -> Path:
        staging = self.parent / f"{self.staging_prefix}{secrets.token_hex(4)}"
        staging.mkdir(mode=dir_mode())
        return staging

    def new_old(self) -> Path:
        return self.parent / f"{self.old_prefix}{secrets.token_hex(4)}"


def fault(step: str) -> None:
    if step in os.environ.get("ATOMIC_BUILD_FAULT", "").split(","):
        os.kill(os.getpid(), signal.SIGKILL)


def injected_move_error() -> None:
    for item in os.environ.get("ATOMIC_BUILD_FAULT", "").split(","):
        if item.startswith("move-error="):
            code = getattr(errno, item.partition("=")[2])
            raise OSError(code, os.strerror(code))


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def dir_mode() -> int:
    return 0o777 & ~umask()


def file_mode() -> int:
    return 0o666 & ~umask()


def retention(settings_file: str) -> list[str]:
    """OUTPUT_RETENTION as Pelican reads it from the settings file."""
    from pelican.settings import read_settings  # noqa: PLC0415 - slow, not needed for --help

    # SystemExit goes through: publishconf.py stops with its own message without SITEURL.
    try:
        return list(read_settings(settings_file).get("OUTPUT_RETENTION", []))
    except Exception as error:
        raise BuildError(
            f"Build failed: the settings file {settings_file} could not be read ({error}); "
            "nothing was published."
        ) from None


# --- The lock ---------------------------------------------------------------------------


def acquire_lock(layout: Layout, wait: float) -> int:
    """Hold the folder's lock; return its file descriptor. Stop after `wait` seconds."""
    deadline = time.monotonic() + wait
    told = False
    while True:
        fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise BuildError(
                        "Build stopped: another build is running in this folder (it holds "
                        f"{layout.lock.name}); wait for it to finish, then build again."
                    ) from None
                if not told:
                    print(
                        "Another build is running in this folder; "
                        f"waiting up to {wait:g} seconds for it to finish.",
                        file=sys.stderr,
                        flush=True,
                    )
                    told = True
                time.sleep(0.1)
        # The build before us deletes the lock file when it is done: if it did so while
        # we waited, our lock is on a deleted file, and a third build may hold the new one.
        try:
            if os.stat(layout.lock).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)


def release_lock(layout: Layout, fd: int) -> None:
    # Deleted while still held, so that no folder is left behind by a finished build.
    layout.lock.unlink(missing_ok=True)
    os.close(fd)


# --- Recovery ---------------------------------------------------------------------------


def recover(layout: Layout, keep: list[str]) -> list[str]:
    """Clear what a killed build left behind; return one line per thing done."""
    done = []
    output = layout.output
    olds = layout.leftovers(layout.old_prefix)
    if not output.exists() and olds:
        newest = max(olds, key=lambda path: path.stat().st_ctime_ns)
        olds.remove(newest)
        # Builds before this one moved the old site into `.output.old-…/output`.
        inner = newest / output.name
        if inner.is_dir() and [path.name for path in newest.iterdir()] == [output.name]:
            os.rename(inner, output)
            olds.append(newest)
        else:
            os.rename(newest, output)
        done.append(f"put back {output.name}/ from {newest.name}, left by an interrupted build")
    stale = layout.leftovers(layout.staging_prefix) + olds
    for folder in stale:
        shutil.rmtree(folder)
    if stale:
        done.append(f"removed {len(stale)} folder(s) left by an interrupted build")
    if output.is_dir():
        temps = [path for path in walk_outside(output, keep) if path.name.startswith(TEMP_PREFIX)]
        for path in temps:
            remove(path)
        if temps:
            done.append(f"removed {len(temps)} temporary file(s) left in {output.name}/")
    return done


def walk_outside(folder: Path, keep: list[str]):
    """Every path under `folder`, but not those under the kept names."""
    for root, dirs, files in os.walk(folder):
        if root == str(folder):
            dirs[:] = [name for name in dirs if name not in keep]
            files = [name for name in files if name not in keep]
        for name in dirs + files:
            yield Path(root, name)


def discard(path: Path) -> None:
    """Remove what is left over once the new site is in place; the next build retries."""
    try:
        remove(path)
    except OSError:
        pass


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


# --- Preparing the new folder -----------------------------------------------------------


def set_modes(folder: Path) -> None:
    """Folders 0777 and files 0666 minus the umask, whatever Pelican copied them with."""
    folders, files = dir_mode(), file_mode()
    os.chmod(folder, folders)
    for root, dirs, names in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), folders)
        for name in names:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                os.chmod(path, files)


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def carry_over(output: Path, staging: Path, keep: list[str]) -> list[str]:
    """Link the kept files the new build did not make into it; return their names."""
    carried = []
    for name in keep:
        old, new = output / name, staging / name
        if not (old.exists() or old.is_symlink()) or new.exists() or new.is_symlink():
            continue
        if old.is_dir() and not old.is_symlink():
            shutil.copytree(old, new, symlinks=True, copy_function=link_or_copy)
        else:
            link_or_copy(str(old), str(new))
        carried.append(name)
    return carried


# --- Putting it in place ----------------------------------------------------------------


def _load_renameat2():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    return function


_RENAMEAT2 = _load_renameat2()


def exchange(first: Path, second: Path) -> None:
    """Swap two paths in one step; OSError(ENOSYS) where that cannot be done."""
    if _RENAMEAT2 is None or "no-exchange" in os.environ.get("ATOMIC_BUILD_FAULT", ""):
        raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS))
    injected_move_error()
    result = _RENAMEAT2(
        AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE
    )
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(second))


def on_another_filesystem(output: Path) -> bool:
    return os.path.ismount(output) or output.stat().st_dev != output.parent.stat().st_dev


def put_in_place(layout: Layout, staging: Path, keep: list[str]) -> str:
    """Make the staging folder the output folder; return how ("exchanged", …).

    An OSError means the output folder was not touched; PartlyReplaced that it was.
    """
    output = layout.output
    if not output.exists():
        os.rename(staging, output)
        return "renamed"
    if on_another_filesystem(output):
        update_in_place(staging, output, keep, carried=[])
        return "updated in place"
    carried = carry_over(output, staging, keep)
    fault("after-carry")
    try:
        try:
            exchange(staging, output)
            fault("after-exchange")
            discard(staging)  # now the old site
            return "exchanged"
        except OSError as error:
            if error.errno not in NO_EXCHANGE:
                raise
        rename_twice(layout, staging)
        return "renamed twice"
    except OSError as error:
        if error.errno not in CANNOT_MOVE or not output.is_dir():
            raise
    update_in_place(staging, output, keep, carried)
    return "updated in place"


def rename_twice(layout: Layout, staging: Path) -> None:
    """Output to an old folder, staging to output: the next build undoes a kill between."""
    output, old = layout.output, layout.new_old()
    injected_move_error()
    os.rename(output, old)
    fault("after-old-moved")
    try:
        os.rename(staging, output)
    except OSError as error:
        try:
            os.rename(old, output)
        except OSError:
            raise PartlyReplaced(error, f"the last good build is in {old.name}") from None
        raise
    fault("after-new-moved")
    discard(old)


def update_in_place(staging: Path, output: Path, keep: list[str], carried: list[str]) -> None:
    """Write every new file into `output` by rename, then delete the stale ones."""
    try:
        _update_in_place(staging, output, keep, carried)
    except OSError as error:
        raise PartlyReplaced(error, "it may hold parts of both builds") from None


def _update_in_place(staging: Path, output: Path, keep: list[str], carried: list[str]) -> None:
    folders = dir_mode()
    if output.stat().st_mode & 0o777 != folders:
        try:
            os.chmod(output, folders)
        except PermissionError:
            pass  # a mount point that is not ours: its owner chose its mode
    first = True
    for root, dirs, files in os.walk(staging):
        here = Path(root)
        there = output / here.relative_to(staging)
        if here == staging:
            dirs[:] = [name for name in dirs if name not in carried]
            files = [name for name in files if name not in carried]
        for name in dirs:
            target = there / name
            if target.is_symlink() or (target.exists() and not target.is_dir()):
                target.rename(there / f"{TEMP_PREFIX}{secrets.token_hex(6)}")
            if not target.exists():
                target.mkdir(mode=folders)
            if target.stat().st_mode & 0o777 != folders:
                os.chmod(target, folders)
        for name in files:
            source, target = here / name, there / name
            if target.is_dir() and not target.is_symlink():
                target.rename(there / f"{TEMP_PREFIX}{secrets.token_hex(6)}")
            temporary = there / f"{TEMP_PREFIX}{secrets.token_hex(6)}"
            if source.is_symlink():
                os.symlink(os.readlink(source), temporary)
            else:
                shutil.copyfile(source, temporary)
                os.chmod(temporary, source.stat().st_mode & 0o777)
            os.replace(temporary, target)
            if first:
                fault("inplace-after-first-file")
                first = False
    fault("inplace-after-writes")
    for path in list(walk_outside(output, keep)):
        if (path.exists() or path.is_symlink()) and not stays(path, output, staging):
            remove(path)
    shutil.rmtree(staging)


def stays(path: Path, output: Path, staging: Path) -> bool:
    new = staging / path.relative_to(output)
    if path.name.startswith(TEMP_PREFIX) or not (new.exists() or new.is_symlink()):
        return False
    return (path.is_dir() and not path.is_symlink()) == (new.is_dir() and not new.is_symlink())


# --- The command ------------------------------------------------------------------------


def build(layout: Layout, command: list[str], settings: str, shown: str, lock_wait: float) -> int:
    lock = acquire_lock(layout, lock_wait)
    fault("after-lock")
    try:
        keep = retention(settings)
        for line in recover(layout, keep):
            print(f"Recovered: {line}.", file=sys.stderr)
        staging = layout.new_staging()
        fault("after-staging")
        try:
            # The lock goes to Pelican too: if this process is killed, the staging folder
            # is still Pelican's until it ends, and the next build must wait for that.
            result = subprocess.run([*command, "-o", str(staging)], pass_fds=(lock,))
            if result.returncode != 0:
                print(f"Build failed: {unchanged(layout, shown)}", file=sys.stderr)
                return result.returncode
            fault("after-build")
            set_modes(staging)
            # Ctrl-C now would only stop the swap half-way, which the next build must undo.
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                put_in_place(layout, staging, keep)
            except PartlyReplaced as failure:
                raise BuildError(
                    f"Build failed while {shown} was being replaced ({reason(failure.error)}): "
                    f"{failure.state}; fix that and build again."
                ) from None
            except OSError as error:
                raise BuildError(
                    f"Build failed: the new site could not be put in place ({reason(error)}); "
                    + unchanged(layout, shown)
                ) from None
            finally:
                signal.signal(signal.SIGINT, previous)
        finally:
            discard(staging)
        fault("before-unlock")
        print(f"Build succeeded: {shown} now holds the new site.")
        return 0
    finally:
        release_lock(layout, lock)


def unchanged(layout: Layout, shown: str) -> str:
    if layout.output.exists():
        return f"nothing was published; {shown} still holds the last good build."
    return f"nothing was published; {shown} was not created."


def reason(error: OSError) -> str:
    where = f": {error.filename}" if error.filename else ""
    return f"{error.strerror or error}{where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, help="the output folder to replace")
    parser.add_argument("--settings", required=True, help="the Pelican settings file")
    parser.add_argument(
        "--lock-wait",
        type=float,
        default=30,
        help="seconds to wait for another build in the same folder (default 30)",
    )
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- pelican …")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the Pelican command after --")

    # The real folder: where output/ is a link, the link's target is what gets replaced.
    output = Path(args.output).resolve()
    shown = args.output.rstrip("/") + "/"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        return build(Layout(output), command, args.settings, shown, args.lock_wait)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"Build stopped: nothing was published; {shown} is as it was.", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"Build failed ({reason(error)}): nothing was published.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
