"""Risk register import and export on real SQLCipher files, with the committed sample spreadsheets."""

from __future__ import annotations

import codecs
import importlib.util
import json
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.risk_input import RiskInput
from app.domain.risks import RiskStatus
from app.domain.roles import Role
from app.services.errors import PermissionDenied
from app.services.maintenance import create_database
from app.services.policy import RISK_COUNSELLORS_MAY_EDIT
from app.services.risk_import import RiskImportInvalid
from app.services.session import Session
from app.services.tabular_files import EmptyFile, FileTooLarge, UnsupportedFile, read_table, write_xlsx
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO

SAMPLES = REPO / "tests" / "data" / "risks"
RISK_TABLES = ("risks", "risk_history", "risk_reviews")
CANARY = "CANARY-IMPORT-TEXT 輔導記錄"


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "wei.ling", Role.COUNSELLOR, "counsellor-pass-1", "Chen Wei-ling")
    return workspace.sign_in("wei.ling", "counsellor-pass-1")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    """A second, empty database (the round trip's target)."""
    folder = tmp_path / "other"
    folder.mkdir()
    created = create_database(folder / "other.db", ADMIN, ADMIN_PASSWORD)
    yield created.workspace
    created.workspace.close()


def state(workspace: Workspace) -> tuple[object, ...]:
    return tuple(workspace.db.query(f"SELECT * FROM {table} ORDER BY 1") for table in RISK_TABLES)


def audit(workspace: Workspace, action: str) -> list[dict[str, object]]:
    rows = workspace.db.query("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(d) if d else {} for (d,) in rows]


def write_csv_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# -- happy paths -------------------------------------------------------------------------------------


def test_the_committed_samples_are_what_the_script_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_risk_samples", REPO / "tools" / "make_risk_samples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_risk_samples"] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_risk_samples"]
    made = module.samples()
    assert sorted(made) == sorted(p.name for p in SAMPLES.iterdir())
    for name, data in made.items():
        assert (SAMPLES / name).read_bytes() == data, name
    assert len(module.RISKS) >= 30


def test_traditional_chinese_register_imports_every_risk(workspace: Workspace, admin: Session) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv")
    assert preview.ok, preview.problems
    assert preview.warnings == ()
    assert len(preview.rows) == 33
    assert preview.rows[0].row_number == 2
    result = workspace.risk_import.apply(admin, preview)
    assert result.count == 33
    assert result.codes[:2] == ("R-001", "R-002")
    risks = {r.code: r for r in workspace.risks.list_risks(admin)}
    first = risks["R-001"]
    assert (first.title, first.source, first.owner_role) == (
        "輔導記錄誤發給錯誤收件人",
        "data_leak",
        CrisisRole.IT_SECURITY,
    )
    assert (first.scores.likelihood, first.scores.impact) == (3, 5)
    assert (first.scores.residual_likelihood, first.scores.residual_impact) == (2, 5)
    assert first.status is RiskStatus.TREATING
    assert first.last_reviewed_on == date(2026, 9, 30)
    assert first.next_review_on == date(2026, 12, 29)
    assert risks["R-013"].owner_title == "設施經理"
    assert risks["R-031"].status is RiskStatus.CLOSED
    assert risks["R-031"].next_review_on is None
    # no next review in the file: the cadence of the inherent level from the last review (High: 90 days)
    assert risks["R-002"].next_review_on == date(2026, 12, 29)
    history = {s.risk_id: s for s in workspace.risks.snapshots(admin)}
    assert history[first.id].effective_on == date(2026, 9, 30)


def test_the_xlsx_with_date_cells_imports_the_same_register(workspace: Workspace, admin: Session) -> None:
    from_csv = workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv")
    from_xlsx = workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.xlsx")
    assert from_xlsx.ok, from_xlsx.problems
    assert from_xlsx.kind == "xlsx"
    assert [(r.risk, r.last_reviewed_on) for r in from_xlsx.rows] == [
        (r.risk, r.last_reviewed_on) for r in from_csv.rows
    ]


