#!/usr/bin/env bash
# Installs what dmasafe needs on Debian 12. Idempotent: when every package is
# present it only asks dpkg and returns within a second.
set -euo pipefail

packages=(
  clang-19 libclang-19-dev llvm-19-dev llvm-19-tools clang-tools-19 clang-tidy-19
  cmake ninja-build python3 python3-yaml
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib
  csmith libcsmith-dev
  bear
  python3-jsonschema
  libclang-rt-19-dev  # fuzz/: libFuzzer and the sanitizer runtimes for clang
)

# The other LLVM majors scripts/check.sh builds and tests (DMASAFE_OTHER_LLVM,
# which it sets; none when run alone): each needs its clang, clang-tidy, the
# development files and FileCheck (llvm-N-tools). One that Debian does not
# offer makes apt-get, and so the run, fail.
for major in ${DMASAFE_OTHER_LLVM:-}; do
  packages+=("clang-$major" "libclang-$major-dev" "llvm-$major-dev" "llvm-$major-tools"
             "clang-tools-$major" "clang-tidy-$major")
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm for the SARIF multitool the tests validate SARIF with (any npm will
# do: a Node.js that brings its own is not replaced).
command -v npm >/dev/null || missing+=(npm)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "dmasafe: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The SARIF 2.1.0 schema and Microsoft's validator, from npm (never a copy
# in this repository).
if ! command -v sarif-multitool >/dev/null; then
  echo "dmasafe: installing @microsoft/sarif-multitool (npm)" >&2
  $sudo npm install -g --silent @microsoft/sarif-multitool >/dev/null
  $sudo chmod a+x "$(npm root -g)"/@microsoft/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
fi
