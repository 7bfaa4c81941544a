"""The Chorus import on the seed conventions: both formats, matching, idempotence, changes, ceilings, bad files."""

from __future__ import annotations

import datetime
import random
from decimal import Decimal
from typing import Any

import pytest

from conventio.budget.chorus.formats import ChorusFileError, UnreadableFile
from conventio.budget.chorus.importer import import_file
from conventio.budget.enums import AlertKind, MovementKind, MovementSource
from conventio.budget.models import Alert, ChorusImport, Movement
from conventio.budget.services import ledger
from conventio.core.models import AuditEvent
from conventio.register.enums import Role
from conventio.register.services import lifecycle
from conventio.trust.models import MemberRole, Membership
from tests.budget import chorus_files as files
from tests.budget.chorus_files import dp, ej
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal
SEP, OCT, NOV, DEC = (datetime.date(2023, month, day) for month, day in ((9, 1), (10, 15), (11, 2), (12, 1)))


@pytest.fixture
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)  # 110 000 € of AE released at signature
    return convention


@pytest.fixture
def djepva():  # type: ignore[no-untyped-def]
    convention = factories.djepva_api_engagement()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2024, 1, 25))
    ledger.open_ledger(convention, actor=None)
    return convention


def first_file() -> list[dict[str, Any]]:
    return [
        ej("2103000001", "80000", SEP),
        dp("2103000001", "100000001", "40000", OCT),
        ej("2103000002", "20000", OCT, supplier="Studio Design"),
        ej("2103000009", "10", OCT, imputation=files.UNKNOWN),
    ]


def rows(convention: Any) -> list[tuple[str, str, str, Decimal, Decimal]]:
    return list(
        Movement.objects.filter(ledger__convention=convention)
        .order_by("id")
        .values_list("kind", "ej_number", "dp_number", "ae", "cp")
    )


def test_a_cp1252_restitution_is_matched_loaded_and_reported(fast13) -> None:  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    report = import_file(files.csv_bytes(first_file()), name="restitution.csv", actor=member)
    assert rows(fast13) == [
        (MovementKind.COMMITMENT, "2103000001", "", D("80000.00"), D("0.00")),
        (MovementKind.COMMITMENT, "2103000002", "", D("20000.00"), D("0.00")),
        (MovementKind.PAYMENT, "2103000001", "100000001", D("0.00"), D("40000.00")),
    ]
    assert set(Movement.objects.values_list("source", flat=True)) == {MovementSource.CHORUS}
    assert Movement.objects.get(ej_number="2103000002").supplier == "Studio Design"
    commitment = Movement.objects.get(ej_number="2103000001", kind=MovementKind.COMMITMENT)
    assert (commitment.centre_financier, commitment.programme, commitment.date) == ("0352-CFSE-CFIN", "352", SEP)
    payment = Movement.objects.get(dp_number="100000001")
    assert (payment.centre_financier, payment.supplier, payment.date) == ("0352-CFSE-CFIN", "Société Coaching", OCT)
    assert (report.lines, report.matched_lines, report.unmatched_lines) == (4, 3, 1)
    assert report.counts == {"new": 3, "changed": 0, "unchanged": 0, "refused": 0}
    assert report.by_kind["EJ"]["new"] == 2 and report.by_kind["DP"]["new"] == 1
    assert report.amounts["committed"] == D("100000.00") and report.amounts["paid"] == D("40000.00")
    [unmatched] = report.unmatched.values()
    assert unmatched["imputation"] == "0999-XXXX-YYYY / 0999-01 / — / —"
    assert unmatched["reason"] == "aucune convention n'a ce centre financier"
    assert unmatched["examples"] == ["2103000009"]
    # Stored: who, when, which file, the report.
    record = ChorusImport.objects.get()
    assert (record.file_name, record.created_by, record.new, record.unmatched) == ("restitution.csv", member, 3, 1)
    assert record.sha256 == report.sha256 and len(record.sha256) == 64
    assert record.report["counts"]["new"] == 3
    assert record.report["unmatched"][0]["reason"] == "aucune convention n'a ce centre financier"
    event = AuditEvent.objects.for_scope(fast13.scope).filter(action="conventio.budget.batch.applied").get()
    assert event.actor == member
    assert event.data["chorus_import"] == record.pk
    assert event.message.startswith(f"Import Chorus n° {record.pk} (restitution.csv) : 3 mouvement(s) enregistré(s)")
    text = report.render()
    assert "Imputations non rattachées (1)" in text
    assert "EJ 2103000001" in text and "80 000,00 € (engagement)" in text


