"""Exit 0 when two object files would put the same bytes into an image.

Usage: same_image.py A.o B.o

Compares every allocatable section (flag A: .text, .data, .rodata, .bss,
.ARM.exidx, ...): the same set of names, the same sizes, the same contents
(extracted with `llvm-objcopy --dump-section NAME=FILE`, which unlike
`-O binary --only-section` also extracts .ARM.exidx, and compared byte for
byte), and the same relocations against them (offset, type,
symbol). Non-allocatable sections are left out on purpose: clang marks
annotated functions address-significant in `.llvm_addrsig`, a section
flagged EXCLUDE that the linker consumes and that never reaches an image,
and `.comment` names the compiler.

Refuses to say "same" when there is no code at all to compare, so that a
broken extraction cannot pass. Prints what differs and exits 1 otherwise.
"""
import re
import subprocess
import sys
import os
import tempfile


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout


def alloc_sections(obj):
    """name -> (type, size) of the allocatable sections."""
    out = run("llvm-readelf", "-S", "--wide", obj).decode()
    sections = {}
    for line in out.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+\S+\s+\S+\s+(\S+)\s+\S+\s+(\S*)\s", line)
        if m and "A" in m.group(4):
            sections[m.group(1)] = (m.group(2), int(m.group(3), 16))
    return sections


def contents(obj, name, tmp):
    path = os.path.join(tmp, "section.bin")
    run("llvm-objcopy", "--dump-section", f"{name}={path}", obj,
        os.path.join(tmp, "unused.o"))
    with open(path, "rb") as f:
        return f.read()


def relocations(obj, alloc):
    """Relocation lines (offset, type, symbol) per allocatable section."""
    out = run("llvm-readelf", "-r", "--wide", obj).decode()
    relocs, current = {}, None
    for line in out.splitlines():
        m = re.match(r"Relocation section '\.rela?(\S+)'", line)
        if m:
            current = m.group(1) if m.group(1) in alloc else None
            continue
        fields = line.split()
        if current and len(fields) >= 3 and re.match(r"^[0-9a-f]+$", fields[0]):
            relocs.setdefault(current, []).append(
                (fields[0], fields[2], " ".join(fields[4:])))
    return relocs


def main():
    a, b = sys.argv[1], sys.argv[2]
    sa, sb = alloc_sections(a), alloc_sections(b)
    problems = []
    if sorted(sa) != sorted(sb):
        problems.append(f"allocatable sections differ: {sorted(sa)} vs {sorted(sb)}")
    code = sum(size for name, (_, size) in sa.items() if name.startswith(".text"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(set(sa) & set(sb)):
            if sa[name] != sb[name]:
                problems.append(f"{name}: {sa[name]} vs {sb[name]}")
                continue
            if sa[name][0] == "NOBITS":
                continue
            ca, cb = contents(a, name, tmp), contents(b, name, tmp)
            if ca != cb:
                problems.append(f"{name}: contents differ")
    ra, rb = relocations(a, sa), relocations(b, sb)
    for name in sorted(set(ra) | set(rb)):
        if ra.get(name) != rb.get(name):
            problems.append(f"relocations of {name} differ")
    if code == 0:
        problems.append("no code in .text to compare")
    for p in problems:
        print(f"same_image: {a} vs {b}: {p}")
    if not problems:
        print(f"same_image: identical ({len(sa)} allocatable sections, {code} bytes of code)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
