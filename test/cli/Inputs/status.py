"""Runs a command and prints `exit: N` after its output, so that a lit test
can check the exact exit status (lit's `not` only tells zero from nonzero)."""
import subprocess
import sys

sys.stdout.flush()
status = subprocess.run(sys.argv[1:]).returncode
print(f"exit: {status}", flush=True)
