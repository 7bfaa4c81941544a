"""Reading Chorus extractions: cells, headers, encodings, CSV and XLSX, bad input (no database)."""

from __future__ import annotations

import datetime
import random

import pytest

from conventio.budget.chorus import formats
from conventio.budget.chorus.formats import (
    ChorusFileError,
    ChorusRow,
    LineError,
    Reader,
    UnreadableFile,
    map_columns,
    open_source,
    parse_amount,
    parse_date,
)
from tests.budget import chorus_files as files


DAY = datetime.date(2023, 9, 1)


def read(data: bytes) -> tuple[Reader, list[ChorusRow | LineError]]:
    reader = Reader(open_source(data, name="extraction.csv"))
    return reader, list(reader)


# ------------------------------------------------------------------------------ cells


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("80 000,00", 8_000_000),
        ("80\u00a0000,00", 8_000_000),
        ("80\u202f000,00 €", 8_000_000),
        ("1.234.567,89", 123_456_789),
        ("1,234,567.89", 123_456_789),
        ("1234.5", 123_450),
        ("-12,5", -1_250),
        ("12,50-", -1_250),
        ("(3,00)", -300),
        ("1234,560", 123_456),
        ("0,01", 1),
        ("0", 0),
        ("", None),
        ("-", None),
        ("#", None),
        (1234, 123_400),
        (1234.56, 123_456),
        (None, None),
    ],
)
def test_amounts_in_french_and_english_writings(text: object, cents: int | None) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["1.234", "12,345", "8O 000", "abc", "1e5", "--3", "99999999999999999999"])
def test_unreadable_or_ambiguous_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="montant"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("27/07/2023", datetime.date(2023, 7, 27)),
        ("27.07.2023", datetime.date(2023, 7, 27)),
        ("27-07-23", datetime.date(2023, 7, 27)),
        ("2023-07-27", datetime.date(2023, 7, 27)),
        ("2023-07-27 00:00:00", datetime.date(2023, 7, 27)),
        ("20230727", datetime.date(2023, 7, 27)),
        ("45134", datetime.date(2023, 7, 27)),  # Excel serial number
        (45134, datetime.date(2023, 7, 27)),
        (datetime.datetime(2023, 7, 27, 10, 5, tzinfo=datetime.UTC), datetime.date(2023, 7, 27)),
        ("", None),
        ("00.00.0000", None),
    ],
)
def test_dates(value: object, day: datetime.date | None) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize("text", ["31/02/2023", "2023-13-01", "demain", "27/07/1850"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(text)


def test_imputation_codes_take_one_form() -> None:
    assert formats.centre_financier("BG00/0352-CFSE-CFIN") == "0352-CFSE-CFIN"
    assert formats.centre_financier("163-CDJE-STET") == "0163-CDJE-STET"
    assert formats.centre_financier("0352-cfse-cfin Libellé de l'UO") == "0352-CFSE-CFIN"
    assert formats.domaine_fonctionnel("163-01") == "0163-01"
    assert formats.domaine_fonctionnel("BG00/0216-04-01") == "0216-04-01"
    assert formats.activite("BG00/035200010101") == "035200010101"
    assert formats.activite("0352 0001 0101") == "035200010101"
    assert formats.activite("BG00/021701010523") == "021701010523"
    assert formats.centre_cout("AICDAIR075 Délégation") == "AICDAIR075"


def test_piece_numbers() -> None:
    assert formats.parse_number(2103000001, "d'EJ") == "2103000001"
    assert formats.parse_number(2103000001.0, "d'EJ") == "2103000001"
    assert formats.parse_number(" 2103 000 001 ", "d'EJ") == "2103000001"
    with pytest.raises(ValueError, match="notation scientifique"):
        formats.parse_number("2,103E+09", "d'EJ")
    with pytest.raises(ValueError, match="trop long"):
        formats.parse_number("1" * 21, "d'EJ")


def test_types_of_movement() -> None:
    assert formats.movement_effect("100") == (formats.AE, False)
    assert formats.movement_effect("150 Modification") == (formats.AE, False)
    assert formats.movement_effect("200 Réduction") == (formats.NONE, False)
    assert formats.movement_effect("350") == (formats.NONE, False)
    assert formats.movement_effect("retrait") == (formats.AE, True)
    assert formats.movement_effect("paiement") == (formats.CP, False)
    assert formats.movement_effect("changement_imputation_emetteur") == (formats.AE, False)
    with pytest.raises(ValueError, match="type de mouvement inconnu"):
        formats.movement_effect("999 Autre")


# ---------------------------------------------------------------------------- headers


def test_headers_match_whatever_their_accents_case_spaces_and_number_sign() -> None:
    columns = map_columns(
        [
            "no ej",
            "NUMERO DE POSTE EJ",
            "Nº pièce de paiement",
            "centre  financier",
            "DOMAINE FONCTIONNEL",
            "Activite",
            "Centre de cout",
            "Date comptable",
            "Montant engage",
            "Montant paye",
            "Exercice comptable",
        ]
    )
    assert set(columns.index) == {
        "ej",
        "ej_poste",
        "dp",
        "centre_financier",
        "domaine_fonctionnel",
        "activite",
        "centre_cout",
        "date",
        "engaged",
        "paid",
        "exercice",
    }
    assert columns.ignored == []
    assert not columns.missing()


def test_double_columns_use_the_code_and_keep_the_label_for_the_supplier() -> None:
    columns = map_columns(
        [
            "Centre financier CODE",
            "Centre financier",
            "N° EJ",
            "Fournisseur payé (DP) CODE",
            "Fournisseur payé (DP)",
            "Date comptable",
            "Montant payé",
            "N° DP",
            "Colonne inconnue",
        ]
    )
    assert columns.index["centre_financier"] == 0
    assert columns.label_index["centre_financier"] == 1
    assert columns.index["fournisseur"] == 3
    assert columns.label_index["fournisseur"] == 4
    assert columns.ignored == ["Colonne inconnue"]
    # « X » then « X CODE »: the code column wins whatever the order.
    assert map_columns(["Centre financier", "Centre financier CODE", "N° EJ"]).index["centre_financier"] == 1
    # The same header twice: the first is the code; a header-less column after a code is its label.
    assert map_columns(["Centre financier", "Centre financier"]).label_index["centre_financier"] == 1
    assert map_columns(["Centre financier", "", "N° EJ"]).label_index["centre_financier"] == 1


def test_the_project_format_is_recognised() -> None:
    header = [
        "exercice",
        "type_mouvement",
        "code_type_montant",
        "numero_ej",
        "poste_ej",
        "numero_dp",
        "poste_dp",
        "centre_financier",
        "domaine_fonctionnel",
        "activite",
        "centre_cout",
        "compte_budgetaire",
        "montant",
        "date_operation",
        "date_piece",
        "fournisseur_code",
        "fournisseur_nom",
        "siret_beneficiaire",
        "libelle",
    ]
    columns = map_columns(header)
    assert columns.journal
    assert columns.index["type"] == header.index("type_mouvement")
    assert columns.index["date"] == header.index("date_operation")
    # « fournisseur_code » and « fournisseur_nom » form a double column: the name is the label.
    assert columns.label_index["fournisseur"] == header.index("fournisseur_nom")
    assert columns.ignored == ["compte_budgetaire", "siret_beneficiaire"]
    assert not columns.missing()


# ------------------------------------------------------------------------ whole files


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [("cp1252", False, ";"), ("utf-8", False, ";"), ("utf-8", True, ";"), ("utf-8", False, "\t")],
)
def test_csv_in_every_encoding_and_delimiter(encoding: str, bom: bool, delimiter: str) -> None:
    data = files.csv_bytes(
        [
            files.ej("2103000001", "80000", DAY, supplier="Société Générale d'Équipement"),
            files.dp("2103000001", "100000001", "40000.5", datetime.date(2023, 10, 15)),
        ],
        encoding=encoding,
        bom=bom,
        delimiter=delimiter,
    )
    source = open_source(data)
    assert (source.file_format, source.encoding) == (
        "csv",
        {"cp1252": "cp1252"}.get(encoding, "utf-8-sig" if bom else "utf-8"),
    )
    reader, rows = read(data)
    assert reader.delimiter == delimiter
    first, second = rows
    assert isinstance(first, ChorusRow) and isinstance(second, ChorusRow)
    assert (first.line, first.ej, first.ej_poste, first.dp, first.ae, first.cp) == (
        2,
        "2103000001",
        "1",
        "",
        8_000_000,
        None,
    )
    assert (first.centre_financier, first.domaine_fonctionnel, first.activite, first.centre_cout) == (
        "0352-CFSE-CFIN",
        "0352-01",
        "035200010101",
        "AICDAIR075",
    )
    assert first.supplier == "Société Générale d'Équipement"
    assert first.date == DAY
    assert (second.dp, second.ae, second.cp, second.date) == (
        "100000001",
        None,
        4_000_050,
        datetime.date(2023, 10, 15),
    )


def test_title_lines_above_the_header_and_total_lines_are_skipped() -> None:
    data = files.csv_bytes(
        [files.ej("2103000001", "10", DAY), {"N° EJ": "Résultat global", "Montant engagé": files.D("10")}],
        before=["Restitution INF-BUD-53;;", "Périmètre : BG00;;", ""],
    )
    reader, rows = read(data)
    assert [row.ej for row in rows if isinstance(row, ChorusRow)] == ["2103000001"]
    assert rows[0].line == 5  # type: ignore[union-attr]
    assert reader.skipped_totals == 1


def test_xlsx_is_read_in_read_only_mode_from_the_sheet_that_has_the_header() -> None:
    data = files.xlsx_bytes(
        [
            files.ej("2103000001", "80000", DAY),
            files.dp("2103000001", "100000001", "1234.56", datetime.date(2023, 10, 15)),
        ],
        before=[["Restitution Chorus"], []],
        cover_sheet=True,
    )
    source = open_source(data, name="extraction.xlsx")
    assert source.file_format == "xlsx"
    reader = Reader(source)
    rows = list(reader)
    assert reader.sheet == "Données"
    assert [(row.ej, row.dp, row.ae, row.cp, row.date) for row in rows] == [  # type: ignore[union-attr]
        ("2103000001", "", 8_000_000, None, DAY),
        ("2103000001", "100000001", None, 123_456, datetime.date(2023, 10, 15)),
    ]


def test_missing_mandatory_columns_are_named() -> None:
    columns = [column for column in files.COLUMNS if column != "Centre financier"]
    data = files.csv_bytes([files.ej("2103000001", "10", DAY)], columns=columns)
    with pytest.raises(ChorusFileError, match="Centre financier") as refused:
        read(data)
    assert "En-têtes lus" in refused.value.message
    no_amount = [column for column in files.COLUMNS if not column.startswith("Montant")]
    with pytest.raises(ChorusFileError, match="un montant"):
        read(files.csv_bytes([files.ej("2103000001", "10", DAY)], columns=no_amount))
    no_date = [column for column in files.COLUMNS if column != "Date comptable"]
    with pytest.raises(ChorusFileError, match="Date comptable"):
        read(files.csv_bytes([files.ej("2103000001", "10", DAY)], columns=no_date))


def test_bad_lines_are_reported_with_their_line_and_column() -> None:
    lines = [
        files.ej("2103000001", "10", DAY),
        {**files.ej("2103000002", "10", DAY), "Montant engagé": "8O 000,00"},
        {**files.ej("2103000003", "10", DAY), "Date comptable": "31/02/2023"},
        {**files.ej("", "10", DAY)},
    ]
    _, rows = read(files.csv_bytes(lines))
    errors = [str(row) for row in rows if isinstance(row, LineError)]
    assert errors == [
        "ligne 3, colonne « Montant engagé » : montant illisible « 8O 000,00 »",
        "ligne 4, colonne « Date comptable » : date illisible « 31/02/2023 » (attendu JJ/MM/AAAA ou AAAA-MM-JJ)",
        "ligne 5, colonne « N° EJ » : numéro d'EJ absent",
    ]


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", ChorusFileError, "vide"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, UnreadableFile, "Excel 97-2003"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", UnreadableFile, "PDF"),
        (
            bytes(random.Random(5).getrandbits(8) for _ in range(1)) + random.Random(5).randbytes(4000),
            UnreadableFile,
            "binaire",
        ),
        ("N° EJ;Centre financier\n\x81\x8d\n".encode("latin-1"), UnreadableFile, "encodage"),
        (b"PK\x03\x04" + b"\x00" * 100, UnreadableFile, "XLSX illisible"),
    ],
)
def test_unreadable_files_are_refused_clearly(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        read(data)


def test_a_missing_file_and_a_folder_are_unreadable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnreadableFile, match="introuvable"):
        open_source(tmp_path / "absent.csv")
    with pytest.raises(UnreadableFile, match="pas un fichier ordinaire"):
        open_source(tmp_path)


def test_a_header_alone_and_a_text_without_header() -> None:
    _, rows = read(files.csv_bytes([]))
    assert rows == []
    with pytest.raises(ChorusFileError, match="colonnes obligatoires absentes"):
        read("Bonjour,\nceci n'est pas une extraction Chorus : l'en-tête manque.\n".encode())


def test_the_fingerprint_is_the_sha256_of_the_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = files.csv_bytes([files.ej("2103000001", "10", DAY)])
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    import hashlib

    assert open_source(path).sha256 == open_source(data).sha256 == hashlib.sha256(data).hexdigest()
    assert open_source(path).total_lines == 2
