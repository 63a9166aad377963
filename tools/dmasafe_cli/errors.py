"""Errors that end a dmasafe command, and the exit statuses it promises."""

EXIT_CLEAN = 0       # analysis ran and found nothing
EXIT_FINDINGS = 1    # analysis ran and reported at least one problem
EXIT_ERROR = 2       # usage error, or a tool could not run / failed


class DmasafeError(Exception):
    """Printed as one line, `dmasafe: error: <message>`, then exit 2."""


class UsageError(DmasafeError):
    """The command line is wrong; the message says how to get help."""
