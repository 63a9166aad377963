"""Runs one tool process per file, a few at a time, and hands back the
results in the order of the files so that output stays readable."""
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .errors import DmasafeError


@dataclass
class Job:
    label: str       # the file, for messages
    argv: list
    cwd: str = None


@dataclass
class Result:
    job: Job
    returncode: int
    stdout: str
    stderr: str


def run_one(job, verbose=False):
    if verbose:
        print("dmasafe: running: " + shlex.join(job.argv), file=sys.stderr)
    try:
        done = subprocess.run(job.argv, cwd=job.cwd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, errors="replace",
                              check=False)
    except OSError as err:
        raise DmasafeError(f"cannot run {job.argv[0]}: {err.strerror}") from err
    return Result(job, done.returncode, done.stdout, done.stderr)


def run_all(jobs, parallel=1, verbose=False):
    if parallel <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_one(job, verbose)
        return
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        futures = [pool.submit(run_one, job, verbose) for job in jobs]
        try:
            for future in futures:
                yield future.result()
        except BaseException:
            # Interrupted (Ctrl-C) or failed: start no further file.
            for future in futures:
                future.cancel()
            raise

