"""Fuzzing the whole engine: whatever the bytes, extraction returns a sound record or refuses cleanly.

The engine promises that nothing raises on any input except an `ExtractionError` (a
clear one-line refusal), and that every record it returns is sound:

- it serialises to JSON and validates back as a `Record`, giving the same JSON;
- no value is a float (money and shares are `Decimal`, serialised as strings);
- every provenance span (values and findings) lies inside the document text, on an
  existing page, and its excerpt is the text at that span.

Inputs: random Unicode text; random French-looking token soup built from the genre's
vocabulary (« Entre », « Vu le décret », « € », tabs, « Article », « Fait à », AE/CP,
years…); the two seeds (read from ``../shared/seeds``) with random mutations (lines
deleted, duplicated or swapped, digits replaced, tabs dropped, random text or bytes
inserted, truncation); random bytes, some with a PDF/DOCX/HTML signature; and a seed
rendered as PDF and DOCX then corrupted. Long repetitive inputs (one 60 KB « sentence »
of percentages, amounts, dates…) must also be read in bounded time: a rule that rescans
the rest of the text for each match turns a garbage upload into minutes of CPU.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
import re
import signal
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from pydantic import BaseModel

from conventio.extraction import ExtractionError, Record, extract_bytes
from conventio.extraction.readers import read_document
from tests.conftest import DJEPVA, FAST13


def fuzz(examples: int) -> settings:
    """Hypothesis settings sized so the whole module runs in well under a minute."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# The genre's vocabulary, in pieces: the fuzzer glues them in random order.
