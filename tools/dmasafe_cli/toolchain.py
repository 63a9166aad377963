"""Where the tools, plugins, headers and models are.

The configured script passes the build's paths; environment variables
override single entries (tests use them to simulate a missing plugin, users
to try another build of a plugin without reconfiguring).

A plugin loads only into the clang major version it was built for, so the
toolchain holds one plugin directory per LLVM major built (a build tree has
one, an install one per build it was given: cmake/Install.cmake) and picks
the set for the clang it runs: the one `--clang PATH` names, else the newest
whose LLVM tools are installed."""
import os
import re
import subprocess
from dataclasses import dataclass, field, replace

from .errors import DmasafeError

BUILD_HINT = "run scripts/build.sh to build it, or reinstall dmasafe"


@dataclass(frozen=True)
class Toolchain:
    version: str
    source_dir: str
    llvm_bin: str
    clang: str
    scan_build: str
    clang_tidy: str
    analyzer_plugin: str
    tidy_plugin: str
    annotations_include: str
    runtime_include: str
    models_dir: str
    docs_dir: str
    docs_url: str = ""
    llvm_major: int = 0
    # LLVM major -> (plugin directory, that LLVM's bin/ when the build knew it)
    plugin_sets: dict = field(default_factory=dict)

    @staticmethod
    def configured(version, source_dir, binary_dir, llvm_bin, llvm_major, docs_url=""):
        """The build tree: plugins under `binary_dir` for its one LLVM, the
        rest in the sources."""
        sets = {int(llvm_major): (os.path.join(binary_dir, "lib"), llvm_bin)}
        return Toolchain._laid_out(
            version, source_dir, sets,
            annotations_include=os.path.join(source_dir, "annotations", "include"),
            runtime_include=os.path.join(source_dir, "runtime", "include"),
            models_dir=os.path.join(source_dir, "models"),
            docs_dir=os.path.join(source_dir, "docs"), docs_url=docs_url)

    @staticmethod
    def installed(prefix, version, llvm_bins, plugin_dir, data_dir, doc_dir, docs_url=""):
        """The layout of cmake/Install.cmake under `prefix`: plugins in
        PLUGIN_DIR/llvm-N/ for each major N installed; `llvm_bins` maps the
        majors the install was built for to their LLVM bin/."""
        data = os.path.join(prefix, data_dir)
        return Toolchain._laid_out(
            version, prefix, installed_plugin_sets(os.path.join(prefix, plugin_dir), llvm_bins),
            annotations_include=os.path.join(data, "include"),
            runtime_include=os.path.join(data, "include"),
            models_dir=os.path.join(data, "models"),
            docs_dir=os.path.join(prefix, doc_dir), docs_url=docs_url)

    @staticmethod
    def _laid_out(version, source_dir, plugin_sets, annotations_include,
                  runtime_include, models_dir, docs_dir, docs_url):
        """One layout for the default LLVM, with the DMASAFE_* environment
        overrides applied."""
        major = default_major(plugin_sets)
        plugins, llvm_bin = plugin_sets.get(major, ("", ""))
        return Toolchain(
            version=version,
            source_dir=source_dir,
            llvm_bin="",
            clang="",
            scan_build="",
            clang_tidy="",
            analyzer_plugin="",
            tidy_plugin="",
            annotations_include=annotations_include,
            runtime_include=runtime_include,
            models_dir=os.environ.get("DMASAFE_MODELS_DIR", models_dir),
            docs_dir=docs_dir,
            docs_url=docs_url,
            plugin_sets=plugin_sets,
        )._using(major, os.environ.get("DMASAFE_LLVM_BIN", llvm_bin or llvm_bin_of(major)))

    def _using(self, major, llvm_bin):
        """This toolchain with LLVM `major`'s plugins and the tools in `llvm_bin`."""
        env = os.environ.get
        plugins = self.plugin_sets.get(major, ("", ""))[0]
        return replace(
            self,
            llvm_major=major,
            llvm_bin=llvm_bin,
            clang=os.path.join(llvm_bin, "clang"),
            scan_build=os.path.join(llvm_bin, "scan-build"),
            clang_tidy=os.path.join(llvm_bin, "clang-tidy"),
            analyzer_plugin=env("DMASAFE_ANALYZER_PLUGIN",
                                os.path.join(plugins, "dmasafe-analyzer.so")),
            tidy_plugin=env("DMASAFE_TIDY_PLUGIN", os.path.join(plugins, "dmasafe-tidy.so")))

    def built_majors(self):
        return sorted(self.plugin_sets)

    def for_clang(self, clang):
        """The toolchain of the clang at `clang` (a path or a name on PATH):
        its clang-tidy and scan-build beside it, the plugins built for its
        major version; an error naming the versions built when there are none."""
        major = clang_major(clang)
        if major not in self.plugin_sets:
            raise DmasafeError(
                f"{clang} is clang {major}; this dmasafe has plugins for LLVM "
                f"{versions_text(self.built_majors())} only: build one for {major} "
                f"(docs/guide.md, \"LLVM versions\") or pick another clang with --clang")
        resolved = os.path.realpath(_which(clang))
        return self._using(major, os.path.dirname(resolved))

    def require_tool(self, path):
        if not os.access(path, os.X_OK):
            raise DmasafeError(
                f"{path} not found: install LLVM/Clang {self.llvm_major} "
                f"(scripts/install-deps.sh), or pick another clang with --clang")
        return path

    def require_analyzer_plugin(self):
        return self._require_plugin(self.analyzer_plugin, "analyzer plugin")

    def require_tidy_plugin(self):
        return self._require_plugin(self.tidy_plugin, "clang-tidy plugin")

    @staticmethod
    def _require_plugin(path, what):
        if not os.path.isfile(path):
            raise DmasafeError(f"{what} {path} is missing: {BUILD_HINT}")
        return path

    def include_args(self):
        """The annotation header and the runtime headers, after the user's
        own -I so that a project's copy of them wins."""
        return ["-I", self.annotations_include, "-I", self.runtime_include]


