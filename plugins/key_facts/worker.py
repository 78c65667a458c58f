"""Finding key facts in a second process, while Pelican reads on.

Pelican reads, renders and writes every article on one core, and an article's facts
depend on nothing but its HTML, title, date and kinds. So a worker process is forked
when the build starts; as each article is read, those four go to it, and it finds the
facts while Pelican goes on; once all are read, the results come back in one message.
On a machine with a core to spare, extraction then adds little to the build's time.

The results are `annotate`'s own, so the site is the same either way. Whatever the
worker did not answer, or answered for other inputs (a plugin changed the HTML in
between), or could not read (an exception there), is found again in the build's own
process, where an error is raised as it would be without a worker.
"""

import gc
import os
import pickle
import signal
import sys
import warnings

from .annotate import annotate
from .core import compile_patterns

_HEADER = 4  # bytes of a job's length; a length of 0 asks for the results
_BATCH = 1 << 16  # bytes of jobs written at once: a few articles


def usable_cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_possible():
    """True on Linux with a core to spare: there fork() is cheap, hands the worker the
    modules already imported, and is safe for a worker that only computes."""
    return sys.platform == "linux" and hasattr(os, "fork") and usable_cores() > 1


class Extractor:
    """`annotate` run ahead, in a worker process, for documents submitted one by one."""

    def __init__(self):
        job_reader, self._job_writer = os.pipe()
        self._answer_reader, answer_writer = os.pipe()
        with warnings.catch_warnings():
            # Python 3.12 warns of fork() beside other threads (Pelican's console spinner
            # runs one) because a lock one of them holds stays locked in the child. The
            # worker takes none: it reads and writes its pipes, computes, and leaves by
            # os._exit, flushing no stream.
            warnings.simplefilter("ignore", DeprecationWarning)
            self._pid = os.fork()
        if self._pid == 0:
            try:
                os.close(self._job_writer)
                os.close(self._answer_reader)
                _serve(job_reader, answer_writer)
            finally:
                os._exit(0)
        os.close(job_reader)
        os.close(answer_writer)
        # Jobs wait here rather than block the build when the worker is behind.
        os.set_blocking(self._job_writer, False)
        self._unsent = bytearray()
        self._sent = {}  # key -> the arguments sent for it
        self._results = None

    def submit(self, key, html, title, date, kinds):
        """Start finding the facts of one document, known from now on by `key`; a key
        sent again with the same arguments is not read twice."""
        arguments = (html, title, date, kinds)
        if self._results is not None or self._sent.get(key) == arguments:
            return
        job = pickle.dumps((key, arguments), pickle.HIGHEST_PROTOCOL)
        self._unsent += len(job).to_bytes(_HEADER, "big")
        self._unsent += job
        self._sent[key] = arguments
        if len(self._unsent) >= _BATCH:
            self._send()

    def has(self, key, html):
        """True when `html` was sent as the document `key`."""
        sent = self._sent.get(key)
        return sent is not None and (sent[0] is html or sent[0] == html)

    def _send(self):
        try:
            while self._unsent:
                del self._unsent[: os.write(self._job_writer, self._unsent)]
        except BlockingIOError:
            pass  # the pipe is full: the rest goes with a later job
        except OSError:
            self._give_up()

    def annotate(self, key, html, title, date, kinds):
        """`annotate(html, …)`, from the worker when it read these very arguments."""
        if self._results is None:
            self._collect()
        arguments = (html, title, date, kinds)
        result = self._results.get(key)
        if result is not None and self._sent.get(key) == arguments:
            return result
        return annotate(html, title=title, date=date, kinds=kinds)

    def _collect(self):
        self._unsent += bytes(_HEADER)
        os.set_blocking(self._job_writer, True)
        self._send()
        if self._results is not None:
            return
        with open(self._answer_reader, "rb", closefd=False) as answers:
            message = answers.read()
        try:
            self._results = pickle.loads(message)
        except Exception:  # noqa: BLE001 - the worker died mid-answer: read everything here
            self._results = {}
        self.close()

    def _give_up(self):
        """The worker is gone: everything is read in the build's own process."""
        self._results = {}
        self.close()

    def close(self):
        """Stop the worker: at once if it was not asked for its results."""
        if self._pid is None:
            return
        if self._results is None:
            os.kill(self._pid, signal.SIGKILL)
        os.close(self._job_writer)
        os.close(self._answer_reader)
        os.waitpid(self._pid, 0)
        self._pid = None

    def __del__(self):
        self.close()


def _serve(job_reader, answer_writer):
    """The worker: annotate each document sent, and answer them all when asked."""
    # What the build had before the fork is not the worker's to collect.
    gc.freeze()
    # Jobs come only once Pelican has read the articles: time enough to compile.
    compile_patterns()
    results = {}
    with open(job_reader, "rb") as jobs:
        while True:
            header = jobs.read(_HEADER)
            if len(header) < _HEADER:
                return  # the build stopped without asking
            size = int.from_bytes(header, "big")
            if size == 0:
                break
            key, (html, title, date, kinds) = pickle.loads(jobs.read(size))
            try:
                results[key] = annotate(html, title=title, date=date, kinds=kinds)
            except Exception:  # noqa: BLE001 - read again by the build, which reports it
                results.pop(key, None)  # an answer to the key's earlier arguments
    with open(answer_writer, "wb") as answers:
        answers.write(pickle.dumps(results, pickle.HIGHEST_PROTOCOL))
