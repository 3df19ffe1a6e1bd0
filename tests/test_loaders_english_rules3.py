"""English rules of the third tuning round, each on invented text (no corpus or evaluation-set wording)."""

from __future__ import annotations

from innograph.graph import DocumentRecords, EntityType
from innograph.loaders import extract
from _extraction import facts, labels, run


# plain entry headings -----------------------------------------------------------------------------

_ENTRIES = """Baltic Widget Guild
Menu   About   Contact

What we run

Amber Loom Network
Funding: Erasmus+
Partners: Kaunas Textile Hub (LT), Riga Weavers Union (LV)
Duration: 1.3.2022 - 28.2.2024

SeaSense Pilots
Co-funded by the LIFE Programme
We test buoys with Gdynia Marine Lab.

Our team
Director: Ona Petraitė
"""


def test_a_plain_heading_above_fields_names_its_entry_project():
    records = run(_ENTRIES)
    assert {"Amber Loom Network", "SeaSense Pilots"} <= labels(records, EntityType.PROJECT)
    found = facts(records)
    assert ("Amber Loom Network", "participant", "Kaunas Textile Hub") in found
    assert not any(s == "SeaSense Pilots" and o == "Kaunas Textile Hub" for s, _r, o in found)


def test_a_caption_or_single_plain_word_is_no_entry_heading():
    records = run(_ENTRIES.replace("Amber Loom Network", "Project overview").replace("SeaSense Pilots", "Summary"))
    assert not {"Project overview", "Summary", "Our team"} & labels(records, EntityType.PROJECT)


# events -------------------------------------------------------------------------------------------

def test_an_events_bracketed_short_form_with_its_year_is_the_same_event():
    records = run("Some 90 guests met in Turku on 3 May 2024 for the Nordic Kelp Summit 2024 (NKS 2024). "
                  "The summit was organised by the Turku Marine Cluster.")
    events = [e for e in records.entities if e.type is EntityType.EVENT]
    assert len(events) == 1 and "NKS 2024" in events[0].names
    assert ("Nordic Kelp Summit 2024", "organiser", "Turku Marine Cluster") in facts(records)


# names ---------------------------------------------------------------------------------------------

def test_a_possessive_before_a_unit_ends_the_owners_name():
    records = run("The partners are Aalborg Marine Agency and Nordhavn Technical University's Institute of Coastal Design.")
    orgs = labels(records, EntityType.ORGANISATION)
    assert {"Nordhavn Technical University", "Institute of Coastal Design"} <= orgs
    assert ("Institute of Coastal Design", "partOf", "Nordhavn Technical University") in facts(records)


def test_a_possessive_inside_a_name_keeps_the_name_whole():
    records = run("In May we visited the Lake Peipus Fishermen's Association twice.")
    assert "Lake Peipus Fishermen's Association" in labels(records, EntityType.ORGANISATION)


# project roles and funding ------------------------------------------------------------------------

def test_under_the_leadership_of_names_the_coordinator():
    records = run('The project "Salt Marsh Revival" (SALTREV) started in 2024. Under the leadership of Gotland '
                  "Wetland Foundation, six partners restore coastal meadows.")
    assert ("SALTREV", "coordinator", "Gotland Wetland Foundation") in facts(records)


def test_with_support_of_a_programme_is_its_funding():
    records = run('The project "Tidal Data Commons" (TIDECOM) runs until 2027 with support of the Interreg '
                  "South Baltic programme.")
    assert any(s == "TIDECOM" and r == "fundedBy" and "South Baltic" in o for s, r, o in facts(records))


def test_a_side_activity_run_by_an_organisation_names_no_coordinator():
    records = run('The project "Fjord Freight Link" (FJORDLINK) met in Bergen. Forty talks took place in the '
                  "networking lounge, run by Hordaland Business Council.")
    assert not any(r == "coordinator" for _s, r, _o in facts(records))


def test_a_strand_in_brackets_after_funded_by_funds_the_project_too():
    records = run('The project "Grid Tutor" (GRIDTUTOR) is co-funded by the Digital Europe Programme '
                  "(Cyber Skills Academies) and ends in 2026.")
    found = facts(records)
    assert ("GRIDTUTOR", "fundedBy", "Cyber Skills Academies") in found
    assert ("Cyber Skills Academies", "partOf", "Digital Europe") in found


