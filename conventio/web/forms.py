"""Forms of the back-office screens: list filters, lifecycle transitions, termination, versions, merge.

Forms only parse and check the *shape* of what an agent typed (a number, a date, a
choice among the ones offered); the business rules (may this convention be suspended,
when does a termination take effect) stay in the services, which raise a French message
that the views show as they are. Every form is a `DsfrBaseForm` so that fields render
with the State design system's classes and error states.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from dsfr.forms import DsfrBaseForm

from conventio.register.enums import Status
from conventio.register.models import Convention, ConventionVersion, Organisation, PartyRole


# Sort keys offered by the list (the view maps them onto database orderings).
SORTS = {
    "title": "intitulé",
    "signature_date": "date de signature",
    "end_date": "date de fin",
    "status": "statut",
    "amount": "montant délégué",
}
SORT_CHOICES = [(key, label) for key, label in SORTS.items()] + [
    (f"-{key}", f"{label} (décroissant)") for key, label in SORTS.items()
]
DEFAULT_SORT = "-signature_date"
MAX_DEADLINE_DAYS = 3660


class FastSelect(forms.Select):
    """A select whose options are written in Python, not one template each.

    Django renders every option through a template; with a few hundred organisations
    that is most of a list page's time. The markup is the same (escaped values and
    labels, `selected`, the attributes DSFR and the bound field set).
    """

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> SafeString:
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs["name"] = name
        selected = set(self.format_value(value))
        options = [
            format_html(
                '<option value="{}"{}>{}</option>',
                option_value,
                mark_safe(" selected") if str(option_value) in selected else "",  # noqa: S308 - constant
                label,
            )
            for option_value, label in self.choices
        ]
        return format_html("<select{}>{}</select>", flatatt(final_attrs), mark_safe("".join(options)))  # noqa: S308


class ConventioForm(DsfrBaseForm):
    """DSFR form without django-dsfr's transitional warning about marking optional fields."""

    def get_context(self) -> dict[str, Any]:
        context = forms.Form.get_context(self)
        context.setdefault("DSFR_MARK_OPTIONAL_FIELDS", False)
        return context


# ------------------------------------------------------------------------------ list


class FilterForm(ConventioForm):
    """Filters read from the query string (GET: URLs can be shared), shared by the list and the portfolio.

    Every field is optional; a field whose value is invalid is ignored by the page, and
    its error is shown beside it, so a hand-edited URL never breaks the page. Each page
    declares its own `year` field (its help text and wording differ).
    """

    status = forms.ChoiceField(
        label="Statut",
        required=False,
        choices=[("", "Tous"), *Status.choices],
        widget=FastSelect,
        error_messages={"invalid_choice": "« %(value)s » n'est pas un statut connu : filtre ignoré."},
    )
    programme = forms.ChoiceField(
        label="Programme",
        required=False,
        widget=FastSelect,
        error_messages={"invalid_choice": "« %(value)s » n'est pas un programme connu : filtre ignoré."},
    )

    def __init__(self, data: Any, *, programmes: Iterable[tuple[str, str]], years: Iterable[int]) -> None:
        super().__init__(data)
        self.fields["programme"].choices = [("", "Tous"), *programmes]
        self.fields["year"].choices = [("", "Toutes"), *((year, str(year)) for year in years)]

    def ignored(self) -> list[str]:
        """One French sentence per ignored filter, for the alert above the page's table."""
        labels = {name: field.label for name, field in self.fields.items()}
        return [f"{labels.get(name, name)} : {error}" for name, errors in self.errors.items() for error in errors]


class ConventionFilterForm(FilterForm):
    """The list's search box and filters (see `FilterForm`)."""

    field_order = ("q", "status", "programme", "year", "party", "deadline_days", "sort")

    q = forms.CharField(
        label="Rechercher",
        required=False,
        max_length=200,
        help_text="Intitulé, partie, service, programme, code Chorus…",
        error_messages={"max_length": "La recherche est limitée à %(limit_value)d caractères."},
    )
    year = forms.TypedChoiceField(
        label="Exercice",
        required=False,
        coerce=int,
        empty_value=None,
        widget=FastSelect(attrs={"aria-describedby": "filters-help"}),
        error_messages={"invalid_choice": "« %(value)s » n'est pas une année proposée : filtre ignoré."},
    )
    party = forms.TypedChoiceField(
        label="Partie",
        required=False,
        coerce=int,
        empty_value=None,
        widget=FastSelect,
        error_messages={"invalid_choice": "Cette organisation n'est pas partie à une convention : filtre ignoré."},
    )
    deadline_days = forms.IntegerField(
        label="Échéance d'ici (jours)",
        required=False,
        min_value=0,
        max_value=MAX_DEADLINE_DAYS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "aria-describedby": "filters-help"}),
        error_messages={
            "invalid": "Indiquez un nombre entier de jours : filtre ignoré.",
            "min_value": "Le nombre de jours ne peut pas être négatif : filtre ignoré.",
            "max_value": f"Le nombre de jours est limité à {MAX_DEADLINE_DAYS} : filtre ignoré.",
        },
    )
    sort = forms.ChoiceField(
        label="Tri",
        required=False,
        choices=SORT_CHOICES,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "Tri inconnu : tri par défaut."},
    )

    def __init__(
        self,
        data: Any,
        *,
        programmes: Iterable[tuple[str, str]],
        years: Iterable[int],
        parties: Iterable[tuple[int, str]],
    ) -> None:
        super().__init__(data, programmes=programmes, years=years)
        self.fields["party"].choices = [("", "Toutes"), *parties]

    def valid_filters(self) -> dict[str, Any]:
        """The values that passed validation (invalid ones are dropped: the list ignores them)."""
        self.is_valid()
        return {key: value for key, value in self.cleaned_data.items() if value not in (None, "")}


