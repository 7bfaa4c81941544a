"""The execution report as an A4 PDF in French, ready to send to the délégant.

Rendered with reportlab's platypus: headings, identification and figure tables with
right-aligned French amounts (« 1 234 567,89 € »), a footer with the generation date
and « page n / N » on every page, and document metadata (title, author, subject,
language). Text is set in DejaVu Sans (accents, the euro sign, no-break spaces) when
Debian's fonts-dejavu is installed, else in reportlab's built-in Helvetica, whose
WinAnsi encoding also carries « € ». A labelled blank frame is left for the
délégataire's account of the progress of the work, which the database does not hold.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from conventio.budget.reports import labels as L
from conventio.budget.reports.execution import ExecutionReport


FONT_DIRECTORIES = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
BLUE = colors.HexColor("#000091")  # DSFR « bleu France »
GREY = colors.HexColor("#eeeeee")
CELL_SIZE, CELL_LEADING, PADDING = 7.5, 9.5, 3
CHUNK = 100  # rows per table block
LINE = colors.HexColor("#929292")


@lru_cache(maxsize=1)
def fonts() -> tuple[str, str]:
    """(regular, bold) font names: DejaVu Sans when found, else the built-in Helvetica."""
    for directory in FONT_DIRECTORIES:
        regular, bold = directory / "DejaVuSans.ttf", directory / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            try:
                pdfmetrics.registerFont(TTFont("ConventioSans", str(regular)))
                pdfmetrics.registerFont(TTFont("ConventioSans-Bold", str(bold)))
            except Exception:  # noqa: BLE001, S112 - an unreadable font file: try the next place, then Helvetica
                continue
            return "ConventioSans", "ConventioSans-Bold"
    return "Helvetica", "Helvetica-Bold"


class _Styles:
    def __init__(self) -> None:
        regular, bold = fonts()
        self.regular, self.bold = regular, bold
        self.title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, textColor=BLUE, spaceAfter=2 * mm)
        self.subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=10, leading=13, spaceAfter=4 * mm)
        self.convention = ParagraphStyle("convention", fontName=bold, fontSize=12.5, leading=16, spaceAfter=4 * mm)
        self.h1 = ParagraphStyle(
            "h1", fontName=bold, fontSize=12.5, leading=16, textColor=BLUE, spaceBefore=6 * mm, spaceAfter=2.5 * mm
        )
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12, spaceAfter=1.5 * mm)
        self.note = ParagraphStyle(
            "note", fontName=regular, fontSize=8, leading=10.5, textColor=colors.HexColor("#3a3a3a")
        )
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=7.5, leading=9.5)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.amount = ParagraphStyle("amount", parent=self.cell, alignment=TA_RIGHT)
        self.amount_bold = ParagraphStyle("amount_bold", parent=self.amount, fontName=bold)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Footer:
    """The running footer's two lines; « page n / N » needs the total, known once every page is laid out."""

    def __init__(self, report: ExecutionReport, regular: str) -> None:
        name = report.reference or report.title
        if len(name) > 90:
            name = name[:89].rstrip() + "…"
        self.first = f"{L.TITLE} — {name}"
        self.second = f"Généré le {report.generated_at:%d/%m/%Y à %H:%M} par conventio"
        self.font = regular


