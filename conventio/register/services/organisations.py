"""Organisations: one row per real administration, found again under any of its spellings."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from conventio.core.errors import InvalidInput
from conventio.core.models import record_event
from conventio.register.models import Organisation, OrganisationAlias, PartyRole, Person
from conventio.register.naming import organisation_key, person_key
from conventio.trust.models import Membership


def find_organisation(name: str, acronym: str | None = None) -> Organisation | None:
    """The organisation known under `name` or `acronym`, following merges."""
    keys = [organisation_key(name)]
    if acronym:
        keys.append(organisation_key(acronym))
    alias = OrganisationAlias.objects.select_related("organisation").filter(key__in=[k for k in keys if k]).first()
    if alias is None:
        return None
    organisation = alias.organisation
    while organisation.merged_into_id is not None:
        organisation = organisation.merged_into  # type: ignore[assignment]
    return organisation


def find_or_create_organisation(
    *, name: str, acronym: str | None = None, address: str | None = None, actor: Any = None
) -> Organisation:
    """Find the organisation, or create it with its name and acronym as aliases."""
    name = name.strip()
    if not name:
        raise InvalidInput("Le nom de l'organisation est obligatoire.")
    organisation = find_organisation(name, acronym)
    if organisation is None:
        organisation = Organisation.objects.create(name=name, acronym=acronym or "", address=address or "")
        record_event(
            actor=actor,
            action="conventio.register.organisation.created",
            scope=organisation.scope,
            subject=str(organisation),
            message=f"Organisation créée : {organisation}",
        )
    elif address and not organisation.address:
        organisation.address = address
        organisation.save(update_fields=["address"])
    for alias in (name, acronym):
        if alias:
            add_alias(organisation, alias)
    return organisation


def add_alias(organisation: Organisation, name: str) -> None:
    key = organisation_key(name)
    if key and not OrganisationAlias.objects.filter(key=key).exists():
        OrganisationAlias.objects.create(organisation=organisation, name=name)


@transaction.atomic
def merge_organisations(*, source: Organisation, target: Organisation, actor: Any) -> Organisation:
    """Merge `source` into `target`: its aliases, party roles and members move; the row stays, marked merged."""
    if source.pk == target.pk:
        raise InvalidInput("Une organisation ne peut pas être fusionnée avec elle-même.")
    if source.merged_into_id is not None:
        raise InvalidInput(f"« {source} » a déjà été fusionnée dans une autre organisation.")
    if target.merged_into_id is not None:
        raise InvalidInput(f"« {target} » a elle-même été fusionnée : fusionnez dans l'organisation qui la remplace.")
    moved_roles = PartyRole.objects.filter(organisation=source).update(organisation=target)
    OrganisationAlias.objects.filter(organisation=source).update(organisation=target)
    for membership in Membership.objects.filter(organisation=source):
        if Membership.objects.filter(user=membership.user, organisation=target).exists():
            continue
        membership.organisation = target
        membership.save(update_fields=["organisation"])
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    for scope in (source.scope, target.scope):
        record_event(
            actor=actor,
            action="conventio.register.organisation.merged",
            scope=scope,
            subject=str(target),
            message=f"« {source} » fusionnée dans « {target} » ({moved_roles} rôle(s) de partie repris)",
            data={"source": source.pk, "target": target.pk},
        )
    return target


def find_or_create_person(name: str | None) -> Person | None:
    if not name or not name.strip():
        return None
    key = person_key(name)
    person = Person.objects.filter(key=key).first()
    return person or Person.objects.create(name=name.strip(), key=key)
