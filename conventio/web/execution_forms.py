"""Forms of the execution section: engagements, payments, corrections, tranche releases,
dotation adjustments and the suspension for insufficiency of credits.

Shape only (a number, an amount, a date); every ceiling is checked by
`budget.services.ledger`, whose French refusal the page shows as it is.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms

from conventio.budget.enums import AllocationKind
from conventio.web.forms import ConventioForm


_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _date_field(label: str, *, required: bool = True, missing: str = "Indiquez la date.") -> forms.DateField:
    """A date typed in the browser's date picker, with French messages."""
    return forms.DateField(
        label=label,
        required=required,
        widget=_DATE,
        error_messages={"required": missing, "invalid": "Indiquez une date valide."},
    )


_AMOUNT_ERRORS = {"required": "Indiquez le montant.", "invalid": "Indiquez un montant en euros (ex. 12 500,00)."}


class FrenchAmountField(forms.DecimalField):
    """« 12 500,00 », « 12500.00 » or « 12 500 € » → Decimal('12500.00').

    A text input (decimal keypad on phones), not `type=number`: a browser's number input
    refuses « 12 500,00 », and would show a refused value as an empty box instead of what
    the agent typed.
    """

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value: object) -> Decimal | None:  # type: ignore[override]
        if isinstance(value, str):
            value = value.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
            value = value.replace(",", ".")
        result: Decimal | None = super().to_python(value)
        return result


class CommitmentForm(ConventioForm):
    ej_number = forms.CharField(
        label="N° d'engagement juridique (EJ)",
        max_length=20,
        error_messages={"required": "Indiquez le numéro d'engagement juridique."},
    )
    date = _date_field("Date de l'engagement")
    amount = FrenchAmountField(
        label="Montant engagé (AE, en euros)", max_digits=15, decimal_places=2, error_messages=_AMOUNT_ERRORS
    )
    supplier = forms.CharField(label="Fournisseur", max_length=300, required=False)
    marche = forms.CharField(label="Marché ou bon de commande", max_length=200, required=False)


class PaymentForm(ConventioForm):
    ej_number = forms.CharField(
        label="N° d'engagement juridique payé",
        max_length=20,
        error_messages={"required": "Indiquez l'engagement juridique payé."},
    )
    dp_number = forms.CharField(
        label="N° de demande de paiement (DP)",
        max_length=20,
        error_messages={"required": "Indiquez le numéro de demande de paiement."},
    )
    date = _date_field("Date du paiement")
    amount = FrenchAmountField(
        label="Montant payé (CP, en euros)", max_digits=15, decimal_places=2, error_messages=_AMOUNT_ERRORS
    )
    service_fait_on = _date_field("Date du service fait (facultatif)", required=False)


