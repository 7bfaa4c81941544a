"""Reading Chorus extractions (CSV and XLSX) into typed lines, one at a time.

Chorus restitutions come as CSV (``;``-separated, decimal comma, Windows-1252 or UTF-8
with or without BOM) or XLSX, with French headers that vary from one restitution to
the next (« N° EJ », « Numéro de pièce de la pièce de référence »…) and sometimes
« double columns » (a code and its label under one header, or « X CODE » beside « X »).
This module recognises the columns through an alias table (`ALIASES`, documented in
the README) compared accent-, case-, space- and punctuation-insensitively, finds the
header row (title lines above it are skipped), and yields one `ChorusRow` per data line
with amounts in integer cents and dates as `datetime.date`.

Nothing here touches the database. The file is never held in memory: CSV is decoded
and parsed as a stream (``csv`` module), XLSX read by openpyxl in read-only mode. A
file that cannot be read at all raises `UnreadableFile`; a file whose header lacks a
mandatory column raises `ChorusFileError`; a data line that cannot be read (bad
number, bad date, missing EJ) is yielded as a `LineError` naming the line and the
column, and the importer refuses the whole file.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import IO, Any


# ---------------------------------------------------------------------------- errors


class ChorusFileError(Exception):
    """The file is refused as a whole; `message` (French) says why, `errors` lists the bad lines."""

    exit_code = 1

    def __init__(self, message: str, *, errors: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.errors = list(errors)

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  - {error}" for error in self.errors)])


class UnreadableFile(ChorusFileError):
    """Not a CSV or XLSX file we can read at all (binary, unknown encoding, missing file)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class LineError:
    """One data line that cannot be read: the import of the file is refused."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"ligne {self.line}" + (f", colonne « {self.column} »" if self.column else "")
        return f"{where} : {self.message}"


# ------------------------------------------------------------------------- the columns
# Canonical field → the headers that mean it, most specific first (when two columns of
# one file mean the same field, the one whose header comes first here wins). Compared
# after `fold`: « N° EJ », « No EJ », « Numéro EJ » and « numero_ej » are one header.

ALIASES: dict[str, tuple[str, ...]] = {
    "ej": (
        "N° EJ",
        "N° engagement juridique",
        "Engagement juridique",
        "Numéro de pièce de la pièce de référence",
        "Numéro de la pièce précédente",
        "EJ",
    ),
    "ej_poste": ("N° poste EJ", "Poste EJ", "Numéro de poste de la pièce de référence"),
    "dp": ("N° DP", "N° demande de paiement", "Demande de paiement", "N° pièce de paiement", "DP"),
    "dp_poste": ("N° poste DP", "Poste DP"),
    "centre_financier": ("Centre financier", "CF"),
    "domaine_fonctionnel": ("Domaine fonctionnel", "DF"),
    "activite": ("Activité", "Référentiel de programmation", "Code activité"),
    "centre_cout": ("Centre de coûts", "Centre de coût", "Centre coût"),
    "fournisseur": ("Fournisseur", "Fournisseur payé (DP)", "fournisseur_nom", "Nom 1", "Tiers", "Raison sociale"),
    "fournisseur_code": ("fournisseur_code", "Code fournisseur"),
    "marche": ("Marché", "N° marché", "Bon de commande", "N° de contrat", "Contrat"),
    "libelle": ("libelle", "Libellé", "Texte", "Texte d'en-tête de pièce", "Désignation", "Objet"),
    "date": (
        "Date comptable",
        "date_operation",
        "Date de mise à jour comptabilité budgétaire",
        "Date d'opération",
        "Date pièce",
        "date_piece",
        "Date",
    ),
    "dp_date": ("Date de dernière opération sur la DP", "Date de paiement", "Date pièce de paiement"),
    "service_fait": ("Date de service fait", "Date service fait", "date_service_fait"),
    "exercice": ("Exercice comptable", "Exercice", "Année"),
    "type": ("type_mouvement", "Type de montant", "code_type_montant", "Type de mouvement"),
    "engaged": ("Montant engagé", "Montant de l'EJ", "Montant EJ", "Montant engagement", "montant_engage"),
    "invoiced": ("Montant facturé", "montant_facture"),
    "paid": ("Montant payé", "montant_paye"),
    "amount": (
        "montant",
        "Montant à contrôler en dev. transaction",
        "Montant à contrôler en devise trans.",
        "Montant à contrôler en devise transaction",
    ),
}

# How each field is named in error messages.
LABELS = {name: aliases[0] for name, aliases in ALIASES.items()}
LABELS.update(ej="N° EJ", dp="N° DP", amount="Montant", type="Type de montant")

_STOP_WORDS = frozenset({"de", "d", "du", "des", "la", "le", "l", "les", "en", "sur", "a", "au", "aux"})
_NUMBER_WORDS = frozenset({"n", "no", "num", "numero", "nr"})
_TOKENS = re.compile(r"[a-z0-9]+")


def fold(header: str) -> str:
    """The comparable form of a header: no accent, case, punctuation, article, plural or « N° » variant."""
    text = unicodedata.normalize("NFKD", header.replace("°", " numero ").replace("º", " numero "))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    words: list[str] = []
    for word in _TOKENS.findall(text):
        if word in _STOP_WORDS:
            continue
        if word in _NUMBER_WORDS:
            word = "numero"
        elif len(word) > 3 and word.endswith("s"):
            word = word[:-1]
        if words and words[-1] == word == "numero":
            continue
        words.append(word)
    return " ".join(words)


_FOLDED: dict[str, tuple[str, int]] = {}
for _name, _aliases in ALIASES.items():
    for _rank, _alias in enumerate(_aliases):
        _FOLDED.setdefault(fold(_alias), (_name, _rank))

MANDATORY = ("ej", "centre_financier", "date")
AMOUNT_FIELDS = ("engaged", "paid", "amount")


@dataclass
class Columns:
    """Where each field is in the rows of one file, and which headers were not used."""

    index: dict[str, int]
    label_index: dict[str, int]
    ignored: list[str]
    header: list[str]

    @property
    def journal(self) -> bool:
        """A journal (« Type de montant » column): each line is a movement to add up, not a state."""
        return "type" in self.index

    def missing(self) -> list[str]:
        absent = [name for name in MANDATORY if name not in self.index]
        if "date" in absent and "dp_date" in self.index:
            absent.remove("date")
        if not any(name in self.index for name in AMOUNT_FIELDS):
            absent.append("montant")
        return absent


def map_columns(header: list[Any]) -> Columns:
    """Recognise the columns of a header row, Chorus double columns included.

    A code and its label may come as « X CODE » beside « X » (in either order), as the
    same header twice (code first), or as « X » followed by a column with no header:
    the code column is the one used, the label only serves the supplier's name.
    """
    best: dict[str, tuple[int, int]] = {}  # field → (rank of its alias, column)
    labels: dict[str, int] = {}
    ignored: list[str] = []
    seen: dict[str, tuple[int, bool]] = {}  # folded header → (column, is a « CODE » column)
    previous: str | None = None
    texts = ["" if cell is None else " ".join(str(cell).split()) for cell in header]
    for position, text in enumerate(texts):
        folded = fold(text)
        if not folded:
            if previous is not None:
                labels.setdefault(previous, position)
            previous = None
            continue
        is_code = folded.endswith(" code")
        folded = folded.removesuffix(" code")
        found = _FOLDED.get(folded)
        if found is None:
            ignored.append(text)
            previous = None
            continue
        name, rank = found
        if folded in seen:
            first, first_is_code = seen[folded]
            if is_code and not first_is_code:
                # « X » came before « X CODE »: the earlier one is the label.
                labels.setdefault(name, first)
                seen[folded] = (position, True)
                if best.get(name, (rank, first))[1] == first:
                    best[name] = (rank, position)
            else:
                labels.setdefault(name, position)
            previous = None
            continue
        seen[folded] = (position, is_code)
        if not is_code and name in best and texts[best[name][1]] and fold(texts[best[name][1]]).endswith(" code"):
            # « fournisseur_code » then « fournisseur_nom »: another header of a field whose code is known.
            labels.setdefault(name, position)
            previous = None
            continue
        if name not in best or rank < best[name][0]:
            best[name] = (rank, position)
        previous = name
    return Columns({name: position for name, (_, position) in best.items()}, labels, ignored, texts)


# ------------------------------------------------------------------ values of the cells

CENT = Decimal("0.01")
_AMOUNT_JUNK = str.maketrans("", "", " \u00a0\u202f\u2009'€")
_DIGITS = re.compile(r"\d+")
_MAX_CENTS = 10**15  # 10 000 milliards d'euros: the ledger's own bound


_SIMPLE_AMOUNT = re.compile(r"(-?)(\d+(?: \d{3})*)(?:[,.](\d{1,2}))?")


def parse_amount(value: Any) -> int | None:
    """An amount in integer cents (None when the cell is empty); ValueError (French) when unreadable.

    French and English writings are read: « 1 234,56 », « 1.234,56 », « 1234.56 »,
    « 1,234.56 », « -12,5 », « 12,50- » (SAP trailing minus), « (12,50) »; more than two
    decimals is refused unless they are zeros (« 1.234 » is ambiguous: refused).
    """
    if type(value) is str:
        simple = _SIMPLE_AMOUNT.fullmatch(value)
        if simple is not None:
            sign, units, decimals = simple.groups()
            cents = int(units.replace(" ", "")) * 100 + (
                int(decimals) * (10 if len(decimals) == 1 else 1) if decimals else 0
            )
            if cents >= _MAX_CENTS:
                raise ValueError("montant trop grand")
            return -cents if sign else cents
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("montant illisible")
    if isinstance(value, int):
        cents = value * 100
    elif isinstance(value, float | Decimal):
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else value
            cents = int((number.quantize(CENT)) * 100)
        except (InvalidOperation, ValueError):
            raise ValueError("montant illisible") from None
    else:
        parsed = _parse_amount_text(str(value))
        if parsed is None:
            return None
        cents = parsed
    if abs(cents) >= _MAX_CENTS:
        raise ValueError("montant trop grand")
    return cents


def _parse_amount_text(text: str) -> int | None:
    text = text.strip()
    if not text or text in ("-", "#"):
        return None
    cleaned = text.translate(_AMOUNT_JUNK)
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1]
    if cleaned.startswith("-"):
        negative, cleaned = True, cleaned[1:]
    elif cleaned.startswith("+"):
        cleaned = cleaned[1:]
    commas, dots = cleaned.count(","), cleaned.count(".")
    if commas and dots:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal_mark == "," else ",", "")
    elif commas > 1:
        cleaned = cleaned.replace(",", "")
    elif dots > 1:
        cleaned = cleaned.replace(".", "")
    units, _, decimals = cleaned.replace(",", ".").partition(".")
    if not units:
        units = "0"
    if not units.isascii() or not units.isdigit() or (decimals and not (decimals.isascii() and decimals.isdigit())):
        raise ValueError(f"montant illisible « {text[:40]} »")
    if len(decimals) > 2:
        if decimals[2:].strip("0"):
            raise ValueError(f"montant à plus de deux décimales « {text[:40]} »")
        decimals = decimals[:2]
    if len(units) > 16:
        raise ValueError("montant trop grand")
    cents = int(units) * 100 + int(decimals.ljust(2, "0") or "0")
    return -cents if negative else cents


_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{5}")
_EMPTY_DATES = frozenset({"", "#", "00.00.0000", "00/00/0000", "0000-00-00"})


def parse_date(value: Any) -> datetime.date | None:
    """A date from « 27/07/2023 », « 27.07.2023 », « 2023-07-27 », « 20230727 » or an Excel serial number."""
    if type(value) is str:
        return _parse_date_text(value)
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        result = value.date()
    elif isinstance(value, datetime.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = _from_serial(value)
    else:
        return _parse_date_text(str(value))
    return _check_year(result)


@lru_cache(maxsize=8192)
def _parse_date_text(text: str) -> datetime.date | None:
    text = text.strip()
    if text in _EMPTY_DATES:
        return None
    try:
        if match := _DMY.fullmatch(text):
            day, month, year = (int(part) for part in match.groups())
            result = datetime.date(year + 2000 if year < 100 else year, month, day)
        elif match := _YMD.fullmatch(text):
            result = datetime.date(*(int(part) for part in match.groups()))
        elif match := _COMPACT.fullmatch(text):
            result = datetime.date(*(int(part) for part in match.groups()))
        elif _SERIAL.fullmatch(text):
            result = _from_serial(int(text))
        else:
            raise ValueError
    except ValueError:
        raise ValueError(f"date illisible « {text[:40]} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ)") from None
    return _check_year(result)


def _from_serial(number: float) -> datetime.date:
    if not 1 <= number < 2958466:
        raise ValueError(f"date illisible « {number} »")
    return _EXCEL_EPOCH + datetime.timedelta(days=int(number))


def _check_year(date: datetime.date) -> datetime.date:
    if not 1990 <= date.year <= 2100:
        raise ValueError(f"date hors des exercices possibles « {date:%d/%m/%Y} »")
    return date


def parse_year(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
    if not text.isdigit() or not 1990 <= int(text) <= 2100:
        raise ValueError(f"exercice illisible « {text[:20]} »")
    return int(text)


_SCIENTIFIC = re.compile(r"\d[.,]\d+E[+-]?\d+", re.IGNORECASE)


def parse_number(value: Any, what: str) -> str:
    """A piece number (EJ, DP, poste): digits or letters, at most 20 characters; '' when empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = "".join(str(value).split())
    if text in ("", "#"):
        return ""
    if _SCIENTIFIC.fullmatch(text):
        raise ValueError(f"numéro {what} illisible « {text} » (notation scientifique : le tableur l'a arrondi)")
    if len(text) > 20:
        raise ValueError(f"numéro {what} trop long « {text[:30]} »")
    if not _PIECE.fullmatch(text):
        raise ValueError(f"numéro {what} illisible « {text[:30]} »")
    return text


