"""Where a reported file lives: a named base directory and a path in it.

SARIF for code scanning, baselines and the merge of shards run on other
machines need paths that do not depend on where a machine checked the code
out. Files under the source root are relative to SRCROOT. A file outside it
(a vendor SDK beside the project, a kernel tree, a submodule checked out
elsewhere) is relative to the git checkout around it, a base of its own named
after that checkout's directory (/opt/pico-sdk -> PICO_SDK), so the same SDK
gets the same base on every machine. Only a file in no checkout (a
toolchain's own headers) keeps its absolute path."""
import os
import re

SOURCE_ROOT_ID = "SRCROOT"
_NOT_A_NAME = re.compile(r"[^A-Za-z0-9]+")


class SourceBases:
    def __init__(self, source_root):
        self.root = os.path.realpath(source_root)
        self._dirs = {SOURCE_ROOT_ID: self.root}     # base id -> directory
        self._ids = {self.root: SOURCE_ROOT_ID}      # directory -> base id
        self._checkout_of = {}                       # directory -> checkout or None

    def locate(self, path):
        """(base id, path relative to the base) of `path`, or None when it is
        in no checkout outside the source root."""
        real = os.path.realpath(path)
        if _within(real, self.root):
            return SOURCE_ROOT_ID, os.path.relpath(real, self.root)
        checkout = self._checkout(os.path.dirname(real))
        if checkout is None:
            return None
        return self._id_of(checkout), os.path.relpath(real, checkout)

    def used(self):
        """Every base handed out so far (SRCROOT always), id -> directory."""
        return dict(self._dirs)

    def _checkout(self, directory):
        walked = []
        while directory not in self._checkout_of:
            walked.append(directory)
            if os.path.exists(os.path.join(directory, ".git")):
                self._checkout_of[directory] = directory
                break
            parent = os.path.dirname(directory)
            if parent == directory:
                self._checkout_of[directory] = None
                break
            directory = parent
        found = self._checkout_of[directory]
        for step in walked:
            self._checkout_of[step] = found
        return found

    def _id_of(self, checkout):
        if checkout not in self._ids:
            name = _NOT_A_NAME.sub("_", os.path.basename(checkout)).strip("_").upper() or "ROOT"
            base, number = name, 1
            while base in self._dirs:
                number += 1
                base = f"{name}_{number}"
            self._dirs[base] = checkout
            self._ids[checkout] = base
        return self._ids[checkout]


def _within(path, directory):
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)
