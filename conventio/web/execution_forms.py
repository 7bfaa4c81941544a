"""Forms of the execution section: an engagement juridique, a demande de paiement.

Shape only (a number, an amount, a date); every ceiling is checked by
`budget.services.ledger`, whose French refusal the page shows as it is.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms

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
    """« 12 500,00 », « 12500.00 » or « 12 500 € » → Decimal('12500.00')."""

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
