"""Prints the dmasafe/v1 fingerprint of each result of a SARIF log, one a
line, as `RULE FILE FINGERPRINT` (for comparing two runs)."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as stream:
    log = json.load(stream)
for result in log["runs"][0]["results"]:
    where = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    print(result["ruleId"], where, result["partialFingerprints"]["dmasafe/v1"])
