#!/usr/bin/env bash
# Configures and builds dmasafe into BUILD_DIR (default: build/).
#   scripts/build.sh [BUILD_DIR [LLVM_MAJOR]]
# With LLVM_MAJOR (one of CMakeLists.txt's DMASAFE_SUPPORTED_LLVM), BUILD_DIR
# is configured for /usr/lib/llvm-LLVM_MAJOR (without the fuzzers, which
# need LLVM 19's libFuzzer) as a unity build (a third of the time: such a
# build is made once to be tested, not edited); without, the default LLVM. Everything the lit
# suites use is built either way. ccache, when installed, caches the compiles.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
major=${2:-}
config=(-G Ninja -DCMAKE_BUILD_TYPE=Release)
if command -v ccache >/dev/null; then
  config+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ -n "$major" ]; then
  config+=("-DLLVM_DIR=/usr/lib/llvm-$major/lib/cmake/llvm" -DDMASAFE_FUZZERS=OFF
          -DDMASAFE_UNITY_BUILD=ON)
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" "${config[@]}" >/dev/null
fi
cmake --build "$build" -j2
