"""The register's nouns: organisations, people, conventions and everything a convention states.

The convention row and its child rows hold the *current* state (after the latest
avenant); each `ConventionVersion` keeps a snapshot of the state it created, so any
two versions can be compared field by field. Nothing is hard-deleted: organisations
merged into another keep their row (``merged_into``), and conventions change status.
Changes go through the functions in `services/`, which record audit events.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any, cast

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.urls import reverse

from conventio.register.enums import DeadlineKind, IngestionStatus, Kind, Role, Status, VersionKind
from conventio.register.naming import organisation_key


MONEY: dict[str, Any] = {"max_digits": 15, "decimal_places": 2}


# ----------------------------------------------------------------------- organisations


class OrganisationQuerySet(models.QuerySet["Organisation"]):
    def active(self) -> OrganisationQuerySet:
        return self.filter(merged_into__isnull=True)


class Organisation(models.Model):
    """One real administration, however it is written (its other spellings are aliases)."""

    name = models.CharField("nom", max_length=500)
    acronym = models.CharField("sigle", max_length=40, blank=True)
    address = models.CharField("adresse", max_length=500, blank=True)
    merged_into = models.ForeignKey(
        "self", verbose_name="fusionnée dans", null=True, blank=True, on_delete=models.PROTECT, related_name="merged"
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = "organisation"
        verbose_name_plural = "organisations"
        ordering = ("name",)

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self) -> str:
        return reverse("register:organisation", args=[self.pk])

    @property
    def scope(self) -> str:
        return f"organisation:{self.pk}"


class OrganisationAlias(models.Model):
    """A way the organisation is written: « DINUM », « La DINUM », « Direction … (DINUM) »."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="aliases")
    name = models.CharField("libellé", max_length=500)
    key = models.CharField("clé de rapprochement", max_length=500, unique=True)

    class Meta:
        verbose_name = "autre libellé"
        verbose_name_plural = "autres libellés"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.key = organisation_key(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Person(models.Model):
    name = models.CharField("nom", max_length=200)
    key = models.CharField("clé de rapprochement", max_length=200, db_index=True)

    class Meta:
        verbose_name = "personne"
        verbose_name_plural = "personnes"
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


# ------------------------------------------------------------------------- programmes


class Programme(models.Model):
    number = models.CharField("numéro", max_length=3, unique=True)
    label = models.CharField("libellé", max_length=300, blank=True)

    class Meta:
        verbose_name = "programme"
        verbose_name_plural = "programmes"
        ordering = ("number",)

    def __str__(self) -> str:
        return f"P{self.number} {self.label}".strip()


# ------------------------------------------------------------------------ conventions


class ConventionQuerySet(models.QuerySet["Convention"]):
    def visible_to(self, user: object) -> ConventionQuerySet:
        from conventio.trust.permissions import visible_conventions

        return cast(ConventionQuerySet, visible_conventions(user, self))

    def search(self, query: str) -> ConventionQuerySet:
        """Title, reference, parties (names, acronyms, aliases), services, programmes, Chorus codes."""
        terms = [term for term in query.split() if term]
        queryset = self
        for term in terms:
            queryset = queryset.filter(search_text__icontains=_fold_term(term))
        return queryset


def _fold_term(term: str) -> str:
    from conventio.register.naming import fold

    return fold(term)


class Convention(models.Model):
    kind = models.CharField("nature", max_length=40, choices=Kind.choices, default=Kind.DELEGATION_DE_GESTION)
    title = models.CharField("intitulé", max_length=1000)
    reference = models.CharField("référence (NOR…)", max_length=60, blank=True)
    status = models.CharField("statut", max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    signature_date = models.DateField("date de signature", null=True, blank=True)
    signature_place = models.CharField("lieu de signature", max_length=200, blank=True)
    effective_rule = models.CharField("règle de prise d'effet", max_length=300, blank=True)
    effective_date = models.DateField("date de prise d'effet", null=True, blank=True)
    end_date = models.DateField("date de fin", null=True, blank=True, db_index=True)
    notice_period_months = models.PositiveSmallIntegerField("préavis (mois)", null=True, blank=True)
    object = models.TextField("objet", blank=True)
    services = models.JSONField("services ou produits concernés", default=list, blank=True)
    fast_promotion = models.PositiveSmallIntegerField("promotion FAST", null=True, blank=True)
    publication_venues = models.JSONField("lieux de publication", default=list, blank=True)
    total_amount = models.DecimalField("montant délégué", null=True, blank=True, **MONEY)
    comptable_assignataire = models.CharField("comptable assignataire", max_length=500, blank=True)
    cbcm_copies = models.JSONField("copies au CBCM", default=list, blank=True)
    programmes = models.ManyToManyField(Programme, verbose_name="programmes", blank=True, related_name="conventions")
    # Termination: who asked, when notice was given, when it takes effect.
    termination_requested_by = models.ForeignKey(
        Organisation,
        verbose_name="résiliation demandée par",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    termination_notice_date = models.DateField("date du préavis de résiliation", null=True, blank=True)
    termination_effective_date = models.DateField("date d'effet de la résiliation", null=True, blank=True)
    # Denormalised, accent-free text of everything the search looks into (kept by `refresh_search_text`).
    search_text = models.TextField("texte de recherche", blank=True, editable=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = ConventionQuerySet.as_manager()

    class Meta:
        verbose_name = "convention"
        verbose_name_plural = "conventions"
        ordering = ("-signature_date", "-id")
        indexes = [models.Index(fields=["status", "end_date"]), models.Index(fields=["signature_date"])]
        constraints = [
            models.CheckConstraint(
                name="convention_signature_before_end",
                condition=Q(signature_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(signature_date__lte=models.F("end_date")),
                violation_error_message="La date de signature doit précéder la date de fin.",
            ),
            models.CheckConstraint(
                name="convention_effective_before_end",
                condition=Q(effective_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(effective_date__lte=models.F("end_date")),
                violation_error_message="La date de prise d'effet doit précéder la date de fin.",
            ),
            models.CheckConstraint(
                name="convention_signature_before_effective",
                condition=Q(signature_date__isnull=True)
                | Q(effective_date__isnull=True)
                | Q(signature_date__lte=models.F("effective_date")),
                violation_error_message="La date de signature doit précéder la date de prise d'effet.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("register:convention", args=[self.pk])

    @property
    def scope(self) -> str:
        return f"convention:{self.pk}"

    @property
    def current_version(self) -> ConventionVersion | None:
        return self.versions.order_by("-number").first()

    def parties_with(self, *roles: str) -> list[PartyRole]:
        return [party for party in self.parties.all() if party.role in roles]

    @property
    def delegant(self) -> PartyRole | None:
        return next(iter(self.parties_with(Role.DELEGANT)), None)


class ConventionVersion(models.Model):
    """One state of a convention: the original, then one per avenant (or replacement document)."""

    convention = models.ForeignKey(Convention, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveSmallIntegerField("version")
    kind = models.CharField("nature", max_length=20, choices=VersionKind.choices, default=VersionKind.ORIGINAL)
    avenant_number = models.PositiveSmallIntegerField("avenant n°", null=True, blank=True)
    signed_on = models.DateField("signé le", null=True, blank=True)
    snapshot = models.JSONField("état de la convention", encoder=DjangoJSONEncoder)
    source_document = models.ForeignKey(
        "SourceDocument", verbose_name="document", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="créée par", null=True, blank=True, on_delete=models.PROTECT
    )

    class Meta:
        verbose_name = "version"
        verbose_name_plural = "versions"
        ordering = ("convention", "number")
        constraints = [models.UniqueConstraint(fields=["convention", "number"], name="version_number_unique")]

    def __str__(self) -> str:
        return f"{self.convention} — version {self.number}"

    @property
    def label(self) -> str:
        if self.kind == VersionKind.AVENANT:
            return f"avenant n° {self.avenant_number}" if self.avenant_number else "avenant"
        return self.get_kind_display()


class SourceDocument(models.Model):
    """A stored original document. Bytes live in the database: app servers stay stateless."""

    convention = models.ForeignKey(
        Convention, null=True, blank=True, on_delete=models.PROTECT, related_name="documents"
    )
    name = models.CharField("nom du fichier", max_length=300)
    format = models.CharField("format", max_length=10)
    size = models.PositiveIntegerField("taille (octets)")
    sha256 = models.CharField("empreinte SHA-256", max_length=64, unique=True)
    content = models.BinaryField("contenu")
    uploaded_at = models.DateTimeField("déposé le", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="déposé par", null=True, blank=True, on_delete=models.PROTECT
    )

    class Meta:
        verbose_name = "document source"
        verbose_name_plural = "documents sources"
        ordering = ("-uploaded_at",)

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def digest(content: bytes) -> str:
        return hashlib.sha256(content).hexdigest()


class PartyRole(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="parties")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="party_roles")
    role = models.CharField("rôle", max_length=20, choices=Role.choices)
    role_words = models.JSONField("désignation dans le texte", default=list, blank=True)
    name_as_printed = models.CharField("nom tel qu'écrit", max_length=500, blank=True)
    representative = models.ForeignKey(
        Person, verbose_name="représentant", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    representative_title = models.CharField("fonction du représentant", max_length=500, blank=True)
    signatory = models.ForeignKey(
        Person, verbose_name="signataire", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signatory_title = models.CharField("fonction du signataire", max_length=500, blank=True)
    signs_for = models.CharField("signe pour", max_length=500, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "partie"
        verbose_name_plural = "parties"
        ordering = ("convention", "position")

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class LegalBase(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="legal_bases")
    kind = models.CharField("nature", max_length=40)
    number = models.CharField("numéro", max_length=60, blank=True)
    date = models.DateField("date", null=True, blank=True)
    label = models.CharField("référence", max_length=1000)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "texte visé"
        verbose_name_plural = "textes visés"
        ordering = ("convention", "position")

    def __str__(self) -> str:
        return self.label


class Obligation(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="obligations")
    party_role = models.CharField("partie tenue", max_length=20, choices=Role.choices, blank=True)
    all_parties = models.BooleanField("toutes les parties", default=False)
    category = models.CharField("catégorie", max_length=40)
    text = models.TextField("texte")
    quantities = models.JSONField("engagements chiffrés", default=list, blank=True, encoder=DjangoJSONEncoder)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "obligation"
        verbose_name_plural = "obligations"
        ordering = ("convention", "position")

    def __str__(self) -> str:
        return self.text[:80]


# ---------------------------------------------------------------------------- funding


class Envelope(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="envelopes")
    label = models.CharField("libellé", max_length=300)
    total = models.DecimalField("montant total", **MONEY)

    class Meta:
        verbose_name = "enveloppe"
        verbose_name_plural = "enveloppes"

    def __str__(self) -> str:
        return f"{self.label} : {self.total} €"


class EnvelopePart(models.Model):
    envelope = models.ForeignKey(Envelope, on_delete=models.CASCADE, related_name="parts")
    label = models.CharField("libellé", max_length=300)
    amount = models.DecimalField("montant", **MONEY)
    holder = models.CharField("utilisée par", max_length=200, blank=True)
    delegated = models.BooleanField("déléguée", null=True)

    class Meta:
        verbose_name = "part d'enveloppe"
        verbose_name_plural = "parts d'enveloppe"


class BudgetLine(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="budget_lines")
    programme = models.CharField("programme", max_length=3, blank=True)
    centre_financier = models.CharField("centre financier", max_length=40, blank=True)
    year = models.PositiveSmallIntegerField("année")
    ae = models.DecimalField("AE", null=True, blank=True, **MONEY)
    cp = models.DecimalField("CP", null=True, blank=True, **MONEY)
    scope = models.CharField("tableau", max_length=300, blank=True)

    class Meta:
        verbose_name = "ligne budgétaire"
        verbose_name_plural = "lignes budgétaires"
        ordering = ("convention", "year", "programme", "id")
        # The list's year filter and its choices (first and last budget year) read the year across conventions.
        indexes = [models.Index(fields=["year"], name="budget_line_year")]
        constraints = [
            models.CheckConstraint(
                name="budget_line_amounts_not_negative",
                condition=(Q(ae__isnull=True) | Q(ae__gte=0)) & (Q(cp__isnull=True) | Q(cp__gte=0)),
                violation_error_message="Les montants d'AE et de CP ne peuvent pas être négatifs.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.year} P{self.programme} AE {self.ae} CP {self.cp}"


class Tranche(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="tranches")
    position = models.PositiveSmallIntegerField("ordre", default=0)
    share = models.DecimalField("part (%)", max_digits=6, decimal_places=2, null=True, blank=True)
    amount = models.DecimalField("montant", null=True, blank=True, **MONEY)
    event = models.CharField("événement déclencheur", max_length=500)
    condition = models.TextField("condition", blank=True)
    date_hint = models.CharField("échéance indiquée", max_length=200, blank=True)

    class Meta:
        verbose_name = "tranche"
        verbose_name_plural = "tranches"
        ordering = ("convention", "position")

    def __str__(self) -> str:
        return f"{self.share} % — {self.event}"


class ChorusImputation(models.Model):
    convention = models.OneToOneField(Convention, on_delete=models.CASCADE, related_name="chorus")
    axe_ministeriel = models.CharField("axe ministériel", max_length=40, blank=True)
    domaine_fonctionnel = models.CharField("domaine fonctionnel", max_length=40, blank=True)
    centre_financier = models.CharField("centre financier", max_length=40, blank=True)
    activites = models.JSONField("activités", default=list, blank=True)
    centre_cout = models.CharField("centre de coût", max_length=40, blank=True)

    class Meta:
        verbose_name = "imputation Chorus"
        verbose_name_plural = "imputations Chorus"

    def __str__(self) -> str:
        return self.centre_financier or "imputation Chorus"


class AnnexObjective(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="objectives")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    service = models.CharField("service", max_length=300)
    year = models.PositiveSmallIntegerField("année", null=True, blank=True)
    text = models.TextField("objectif")
    target = models.DecimalField("cible", max_digits=18, decimal_places=2, null=True, blank=True)
    unit = models.CharField("unité", max_length=200, blank=True)
    deadline = models.CharField("échéance", max_length=100, blank=True)
    deadline_date = models.DateField("date d'échéance", null=True, blank=True)
    position = models.PositiveSmallIntegerField("ordre", default=0)

    class Meta:
        verbose_name = "objectif d'annexe"
        verbose_name_plural = "objectifs d'annexe"
        ordering = ("convention", "position")

    def __str__(self) -> str:
        return self.text[:80]


# -------------------------------------------------------------------------- deadlines


class Deadline(models.Model):
    convention = models.ForeignKey(Convention, on_delete=models.CASCADE, related_name="deadlines")
    kind = models.CharField("nature", max_length=30, choices=DeadlineKind.choices)
    due_date = models.DateField("échéance", db_index=True)
    label = models.CharField("libellé", max_length=300)
    basis = models.CharField("calcul", max_length=300, blank=True)

    class Meta:
        verbose_name = "échéance"
        verbose_name_plural = "échéances"
        ordering = ("due_date",)
        constraints = [models.UniqueConstraint(fields=["convention", "kind"], name="deadline_kind_unique")]

    def __str__(self) -> str:
        return f"{self.label} : {self.due_date:%d/%m/%Y}"


class ReminderSent(models.Model):
    """A reminder e-mail already sent: `conventio remind` sends each one once.

    One row per deadline, date it was due on when reminded (a deadline moved by an
    avenant is reminded again), reminder stage (« J-30 », « J-7 »: `days_before`) and
    recipient.
    """

    deadline = models.ForeignKey(Deadline, on_delete=models.CASCADE, related_name="reminders")
    due_date = models.DateField("échéance rappelée")
    days_before = models.PositiveSmallIntegerField("rappel à J-", default=0)
    recipient = models.EmailField("destinataire")
    sent_at = models.DateTimeField("envoyé le", auto_now_add=True)

    class Meta:
        verbose_name = "rappel envoyé"
        verbose_name_plural = "rappels envoyés"
        constraints = [
            models.UniqueConstraint(fields=["deadline", "due_date", "days_before", "recipient"], name="reminder_once")
        ]


# -------------------------------------------------------------------------- ingestion


class Ingestion(models.Model):
    """An extracted record waiting for an agent's review, then registered (or discarded)."""

    document = models.ForeignKey(SourceDocument, on_delete=models.PROTECT, related_name="ingestions")
    record = models.JSONField("enregistrement extrait", encoder=DjangoJSONEncoder)
    reviewed = models.JSONField("valeurs relues", default=dict, blank=True, encoder=DjangoJSONEncoder)
    corrections = models.JSONField("corrections", default=list, blank=True, encoder=DjangoJSONEncoder)
    status = models.CharField(
        "statut", max_length=20, choices=IngestionStatus.choices, default=IngestionStatus.PENDING, db_index=True
    )
    as_avenant_of = models.ForeignKey(
        Convention, verbose_name="avenant de", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    as_replacement_of = models.ForeignKey(
        Convention,
        verbose_name="remplace le document de",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    convention = models.ForeignKey(
        Convention, verbose_name="convention", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="créée par", null=True, blank=True, on_delete=models.PROTECT
    )

    class Meta:
        verbose_name = "relecture d'extraction"
        verbose_name_plural = "relectures d'extraction"
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.document} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("register:review", args=[self.pk])


ZERO = Decimal("0.00")
