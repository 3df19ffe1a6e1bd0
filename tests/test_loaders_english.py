"""English prose patterns of the genre, each on invented sentences (no corpus or held-out text)."""

from __future__ import annotations

from innograph.graph import AttributeName, DocumentRecords, EntityType
from _extraction import facts, labels, named, run


def country(records: DocumentRecords, name: str) -> set:
    entity = named(records, name)
    return {a.value for a in records.attributes if a.subject == entity.key and a.name is AttributeName.COUNTRY}


# legal forms ---------------------------------------------------------------------------------

def test_legal_form_suffixes_end_company_names():
    records = run("Our suppliers are Hedeby Valves ApS, Rheinwerk Dichtungen e.V. and the Norwegian firm "
                  "Fjelltopp Sensorer AS. Later Hedeby Valves ApS and the Polish Wind Cluster met.")
    found = labels(records)
    assert {"Hedeby Valves ApS", "Rheinwerk Dichtungen e.V.", "Fjelltopp Sensorer AS", "Polish Wind Cluster"} <= found
    assert not any(" and " in label for label in found)


def test_lithuanian_prefix_forms_keep_lowercase_words_and_imply_lithuania():
    records = run("Guests: UAB Žalias kubas and SIA Koka Rūpnīca attended the fair.")
    assert {"Žalias kubas", "SIA Koka Rūpnīca"} <= labels(records)  # a Lithuanian form is kept as another name
    assert "UAB Žalias kubas" in next(e.names for e in records.entities if e.label == "Žalias kubas")
    assert country(records, "Žalias kubas") == {"LT"}
    assert country(records, "SIA Koka Rūpnīca") == set()  # only the Lithuanian forms are taken to state a country


# countries of organisations --------------------------------------------------------------------

def test_country_adjective_before_type_word_and_name():
    records = run("The fair gathered the Latvian cluster Daugava Food Tech and Oulu Arctic Biotech Hub from Finland, "
                  "while the Czech company Brněnské Stroje s.r.o. stayed home.")
    assert country(records, "Daugava Food Tech") == {"LV"}
    assert country(records, "Oulu Arctic Biotech Hub") == {"FI"}


def test_country_in_brackets_and_adjective_variant_of_a_name():
    records = run("The work is led by Fyn Robotics Cluster (Denmark). Partners include the Estonian Tartu Bioeconomy "
                  "Cluster. Tartu Bioeconomy Cluster hosts the pilot.")
    assert country(records, "Fyn Robotics Cluster") == {"DK"}
    assert country(records, "Tartu Bioeconomy Cluster") == {"EE"}
    assert "Estonian Tartu Bioeconomy Cluster" not in labels(records)


def test_no_country_from_a_preposition_phrase_or_a_city_in_the_name():
    records = run("The German one by Elbe Logistics Association was strong. Riga Wood Cluster presented.")
    assert country(records, "Elbe Logistics Association") == set()
    assert country(records, "Riga Wood Cluster") == set()


# people: contact lines, team lists, "Name, role of Org" -----------------------------------------

def test_contact_lines_give_person_role_and_organisation():
    records = run("Partners:\n1. Skåne Food Agency (SE)\n\nContact\n\n"
                  "Anna Berg, project manager, Skåne Food Agency\n"
                  "Press contact: Jonas Vik, Bothnia Ports Cluster – jonas@example.org\n")
    assert ("Anna Berg", "affiliation", "Skåne Food Agency") in facts(records)
    assert ("Jonas Vik", "affiliation", "Bothnia Ports Cluster") in facts(records)
    assert {a.value for a in records.attributes if a.name is AttributeName.JOB_TITLE} >= {"project manager"}
    assert not any("@" in e.label or "," in e.label for e in records.entities)


def test_contact_block_with_the_organisation_on_the_next_line():
    records = run("Contact\nMaria Holm, project officer\nDaugava Logistics Agency\nBrīvības iela 1, Rīga\n")
    assert ("Maria Holm", "affiliation", "Daugava Logistics Agency") in facts(records)


def test_team_list_members_work_for_the_page_organisation_or_the_one_named():
    records = run("Fyn Robotics Cluster\nAbout us | Team\n\nTeam\n\nEva Lind – cluster manager\n"
                  "Ola Nes – chair of the board of the Odense Automation Association, CEO of Robotek ApS\n")
    found = facts(records)
    assert ("Eva Lind", "affiliation", "Fyn Robotics Cluster") in found
    assert ("Ola Nes", "affiliation", "Odense Automation Association") in found
    assert ("Ola Nes", "affiliation", "Robotek ApS") in found
    assert ("Ola Nes", "affiliation", "Fyn Robotics Cluster") not in found


def test_name_comma_role_of_an_untyped_organisation_in_prose():
    records = run("“We grew fast,” said Piotr Zieliński. Mari Liis Kask, managing director of Tallinn Food Tech, "
                  "added that the pilot starts in May.")
    assert ("Mari Liis Kask", "affiliation", "Tallinn Food Tech") in facts(records)
    assert "Liis Kask" not in labels(records, EntityType.PERSON)


def test_a_page_subtitle_after_a_colon_is_no_person():
    records = run("Nordic Cluster Days 2024: The Big Picture\nThe event was held in Oslo.")
    assert "The Big Picture" not in labels(records, EntityType.PERSON)


# organisation ties ------------------------------------------------------------------------------

def test_coordinated_subjects_are_all_members():
    records = run("Hedeby Valves ApS and Jutland Hydraulics Cluster are both members of the Nordic Fluid Power "
                  "Network, which will take over the results.")
    found = facts(records)
    assert ("Hedeby Valves ApS", "memberOf", "Nordic Fluid Power Network") in found
    assert ("Jutland Hydraulics Cluster", "memberOf", "Nordic Fluid Power Network") in found


def test_member_of_two_networks_and_a_cluster_run_by_an_association():
    records = run("Silesia Glass Cluster\n\nSilesia Glass Cluster is a member of the Central European Glass Network "
                  "and, since 2019, of the European Ceramics Alliance (ECA). The cluster is managed by the Glassmakers "
                  "Association of Silesia.")
    found = facts(records)
    assert ("Silesia Glass Cluster", "memberOf", "Central European Glass Network") in found
    assert ("Silesia Glass Cluster", "memberOf", "European Ceramics Alliance") in found
    assert ("Silesia Glass Cluster", "memberOf", "Glassmakers Association of Silesia") in found
    assert not any(name == "coordinator" for _s, name, _o in found)