class TrancheReleaseForm(ConventioForm):
    """The recorded decision that makes a tranche's credits available (who is the signed-in user)."""

    tranche = forms.TypedChoiceField(
        label="Tranche",
        coerce=int,
        error_messages={
            "required": "Choisissez la tranche à débloquer.",
            "invalid_choice": "Cette tranche n'existe pas ou est déjà débloquée.",
        },
    )
    released_on = _date_field("Date de la décision", missing="Indiquez la date de la décision.")
    decision = forms.CharField(
        label="Décision",
        max_length=500,
        help_text="Par exemple : « déblocage décidé par le délégant »",
        error_messages={"required": "Indiquez la décision qui débloque la tranche."},
    )
    review = forms.CharField(
        label="Revue ou bilan (obligatoire pour une tranche sous condition)",
        max_length=500,
        required=False,
        help_text="Par exemple : « bilan de mi-parcours du 30/11/2023 »",
    )

    def __init__(self, data: object = None, *, choices: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(data, **kwargs)
        self.fields["tranche"].choices = [("", "Choisir une tranche"), *choices]


class CorrectionForm(ConventioForm):
    """A withdrawal on an engagement juridique, or the cancellation of (part of) a payment:
    a new row that reverses, never an edit of the one recorded."""

    number = forms.CharField(
        label="N° de l'engagement (retrait) ou de la demande de paiement (annulation)",
        max_length=20,
        error_messages={"required": "Indiquez le numéro de l'engagement ou de la demande de paiement."},
    )
    date = _date_field("Date")
    amount = FrenchAmountField(
        label="Montant (en euros)", max_digits=15, decimal_places=2, error_messages=_AMOUNT_ERRORS
    )
    reason = forms.CharField(
        label="Motif", max_length=500, error_messages={"required": "Indiquez le motif de la correction."}
    )


class SignedAmountField(FrenchAmountField):
    """An amount that may be negative (« -5 000 », « − 5 000,00 € ») or signed (« +10 000 »); empty is 0."""

    def to_python(self, value: object) -> Decimal | None:  # type: ignore[override]
        if isinstance(value, str):
            value = value.replace("\u2212", "-").strip()
            if not value:
                return Decimal("0.00")
        return super().to_python(value)


NEW_LINE = "nouvelle"
_SIGNED_ERRORS = {"invalid": "Indiquez une variation en euros (ex. 10 000,00 ou -5 000,00)."}


class AdjustmentForm(ConventioForm):
    """A change of dotation (avenant or adjustment): the variation of AE and CP on one line.

    The ledger records it as a new signed row, audited, and checks that allocated AE stay
    above the AE committed, each year's CP above its payments, and cumulative CP below
    cumulative AE; recording it also lifts a suspension for insufficiency of credits.
    """

    line = forms.ChoiceField(
        label="Ligne de dotation",
        error_messages={
            "required": "Choisissez la ligne de dotation à ajuster.",
            "invalid_choice": "Cette ligne de dotation n'existe pas.",
        },
    )
    year = forms.IntegerField(
        label="Exercice (pour une nouvelle ligne)",
        required=False,
        min_value=1990,
        max_value=2100,
        error_messages={
            "invalid": "Indiquez l'année de l'exercice (ex. 2025).",
            "min_value": "L'année de l'exercice n'est pas valide.",
            "max_value": "L'année de l'exercice n'est pas valide.",
        },
    )
    programme = forms.CharField(
        label="Programme (pour une nouvelle ligne, facultatif)",
        max_length=3,
        required=False,
        error_messages={"max_length": "Le programme a trois chiffres (ex. 352)."},
    )
    centre_financier = forms.CharField(
        label="Centre financier (pour une nouvelle ligne, facultatif)", max_length=40, required=False
    )
    ae = SignedAmountField(
        label="Variation des AE (en euros)",
        required=False,
        max_digits=15,
        decimal_places=2,
        help_text="Positive pour un abondement, négative pour une réduction ; vide si les AE ne changent pas.",
        error_messages=_SIGNED_ERRORS,
    )
    cp = SignedAmountField(
        label="Variation des CP (en euros)",
        required=False,
        max_digits=15,
        decimal_places=2,
        help_text="Vide si les CP ne changent pas.",
        error_messages=_SIGNED_ERRORS,
    )
    kind = forms.ChoiceField(
        label="Nature",
        choices=[(AllocationKind.ADJUSTMENT, "Ajustement de la dotation"), (AllocationKind.AVENANT, "Avenant")],
        initial=AllocationKind.ADJUSTMENT,
        required=False,
        error_messages={"invalid_choice": "Choisissez « ajustement de la dotation » ou « avenant »."},
    )
    reason = forms.CharField(
        label="Motif ou référence",
        max_length=500,
        help_text="Par exemple : « avenant n° 1 » ou « ajustement de dotation décidé par le délégant »",
        error_messages={"required": "Indiquez le motif ou la référence de l'ajustement."},
    )

    def __init__(self, data: object = None, *, lines: list[tuple[int, str, str]], **kwargs: object) -> None:
        """`lines`: the ledger's (year, programme, centre financier) lines, as recorded."""
        super().__init__(data, **kwargs)
        self.lines = {self.line_key(*line): line for line in lines}
        self.fields["line"].choices = [
            ("", "Choisir une ligne"),
            *((key, self.line_label(*line)) for key, line in self.lines.items()),
            (NEW_LINE, "Nouvel exercice (indiquez l'année ci-dessous)"),
        ]

    @staticmethod
    def line_key(year: int, programme: str, centre_financier: str) -> str:
        return f"{year}|{programme}|{centre_financier}"

    @staticmethod
    def line_label(year: int, programme: str, centre_financier: str) -> str:
        parts = [f"Exercice {year}"]
        if programme:
            parts.append(f"programme {programme}")
        if centre_financier:
            parts.append(f"centre financier {centre_financier}")
        return " — ".join(parts)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        line = data.get("line")
        if line == NEW_LINE:
            if data.get("year") is None and "year" not in self.errors:
                self.add_error("year", "Indiquez l'année du nouvel exercice.")
        elif line in self.lines:
            data["year"], data["programme"], data["centre_financier"] = self.lines[line]
        data["kind"] = data.get("kind") or AllocationKind.ADJUSTMENT
        if not data.get("ae") and not data.get("cp") and "ae" not in self.errors and "cp" not in self.errors:
            raise forms.ValidationError(
                "Indiquez une variation des AE ou des CP : l'ajustement ne change aucun montant."
            )
        return data


def focus_first_error(form: forms.Form) -> None:
    """Put the browser's focus (and so the scroll) in a re-rendered form: on its first field in
    error, or on its first field when the error is the form's own (a refusal of the ledger).

    `autofocus`, not a fragment in the form's action: a page opened on a fragment skips
    autofocus, and the focus in the form is what brings a keyboard or screen-reader user
    back to it. (django-dsfr's `set_autofocus_on_first_error` fails on `__all__` errors.)
    """
    names = [name for name, field in form.fields.items() if not field.widget.is_hidden]
    chosen = next((name for name in names if name in form.errors), names[0] if names else None)
    if chosen is not None:
        form.fields[chosen].widget.attrs["autofocus"] = ""


class SuspensionForm(ConventioForm):
    """« A défaut d'ajustement de la dotation, le délégataire suspend l'exécution de la délégation. »"""

    confirm = forms.BooleanField(
        label=(
            "Je confirme que les crédits sont insuffisants : l'exécution est suspendue jusqu'à l'enregistrement "
            "d'un ajustement de la dotation."
        ),
        error_messages={"required": "Cochez la confirmation pour suspendre la convention."},
    )