def versions_text(majors):
    return ", ".join(str(m) for m in majors) or "none"


def llvm_bin_of(major):
    """Where Debian and apt.llvm.org put LLVM `major`'s tools."""
    return f"/usr/lib/llvm-{major}/bin" if major else ""


def installed_plugin_sets(plugin_root, llvm_bins):
    """{major: (PLUGIN_ROOT/llvm-N, its bin/)} for each llvm-N/ installed."""
    sets = {}
    if os.path.isdir(plugin_root):
        for name in os.listdir(plugin_root):
            found = re.fullmatch(r"llvm-(\d+)", name)
            if found:
                major = int(found.group(1))
                sets[major] = (os.path.join(plugin_root, name),
                               llvm_bins.get(str(major), llvm_bin_of(major)))
    return sets


def default_major(plugin_sets):
    """The newest major built whose clang is installed, else the newest built."""
    usable = [m for m, (_, bin_dir) in plugin_sets.items()
              if os.access(os.path.join(bin_dir or llvm_bin_of(m), "clang"), os.X_OK)]
    return max(usable or plugin_sets or [0])


def _which(clang):
    if os.sep in clang:
        return clang
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(directory, clang)
        if os.access(candidate, os.X_OK):
            return candidate
    raise DmasafeError(f"--clang {clang}: not found on PATH")


def clang_major(clang):
    """The major version `clang --version` reports."""
    path = _which(clang)
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True,
                             timeout=60).stdout
    except OSError as err:
        raise DmasafeError(f"--clang {clang}: cannot run it: {err.strerror}") from err
    found = re.search(r"clang version (\d+)\.", out)
    if not found:
        raise DmasafeError(f"--clang {clang}: not a clang (its --version says no "
                           f"'clang version N.')")
    return int(found.group(1))
