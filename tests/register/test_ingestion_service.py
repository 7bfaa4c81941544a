"""The ingestion service: a document in, an ingestion to review, then a registered convention.

Real seeds in every format the readers take; refused files leave no row behind; the
same file again changes nothing; another file of a registered convention is offered as
avenant or replacement; corrections are kept as such; permissions are asked each time.
"""

from __future__ import annotations

import io
import random
import zipfile
from typing import Any

import pytest

from conventio.core.errors import InvalidInput, NotAllowed
from conventio.core.models import AuditEvent
from conventio.register.enums import IngestionStatus, VersionKind
from conventio.register.models import Convention, ConventionVersion, Ingestion, SourceDocument
from conventio.register.services.ingestion import (
    discard_ingestion,
    ingest_document,
    register_ingestion,
    review_ingestion,
)
from conventio.register.services.organisations import find_or_create_organisation
from conventio.trust.models import MemberRole, Membership
from tests.builders import build_docx, build_pdf
from tests.conftest import DJEPVA, FAST13
from tests.register import factories


pytestmark = pytest.mark.django_db


def counts() -> tuple[int, int, int, int]:
    return (
        SourceDocument.objects.count(),
        Ingestion.objects.count(),
        Convention.objects.count(),
        AuditEvent.objects.count(),
    )


def pending(content: bytes, actor: Any, name: str = "fast13.txt") -> Ingestion:
    outcome = ingest_document(content, name=name, actor=actor)
    assert outcome.status == "pending", outcome.message
    assert outcome.ingestion is not None
    return outcome.ingestion


# --------------------------------------------------------------------------- ingest


def test_a_seed_becomes_an_ingestion_waiting_for_review() -> None:
    agent = factories.programme_team_member()
    outcome = ingest_document(FAST13.read_bytes(), name="fast13.txt", actor=agent)
    assert outcome.status == "pending"
    assert "relisez" in outcome.message
    ingestion = outcome.ingestion
    assert ingestion is not None and ingestion.status == IngestionStatus.PENDING
    assert ingestion.created_by == agent
    assert ingestion.document.sha256 == SourceDocument.digest(FAST13.read_bytes())
    assert ingestion.document.format == "text"
    assert bytes(ingestion.document.content) == FAST13.read_bytes()
    assert ingestion.reviewed["signature_date"] == "2023-07-27"
    assert ingestion.reviewed["total_amount"] == "220000.00"
    assert ingestion.corrections == []
    assert not Convention.objects.exists()  # nothing registered before the review
    assert AuditEvent.objects.filter(scope=f"ingestion:{ingestion.pk}", action__endswith="ingested").exists()


def test_same_file_again_changes_nothing_and_says_so() -> None:
    agent = factories.programme_team_member()
    first = pending(FAST13.read_bytes(), agent)
    before = counts()
    again = ingest_document(FAST13.read_bytes(), name="renamed.txt", actor=agent)
    assert again.status == "duplicate"
    assert "Déjà déposé, rien n'a été modifié" in again.message
    assert "en attente de relecture" in again.message
    assert again.ingestion == first
    assert counts() == before


def test_same_file_after_registration_names_the_convention() -> None:
    agent = factories.programme_team_member()
    convention = register_ingestion(pending(FAST13.read_bytes(), agent), actor=agent)
    before = counts()
    again = ingest_document(FAST13.read_bytes(), name="fast13.txt", actor=agent)
    assert again.status == "duplicate"
    assert convention.title in again.message
    assert counts() == before


def test_a_discarded_file_may_be_deposited_again() -> None:
    agent = factories.programme_team_member()
    first = pending(FAST13.read_bytes(), agent)
    discard_ingestion(first, actor=agent)
    second = pending(FAST13.read_bytes(), agent)
    assert second.pk != first.pk and second.document == first.document
    assert SourceDocument.objects.count() == 1


def test_a_different_file_of_the_same_convention_is_offered_as_avenant_or_replacement() -> None:
    agent = factories.programme_team_member()
    convention = register_ingestion(pending(FAST13.read_bytes(), agent), actor=agent)
    docx = build_docx(FAST13.read_text(encoding="utf-8"))
    outcome = ingest_document(docx, name="fast13.docx", actor=agent)
    assert outcome.status == "pending"
    assert outcome.candidates == [convention]
    assert "avenant ou document de remplacement" in outcome.message


def test_register_as_avenant_creates_a_version() -> None:
    agent = factories.programme_team_member()
    convention = register_ingestion(pending(FAST13.read_bytes(), agent), actor=agent)
    ingestion = pending(build_pdf(FAST13.read_text(encoding="utf-8")), agent, name="fast13.pdf")
    review_ingestion(ingestion, {"end_date": "2024-12-31"}, actor=agent)
    result = register_ingestion(ingestion, actor=agent, mode="avenant", target=convention, avenant_number=1)
    assert result == convention
    assert Convention.objects.count() == 1
    version = convention.versions.get(number=2)
    assert version.kind == VersionKind.AVENANT and version.avenant_number == 1
    assert version.source_document == ingestion.document
    convention.refresh_from_db()
    assert str(convention.end_date) == "2024-12-31"
    assert AuditEvent.objects.filter(scope=convention.scope, action__endswith="field.corrected").exists()


