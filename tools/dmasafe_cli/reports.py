"""Where each analyzed file's report goes for --format sarif|plist|html,
and what is done with clang's reports after the runs: one SARIF log
(sarif.py), absolute paths in plists, an index page for the HTML reports."""
import os
import plistlib
import shutil
import tempfile

from . import gitlab, html_index, sarif
from .errors import DmasafeError
from .files import make_dir
from .fingerprint import START_NOTE, Finding

EXTENSIONS = {"sarif": ".sarif", "plist": ".plist"}


class ReportPlan:
    """Decides the clang `-o` of each file and what to do after the runs.

    text  -> no report file (diagnostics and path notes on standard output)
    gitlab -> clang's text output, and from its findings one GitLab
             code-quality report in -o
    html  -> -o is a directory; clang writes report-*.html into it, dmasafe
             an index.html that lists them (with a baseline, clang also
             writes a plist per file there, read and removed)
    plist -> -o is a file for one input, a directory of <name>.plist
             otherwise; file paths in them made absolute
    sarif -> -o is one file: one dmasafe run for every input; or a directory
             of <name>.sarif (one run each) when it is one or ends in '/'

    Clang's SARIF logs go to a temporary directory that cleanup() removes,
    also when the run is interrupted.
    """

    def __init__(self, fmt, output, files, directories, sarif_context=None, source_root=None,
                 baseline=False):
        self.format = fmt
        self.output = output
        self.files = files
        self.directories = directories
        self.sarif_context = sarif_context
        self.source_root = source_root
        # An HTML report does not say where the transfer started, which a
        # baseline's fingerprint needs: clang writes a plist beside it.
        self.html_plists = baseline and fmt == "html"
        self.clang_format = {"gitlab": "text"}.get(fmt, fmt)
        if self.html_plists:
            self.clang_format = "plist-html"
        self._tmpdir = None
        self._findings = []
        self.paths = self._plan(files)

    def collect(self, findings):
        """The findings of one file as the text output shows them (what
        --format gitlab writes)."""
        if self.format == "gitlab":
            self._findings += findings

    def _plan(self, files):
        if self.format == "gitlab" and not self.output:
            raise DmasafeError("--format gitlab needs -o FILE")
        if self.format in ("text", "gitlab"):
            return [os.devnull] * len(files)
        if not self.output:
            raise DmasafeError(f"--format {self.format} needs -o FILE or -o DIR")
        out = os.path.abspath(self.output)
        as_dir = os.path.isdir(out) or self.output.endswith(os.sep)
        if self.format == "html":
            make_dir(out)
            return _named_in(out, files, ".dmasafe.plist") if self.html_plists \
                else [out] * len(files)
        if self.format == "sarif":
            self._tmpdir = tempfile.mkdtemp(prefix="dmasafe-sarif-")
            if as_dir:
                make_dir(out)
            return _named_in(self._tmpdir, files, ".sarif")
        if self.format == "plist" and not as_dir and len(files) == 1:
            make_dir(os.path.dirname(out) or ".")
            return [out]
        make_dir(out)
        return _named_in(out, files, EXTENSIONS[self.format])

    def findings_of(self, index):
        """The Findings of the report of file `index` (for --baseline), or
        None when the format keeps its findings only in the text output."""
        if self.format == "sarif":
            path = self.paths[index]
            return sarif.clang_log_findings(path) if os.path.isfile(path) else []
        if self.format == "plist" or self.html_plists:
            return plist_findings(self.paths[index], self.directories[index])
        return None

    def finish(self, not_analyzed=None, successful=True, leave_out=None, note=None):
        """Writes what follows from clang's reports. `not_analyzed` maps a
        reason to the files it concerns; findings whose Finding.key() is in
        `leave_out` (a baseline's) are left out of them, and `note` says so
        in a SARIF log."""
        try:
            if self.format == "sarif":
                self._finish_sarif(not_analyzed or {}, successful, leave_out, note)
            elif self.format == "plist":
                for path, directory in zip(self.paths, self.directories):
                    absolute_plist_paths(path, directory, leave_out)
            elif self.format == "html":
                if self.html_plists:
                    for path in self.paths:
                        if os.path.isfile(path):
                            os.remove(path)
                    html_index.leave_out(os.path.abspath(self.output), leave_out or set())
                html_index.write(os.path.abspath(self.output))
            elif self.format == "gitlab":
                gitlab.write(self.output, self._findings, self.source_root)
        finally:
            self.cleanup()

    def cleanup(self):
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def _finish_sarif(self, not_analyzed, successful, leave_out, note):
        version, docs, root = self.sarif_context
        out = os.path.abspath(self.output)
        if os.path.isdir(out):
            for path, name in zip(self.paths, _named_in(out, self.files, ".sarif")):
                builder = sarif.LogBuilder(version, docs, root, leave_out)
                if os.path.isfile(path):
                    builder.add_clang_log(path)
                if builder.left_out:
                    builder.add_note(note)
                sarif.write(builder.log(successful), name)
            return
        builder = sarif.LogBuilder(version, docs, root, leave_out)
        for path in self.paths:
            if os.path.isfile(path):
                builder.add_clang_log(path)
        for reason, files in not_analyzed.items():
            for name in files:
                builder.add_not_analyzed(name, reason)
        if builder.left_out:
            builder.add_note(note)
        sarif.write(builder.log(successful), out)


