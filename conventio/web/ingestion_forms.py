"""Forms of the ingestion screens: the capped multi-file upload and the field-by-field review.

Like the other back-office forms, these only parse the *shape* of what an agent sent
(a date, an amount, a choice among the ones offered, a field that exists); the rules
(a signature before the end, no negative amount, who may register what) stay in
`register.services`, whose French messages the views show as they are.

The review form has one input per reviewable fact: the reviewed facts are flattened
(`facts.flatten`) into paths such as « parties.1.representative_title » or
« budget_lines.0.ae », and each input is named ``f:<path>``. Long lists (obligations,
annex objectives) are shown read-only with their count. Values are displayed the
French way (dates JJ/MM/AAAA, amounts « 220 000,00 ») and parsed back to the facts'
canonical JSON values (ISO dates, amounts with two decimals), so that a value the agent
left alone is never mistaken for a correction.

Confirmation (decided for issue #4): every field has a « confirmé » checkbox named
``ok:<path>``; a field whose value the agent changed counts as confirmed (correcting is
confirming the new value). Registering needs every field confirmed — one by one, or at
once with the « tout confirmer » box, which says « I have read every field above ».
"""

from __future__ import annotations

import datetime
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.utils.html import format_html
from django.utils.safestring import SafeString

from conventio.extraction.dates import find_date
from conventio.extraction.money import parse_amount
from conventio.register import facts as facts_module
from conventio.register.enums import Kind, Role


# ------------------------------------------------------------------------------ upload


class CappedUploadedFile(UploadedFile):
    """An uploaded file whose bytes were kept only up to the size cap (`oversized` says it was cut)."""

    oversized: bool = False


