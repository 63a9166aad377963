"""Prints the dmasafe/v1 fingerprint of each result of a SARIF log, or of
each finding of a dmasafe baseline, one a line, as `RULE FILE FINGERPRINT`
(for comparing two runs, or a baseline with a log)."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as stream:
    log = json.load(stream)
if "dmasafe-baseline" in log:
    for finding in log["findings"]:
        print(finding["rule"], finding["file"], finding["fingerprint"])
    sys.exit(0)
for result in log["runs"][0]["results"]:
    where = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    print(result["ruleId"], where, result["partialFingerprints"]["dmasafe/v1"])