_PIECE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._/-]*")


def _text(value: Any, limit: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return "" if text == "#" else text[:limit]


# Imputation codes: the same code is written « BG00/0352-CFSE-CFIN », « 352-CFSE-CFIN »
# or « 0352-CFSE-CFIN Libellé » depending on the restitution; these give one form.
_CF = re.compile(r"(\d{3,4})-([A-Z0-9]{4})-([A-Z0-9]{4})")
_DF = re.compile(r"(\d{3,4})-(\d{2})(?:-(\d{2}))?")
_ACTIVITE = re.compile(r"\d{4}[0-9A-Z]{8}")
_ACTIVITE_ONLY = re.compile(r"[0-9A-Z ]{12,}")


@lru_cache(maxsize=65536)
def centre_financier(raw: str) -> str:
    """« BG00/0352-CFSE-CFIN », « 352-CFSE-CFIN » → « 0352-CFSE-CFIN » (other forms: upper-cased, unspaced)."""
    text = raw.strip().upper().rsplit("/", 1)[-1]
    match = _CF.search(text)
    if match:
        return f"{match.group(1).zfill(4)}-{match.group(2)}-{match.group(3)}"
    return "".join(text.split())


@lru_cache(maxsize=65536)
def domaine_fonctionnel(raw: str) -> str:
    """« 163-01 », « BG00/0163-01 » → « 0163-01 »; a sous-action keeps its third part."""
    text = raw.strip().upper().rsplit("/", 1)[-1]
    match = _DF.search(text)
    if match:
        programme, action, sub = match.groups()
        return f"{programme.zfill(4)}-{action}" + (f"-{sub}" if sub else "")
    return "".join(text.split())


@lru_cache(maxsize=65536)
def activite(raw: str) -> str:
    """« BG00/035200010101 », « 0352 0001 0101 » → « 035200010101 » (the last 12 characters of the code)."""
    text = raw.strip().upper().rsplit("/", 1)[-1].strip()
    if _ACTIVITE_ONLY.fullmatch(text):
        return "".join(text.split())[-12:]
    match = _ACTIVITE.search(text)
    if match:
        return match.group(0)
    return "".join(text.split())


@lru_cache(maxsize=65536)
def centre_cout(raw: str) -> str:
    """« AICDAIR075 », « BG00/AICDAIR075 Libellé » → « AICDAIR075 »."""
    parts = raw.strip().upper().rsplit("/", 1)[-1].split()
    return parts[0] if parts else ""


# ------------------------------------------------------------------ types of movement
# Journals (« Type de montant », or the `type_mouvement` of the project's own format):
# which lines change the AE of an EJ, which pay CP, which mean nothing for the ledger.

AE, CP, NONE = "ae", "cp", ""
_TYPE_CODES = {"100": AE, "150": AE, "600": AE, "650": AE, "200": NONE, "350": NONE, "500": NONE}
_TYPE_WORDS = {
    "engagement": AE,
    "original": AE,
    "engagement initial": AE,
    "modification": AE,
    "retrait": AE,
    "changement imputation emetteur": AE,
    "changement imputation recepteur": AE,
    "changement_imputation_emetteur": AE,
    "changement_imputation_recepteur": AE,
    "paiement": CP,
    "payement": CP,
    "reduction": NONE,
    "report": NONE,
    "report exercice suivant": NONE,
    "ajustement par piece suivante": NONE,
    "service fait": NONE,
    "service_fait": NONE,
}
_TYPE_FOLDED = {fold(word): effect for word, effect in _TYPE_WORDS.items()}
_LEADING_CODE = re.compile(r"\s*(\d{3})\b")


@lru_cache(maxsize=256)
def movement_effect(raw: str) -> tuple[str, bool]:
    """(effect, is_withdrawal) of a type of movement; ValueError when unknown."""
    match = _LEADING_CODE.match(raw)
    if match and match.group(1) in _TYPE_CODES:
        return _TYPE_CODES[match.group(1)], False
    folded = fold(raw)
    if folded in _TYPE_FOLDED:
        return _TYPE_FOLDED[folded], folded == "retrait"
    raise ValueError(
        f"type de mouvement inconnu « {raw[:40]} » (attendu : 100, 150, 200, 350, 500, 600, 650, "
        "engagement, modification, retrait, report, service_fait, paiement, changement_imputation_…)"
    )


# ------------------------------------------------------------------------------ rows


@dataclass(slots=True)
class ChorusRow:
    """One data line, read: codes normalised, amounts in cents (None when absent)."""

    line: int
    ej: str
    ej_poste: str
    dp: str
    dp_poste: str
    centre_financier: str
    domaine_fonctionnel: str
    activite: str
    centre_cout: str
    supplier: str
    marche: str
    label: str
    date: datetime.date | None
    dp_date: datetime.date | None
    service_fait: datetime.date | None
    ae: int | None  # AE of the EJ (a state in a restitution, a movement in a journal)
    cp: int | None  # CP of the DP (idem)
    invoiced: int | None


@dataclass
class Source:
    """A file to import: its bytes (or path), fingerprint, sniffed format and encoding."""

    name: str
    size: int
    sha256: str
    file_format: str  # "csv" | "xlsx"
    encoding: str = ""
    total_lines: int | None = None
    path: Path | None = None
    data: bytes | None = None

    def open(self) -> IO[bytes]:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")


_CHUNK = 1 << 20
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def open_source(source: str | Path | bytes, *, name: str | None = None) -> Source:
    """Fingerprint and sniff a file in one streamed pass: format from the content, never from the name."""
    if isinstance(source, bytes | bytearray):
        data: bytes | None = bytes(source)
        path = None
        shown = name or "fichier téléversé"
    else:
        data = None
        path = Path(source)
        shown = name or path.name
        if not path.exists():
            raise UnreadableFile(f"{shown} : fichier introuvable.")
        if not path.is_file():
            raise UnreadableFile(f"{shown} : ce n'est pas un fichier ordinaire.")
    digest = hashlib.sha256()
    size = lines = 0
    head = last = b""
    utf8 = codecs.getincrementaldecoder("utf-8")()
    is_utf8 = True
    cp1252_ok = True
    control = False
    try:
        stream = io.BytesIO(data) if data is not None else path.open("rb")  # type: ignore[union-attr]
        with stream:
            while chunk := stream.read(_CHUNK):
                if not head:
                    head = chunk[:8]
                    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")):
                        digest.update(chunk)
                        size += len(chunk)
                        while more := stream.read(_CHUNK):
                            digest.update(more)
                            size += len(more)
                        break
                digest.update(chunk)
                size += len(chunk)
                lines += chunk.count(b"\n")
                last = chunk[-1:]
                control = control or bool(_CONTROL.search(chunk))
                if is_utf8:
                    try:
                        utf8.decode(chunk)
                    except UnicodeDecodeError:
                        is_utf8 = False
                cp1252_ok = cp1252_ok and not _CP1252_UNDEFINED.search(chunk)
            if is_utf8:
                try:
                    utf8.decode(b"", final=True)
                except UnicodeDecodeError:
                    is_utf8 = False
    except OSError as error:
        raise UnreadableFile(f"{shown} : lecture impossible ({error.strerror or error}).") from None
    fingerprint = digest.hexdigest()
    if size == 0:
        raise ChorusFileError(f"{shown} : le fichier est vide.")
    if head.startswith(b"PK\x03\x04"):
        return Source(shown, size, fingerprint, "xlsx", path=path, data=data)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            f"{shown} : classeur Excel 97-2003 (.xls) non pris en charge ; enregistrez-le au format XLSX ou CSV."
        )
    if head.startswith(b"%PDF"):
        raise UnreadableFile(f"{shown} : c'est un PDF ; il faut l'extraction Chorus au format CSV ou XLSX.")
    if control:
        raise UnreadableFile(f"{shown} : fichier binaire ou corrompu (caractères de contrôle) ; attendu CSV ou XLSX.")
    if is_utf8:
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    elif cp1252_ok:
        encoding = "cp1252"
    else:
        raise UnreadableFile(f"{shown} : encodage non reconnu (ni UTF-8 ni Windows-1252).")
    total = lines + (0 if last == b"\n" else 1)  # lines of text, the header included
    return Source(shown, size, fingerprint, "csv", encoding, total, path=path, data=data)