def test_importing_the_same_file_again_changes_nothing(fast13) -> None:  # type: ignore[no-untyped-def]
    data = files.csv_bytes(first_file())
    import_file(data)
    before = rows(fast13)
    events = AuditEvent.objects.count()
    again = import_file(data)
    assert rows(fast13) == before
    assert AuditEvent.objects.count() == events  # nothing written, nothing to audit
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 3, "refused": 0}
    assert ChorusImport.objects.count() == 2  # each import is recorded with its report


def test_xlsx_gives_the_same_result_as_csv(fast13) -> None:  # type: ignore[no-untyped-def]
    report = import_file(files.xlsx_bytes(first_file(), cover_sheet=True), name="restitution.xlsx")
    assert report.file_format == "xlsx" and report.sheet == "Données"
    assert report.counts["new"] == 3
    assert import_file(files.csv_bytes(first_file(), encoding="utf-8", bom=True)).counts["unchanged"] == 3


def test_changed_amounts_become_withdrawals_complements_and_reversals_never_edits(fast13) -> None:  # type: ignore[no-untyped-def]
    import_file(files.csv_bytes(first_file()))
    original = {movement.pk: (movement.ae, movement.cp) for movement in Movement.objects.all()}
    later = [
        ej("2103000001", "70000", NOV),  # lowered by 10 000
        dp("2103000001", "100000001", "30000", OCT),  # lowered by 10 000
        ej("2103000002", "25000", NOV),  # raised by 5 000
        dp("2103000002", "100000002", "5000", DEC),  # new
    ]
    report = import_file(files.csv_bytes(later))
    assert report.counts == {"new": 1, "changed": 3, "unchanged": 0, "refused": 0}
    assert {(entry["number"], entry["operation"]) for entry in report.entries["changed"]} == {
        ("2103000001", "retrait d'engagement"),
        ("100000001", "annulation de paiement"),
        ("2103000002", "complément d'engagement"),
    }
    # The rows already there are untouched; the changes are new rows pointing at them.
    assert {m.pk: (m.ae, m.cp) for m in Movement.objects.filter(pk__in=original)} == original
    withdrawal = Movement.objects.get(kind=MovementKind.WITHDRAWAL)
    assert (withdrawal.ae, withdrawal.date, withdrawal.reverses.ej_number) == (D("-10000.00"), NOV, "2103000001")
    complement = Movement.objects.get(kind=MovementKind.COMMITMENT, ej_number="2103000002", reverses__isnull=False)
    assert (complement.ae, complement.supplier) == (D("5000.00"), "Studio Design")
    reversal = Movement.objects.get(kind=MovementKind.PAYMENT_REVERSAL)
    assert (reversal.cp, reversal.dp_number) == (D("-10000.00"), "100000001")
    state = ledger.balances(fast13.ledger)
    assert (state.committed_ae, state.paid_cp) == (D("95000.00"), D("35000.00"))
    assert ledger.commitment_balance(fast13.ledger, "2103000002") == (D("25000.00"), D("5000.00"))
    # The same later file again: unchanged. A DP paid more than recorded: refused, never edited.
    assert import_file(files.csv_bytes(later)).counts == {"new": 0, "changed": 0, "unchanged": 4, "refused": 0}
    raised = import_file(files.csv_bytes([dp("2103000001", "100000001", "35000", OCT)]))
    [refusal] = raised.entries["refused"]
    assert refusal["message"].startswith("le montant payé de la DP passerait de 30 000,00 € à 35 000,00 €")


