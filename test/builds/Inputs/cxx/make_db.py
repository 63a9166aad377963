"""Writes a compile_commands.json with one arm-none-eabi-g++ entry, as a
pico-sdk build lists its C++ examples."""
import json
import os
import sys

out, here = sys.argv[1], sys.argv[2]
entries = [{"directory": here, "file": "frame_sender.cpp",
            "arguments": ["arm-none-eabi-g++", "-mcpu=cortex-m0plus", "-mthumb", "-Os",
                          "-std=gnu++17", "-fno-exceptions", "-fno-rtti",
                          "-fno-threadsafe-statics", "-c", "frame_sender.cpp",
                          "-o", "frame_sender.o"]}]
with open(os.path.join(out, "compile_commands.json"), "w") as stream:
    json.dump(entries, stream, indent=1)
