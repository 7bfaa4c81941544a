"""Named builders for register tests: the two seed conventions, registered from the engine's facts."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from conventio.extraction import extract_path
from conventio.register.facts import facts_from_record
from conventio.register.models import Convention
from conventio.register.services.registration import register_facts
from conventio.trust.models import MemberRole, Membership
from tests.conftest import DJEPVA, FAST13


def user(username: str = "agent", *, superuser: bool = False, **extra: Any) -> Any:
    model = get_user_model()
    if superuser:
        return model.objects.create_superuser(username=username, email=f"{username}@example.gouv.fr", password="x")
    return model.objects.create_user(username=username, email=f"{username}@example.gouv.fr", password="x", **extra)


def programme_team_member(username: str = "equipe") -> Any:
    from conventio.register.services.organisations import find_or_create_organisation

    member = user(username)
    dinum = find_or_create_organisation(name="Direction interministérielle du numérique", acronym="DINUM")
    Membership.objects.create(user=member, organisation=dinum, role=MemberRole.PROGRAMME_TEAM)
    return member


def fast13_facts() -> dict[str, Any]:
    return facts_from_record(extract_path(FAST13))


def djepva_facts() -> dict[str, Any]:
    return facts_from_record(extract_path(DJEPVA))


def fast13_refugies_info(actor: Any = None) -> Convention:
    return register_facts(fast13_facts(), actor=actor)


def djepva_api_engagement(actor: Any = None) -> Convention:
    return register_facts(djepva_facts(), actor=actor)
