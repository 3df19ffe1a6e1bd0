"""Page structure: the page's own project, partner tables, contact lines, table fields.

The documents are invented for these tests (names of no real body); they are read
through the real reader, so titles, Markdown and HTML conversion take part.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from innograph.graph import AttributeName, DocumentRecords, EntityType, RelationName
from innograph.loaders import extract, read

_PAGE = """Programme site › Projects › Water

RiverMind
Digital twins for small river basins

Programme: Interreg Europe
Project number: PGI09999
Project period: 01.03.2024 – 28.02.2027

About
RiverMind works alongside its sister project FloodLess Alpine, which maps retention areas.

Lead partner:
1. Hollow Valley Water Agency (SI)

Partners:
2. Tarn River Board (FR)
3. Marsh Lake University of Applied Sciences (EL)

Contact
Ona Vaitkutė, project manager, Hollow Valley Water Agency
"""

_MARKDOWN = """# SoilNet Baltic

**Soil health services for farmers**

| | |
|---|---|
| Grant agreement | No 101099999 |
| Duration | 2022-01-01 → 2024-12-31 |
| Total budget | €2,310,500 |

## Consortium

| # | Partner | Country | Role |
|---|---------|---------|------|
| 1 | Greenfield Agro Cluster | LV | Coordinator |
| 2 | Moorland Soil Institute | EE | Partner |
| 3 | Hillcrest Farmers Association | FI | Associated partner |

Project coordinator: Ilze Ozola, Greenfield Agro Cluster – ilze@example.org
"""


def _records(tmp_path: Path, name: str, text: str) -> DocumentRecords:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read(path))


def _relations(records: DocumentRecords, name: RelationName) -> set[tuple[str, str]]:
    return {(records.entity(r.subject).label, records.entity(r.object).label)
            for r in records.relations if r.name is name}


def test_a_breadcrumb_is_not_the_title(tmp_path: Path) -> None:
    assert read(_write(tmp_path, "p.txt", _PAGE)).title == "RiverMind"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_title_names_the_page_project_and_its_partners_attach_to_it(tmp_path: Path) -> None:
    records = _records(tmp_path, "p.txt", _PAGE)
    coordinators = _relations(records, RelationName.COORDINATOR)
    participants = _relations(records, RelationName.PARTICIPANT)
    assert coordinators == {("RiverMind", "Hollow Valley Water Agency")}
    assert {("RiverMind", "Tarn River Board"), ("RiverMind", "Marsh Lake University of Applied Sciences")} <= participants
    assert ("RiverMind", "Interreg Europe") in _relations(records, RelationName.FUNDED_BY)


def test_a_markdown_key_value_table_gives_project_fields(tmp_path: Path) -> None:
    records = _records(tmp_path, "p.md", _MARKDOWN)
    project = next(e for e in records.entities if e.label == "SoilNet Baltic")
    attributes = {(a.name, a.value) for a in records.attributes if a.subject == project.key}
    assert (AttributeName.IDENTIFIER, "101099999") in attributes
    assert (AttributeName.START_DATE, dt.date(2022, 1, 1)) in attributes
    assert (AttributeName.END_DATE, dt.date(2024, 12, 31)) in attributes


def test_a_partner_table_gives_roles_and_countries(tmp_path: Path) -> None:
    records = _records(tmp_path, "p.md", _MARKDOWN)
    assert _relations(records, RelationName.COORDINATOR) == {("SoilNet Baltic", "Greenfield Agro Cluster")}
    assert ("SoilNet Baltic", "Moorland Soil Institute") in _relations(records, RelationName.PARTICIPANT)
    assert ("SoilNet Baltic", "Hillcrest Farmers Association") in _relations(records, RelationName.ASSOCIATED_PARTNER)
    countries = {records.entity(a.subject).label: a.value for a in records.attributes if a.name is AttributeName.COUNTRY}
    assert countries["Moorland Soil Institute"] == "EE"


@pytest.mark.parametrize("name, text", [("p.md", _MARKDOWN), ("p.txt", _PAGE)])
def test_a_contact_line_is_no_partner(tmp_path: Path, name: str, text: str) -> None:
    records = _records(tmp_path, name, text)
    assert not [e.label for e in records.entities if e.type is EntityType.ORGANISATION and "," in e.label]


_RELATED = """Marsh Lake University of Applied Sciences › Research › Projects

