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


# -- the period board report (app.reports.board_report looks up "bd_" + key first) ------------------
_BOARD_WORDS: dict[str, tuple[str, str, str]] = {
    "bd_board_report_name": ("Board report", "董事會報告", "董事会报告"),
    "bd_board_subject": (
        "Board report for a period (de-identified)",
        "期間董事會報告(已去識別化)",
        "期间董事会报告(已去标识化)",
    ),
    "bd_cover_period": ("{start} to {end}", "{start} 至 {end}", "{start} 至 {end}"),
    "bd_cover_classification": ("Classification", "資料分級", "资料分级"),
    "bd_cover_period_label": ("Period", "報告期間", "报告期间"),
    "bd_cover_days": ("Days", "天數", "天数"),
    "bd_cover_compared": ("Compared with", "比較期間", "比较期间"),
    "bd_cover_generated": ("Generated", "產生時間", "生成时间"),
    "bd_cover_zone": ("Times in", "時區", "时区"),
    "bd_cover_cells": ("Minimum cell size", "最小組別人數", "最小组别人数"),
    "bd_cover_cells_value": (
        '{k} (smaller groups print as "< {k}")',
        "{k}(較小的組別顯示為「< {k}」)",
        "{k}(较小的组别显示为“< {k}”)",
    ),
    "bd_cover_note": (
        "This report contains no names, employee numbers, contact details, case notes or incident "
        "titles: incidents appear by code and category only, and small groups are suppressed.",
        "本報告不含姓名、員工編號、聯絡資料、個案紀錄或事件標題:事件只以編號及類別呈現,人數較少的組別已作抑制處理。",
        "本报告不含姓名、员工编号、联系方式、个案记录或事件标题:事件只以编号及类别呈现,人数较少的组别已作抑制处理。",
    ),
    "bd_sec_summary": ("Executive summary", "執行摘要", "执行摘要"),
    "bd_sec_by_grade": ("Incidents by grade", "按等級劃分的事件", "按等级划分的事件"),
    "bd_sec_by_category": ("Incidents by category", "按類別劃分的事件", "按类别划分的事件"),
    "bd_sec_response": ("Response-time compliance", "響應時間達標情況", "响应时间达标情况"),
    "bd_sec_means": (
        "Mean time to acknowledge, start, contain and resolve",
        "平均確認、啟動、控制及解決時間",
        "平均确认、启动、控制及解决时间",
    ),
    "bd_sec_risks": ("Risk heat map and movement", "風險熱圖及變動", "风险热图及变动"),
    "bd_sec_moves": ("Risks that moved", "評分有變動的風險", "评分有变动的风险"),
    "bd_sec_top_risks": ("Top risks", "主要風險", "主要风险"),
    "bd_sec_drills": ("Drills: done against planned", "演練:已完成與計劃", "演练:已完成与计划"),
    "bd_sec_findings": ("Key findings", "主要發現", "主要发现"),
    "bd_sec_actions": (
        "Open and overdue corrective actions",
        "未完成及逾期的改進措施",
        "未完成及逾期的改进措施",
    ),
    "bd_sec_overdue": ("Overdue", "已逾期", "已逾期"),
    "bd_incidents": ("Incidents", "事件數", "事件数"),
    "bd_total": ("Total", "合計", "合计"),
    "bd_all_grades": ("All grades", "所有等級", "所有等级"),
    "bd_none_in_period": ("No incidents in this period.", "此期間沒有事件。", "此期间没有事件。"),
    "bd_previous_total": (
        "Previous period ({period}): {n} incidents.",
        "上一期間({period}):{n} 宗事件。",
        "上一期间({period}):{n} 宗事件。",
    ),
    "bd_suppression_note": (
        'Groups of 1 to {m} incidents print as "< {k}". Where a single small group could be worked out '
        'from the total, one more group is withheld and printed as "*".',
        "1 至 {m} 宗事件的組別顯示為「< {k}」。若可由合計推算出單一小組別,另一組別亦會隱去並顯示為「*」。",
        "1 至 {m} 宗事件的组别显示为“< {k}”。若可由合计推算出单一小组别,另一组别亦会隐去并显示为“*”。",
    ),
    "bd_ack_target": ("Acknowledge target", "確認目標", "确认目标"),
    "bd_ack_met": ("Acknowledged in time", "準時確認", "准时确认"),
    "bd_start_target": ("Response target", "啟動響應目標", "启动响应目标"),
    "bd_start_met": ("Response in time", "準時啟動響應", "准时启动响应"),
    "bd_compliance_note": (
        "Share of incidents whose clock met its target, among those decided (met, missed or overdue); "
        "shown only for groups of at least {k}.",
        "在已有結果(達標、未達標或逾期)的事件中,時鐘達標的比例;只顯示至少 {k} 宗事件的組別。",
        "在已有结果(达标、未达标或逾期)的事件中,时钟达标的比例;只显示至少 {k} 宗事件的组别。",
    ),
    "bd_mean_ack": ("To acknowledge", "至確認", "至确认"),
    "bd_mean_start": ("To start response", "至啟動響應", "至启动响应"),
    "bd_mean_contain": ("To contain", "至控制", "至控制"),
    "bd_mean_resolve": ("To resolve", "至解決", "至解决"),
    "bd_means_note": (
        "Times from the report. Acknowledge and response-start targets are the office's per grade "
        "(above); no target is set for containing or resolving.",
        "由上報起計。確認及啟動響應目標為本辦公室按等級設定的目標(見上表);控制及解決未設目標。",
        "由上报起计。确认及启动响应目标为本办公室按等级设定的目标(见上表);控制及解决未设目标。",
    ),
    "bd_board_days": ("{n} d", "{n} 天", "{n} 天"),
    "bd_board_withheld": ("withheld", "不予顯示", "不予显示"),
    "bd_board_fewer_than": ("fewer than {k}", "少於 {k}", "少于 {k}"),
    "bd_withheld_text": ("(withheld: may name a person)", "(不予顯示:可能含人名)", "(不予显示:可能含人名)"),
    "bd_risks_intro": (
        "The risk register on {now} (inherent scores), compared with {before}, the last day of the "
        "previous period. Arrows show risks that changed cell.",
        "{now} 的風險登記冊(固有評分),與上一期間最後一天 {before} 比較。箭頭表示改變了位置的風險。",
        "{now} 的风险登记册(固有评分),与上一期间最后一天 {before} 比较。箭头表示改变了位置的风险。",
    ),
    "bd_heat_title": ("Risk matrix on {day}", "{day} 風險矩陣", "{day} 风险矩阵"),
    "bd_heat_note": (
        "Number of active risks per cell; arrows from the earlier cell to the current one.",
        "每格為有效風險數目;箭頭由較早位置指向現時位置。",
        "每格为有效风险数目;箭头由较早位置指向现时位置。",
    ),
    "bd_change": ("Change", "變動", "变动"),
    "bd_risk": ("Risk", "風險", "风险"),
    "bd_risk_title": ("Title", "名稱", "名称"),
    "bd_score_before": ("Score before (cell)", "之前評分(位置)", "之前评分(位置)"),
    "bd_score_now": ("Score now (cell)", "現時評分(位置)", "现时评分(位置)"),
    "bd_level_score": ("Level (score)", "級別(評分)", "级别(评分)"),
    "bd_treatment": ("Treatment", "處理方式", "处理方式"),
    "bd_owner_account": ("a named account (not shown)", "指定帳戶(不顯示)", "指定账户(不显示)"),
    "bd_top_note": (
        "Highest inherent scores on the period's last day; → residual score after controls.",
        "期間最後一天固有評分最高的風險;→ 為控制措施後的剩餘評分。",
        "期间最后一天固有评分最高的风险;→ 为控制措施后的剩余评分。",
    ),
    "bd_drills_intro": (
        "{done} of {planned} planned drills were done ({cancelled} cancelled).",
        "計劃的 {planned} 次演練中已完成 {done} 次(取消 {cancelled} 次)。",
        "计划的 {planned} 次演练中已完成 {done} 次(取消 {cancelled} 次)。",
    ),
    "bd_drill": ("Drill", "演練", "演练"),
    "bd_drills": ("Drills", "演練", "演练"),
    "bd_drill_type": ("Type", "類型", "类型"),
    "bd_held": ("Held / planned", "舉行/計劃時間", "举行/计划时间"),
    "bd_first_ack": ("First ack / target", "首次確認/目標", "首次确认/目标"),
    "bd_findings_oc": ("Findings open / closed", "發現 未結/已結", "发现 未结/已结"),
    "bd_outcome_met": ("met", "達標", "达标"),
    "bd_outcome_missed": ("missed", "未達標", "未达标"),
    "bd_outcome_not_all_acknowledged": ("not all acknowledged", "未全部確認", "未全部确认"),
    "bd_outcome_no_target": ("no target", "無目標", "无目标"),
    "bd_outcome_not_alerted": ("not alerted", "未發出警報", "未发出警报"),
    "bd_outcome_no_key_roles": ("no key roles", "無關鍵角色", "无关键角色"),
    "bd_severity": ("Severity", "嚴重程度", "严重程度"),
    "bd_severity_low": ("Low", "低", "低"),
    "bd_severity_medium": ("Medium", "中", "中"),
    "bd_severity_high": ("High", "高", "高"),
    "bd_severity_critical": ("Critical", "極嚴重", "极严重"),
    "bd_area": ("Area", "範疇", "范畴"),
    "bd_area_process": ("Process", "流程", "流程"),
    "bd_area_tools": ("Tools", "工具", "工具"),
    "bd_area_people": ("People", "人員", "人员"),
    "bd_area_communication": ("Communication", "溝通", "沟通"),
    "bd_findings": ("Findings", "發現數", "发现数"),
    "bd_still_open": ("Still open", "尚未解決", "尚未解决"),
    "bd_findings_note": (
        "Findings of the drills done, by severity and area; their text is not printed.",
        "已完成演練的發現,按嚴重程度及範疇劃分;不列印其內容。",
        "已完成演练的发现,按严重程度及范畴划分;不打印其内容。",
    ),
    "bd_actions_intro": (
        "{n} corrective actions are open; {overdue} of them were due before {day}.",
        "目前有 {n} 項改進措施未完成,其中 {overdue} 項已於 {day} 前到期。",
        "目前有 {n} 项改进措施未完成,其中 {overdue} 项已于 {day} 前到期。",
    ),
    "bd_open": ("Open", "未完成", "未完成"),
    "bd_overdue_count": ("Overdue", "逾期", "逾期"),
    "bd_overdue_days": ("{n} days late", "逾期 {n} 天", "逾期 {n} 天"),
    "bd_source": ("From", "來源", "来源"),
    "bd_source_incident": ("Incident", "事件", "事件"),
    "bd_source_drill": ("Drill", "演練", "演练"),
    "bd_actions_note": (
        "Actions of incidents and drills, as they stand at generation; their titles are not printed.",
        "事件及演練的改進措施,以產生報告時的狀態為準;不列印其標題。",
        "事件及演练的改进措施,以生成报告时的状态为准;不打印其标题。",
    ),
    # executive summary sentences (joined without spaces in Chinese, so each carries its own)
    "bd_sum_none": (
        "No incidents were reported between {start} and {end}.",
        "{start} 至 {end} 期間沒有事件上報。",
        "{start} 至 {end} 期间没有事件上报。",
    ),
    "bd_sum_few": (
        "Fewer than {k} incidents were reported between {start} and {end}.",
        "{start} 至 {end} 期間上報的事件少於 {k} 宗。",
        "{start} 至 {end} 期间上报的事件少于 {k} 宗。",
    ),
    "bd_sum_incidents": (
        "{n} incidents were reported between {start} and {end}",
        "{start} 至 {end} 期間共上報 {n} 宗事件",
        "{start} 至 {end} 期间共上报 {n} 宗事件",
    ),
    "bd_sum_incidents_one": (
        "{n} incident was reported between {start} and {end}",
        "{start} 至 {end} 期間共上報 {n} 宗事件",
        "{start} 至 {end} 期间共上报 {n} 宗事件",
    ),
    "bd_sum_serious": (
        ", {n} of them serious (grade I or II).",
        ",其中 {n} 宗屬嚴重(一級或二級)。",
        ",其中 {n} 宗属严重(一级或二级)。",
    ),
    "bd_sum_serious_withheld": (
        "; the number of serious ones (grade I or II) is withheld to protect small groups.",
        ";為保護人數較少的組別,嚴重事件(一級或二級)數目不予顯示。",
        ";为保护人数较少的组别,严重事件(一级或二级)数目不予显示。",
    ),
    "bd_sum_previous": (
        "In the previous period of the same length there were {n}.",
        "上一個同等長度期間有 {n} 宗。",
        "上一个同等长度期间有 {n} 宗。",
    ),
    "bd_sum_previous_none": (
        "The previous period of the same length had none.",
        "上一個同等長度期間沒有事件。",
        "上一个同等长度期间没有事件。",
    ),
    "bd_sum_ack": (
        "{p} % of acknowledgements met their target",
        "{p} % 的確認在目標時間內完成",
        "{p} % 的确认在目标时间内完成",
    ),
    "bd_sum_start": (
        ", and {p} % of responses started in time",
        ",{p} % 的響應準時啟動",
        ",{p} % 的响应准时启动",
    ),
    "bd_sum_stop": (".", "。", "。"),
    "bd_sum_ack_withheld": (
        "Too few incidents have a decided response clock to report compliance.",
        "已有結果的響應時鐘太少,不報告達標率。",
        "已有结果的响应时钟太少,不报告达标率。",
    ),
    "bd_sum_risk_rose": (
        "The biggest risk movement: {code} rose from {a} to {b}.",
        "風險變動最大的是 {code},由 {a} 升至 {b}。",
        "风险变动最大的是 {code},由 {a} 升至 {b}。",
    ),
    "bd_sum_risk_fell": (
        "The biggest risk movement: {code} fell from {a} to {b}.",
        "風險變動最大的是 {code},由 {a} 降至 {b}。",
        "风险变动最大的是 {code},由 {a} 降至 {b}。",
    ),
    "bd_sum_risk_moved": (
        "The biggest risk movement: {code} changed cell at a score of {b}.",
        "風險變動最大的是 {code},評分維持 {b} 但位置改變。",
        "风险变动最大的是 {code},评分维持 {b} 但位置改变。",
    ),
    "bd_sum_risk_new": (
        "The biggest risk movement: {code} joined the register at {b}.",
        "風險變動最大的是新列入登記冊的 {code},評分 {b}。",
        "风险变动最大的是新列入登记册的 {code},评分 {b}。",
    ),
    "bd_sum_risk_left": (
        "The biggest risk movement: {code} left the register (it stood at {a}).",
        "風險變動最大的是 {code},已移出登記冊(原評分 {a})。",
        "风险变动最大的是 {code},已移出登记册(原评分 {a})。",
    ),
    "bd_sum_risk_none": (
        "No risk changed its rating in the period.",
        "此期間沒有風險的評分改變。",
        "此期间没有风险的评分改变。",
    ),
    "bd_sum_drills": (
        "{done} of {planned} planned drills were done; {open} of their findings are still open.",
        "計劃的 {planned} 次演練中已完成 {done} 次,其中 {open} 項發現尚未解決。",
        "计划的 {planned} 次演练中已完成 {done} 次,其中 {open} 项发现尚未解决。",
    ),
    "bd_sum_actions": (
        "{n} corrective actions are open, {overdue} of them overdue.",
        "目前有 {n} 項改進措施未完成,其中 {overdue} 項逾期。",
        "目前有 {n} 项改进措施未完成,其中 {overdue} 项逾期。",
    ),
}
_WORDS.update(_BOARD_WORDS)