def test_a_strand_after_a_dash_in_a_funding_field_is_part_of_the_programme():
    records = run("Moss Roofs\nFunding: Creative Europe - Literary Translation strand\nPartners: Skane Roof Guild (SE)\n")
    found = facts(records)
    assert ("Moss Roofs", "fundedBy", "Literary Translation strand") in found
    assert ("Literary Translation strand", "partOf", "Creative Europe") in found


# partner lists ------------------------------------------------------------------------------------

def test_a_unit_before_its_university_in_a_partner_row():
    records = run('Project "Peat Futures" (PEATFUT)\nFurther project partners:\n'
                  "- Faculty of Soil Engineering, Tartu University of Agriculture (EE)\n- Narva Bog Trust (EE)\n")
    found = facts(records)
    assert ("Faculty of Soil Engineering", "partOf", "Tartu University of Agriculture") in found
    assert ("PEATFUT", "participant", "Faculty of Soil Engineering") in found
    assert ("PEATFUT", "participant", "Narva Bog Trust") in found


def test_a_summer_school_named_with_its_year_is_an_event():
    records = run("Events\n♦ SeaGrass Summer School 2024, 3-7 June 2024, Klaipėda (Lithuania). "
                  "Organised by Curonian Lagoon Institute.")
    assert "SeaGrass Summer School 2024" in labels(records, EntityType.EVENT)


# projects named with programme and years in brackets ----------------------------------------------

def test_a_name_with_its_programme_and_years_in_brackets_is_a_project():
    records = run("Finished work\n\nBaltic Pantry (Nordplus Adult, 2018-2020) - cooking courses for migrants led by "
                  "Riga Folk School. Our page also remembers SaltPath (Interreg Central Baltic, 2015-2017).")
    found = facts(records)
    assert {"Baltic Pantry", "SaltPath"} <= labels(records, EntityType.PROJECT)
    assert ("Baltic Pantry", "fundedBy", "Nordplus Adult") in found
    assert ("SaltPath", "fundedBy", "Interreg Central Baltic") in found
    assert ("Baltic Pantry", "coordinator", "Riga Folk School") in found


def test_a_body_in_brackets_or_a_bracket_without_programme_makes_no_project():
    records = run("We thank Gdynia Port Authority (Poland, 2019-2021) and Tartu Seed Bank (2018-2020) for their help.")
    assert labels(records, EntityType.PROJECT) == set()


def test_the_lead_partner_of_a_project_is_no_project_itself():
    records = run("HANSA Lab was the lead partner of this cross-border project with Kiel Data Office.")
    assert "HANSA Lab" not in labels(records, EntityType.PROJECT)


def test_a_coordinated_by_paragraph_under_an_entry_heading_is_that_entrys():
    records = run("Our projects\n\nRye Routes\nCo-funded by the Erasmus+ Programme\nCoordinated by Pskov Bakers "
                  "College (EE); we are one of five partners.\n")
    assert ("Rye Routes", "coordinator", "Pskov Bakers College") in facts(records)
    assert labels(records, EntityType.PROJECT) == {"Rye Routes"}


def test_a_second_predicate_with_its_verb_keeps_the_clause_subject():
    records = run("Oulu Sauna Agency is part of the Regional Council of Kainuu and is a member of the Nordic Spa Network.")
    found = facts(records)
    assert ("Oulu Sauna Agency", "memberOf", "Nordic Spa Network") in found
    assert ("Regional Council of Kainuu", "memberOf", "Nordic Spa Network") not in found


def test_a_project_id_label_and_a_menu_are_no_names():
    records = run("Programme | Projects | Library | News\n\nGreen Docks\n\nProject ID: X123\nDuration: 2021-2023\n")
    assert "ID" not in labels(records, EntityType.PROJECT)
    assert labels(records, EntityType.PROGRAMME) == set()


# roles said in a clause ---------------------------------------------------------------------------

_COMPLETED = """Fjord Kitchen Guild

Running projects

Herring Trails
Funding: Erasmus+
Partners: Bergen Cookery School (NO)

SmokeRoute
Nordplus Junior
The Sogn Fish Cluster leads this small project with Hardanger Food Cluster (NO); Voss Dairy Cluster joined as a service partner.

Past projects

SaltRoute (Interreg Aurora, 2019-2021) - Hordaland Marine Agency was the lead partner of this cross-border project with Lofoten Region (NO) and Kiruna Ice Council (SE).

Brine Pilot (Nordplus Adult, 2016-2018) - a course led by Oslo Folk School, with Stavanger Salt Guild and Alta Fish Cluster as partners.
"""