@pytest.mark.parametrize("name", ["register_en_template.csv", "register_en_template.xlsx"])
def test_english_template_headers_import(workspace: Workspace, admin: Session, name: str) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / name)
    assert preview.ok, preview.problems
    assert preview.mapping.source_from_category
    assert preview.mapping.unused == ("Comments",)
    result = workspace.risk_import.apply(admin, preview)
    assert result.count == 33
    risks = {r.code: r for r in workspace.risks.list_risks(admin)}
    assert risks["R-004"].title == "Ransomware on the HR system"
    assert risks["R-004"].source == "cyber_attack"
    assert risks["R-004"].controls == "Offline backups weekly, EDR on servers"
    assert risks["R-004"].treatment == "Test restore quarterly; segment HR network"
    assert risks["R-006"].next_review_on is not None


def test_bilingual_workbook_picks_the_register_sheet_below_its_title_row(
    workspace: Workspace, admin: Session
) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / "register_bilingual.xlsx")
    assert preview.ok, preview.problems
    assert preview.sheet == "Risk register 風險登記冊"
    assert preview.mapping.header_row == 3
    assert preview.rows[0].row_number == 4
    assert preview.rows[0].risk is not None
    assert preview.rows[0].risk.likelihood == 3  # "3 - Possible"
    assert workspace.risk_import.apply(admin, preview).count == 33


@pytest.mark.parametrize("name", ["register_three_level_zh_cn.csv", "register_three_level_zh_cn_gb18030.csv"])
def test_three_level_scales_map_to_one_three_five(workspace: Workspace, admin: Session, name: str) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / name)
    assert preview.ok, preview.problems
    scores = {r.risk.code: (r.risk.likelihood, r.risk.impact) for r in preview.rows if r.risk}
    assert scores["R-001"] == (3, 5)  # Medium, High
    assert scores["R-002"] == (1, 5)  # 低, 高
    assert scores["R-006"] == (5, 5)  # 高, 高 (likely 4 → High → 5)
    assert workspace.risk_import.apply(admin, preview).count == 12


def test_big5_utf16_semicolons_and_excel_sep_lines_are_read(
    workspace: Workspace, admin: Session, tmp_path: Path
) -> None:
    text = (SAMPLES / "register_zh_tw.csv").read_bytes().decode("utf-8-sig")
    expected = [r.risk for r in workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv").rows]
    big5 = write_csv_text(tmp_path / "big5.csv", text, "big5hkscs")
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.replace(",", "\t").encode("utf-16-le"))
    semicolons = write_csv_text(tmp_path / "semi.csv", text.replace(",", ";"))
    excel_sep = write_csv_text(tmp_path / "sep.csv", "sep=;\r\n" + text.replace(",", ";"))
    for path in (big5, utf16, semicolons, excel_sep):
        preview = workspace.risk_import.preview(admin, path)
        assert preview.ok, (path.name, preview.problems[:3])
        assert [r.risk for r in preview.rows] == expected, path.name


def test_a_mapping_override_brings_in_an_unknown_column(
    workspace: Workspace, admin: Session, tmp_path: Path
) -> None:
    path = write_csv_text(
        tmp_path / "own.csv",
        "Hazard,Source,Who,P,I,Comments\nTyphoon closes office,Natural disaster,Crisis lead,4,3,ignore me\n",
    )
    preview = workspace.risk_import.preview(admin, path)
    assert not preview.ok
    assert {p.field for p in preview.problems} == {"title", "owner", "likelihood"}
    assert all(p.row_number == 1 for p in preview.problems)  # header problems only, not one per row
    mapped = workspace.risk_import.preview(
        admin, path, {"Hazard": "title", "Who": "owner", "P": "likelihood"}
    )
    assert mapped.ok, mapped.problems
    assert mapped.mapping.as_overrides()["Comments"] == "ignore"
    workspace.risk_import.apply(admin, mapped)
    (view,) = workspace.risks.list_risks(admin)
    assert (view.code, view.title, view.owner_role, view.scores.likelihood) == (
        "R-001",
        "Typhoon closes office",
        CrisisRole.CRISIS_LEAD,
        4,
    )