Progress = Callable[[str, int, int | None], None]
_HEADER_SCAN = 30


@dataclass
class Reader:
    """Iterates over the data lines of a source: `ChorusRow`s, `LineError`s; `columns` once started."""

    source: Source
    progress: Progress | None = None
    columns: Columns | None = None
    sheet: str = ""
    skipped_totals: int = 0
    delimiter: str = ""
    _lines: list[int] = field(default_factory=list)

    def __iter__(self) -> Iterator[ChorusRow | LineError]:
        if self.source.file_format == "xlsx":
            yield from self._xlsx()
        else:
            yield from self._csv()

    # --- CSV

    def _csv(self) -> Iterator[ChorusRow | LineError]:
        with self.source.open() as raw:
            sample = raw.read(1 << 16).decode(self.source.encoding, errors="replace")
            delimiter = _sniff_delimiter(sample)
            self.delimiter = delimiter
            raw.seek(0)
            text = io.TextIOWrapper(raw, encoding=self.source.encoding, newline="")
            reader = csv.reader(text, delimiter=delimiter)
            rows = _numbered_csv(reader, self.source.name)
            try:
                yield from self._rows(rows, self.source.total_lines)
            except _NoHeader as error:
                raise error.error from None

    # --- XLSX

    def _xlsx(self) -> Iterator[ChorusRow | LineError]:
        try:
            from openpyxl import load_workbook

            with self.source.open() as raw:
                workbook = load_workbook(raw, read_only=True, data_only=True)
                try:
                    failure: ChorusFileError | None = None
                    for sheet in workbook.worksheets:
                        self.sheet = sheet.title
                        rows = ((number, list(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), 1))
                        try:
                            yield from self._rows(rows, getattr(sheet, "max_row", None))
                            return
                        except _NoHeader as error:
                            failure = failure or error.error
                    raise failure or ChorusFileError(f"{self.source.name} : le classeur ne contient aucune feuille.")
                finally:
                    workbook.close()
        except ChorusFileError:
            raise
        except Exception as error:  # noqa: BLE001 - any failure of the XLSX reader: a clear refusal
            raise UnreadableFile(
                f"{self.source.name} : classeur XLSX illisible ({type(error).__name__}) ; "
                "enregistrez l'extraction au format XLSX ou CSV depuis le tableur."
            ) from None

    # --- both

    def _rows(self, rows: Iterator[tuple[int, list[Any]]], total: int | None) -> Iterator[ChorusRow | LineError]:
        columns = self._header(rows)
        self.columns = columns
        convert = _converter(columns)
        progress = self.progress
        for number, cells in rows:
            if progress is not None and number % 10000 == 0:
                progress("lecture", number, total)
            if not any(cells):  # empty cells are "" (CSV) or None (XLSX); blank-only lines carry no amount
                continue
            try:
                row = convert(number, cells)
            except _Skip:
                self.skipped_totals += 1
                continue
            except _CellError as error:
                yield LineError(number, error.column, error.message)
                continue
            yield row
        if progress is not None and total:
            progress("lecture", total, total)

    def _header(self, rows: Iterator[tuple[int, list[Any]]]) -> Columns:
        """The first row (within the first 30 non-empty ones) naming the EJ and the centre financier."""
        best: Columns | None = None
        scanned = 0
        for number, cells in rows:
            if not any(cell is not None and str(cell).strip() for cell in cells):
                continue
            columns = map_columns(cells)
            if "ej" in columns.index and "centre_financier" in columns.index:
                missing = columns.missing()
                if missing:
                    raise _missing_columns(self.source.name, number, columns, missing)
                return columns
            if best is None or len(columns.index) > len(best.index):
                best = columns
            scanned += 1
            if scanned >= _HEADER_SCAN:
                break
        if best is None:
            raise _NoHeader(ChorusFileError(f"{self.source.name} : le fichier ne contient aucune ligne."))
        raise _NoHeader(_missing_columns(self.source.name, None, best, best.missing()))


