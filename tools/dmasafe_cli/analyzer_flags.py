"""The clang driver flags that load the dmasafe analyzer plugin, choose the
checkers and pass their options."""

CHECKERS = "core,dmasafe"
MODEL_OPTION = "dmasafe.DmaModeling:ModelFiles"

# `clang --analyze` turns on its default checkers (unix, deadcode, security,
# nullability...) before ours. A dmasafe run reports core + dmasafe only, so
# the reporting ones are switched off; the modeling ones (malloc's heap
# regions, the C string functions) stay, since the DMA checks rely on them.
# A name clang does not know is an error, so the list follows the LLVM
# major: the four unix checkers of the second list are in 19 and 22, not in
# 14, 15 or 16 (still alpha or apiModeling there, so not on by default).
_DRIVER_DEFAULTS_OFF = [
    "deadcode", "security", "nullability",
    "unix.API", "unix.Malloc", "unix.MallocSizeof", "unix.MismatchedDeallocator",
    "unix.Vfork", "unix.cstring.BadSizeArg", "unix.cstring.NullArg",
]
_DRIVER_DEFAULTS_OFF_SINCE_19 = [
    "unix.BlockInCriticalSection", "unix.Errno", "unix.StdCLibraryFunctions", "unix.Stream",
]


# LLVM 22's core.FixedAddressDereference reports (and ends the path at)
# every access to a memory-mapped register block (`DMA1_Channel1->CCR`,
# `NRF_UARTE0->TASKS_STARTTX`): in firmware that is the hardware, not a bug,
# and nothing after the first register access would be checked.
_CORE_OFF_SINCE_22 = ["core.FixedAddressDereference"]


def driver_defaults_off(llvm_major):
    """The -analyzer-disable-checker list for the clang of `llvm_major`."""
    names = _DRIVER_DEFAULTS_OFF
    if not llvm_major or llvm_major >= 19:
        names = names + _DRIVER_DEFAULTS_OFF_SINCE_19
    if llvm_major and llvm_major >= 22:
        names = names + _CORE_OFF_SINCE_22
    return ",".join(names)


def checker_selection(enabled, llvm_major, disabled=()):
    """-Xclang flags that enable `enabled` and then switch off the driver's
    defaults and `disabled`. clang applies the flags in order and a later one
    wins: disabling before `-analyzer-checker=core` would turn
    core.FixedAddressDereference (LLVM 22) back on, and a checker asked for
    explicitly (unix.Malloc in a benchmark) stays on."""
    off = [name for name in driver_defaults_off(llvm_major).split(",") if name not in enabled]
    return xclang("-analyzer-checker=" + ",".join(enabled),
                  "-analyzer-disable-checker=" + ",".join(off + list(disabled)))


def xclang(*cc1_args):
    result = []
    for arg in cc1_args:
        result += ["-Xclang", arg]
    return result


# The engine's own settings dmasafe runs with. Firmware fills, copies and
# converts buffers in loops of a constant count before it starts a transfer
# (`for (i = 1; i < 8; i++) cmd[i] = 0;`); the analyzer ends a path where a
# loop reaches its visit bound (-analyzer-max-loop, 4), so a loop of more
# than 4 iterations hid everything after it. unroll-loops runs such a loop
# (a counter from a constant to a constant, at most 128 steps, not changed
# in the body) to its end. widen-loops would go past any loop, but it forgets
# every local on the way (`p = &h->State` in a polling wait no longer leads
# to the handle) and so turns a completed transfer into a report; it stays
# off (docs/guide.md, Loops).
ENGINE_CONFIG = [("unroll-loops", "true")]


def checker_options(model_files, options):
    """(name, value) pairs for -analyzer-config: the engine's settings, the
    models, then the user's --checker-option NAME=VALUE in their order (so
    theirs win)."""
    pairs = list(ENGINE_CONFIG)
    if model_files:
        pairs.append((MODEL_OPTION, ";".join(model_files)))
    pairs += options
    return pairs


def parse_checker_option(text):
    """(name, value) of CHECKER:OPTION=VALUE, or of an engine option
    (unroll-loops=false); clang rejects a name it does not know."""
    name, sep, value = text.partition("=")
    if not sep or not name:
        return None
    return name, value


def analyzer_args(plugin, extra_checkers, disabled_checkers, config_pairs, llvm_major):
    # Compatibility mode off: a misspelt --checker-option is an error
    # instead of being ignored without a word.
    args = xclang("-load", plugin, "-analyzer-config-compatibility-mode=false")
    args += checker_selection([CHECKERS] + extra_checkers, llvm_major, disabled_checkers)
    for name, value in config_pairs:
        args += xclang("-analyzer-config", f"{name}={value}")
    return args
