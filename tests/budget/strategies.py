"""Hypothesis strategies for the budget ledger: synthetic conventions and random sequences of operations.

A generated *convention* (`ConventionSpec`) is small and valid by construction: budget
lines over two or three consecutive years whose cumulative CP never exceeds cumulative
AE, and 0–3 tranches whose shares sum to exactly 100 % (the first one usually released
at signature, the others conditioned on a review, some with a stated amount).

A generated *operation* does not hold concrete dates and amounts: it holds a `Day`
(an anchor — signature, end, or a point inside the period — plus an offset in days,
so dates fall inside and outside the period) and an `Amount` (a fixed sum, an edge
of the current state such as « exactly the AE still available » or « one cent more
than the unpaid part of this EJ », a tiny sum, or an invalid input). The test harness
resolves them against the ledger's state when the operation runs, so edge cases stay
edge cases whatever happened before, and hypothesis still shrinks failures to short,
readable sequences. EJ and DP numbers come from small pools so that duplicates,
payments on unknown commitments and reversals of unknown payments occur often.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st


CENT = Decimal("0.01")
EJ_POOL = tuple(f"21030000{index:02d}" for index in range(6))
DP_POOL = tuple(f"10000000{index:02d}" for index in range(8))


def cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(CENT)


# ---------------------------------------------------------------------- conventions


@dataclass(frozen=True)
class TrancheSpec:
    share: Decimal
    amount: Decimal | None
    at_signature: bool
    conditional: bool

    @property
    def event(self) -> str:
        return "signature de la convention" if self.at_signature else "bilan de mi-parcours"

    @property
    def released_at_opening(self) -> bool:
        """`open_ledger` releases the tranches due at signature that carry no condition."""
        return self.at_signature and not self.conditional


@dataclass(frozen=True)
class ConventionSpec:
    signature: datetime.date
    end: datetime.date
    lines: tuple[tuple[int, Decimal, Decimal], ...]  # (year, AE, CP)
    tranches: tuple[TrancheSpec, ...]

    @property
    def total_ae(self) -> Decimal:
        return sum((ae for _, ae, _ in self.lines), Decimal("0.00"))

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(year for year, _, _ in self.lines)

    def facts(self, title: str = "Convention de délégation de gestion de test") -> dict[str, Any]:
        """The plain facts `register_facts` takes (the shape `facts_from_record` produces)."""
        return {
            "kind": "delegation_de_gestion",
            "title": title,
            "signature_date": self.signature.isoformat(),
            "effective_date": self.signature.isoformat(),
            "end_date": self.end.isoformat(),
            "notice_period_months": 3,
            "total_amount": format(self.total_ae, "f"),
            "parties": [
                {"name": "Direction interministérielle du numérique", "acronym": "DINUM", "role": "delegant"},
                {"name": "Délégation de test aux essais budgétaires", "acronym": "DTEB", "role": "delegataire"},
            ],
            "programmes": [{"number": "352", "label": "innovations et transformations numériques"}],
            "budget_lines": [
                {
                    "programme": "352",
                    "centre_financier": "0352-CFSE-CFIN",
                    "year": year,
                    "ae": format(ae, "f") if ae else None,
                    "cp": format(cp, "f") if cp else None,
                }
                for year, ae, cp in self.lines
            ],
            "tranches": [
                {
                    "share": format(tranche.share, "f"),
                    "amount": format(tranche.amount, "f") if tranche.amount is not None else None,
                    "event": tranche.event,
                    "condition": "sous réserve du bilan de mi-parcours" if tranche.conditional else None,
                    "date_hint": None if tranche.at_signature else "fin novembre",
                }
                for tranche in self.tranches
            ],
            "chorus": {"centre_financier": "0352-CFSE-CFIN", "domaine_fonctionnel": "0352-01"},
        }


def _shares(count: int) -> st.SearchStrategy[tuple[Decimal, ...]]:
    """`count` positive shares in hundredths of a percent summing to exactly 100 %."""
    if count == 1:
        return st.just((Decimal("100.00"),))
    return (
        st.lists(st.integers(1, 9_999), min_size=count - 1, max_size=count - 1, unique=True)
        .map(sorted)
        .map(lambda cuts: [0, *cuts, 10_000])
        .map(lambda bounds: tuple(cents(high - low) for low, high in zip(bounds, bounds[1:], strict=False)))
    )


@st.composite
def convention_specs(draw: st.DrawFn) -> ConventionSpec:
    first_year = draw(st.integers(2021, 2024))
    span_years = draw(st.integers(1, 2))  # budget lines over 2 or 3 years
    signature = datetime.date(first_year, draw(st.integers(1, 11)), draw(st.integers(1, 28)))
    end = datetime.date(first_year + span_years, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    lines: list[tuple[int, Decimal, Decimal]] = []
    cumulative_ae = cumulative_cp = Decimal("0.00")
    for index in range(span_years + 1):
        # The first year always carries AE; later years often carry CP only (as FAST 13's 2024).
        ae = cents(draw(st.integers(100_000, 20_000_000) if index == 0 else st.sampled_from([0, 0, 500_000])))
        cumulative_ae += ae
        room = int((cumulative_ae - cumulative_cp) * 100)
        cp = cents(draw(st.integers(0, room) | st.integers(room // 2, room)))  # often enough CP to pay
        cumulative_cp += cp
        lines.append((first_year + index, ae, cp))
    total = cumulative_ae
    count = draw(st.sampled_from([0, 1, 2, 2, 2, 3, 3]))
    shares = draw(_shares(count)) if count else ()
    tranches = []
    for position, share in enumerate(shares):
        at_signature = position == 0 and draw(st.booleans() | st.just(True))
        stated = draw(st.booleans())
        tranches.append(
            TrancheSpec(
                share=share,
                amount=(total * share / 100).quantize(CENT) if stated else None,
                at_signature=at_signature,
                conditional=not at_signature,
            )
        )
    return ConventionSpec(signature=signature, end=end, lines=tuple(lines), tranches=tuple(tranches))


# ------------------------------------------------------------------ dates and amounts


@dataclass(frozen=True)
class Day:
    """A date relative to the convention or to the row an operation reduces.

    `anchor` is « signature » or « end » (plus `offset` days), « inside » (`offset` per
    mille of the period) or « after » (`offset` days after the commitment a payment or
    withdrawal is on, or the payment a reversal cancels; negative: back-dated).
    """

    anchor: str
    offset: int

    def resolve(self, signature: datetime.date, end: datetime.date, reference: datetime.date | None) -> datetime.date:
        if self.anchor == "signature":
            return signature + datetime.timedelta(days=self.offset)
        if self.anchor == "end":
            return end + datetime.timedelta(days=self.offset)
        if self.anchor == "after":
            return (reference or signature) + datetime.timedelta(days=self.offset)
        return signature + datetime.timedelta(days=(end - signature).days * self.offset // 1000)


days = st.one_of(
    st.builds(Day, st.just("inside"), st.integers(0, 1000)),
    st.builds(Day, st.just("inside"), st.integers(0, 1000)),
    st.builds(Day, st.sampled_from(["signature", "end"]), st.sampled_from([-1, 0, 1])),
    st.builds(Day, st.sampled_from(["signature", "end"]), st.integers(-90, 90)),
)
# Mostly on or after the row reduced (seven times in ten); `one_of` would flatten `days`' branches.
later_days = st.builds(
    lambda pick, after, other: after if pick < 7 else other,
    st.integers(0, 9),
    st.one_of(
        st.builds(Day, st.just("after"), st.integers(0, 120)),
        st.builds(Day, st.just("after"), st.integers(0, 400)),
        st.builds(Day, st.just("after"), st.sampled_from([-1, 0, 1])),
    ),
    days,
)


@dataclass(frozen=True)
class Amount:
    """A fixed sum (`edge` empty), `fraction` × an edge of the state plus `value` (± one cent), or a `raw` input."""

    value: Decimal = Decimal("0.00")
    edge: str = ""
    raw: str | None = None
    fraction: Decimal = Decimal(1)


def fixed_amounts(max_cents: int = 15_000_000) -> st.SearchStrategy[Amount]:
    return st.one_of(
        st.integers(1, max_cents).map(lambda c: Amount(cents(c))),
        st.sampled_from([1, 2, 99, 100, 100_000, 1_000_000, 5_000_000]).map(lambda c: Amount(cents(c))),
    )


FRACTIONS = [Decimal("0.5"), Decimal("0.1"), Decimal("0.3333"), Decimal("0.9")]


def amounts(*edges: str) -> st.SearchStrategy[Amount]:
    """Random sums, tiny sums, the state's edges (exact, one cent less or more, a part of it), invalid inputs."""
    options = [fixed_amounts(), fixed_amounts(max_cents=100)]
    if edges:
        edge = st.sampled_from(edges)
        options += [
            st.builds(Amount, st.sampled_from([Decimal("0.00"), CENT, -CENT]), edge),
            st.builds(Amount, st.just(Decimal("0.00")), edge),  # exactly the edge, more often
            st.builds(Amount, st.just(Decimal("0.00")), edge, st.none(), st.sampled_from(FRACTIONS)),
            st.builds(Amount, st.just(Decimal("0.00")), edge, st.none(), st.sampled_from(FRACTIONS)),
        ]
    valid = st.one_of(*options)
    invalid = st.sampled_from(["0", "-5", "0.001", "abc", "1e20"]).map(lambda raw: Amount(raw=raw))
    return st.one_of(valid, valid, valid, valid, valid, valid, invalid)