TideWatch
Coastal flood warnings for harbour towns

Programme: Interreg Baltic Sea Region
Project period: 01.02.2024 – 31.01.2027

TideWatch builds on SeaLevel Lab (2019–2021), a BSR Innovation Express project that tested tide gauges.
Its results are shared with the Interreg Europe project Harbour Resilience Network, led by Tarn River Board.

Related projects
• StormNet
"""


def test_projects_named_in_passing_and_related_to_the_page_project(tmp_path: Path) -> None:
    records = _records(tmp_path, "r.txt", _RELATED)
    related = _relations(records, RelationName.RELATED_PROJECT)
    assert {("TideWatch", "SeaLevel Lab"), ("TideWatch", "Harbour Resilience Network")} <= related
    assert ("SeaLevel Lab", "BSR Innovation Express") in _relations(records, RelationName.FUNDED_BY)
    assert ("Harbour Resilience Network", "Tarn River Board") in _relations(records, RelationName.COORDINATOR)
    lab = next(e for e in records.entities if e.label == "SeaLevel Lab")
    years = {a.value for a in records.attributes if a.subject == lab.key and a.name is AttributeName.START_DATE}
    assert years == {"2019"}


def test_a_sister_project_does_not_take_over_the_page(tmp_path: Path) -> None:
    records = _records(tmp_path, "p.txt", _PAGE)
    assert ("RiverMind", "FloodLess Alpine") in _relations(records, RelationName.RELATED_PROJECT)
    assert not {e.label for e in records.entities if e.type is EntityType.PROJECT} & {"FloodLess"}


_OWNER_PAGE = """Upland Dairy Cluster
Home | About | Members | Projects | Contacts

Projects

♦  Erasmus+ project "Cheese making skills for small farms" (CheeseSkill).
Project date: 09/2021 – 08/2023
EU grant: 189 400 EUR
The project is coordinated by the Alder Vale Agricultural School (LT). Partners: Fenwick Dairy Institute (IE), Kallio Food Academy (FI) and our cluster, which ran the pilots.

♦  Nordplus Adult project "Butter routes of the north" (ButterRoute)
Project date: 2019-03 – 2020-02
Nordplus Adult is a sub-programme of Nordplus. Together with the Estonian cluster Saare Milk Network our cluster organised two study tours.
"""


def test_funding_without_a_total_is_the_budget_and_month_periods_parse(tmp_path: Path) -> None:
    records = _records(tmp_path, "o.txt", _OWNER_PAGE)
    skill = next(e for e in records.entities if e.label == "CheeseSkill")
    attributes = {(a.name, a.value) for a in records.attributes if a.subject == skill.key}
    assert (AttributeName.START_DATE, "2021-09") in attributes and (AttributeName.END_DATE, "2023-08") in attributes
    assert any(name is AttributeName.BUDGET and int(value) == 189400 for name, value in attributes)


def test_a_partner_list_inside_a_paragraph_and_the_page_owner(tmp_path: Path) -> None:
    records = _records(tmp_path, "o.txt", _OWNER_PAGE)
    participants = _relations(records, RelationName.PARTICIPANT)
    assert {("CheeseSkill", "Fenwick Dairy Institute"), ("CheeseSkill", "Kallio Food Academy"),
            ("CheeseSkill", "Upland Dairy Cluster")} <= participants
    assert {("ButterRoute", "Upland Dairy Cluster"), ("ButterRoute", "Saare Milk Network")} <= participants
    assert not [e.label for e in records.entities if e.label.lower().startswith("our ")]


def test_a_sub_programme_named_with_its_programme_is_part_of_it(tmp_path: Path) -> None:
    records = _records(tmp_path, "o.txt", _OWNER_PAGE)
    assert ("Nordplus Adult", "Nordplus") in _relations(records, RelationName.PART_OF)


def test_a_programme_outside_the_gazetteer_is_named_by_its_capitalised_words(tmp_path: Path) -> None:
    text = ("Regional plans\n\nIn the Estonian National growth programme, a target is set for 2030. "
            "Five managers joined the Nordic Cluster Leaders Programme. The Interreg Europe Programme pays.\n")
    programmes = {e.label for e in _records(tmp_path, "n.txt", text).entities if e.type is EntityType.PROGRAMME}
    assert programmes == {"Estonian National growth programme", "Interreg Europe"}


def test_events_under_a_project_pages_events_heading_are_part_of_the_project(tmp_path: Path) -> None:
    text = _PAGE + "\nEvents\n\nThe final conference \"Rivers Forum 2026\" will be held in Ljubljana in May 2026.\n"
    records = _records(tmp_path, "e.txt", text)
    assert ("Rivers Forum 2026", "RiverMind") in _relations(records, RelationName.PART_OF)


_ABOUT = """NMC – Northern Mushroom Cluster
About us | Members | Contact

