"""One SARIF 2.1.0 log per dmasafe invocation, fit for code scanning.

clang writes one log per file, each with a run whose driver is "clang", whose
plugin rules carry a wrong description and whose URIs are absolute. GitHub
code scanning rejects several runs of one tool and category, shows the
rule's own descriptions and help, and matches results across commits by
partialFingerprints. So dmasafe rewrites them into one run:

- driver `dmasafe` with its version; each rule with the short and full
  description and help of its page in docs/checks/ (clang's own checkers
  keep clang's text and links);
- URIs relative to a base in `originalUriBaseIds`: SRCROOT, the source
  root, or outside it the git checkout around the file (source_bases.py);
  only a file in no checkout keeps an absolute file: URI;
- clang's codeFlows (the path notes) kept; the note where the transfer
  started also as a relatedLocation;
- `partialFingerprints["dmasafe/v1"]` from fingerprint.py;
- the files that were not analyzed, and why, as tool notifications.

merge_logs() joins such logs (per-shard outputs) into one run again."""
import json
import os
import re
import urllib.parse

from . import fingerprint
from .errors import DmasafeError
from .files import write_json
from .source_bases import SOURCE_ROOT_ID

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = SOURCE_ROOT_ID
# | [dmasafe.X](X.md) | `dmasafe-x` | reports | : the last cell is the text.
_TABLE_ROW = re.compile(r"^\|\s*\[(?P<id>[\w.]+)\]\((?P<page>[\w.-]+\.md)\)\s*\|(?:[^|]*\|)*?"
                        r"\s*(?P<text>[^|]*?)\s*\|$")
_MARKUP = re.compile(r"\*\*|`|\[([^\]]*)\]\([^)]*\)")


class RuleDocs:
    """The descriptions and help of the dmasafe checkers, from docs/checks:
    the README table's line (short), the page's **Reports** paragraph (full)
    and the page itself (help, as markdown)."""

    def __init__(self, docs_dir, docs_url=""):
        self.dir = os.path.join(docs_dir, "checks")
        self.url = docs_url.rstrip("/")
        self.short = {}
        self.pages = {}
        try:
            with open(os.path.join(self.dir, "README.md"), encoding="utf-8") as stream:
                for line in stream:
                    match = _TABLE_ROW.match(line.strip())
                    if match:
                        self.short[match["id"]] = _plain(match["text"])
                        self.pages[match["id"]] = match["page"]
        except OSError:
            pass

    def information_uri(self):
        page = os.path.join(self.dir, "README.md")
        return f"{self.url}/README.md" if self.url else _file_uri(page)

    def rule(self, rule_id, clang_rule):
        if not rule_id.startswith("dmasafe."):
            rule = {k: v for k, v in clang_rule.items() if k != "defaultConfiguration"}
            rule.setdefault("id", rule_id)
            if "fullDescription" in rule and "shortDescription" not in rule:
                rule["shortDescription"] = rule["fullDescription"]
            if "help" not in rule:
                # Code scanning requires a help text (sarif-multitool's GH2012).
                text = rule.get("fullDescription", {}).get("text", rule_id)
                link = f" See {rule['helpUri']}" if "helpUri" in rule else ""
                rule["help"] = {"text": text + "." * (not text.endswith(".")) + link}
            return rule
        page = self.pages.get(rule_id, rule_id.split(".", 1)[1] + ".md")
        path = os.path.join(self.dir, page)
        markdown = _read(path)
        if markdown is None:
            raise DmasafeError(f"no documentation page {path} for checker {rule_id}: every "
                               "dmasafe checker needs one (docs/checks/README.md)")
        full = _reports_paragraph(markdown) or self.short.get(rule_id, rule_id)
        short = self.short.get(rule_id) or full.split(". ")[0]
        return {
            "id": rule_id, "name": rule_id.split(".", 1)[1],
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "help": {"text": full, "markdown": markdown},
            "helpUri": f"{self.url}/{page}" if self.url else _file_uri(path),
            "defaultConfiguration": {"level": "warning"},
        }