def test_leads_this_project_with_and_joined_as_partner():
    found = facts(run(_COMPLETED))
    assert ("SmokeRoute", "fundedBy", "Nordplus Junior") in found
    assert ("SmokeRoute", "coordinator", "Sogn Fish Cluster") in found
    assert ("SmokeRoute", "participant", "Hardanger Food Cluster") in found
    assert ("SmokeRoute", "participant", "Voss Dairy Cluster") in found


def test_was_the_lead_partner_of_this_project_with_partners_in_brackets():
    found = facts(run(_COMPLETED))
    assert ("SaltRoute", "coordinator", "Hordaland Marine Agency") in found
    assert {("SaltRoute", "participant", "Lofoten Region"), ("SaltRoute", "participant", "Kiruna Ice Council")} <= found
    assert not any(o == "NO" or o == "SE" for _s, _r, o in found)


def test_with_names_as_partners_and_a_standalone_heading_ends_the_entry_above():
    found = facts(run(_COMPLETED))
    assert {("Brine Pilot", "participant", "Stavanger Salt Guild"), ("Brine Pilot", "participant", "Alta Fish Cluster")} <= found
    assert not any(s == "SmokeRoute" and "Salt" in o for s, _r, o in found)  # "Past projects" closed the entry


# project fact pages -------------------------------------------------------------------------------

_FACTS = """Nordic Institute of Fisheries

KELPNET
Kelp farming networks for the North Sea

Acronym
KELPNET
Call
Horizon Europe Cluster 5 - Climate, Energy and Mobility
Coordinating organisation
Department of Aquatic Robotics, Nordic Institute of Fisheries (NIF), Bergen
Website
kelpnet.eu

KELPNET works alongside the regional programme "Vestland Blue 2030" managed by the County Office of Vestland.

Consortium

Partner | City | Country | Role
Nordic Institute of Fisheries - Department of Aquatic Robotics | Bergen | Norway | Coordinator
Faroe Seaweed Ltd | Tórshavn | Denmark | Beneficiary

Related projects

• SeaFarm (Interreg North Sea Region, 2018-2021) - KELPNET reuses the buoys of this project, which was led by Faroe Seaweed Ltd.

Project coordinator: Dr. Ingrid Solberg, Head of the Department of Aquatic Robotics, NIF
"""


def test_a_fact_page_with_a_body_above_the_project_name():
    records = run(_FACTS)
    found = facts(records)
    assert "Nordic Institute of Fisheries" not in labels(records, EntityType.PROJECT)
    assert ("KELPNET", "coordinator", "Department of Aquatic Robotics") in found
    assert ("Department of Aquatic Robotics", "partOf", "Nordic Institute of Fisheries") in found
    assert "NIF" in next(e.names for e in records.entities if e.label == "Nordic Institute of Fisheries")


def test_a_call_field_names_a_numbered_cluster_with_its_full_title():
    found = facts(run(_FACTS))
    assert ("KELPNET", "fundedBy", "Horizon Europe") in found
    assert ("KELPNET", "fundedBy", "Cluster 5 - Climate, Energy and Mobility") in found


def test_a_table_header_a_contact_and_a_programme_manager_are_no_partners():
    records = run(_FACTS)
    found = facts(records)
    assert "City" not in labels(records, EntityType.ORGANISATION)
    assert not any(r == "coordinator" and ("Solberg" in o or "County Office" in o) for _s, r, o in found)
    assert "Vestland Blue 2030" in labels(records, EntityType.PROGRAMME)


def test_which_was_led_by_after_this_project_in_a_list_item():
    assert ("SeaFarm", "coordinator", "Faroe Seaweed Ltd") in facts(run(_FACTS))


# partners in one sentence, agreements -------------------------------------------------------------

def test_one_of_n_partners_together_with_a_list_with_a_possessive_unit():
    records = run('The project "Data Dunes" (DUNES) runs until 2026. Kaunas Design Hub is one of six partners, '
                  "together with Pärnu Data Cluster, Gävle Test Bed AB and Kauno kolegija's Faculty of Arts and Media.")
    found = facts(records)
    assert {("DUNES", "participant", "Kaunas Design Hub"), ("DUNES", "participant", "Pärnu Data Cluster"),
            ("DUNES", "participant", "Gävle Test Bed AB"), ("DUNES", "participant", "Faculty of Arts and Media")} <= found
    assert ("Faculty of Arts and Media", "partOf", "Kauno kolegija") in found


def test_an_agreement_signed_by_we_with_a_hyphenated_word_before_it():
    records = run("Nordic Kelp Agency\nMenu\n\nNordic Kelp Agency is based in Bergen. In 2024 we signed a five-year "
                  "cooperation agreement with the Oslo Seaweed Bureau on joint services.")
    assert ("Nordic Kelp Agency", "cooperatesWith", "Oslo Seaweed Bureau") in facts(records)


