"""English mechanisms of the fourth tuning round (page layout, captions, programme families), on invented text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from innograph.graph import AttributeName, EntityType
from innograph.loaders import read
from innograph.loaders._unwrap import unwrap
from _extraction import facts, labels, named, run, values


# a printed factsheet: running header, captions in capitals, the main project in a title block ------------------

_FACTSHEET = """Interreg                                             Co-funded by
North Sea                                            the European Union
-----------------------------------------------------------------------
PROJECT FACTSHEET                                            page 1 / 2


KELPWAY
Seaweed Supply Chains for Small Harbours

Programme            Interreg North Sea 2021-2027
Project number       NS0400211


WHAT IS IT ABOUT?

KELPWAY brings together the partners below to farm kelp.


PARTNERSHIP

Lead beneficiary
  Harbour Trust of Nordby (DK)

Project partners
  Vestland Kelp Company AS (NO)


CONTACTS

Finance:           Ada Holm, Harbour Trust of Nordby
"""


def test_a_factsheet_names_its_project_from_the_title_block_not_its_running_header():
    records = run(_FACTSHEET)
    projects = labels(records, EntityType.PROJECT)
    assert projects == {"KELPWAY"}
    found = facts(records)
    assert ("KELPWAY", "coordinator", "Harbour Trust of Nordby") in found
    assert ("KELPWAY", "participant", "Vestland Kelp Company AS") in found


def test_the_reader_passes_over_column_headers_and_rules_for_the_title():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.txt"
        path.write_text(_FACTSHEET, encoding="utf-8")
        assert read(path).title == "KELPWAY"


def test_captions_in_capitals_are_no_projects_but_a_capitalised_name_used_in_prose_is():
    text = ("OUR WORK\n\nKELPWAY brings kelp to market.\n\nJOINT ACTIVITIES OF PARTNERS\n\nKELPWAY\n"
            "Programme: Interreg North Sea\n\nCONTACTS\n\nPhone: 123\n")
    projects = labels(run(text), EntityType.PROJECT)
    assert "KELPWAY" in projects
    assert not projects & {"OUR WORK", "JOINT ACTIVITIES OF PARTNERS", "CONTACTS"}


def test_a_single_capitalised_title_still_names_its_project():
    records = run("SEAFENCE\nFences for the sea\n\nProgramme: Horizon Europe\nProject number: 101000001\n")
    assert labels(records, EntityType.PROJECT) == {"SEAFENCE"}


# programme families -------------------------------------------------------------------------------------------

def test_a_bare_family_name_is_no_programme():
    records = run("Tags: ports, Interreg, forum\n\nThe Tidewater Cluster met its partners in Esbjerg.\n")
    assert labels(records, EntityType.PROGRAMME) == set()


def test_a_generation_and_strand_after_the_family_name_keep_the_programme():
    records = run("The GreenQuay project is implemented under the Interreg VI-A Lithuania–Poland programme.")
    assert "Interreg Lithuania–Poland" in labels(records, EntityType.PROGRAMME)
    assert "European Territorial Cooperation" not in labels(records, EntityType.PROGRAMME)


def test_a_label_column_apart_by_wide_gaps_gives_fields():
    records = run("SEAFENCE\nFences for the sea\n\nProgramme            Horizon Europe\nStart date           01.03.2025\n"
                  "Total budget         EUR 1 200 000\n")
    project = named(records, "SEAFENCE", EntityType.PROJECT)
    assert ("SEAFENCE", "fundedBy", "Horizon Europe") in facts(records)
    assert values(records, project, AttributeName.BUDGET) == {1200000}


# hard-wrapped prose -------------------------------------------------------------------------------------------

_WRAPPED = """TIDEGATE
Flood gates for small towns

Programme: Interreg North Sea

Coastal towns along the Wadden Sea lose their old
sluices to storms, and most have no money to replace
them with modern gates. TIDEGATE brings together four
municipalities to test a common tender for new gates
and a shared maintenance service. Harbour Trust of
Nordby (HTN) acts as lead partner and runs the first
pilot in Nordby. The Kelp Institute of Vestland tests
the gates in its wave tank in the spring of each year.

TIDEGATE receives funding from the Interreg North
Sea programme for its whole duration of three years,
which ends in the autumn of the year 2027 in Esbjerg.

Partners
  Harbour Trust of Nordby (DK)
  Vestland Kelp Company AS (NO)