About us

The Northern Mushroom Cluster (NMC) was founded in Oulu in 2015. In 2021 the cluster signed a cooperation agreement with Fungi Valley Network.

Members

Companies:
• Oy Sieni Foods – dried mushrooms
• Forest Spore Ltd – spawn production
Research:
• Institute of Mycology of Lapland University

Projects
"""


def test_an_about_page_gives_its_owner_its_members_and_the_cluster_as_the_owner(tmp_path: Path) -> None:
    records = _records(tmp_path, "a.txt", _ABOUT)
    members = _relations(records, RelationName.MEMBER_OF)
    assert {("Oy Sieni Foods", "Northern Mushroom Cluster"), ("Forest Spore Ltd", "Northern Mushroom Cluster"),
            ("Institute of Mycology of Lapland University", "Northern Mushroom Cluster")} <= members
    owner = next(e for e in records.entities if e.label == "Northern Mushroom Cluster")
    assert "NMC" in owner.names
    assert ("Northern Mushroom Cluster", "Fungi Valley Network") in _relations(records, RelationName.COOPERATES_WITH)


def test_a_programme_role_is_no_organisation(tmp_path: Path) -> None:
    text = ("Regional plans\n\nThe plan will be discussed with the Managing Authority and the Joint Secretariat, "
            "and presented to the Monitoring Committee of the Tarn River Board.\n")
    labels = {e.label for e in _records(tmp_path, "g.txt", text).entities if e.type is EntityType.ORGANISATION}
    assert not labels & {"Managing Authority", "Joint Secretariat", "Monitoring Committee"}


_MENU_PAGE = """Skip to main content
Lakeside Programme   Projects   Library   Contact   Search

WETLANDIA
Restoring peat bogs with regional policy

Programme: Interreg Europe
Project code: PGI01234

Lead partner

Moorvale County Council
Ireland
Contact: Aoife Brennan, project manager

Partners

Estonia - Soomaa Peatland Foundation
Finland - Oulu Bog University, through its Peat Carbon Lab

Advisory partner (without budget)
Nordic Mires Network (NMN), Copenhagen
"""


def test_a_menu_bar_is_not_the_title_and_a_capitalised_name_is(tmp_path: Path) -> None:
    assert read(_write(tmp_path, "m.txt", _MENU_PAGE)).title == "WETLANDIA"
    records = _records(tmp_path, "m.txt", _MENU_PAGE)
    assert ("WETLANDIA", "Interreg Europe") in _relations(records, RelationName.FUNDED_BY)


def test_partner_lines_led_by_a_country_with_units_and_places(tmp_path: Path) -> None:
    records = _records(tmp_path, "m.txt", _MENU_PAGE)
    assert _relations(records, RelationName.COORDINATOR) == {("WETLANDIA", "Moorvale County Council")}
    taking_part = _relations(records, RelationName.PARTICIPANT) | _relations(records, RelationName.ASSOCIATED_PARTNER)
    assert {("WETLANDIA", "Soomaa Peatland Foundation"), ("WETLANDIA", "Oulu Bog University"),
            ("WETLANDIA", "Nordic Mires Network")} <= taking_part
    assert ("Peat Carbon Lab", "Oulu Bog University") in _relations(records, RelationName.PART_OF)
    countries = {records.entity(a.subject).label: a.value for a in records.attributes if a.name is AttributeName.COUNTRY}
    assert countries["Moorvale County Council"] == "IE" and countries["Soomaa Peatland Foundation"] == "EE"
    organisations = {e.label for e in records.entities if e.type is EntityType.ORGANISATION}
    assert not {label for label in organisations if "Contact" in label or "Ireland" in label or "-" in label}


_DEFINITION_PAGE = """We use cookies to make this site work.
Interreg South Baltic