def test_lines_that_would_break_a_ceiling_are_refused_listed_and_not_loaded(
    fast13, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    lines = [
        ej("2103000001", "80000", SEP),
        ej("2103000002", "50000", OCT),  # 80 000 + 50 000 > 110 000 released at signature
        dp("2103000002", "100000002", "1000", NOV),  # its EJ was refused: so is the payment
        ej("2103000003", "30000", DEC),  # fits after the refusal
    ]
    with django_capture_on_commit_callbacks(execute=True):
        report = import_file(files.csv_bytes(lines))
    assert report.counts == {"new": 2, "changed": 0, "unchanged": 0, "refused": 2}
    refused = {entry["number"]: entry["message"] for entry in report.entries["refused"]}
    assert refused["2103000002"] == (
        "Engagement refusé : 50 000,00 € dépasseraient les AE débloquées par les tranches de 20 000,00 € "
        "(plafond 110 000,00 €, déjà engagé 80 000,00 €, disponible 30 000,00 €). Demandez le déblocage de la "
        "tranche suivante ou un ajustement de la dotation au délégant."
    )
    assert refused["100000002"] == "Paiement refusé : aucun engagement juridique n° 2103000002 dans cette convention."
    assert not Movement.objects.filter(ej_number="2103000002").exists()
    assert ledger.balances(fast13.ledger).committed_ae == D("110000.00")
    alert = Alert.objects.get(convention=fast13, kind=AlertKind.INSUFFICIENCY)
    assert "20 000,00 €" in alert.message
    # After the mid-term release, the same file loads the refused lines (and nothing twice).
    second = fast13.tranches.get(position=1)
    ledger.release_tranche(
        second, actor=None, released_on=datetime.date(2023, 11, 30), decision="Déblocage", review="Bilan FAST"
    )
    again = import_file(files.csv_bytes(lines))
    assert again.counts == {"new": 2, "changed": 0, "unchanged": 2, "refused": 0}
    assert ledger.balances(fast13.ledger).committed_ae == D("160000.00")


def test_each_seed_gets_its_own_lines_and_the_djepva_codes_match_with_four_digits(fast13, djepva) -> None:  # type: ignore[no-untyped-def]
    lines = [
        ej("2103000001", "1000", SEP),
        ej("1300000001", "250000", datetime.date(2024, 2, 1), imputation=files.DJEPVA),
        dp("1300000001", "200000001", "100000", datetime.date(2024, 3, 1), imputation=files.DJEPVA),
    ]
    report = import_file(files.csv_bytes(lines))
    assert report.counts["new"] == 3
    assert [row[1] for row in rows(fast13)] == ["2103000001"]
    assert [row[1:3] for row in rows(djepva)] == [("1300000001", ""), ("1300000001", "200000001")]
    assert {item["id"] for item in report.as_dict()["conventions"]} == {fast13.pk, djepva.pk}


def test_a_known_ej_stays_with_its_convention_whatever_its_imputation(fast13) -> None:  # type: ignore[no-untyped-def]
    ledger.commit(fast13, actor=None, ej_number="2103000001", date=SEP, amount="1000")
    report = import_file(files.csv_bytes([ej("2103000001", "1500", NOV, imputation=files.UNKNOWN)]))
    assert report.counts == {"new": 0, "changed": 1, "unchanged": 0, "refused": 0}
    assert report.unmatched_lines == 0
    assert ledger.commitment_balance(fast13.ledger, "2103000001") == (D("1500.00"), D("0.00"))


def test_postes_of_a_restitution_add_up_once_each(fast13) -> None:  # type: ignore[no-untyped-def]
    lines = [
        ej("2103000001", "30000", SEP, poste="1"),
        ej("2103000001", "20000", SEP, poste="2"),
        {**dp("2103000001", "100000001", "1000", OCT), "Montant engagé": D("30000")},  # poste 1 repeated
        {**dp("2103000001", "100000002", "2000", OCT), "N° poste EJ": "2", "Montant engagé": D("20000")},
        ej("2103000002", "100", SEP, poste="1"),
        ej("2103000002", "200", SEP, poste="1"),  # the same poste with two amounts
    ]
    report = import_file(files.csv_bytes(lines))
    assert ledger.commitment_balance(fast13.ledger, "2103000001") == (D("50000.00"), D("3000.00"))
    [refused] = report.entries["refused"]
    assert refused["number"] == "2103000002"
    assert refused["message"] == "montants engagés incohérents, poste 1 : deux montants différents (ligne 7)"


def test_a_journal_in_the_project_format_adds_its_movements_up(fast13) -> None:  # type: ignore[no-untyped-def]
    header = [
        "exercice",
        "type_mouvement",
        "numero_ej",
        "numero_dp",
        "centre_financier",
        "domaine_fonctionnel",
        "activite",
        "centre_cout",
        "montant",
        "date_operation",
        "fournisseur_code",
        "fournisseur_nom",
    ]
    common = {
        "centre_financier": "0352-CFSE-CFIN",
        "domaine_fonctionnel": "0352-01",
        "activite": "035200010101",
        "centre_cout": "AICDAIR075",
        "fournisseur_code": "1000123",
        "fournisseur_nom": "Coach SAS",
    }
    lines = [
        {
            **common,
            "exercice": "2023",
            "type_mouvement": "engagement",
            "numero_ej": "2103000001",
            "montant": "50000.00",
            "date_operation": "2023-09-01",
        },
        {
            **common,
            "exercice": "2023",
            "type_mouvement": "modification",
            "numero_ej": "2103000001",
            "montant": "-10000.00",
            "date_operation": "2023-10-01",
        },
        {
            **common,
            "exercice": "2023",
            "type_mouvement": "paiement",
            "numero_ej": "2103000001",
            "numero_dp": "100000001",
            "montant": "20000.00",
            "date_operation": "2023-10-20",
        },
        {
            **common,
            "exercice": "2023",
            "type_mouvement": "service_fait",
            "numero_ej": "2103000001",
            "montant": "20000.00",
            "date_operation": "2023-10-10",
        },
    ]
    data = files.csv_bytes(lines, columns=header, encoding="utf-8")
    report = import_file(data)
    assert report.layout == "journal"
    assert report.ignored_lines == 1
    assert ledger.commitment_balance(fast13.ledger, "2103000001") == (D("40000.00"), D("20000.00"))
    assert Movement.objects.get(kind=MovementKind.COMMITMENT).supplier == "Coach SAS"
    assert import_file(data).counts["unchanged"] == 2


def test_lines_of_conventions_the_user_may_not_change_are_refused_and_hidden_ones_unmatched(fast13) -> None:  # type: ignore[no-untyped-def]
    outsider = factories.user("outsider")
    report = import_file(files.csv_bytes(first_file()), actor=outsider)
    assert report.matched_lines == 0 and report.unmatched_lines == 4
    assert any(
        group["reason"] == "aucune convention accessible à cet utilisateur" for group in report.unmatched.values()
    )
    reader = factories.user("lecteur")
    diair = fast13.parties.exclude(role=Role.DELEGANT).first().organisation
    Membership.objects.create(user=reader, organisation=diair, role=MemberRole.READER)
    report = import_file(files.csv_bytes(first_file()), actor=reader)
    assert report.counts["refused"] == 3
    assert report.entries["refused"][0]["message"].startswith("vous n'avez pas le droit de modifier la convention")
    assert not Movement.objects.exists()


def test_progress_is_reported_while_reading_and_writing(fast13) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, int, int | None]] = []
    lines = [ej(f"21{index:08d}", "1", SEP) for index in range(20500)]
    import_file(files.csv_bytes(lines), progress=lambda *call: calls.append(call))
    assert ("lecture", 10000, 20501) in calls and ("lecture", 20501, 20501) in calls  # the header and 20 500 lines
    assert calls[-1] == ("écriture", 1, 1)
    assert Movement.objects.count() == 20500


