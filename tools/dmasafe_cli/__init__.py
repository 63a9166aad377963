"""The `dmasafe` command: drives clang-19, scan-build-19 and clang-tidy-19
with the dmasafe plugins, the annotation header and the API models."""