SEA-KELP
Kelp farms for small harbours

Acronym
SEA-KELP
Project number
STHB.02.01.00-PL-0001/20
Start
01.03.2021
Lead partner
Hel Harbour Fishers Association
Partners

# | Partner | City | Country | Role
1 | Hel Harbour Fishers Association | Hel | Poland | Lead partner
2 | Baltic Marine University – Faculty of Aquaculture | Gdynia | Poland | Partner
"""


def test_a_name_under_a_programme_header_with_values_below_their_labels(tmp_path: Path) -> None:
    records = _records(tmp_path, "d.txt", _DEFINITION_PAGE)
    project = next(e for e in records.entities if e.type is EntityType.PROJECT)
    assert project.label == "SEA-KELP"
    attributes = {(a.name, a.value) for a in records.attributes if a.subject == project.key}
    assert (AttributeName.IDENTIFIER, "STHB.02.01.00-PL-0001/20") in attributes
    assert (AttributeName.START_DATE, dt.date(2021, 3, 1)) in attributes
    assert _relations(records, RelationName.COORDINATOR) == {("SEA-KELP", "Hel Harbour Fishers Association")}


def test_a_table_row_parent_and_unit_makes_the_unit_the_partner(tmp_path: Path) -> None:
    records = _records(tmp_path, "d.txt", _DEFINITION_PAGE)
    assert ("SEA-KELP", "Faculty of Aquaculture") in _relations(records, RelationName.PARTICIPANT)
    assert ("Faculty of Aquaculture", "Baltic Marine University") in _relations(records, RelationName.PART_OF)


_CALL_RESULTS = """Lakeland Enterprise Office
Home | Funding | Contact

Results of the 2024 call

Five projects were funded.

1. PEATFUEL - Peat-free growing media for nurseries
Lead applicant: Hollola Horticulture Cluster
Partners: Jämsä Substrate Oy; Bog Research Institute of Tartu (Estonia)
Duration: 03/2024 - 02/2026
Grant: €310,000

2. BerryBox
Lead applicant: Kuopio Packaging Cluster
Partners: Pack Innovation Lab Gdańsk (Poland)
Grant: EUR 205 000
"""


def test_numbered_entries_above_fields_are_projects_with_their_own_partners(tmp_path: Path) -> None:
    records = _records(tmp_path, "c.txt", _CALL_RESULTS)
    assert {e.label for e in records.entities if e.type is EntityType.PROJECT} == {"PEATFUEL", "BerryBox"}
    assert _relations(records, RelationName.COORDINATOR) == {("PEATFUEL", "Hollola Horticulture Cluster"),
                                                             ("BerryBox", "Kuopio Packaging Cluster")}
    participants = _relations(records, RelationName.PARTICIPANT)
    assert {("PEATFUEL", "Jämsä Substrate Oy"), ("BerryBox", "Pack Innovation Lab Gdańsk")} <= participants
    assert ("BerryBox", "Jämsä Substrate Oy") not in participants
    peat = next(e for e in records.entities if e.label == "PEATFUEL")
    attributes = {(a.name, a.value) for a in records.attributes if a.subject == peat.key}
    assert (AttributeName.START_DATE, "2024-03") in attributes and (AttributeName.TITLE, "Peat-free growing media for nurseries") in attributes


def test_a_finnish_company_form_states_finland(tmp_path: Path) -> None:
    records = _records(tmp_path, "c.txt", _CALL_RESULTS)
    countries = {records.entity(a.subject).label: a.value for a in records.attributes if a.name is AttributeName.COUNTRY}
    assert countries["Jämsä Substrate Oy"] == "FI"


_NEWS = """HARBOURLINK | News | Reports

Workshop report: ferry data day

Posted on 3 May 2024 by the HARBOURLINK team

