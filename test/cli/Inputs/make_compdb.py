"""Writes a compile_commands.json for the -p tests: sources of Inputs/ as a
gcc cross build would list them, with flags dmasafe must keep (-I, -D,
-std), flags it must drop (-c, -o, -MD -MF, gcc-only -f options, -Werror),
a relative -I resolved from "directory", and one entry in "command" form."""
import json
import os
import sys

out_dir, inputs = sys.argv[1], sys.argv[2]
entries = [
    {"directory": inputs, "file": "needs_flags.c",
     "arguments": ["arm-none-eabi-gcc", "-mthumb", "-std=gnu11", "-Iinclude",
                   "-DWITH_MISUSE", "-Werror", "-fstack-usage", "-fno-tree-loop-distribute-patterns",
                   "-MD", "-MF", "needs_flags.d", "-c", "needs_flags.c", "-o",
                   "out/needs_flags.o"]},
    {"directory": inputs, "file": os.path.join(inputs, "clean.c"),
     "command": "gcc -O2 -std=c11 -c -o out/clean.o " + os.path.join(inputs, "clean.c")},
]
with open(os.path.join(out_dir, "compile_commands.json"), "w") as stream:
    json.dump(entries, stream, indent=1)
