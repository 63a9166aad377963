#!/usr/bin/env bash
# Runs every dmasafe test: installs what is missing, builds, runs the unit
# tests (ctest) and the lit suites, then prints one line "N passed, N failed"
# that sums them all. Exit status 0 only when nothing failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DMASAFE_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh" || { echo "0 passed, 1 failed"; exit 1; }
"$root/scripts/build.sh" "$build" || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

rm -f "$build/ctest-results.xml" "$build/lit-results.xml"
(cd "$build" && ctest --output-on-failure -j2 --output-junit "$build/ctest-results.xml")
python3 "/usr/lib/llvm-19/build/utils/lit/lit.py" -sv -j2 \
  --xunit-xml-output "$build/lit-results.xml" "$build/test"
python3 "$root/scripts/summarize-tests.py" "$build/ctest-results.xml" "$build/lit-results.xml"
