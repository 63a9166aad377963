#!/usr/bin/env python3
"""Writes a random C (or C++) program that mixes every modelled vendor API
(models/*.yaml), every annotation marker and the runtime API with hostile
C: casts, unions, VLAs, flexible array members, goto and computed goto,
setjmp/longjmp, recursion, function pointers, statement expressions and
other GNU extensions. The program is valid (clang compiles it) but its DMA
use is random, right or wrong: the front-ends must never crash, hang or fail
on it. Used by run.py; deterministic for a seed.

    generate.py --seed N --out DIR [--cxx]   -> DIR/prog.c (or prog.cpp),
                                                DIR/include/<vendor headers>
"""
import argparse
import glob
import os
import random

import yaml

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Functions annotated in the program itself, one per marker.
ANNOTATED_API = r"""
struct gen_port { int id; };
DMA_SUCCESS_RETURNS(0) int ann_start(struct gen_port *p DMA_HANDLE, const void *tx DMA_OWNED_TX, size_t n DMA_LEN);
DMA_SUCCESS_NONNEG int ann_start_rx(struct gen_port *p DMA_HANDLE, void *rx DMA_OWNED_RX, size_t n DMA_LEN_UNITS(2));
int ann_xfer(struct gen_port *p DMA_HANDLE, void *rx DMA_OWNED_RX DMA_LEN_ARG(4), const void *tx DMA_OWNED_TX DMA_LEN_ARG(4), size_t n);
DMA_RETURNS_HANDLE unsigned long ann_map(void *buf DMA_OWNED DMA_IN_RAM DMA_STABLE, size_t n DMA_LEN);
DMA_ARMS int ann_arm(struct gen_port *p DMA_HANDLE, void *rx DMA_OWNED_RX, size_t n DMA_LEN);
DMA_TRIGGERS void ann_trigger(struct gen_port *p DMA_HANDLE);
DMA_SUSPENDS void ann_suspend(struct gen_port *p DMA_HANDLE);
DMA_WAITS int ann_wait(struct gen_port *p DMA_HANDLE);
DMA_WAITS void ann_unmap(unsigned long h DMA_HANDLE);
DMA_ABORTS int ann_abort(struct gen_port *p DMA_HANDLE);
DMA_POLL_BUSY int ann_busy(struct gen_port *p DMA_HANDLE);
DMA_POLL_DONE int ann_done(struct gen_port *p DMA_HANDLE);
DMA_ERROR_TEST int ann_failed(struct gen_port *p DMA_HANDLE);
DMA_SIGNALS void ann_give(struct gen_port *p DMA_HANDLE);
DMA_WAITS_SIGNAL int ann_take(struct gen_port *p DMA_HANDLE);
DMA_CACHE_CLEAN void ann_clean(const void *a, size_t n DMA_LEN);
DMA_CACHE_INVALIDATE void ann_invalidate(void *a, size_t n DMA_LEN);
void ann_keep(void *buf DMA_STABLE DMA_IN_RAM);
static volatile int ann_flag DMA_COMPLETION_FLAG;
DMA_COMPLETION_CALLBACK void ann_done_cb(struct gen_port *p) { (void)p; ann_flag = 1; }
DMA_COMPLETION_CALLBACK_TX void ann_tx_cb(struct gen_port *p) { (void)p; ann_flag = 2; }
DMA_COMPLETION_CALLBACK_RX void ann_rx_cb(struct gen_port *p) { (void)p; ann_flag = 3; }
"""


def header_path(pattern):
    """A file name that the glob `pattern` of a model matches."""
    name = pattern.lstrip("*").replace("*", "x").replace("?", "a")
    while "[" in name:
        start = name.index("[")
        end = name.index("]", start)
        name = name[:start] + name[start + 1] + name[end + 1:]
    return name


