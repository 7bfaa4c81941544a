"""The typed record of a convention, every value with its provenance.

This module is the contract between the extraction engine and everything after it
(review screen, register, ledger, publication). Its JSON Schema is generated from
these classes and committed in ``conventio/extraction/schema/`` with a version; a
test fails when the classes and the committed schema drift apart, so a change to the
record is always a deliberate, versioned change.

Conventions:
- money is `Decimal` (serialised as a string, never a float);
- dates are `datetime.date`;
- a value the document does not state is absent (None or an empty list), never
  guessed; when the engine repaired something it says how in `Provenance.method`
  and in a `Finding`.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


SCHEMA_VERSION = "1.0.0"

T = TypeVar("T")

# Amounts serialise as strings ("220000.00") so that no JSON consumer turns them into floats.
Money = Annotated[Decimal, PlainSerializer(lambda v: format(v, "f"), return_type=str, when_used="json")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Span(_Model):
    """Where a value was read: offsets into the normalised document text, and its page."""

    start: int
    end: int
    page: int | None = None
    page_offset: int | None = Field(default=None, description="Offset of `start` in its page's raw text.")
    excerpt: str = Field(default="", description="The passage itself, for the review screen.")


class Provenance(_Model):
    """How a value was obtained: the passage and the rule that read it."""

    span: Span | None = None
    method: str = Field(description="Rule that produced the value, e.g. 'pattern:representative' or 'repair:...'.")


class Sourced(_Model, Generic[T]):
    """A value with its provenance."""

    value: T
    source: Provenance


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Finding(_Model):
    """A validation finding: something a budget officer must know about the record."""

    severity: Severity
    code: str = Field(description="Stable machine code, e.g. 'total-mismatch'.")
    message: str = Field(description="French sentence a budget officer understands.")
    field: str | None = Field(default=None, description="Dotted path of the field concerned.")
    span: Span | None = None


class Kind(StrEnum):
    DELEGATION_DE_GESTION = "delegation_de_gestion"
    AVENANT = "avenant"
    CONVENTION_PARTENARIAT = "convention_partenariat"
    OTHER = "other"


class Role(StrEnum):
    DELEGANT = "delegant"
    DELEGATAIRE = "delegataire"
    CO_DELEGATAIRE = "co_delegataire"
    OTHER = "other"


# --------------------------------------------------------------------------- parties


class Person(_Model):
    """A named person (or an office when only a function is printed) and their title."""

    name: Sourced[str] | None = Field(default=None, description="Name as printed; None when masked or absent.")
    title: Sourced[str] | None = Field(default=None, description="Function, not the rank.")


class Signatory(_Model):
    """Who actually signs for a party, possibly « pour » the named representative."""

    name: Sourced[str] | None = None
    title: Sourced[str] | None = None
    signs_for: Sourced[str] | None = Field(default=None, description="The office signed for (« Pour le directeur… »).")


class Party(_Model):
    name: Sourced[str]
    acronym: Sourced[str] | None = None
    role: Sourced[Role]
    role_words: list[str] = Field(default_factory=list, description="The words the text uses for the role.")
    address: Sourced[str] | None = None
    representative: Person | None = None
    additional_representatives: list[Person] = Field(default_factory=list)
    signatory: Signatory | None = None


# ----------------------------------------------------------------------- legal bases


class LegalBase(_Model):
    kind: str = Field(description="décret, arrêté, loi, décision, convention, avenant, code, circulaire…")
    number: str | None = None
    date: datetime.date | None = None
    label: str = Field(description="Normalised reference, e.g. « décret n° 2004-1085 du 14 octobre 2004 ».")
    source: Provenance


# --------------------------------------------------------------------- obligations


class ObligationCategory(StrEnum):
    GOVERNANCE = "governance"
    REPORTING = "reporting"
    OPEN_SOURCE = "open_source"
    PERSONAL_DATA = "personal_data"
    SECURITY = "security"
    FRANCECONNECT = "franceconnect"
    USER_FEEDBACK = "user_feedback"
    PUBLIC_STATISTICS = "public_statistics"
    STAFFING = "staffing"
    FUNDING = "funding"
    METHOD = "method"
    BUDGET_EXECUTION = "budget_execution"
    OTHER = "other"


class QuantifiedCommitment(_Model):
    """A number the text commits to: « 1 jour par semaine de développeur », « dans les six mois »."""

    quantity: Decimal
    unit: str = Field(description="jour, mois, euro, …")
    per: str | None = Field(default=None, description="Period the quantity is counted over (« semaine »).")
    subject: str | None = Field(default=None, description="What is counted (« développeur », « engagement »).")
    reference_event: str | None = Field(default=None, description="Event a delay runs from (« signature »).")
    source: Provenance


class Obligation(_Model):
    party_role: Role | None = Field(default=None, description="Role of the party bound by it.")
    all_parties: bool = Field(
        default=False, description="True when every party is bound (« les parties », « les partenaires »)."
    )
    text: str
    category: ObligationCategory
    quantities: list[QuantifiedCommitment] = Field(default_factory=list)
    source: Provenance


# -------------------------------------------------------------------------- funding


class Programme(_Model):
    number: str = Field(pattern=r"^\d{3}$")
    label: str | None = None
    source: Provenance


class EnvelopePart(_Model):
    label: str
    amount: Money
    holder: str | None = Field(default=None, description="Who uses the part (e.g. « DINUM » for kept coaching).")
    delegated: bool | None = None
    source: Provenance


class Envelope(_Model):
    """A stated overall amount and its parts (250 000 € = 30 000 € kept + 220 000 € delegated)."""

    label: str
    total: Money
    parts: list[EnvelopePart] = Field(default_factory=list)
    source: Provenance


class TableCell(_Model):
    text: str
    amount: Money | None = None
    source: Provenance


class TableColumn(_Model):
    """How one value column of a table was read: its header and what it says."""

    index: int = Field(description="Position of the column in the printed rows (0-based).")
    header: str = Field(default="", description="Header text(s) above the column, as printed.")
    kinds: list[str] = Field(default_factory=list, description="« AE », « CP » or both.")
    year: int | None = None
    method: str = Field(default="header", description="'header', or 'repair:...' when restored.")


class Table(_Model):
    """A table as printed, with each cell's text and parsed amount."""

    title: str | None = None
    header_rows: list[list[str]] = Field(default_factory=list)
    rows: list[list[TableCell]] = Field(default_factory=list)
    columns: list[TableColumn] = Field(default_factory=list, description="Reading of the value columns.")
    header_mismatch: str | None = Field(default=None, description="Why headers and values disagree (French).")
    repair: str | None = Field(default=None, description="How the headers were restored, when they were (French).")
    source: Provenance


