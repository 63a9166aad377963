"""A firmware project outside dmasafe's checkout, as a user sets it up: a
git repository in a fresh temporary directory with docs/sample.clang-tidy
as its .clang-tidy, the two model files it names copied into its models/,
the pre-commit hook installed, and one vendor-HAL file. Then, from another
working directory:

  clang-tidy   on the file (the models resolve against the .clang-tidy);
  pre-commit   a commit of the file with its bug is refused, the fixed
               file is committed;

printing what each step answered. Arguments: the dmasafe source root, the
dmasafe command, clang-tidy, the tidy plugin, the Inputs directory."""
import os
import shutil
import subprocess
import sys
import tempfile

src, dmasafe, clang_tidy, plugin, inputs = sys.argv[1:6]
project = tempfile.mkdtemp(prefix="dmasafe-project-")
elsewhere = tempfile.mkdtemp(prefix="dmasafe-cwd-")


def run(argv, cwd, env=None):
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})))
    return done.returncode, done.stdout + done.stderr


try:
    shutil.copy(os.path.join(src, "docs", "sample.clang-tidy"),
                os.path.join(project, ".clang-tidy"))
    os.makedirs(os.path.join(project, "models"))
    for name in ("stm32-hal.yaml", "pico-sdk.yaml"):
        shutil.copy(os.path.join(src, "models", name), os.path.join(project, "models"))
    shutil.copytree(os.path.join(inputs, "vendor"), os.path.join(project, "src", "vendor"))
    shutil.copy(os.path.join(inputs, "vendor_hal.c"), os.path.join(project, "src"))
    source = os.path.join(project, "src", "vendor_hal.c")

    status, out = run([clang_tidy, "--load", plugin, source, "--",
                       "-I" + os.path.join(src, "annotations", "include")], elsewhere)
    print(f"clang-tidy from elsewhere: exit {status}")
    print(out.replace(project, "PROJECT"))

    git = ["git", "-c", "user.name=dmasafe test", "-c", "user.email=test@invalid",
           "-c", "commit.gpgsign=false"]
    run(["git", "init", "-q"], project)
    hook = os.path.join(project, ".git", "hooks", "pre-commit")
    shutil.copy(os.path.join(src, "tools", "pre-commit"), hook)
    os.chmod(hook, 0o755)
    run(["git", "add", "-A"], project)
    status, out = run(git + ["commit", "-q", "-m", "uart"], project, {"DMASAFE": dmasafe})
    print(f"commit with the bug: exit {status}")
    print(out.replace(project, "PROJECT"))
    with open(source, encoding="utf-8") as stream:
        text = stream.read()
    with open(source, "w", encoding="utf-8") as stream:
        stream.write(text.replace("  frame[0] = 0x55;\n", ""))
    run(["git", "add", "-A"], project)
    status, out = run(git + ["commit", "-q", "-m", "uart"], project, {"DMASAFE": dmasafe})
    print(f"commit without it: exit {status}")
    print(out.replace(project, "PROJECT"))
finally:
    shutil.rmtree(project, ignore_errors=True)
    shutil.rmtree(elsewhere, ignore_errors=True)