def test_rows_without_codes_are_numbered_past_every_code(
    workspace: Workspace, admin: Session, tmp_path: Path
) -> None:
    workspace.risks.create(
        admin,
        RiskInput(
            code="R-007", title="t", source="reputation", owner_role=CrisisRole.PR, likelihood=1, impact=1
        ),
    )
    path = write_csv_text(
        tmp_path / "codes.csv",
        "Code,Risk,Source,Owner,Likelihood,Impact\n,a,Reputation,PR,1,1\nR-009,b,Reputation,PR,1,1\n,c,Reputation,PR,1,1\n",
    )
    result = workspace.risk_import.apply(admin, workspace.risk_import.preview(admin, path))
    assert result.codes == ("R-010", "R-009", "R-011")  # numbered past the highest code in use


def test_owners_resolve_to_accounts_and_titles(
    workspace: Workspace, admin: Session, counsellor: Session, tmp_path: Path
) -> None:
    path = write_csv_text(
        tmp_path / "owners.csv",
        "Risk,Source,Owner,Likelihood,Impact\na,Reputation,Chen Wei-ling,1,1\nb,Reputation,WEI.LING,1,1\nc,Reputation,Office manager,1,1\n",
    )
    rows = workspace.risk_import.preview(admin, path).rows
    assert [r.risk.owner_user_id for r in rows if r.risk] == [counsellor.user_id, counsellor.user_id, None]
    assert rows[2].risk is not None
    assert rows[2].risk.owner_title == "Office manager"


def test_a_persons_name_in_the_text_is_a_warning(
    workspace: Workspace, admin: Session, counsellor: Session, tmp_path: Path
) -> None:
    path = write_csv_text(
        tmp_path / "names.csv",
        "Risk,Source,Owner,Likelihood,Impact,Controls\na,Reputation,PR,1,1,Chen Wei-ling checks the logs\n",
    )
    preview = workspace.risk_import.preview(admin, path)
    assert preview.ok
    assert len(preview.warnings) == 1
    assert "Chen" not in str(preview.warnings[0])


# -- errors: nothing imported ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken_missing_column.csv", [(1, "impact")]),
        ("broken_out_of_range.csv", [(3, "likelihood"), (6, "impact")]),
        ("broken_unknown_level.csv", [(4, "likelihood")]),
        ("broken_bad_date.csv", [(2, "last_reviewed"), (5, "next_review")]),
        ("broken_duplicate_code.csv", [(7, "code")]),
    ],
)
def test_every_row_error_class_is_reported_and_nothing_is_imported(
    workspace: Workspace, admin: Session, name: str, expected: list[tuple[int, str]]
) -> None:
    before = state(workspace)
    preview = workspace.risk_import.preview(admin, SAMPLES / name)
    assert not preview.ok
    assert [(p.row_number, p.field) for p in preview.problems] == expected
    with pytest.raises(RiskImportInvalid) as caught:
        workspace.risk_import.apply(admin, preview)
    assert caught.value.problems == preview.problems
    assert state(workspace) == before
    assert audit(workspace, "risk.imported") == []


def test_a_score_mismatch_is_only_a_warning(workspace: Workspace, admin: Session) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / "warning_score_mismatch.csv")
    assert preview.ok
    assert [(w.row_number, w.field) for w in preview.warnings] == [(3, "score")]
    assert "says 20" in preview.warnings[0].message
    assert workspace.risk_import.apply(admin, preview).count == 6
    risk = next(r for r in workspace.risks.list_risks(admin) if r.code == "R-002")
    assert risk.inherent_score == 10  # L × I, not the file's 20


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("broken_empty.csv", EmptyFile, "is empty"),
        ("broken_header_only.csv", EmptyFile, "no risks below it"),
        ("broken_not_really.xlsx", UnsupportedFile, "is a PDF"),
    ],
)
def test_unreadable_files_are_refused(
    workspace: Workspace, admin: Session, name: str, error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        workspace.risk_import.preview(admin, SAMPLES / name)


def test_wrong_types_and_oversized_files_are_refused(tmp_path: Path) -> None:
    old_xls = tmp_path / "old.xls"
    old_xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnsupportedFile, match="97–2003"):
        read_table(old_xls)
    zip_not_xlsx = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(zip_not_xlsx, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFile, match="not an Excel workbook"):
        read_table(zip_not_xlsx)
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(UnsupportedFile, match="binary"):
        read_table(binary)
    big = tmp_path / "big.csv"
    big.write_text("Risk\n" + "x\n" * 11)
    with pytest.raises(FileTooLarge, match="more than 10 rows"):
        read_table(big, max_rows=10)
    assert len(read_table(big, max_rows=11).rows) == 12


