"""The web UI in a real browser, as a user uses it: Debian's chromium, headless, driven by Playwright.

One store is built from the bundled corpus and served by ``innograph serve`` on 127.0.0.1 for the
module. Every page load is watched: a console error, an uncaught exception, a failed request, an
HTTP error or a request that leaves this machine fails the test. Screenshots go to
``test-artifacts/`` at the repository root.

Without chromium or the ``playwright`` package the tests skip (install with
``apt-get install chromium`` and ``pip install '.[test]'``); with ``INNOGRAPH_REQUIRE_BROWSER=1``
(set by CI) they fail instead.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
import pytest

from innograph.graph import Store
from innograph.pipeline import build
from innograph.settings import Settings

if TYPE_CHECKING:  # the package may be missing: then the tests skip
    from playwright.sync_api import Browser, ConsoleMessage, Page, Response, Route

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TIMEOUT_MS = 15_000  # every wait in the browser is bounded by this
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL_HINT = "install it with `apt-get install chromium` and `pip install '.[test]'` (never `playwright install`)"
HAEPPI_PARTNERS = ('PREFIX ig: <https://w3id.org/innograph/ontology#> '
                   'SELECT ?o WHERE { ?p ig:acronym "HAePPI" ; ig:participant ?o }')
BROKEN_QUERY = "SELECT ?s WHERE { ?s ?p }"
ACTIVE = ".tabPanel.active"  # YASGUI's visible tab
RESULT_ROWS = f"{ACTIVE} .yasr_results table tbody tr"
ICON_HREF = """() => {
  const link = document.querySelector("link[rel~='icon']");
  return link ? link.href : new URL("/favicon.ico", location.href).href;
}"""


def _unavailable(reason: str) -> None:
    if os.environ.get("INNOGRAPH_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} and INNOGRAPH_REQUIRE_BROWSER=1: {INSTALL_HINT}")
    pytest.skip(f"{reason}: {INSTALL_HINT}")


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        _unavailable("chromium is not installed")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed")
    return path


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    for old in ARTIFACTS.glob("browser-*.png"):  # the folder shows this run's screenshots only
        old.unlink()
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def store_root(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser") / "store"
    assert build([], Settings.load({}, store=root)).complete
    return root


@pytest.fixture(scope="module")
def server(store_root: Path, launch) -> Iterator[str]:
    command = [sys.executable, "-m", "innograph", "serve", "--store", str(store_root), "--host", "127.0.0.1"]
    with launch(command, cwd=store_root.parent, log=store_root.parent / "serve.log") as base:
        yield base


class Watch:
    """Everything that went wrong on a page, as messages; ``allowed``: expected (HTTP status, URL)s."""

    def __init__(self, page: Page) -> None:
        self.problems: list[str] = []
        self.allowed: set[tuple[int, str]] = set()
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught exception: {error}"))
        page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.method} {r.url}: {r.failure}"))
        page.on("response", self._response)
        page.context.route("**/*", self._offline)

    def _console(self, message: ConsoleMessage) -> None:
        url = message.location.get("url", "")
        if message.type != "error" or any(f"status of {s} " in message.text and url == u for s, u in self.allowed):
            return
        self.problems.append(f"console error: {message.text} ({url})")

    def _response(self, response: Response) -> None:
        if response.status >= 400 and (response.status, response.url) not in self.allowed:
            self.problems.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    def _offline(self, route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname in ("127.0.0.1", "localhost") or url.startswith("data:"):
            route.continue_()
            return
        self.problems.append(f"request leaves this machine: {url}")
        route.abort()

    def check(self, page: Page) -> None:
        # Headless chromium asks for the tab icon late or not at all (and Playwright does not route
        # that request), so ask for it here, as a browser with a visible tab does.
        href = page.evaluate(ICON_HREF)
        if not href.startswith("data:") and (status := httpx.get(href, timeout=10).status_code) != 200:
            self.problems.append(f"the tab icon {href} answers HTTP {status}")
        assert not self.problems, "the page reported problems:\n" + "\n".join(self.problems)


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest, record_property) -> Iterator[tuple[Page, Watch]]:
    """A fresh browser context per test; if the test fails, a screenshot of where it stopped."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    opened = context.new_page()
    failed_before = request.session.testsfailed
    try:
        yield opened, Watch(opened)
    finally:
        if request.session.testsfailed > failed_before:
            screenshot(opened, f"browser-FAILED-{request.node.name}", record_property)
        context.close()


def screenshot(page: Page, name: str, record_property) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    record_property("screenshot", str(path))
    print(f"screenshot: {path}")


