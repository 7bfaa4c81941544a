"""The demo register's budget execution: both ledgers opened and a plausible history replayed.

`make run` shows a register a newcomer can explore; without movements, the execution
section, its chart, the portfolio and the end-of-term report would all be empty. The
history below is INVENTED for the demo (engagement and payment numbers, suppliers,
dates), on the conventions' real allocations, and goes through the ledger service like
every other write, so it obeys every ceiling:

- FAST 13 (Réfugiés.info): a first engagement and payment on the signature tranche,
  an over-commitment refused before the mid-term review (the insufficiency alert it
  raises stays in the history), the second tranche released on the review's decision,
  then the refused engagement recorded and paid;
- DJEPVA (API Engagement): one engagement and one payment in 2024.

Steps dated after `today` are not replayed, so a demo loaded « in the past » (tests)
shows the history as it stood then. Idempotent: a convention whose ledger is already
open is left alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from conventio.budget.models import Ledger
from conventio.budget.services import ledger
from conventio.core.errors import ConventioError
from conventio.register.enums import Status
from conventio.register.models import Convention
from conventio.register.services import lifecycle


DEMO_NOTE = "Démonstration (fictif)"


@dataclass(frozen=True)
class Step:
    """One dated operation of the demo history; `refused` steps are expected to be refused."""

    on: datetime.date
    run: Callable[[Convention, Any, datetime.date], Any]
    refused: bool = False


def _commit(ej: str, amount: str, supplier: str, description: str) -> Callable[[Convention, Any, datetime.date], Any]:
    def run(convention: Convention, actor: Any, on: datetime.date) -> Any:
        return ledger.commit(
            convention,
            actor=actor,
            ej_number=ej,
            date=on,
            amount=amount,
            supplier=supplier,
            description=f"{description} — {DEMO_NOTE}",
        )

    return run


def _pay(
    ej: str, dp: str, amount: str, service_fait: datetime.date
) -> Callable[[Convention, Any, datetime.date], Any]:
    def run(convention: Convention, actor: Any, on: datetime.date) -> Any:
        return ledger.pay(
            convention,
            actor=actor,
            ej_number=ej,
            dp_number=dp,
            date=on,
            amount=amount,
            service_fait_on=service_fait,
        )

    return run


def _release(position: int, review: str) -> Callable[[Convention, Any, datetime.date], Any]:
    def run(convention: Convention, actor: Any, on: datetime.date) -> Any:
        tranche = convention.tranches.get(position=position)
        return ledger.release_tranche(
            tranche, actor=actor, released_on=on, decision=f"Déblocage décidé — {DEMO_NOTE}", review=review
        )

    return run


D = datetime.date
# Keyed by a service the convention concerns (`Convention.services`).
HISTORIES: dict[str, tuple[Step, ...]] = {
    "Réfugiés.info": (
        Step(D(2023, 9, 4), _commit("2103900001", "80000", "Coopérative numérique (démo)", "Développement")),
        Step(D(2023, 10, 16), _pay("2103900001", "1009000001", "40000", D(2023, 10, 2))),
        Step(
            D(2023, 10, 23),
            _commit("2103900002", "50000", "Agence de déploiement (démo)", "Déploiement territorial"),
            refused=True,
        ),
        Step(D(2023, 11, 30), _release(1, "Bilan de mi-parcours avec l'équipe FAST (démo)")),
        Step(
            D(2023, 12, 4), _commit("2103900002", "50000", "Agence de déploiement (démo)", "Déploiement territorial")
        ),
        Step(D(2024, 2, 5), _pay("2103900002", "1009000002", "50000", D(2024, 1, 31))),
        Step(D(2024, 4, 15), _pay("2103900001", "1009000003", "30000", D(2024, 4, 2))),
    ),
    "API Engagement": (
        Step(D(2024, 3, 18), _commit("2104900001", "80000", "Studio produit (démo)", "Évolutions de l'API")),
        Step(D(2024, 7, 1), _pay("2104900001", "1009100001", "40000", D(2024, 6, 24))),
    ),
}


def _history_of(convention: Convention) -> tuple[Step, ...]:
    for service in convention.services:
        if service in HISTORIES:
            return HISTORIES[service]
    return ()


def load_demo_execution(conventions: list[Convention], *, actor: Any, today: datetime.date) -> list[str]:
    """Open each demo convention's ledger and replay its history up to `today`; what was done, in French."""
    done: list[str] = []
    for convention in conventions:
        if Ledger.objects.filter(convention=convention).exists():
            continue
        start = convention.effective_date or convention.signature_date
        if start is None or start > today:
            continue  # not started yet: opened by a later load
        if convention.status == Status.SIGNED:
            lifecycle.enter_into_force(convention, actor=actor, on=start)
        ledger.open_ledger(convention, actor=actor)
        replayed = 0
        for step in _history_of(convention):
            if step.on > today:
                continue
            try:
                step.run(convention, actor, step.on)
            except ConventioError:
                if not step.refused:
                    raise
            replayed += 1
        done.append(f"{convention.title} : suivi budgétaire ouvert, {replayed} opérations de démonstration")
    return done
