"""The words of the PDF reports in English, Traditional and Simplified Chinese.

A report is printed in the office's language, not necessarily the Qt interface's, so its words are a
table here (like ``app.reports.risk_figures._WORDS``) rather than Qt translations. Names of domain
values come from the domain's own labels (English and Traditional Chinese); the Simplified Chinese
of those labels is the ``_SIMPLIFIED`` table below, keyed by the Traditional label, so a label the
table does not know yet still prints (in Traditional characters) instead of failing.
"""

from __future__ import annotations

from enum import Enum

from app.domain.clocks import ClockState
from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.grading import Grade
from app.reports.pdf_layout import language_index

_WORDS: dict[str, tuple[str, str, str]] = {
    "report_name": ("Incident summary", "事件摘要報告", "事件摘要报告"),
    "audience_internal": ("Internal version", "內部版本", "内部版本"),
    "audience_board": ("Board version (de-identified)", "董事會版本(已去識別化)", "董事会版本(已去标识化)"),
    "times_in": ("Times in {zone}", "時間以 {zone} 表示", "时间以 {zone} 表示"),
    "generated_at": ("Generated {at}", "產生時間 {at}", "生成时间 {at}"),
    # sections
    "overview": ("Overview", "概覽", "概览"),
    "key_times": ("Key times and targets", "關鍵時間與目標", "关键时间与目标"),
    "chart": ("Timeline chart", "時間線圖", "时间线图"),
    "facts": ("Facts and impact", "事實與影響", "事实与影响"),
    "timeline": ("Timeline of actions", "處置時間線", "处置时间线"),
    "checklist": ("Checklist completion", "檢查清單完成情況", "检查清单完成情况"),
    "notifications": ("Notifications", "通知紀錄", "通知记录"),
    "people": ("People", "相關人員", "相关人员"),
    "root_cause": ("Root cause", "根本原因", "根本原因"),
    "recovery_plan": ("Recovery plan", "恢復計劃", "恢复计划"),
    "effect_evaluation": ("Effect evaluation", "成效評估", "成效评估"),
    "lessons_learned": ("Lessons learned", "經驗教訓", "经验教训"),
    "actions": ("Corrective actions", "改進措施", "改进措施"),
    # field names
    "code": ("Code", "編號", "编号"),
    "title": ("Title", "標題", "标题"),
    "category": ("Category", "類別", "类别"),
    "grade": ("Grade", "等級", "等级"),
    "status": ("Status", "狀態", "状态"),
    "flags": ("Flags", "標記", "标记"),
    "drill": ("drill", "演練", "演练"),
    "test": ("test", "測試", "测试"),
    "occurred": ("Occurred", "發生時間", "发生时间"),
    "detected": ("Detected", "發現時間", "发现时间"),
    "milestone": ("Milestone", "節點", "节点"),
    "time": ("Time", "時間", "时间"),
    "target": ("Target", "目標", "目标"),
    "due": ("Due", "截止", "截止"),
    "result": ("Result", "結果", "结果"),
    "area": ("Area", "方面", "方面"),
    "level": ("Level", "程度", "程度"),
    "operations": ("Operations", "運營", "运营"),
    "finance": ("Finance", "財務", "财务"),
    "reputation": ("Reputation", "聲譽", "声誉"),
    "people_area": ("People", "人員", "人员"),
    "direct_loss": ("Direct loss", "直接損失", "直接损失"),
    "indirect_loss": ("Indirect loss", "間接損失", "间接损失"),
    "not_estimated": ("not estimated", "未估算", "未估算"),
    "people_involved": ("People involved (recorded)", "涉及人數(記錄)", "涉及人数(记录)"),
    "sources": ("Information sources", "資訊來源", "信息来源"),
    "sources_value": (
        "{verified} of {total} verified",
        "{total} 個,其中 {verified} 個已核實",
        "{total} 个,其中 {verified} 个已核实",
    ),
    "place": ("Place", "地點", "地点"),
    "departments": ("Departments", "部門", "部门"),
    "cause": ("Cause", "起因", "起因"),
    "course": ("Course of events", "事件經過", "事件经过"),
    "event": ("Event", "事件", "事件"),
    "details": ("Details", "詳情", "详情"),
    "entry": ("Timeline entry", "時間線記錄", "时间线记录"),
    "addendum": ("Addendum", "補充記錄", "补充记录"),
    "status_change": ("Status changed", "狀態變更", "状态变更"),
    "notified": ("Notified", "已通知", "已通知"),
    "step_done": ("Checklist step done", "完成檢查步驟", "完成检查步骤"),
    "entry_withheld": ("(text not included in this version)", "(此版本不含文字內容)", "(此版本不含文字内容)"),
    "checklist_summary": (
        "{done} of {total} steps done, {on_time} of them on time.",
        "共 {total} 個步驟,已完成 {done} 個,其中 {on_time} 個按時完成。",
        "共 {total} 个步骤,已完成 {done} 个,其中 {on_time} 个按时完成。",
    ),
    "step": ("Step", "步驟", "步骤"),
    "role": ("Role", "角色", "角色"),
    "done": ("Done", "完成", "完成"),
    "on_time": ("On time", "按時", "按时"),
    "yes": ("yes", "是", "是"),
    "no": ("no", "否", "否"),
    "step_typed": ("(step added for this case)", "(為本案新增的步驟)", "(为本案新增的步骤)"),
    "channel": ("Channel", "方式", "方式"),
    "recipient": ("Recipient", "接收人", "接收人"),
    "acknowledged": ("Acknowledged", "確認時間", "确认时间"),
    "time_to_ack": ("Time to acknowledge", "確認用時", "确认用时"),
    "none_recorded": ("None recorded.", "沒有紀錄。", "没有记录。"),
    "people_total": ("People linked to the incident", "與事件關聯的人員", "与事件关联的人员"),
    "involvement": ("Involvement", "涉及方式", "涉及方式"),
    "count": ("Count", "人數", "人数"),
    "pseudonym": ("Pseudonym", "化名", "化名"),
    "linked": ("Linked", "關聯時間", "关联时间"),
    "overdue_follow_ups": ("Overdue follow-ups", "逾期跟進", "逾期跟进"),
    "identity": ("Identity", "身分", "身份"),
    "identities_note": (
        "Identities are shown at the request of the user who generated this report; the request is audited.",
        "應產生本報告的使用者要求顯示身分;此要求已記錄於稽核紀錄。",
        "应生成本报告的用户要求显示身份;此要求已记录于审计日志。",
    ),
    "pseudonyms_note": (
        "People are named by pseudonym only.",
        "人員只以化名列出。",
        "人员只以化名列出。",
    ),
    "suppressed_note": (
        "Counts of people below {k} are shown as “< {k}”.",
        "少於 {k} 人的人數顯示為「< {k}」。",
        "少于 {k} 人的人数显示为“< {k}”。",
    ),
    "not_filled": ("Not filled in yet.", "尚未填寫。", "尚未填写。"),
    "review_withheld": (
        "The review texts are not included in the de-identified version.",
        "去識別化版本不含總結文字。",
        "去标识化版本不含总结文字。",
    ),
    "review": ("Review", "總結與改進", "总结与改进"),
    "filled": ("Filled in.", "已填寫。", "已填写。"),
    "action": ("Action", "措施", "措施"),
    "owner": ("Owner", "負責角色", "负责角色"),
    "overdue": ("overdue", "逾期", "逾期"),
    "no_target": ("—", "—", "—"),
    "not_yet": ("not yet", "尚未", "尚未"),
    "minutes": ("{n} min", "{n} 分鐘", "{n} 分钟"),
    "hours": ("{n} h", "{n} 小時", "{n} 小时"),
    "days": ("{n} d", "{n} 天", "{n} 天"),
    "lane_milestones": ("Milestones", "節點", "节点"),
    "lane_notifications": ("Notifications", "通知", "通知"),
    "lane_entries": ("Entries", "記錄", "记录"),
    "target_line": ("{what} due", "{what}截止", "{what}截止"),
    "chart_legend": (
        "◆ milestone   ○ notified   ● acknowledged   | timeline entry   - - - target due",
        "◆ 節點   ○ 已通知   ● 已確認   | 時間線記錄   - - - 目標截止",
        "◆ 节点   ○ 已通知   ● 已确认   | 时间线记录   - - - 目标截止",
    ),
    # key times
    "kt_reported": ("Reported", "上報", "上报"),
    "kt_acknowledged": ("Acknowledged", "確認", "确认"),
    "kt_response_started": ("Response started", "開始響應", "开始响应"),
    "kt_contained": ("Contained", "控制", "控制"),
    "kt_resolved": ("Resolved", "解決", "解决"),
    "kt_reviewed": ("Reviewed (closed)", "總結結案", "总结结案"),
    "kt_breach_notice": ("Breach notice {rule}", "資料外洩通報 {rule}", "数据泄露通报 {rule}"),
}

