"""Writes and dumps through innograph on a remote store (a real ``oxigraph serve``), against the on-disk store.

Each test serves the same sample twice over real HTTP on 127.0.0.1 (uvicorn in a thread): once from the
on-disk store, once from a remote Oxigraph server, and sends both the same requests.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from _serving import serving
from innograph.graph import RemoteStore, Store
from rdflib import Graph
from rdflib.compare import isomorphic

TOKEN = "remote-token"
AUTH = {"authorization": f"Bearer {TOKEN}"}
ID = "https://w3id.org/innograph/id/"
IG = "https://w3id.org/innograph/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NEWS = f"{ID}document/news-1"
NEW = f"{ID}document/added"


def _nquads(trig: str, path: Path) -> Path:
    ox.serialize(ox.Dataset(ox.parse(trig, format=ox.RdfFormat.TRIG)), path, format=ox.RdfFormat.N_QUADS)
    return path


@pytest.fixture
def pair(oxigraph, sample_trig: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Base URLs of innograph on the on-disk store and on a remote store, both holding the sample, writes enabled."""
    nquads = _nquads(sample_trig, tmp_path / "sample.nq")
    local = Store(tmp_path / "local")
    local.replace_with([nquads])
    with oxigraph(tmp_path) as url:
        remote = RemoteStore(url, timeout=10)
        remote.replace_with([nquads])
        with serving(local, enable_update=True, update_token=TOKEN) as a, \
                serving(remote, enable_update=True, update_token=TOKEN, query_timeout=10) as b:
            yield a, b


