"""One plain message per mistake: Pelican's own errors, rephrased for editors.

Pelican reports a failure it did not expect with a Python traceback (`pelican.main`
logs it with `exc_info`), and a file its readers could not read as "Could not process
<file>" without saying why. A logging filter on the build's log handlers rewrites
these records into one line that names the file and says what to do. With Pelican's
`-D` (`make html DEBUG=1`) records are left as they are, tracebacks included.
"""

from __future__ import annotations

import errno
import logging
import os
import sys

from .checks import Problem

# What the build was writing when it failed: set from Pelican's signals, so that a
# failure while writing names the content file, not only the output file.
_writing: list[str] = []

FIX_DISK = "free some space on the disk (or choose another output folder) and build again."
FIX_PERMISSION = "make the output folder writable for you (or choose another one) and build again."


def writing(source_path: str | None) -> None:
    _writing[:] = [source_path] if source_path else []


def _shown(path: str) -> str:
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def explain(error: BaseException) -> tuple[str, str]:
    """(what happened, how to fix it) for an exception that stopped the build."""
    source = f" (while writing the page of {_shown(_writing[0])})" if _writing else ""
    if isinstance(error, OSError):
        name = _shown(error.filename) if error.filename else "a file"
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return f"the disk is full: {name} could not be written{source}.", FIX_DISK
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"{name} could not be written: permission denied{source}.", FIX_PERMISSION
        if error.errno == errno.ENAMETOOLONG:
            return (
                f"a file name is too long for the disk{source}.",
                "give the post a shorter “Slug: a-few-words” line and build again.",
            )
        if error.errno == errno.ENOENT:
            return (
                f"{name} disappeared while the site was being built{source}.",
                "do not move or delete files during a build; build again.",
            )
        return f"{name}: {error.strerror or error}{source}.", "build again."
    if type(error).__name__ == "TemplateNotFound":
        return (
            f"the theme has no template “{error}”{source}.",
            "delete the “Template:” line of that file, or name a template the theme has.",
        )
    if isinstance(error, RuntimeError) and "encountered" in str(error):
        return (
            "the build stopped at the problem reported just above (this build treats "
            "warnings as errors).",
            "fix what that message says and build again.",
        )
    return f"the build stopped: {error}{source}.", "check the file named, and build again."


DEBUG_HINT = " For the technical details, run `make html DEBUG=1`."


def unreadable(shown: str, error: BaseException) -> Problem:
    """The problem of a file Pelican's reader could not read."""
    if isinstance(error, RuntimeError) and "encountered" in str(error):
        what = "Pelican reported a problem while reading the file (its message is above)."
    elif isinstance(error, OSError):
        what = f"the file could not be read ({error.strerror or error})."
    else:
        what = f"Pelican could not read the file ({error})."
    return Problem(
        shown,
        what,
        "check the header lines at the top (“Key: value”, one per line) and any raw HTML "
        "in the text.",
    )


class PlainMessages(logging.Filter):
    """Rewrites Pelican's tracebacks and "Could not process" records into plain messages."""

    def __init__(self, content_path: str):
        super().__init__()
        self.content_path = content_path

    def filter(self, record: logging.LogRecord) -> bool:
        if logging.getLogger().isEnabledFor(logging.DEBUG):
            return True  # `make html DEBUG=1`: everything, as Pelican logs it
        if record.msg == "Cannot get modification stamp for %s\n\t%s" and record.args:
            # Pelican's first word on a file that vanished after it was listed.
            problem = Problem(
                _shown(str(record.args[0])),
                "this file disappeared while the site was being built.",
                "do not move, rename or delete files during a build; build again.",
            )
            record.msg, record.args = "%s", (str(problem),)
        elif record.msg == "Could not save cache %s\n ... %s" and len(record.args) == 2:
            # pelicanconf.py turns the readers' cache on (content_checks hands over what
            # it read); it is never loaded again, so the build could do without it.
            problem = Problem(
                _shown(str(record.args[0])),
                f"Pelican could not save its cache of what it read ({record.args[1]}).",
                "make the project folder writable for you (or set CACHE_PATH to a folder "
                "that is), and build again.",
            )
            record.msg, record.args = "%s", (str(problem),)
        elif record.msg == "Could not process %s" and record.args:
            error = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
            path = os.path.join(self.content_path, str(record.args[0]))
            if isinstance(error, RuntimeError) and "encountered" in str(error):
                return False  # --fatal stopped the reading at the message just before
            if error is not None:
                problem = unreadable(_shown(path), error)
                record.msg, record.args = "%s", (str(problem),)
        elif record.levelno >= logging.CRITICAL and record.exc_info:
            error = record.exc_info[1]
            if error is not None and not isinstance(error, SystemExit):
                what, fix = explain(error)
                message = f"{what[0].upper()}{what[1:]} Fix: {fix}{DEBUG_HINT}"
                record.msg, record.args = "%s", (message,)
        else:
            return True
        record.exc_info = None
        record.exc_text = None
        return True


def install(settings) -> None:
    """Put the filter on every handler of the build's log (once per process)."""
    content_path = settings.get("PATH", "content")
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, PlainMessages) for f in handler.filters):
            handler.addFilter(PlainMessages(content_path))