class BudgetLine(_Model):
    programme: str | None = None
    centre_financier: str | None = None
    year: int
    ae: Money | None = None
    cp: Money | None = None
    scope: str | None = Field(default=None, description="Table or section it comes from (« Budget Commun »).")
    table: int | None = Field(default=None, description="Index in `Funding.tables` of the table it was read from.")
    source: Provenance


class StatedTotal(_Model):
    """A total the document states (to be checked against the sum of its lines)."""

    label: str
    programme: str | None = None
    ae: Money | None = None
    cp: Money | None = None
    amount: Money | None = None
    first_year: int | None = None
    last_year: int | None = None
    tables: list[int] = Field(default_factory=list, description="Tables whose lines it totals (empty: all lines).")
    source: Provenance


class Tranche(_Model):
    share: Decimal | None = Field(default=None, description="Percentage of the delegated amount (50 for 50 %).")
    amount: Money | None = None
    event: str = Field(description="Triggering event: « signature », « bilan de mi-parcours »…")
    condition: str | None = None
    date_hint: str | None = Field(default=None, description="Date as the text hints it (« fin novembre »).")
    source: Provenance


class ChorusImputation(_Model):
    axe_ministeriel: Sourced[str] | None = None
    domaine_fonctionnel: Sourced[str] | None = None
    centre_financier: Sourced[str] | None = None
    activites: list[Sourced[str]] = Field(default_factory=list, description="Normalised to 12 characters.")
    centre_cout: Sourced[str] | None = None


