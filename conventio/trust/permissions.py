"""The one permission function every view, API call and command asks.

`can(user, action, obj)` answers whether `user` may do `action` on `obj`; the
querysets of what a user may see come from `visible_conventions`. Rules:
- superusers and members of the programme team (« équipe programme ») may do
  everything;
- a member of an organisation sees the conventions where it is a party; agents and
  budget officers may change them (review, transitions, avenants); readers only see;
- anyone signed in may ingest a document (the review registers it, and the
  convention is then visible to the organisations it names);
- agents and budget officers of any organisation may import a Chorus extraction
  (`IMPORT_CHORUS`): the importer then loads only the lines of conventions they may
  change, so the file never reaches another organisation's ledger;
- anonymous users may do nothing in the back office.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from conventio.trust.models import MemberRole, Membership


VIEW = "view"
CHANGE = "change"
INGEST = "ingest"
TRANSITION = "transition"
ADMINISTER = "administer"
IMPORT_CHORUS = "import_chorus"

_WRITE_ROLES: set[str] = {MemberRole.AGENT, MemberRole.BUDGET_OFFICER, MemberRole.PROGRAMME_TEAM}


def _active(user: Any) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def is_programme_team(user: Any) -> bool:
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    return Membership.objects.filter(user=user, role=MemberRole.PROGRAMME_TEAM).exists()


def organisation_ids(user: Any, *, roles: set[str] | None = None) -> set[int]:
    if not _active(user):
        return set()
    memberships = Membership.objects.filter(user=user)
    if roles is not None:
        memberships = memberships.filter(role__in=roles)
    return set(memberships.values_list("organisation_id", flat=True))


def visible_conventions(user: Any, queryset: QuerySet) -> QuerySet:
    if not _active(user):
        return queryset.none()
    if is_programme_team(user):
        return queryset
    return queryset.filter(parties__organisation_id__in=organisation_ids(user)).distinct()


def can(user: Any, action: str, obj: Any = None) -> bool:
    """May `user` do `action` on `obj` (a convention, an organisation, an ingestion, or None)?"""
    if not _active(user):
        return False
    if is_programme_team(user):
        return True
    if action == INGEST:
        return True
    if action == ADMINISTER:
        return False
    if action == IMPORT_CHORUS:
        return bool(organisation_ids(user, roles=_WRITE_ROLES))
    convention = _convention_of(obj)
    if convention is None and getattr(obj, "created_by_id", None) is not None:
        return obj.created_by_id == user.pk  # a pending ingestion: its author reviews it
    if convention is None:
        if action == VIEW and obj is not None and hasattr(obj, "party_roles"):
            return True  # organisation pages list only what the user may see
        return action == VIEW and obj is None
    roles = None if action == VIEW else _WRITE_ROLES
    mine = organisation_ids(user, roles=roles)
    return convention.parties.filter(organisation_id__in=mine).exists()


def _convention_of(obj: Any) -> Any:
    from conventio.register.models import Convention, Ingestion

    if isinstance(obj, Convention):
        return obj
    if isinstance(obj, Ingestion):
        # A pending ingestion belongs to its author (they review it); once registered, to the
        # convention it became. What it may amend is checked on that convention when registering.
        return obj.convention
    return getattr(obj, "convention", None)