def test_register_as_replacement_document() -> None:
    agent = factories.programme_team_member()
    convention = register_ingestion(pending(FAST13.read_bytes(), agent), actor=agent)
    ingestion = pending(build_docx(FAST13.read_text(encoding="utf-8")), agent, name="fast13.docx")
    register_ingestion(ingestion, actor=agent, mode="replacement", target=convention)
    assert [v.kind for v in ConventionVersion.objects.filter(convention=convention).order_by("number")] == [
        VersionKind.ORIGINAL,
        VersionKind.REPLACEMENT,
    ]
    assert SourceDocument.objects.filter(convention=convention).count() == 2


def test_avenant_or_replacement_needs_a_target_and_a_known_mode() -> None:
    agent = factories.programme_team_member()
    ingestion = pending(FAST13.read_bytes(), agent)
    with pytest.raises(InvalidInput, match="Choisissez la convention"):
        register_ingestion(ingestion, actor=agent, mode="avenant")
    with pytest.raises(InvalidInput, match="Mode d'enregistrement inconnu"):
        register_ingestion(ingestion, actor=agent, mode="merge")
    assert not Convention.objects.exists()
    assert Ingestion.objects.get().status == IngestionStatus.PENDING


# ------------------------------------------------------------------------- review


def test_corrections_are_recorded_as_such_and_audited_at_registration() -> None:
    agent = factories.programme_team_member()
    ingestion = pending(FAST13.read_bytes(), agent)
    review_ingestion(
        ingestion,
        {
            "signature_place": "Paris 7e",
            "parties.0.representative_title": "Directrice",
            "title": ingestion.reviewed["title"],
        },
        actor=agent,
    )
    ingestion.refresh_from_db()
    assert {c["path"]: (c["before"], c["after"]) for c in ingestion.corrections} == {
        "signature_place": ("Paris", "Paris 7e"),
        "parties.0.representative_title": ("Directrice interministérielle du numérique", "Directrice"),
    }
    convention = register_ingestion(ingestion, actor=agent)
    assert convention.signature_place == "Paris 7e"
    events = AuditEvent.objects.filter(scope=convention.scope, action="conventio.register.field.corrected")
    changes = {e.changes[0]["field"]: (e.changes[0]["before"], e.changes[0]["after"]) for e in events}
    assert changes["signature_place"] == ("Paris", "Paris 7e")
    assert all(e.actor == agent for e in events)
    ingestion.refresh_from_db()
    assert ingestion.status == IngestionStatus.REGISTERED and ingestion.convention == convention


def test_a_correction_back_to_the_extracted_value_is_no_longer_a_correction() -> None:
    agent = factories.programme_team_member()
    ingestion = pending(FAST13.read_bytes(), agent)
    review_ingestion(ingestion, {"signature_place": "Lyon"}, actor=agent)
    review_ingestion(ingestion, {"signature_place": "Paris"}, actor=agent)
    ingestion.refresh_from_db()
    assert ingestion.corrections == []


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"nope.path": "x"}, "Champ inconnu"),
        ({"signature_date": "31/02/2024"}, "date valide"),
        ({"total_amount": "-5"}, "négatif"),
        ({"parties.0.role": "chef"}, "rôle connu"),
        ({"notice_period_months": "trois"}, "entier"),
        ({"title": ""}, "obligatoire"),
    ],
)
def test_bad_review_values_are_refused_and_nothing_changes(values: dict[str, str], message: str) -> None:
    agent = factories.programme_team_member()
    ingestion = pending(FAST13.read_bytes(), agent)
    reviewed = dict(ingestion.reviewed)
    with pytest.raises(InvalidInput, match=message):
        review_ingestion(ingestion, values, actor=agent)
    ingestion.refresh_from_db()
    assert ingestion.reviewed == reviewed and ingestion.corrections == []


def test_a_processed_ingestion_cannot_be_reviewed_registered_or_discarded_again() -> None:
    agent = factories.programme_team_member()
    ingestion = pending(FAST13.read_bytes(), agent)
    register_ingestion(ingestion, actor=agent)
    ingestion.refresh_from_db()
    for attempt in (
        lambda: review_ingestion(ingestion, {"signature_place": "Lyon"}, actor=agent),
        lambda: register_ingestion(ingestion, actor=agent),
        lambda: discard_ingestion(ingestion, actor=agent),
    ):
        with pytest.raises(InvalidInput, match="déjà été traité"):
            attempt()
    assert Convention.objects.count() == 1


