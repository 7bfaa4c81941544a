"""The ``conventio`` command line.

One entry point with subcommands, so that later tools (ingest, reminders, Chorus
imports, the web server) join as ``conventio <command>`` beside ``extract``. The
``extract`` command needs only the pure-Python engine; a subcommand that needs
Django must import it inside its handler so that extraction stays Django-free (a test
runs ``conventio extract`` and checks that Django was never imported).

``conventio extract PATH…`` reads files and folders and prints one result per file.
Folders are walked recursively; their files are taken in path order; hidden entries
(names starting with ``.``), folder symlinks and non-regular files (FIFOs, sockets,
devices) inside them are skipped. Bad input never produces a traceback: each file the
engine refuses or the system cannot read gets one ``conventio: <file>: <message>``
line on stderr, and the run goes on with the other files.

Exit codes: 0 when every file was extracted; 1 with ``--strict`` when some record has
an error-level finding; 2 when some input could not be read or extracted (or the
command line is wrong). 2 wins over 1.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn, TextIO

import yaml

from conventio.extraction.engine import extract_bytes
from conventio.extraction.errors import ExtractionError
from conventio.extraction.labels import to_labels
from conventio.extraction.readers import read_file
from conventio.extraction.record import Record, Severity
from conventio.extraction.summary import summarise


PROG = "conventio"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2


# ------------------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class Input:
    """A file to extract; `shown` is the path as the operator will recognise it."""

    path: Path
    shown: str


@dataclass(frozen=True)
class Failure:
    """An input that could not even be listed or opened (or, when not `fatal`, a mere notice)."""

    shown: str
    message: str
    fatal: bool = True


def _clean(text: str) -> str:
    """One printable line: no newlines, no undecodable file-name bytes."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return " ".join(text.split())


def _os_message(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> list[Input | Failure]:
    """Every regular, non-hidden file under `folder`, in path order, and what could not be listed."""
    found: list[Input | Failure] = []

    def unreadable(error: OSError) -> None:
        found.append(Failure(str(error.filename or folder), _os_message(error)))

    for directory, subdirectories, files in os.walk(folder, onerror=unreadable):
        subdirectories[:] = [name for name in subdirectories if not _is_hidden(name)]
        base = Path(directory)
        for name in files:
            if _is_hidden(name):
                continue
            path = base / name
            try:
                mode = path.stat().st_mode
            except OSError as error:  # a dangling symlink, a file removed meanwhile
                found.append(Failure(str(path), _os_message(error)))
                continue
            if stat.S_ISREG(mode):
                found.append(Input(path, str(path)))
    # Every entry is under `folder`, so the order of path components is the path order.
    return sorted(found, key=lambda item: Path(item.shown).parts)


def iter_inputs(arguments: Sequence[str]) -> Iterator[Input | Failure]:
    """Expand the command-line paths into files to extract and failures to report."""
    for argument in arguments:
        path = Path(argument)
        try:
            mode = path.stat().st_mode
        except OSError as error:
            yield Failure(argument, _os_message(error))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path) or [Failure(argument, "no file to extract", fatal=False)]
        elif stat.S_ISREG(mode):
            yield Input(path, argument)
        else:
            yield Failure(argument, "not a regular file")


# ----------------------------------------------------------------------------- formats

Renderer = Callable[[Record, bool], str]
# `yaml.safe_dump`'s dumper, with libyaml's C emitter when PyYAML was built with it (3x faster).
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def render_json(record: Record, pretty: bool) -> str:
    return record.model_dump_json(indent=2 if pretty else None) + "\n"