TOKENS = (
    "Entre", "Et", "Vu", "Vu le décret", "le décret n°", "2004-1085", "du", "14 octobre 2004", "€", " €", "euros",
    " ", " ", " ", "\t", "\t", "\n", "\n", "\n\n", "\r\n", "\f", "«", "»", "« le délégant »", "« le délégataire »",
    "Article", "Article 1 :", "Article 6 : Durée", "Fait à", "Fait à Paris, le", ", le", "Paris", "AE", "CP",
    "AE-2023", "CP-2024", "2023", "2024", "1999", "Programme", "programme", "352", "163", "0352", "UO", "(UO)",
    "Centre financier", "0352-CFSE-CFIN", "163-CDJE-STET", "Domaine fonctionnel", "Activité(s)", "0163 50 01 01 01",
    "Centre de coût", "Références Chorus :", "Représentée par", "représentée par :", "Ci-après dénommée",
    "délégant", "délégataire", "co-délégataires", "partenaire-délégataire", "la DINUM", "(DINUM)", "DJEPVA",
    "La Direction", "interministérielle", "Adresse :", "préavis de", "trois", "mois", "prend fin le", "jusqu'au",
    "30 juin", "1er", "janvier", "février", "31/12/2024", "29/02/2023", "00/00/0000", "%", "50", "50 %", "100",
    "-", "–", ",", ".", ":", ";", "/", "(", ")", "Total", "Total 2020-2024", "Annexe 1 :", "Objectifs :", "Budget",
    "**", "__", "Pour le directeur", "Le délégataire,", "000", "1,499,618.60€", "250 000 €", "4 410 626,88 €",
    "220 000 euros", "0,00", "1.000.000,00", "999999999999999999999", "avenant n° 2", "Convention de délégation",
    "Convention du", "de gestion", "Préambule", "Il a été convenu ce qui suit :", "résiliation", "tranche",
    "versés dès la signature", "bilan de mi-parcours", "CBCM", "comptable assignataire", "NOR", "JORF n°",
    "\u00a0", "\u202f", "\u200b", "\ufeff", "’", "'", "\"", "•", "¹", "é", "É", "0", "1", "2", "3", "7", "9",
)  # fmt: skip
# Any character but controls (other than layout ones): random text the sniffer takes for text.
PRINTABLE = st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\t\n\r\f"))
FRENCHISH = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=600).map("".join)
MAGIC_PREFIXES = (b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body>", b"<!DOCTYPE html>", b"\xef\xbb\xbf", b"\xff\xfe")


# --------------------------------------------------------------------------- the properties


def _no_float(value: str) -> Any:
    raise AssertionError(f"a JSON number with a fraction ({value}) in the record: amounts must be Decimal strings")


def _walk_python(value: Any, path: str = "record") -> None:
    """No float anywhere in the record; every Decimal finite."""
    assert not isinstance(value, float), f"{path} is a float ({value!r})"
    if isinstance(value, Decimal):
        assert value.is_finite(), f"{path} is not a finite Decimal ({value!r})"
    elif isinstance(value, BaseModel):
        for name, item in value.__dict__.items():
            _walk_python(item, f"{path}.{name}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _walk_python(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk_python(item, f"{path}[{key!r}]")


def _spans(tree: Any, path: str = "record") -> list[tuple[str, dict[str, Any]]]:
    """Every serialised `Span` in the record (provenance of values, tables, findings…)."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(tree, dict):
        if {"start", "end", "excerpt"} <= tree.keys():
            found.append((path, tree))
        for key, item in tree.items():
            found.extend(_spans(item, f"{path}.{key}"))
    elif isinstance(tree, list):
        for index, item in enumerate(tree):
            found.extend(_spans(item, f"{path}[{index}]"))
    return found


def assert_sound(record: Record, data: bytes) -> None:
    """The record round-trips through JSON, holds no float, and its spans point into the text."""
    assert isinstance(record, Record)
    payload = record.model_dump_json()
    again = Record.model_validate_json(payload)
    assert again.model_dump_json() == payload, "the record does not survive a JSON round trip unchanged"
    tree = json.loads(payload, parse_float=_no_float)
    _walk_python(record)

    text = read_document(data).text
    assert record.source.characters == len(text)
    pages = record.source.pages
    for path, span in _spans(tree):
        start, end = span["start"], span["end"]
        assert 0 <= start <= end <= len(text), f"{path} = [{start}, {end}) is outside the text (length {len(text)})"
        if span.get("page") is not None:
            assert 1 <= span["page"] <= pages, f"{path} is on page {span['page']} of {pages}"
        excerpt = span["excerpt"]
        if excerpt:
            passage = text[start:end]
            assert excerpt == passage or (excerpt.endswith("…") and passage.startswith(excerpt[:-1])), (
                f"{path}: excerpt {excerpt[:60]!r} is not the text at [{start}, {end}): {passage[:60]!r}"
            )
    for finding in record.findings:
        assert finding.message.strip(), "a finding without a message"


def _event(label: str) -> None:
    """Count outcomes in ``--hypothesis-show-statistics`` (how many inputs reached the extractors)."""
    if currently_in_test_context():
        event(label)


def extract_or_refuse(data: bytes) -> Record | None:
    """Only an `ExtractionError` may escape; any returned record must be sound."""
    try:
        record = extract_bytes(data, name="fuzz.bin")
    except ExtractionError as error:
        assert str(error).strip(), f"{type(error).__name__} without a message"
        _event(f"refused: {type(error).__name__}")
        return None
    _event("extracted")
    assert_sound(record, data)
    return record


# --------------------------------------------------------------------------- (a) random text


@fuzz(600)
@given(text=st.one_of(st.text(max_size=3000), st.text(PRINTABLE, max_size=3000), FRENCHISH))
@example(text="")
@example(text="\n\f\n")
@example(text="Fait à Paris, le")
@example(text="\tAE\tCP\n2023\t\t\n2024\t-\t-")
@example(text="Programme\tAE-2023\tCP-2023\n163\t1,499,618.60€\t999999999999999999999,99 €")
@example(text="Entre\n\nEt\n\nVu\n\nArticle 1 :\n\nFait à , le 31/02/2023\n\n" * 3)
def test_random_text_gives_a_sound_record_or_a_clean_refusal(text: str) -> None:
    extract_or_refuse(text.encode("utf-8"))


# --------------------------------------------------------------------------- (b) mutated seeds


@functools.cache
def _seed_lines(name: str) -> tuple[str, ...]:
    path = {"fast13": FAST13, "djepva": DJEPVA}[name]
    if not path.is_file():
        pytest.fail(f"seed missing: {path} (../shared is expected beside the repository)")
    return tuple(path.read_text(encoding="utf-8").split("\n"))


MUTATIONS = ("delete", "duplicate", "swap", "digits", "drop_tabs", "tabs_to_spaces", "insert_text", "insert_tokens")


@st.composite
def mutated_seeds(draw: st.DrawFn) -> bytes:
    lines = list(_seed_lines(draw(st.sampled_from(("fast13", "djepva")))))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=8)):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        if mutation == "delete":
            count = draw(st.integers(1, 20))
            del lines[index : index + count]
        elif mutation == "duplicate":
            count = draw(st.integers(1, 20))
            lines[index:index] = lines[index : index + count]
        elif mutation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], line
        elif mutation == "digits":
            digit = draw(st.sampled_from("0123456789"))
            scope = range(len(lines)) if draw(st.booleans()) else [index]
            for position in scope:
                lines[position] = re.sub(r"\d", digit, lines[position])
        elif mutation == "drop_tabs":
            lines = [item.replace("\t", "") for item in lines]
        elif mutation == "tabs_to_spaces":
            lines = [item.replace("\t", " " * draw(st.integers(1, 3))) for item in lines]
        elif mutation == "insert_text":
            cut = draw(st.integers(0, len(line)))
            lines[index] = line[:cut] + draw(st.one_of(st.text(max_size=40), FRENCHISH)) + line[cut:]
        else:
            lines.insert(index, draw(FRENCHISH))
    data = "\n".join(lines).encode("utf-8")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 4)) == 0:
        cut = draw(st.integers(0, len(data)))
        noise = draw(st.binary(min_size=1, max_size=16))
        if draw(st.booleans()):  # NUL makes the sniffer refuse the file: keep going past it half the time
            noise = noise.replace(b"\x00", b"\x01")
        data = data[:cut] + noise + data[cut:]
    return data


@fuzz(500)
@given(data=mutated_seeds())
def test_mutated_seeds_give_a_sound_record_or_a_clean_refusal(data: bytes) -> None:
    extract_or_refuse(data)


def test_the_seeds_themselves_give_sound_records() -> None:
    for name in ("fast13", "djepva"):
        data = "\n".join(_seed_lines(name)).encode("utf-8")
        assert extract_or_refuse(data) is not None, f"the {name} seed was refused"


# --------------------------------------------------------------------------- (c) random bytes


@fuzz(600)
@given(prefix=st.sampled_from(MAGIC_PREFIXES), body=st.binary(max_size=4096))
@example(prefix=b"", body=b"")
@example(prefix=b"", body=b"\x00" * 100)
@example(prefix=b"%PDF-1.7\n", body=b"")
@example(prefix=b"PK\x03\x04", body=b"\x00" * 26)
@example(prefix=b"\xef\xbb\xbf", body="Fait à Paris, le 1er juillet 2024".encode())
def test_random_bytes_only_ever_raise_extraction_errors(prefix: bytes, body: bytes) -> None:
    extract_or_refuse(prefix + body)


# --------------------------------------------------------------------------- (d) corrupted PDF and DOCX


@functools.cache
def _rendered(kind: str) -> bytes:
    builders = pytest.importorskip("tests.builders")
    text = "\n".join(_seed_lines("fast13"))
    return bytes(builders.build_pdf(text) if kind == "pdf" else builders.build_docx(text))


@st.composite
def corrupted_documents(draw: st.DrawFn) -> bytes:
    data = bytearray(_rendered(draw(st.sampled_from(("pdf", "docx")))))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(("truncate", "overwrite", "insert", "delete")))
        at = draw(st.integers(0, len(data)))
        if action == "truncate":
            del data[max(at, 8) :]
        elif action == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=64))
            data[at : at + len(chunk)] = chunk
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[at : at + draw(st.integers(1, 512))]
    return bytes(data)


@fuzz(200)
@given(data=corrupted_documents())
def test_corrupted_pdf_and_docx_only_ever_raise_extraction_errors(data: bytes) -> None:
    extract_or_refuse(data)


def test_the_rendered_seed_reads_back_before_corruption() -> None:
    """The corrupted-document fuzz starts from documents the engine does read."""
    for kind in ("pdf", "docx"):
        record = extract_or_refuse(_rendered(kind))
        assert record is not None, f"the seed rendered as {kind} was refused"
        assert record.source.format == kind
        assert record.terms.signature_date is not None
        assert record.terms.signature_date.value == datetime.date(2023, 7, 27)


# --------------------------------------------------------------------------- (e) bounded time on long inputs

# A 17 KB convention takes a few milliseconds and these 60 KB inputs well under 0.2 s; the
# budget is fifty times that, so a loaded CI machine never trips it while a quadratic rule
# (minutes on such input) always does. Speed itself is measured by the benchmark.
TIME_BUDGET_SECONDS = 10.0
LONG_SIZE = 60_000


class TooSlow(BaseException):
    """Raised by the timer; a BaseException so that no « never raise » guard swallows it."""


@contextlib.contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Interrupt the extraction after `seconds` (SIGALRM: main thread, POSIX; else unbounded)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TooSlow(f"{what}: extraction still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _long(unit: str) -> str:
    return unit * (LONG_SIZE // len(unit.encode("utf-8")) + 1)


LONG_INPUTS = {
    "percentages": _long("50% "),
    "percentages-released": _long("50 % versés à la signature, "),
    "french-amounts": _long("250 000 € "),
    "english-amounts": _long("1,499,618.60€\t"),
    "amount-table-rows": _long("163\t" + "1,499,618.60€\t" * 10 + "\n"),
    "digits": _long("1"),
    "digit-groups": _long("1 000 "),
    "dates": _long("27/07/2023 "),
    "written-dates": _long("1er juillet 2024 "),
    "fait-a": _long("Fait à Paris, le "),
    "guillemets": _long("« "),
    "visas": _long("Vu le décret n° 2004-1085 du 14 octobre 2004 "),
    "articles": _long("Article 1 : "),
    "entre-et": _long("Entre\n\nEt\n\n"),
    "represented": _long("Représentée par "),
    "dashes": _long("- "),
    "one-word": _long("a"),
    "capitals": _long("ABCD EFGH "),
    "signatories": _long("Pour le directeur\n"),
    "annex-items": _long("Annexe 1 : Objectifs\n- **Budget 2024** : 1 805 000 €\n"),
    "chorus-lines": _long("Centre financier\t0352-CFSE-CFIN\n"),
    "tranche-words": _long("tranche "),
    "ae-cp": _long("AE CP "),
    "years": _long("2023 "),
    "notice": _long("préavis de trois mois "),
    "parentheses": _long("("),
    "tabs-and-words": _long("Programme\tAE\t"),
}


@pytest.mark.parametrize("name", sorted(LONG_INPUTS))
def test_long_repetitive_input_is_read_in_bounded_time(name: str) -> None:
    data = LONG_INPUTS[name].encode("utf-8")
    started = time.perf_counter()
    with time_budget(TIME_BUDGET_SECONDS, name):
        extract_or_refuse(data)
    assert time.perf_counter() - started < TIME_BUDGET_SECONDS


@settings(fuzz(25), phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking: a try may take 3 s
@given(unit=FRENCHISH.filter(lambda unit: unit.strip() != ""))
def test_long_repetitions_of_random_vocabulary_are_read_in_bounded_time(unit: str) -> None:
    data = _long(unit).encode("utf-8")
    with time_budget(TIME_BUDGET_SECONDS, f"{unit[:40]!r} repeated"):
        extract_or_refuse(data)
