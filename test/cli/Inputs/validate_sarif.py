"""Checks SARIF logs as GitHub code scanning would take them, three ways:

1. the SARIF 2.1.0 JSON schema, the copy in the npm package of Microsoft's
   SARIF multitool (scripts/install-deps.sh installs it; never a copy in
   this repository), with python3-jsonschema;
2. what code scanning needs beyond the schema: one run, driver dmasafe with
   a version, rules with short and full descriptions and a help link,
   relative URIs under originalUriBaseIds, a fingerprint per result;
3. with --multitool: `sarif-multitool validate` with its SARIF and GitHub
   (GH1xxx) rules; any error, or any GitHub-rule result, fails.

Prints `valid: FILE (N results)` per file; exits 1 with the reasons."""
import json
import os
import subprocess
import sys

import jsonschema

PACKAGE = os.path.join("@microsoft", "sarif-multitool", "node_modules", "@microsoft",
                       "sarif-multitool-linux", "sarif-2.1.0.json")


def schema_path():
    root = subprocess.run(["npm", "root", "-g"], capture_output=True, text=True).stdout.strip()
    for candidate in (os.path.join(root, PACKAGE),
                      os.path.join(root, "@microsoft", "sarif-multitool-linux",
                                   "sarif-2.1.0.json")):
        if os.path.isfile(candidate):
            return candidate
    sys.exit("no SARIF schema from npm's @microsoft/sarif-multitool: run scripts/install-deps.sh")


def code_scanning_problems(log):
    problems = []
    runs = log.get("runs", [])
    if len(runs) != 1:
        return [f"{len(runs)} runs, code scanning wants one per tool and category"]
    run = runs[0]
    driver = run["tool"]["driver"]
    if driver.get("name") != "dmasafe" or not driver.get("version"):
        problems.append(f"driver {driver.get('name')!r} version {driver.get('version')!r}")
    for rule in driver.get("rules", []):
        for key in ("shortDescription", "fullDescription"):
            if not rule.get(key, {}).get("text"):
                problems.append(f"rule {rule.get('id')} has no {key}")
        if not rule.get("helpUri"):
            problems.append(f"rule {rule.get('id')} has no helpUri")
        if "Print callbacks" in json.dumps(rule):
            problems.append(f"rule {rule.get('id')} has clang's debug checker description")
    bases = run.get("originalUriBaseIds", {})
    for result in run.get("results", []):
        if not result.get("partialFingerprints", {}).get("dmasafe/v1"):
            problems.append(f"result {result.get('ruleId')} has no partialFingerprints")
        rule_index = result.get("ruleIndex")
        if rule_index is None or driver["rules"][rule_index]["id"] != result.get("ruleId"):
            problems.append(f"result {result.get('ruleId')} has a wrong ruleIndex")
        for location in result.get("locations", []) + result.get("relatedLocations", []):
            artifact = location["physicalLocation"]["artifactLocation"]
            base = artifact.get("uriBaseId")
            if base is None or base not in bases or artifact["uri"].startswith(("file:", "/")):
                problems.append(f"location {artifact} is not relative to originalUriBaseIds")
    return problems


def multitool_problems(paths):
    out = os.path.join(os.path.dirname(os.path.abspath(paths[0])), "multitool.sarif")
    # The tool itself, not npm's shell wrapper, which would split "Sarif;Gh".
    tool = os.path.join(os.path.dirname(schema_path()), "Sarif.Multitool")
    done = subprocess.run([tool, "validate", "--rule-kind", "Sarif;Gh",
                           "--log", "ForceOverwrite", "-o", out] + paths, capture_output=True, text=True)
    if not os.path.isfile(out):
        return [f"sarif-multitool did not run: {done.stdout}{done.stderr}"]
    with open(out, encoding="utf-8") as stream:
        report = json.load(stream)
    problems = []
    for run in report.get("runs", []):
        for result in run.get("results", []):
            rule = result.get("ruleId", "")
            if result.get("level") == "error" or rule.startswith("GH"):
                problems.append(f"{rule}: {result.get('message', {}).get('text', '')}"
                                f" {json.dumps(result.get('message', {}).get('arguments', []))}")
    return problems


def main(argv):
    multitool = "--multitool" in argv
    paths = [a for a in argv if a != "--multitool"]
    with open(schema_path(), encoding="utf-8") as stream:
        schema = json.load(stream)
    validator = jsonschema.validators.validator_for(schema)(schema)
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            log = json.load(stream)
        problems = [f"schema: {e.message} at {'/'.join(map(str, e.absolute_path))}"
                    for e in validator.iter_errors(log)]
        problems += code_scanning_problems(log)
        for problem in problems:
            print(f"invalid: {path}: {problem}")
        failed = failed or bool(problems)
        if not problems:
            count = sum(len(run.get("results", [])) for run in log.get("runs", []))
            print(f"valid: {os.path.basename(path)} ({count} results)")
    if multitool and not failed:
        problems = multitool_problems(paths)
        for problem in problems:
            print(f"invalid (sarif-multitool): {problem}")
        failed = bool(problems)
        if not problems:
            print("sarif-multitool: no errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
