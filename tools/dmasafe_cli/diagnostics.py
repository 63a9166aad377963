"""Recognises findings in the diagnostics that clang and clang-tidy print.

A finding is a warning or error tagged with a checker name in brackets:
`[dmasafe.InFlightAccess]`, `[core.NullDereference]` from the analyzer,
`[dmasafe-...]` or `[clang-analyzer-...]` from clang-tidy. Compiler warnings
(`[-Wunused-variable]`) are shown but are not findings."""
import re

_FINDING = re.compile(
    r"^(?P<location>.+?:\d+:\d+): (?:warning|error): (?P<message>.*) "
    r"\[(?P<checker>(?!-W)[A-Za-z][\w-]*(?:\.[\w.-]+|-[\w.-]+))(?:,[^\]]*)?\]$")


def findings(text):
    """(location, checker, message) of each finding in `text`."""
    result = []
    for line in text.splitlines():
        match = _FINDING.match(line)
        if match:
            result.append((match["location"], match["checker"], match["message"]))
    return result


def is_tidy_finding(checker):
    return checker.startswith(("dmasafe-", "clang-analyzer-"))