def signed_amounts(*edges: str) -> st.SearchStrategy[Amount]:
    """Dotation deltas: increases, decreases, zero and edges (negative of the slack, ± one cent)."""
    return st.one_of(
        st.just(Amount(Decimal("0.00"))),
        st.integers(-5_000_000, 5_000_000).map(lambda c: Amount(cents(c))),
        st.builds(Amount, st.sampled_from([Decimal("0.00"), CENT, -CENT]), st.sampled_from(edges)),
    )


# ----------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Commit:
    ej: str
    day: Day
    amount: Amount


@dataclass(frozen=True)
class Withdraw:
    ej: str
    day: Day
    amount: Amount


@dataclass(frozen=True)
class Pay:
    ej: str
    dp: str
    day: Day
    amount: Amount
    service_fait_days_before: int | None  # negative: a service fait after the payment (refused)


@dataclass(frozen=True)
class Reverse:
    dp: str
    day: Day
    amount: Amount


@dataclass(frozen=True)
class Release:
    position: int
    day: Day
    with_review: bool


@dataclass(frozen=True)
class Adjust:
    year_offset: int  # from the first budget year; -1 and 3 fall outside the lines
    ae: Amount
    cp: Amount


@dataclass(frozen=True)
class Suspend:
    pass


@dataclass(frozen=True)
class Resume:
    pass


