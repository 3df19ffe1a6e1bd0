"""Shared fixtures: a small store shaped like the graph layer's output, and an empty one.

The sample is fictional and hand-written in TriG (one named graph per document,
the ontology graph, evidence for a fact), so tests of the outer layers do not
depend on the loaders.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import httpx

import pyoxigraph as ox
import pytest

from innograph.graph import Store

SAMPLE_TRIG = """
@prefix ig: <https://w3id.org/innograph/ontology#> .
@prefix id: <https://w3id.org/innograph/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix country: <http://publications.europa.eu/resource/authority/country/> .

<https://w3id.org/innograph/ontology> {
  ig:Cluster rdfs:subClassOf ig:Organisation .
  country:LTU rdfs:label "Lithuania"@en . country:DEU rdfs:label "Germany"@en .
}
id:document\\/news-1 {
  id:document\\/news-1 a ig:Document ; dcterms:title "Project news"@en ; dcterms:source "news-1.txt" .
  id:project\\/bridge a ig:Project ; skos:prefLabel "BRIDGE"@en ; rdfs:label "BRIDGE"@en ;
      ig:acronym "BRIDGE" ; ig:fundedBy id:programme\\/sea-region ;
      ig:startDate "2019-03"^^xsd:gYearMonth ; ig:endDate "2021"^^xsd:gYear ; ig:budget 1199999.5 ;
      ig:coordinator id:organisation\\/amber-cluster ; ig:participant id:organisation\\/amber-cluster, id:organisation\\/rhine-university ;
      ig:associatedPartner id:organisation\\/fjord-agency ;
      ig:hasRole id:role\\/bridge--amber-cluster, id:role\\/bridge--rhine-university, id:role\\/bridge--fjord-agency ;
      ig:mentionedIn id:document\\/news-1 .
  id:role\\/bridge--amber-cluster a ig:OrganisationRole, ig:CoordinatorRole ; rdfs:label "coordinator"@en ;
      ig:roleIn id:project\\/bridge ; ig:heldBy id:organisation\\/amber-cluster .
  id:role\\/bridge--rhine-university a ig:OrganisationRole, ig:PartnerRole ; rdfs:label "partner"@en ;
      ig:roleIn id:project\\/bridge ; ig:heldBy id:organisation\\/rhine-university .
  id:role\\/bridge--fjord-agency a ig:OrganisationRole, ig:AssociatedPartnerRole ; rdfs:label "associated partner"@en ;
      ig:roleIn id:project\\/bridge ; ig:heldBy id:organisation\\/fjord-agency .
  id:organisation\\/amber-cluster a ig:Organisation, ig:Cluster ; rdfs:label "Amber Cluster"@en ;
      skos:prefLabel "Amber Cluster"@en ; ig:country country:LTU ; ig:city "Kaunas" .
  id:organisation\\/rhine-university a ig:Organisation, ig:University ; rdfs:label "Rhine University"@en ;
      skos:prefLabel "Rhine University"@en ; ig:country country:DEU .
  id:organisation\\/fjord-agency a ig:Organisation, ig:Agency ; rdfs:label "Fjord Agency"@en ;
      skos:prefLabel "Fjord Agency"@en ; ig:country country:DNK .
  id:programme\\/sea-region a ig:Programme ; rdfs:label "Sea Region Programme"@en ; ig:partOf id:programme\\/cohesion .
  id:programme\\/cohesion a ig:Programme ; rdfs:label "Cohesion Funds"@en .
  id:evidence\\/e1 a ig:Evidence ; rdf:subject id:project\\/bridge ; rdf:predicate ig:coordinator ;
      rdf:object id:organisation\\/amber-cluster ; prov:wasDerivedFrom id:document\\/news-1 ; ig:rule "coordinator-colon" ;
      oa:hasSelector id:evidence\\/e1-quote, id:evidence\\/e1-position .
  id:evidence\\/e1-quote a oa:TextQuoteSelector ; oa:exact "Lead partner: Amber Cluster" .
  id:evidence\\/e1-position a oa:TextPositionSelector ; oa:start 10 ; oa:end 37 .
}
id:document\\/naujienos-2 {
  id:document\\/naujienos-2 a ig:Document ; dcterms:title "Naujienos"@lt ; dcterms:source "naujienos-2.txt" .
  id:organisation\\/amber-cluster rdfs:label "Gintaro klasteris"@lt ; skos:prefLabel "Gintaro klasteris"@lt ;
      ig:mentionedIn id:document\\/naujienos-2 .
  id:organisation\\/amber-cluster ig:mentionedIn id:document\\/news-1 .
  id:project\\/harbour a ig:Project ; rdfs:label "HARBOUR"@lt ; ig:fundedBy id:programme\\/sea-region ;
      ig:participant id:organisation\\/amber-cluster ; ig:hasRole id:role\\/harbour--amber-cluster .
  id:role\\/harbour--amber-cluster a ig:OrganisationRole, ig:PartnerRole ;
      ig:roleIn id:project\\/harbour ; ig:heldBy id:organisation\\/amber-cluster .
  id:person\\/ona-petraite a ig:Person ; rdfs:label "Ona Petraitė"@lt ; ig:jobTitle "direktorė"@lt ;
      ig:affiliation id:organisation\\/amber-cluster .
  id:event\\/innovation-forum a ig:Event, ig:Forum ; rdfs:label "Innovation Forum"@en ;
      ig:organiser id:organisation\\/amber-cluster ; ig:attendee id:person\\/ona-petraite .
}
"""


def _build(root: Path, trig: str) -> Store:
    dataset = ox.Dataset(ox.parse(trig, format=ox.RdfFormat.TRIG))
    nquads = root.parent / f"{root.name}.nq"
    ox.serialize(dataset, nquads, format=ox.RdfFormat.N_QUADS)
    store = Store(root)
    store.replace_with([nquads])
    return store


@pytest.fixture(scope="session")
def sample_trig() -> str:
    """The sample graph as TriG text."""
    return SAMPLE_TRIG


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A store holding :data:`SAMPLE_TRIG` (read-only: build another one to change it)."""
    return _build(tmp_path_factory.mktemp("sample") / "store", SAMPLE_TRIG)


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    """A store that has never been built."""
    return Store(tmp_path / "empty-store")