def test_association_which_manages_the_cluster():
    records = run("Vilnius Laser Cluster\n\nThe seminar was organised with the association Šviesos technologijos, "
                  "which manages the cluster.")
    assert ("Vilnius Laser Cluster", "memberOf", "Šviesos technologijos") in facts(records)


def test_units_of_universities_by_phrase_and_by_name():
    records = run("The Baltic Sensor Lab is a unit of the Daugavpils Technical University. Members:\n"
                  "• Institute of Applied Optics of Narva Polytechnic University\n")
    found = facts(records)
    assert ("Baltic Sensor Lab", "partOf", "Daugavpils Technical University") in found
    assert any(s.startswith("Institute of Applied Optics") and n == "partOf" and o == "Narva Polytechnic University"
               for s, n, o in found)


def test_agreements_give_cooperation_both_ways_of_saying_it():
    records = run("Gdańsk Photonics Cluster\n\nIn 2021 the cluster signed a memorandum of understanding with the "
                  "Danish cluster Aarhus Light Hub. A cooperation agreement between Oulu Health Hub and Umeå Care "
                  "Cluster followed. Tartu Data Network works closely with the Tartu Chamber of Commerce, with "
                  "which it signed a partnership agreement.")
    found = facts(records)
    assert ("Gdańsk Photonics Cluster", "cooperatesWith", "Aarhus Light Hub") in found
    assert ("Oulu Health Hub", "cooperatesWith", "Umeå Care Cluster") in found
    assert ("Tartu Data Network", "cooperatesWith", "Tartu Chamber of Commerce") in found
    assert len([f for f in found if f[1] == "cooperatesWith"]) == 3


def test_member_list_under_a_members_heading():
    records = run("Moravia Food Cluster\nAbout | Members\n\nMembers\n\nCompanies:\n• Pekárna Zlín s.r.o. – bakery\n"
                  "• Olomouc Dairy Company (cheese)\n\nResearch:\n• Brno Food Research Institute\n\nNews\n"
                  "Brno Food Research Institute won a prize.")
    found = facts(records)
    for member in ("Olomouc Dairy Company", "Brno Food Research Institute"):
        assert (member, "memberOf", "Moravia Food Cluster") in found


def test_bilingual_title_names_one_body():
    records = run("Vilniaus maisto klasteris / Vilnius Food Cluster\nNaujienos / News\n\nThe cluster grows.")
    assert len([e for e in records.entities if e.type is EntityType.ORGANISATION]) == 1


def test_a_date_before_a_name_and_a_country_adjective_after_it_stay_out():
    records = run("On 2 March 2021 the Kaunas Wood Cluster started a project with the Norwegian cluster Bergen Wood "
                  "Tech and the Finnish company network Espoo Timber Network.")
    assert {"Kaunas Wood Cluster", "Bergen Wood Tech", "Espoo Timber Network"} <= labels(records)
    assert country(records, "Bergen Wood Tech") == {"NO"}


# events ------------------------------------------------------------------------------------------

def attribute(records: DocumentRecords, name: str, attr: AttributeName) -> set:
    entity = named(records, name)
    return {str(a.value) for a in records.attributes if a.subject == entity.key and a.name is attr}


def test_event_named_by_a_word_and_a_year_with_organisers_attendees_and_place():
    records = run("News | 3 May 2023\n\nAgriPitch 2023 gathered 90 farms in Tartu\n\n"
                  "On 2–3 May 2023 the Tartu Agri Cluster, which organised the event, welcomed 90 participants to "
                  "AgriPitch 2023, a matchmaking event. The Emajõgi Science Park co-organised it.\n\n"
                  "Among the participating organisations were the Latvian cluster Zemgale Grain Tech, Kainuu Berry "
                  "Oy and the Lithuanian Dzūkija Honey Cluster.\n\nAgriPitch 2024 will be held in Vilnius by "
                  "Dzūkija Honey Cluster.")
    assert {"AgriPitch 2023", "AgriPitch 2024"} <= labels(records, EntityType.EVENT)
    found = facts(records)
    assert ("AgriPitch 2023", "organiser", "Tartu Agri Cluster") in found
    for org in ("Zemgale Grain Tech", "Kainuu Berry Oy", "Dzūkija Honey Cluster"):
        assert ("AgriPitch 2023", "attendee", org) in found
    assert ("AgriPitch 2023", "attendee", "Tartu Agri Cluster") not in found  # organisers are not attendees
    assert attribute(records, "AgriPitch 2023", AttributeName.START_DATE) == {"2023-05-02"}
    assert attribute(records, "AgriPitch 2024", AttributeName.COUNTRY) == {"LT"}


def test_event_of_a_project_with_pronoun_organiser_month_and_host_city():
    records = run("Programme: Interreg Baltic Sea Region\n\nCoastLink\n\nCoastLink is a project of the programme.\n\n"
                  "Events\n\nThe closing conference \"Shores Ahead 2026\" will take place in Klaipėda in June 2026. "
                  "It is organised by the Klaipėda Port Cluster together with the Curonian Lagoon Association.")
    found = facts(records)
    assert ("Shores Ahead 2026", "organiser", "Klaipėda Port Cluster") in found
    assert ("Shores Ahead 2026", "organiser", "Curonian Lagoon Association") in found
    assert attribute(records, "Shores Ahead 2026", AttributeName.START_DATE) == {"2026-06"}
    assert attribute(records, "Shores Ahead 2026", AttributeName.COUNTRY) == {"LT"}


def test_listed_events_with_quoted_titles_dates_cities_and_organisers():
    records = run("## Events\n\n- **Forest Data Days 2022**, 5–6 April 2022, Umeå – organised by the Västerbotten "
                  "Forest Cluster, 120 participants.\n- Study visit “Timber in Town”, Jelgava, 8 June 2022, hosted by "
                  "the Zemgale Wood Association\n")
    found = facts(records)
    assert ("Forest Data Days 2022", "organiser", "Västerbotten Forest Cluster") in found
    assert ("Timber in Town", "organiser", "Zemgale Wood Association") in found
    assert attribute(records, "Forest Data Days 2022", AttributeName.COUNTRY) == {"SE"}
    assert attribute(records, "Timber in Town", AttributeName.END_DATE) == {"2022-06-08"}


def test_event_part_of_a_programme_and_a_day_without_year_in_a_dated_news_item():
    records = run("News · 2024-02-21\n\nOn 4 February 2024 the Pärnu Food Cluster launched its pilot, to run until "
                  "1 March 2025. The workshop “Taste of the Coast”, "
                  "the first event of the pilot, took place in Pärnu on 20 February. The meeting was held as part of "
                  "the BSR Stars programme.")
    assert attribute(records, "Taste of the Coast", AttributeName.START_DATE) == {"2024-02-20"}
    assert ("Taste of the Coast", "partOf", "BSR Stars") in facts(records)


