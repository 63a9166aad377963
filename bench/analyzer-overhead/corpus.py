#!/usr/bin/env python3
"""Builds the benchmark corpus: csmith programs with fixed seeds until the
corpus reaches a line count, plus the project's examples/.

csmith 2.3.0 (Debian's package) with the same seeds and options writes the
same programs, so every run and every machine measures the same code. The
options keep functions small: the analyzer's cost on csmith output grows
with block depth much faster than with lines, and one pathological file
would otherwise dominate the total.

Used by bench/analyzer-overhead/run (and usable by other benchmarks):
    corpus.py OUT_DIR [MIN_LINES]   -> prints one source path per line
"""
import os
import shutil
import subprocess
import sys

CSMITH_OPTIONS = ["--max-block-depth", "2", "--max-funcs", "6",
                  "--max-expr-complexity", "5"]
CSMITH_INCLUDE = "/usr/include/csmith"
FIRST_SEED = 1


def line_count(path):
    with open(path, encoding="utf-8", errors="replace") as stream:
        return sum(1 for _ in stream)


def build(out_dir, min_lines):
    """Returns the csmith files (generated on first use) and their lines."""
    csmith = shutil.which("csmith")
    if not csmith:
        sys.exit("corpus: csmith not found: run scripts/install-deps.sh")
    if not os.path.isfile(os.path.join(CSMITH_INCLUDE, "csmith.h")):
        sys.exit(f"corpus: {CSMITH_INCLUDE}/csmith.h not found: install libcsmith-dev "
                 "(scripts/install-deps.sh)")
    os.makedirs(out_dir, exist_ok=True)
    files, lines, seed = [], 0, FIRST_SEED
    while lines < min_lines:
        path = os.path.join(out_dir, f"csmith-{seed}.c")
        if not os.path.isfile(path):
            # csmith writes platform.info into its working directory.
            subprocess.run([csmith, "--seed", str(seed), *CSMITH_OPTIONS, "-o", path + ".tmp"],
                           check=True, stdout=subprocess.DEVNULL, cwd=out_dir)
            os.replace(path + ".tmp", path)
        files.append(path)
        lines += line_count(path)
        seed += 1
    return files, lines


def main(argv):
    if not 1 <= len(argv) <= 2:
        sys.exit(__doc__)
    files, _ = build(argv[0], int(argv[1]) if len(argv) > 1 else 20000)
    print("\n".join(files))


if __name__ == "__main__":
    main(sys.argv[1:])