class _NoHeader(Exception):
    def __init__(self, error: ChorusFileError) -> None:
        super().__init__(error.message)
        self.error = error

    def __reduce__(self) -> Any:  # pragma: no cover - pickling is not used
        return (_NoHeader, (self.error,))


def _missing_columns(name: str, line: int | None, columns: Columns, missing: list[str]) -> ChorusFileError:
    wanted = []
    for field_name in missing:
        if field_name == "montant":
            wanted.append("un montant (« Montant engagé », « Montant payé » ou « Montant »)")
        else:
            aliases = ALIASES[field_name]
            wanted.append(f"« {aliases[0]} »" + (f" (ou « {aliases[1]} »…)" if len(aliases) > 1 else ""))
    shown = [text if len(text) <= 40 else text[:39] + "…" for text in columns.header if text]
    read = ", ".join(f"« {text} »" for text in shown[:20]) + (" …" if len(shown) > 20 else "") or "aucun"
    where = f" (en-tête ligne {line})" if line else ""
    plural = "s" if len(missing) > 1 else ""
    return ChorusFileError(
        f"{name} : colonne{plural} obligatoire{plural} absente{plural}{where} : {', '.join(wanted)}. "
        f"En-têtes lus : {read}."
    )


def _sniff_delimiter(sample: str) -> str:
    """« ; » (French Excel) unless the header is clearly tab- or comma-separated."""
    best, best_score = ";", -1
    lines = [line for line in sample.splitlines()[:_HEADER_SCAN] if line.strip()]
    for delimiter in (";", "\t", ","):
        score = 0
        for line in lines:
            try:
                cells = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            score = max(score, len(map_columns(cells).index))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _numbered_csv(reader: Any, name: str) -> Iterator[tuple[int, list[Any]]]:
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as error:
        raise ChorusFileError(f"{name} : ligne {reader.line_num} illisible ({error}).") from None


