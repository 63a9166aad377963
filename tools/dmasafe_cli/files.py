"""Writing report files, with one error message for every failure."""
import json
import os

from .errors import DmasafeError


def make_dir(path):
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as err:
        raise DmasafeError(f"cannot create {path}: {err.strerror}") from err


def write_json(destination, data, indent=2):
    """`data` as JSON in `destination`, creating its directory."""
    make_dir(os.path.dirname(os.path.abspath(destination)))
    try:
        with open(destination, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=indent)
            stream.write("\n")
    except OSError as err:
        raise DmasafeError(f"cannot write {destination}: {err.strerror}") from err
