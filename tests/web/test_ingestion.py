"""The ingestion screens through Django's test client: upload, review, register, discard.

Every bad input gets its French message and a 4xx status, and leaves nothing behind;
another user's ingestion is not found; registering redirects to the convention page.
"""

from __future__ import annotations

import html
import random
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from conventio.core.models import AuditEvent
from conventio.register.enums import IngestionStatus, VersionKind
from conventio.register.models import Convention, Ingestion, SourceDocument
from conventio.register.services.ingestion import ingest_document, register_ingestion
from tests.builders import build_docx
from tests.conftest import DJEPVA, FAST13
from tests.register import factories


pytestmark = pytest.mark.django_db

UPLOAD = "/deposer/"

# A short convention of the genre, written for this test, whose table breaks two rules:
# the engine reports errors (and warnings) for it.
FLAWED = """Convention de délégation de gestion relative au service Exemple

Entre
La Direction interministérielle du numérique (DINUM), représentée par Madame Jeanne Martin, directrice,
Ci-après dénommée « le délégant »,
Et
La Direction de l'exemple (DEX), représentée par Monsieur Paul Durand, directeur,
Ci-après dénommée « le délégataire »,

Article 1 : Objet
Le délégant confie au délégataire la gestion des crédits du programme 352.

Article 2 : Montant
Le montant total délégué est de 100 000 €.

\tAE\tCP
2023\t50 000 €\t80 000 €
2024\t20 000 €\t10 000 €
Total\t70 000 €\t90 000 €

Article 3 : Durée
La présente convention prend effet à sa date de signature et prend fin le 31 décembre 2024.

Fait à Paris, le 12/03/2023
"""


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """Templates resolve static files without a collected manifest (no `collectstatic` in tests)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def team(client: Client) -> Any:
    member = factories.programme_team_member()
    client.force_login(member)
    return member


def upload(client: Client, *files: tuple[str, bytes]) -> Any:
    return client.post(UPLOAD, {"documents": [SimpleUploadedFile(name, data) for name, data in files]})


def text(response: Any) -> str:
    """The page's HTML with entities decoded (« n'a » rather than « n'a »)."""
    return html.unescape(response.content.decode())


def nothing_stored() -> bool:
    return not SourceDocument.objects.exists() and not Ingestion.objects.exists()


def review_url(ingestion: Ingestion) -> str:
    return reverse("register:review", args=[ingestion.pk])


