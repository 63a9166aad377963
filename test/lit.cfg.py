# lit configuration for dmasafe. Substitutions:
#   %clang, %clang_cc1, %clang_analyze_cc1, %clang_tidy  - tools of the LLVM
#                                                           the build is for
# Features: llvm-N (N: that LLVM's major), for the few expectations where the
# analyzer itself differs between versions (docs/guide.md, "LLVM versions").
#   %analyzer_plugin, %tidy_plugin, %dmasafe              - what this project builds
#   %annotations_include, %runtime_include, %models_dir   - source-tree paths
#   %build_root                                           - the build directory
#   %gcc, %arm_gcc, %python
import os
import shutil
import subprocess

import lit.formats

config.name = "dmasafe"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.dmasafe_obj_root, "test")

tools = config.llvm_tools_dir
clang = os.path.join(tools, "clang")
src = config.dmasafe_src_root

config.environment["PATH"] = os.pathsep.join(
    [tools, config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["LC_ALL"] = "C"

config.substitutions += [
    # The driver defines __clang_analyzer__ for --analyze; -cc1 does not, and
    # the annotation macros only expand when it is defined.
    ("%clang_analyze_cc1",
     f"{clang} -cc1 -analyze -setup-static-analyzer -D__clang_analyzer__"),
    ("%clang_cc1", f"{clang} -cc1"),
    ("%clang_tidy", os.path.join(tools, "clang-tidy")),
    ("%clang", clang),
    ("%analyzer_plugin", config.analyzer_plugin),
    ("%tidy_plugin", config.tidy_plugin),
    ("%dmasafe", config.dmasafe_cli),
    ("%annotations_include", os.path.join(src, "annotations", "include")),
    ("%runtime_include", os.path.join(src, "runtime", "include")),
    ("%models_dir", os.path.join(src, "models")),
    ("%src_root", src),
    ("%build_root", config.dmasafe_obj_root),
    ("%python", config.python),
    ("%gcc", config.gcc),
    ("%arm_gcc", config.arm_gcc),
]

config.available_features.add(f"llvm-{config.llvm_major}")

# LLVM 22's core.FixedAddressDereference ends the path at every register
# block access (`DMA1_Channel1->CCR = ...`), which firmware does by design;
# the CLI turns it off (tools/dmasafe_cli/analyzer_flags.py) and so do the
# tests, after the `-analyzer-checker=core...` that would turn it on again.
if config.llvm_major >= 22:
    config.substitutions.append((
        r"(-Xclang -analyzer-checker=core[A-Za-z.,]*)",
        r"\1 -Xclang -analyzer-disable-checker=core.FixedAddressDereference"))
    config.substitutions.append((
        r"(?<!-Xclang )(-analyzer-checker=core[A-Za-z.,]*)",
        r"\1 -analyzer-disable-checker=core.FixedAddressDereference"))
config.substitutions.append(("%llvm_bin", tools))

# LLVM 22's clang compiles for xtensa-esp32-elf; 19's does not know the
# triple, and dmasafe analyzes such a build as a stand-in target
# (tools/dmasafe_cli/translate.py). The tests of each path ask which.
if subprocess.run([clang, "--target=xtensa-esp32-elf", "-fsyntax-only", "-x", "c", os.devnull],
                  capture_output=True).returncode == 0:
    config.available_features.add("clang-knows-xtensa")

# Clang 18 added the `suppress` attribute that DMA_SUPPRESS expands to; before,
# the macro is empty and the analyzer reports what it marks.
if subprocess.run([clang, "-fsyntax-only", "-Werror", "-x", "c", "-"],
                  input=b"__attribute__((suppress)) int x;", capture_output=True).returncode == 0:
    config.available_features.add("suppress-attribute")

if config.arm_gcc and os.path.exists(config.arm_gcc):
    config.available_features.add("arm-gcc")
# dmasafe scan records builds with bear (scripts/install-deps.sh installs it).
if shutil.which("bear"):
    config.available_features.add("bear")
