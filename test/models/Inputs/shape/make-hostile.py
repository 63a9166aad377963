"""Writes the model files too large or too deep to keep in the tree:
make-hostile.py DIR -> DIR/deep-flow.yaml (30,000 nested lists),
DIR/deep-block.yaml (40 nested block lists), DIR/nest-32.yaml (at the
limit) and nest-33.yaml (past it), DIR/big.yaml (just over 1 MiB)."""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
head = "api: demo\nfunctions: []\ndescription: "
with open(os.path.join(out, "deep-flow.yaml"), "w") as f:
    f.write(head + "[" * 30000 + "]" * 30000 + "\n")
with open(os.path.join(out, "deep-block.yaml"), "w") as f:
    f.write(head + "\n  " + "- " * 40 + "x\n")
# 32 levels in all (the top mapping, then 31 nested lists): the limit; and
# one more.
for levels in (32, 33):
    with open(os.path.join(out, "nest-%d.yaml" % levels), "w") as f:
        inner = levels - 1
        f.write(head + "[" * inner + "x" + "]" * inner + "\n")
with open(os.path.join(out, "big.yaml"), "w") as f:
    f.write("api: demo\nfunctions: []\n")
    line = "# " + "x" * 77 + "\n"
    f.write(line * ((1 << 20) // len(line) + 1))