class LogBuilder:
    """Collects clang's per-file SARIF logs into one dmasafe run, without
    the findings whose Finding.key() is in `leave_out` (those a baseline
    suppressed; they are still numbered, so that the others keep their
    fingerprints)."""

    def __init__(self, version, docs, source_root, leave_out=None):
        self.version = version
        self.docs = docs
        self.root = os.path.realpath(source_root)
        self.rules, self.rule_index = [], {}
        self.results, self._seen = [], set()
        self.notifications = []
        self._fingerprints = fingerprint.Fingerprinter(self.root)
        self.leave_out = leave_out or set()
        self.left_out = 0

    def add_clang_log(self, path):
        log = _load_clang_log(path)
        for run in log.get("runs", []):
            rules = run.get("tool", {}).get("driver", {}).get("rules", [])
            by_id = {r.get("id"): r for r in rules}
            for result in run.get("results", []):
                rule_id = result.get("ruleId", "clang")
                self._add_result(result, self._rule(rule_id, by_id.get(rule_id, {})))

    def add_not_analyzed(self, file, reason):
        self.notifications.append({
            "level": "warning",
            "descriptor": {"id": "dmasafe.NotAnalyzed"},
            "message": {"text": f"{file} was not analyzed: {reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": self._artifact(file)}}],
        })

    def add_note(self, text):
        """A notification about the whole run (what a baseline left out)."""
        self.notifications.append({"level": "note", "descriptor": {"id": "dmasafe.Baseline"},
                                   "message": {"text": text}})

    def log(self, successful=True):
        return new_log(self.version, self.docs.information_uri(),
                       self._fingerprints.bases.used(), self.rules, self.results,
                       self.notifications, successful)

    def _rule(self, rule_id, clang_rule):
        if rule_id not in self.rule_index:
            self.rule_index[rule_id] = len(self.rules)
            self.rules.append(self.docs.rule(rule_id, clang_rule))
        return self.rule_index[rule_id]

    def _add_result(self, result, rule_index):
        result = json.loads(json.dumps(result))
        result["ruleIndex"] = rule_index
        found = finding_of(result)
        if found.key() in self._seen:
            return   # the same finding in a header, reached from two files
        self._seen.add(found.key())
        digest = self._fingerprints(found)
        if found.key() in self.leave_out:
            self.left_out += 1
            return
        for location in _physical_locations(result):
            artifact = location.get("artifactLocation", {})
            location["artifactLocation"] = self._artifact(_path_of(artifact.get("uri", "")))
            _drop_invalid_end(location.get("region", {}))
        start = _start_note(result)
        if start is not None:
            result["relatedLocations"] = [{"id": 1, "message": dict(start["message"]),
                                           "physicalLocation": start["physicalLocation"]}]
        # Ours only, and last in the result whatever clang wrote: clang 22
        # emits fingerprints of its own, from paths of one machine.
        result.pop("partialFingerprints", None)
        result["partialFingerprints"] = {fingerprint.KEY: digest}
        self.results.append(result)

    def _artifact(self, path):
        where = self._fingerprints.bases.locate(path)
        if where is None:
            return {"uri": _file_uri(os.path.realpath(path))}
        base, relative = where
        return {"uri": urllib.parse.quote(relative), "uriBaseId": base}


def finding_of(result):
    """The Finding of a result of clang's own SARIF (absolute file: URIs)."""
    primary = _primary(result)
    region = primary.get("region", {})
    start = _start_note(result)
    if start is not None:
        where = start["physicalLocation"]
        start = (_path_of(where.get("artifactLocation", {}).get("uri", "")),
                 where.get("region", {}).get("startLine"))
    return fingerprint.Finding(
        rule=result.get("ruleId", ""),
        path=_path_of(primary.get("artifactLocation", {}).get("uri", "")),
        line=region.get("startLine"), column=region.get("startColumn"),
        message=result.get("message", {}).get("text", ""), start=start)


def clang_log_findings(path):
    """The Findings of one of clang's per-file SARIF logs."""
    log = _load_clang_log(path)
    return [finding_of(result) for run in log.get("runs", [])
            for result in run.get("results", [])]