def test_no_event_from_a_quote_or_an_under_clause_and_no_city_from_a_month():
    records = run("The Riga Robotics Forum 2022 was held in May. Its goal was to stimulate applications under the "
                  "“Innovation Express” measure. A visitor called the event “the best two days of the year”.")
    assert labels(records, EntityType.EVENT) == {"Riga Robotics Forum 2022"}
    assert not any(name == "partOf" for _s, name, _o in facts(records))
    assert attribute(records, "Riga Robotics Forum 2022", AttributeName.COUNTRY) == set()


def test_seat_of_an_organisation_from_founded_or_registered_in():
    records = run("The Baltic Wool Cluster was founded in Šiauliai, Lithuania, in 2015. It is run by the Wool "
                  "Makers Association, a non-profit association registered in Tallinn.")
    assert country(records, "Baltic Wool Cluster") == {"LT"}
    assert country(records, "Wool Makers Association") == {"EE"}


def test_title_led_by_a_type_word_names_the_page_body():
    records = run("Oulu Wood Cluster\n\n“Demand is rising,” said cluster manager Aino Virtanen.")
    assert ("Aino Virtanen", "affiliation", "Oulu Wood Cluster") in facts(records)


# more prose forms --------------------------------------------------------------------------------

def test_person_with_organisation_in_brackets_and_possessive_titles():
    records = run("The agency Innova Lituania funds it. Rasa Kiela (Innova Lituania) and Anna Berg (Skåne Food Agency) "
                  "presented. Tartu Science Park's CEO Jaan Tamm opened the day. The Observatory of Public Procurement "
                  "(OPP) was founded later.")
    found = facts(records)
    assert ("Rasa Kiela", "affiliation", "Innova Lituania") in found
    assert ("Anna Berg", "affiliation", "Skåne Food Agency") in found
    assert ("Jaan Tamm", "affiliation", "Tartu Science Park") in found
    assert "Public Procurement" not in labels(records, EntityType.PERSON)


def test_joined_founding_members_members_include_and_part_of_apposition():
    records = run("In 2019 the Fyn Data Cluster joined the European Robotics Network. The Esbjerg Energy Cluster is one "
                  "of the founding members of the North Sea Energy Alliance. The alliance's members include Robotek ApS "
                  "and the Vejle Drone Association. The Baltic Drone Lab, part of the Riga Technical University, "
                  "partnered with Narva Drone Cluster.")
    found = facts(records)
    assert ("Fyn Data Cluster", "memberOf", "European Robotics Network") in found
    assert ("Esbjerg Energy Cluster", "memberOf", "North Sea Energy Alliance") in found
    assert ("Robotek ApS", "memberOf", "North Sea Energy Alliance") in found
    assert ("Vejle Drone Association", "memberOf", "North Sea Energy Alliance") in found
    assert ("Baltic Drone Lab", "partOf", "Riga Technical University") in found
    assert ("Baltic Drone Lab", "cooperatesWith", "Narva Drone Cluster") in found
    assert ("Riga Technical University", "cooperatesWith", "Narva Drone Cluster") not in found


def test_event_name_stops_before_its_host_city():
    records = run("Speakers from the Oslo Cleantech Cluster presented at the Nordic Robotics Summit 2023 in Oslo.")
    assert labels(records, EntityType.EVENT) == {"Nordic Robotics Summit 2023"}
    assert ("Nordic Robotics Summit 2023", "attendee", "Oslo Cleantech Cluster") in facts(records)
    assert attribute(records, "Nordic Robotics Summit 2023", AttributeName.COUNTRY) == {"NO"}


# projects mentioned in passing -------------------------------------------------------------------

def test_programme_project_names_roles_and_period_in_brackets():
    records = run("Vilnius Laser Cluster\n\nThe cluster took part in the Interreg Europe project LightWay (2018–2021), "
                  "coordinated by the Jena Optics Institute. Since May 2023 the cluster has been coordinating "
                  "PhotoNet, a BSR Innovation Express project in cooperation with the Tampere Photonics Hub. "
                  "SeaGlass, an Interreg South Baltic project, ended in 2020.")
    found = facts(records)
    assert ("LightWay", "fundedBy", "Interreg Europe") in found
    assert ("LightWay", "participant", "Vilnius Laser Cluster") in found
    assert ("PhotoNet", "coordinator", "Vilnius Laser Cluster") in found
    assert ("PhotoNet", "fundedBy", "BSR Innovation Express") in found
    assert ("PhotoNet", "participant", "Tampere Photonics Hub") in found
    assert "SeaGlass" in labels(records, EntityType.PROJECT)
    lightway = named(records, "LightWay")
    assert {str(a.value) for a in records.attributes if a.subject == lightway.key
            and a.name in (AttributeName.START_DATE, AttributeName.END_DATE)} == {"2018", "2021"}


def test_taking_part_in_an_event_is_no_project_participation():
    records = run("Riga Wood Cluster, which participated in the Nordic Timber Summit 2022, presented the results of "
                  "the “TimberLink” project.")
    assert not any(name == "participant" for _s, name, _o in facts(records))


def test_founding_year_and_mixed_case_short_name_in_brackets():
    records = run("The Nordic Agri-Tech Cluster (NordAgri) was established in Aarhus, Denmark, in 2016. "
                  "NordAgri is administered by the Danish Farm Technology Association.")
    assert ("Nordic Agri-Tech Cluster", "memberOf", "Danish Farm Technology Association") in facts(records)
    entity = named(records, "NordAgri")
    assert {str(a.value) for a in records.attributes if a.subject == entity.key
            and a.name is AttributeName.START_DATE} == {"2016"}
    assert country(records, "NordAgri") == {"DK"}


def test_project_named_around_its_programme_with_lead_partner_and_period():
    records = run("ReefNet (1 March 2021 – 28 February 2024), an Interreg South Baltic project, links fish farms. Its "
                  "partners are the Gotland Fish Cluster (lead partner), Rostock Aqua Association and Hiiumaa Marine "
                  "Centre. ReefNet results are shared with the Interreg Baltic Sea Region project Baltic Fish Ports, led by "
                  "the Saaremaa Port Cluster.")
    found = facts(records)
    assert ("ReefNet", "fundedBy", "Interreg South Baltic") in found
    assert ("ReefNet", "coordinator", "Gotland Fish Cluster") in found
    assert ("Baltic Fish Ports", "coordinator", "Saaremaa Port Cluster") in found
    assert ("ReefNet", "coordinator", "Saaremaa Port Cluster") not in found
    assert ("ReefNet", "relatedProject", "Baltic Fish Ports") in found
    assert attribute(records, "ReefNet", AttributeName.END_DATE) == {"2024-02-28"}


