"""Ingestion: a document in, an extracted record to review, then a registered convention.

1. `ingest_document` stores the file (format sniffed from content, size capped), runs
   the extraction engine and creates an `Ingestion` waiting for review. The same file
   again (same SHA-256) changes nothing and says so. A different file that looks like
   a convention already registered (same reference, or an avenant between the same
   parties) is flagged so the reviewer registers it as an avenant or a replacement
   document — never as a silent duplicate.
2. `review_ingestion` records the reviewer's value for each field; a value that
   differs from the extracted one is a correction, kept as such.
3. `register_ingestion` registers the reviewed facts: a new convention, an avenant
   (new version) or a replacement document (new version of kind « remplacement »).
A failed step leaves nothing behind (one transaction each).

`actor=None` is the system: the command line (`conventio ingest`), run by an operator
who already holds the server. Views always pass the signed-in user (never None), so
the permission function decides for every web request.
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction

from conventio.core.errors import InvalidInput, NotAllowed
from conventio.core.models import record_event
from conventio.extraction import ExtractionError, extract_document
from conventio.extraction.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    NoTextLayer,
    UnsupportedFormat,
)
from conventio.extraction.readers import read_document
from conventio.extraction.record import Record
from conventio.register import facts as facts_module
from conventio.register.enums import IngestionStatus, Kind, Role, VersionKind
from conventio.register.models import Convention, Ingestion, SourceDocument
from conventio.register.naming import organisation_key
from conventio.register.services.registration import apply_avenant, register_facts, validate
from conventio.trust.permissions import CHANGE, INGEST, can


logger = logging.getLogger(__name__)


def _may(actor: Any, action: str, obj: Any = None) -> bool:
    """The permission function, except for the system (``actor=None``: the command line)."""
    return actor is None or can(actor, action, obj)


def refusal(error: ExtractionError) -> str:
    """Why the readers refused a file, in French for the agent (their own messages are English)."""
    if isinstance(error, EncryptedDocument):
        return "Le document est protégé par un mot de passe : déposez une copie sans protection."
    if isinstance(error, NoTextLayer):
        return (
            "Ce PDF ne contient que des images (document numérisé) et aucun texte lisible : "
            "déposez la version Word ou un PDF exporté depuis le traitement de texte."
        )
    if isinstance(error, DocumentTooLarge):
        return (
            "Le document est trop volumineux une fois ouvert (archive anormalement compressée, "
            "trop de pages ou trop de texte) : il n'a pas été lu."
        )
    if isinstance(error, UnsupportedFormat):
        return "Format non reconnu : seuls les documents PDF, Word (DOCX), HTML et texte sont acceptés."
    if isinstance(error, CorruptDocument):
        return "Le fichier est endommagé ou tronqué : il n'a pas pu être ouvert."
    return "Le fichier n'a pas pu être lu : il ne contient aucun texte exploitable."


def _looks_like_a_convention(record: Record) -> bool:
    """Something a reviewer can start from: a title, a party, an amount or a signature date."""
    funding = record.funding
    return bool(
        record.title
        or record.parties
        or funding.budget_lines
        or funding.total_amount
        or funding.envelopes
        or record.terms.signature_date
    )


@dataclass
class IngestOutcome:
    """What happened to one file, with a French message for the agent."""

    name: str
    status: str  # "pending" (to review), "duplicate", "refused"
    message: str
    ingestion: Ingestion | None = None
    candidates: list[Convention] = field(default_factory=list)


def ingest_document(content: bytes, *, name: str, actor: Any) -> IngestOutcome:
    """Store and extract one document; never raises for bad input (the outcome says why).

    A refused file leaves nothing behind: nothing is written before the engine has read
    it. A file already stored (same SHA-256) changes nothing — unless its only reviews
    were discarded, in which case it is read again for a new review.
    """
    if not _may(actor, INGEST):
        raise NotAllowed("Vous n'avez pas le droit de déposer des documents.")
    name = (name or "document").strip()[:300] or "document"
    limit = settings.CONVENTIO_MAX_UPLOAD_BYTES
    if not content or not content.strip():
        return IngestOutcome(name, "refused", "Le fichier est vide.")
    if len(content) > limit:
        return IngestOutcome(
            name, "refused", f"Le fichier dépasse la taille maximale autorisée ({_megabytes(limit)})."
        )
    sha256 = SourceDocument.digest(content)
    existing = SourceDocument.objects.filter(sha256=sha256).first()
    if existing is not None and not _only_discarded(existing):
        return _duplicate(name, existing)
    try:
        document = read_document(content)
        record = extract_document(document, name=name, sha256=sha256)
    except ExtractionError as error:
        return IngestOutcome(name, "refused", refusal(error))
    except Exception:  # the engine must never raise; if it does, refuse the file and log why
        logger.exception("extraction failed on %s", name)
        return IngestOutcome(name, "refused", "Erreur interne pendant la lecture du document : elle a été signalée.")
    if not _looks_like_a_convention(record):
        return IngestOutcome(
            name,
            "refused",
            "Ce document ne ressemble pas à une convention : ni intitulé, ni parties, ni montants, "
            "ni date de signature n'ont pu y être lus.",
        )
    try:
        with transaction.atomic():
            if existing is None:
                stored = SourceDocument.objects.create(
                    name=name,
                    format=document.format,
                    size=len(content),
                    sha256=sha256,
                    content=content,
                    uploaded_by=actor if getattr(actor, "pk", None) else None,
                )
            else:
                stored = existing
            facts = facts_module.facts_from_record(record)
            ingestion = Ingestion.objects.create(
                document=stored,
                record=json.loads(record.model_dump_json()),
                reviewed=facts,
                created_by=actor if getattr(actor, "pk", None) else None,
            )
            candidates = find_candidates(facts)
            if candidates and facts.get("kind") == Kind.AVENANT:
                ingestion.as_avenant_of = candidates[0]
                ingestion.save(update_fields=["as_avenant_of"])
            record_event(
                actor=actor,
                action="conventio.register.document.ingested",
                scope=f"ingestion:{ingestion.pk}",
                subject=name,
                message=f"Document déposé et lu : {name} ({document.format}, {len(record.findings)} constat(s))",
            )
    except IntegrityError:
        # The same file, sent at the same instant by someone else, was stored first.
        winner = SourceDocument.objects.filter(sha256=sha256).first()
        if winner is None:
            raise
        return _duplicate(name, winner)
    message = "Document lu : relisez les champs extraits avant l'enregistrement."
    if candidates:
        titles = ", ".join(f"« {c} »" for c in candidates[:3])
        message += (
            f" Il ressemble à une convention déjà enregistrée ({titles}) : "
            "enregistrez-le comme avenant ou document de remplacement."
        )
    return IngestOutcome(name, "pending", message, ingestion=ingestion, candidates=candidates)


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} Mo" if size >= 1024 * 1024 else f"{max(1, size // 1024)} Ko"


def _only_discarded(document: SourceDocument) -> bool:
    """A stored file whose every review was abandoned: it may be read again."""
    if document.convention is not None:
        return False
    statuses = set(Ingestion.objects.filter(document=document).values_list("status", flat=True))
    return statuses <= {IngestionStatus.DISCARDED}


def _duplicate(name: str, existing: SourceDocument) -> IngestOutcome:
    where = f"convention « {existing.convention} »" if existing.convention is not None else "en attente de relecture"
    ingestions = Ingestion.objects.filter(document=existing).order_by("-created_at")
    ingestion = ingestions.exclude(status=IngestionStatus.DISCARDED).first() or ingestions.first()
    return IngestOutcome(name, "duplicate", f"Déjà déposé, rien n'a été modifié ({where}).", ingestion=ingestion)


def find_candidates(facts: dict[str, Any]) -> list[Convention]:
    """Registered conventions this document may amend or replace."""
    found: list[Convention] = []
    reference = (facts.get("reference") or "").strip()
    if reference:
        found += list(Convention.objects.filter(reference=reference))
    keys = {organisation_key(p["name"]) for p in facts.get("parties") or [] if p.get("name")}
    keys |= {organisation_key(p["acronym"]) for p in facts.get("parties") or [] if p.get("acronym")}
    keys.discard("")
    if len(keys) >= 2:
        queryset = Convention.objects.all()
        roles = [p for p in facts.get("parties") or [] if p.get("role") in (Role.DELEGANT, Role.DELEGATAIRE)]
        for party in roles:
            party_keys = {organisation_key(party["name"])} | (
                {organisation_key(party["acronym"])} if party.get("acronym") else set()
            )
            queryset = queryset.filter(parties__role=party["role"], parties__organisation__aliases__key__in=party_keys)
        if roles:
            title = facts_module.flatten({"t": facts.get("title")}).get("t") or ""
            for convention in queryset.distinct()[:5]:
                if convention not in found and (facts.get("kind") == Kind.AVENANT or convention.title == title):
                    found.append(convention)
    return found


def _extracted_facts(ingestion: Ingestion) -> dict[str, Any]:
    return facts_module.facts_from_record(Record.model_validate(ingestion.record))


def review_ingestion(ingestion: Ingestion, values: dict[str, Any], *, actor: Any) -> Ingestion:
    """Set reviewed values by path (« title », « parties.0.name »…); differences are corrections."""
    if not _may(actor, CHANGE, ingestion):
        raise NotAllowed("Vous n'avez pas le droit de relire ce document.")
    if ingestion.status != IngestionStatus.PENDING:
        raise InvalidInput("Ce document a déjà été traité.")
    reviewed = copy.deepcopy(ingestion.reviewed)
    flat = facts_module.flatten(reviewed)
    for path, value in values.items():
        if path not in flat:
            raise InvalidInput(f"Champ inconnu : {path}.")
        facts_module.set_path(reviewed, path, _typed(flat[path], value))
    validate(reviewed)
    extracted = facts_module.flatten(_extracted_facts(ingestion))
    corrections = [
        {"path": path, "label": facts_module.label_of(path), "before": extracted.get(path), "after": value}
        for path, value in facts_module.flatten(reviewed).items()
        if value != extracted.get(path) and not (_blank(value) and _blank(extracted.get(path)))
    ]
    ingestion.reviewed = reviewed
    ingestion.corrections = corrections
    ingestion.save(update_fields=["reviewed", "corrections"])
    return ingestion


def _typed(current: Any, value: Any) -> Any:
    """Form values arrive as text: keep the fact's type (int, bool, list) where it has one."""
    if isinstance(value, str):
        value = value.strip()
        if isinstance(current, list):
            return [item.strip() for item in value.split("\n") if item.strip()]
        if value == "":
            return None
        if isinstance(current, bool):
            return value.lower() in {"1", "true", "oui", "vrai"}
        if isinstance(current, int) and not isinstance(current, bool):
            try:
                return int(value)
            except ValueError:
                raise InvalidInput(f"« {value} » n'est pas un nombre entier.") from None
    return value


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


