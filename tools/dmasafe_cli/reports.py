"""Where each analyzed file's report goes for --format sarif|plist|html,
and the merge of per-file SARIF logs into one."""
import json
import os
import tempfile

from .errors import DmasafeError

EXTENSIONS = {"sarif": ".sarif", "plist": ".plist"}


class ReportPlan:
    """Decides the clang `-o` of each file and what to do after the runs.

    text  -> no report file (diagnostics and path notes on standard output)
    html  -> -o is a directory; clang writes report-*.html into it
    plist -> -o is a file for one input, a directory of <name>.plist otherwise
    sarif -> -o is one file (the runs of every input merged into one log),
             or a directory of <name>.sarif when it is one (or ends in '/')
    """

    def __init__(self, fmt, output, files):
        self.format = fmt
        self.output = output
        self.merge_into = None
        self._tmpdir = None
        self.paths = self._plan(files)

    def _plan(self, files):
        if self.format == "text":
            return [os.devnull] * len(files)
        if not self.output:
            raise DmasafeError(f"--format {self.format} needs -o FILE or -o DIR")
        out = os.path.abspath(self.output)
        as_dir = os.path.isdir(out) or self.output.endswith(os.sep)
        if self.format == "html":
            _make_dir(out)
            return [out] * len(files)
        if self.format == "sarif" and not as_dir:
            self.merge_into = out
            self._tmpdir = tempfile.mkdtemp(prefix="dmasafe-sarif-")
            return _named_in(self._tmpdir, files, ".sarif")
        if self.format == "plist" and not as_dir and len(files) == 1:
            _make_dir(os.path.dirname(out) or ".")
            return [out]
        _make_dir(out)
        return _named_in(out, files, EXTENSIONS[self.format])

    def finish(self):
        """Merges the SARIF logs when one file was asked for."""
        if not self.merge_into:
            return
        try:
            merged = None
            for path in self.paths:
                if not os.path.isfile(path):
                    continue
                with open(path, encoding="utf-8") as stream:
                    log = json.load(stream)
                if merged is None:
                    merged = log
                else:
                    merged["runs"].extend(log.get("runs", []))
            if merged is None:
                merged = {"version": "2.1.0", "runs": []}
            _make_dir(os.path.dirname(self.merge_into) or ".")
            with open(self.merge_into, "w", encoding="utf-8") as stream:
                json.dump(merged, stream, indent=2)
                stream.write("\n")
        except (OSError, ValueError, KeyError) as err:
            raise DmasafeError(f"cannot write {self.merge_into}: {err}") from err
        finally:
            for path in self.paths:
                if os.path.isfile(path):
                    os.remove(path)
            os.rmdir(self._tmpdir)


def _make_dir(path):
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as err:
        raise DmasafeError(f"cannot create {path}: {err.strerror}") from err


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