def test_two_bodies_signing_one_of_them_untyped():
    records = run("Members of Jūros garsas klasteris met in Klaipėda. In May, Jūros garsas klasteris and Tallinn Noise "
                  "Quarter (TNQ) signed a cooperation agreement on shared studios.")
    found = facts(records)
    assert any(r == "cooperatesWith" and "Tallinn Noise Quarter" in o for _s, r, o in found)


# programmes a page states in passing, earlier projects --------------------------------------------

_PAGE = """Home > Projects > MossBoard

MossBoard

Moss-fibre insulation boards for the Baltic (MossBoard)

Interreg Central Baltic 2021-2027 | Priority 1 | Ongoing

Duration: March 2023 - February 2026
Total budget: 1.9 million euro, of which 1.5 million euro is ERDF co-financing

MossBoard follows up on the earlier flagship Baltic Peat Exchange, which mapped peat stocks.
"""


def test_a_programme_line_under_the_title_and_a_fund_in_the_budget_line():
    found = facts(run(_PAGE))
    assert ("MossBoard", "fundedBy", "Interreg Central Baltic") in found
    assert any(s == "MossBoard" and r == "fundedBy" and "Regional Development" in o for s, r, o in found)


def test_the_earlier_flagship_names_a_related_project():
    records = run(_PAGE)
    assert "Baltic Peat Exchange" in labels(records, EntityType.PROJECT)
    assert ("MossBoard", "relatedProject", "Baltic Peat Exchange") in facts(records)


def test_a_port_of_a_town_with_its_legal_form_and_a_title_before_it():
    records = run("Partners are Port of Ystad AB and Hedeby Valves ApS; the CEO of Skagen Nets A/S spoke.")
    orgs = labels(records, EntityType.ORGANISATION)
    assert {"Port of Ystad AB", "Hedeby Valves ApS", "Skagen Nets A/S"} <= orgs
    assert not any(label.startswith("CEO") for label in orgs)


def test_a_lithuanian_directorate_named_in_english_prose():
    records = run("The forum was opened by Jonas Petrauskas, head of ports at Palangos miesto uosto direkcija.")
    assert "Palangos miesto uosto direkcija" in labels(records, EntityType.ORGANISATION)


# links between listed projects, events of an entry, team lines -------------------------------------

_LINKS = """Oulu Craft Agency
Menu

Running projects

Birch Voices
Funding: Creative Europe
Partners: Kemi Woodcarvers Guild (FI)
Birch Voices brings carvers together. The work ends with the Birch Carving Festival 2025, organised by Kemi Woodcarvers Guild.

Past projects

CarveNet (Nordplus Horizontal, 2019-2021) - a network of carving teachers. Birch Voices grew out of this network.

BarkLab (Interreg Aurora, 2020-2022) - a pilot on bark dyes. It was followed by Birch Voices.

Our team
Project coordinator, Birch Voices: Aino-Maria Lehto
"""


def test_grew_out_of_this_network_and_was_followed_by():
    found = facts(run(_LINKS))
    assert ("Birch Voices", "relatedProject", "CarveNet") in found
    assert ("Birch Voices", "relatedProject", "BarkLab") in found
    assert ("CarveNet", "relatedProject", "Birch Voices") not in found


def test_an_event_named_in_a_project_entry_is_part_of_it():
    assert ("Birch Carving Festival 2025", "partOf", "Birch Voices") in facts(run(_LINKS))


def test_a_team_line_whose_role_names_a_project():
    records = run(_LINKS)
    assert "Aino-Maria Lehto" in labels(records, EntityType.PERSON)


def test_an_unnamed_listed_pilot_with_years_programme_and_lead():
    records = run("Completed projects\n\nA study on cargo bikes for rural shops (2017-2019) financed from the COSME "
                  "programme, led by the Tartu Mobility Bureau; we wrote the survey.\n")
    projects = [e for e in records.entities if e.type is EntityType.PROJECT]
    assert len(projects) == 1
    found = facts(records)
    assert (projects[0].label, "fundedBy", "COSME") in found
    assert (projects[0].label, "coordinator", "Tartu Mobility Bureau") in found