"""


def test_hard_wrapped_prose_is_read_as_running_lines_with_its_offsets_kept():
    joined = unwrap(_WRAPPED)
    assert len(joined) == len(_WRAPPED)
    assert "Harbour Trust of Nordby (HTN) acts as lead partner" in joined
    assert "Interreg North Sea programme" in joined
    assert "  Harbour Trust of Nordby (DK)\n  Vestland Kelp Company AS (NO)" in joined  # an indented list stays
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wrapped.txt"
        path.write_text(_WRAPPED, encoding="utf-8")
        assert read(path).text == joined


def test_a_text_of_one_line_paragraphs_is_left_as_it_is():
    text = ("Nordby Harbour Trust is a public body that runs the ports of three islands in the Wadden Sea.\n"
            "It was founded in 1998.\n") * 6
    assert unwrap(text) == text


# people -------------------------------------------------------------------------------------------------------

def test_a_form_of_address_without_a_full_stop_is_no_part_of_the_name():
    records = run("Dr Mara Lindgren, head of the Kelp Institute of Vestland, opened the day.")
    people = labels(records, EntityType.PERSON)
    assert "Mara Lindgren" in people and "Dr Mara Lindgren" not in people


def test_the_authors_of_a_picture_credit_are_people_but_a_body_in_it_is_not():
    text = ("The Harbour Trust of Nordby opened its new quay in May.\n\n"
            "Cover photo: Harbour Trust of Nordby / Jens Aamot\n\n© 2025 · Photos: Lise Brandt\n")
    people = labels(run(text), EntityType.PERSON)
    assert {"Jens Aamot", "Lise Brandt"} <= people
    assert "Harbour Trust of Nordby" not in people


# units and events ---------------------------------------------------------------------------------------------

def test_a_unit_at_a_body_is_its_own_organisation_part_of_the_body_and_in_its_country():
    records = run("The partnership comprises Nordby University of Technology (DK) and two towns. "
                  "Lise Brandt, head of the Coastal Data Lab at Nordby University of Technology, spoke.")
    found = facts(records)
    assert ("Coastal Data Lab", "partOf", "Nordby University of Technology") in found
    assert "Coastal Data Lab at Nordby University of Technology" not in labels(records)
    lab = named(records, "Coastal Data Lab", EntityType.ORGANISATION)
    assert values(records, lab, AttributeName.COUNTRY) == {"DK"}


def test_an_event_named_after_a_run_of_places_keeps_its_short_form():
    records = run("Last week 60 firms met at Nordby Harbour in Esbjerg for Kelp Business Forum Esbjerg 2025 "
                  "(KBFE 2025). The event was hosted by the town.")
    events = [e for e in records.entities if e.type is EntityType.EVENT]
    assert len(events) == 1
    assert {"Kelp Business Forum Esbjerg 2025", "KBFE 2025"} <= set(events[0].names)


# directory cards ----------------------------------------------------------------------------------------------

_DIRECTORY = """Wadden Kelp Alliance
About | Members | Contact

OUR MEMBERS

The Wadden Kelp Alliance (WKA) joins kelp clusters around the Wadden Sea.

FULL MEMBERS

Nordby Kelp Cluster
Country: Denmark | City: Nordby | Member since: 2019
Contact: Jens Aamot, cluster manager

Frisian Seaweed Cluster
Country: Netherlands | City: Harlingen | Member since: 2020
Contact: Anke Visser, managing director

Our team
Phone: +45 1234 5678
"""


def test_cards_under_a_members_caption_are_members_with_their_country_and_contacts():
    records = run(_DIRECTORY)
    found = facts(records)
    assert ("Nordby Kelp Cluster", "memberOf", "Wadden Kelp Alliance") in found
    assert ("Frisian Seaweed Cluster", "memberOf", "Wadden Kelp Alliance") in found
    assert ("Jens Aamot", "affiliation", "Nordby Kelp Cluster") in found
    assert ("Anke Visser", "affiliation", "Frisian Seaweed Cluster") in found
    assert ("Anke Visser", "affiliation", "Wadden Kelp Alliance") not in found
    assert values(records, named(records, "Frisian Seaweed Cluster", EntityType.ORGANISATION),
                  AttributeName.COUNTRY) == {"NL"}
    assert "Our team" not in labels(records)


# project entries with a dashed heading and a line of cells -------------------------------------------------------

_ENTRIES = """Wadden Kelp Alliance

JOINT PROJECTS

