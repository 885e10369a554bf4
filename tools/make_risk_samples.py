"""Write the sample risk registers in tests/data/risks/ (deterministic: same bytes on every run).

    .venv/bin/python tools/make_risk_samples.py [OUT_DIR]

A register of an EAP office's own risks (counselling records, insider access, ransomware on the HR
system, counsellor burnout, layoffs, pandemic, typhoon, vendor outage, media exposure ...) in the
shapes offices bring: Traditional Chinese headers and level names, an English template (Risk ID,
Probability, Severity ...), a bilingual workbook with a title row and a notes sheet, a three-level
scale in Simplified Chinese; and broken variants, one per error class the importer reports. The
tests compare the committed files with a fresh run of this script.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "risks"
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_STAMP = "2026-01-01T00:00:00Z"


@dataclass(frozen=True)
class Sample:
    code: str
    source: str
    owner: str  # a crisis role value, or "title:English|中文"
    likelihood: int
    impact: int
    residual: tuple[int, int] | None
    status: str
    last_reviewed: date
    next_review: date | None
    title: tuple[str, str]
    description: tuple[str, str]
    controls: tuple[str, str]
    treatment: tuple[str, str]
    category: tuple[str, str]


D = date
# fmt: off
RISKS: tuple[Sample, ...] = (
    Sample("R-001", "data_leak", "it_security", 3, 5, (2, 5), "treating", D(2026, 9, 30), D(2026, 12, 29),
           ("Counselling records sent to the wrong recipient", "輔導記錄誤發給錯誤收件人"),
           ("Session notes attached to an email to the wrong address.", "會談記錄附件誤寄至錯誤地址。"),
           ("Encrypted mail, recipient check prompt", "加密郵件、收件人確認提示"),
           ("Block attachments of case notes; send links only", "禁止附件傳送個案記錄，只傳連結"),
           ("Confidentiality", "保密")),
    Sample("R-002", "insider_leak", "crisis_lead", 2, 5, (1, 5), "treating", D(2026, 9, 30), None,
           ("Staff member browses case files without a need to know", "員工無需知悉而瀏覽個案檔案"),
           ("An insider opens records of colleagues out of curiosity.", "內部人員出於好奇查閱同事記錄。"),
           ("Role-based access, audit trail", "按角色授權、審計記錄"),
           ("Monthly review of access logs by the crisis lead", "危機處理負責人每月覆核存取記錄"),
           ("Confidentiality", "保密")),
    Sample("R-003", "weak_controls", "it_security", 4, 4, (2, 4), "treating", D(2026, 8, 15), D(2026, 11, 13),
           ("Shared login on the intake workstation", "接案工作站共用帳號"),
           ("Reception staff share one account, so actions cannot be traced.", "前台共用一個帳號，操作無法追溯。"),
           ("Screen lock after 5 minutes", "五分鐘自動鎖屏"),
           ("Personal accounts for every staff member by Q1", "第一季前為每位員工開設個人帳號"),
           ("Access control", "存取控制")),
    Sample("R-004", "cyber_attack", "it_security", 3, 5, (2, 4), "open", D(2026, 10, 10), None,
           ("Ransomware on the HR system", "人力資源系統遭勒索軟件攻擊"),
           ("Encryption of HR data stops referrals and leave records.", "人事數據被加密，轉介與假期記錄停頓。"),
           ("Offline backups weekly, EDR on servers", "每週離線備份、伺服器端點防護"),
           ("Test restore quarterly; segment HR network", "每季測試還原；隔離人事網段"),
           ("Cyber security", "網絡安全")),
    Sample("R-005", "cyber_attack", "it_security", 4, 3, (2, 3), "treating", D(2026, 10, 10), D(2027, 1, 8),
           ("Phishing email steals a counsellor's password", "釣魚郵件盜取輔導員密碼"),
           ("A fake sign-in page captures credentials to the case system.", "偽造登入頁竊取個案系統憑證。"),
           ("Phishing training twice a year", "每年兩次防釣魚培訓"),
           ("Two-factor sign-in for remote access", "遠端登入啟用雙重認證"),
           ("Cyber security", "網絡安全")),
    Sample("R-006", "workload_stress", "crisis_lead", 4, 4, (3, 3), "treating", D(2026, 9, 1), None,
           ("Counsellor burnout during a crisis surge", "危機高峰期輔導員倦怠"),
           ("Caseloads double after a critical incident; sick leave rises.", "重大事件後個案量倍增，病假上升。"),
           ("Caseload cap of 25, peer supervision", "個案上限二十五宗、朋輩督導"),
           ("Surge roster with partner agencies", "與合作機構建立高峰輪值"),
           ("People", "人員")),
    Sample("R-007", "workload_stress", "counsellor", 3, 3, None, "open", D(2026, 9, 1), None,
           ("Secondary trauma among the crisis team", "危機小組出現替代性創傷"),
           ("Repeated exposure to distressing accounts.", "反覆接觸創傷經歷的敘述。"),
           ("Debriefing after every critical case", "每宗危機個案後進行解說"),
           ("External clinical supervision each month", "每月外部臨床督導"),
           ("People", "人員")),
    Sample("R-008", "restructuring", "hr", 4, 4, (3, 4), "open", D(2026, 10, 20), None,
           ("Layoff announcement triggers a wave of distress calls", "裁員公佈引發大量求助來電"),
           ("Hotline demand exceeds staffing on announcement day.", "公佈當天熱線需求超出人手。"),
           ("Advance notice agreed with HR", "與人力資源部協定預先通知"),
           ("On-site counsellors on announcement days", "公佈當天安排駐場輔導員"),
           ("Operations", "營運")),
    Sample("R-009", "restructuring", "executive", 3, 4, None, "open", D(2026, 10, 20), None,
           ("EAP contract cut in a cost review", "成本檢討中削減員工支援計劃合約"),
           ("Budget pressure reduces sessions per employee.", "預算壓力減少每名員工的會談次數。"),
           ("Quarterly utilisation report to management", "每季向管理層提交使用率報告"),
           ("Show outcomes with de-identified data", "以去識別數據展示成效"),
           ("Strategy", "策略")),
    Sample("R-010", "public_health", "crisis_lead", 2, 5, (2, 3), "accepted", D(2026, 6, 30), D(2026, 12, 27),
           ("Pandemic closes the counselling centre", "疫情導致輔導中心關閉"),
           ("Face-to-face sessions stop for weeks.", "面談服務停止數週。"),
           ("Video counselling platform in place", "已有視像輔導平台"),
           ("Annual remote-service drill", "每年進行遙距服務演練"),
           ("Continuity", "業務持續")),
    Sample("R-011", "public_health", "hr", 3, 3, None, "open", D(2026, 6, 30), None,
           ("Seasonal flu outbreak in the counselling team", "輔導團隊爆發季節性流感"),
           ("Several counsellors ill at once.", "多名輔導員同時患病。"),
           ("Vaccination offered to staff", "為員工提供疫苗接種"),
           ("Cross-cover list between teams", "跨團隊替補名單"),
           ("Continuity", "業務持續")),
    Sample("R-012", "natural_disaster", "crisis_lead", 4, 3, (4, 2), "treating", D(2026, 9, 15), None,
           ("Typhoon signal 8 closes the office", "八號風球導致辦公室關閉"),
           ("Appointments cancelled; hotline must run from home.", "預約取消，熱線須在家運作。"),
           ("Call forwarding to mobile phones", "來電轉駁至手機"),
           ("Typhoon procedure and laptop kits", "颱風應變程序及手提電腦套件"),
           ("Continuity", "業務持續")),
    Sample("R-013", "natural_disaster", "title:Facilities manager|設施經理", 2, 4, None, "open", D(2026, 9, 15), None,
           ("Flooding damages the records room", "水浸損毀檔案室"),
           ("Paper files stored at ground level.", "紙本檔案存放於地面層。"),
           ("Files in cabinets above floor level", "檔案存放於離地櫃內"),
           ("Digitise and destroy old paper files", "將舊紙本檔案數碼化並銷毀"),
           ("Facilities", "設施")),
    Sample("R-014", "supply_chain", "it_security", 3, 4, (2, 4), "open", D(2026, 10, 5), None,
           ("Case-management vendor outage", "個案管理系統供應商服務中斷"),
           ("The hosted system is down for a working day.", "託管系統停機一整個工作天。"),
           ("SLA with 99.5% uptime", "服務水平協議保證百分之九十九點五"),
           ("Offline intake forms and a manual log", "離線接案表格及人手記錄"),
           ("Suppliers", "供應商")),
    Sample("R-015", "supply_chain", "title:Procurement officer|採購主任", 2, 3, None, "open", D(2026, 10, 5), None,
           ("Interpreter agency cannot supply staff", "傳譯機構無法提供人員"),
           ("Non-Chinese-speaking employees wait for sessions.", "非華語員工需等候會談。"),
           ("Two approved agencies", "兩間認可機構"),
           ("Add telephone interpreting service", "增設電話傳譯服務"),
           ("Suppliers", "供應商")),
    Sample("R-016", "reputation", "pr", 2, 5, (2, 4), "open", D(2026, 10, 30), None,
           ("Media report on a mishandled suicide case", "傳媒報道自殺個案處理不當"),
           ("A journalist contacts us about a client's death.", "記者就一名服務使用者死亡查詢。"),
           ("Single spokesperson, media holding statement", "單一發言人、傳媒備用聲明"),
           ("Media training for the crisis team", "危機小組傳媒培訓"),
           ("Reputation", "聲譽")),
    Sample("R-017", "reputation", "pr", 3, 3, None, "open", D(2026, 10, 30), None,
           ("Negative social-media posts about waiting times", "社交媒體批評輪候時間"),
           ("Employees complain publicly about delays.", "員工公開抱怨延誤。"),
           ("Service pledge published", "已公佈服務承諾"),
           ("Monthly social-media check", "每月檢視社交媒體"),
           ("Reputation", "聲譽")),
    Sample("R-018", "data_leak", "it_security", 2, 4, None, "treating", D(2026, 7, 31), None,
           ("Lost laptop with screening results", "遺失載有篩查結果的手提電腦"),
           ("A counsellor's laptop is left in a taxi.", "輔導員的手提電腦遺留在的士上。"),
           ("Full-disk encryption", "全磁碟加密"),
           ("Remote wipe for every laptop", "所有手提電腦啟用遙距清除"),
           ("Confidentiality", "保密")),
    Sample("R-019", "data_leak", "counsellor", 3, 4, (2, 4), "open", D(2026, 7, 31), None,
           ("Printed assessment left at the shared printer", "評估報告遺留在共用打印機"),
           ("PHQ-9 printouts picked up by other staff.", "PHQ-9 列印本被其他員工拿走。"),
           ("Secure print release", "保密打印需刷卡"),
           ("Remove printing of assessments", "取消列印評估報告"),
           ("Confidentiality", "保密")),
    Sample("R-020", "insider_leak", "hr", 2, 4, None, "open", D(2026, 7, 31), None,
           ("Manager asks a counsellor for an employee's diagnosis", "主管要求輔導員透露員工診斷"),
           ("Pressure to disclose outside the consent given.", "被施壓在同意範圍外披露資料。"),
           ("Consent form and disclosure policy", "同意書及披露政策"),
           ("Briefing for line managers", "為前線主管舉行簡介會"),
           ("Confidentiality", "保密")),
    Sample("R-021", "weak_controls", "crisis_lead", 3, 3, None, "open", D(2026, 8, 15), None,
           ("No second check on emergency-contact calls", "聯絡緊急聯絡人缺乏覆核"),
           ("A contact is called without the recorded authorisation.", "未有授權記錄便致電緊急聯絡人。"),
           ("Authorisation field in the case record", "個案記錄設授權欄"),
           ("Two-person rule for emergency calls", "緊急來電須兩人確認"),
           ("Access control", "存取控制")),
    Sample("R-022", "weak_controls", "it_security", 3, 4, (2, 3), "treating", D(2026, 8, 15), None,
           ("Leavers keep access to the case system", "離職員工仍可存取個案系統"),
           ("Accounts are not disabled on the last day.", "最後工作天未有停用帳號。"),
           ("HR leaver list sent monthly", "人力資源部每月發送離職名單"),
           ("Same-day disabling through the HR checklist", "按離職清單即日停用帳號"),
           ("Access control", "存取控制")),
    Sample("R-023", "cyber_attack", "it_security", 2, 4, None, "open", D(2026, 10, 10), None,
           ("Unpatched video-counselling software", "視像輔導軟件未修補漏洞"),
           ("A known flaw lets outsiders join sessions.", "已知漏洞令外人可加入會談。"),
           ("Automatic updates on managed PCs", "受管電腦自動更新"),
           ("Waiting-room and meeting passwords", "啟用等候室及會議密碼"),
           ("Cyber security", "網絡安全")),
    Sample("R-024", "workload_stress", "hr", 3, 3, (2, 3), "open", D(2026, 9, 1), None,
           ("Hotline understaffed at night", "夜間熱線人手不足"),
           ("One counsellor covers the night shift alone.", "一名輔導員獨自當夜更。"),
           ("On-call backup counsellor", "後備當值輔導員"),
           ("Second night counsellor in peak months", "高峰月份增設夜更輔導員"),
           ("People", "人員")),
    Sample("R-025", "restructuring", "hr", 3, 2, None, "accepted", D(2026, 10, 20), None,
           ("Office relocation disrupts sessions", "辦公室搬遷影響會談"),
           ("Two weeks of reduced rooms during the move.", "搬遷期間兩週房間不足。"),
           ("Temporary rooms booked", "已預訂臨時房間"),
           ("Tell clients four weeks ahead", "提前四週通知服務使用者"),
           ("Facilities", "設施")),
    Sample("R-026", "public_health", "counsellor", 2, 3, None, "open", D(2026, 6, 30), None,
           ("Heat wave raises distress calls", "酷熱天氣令求助來電上升"),
           ("Outdoor workers report acute stress.", "戶外工作人員出現急性壓力。"),
           ("Heat-stress guidance shared with HR", "與人力資源部分享中暑指引"),
           ("Outreach to field teams", "外展至前線團隊"),
           ("Wellbeing", "身心健康")),
    Sample("R-027", "natural_disaster", "executive", 1, 5, None, "accepted", D(2026, 9, 15), D(2027, 9, 10),
           ("Earthquake affects a regional office", "地震影響區域辦事處"),
           ("Staff in the region need trauma support.", "區內員工需要創傷支援。"),
           ("Partner agency agreement in the region", "與區內合作機構簽訂協議"),
           ("Remote crisis counselling plan", "遙距危機輔導計劃"),
           ("Continuity", "業務持續")),
    Sample("R-028", "supply_chain", "it_security", 2, 3, None, "open", D(2026, 10, 5), None,
           ("Telephone line provider fails", "電話線路供應商故障"),
           ("The hotline number is unreachable.", "熱線號碼無法接通。"),
           ("Second carrier for the hotline", "熱線設第二電訊商"),
           ("Failover test every quarter", "每季測試切換"),
           ("Suppliers", "供應商")),
    Sample("R-029", "reputation", "executive", 2, 4, None, "open", D(2026, 10, 30), None,
           ("Client complaint escalated to the regulator", "服務使用者向監管機構投訴"),
           ("A complaint about confidentiality reaches the privacy regulator.", "保密投訴轉介至私隱監管機構。"),
           ("Complaints procedure with 10-day reply", "十天內回覆的投訴程序"),
           ("Legal review of responses", "法律部覆核回覆"),
           ("Compliance", "合規")),
    Sample("R-030", "insider_leak", "legal", 1, 5, None, "open", D(2026, 7, 31), None,
           ("Counsellor sells client lists", "輔導員出售服務使用者名單"),
           ("Deliberate exfiltration of contact details.", "蓄意外洩聯絡資料。"),
           ("Export disabled for counsellors", "輔導員無法匯出資料"),
           ("Data-loss-prevention alerts", "資料外洩防護警示"),
           ("Confidentiality", "保密")),
    Sample("R-031", "weak_controls", "crisis_lead", 2, 3, None, "closed", D(2026, 5, 31), None,
           ("Paper sign-in sheet shows visitors' names", "紙本登記表顯示訪客姓名"),
           ("Clients can see who else attended.", "服務使用者可看到其他到訪者。"),
           ("Replaced by a tablet check-in", "已改用平板電腦登記"),
           ("None: closed after the change", "無：更改後已關閉"),
           ("Confidentiality", "保密")),
    Sample("R-032", "data_leak", "legal", 2, 5, (1, 5), "treating", D(2026, 11, 2), None,
           ("Subpoena for counselling notes", "法庭傳召要求交出輔導記錄"),
           ("Notes may be disclosed beyond what the court needs.", "披露範圍可能超出法庭所需。"),
           ("Legal counsel reviews every request", "法律顧問審閱每項要求"),
           ("Minimum-necessary disclosure guideline", "最低限度披露指引"),
           ("Compliance", "合規")),
    Sample("R-033", "workload_stress", "crisis_lead", 3, 4, None, "open", D(2026, 11, 2), None,
           ("Several critical incidents in one week", "一星期內發生多宗重大事件"),
           ("Team capacity stretched across sites.", "團隊人手分散於多個地點。"),
           ("Crisis roster with named deputies", "危機輪值表列明副手"),
           ("Mutual-aid agreement with a second EAP provider", "與第二間服務機構訂立互助協議"),
           ("Operations", "營運")),
)
# fmt: on

SOURCE_LABELS = {
    "data_leak": ("Data leak", "數據泄露", "数据泄露"),
    "insider_leak": ("Insider leak", "內部人員泄露", "内部人员泄露"),
    "weak_controls": ("Weak internal controls", "內部控制薄弱", "内部控制薄弱"),
    "cyber_attack": ("Cyber attack", "網絡攻擊", "网络攻击"),
    "workload_stress": ("Workload and stress", "工作負荷與壓力", "工作负荷与压力"),
    "restructuring": ("Restructuring", "組織重組", "组织重组"),
    "public_health": ("Public health", "公共衛生", "公共卫生"),
    "natural_disaster": ("Natural disaster", "自然災害", "自然灾害"),
    "supply_chain": ("Supply chain", "供應鏈", "供应链"),
    "reputation": ("Reputation", "聲譽", "声誉"),
}
ROLES = {
    "crisis_lead": ("Crisis lead", "危機處理負責人", "危机处理负责人"),
    "counsellor": ("Counsellor", "心理諮詢師", "心理咨询师"),
    "hr": ("HR", "人力資源", "人力资源"),
    "it_security": ("IT / security", "資訊安全", "信息安全"),
    "legal": ("Legal", "法務", "法务"),
    "pr": ("Public relations", "公關", "公关"),
    "executive": ("Executive", "高層主管", "高层主管"),
}
LIKELIHOOD_ZH = {1: "罕見", 2: "不太可能", 3: "可能", 4: "很可能", 5: "幾乎肯定"}
IMPACT_ZH = {1: "可忽略", 2: "輕微", 3: "中等", 4: "重大", 5: "嚴重"}
STATUS = {
    "open": ("Open", "未處理", "未处理"),
    "treating": ("Treating", "處理中", "处理中"),
    "accepted": ("Accepted", "已接受", "已接受"),
    "closed": ("Closed", "已關閉", "已关闭"),
}
THREE_LEVEL_EN = {1: "Low", 2: "Low", 3: "Medium", 4: "High", 5: "High"}
THREE_LEVEL_ZH = {1: "低", 2: "低", 3: "中", 4: "高", 5: "高"}


def owner(sample: Sample, language: int) -> str:
    if sample.owner.startswith("title:"):
        english, chinese = sample.owner.removeprefix("title:").split("|")
        return english if language == 0 else chinese
    return ROLES[sample.owner][language]


Row = Sequence[object]


def zh_tw_register(date_cells: bool) -> tuple[list[str], list[Row]]:
    headers = [
        "編號", "風險", "描述", "風險來源", "類別", "負責人", "可能性", "影響", "風險值",
        "剩餘可能性", "剩餘影響", "控制措施", "應對措施", "狀態", "上次評審", "下次評審",
    ]  # fmt: skip
    rows = []
    for s in RISKS:
        last: object = (
            s.last_reviewed
            if date_cells
            else f"{s.last_reviewed.year}年{s.last_reviewed.month}月{s.last_reviewed.day}日"
        )
        rows.append(
            [
                s.code, s.title[1], s.description[1], SOURCE_LABELS[s.source][1], s.category[1], owner(s, 1),
                LIKELIHOOD_ZH[s.likelihood], IMPACT_ZH[s.impact], s.likelihood * s.impact,
                LIKELIHOOD_ZH[s.residual[0]] if s.residual else None, IMPACT_ZH[s.residual[1]] if s.residual else None,
                s.controls[1], s.treatment[1], STATUS[s.status][1], last,
                (s.next_review if date_cells else s.next_review.strftime("%Y/%m/%d")) if s.next_review else None,
            ]
        )  # fmt: skip
    return headers, rows


def en_template(date_cells: bool) -> tuple[list[str], list[Row]]:
    headers = [
        "Risk ID", "Risk Description", "Category", "Probability", "Severity", "Risk Rating", "Risk Owner",
        "Current Controls", "Mitigation Plan", "Last Reviewed", "Review Date", "Status", "Comments",
    ]  # fmt: skip

    def when(value: date | None) -> object:
        if value is None or date_cells:
            return value
        return value.strftime("%d/%m/%Y")

    rows = [
        [
            s.code, s.title[0], SOURCE_LABELS[s.source][0], s.likelihood, s.impact, s.likelihood * s.impact,
            owner(s, 0), s.controls[0], s.treatment[0], when(s.last_reviewed), when(s.next_review),
            STATUS[s.status][0], "",
        ]
        for s in RISKS
    ]  # fmt: skip
    return headers, rows


def bilingual_register() -> tuple[list[str], list[Row]]:
    headers = [
        "編號 / Code", "風險 / Risk", "描述 / Description", "來源 / Source", "負責人 / Owner",
        "可能性 (Likelihood)", "影響 (Impact)", "剩餘可能性 (Residual likelihood)", "剩餘影響 (Residual impact)",
        "控制措施 / Controls", "應對措施 / Treatment", "狀態 / Status", "上次評審 / Last reviewed",
        "下次評審 / Next review",
    ]  # fmt: skip
    rows = [
        [
            s.code, f"{s.title[0]} / {s.title[1]}", s.description[0], SOURCE_LABELS[s.source][0], owner(s, 0),
            f"{s.likelihood} - {('Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain')[s.likelihood - 1]}",
            s.impact, s.residual[0] if s.residual else None, s.residual[1] if s.residual else None,
            s.controls[0], s.treatment[0], STATUS[s.status][0], s.last_reviewed, s.next_review,
        ]
        for s in RISKS
    ]  # fmt: skip
    return headers, rows


def three_level_register() -> tuple[list[str], list[Row]]:
    headers = ["风险编号", "风险", "风险来源", "负责人", "可能性", "影响", "状态", "上次评审"]
    rows = []
    for index, s in enumerate(RISKS[:12]):
        levels = THREE_LEVEL_ZH if index % 2 else THREE_LEVEL_EN
        rows.append(
            [
                s.code, s.title[1], SOURCE_LABELS[s.source][2], owner(s, 2) if not s.owner.startswith("title:") else owner(s, 1),
                levels[s.likelihood], levels[s.impact], STATUS[s.status][2], s.last_reviewed.isoformat(),
            ]
        )  # fmt: skip
    return headers, rows


def csv_bytes(headers: Sequence[object], rows: Sequence[Row], *, encoding: str = "utf-8-sig") -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row])
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[Row]]]) -> bytes:
    """A workbook with fixed metadata and fixed ZIP timestamps, so that every run gives the same bytes."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
    book.properties.creator = "EAP Crisis Desk samples"
    raw = io.BytesIO()
    book.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", FIXED_STAMP.encode(), data)
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return fixed.getvalue()