def openpyxl_rows(path: Path) -> list[tuple[object, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        names = book.sheetnames
        sheet = book[next((n for n in names if "risk" in n.lower()), names[0])]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            cells = list(values)
            while cells and cells[-1] in (None, ""):
                cells.pop()
            if cells:
                rows.append(tuple(cells))
        return rows
    finally:
        book.close()


def test_the_streaming_xlsx_reader_reads_what_openpyxl_reads(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.datetime import MAC_EPOCH

    inline = tmp_path / "inline.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Risks")
    sheet.append(["Risk", "When", "L", "Ratio", "Flag", None, "Far"])
    sheet.append(["Typhoon 颱風", date(2026, 3, 31), 3, 0.25, True, None, "z"])
    book.save(inline)
    mac = tmp_path / "mac.xlsx"
    book = Workbook()
    book.epoch = MAC_EPOCH
    book.active.append(["Reviewed", date(2026, 3, 31)])
    book.save(mac)
    for path in [*sorted(SAMPLES.glob("register_*.xlsx")), inline, mac]:
        assert [
            r.cells for r in read_table(path, prefer_sheet=lambda n: "risk" in n.lower()).rows
        ] == openpyxl_rows(path), path.name


def test_codes_taken_since_the_preview_are_refused_at_apply(workspace: Workspace, admin: Session) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv")
    workspace.risks.create(
        admin,
        RiskInput(
            code="R-005", title="t", source="reputation", owner_role=CrisisRole.PR, likelihood=1, impact=1
        ),
    )
    before = state(workspace)
    with pytest.raises(RiskImportInvalid) as caught:
        workspace.risk_import.apply(admin, preview)
    assert [(p.row_number, p.field) for p in caught.value.problems] == [(6, "code")]
    assert state(workspace) == before


def test_a_second_import_of_the_same_file_is_all_duplicates(workspace: Workspace, admin: Session) -> None:
    workspace.risk_import.apply(admin, workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv"))
    again = workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv")
    assert len(again.problems) == 33
    assert {p.field for p in again.problems} == {"code"}


# -- audit and access --------------------------------------------------------------------------------


def test_the_audit_entry_names_the_count_and_file_only(
    workspace: Workspace, admin: Session, tmp_path: Path
) -> None:
    path = write_csv_text(
        tmp_path / "secret.csv",
        f"Risk,Description,Source,Owner,Likelihood,Impact\n{CANARY},{CANARY},Data leak,Legal,2,5\n",
    )
    workspace.risk_import.apply(admin, workspace.risk_import.preview(admin, path))
    assert audit(workspace, "risk.imported") == [{"count": 1, "file": "secret.csv"}]
    log = " ".join(str(row) for row in workspace.db.query("SELECT * FROM audit_log"))
    assert "CANARY" not in log
    assert "輔導記錄" not in log


def test_hr_manager_may_not_import_but_may_export(
    workspace: Workspace, admin: Session, hr: Session, tmp_path: Path
) -> None:
    preview = workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv")
    before = state(workspace)
    with pytest.raises(PermissionDenied):
        workspace.risk_import.preview(hr, SAMPLES / "register_zh_tw.csv")
    with pytest.raises(PermissionDenied):
        workspace.risk_import.apply(hr, preview)
    assert state(workspace) == before
    denied = workspace.db.query(
        "SELECT entity_id FROM audit_log WHERE action = 'access.denied' AND actor = 'hr'"
    )
    assert ("risk.import",) in denied
    assert workspace.risk_import.export(hr, tmp_path / "out.csv", "csv") == 0


def test_counsellors_follow_the_office_policy(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    preview = workspace.risk_import.preview(counsellor, SAMPLES / "register_three_level_zh_cn.csv")
    assert preview.ok
    workspace.settings.set_value(admin, RISK_COUNSELLORS_MAY_EDIT, 0)
    with pytest.raises(PermissionDenied, match="only administrators"):
        workspace.risk_import.apply(counsellor, preview)
    assert workspace.risks.list_risks(admin) == ()


# -- export and round trip ---------------------------------------------------------------------------


def register(workspace: Workspace, session: Session) -> list[tuple[object, ...]]:
    usernames = {u.id: u.username for u in workspace.users.list(session)}
    return [
        (
            r.code, r.title, r.description, r.source, r.category, r.owner_role, r.owner_title,
            usernames.get(r.owner_user_id) if r.owner_user_id else None, r.scores, r.controls, r.treatment,
            r.actions, r.status, r.next_review_on, r.last_reviewed_on,
        )
        for r in workspace.risks.list_risks(session)
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_register(  # noqa: PLR0917 - fixtures
    workspace: Workspace, admin: Session, counsellor: Session, other: Workspace, tmp_path: Path, fmt: str
) -> None:
    workspace.risk_import.apply(
        admin, workspace.risk_import.preview(admin, SAMPLES / "register_bilingual.xlsx")
    )
    tricky = RiskInput(
        code="X.1",
        title='=HYPERLINK("http://example.invalid") formula-looking title',
        description='Two lines\nof description, with "quotes", commas; and 中文',
        source="weak_controls",
        category="-minus first",
        owner_user_id=counsellor.user_id,
        likelihood=2,
        impact=2,
        actions="@mention first",
        status=RiskStatus.ACCEPTED,
    )
    workspace.risks.create(admin, tricky)
    expected = register(workspace, admin)
    out = tmp_path / f"register.{fmt}"
    assert workspace.risk_import.export(admin, out, fmt) == 34  # type: ignore[arg-type]
    assert audit(workspace, "risk.exported") == [{"count": 34, "format": fmt}]
    target_admin = other.sign_in(ADMIN, ADMIN_PASSWORD)
    other.users.create(target_admin, "wei.ling", Role.COUNSELLOR, "counsellor-pass-1", "Chen Wei-ling")
    preview = other.risk_import.preview(target_admin, out)
    assert preview.ok, preview.problems[:3]
    assert preview.warnings == ()
    other.risk_import.apply(target_admin, preview)
    assert register(other, target_admin) == expected


def test_a_csv_export_opens_in_excel_as_utf8_text(
    workspace: Workspace, admin: Session, tmp_path: Path
) -> None:
    workspace.risk_import.apply(admin, workspace.risk_import.preview(admin, SAMPLES / "register_zh_tw.csv"))
    out = tmp_path / "register.csv"
    workspace.risk_import.export(admin, out, "csv")
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig").splitlines()[0].startswith("Code,Title,Description,Source")
    assert list(tmp_path.glob("*.part")) == []


# -- size ----------------------------------------------------------------------------------------------


def test_a_ten_thousand_row_workbook_imports(workspace: Workspace, admin: Session, tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    headers = [
        "Risk ID",
        "Risk",
        "Source",
        "Owner",
        "Likelihood",
        "Impact",
        "Status",
        "Last reviewed",
        "Controls",
    ]
    sources = ["Data leak", "Cyber attack", "Workload and stress", "Natural disaster", "Reputation"]
    rows = (
        [f"B-{n:05d}", f"Risk number {n}", sources[n % 5], ("Crisis lead", "IT / security", "HR")[n % 3],
         1 + n % 5, 1 + (n // 5) % 5, ("Open", "處理中", "Accepted")[n % 3], date(2026, 1 + n % 11, 1 + n % 28),
         "Backups and access reviews"]
        for n in range(10_000)
    )  # fmt: skip
    write_xlsx(path, headers, rows)
    started = time.perf_counter()
    preview = workspace.risk_import.preview(admin, path)
    previewed = time.perf_counter()
    assert preview.ok, preview.problems[:3]
    result = workspace.risk_import.apply(admin, preview)
    finished = time.perf_counter()
    assert result.count == 10_000
    assert len(workspace.risks.list_risks(admin)) == 10_000
    print(f"\n10,000-row XLSX: preview {previewed - started:.2f} s, apply {finished - previewed:.2f} s")