def test_a_unit_named_after_a_possessive_ends_in_its_unit_word():
    records = run("Representatives of the Latvian Export Agency (LEA), the City of Narva and the Estonian Film Council's "
                  "Documentary Support Division took part in the panel.")
    found = facts(records)
    assert {"City of Narva", "Estonian Film Council", "Documentary Support Division"} <= labels(records, EntityType.ORGANISATION)
    assert ("Documentary Support Division", "partOf", "Estonian Film Council") in found


def test_a_person_of_the_named_body():
    records = run("Keynotes came from Marta Ilves, studio head at Tallinn Pixel OÜ, and from Mari-Liis Kask of the "
                  "Estonian Game Export Office.")
    assert "Mari-Liis Kask" in labels(records, EntityType.PERSON)
    assert ("Mari-Liis Kask", "affiliation", "Estonian Game Export Office") in facts(records)
    assert not any(" of the " in label for label in labels(records, EntityType.ORGANISATION))


def test_knowledge_and_innovation_community_of_the_is_no_person():
    records = run("She joined the Knowledge and Innovation Community of the European Institute of Innovation.")
    assert labels(records, EntityType.PERSON) == set()


def test_a_contact_block_with_title_role_and_the_unit_and_body_below():
    records = run("Contact\nProf. Anna Berg, project leader\nFaculty of Marine Science, Kiel Technical University\n"
                  "Kiel, Germany · anna@example.org\n")
    found = facts(records)
    assert ("Anna Berg", "affiliation", "Faculty of Marine Science") in found
    assert ("Anna Berg", "affiliation", "Kiel Technical University") in found
    assert ("Faculty of Marine Science", "partOf", "Kiel Technical University") in found


def test_speakers_with_their_bodies_in_brackets_even_unknown_ones():
    records = run("Confirmed speakers include Dr. Ewa Lis (Gdynia Bio Cluster) and Jānis Kalniņš (BioVentspils).")
    found = facts(records)
    assert ("Ewa Lis", "affiliation", "Gdynia Bio Cluster") in found
    assert ("Jānis Kalniņš", "affiliation", "BioVentspils") in found


def test_a_mixed_case_name_and_a_university_are_two_organisers():
    records = run("Members of the cluster PharmNet will attend. The Baltic Pharma Days 2026 forum in Riga is organised "
                  "by PharmNet and Riga Medical University (RMU).")
    orgs = labels(records, EntityType.ORGANISATION)
    assert not any(" and " in label for label in orgs)
    found = facts(records)
    assert {(e, "organiser", o) for e in labels(records, EntityType.EVENT) for o in ("PharmNet", "Riga Medical University")} <= found


def test_with_one_body_as_partner_after_coordinated_by():
    records = run('The LIFE project "Peat Guard" (PEATGUARD) is coordinated by the University of Lapland Lakes with '
                  "Kemi River Park as partner.")
    assert ("Peat Guard", "participant", "Kemi River Park") in facts(records)


def test_speaking_on_behalf_of_a_body_at_an_event():
    records = run("The Nordic Sound Week 2024 takes place in Malmö. Eva Lind will speak on behalf of Skåne Audio Cluster.")
    assert ("Nordic Sound Week 2024", "attendee", "Skåne Audio Cluster") in facts(records)


def test_the_bodies_which_completed_a_named_project_took_part_in_it():
    records = run('"The Interreg South Baltic project SeaHeat, which Gdynia Maritime University and the Kiel Energy '
                  'Institute completed last year, gave us the data," said the coordinator.')
    found = facts(records)
    assert ("SeaHeat", "participant", "Gdynia Maritime University") in found
    assert ("SeaHeat", "participant", "Kiel Energy Institute") in found


# other prose shapes of roles, funding and ties ----------------------------------------------------

_P = 'The project "Moss Grid" (MOSSGRID) started in 2024. '


def test_acts_as_coordinator_and_take_part_in_the_project():
    assert ("MOSSGRID", "coordinator", "Oulu Moss Institute") in facts(run(_P + "Oulu Moss Institute acts as coordinator."))
    found = facts(run(_P + "Kemi Peat Institute and Raahe Bog Cluster also take part in the project."))
    assert {("MOSSGRID", "participant", "Kemi Peat Institute"), ("MOSSGRID", "participant", "Raahe Bog Cluster")} <= found


def test_brings_together_and_implemented_in_partnership_with():
    found = facts(run('The project "Moss Grid" (MOSSGRID) brings together Kemi Peat Institute, Raahe Bog Cluster '
                      "and Tornio Port Authority."))
    assert ("MOSSGRID", "participant", "Tornio Port Authority") in found
    found = facts(run(_P + "It is implemented by Kemi Peat Institute in partnership with Raahe Bog Cluster."))
    assert {("MOSSGRID", "participant", "Kemi Peat Institute"), ("MOSSGRID", "participant", "Raahe Bog Cluster")} <= found


