#!/usr/bin/env bash
# Installs what dmasafe needs on Debian 12. Idempotent: when every package is
# present it only asks dpkg and returns within a second.
set -euo pipefail

packages=(
  clang-19 libclang-19-dev llvm-19-dev llvm-19-tools clang-tools-19 clang-tidy-19
  cmake ninja-build python3
  gcc-arm-none-eabi libnewlib-arm-none-eabi
  csmith libcsmith-dev
  bear
  libclang-rt-19-dev  # fuzz/: libFuzzer and the sanitizer runtimes for clang
  python3-yaml        # test/generator reads the models
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "dmasafe: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
