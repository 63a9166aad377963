#!/usr/bin/env bash
# Runs every dmasafe test: installs what is missing, builds, runs the unit
# tests (ctest) and the lit suites, then prints one line "N passed, N failed"
# that sums them all. Exit status 0 only when nothing failed.
#
# The default LLVM (19) runs every suite in BUILD_DIR. Each other LLVM major of
# DMASAFE_OTHER_LLVM (default: every other tested one; "" for none) is
# built in BUILD_DIR-llvmN and runs every lit suite too, counted in the same
# line; a version that does not install or build counts as a failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DMASAFE_BUILD_DIR:-$root/build}
export DMASAFE_OTHER_LLVM=${DMASAFE_OTHER_LLVM-"14 15 16 22"}
lit=(python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv -j2)

"$root/scripts/install-deps.sh" || { echo "0 passed, 1 failed"; exit 1; }
"$root/scripts/build.sh" "$build" || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

rm -f "$build/ctest-results.xml" "$build/lit-results.xml"
(cd "$build" && ctest --output-on-failure -j2 --output-junit "$build/ctest-results.xml")
"${lit[@]}" --xunit-xml-output "$build/lit-results.xml" "$build/test"
results=("$build/ctest-results.xml" "$build/lit-results.xml")

for major in $DMASAFE_OTHER_LLVM; do
  other="$build-llvm$major"
  echo "== LLVM $major: $other =="
  rm -f "$other/lit-results.xml"
  # A build that fails leaves no results file: summarize-tests counts it failed.
  if "$root/scripts/build.sh" "$other" "$major"; then
    "${lit[@]}" --xunit-xml-output "$other/lit-results.xml" "$other/test"
  else
    echo "LLVM $major: build failed"
  fi
  results+=("$other/lit-results.xml")
done
python3 "$root/scripts/summarize-tests.py" "${results[@]}"
