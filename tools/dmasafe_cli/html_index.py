"""index.html for a directory of clang HTML reports: one row per report,
from the `<!-- BUGTYPE ... -->` comments clang writes into each (what
scan-build's index page shows), sorted by file and line."""
import glob
import html
import os
import re

from .errors import DmasafeError

_FIELD = re.compile(r"<!-- (BUGTYPE|BUGFILE|BUGLINE|BUGCOLUMN|BUGDESC|FUNCTIONNAME|BUGCATEGORY) "
                    r"(.*?) -->")


def reports(directory):
    rows = []
    for path in sorted(glob.glob(os.path.join(directory, "report-*.html"))):
        try:
            with open(path, encoding="utf-8", errors="replace") as stream:
                fields = dict(_FIELD.findall(stream.read(4096 * 16)))
        except OSError:
            continue
        fields["REPORT"] = os.path.basename(path)
        rows.append(fields)
    rows.sort(key=lambda f: (f.get("BUGFILE", ""), int(f.get("BUGLINE", "0") or 0)))
    return rows


def leave_out(directory, keys):
    """Removes the reports of the findings whose Finding.key() is in `keys`
    (those a baseline suppressed): the report names no checker, so its
    file, line, column and message decide."""
    places = {key[1:] for key in keys}
    for row in reports(directory):
        try:
            place = (os.path.realpath(row.get("BUGFILE", "")), int(row.get("BUGLINE", 0)),
                     int(row.get("BUGCOLUMN", 0)), html.unescape(row.get("BUGDESC", "")))
        except ValueError:
            continue
        if place in places:
            os.remove(os.path.join(directory, row["REPORT"]))


def write(directory):
    rows = reports(directory)
    cells = "".join(
        "<tr><td>{}</td><td>{}:{}</td><td>{}</td><td>{}</td>"
        "<td><a href=\"{}\">view</a></td></tr>\n".format(
            *(html.escape(row.get(k, "")) for k in
              ("BUGTYPE", "BUGFILE", "BUGLINE", "FUNCTIONNAME", "BUGDESC", "REPORT")))
        for row in rows)
    count = f"{len(rows)} finding{'s' if len(rows) != 1 else ''}"
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>dmasafe: {count}</title>
<style>body{{font-family:sans-serif}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}}</style></head>
<body><h1>dmasafe: {count}</h1>
<table><tr><th>bug type</th><th>location</th><th>function</th><th>description</th><th>report</th></tr>
{cells}</table></body></html>
"""
    try:
        with open(os.path.join(directory, "index.html"), "w", encoding="utf-8") as stream:
            stream.write(page)
    except OSError as err:
        raise DmasafeError(f"cannot write {directory}/index.html: {err.strerror}") from err