class _FormReader(HTMLParser):
    """The values a browser would send for the review form as rendered (inputs, selects, textareas)."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        name = attributes.get("name", "")
        if tag == "input" and name.startswith("f:"):
            self.values[name] = attributes.get("value", "")
        elif tag == "select" and name.startswith("f:"):
            self._select = name
            self.values.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attributes:
            self.values[self._select] = attributes.get("value", "")
        elif tag == "textarea" and name.startswith("f:"):
            self._textarea = name
            self.values[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            # Browsers drop the newline that follows <textarea>; Django templates do not write one.
            self.values[self._textarea] += data


def rendered_values(response: Any) -> dict[str, str]:
    reader = _FormReader()
    reader.feed(response.content.decode())
    return reader.values


def confirmed(review: Ingestion, **extra: Any) -> dict[str, Any]:
    """A registration post that confirms every field at once."""
    return {"ingestion": str(review.pk), "action": "register", "confirm_all": "1", "mode": "new", **extra}


# ------------------------------------------------------------------------------ upload


def test_sign_in_is_required() -> None:
    response = Client().get(UPLOAD)
    assert response.status_code == 302 and "/connexion/" in response["Location"]
    response = Client().post(UPLOAD, {"documents": [SimpleUploadedFile("a.txt", FAST13.read_bytes())]})
    assert response.status_code == 302
    assert nothing_stored()


def test_upload_page_offers_a_multiple_file_input_with_csrf(team: Any, client: Client) -> None:
    response = client.get(UPLOAD)
    assert response.status_code == 200
    page = text(response)
    assert re.search(r'<input[^>]*type="file"[^>]*name="documents"[^>]*multiple', page)
    assert 'enctype="multipart/form-data"' in page
    assert "csrfmiddlewaretoken" in page
    assert "Aucun document en attente de relecture" in page


def test_csrf_is_checked(team: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(team)
    response = client.post(UPLOAD, {"documents": [SimpleUploadedFile("fast13.txt", FAST13.read_bytes())]})
    assert response.status_code == 403
    assert nothing_stored()


def test_upload_many_files_lists_each_outcome(team: Any, client: Client) -> None:
    garbage = random.Random(5).randbytes(4000)
    response = upload(
        client, ("fast13.txt", FAST13.read_bytes()), ("djepva.txt", DJEPVA.read_bytes()), ("image.bin", garbage)
    )
    assert response.status_code == 200
    page = text(response)
    ingestions = list(Ingestion.objects.order_by("pk"))
    assert [i.document.name for i in ingestions] == ["fast13.txt", "djepva.txt"]
    for ingestion in ingestions:
        assert review_url(ingestion) in page
    assert "image.bin" in page and "Format non reconnu" in page
    assert page.count("à relire") >= 2
    # The pending list shows both, with links to their review pages.
    listing = text(client.get(UPLOAD))
    assert all(review_url(i) in listing for i in ingestions)


def test_the_same_file_again_is_a_duplicate_and_changes_nothing(team: Any, client: Client) -> None:
    upload(client, ("fast13.txt", FAST13.read_bytes()))
    before = (SourceDocument.objects.count(), Ingestion.objects.count(), AuditEvent.objects.count())
    response = upload(client, ("copie.txt", FAST13.read_bytes()))
    assert response.status_code == 200
    page = text(response)
    assert "déjà déposé, rien n'a été modifié" in page
    assert review_url(Ingestion.objects.get()) in page
    assert (SourceDocument.objects.count(), Ingestion.objects.count(), AuditEvent.objects.count()) == before


def test_an_oversized_file_is_refused_without_being_stored(team: Any, client: Client, settings: Any) -> None:
    settings.CONVENTIO_MAX_UPLOAD_BYTES = 8 * 1024
    response = upload(client, ("fast13.txt", FAST13.read_bytes()))
    assert response.status_code == 400
    assert "dépasse la taille maximale autorisée (8 Ko)" in text(response)
    assert nothing_stored()


def test_too_many_files_are_refused_as_a_whole(team: Any, client: Client, settings: Any) -> None:
    settings.CONVENTIO_MAX_UPLOAD_FILES = 2
    response = upload(client, ("a.txt", FAST13.read_bytes()), ("b.txt", DJEPVA.read_bytes()), ("c.txt", b"x"))
    assert response.status_code == 400
    assert "Vous avez envoyé 3 fichiers : au plus 2 par envoi" in text(response)
    assert nothing_stored()


def test_more_files_than_django_parses_get_the_same_clear_refusal(team: Any, client: Client, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    response = upload(client, ("a.txt", FAST13.read_bytes()), ("b.txt", DJEPVA.read_bytes()), ("c.txt", b"x"))
    assert response.status_code == 400
    assert "trop de fichiers" in text(response)
    assert nothing_stored()


def test_a_malformed_body_is_refused(team: Any, client: Client) -> None:
    response = client.generic("POST", UPLOAD, b"--nope\r\ngarbage", content_type="multipart/form-data; boundary=nope")
    assert response.status_code in (400, 403)
    assert nothing_stored()


def test_an_absurdly_large_request_is_refused_before_reading_it(team: Any, client: Client, settings: Any) -> None:
    settings.CONVENTIO_MAX_UPLOAD_BYTES = 1024
    settings.CONVENTIO_MAX_UPLOAD_FILES = 1
    response = upload(client, ("big.txt", b"a" * (1024 * 1024 + 2048)))
    assert response.status_code == 413
    assert "trop volumineux" in text(response)
    assert nothing_stored()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (random.Random(1).randbytes(3000), "Format non reconnu"),
        (b"", "Le fichier est vide"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\ntrailer\n%%EOF\n", "endommagé"),
        (b"Liste de courses : pain, lait, pommes.", "ne ressemble pas à une convention"),
    ],
    ids=["garbage", "empty", "damaged-pdf", "not-a-convention"],
)
def test_unreadable_files_get_a_clear_french_refusal(team: Any, client: Client, data: bytes, message: str) -> None:
    response = upload(client, ("document.pdf", data))
    assert response.status_code == 400
    assert message in text(response)
    assert nothing_stored()


def test_other_methods_are_not_allowed(fast13: Ingestion, client: Client) -> None:
    assert client.put(UPLOAD).status_code == 405
    assert client.delete(review_url(fast13)).status_code == 405
    assert Ingestion.objects.get().status == IngestionStatus.PENDING


def test_no_file_chosen(team: Any, client: Client) -> None:
    response = client.post(UPLOAD, {})
    assert response.status_code == 400
    assert "Choisissez au moins un document" in text(response)


# ------------------------------------------------------------------------------ review


@pytest.fixture
def fast13(team: Any, client: Client) -> Ingestion:
    upload(client, ("fast13.txt", FAST13.read_bytes()))
    return Ingestion.objects.get()


def test_review_page_shows_each_value_beside_its_highlighted_passage(fast13: Ingestion, client: Client) -> None:
    response = client.get(review_url(fast13))
    assert response.status_code == 200
    page = text(response)
    assert 'name="f:signature_place" value="Paris"' in page
    assert 'name="f:signature_date" value="27/07/2023"' in page
    assert 'name="f:total_amount" value="220 000,00"' in page
    assert 'name="f:budget_lines.1.cp" value="110 000,00"' in page
    assert 'name="f:chorus.centre_financier" value="0352-CFSE-CFIN"' in page
    assert 'name="ok:parties.1.representative"' in page
    # The passage of the date, highlighted, with its page.
    assert "<mark>27/07/2023</mark>" in page
    assert "Page 1" in page
    # Long lists are read-only with their count.
    obligations = len(fast13.reviewed["obligations"])
    assert f"Obligations ({obligations})" in page
    assert "f:obligations." not in page


def test_findings_come_first_errors_before_warnings(team: Any, client: Client) -> None:
    upload(client, ("exemple.txt", FLAWED.encode()))
    page = text(client.get(review_url(Ingestion.objects.get())))
    first_error = page.index("fr-alert--error")
    first_warning = page.index("fr-alert--warning")
    assert first_error < first_warning < page.index('name="f:title"')
    assert "Erreur : " in page and "Avertissement : " in page


def test_register_with_a_correction_redirects_to_the_convention(fast13: Ingestion, client: Client) -> None:
    response = client.post(review_url(fast13), confirmed(fast13, **{"f:signature_place": "Paris 7e"}))
    convention = Convention.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("register:convention", args=[convention.pk])
    assert convention.signature_place == "Paris 7e"
    event = AuditEvent.objects.get(scope=convention.scope, action="conventio.register.field.corrected")
    assert event.changes == [{"field": "signature_place", "before": "Paris", "after": "Paris 7e"}]
    fast13.refresh_from_db()
    assert fast13.status == IngestionStatus.REGISTERED


@pytest.mark.parametrize(
    ("name", "data"),
    [("fast13.txt", FAST13.read_bytes()), ("djepva.txt", DJEPVA.read_bytes()), ("exemple.txt", FLAWED.encode())],
)
def test_the_form_sent_back_as_rendered_registers_without_corrections(
    team: Any, client: Client, name: str, data: bytes
) -> None:
    """What a browser sends when the agent changes nothing: every value parses back to itself."""
    upload(client, (name, data))
    ingestion = Ingestion.objects.get()
    values = rendered_values(client.get(review_url(ingestion)))
    assert len(values) > 20
    response = client.post(review_url(ingestion), {**values, **confirmed(ingestion)})
    assert response.status_code == 302, text(response)[:200]
    convention = Convention.objects.get()
    assert not AuditEvent.objects.filter(scope=convention.scope, action__endswith="field.corrected").exists()
    ingestion.refresh_from_db()
    assert ingestion.corrections == []


def test_values_typed_the_french_way_are_not_corrections(fast13: Ingestion, client: Client) -> None:
    response = client.post(
        review_url(fast13),
        confirmed(
            fast13,
            **{
                "f:total_amount": "220 000 €",
                "f:signature_date": "27 juillet 2023",
                "f:budget_lines.0.ae": "220000",
                "f:tranches.0.share": "50 %",
            },
        ),
    )
    assert response.status_code == 302
    convention = Convention.objects.get()
    assert not AuditEvent.objects.filter(scope=convention.scope, action__endswith="field.corrected").exists()


def test_save_keeps_the_review_pending_and_shows_corrections(fast13: Ingestion, client: Client) -> None:
    response = client.post(
        review_url(fast13),
        {"ingestion": fast13.pk, "action": "save", "f:parties.0.representative_title": "Directrice"},
    )
    assert response.status_code == 302 and response["Location"] == review_url(fast13)
    fast13.refresh_from_db()
    assert fast13.status == IngestionStatus.PENDING
    assert [c["path"] for c in fast13.corrections] == ["parties.0.representative_title"]
    page = text(client.get(review_url(fast13)))
    assert "Corrections déjà enregistrées (1)" in page and "corrigé" in page
    assert not Convention.objects.exists()


def test_every_field_must_be_confirmed_or_corrected(fast13: Ingestion, client: Client) -> None:
    post = {"ingestion": fast13.pk, "action": "register", "mode": "new", "ok:title": "1"}
    response = client.post(review_url(fast13), post)
    assert response.status_code == 400
    assert "ni confirmés ni corrigés" in text(response)
    assert not Convention.objects.exists()
    # Confirming each field one by one is enough.
    from conventio.register.facts import flatten
    from conventio.web.ingestion_forms import reviewable

    post.update({f"ok:{path}": "1" for path in reviewable(flatten(fast13.reviewed))})
    assert client.post(review_url(fast13), post).status_code == 302
    assert Convention.objects.count() == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"f:signature_date": "31/02/2024"}, "« 31/02/2024 » n'est pas une date valide pour « date de signature »"),
        ({"f:total_amount": "-5"}, "ne peut pas être négatif"),
        ({"f:budget_lines.0.ae": "beaucoup"}, "n'est pas un montant valide"),
        ({"f:parties.0.role": "chef"}, "« chef » n'est pas un rôle connu"),
        ({"f:notice_period_months": "trois"}, "n'est pas un nombre entier"),
        ({"f:end_date": "01/01/2020"}, "doit précéder la date de fin"),
        ({"f:title": ""}, "L'intitulé de la convention est obligatoire"),
        ({"f:parties.9.name": "X"}, "Champ inconnu"),
        ({"f:obligations.0.text": "X"}, "Champ inconnu"),
        ({"ingestion": "999"}, "ne correspond pas à ce document"),
        ({"mode": "fusion"}, "Choix d'enregistrement inconnu"),
        ({"mode": "avenant:other", "other_convention": "abc"}, "Indiquez le numéro"),
        ({"avenant_number": "-1"}, "numéro d'avenant valide"),
        ({"action": "delete"}, "Action inconnue"),
    ],
)
def test_bad_input_redisplays_the_page_with_its_message(
    fast13: Ingestion, client: Client, values: dict[str, str], message: str
) -> None:
    reviewed = dict(fast13.reviewed)
    response = client.post(review_url(fast13), confirmed(fast13, **values))
    assert response.status_code == 400
    page = text(response)
    assert message in page
    assert "Rien n'a été enregistré" in page
    assert not Convention.objects.exists()
    fast13.refresh_from_db()
    assert fast13.status == IngestionStatus.PENDING
    assert fast13.reviewed == reviewed and fast13.corrections == []


def test_a_bad_value_keeps_what_the_agent_typed(fast13: Ingestion, client: Client) -> None:
    response = client.post(
        review_url(fast13), confirmed(fast13, **{"f:signature_date": "31/02/2024", "f:signature_place": "Lyon"})
    )
    page = text(response)
    assert 'value="31/02/2024"' in page and 'name="f:signature_place" value="Lyon"' in page
    assert 'id="f-signature-date-error"' in page


def test_discard(fast13: Ingestion, client: Client) -> None:
    response = client.post(review_url(fast13), {"ingestion": fast13.pk, "action": "discard"})
    assert response.status_code == 302 and response["Location"] == UPLOAD
    fast13.refresh_from_db()
    assert fast13.status == IngestionStatus.DISCARDED
    assert not Convention.objects.exists()
    page = text(client.get(review_url(fast13)))
    assert "déjà été traité" in page and 'name="action"' not in page
    assert client.post(review_url(fast13), confirmed(fast13)).status_code == 400


def test_registered_ingestion_cannot_be_registered_twice(fast13: Ingestion, client: Client) -> None:
    assert client.post(review_url(fast13), confirmed(fast13)).status_code == 302
    response = client.post(review_url(fast13), confirmed(fast13))
    assert response.status_code == 400
    assert Convention.objects.count() == 1


# -------------------------------------------------------------- avenant, replacement


@pytest.fixture
def registered_and_docx(team: Any, client: Client) -> tuple[Convention, Ingestion]:
    first = ingest_document(FAST13.read_bytes(), name="fast13.txt", actor=team).ingestion
    assert first is not None
    convention = register_ingestion(first, actor=team)
    upload(client, ("fast13.docx", build_docx(FAST13.read_text(encoding="utf-8"))))
    return convention, Ingestion.objects.get(status=IngestionStatus.PENDING)


def test_a_look_alike_is_offered_as_avenant_or_replacement(
    registered_and_docx: tuple[Convention, Ingestion], client: Client
) -> None:
    convention, ingestion = registered_and_docx
    page = text(client.get(review_url(ingestion)))
    assert f'value="avenant:{convention.pk}"' in page
    assert f'value="replacement:{convention.pk}"' in page
    assert 'value="new" checked' not in page  # never a silent duplicate: the agent chooses
    post = confirmed(ingestion)
    del post["mode"]
    response = client.post(review_url(ingestion), post)
    assert response.status_code == 400 and "Choisissez comment enregistrer" in text(response)
    assert Convention.objects.count() == 1


def test_register_as_avenant(registered_and_docx: tuple[Convention, Ingestion], client: Client) -> None:
    convention, ingestion = registered_and_docx
    response = client.post(
        review_url(ingestion),
        confirmed(ingestion, mode=f"avenant:{convention.pk}", avenant_number="1", **{"f:end_date": "31/12/2024"}),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("register:convention", args=[convention.pk])
    assert Convention.objects.count() == 1
    version = convention.versions.get(number=2)
    assert version.kind == VersionKind.AVENANT and version.avenant_number == 1
    convention.refresh_from_db()
    assert str(convention.end_date) == "2024-12-31"


def test_register_as_replacement(registered_and_docx: tuple[Convention, Ingestion], client: Client) -> None:
    convention, ingestion = registered_and_docx
    response = client.post(review_url(ingestion), confirmed(ingestion, mode=f"replacement:{convention.pk}"))
    assert response.status_code == 302
    assert convention.versions.get(number=2).kind == VersionKind.REPLACEMENT


def test_register_as_avenant_of_another_convention_by_number(team: Any, client: Client) -> None:
    djepva = factories.djepva_api_engagement()
    upload(client, ("fast13.txt", FAST13.read_bytes()))
    ingestion = Ingestion.objects.get()
    response = client.post(
        review_url(ingestion), confirmed(ingestion, mode="avenant:other", other_convention=str(djepva.pk))
    )
    assert response.status_code == 302
    assert djepva.versions.count() == 2


def test_a_target_that_was_not_offered_is_refused(
    registered_and_docx: tuple[Convention, Ingestion], client: Client
) -> None:
    _, ingestion = registered_and_docx
    other = factories.djepva_api_engagement()
    response = client.post(review_url(ingestion), confirmed(ingestion, mode=f"avenant:{other.pk}"))
    assert response.status_code == 400
    assert other.versions.count() == 1
    response = client.post(review_url(ingestion), confirmed(ingestion, mode="avenant:other", other_convention="9999"))
    assert response.status_code == 400 and "Convention introuvable" in text(response)


# -------------------------------------------------------------------- other users


def test_another_users_ingestion_is_not_found() -> None:
    author = factories.user("auteur")
    outcome = ingest_document(FAST13.read_bytes(), name="fast13.txt", actor=author)
    assert outcome.ingestion is not None
    url = review_url(outcome.ingestion)
    intruder = Client()
    intruder.force_login(factories.user("intrus"))
    assert intruder.get(url).status_code == 404
    assert intruder.post(url, confirmed(outcome.ingestion)).status_code == 404
    assert intruder.post(url, {"ingestion": outcome.ingestion.pk, "action": "discard"}).status_code == 404
    assert not Convention.objects.exists()
    assert Ingestion.objects.get().status == IngestionStatus.PENDING
    # …and it is not in the intruder's pending list either.
    assert url not in text(intruder.get(UPLOAD))
    # Its author reviews it.
    author_client = Client()
    author_client.force_login(author)
    assert author_client.get(url).status_code == 200
    assert Client().get(url).status_code == 302  # signed out: to the sign-in page


def test_an_agent_may_not_amend_a_convention_of_another_administration(
    registered_and_docx: tuple[Convention, Ingestion],
) -> None:
    convention, _ = registered_and_docx
    agent = factories.user("agent-dex")
    outcome = ingest_document(DJEPVA.read_bytes(), name="djepva.txt", actor=agent)
    assert outcome.ingestion is not None
    client = Client()
    client.force_login(agent)
    response = client.post(
        review_url(outcome.ingestion),
        confirmed(outcome.ingestion, mode="avenant:other", other_convention=str(convention.pk)),
    )
    assert response.status_code == 400  # not visible to this agent: not found
    assert convention.versions.count() == 1
