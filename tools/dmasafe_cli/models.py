"""Which API model files (YAML) an analysis loads.

Defaults are every models/*.yaml of the source tree; --models adds files and
--no-default-models drops the defaults. The analyzer and clang-tidy both take
the list as one ';'-separated value (never ',': -analyzer-config splits on
commas)."""
import glob
import os
import subprocess
import sys

from .errors import DmasafeError


def add_model_arguments(parser):
    parser.add_argument("--models", metavar="FILE", action="append", default=[],
                        help="also load this API model file (repeatable)")
    parser.add_argument("--no-default-models", action="store_true",
                        help="do not load the models shipped in models/*.yaml")


def default_model_files(models_dir):
    return sorted(glob.glob(os.path.join(models_dir, "*.yaml")))


def selected_model_files(args, toolchain):
    files = [] if args.no_default_models else default_model_files(toolchain.models_dir)
    for path in args.models:
        if not os.path.isfile(path):
            raise DmasafeError(f"model file {path} not found")
        files.append(os.path.abspath(path))
    for path in files:
        if ";" in path or "," in path:
            raise DmasafeError(
                f"model file path {path} contains ';' or ',', which the analyzer "
                "options cannot carry: rename or copy it")
    return files


def model_option_value(files):
    return ";".join(files)


def check_model_files(toolchain, files):
    """Parses every model file once, before any unit runs. A unit parses
    only the files that describe a name it mentions (docs/models.md), so an
    error in another file would otherwise show only where it is used."""
    if not files or not os.path.isfile(toolchain.analyzer_plugin):
        return
    argv = [toolchain.clang, "-cc1", "-analyze", "-setup-static-analyzer",
            "-load", toolchain.analyzer_plugin, "-analyzer-checker=core,dmasafe",
            "-analyzer-config", "dmasafe.DmaModeling:ParseUnusedModels=true",
            "-analyzer-config", "dmasafe.DmaModeling:ModelFiles=" + model_option_value(files),
            "-x", "c", os.devnull]
    result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    if result.returncode == 0:
        return
    sys.stderr.write(result.stderr)
    raise DmasafeError("a model file does not load (see the error above); "
                       "fix it or leave it out (--models, --no-default-models)")