def test_discard_keeps_the_rows_and_audits() -> None:
    agent = factories.programme_team_member()
    ingestion = pending(FAST13.read_bytes(), agent)
    discard_ingestion(ingestion, actor=agent)
    ingestion.refresh_from_db()
    assert ingestion.status == IngestionStatus.DISCARDED
    assert SourceDocument.objects.count() == 1  # nothing is hard-deleted
    assert AuditEvent.objects.filter(scope=f"ingestion:{ingestion.pk}", action__endswith="discarded").exists()
    with pytest.raises(InvalidInput):
        register_ingestion(ingestion, actor=agent)
    assert not Convention.objects.exists()


# -------------------------------------------------------------------- permissions


def test_anonymous_and_inactive_users_may_not_ingest() -> None:
    from django.contrib.auth.models import AnonymousUser

    inactive = factories.user("parti", is_active=False)
    for actor in (AnonymousUser(), inactive):
        with pytest.raises(NotAllowed):
            ingest_document(FAST13.read_bytes(), name="fast13.txt", actor=actor)
    assert counts()[:2] == (0, 0)


def test_another_agent_may_not_review_register_or_discard_my_ingestion() -> None:
    mine = factories.user("auteur")
    other = factories.user("voisin")
    ingestion = pending(FAST13.read_bytes(), mine)
    with pytest.raises(NotAllowed):
        review_ingestion(ingestion, {"signature_place": "Lyon"}, actor=other)
    with pytest.raises(NotAllowed):
        register_ingestion(ingestion, actor=other)
    with pytest.raises(NotAllowed):
        discard_ingestion(ingestion, actor=other)
    ingestion.refresh_from_db()
    assert ingestion.status == IngestionStatus.PENDING and ingestion.corrections == []
    # Its author may; so may the programme team.
    review_ingestion(ingestion, {"signature_place": "Lyon"}, actor=mine)
    register_ingestion(ingestion, actor=factories.programme_team_member())
    assert Convention.objects.count() == 1


def test_an_agent_may_not_amend_a_convention_of_another_administration() -> None:
    team = factories.programme_team_member()
    convention = register_ingestion(pending(FAST13.read_bytes(), team), actor=team)
    outsider = factories.user("ailleurs")
    elsewhere = find_or_create_organisation(name="Direction de l'exemple", acronym="DEX")
    Membership.objects.create(user=outsider, organisation=elsewhere, role=MemberRole.AGENT)
    ingestion = pending(build_docx(FAST13.read_text(encoding="utf-8")), outsider, name="fast13.docx")
    with pytest.raises(NotAllowed):
        register_ingestion(ingestion, actor=outsider, mode="avenant", target=convention)
    assert convention.versions.count() == 1


def test_the_system_actor_ingests_and_registers() -> None:
    ingestion = pending(DJEPVA.read_bytes(), None, name="djepva.txt")
    assert ingestion.created_by is None
    convention = register_ingestion(ingestion, actor=None)
    event = AuditEvent.objects.get(scope=convention.scope, action__endswith="convention.registered")
    assert event.actor_label == "système"


# ------------------------------------------------------------------ refused files


def _encrypted_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, encrypt="secret")
    canvas.drawString(72, 720, "Convention de délégation de gestion")
    canvas.save()
    return out.getvalue()


def _zip_bomb() -> bytes:
    docx = zipfile.ZipFile(io.BytesIO(build_docx("Convention de délégation de gestion\n")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in docx.infolist():
            archive.writestr(info.filename, docx.read(info))
        archive.writestr("word/media/image1.png", bytes(20 << 20))
    return out.getvalue()


def _scan() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.rect(72, 72, 400, 600, fill=1)
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: b"", "vide"),
        (lambda: b"  \n\t ", "vide"),
        (lambda: random.Random(3).randbytes(20_000), "Format non reconnu"),
        (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "Format non reconnu"),
        (_encrypted_pdf, "mot de passe"),
        (_zip_bomb, "trop volumineux"),
        (_scan, "numérisé"),
        (lambda: build_pdf("Convention\n")[:300], "endommagé"),
        (
            lambda: "Bonjour, voici le compte rendu de la réunion de lundi.".encode(),
            "ne ressemble pas à une convention",
        ),
    ],
    ids=["empty", "blank", "garbage", "png", "encrypted", "zip-bomb", "scan", "truncated", "not-a-convention"],
)
def test_refused_files_leave_nothing_behind(make: Any, words: str) -> None:
    agent = factories.programme_team_member()
    before = counts()
    outcome = ingest_document(make(), name="document", actor=agent)
    assert outcome.status == "refused"
    assert words in outcome.message
    assert outcome.ingestion is None
    assert counts() == before


def test_a_file_over_the_size_cap_is_refused(settings: Any) -> None:
    settings.CONVENTIO_MAX_UPLOAD_BYTES = 10_000
    agent = factories.programme_team_member()
    outcome = ingest_document(FAST13.read_bytes(), name="fast13.txt", actor=agent)
    assert outcome.status == "refused" and "taille maximale" in outcome.message
    assert counts()[:2] == (0, 0)
