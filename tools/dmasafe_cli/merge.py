"""`dmasafe merge OUT IN...`: one report from the reports of several runs,
the shards of a CI matrix (`--shard K/N`) or the jobs of a GitLab
`parallel:` run. What IN is decides what OUT is:

  SARIF logs         -> one SARIF log, one run (for one code-scanning upload)
  plist files/dirs   -> a directory of every plist (names kept unique)
  HTML report dirs   -> a directory of every report-*.html and an index.html
  GitLab reports     -> one code-quality report (a JSON array)
  baselines          -> one baseline of every recorded finding

Exit 1 when the merged report has findings (the gate of a sharded run),
0 when it has none (and always for baselines), 2 on an error."""
import glob
import json
import os
import shutil
import sys

from . import baseline, html_index, sarif
from .errors import EXIT_CLEAN, EXIT_FINDINGS, DmasafeError, UsageError
from .files import make_dir, write_json
from .reports import plist_diagnostic_count


def add_arguments(parser):
    parser.add_argument("output", metavar="OUT", help="the merged report (file or directory)")
    parser.add_argument("inputs", metavar="IN", nargs="+",
                        help="reports of dmasafe runs: all SARIF, all plist, all HTML "
                             "directories, all GitLab reports or all baselines")


def run(args, trailing, toolchain):
    if trailing:
        raise UsageError("dmasafe merge takes no compiler arguments")
    kinds = {}
    for name in args.inputs:
        kinds.setdefault(kind_of(name), []).append(name)
    if len(kinds) > 1:
        raise UsageError("cannot merge different kinds of report: " + "; ".join(
            f"{kind}: {', '.join(names)}" for kind, names in sorted(kinds.items())))
    kind, names = next(iter(kinds.items()))
    found = MERGERS[kind](args.output, names)
    print(f"dmasafe: merged {len(names)} {kind} report{'s' if len(names) != 1 else ''} "
          f"into {args.output}: {found} finding{'s' if found != 1 else ''}", file=sys.stderr)
    return EXIT_FINDINGS if found and kind != "baseline" else EXIT_CLEAN


def kind_of(path):
    if os.path.isdir(path):
        if glob.glob(os.path.join(path, "*.plist")):
            return "plist"
        if glob.glob(os.path.join(path, "report-*.html")) or \
                os.path.isfile(os.path.join(path, "index.html")):
            return "html"
        raise DmasafeError(f"{path} holds no plist or HTML reports")
    if path.endswith(".plist"):
        return "plist"
    data = _json(path)
    if isinstance(data, dict) and "runs" in data:
        return "sarif"
    if isinstance(data, dict) and "dmasafe-baseline" in data:
        return "baseline"
    if isinstance(data, list):
        return "gitlab"
    raise DmasafeError(f"{path} is not a SARIF log, a plist, an HTML report directory, a "
                       "GitLab code-quality report or a dmasafe baseline")


def merge_sarif(output, names):
    log = sarif.merge_logs([_json(name) for name in names], names)
    sarif.write(log, output)
    return len(log["runs"][0]["results"])


def merge_plist(output, names):
    files = []
    for name in names:
        files += sorted(glob.glob(os.path.join(name, "*.plist"))) if os.path.isdir(name) \
            else [name]
    make_dir(output)
    found, used = 0, set()
    for path in files:
        stem, number = os.path.basename(path)[:-len(".plist")], 1
        target = os.path.join(output, stem + ".plist")
        while target in used:
            number += 1
            target = os.path.join(output, f"{stem}-{number}.plist")
        used.add(target)
        if os.path.abspath(target) != os.path.abspath(path):
            shutil.copyfile(path, target)
        found += plist_diagnostic_count(target)
    return found


def merge_html(output, names):
    make_dir(output)
    for name in names:
        for path in glob.glob(os.path.join(name, "report-*.html")):
            target = os.path.join(output, os.path.basename(path))
            if not os.path.exists(target):
                shutil.copyfile(path, target)   # the same name is the same report
    html_index.write(os.path.abspath(output))
    return len(html_index.reports(output))


def merge_gitlab(output, names):
    issues, seen = [], set()
    for name in names:
        for issue in _json(name):
            if issue.get("fingerprint") not in seen:
                seen.add(issue.get("fingerprint"))
                issues.append(issue)
    write_json(output, issues)
    return len(issues)


def merge_baselines(output, names):
    return baseline.merge_files(names, output)


MERGERS = {"sarif": merge_sarif, "plist": merge_plist, "html": merge_html,
           "gitlab": merge_gitlab, "baseline": merge_baselines}


def _json(path):
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except OSError as err:
        raise DmasafeError(f"cannot read {path}: {err.strerror}") from err
    except ValueError as err:
        raise DmasafeError(f"{path} is not JSON: {err}") from err


