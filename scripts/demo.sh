#!/usr/bin/env bash
# The README's main command: installs what is missing, builds dmasafe into
# build/, then analyzes the example firmware (examples/) and prints what it
# finds. The examples plant one misuse of each kind on purpose, so findings
# are the expected outcome: the demo exits 0 when the analysis ran, and
# non-zero only when something could not run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DMASAFE_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

cd "$root"
echo
echo "== dmasafe analyze examples/*.c =="
echo
status=0
# Findings and path notes go to standard output, the summary line to
# standard error.
"$build/bin/dmasafe" analyze -j2 examples/*.c 2>"$build/demo-summary.txt" || status=$?
cat "$build/demo-summary.txt" >&2
if [ "$status" -ge 2 ]; then
  echo "demo: the analysis could not run (exit status $status)" >&2
  exit "$status"
fi
echo
summary=$(grep -E '^dmasafe: (no findings|[0-9]+ finding)' "$build/demo-summary.txt" | tail -1)
echo "demo: ${summary#dmasafe: } (examples/README.md lists the misuse planted in the example)"