Forty people met in Turku for the ferry data day of HARBOURLINK, an Interreg Central Baltic project.

About HARBOURLINK
HARBOURLINK - Linking small harbours is funded by Interreg Central Baltic. Partners: Turku Harbour Cluster (lead partner, Finland), Saaremaa Port Association (Estonia), Visby Maritime College (Sweden) and Åland Shipping Network (Finland).
"""


def test_a_byline_or_a_sentence_is_not_the_title(tmp_path: Path) -> None:
    title = read(_write(tmp_path, "n.txt", _NEWS)).title
    assert title is None or not title.startswith(("Posted", "Forty"))


def test_partners_with_countries_and_roles_in_brackets_belong_to_the_paragraphs_project(tmp_path: Path) -> None:
    records = _records(tmp_path, "n.txt", _NEWS)
    assert _relations(records, RelationName.COORDINATOR) == {("HARBOURLINK", "Turku Harbour Cluster")}
    assert {("HARBOURLINK", "Saaremaa Port Association"), ("HARBOURLINK", "Visby Maritime College"),
            ("HARBOURLINK", "Åland Shipping Network")} <= _relations(records, RelationName.PARTICIPANT)
    countries = {records.entity(a.subject).label: a.value for a in records.attributes if a.name is AttributeName.COUNTRY}
    assert countries["Turku Harbour Cluster"] == "FI" and countries["Visby Maritime College"] == "SE"
    assert {e.label for e in records.entities if e.type is EntityType.PROJECT} == {"HARBOURLINK"}


_NEWSLETTER = """Home (/) · Projects (/projects) · Newsletter (/news) · Contact (/contact)

Valley Newsletter / Issue 3

“GreenForge Alps”: digital tools for forges

Field | Value

Project | GreenForge Alps
Coordinator | Tyrol Metal Cluster (AT)
Partners | Carinthia Forging Institute (AT); Bled Smithy Association (SI)
Duration | 2024-02-01 – 2025-01-31

It follows the Interreg Alpine Space project ForgeNet (2020–2022). The delegation was led by Hub manager Eva Kranjc.
"""


def test_a_quoted_name_heads_the_page_and_a_key_value_row_is_no_table_header(tmp_path: Path) -> None:
    assert read(_write(tmp_path, "l.txt", _NEWSLETTER)).title is None or "·" not in read(_write(tmp_path, "l.txt", _NEWSLETTER)).title
    records = _records(tmp_path, "l.txt", _NEWSLETTER)
    project = next(e for e in records.entities if e.label == "GreenForge Alps")
    starts = {a.value for a in records.attributes if a.subject == project.key and a.name is AttributeName.START_DATE}
    assert starts == {dt.date(2024, 2, 1)}
    assert _relations(records, RelationName.COORDINATOR) == {("GreenForge Alps", "Tyrol Metal Cluster")}
    organisations = {e.label for e in records.entities if e.type is EntityType.ORGANISATION}
    assert not organisations & {"Duration", "Coordinator", "Hub"}


def test_a_project_that_follows_another_is_related_to_it(tmp_path: Path) -> None:
    records = _records(tmp_path, "l.txt", _NEWSLETTER)
    assert ("GreenForge Alps", "ForgeNet") in _relations(records, RelationName.RELATED_PROJECT)


def test_a_measure_of_a_programme_funds_the_projects_of_its_call(tmp_path: Path) -> None:
    text = _CALL_RESULTS.replace(
        "Five projects were funded.",
        "The agency selected the projects funded in the 2024 call of the Growth Booster. The Growth Booster is a "
        "measure of the regional ERDF programme.")
    records = _records(tmp_path, "c.txt", text)
    funded = _relations(records, RelationName.FUNDED_BY)
    assert {("PEATFUEL", "Growth Booster"), ("BerryBox", "Growth Booster")} <= funded
    assert ("Growth Booster", "European Regional Development Fund") in _relations(records, RelationName.PART_OF)
    assert "Growth Booster" in {e.label for e in records.entities if e.type is EntityType.PROGRAMME}


# generalised page layouts (tune-en2) ------------------------------------------------------------

_CLUSTER_PAGE = """Fjordlight Robotics Cluster
About   Members   Projects

