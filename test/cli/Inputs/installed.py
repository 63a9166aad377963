"""Installs dmasafe as a user would and runs it from outside the checkout.

  install  cmake --install BUILD --prefix STAGE, then the tree is moved
           elsewhere (the CLI must find everything relative to itself);
  deb      cpack -G DEB, and the package's files unpacked into a third
           place, run the same way.

In each: `dmasafe --version`, `dmasafe analyze` and `dmasafe tidy` on copies
of test inputs in a directory outside the checkout, and a plain clang-tidy
with the installed plugin and no model option (the installed models are the
default). Prints each answer with the install place replaced by PREFIX.
Arguments: the dmasafe of the build, clang-tidy, the Inputs directory, a
scratch directory, install|deb."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

dmasafe, clang_tidy, inputs, scratch, mode = sys.argv[1:6]
build = os.path.dirname(os.path.dirname(os.path.realpath(dmasafe)))
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)


def run(argv, cwd=None):
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def check(argv, prefix, cwd):
    status, out = run(argv, cwd)
    print(out.replace(prefix, "PREFIX").replace(cwd, "WORK").rstrip())
    print(f"exit: {status}")


if mode == "install":
    stage = os.path.join(scratch, "stage")
    status, out = run(["cmake", "--install", build, "--prefix", stage])
    if status:
        sys.exit(f"cmake --install failed: {out}")
    prefix = os.path.join(scratch, "moved")
    shutil.move(stage, prefix)
else:
    status, out = run(["cpack", "-G", "DEB", "-B", os.path.join(scratch, "pkg")], cwd=build)
    debs = glob.glob(os.path.join(scratch, "pkg", "dmasafe_*.deb"))
    if status or len(debs) != 1:
        sys.exit(f"cpack failed: {out}")
    status, out = run(["dpkg-deb", "--field", debs[0], "Package", "Depends"])
    print(out.rstrip())
    status, out = run(["dpkg-deb", "-x", debs[0], os.path.join(scratch, "root")])
    prefix = os.path.join(scratch, "root", "usr")

work = tempfile.mkdtemp(prefix="dmasafe-user-")
try:
    shutil.copy(os.path.join(inputs, "write_in_flight.c"), work)
    shutil.copy(os.path.join(inputs, "vendor_hal.c"), work)
    shutil.copytree(os.path.join(inputs, "vendor"), os.path.join(work, "vendor"))
    installed = os.path.join(prefix, "bin", "dmasafe")
    check([installed, "--version"], prefix, work)
    check([installed, "analyze", "write_in_flight.c"], prefix, work)
    check([installed, "tidy", "vendor_hal.c"], prefix, work)
    plugins = glob.glob(os.path.join(prefix, "lib", "dmasafe", "llvm-*"))
    check([clang_tidy, "--load", os.path.join(plugins[0], "dmasafe-tidy.so"),
           "-checks=-*,dmasafe-*", "vendor_hal.c", "--",
           "-I" + os.path.join(prefix, "include")], prefix, work)
finally:
    shutil.rmtree(work, ignore_errors=True)
