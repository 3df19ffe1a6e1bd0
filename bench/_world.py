"""The invented world a synthetic corpus talks about: organisations, people, projects, events.

Every name is made up from word pieces; countries are ISO 3166-1 alpha-2 codes
(turned into EU authority IRIs by the graph layer) and programmes are the ones in
the shipped reference data, so ``ig:fundedBy`` points at real programme IRIs.
Pools are sized from the number of documents; organisations are drawn with a
skew (a few take part in many projects, as in real co-operation data).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from rdflib import RDF, SKOS, Graph, Literal

from innograph.graph import slugify
from innograph.ontology import IG, reference_paths

_BASE = "http://localhost/base/"  # resolves the reference data's relative IRIs to local names

# Countries of EU co-operation programmes with a weight (more Baltic/Nordic, as the corpus) and towns.
COUNTRIES = {
    "LT": (9, "Lithuania", ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai")),
    "DE": (8, "Germany", ("Kiel", "Rostock", "Bremen", "Leipzig")),
    "PL": (6, "Poland", ("Gdańsk", "Łódź", "Poznań", "Szczecin")),
    "FI": (6, "Finland", ("Turku", "Tampere", "Oulu", "Espoo")),
    "DK": (5, "Denmark", ("Aarhus", "Aalborg", "Odense")),
    "SE": (5, "Sweden", ("Malmö", "Umeå", "Lund", "Uppsala")),
    "EE": (5, "Estonia", ("Tartu", "Tallinn", "Pärnu")),
    "LV": (5, "Latvia", ("Riga", "Liepāja", "Jelgava")),
    "ES": (3, "Spain", ("Zaragoza", "Bilbao", "Valencia")),
    "IT": (3, "Italy", ("Bologna", "Turin", "Trieste")),
    "NL": (2, "Netherlands", ("Delft", "Eindhoven", "Groningen")),
    "PT": (2, "Portugal", ("Porto", "Braga", "Aveiro")),
    "AT": (2, "Austria", ("Graz", "Linz")),
    "GR": (1, "Greece", ("Patras", "Larissa")),
    "RO": (1, "Romania", ("Cluj-Napoca", "Iași")),
    "UA": (1, "Ukraine", ("Lviv", "Kharkiv")),
}
_STEMS = ("Nord", "Balt", "Aqua", "Terra", "Lumi", "Vento", "Agro", "Medi", "Silva", "Porto", "Flexi", "Quanta",
          "Amber", "Fjord", "Riva", "Sol", "Vita", "Nexo", "Orbi", "Kairo", "Delta", "Brio", "Lino", "Saga")
_FIELDS = ("Food", "Wood", "Health", "Energy", "Photonics", "Marine", "Textile", "Robotics", "Plastics", "Water",
           "Mobility", "Design", "Biotech", "Logistics", "Printing", "Laser", "Furniture", "Tourism", "ICT", "Space")
_KINDS = {  # subtype -> name patterns
    "Cluster": ("{stem} {field} Cluster", "{city} {field} Cluster"),
    "University": ("University of {city}", "{city} University of {field}", "{stem} Technical University"),
    "PublicAuthority": ("{city} City Municipality", "Region of {stem}land"),
    "Agency": ("{stem} {field} Agency", "{city} Development Agency"),
    "Company": ("{stem}{tail} {field}", "{stem}{tail} Ltd"),
    "Association": ("{stem} {field} Association", "Association of {field} Producers of {city}"),
    "Network": ("{stem} {field} Network",),
    "ResearchInfrastructure": ("{stem} {field} Research Centre", "{city} Science Park"),
    "NonProfit": ("{stem} {field} Foundation",),
}
_LT_KINDS = {"Cluster": "{stem} {field} klasteris", "Association": "{city} {field} asociacija",
             "NonProfit": "{stem} {field} fondas"}
_TAILS = ("Link", "Hub", "Net", "Wave", "Bridge", "Path", "Grow", "Spark", "Tech", "Lab")
_FIRST = ("Anna", "Mart", "Ilze", "Tomas", "Eva", "Jonas", "Laura", "Piotr", "Ingrid", "Mikko", "Rasa", "Lars",
          "Greta", "Andrius", "Marta", "Karl", "Sofia", "Paulius", "Elena", "Jan")
_LAST = ("Kask", "Ozola", "Nowak", "Virtanen", "Berg", "Lund", "Krauss", "Holm", "Petrauskas", "Kowalska",
         "Jensen", "Tamm", "Bērziņš", "Rossi", "Silva", "Novak", "Meyer", "Laine", "Kazlauskė", "Olsen")
_JOBS = ("project manager", "cluster manager", "director", "researcher", "head of international relations",
         "innovation consultant", "coordinator")
_EVENTS = {"Conference": "{n}th {field} Cluster Conference", "Forum": "{stem} {field} Forum {year}",
           "Matchmaking": "{field} Matchmaking Days {year}", "Training": "{field} Innovation Training {year}"}


@dataclass(frozen=True)
class Org:
    ident: str
    name: str
    language: str
    subtype: str
    country: str
    city: str
    website: str


@dataclass(frozen=True)
class Person:
    ident: str
    name: str
    job: str
    org: int


@dataclass(frozen=True)
class Programme:
    ident: str
    label: str


@dataclass(frozen=True)
class Project:
    ident: str
    acronym: str
    title: str
    identifier: str
    start: dt.date
    end: dt.date
    budget: Decimal
    programme: int
    partners: tuple[int, ...]  # the first is the coordinator
    associated: tuple[int, ...]
    contact: int
    related: int | None


@dataclass(frozen=True)
class Event:
    ident: str
    name: str
    subtype: str
    date: dt.date
    country: str
    organiser: int
    attendees: tuple[int, ...]
    speakers: tuple[int, ...]
    project: int


@dataclass(frozen=True)
class World:
    orgs: tuple[Org, ...]
    people: tuple[Person, ...]
    programmes: tuple[Programme, ...]
    projects: tuple[Project, ...]
    events: tuple[Event, ...]


def programmes() -> tuple[Programme, ...]:
    """The programmes of the reference data, with their English preferred labels."""
    graph = Graph()
    for path in reference_paths():
        graph.parse(path, format="turtle", publicID=_BASE)
    found = []
    for subject in sorted(graph.subjects(RDF.type, IG.Programme)):
        labels = [o for o in graph.objects(subject, SKOS.prefLabel) if isinstance(o, Literal) and o.language == "en"]
        if labels and str(subject).startswith(_BASE):
            found.append(Programme(str(subject).removeprefix(_BASE), str(labels[0])))
    return tuple(found)


class _Names:
    """Unique names: a repeated name gets a number."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def unique(self, name: str) -> str:
        candidate, n = name, 1
        while slugify(candidate) in self.seen:
            n += 1
            candidate = f"{name} {n}"
        self.seen.add(slugify(candidate))
        return candidate


