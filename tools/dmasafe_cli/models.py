"""Which API model files (YAML) an analysis loads.

Defaults are every models/*.yaml of the source tree; --models adds files and
--no-default-models drops the defaults. The analyzer and clang-tidy both take
the list as one ';'-separated value (never ',': -analyzer-config splits on
commas)."""
import glob
import os

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