def render_labels(record: Record, pretty: bool) -> str:
    labels = to_labels(record)
    if pretty:
        return json.dumps(labels, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(labels, ensure_ascii=False, separators=(",", ":")) + "\n"


def render_yaml(record: Record, pretty: bool) -> str:
    # JSON mode first: amounts become strings and dates ISO strings, exactly as in the
    # JSON output; several records form one YAML stream of documents (« --- »).
    data = record.model_dump(mode="json")
    return yaml.dump(data, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, explicit_start=not pretty)


def render_summary(record: Record, pretty: bool) -> str:
    return summarise(record)


FORMATS: dict[str, Renderer] = {
    "json": render_json,
    "labels": render_labels,
    "yaml": render_yaml,
    "summary": render_summary,
}
# Between two records of a multi-file run: JSON Lines and YAML streams need nothing.
SEPARATORS = {"summary": "\n"}


# ----------------------------------------------------------------------------- extract


class _Reporter:
    """Prints results and error lines, and remembers what the exit code must be."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.failed = False
        self.with_errors = False
        self.printed = 0

    def fail(self, shown: str, message: str, *, fatal: bool = True) -> None:
        self.failed = self.failed or fatal
        self.err.write(f"{PROG}: {_clean(shown)}: {_clean(message) or 'unreadable'}\n")
        self.err.flush()

    def result(self, text: str, separator: str) -> None:
        if self.printed and separator:
            self.out.write(separator)
        self.out.write(text)
        self.out.flush()  # one record at a time: `| head -1` gets it at once
        self.printed += 1

    def exit_code(self, strict: bool) -> int:
        if self.failed:
            return EXIT_UNREADABLE
        if strict and self.with_errors:
            return EXIT_FINDINGS
        return EXIT_OK


def _extract_one(item: Input, reporter: _Reporter, debug: bool) -> Record | None:
    """Extract one file; every failure becomes one stderr line and None."""
    try:
        # `read_file` refuses a file over the size limit without reading it.
        return extract_bytes(read_file(item.path), name=_clean(item.path.name))
    except ExtractionError as error:
        reporter.fail(item.shown, str(error) or type(error).__name__)
    except OSError as error:
        reporter.fail(item.shown, _os_message(error))
    except MemoryError:
        reporter.fail(item.shown, "not enough memory to extract this file")
    except Exception as error:  # the engine must never raise; if it does, say so and go on
        if debug:
            traceback.print_exc(file=reporter.err)
        reporter.fail(
            item.shown, f"internal error while extracting ({type(error).__name__}: {error}); please report it"
        )
    return None


def command_extract(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    render = FORMATS[options.format]
    separator = SEPARATORS.get(options.format, "")
    # One file named on the command line: a readable document. Anything else (several
    # paths, a folder): one compact item per file, so that the output can be streamed.
    pretty = len(options.paths) == 1 and not Path(options.paths[0]).is_dir()
    reporter = _Reporter(out, err)
    try:
        for item in iter_inputs(options.paths):
            if isinstance(item, Failure):
                reporter.fail(item.shown, item.message, fatal=item.fatal)
                continue
            record = _extract_one(item, reporter, options.debug)
            if record is None:
                continue
            if any(finding.severity == Severity.ERROR for finding in record.findings):
                reporter.with_errors = True
            reporter.result(render(record, pretty), separator)
    except BrokenPipeError:
        # The reader went away (`conventio extract … | head -1`): stop quietly, and keep
        # the interpreter from failing again when it flushes stdout at exit.
        _silence_stdout()
    return reporter.exit_code(options.strict)


# ------------------------------------------------------------ commands that need Django
# Django is imported inside these handlers only: ``conventio extract`` never loads it.

DEMO_ADDRESS = "127.0.0.1:8000"


def _setup_django() -> None:
    """Configure Django like ``manage.py`` does: DJANGO_SETTINGS_MODULE, else the development settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def _run_django(err: TextIO, steps: Callable[[], int]) -> int:
    """Run `steps` with Django set up; a refused command or a configuration error is one line, exit 2 (or its own)."""
    try:
        from django.core.exceptions import ImproperlyConfigured

        try:
            _setup_django()
        except ImproperlyConfigured as error:
            err.write(f"{PROG}: configuration: {error}\n")
            return EXIT_UNREADABLE
        from django.core.management.base import CommandError
        from django.db import DatabaseError

        try:
            return steps()
        except CommandError as error:
            err.write(f"{PROG}: {error}\n")
            return error.returncode or EXIT_UNREADABLE
        except DatabaseError as error:
            err.write(f"{PROG}: base de données indisponible ou non migrée ({_clean(str(error))})\n")
            return EXIT_UNREADABLE
    finally:
        err.flush()


def command_remind(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def steps() -> int:
        from django.core.management import call_command

        call_command("remind", date=options.date, dry_run=options.dry_run, stdout=out, stderr=err)
        return EXIT_OK

    return _run_django(err, steps)


def _migrate_and_load_demo(options: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0, stdout=out, stderr=err)
    call_command("demo", shared=options.shared, stdout=out, stderr=err)


def command_demo(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def steps() -> int:
        _migrate_and_load_demo(options, out, err)
        return EXIT_OK

    return _run_django(err, steps)


def command_serve(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    def steps() -> int:
        from django.core.management import call_command

        if options.no_demo:
            call_command("migrate", interactive=False, verbosity=0, stdout=out, stderr=err)
        else:
            _migrate_and_load_demo(options, out, err)
        base = f"http://{options.address}/"
        out.write(
            f"\nconventio démarre sur {base} (serveur de développement Django, base SQLite par défaut).\n"
            f"Connexion : {base}connexion/\n"
        )
        if not options.no_demo:
            from conventio.register import demo

            accounts = " ou ".join(account.username for account in demo.ACCOUNTS)
            out.write(f"Identifiant : {accounts} — mot de passe : {demo.DEMO_PASSWORD}\n")
        out.write("Arrêt : Ctrl+C.\n\n")
        out.flush()
        call_command("runserver", options.address, use_reloader=False)
        return EXIT_OK

    return _run_django(err, steps)


def command_ingest(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``conventio ingest PATH…``: the ``ingest`` management command's work, exit 0 / 1 (usage) / 2 (refused)."""

    def steps() -> int:
        from conventio.register.management.commands.ingest import ingest_paths

        return ingest_paths(options.paths, username=options.user, register=options.register, out=out, err=err)

    return _run_django(err, steps)


def command_import_chorus(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``conventio import-chorus FILE``: exit 0 imported, 1 file refused, 2 unreadable input or unknown user."""

    def steps() -> int:
        from conventio.budget.management.commands.import_chorus import run

        return run(
            options.file,
            username=options.user,
            as_json=options.json,
            progress=options.progress,
            out=out,
            err=err,
            pending=options.pending,
        )

    return _run_django(err, steps)


def command_execution_report(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``conventio execution-report CONVENTION``: exit 0 written, 1 refused (no ledger, no access), 2 bad input."""

    def steps() -> int:
        from conventio.budget.management.commands.execution_report import run

        return run(
            options.convention,
            fmt=options.fmt,
            output=options.output,
            username=options.user,
            on=options.date,
            out=out,
            err=err,
        )

    return _run_django(err, steps)


def _usage_error_exits_1(parser: argparse.ArgumentParser) -> None:
    """``conventio ingest`` exits 1 for a wrong command line (2 means: some file was refused)."""

    def error(message: str) -> NoReturn:
        parser.print_usage(sys.stderr)
        parser.exit(1, f"{parser.prog}: error: {message}\n")

    known = parser.parse_known_args

    def parse_known_args(args: Any = None, namespace: Any = None) -> Any:
        # Unknown options would otherwise reach the main parser, which exits 2.
        parsed, extras = known(args, namespace)
        if extras:
            error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras

    parser.error = error  # type: ignore[method-assign]
    parser.parse_known_args = parse_known_args  # type: ignore[method-assign]


def _add_django_commands(commands: Any) -> None:
    remind = commands.add_parser(
        "remind",
        help="daily job (cron): apply due status changes, then e-mail deadline reminders",
        description=(
            "Apply the status changes the calendar makes due (entry into force, expiry, termination), then "
            "e-mail each deadline's reminder to the people concerned, once. Idempotent. Exit 0 when done, "
            "1 when some e-mails failed (retried at the next run), 2 for a wrong command line or configuration."
        ),
    )
    remind.add_argument("--date", help="run as if on this day (YYYY-MM-DD; default: today)")
    remind.add_argument("--dry-run", action="store_true", help="change and send nothing; say what would be sent")
    remind.set_defaults(handler=command_remind)

    demo = commands.add_parser(
        "demo",
        help="migrate the database and load the demo register (development settings)",
        description="Migrate the database, then load the demo register: both seed conventions, one invented "
        "avenant, two demo accounts. Idempotent.",
    )
    demo.add_argument("--shared", type=Path, default=None, help="shared folder holding seeds/ (default: ../shared)")
    demo.set_defaults(handler=command_demo)

    serve = commands.add_parser(
        "serve",
        help="migrate, load the demo register, then run the development server (what `make run` does)",
        description="Migrate the database, load the demo register, then start Django's development server. "
        "For production, use gunicorn (see the README).",
    )
    serve.add_argument("address", nargs="?", default=DEMO_ADDRESS, help=f"ADDRESS:PORT (default {DEMO_ADDRESS})")
    serve.add_argument("--shared", type=Path, default=None, help="shared folder holding seeds/ (default: ../shared)")
    serve.add_argument("--no-demo", action="store_true", help="do not load the demo register")
    serve.set_defaults(handler=command_serve)

    ingest = commands.add_parser(
        "ingest",
        help="store convention documents as ingestions waiting for an agent's review",
        description=(
            "Read each file (folders are walked recursively) and store it as an ingestion waiting for review; "
            "one line per file: en attente de relecture <url>, déjà déposé, or refusé <reason>. With --register, "
            "register each new document at once (bulk loading of documents already reviewed elsewhere; the audit "
            "trail records that no human reviewed it). Exit 0 when every file was stored, 2 when some file was "
            "refused or could not be registered, 1 for a wrong command line (unknown user)."
        ),
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    ingest.add_argument("--user", metavar="USERNAME", help="acting user (default: the system, « système »)")
    ingest.add_argument(
        "--register", action="store_true", help="register each new document at once, without human review"
    )
    ingest.set_defaults(handler=command_ingest)
    _usage_error_exits_1(ingest)

    chorus = commands.add_parser(
        "import-chorus",
        help="import a Chorus extraction (CSV or XLSX) of engagements and payments into the ledgers",
        description=(
            "Read a Chorus extraction (CSV « ; » with decimal comma, cp1252 or UTF-8; or XLSX), match each line to a "
            "convention by its imputation, and reconcile EJ and DP numbers with the ledgers: new ones are recorded, "
            "changed amounts become withdrawals, complements or reversals, lines that would break a ceiling are "
            "refused and listed. All or nothing per file; re-importing the same file changes nothing. Prints the "
            "reconciliation report. Exit 0 when imported, 1 when the file was refused (missing column, unreadable "
            "line), 2 when it cannot be read at all or the user is unknown."
        ),
    )
    chorus.add_argument("file", metavar="FILE", nargs="?", help="the extraction (CSV or XLSX)")
    chorus.add_argument(
        "--pending", action="store_true", help="run the imports uploaded on the web page that wait or were interrupted"
    )
    chorus.add_argument("--user", metavar="USERNAME", help="acting user (default: the system, « système »)")
    chorus.add_argument("--json", action="store_true", help="print the stored report as JSON")
    shown = chorus.add_mutually_exclusive_group()
    shown.add_argument("--progress", dest="progress", action="store_true", default=None, help="always draw the bar")
    shown.add_argument("--no-progress", dest="progress", action="store_false", help="never draw the progress bar")
    chorus.set_defaults(handler=command_import_chorus)

    report = commands.add_parser(
        "execution-report",
        help="write a convention's end-of-term execution report (PDF or XLSX, in French)",
        description=(
            "Write the execution report the délégataire owes the délégant for one convention, named by its id or its "
            "reference (NOR): figures per year and in total from the ledger, engagements, payments, corrections, "
            "alerts, objectives, restes à payer, and a blank for the progress of the work. Exit 0 when written, "
            "1 when refused (budget follow-up not opened, or the user may not see the convention), 2 for a wrong "
            "input (unknown convention or user, bad date) or a file that cannot be written."
        ),
    )
    report.add_argument("convention", metavar="CONVENTION", help="convention id or reference (NOR)")
    report.add_argument("--format", dest="fmt", choices=("pdf", "xlsx"), default="pdf", help="pdf (default) or xlsx")
    report.add_argument("-o", "--output", metavar="FILE", help="file to write (default: named after the convention)")
    report.add_argument("--user", metavar="USERNAME", help="render as this agent, who must see the convention")
    report.add_argument("--date", help="date of the report, YYYY-MM-DD (default: today)")
    report.set_defaults(handler=command_execution_report)


# ---------------------------------------------------------------------------- plumbing


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file descriptor (tests)
        pass


def _utf8_streams() -> None:
    """JSON and YAML are UTF-8 by definition; never crash on a non-UTF-8 locale."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors="backslashreplace")


def _version() -> str:
    try:
        return metadata.version("conventio")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Register and execution tracker of conventions de délégation de gestion.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="extract structured records from convention documents (PDF, DOCX, HTML, text)",
        description=(
            "Extract a structured record from each file. Folders are walked recursively, files in path "
            "order, hidden entries skipped. One file: a pretty document; several files or a folder: one "
            "item per line (JSON Lines) or per YAML document. Exit 0 when every file was extracted, 1 with "
            "--strict when a record has an error-level finding, 2 when some input could not be read."
        ),
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    extract.add_argument(
        "--format",
        choices=tuple(FORMATS),
        default="json",
        help="json: the full record (default); labels: the flat labels view; yaml: the record as YAML; "
        "summary: a French summary for budget officers",
    )
    extract.add_argument("--strict", action="store_true", help="exit 1 when any record has an error-level finding")
    extract.add_argument("--debug", action="store_true", help="print the traceback of internal errors")
    extract.set_defaults(handler=command_extract)
    _add_django_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``conventio`` script; returns the exit code."""
    _utf8_streams()
    options = build_parser().parse_args(argv)
    try:
        code: int = options.handler(options, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