def test_related_projects_and_participants_of_a_project_in_which():
    records = run("The FjordLink project continues the work of ShipNet (2016–2018), a BSR Innovation Express project in which "
                  "Aalborg Ship Cluster and Gdańsk Yard Association first tested joint missions.")
    found = facts(records)
    assert any(s.startswith("FjordLink") and n == "relatedProject" and o == "ShipNet" for s, n, o in found)
    assert ("ShipNet", "participant", "Aalborg Ship Cluster") in found
    assert ("ShipNet", "participant", "Gdańsk Yard Association") in found
    assert ("ShipNet", "fundedBy", "BSR Innovation Express") in found


def test_the_project_refers_back_and_a_type_word_before_a_place_heads_a_name():
    records = run("On 1 May 2022 the Riga Food Cluster started FoodBridge, a BSR Innovation Express project. The "
                  "cluster coordinates the project in cooperation with Baltische Cluster Rügen. Bringing Cluster "
                  "Collaboration to life is the aim.")
    found = facts(records)
    assert ("FoodBridge", "coordinator", "Riga Food Cluster") in found
    assert ("FoodBridge", "participant", "Baltische Cluster Rügen") in found
    assert "Bringing Cluster Collaboration" not in labels(records)


def test_press_release_with_speakers_dates_inside_runs_and_partnership_wording():
    records = run("Press release | 12 June 2023\n\nSolar Days Forum 2023 maps the solar supply chain\n\n"
                  "More than 200 participants gathered in Vilnius on 8 June for the Solar Days Forum 2023, hosted by "
                  "the Lithuanian Solar Cluster in partnership with the Vilnius Energy Institute. The forum was "
                  "organised within the Interreg Europe project SunLink.\n\nSpeakers included Ieva Kalna (Latvian "
                  "Solar Association) and Piotr Lis, CEO of Mazury Energy Hub.")
    assert labels(records, EntityType.EVENT) == {"Solar Days Forum 2023"}
    assert "Mazury Energy Hub" in labels(records)
    found = facts(records)
    assert ("Solar Days Forum 2023", "organiser", "Vilnius Energy Institute") in found
    assert ("Solar Days Forum 2023", "partOf", "SunLink") in found
    assert ("Solar Days Forum 2023", "attendee", "Mazury Energy Hub") in found
    assert ("SunLink", "participant", "Vilnius Energy Institute") not in found  # "in partnership with" is no consortium
    assert attribute(records, "Solar Days Forum 2023", AttributeName.COUNTRY) == {"LT"}
    assert attribute(records, "Solar Days Forum 2023", AttributeName.START_DATE) == {"2023-06-08"}


def test_contact_lines_do_not_turn_places_or_next_people_into_organisations():
    records = run("Contact\nKaisa Tamm, project manager, Tallinn\nJaan Kask, CEO of Tartu Food Tech, Estonia\n")
    assert labels(records) == {"Tartu Food Tech"}
    assert facts(records) == {("Jaan Kask", "affiliation", "Tartu Food Tech")}


def test_who_heads_and_represented_by_give_affiliations():
    records = run("Riga Wood Cluster\n\nThe cluster was represented by its manager Anna Ozola. Olaf Schmidt, who heads "
                  "the Kiel Timber Network, closed the session. Prof. Maria Nowak from the Gdańsk University of "
                  "Technology presented a study.")
    found = facts(records)
    assert ("Anna Ozola", "affiliation", "Riga Wood Cluster") in found
    assert ("Olaf Schmidt", "affiliation", "Kiel Timber Network") in found
    assert ("Maria Nowak", "affiliation", "Gdańsk University of Technology") in found


def test_capitalised_programme_names_and_money_that_comes_from_them():
    records = run("The Vilnius Cluster started SmartHeat, a BSR Innovation Express project. Of its budget, EUR 20,000 "
                  "comes from the Vilnius City Innovation Support Programme.")
    assert "Vilnius City Innovation Support Programme" in labels(records, EntityType.PROGRAMME)
    assert ("SmartHeat", "fundedBy", "Vilnius City Innovation Support Programme") in facts(records)


def test_adjective_before_a_place_is_the_country_not_the_name_and_appositive_membership():
    records = run("Partners are the Finnish Tampere Wearables Cluster and the Lithuanian Innovation Centre. Oulu Health "
                  "Hub, a member of the Nordic Health Network, joined.\n\nContact\nJaan Kask, CEO of Tartu Food Tech, "
                  "Estonia\n")
    assert {"Tampere Wearables Cluster", "Lithuanian Innovation Centre"} <= labels(records)
    assert country(records, "Tampere Wearables Cluster") == {"FI"}
    assert country(records, "Tartu Food Tech") == {"EE"}
    assert ("Oulu Health Hub", "memberOf", "Nordic Health Network") in facts(records)


def test_days_and_weeks_name_events():
    records = run("The Baltic Innovation Week took place in Riga. Over 50 companies attended the Nordic Food Tech Days "
                  "in Oslo on 3 May 2022.")
    assert labels(records, EntityType.EVENT) == {"Baltic Innovation Week", "Nordic Food Tech Days"}
    assert attribute(records, "Nordic Food Tech Days", AttributeName.START_DATE) == {"2022-05-03"}
    assert attribute(records, "Baltic Innovation Week", AttributeName.COUNTRY) == {"LV"}


def test_its_members_include_a_list_of_names_typed_or_not():
    records = run("Gdańsk Photonics Cluster\n\nThe cluster was founded in 2012. Its members include Lumina Sp. z o.o., "
                  "the Centre for Research and Innovation, the Gdańsk Laser Institute and Optica Baltic.")
    members = {s for s, n, o in facts(records) if n == "memberOf" and o == "Gdańsk Photonics Cluster"}
    assert members == {"Lumina Sp. z o.o.", "Centre for Research and Innovation", "Gdańsk Laser Institute",
                       "Optica Baltic"}


def test_a_presentation_far_from_any_event_makes_no_attendee():
    records = run("The Tartu Food Forum 2023 took place in Tartu. Among the participants was the Valga Dairy Cluster.\n\n"
                  "Strategy\n\nLater that year the Estonian Rural Agency presented its new strategy.")
    found = facts(records)
    assert ("Tartu Food Forum 2023", "attendee", "Valga Dairy Cluster") in found
    assert ("Tartu Food Forum 2023", "attendee", "Estonian Rural Agency") not in found


