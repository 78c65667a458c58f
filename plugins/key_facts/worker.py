"""Finding key facts in a second process, while Pelican reads on.

Pelican reads, renders and writes every article on one core, and an article's facts
depend on nothing but its HTML, title, date and kinds. So a worker process is forked
when the build starts; as each article is read, those four go to it, and it finds the
facts while Pelican goes on; once all are read, the results come back in one read.
On a machine with a core to spare, extraction then adds little to the build's time.

The results are `annotate`'s own, so the site is the same either way. Whatever the
worker did not answer, or answered for other inputs (a plugin changed the HTML in
between), or could not read (an exception there), is found again in the build's own
process, where an error is raised as it would be without a worker.
"""

import datetime
import gc
import io
import os
import pickle
import signal
import sys
import warnings

from .annotate import annotate
from .core import compile_patterns

_HEADER = 4  # bytes of a job's length; a length of 0 asks for the results
# The worker is woken for jobs in batches: it then reads them with its code and data
# still in the processor's caches, for about half the time it takes one by one.
_JOBS_PER_WAKE = 128


def usable_cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_possible():
    """True on Linux with a core to spare: there fork() is cheap, hands the worker the
    modules already imported, and is safe for a worker that only computes."""
    return sys.platform == "linux" and hasattr(os, "memfd_create") and usable_cores() > 1


class Extractor:
    """`annotate` run ahead, in a worker process, for documents submitted one by one.

    Jobs are written to a file in memory, which never makes the build wait however far
    behind the worker is (a pipe would, once full); a byte down a pipe wakes the worker.
    The answers come back in a file in memory too, read in one call once the worker
    closes its end of a second pipe: through a pipe, a thousand articles' answers take
    a hundred reads, each waiting for the worker to write the next."""

    def __init__(self):
        self._pid = None
        opened = []
        try:
            self._jobs = os.memfd_create("key-facts-jobs")
            opened.append(self._jobs)
            self._answers = os.memfd_create("key-facts-answers")
            opened.append(self._answers)
            notice_reader, self._notices = os.pipe()
            opened += (notice_reader, self._notices)
            self._done, done_writer = os.pipe()
            opened += (self._done, done_writer)
            with warnings.catch_warnings():
                # Python 3.12 warns of fork() beside other threads (Pelican's console
                # spinner runs one) because a lock one of them holds stays locked in the
                # child. The worker takes none: it reads and writes its files, computes,
                # and leaves by os._exit, flushing no stream.
                warnings.simplefilter("ignore", DeprecationWarning)
                self._pid = os.fork()
        except OSError:
            for descriptor in opened:
                os.close(descriptor)
            raise
        if self._pid == 0:
            try:
                os.close(self._notices)
                os.close(self._done)
                _serve(self._jobs, notice_reader, self._answers, done_writer)
            finally:
                os._exit(0)
        os.close(notice_reader)
        os.close(done_writer)
        os.set_blocking(self._notices, False)
        self._written = 0
        self._waiting = []  # frames of the jobs submitted since the worker was last woken
        self._sent = {}  # key -> the arguments sent for it
        self._results = None

    def submit(self, key, html, title, date, kinds):
        """Start finding the facts of one document, known from now on by `key`."""
        if self._results is not None:
            return
        arguments = (html, title, date, kinds)
        # A date goes as its ordinal: pickling a class instance imports its module anew,
        # which costs more than the rest of the job.
        day = date.toordinal() if date else 0
        job = pickle.dumps((key, (html, title, day, kinds)), pickle.HIGHEST_PROTOCOL)
        self._sent[key] = arguments
        self._waiting += (len(job).to_bytes(_HEADER, "big"), job)
        if len(self._waiting) >= 2 * _JOBS_PER_WAKE:  # a header and a job each
            self.wake()

    def wake(self):
        """Hand the worker the jobs submitted since it was last woken.

        They are written in one call: between two files' Markdown, where this runs,
        a call into the kernel costs several times what it does in a loop."""
        if not self._waiting or self._pid is None:
            return
        frames, self._waiting = b"".join(self._waiting), []
        try:
            while frames:
                written = os.pwrite(self._jobs, frames, self._written)
                self._written += written
                frames = frames[written:]
            os.write(self._notices, b"\0")
        except BlockingIOError:
            pass  # the worker has notices enough waiting to wake it
        except OSError:
            self._give_up()

    def _give_up(self):
        """The worker is gone: everything is read in the build's own process."""
        self._results = {}
        self.close()

    def has(self, key, html):
        """True when `html` was sent as the document `key`."""
        sent = self._sent.get(key)
        return sent is not None and (sent[0] is html or sent[0] == html)

    def annotate(self, key, html, title, date, kinds):
        """`annotate(html, …)`, from the worker when it read these very arguments."""
        if self._results is None:
            self._collect()
        arguments = (html, title, date, kinds)
        result = self._results.get(key)
        if result is not None and self._sent.get(key) == arguments:
            if result.html is None:
                result.html = html
            return result
        return annotate(html, title=title, date=date, kinds=kinds)

    def _collect(self):
        self._waiting.append(bytes(_HEADER))
        self.wake()
        if self._results is not None:
            return
        os.read(self._done, 1)  # the end of the pipe: every answer is written, or none will be
        message = io.BytesIO(os.pread(self._answers, os.fstat(self._answers).st_size, 0))
        results = {}
        unpickler = pickle.Unpickler(message)
        try:
            while True:
                key, result = unpickler.load()
                if result is None:
                    results.pop(key, None)
                else:
                    results[key] = result
        except Exception:  # noqa: BLE001 - the end, or a worker that died mid-answer
            pass
        self._results = results
        self.close()

    def close(self):
        """Stop the worker: at once if it was not asked for its results."""
        if self._pid is None:
            return
        if self._results is None:
            os.kill(self._pid, signal.SIGKILL)
        for descriptor in (self._jobs, self._answers, self._notices, self._done):
            os.close(descriptor)
        os.waitpid(self._pid, 0)
        self._pid = None

    def __del__(self):
        self.close()


def _serve(jobs, notices, answers, done):
    """The worker: annotate each document sent, and answer them all when asked."""
    # What the build had before the fork is not the worker's to collect.
    gc.freeze()
    # Jobs come only once Pelican has read the articles: time enough to compile.
    compile_patterns()
    # Each answer is written as soon as it is found, with one pickler for all, so that
    # each class is named once; the build then waits only for the last few.
    with open(answers, "wb", buffering=1 << 20, closefd=False) as out:
        _answer_jobs(jobs, notices, pickle.Pickler(out, pickle.HIGHEST_PROTOCOL))
    os.close(done)


def _answer_jobs(jobs, notices, pickler):
    offset = 0
    while True:
        header = os.pread(jobs, _HEADER, offset)
        size = int.from_bytes(header, "big") if len(header) == _HEADER else None
        job = os.pread(jobs, size, offset + _HEADER) if size else b""
        if size is None or len(job) < size:
            if not os.read(notices, 1 << 16):
                return  # the build stopped without asking
            continue
        if size == 0:
            return
        offset += _HEADER + size
        key, (html, title, day, kinds) = pickle.loads(job)
        date = datetime.date.fromordinal(day) if day else None
        try:
            result = annotate(html, title=title, date=date, kinds=kinds)
        except Exception:  # noqa: BLE001 - read again by the build, which reports it
            result = None  # and no answer to the key's earlier arguments either
        else:
            if not result.changed:
                result.html = None  # the build's own, which it need not be sent back
        pickler.dump((key, result))