def _numbered_canvas(footer: _Footer) -> type[pdfcanvas.Canvas]:
    class NumberedCanvas(pdfcanvas.Canvas):
        """Keeps each page's state and writes « page n / N » when the document is saved."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(LINE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 12.5 * mm, A4[0] - MARGIN, 12.5 * mm)
            self.setFont(footer.font, 7.5)
            self.setFillColor(colors.HexColor("#3a3a3a"))
            self.drawString(MARGIN, 8.5 * mm, footer.first)
            self.drawString(MARGIN, 5 * mm, footer.second)
            self.drawRightString(A4[0] - MARGIN, 8.5 * mm, f"page {self._pageNumber} / {total}")
            self.restoreState()

    return NumberedCanvas


class _Blank(Flowable):
    """A framed empty area with a label, for text the délégataire writes by hand or pastes in."""

    def __init__(self, height: float, font: str) -> None:
        super().__init__()
        self.height = height
        self.font = font

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setDash(1, 3)
        y = self.height - 9 * mm
        while y > 4 * mm:
            canvas.line(4 * mm, y, self.width - 4 * mm, y)
            y -= 8 * mm
        canvas.restoreState()


class _Builder:
    def __init__(self, report: ExecutionReport) -> None:
        self.report = report
        self.s = _Styles()
        self.story: list[Flowable] = []

    # -- helpers

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(_escape(text), style or self.s.cell)

    def heading(self, text: str) -> None:
        self.story.append(CondPageBreak(35 * mm))
        self.story.append(Paragraph(_escape(text), self.s.h1))

    def note(self, text: str) -> None:
        self.story.append(Paragraph(_escape(text), self.s.note))

    def table(
        self,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        money_columns: set[int],
        total: Sequence[Any] | None = None,
    ) -> None:
        """A table with a repeated header row; amount columns right-aligned; an optional bold total row.

        Long tables (a ledger may hold thousands of engagements) are cut into blocks of
        `CHUNK` rows, each with its header: reportlab splits one huge table across pages in
        quadratic time. Cells that fit their column are plain strings; only longer text
        becomes a wrapping Paragraph (ten times slower to lay out).
        """
        column_widths = [WIDTH * share for share in widths]
        header = [
            self.p(name, self.s.head_right if index in money_columns else self.s.head)
            for index, name in enumerate(columns)
        ]
        body = [self._cells(row, column_widths, money_columns, bold=False) for row in rows]
        blocks = [body[start : start + CHUNK] for start in range(0, len(body), CHUNK)] or [[]]
        for number, block in enumerate(blocks):
            last = number == len(blocks) - 1
            data: list[list[Any]] = [header, *block]
            if last and total is not None:
                data.append(self._cells(total, column_widths, money_columns, bold=True))
            table = Table(data, colWidths=column_widths, repeatRows=1)
            style: list[tuple[Any, ...]] = [
                ("FONT", (0, 1), (-1, -1), self.s.regular, CELL_SIZE, CELL_LEADING),
                ("BACKGROUND", (0, 0), (-1, 0), GREY),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ]
            style += [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in money_columns]
            if last and total is not None:
                style += [
                    ("FONT", (0, -1), (-1, -1), self.s.bold, CELL_SIZE, CELL_LEADING),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                    ("BACKGROUND", (0, -1), (-1, -1), GREY),
                ]
            table.setStyle(TableStyle(style))
            self.story.append(table)

    def _cells(self, row: Sequence[Any], widths: Sequence[float], money_columns: set[int], *, bold: bool) -> list[Any]:
        font = self.s.bold if bold else self.s.regular
        cells: list[Any] = []
        for index, value in enumerate(row):
            if index in money_columns:
                text = L.money(value) if isinstance(value, Decimal) else str(value or "")
            else:
                text = str(value if value is not None else "")
            if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= widths[index] - 2 * PADDING:
                cells.append(text)
            else:
                style = self.s.amount_bold if bold else self.s.amount
                if index not in money_columns:
                    style = self.s.cell_bold if bold else self.s.cell
                cells.append(self.p(text, style))
        return cells

    def pairs(self, rows: Sequence[tuple[str, str]], widths: tuple[float, float] = (0.3, 0.7)) -> None:
        data = [[self.p(label, self.s.cell_bold), self.p(value)] for label, value in rows]
        table = Table(data, colWidths=[WIDTH * widths[0], WIDTH * widths[1]])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self.story.append(table)

    # -- sections

    def build(self) -> list[Flowable]:
        r = self.report
        self.story += [
            Paragraph(_escape(L.TITLE), self.s.title),
            Paragraph(_escape(L.SUBTITLE), self.s.subtitle),
            Paragraph(_escape(r.title), self.s.convention),
        ]
        self.identification()
        self.parties()
        self.summary()
        self.per_year()
        self.releases()
        self.commitments()
        self.payments()
        self.corrections()
        self.alerts()
        self.objectives()
        self.forecast()
        self.progress()
        return self.story

    def identification(self) -> None:
        r = self.report
        imputation = r.imputation
        chorus = []
        if imputation.centre_financier:
            chorus.append(f"centre financier {imputation.centre_financier}")
        if imputation.domaine_fonctionnel:
            chorus.append(f"domaine fonctionnel {imputation.domaine_fonctionnel}")
        if imputation.activites:
            chorus.append(f"activité{'s' if len(imputation.activites) > 1 else ''} {', '.join(imputation.activites)}")
        if imputation.centre_cout:
            chorus.append(f"centre de coût {imputation.centre_cout}")
        if imputation.axe_ministeriel:
            chorus.append(f"axe ministériel {imputation.axe_ministeriel}")
        self.heading("Identification de la convention")
        self.pairs(
            [
                ("Référence (NOR)", r.reference or "non renseignée"),
                ("Nature", r.kind),
                ("Statut", r.status),
                ("Programme(s)", ", ".join(r.programmes) or "non renseigné"),
                ("Centre(s) financier(s)", ", ".join(r.centres_financiers) or "non renseigné"),
                ("Imputation Chorus", "; ".join(chorus) or "non renseignée"),
                ("Montant délégué", L.money(r.total_amount) if r.total_amount is not None else "non renseigné"),
                ("Date de signature", L.long_day(r.signature_date)),
                ("Date de prise d'effet", L.long_day(r.effective_date)),
                ("Date de fin", L.long_day(r.end_date)),
                ("Période couverte", L.period(r.period_start, r.period_end)),
                ("Date du compte rendu", L.long_day(r.report_date)),
            ]
        )

    def parties(self) -> None:
        r = self.report
        self.heading("Parties")
        rows = []
        for party in r.parties:
            represented = ", ".join(part for part in (party.representative, party.representative_title) if part)
            signed = ", ".join(part for part in (party.signatory, party.signatory_title) if part)
            if party.signs_for:
                signed = f"{signed} (pour {party.signs_for})" if signed else f"pour {party.signs_for}"
            rows.append((party.role, party.name, represented or "—", signed or "—"))
        if rows:
            self.table(
                ("Rôle", "Organisation", "Représentée par", "Signataire"),
                rows,
                (0.13, 0.35, 0.26, 0.26),
                money_columns=set(),
            )
        else:
            self.note("Aucune partie enregistrée.")

    def summary(self) -> None:
        t = self.report.totals
        self.heading("Synthèse de l'exécution")
        released = L.money(t.released_ae) if t.has_tranches else "sans tranche"
        rows = [
            ("Dotation allouée", t.allocated_ae, t.allocated_cp),
            ("AE débloquées par les tranches", released, ""),
            ("Engagé (AE) / payé (CP)", t.committed_ae, t.paid_cp),
            ("AE encore disponibles à l'engagement", t.available_ae, ""),
            ("Dotation non consommée", t.remaining_ae, t.remaining_cp),
            ("Restes à payer (engagé − payé)", "", t.to_pay),
        ]
        self.table(("", "AE", "CP"), rows, (0.5, 0.25, 0.25), money_columns={1, 2})
        self.note(
            "Chiffres issus du grand livre de la convention (dotations, déblocages, engagements juridiques, "
            "demandes de paiement, retraits et annulations), à la date du compte rendu."
        )

    def per_year(self) -> None:
        r, t = self.report, self.report.totals
        self.heading("Exécution par année")
        rows = [
            (
                str(y.year),
                y.allocated_ae,
                y.allocated_cp,
                y.released_ae,
                y.committed_ae,
                y.paid_cp,
                y.remaining_ae,
                y.remaining_cp,
            )
            for y in r.years
        ]
        total = (
            "Total",
            t.allocated_ae,
            t.allocated_cp,
            t.released_ae,
            t.committed_ae,
            t.paid_cp,
            t.remaining_ae,
            t.remaining_cp,
        )
        if rows:
            self.table(L.YEAR_COLUMNS, rows, (0.08,) + (0.1314,) * 7, money_columns=set(range(1, 8)), total=total)
        else:
            self.note("Aucune dotation ni aucun mouvement enregistré.")

    def releases(self) -> None:
        r = self.report
        self.heading("Déblocage des tranches")
        rows = [
            (item.tranche, item.amount, L.day(item.released_on), item.decision, item.review or "—", item.recorded_by)
            for item in r.releases
        ]
        if rows:
            self.table(L.RELEASE_COLUMNS, rows, (0.22, 0.14, 0.1, 0.22, 0.2, 0.12), money_columns={1})
        else:
            self.note("Aucune tranche débloquée.")

    def commitments(self) -> None:
        r, t = self.report, self.report.totals
        self.heading("Engagements juridiques")
        rows = [
            (
                item.ej_number,
                L.day(item.date),
                item.supplier or "—",
                item.marche or "—",
                item.description,
                item.committed_ae,
                item.paid_cp,
                item.remaining,
            )
            for item in r.commitments
        ]
        if rows:
            total = ("Total", "", "", "", "", t.committed_ae, t.paid_cp, t.to_pay)
            self.table(
                L.COMMITMENT_COLUMNS,
                rows,
                (0.12, 0.1, 0.14, 0.12, 0.13, 0.13, 0.13, 0.13),
                money_columns={5, 6, 7},
                total=total,
            )
            self.note("AE engagées nettes des compléments et des retraits ; CP payés nets des annulations.")
        else:
            self.note("Aucun engagement juridique enregistré.")

    def payments(self) -> None:
        r = self.report
        self.heading("Paiements")
        rows = [
            (
                item.dp_number,
                item.ej_number,
                L.day(item.date),
                L.day(item.service_fait_on),
                item.supplier or "—",
                item.amount,
                item.cancelled,
                item.net,
            )
            for item in r.payments
        ]
        if rows:
            total = ("Total", "", "", "", "", None, None, r.totals.paid_cp)
            self.table(
                L.PAYMENT_COLUMNS,
                rows,
                (0.12, 0.12, 0.1, 0.1, 0.14, 0.14, 0.14, 0.14),
                money_columns={5, 6, 7},
                total=total,
            )
        else:
            self.note("Aucune demande de paiement enregistrée.")

    def corrections(self) -> None:
        r = self.report
        self.heading("Retraits d'engagement et annulations de paiement")
        rows = [
            (item.kind, L.day(item.date), item.ej_number, item.dp_number or "—", item.amount, item.reason or "—")
            for item in r.corrections
        ]
        if rows:
            self.table(L.CORRECTION_COLUMNS, rows, (0.17, 0.1, 0.12, 0.12, 0.14, 0.35), money_columns={4})
        else:
            self.note("Aucun retrait ni aucune annulation.")

    def alerts(self) -> None:
        r = self.report
        self.heading("Alertes et suspensions")
        if r.alerts:
            rows = [(item.kind, L.day(item.raised_on), item.message) for item in r.alerts]
            self.table(("Alerte ouverte", "Levée le", "Message"), rows, (0.2, 0.1, 0.7), money_columns=set())
        else:
            self.note("Aucune alerte ouverte.")
        self.story.append(Spacer(1, 2 * mm))
        if r.suspensions:
            periods = [
                (
                    L.day(item.start),
                    L.day(item.end) if item.end else "en cours",
                    item.reason or "—",
                    item.end_reason or "—",
                )
                for item in r.suspensions
            ]
            self.table(
                ("Suspendue le", "Reprise le", "Motif", "Motif de la reprise"),
                periods,
                (0.12, 0.12, 0.38, 0.38),
                money_columns=set(),
            )
        else:
            self.note("Aucune suspension de l'exécution.")

    def objectives(self) -> None:
        r = self.report
        self.heading("Objectifs de l'annexe")
        if not r.objectives:
            self.note("Aucun objectif d'annexe enregistré.")
            return
        rows = [
            (
                item.service,
                str(item.year or ""),
                ("– " if item.level else "") + item.text,
                L.target(item.target),
                item.unit,
                item.deadline,
            )
            for item in r.objectives
        ]
        self.table(L.OBJECTIVE_COLUMNS, rows, (0.17, 0.07, 0.44, 0.09, 0.13, 0.1), money_columns=set())

    def forecast(self) -> None:
        f = self.report.forecast
        self.heading("Prévisions")
        rows = [
            ("Restes à payer sur les engagements juridiques", L.money(f.to_pay)),
            ("Engagements juridiques non soldés", str(f.open_commitments)),
            ("Date de fin de la convention", L.long_day(f.end_date)),
        ]
        if f.projected_committed_ae is not None:
            rows.append(("AE engagées projetées à la date de fin", L.money(f.projected_committed_ae)))
        if f.projected_paid_cp is not None:
            rows.append(("CP payés projetés à la date de fin", L.money(f.projected_paid_cp)))
        self.pairs(rows, (0.55, 0.45))
        self.story.append(Spacer(1, 1.5 * mm))
        self.note(f.basis)

    def progress(self) -> None:
        regular, _ = fonts()
        block = [
            Paragraph(_escape(f"{L.PROGRESS_TITLE} (à compléter par le délégataire)"), self.s.h1),
            Paragraph(_escape(L.PROGRESS_HELP), self.s.note),
            Spacer(1, 2 * mm),
            _Blank(95 * mm, regular),
            Spacer(1, 6 * mm),
            Paragraph(_escape("Fait à ……………………………, le ……………………………"), self.s.body),
            Paragraph(_escape("Pour le délégataire (nom, fonction, signature) :"), self.s.body),
            Spacer(1, 18 * mm),
        ]
        self.story.append(KeepTogether(block))


def render_pdf(report: ExecutionReport) -> bytes:
    """The report as PDF bytes (A4, French, « page n / N », metadata)."""
    buffer = io.BytesIO()
    delegataire = report.delegataire
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=f"{L.TITLE} — {report.title}",
        author=delegataire.name if delegataire else "conventio",
        subject=f"Compte rendu d'exécution budgétaire au {L.day(report.report_date)}",
        creator="conventio",
        keywords=[word for word in ("compte rendu d'exécution", report.reference) if word],
        lang="fr-FR",
    )
    builder = _Builder(report)
    footer = _Footer(report, builder.s.regular)
    document.build(builder.build(), canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()
