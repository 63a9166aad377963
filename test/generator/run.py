#!/usr/bin/env python3
"""Generates programs with generate.py and runs each through both front-ends
(the analyzer plugin and the clang-tidy checks, with every shipped model),
counting what happened. Any crash, hang (over --timeout seconds of CPU time), tool error,
or a program clang itself rejects (a generator bug) fails the run.

    run.py --build BUILD --seed S --count N [--work DIR] [--timeout 60]

Prints one line per failure and a summary:
    programs 100 (25 C++): analyzer ok 100, tidy ok 100, crashes 0, hangs 0, errors 0, invalid 0; findings analyzer 812, tidy 640
Every fourth program is C++. Seeds S..S+N-1 are independent: a failure is
reproduced with --seed K --count 1.
"""
import argparse
import glob
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import generate  # noqa: E402

DEFAULT_LLVM_BIN = "/usr/lib/llvm-19/bin"


def run(cmd, timeout):
    """Runs `cmd`; a hang is more than `timeout` seconds of CPU time (wall
    time on a loaded machine says little), with ten times that as a wall
    clock backstop. Returns (status, output, cpu seconds)."""
    def limit():
        resource.setrlimit(resource.RLIMIT_CPU, (int(timeout), int(timeout) + 5))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout * 10, text=True, errors="replace",
                           preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return "hang", "", timeout * 10
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    out = p.stdout
    if p.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return "hang", out, cpu
    if p.returncode < 0 or "PLEASE submit a bug report" in out or "Stack dump" in out:
        return "crash", out, cpu
    if p.returncode != 0 or " error: " in out or out.startswith("error:"):
        return "error", out, cpu
    return "ok", out, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", required=True, help="the build directory")
    ap.add_argument("--llvm-bin", default=DEFAULT_LLVM_BIN,
                    help="the clang and clang-tidy the build's plugins are for")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--work", help="where programs go (default: a temp dir, removed)")
    ap.add_argument("--keep", action="store_true", help="keep passing programs too")
    args = ap.parse_args()

    plugin = os.path.join(args.build, "lib", "dmasafe-analyzer.so")
    tidy_plugin = os.path.join(args.build, "lib", "dmasafe-tidy.so")
    models = ";".join(sorted(glob.glob(os.path.join(ROOT, "models", "*.yaml"))))
    work = args.work or tempfile.mkdtemp(prefix="dmasafe-generator-")
    includes = ["-I", os.path.join(ROOT, "annotations", "include"),
                "-I", os.path.join(ROOT, "runtime", "include")]

    counts = {k: 0 for k in ("crash", "hang", "error", "invalid")}
    ok = {"analyzer": 0, "tidy": 0}
    findings = {"analyzer": 0, "tidy": 0}
    slowest = (0.0, None)
    cxx_programs = 0
    for seed in range(args.seed, args.seed + args.count):
        cxx = seed % 4 == 0
        cxx_programs += cxx
        out = os.path.join(work, "prog-%d" % seed)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        source = generate.write(seed, out, cxx)
        flags = includes + ["-I", os.path.join(out, "include"), "-w"]
        flags += ["-x", "c++", "-std=gnu++17"] if cxx else ["-std=gnu11"]
        failed = False
        status, text, _ = run([os.path.join(args.llvm_bin, "clang"), "-fsyntax-only",
                               "-D__clang_analyzer__"] + flags + [source], args.timeout)
        if status != "ok":
            counts["invalid"] += 1
            print("INVALID seed %d (generator bug): %s" % (seed, text.strip()[:400]))
            continue
        analyzer = [os.path.join(args.llvm_bin, "clang"), "--analyze", "-o", os.devnull,
                    "-Xclang", "-load", "-Xclang", plugin,
                    "-Xclang", "-analyzer-checker=dmasafe",
                    "-Xclang", "-analyzer-config",
                    "-Xclang", "dmasafe.DmaModeling:ModelFiles=" + models] + flags + [source]
        tidy = [os.path.join(args.llvm_bin, "clang-tidy"), "--load", tidy_plugin,
                "-checks=-*,dmasafe-*", "-config={CheckOptions: [{key: DmasafeModelFiles, value: '%s'}]}" % models,
                source, "--"] + flags
        for name, cmd in (("analyzer", analyzer), ("tidy", tidy)):
            status, text, seconds = run(cmd, args.timeout)
            if seconds > slowest[0]:
                slowest = (seconds, "%s seed %d" % (name, seed))
            if status == "ok":
                ok[name] += 1
                findings[name] += text.count("warning: ")
                continue
            failed = True
            counts[status] += 1
            print("%s %s seed %d: %s" % (status.upper(), name, seed, text.strip()[-600:]))
        if not failed and not args.keep:
            shutil.rmtree(out, ignore_errors=True)
    print("programs %d (%d C++): analyzer ok %d, tidy ok %d, crashes %d, hangs %d, "
          "errors %d, invalid %d; findings analyzer %d, tidy %d; slowest %.1f s CPU (%s)" % (
              args.count, cxx_programs, ok["analyzer"], ok["tidy"], counts["crash"],
              counts["hang"], counts["error"], counts["invalid"], findings["analyzer"],
              findings["tidy"], slowest[0], slowest[1]))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if any(counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