Operation = Commit | Withdraw | Pay | Reverse | Release | Adjust | Suspend | Resume

ejs = st.sampled_from(EJ_POOL)
dps = st.sampled_from(DP_POOL)
# « #i »: the i-th commitment (payment) recorded so far, or a number nobody used if there are fewer.
ej_refs = st.one_of(st.integers(0, 3).map(lambda i: f"#{i}"), st.integers(0, 3).map(lambda i: f"#{i}"), ejs)
dp_refs = st.one_of(st.integers(0, 3).map(lambda i: f"#{i}"), dps)


def _commits() -> st.SearchStrategy[Commit]:
    # « new »: a number not committed yet; a pool number may be a duplicate.
    return st.builds(Commit, st.one_of(st.just("new"), st.just("new"), ejs), days, amounts("available_ae"))


def _withdrawals() -> st.SearchStrategy[Withdraw]:
    return st.builds(Withdraw, ej_refs, later_days, amounts("unpaid"))


def _payments() -> st.SearchStrategy[Pay]:
    return st.builds(
        Pay,
        ej_refs,
        dps,
        later_days,
        amounts("payable", "unpaid", "year_cp"),
        st.sampled_from([None, None, None, 0, 1, 15, 30, 60, -1]),
    )


def _reversals() -> st.SearchStrategy[Reverse]:
    return st.builds(Reverse, dp_refs, later_days, amounts("dp_remaining"))


def _releases() -> st.SearchStrategy[Release]:
    return st.builds(Release, st.integers(0, 3), days, st.booleans() | st.just(True))


def _adjustments() -> st.SearchStrategy[Adjust]:
    return st.builds(Adjust, st.integers(-1, 3), signed_amounts("ae_slack"), signed_amounts("cp_slack", "cp_room"))


commits, withdrawals, payments = _commits(), _withdrawals(), _payments()
# A sequence starts with one to three commitments of part of the credits, so that payments,
# withdrawals and reversals have something to work on (they may still be refused).
opening_commits = st.lists(
    st.builds(
        Commit,
        st.just("new"),
        st.builds(Day, st.just("inside"), st.integers(0, 600)),
        st.builds(Amount, st.just(Decimal("0.00")), st.just("available_ae"), st.none(), st.sampled_from(FRACTIONS)),
    ),
    min_size=1,
    max_size=3,
)
reversals, releases, adjustments = _reversals(), _releases(), _adjustments()

# Weighted: mostly commitments and payments. `one_of` merges a strategy given twice into one
# branch, hence distinct (equal) strategy objects; it also shrinks better than a flatmap.
operation: st.SearchStrategy[Operation] = st.one_of(
    *[_commits() for _ in range(10)],
    *[_payments() for _ in range(12)],
    *[_withdrawals() for _ in range(4)],
    *[_reversals() for _ in range(5)],
    *[_releases() for _ in range(3)],
    *[_adjustments() for _ in range(3)],
    st.builds(Suspend),
    st.builds(Resume),
    st.builds(Resume),
)


def sequences(min_size: int = 10, max_size: int = 40) -> st.SearchStrategy[list[Operation]]:
    """Opening commitments, then random operations."""
    return st.builds(
        lambda first, rest: [*first, *rest], opening_commits, st.lists(operation, min_size=min_size, max_size=max_size)
    )