PROJECTS

◆ GRIPWELL – Robotic grippers for fish processing
Funding programme: Horizon Europe
Further partners: Sandvik Bay Institute (NO), Kelp Coast Automation (IS)
Main applicant: Hardanger Marine Research Centre (NO)

◆ RoboCraft Nordic
A skills alliance of vocational schools, co-funded by the Erasmus+ programme.

◆ Autumn Robotics Day 2024
A meeting of members in Bergen.
"""


def test_bulleted_entries_name_their_projects(tmp_path: Path) -> None:
    records = _records(tmp_path, "c.txt", _CLUSTER_PAGE)
    projects = {e.label for e in records.entities if e.type is EntityType.PROJECT}
    assert {"GRIPWELL", "RoboCraft Nordic"} <= projects
    assert "Autumn Robotics Day 2024" not in projects  # an event's entry is no project


def test_label_variants_are_fields(tmp_path: Path) -> None:
    records = _records(tmp_path, "c.txt", _CLUSTER_PAGE)
    assert ("GRIPWELL", "Horizon Europe") in _relations(records, RelationName.FUNDED_BY)
    assert ("GRIPWELL", "Hardanger Marine Research Centre") in _relations(records, RelationName.COORDINATOR)
    participants = _relations(records, RelationName.PARTICIPANT)
    assert {("GRIPWELL", "Sandvik Bay Institute"), ("GRIPWELL", "Kelp Coast Automation")} <= participants


_FURNISHED_PAGE = """Skip to content
Home | Projects | News
Search…

Projects > Clean harbours > HARBOURMIND

HARBOURMIND – Sensor networks for cleaner ports in the North Sea

Programme: Interreg Europe
Lead partner: Dunmore Port Authority (IE)
"""

_HTML_PAGE = """<html><head><title>TIDECAST – Projects – Westmark University</title></head><body>
<ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/r">Research</a></li>
<li><a href="/p">Projects</a></li><li>TIDECAST</li></ol>
<h1>TIDECAST</h1>
<table><tr><th>Programme</th><td>Erasmus+</td></tr>
<tr><th>Coordinator</th><td>Westmark University</td></tr></table>
</body></html>"""


@pytest.mark.parametrize("name, text, project", [("f.txt", _FURNISHED_PAGE, "HARBOURMIND"),
                                                 ("f.html", _HTML_PAGE, "TIDECAST")])
def test_site_furniture_does_not_hide_the_page_project(tmp_path: Path, name: str, text: str, project: str) -> None:
    records = _records(tmp_path, name, text)
    assert {e.label for e in records.entities if e.type is EntityType.PROJECT} == {project}
    assert len(_relations(records, RelationName.COORDINATOR)) == 1
    assert next(iter(_relations(records, RelationName.COORDINATOR)))[0] == project


def test_a_search_box_is_not_the_title(tmp_path: Path) -> None:
    assert read(_write(tmp_path, "f.txt", _FURNISHED_PAGE)).title != "Search…"


_UNIT_ROWS = """Harbourline
Programme: Interreg Europe

Lead partner: Westfjord University (WFU), School of Marine Engineering (IS)
Partners: Pine Coast Energy Cluster, Dune Valley Vocational Academy (NO), Fenby Harbour Authority (SE)
"""


def test_a_body_then_its_unit_after_a_comma_is_the_unit(tmp_path: Path) -> None:
    records = _records(tmp_path, "u.txt", _UNIT_ROWS)
    participants = _relations(records, RelationName.PARTICIPANT)
    assert ("Harbourline", "School of Marine Engineering") in participants
    assert ("School of Marine Engineering", "Westfjord University") in _relations(records, RelationName.PART_OF)
    assert "WFU" in next(e for e in records.entities if e.label == "Westfjord University").names


def test_names_apart_by_commas_are_several_partners(tmp_path: Path) -> None:
    participants = _relations(_records(tmp_path, "u.txt", _UNIT_ROWS), RelationName.PARTICIPANT)
    assert {("Harbourline", "Pine Coast Energy Cluster"), ("Harbourline", "Dune Valley Vocational Academy"),
            ("Harbourline", "Fenby Harbour Authority")} <= participants


_LAUNCH_NEWS = """## News: Launch of project "TideGrid Nordic"