def test_a_cluster_bringing_together_firms_names_no_partners():
    found = facts(run(_P + "Raahe Bog Cluster brings together Kemi Peat Institute and forty firms."))
    assert ("MOSSGRID", "participant", "Kemi Peat Institute") not in found


def test_receives_funding_from_a_grant_from_and_supported_by_a_programme():
    for tail in ("It receives funding from the LIFE programme.", "It runs with a grant from the LIFE programme.",
                 "It is supported by the LIFE programme."):
        assert ("MOSSGRID", "fundedBy", "LIFE") in facts(run(_P + tail)), tail


def test_supported_by_a_body_is_no_funding():
    assert not any(r == "fundedBy" for _s, r, _o in facts(run(_P + "It is supported by Raahe Bog Cluster.")))


def test_belongs_to_agreed_to_cooperate_continuation_of_and_the_event_of_a_project():
    assert ("Kemi Peat Institute", "memberOf", "Nordic Peat Network") in facts(
        run("The Kemi Peat Institute belongs to the Nordic Peat Network."))
    assert ("Kemi Peat Institute", "cooperatesWith", "Raahe Bog Cluster") in facts(
        run("Kemi Peat Institute and Raahe Bog Cluster agreed to cooperate on training."))
    assert ("MOSSGRID", "relatedProject", "BOGSTEP") in facts(
        run('The project "Moss Grid" (MOSSGRID) is a continuation of the project "Bog Step" (BOGSTEP).'))
    assert ("Nordic Moss Days 2025 conference", "partOf", "MOSSGRID") in facts(
        run('The Nordic Moss Days 2025 conference, the final event of the project "Moss Grid" (MOSSGRID), took place in Oulu.'))


def test_speakers_who_spoke_at_or_opened_an_event_bring_their_bodies():
    found = facts(run("Eva Lind (Kainuu Wood Cluster) and Olli Aho from Oulu Timber Institute spoke at the Nordic "
                      "Wood Days 2024 forum."))
    assert {("Nordic Wood Days 2024 forum", "attendee", "Kainuu Wood Cluster"),
            ("Nordic Wood Days 2024 forum", "attendee", "Oulu Timber Institute")} <= found


def test_a_cluster_coordinated_by_a_body_and_members_of_a_cluster_include():
    assert ("Kainuu Wood Cluster", "memberOf", "Kajaani Science Park") in facts(
        run("Kainuu Wood Cluster is coordinated by Kajaani Science Park."))
    found = facts(run("Members of the Kainuu Wood Cluster include Oulu Timber Institute and Kemi Sawmill Oy."))
    assert ("Kemi Sawmill Oy", "memberOf", "Kainuu Wood Cluster") in found


def test_the_regional_partner_of_a_network_is_its_member():
    found = facts(run("Kainuu Business Agency, the regional partner of the Enterprise Europe Network, ran the matchmaking."))
    assert ("Kainuu Business Agency", "memberOf", "Enterprise Europe Network") in found


def test_head_of_the_cluster_and_works_at():
    found = facts(run('Nordic Kelp Cluster\nMenu\n\n"We grow," says Eva Lind, head of the cluster.'))
    assert ("Eva Lind", "affiliation", "Nordic Kelp Cluster") in found
    found = facts(run("Olli Aho works at the Kainuu Wood Cluster as project manager."))
    assert ("Olli Aho", "affiliation", "Kainuu Wood Cluster") in found


# projects named in passing ------------------------------------------------------------------------

def test_a_project_named_after_a_describing_word_or_with_years_and_a_verb():
    records = run("The three-year project Salt Meadow started in May. It is led by Kiel Marsh Institute.")
    assert ("Salt Meadow", "coordinator", "Kiel Marsh Institute") in facts(records)
    records = run("Salt Meadow (2023-2025) is funded by the LIFE programme and led by Kiel Marsh Institute.")
    found = facts(records)
    assert {("Salt Meadow", "fundedBy", "LIFE"), ("Salt Meadow", "coordinator", "Kiel Marsh Institute")} <= found


def test_a_project_label_and_the_lead_partner_of_a_known_project():
    records = run("Project: Salt Meadow\nLead partner: Kiel Marsh Institute\n")
    assert labels(records, EntityType.PROJECT) == {"Salt Meadow"}
    records = run('The project "Salt Meadow" (SALTMED) runs to 2026. Kiel Marsh Institute is the lead partner of SALTMED.')
    assert ("SALTMED", "coordinator", "Kiel Marsh Institute") in facts(records)