class _Skip(Exception):
    """A totals line (« Total », « Résultat global »): not data."""


class _CellError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


_TOTAL_WORDS = ("total", "resultat", "somme")


def _converter(columns: Columns) -> Callable[[int, list[Any]], ChorusRow]:
    """Build the per-line conversion once per file: positions, parsers and titles bound in the closure.

    This is the hot loop of a million-line import: fast paths for the common cells
    (plain digits, French amounts, cached dates and codes), the general parsers otherwise.
    """
    index = columns.index
    header = columns.header
    journal = columns.journal
    supplier_at = columns.label_index.get("fournisseur", index.get("fournisseur", -1))
    positions = [*index.values(), supplier_at]
    width = max(positions) + 1 if positions else 0

    def at(name: str) -> int:
        return index.get(name, -1)

    def title(name: str) -> str:
        position = index.get(name, -1)
        return header[position] if 0 <= position < len(header) and header[position] else LABELS[name]

    ej_at, ej_poste_at, dp_at, dp_poste_at = at("ej"), at("ej_poste"), at("dp"), at("dp_poste")
    cf_at, df_at, act_at, cc_at = at("centre_financier"), at("domaine_fonctionnel"), at("activite"), at("centre_cout")
    supplier_code_at, marche_at, label_at = at("fournisseur_code"), at("marche"), at("libelle")
    date_at, dp_date_at, sf_at, year_at, type_at = (
        at("date"),
        at("dp_date"),
        at("service_fait"),
        at("exercice"),
        at("type"),
    )
    engaged_at, invoiced_at, paid_at, amount_at = at("engaged"), at("invoiced"), at("paid"), at("amount")
    titles = {name: title(name) for name in ALIASES}

    def cell(cells: list[Any], position: int) -> Any:
        return cells[position] if position >= 0 else None

    def amount(cells: list[Any], position: int, name: str) -> int | None:
        if position < 0:
            return None
        try:
            return parse_amount(cells[position])
        except ValueError as error:
            raise _CellError(titles[name], str(error)) from None

    def date(cells: list[Any], position: int, name: str) -> datetime.date | None:
        if position < 0:
            return None
        try:
            return parse_date(cells[position])
        except ValueError as error:
            raise _CellError(titles[name], str(error)) from None

    def number(cells: list[Any], position: int, name: str, what: str) -> str:
        if position < 0:
            return ""
        value = cells[position]
        if type(value) is str and value.isdigit() and len(value) <= 20:
            return value
        try:
            return parse_number(value, what)
        except ValueError as error:
            raise _CellError(titles[name], str(error)) from None

    def poste(cells: list[Any], position: int, name: str) -> str:
        text = number(cells, position, name, "de poste")
        return text.lstrip("0") or ("0" if text else "")

    def code(cells: list[Any], position: int, normalise: Callable[[str], str]) -> str:
        value = cells[position] if position >= 0 else None
        if not value:
            return ""
        if type(value) is not str:
            value = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        return normalise(value)

    def convert(line: int, cells: list[Any]) -> ChorusRow:
        if len(cells) < width:
            cells = [*cells, *([None] * (width - len(cells)))]
        head = cells[ej_at]
        if not (type(head) is str and head.isdigit()):
            first = next((str(value) for value in cells if value is not None and str(value).strip()), "")
            if fold(first).startswith(_TOTAL_WORDS):
                raise _Skip
        ej = number(cells, ej_at, "ej", "d'EJ")
        dp = number(cells, dp_at, "dp", "de DP")
        engaged = amount(cells, engaged_at, "engaged")
        paid = amount(cells, paid_at, "paid")
        generic = amount(cells, amount_at, "amount")
        ae: int | None = None
        cp: int | None = None
        if journal:
            raw_type = _text(cell(cells, type_at), 80)
            if not raw_type:
                raise _CellError(titles["type"], "type de mouvement absent")
            try:
                effect, is_withdrawal = movement_effect(raw_type)
            except ValueError as error:
                raise _CellError(titles["type"], str(error)) from None
            value = generic if generic is not None else (engaged if effect == AE else paid)
            if effect == AE:
                ae = -abs(value) if is_withdrawal and value is not None else value
            elif effect == CP:
                if not dp:
                    raise _CellError(titles["dp"], "numéro de DP obligatoire pour un paiement")
                cp = value
        else:
            ae = engaged if engaged is not None else (generic if not dp else None)
            cp = (paid if paid is not None else generic) if dp else None
        day = date(cells, date_at, "date")
        dp_day = date(cells, dp_date_at, "dp_date")
        if ae is not None or cp is not None:
            if not ej:
                raise _CellError(titles["ej"], "numéro d'EJ absent")
            if ae is not None and day is None:
                raise _CellError(titles["date"], "date absente")
            if cp is not None and day is None and dp_day is None:
                raise _CellError(titles["dp_date" if dp_date_at >= 0 else "date"], "date de paiement absente")
        if year_at >= 0:
            year = cells[year_at]
            if not (type(year) is str and len(year) == 4 and year.isdigit() and "1990" <= year <= "2100"):
                try:
                    parse_year(year)
                except ValueError as error:
                    raise _CellError(titles["exercice"], str(error)) from None
        supplier = _supplier(cell(cells, supplier_at)) or _supplier(cell(cells, supplier_code_at))
        return ChorusRow(
            line,
            ej,
            poste(cells, ej_poste_at, "ej_poste"),
            dp,
            poste(cells, dp_poste_at, "dp_poste"),
            code(cells, cf_at, centre_financier),
            code(cells, df_at, domaine_fonctionnel),
            code(cells, act_at, activite),
            code(cells, cc_at, centre_cout),
            supplier,
            _text(cell(cells, marche_at), 200),
            _text(cell(cells, label_at), 1000),
            day,
            dp_day,
            date(cells, sf_at, "service_fait"),
            ae,
            cp,
            amount(cells, invoiced_at, "invoiced"),
        )

    return convert


@lru_cache(maxsize=65536)
def _supplier_text(value: str) -> str:
    return _text(value, 300)


def _supplier(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:
        return _supplier_text(value) if value else ""
    return _text(value, 300)
