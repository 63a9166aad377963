#!/usr/bin/env python3
"""Sums JUnit XML results (ctest's and lit's) into one closing line.

Prints the skipped count (when some were), then "N passed, N failed" as the
run's last line, and exits 1 when a test failed or a result file is missing,
since a suite that did not run is a failure, not a pass.
"""
import sys
import xml.etree.ElementTree as ET


def count(path):
    passed = failed = skipped = 0
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped


def main(paths):
    passed = failed = skipped = 0
    for path in paths:
        try:
            p, f, s = count(path)
        except (OSError, ET.ParseError) as err:
            print(f"summarize-tests: no results from {path}: {err}", file=sys.stderr)
            p, f, s = 0, 1, 0
        print(f"{path}: {p} passed, {f} failed, {s} skipped", file=sys.stderr)
        passed, failed, skipped = passed + p, failed + f, skipped + s
    if skipped:
        print(f"{skipped} skipped (lit: unsupported with that LLVM or on this machine)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
