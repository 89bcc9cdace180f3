"""Imports never land in the wrong policy, twice over, or at a size no policy has."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.services import protocols
from councildesk.services.database import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PRIVACY = FIXTURES / "policies" / "newbiggin-parish-council-privacy-policy.docx"
LOWESTOFT = FIXTURES / "protocols" / "lowestoft-town-council.txt"


def _names(db: Database) -> list[str]:
    with db.session() as session:
        return [p.name for p in protocols.list_policies(session)]


def test_an_import_with_anothers_title_is_kept_as_a_policy_of_its_own(db: Database) -> None:
    with db.transaction() as session:
        version = protocols.import_file(session, PRIVACY, None)
        assert version.policy.name == "Privacy Policy"
    assert _names(db) == ["Privacy Policy"]


def test_the_protocols_own_title_goes_into_the_protocol(db: Database) -> None:
    with db.transaction() as session:
        assert protocols.import_file(session, LOWESTOFT, None).policy.name == protocols.PROTOCOL


def test_a_file_the_same_as_a_kept_version_makes_nothing(db: Database) -> None:
    with db.transaction() as session:
        protocols.import_file(session, LOWESTOFT)
    with (
        pytest.raises(protocols.SameAsExistingError, match="same as version 1"),
        db.transaction() as session,
    ):
        protocols.import_file(session, LOWESTOFT)
    with db.session() as session:
        assert len(protocols.find_policy(session).versions) == 1


def test_a_text_file_bigger_than_any_policy_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("\n".join(f"{n}. Line {n} of a log file." for n in range(1, 60_001)))
    parsed: list[object] = []
    monkeypatch.setattr(protocols, "parse_blocks", lambda blocks: parsed.append(blocks))
    with pytest.raises(protocols.NotAPolicyError, match="60,000 paragraphs"):
        protocols.preview_file(huge)
    assert parsed == []  # refused before the slow part, the parsing, began


def test_the_command_line_says_where_a_titled_file_went_and_the_policy_to_give(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    main(["--db", db, "init", "--council", "Newbiggin"])
    capsys.readouterr()
    assert main(["--db", db, "protocol", "import", str(PRIVACY)]) == 0
    out, err = capsys.readouterr()
    assert "of Privacy Policy" in out
    assert "‘Privacy Policy’" in err and '--policy "Member/Officer Protocol"' in err
    assert main(["--db", db, "protocol", "import", str(PRIVACY)]) == 1
    err = capsys.readouterr().err
    assert "same as version 1 of Privacy Policy" in err and err.count("\n") == 1
    code = main(
        ["--db", db, "protocol", "import", str(PRIVACY), "--policy", "Member/Officer Protocol"]
    )
    assert code == 0  # the clerk said so