class Vendor:
    """The model functions, grouped by the header that declares them."""

    def __init__(self, rng):
        self.functions = []  # (name, model entry)
        self.headers = {}    # header path -> [prototype]
        self.structs = []
        for path in sorted(glob.glob(os.path.join(ROOT, "models", "*.yaml"))):
            with open(path) as f:
                doc = yaml.safe_load(f)
            file_headers = doc.get("headers") or ["gen_vendor.h"]
            for entry in doc.get("functions") or []:
                if any(n == entry["name"] for n, _ in self.functions):
                    continue
                headers = entry.get("headers") or file_headers
                proto = self.prototype(entry)
                self.headers.setdefault(header_path(headers[0]), []).append(proto)
                self.functions.append((entry["name"], entry))

    def prototype(self, e):
        uses = {}  # param -> {"fields": {path: kind}, "kinds": set}

        def use(p, kind, field=""):
            u = uses.setdefault(p, {"fields": {}, "kinds": set()})
            if field:
                u["fields"][field] = kind
            else:
                u["kinds"].add(kind)

        handle = e.get("handle") or {}
        if "param" in handle:
            use(handle["param"], "handle")
        if "mask" in handle:
            use(handle["mask"], "int")
        for b in e.get("buffers") or []:
            use(b["param"], "buffer", b.get("field", ""))
            length = b.get("length") or {}
            if "param" in length:
                use(length["param"], "length", length.get("field", ""))
            d = b.get("direction")
            if isinstance(d, dict):
                use(d["param"], "int")
        if "trigger" in e:
            use(e["trigger"], "int")
        cb = e.get("callback")
        if cb:
            use(cb["param"], "callback", cb.get("field", ""))
        count = max(uses) + 1 if uses else 0
        params = []
        for p in range(count):
            u = uses.get(p, {"fields": {}, "kinds": {"int"}})
            params.append(self.param_type(e["name"], p, u))
        success = e.get("success") or {}
        if handle.get("return"):
            ret = "unsigned long"
        elif success.get("nonnull"):
            ret = "void *"
        else:
            ret = "int"
        e["_params"] = params
        e["_ret"] = ret
        decl = ", ".join("%s a%d" % (t, i) if "(*)" not in t else
                         t.replace("(*)", "(*a%d)" % i)
                         for i, t in enumerate(params)) or "void"
        return "%s %s(%s);" % (ret, e["name"], decl)

    def param_type(self, fn, p, u):
        if u["fields"]:
            tag = "gen_%s_%d" % (fn, p)
            self.structs.append(struct_for(tag, u["fields"]))
            return "struct %s *" % tag
        kinds = u["kinds"]
        if "buffer" in kinds:
            return "void *"
        if "callback" in kinds:
            return "void (*)(void *)"
        if "handle" in kinds:
            return "struct gen_handle *"
        if "length" in kinds:
            return "unsigned long"
        return "int"


def struct_for(tag, fields):
    """struct TAG with the (dotted) member paths of `fields`."""
    tree = {}
    for path, kind in fields.items():
        node = tree
        parts = path.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = kind

    def body(node, depth):
        out = []
        for name, kind in node.items():
            if isinstance(kind, dict):
                out.append("struct { %s } %s;" % (body(kind, depth + 1), name))
            elif kind == "buffer":
                out.append("void *%s;" % name)
            elif kind == "callback":
                out.append("void (*%s)(void *);" % name)
            else:
                out.append("unsigned %s;" % name)
        return " ".join(out)

    return "struct %s { int tag; %s };" % (tag, body(tree, 0))