def test_a_body_with_years_in_brackets_is_no_project():
    records = run("Kiel Marsh Institute (1990-2020) was led by Anna Berg.")
    assert labels(records, EntityType.PROJECT) == set()


def test_two_bodies_that_organised_an_event_are_both_organisers():
    found = facts(run("Kiel Marsh Institute and Tartu Reed Cluster organised the Baltic Reed Days 2024 conference."))
    assert {("Baltic Reed Days 2024 conference", "organiser", "Kiel Marsh Institute"),
            ("Baltic Reed Days 2024 conference", "organiser", "Tartu Reed Cluster")} <= found


def test_funded_by_a_programme_and_a_fund_and_a_strand_ending_the_sentence():
    found = facts(run('The project "Salt Meadow" (SALTMED) is funded by the Interreg Central Baltic programme and the '
                      "European Regional Development Fund."))
    assert {("SALTMED", "fundedBy", "Interreg Central Baltic"),
            ("SALTMED", "fundedBy", "European Regional Development Fund")} <= found
    records = run('The project "Salt Meadow" (SALTMED) is funded under the Erasmus+ Small-scale Partnerships action.')
    assert "Small-scale Partnerships action" in labels(records, EntityType.PROGRAMME)


# contact blocks one item a line -------------------------------------------------------------------

def test_a_contact_block_with_name_role_and_body_on_lines_of_their_own():
    found = facts(run("Contact\nOlli Aho\nProject Manager\nKainuu Wood Cluster\nolli@example.org\n"))
    assert ("Olli Aho", "affiliation", "Kainuu Wood Cluster") in found
    found = facts(run("Contact\nKainuu Wood Cluster\nOlli Aho, project manager\nKajaani, Finland\n"))
    assert ("Olli Aho", "affiliation", "Kainuu Wood Cluster") in found


def test_a_two_word_title_before_at_is_no_part_of_the_body():
    records = run("Olli Aho, Project Manager at Kainuu Wood Cluster, said the results were good.")
    assert labels(records, EntityType.ORGANISATION) == {"Kainuu Wood Cluster"}


def test_a_named_strand_of_a_programme_in_prose():
    for text in ('The project "Salt Meadow" (SALTMED) is funded by the Heritage strand of Creative Europe.',
                 "The project \"Salt Meadow\" (SALTMED) is funded by Creative Europe's Heritage strand."):
        found = facts(run(text))
        assert ("Heritage strand", "partOf", "Creative Europe") in found, text
        assert ("SALTMED", "fundedBy", "Heritage strand") in found, text


def test_co_financed_by_the_union_under_a_programme():
    found = facts(run('The project "Salt Meadow" (SALTMED) is co-financed by the European Union under the Interreg '
                      "South Baltic programme."))
    assert ("SALTMED", "fundedBy", "Interreg South Baltic") in found


# markup: headings of web pages ----------------------------------------------------------------------

def _read_html(tmp_path, markup: str) -> DocumentRecords:
    from innograph.loaders import read

    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    return extract(read(path))


def test_html_headings_head_project_entries(tmp_path):
    records = _read_html(tmp_path, "<html><body><h1>Projects</h1><h3>Salt Meadow</h3><p>Funding: Interreg Central Baltic</p>"
                                   "<p>Partners: Kiel Marsh Institute (DE)</p><h3>Reed Roofs</h3>"
                                   "<p>Co-funded by the LIFE programme.</p></body></html>")
    found = facts(records)
    assert ("Salt Meadow", "participant", "Kiel Marsh Institute") in found
    assert ("Reed Roofs", "fundedBy", "LIFE") in found


def test_a_title_whose_first_clause_ends_in_a_colon_is_no_field():
    records = run("SALTLOOP\nClosing the loop on salt: regional policies for salt marshes\n\nProject summary\n\n"
                  "Programme: Interreg Europe\nProject number: PGI09999\n")
    assert labels(records, EntityType.PROJECT) == {"SALTLOOP"}


def test_institute_communities_named_with_its_acronym():
    records = run("Our member Baltic Oats Oy joined the accelerator of EIT Food and pitched to EIT Culture & Creativity. "
                  "EIT Health calls open in May.")
    orgs = labels(records, EntityType.ORGANISATION)
    assert {"EIT Food", "EIT Culture & Creativity", "EIT Health"} <= orgs
    assert "EIT Health calls" not in orgs