def canonical(body: bytes) -> set[ox.Quad]:
    """The quads of an N-Quads answer with canonical blank node labels, to compare datasets."""
    dataset = ox.Dataset(ox.parse(body, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


def state(base: str) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The served dataset (named graphs) and default graph, canonicalised."""
    named = httpx.get(f"{base}/store", params={"format": "nquads"}, timeout=30)
    default = httpx.get(f"{base}/store?default", headers={"accept": "application/n-triples"}, timeout=30)
    assert named.status_code == default.status_code == 200, (named.text, default.text)
    return canonical(named.content), canonical(default.content)


def update(base: str, text: str, headers: dict[str, str] = AUTH) -> httpx.Response:
    return httpx.post(f"{base}/sparql", content=text, headers={"content-type": "application/sparql-update", **headers},
                      timeout=60)


UPDATES = [
    f"INSERT DATA {{ GRAPH <{NEW}> {{ <{ID}project/new> a <{IG}Project> ; <{IG}acronym> \"NEW\" }} }}",
    f"PREFIX ig: <{IG}> INSERT DATA {{ <{ID}project/new> ig:title \"New\"@en . _:n ig:acronym \"ANON\" }}",
    f"DELETE WHERE {{ GRAPH ?g {{ <{ID}organisation/amber-cluster> <{LABEL}> ?l }} }}",
    # a rename: removes from the named graphs and adds to the default graph in one request
    f"# rename\nPREFIX ig: <{IG}>\nBASE <{ID}>\nDELETE {{ GRAPH ?g {{ ?p ig:acronym \"BRIDGE\" }} }} "
    f"INSERT {{ ?p ig:acronym \"BRIDGE-2\" ; ig:relatedProject <project/new> }} WHERE {{ GRAPH ?g {{ ?p ig:acronym \"BRIDGE\" }} }}",
    f"DELETE DATA {{ <{ID}project/bridge> <{IG}budget> 1199999.5 }} ;",  # only the default graph: restored from the union
    f"DROP GRAPH <{NEW}> ; INSERT DATA {{ GRAPH <urn:g1> {{ <urn:a> <urn:b> \"c\" }} }} # and a comment",
    f"DELETE WHERE {{ GRAPH <{ID}graph/updates> {{ ?s <{IG}acronym> \"ANON\" }} }}",
    "INSERT DATA { <urn:x> <urn:y> <urn:z> . GRAPH <urn:g2> { <urn:x> <urn:y> <urn:z> } }",  # named too: not the update's own
    f"INSERT DATA {{ <{ID}organisation/fjord-agency> <{LABEL}> \"Fjord Agency\"@en }}",  # already in the default graph
    f"DELETE DATA {{ GRAPH <{ID}document/naujienos-2> {{ <{ID}organisation/amber-cluster> <{IG}mentionedIn> <{NEWS}> }} }}",
    "DELETE DATA { GRAPH <urn:g2> { <urn:x> <urn:y> <urn:z> } . <urn:a> <urn:b> \"c\" }",
    # WHERE operations applied by delta: into a named graph, one after the other, an unbound template variable,
    # a delete from the default graph alone (restored from the union), an insert into it of what a graph holds
    f"PREFIX ig: <{IG}> INSERT {{ GRAPH <urn:g3> {{ ?o a ig:Seen ; ig:label ?l }} }} WHERE {{ ?o <{LABEL}> ?l }} ; "
    f"DELETE WHERE {{ GRAPH <urn:g3> {{ ?o a ig:Seen }} }}",
    f"INSERT {{ GRAPH <urn:g3> {{ ?s <urn:named> ?l }} }} WHERE {{ ?s a <{IG}Project> OPTIONAL {{ ?s <urn:none> ?l }} }}",
    f"DELETE {{ ?s <{LABEL}> ?l }} WHERE {{ ?s <{LABEL}> ?l }}",
    f"INSERT {{ ?s <{IG}acronym> ?a }} WHERE {{ GRAPH ?g {{ ?s <{IG}acronym> ?a }} }}",
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",  # deletes the record of its own changes too
    "INSERT DATA { GRAPH <urn:g4> { <urn:a> <urn:b> 1 } }",
    "CLEAR ALL",
]


def test_updates_on_the_remote_store_give_what_they_give_on_the_local_one(pair):
    local, remote = pair
    assert state(local) == state(remote)
    for text in UPDATES:
        answers = update(local, text), update(remote, text)
        assert [a.status_code for a in answers] == [204, 204], (text, [a.text for a in answers])
        named, default = state(local)
        assert (named, default) == state(remote), text
        if "BRIDGE-2" in text:  # the rename's new acronym is the update's own: kept
            renamed = ox.Triple(ox.NamedNode(f"{ID}project/bridge"), ox.NamedNode(f"{IG}acronym"), ox.Literal("BRIDGE-2"))
            assert renamed in {q.triple for q in default} and ox.Literal("BRIDGE") not in {q.object for q in default}
        union = {ox.Triple(q.subject, q.predicate, q.object) for q in named}
        assert {ox.Triple(q.subject, q.predicate, q.object) for q in default} == union  # the default graph is the union


@pytest.mark.parametrize(("text", "status"), [
    ("INSERT DATA { <urn:a> <urn:b> ", 400),
    ("DROP GRAPH <urn:innograph:no-such-graph>", 404),
    (f"CREATE GRAPH <{NEWS}>", 400),
    ("LOAD <http://127.0.0.1:9/data.ttl>", 403),
])
def test_a_failing_update_has_the_same_status_and_message_on_both_and_changes_nothing(pair, text, status):
    local, remote = pair
    before = state(remote)
    answers = update(local, text), update(remote, text)
    assert [a.status_code for a in answers] == [status, status]
    assert answers[0].text == answers[1].text.replace(remote, local)
    assert state(remote) == before == state(local)


def test_graph_store_writes_on_the_remote_store_give_what_they_give_on_the_local_one(pair):
    turtle = f"<{ID}project/new> a <{IG}Project> ; <{IG}acronym> \"NEW\" ; <{IG}description> [ <{LABEL}> \"x\" ] ."
    more = f"<{ID}project/new> <{IG}title> \"New\"@en ."
    steps = [("PUT", turtle, "text/turtle"), ("PUT", turtle, "text/turtle"), ("POST", more, "application/n-triples"),
             ("POST", "<urn:a> <urn:b> .", "application/n-triples"), ("DELETE", "", None), ("DELETE", "", None),
             ("PUT", more, "application/rdf+json")]
    for method, body, media_type in steps:
        headers = {**AUTH, **({"content-type": media_type} if media_type else {})}
        answers = [httpx.request(method, f"{base}/store", params={"graph": NEW}, content=body, headers=headers, timeout=60)
                   for base in pair]
        assert answers[0].status_code == answers[1].status_code, (method, body, [a.text for a in answers])
        assert state(pair[0]) == state(pair[1]), (method, body)
    statuses = [httpx.put(f"{pair[1]}/store", params={"graph": NEW}, content=more,
                          headers={**AUTH, "content-type": "text/turtle"}).status_code for _ in range(2)]
    assert statuses == [201, 204]


def test_writes_need_the_flag_and_the_token_on_a_remote_store_too(oxigraph, sample_trig, tmp_path):
    with oxigraph(tmp_path) as url:
        remote = RemoteStore(url, timeout=10)
        remote.replace_with([_nquads(sample_trig, tmp_path / "sample.nq")])
        before = len(remote)
        with serving(remote) as read_only, serving(remote, enable_update=True, update_token=TOKEN) as writable:
            insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
            assert update(read_only, insert).status_code == 403
            assert httpx.put(f"{read_only}/store", params={"graph": NEW}, content="<urn:a> <urn:b> <urn:c> .",
                             headers={**AUTH, "content-type": "text/turtle"}).status_code == 403
            assert update(writable, insert, headers={"authorization": "Bearer wrong"}).status_code == 401
        assert len(remote) == before


@pytest.mark.parametrize(("params", "accept", "rdf_format"), [
    ({"graph": NEWS}, "text/turtle", ox.RdfFormat.TURTLE),
    ({"graph": NEWS}, "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ({"graph": NEWS}, "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ({"graph": NEWS}, "application/ld+json", ox.RdfFormat.JSON_LD),
    ({"default": ""}, "text/turtle", ox.RdfFormat.TURTLE),
    ({}, "application/trig", ox.RdfFormat.TRIG),
    ({}, "application/n-quads", ox.RdfFormat.N_QUADS),
    ({}, "application/ld+json", ox.RdfFormat.JSON_LD),
])
def test_dumps_of_the_remote_store_hold_what_the_local_dumps_hold(pair, params, accept, rdf_format):
    answers = [httpx.get(f"{base}/store", params=params, headers={"accept": accept}, timeout=30) for base in pair]
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[1].headers["content-type"].startswith(accept)
    local, remote = (ox.Dataset(ox.parse(a.content, format=rdf_format)) for a in answers)
    for dataset in (local, remote):
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    assert set(local) == set(remote) and len(remote) > 10


def test_a_dump_of_a_graph_the_remote_lacks_is_404(pair):
    answers = [httpx.get(f"{base}/store", params={"graph": "urn:innograph:no-such-graph"}, timeout=30) for base in pair]
    assert [a.status_code for a in answers] == [404, 404]


def test_a_dump_larger_than_a_chunk_streams_whole(oxigraph, tmp_path):
    lines = "".join(f'<urn:s{i}> <urn:p> "v{i}" <urn:g{i % 7}> .\n' for i in range(45_000))
    source = tmp_path / "big.nq"
    source.write_text(lines, encoding="utf-8")
    with oxigraph(tmp_path) as url:
        remote = RemoteStore(url, timeout=30)
        remote.replace_with([source])
        with serving(remote, query_timeout=30) as base:
            trig = httpx.get(f"{base}/store", headers={"accept": "application/trig"}, timeout=60)
            turtle = httpx.get(f"{base}/store?default", headers={"accept": "text/turtle"}, timeout=60)
    assert canonical(ox.serialize(ox.parse(trig.content, format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS)) \
        == canonical(source.read_bytes())
    assert len(Graph().parse(data=turtle.text, format="turtle")) == 45_000


@contextmanager
def silent_remote() -> Iterator[str]:
    """A socket on 127.0.0.1 that accepts connections and never answers: a hung remote store."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection in held:
            connection.close()
        listener.close()


def test_health_and_dumps_answer_in_time_when_the_remote_store_hangs():
    with silent_remote() as url, serving(RemoteStore(url, timeout=1.0), query_timeout=1.0) as base:
        started = time.monotonic()
        health = httpx.get(f"{base}/health", timeout=20)
        again = httpx.get(f"{base}/health", timeout=20)  # while the first count may still be waiting
        dump = httpx.get(f"{base}/store", timeout=20)
        elapsed = time.monotonic() - started
    assert (health.status_code, again.status_code, dump.status_code) == (503, 503, 503)
    assert health.json()["status"] == again.json()["status"] == "unavailable"
    assert "did not answer" in health.json()["detail"] and health.headers["retry-after"]
    assert elapsed < 8


def test_a_local_dump_stops_at_its_time_limit(tmp_path):
    source = tmp_path / "big.nq"
    source.write_text("".join(f'<urn:s{i}> <urn:p> "v{i}" <urn:g> .\n' for i in range(60_000)), encoding="utf-8")
    store = Store(tmp_path / "store")
    store.replace_with([source])
    with serving(store, query_timeout=0.0001) as base:
        stopped = httpx.get(f"{base}/store", params={"format": "nquads"}, timeout=30)
    with serving(store) as base:
        whole = httpx.get(f"{base}/store", params={"format": "nquads"}, timeout=30)
    assert stopped.status_code == 503 and "time limit" in stopped.text
    assert whole.status_code == 200 and whole.text.count("\n") == 60_000
    assert isomorphic(Graph().parse(data=whole.text.replace(" <urn:g> .", " ."), format="nt"),
                      Graph().parse(data=source.read_text().replace(" <urn:g> .", " ."), format="nt"))


def test_a_remote_store_nobody_listens_on_is_503_for_writes_reads_and_health():
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener now
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with serving(RemoteStore(url, timeout=2.0), enable_update=True, update_token=TOKEN, query_timeout=2.0) as base:
        write = update(base, "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
        put = httpx.put(f"{base}/store", params={"graph": NEW}, content="<urn:a> <urn:b> <urn:c> .",
                        headers={**AUTH, "content-type": "text/turtle"}, timeout=20)
        query = httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=20)
        health = httpx.get(f"{base}/health", timeout=20)
    assert (write.status_code, put.status_code, query.status_code, health.status_code) == (503, 503, 503, 503)
    assert "cannot reach the remote store" in write.text and "cannot reach" in health.json()["detail"]