| Project data | |
|---|---|
| Programme | Interreg Europe |
| Coordinator | Saltmarsh Energy Agency |

The consortium met in May. Other partners: Kelpwater Research Institute, Fjordmark Harbour Cluster and Stonebay Technical University.
"""


def test_a_quoted_name_in_a_heading_names_the_page_project(tmp_path: Path) -> None:
    records = _records(tmp_path, "n.md", _LAUNCH_NEWS)
    assert {e.label for e in records.entities if e.type is EntityType.PROJECT} == {"TideGrid Nordic"}
    assert ("TideGrid Nordic", "Saltmarsh Energy Agency") in _relations(records, RelationName.COORDINATOR)


def test_other_partners_in_a_sentence_are_listed(tmp_path: Path) -> None:
    participants = _relations(_records(tmp_path, "n.md", _LAUNCH_NEWS), RelationName.PARTICIPANT)
    assert {("TideGrid Nordic", "Kelpwater Research Institute"), ("TideGrid Nordic", "Fjordmark Harbour Cluster"),
            ("TideGrid Nordic", "Stonebay Technical University")} <= participants


_QUOTED_CALL_PAGE = """Saimaa Business Agency

Selected projects of the call "Lake Clusters Abroad 2025"

The call is a measure of the regional programme Innovative Savonia 2021-2027, co-financed by the European Regional Development Fund. Three projects were selected for funding.

1) WOODLOOP – Circular timber in lake towns
Lead applicant: Savonlinna Timber Cluster
Grant: EUR 210,000

2) Lead applicant: Mikkeli Boat Cluster
A feasibility study on electric ferries.
Grant: EUR 40,000
"""


def test_a_quoted_call_is_a_programme_within_the_named_regional_programme(tmp_path: Path) -> None:
    records = _records(tmp_path, "q.txt", _QUOTED_CALL_PAGE)
    part_of = _relations(records, RelationName.PART_OF)
    assert ("Lake Clusters Abroad 2025", "Innovative Savonia 2021-2027") in part_of
    assert ("Innovative Savonia 2021-2027", "European Regional Development Fund") in part_of


def test_entries_of_a_selected_projects_page_are_funded_by_the_call_even_unnamed(tmp_path: Path) -> None:
    records = _records(tmp_path, "q.txt", _QUOTED_CALL_PAGE)
    funded = {(records.entity(r.subject).names, records.entity(r.object).label)
              for r in records.relations if r.name is RelationName.FUNDED_BY}
    assert {(("WOODLOOP",), "Lake Clusters Abroad 2025"), ((), "Lake Clusters Abroad 2025")} <= funded
    unnamed = next(e for e in records.entities if e.type is EntityType.PROJECT and not e.names)
    assert (unnamed.label, "Mikkeli Boat Cluster") in _relations(records, RelationName.COORDINATOR)


def test_a_partner_represented_by_its_managing_body_is_a_member_of_it(tmp_path: Path) -> None:
    records = _records(tmp_path, "m.txt", "PINEHEAT\n\nProgramme: Interreg Europe\n"
                       "Lead partner: Karelia Biomass Cluster, represented by its managing body Joensuu Energy Foundation\n"
                       "Partners: Vidzeme Forest Agency (LV)\n")
    assert _relations(records, RelationName.COORDINATOR) == {("PINEHEAT", "Karelia Biomass Cluster")}
    assert ("Karelia Biomass Cluster", "Joensuu Energy Foundation") in _relations(records, RelationName.MEMBER_OF)


def test_an_acronym_in_a_partner_table_cell_is_another_name(tmp_path: Path) -> None:
    records = _records(tmp_path, "t.md", "# FORGEBOT\n\nProgramme: Erasmus+\n\n| Organisation | Country |\n|---|---|\n"
                       "| Nordic Forge Association (NFA) | Finland |\n\nThe Forge Week 2025 was hosted by NFA.\n")
    body = next(e for e in records.entities if e.label == "Nordic Forge Association")
    assert "NFA" in body.names
    assert ("Forge Week 2025", "Nordic Forge Association") in _relations(records, RelationName.ORGANISER)


_STRANDS = """AQUAFARM
Programme: Erasmus+ Centres of Vocational Excellence (Lot 2)
Coordinator: Hiiumaa Fish Cluster (EE)