def test_organisers_listed_with_commas():
    records = run("The Narva Energy Days 2024 were organised by the Narva Energy Cluster, the Ida-Viru Business Centre "
                  "and Tartu Power Network, 300 participants.")
    organisers = {o for s, n, o in facts(records) if n == "organiser"}
    assert organisers == {"Narva Energy Cluster", "Ida-Viru Business Centre", "Tartu Power Network"}


# event reports ---------------------------------------------------------------------------------

_REPORT = ("Event report: Nordic Seaweed Forum 2024, Bodø\n\n"
           "Over 90 growers met in Bodø on 4-5 June 2024 for the Nordic Seaweed Forum 2024, organised by the "
           "Salten Aquaculture Cluster.\n\n"
           "Day 1 - Markets\n\n"
           "The session \"Selling kelp to chefs\" was chaired by Kari Nilsen. Speakers:\n"
           "* Ola Berg, CEO, Lofoten Kelp Company - on sales;\n"
           "* Dr. Mia Holm, researcher, Faroe Marine Institute - on quality.\n\n"
           "Day 2 - Study visit\n\n"
           "In the morning three companies showed results: Arctic Algae Oy (Finland) and Kelpfarm Vest (Norway).\n\n"
           "Who was there\n"
           "The participants included the Shetland Seaweed Forum (United Kingdom) and Westfjords Growers Network.\n")


def test_an_event_reports_speakers_presenters_and_participants_attend_its_headline_event():
    found = facts(run(_REPORT))
    forum = "Nordic Seaweed Forum 2024"
    assert {(forum, "attendee", "Lofoten Kelp Company"), (forum, "attendee", "Faroe Marine Institute"),
            (forum, "attendee", "Arctic Algae Oy"), (forum, "attendee", "Westfjords Growers Network"),
            (forum, "attendee", "Shetland Seaweed Forum")} <= found
    assert (forum, "attendee", "Salten Aquaculture Cluster") not in found


def test_numbered_days_and_named_sessions_are_no_events_and_a_forum_noted_with_a_country_is_a_body():
    records = run(_REPORT)
    assert labels(records, EntityType.EVENT) == {"Nordic Seaweed Forum 2024"}
    assert "Shetland Seaweed Forum" in labels(records)


def test_an_acronym_and_the_named_body_are_two_organisers():
    found = facts(run("The Tyrol Metal Cluster (TMC) has 40 members. The Alpine Metal Forum 2025 was organised by TMC "
                      "and the Graz Chamber of Industry."))
    assert {("Alpine Metal Forum 2025", "organiser", "Tyrol Metal Cluster"),
            ("Alpine Metal Forum 2025", "organiser", "Graz Chamber of Industry")} <= found


def test_a_delegation_or_a_scheme_led_by_a_body_is_no_project_lead():
    records = run("The project SawLine is coordinated by the Kraków Wood Cluster. The delegation was led by the "
                  "Silesian Timber Agency. Its voucher scheme run by the Opole Export Office helps firms. "
                  "SawLine cooperates closely with the Interreg Central Europe project TimberTrace.")
    found = facts(records)
    assert ("SawLine", "coordinator", "Kraków Wood Cluster") in found
    assert not {o for s, r, o in found if r == "coordinator"} & {"Silesian Timber Agency", "Opole Export Office"}
    assert ("SawLine", "relatedTo", "TimberTrace") in {(s, r if r != "relatedProject" else "relatedTo", o) for s, r, o in found}


def test_a_capitalised_name_said_to_be_a_project_is_the_articles_project():
    records = run("Nine partners met in Tartu for the kick-off meeting of SOILTRACK - Soil carbon tracking for farms. "
                  "The project is coordinated by the Estonian Soil Institute.\n\n"
                  "The SOILTRACK consortium grew out of the Interreg Europe project CarbonFarm. "
                  "SOILTRACK is the third Horizon Europe project of the institute. BaltSoil BSR is a Nordplus project.")
    assert "SOILTRACK" in labels(records, EntityType.PROJECT)
    assert "SOILTRACK" not in labels(records)
    assert ("SOILTRACK", "coordinator", "Estonian Soil Institute") in facts(records)
    assert "BSR" not in labels(records, EntityType.PROJECT)


def test_speaker_lines_with_titles_hyphenated_names_units_and_country_notes():
    records = run("Speakers:\n"
                  "* Jean-Luc Moreau, Deputy State Secretary, Ministry of Fisheries of France - on quotas;\n"
                  "* Dr. Eva Lind, Vice-Dean for Research, Faculty of Marine Biology of Åbo Maritime Academy (Finland) "
                  "- on algae;\n"
                  "* Per Olsen, Director of Sales of the Bergen Fish Exchange (Norway), on prices.\n")
    found = facts(records)
    assert {("Jean-Luc Moreau", "affiliation", "Ministry of Fisheries of France"),
            ("Per Olsen", "affiliation", "Bergen Fish Exchange")} <= found
    faculty = named(records, "Faculty of Marine Biology")
    assert (faculty.label, "partOf", "Åbo Maritime Academy") in found
    assert ("Eva Lind", "affiliation", faculty.label) in found
    assert "Research" not in labels(records)


def test_study_visits_camps_and_a_final_conference_with_its_quoted_title():
    records = run("Events\n\n"
                  "♦ Alpine Dairy Study Visit - Bolzano, Italy, 3-4 May 2023, hosted by the South Tyrol Milk Board.\n"
                  "♦ Cheese Innovation Camp – 2–4 March 2024, online.\n"
                  "♦ MILKWAY Final Conference \"Dairy Futures\" – 9 June 2025, Graz. Guests included the Styrian "
                  "Goat Association.\n")
    events = labels(records, EntityType.EVENT)
    assert {"Alpine Dairy Study Visit", "Cheese Innovation Camp"} <= events
    assert len([e for e in events if "Dairy Futures" in e or "Final Conference" in e]) == 1
    final = next(e for e in records.entities if "Dairy Futures" in e.names)
    found = facts(records)
    assert ("Alpine Dairy Study Visit", "organiser", "South Tyrol Milk Board") in found
    assert (final.label, "attendee", "Styrian Goat Association") in found