class CappedUploadHandler(FileUploadHandler):
    """Keeps at most `limit` bytes of each file and at most `max_files` files.

    Django's default handlers would write a 1 GB upload to a temporary file before the
    view could refuse it; this one drops the bytes past the cap as they arrive (the
    file is still listed, marked `oversized`, so the agent is told which one was too
    big) and ignores files past the count (the view refuses the whole form then).
    """

    def __init__(self, request: Any, *, limit: int, max_files: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.max_files = max_files
        self.files_seen = 0
        self._buffer: Any = None
        self._received = 0

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.files_seen += 1
        self._received = 0
        # Small files stay in memory, larger ones (up to the cap) spill to a temporary file.
        self._buffer = tempfile.SpooledTemporaryFile(max_size=2 * 1024 * 1024)  # noqa: SIM115

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self._received += len(raw_data)
        if self.files_seen <= self.max_files and self._received <= self.limit:
            self._buffer.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> CappedUploadedFile | None:
        if self.files_seen > self.max_files:
            self._buffer.close()
            return None
        self._buffer.seek(0)
        uploaded = CappedUploadedFile(
            file=self._buffer,
            name=self.file_name,
            content_type=self.content_type,
            size=self._received,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
        uploaded.oversized = self._received > self.limit
        return uploaded


# ---------------------------------------------------------------------- review fields

# Sections of the facts that are too long to review field by field: shown read-only.
READ_ONLY = {"obligations": "obligations", "objectives": "objectifs d'annexe"}

DATE_KEYS = frozenset({"signature_date", "effective_date", "end_date", "date", "deadline_date"})
MONEY_KEYS = frozenset({"total_amount", "total", "amount", "ae", "cp"})
INT_KEYS = frozenset({"notice_period_months", "fast_promotion", "year"})
DECIMAL_KEYS = frozenset({"share", "target"})
BOOL_KEYS = frozenset({"delegated", "all_parties"})
LIST_KEYS = frozenset({"services", "publication_venues", "cbcm_copies", "role_words", "activites"})
LONG_TEXT_KEYS = frozenset({"object", "condition", "effective_rule", "title", "label", "event"})
CHOICES: dict[str, list[tuple[str, str]]] = {
    "kind": [(str(value), str(label)) for value, label in Kind.choices],
    "role": [(str(value), str(label)) for value, label in Role.choices],
}
BOOL_CHOICES = [("", "non précisé"), ("oui", "oui"), ("non", "non")]

# Headings of the sections, in the order the page shows them.
SECTIONS = {
    "": "La convention",
    "parties": "Parties",
    "legal_bases": "Textes visés",
    "programmes": "Programmes",
    "envelopes": "Enveloppes",
    "budget_lines": "Lignes budgétaires (AE et CP par année)",
    "tranches": "Tranches",
    "chorus": "Imputation Chorus",
}
ITEM_NAMES = {
    "parties": "Partie",
    "legal_bases": "Texte",
    "programmes": "Programme",
    "envelopes": "Enveloppe",
    "budget_lines": "Ligne",
    "tranches": "Tranche",
}

_PARTY_ROLE = re.compile(r"parties\.\d+\.role")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERCENT = re.compile(r"\s*%\s*$")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def leaf(path: str) -> str:
    """The last named segment of a path: « parties.1.name » → « name »."""
    return next((segment for segment in reversed(path.split(".")) if not segment.isdigit()), path)


def choice_key(path: str) -> str | None:
    """The list of choices of `path`, when it has one (the convention's nature, a party's role)."""
    if path == "kind":
        return "kind"
    if _PARTY_ROLE.fullmatch(path):
        return "role"
    return None


def widget_of(path: str) -> str:
    """How the value is typed: date, money, int, decimal, bool, list, select, textarea or text."""
    key = leaf(path)
    if choice_key(path):
        return "select"
    for kind, keys in (
        ("date", DATE_KEYS),
        ("money", MONEY_KEYS),
        ("int", INT_KEYS),
        ("decimal", DECIMAL_KEYS),
        ("bool", BOOL_KEYS),
        ("list", LIST_KEYS),
        ("textarea", LONG_TEXT_KEYS),
    ):
        if key in keys:
            return kind
    return "text"


def field_id(path: str) -> str:
    """An HTML id for the input of `path` (dots are awkward in CSS selectors)."""
    return "f-" + path.replace(".", "-").replace("_", "-")


def reviewable(flat: Mapping[str, Any]) -> list[str]:
    """The paths an agent reviews one by one.

    Not the long read-only lists, and not an empty list of items (no tranche, no
    envelope part…): `flatten` keeps it as a leaf, but it is no value to type.
    """
    return [
        path
        for path, value in flat.items()
        if path.split(".", 1)[0] not in READ_ONLY and not (value == [] and leaf(path) not in LIST_KEYS)
    ]


def display(path: str, value: Any) -> str:
    """A fact's value as the input shows it, the French way."""
    if value is None:
        return ""
    kind = widget_of(path)
    if kind == "date":
        try:
            return datetime.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    if kind == "money":
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        whole, _, cents = format(amount.quantize(Decimal("0.01")), "f").partition(".")
        sign = "-" if whole.startswith("-") else ""
        digits = whole.lstrip("-")
        groups: list[str] = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        return f"{sign}{' '.join(groups) or '0'},{cents}"
    if kind == "bool":
        return "oui" if value is True else "non" if value is False else ""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return str(value)


class FieldError(ValueError):
    """A value that does not have the shape its field needs (French message)."""


def parse(path: str, raw: str, current: Any) -> Any:
    """Parse what the agent typed for `path` into the facts' canonical value.

    A value equal to `current` (the reviewed value shown) in meaning is returned as
    `current` itself, so « 220 000,00 » typed over « 220000.00 » is not a correction.
    """
    label = facts_module.label_of(path)
    kind = widget_of(path)
    text = raw.replace("\r\n", "\n").strip()
    if kind == "list":
        items = [line.strip() for line in text.split("\n") if line.strip()]
        return current if items == (current or []) else items
    if text == "":
        return None
    value: Any
    if kind == "date":
        value = _parse_date(text, label)
    elif kind == "money":
        amount = parse_amount(text)
        if amount is None:
            raise FieldError(f"« {text} » n'est pas un montant valide pour « {label} ».")
        value = format(amount, "f")
    elif kind == "int":
        try:
            value = int(_SPACES.sub("", text))
        except ValueError:
            raise FieldError(f"« {text} » n'est pas un nombre entier pour « {label} ».") from None
    elif kind == "decimal":
        try:
            number = Decimal(_SPACES.sub("", _PERCENT.sub("", text)).replace(",", "."))
        except InvalidOperation:
            raise FieldError(f"« {text} » n'est pas un nombre pour « {label} ».") from None
        if not number.is_finite():
            raise FieldError(f"« {text} » n'est pas un nombre pour « {label} ».")
        value = format(number.normalize(), "f") if number == number.to_integral() else format(number, "f")
    elif kind == "bool":
        if text not in ("oui", "non"):
            raise FieldError(f"Choisissez « oui », « non » ou « non précisé » pour « {label} ».")
        value = text == "oui"
    elif kind == "select":
        key = choice_key(path) or ""
        if text not in dict(CHOICES[key]):
            what = "un rôle connu" if key == "role" else "une nature de convention connue"
            raise FieldError(f"« {text} » n'est pas {what} pour « {label} ».")
        value = text
    else:
        value = text
    return current if _same(kind, value, current) else value


def _parse_date(text: str, label: str) -> str:
    if _ISO_DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    else:
        found = find_date(text)
        if found is not None and found[1] == 0 and found[2] == len(text):
            return found[0].isoformat()
    raise FieldError(f"« {text} » n'est pas une date valide pour « {label} » (format attendu : JJ/MM/AAAA).")


def _same(kind: str, value: Any, current: Any) -> bool:
    if current is None:
        return False
    if kind in ("money", "decimal"):
        try:
            return Decimal(str(value)) == Decimal(str(current))
        except InvalidOperation:
            return False
    if kind in ("text", "textarea") and isinstance(value, str) and isinstance(current, str):
        # A one-line input loses the line breaks of a value read across lines: not a correction.
        return value.split() == current.split()
    return bool(value == current)


# ------------------------------------------------------------------------- the review


@dataclass
class ReviewField:
    """One input of the review page, with the passage it was read from."""

    path: str
    label: str
    widget: str
    value: str
    extracted: str
    corrected: bool
    confirmed: bool
    choices: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""
    page: int | None = None
    passage: SafeString | None = None
    method: str = ""

    @property
    def id(self) -> str:
        return field_id(self.path)

    @property
    def hint(self) -> str:
        return {
            "date": "Format : JJ/MM/AAAA",
            "money": "En euros, par exemple 220 000,00",
            "list": "Une valeur par ligne",
            "decimal": "Pourcentage, par exemple 50",
        }.get(self.widget, "")

    @property
    def repaired(self) -> bool:
        return self.method.startswith("repair")


@dataclass
class ReviewGroup:
    """A heading and its fields: « La convention », « Partie 2 : DIAIR », « Ligne 1 : 2023 »…"""

    key: str
    title: str
    fields: list[ReviewField] = field(default_factory=list)


@dataclass
class ReviewForm:
    """The review as posted (or as stored): values, confirmations and what is wrong."""

    values: dict[str, Any]
    raw: dict[str, str]
    confirmed: set[str]
    confirm_all: bool
    errors: dict[str, str]
    form_errors: list[str] = field(default_factory=list)
    current: dict[str, Any] = field(default_factory=dict)

    @property
    def is_valid(self) -> bool:
        return not self.errors and not self.form_errors

    def unconfirmed(self, extracted_flat: Mapping[str, Any]) -> list[str]:
        """Paths neither confirmed nor corrected (none when « tout confirmer » is ticked).

        Every reviewable field counts, posted or not: a field missing from the post keeps
        its reviewed value and still needs the agent's confirmation.
        """
        if self.confirm_all:
            return []
        return [
            path
            for path, value in self.current.items()
            if path not in self.confirmed and _unchanged(self.values.get(path, value), extracted_flat.get(path))
        ]


def _unchanged(value: Any, extracted: Any) -> bool:
    return value == extracted or (value in (None, "", []) and extracted in (None, "", []))


def read_review(post: Mapping[str, Any], reviewed: dict[str, Any]) -> ReviewForm:
    """Parse a posted review against the reviewed facts; unknown paths are errors."""
    flat = facts_module.flatten(reviewed)
    editable = set(reviewable(flat))
    values: dict[str, Any] = {}
    raw: dict[str, str] = {}
    errors: dict[str, str] = {}
    form_errors: list[str] = []
    confirmed: set[str] = set()
    for name in post:
        prefix, _, path = name.partition(":")
        if prefix not in ("f", "ok") or not path:
            continue
        if path not in editable:
            form_errors.append(f"Champ inconnu : « {path[:200]} ».")
            continue
        if prefix == "ok":
            confirmed.add(path)
            continue
        text = str(post.get(name) or "")[:20_000]
        raw[path] = text
        try:
            values[path] = parse(path, text, flat[path])
        except FieldError as error:
            errors[path] = str(error)
    return ReviewForm(
        values=values,
        raw=raw,
        confirmed=confirmed,
        confirm_all=bool(post.get("confirm_all")),
        errors=errors,
        form_errors=form_errors,
        current={path: flat[path] for path in reviewable(flat)},
    )


def build_groups(
    reviewed: dict[str, Any],
    extracted: dict[str, Any],
    provenance: Mapping[str, Mapping[str, Any]],
    text: str | None,
    form: ReviewForm | None = None,
) -> list[ReviewGroup]:
    """The review page's sections, each field with its value, its source passage and its state."""
    flat = facts_module.flatten(reviewed)
    extracted_flat = facts_module.flatten(extracted)
    groups: dict[str, ReviewGroup] = {}
    for path in reviewable(flat):
        key, title, rest = _group_of(path, reviewed)
        group = groups.setdefault(key, ReviewGroup(key, title))
        value = form.values.get(path, flat[path]) if form else flat[path]
        shown = form.raw[path] if form and path in form.raw else display(path, value)
        source = provenance.get(path) or {}
        group.fields.append(
            ReviewField(
                path=path,
                label=facts_module.label_of(rest) if rest else facts_module.label_of(path),
                widget=_widget(path, value),
                value=shown,
                extracted=display(path, extracted_flat.get(path)),
                corrected=not _unchanged(value, extracted_flat.get(path)),
                confirmed=bool(form and (form.confirm_all or path in form.confirmed)),
                choices=_choices(path, value),
                error=form.errors.get(path, "") if form else "",
                page=source.get("page"),
                passage=passage(text, source),
                method=str(source.get("method") or ""),
            )
        )
    order = list(SECTIONS)
    return sorted(groups.values(), key=lambda g: (_section_rank(g.key, order), _index_of(g.key)))


def _widget(path: str, value: Any) -> str:
    kind = widget_of(path)
    return "textarea" if kind == "text" and isinstance(value, str) and "\n" in value else kind


def _choices(path: str, value: Any) -> list[tuple[str, str]]:
    kind = widget_of(path)
    if kind == "bool":
        return BOOL_CHOICES
    if kind != "select":
        return []
    choices = [("", "non précisée")] + CHOICES[choice_key(path) or ""]
    if value not in (None, "") and value not in dict(choices):
        choices.append((str(value), str(value)))
    return choices


def _group_of(path: str, reviewed: dict[str, Any]) -> tuple[str, str, str]:
    """(group key, heading, rest of the path for the field label)."""
    segments = path.split(".")
    head = segments[0]
    if head == "chorus":
        return "chorus", SECTIONS["chorus"], ".".join(segments[1:])
    if head in ITEM_NAMES and len(segments) > 1 and segments[1].isdigit():
        index = int(segments[1])
        item = (reviewed.get(head) or [{}])[index] if index < len(reviewed.get(head) or []) else {}
        title = f"{ITEM_NAMES[head]} {index + 1}"
        detail = _item_detail(head, item)
        if detail:
            title += f" : {detail}"
        return f"{head}.{index}", title, ".".join(segments[2:])
    return "", SECTIONS[""], path


def _item_detail(head: str, item: Mapping[str, Any]) -> str:
    if head == "parties":
        return str(item.get("acronym") or item.get("name") or "")
    if head == "budget_lines":
        return " ".join(
            str(v) for v in (item.get("year"), f"P{item['programme']}" if item.get("programme") else "") if v
        )
    if head == "programmes":
        return str(item.get("number") or "")
    if head == "envelopes":
        return str(item.get("label") or "")
    if head == "tranches":
        return str(item.get("event") or "")[:80]
    return ""


def _section_rank(key: str, order: list[str]) -> int:
    head = key.split(".", 1)[0]
    return order.index(head) if head in order else len(order)


def _index_of(key: str) -> int:
    tail = key.rsplit(".", 1)[-1]
    return int(tail) if tail.isdigit() else -1


# --------------------------------------------------------------------------- passages

CONTEXT = 160  # characters shown on each side of the highlighted span, at most…
CONTEXT_LINES = 2  # …and at most this many lines
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def passage(text: str | None, source: Mapping[str, Any]) -> SafeString | None:
    """The passage a value was read from, its span in `<mark>`, with a little context around it."""
    start, end = source.get("start"), source.get("end")
    if text and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        before = _BLANK_LINES.sub("\n", text[max(0, start - CONTEXT) : start])
        after = _BLANK_LINES.sub("\n", text[end : end + CONTEXT])
        cut_before = start > CONTEXT or before.count("\n") > CONTEXT_LINES
        cut_after = end + CONTEXT < len(text) or after.count("\n") > CONTEXT_LINES
        before = "\n".join(before.split("\n")[-CONTEXT_LINES - 1 :])
        after = "\n".join(after.split("\n")[: CONTEXT_LINES + 1])
        if cut_before:
            before = "…" + (before.split(" ", 1)[-1] if " " in before[:40] else before)
        if cut_after:
            after = (after.rsplit(" ", 1)[0] if " " in after[-40:] else after) + "…"
        span = _BLANK_LINES.sub("\n", text[start:end])
        return format_html("{}<mark>{}</mark>{}", before, span, after)
    excerpt = source.get("excerpt")
    if excerpt:
        return format_html("<mark>{}</mark>", excerpt)
    return None


def finding_passage(text: str | None, span: Mapping[str, Any] | None) -> SafeString | None:
    """The passage a finding is about, highlighted like a field's."""
    if not span:
        return None
    return passage(text, span)


# ----------------------------------------------------------------------- registration


@dataclass
class RegistrationChoice:
    """How to register: a new convention, or an avenant / replacement of a target."""

    mode: str
    target_id: int | None = None
    other: bool = False


def read_choice(post: Mapping[str, Any]) -> tuple[RegistrationChoice | None, str]:
    """Parse the « enregistrer comme » radio (« new », « avenant:12 », « replacement:other »…)."""
    raw = str(post.get("mode") or "").strip()
    if not raw:
        return None, "Choisissez comment enregistrer ce document : nouvelle convention, avenant ou remplacement."
    mode, _, target = raw.partition(":")
    if mode == "new" and not target:
        return RegistrationChoice("new"), ""
    if mode not in ("avenant", "replacement") or not target:
        return None, "Choix d'enregistrement inconnu."
    if target == "other":
        number = str(post.get("other_convention") or "").strip().lstrip("#")
        if not number.isdigit() or len(number) > 12:
            return None, "Indiquez le numéro de la convention que ce document modifie ou remplace."
        return RegistrationChoice(mode, int(number), other=True), ""
    if not target.isdigit() or len(target) > 12:
        return None, "Choix d'enregistrement inconnu."
    return RegistrationChoice(mode, int(target)), ""


def read_avenant_number(post: Mapping[str, Any]) -> tuple[int | None, str]:
    text = str(post.get("avenant_number") or "").strip()
    if not text:
        return None, ""
    if not text.isdigit() or not 1 <= int(text) <= 999:
        return None, f"« {text[:20]} » n'est pas un numéro d'avenant valide (un nombre entier entre 1 et 999)."
    return int(text), ""
