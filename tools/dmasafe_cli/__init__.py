"""The `dmasafe` command: drives clang, scan-build and clang-tidy of an LLVM
dmasafe was built for with the dmasafe plugins, the annotation header and the
API models."""
