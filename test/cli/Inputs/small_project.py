"""Writes a small firmware-like project for the --shard, --changed-since and
merge tests into DIR: four drivers (two with a DMA misuse), a board header
two of them include, and build/compile_commands.json as a host gcc build
lists them. adc.c's entry names the dependency file its build wrote
(-MD -MF), which --changed-since reads (it lists include/pins.h, which no
source names, as a generated header would be); uart.c's names none, so
clang is asked what it includes."""
import json
import os
import sys

root = os.path.abspath(sys.argv[1])
MISUSE = """
int {name}_send(void) {{
  if (dmasafe_start_tx(&channel, buffer, sizeof buffer) != 0)
    return -1;
  buffer[0] = 'b';
  dmasafe_wait(&channel);
  return 0;
}}
"""
CLEAN = """
int {name}_send(void) {{
  if (dmasafe_start_tx(&channel, buffer, sizeof buffer) != 0)
    return -1;
  dmasafe_wait(&channel);
  buffer[0] = 'b';
  return 0;
}}
"""
DRIVERS = {"uart": (True, True), "spi": (True, False), "adc": (False, True),
           "i2c": (False, False)}   # name: (misuse, includes board.h)

os.makedirs(os.path.join(root, "src"), exist_ok=True)
os.makedirs(os.path.join(root, "include"), exist_ok=True)
os.makedirs(os.path.join(root, "build"), exist_ok=True)
with open(os.path.join(root, "include", "board.h"), "w") as out:
    out.write("#define BOARD_BUFFER_LEN 16\n")
with open(os.path.join(root, "include", "pins.h"), "w") as out:   # in adc.o.d only
    out.write("#define BOARD_PINS 4\n")
entries = []
for name, (misuse, board) in DRIVERS.items():
    size = "BOARD_BUFFER_LEN" if board else "16"
    with open(os.path.join(root, "src", name + ".c"), "w") as out:
        out.write("#include <dmasafe/dma.h>\n")
        if board:
            out.write('#include "board.h"\n')
        out.write(f"\nstatic dmasafe_channel_t channel;\nstatic char buffer[{size}];\n")
        out.write((MISUSE if misuse else CLEAN).format(name=name))
    command = f"gcc -std=c11 -I../include -c ../src/{name}.c -o {name}.o"
    if name == "adc":
        command += " -MD -MF adc.o.d"
        with open(os.path.join(root, "build", "adc.o.d"), "w") as out:
            out.write("adc.o: ../src/adc.c ../include/board.h \\\n ../include/pins.h\n")
    entries.append({"directory": os.path.join(root, "build"), "file": f"../src/{name}.c",
                    "command": command})
with open(os.path.join(root, "build", "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