STARTUP_SECONDS = 90  # a first start of `innograph serve` builds a corpus


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(command: Sequence[str], *, cwd: Path, log: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``command --port FREE`` on 127.0.0.1 until ``/health`` answers 200; yield its base URL; stop it.

    Output goes to ``log``, which the caller may read afterwards.
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        process = subprocess.Popen([*command, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, cwd=cwd,
                                   env={**os.environ, **(env or {})})
        try:
            _wait_for(f"{base}/health", process, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def _wait_for(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {STARTUP_SECONDS} s")


OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """A real ``oxigraph serve`` (PyPI ``oxigraph``) on a free port of 127.0.0.1, its data and log in ``folder``."""
    port, log = free_port(), folder / "oxigraph.log"
    base = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(folder / "oxigraph-data"),
                                    "--bind", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_for(f"{base}/query?query=ASK%7B%7D", process, log)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=15)


@pytest.fixture(scope="session")
def oxigraph() -> Callable[[Path], AbstractContextManager[str]]:
    """``with oxigraph(folder) as base_url:`` runs a real Oxigraph server (see oxigraph_server)."""
    return oxigraph_server


@pytest.fixture(scope="session")
def launch() -> Callable[..., AbstractContextManager[str]]:
    """``with launch(command, cwd=..., log=...) as base_url:`` runs a real server (see running_server)."""
    return running_server


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A store built from the bundled corpus by the real pipeline (read-only: do not rebuild it)."""
    from innograph.pipeline import build
    from innograph.settings import Settings

    root = tmp_path_factory.mktemp("corpus") / "store"
    assert build([], Settings.load({}, store=root)).complete
    return Store(root)
