"""Runs the analyzer plugin and the clang-tidy checks on the same files and
compares their findings for the bug classes both cover, by file and line.

  agree_with_analyzer.py CLANG CLANG_TIDY ANALYZER_PLUGIN TIDY_PLUGIN
                         SRC_ROOT FILE...

Prints one line per finding: `agree`, `tidy-only` or `analyzer-only`, then
the file's base name, line and tidy check, sorted. Classes compared:

  dmasafe.InFlightAccess   <-> dmasafe-access-in-flight
  dmasafe.ReleaseInFlight  <-> dmasafe-stack-buffer-escape  (automatic
                                buffers only; free/realloc are analyzer-only)
  dmasafe.UnfitStorage     <-> dmasafe-unfit-storage
  dmasafe.TransferLength   <-> dmasafe-transfer-length
  dmasafe.AnnotationMisuse <-> dmasafe-annotation-misuse
"""
import os
import re
import subprocess
import sys

SHARED = {
    "dmasafe.InFlightAccess": "dmasafe-access-in-flight",
    "dmasafe.ReleaseInFlight": "dmasafe-stack-buffer-escape",
    "dmasafe.UnfitStorage": "dmasafe-unfit-storage",
    "dmasafe.TransferLength": "dmasafe-transfer-length",
    "dmasafe.AnnotationMisuse": "dmasafe-annotation-misuse",
}
FINDING = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):\d+: warning: (?P<msg>.*) \[(?P<check>[\w.-]+)\]$")


def findings(output):
    for line in output.splitlines():
        m = FINDING.match(line.strip())
        if m:
            yield os.path.basename(m["file"]), int(m["line"]), m["check"], m["msg"]


def main(argv):
    clang, tidy, analyzer_plugin, tidy_plugin, root, *files = argv
    includes = ["-I", os.path.join(root, "annotations", "include"),
                "-I", os.path.join(root, "runtime", "include")]
    analyzer, tidied = set(), set()
    for path in files:
        includes_here = includes + ["-I", os.path.dirname(path)]
        run = subprocess.run(
            [clang, "--analyze", "-Xclang", "-load", "-Xclang", analyzer_plugin,
             "-Xclang", "-analyzer-checker=dmasafe", *includes_here, path,
             "-o", os.devnull], capture_output=True, text=True)
        for name, line, check, msg in findings(run.stderr):
            if check not in SHARED:
                continue
            if check == "dmasafe.ReleaseInFlight" and "automatic" not in msg:
                continue  # heap release: the tidy checks do not cover it
            analyzer.add((name, line, SHARED[check]))
        run = subprocess.run(
            [tidy, "--quiet", "--load", tidy_plugin, "-checks=-*,dmasafe-*", path,
             "--", *includes_here], capture_output=True, text=True)
        for name, line, check, _ in findings(run.stdout + run.stderr):
            tidied.add((name, line, check))
    for item in sorted(analyzer | tidied):
        kind = ("agree" if item in analyzer and item in tidied
                else "analyzer-only" if item in analyzer else "tidy-only")
        print(kind, f"{item[0]}:{item[1]}", item[2])


if __name__ == "__main__":
    main(sys.argv[1:])