def absolute_plist_paths(path, directory, leave_out=None):
    """clang names files in a plist as its command line did, relative to
    where it ran; a report read elsewhere (CodeChecker, CI artifacts) needs
    them absolute. The diagnostics whose Finding.key() is in `leave_out`
    (a baseline's) are taken out."""
    data = _read_plist(path)
    if data is None:
        return
    files = _absolute_files(data, directory)
    data["files"] = files
    if leave_out:
        data["diagnostics"] = [d for d in data.get("diagnostics", [])
                               if _plist_finding(d, files).key() not in leave_out]
    try:
        with open(path, "wb") as stream:
            plistlib.dump(data, stream)
    except OSError as err:
        raise DmasafeError(f"cannot rewrite {path}: {err}") from err


def plist_findings(path, directory):
    """The Findings of one of clang's plists, before finish() rewrote it."""
    data = _read_plist(path)
    if data is None:
        return []
    files = _absolute_files(data, directory)
    return [_plist_finding(d, files) for d in data.get("diagnostics", [])]


def plist_diagnostic_count(path):
    data = _read_plist(path)
    return len(data.get("diagnostics", [])) if data else 0


def _plist_finding(diagnostic, files):
    def place(location):
        index = location.get("file", 0)
        return files[index] if 0 <= index < len(files) else "", location.get("line")
    location = diagnostic.get("location", {})
    starts = [event["location"] for event in diagnostic.get("path", [])
              if event.get("kind") == "event" and "location" in event
              and START_NOTE.search(event.get("message", ""))]
    return Finding(rule=diagnostic.get("check_name", ""), path=place(location)[0],
                   line=location.get("line"), column=location.get("col"),
                   message=diagnostic.get("description", ""),
                   start=place(starts[-1]) if starts else None)


def _read_plist(path):
    if not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as stream:
            return plistlib.load(stream)
    except (OSError, ValueError, plistlib.InvalidFileException) as err:
        raise DmasafeError(f"cannot read {path}: {err}") from err


def _absolute_files(data, directory):
    base = directory or os.getcwd()
    return [os.path.normpath(os.path.join(base, f)) for f in data.get("files", [])]


def _named_in(directory, files, extension):
    """<dir>/<basename><ext>, with -2, -3... when two inputs share a name."""
    used, paths = {}, []
    for name in files:
        stem = os.path.basename(name)
        count = used.get(stem, 0) + 1
        used[stem] = count
        suffix = "" if count == 1 else f"-{count}"
        paths.append(os.path.join(directory, stem + suffix + extension))
    return paths