def test_a_community_of_a_named_institute_is_part_of_it():
    found = facts(run("We pitched to EIT Water Futures, the newest Knowledge and Innovation Community of the Nordic "
                      "Institute of Water Research (NIWR)."))
    assert ("EIT Water Futures", "partOf", "Nordic Institute of Water Research") in found


def test_a_name_in_apposition_to_the_partner_of_a_network():
    found = facts(run("The matchmaking was run by Business Kainuu, the regional partner of the Enterprise Europe Network."))
    assert ("Business Kainuu", "memberOf", "Enterprise Europe Network") in found


def test_a_period_standing_alone_in_an_entry_and_a_country_code_after_a_listed_partner():
    records = run("Our projects\n\nBark Lines\nFunded by the LIFE programme\n2022-2025 | EU contribution EUR 1.1 million\n\n"
                  "Smoke Route\nNordplus Junior\nSogn Fish Cluster leads this small project with "
                  "Hardanger Food Cluster (NO). 03/2023 - 02/2024.\n")
    values = {(records.entity(a.subject).label, a.name.value, str(a.value)) for a in records.attributes}
    assert {("Smoke Route", "startDate", "2023-03"), ("Smoke Route", "endDate", "2024-02"),
            ("Bark Lines", "startDate", "2022"), ("Bark Lines", "endDate", "2025"),
            ("Hardanger Food Cluster", "country", "NO")} <= values


def test_a_bare_role_field_under_an_entry_is_the_site_bodys_role():
    found = facts(run("Kemi Design Agency\nMenu\n\nSalt Lines\nFunding: Interreg Aurora\nRole: lead partner\n"
                      "Partners: Tromso Craft Guild (NO)\n"))
    assert ("Salt Lines", "coordinator", "Kemi Design Agency") in found


def test_staff_of_an_agency_inside_a_council_work_at_the_agency_only():
    found = facts(run("Kemi Design Agency\nMenu\n\nKemi Design Agency is part of the Regional Council of Kemi.\n\n"
                      "Our team\nDirector: Aino Lehto\n"))
    assert ("Aino Lehto", "affiliation", "Kemi Design Agency") in found
    assert ("Aino Lehto", "affiliation", "Regional Council of Kemi") not in found


def test_a_name_never_runs_over_a_line_break_and_a_place_with_a_year_is_no_event():
    records = run("Partner | Country | Role\nRiga Fish AS | Latvia | Beneficiary\nBeneficiary\nGdynia Nets AB\n\n"
                  "The next forum will take place in Tallinn in 2027.")
    assert not any("\n" in label for label in labels(records, EntityType.ORGANISATION))
    assert labels(records, EntityType.EVENT) == set()


def test_the_clean_hydrogen_partnership_is_part_of_horizon_europe():
    found = facts(run("The partners will prepare a proposal under the Clean Hydrogen Partnership of Horizon Europe."))
    assert ("Clean Hydrogen Partnership", "partOf", "Horizon Europe") in found


def test_a_member_of_a_and_of_b_joins_both_even_an_untyped_b():
    found = facts(run("Kemi Wood Cluster is a member of the European Wood Network (EWN) and of Timber Valleys Finland."))
    assert {("Kemi Wood Cluster", "memberOf", "European Wood Network"),
            ("Kemi Wood Cluster", "memberOf", "Timber Valleys Finland")} <= found


def test_a_listed_sister_activity_is_related_one_way_only():
    records = run("KELPNET\nKelp networks for the North Sea\n\nProgramme: Horizon Europe\nProject number: 101099999\n\n"
                  "Related projects\n\n• SEAWEEDX (EIT Food, 2023) - sister activity that tested kelp snacks.\n")
    found = facts(records)
    assert ("SEAWEEDX", "relatedProject", "KELPNET") in found
    assert ("KELPNET", "relatedProject", "SEAWEEDX") not in found


def test_together_with_in_a_partner_list_or_among_organisers_is_no_cooperation_agreement():
    records = run("The Harbour Robotics Cluster is one of six partners, together with the Vilnius Gediminas "
                  "Technical University. The Pine Data Forum was organised by the Birch Valley Agency together "
                  "with the Moss Innovation Centre.")
    assert not [f for f in facts(records) if f[1] == "cooperatesWith"]


def test_in_cooperation_with_is_still_cooperation():
    records = run("The Harbour Robotics Cluster works in cooperation with the Moss Innovation Centre on training.")
    assert ("Harbour Robotics Cluster", "cooperatesWith", "Moss Innovation Centre") in facts(records)
