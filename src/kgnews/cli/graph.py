"""The commands over a built graph: `export`, `viz`, `query`, `serve` and `push`."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kgnews.cli.app import EXIT_FAILED, _error, app, console


@app.command()
def export(
    graph: Annotated[Path, typer.Argument(help="A graph.trig, graph.nq or graph.jsonld that `kgnews build` wrote.")] = Path(
        "outputs/graph.trig"
    ),
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="turtle, trig, nquads, ntriples, jsonld, graphml, gexf or csv (repeatable; default all)."),
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the files.")] = Path("outputs"),
) -> None:
    """Write a built graph in other formats: RDF, GraphML and GEXF for Gephi, CSV nodes and edges.

    Example: kgnews export outputs/graph.trig --format graphml --format csv -o gephi/
    """
    from rdflib import Dataset

    from kgnews.export import FORMATS, write_outputs

    unknown = sorted(set(formats or ()) - set(FORMATS))
    if unknown or not graph.is_file():
        problem = f"unknown format {', '.join(unknown)}" if unknown else f"{graph}: no such file"
        _error(str(problem))
        raise typer.Exit(EXIT_FAILED)
    dataset = Dataset()
    dataset.parse(graph, format={".nq": "nquads", ".jsonld": "json-ld"}.get(graph.suffix, "trig"))
    for path in write_outputs(dataset, output, formats or tuple(FORMATS)):
        console.print(f"wrote {escape(str(path))}", highlight=False)


@app.command()
def viz(
    entity: Annotated[str | None, typer.Option("--entity", "-e", help="Show this entity's neighbourhood (name or alias).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="How many links away from --entity to show.")] = 1,
    types: Annotated[list[str] | None, typer.Option("--type", "-t", help="Show only this type (repeatable).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("outputs/view.html"),
    source: Annotated[Path, typer.Option("--input", "-i", help="A build folder or a graph file.")] = Path("outputs"),
) -> None:
    """Write an interactive HTML page (offline, self-contained) of the graph or of one entity's neighbourhood.

    Reads graph.trig (else graph.nq, graph.jsonld, graph.ttl) from the folder `kgnews build` wrote.

    Example: kgnews viz --entity "Phan Trọng Nghĩa" --hops 2 --type Person --type Organization -o nghia.html
    """

    from kgnews.viz import render_html
    from kgnews.viz.source import load_graph

    try:
        graph = load_graph(source)
        render_html(graph, output, entity=entity, hops=hops, types=types)
    except (FileNotFoundError, LookupError) as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILED) from exc
    if not graph.number_of_nodes():
        _error(f"{source}: the graph has no nodes", "[yellow]warning[/yellow]")
    console.print(f"wrote {escape(str(output))}")


Outputs = Annotated[Path, typer.Option("--input", "-i", help="The build folder (outputs of `kgnews build`).")]


def _list_questions() -> None:
    from kgnews.query import saved_questions

    table = Table(title="Saved questions (ontology/queries)")
    for column in ("name", "answers", "parameters"):
        table.add_column(column, overflow="fold")
    for question in saved_questions().values():
        params = ", ".join(f"--{p.name}{'' if p.required else ' (optional)'}: {p.help}" for p in question.params)
        table.add_row(question.name, question.summary, params)
    console.print(table)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def query(
    ctx: typer.Context,
    question: Annotated[str | None, typer.Argument(help="A saved question's name, a .rq file, or SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json, or turtle for graphs.")] = "table",
    source: Outputs = Path("outputs"),
    endpoint: Annotated[str | None, typer.Option(help="Ask a SPARQL 1.1 endpoint instead of the built store.")] = None,
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved questions and their parameters.")] = False,
) -> None:
    """Run SPARQL 1.1 (SELECT, ASK, CONSTRUCT, DESCRIBE) over the built graph.

    Saved questions take their parameters as options; values are bound, never pasted into the query.

    Example: kgnews query who-held --post "Trưởng Ban Dân vận Trung ương" --on 2015
    """
    from kgnews.query import open_store, run_query
    from kgnews.query.remote import query_endpoint
    from kgnews.query.results import render
    from kgnews.query.saved import parse_params, resolve

    if list_saved or question is None:
        _list_questions()
        return
    try:
        params = parse_params(ctx.args)
        title, text = resolve(question, params)
        result = query_endpoint(endpoint, text, params) if endpoint else run_query(open_store(source), text, params)
        rendered = render(result, fmt)
    except (ValueError, SyntaxError, OSError) as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILED) from exc
    if isinstance(rendered, Table):
        rendered.title = title
        console.print(rendered)
    else:
        print(rendered, end="" if rendered.endswith("\n") else "\n")


@app.command()
def serve(
    source: Outputs = Path("outputs"),
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 7878,
) -> None:
    """Serve the built store as a SPARQL 1.1 Protocol endpoint on 127.0.0.1 (the Oxigraph server).

    Query it at http://127.0.0.1:PORT/query; stop it with Ctrl-C.

    Example: kgnews serve --port 7878
    """
    from kgnews.query.remote import serve as start
    from kgnews.query.store import QUADS_FILE, STORE_DIR, load_store

    store_dir = source / STORE_DIR
    if not store_dir.is_dir():
        if not (source / QUADS_FILE).is_file():
            _error(f"{source}: no store: run `kgnews build` first")
            raise typer.Exit(EXIT_FAILED)
        load_store(source / QUADS_FILE, store_dir)
    console.print(f"SPARQL endpoint: http://127.0.0.1:{port}/query")
    process = start(store_dir, port)

    def stop(*_: object) -> None:
        process.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        status = process.wait()
    except KeyboardInterrupt:
        process.terminate()
        status = process.wait()
    raise typer.Exit(0 if status in (0, -signal.SIGTERM) else status)


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")],
    source: Outputs = Path("outputs"),
) -> None:
    """Load the built graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    One named graph per article, replaced (not duplicated) when pushed again. Works with Apache Jena
    Fuseki (http://host:3030/DATASET/data), GraphDB and Oxigraph servers.

    Example: kgnews push --endpoint http://127.0.0.1:7878/store
    """
    from kgnews.query import open_store
    from kgnews.query.remote import push as send

    try:
        count = send(open_store(source), endpoint)
    except OSError as exc:
        _error(f"{endpoint}: {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    console.print(f"pushed {count} named graphs to {escape(endpoint)}", highlight=False)