FISHNET
Programme: Horizon Europe (Cluster 6 – Food, Bioeconomy and Environment)

ROOTS
Programme: Interreg Europe 2021-2027

Related projects
- KelpSkills (Erasmus+ KA210-VET) – sister project
"""


def test_the_words_after_a_programme_name_a_part_of_it_that_funds_the_project(tmp_path: Path) -> None:
    records = _records(tmp_path, "s.txt", _STRANDS)
    part_of = _relations(records, RelationName.PART_OF)
    assert {("Centres of Vocational Excellence", "Erasmus+"), ("KA210-VET", "Erasmus+"),
            ("Cluster 6 – Food, Bioeconomy and Environment", "Horizon Europe")} <= part_of
    funded = _relations(records, RelationName.FUNDED_BY)
    assert ("KelpSkills", "KA210-VET") in funded
    programmes = {e.label for e in records.entities if e.type is EntityType.PROGRAMME}
    assert not any(label.startswith(("2021", "Lot")) for label in programmes)


def test_a_programme_name_does_not_run_across_a_blank_line(tmp_path: Path) -> None:
    records = _records(tmp_path, "b.txt", "Cyber skills for the Baltic Sea Region\n\nProgramme: Erasmus+\n")
    assert "Interreg Baltic Sea Region" not in {e.label for e in records.entities}


def test_our_key_members_are_members_of_the_pages_body(tmp_path: Path) -> None:
    records = _records(tmp_path, "k.txt", "Kuopio Timber Cluster\nAbout us   Members   Projects\n\nKuopio Timber Cluster "
                       "(KTC) is the meeting point of the wood industry in Savonia.\n\nOur key members include Lumi "
                       "Sensors Oy, Kuopio Rescue Services and the Savonia University of Applied Sciences.\n")
    members = _relations(records, RelationName.MEMBER_OF)
    assert ("Lumi Sensors Oy", "Kuopio Timber Cluster") in members


def test_a_role_field_names_the_bodys_role_in_the_entry(tmp_path: Path) -> None:
    records = _records(tmp_path, "r.txt", "Saimaa Drone Cluster\nAbout   Projects\n\nSaimaa Drone Cluster (SDC) connects "
                       "drone makers in Savonia.\n\nPROJECTS\n\n◆ LAKESCAN – Drones for lake monitoring\n"
                       "Programme: Interreg Europe\nRole of SDC: partner\nCoordinator: Vuoksi Water Institute (FI)\n\n"
                       "◆ ICEWATCH\nProgramme: Horizon Europe\nOur role: lead partner\n")
    assert ("LAKESCAN", "Saimaa Drone Cluster") in _relations(records, RelationName.PARTICIPANT)
    assert ("ICEWATCH", "Saimaa Drone Cluster") in _relations(records, RelationName.COORDINATOR)
    assert ("LAKESCAN", "Vuoksi Water Institute") in _relations(records, RelationName.COORDINATOR)


def test_we_signed_an_agreement_is_the_pages_body(tmp_path: Path) -> None:
    records = _records(tmp_path, "w.txt", "Kvarken Wood Cluster\nAbout us   Members\n\nKvarken Wood Cluster (KWC) joins "
                       "saw mills of Ostrobothnia.\n\nIn May 2023 we signed a cooperation agreement with the Umeå "
                       "Timber Association on joint training.\n")
    assert ("Kvarken Wood Cluster", "Umeå Timber Association") in _relations(records, RelationName.COOPERATES_WITH)


def test_a_country_code_above_a_project_heading_is_no_project(tmp_path: Path) -> None:
    records = _records(tmp_path, "c.txt", "MARSHNET\nProgramme: Interreg Europe\nLead partner: Ribe Marsh Centre (DK)\n\n"
                       "Project partners\n1. Husum Coast Institute (DE)\n")
    assert {e.label for e in records.entities if e.type is EntityType.PROJECT} == {"MARSHNET"}