def test_representatives_at_the_forum_and_funding_through_a_programme():
    records = run("The project AquaTwin is co-financed by the European Regional Development Fund through the "
                  "Interreg Europe programme.\n\nThe Harbour Data Forum 2024 took place in Split. The forum gathered "
                  "90 participants, among them representatives of the Adriatic Ports Network and of the project "
                  "PortSense.")
    found = facts(records)
    assert {("AquaTwin", "fundedBy", "European Regional Development Fund"),
            ("AquaTwin", "fundedBy", "Interreg Europe")} <= found
    assert ("Harbour Data Forum 2024", "attendee", "Adriatic Ports Network") in found


def test_a_projects_period_number_and_funding_stated_in_news_prose():
    records = run("Nine partners met for the kick-off meeting of PEATWISE - Smart peatland restoration. The project "
                  "is funded with EUR 3.2 million by Horizon Europe. It runs for 36 months, from 1 February 2024 "
                  "until 31 January 2027 (Grant Agreement No. 101123456).\n\n"
                  "BOGNET, an Interreg Baltic Sea Region project (2021-2024) led by the Kemi Peat Cluster, is funded "
                  "by Interreg Baltic Sea Region with EUR 1.5 million.")
    assert attribute(records, "PEATWISE", AttributeName.START_DATE) == {"2024-02-01"}
    assert attribute(records, "PEATWISE", AttributeName.END_DATE) == {"2027-01-31"}
    assert attribute(records, "PEATWISE", AttributeName.IDENTIFIER) == {"101123456"}
    assert {int(float(v)) for v in attribute(records, "PEATWISE", AttributeName.BUDGET)} == {3200000}
    assert {int(float(v)) for v in attribute(records, "BOGNET", AttributeName.BUDGET)} == {1500000}
    assert attribute(records, "BOGNET", AttributeName.START_DATE) == {"2021"}
    assert ("PEATWISE", "fundedBy", "Horizon Europe") in facts(records)


def test_a_quote_closing_a_sentence_ends_it():
    records = run("\"The data from the Interreg Europe project TideLink made it convincing.\" PEATWISE will build on "
                  "TideLink. PEATWISE is the second Horizon Europe project of the region.")
    found = {(s, o) for s, r, o in facts(records) if r == "relatedProject"}
    assert ("PEATWISE", "TideLink") in found and ("TideLink", "PEATWISE") not in found


def test_a_body_after_a_title_and_a_name_above_its_organisation_in_a_contact_block():
    records = run("Speakers:\n* Dr. Anna Berg, Programme Lead Nordics, Seaweed Ventures North - on markets.\n\n"
                  "Contact\nMarta Kowalczyk\nGdynia Marine Business Office\nmarta@example.org\n")
    found = facts(records)
    assert ("Anna Berg", "affiliation", "Seaweed Ventures North") in found
    assert ("Marta Kowalczyk", "affiliation", "Gdynia Marine Business Office") in found


def test_a_predecessor_named_after_a_comma_with_its_programme_and_years_in_brackets():
    records = run("The fair was the main event of GRAINLINK, an Interreg Central Baltic project led by the Turku "
                  "Grain Cluster. Kari Aho spoke about four years of GRAINLINK's predecessor project, Oat Value Net.\n\n"
                  "The project follows Oat Value Net (Interreg Baltic Sea Region 2017-2020).")
    found = facts(records)
    assert "Oat Value Net" in labels(records, EntityType.PROJECT)
    assert ("GRAINLINK", "relatedProject", "Oat Value Net") in found
    assert ("Oat Value Net", "fundedBy", "Interreg Baltic Sea Region") in found
    assert attribute(records, "Oat Value Net", AttributeName.END_DATE) == {"2020"}


def test_a_short_form_of_a_longer_name_and_a_title_with_its_field_before_the_body():
    records = run("The partners are the Oder Institute for River Systems (DE) and the Spree Water Cluster (DE). "
                  "The Oder Institute hosted the first meeting. Ida Kunz, Director of Research of the Spree Water "
                  "Cluster, spoke. Says Ida Kunz, who leads SPREEX at the Spree Water Cluster.")
    found = labels(records)
    assert "Oder Institute" not in found and "Oder Institute" in named(records, "Oder Institute for River Systems").names
    assert not [label for label in found if label.startswith(("Research", "SPREEX"))]
    assert ("Ida Kunz", "affiliation", "Spree Water Cluster") in facts(records)


def test_a_quoted_training_title_and_a_project_said_to_be_of_a_programme():
    records = run("SkillWood is a Horizon Europe project for furniture makers. In May 2024 the partners met in Kaunas "
                  "for a two-day teacher training, \"SkillWood Teach the Teachers\", hosted by the Kaunas Wood Cluster.")
    assert "SkillWood Teach the Teachers" in labels(records, EntityType.EVENT)
    assert ("SkillWood", "fundedBy", "Horizon Europe") in facts(records)


def test_partners_meeting_at_an_event_attend_it_unless_they_met_there_first():
    records = run("The Erasmus+ project ClayCraft is led by the Faenza Ceramics Academy (IT). Partners: Delft Tile Institute (NL), "
                  "Gzhel Pottery Union (PL).\n\n"
                  "In June 2024 the partners met in Delft for a two-day teacher training, \"ClayCraft Kiln School\", "
                  "hosted by the Delft Tile Institute. The partners met for the first time at the Ceramics Forum 2021.")
    found = facts(records)
    assert ("ClayCraft Kiln School", "partOf", "ClayCraft") in found
    assert {("ClayCraft Kiln School", "attendee", "Faenza Ceramics Academy"),
            ("ClayCraft Kiln School", "attendee", "Gzhel Pottery Union")} <= found
    assert ("ClayCraft Kiln School", "attendee", "Delft Tile Institute") not in found
    assert ("Ceramics Forum 2021", "partOf", "ClayCraft") not in found


def test_a_network_partner_named_after_the_network_organises_and_a_joint_application_is_cooperation():
    records = run("The Tallinn Wood Matchmaking 2024 was organised by the Enterprise Europe Network partner Harju "
                  "Business Centre. Kuusk Timber Oy and Metsa Design Cluster agreed to prepare a joint Horizon Europe "
                  "application.")
    found = facts(records)
    assert ("Tallinn Wood Matchmaking 2024", "organiser", "Harju Business Centre") in found
    assert ("Tallinn Wood Matchmaking 2024", "organiser", "Enterprise Europe Network") not in found
    assert ("Harju Business Centre", "memberOf", "Enterprise Europe Network") in found
    assert ("Kuusk Timber Oy", "cooperatesWith", "Metsa Design Cluster") in found


