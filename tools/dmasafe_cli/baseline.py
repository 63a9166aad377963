"""--baseline-write FILE and --baseline FILE: adopting dmasafe on a code base
that already has findings.

`--baseline-write FILE` records the findings of a run by their dmasafe/v1
fingerprint (fingerprint.py: rule, path under the source root, the text of
the reported line and of the line where the transfer started, the message;
no line numbers), and the run passes. `--baseline FILE` leaves the recorded
findings out of the output and the reports, says how many it left out, and
fails only on the others: lines added above a recorded finding, or a
checkout in another directory, do not make it new; an edit of its line,
of its start line or a second equal finding in the file does.

The file is JSON, sorted so that it diffs well in review:
  {"dmasafe-baseline": 1, "fingerprint": "dmasafe/v1",
   "findings": [{"fingerprint": "...:1", "rule": ..., "file": ..., "line": ...,
                 "message": ...}, ...]}
Only "fingerprint" is compared; the rest is there for the reader."""
import dataclasses
import json

from . import fingerprint
from .errors import DmasafeError, UsageError
from .files import write_json

FORMAT_VERSION = 1
# The clang-tidy checks renamed when each rule got one name for both
# front-ends (analyzer/semantics/Findings.def, DMASAFE_RENAMED_TIDY_CHECK):
# a baseline written before records their findings under the old name.
RENAMED_CHECKS = {"dmasafe-in-flight-access": "dmasafe-access-in-flight",
                  "dmasafe-release-in-flight": "dmasafe-stack-buffer-escape"}


def add_arguments(parser):
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--baseline", metavar="FILE",
                       help="leave out the findings recorded in FILE; fail only on new ones")
    group.add_argument("--baseline-write", metavar="FILE",
                       help="record this run's findings in FILE as the baseline (the run "
                            "passes)")


def from_args(args, source_root):
    """The Baseline the options ask for, or None."""
    if getattr(args, "baseline", None):
        # A part of the database (a shard, a change, a filter) does not see
        # the recorded findings of the other parts: no "not seen" count.
        partial = bool(getattr(args, "shard", None) or getattr(args, "changed_since", None)
                       or getattr(args, "file_filter", None)
                       or (getattr(args, "build_dir", None) and getattr(args, "files", None)))
        return Baseline(source_root, recorded=load(args.baseline), path=args.baseline,
                        partial=partial)
    if getattr(args, "baseline_write", None):
        return Baseline(source_root, path=args.baseline_write, writing=True)
    return None


def load(path):
    """The fingerprints recorded in the baseline file `path`."""
    return {item["fingerprint"] for item in _findings(path)}


def _findings(path):
    """The recorded findings of the baseline file `path`, checked."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except OSError as err:
        raise UsageError(f"cannot read the baseline {path}: {err.strerror}") from err
    except ValueError as err:
        raise DmasafeError(f"{path} is not a dmasafe baseline (not JSON: {err})") from err
    if not isinstance(data, dict) or data.get("dmasafe-baseline") != FORMAT_VERSION or \
            data.get("fingerprint") != fingerprint.KEY:
        raise DmasafeError(f"{path} is not a dmasafe baseline of version {FORMAT_VERSION} "
                           f"with {fingerprint.KEY} fingerprints (write it again with "
                           "--baseline-write)")
    return [item for item in data.get("findings", [])
            if isinstance(item, dict) and "fingerprint" in item]


class Baseline:
    """Sorts the findings of one run into recorded and new, or collects them
    to be written."""

    def __init__(self, source_root, recorded=None, path=None, writing=False, partial=False):
        self.path = path
        self.writing = writing
        self.partial = partial
        self.recorded = recorded or set()
        self._fingerprints = fingerprint.Fingerprinter(source_root)
        self._renamed_fingerprints = fingerprint.Fingerprinter(source_root)
        self._entries = {}
        self.suppressed_keys = set()
        self._seen = set()

    def suppresses(self, found):
        """Whether `found` (a Finding) is recorded; in writing mode it is
        recorded now and never suppressed."""
        digest = self._fingerprints(found)
        if self.writing:
            self._entries[digest] = {
                "fingerprint": digest, "rule": found.rule,
                "file": self._fingerprints.uri(found.path), "line": found.line,
                "message": found.message}
            return False
        if digest not in self.recorded and found.rule in RENAMED_CHECKS:
            digest = self._renamed_fingerprints(
                dataclasses.replace(found, rule=RENAMED_CHECKS[found.rule]))
        if digest in self.recorded:
            self.suppressed_keys.add(found.key())
            self._seen.add(digest)
            return True
        return False

    def summary(self):
        """The part of the run's summary about the baseline."""
        if self.writing:
            count = len(self._entries)
            return f"recorded {count} finding{'s' if count != 1 else ''} in {self.path}"
        count = len(self.suppressed_keys)
        text = (f"{count} finding{'s' if count != 1 else ''} of the baseline {self.path} "
                "left out")
        gone = 0 if self.partial else len(self.recorded - self._seen)
        if gone:
            text += (f"; {gone} recorded finding{'s' if gone != 1 else ''} not seen in this "
                     "run (fixed, or not analyzed): --baseline-write drops them")
        return text

    def finish(self):
        """Writes the baseline file in writing mode."""
        if self.writing:
            write(self.path, self._entries.values())


def write(path, entries):
    findings = sorted(entries, key=lambda e: (e["file"], e["line"] or 0, e["rule"],
                                              e["fingerprint"]))
    write_json(path, {"dmasafe-baseline": FORMAT_VERSION, "fingerprint": fingerprint.KEY,
                      "findings": findings}, indent=1)


def merge_files(names, output):
    """One baseline of the findings of the baselines `names` (those of the
    shards of one run); returns how many it holds."""
    entries = {}
    for name in names:
        for item in _findings(name):
            entries.setdefault(item["fingerprint"], item)
    write(output, entries.values())
    return len(entries)


def filter_blocks(blocks, baseline, findings=None):
    """(the text of `blocks` (diagnostics.blocks) without those of findings
    the baseline suppresses, the findings kept). `findings`, when given,
    are the run's Findings read from its report (SARIF, plist): they
    decide, and a block is left out when its finding's place and message
    are those of a suppressed one."""
    if findings is not None:
        kept = [f for f in findings if not baseline.suppresses(f)]
        return "".join(b.text for b in blocks if b.finding is None
                       or b.finding.key() not in baseline.suppressed_keys), kept
    kept, text = [], []
    for block in blocks:
        if block.finding is not None:
            if baseline.suppresses(block.finding):
                continue
            kept.append(block.finding)
        text.append(block.text)
    return "".join(text), kept
