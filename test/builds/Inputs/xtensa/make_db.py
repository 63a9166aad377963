"""Writes the compile_commands.json of the xtensa test: the stand-in cross
compiler (C and C++), a compiler that is not there and one that is no gcc."""
import json
import os
import sys

out, here, toolchain = sys.argv[1], sys.argv[2], sys.argv[3]
gcc = os.path.join(toolchain, "bin", "xtensa-esp32-elf-gcc")
entries = [
    {"directory": here, "file": "spi_lcd.c",
     "arguments": [gcc, "-mlongcalls", "-mfix-esp32-psram-cache-issue", "-Os", "-std=gnu17",
                   "-c", "spi_lcd.c", "-o", "spi_lcd.o"]},
    {"directory": here, "file": "display.cpp",
     "arguments": [gcc[:-3] + "g++", "-mlongcalls", "-c", "display.cpp", "-o", "display.o"]},
    {"directory": here, "file": "missing_cc.c",
     "arguments": ["/nonexistent/bin/xtensa-lx7-elf-gcc", "-c", "missing_cc.c"]},
    {"directory": here, "file": "not_gcc.c",
     "arguments": ["/bin/false", "-c", "not_gcc.c"]},
]
with open(os.path.join(out, "compile_commands.json"), "w") as stream:
    json.dump(entries, stream, indent=1)
