"""Starts a dmasafe command with TMPDIR=TMP, sends it SIGINT once its
temporary directory exists (it is working), and prints its exit status and
what is left in TMP: `exit: N` and `left: ...` (or `left: nothing`)."""
import os
import signal
import subprocess
import sys
import time

tmp, command = sys.argv[1], sys.argv[2:]
os.makedirs(tmp, exist_ok=True)
# lit starts tests with SIGINT ignored, which a child would inherit.
child = subprocess.Popen(command, env=dict(os.environ, TMPDIR=tmp),
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
deadline = time.time() + 120
while not os.listdir(tmp) and child.poll() is None and time.time() < deadline:
    time.sleep(0.05)
time.sleep(0.5)
print("working:", "yes" if child.poll() is None and os.listdir(tmp) else "no", flush=True)
child.send_signal(signal.SIGINT)
status = child.wait()
print(f"exit: {status}")
print("left:", " ".join(sorted(os.listdir(tmp))) or "nothing")