def samples() -> dict[str, bytes]:
    """File name → bytes of every sample."""
    files: dict[str, bytes] = {}
    headers, rows = zh_tw_register(date_cells=False)
    files["register_zh_tw.csv"] = csv_bytes(headers, rows)
    headers, rows = zh_tw_register(date_cells=True)
    files["register_zh_tw.xlsx"] = xlsx_bytes([("風險登記冊", [headers, *rows])])
    headers, rows = en_template(date_cells=False)
    files["register_en_template.csv"] = csv_bytes(headers, rows)
    headers, rows = en_template(date_cells=True)
    files["register_en_template.xlsx"] = xlsx_bytes([("Risk Register", [headers, *rows])])
    headers, rows = bilingual_register()
    notes = [("How to use this register / 使用說明",), ("Review every quarter. 每季評審。",)]
    files["register_bilingual.xlsx"] = xlsx_bytes(
        [
            ("Notes 說明", notes),
            (
                "Risk register 風險登記冊",
                [("EAP office risk register 2026 / 風險登記冊",), (), headers, *rows],
            ),
        ]
    )
    headers, rows = three_level_register()
    files["register_three_level_zh_cn.csv"] = csv_bytes(headers, rows)
    files["register_three_level_zh_cn_gb18030.csv"] = csv_bytes(headers, rows, encoding="gb18030")
    files.update(broken_samples())
    return files