def test_a_summer_school_named_after_the_project_is_its_event():
    records = run("The kick-off meeting of TIDEFARM - Tidal energy for fish farms took place in Bergen. "
                  "The first TIDEFARM Summer School will be held in Ålesund in June 2025, hosted by the Møre Ocean "
                  "Cluster. A study visit is planned.")
    assert "TIDEFARM Summer School" in labels(records, EntityType.EVENT)
    assert "TIDEFARM Summer School" not in labels(records)
    found = facts(records)
    assert ("TIDEFARM Summer School", "partOf", "TIDEFARM") in found
    assert ("TIDEFARM Summer School", "organiser", "Møre Ocean Cluster") in found


def test_a_possessive_unit_and_a_speaker_heading_a_group_at_it():
    records = run("The Gdynia Maritime University (GMU) hosted the meeting.\n"
                  "- Dr. Olga Nowak, head of the ballast water group at GMU's Faculty of Marine Engineering and "
                  "coordinator of BALLASTX, presented the plan.")
    found = facts(records)
    assert ("Faculty of Marine Engineering", "partOf", "Gdynia Maritime University") in found
    assert ("Olga Nowak", "affiliation", "Faculty of Marine Engineering") in found
    assert ("Olga Nowak", "affiliation", "Gdynia Maritime University") in found


def test_a_body_in_a_city_and_country_named_after_it():
    records = run("Nine partners gathered at the Bothnian University of Technology (BUT) in Luleå, Sweden, in May.")
    assert country(records, "Bothnian University of Technology") == {"SE"}


def test_partners_listed_in_prose_with_their_country_codes():
    records = run("The project AlgaPort is coordinated by the Split Marine Cluster. Besides the coordinator, the partners "
                  "are Adria Seaweed Research (HR), Trieste Blue Labs (IT) and the Aegean Algae Network (EL).")
    found = facts(records)
    assert {("AlgaPort", "participant", "Adria Seaweed Research"), ("AlgaPort", "participant", "Trieste Blue Labs"),
            ("AlgaPort", "participant", "Aegean Algae Network")} <= found
    assert country(records, "Aegean Algae Network") == {"GR"}


def test_the_country_listed_after_an_events_name():
    records = run("Events\n♦ Baltic Kelp Study Visit - Kuressaare, Estonia, 4-5 May 2023, hosted by the Saare Algae Cluster "
                  "(Finland).\n♦ SeaFarm Final Conference – 9 June 2024, Hel (Poland).\n")
    assert attribute(records, "Baltic Kelp Study Visit", AttributeName.COUNTRY) == {"EE"}
    assert attribute(records, "SeaFarm Final Conference", AttributeName.COUNTRY) == {"PL"}


def test_contact_lines_labelled_by_the_questions_they_answer():
    records = run("The Lapland Growth Office (LGO) runs the call.\n\nContact\n"
                  "Technical questions: Aino Salo, Senior Adviser, Lapland Growth Office\n"
                  "Financial questions: Ville Koski, Financial Controller, LGO\n")
    found = facts(records)
    assert {("Aino Salo", "affiliation", "Lapland Growth Office"), ("Ville Koski", "affiliation", "Lapland Growth Office")} <= found


def test_no_project_from_a_partner_said_to_be_a_project_partner_or_from_the_eu():
    records = run("The EU is the main funder. The kick-off meeting of EU partners was held in Riga. UNESCO is the lead "
                  "project partner. SoilTrack is a Horizon Europe project on soils.")
    assert labels(records, EntityType.PROJECT) == {"SoilTrack"}


# generalised wordings (tune-en2) -----------------------------------------------------------------

def test_an_event_co_organised_with_a_body_and_held_to_mark_a_projects_end():
    records = run("Over 90 growers met at the \"Orchard Futures 2025\" conference in Jelgava to mark the end of "
                  "FruitLink, the Interreg Europe project on cold storage. The conference was hosted by the Zemgale "
                  "Orchard Cluster and co-organised with the Lakeside Pomology Institute.")
    found = facts(records)
    assert ("Orchard Futures 2025", "partOf", "FruitLink") in found
    assert {("Orchard Futures 2025", "organiser", "Zemgale Orchard Cluster"),
            ("Orchard Futures 2025", "organiser", "Lakeside Pomology Institute")} <= found


def test_words_describing_a_body_are_no_part_of_its_name():
    records = run("Keynotes came from Oslo-based Fjordbyte Games AS. Representatives of the Vidzeme Tourism "
                  "Agency and staff of the Narva Heritage Foundation also took part.")
    found = labels(records)
    assert {"Fjordbyte Games AS", "Vidzeme Tourism Agency", "Narva Heritage Foundation"} <= found
    assert not any(label.startswith(("Oslo", "Representatives", "staff")) for label in found)


def test_partners_in_a_sentence_apart_by_semicolons_with_a_clause_about_one():
    records = run("HarbourGreen is an Interreg Europe project. The partners are Kvarken Maritime College (Finland), "
                  "its Simulation Centre being responsible for the pilots; the Saaremaa Port Association (Estonia); "
                  "and the Gotland Shipping Network (Sweden).")
    found = facts(records)
    for org in ("Kvarken Maritime College", "Saaremaa Port Association", "Gotland Shipping Network"):
        assert ("HarbourGreen", "participant", org) in found
    assert not any(label.startswith("its ") for label in labels(records))


def test_a_partner_list_ends_at_the_next_heading_and_related_projects_are_listed_projects():
    records = run("FenWater\n\nProgramme: Interreg Europe\n\nAssociated organisations\n- Delta Water Board (NL)\n"
                  "- Polder Research Network (NL)\n\nRelated projects\n"
                  "- MarshBase (Interreg North Sea, 2018–2021) – predecessor\n"
                  "- ReedNet Baltic (Horizon Europe) – sister project coordinated by the Delta Water Board\n")
    found = facts(records)
    assert ("FenWater", "associatedPartner", "Polder Research Network") in found
    assert {"MarshBase", "ReedNet Baltic"} <= labels(records, EntityType.PROJECT)
    assert not {"MarshBase", "ReedNet Baltic"} & labels(records)
    assert {("FenWater", "relatedProject", "MarshBase"), ("ReedNet Baltic", "relatedProject", "FenWater"),
            ("ReedNet Baltic", "fundedBy", "Horizon Europe"), ("ReedNet Baltic", "coordinator", "Delta Water Board")} <= found
    assert ("FenWater", "coordinator", "Delta Water Board") not in found
    assert attribute(records, "MarshBase", AttributeName.START_DATE) == {"2018"}