KelpRoute – kelp logistics for small harbours
Interreg North Sea | 2023–2026 | Lead partner: Nordby Kelp Cluster
Partners: Frisian Seaweed Cluster, Harbour Trust of Nordby

Kelp Connect – a cluster alliance for kelp food
Funded under the Single Market Programme | 01/2024–12/2026 | EUR 990 000
Coordinator: Frisian Seaweed Cluster
Other beneficiaries: Nordby Kelp Cluster, Harbour Trust of Nordby

OUR TEAM

Phone: 123
"""


def test_an_entry_headed_name_dash_description_with_cells_gives_its_project_and_partners():
    records = run(_ENTRIES)
    assert labels(records, EntityType.PROJECT) == {"KelpRoute", "Kelp Connect"}
    found = facts(records)
    assert {("KelpRoute", "fundedBy", "Interreg North Sea Region"), ("KelpRoute", "coordinator", "Nordby Kelp Cluster"),
            ("KelpRoute", "participant", "Frisian Seaweed Cluster"),
            ("Kelp Connect", "coordinator", "Frisian Seaweed Cluster"),
            ("Kelp Connect", "participant", "Harbour Trust of Nordby")} <= found
    connect = named(records, "Kelp Connect", EntityType.PROJECT)
    assert values(records, connect, AttributeName.BUDGET) == {990000}


def test_a_role_of_a_ministry_of_something_names_the_whole_ministry():
    records = run("Speakers included:\n\n* Ada Holm, Deputy Secretary General of the Ministry of Coastal Affairs and "
                  "Fisheries;\n* Jens Aamot, senior scientist, Nordby Kelp Cluster.\n")
    found = facts(records)
    assert ("Ada Holm", "affiliation", "Ministry of Coastal Affairs and Fisheries") in found
    assert "Coastal Affairs and Fisheries" not in labels(records)


# project names and starts in news prose -------------------------------------------------------------------------

def test_a_one_word_project_name_takes_the_word_that_always_follows_it_and_its_launch_day():
    text = ("On 3 March 2025 we started KelpGrow Nordby, our largest project so far.\n\n"
            "KelpGrow Nordby tests kelp farms in two bays. The first harvest of KelpGrow Nordby is due in May.")
    records = run(text)
    assert labels(records, EntityType.PROJECT) == {"KelpGrow Nordby"}
    project = named(records, "KelpGrow Nordby", EntityType.PROJECT)
    assert {str(v) for v in values(records, project, AttributeName.START_DATE)} == {"2025-03-03"}


def test_a_name_followed_by_different_words_stays_one_word():
    text = "We started KelpGrow in 2024.\n\nKelpGrow Nordby is its first site and KelpGrow Esbjerg the second."
    assert "KelpGrow Nordby" not in labels(run(text), EntityType.PROJECT)


def test_common_words_before_a_name_are_no_part_of_it():
    records = run("Companies Nordby Kelp AS and Esbjerg Nets ApS showed their lines.\n\n"
                  "The Newsletter of the Nordby Harbour Agency reports on kelp.")
    orgs = labels(records)
    assert {"Nordby Kelp AS", "Nordby Harbour Agency"} <= orgs
    assert not {"Companies Nordby Kelp AS", "Newsletter of the Nordby Harbour Agency"} & orgs


def test_joining_or_taking_part_as_an_associated_partner_is_a_role_in_the_project():
    text = ("KELPWAY\nKelp for small harbours\n\nProgramme: Interreg North Sea\n\n"
            "The Danish Coastal Administration joins as associated partner from 2025. "
            "Nordby Kelp Cluster takes part as a service partner.")
    found = facts(run(text))
    assert ("KELPWAY", "associatedPartner", "Danish Coastal Administration") in found
    assert ("KELPWAY", "participant", "Nordby Kelp Cluster") in found


def test_a_bulleted_list_a_sentence_introduces_names_the_projects_partners():
    text = ("On 2 May 2025 we started KelpGrow Nordby, our largest project so far. Nordby Kelp Cluster leads it. "
            "The work is shared with:\n\n"
            "* Nordby University of Technology, through its Coastal Lab in Esbjerg, which tests kelp drying;\n"
            "* Esbjerg Nets ApS, which will build a pilot line;\n"
            "* Nordby Town Council, which offers two bays.\n\n"
            "KelpGrow Nordby ends in 2027.\n\n2. Other news\n\nThe Kelp Institute of Vestland opened a lab.")
    found = facts(run(text))
    assert {("KelpGrow Nordby", "participant", "Nordby University of Technology"),
            ("KelpGrow Nordby", "participant", "Esbjerg Nets ApS"),
            ("KelpGrow Nordby", "participant", "Nordby Town Council"),
            ("Coastal Lab", "partOf", "Nordby University of Technology")} <= found
    assert ("KelpGrow Nordby", "participant", "Kelp Institute of Vestland") not in found


def test_a_body_in_a_town_is_named_without_the_town():
    assert "Nordby Maritime College" in labels(run("Students of Nordby Maritime College in Esbjerg built the boat."))


# events in blocks and projects in appositions -------------------------------------------------------------------

def test_a_subjectless_sentence_in_an_event_block_is_about_the_event_heading_it():
    text = ("EVENTS\n\nNordic Kelp Days 2025\n4-5 June 2025, Nordby (Denmark)\nHosted by Nordby Kelp Cluster together "
            "with Esbjerg Town Council. With talks by Ada Holm (Frisian Seaweed Cluster); Esbjerg Nets ApS and "
            "Vestland Kelp Company AS presented their kelp lines.\n")
    found = facts(run(text))
    assert {("Nordic Kelp Days 2025", "organiser", "Nordby Kelp Cluster"),
            ("Nordic Kelp Days 2025", "organiser", "Esbjerg Town Council"),
            ("Nordic Kelp Days 2025", "attendee", "Esbjerg Nets ApS")} <= found


def test_a_project_apposed_as_supported_through_a_programme_is_funded_by_it():
    found = facts(run("The day was the first activity of KelpBridge, a project supported through the Interreg "
                      "North Sea 2021-2027 programme."))
    assert ("KelpBridge", "fundedBy", "Interreg North Sea Region") in found


def test_a_legal_form_of_one_country_only_gives_the_company_its_country():
    records = run("Esbjerg Nets ApS, Tallinn Kelp OÜ and KelpTech Sp. z o.o. pitched their products.")
    assert values(records, named(records, "Esbjerg Nets ApS"), AttributeName.COUNTRY) == {"DK"}
    assert values(records, named(records, "Tallinn Kelp OÜ"), AttributeName.COUNTRY) == {"EE"}
    assert values(records, named(records, "KelpTech Sp. z o.o."), AttributeName.COUNTRY) == {"PL"}


def test_a_partnership_item_with_a_country_code_is_a_body_without_a_type_word():
    records = run("The day opened KelpBridge, a project supported through the Interreg North Sea programme. "
                  "The partnership comprises Nordby University of Technology (DK) and "
                  "Esbjerg Elderly Care Home (DK); Vestland Kelp Company AS takes part as an associated organisation.")
    found = facts(records)
    assert ("KelpBridge", "participant", "Esbjerg Elderly Care Home") in found
    assert ("KelpBridge", "associatedPartner", "Esbjerg Elderly Care Home") not in found
    assert values(records, named(records, "Esbjerg Elderly Care Home"), AttributeName.COUNTRY) == {"DK"}


def test_a_programme_name_broken_over_a_line_is_not_cut_into_a_body():
    records = run("KELPWAY\nKelp for small harbours\n\nProject number: NS0400211\n\n"
                  "KELPWAY receives funding from the Interreg Central\nBaltic programme.\n")
    assert "Interreg Central" not in labels(records)
    assert ("KELPWAY", "fundedBy", "Interreg Central Baltic") in facts(records)


# dates relative to the page ----------------------------------------------------------------------------------------

_POST = ("Nordby Kelp Cluster\nHome | News | Events\nYou are here: Home / News\n\nCookies help us.\n[Accept]\n\n"
         "Kelp boats and 60 meetings: Kelp Business Forum Nordby 2025\n\n"
         "Posted on 14 October 2025 by Ada Holm | Categories: Events\n\n"
         "Last Thursday 60 firms met in Nordby for Kelp Business Forum Nordby 2025. The forum was organised by "
         "Nordby Kelp Cluster.\n")


def test_a_byline_dates_the_page_and_a_weekday_before_it_dates_the_event():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "post.txt"
        path.write_text(_POST, encoding="utf-8")
        document = read(path)
    assert str(document.issued) == "2025-10-14"
    records = run(_POST, issued=document.issued)
    event = named(records, "Kelp Business Forum Nordby 2025", EntityType.EVENT)
    assert {str(v) for v in values(records, event, AttributeName.START_DATE)} == {"2025-10-09"}


def test_a_name_with_an_interreg_country_pair_in_brackets_is_a_project_of_that_programme():
    records = run("KELPWAY builds on SEAFARM (Interreg Denmark–Germany, 2019-2022), which Nordby Kelp Cluster led.")
    assert "Interreg Denmark–Germany" in labels(records, EntityType.PROGRAMME)
    assert ("SEAFARM", "fundedBy", "Interreg Denmark–Germany") in facts(records)
    seafarm = named(records, "SEAFARM", EntityType.PROJECT)
    assert values(records, seafarm, AttributeName.START_DATE) == {"2019"}


# a bilingual event page's English part -------------------------------------------------------------------------------

def test_speakers_with_title_and_body_in_brackets_and_partners_taking_part_together():
    text = ("Nordby Kelp Forum 2025 (NKF 2025)\n\nOn 12 June 2025 the Nordby Kelp Cluster welcomes kelp firms to the "
            "forum. The forum is an event of the KelpRoute project. Nordby Town Council is the project's lead partner; "
            "the Frisian Seaweed Association and the Esbjerg Town Office take part as partners.\n\n"
            "Speakers include Ada Holm (President, Frisian Seaweed Association) and Jens Aamot (Vestland Kelp "
            "Cluster).\n")
    records = run(text)
    found = facts(records)
    assert ("Ada Holm", "affiliation", "Frisian Seaweed Association") in found
    assert "President, Frisian Seaweed Association" not in labels(records)
    assert {("KelpRoute", "participant", "Frisian Seaweed Association"),
            ("KelpRoute", "participant", "Esbjerg Town Office")} <= found
    assert ("Nordby Kelp Forum 2025", "attendee", "Vestland Kelp Cluster") in found


def test_an_agenda_under_a_programme_heading_is_no_funding_programme():
    text = ("KELPWAY\nKelp for small harbours\n\nProject number: NS0400211\n\nProgramme\n"
            "• 09:30 Welcome – Ada Holm\n• 10:00 Kelp drying – Jens Aamot\n")
    assert labels(run(text), EntityType.PROGRAMME) == set()


def test_a_cards_run_by_and_unit_of_lines_tie_its_body_to_another():
    text = _DIRECTORY + ("\nCoastal Data Centre\nCountry: Denmark | City: Esbjerg | Member since: 2021\n"
                         "A unit of the Danish Institute of Kelp Research\n\n"
                         "Esbjerg Kelp Cluster\nCountry: Denmark | City: Esbjerg\n"
                         "Cluster organisation: Esbjerg Business Foundation\n")
    found = facts(run(text))
    assert ("Coastal Data Centre", "partOf", "Danish Institute of Kelp Research") in found
    assert ("Esbjerg Kelp Cluster", "memberOf", "Esbjerg Business Foundation") in found


def test_a_multi_word_distinctive_name_with_a_programme_and_a_year_in_brackets_is_a_project():
    records = run("KelpWay continues the first joint action, EO Kelp Go (Interreg North Sea seed money, 2018).")
    assert ("EO Kelp Go", "fundedBy", "Interreg North Sea Region") in facts(records)
    assert values(records, named(records, "EO Kelp Go", EntityType.PROJECT), AttributeName.START_DATE) == {"2018"}


def test_a_postal_address_under_a_bodys_name_gives_its_country():
    text = ("Kelp news from the coast.\n\nRelated posts\n- A new member\n\nNordby Kelp Cluster\n"
            "Havnevej 17, 6700 Esbjerg, Denmark\nContact: Ada Holm, communication officer\n")
    records = run(text)
    assert values(records, named(records, "Nordby Kelp Cluster"), AttributeName.COUNTRY) == {"DK"}


def test_under_a_contacts_heading_any_label_introduces_a_person_and_body():
    text = ("The Nordby Harbour Trust (NHT) runs the pilot.\n\nCONTACTS\n\n"
            "Lead partner:  Ada Holm, project manager\n"
            "Finance:       Jens Aamot, NHT\n\nFinance: the budget is public.\n")
    found = facts(run(text))
    assert ("Jens Aamot", "affiliation", "Nordby Harbour Trust") in found


def test_the_last_words_of_a_body_before_its_acronym_are_no_person():
    records = run("Nordby Kelp Cluster is run by the Danish Association of Kelp and Seaweed Farming (DAKSF).")
    assert "Seaweed Farming" not in labels(records, EntityType.PERSON)