# ----------------------------------------------------------------------- bad files


def _nothing_written() -> None:
    assert not Movement.objects.exists()
    assert not ChorusImport.objects.exists()
    assert not AuditEvent.objects.filter(action="conventio.budget.batch.applied").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"Montant engagé": "8O 000,00"}, "ligne 3, colonne « Montant engagé » : montant illisible « 8O 000,00 »"),
        ({"Date comptable": "31/02/2023"}, "ligne 3, colonne « Date comptable » : date illisible « 31/02/2023 »"),
        ({"N° EJ": ""}, "ligne 3, colonne « N° EJ » : numéro d'EJ absent"),
        ({"N° EJ": "2,103E+09"}, "notation scientifique"),
    ],
)
def test_one_unreadable_line_refuses_the_whole_file(fast13, change: dict[str, str], message: str) -> None:  # type: ignore[no-untyped-def]
    lines = [ej("2103000001", "80000", SEP), {**ej("2103000002", "1", SEP), **change}, ej("2103000003", "1", SEP)]
    with pytest.raises(ChorusFileError) as refused:
        import_file(files.csv_bytes(lines), name="extraction.csv")
    assert refused.value.exit_code == 1
    assert "1 ligne(s) illisible(s) ; le fichier n'est pas importé" in refused.value.message
    assert any(message in error for error in refused.value.errors)
    _nothing_written()


def test_a_missing_column_refuses_the_file(fast13) -> None:  # type: ignore[no-untyped-def]
    columns = [column for column in files.COLUMNS if column != "N° EJ"]
    with pytest.raises(ChorusFileError, match="colonne obligatoire absente.*« N° EJ »"):
        import_file(files.csv_bytes(first_file(), columns=columns))
    _nothing_written()


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", ChorusFileError, "le fichier est vide"),
        (files.csv_bytes([]), ChorusFileError, "aucune ligne de données"),
        (random.Random(3).randbytes(20000), UnreadableFile, "binaire ou corrompu"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), UnreadableFile, "Excel 97-2003"),
    ],
)
def test_empty_and_garbage_files_are_refused(fast13, data: bytes, error: type[Exception], message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=message):
        import_file(data)
    _nothing_written()