def test_a_listed_events_later_sentence_belongs_to_it_and_counts_name_no_event():
    records = run("Events\n\n• Harbour Robotics Bootcamp – 4–6 May 2025, Kotka. Training for 25 port staff, organised by "
                  "the Kymi Port Cluster and Saimaa Automation Oy; trainers from Vaasa Marine Institute.\n"
                  "• Kotka Data Day 2025 – 9 June 2025. Hosted by the Kymi Port Cluster; companies of the Hamina "
                  "Logistics Cluster attended.\n")
    events = labels(records, EntityType.EVENT)
    assert not any(label.startswith("Training") for label in events)
    found = facts(records)
    assert {("Harbour Robotics Bootcamp", "organiser", "Kymi Port Cluster"),
            ("Harbour Robotics Bootcamp", "organiser", "Saimaa Automation Oy"),
            ("Harbour Robotics Bootcamp", "attendee", "Vaasa Marine Institute"),
            ("Kotka Data Day 2025", "organiser", "Kymi Port Cluster")} <= found
    assert ("Kotka Data Day 2025", "attendee", "Hamina Logistics Cluster") not in found


def test_a_managing_body_and_its_second_predicate():
    records = run("The Nordic Forge Association is the managing organisation of the Turku Metalworks Cluster and a "
                  "member of the European Foundry Platform.")
    found = facts(records)
    assert ("Turku Metalworks Cluster", "memberOf", "Nordic Forge Association") in found
    assert ("Nordic Forge Association", "memberOf", "European Foundry Platform") in found
    assert ("Turku Metalworks Cluster", "memberOf", "European Foundry Platform") not in found


def test_a_subjectless_organised_by_sentence_is_about_the_event_before_it_on_its_line():
    records = run("EVENTS\n\nLapland Snow Tech Days 2024 – 3 March 2024, Rovaniemi. Organised by the Arctic Sled "
                  "Cluster and Kemi Motors Oy.\n\nThe Arctic Sled Cluster was founded in 2015. Its aim is to grow "
                  "exports under the Interreg Aurora programme.")
    found = facts(records)
    assert {("Lapland Snow Tech Days 2024", "organiser", "Arctic Sled Cluster"),
            ("Lapland Snow Tech Days 2024", "organiser", "Kemi Motors Oy")} <= found
    assert not any(name == "partOf" and s == "Lapland Snow Tech Days 2024" for s, name, _o in found)


def test_its_unit_in_a_list_and_no_membership_of_a_project_called_this_hub():
    records = run("The Kuopio Timber Cluster was founded in 2010. The members of the Kuopio Timber Cluster include Lumi Sensors Oy, the Savonia University of Applied "
                  "Sciences and its Faculty of Forest Engineering, and Kuopio Rescue Services. The Kuopio Timber "
                  "Cluster is a founding consortium member of this Digital Innovation Hub, co-funded by the Kuopio "
                  "Region Council.")
    found = facts(records)
    assert ("Faculty of Forest Engineering", "partOf", "Savonia University of Applied Sciences") in found
    assert not any(name == "memberOf" and o in ("Digital Innovation Hub", "Kuopio Region Council")
                   for _s, name, o in found)


def test_a_place_and_a_type_word_describe_the_one_body_named_with_both():
    records = run("The partners are the Tampere Academy of Game Arts (Finland) and the Pärnu Media Association "
                  "(Estonia). \"It worked,\" said Mari Tamm, president of the Pärnu association. Students from the "
                  "Tampere academy ran the showcase.")
    found = facts(records)
    assert ("Mari Tamm", "affiliation", "Pärnu Media Association") in found
    assert "Tampere academy" in named(records, "Tampere Academy of Game Arts").names
    assert not {"Pärnu association", "Tampere academy"} & labels(records)


def test_a_follow_up_or_sister_named_after_a_comma_and_a_lead_partner_given_with_as():
    records = run("SoundPort closed with a concert in Tallinn. The team is now preparing a follow-up, SoundPort "
                  "Arctic, for the 2026 call, with the Lapland Music Office as lead partner. A sister initiative, the "
                  "Erasmus+ project MusicSkills VET, trains sound technicians.")
    found = facts(records)
    assert {"SoundPort Arctic", "MusicSkills VET"} <= labels(records, EntityType.PROJECT)
    assert ("SoundPort Arctic", "coordinator", "Lapland Music Office") in found


def test_a_partner_of_a_network_and_a_member_of_a_forum_are_members_of_bodies():
    records = run("The Management Board of the Kujawy Innovation Agency (KIA) met in May. KIA is a partner of the "
                  "Enterprise Europe Network and a member of the Baltic Cluster Managers Forum. KIA is also a partner "
                  "of the Torun Science Park.")
    found = facts(records)
    assert {("Kujawy Innovation Agency", "memberOf", "Enterprise Europe Network"),
            ("Kujawy Innovation Agency", "memberOf", "Baltic Cluster Managers Forum")} <= found
    assert ("Kujawy Innovation Agency", "memberOf", "Torun Science Park") not in found
    assert "Baltic Cluster Managers Forum" not in labels(records, EntityType.EVENT)
    assert not any(label.startswith("Management Board") for label in labels(records))


def test_a_unit_representing_its_body_and_this_project_in_a_list_item():
    records = run("The Institute of Soil Physics is represented by its Peat Sensor Lab, which builds the probes.\n\n"
                  "Related projects\n- BogTwin (Horizon Europe) – TundraNet shares field data with this research "
                  "project coordinated by the Umeå Soil Institute\n")
    found = facts(records)
    assert ("Peat Sensor Lab", "partOf", "Institute of Soil Physics") in found
    assert ("BogTwin", "coordinator", "Umeå Soil Institute") in found
    assert ("TundraNet", "coordinator", "Umeå Soil Institute") not in found


def test_a_coined_first_word_standing_alone_names_its_body():
    records = run("The FjordLink Maritime Cluster was founded in Bergen. FjordLink is a member of the European Ports "
                  "Network. FjordLink Harbour Days 2024 took place in May.")
    found = facts(records)
    assert "FjordLink" in named(records, "FjordLink Maritime Cluster").names
    assert ("FjordLink Maritime Cluster", "memberOf", "European Ports Network") in found


def test_a_city_authority_is_a_body_and_both_from_gives_each_its_country():
    records = run("The City of Klaipėda and the Curonian Wind Alliance, both from Lithuania, support the project. "
                  "Tourists love the city of Nida.")
    assert {"City of Klaipėda", "Curonian Wind Alliance"} <= labels(records)
    assert country(records, "City of Klaipėda") == {"LT"}
    assert country(records, "Curonian Wind Alliance") == {"LT"}
    assert not any("Nida" in label for label in labels(records))
