"""Writes a compile_commands.json as a CMake build leaves it after its
configure step: one real entry, and the compiler checks of TryCompile whose
scratch directory CMake has deleted since (one with its source inside the
deleted directory, one with an absolute source that still exists)."""
import json
import os
import sys

out_dir, inputs = sys.argv[1], sys.argv[2]
scratch = os.path.join(out_dir, "CMakeFiles", "CMakeScratch", "TryCompile-a1b2c3")
entries = [
    {"directory": inputs, "file": "write_in_flight.c",
     "arguments": ["gcc", "-c", "write_in_flight.c"]},
    {"directory": scratch, "file": "CheckIncludeFile.c",
     "arguments": ["gcc", "-c", "CheckIncludeFile.c"]},
    {"directory": scratch, "file": os.path.join(inputs, "clean.c"),
     "arguments": ["gcc", "-c", os.path.join(inputs, "clean.c")]},
]
with open(os.path.join(out_dir, "compile_commands.json"), "w") as stream:
    json.dump(entries, stream, indent=1)