_STATES: dict[ClockState, tuple[str, str, str]] = {
    ClockState.NOT_STARTED: ("not started", "未開始", "未开始"),
    ClockState.RUNNING: ("running", "計時中", "计时中"),
    ClockState.OVERDUE: ("overdue", "已逾期", "已逾期"),
    ClockState.MET: ("met", "達標", "达标"),
    ClockState.MISSED: ("missed", "未達標", "未达标"),
}

_CHANNELS: dict[str, tuple[str, str, str]] = {
    "phone": ("phone", "電話", "电话"),
    "sms": ("SMS", "短訊", "短信"),
    "email": ("e-mail", "電郵", "电邮"),
    "in_person": ("in person", "當面", "当面"),
    "messaging_app": ("messaging app", "即時通訊", "即时通讯"),
    "other": ("other", "其他", "其他"),
}

_INVOLVEMENTS: dict[str, tuple[str, str, str]] = {
    "affected": ("affected", "當事人", "当事人"),
    "witness": ("witness", "目擊者", "目击者"),
    "colleague": ("colleague", "同事", "同事"),
    "family": ("family", "家屬", "家属"),
    "other": ("other", "其他", "其他"),
}

_ACTION_STATES: dict[str, tuple[str, str, str]] = {
    "open": ("open", "未開始", "未开始"),
    "in_progress": ("in progress", "進行中", "进行中"),
    "done": ("done", "已完成", "已完成"),
    "cancelled": ("cancelled", "已取消", "已取消"),
}

