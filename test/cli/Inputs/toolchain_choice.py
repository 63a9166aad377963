"""Which plugin set an installed dmasafe picks: an install tree with plugin
directories for several LLVM majors (lib/dmasafe/llvm-N/), some of whose
clangs are installed. Prints the default major, then the major --clang picks
for each clang named on the command line (or the error).
Arguments: the source tree's tools/ directory, a scratch directory, clangs."""
import os
import stat
import sys

tools, scratch = sys.argv[1:3]
sys.path.insert(0, tools)
from dmasafe_cli.errors import DmasafeError  # noqa: E402
from dmasafe_cli.toolchain import Toolchain  # noqa: E402


def fake_clang(bin_dir, major):
    os.makedirs(bin_dir, exist_ok=True)
    path = os.path.join(bin_dir, "clang")
    with open(path, "w") as out:
        out.write(f"#!/bin/sh\necho 'clang version {major}.0.1'\n")
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


prefix = os.path.join(scratch, "prefix")
for major in (14, 19, 22):
    os.makedirs(os.path.join(prefix, "lib", "dmasafe", f"llvm-{major}"), exist_ok=True)
# 14 and 19 have their clang installed, 22's is gone.
bins = {str(m): os.path.join(scratch, f"llvm-{m}", "bin") for m in (14, 19, 22)}
clang14 = fake_clang(bins["14"], 14)
fake_clang(bins["19"], 19)
toolchain = Toolchain.installed(prefix, "0", bins, os.path.join("lib", "dmasafe"),
                                "share", "doc")
print("built:", toolchain.built_majors())
print("default:", toolchain.llvm_major, os.path.relpath(toolchain.analyzer_plugin, prefix))
for clang in [clang14] + sys.argv[3:]:
    try:
        chosen = toolchain.for_clang(clang)
        print("--clang", os.path.basename(clang), "->", chosen.llvm_major,
              os.path.relpath(chosen.analyzer_plugin, prefix))
    except DmasafeError as err:
        print("--clang", os.path.basename(clang), "-> error:", err)