@transaction.atomic
def register_ingestion(
    ingestion: Ingestion,
    *,
    actor: Any,
    mode: str = "new",
    target: Convention | None = None,
    avenant_number: int | None = None,
) -> Convention:
    """Register the reviewed facts: « new », « avenant » of `target`, or « replacement » of `target`."""
    ingestion = Ingestion.objects.select_for_update().get(pk=ingestion.pk)
    if ingestion.status != IngestionStatus.PENDING:
        raise InvalidInput("Ce document a déjà été traité.")
    if not _may(actor, CHANGE, ingestion):
        raise NotAllowed("Vous n'avez pas le droit d'enregistrer ce document.")
    facts = ingestion.reviewed
    if mode == "new":
        convention = register_facts(facts, actor=actor, document=ingestion.document, corrections=ingestion.corrections)
    elif mode in ("avenant", "replacement"):
        if target is None:
            raise InvalidInput("Choisissez la convention que ce document modifie ou remplace.")
        if not _may(actor, CHANGE, target):
            raise NotAllowed("Vous n'avez pas le droit de modifier cette convention.")
        number = avenant_number
        if number is None and mode == "avenant":
            record = Record.model_validate(ingestion.record)
            number = record.avenant_number.value if record.avenant_number else None
        if mode == "avenant" and facts.get("kind") == Kind.AVENANT:
            # An avenant's own text changes some clauses only: start from the convention's
            # state and take the values the avenant states.
            facts = _merge_avenant(target, facts)
        apply_avenant(
            target,
            facts,
            actor=actor,
            document=ingestion.document,
            avenant_number=number,
            kind=VersionKind.AVENANT if mode == "avenant" else VersionKind.REPLACEMENT,
        )
        for correction in ingestion.corrections:
            record_event(
                actor=actor,
                action="conventio.register.field.corrected",
                scope=target.scope,
                subject=correction["path"],
                message=f"Correction à la relecture : {correction['label']}",
                changes=[{"field": correction["path"], "before": correction["before"], "after": correction["after"]}],
            )
        convention = target
    else:
        raise InvalidInput(f"Mode d'enregistrement inconnu : {mode}.")
    ingestion.status = IngestionStatus.REGISTERED
    ingestion.convention = convention
    ingestion.save(update_fields=["status", "convention"])
    return convention


def _merge_avenant(convention: Convention, avenant: dict[str, Any]) -> dict[str, Any]:
    from conventio.register.services.registration import snapshot

    merged = snapshot(convention)
    for key, value in avenant.items():
        if key in ("kind", "title", "reference", "signature_date", "signature_place", "parties", "legal_bases"):
            continue
        if value not in (None, "", [], {}) and not (isinstance(value, dict) and not any(value.values())):
            merged[key] = value
    return merged


@transaction.atomic
def discard_ingestion(ingestion: Ingestion, *, actor: Any) -> None:
    if not _may(actor, CHANGE, ingestion):
        raise NotAllowed("Vous n'avez pas le droit d'abandonner ce document.")
    if ingestion.status != IngestionStatus.PENDING:
        raise InvalidInput("Ce document a déjà été traité.")
    ingestion.status = IngestionStatus.DISCARDED
    ingestion.save(update_fields=["status"])
    record_event(
        actor=actor,
        action="conventio.register.document.discarded",
        scope=f"ingestion:{ingestion.pk}",
        subject=ingestion.document.name,
        message=f"Relecture abandonnée : {ingestion.document.name}",
    )
