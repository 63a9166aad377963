"""Copies a compile_commands.json into OUT_DIR with each "directory" made
relative to OUT_DIR, as some generators write it."""
import json
import os
import sys

source, out_dir = sys.argv[1], sys.argv[2]
with open(source) as stream:
    entries = json.load(stream)
for entry in entries:
    entry["directory"] = os.path.relpath(entry["directory"], out_dir)
with open(os.path.join(out_dir, "compile_commands.json"), "w") as stream:
    json.dump(entries, stream, indent=1)
