"""--format gitlab: a GitLab code-quality report (the JSON array that a job
publishes as `artifacts: reports: codequality:`), made from the findings in
the analyzer's text output. Each issue's fingerprint is the finding's
dmasafe/v1 fingerprint (fingerprint.py), so GitLab tells new findings of a
merge request from old ones as code scanning does; paths are relative to
the source root (the top of the checkout), as GitLab expects."""
from . import fingerprint
from .files import write_json


def issues(findings, source_root):
    """The code-quality issues of `findings` (fingerprint.Finding), one per
    finding reached once."""
    fingerprints, seen, result = fingerprint.Fingerprinter(source_root), set(), []
    for found in findings:
        if found.key() in seen:
            continue     # the same finding in a header, reached from two files
        seen.add(found.key())
        result.append({
            "type": "issue",
            "check_name": found.rule,
            "description": found.message,
            "categories": ["Bug Risk"],
            "severity": "major",
            "fingerprint": fingerprints(found),
            "location": {"path": fingerprints.relative_path(found.path),
                         "lines": {"begin": found.line}},
        })
    return result


def write(destination, findings, source_root):
    write_json(destination, issues(findings, source_root), indent=1)
