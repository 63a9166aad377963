"""Prints FileCheck lines for the misuse planted in examples/, one per
`BUG(dmasafe.<checker>)` marker, in the order `dmasafe analyze` reports
them (files sorted by name, then by line), so that the test checks every
planted bug by file, line and checker.

Refuses (exit 1) a marker set that would make the test weak: fewer than
the nine planted cases or a checker without its case."""
import glob
import os
import re
import sys

CHECKERS = {"InFlightAccess", "ReleaseInFlight", "DoubleStart", "LostTransfer",
            "UnfitStorage", "TransferLength", "AnnotationMisuse"}
MARKER = re.compile(r"BUG\(dmasafe\.(\w+)\)")

examples = sys.argv[1]
checks, seen = [], set()
for path in sorted(glob.glob(os.path.join(examples, "*.c"))):
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            for checker in MARKER.findall(line):
                seen.add(checker)
                name = os.path.basename(path)
                checks.append(f"CHECK: {{{{.*}}}}/{name}:{number}:{{{{[0-9]+}}}}: "
                              f"warning: {{{{.*}}}} [dmasafe.{checker}]")
missing = CHECKERS - seen
if len(checks) < 9 or missing:
    sys.exit(f"planted_bugs: {len(checks)} markers, checkers without one: {sorted(missing)}")
print("\n".join(checks))
print(f"CHECK: dmasafe: {len(checks)} findings in")
