"""``extract(document)``: the passes that turn one document's text into records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from innograph.graph import Document, DocumentRecords
from innograph.loaders._context import Context
from innograph.loaders._bracket_projects import find_bracket_projects
from innograph.loaders._calls import find_calls
from innograph.loaders._cards import find_cards
from innograph.loaders._community_names import find_community_names
from innograph.loaders._role_clauses import find_role_clauses
from innograph.loaders._role_lines import find_role_lines
from innograph.loaders._clauses import find_clauses
from innograph.loaders._contacts import find_contacts
from innograph.loaders._credits import find_credits
from innograph.loaders._entry_links import find_entry_links
from innograph.loaders._event_facts import event_facts
from innograph.loaders._event_details import event_details
from innograph.loaders._events import find_events
from innograph.loaders._fields import find_fields
from innograph.loaders._intro_lists import find_intro_lists
from innograph.loaders._legal import find_legal_names
from innograph.loaders._lists import find_lists
from innograph.loaders._lt_bilingual import merge_bilingual_events
from innograph.loaders._lt_entries import entry_funding
from innograph.loaders._lt_foreign_names import find_foreign_names
from innograph.loaders._lt_countries import find_lt_countries
from innograph.loaders._lt_column_tables import find_column_tables
from innograph.loaders._lt_lead_names import find_lead_projects
from innograph.loaders._lt_partners_from import partners_from_countries
from innograph.loaders._lt_name_ends import legal_form_labels
from innograph.loaders._lt_staff import bylines, page_staff, titled_contacts
from innograph.loaders._lt_we import find_lt_we
from innograph.loaders._lt_project_ties import begun_projects
from innograph.loaders._lt_mentions import find_lt_names
from innograph.loaders._lt_people import find_lt_people
from innograph.loaders._lt_relations import find_lt_relations
from innograph.loaders._address_blocks import find_address_blocks
from innograph.loaders._affiliations import derived_facts
from innograph.loaders._national import lithuanian_bodies, national_bodies
from innograph.loaders._org_country import organisation_countries
from innograph.loaders._members import find_member_lists, merge_bilingual_title
from innograph.loaders._name_completion import complete_project_names
from innograph.loaders._name_cues import find_name_cues
from innograph.loaders._mentions import find_org_names, propagate_mentions
from innograph.loaders._owner import find_owner, owner_voice
from innograph.loaders._page_programmes import find_page_programmes, find_programme_parts
from innograph.loaders._partners import find_partners
from innograph.loaders._people import find_people
from innograph.loaders._programmes import find_programmes
from innograph.loaders._short_names import merge_short_forms
from innograph.loaders._project_facts import find_project_facts
from innograph.loaders._prose_ties import find_prose_people, find_prose_ties
from innograph.loaders._project_prose import find_project_prose, name_projects_in_prose
from innograph.loaders._ties import find_ties
from innograph.loaders._projects import find_projects
from innograph.loaders._project_links import find_related_projects
from innograph.loaders._relations import find_paragraph_projects
from innograph.loaders._relative_days import relative_days
from innograph.loaders._tables import find_partner_tables

__all__ = ["extract"]


#: Characters of a document read for entities. Pages and news of the genre are far
#: shorter (the bundled ones: 4-23 thousand); the cap bounds the work on a pathological
#: document (one 5 MB line, 100,000 lines), whose full text is still kept.
MAX_EXTRACT_CHARS = 100_000


def extract(document: Document) -> DocumentRecords:
    """Entities, attributes and relations of one document, each with its evidence."""
    if len(document.text) <= MAX_EXTRACT_CHARS:
        return _extract(document)
    cut = document.text.rfind("\n", 0, MAX_EXTRACT_CHARS)
    cut = cut if cut > MAX_EXTRACT_CHARS // 2 else document.text.rfind(" ", 0, MAX_EXTRACT_CHARS)
    cut = cut if cut > 0 else MAX_EXTRACT_CHARS
    records = _extract(replace(document, text=document.text[:cut]))
    note = (f"{document.source}: only the first {cut:,} of {len(document.text):,} characters were read for "
            f"entities (limit {MAX_EXTRACT_CHARS:,})")
    return replace(records, document=document, notes=(*records.notes, note))


def _fields_and_partners(context: Context) -> None:
    find_partners(context, find_fields(context))


#: The passes in order: names first (programmes, projects, bodies, events), then the relations
#: between them, then what follows from those (derived facts, countries).
_PASSES: tuple[Callable[[Context], None], ...] = (
    find_programmes,
    find_projects,
    find_owner,
    _fields_and_partners,
    find_partner_tables,
    find_page_programmes,
    find_legal_names,
    find_community_names,
    name_projects_in_prose,
    find_bracket_projects,
    find_lead_projects,
    find_paragraph_projects,
    complete_project_names,
    find_org_names,
    find_lt_names,
    find_foreign_names,
    merge_bilingual_title,
    find_name_cues,
    find_events,
    propagate_mentions,
    find_lists,
    propagate_mentions,
    merge_short_forms,
    find_programme_parts,
    find_clauses,
    find_role_clauses,
    find_intro_lists,
    find_prose_ties,
    find_ties,
    find_project_prose,
    find_project_facts,
    find_calls,
    find_role_lines,
    find_member_lists,
    find_cards,
    relative_days,
    event_details,
    find_related_projects,
    find_entry_links,
    owner_voice,
    find_lt_relations,
    find_lt_we,
    find_column_tables,
    entry_funding,
    find_people,
    find_lt_people,
    page_staff,
    bylines,
    titled_contacts,
    find_contacts,
    find_credits,
    find_address_blocks,
    find_prose_people,
    event_facts,
    merge_bilingual_events,
    begun_projects,
    derived_facts,
    find_lt_countries,
    legal_form_labels,
    organisation_countries,
    national_bodies,
    lithuanian_bodies,
    partners_from_countries,
)


def _extract(document: Document) -> DocumentRecords:
    context = Context.of(document)
    for step in _PASSES:
        step(context)
    return context.builder.records()