def new_log(version, information_uri, bases, rules, results, notifications, successful):
    """`bases`: base id -> directory, SRCROOT among them."""
    run = {
        "tool": {"driver": {
            "name": "dmasafe", "version": version, "semanticVersion": version,
            "informationUri": information_uri, "rules": rules}},
        "originalUriBaseIds": {base: {"uri": _file_uri(directory).rstrip("/") + "/"}
                               for base, directory in bases.items()},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": successful,
                         "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write(log, destination):
    write_json(destination, log)


def merge_logs(logs, names):
    """One run from several dmasafe logs (the shards of one database). The
    shards may have run in checkouts in other directories (the machines of
    a CI matrix): their URIs are relative to their bases, so the first
    log's directory of each base stands for all."""
    rules, index, results, notifications, bases = [], {}, [], [], {}
    seen, version, successful, information_uri = set(), None, True, None
    for log, name in zip(logs, names):
        runs = log.get("runs") if isinstance(log, dict) else None
        if not runs or len(runs) != 1 or \
                runs[0].get("tool", {}).get("driver", {}).get("name") != "dmasafe":
            raise DmasafeError(f"{name} is not a SARIF log of one dmasafe run")
        run = runs[0]
        driver = run["tool"]["driver"]
        version = version or driver.get("version")
        information_uri = information_uri or driver.get("informationUri")
        for base, where in run.get("originalUriBaseIds", {}).items():
            if where.get("uri"):
                bases.setdefault(base, _path_of(where["uri"]).rstrip("/") or "/")
        local = driver.get("rules", [])
        for result in run.get("results", []):
            rule = local[result["ruleIndex"]] if "ruleIndex" in result else \
                {"id": result.get("ruleId")}
            if rule["id"] not in index:
                index[rule["id"]] = len(rules)
                rules.append(rule)
            key = (result.get("ruleId"), json.dumps(_primary(result), sort_keys=True),
                   result.get("message", {}).get("text"))
            if key in seen:
                continue
            seen.add(key)
            result["ruleIndex"] = index[rule["id"]]
            results.append(result)
        for invocation in run.get("invocations", []):
            successful = successful and invocation.get("executionSuccessful", True)
            notifications += invocation.get("toolExecutionNotifications", [])
    bases.setdefault(BASE_ID, os.getcwd())
    return new_log(version or "", information_uri, bases, rules, results,
                   notifications, successful)


def _load_clang_log(path):
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError) as err:
        raise DmasafeError(f"cannot read clang's SARIF log {path}: {err}") from err


def _physical_locations(result):
    for location in result.get("locations", []):
        if "physicalLocation" in location:
            yield location["physicalLocation"]
    for flow in result.get("codeFlows", []):
        for thread in flow.get("threadFlows", []):
            for step in thread.get("locations", []):
                where = step.get("location", {})
                if "physicalLocation" in where:
                    yield where["physicalLocation"]


def _drop_invalid_end(region):
    """clang 19 ends the range of a path note in a macro expansion at line 0
    (`"endLine": 0, "endColumn": 1`: pico-examples' ht16k33_i2c.c, with
    newlib's ctype.h macros), which the SARIF schema refuses (minimum 1);
    without an end the region is its start."""
    start_line, start_column = region.get("startLine", 1), region.get("startColumn", 1)
    end_line = region.get("endLine", start_line)
    if end_line < start_line or (end_line == start_line and
                                 region.get("endColumn", start_column) < start_column):
        region.pop("endLine", None)
        region.pop("endColumn", None)


def _primary(result):
    for location in result.get("locations", []):
        if "physicalLocation" in location:
            return location["physicalLocation"]
    return {}


def _start_note(result):
    """The path note where the reported transfer started (the last one
    before the finding, for a buffer started twice)."""
    found = None
    for flow in result.get("codeFlows", []):
        for thread in flow.get("threadFlows", []):
            for step in thread.get("locations", []):
                where = step.get("location", {})
                text = where.get("message", {}).get("text", "")
                if fingerprint.START_NOTE.search(text) and "physicalLocation" in where:
                    found = where
    return found


def _reports_paragraph(markdown):
    for paragraph in markdown.split("\n\n"):
        if paragraph.startswith("**Reports**"):
            return _plain(" ".join(paragraph.split()))
    return None


def _plain(text):
    return _MARKUP.sub(lambda m: m.group(1) if m.group(1) is not None else "", text).strip()


def _read(path):
    try:
        with open(path, encoding="utf-8") as stream:
            return stream.read()
    except OSError:
        return None


def _file_uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def _path_of(uri):
    parsed = urllib.parse.urlparse(uri)
    if parsed.scheme == "file":
        return urllib.parse.unquote(parsed.path)
    return urllib.parse.unquote(uri)