def broken_samples() -> dict[str, bytes]:
    headers, rows = en_template(date_cells=False)
    rows = [list(r) for r in rows[:6]]
    files: dict[str, bytes] = {}
    missing = [h for h in headers if h != "Severity"]
    files["broken_missing_column.csv"] = csv_bytes(
        missing, [[v for h, v in zip(headers, r, strict=True) if h != "Severity"] for r in rows]
    )
    out_of_range = [list(r) for r in rows]
    out_of_range[1][3] = 7
    out_of_range[4][4] = 0
    files["broken_out_of_range.csv"] = csv_bytes(headers, out_of_range)
    unknown = [list(r) for r in rows]
    unknown[2][3] = "Sometimes"
    files["broken_unknown_level.csv"] = csv_bytes(headers, unknown)
    bad_date = [list(r) for r in rows]
    bad_date[0][9] = "30/02/2026"
    bad_date[3][10] = "next quarter"
    files["broken_bad_date.csv"] = csv_bytes(headers, bad_date)
    duplicate = [list(r) for r in rows]
    duplicate[5][0] = duplicate[2][0]
    files["broken_duplicate_code.csv"] = csv_bytes(headers, duplicate)
    mismatch = [list(r) for r in rows]
    mismatch[1][5] = 20
    files["warning_score_mismatch.csv"] = csv_bytes(headers, mismatch)
    files["broken_empty.csv"] = b""
    files["broken_header_only.csv"] = csv_bytes(headers, [])
    files["broken_not_really.xlsx"] = (
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    return files


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, data in samples().items():
        (out / name).write_bytes(data)
    print(f"wrote {len(samples())} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