_REVIEW_FIELDS: dict[str, str] = {
    "root_cause": "root_cause",
    "recovery_plan": "recovery_plan",
    "effect_evaluation": "effect_evaluation",
    "lessons_learned": "lessons_learned",
}

# Simplified Chinese of the domain's Traditional labels (categories, statuses, grades, impact, roles).
_SIMPLIFIED: dict[str, str] = {
    "心理隱私泄露": "心理隐私泄露",
    "員工心理危機": "员工心理危机",
    "影響員工的重大事件": "影响员工的重大事件",
    "工作場所事故": "工作场所事故",
    "網絡安全事件": "网络安全事件",
    "公共衛生事件": "公共卫生事件",
    "自然災害": "自然灾害",
    "供應鏈中斷": "供应链中断",
    "聲譽危機": "声誉危机",
    "無": "无",
    "輕微": "轻微",
    "中等": "中等",
    "嚴重": "严重",
    "極嚴重": "极严重",
    "已上報": "已上报",
    "已核實": "已核实",
    "已排除(誤報)": "已排除(误报)",
    "已評估": "已评估",
    "響應中": "响应中",
    "已控制": "已控制",
    "已解決": "已解决",
    "已總結(結案)": "已总结(结案)",
    "特別重大": "特别重大",
    "重大": "重大",
    "較大": "较大",
    "一般": "一般",
    "一級": "一级",
    "二級": "二级",
    "三級": "三级",
    "四級": "四级",
    "危機處理負責人": "危机处理负责人",
    "心理諮詢師": "心理咨询师",
    "人力資源": "人力资源",
    "資訊安全": "信息安全",
    "法務": "法务",
    "公關": "公关",
    "高層主管": "高层主管",
}


def word(key: str, language: str, **values: object) -> str:
    text = _WORDS[key][language_index(language)]
    return text.format(**values) if values else text


def _from_pair(english: str, traditional: str, language: str) -> str:
    index = language_index(language)
    if index == 0:
        return english
    return traditional if index == 1 else _SIMPLIFIED.get(traditional, traditional)


def label(value: Enum, language: str) -> str:
    """The printed name of a domain value (category, status, impact level) in ``language``."""
    return _from_pair(value.label_en, value.label_zh, language)  # type: ignore[attr-defined]


def grade_label(grade: Grade, language: str) -> str:
    """ "II (serious)" / "二級(重大)"."""
    if language == "en":
        return f"{grade.value} ({grade.label_en})"
    return f"{_from_pair('', grade.level_zh, language)}({_from_pair('', grade.label_zh, language)})"


def role_label(role: CrisisRole | str | None, language: str) -> str:
    if role is None or role == "":
        return "—"
    try:
        english, traditional = ROLE_LABELS[CrisisRole(role)]
    except ValueError:
        return str(role)
    return _from_pair(english, traditional, language)


def _table_word(table: dict[str, tuple[str, str, str]], value: str, language: str) -> str:
    entry = table.get(str(value))
    return entry[language_index(language)] if entry else str(value)


def state_label(state: ClockState, language: str) -> str:
    return _STATES[state][language_index(language)]


def channel_label(channel: str, language: str) -> str:
    return _table_word(_CHANNELS, channel, language)


def involvement_label(involvement: str, language: str) -> str:
    return _table_word(_INVOLVEMENTS, involvement, language)


def action_status_label(status: str, language: str) -> str:
    return _table_word(_ACTION_STATES, status, language)


def review_field_label(field: str, language: str) -> str:
    return word(_REVIEW_FIELDS[field], language) if field in _REVIEW_FIELDS else field
