"""Writes OUT/compile_commands.json for a small project of Inputs/: one
clang entry per FILE, compiled in SRC with the FLAGS after '--'.

    compdb.py OUT SRC FILE... -- FLAGS..."""
import json
import os
import sys

out_dir, src = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
cut = rest.index("--") if "--" in rest else len(rest)
files, flags = rest[:cut], rest[cut + 1:]
entries = [{"directory": src, "file": name,
            "arguments": ["clang"] + flags + ["-c", name, "-o", name + ".o"]}
           for name in files]
with open(os.path.join(out_dir, "compile_commands.json"), "w") as stream:
    json.dump(entries, stream, indent=1)