class Program:
    def __init__(self, rng, vendor, cxx):
        self.rng = rng
        self.vendor = vendor
        self.cxx = cxx
        self.functions = []
        self.labels = 0

    # --- expressions -------------------------------------------------------
    def buffer(self):
        r = self.rng
        return r.choice([
            "g_tx", "g_rx", "s_buf", "(void *)&g_u.bytes[%d]" % r.randint(0, 3),
            "local", "&local[%d]" % r.randint(0, 15), "g_frame.data",
            "(unsigned char *)(uintptr_t)g_addr", "heap", "fam->data",
            "(void *)&g_words[1]", "(char *)g_tx + %d" % r.randint(0, 8),
            "*(&g_tx)", "(r ? g_tx : g_rx)", "g_ptrs[%d]" % r.randint(0, 1),
            "g_const", "\"literal\"" if not self.cxx else "(void *)g_const",
        ] + ([] if self.cxx else ["vla"]))

    def length(self):
        return self.rng.choice(["sizeof g_tx", "16", "n", "0", "4096", "(size_t)-1",
                                "sizeof local", "n * 2", "(unsigned short)n"])

    def handle(self):
        return self.rng.choice(["&g_h0", "&g_h1", "hp", "(struct gen_handle *)g_any"])

    def port(self):
        return self.rng.choice(["&g_p0", "&g_p1", "pp"])

    def arg(self, fn, i, t):
        r = self.rng
        if t.startswith("struct gen_") and t != "struct gen_handle *":
            return "&" + "d%d" % i
        if t == "void *":
            return "(void *)(%s)" % self.buffer()
        if t == "void (*)(void *)":
            return r.choice(["gen_cb", "0", "(void (*)(void *))gen_cb2"])
        if t == "struct gen_handle *":
            return self.handle()
        if t == "unsigned long":
            return "(unsigned long)(%s)" % self.length()
        return str(r.choice([0, 1, 2, 3, -1, "n", "r"]))

    def vendor_call(self):
        name, e = self.rng.choice(self.vendor.functions)
        pre = []
        args = []
        for i, t in enumerate(e["_params"]):
            if t.startswith("struct gen_") and t != "struct gen_handle *":
                tag = t[len("struct "):-2]
                pre.append("struct %s d%d; memset(&d%d, 0, sizeof d%d);" % (tag, i, i, i))
                for path, kind in self.fields_of(e, i):
                    if kind == "buffer":
                        pre.append("d%d.%s = (void *)(%s);" % (i, path, self.buffer()))
                    elif kind == "callback":
                        pre.append("d%d.%s = gen_cb;" % (i, path))
                    else:
                        pre.append("d%d.%s = (unsigned)(%s);" % (i, path, self.length()))
            args.append(self.arg(name, i, t))
        call = "%s(%s)" % (name, ", ".join(args))
        form = self.rng.randint(0, 3)
        if form == 0 and e["_ret"] == "int":
            call = "if (%s != 0) return;" % call
        elif form == 1:
            call = "(void)%s;" % call
        elif form == 2 and e["_ret"] == "int":
            call = "while (%s) { }" % call
        else:
            call += ";"
        return "{ %s %s }" % (" ".join(pre), call)

    def fields_of(self, e, p):
        out = []
        for b in e.get("buffers") or []:
            if b["param"] == p and b.get("field"):
                out.append((b["field"], "buffer"))
            length = b.get("length") or {}
            if length.get("param") == p and length.get("field"):
                out.append((length["field"], "length"))
        cb = e.get("callback")
        if cb and cb["param"] == p and cb.get("field"):
            out.append((cb["field"], "callback"))
        return out

    def annotated_call(self):
        r = self.rng
        b, n, p = "(void *)(%s)" % self.buffer(), self.length(), self.port()
        return r.choice([
            "if (ann_start(%s, %s, %s) != 0) return;" % (p, b, n),
            "(void)ann_start_rx(%s, %s, %s);" % (p, b, n),
            "ann_xfer(%s, %s, (void *)(%s), %s);" % (p, b, self.buffer(), n),
            "{ unsigned long mh = ann_map(%s, %s); if (r) ann_unmap(mh); }" % (b, n),
            "ann_arm(%s, %s, %s); ann_trigger(%s);" % (p, b, n, p),
            "ann_suspend(%s);" % p, "ann_wait(%s);" % p, "ann_abort(%s);" % p,
            "while (ann_busy(%s)) { }" % p, "if (ann_done(%s)) n++;" % p,
            "if (ann_failed(%s)) return;" % p, "ann_give(%s);" % p,
            "if (ann_take(%s) == 0) n--;" % p, "ann_clean(%s, %s);" % (b, n),
            "ann_invalidate(%s, %s);" % (b, n), "ann_keep(%s);" % b,
            "while (!ann_flag) { }", "ann_flag = 0;", "ann_done_cb(%s);" % p,
        ])

    def runtime_call(self):
        r = self.rng
        b, n = "(void *)(%s)" % self.buffer(), self.length()
        return r.choice([
            "if (dmasafe_start_tx(&g_ch, %s, %s) != 0) return;" % (b, n),
            "(void)dmasafe_start_rx(&g_ch, %s, %s);" % (b, n),
            "dmasafe_start_copy(&g_ch, %s, (void *)(%s), %s);" % (b, self.buffer(), n),
            "dmasafe_wait(&g_ch);", "while (dmasafe_is_busy(&g_ch)) { }",
            "(void)dmasafe_abort(&g_ch);", "dmasafe_cache_clean(%s, %s);" % (b, n),
            "dmasafe_cache_invalidate(%s, %s);" % (b, n),
        ])

    def access(self):
        r = self.rng
        b = self.rng.choice(["g_tx", "g_rx", "local", "s_buf", "g_frame.data", "heap"])
        i = r.randint(0, 15)
        return r.choice([
            "%s[%d] = (unsigned char)n;" % (b, i), "n += %s[%d];" % (b, i),
            "memset(%s, 0, 8);" % b, "memcpy(g_tx, %s, 4);" % b,
            "printf(\"%%s\", (const char *)%s);" % b, "g_u.word = 0;",
            "n = g_u.bytes[%d];" % (i % 4), "g_words[%d] ^= 1u;" % (i % 4),
            "*(volatile unsigned *)(void *)%s = 0;" % b,
            "heap = (unsigned char *)realloc(heap, 64);",
        ])

    def statement(self, depth):
        r = self.rng
        kind = r.randint(0, 17 if depth < 3 else 5)
        if kind <= 1:
            return self.vendor_call()
        if kind == 2:
            return self.annotated_call()
        if kind == 3:
            return self.runtime_call()
        if kind <= 5:
            return self.access()
        if kind == 6:
            return "if (r %% %d) { %s } else { %s }" % (
                r.randint(2, 5), self.block(depth), self.block(depth))
        if kind == 7:
            return "for (int i = 0; i < %d; ++i) { %s }" % (r.randint(0, 4), self.block(depth))
        if kind == 8:
            return "switch (r) { case 0: %s break; case 1: %s default: break; }" % (
                self.block(depth), self.block(depth))
        if kind == 9:
            self.labels += 1
            l = "lbl%d" % self.labels
            return "%s: %s if (n-- > 0) goto %s;" % (l, self.block(depth), l)
        if kind == 10:
            # Only at the top of the body: an indirect goto may reach every
            # address-taken label, and none may be inside a nested scope.
            if depth:
                return self.access()
            self.labels += 1
            l = "cg%d" % self.labels
            return "tgt = &&%s; %s goto *tgt; %s: ;" % (l, self.block(depth), l)
        if kind == 11:
            return "if (setjmp(g_jmp) == 0) { %s longjmp(g_jmp, 1); }" % self.block(depth)
        if kind == 12:
            return "n += ({ int t = %d; %s t; });" % (r.randint(0, 9), self.block(depth))
        if kind == 13:
            return "if (depth > 0) %s(r, n, depth - 1, hp, pp);" % r.choice(self.functions or ["gen_f0"])
        if kind == 14:
            return "{ void (*fp)(int, size_t, int, struct gen_handle *, struct gen_port *) = %s; fp(r, n, 0, hp, pp); }" % r.choice(self.functions or ["gen_f0"])
        if kind == 15:
            return "{ __typeof__(g_tx[0]) t = __builtin_expect(g_tx[1], 0); n += t; }"
        if kind == 16:
            return "{ free(heap); heap = (unsigned char *)malloc(%s); if (!heap) return; }" % self.length()
        return "{ struct gen_flex *f2 = (struct gen_flex *)malloc(sizeof *f2 + 32); if (f2) { %s free(f2); } }" % self.block(depth)

    def block(self, depth):
        return " ".join(self.statement(depth + 1) for _ in range(self.rng.randint(0, 3)))

    def text(self):
        v = self.vendor
        out = ["/* generated by test/generator/generate.py */",
               "#include <setjmp.h>", "#include <stdint.h>", "#include <stdio.h>",
               "#include <stdlib.h>", "#include <string.h>",
               "#include <dmasafe/annotations.h>", "#include <dmasafe/dma.h>"]
        out += ['#include "%s"' % h for h in sorted(v.headers)]
        out.append(ANNOTATED_API)
        out.append("""
struct gen_handle g_h0, g_h1;
struct gen_port g_p0, g_p1;
void *g_any;
dmasafe_channel_t g_ch;
unsigned char g_tx[32], g_rx[32];
static const unsigned char g_const[16] = {1};
union gen_word { unsigned word; unsigned char bytes[4]; } g_u;
unsigned g_words[4];
struct gen_frame { int len; unsigned char data[24]; } g_frame;
struct gen_flex { int len; unsigned char data[]; } *g_fam;
unsigned char *g_ptrs[2] = {g_tx, g_rx};
uintptr_t g_addr;
unsigned char *heap;
jmp_buf g_jmp;
static volatile int g_done;
void gen_cb(void *arg) { (void)arg; g_done = 1; }
void gen_cb2(void *arg) { (void)arg; g_done = 2; }
""")
        count = self.rng.randint(2, 6)
        self.functions = ["gen_f%d" % i for i in range(count)]
        out += ["void gen_f%d(int r, size_t n, int depth, struct gen_handle *hp, "
                "struct gen_port *pp);" % i for i in range(count)]
        out += [self.function_body(i) for i in range(count)]
        return "\n".join(out) + "\n"

    def function_body(self, i):
        name = "gen_f%d" % i
        body = [self.statement(0) for _ in range(self.rng.randint(2, 9))]
        vla = "" if self.cxx else " unsigned char vla[n + 1]; (void)vla;"
        return ("void %s(int r, size_t n, int depth, struct gen_handle *hp, struct gen_port *pp) {\n"
                "  unsigned char local[16] = {0};%s\n"
                "  static unsigned char s_buf[32];\n"
                "  struct gen_flex *fam = g_fam;\n"
                "  void *tgt = 0;\n"
                "  (void)tgt; (void)local; (void)s_buf; (void)fam; (void)hp; (void)pp;\n  %s\n}\n" % (
                    name, vla, "\n  ".join(body)))


def write(seed, out, cxx):
    rng = random.Random(seed)
    vendor = Vendor(rng)
    inc = os.path.join(out, "include")
    for header, protos in vendor.headers.items():
        path = os.path.join(inc, header)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        guard = "GEN_" + "".join(c if c.isalnum() else "_" for c in header).upper()
        with open(path, "w") as f:
            f.write("#ifndef %s\n#define %s\n" % (guard, guard))
            f.write("#include \"gen_types.h\"\n")
            f.write("\n".join(protos) + "\n#endif\n")
    with open(os.path.join(inc, "gen_types.h"), "w") as f:
        f.write("#ifndef GEN_TYPES_H\n#define GEN_TYPES_H\nstruct gen_handle { int id; };\n")
        f.write("\n".join(sorted(set(vendor.structs))) + "\n#endif\n")
    program = Program(rng, vendor, cxx).text()
    path = os.path.join(out, "prog.cpp" if cxx else "prog.c")
    with open(path, "w") as f:
        f.write(program)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cxx", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    print(write(args.seed, args.out, args.cxx))


if __name__ == "__main__":
    main()
