"""Where the tools, plugins, headers and models are.

The configured script passes the build's paths; environment variables
override single entries (tests use them to simulate a missing plugin, users
to try another build of a plugin without reconfiguring)."""
import os
from dataclasses import dataclass

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

    @staticmethod
    def configured(version, source_dir, binary_dir, llvm_bin, docs_url=""):
        """The build tree: plugins under `binary_dir`, the rest in the sources."""
        return Toolchain._laid_out(
            version, source_dir, llvm_bin, os.path.join(binary_dir, "lib"),
            annotations_include=os.path.join(source_dir, "annotations", "include"),
            runtime_include=os.path.join(source_dir, "runtime", "include"),
            models_dir=os.path.join(source_dir, "models"),
            docs_dir=os.path.join(source_dir, "docs"), docs_url=docs_url)

    @staticmethod
    def installed(prefix, version, llvm_bin, plugin_dir, data_dir, doc_dir, docs_url=""):
        """The layout of cmake/Install.cmake under `prefix`."""
        data = os.path.join(prefix, data_dir)
        return Toolchain._laid_out(
            version, prefix, llvm_bin, os.path.join(prefix, plugin_dir),
            annotations_include=os.path.join(data, "include"),
            runtime_include=os.path.join(data, "include"),
            models_dir=os.path.join(data, "models"),
            docs_dir=os.path.join(prefix, doc_dir), docs_url=docs_url)

    @staticmethod
    def _laid_out(version, source_dir, llvm_bin, plugins, annotations_include,
                  runtime_include, models_dir, docs_dir, docs_url):
        """One layout, with the DMASAFE_* environment overrides applied."""
        env = os.environ.get
        llvm_bin = env("DMASAFE_LLVM_BIN", llvm_bin)
        return Toolchain(
            version=version,
            source_dir=source_dir,
            llvm_bin=llvm_bin,
            clang=os.path.join(llvm_bin, "clang"),
            scan_build=os.path.join(llvm_bin, "scan-build"),
            clang_tidy=os.path.join(llvm_bin, "clang-tidy"),
            analyzer_plugin=env("DMASAFE_ANALYZER_PLUGIN",
                                os.path.join(plugins, "dmasafe-analyzer.so")),
            tidy_plugin=env("DMASAFE_TIDY_PLUGIN", os.path.join(plugins, "dmasafe-tidy.so")),
            annotations_include=annotations_include,
            runtime_include=runtime_include,
            models_dir=env("DMASAFE_MODELS_DIR", models_dir),
            docs_dir=docs_dir,
            docs_url=docs_url,
        )

    def require_tool(self, path):
        if not os.access(path, os.X_OK):
            raise DmasafeError(
                f"{path} not found: install LLVM/Clang 19 (scripts/install-deps.sh)")
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