class Funding(_Model):
    envelopes: list[Envelope] = Field(default_factory=list)
    programmes: list[Programme] = Field(default_factory=list)
    centres_financiers: list[Sourced[str]] = Field(default_factory=list, description="UO / centre financier codes.")
    tables: list[Table] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    stated_totals: list[StatedTotal] = Field(default_factory=list)
    total_amount: Sourced[Money] | None = Field(default=None, description="Amount delegated by the convention.")
    tranches: list[Tranche] = Field(default_factory=list)
    chorus: ChorusImputation = Field(default_factory=ChorusImputation)
    comptable_assignataire: Sourced[str] | None = None
    cbcm_copies: list[Sourced[str]] = Field(default_factory=list)


# ---------------------------------------------------------------------- dates, terms


class Terms(_Model):
    signature_date: Sourced[datetime.date] | None = None
    signature_place: Sourced[str] | None = None
    effective_rule: Sourced[str] | None = Field(default=None, description="« à sa date de signature »…")
    effective_date: Sourced[datetime.date] | None = None
    end_date: Sourced[datetime.date] | None = None
    duration_months: Sourced[int] | None = None
    notice_period_months: Sourced[int] | None = None
    publication_venues: list[Sourced[str]] = Field(default_factory=list)


# --------------------------------------------------------------------------- annexes


class AnnexTarget(_Model):
    """One numeric target of an objective: « 130 000 mises en relation d'ici fin 2024 »."""

    value: Decimal
    unit: str | None = Field(default=None, description="What is counted, as printed (« mises en relation »).")
    deadline: str | None = Field(default=None, description="As stated: « fin 2024 », « 2024 »…")
    deadline_date: datetime.date | None = Field(default=None, description="Last day the deadline allows.")
    source: Provenance


class AnnexObjective(_Model):
    text: str
    target: Decimal | None = Field(default=None, description="The target when the objective states exactly one.")
    unit: str | None = None
    deadline: str | None = Field(default=None, description="As stated: « fin 2024 », « 2024 »…")
    deadline_date: datetime.date | None = None
    targets: list[AnnexTarget] = Field(default_factory=list, description="Every numeric target it states.")
    sub_objectives: list[AnnexObjective] = Field(default_factory=list)
    source: Provenance


class AnnexBudgetPart(_Model):
    label: str
    amount: Money
    source: Provenance


class AnnexService(_Model):
    name: str
    acronym: str | None = None
    year: int | None = None
    products: list[str] = Field(default_factory=list)
    ambition: str | None = None
    budget: Money | None = None
    budget_parts: list[AnnexBudgetPart] = Field(default_factory=list)
    objectives: list[AnnexObjective] = Field(default_factory=list)
    source: Provenance


class Annex(_Model):
    number: str | None = None
    title: str
    services: list[AnnexService] = Field(default_factory=list)
    source: Provenance


# ---------------------------------------------------------------------------- record


class SourceInfo(_Model):
    name: str | None = None
    sha256: str
    format: str
    pages: int
    characters: int


class Record(_Model):
    """Everything a convention states, as extracted from one document."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    complete_text: bool = Field(description="False when the text looks cut (no closing signature block).")
    kind: Sourced[Kind] | None = None
    avenant_number: Sourced[int] | None = None
    title: Sourced[str] | None = None
    reference: Sourced[str] | None = Field(default=None, description="NOR or other reference of the act.")
    services: list[Sourced[str]] = Field(default_factory=list, description="Services or products concerned.")
    fast_promotion: Sourced[int] | None = None
    parties: list[Party] = Field(default_factory=list)
    legal_bases: list[LegalBase] = Field(default_factory=list)
    object: Sourced[str] | None = None
    obligations: list[Obligation] = Field(default_factory=list)
    funding: Funding = Field(default_factory=Funding)
    terms: Terms = Field(default_factory=Terms)
    annexes: list[Annex] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)

    def party(self, role: Role) -> Party | None:
        """The first party holding `role`, if any."""
        return next((party for party in self.parties if party.role.value == role), None)


AnnexObjective.model_rebuild()