def example_queries() -> dict[str, tuple[str, str]]:
    """File name (without .rq) -> (title from the '# title:' header, query text), in file order."""
    folder = resources.files("innograph.server.queries")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    texts = {f.name[: -len(".rq")]: f.read_text(encoding="utf-8") for f in files}
    return {name: (re.search(r"^# title: *(.+?) *$", text, re.M).group(1), text) for name, text in texts.items()}


def solutions(store_root: Path, query: str) -> list[dict[str, str]]:
    result = Store(store_root).query(query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


def editor_text(page: Page) -> str:
    return page.evaluate(f"document.querySelector('{ACTIVE} .CodeMirror').CodeMirror.getValue()")


def type_query(page: Page, query: str) -> None:
    page.click(f"{ACTIVE} .CodeMirror-code")
    page.keyboard.press("Control+A")
    page.keyboard.type(query)
    assert editor_text(page) == query, "the editor changed what was typed (autocompletion?)"


def wait_for_results(page: Page, count: int) -> None:
    from playwright.sync_api import expect

    noun = "result" if count == 1 else "results"
    expect(page.locator(f"{ACTIVE} .yasr_response_chip")).to_contain_text(f"{count} {noun} in")
    expect(page.locator(RESULT_ROWS)).to_have_count(min(count, 50))  # YASR's default page size is 50


def test_home_page_shows_counts_and_links_every_example(page, server, store_root, record_property) -> None:
    tab, watch = page
    tab.goto(f"{server}/")
    counts = {row.locator("th").inner_text(): row.locator("td").inner_text()
              for row in tab.locator("table.counts tr").all()}
    documents = solutions(store_root, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE "
                                      "{ ?d a <https://w3id.org/innograph/ontology#Document> }")[0]["n"]
    projects = solutions(store_root, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE "
                                     "{ ?p a <https://w3id.org/innograph/ontology#Project> }")[0]["n"]
    assert counts["documents"] == f"{int(documents):,}" and int(documents) > 0
    assert counts["project entities"] == f"{int(projects):,}" and int(projects) > 0
    assert counts["statements (over all graphs)"] == f"{len(Store(store_root)):,}"
    links = [a.get_attribute("href") for a in tab.locator("dl.examples a", has_text="open in the editor").all()]
    assert links == [f"{server}/sparql#example={name}" for name in example_queries()]
    bar = tab.locator("header.bar").evaluate("bar => getComputedStyle(bar).backgroundColor")
    assert bar == "rgb(23, 50, 77)", "innograph.css did not apply (the header bar is not #17324d)"
    screenshot(tab, "browser-1-home", record_property)
    watch.check(tab)


@pytest.mark.parametrize("name", ["01-project-partners", "09-foreign-partners"])
def test_example_query_opens_from_home_and_runs(page, server, store_root, record_property, name) -> None:
    tab, watch = page
    title, query = example_queries()[name]
    expected = solutions(store_root, query)
    assert expected, f"example {name} finds nothing in the bundled corpus"
    tab.goto(f"{server}/")
    tab.click(f'a[href$="#example={name}"]')
    tab.wait_for_selector(f"{ACTIVE} .CodeMirror")
    assert tab.locator(".tab.active").inner_text().strip(" \n✖") == title
    assert editor_text(tab) == query
    tab.click(f"{ACTIVE} .yasqe_queryButton")
    wait_for_results(tab, len(expected))
    first_row = tab.locator(RESULT_ROWS).first.inner_text()
    iris = [value for value in expected[0].values() if value.startswith("https://w3id.org/innograph/id/")]
    assert iris and all(iri in first_row for iri in iris), f"{iris} not in the first row: {first_row}"
    width, viewport = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= viewport, f"the page scrolls sideways ({width} px in a {viewport} px window)"
    screenshot(tab, f"browser-2-sparql-example-{name}", record_property)
    watch.check(tab)


def test_typed_query_lists_haeppi_partners(page, server, store_root, record_property) -> None:
    tab, watch = page
    expected = {row["o"] for row in solutions(store_root, HAEPPI_PARTNERS)}
    tab.goto(f"{server}/sparql")
    tab.click(".tabsList .addTab")
    type_query(tab, HAEPPI_PARTNERS)
    tab.keyboard.press("Control+Enter")
    wait_for_results(tab, len(expected))
    shown = {re.sub(r"^\d+\s*<|>$", "", row.inner_text().strip()) for row in tab.locator(RESULT_ROWS).all()}
    assert shown == expected and len(shown) == 6
    screenshot(tab, "browser-3-typed-query", record_property)
    watch.check(tab)


def test_syntax_error_shows_the_servers_message(page, server, record_property) -> None:
    from playwright.sync_api import expect

    tab, watch = page
    answer = httpx.post(f"{server}/sparql", data={"query": BROKEN_QUERY}, timeout=10)
    assert answer.status_code == 400 and answer.text.strip()
    tab.goto(f"{server}/sparql")
    type_query(tab, BROKEN_QUERY)
    watch.allowed.add((400, f"{server}/sparql"))
    with tab.expect_response(f"{server}/sparql") as response:
        tab.keyboard.press("Control+Enter")
    assert response.value.status == 400
    expect(tab.locator(f"{ACTIVE} .yasr")).to_contain_text(answer.text.strip())
    assert tab.locator(RESULT_ROWS).count() == 0
    screenshot(tab, "browser-4-syntax-error", record_property)
    watch.check(tab)


# -- the home page's pictures -------------------------------------------------------------------
PICTURES_READY = "body[data-pictures=ready]"
FARTHEST_PROJECT = """() => {
  const cy = window.innographHome.network, box = cy.container().getBoundingClientRect();
  const projects = cy.nodes("[type = 'project']").filter(n => n.data("path"));
  let best = null, room = -1;
  projects.forEach(n => {
    const p = n.renderedPosition();
    const near = Math.min(...cy.nodes().not(n).map(m => Math.hypot(m.renderedPosition().x - p.x, m.renderedPosition().y - p.y)));
    const inside = p.x > 10 && p.y > 10 && p.x < box.width - 10 && p.y < box.height - 10;
    if (inside && near > room) { best = n; room = near; }
  });
  const p = best.renderedPosition();
  return {x: box.left + p.x, y: box.top + p.y, path: best.data("path"), room: room};
}"""


def api_json(server: str, name: str) -> dict:
    answer = httpx.get(f"{server}/api/{name}", timeout=30)
    assert answer.status_code == 200
    return answer.json()


def test_home_page_draws_the_network_timeline_and_countries(page, server, record_property) -> None:
    tab, watch = page
    network, timeline, countries = (api_json(server, n) for n in ("network", "timeline", "countries"))
    assert network["nodes"] and timeline["projects"] and countries["countries"]
    tab.goto(f"{server}/")
    tab.wait_for_selector(PICTURES_READY)
    drawn = tab.evaluate("""() => { const cy = window.innographHome.network; return {
        nodes: cy.nodes().length, edges: cy.edges().length,
        placed: cy.nodes().every(n => Number.isFinite(n.position("x")) && Number.isFinite(n.position("y"))),
        spread: cy.nodes().boundingBox().w > 100, visible: cy.nodes(":visible").length,
        types: [...new Set(cy.nodes().map(n => n.data("type")))].sort() }; }""")
    assert drawn == {"nodes": len(network["nodes"]), "edges": len(network["edges"]), "placed": True, "spread": True,
                     "visible": len(network["nodes"]), "types": ["organisation", "programme", "project"]}
    bars = tab.evaluate("""() => { const t = window.innographHome.timeline, c = window.innographHome.countries; return {
        timeline: t.data.labels, drawn: t.getDatasetMeta(0).data.length,
        countries: c.data.labels, counts: c.data.datasets[0].data }; }""")
    assert bars["timeline"] == [p["label"] for p in timeline["projects"]] and bars["drawn"] == len(timeline["projects"])
    assert bars["countries"] == [c["label"] for c in countries["countries"]]
    assert bars["counts"] == [c["organisations"] for c in countries["countries"]]
    for canvas in ("#network canvas", "#timeline", "#countries"):
        box = tab.locator(canvas).first.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100, canvas
    screenshot(tab, "browser-5-home-pictures", record_property)
    watch.check(tab)


def test_clicking_a_network_node_opens_its_page(page, server, record_property) -> None:
    tab, watch = page
    tab.goto(f"{server}/")
    tab.wait_for_selector(PICTURES_READY)
    tab.locator("#network").scroll_into_view_if_needed()
    watch.check(tab)
    target = tab.evaluate(FARTHEST_PROJECT)
    assert target["path"].startswith("/id/project/") and target["room"] > 12
    page_url = f"{server}/page/{target['path'].removeprefix('/id/')}"  # /id/X answers 303 to /page/X for browsers
    with tab.expect_navigation(url=page_url):
        tab.mouse.click(target["x"], target["y"])
    assert tab.url == page_url
    screenshot(tab, "browser-6-node-clicked", record_property)
    assert not watch.problems, watch.problems


def test_search_box_asks_search(page, server) -> None:
    tab, watch = page
    tab.goto(f"{server}/")
    watch.check(tab)
    tab.fill("#search-q", "Lithuanian cluster")
    with tab.expect_navigation(url=f"{server}/search?q=Lithuanian+cluster"):
        tab.keyboard.press("Enter")
    assert tab.url == f"{server}/search?q=Lithuanian+cluster"
    assert not watch.problems, watch.problems


def answer_with(body: dict) -> Callable[[Route], None]:
    return lambda route: route.fulfill(json=body)


def test_home_page_says_so_when_there_is_nothing_to_draw(page, server, record_property) -> None:
    from playwright.sync_api import expect

    tab, watch = page
    empty = {"network": {"nodes": [], "edges": [], "truncated": False}, "timeline": {"projects": []},
             "countries": {"countries": []}}
    for name, body in empty.items():
        tab.route(f"{server}/api/{name}", answer_with(body))
    tab.goto(f"{server}/")
    tab.wait_for_selector(PICTURES_READY)
    for box in ("#network", "#timeline-box", "#countries-box"):
        expect(tab.locator(f"{box} p.empty")).to_have_text(tab.locator(box).get_attribute("data-empty"))
    assert tab.evaluate("[innographHome.network, innographHome.timeline, innographHome.countries]") == [None] * 3
    screenshot(tab, "browser-7-home-empty", record_property)
LABEL = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE {{ <{}> rdfs:label ?l }}"
HAEPPI_COORDINATOR = ('PREFIX ig: <https://w3id.org/innograph/ontology#> '
                      'SELECT ?p ?o WHERE { ?p ig:acronym "HAePPI" ; ig:coordinator ?o }')


def local_path(iri: str) -> str:
    return iri[len(Settings().base):]


def test_linked_data_browsing_from_an_iri_to_a_source_document(page, server, store_root, record_property) -> None:
    from playwright.sync_api import expect

    tab, watch = page
    fact = solutions(store_root, HAEPPI_COORDINATOR)[0]
    tab.goto(f"{server}/id/{local_path(fact['p'])}")  # 303 to the page, as a browser asks for HTML
    assert tab.url == f"{server}/page/{local_path(fact['p'])}"
    expect(tab.locator("h1")).to_have_text(solutions(store_root, LABEL.format(fact["p"]))[0]["l"])
    screenshot(tab, "browser-5-entity-page", record_property)
    tab.click(f'table.outgoing a[href="/page/{local_path(fact["o"])}"]')
    tab.wait_for_url(f"{server}/page/{local_path(fact['o'])}")
    expect(tab.locator("h1")).to_have_text(solutions(store_root, LABEL.format(fact["o"]))[0]["l"])
    row = tab.locator("table.incoming tr", has=tab.locator(f'a[href="/page/{local_path(fact["p"])}"]'))
    row.locator("details.sources summary").first.click()
    source = row.locator("a.source").first
    href = source.get_attribute("href")
    assert href and "#span-" in href
    source.click()
    tab.wait_for_url(f"{server}{href}")
    anchor = href.split("#", 1)[1]
    expect(tab.locator(f"#{anchor}")).to_have_count(1)
    expect(tab.locator(f'.mention.target[data-spans~="{anchor}"]').first).to_be_visible()
    screenshot(tab, "browser-6-document-span", record_property)
    watch.check(tab)


def test_search_box_finds_an_entity_by_its_lithuanian_name(page, server, store_root, record_property) -> None:
    from playwright.sync_api import expect

    tab, watch = page
    fact = solutions(store_root, HAEPPI_COORDINATOR)[0]
    tab.goto(f"{server}/page/{local_path(fact['o'])}", wait_until="networkidle")
    box = tab.locator("header input[name=q]")
    box.fill("ivita sveikatingumo klasteris")
    with tab.expect_navigation(url=re.compile(r".*/search\?q=ivita")):
        box.press("Enter")
    expected = solutions(store_root, 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e WHERE '
                                     '{ ?e skos:altLabel|skos:prefLabel "iVita Sveikatingumo klasteris"@lt }')
    assert expected, "the corpus no longer names iVita in Lithuanian"
    first = tab.locator("ol.results a.result").first
    expect(first).to_have_attribute("href", f"/page/{local_path(expected[0]['e'])}")
    screenshot(tab, "browser-7-search", record_property)
    first.click()
    tab.wait_for_url(f"{server}/page/{local_path(expected[0]['e'])}")
    watch.check(tab)
