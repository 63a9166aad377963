"""Function prototypes read from C headers, without a compiler.

Vendor SDK headers cannot be compiled alone (they need a device header, a
board configuration, a toolchain), but their prototypes are regular: this
reads every top-level `ret name(params);` declaration (and the prototype of
a `static inline` definition), after comments, preprocessor lines and
attribute macros are gone. Each parameter keeps its type text and name, so
a model entry's indices can be checked against the real header.
"""
import re
from dataclasses import dataclass, field

_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
_PREPROC = re.compile(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", re.M)
# __STATIC_INLINE, NRFX_STATIC_INLINE, __attribute__((...)), __weak ...
_NOISE = re.compile(r"\b__attribute__\s*\(\(.*?\)\)|\b(?:__STATIC_INLINE|__STATIC_FORCEINLINE|"
                    r"NRFX_STATIC_INLINE|NRF_STATIC_INLINE|static|inline|__inline|extern|"
                    r"__weak|__WEAK|IRAM_ATTR)\b")
_PROTO = re.compile(r"([A-Za-z_][\w\s\*]*?[\s\*])([A-Za-z_]\w*)\s*\(([^;{}()]*(?:\([^()]*\)[^;{}()]*)*)\)\s*[;{]")


@dataclass
class Param:
    type: str   # "uint8_t *", "nrfx_spim_t const *", "uint32_t"
    name: str

    @property
    def is_pointer(self):
        return "*" in self.type or "[" in self.name

    @property
    def is_function_pointer(self):
        return "(" in self.type


@dataclass
class Prototype:
    name: str
    result: str
    params: list = field(default_factory=list)
    header: str = ""


def _split_params(text):
    depth, cur, out = 0, "", []
    for ch in text:
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    if cur.strip():
        out.append(cur)
    return [p.strip() for p in out]


def _param(text):
    text = " ".join(text.split())
    if "(" in text:  # function pointer: void (*cb)(int)
        m = re.search(r"\(\s*\*\s*(\w+)\s*\)", text)
        return Param(text, m.group(1) if m else "")
    m = re.match(r"(.*?)(\w+)\s*((?:\[[^\]]*\])*)$", text)
    if not m or not m.group(1).strip():
        return Param(text, "")  # unnamed: "void" or "uint8_t *"
    type_text = m.group(1).strip() + ("*" if m.group(3) else "")
    return Param(type_text, m.group(2) + m.group(3))


def read_prototypes(text, header=""):
    """Every function declared or defined at file scope in `text`."""
    text = _COMMENT.sub(" ", text)
    text = _PREPROC.sub(" ", text)
    text = _NOISE.sub(" ", text)
    found = {}
    for m in _PROTO.finditer(text):
        result, name, params = " ".join(m.group(1).split()), m.group(2), m.group(3)
        if result.split()[-1] in ("return", "else", "if", "while", "for", "switch", "sizeof"):
            continue
        if name in ("if", "while", "for", "switch", "return", "sizeof"):
            continue
        plist = [_param(p) for p in _split_params(params)]
        if len(plist) == 1 and plist[0].type in ("void", ""):
            plist = []
        found.setdefault(name, Prototype(name, result, plist, header))
    return list(found.values())
