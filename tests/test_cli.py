"""The CLI's contract with a user: one-line errors, meaningful exit codes, never a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newstrace.cli import app

runner = CliRunner()


def test_bad_date_option_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path), "--date", "17/12/2024", "-w", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "--date '17/12/2024': expected YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_bad_field_mapping_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--field", "text", "-w", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "expected OURS=THEIRS" in result.output


def test_a_file_that_is_not_a_workspace_fails_in_one_line(tmp_path):
    bogus = tmp_path / "w.db"
    bogus.write_text("not a database at all " * 100)
    result = runner.invoke(app, ["stories", "-w", str(bogus)])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newstrace:") and "cannot open" in lines[0]


def test_unknown_story_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["show", "s-nope", "-w", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "no story 's-nope'" in result.output


def test_serve_without_a_workspace_says_so(tmp_path):
    result = runner.invoke(app, ["serve", "-w", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "no workspace here" in result.output


def test_a_bug_is_reported_in_one_line_unless_debugging(tmp_path, monkeypatch, capsys):
    import pytest

    from newstrace import cli

    def broken(*args, **kwargs):
        raise ValueError("look-behind requires fixed-width pattern")

    monkeypatch.setattr(cli, "app", broken)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 3
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "internal error: ValueError: look-behind" in lines[0]
    monkeypatch.setenv("NEWSTRACE_DEBUG", "1")
    with pytest.raises(ValueError):
        cli.main()


def test_analyzing_a_folder_twice_reads_none_of_the_workspace_and_outputs_written_into_it(tmp_path, settings):
    import json

    (tmp_path / "quay.txt").write_text(" date 2025-04-02 Fire destroyed a warehouse on the Brill quay on Tuesday, "
                                       "the harbour master said.", encoding="utf-8")
    args = ["analyze", str(tmp_path), "-o", str(tmp_path / "out"), "-w", str(tmp_path / "newstrace.db"), "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["rejected"] == []
    runner.invoke(app, ["export", "--format", "html", "-o", str(tmp_path / "copy.html"),
                        "-w", str(tmp_path / "newstrace.db")])

    second = json.loads(runner.invoke(app, args).stdout)
    assert (second["added"], second["rejected"], second["workspace"]["articles"]) == (0, [], 1)
    left_out = {Path(p).relative_to(tmp_path).as_posix() for p in second["left_out"]}
    assert {"newstrace.db", "out/dossier.json", "out/report.html", "copy.html"} <= left_out


def test_the_stories_table_gives_a_span_of_days_in_one_column():
    from newstrace.cli import _published

    assert [_published("2026-05-03", "2026-05-04"), _published("2026-05-03", "2026-05-03"),
            _published("2025-12-30", "2026-01-02"), _published(None, None)] == [
        "2026-05-03..05-04", "2026-05-03", "2025-12-30..2026-01-02", "undated"]


def test_show_gives_the_casualty_summary_of_the_story(tmp_path, settings):
    import json

    (tmp_path / "mill.txt").write_text(" date 2025-04-02 Two workers were killed in a fire at the Brill quay mill "
                                       "on Tuesday, the harbour master said.", encoding="utf-8")
    workspace = str(tmp_path / "w.db")
    run = json.loads(runner.invoke(app, ["analyze", str(tmp_path / "mill.txt"), "-o", str(tmp_path / "out"),
                                         "-w", workspace, "--json"]).stdout)
    (story_id,) = run["stories_updated"]
    shown = runner.invoke(app, ["show", story_id, "-w", workspace])
    assert "casualties, killed: low 2, best 2, high 2 (from 1 figure)" in shown.stdout


def test_extract_leaves_out_a_dossier_newstrace_wrote_and_reads_the_articles_beside_it(tmp_path, settings):
    (tmp_path / "dossier.json").write_text('{\n "schema": "newstrace/dossier@1",\n "articles": []\n}', encoding="utf-8")
    (tmp_path / "quay.txt").write_text(" date 2025-04-02 Fire destroyed a warehouse on the Brill quay on Tuesday, "
                                       "the harbour master said.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 1
    assert "left out, written by newstrace:" in result.stderr and "dossier.json" in result.stderr