# ------------------------------------------------------------------------- lifecycle


class TransitionForm(ConventioForm):
    """One lifecycle transition: its name, and the reason or date some of them need."""

    transition = forms.ChoiceField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label="Motif",
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": "Le motif est limité à %(limit_value)d caractères."},
    )
    signature_date = forms.DateField(
        label="Date de signature",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Indiquez une date valide (JJ/MM/AAAA)."},
    )

    def __init__(self, data: Any = None, *, allowed: Iterable[str], prefix: str | None = None, **kwargs: Any):
        super().__init__(data, prefix=prefix, **kwargs)
        self.fields["transition"].choices = [(name, name) for name in allowed]
        self.fields["transition"].error_messages["invalid_choice"] = (
            "Cette action n'est pas possible dans l'état actuel de la convention."
        )


class TerminationForm(ConventioForm):
    """A notice of termination: which party asks, when notice was given, when it wants it to end."""

    requested_by = forms.TypedChoiceField(
        label="Organisation qui demande la résiliation",
        coerce=int,
        error_messages={
            "required": "Indiquez l'organisation qui demande la résiliation.",
            "invalid_choice": "Seule une partie à la convention peut demander sa résiliation.",
        },
    )
    notice_date = forms.DateField(
        label="Date du préavis",
        help_text="Date à laquelle la partie a notifié sa décision",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Indiquez la date du préavis.", "invalid": "Indiquez une date valide."},
    )
    effective_on = forms.DateField(
        label="Date d'effet souhaitée (facultatif)",
        required=False,
        help_text="La résiliation ne prend pas effet avant l'expiration du délai de préavis",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Indiquez une date valide."},
    )

    def __init__(self, data: Any = None, *, convention: Convention, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        seen: dict[int, str] = {}
        for party in PartyRole.objects.filter(convention=convention).select_related("organisation"):
            seen.setdefault(party.organisation.pk, str(party.organisation))
        self.fields["requested_by"].choices = [("", "Choisir une partie"), *seen.items()]


# -------------------------------------------------------------------------- versions


class VersionCompareForm(ConventioForm):
    """Two versions of one convention to compare (GET: the comparison has its own URL)."""

    first = forms.TypedChoiceField(
        label="Version de départ",
        coerce=int,
        error_messages={
            "required": "Choisissez la version de départ.",
            "invalid_choice": "Cette version n'existe pas pour cette convention.",
        },
    )
    second = forms.TypedChoiceField(
        label="Version d'arrivée",
        coerce=int,
        error_messages={
            "required": "Choisissez la version d'arrivée.",
            "invalid_choice": "Cette version n'existe pas pour cette convention.",
        },
    )

    def __init__(self, data: Any = None, *, versions: Iterable[ConventionVersion], **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        choices = [(version.number, f"version {version.number} — {version.label}") for version in versions]
        self.fields["first"].choices = choices
        self.fields["second"].choices = choices
        if len(choices) >= 2 and not self.is_bound:
            self.initial = {"first": choices[-2][0], "second": choices[-1][0]}


# ----------------------------------------------------------------------- organisations


class MergeForm(ConventioForm):
    """Merge this organisation into another one (the one that stays)."""

    target = forms.TypedChoiceField(
        label="Organisation qui reste",
        coerce=int,
        widget=FastSelect,
        help_text="Les rôles de partie, autres libellés et membres de cette organisation lui seront transférés",
        error_messages={
            "required": "Choisissez l'organisation dans laquelle fusionner.",
            "invalid_choice": "Cette organisation ne peut pas recevoir la fusion.",
        },
    )
    confirm = forms.BooleanField(
        label="Je confirme la fusion : elle ne peut pas être annulée depuis cet écran",
        error_messages={"required": "Cochez la case pour confirmer la fusion."},
    )

    def __init__(self, data: Any = None, *, source: Organisation, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        targets = Organisation.objects.filter(merged_into=None).exclude(pk=source.pk).only("pk", "name", "acronym")
        self.fields["target"].choices = [("", "Choisir une organisation"), *((o.pk, str(o)) for o in targets)]