def _org(rng: random.Random, names: _Names) -> Org:
    code = rng.choices(list(COUNTRIES), weights=[c[0] for c in COUNTRIES.values()])[0]
    city = rng.choice(COUNTRIES[code][2])
    subtype = rng.choice(list(_KINDS))
    lithuanian = code == "LT" and subtype in _LT_KINDS and rng.random() < 0.6
    pattern = _LT_KINDS[subtype] if lithuanian else rng.choice(_KINDS[subtype])
    raw = pattern.format(stem=rng.choice(_STEMS), field=rng.choice(_FIELDS), city=city, tail=rng.choice(_TAILS))
    name = names.unique(raw)
    slug = slugify(name)
    return Org(f"organisation/{slug}", name, "lt" if lithuanian else "en", subtype, code, city,
               f"https://www.{slug[:40].strip('-')}.{code.lower()}/")


def _person(rng: random.Random, names: _Names, orgs: int) -> Person:
    name = names.unique(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}")
    return Person(f"person/{slugify(name)}", name, rng.choice(_JOBS), _skewed(rng, orgs))


def _skewed(rng: random.Random, n: int) -> int:
    """An index in ``range(n)`` drawn with a long tail: low indices are hubs, many others are rare."""
    return int(n * rng.random() ** 2)


def _project(rng: random.Random, names: _Names, index: int, sizes: tuple[int, int, int]) -> Project:
    orgs, people, n_programmes = sizes
    acronym = names.unique(rng.choice(_STEMS).upper() + rng.choice(_TAILS).upper())
    field = rng.choice(_FIELDS)
    partners = tuple(dict.fromkeys(_skewed(rng, orgs) for _ in range(rng.randint(3, 9))))
    associated = tuple(o for o in dict.fromkeys(_skewed(rng, orgs) for _ in range(rng.randint(0, 2)))
                       if o not in partners)
    start = dt.date(rng.randint(2014, 2024), rng.randint(1, 12), 1)
    related = rng.randrange(index) if index and rng.random() < 0.2 else None
    return Project(f"project/{slugify(acronym)}", acronym, f"Smart {field} Value Chains in the {rng.choice(_STEMS)} Region",
                   f"{start.year}-1-{rng.choice(list(COUNTRIES))}01-KA2{rng.randint(10, 99)}-{rng.randint(0, 999999):06d}",
                   start, start.replace(year=start.year + rng.randint(2, 4)) - dt.timedelta(days=1),
                   Decimal(rng.randint(100_000, 5_000_000)) + Decimal(rng.randint(0, 99)) / 100,
                   rng.randrange(n_programmes), partners, associated, rng.randrange(people), related)


def _event(rng: random.Random, names: _Names, sizes: tuple[int, int, int]) -> Event:
    orgs, people, projects = sizes
    subtype = rng.choice(list(_EVENTS))
    year = rng.randint(2015, 2025)
    name = names.unique(_EVENTS[subtype].format(n=rng.randint(4, 12), field=rng.choice(_FIELDS),
                                                 stem=rng.choice(_STEMS), year=year))
    attendees = tuple(dict.fromkeys(_skewed(rng, orgs) for _ in range(rng.randint(2, 8))))
    speakers = tuple(dict.fromkeys(rng.randrange(people) for _ in range(rng.randint(1, 4))))
    return Event(f"event/{slugify(name)}", name, subtype, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                 rng.choice(list(COUNTRIES)), _skewed(rng, orgs), attendees, speakers, rng.randrange(projects))


def make_world(rng: random.Random, documents: int) -> World:
    """Pools for about ``documents`` documents (projects are described by about 3 in 4 documents)."""
    names = _Names()
    progs = programmes()
    orgs = tuple(_org(rng, names) for _ in range(max(20, documents * 3)))
    people = tuple(_person(rng, names, len(orgs)) for _ in range(max(10, documents)))
    projects = tuple(_project(rng, names, i, (len(orgs), len(people), len(progs)))
                     for i in range(max(5, documents * 3 // 5)))
    events = tuple(_event(rng, names, (len(orgs), len(people), len(projects))) for _ in range(max(3, documents // 4)))
    return World(orgs, people, progs, projects, events)
