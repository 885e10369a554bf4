"""Demo incidents: a realistic, varied, bilingual case list, from a handful to 100,000 incidents.

Everything is drawn from ``random.Random(seed)`` and placed relative to ``now``, so one seed and
one ``now`` always give the same database (the CLI passes the current time, a test a fixed one).
The vocabulary comes from the background documents (DESIGN.md section 3): psychological privacy
leaks (心理隱私泄露), employee psychological crises (員工心理危機), a colleague's death, restructuring,
ransomware and the rest, written in English, Traditional (繁體) or Simplified (简体) Chinese.

Each incident is walked through the lifecycle the way a counsellor would have moved it, with the
times the incident service would have stamped (acknowledged when it left ``reported``, response
started when it first reached ``responding``, contained and resolved at the latest time reached),
so every stored status change is an allowed transition (``app.domain.lifecycle.EDGES``) and the
clocks sometimes meet and sometimes miss the grade's targets. Events that would lie after ``now``
never happened, which leaves recent incidents open, some of them overdue. An incident closed as
``reviewed`` gets the filled review section (migration 0005) that closing requires. A
checklist is copied from the response plan exactly when ``responding`` was reached, as the
service does on activation; steps are ticked off as the response went on. Above 5,000 incidents
a case gets fewer timeline entries (the report, the activation, sometimes one action): the search
trigger re-indexes the incident's whole search row for every entry, the largest cost of a big fill.

Writes go through ``DemoBulkRepository`` in batches of ``BATCH`` incidents per transaction. The
audit trail gets one summary entry per batch (``demo.incidents_seeded`` with the codes and the
count), not one per incident: this is seeded sample data, not work anybody did, and the summary
says so where an auditor looks.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.clocks import DEFAULT_GRADE_TARGETS
from app.domain.grading import GradingInput, LeakTier, Sensitivity, Urgency, suggest_grade
from app.domain.incidents import IncidentCategory
from app.domain.lifecycle import Status
from app.domain.response_plans import instantiate, template_for
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.database import Database
from app.storage.demo_bulk_repository import (
    BulkChecklistStep,
    BulkIncident,
    BulkReview,
    BulkStatusChange,
    BulkTimelineEntry,
    DemoBulkRepository,
)

BATCH = 1_000  # incidents per transaction
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
DEFAULT_INCIDENTS = 60
CODE_PREFIX = "INC"  # as app.services.incidents.CODE_PREFIX (not imported: the service is not needed)

# (English, Traditional Chinese, Simplified Chinese)
Text3 = tuple[str, str, str]
EN, HANT, HANS = 0, 1, 2
_LANGUAGE_WEIGHTS = (40, 35, 25)

_DEPARTMENTS: tuple[Text3, ...] = (
    ("Human Resources", "人力資源部", "人力资源部"),
    ("IT Security", "資訊安全部", "信息安全部"),
    ("Manufacturing", "生產部", "生产部"),
    ("Customer Service", "客戶服務中心", "客户服务中心"),
    ("Finance", "財務部", "财务部"),
    ("R&D", "研發中心", "研发中心"),
    ("Logistics", "物流部", "物流部"),
    ("Sales", "銷售部", "销售部"),
    ("Legal", "法務部", "法务部"),
    ("Public Relations", "公共關係部", "公共关系部"),
)
_EAP_OFFICE: Text3 = ("EAP Office", "員工協助中心", "员工协助中心")
_SITES: tuple[Text3, ...] = (
    ("Taipei headquarters", "台北總部", "台北总部"),
    ("Shenzhen plant", "深圳廠區", "深圳厂区"),
    ("Hong Kong office", "香港辦事處", "香港办事处"),
    ("Shanghai R&D centre", "上海研發中心", "上海研发中心"),
    ("Kaohsiung warehouse", "高雄倉庫", "高雄仓库"),
    ("Suzhou plant", "蘇州工廠", "苏州工厂"),
)
_SOURCES: tuple[Text3, ...] = (
    ("Call to the 24-hour hotline", "24小時熱線來電", "24小时热线来电"),
    ("Report from HR", "人力資源部通報", "人力资源部通报"),
    ("Screenshot from a chat group", "聊天群組截圖", "聊天群组截图"),
    ("IT monitoring alert", "資訊監控警報", "信息监控警报"),
    ("E-mail from the supervisor", "直屬主管電郵", "直属主管邮件"),
    ("News report", "媒體報道", "媒体报道"),
    ("Screening result (red alert)", "篩查結果(紅色預警)", "筛查结果(红色预警)"),
)


@dataclass(frozen=True, slots=True)
class _Scenario:
    """One kind of event: its words in three scripts and how it grades."""

    title: Text3  # placeholders {dept} {site} {n}
    narrative: Text3
    cause: Text3
    grades: tuple[str, ...]  # the grades this scenario plausibly has
    leak: bool = False  # graded by the privacy-leak tiers
    life: bool = False  # grade I means an imminent risk to life
    money: bool = False  # has a direct loss
    few: bool = False  # about one or a few people: the grade comes from urgency and harm, not headcount


_S = _Scenario
_SCENARIOS: dict[IncidentCategory, tuple[_Scenario, ...]] = {
    IncidentCategory.PRIVACY_LEAK: (
        _S(
            (
                "Counselling records of {dept} staff shared in a chat group",
                "{dept}員工心理諮詢記錄在聊天群組外傳",
                "{dept}员工心理咨询记录在聊天群组外传",
            ),
            (
                "Screenshots of counselling notes about {n} employees of {dept} were posted in an internal "
                "chat group; the source appears to be an exported report.",
                "{dept}{n}名員工的心理諮詢記錄截圖被發到內部聊天群組,疑為導出的報表外傳,屬心理隱私泄露。",
                "{dept}{n}名员工的心理咨询记录截图被发到内部聊天群组,疑为导出的报表外传,属心理隐私泄露。",
            ),
            ("Exported report forwarded by an insider", "內部人員轉發導出報表", "内部人员转发导出报表"),
            ("II", "III"),
            leak=True,
        ),
        _S(
            (
                "Assessment results readable on a shared drive at {site}",
                "{site}心理健康評估結果存放於共享磁碟",
                "{site}心理健康评估结果存放于共享磁盘",
            ),
            (
                "PHQ-9 and GAD-7 results of {n} employees were found in a folder the whole department can read.",
                "{n}名員工的PHQ-9及GAD-7評估結果存放在全部門可讀的資料夾,內部管理制度不完善導致心理隱私泄露。",
                "{n}名员工的PHQ-9及GAD-7评估结果存放在全部门可读的文件夹,内部管理制度不完善导致心理隐私泄露。",
            ),
            ("Weak internal access rules", "內部權限制度不完善", "内部权限制度不完善"),
            ("II", "III"),
            leak=True,
        ),
        _S(
            (
                "External attack on the EAP booking system",
                "員工協助預約系統遭外部黑客攻擊,心理隱私泄露",
                "员工协助预约系统遭外部黑客攻击,心理隐私泄露",
            ),
            (
                "Attackers used a system hole and copied treatment records of {n} employees; samples "
                "appeared on a forum.",
                "黑客利用系統漏洞複製了{n}名員工的治療記錄及心理疾病史,部分資料出現在網上論壇。",
                "黑客利用系统漏洞复制了{n}名员工的治疗记录及心理疾病史,部分资料出现在网上论坛。",
            ),
            ("System hole exploited by an attacker", "系統漏洞遭黑客利用", "系统漏洞遭黑客利用"),
            ("I", "II"),
            leak=True,
            money=True,
        ),
        _S(
            (
                "Colleagues gossip about an employee's counselling",
                "同事私下議論員工接受心理諮詢,輕微心理隱私泄露",
                "同事私下议论员工接受心理咨询,轻微心理隐私泄露",
            ),
            (
                "An employee in {dept} reports that colleagues discuss his mood and counselling sessions.",
                "{dept}一名員工反映同事在辦公室圈子議論其情緒狀態及心理諮詢情況。",
                "{dept}一名员工反映同事在办公室圈子议论其情绪状态及心理咨询情况。",
            ),
            ("Informal spreading between colleagues", "同事之間非正式傳播", "同事之间非正式传播"),
            ("IV", "III"),
            leak=True,
            few=True,
        ),
    ),
    IncidentCategory.PSYCHOLOGICAL_CRISIS: (
        _S(
            (
                "Employee voices suicidal thoughts on the hotline",
                "員工致電24小時熱線表達輕生念頭",
                "员工致电24小时热线表达轻生念头",
            ),
            (
                "A {dept} employee called the crisis hotline at night and disclosed self-harm plans "
                "(PHQ-9 item 9 above 0); the on-call counsellor kept contact.",
                "{dept}一名員工深夜致電危機熱線,透露自傷計劃,PHQ-9第9題得分大於0,值班心理諮詢師保持聯繫。",
                "{dept}一名员工深夜致电危机热线,透露自伤计划,PHQ-9第9题得分大于0,值班心理咨询师保持联系。",
            ),
            ("Acute depression with suicide risk", "急性抑鬱伴自殺風險", "急性抑郁伴自杀风险"),
            ("I",),
            life=True,
            few=True,
        ),
        _S(
            (
                "Acute distress after a performance review at {site}",
                "{site}員工績效面談後出現急性心理困擾",
                "{site}员工绩效面谈后出现急性心理困扰",
            ),
            (
                "An employee broke down after a performance review, could not go on working and asked "
                "for urgent counselling.",
                "一名員工在績效面談後情緒崩潰,無法繼續工作,要求緊急心理諮詢,屬員工心理危機。",
                "一名员工在绩效面谈后情绪崩溃,无法继续工作,要求紧急心理咨询,属员工心理危机。",
            ),
            ("Work stress and conflict with a manager", "工作壓力及與主管衝突", "工作压力及与主管冲突"),
            ("II", "III"),
            few=True,
        ),
        _S(
            (
                "Red alert from screening in {dept}",
                "{dept}篩查紅色預警:抑鬱量表重度分數",
                "{dept}筛查红色预警:抑郁量表重度分数",
            ),
            (
                "Online screening flagged an employee with a severe PHQ-9 score and a missed follow-up; "
                "the red-alert rule triggered.",
                "線上篩查發現一名員工PHQ-9達重度且錯過跟進,觸發紅色預警規則,啟動員工心理危機干預。",
                "线上筛查发现一名员工PHQ-9达重度且错过跟进,触发红色预警规则,启动员工心理危机干预。",
            ),
            ("Severe depressive symptoms", "重度抑鬱症狀", "重度抑郁症状"),
            ("II", "III"),
            few=True,
        ),
    ),
    IncidentCategory.CRITICAL_EVENT: (
        _S(
            ("Death of a colleague in {dept}", "{dept}同事離世", "{dept}同事离世"),
            (
                "A long-serving colleague died suddenly; {n} team members are affected and need grief support.",
                "一名資深同事突然離世,{n}名團隊成員受到影響,需要哀傷輔導。",
                "一名资深同事突然离世,{n}名团队成员受到影响,需要哀伤辅导。",
            ),
            ("Sudden death of an employee", "員工猝逝", "员工猝逝"),
            ("II", "III"),
        ),
        _S(
            (
                "Restructuring and layoffs announced at {site}",
                "{site}宣布組織重組及裁員",
                "{site}宣布组织重组及裁员",
            ),
            (
                "The restructuring plan affects {n} employees; rumours and anxiety spread and HR asks for "
                "crisis support during the restructuring.",
                "重組方案涉及{n}名員工,謠言及焦慮情緒蔓延,人力資源部要求在重組期間提供危機心理支持。",
                "重组方案涉及{n}名员工,谣言及焦虑情绪蔓延,人力资源部要求在重组期间提供危机心理支持。",
            ),
            ("Business restructuring", "業務重組", "业务重组"),
            ("I", "II", "III"),
        ),
        _S(
            (
                "Violence between employees at {site}",
                "{site}員工之間發生暴力衝突",
                "{site}员工之间发生暴力冲突",
            ),
            (
                "Two employees fought on the production floor; {n} witnesses were shaken.",
                "兩名員工在生產線發生肢體衝突,{n}名目擊同事受到驚嚇。",
                "两名员工在生产线发生肢体冲突,{n}名目击同事受到惊吓。",
            ),
            ("Long-running conflict in a team", "團隊長期矛盾", "团队长期矛盾"),
            ("I", "III", "IV"),
            life=True,
        ),
    ),
    IncidentCategory.WORKPLACE_ACCIDENT: (
        _S(
            ("Forklift accident at {site}", "{site}叉車翻側事故", "{site}叉车翻侧事故"),
            (
                "A forklift overturned; one worker was seriously injured and {n} colleagues saw it happen.",
                "一輛叉車翻側,一名工人重傷,{n}名同事目睹事故經過。",
                "一辆叉车翻侧,一名工人重伤,{n}名同事目睹事故经过。",
            ),
            ("Overloaded forklift", "叉車超載", "叉车超载"),
            ("I", "II", "III"),
            life=True,
            money=True,
        ),
        _S(
            ("Chemical spill in the laboratory", "實驗室化學品泄漏", "实验室化学品泄漏"),
            (
                "A solvent spill at {site} led to the evacuation of {n} staff; two were treated for inhalation.",
                "{site}溶劑泄漏,{n}名員工疏散,兩人因吸入不適接受治療。",
                "{site}溶剂泄漏,{n}名员工疏散,两人因吸入不适接受治疗。",
            ),
            ("Damaged container", "容器破損", "容器破损"),
            ("III", "IV"),
            money=True,
        ),
    ),
    IncidentCategory.CYBER_SECURITY: (
        _S(
            (
                "Ransomware encrypted the HR file server",
                "勒索軟件加密人力資源文件伺服器",
                "勒索软件加密人力资源文件服务器",
            ),
            (
                "Ransomware encrypted the HR file server at {site}; backups are being checked and "
                "counselling files may be affected.",
                "{site}人力資源文件伺服器遭勒索軟件加密,正在核查備份,心理諮詢檔案可能受影響。",
                "{site}人力资源文件服务器遭勒索软件加密,正在核查备份,心理咨询档案可能受影响。",
            ),
            ("Ransomware from a phishing attachment", "釣魚郵件附件帶入勒索軟件", "钓鱼邮件附件带入勒索软件"),
            ("I", "II"),
            money=True,
        ),
        _S(
            ("Phishing campaign against {dept}", "針對{dept}的釣魚郵件攻擊", "针对{dept}的钓鱼邮件攻击"),
            (
                "{n} employees of {dept} received phishing mail; three entered their passwords.",
                "{dept}{n}名員工收到釣魚郵件,其中三人輸入了密碼。",
                "{dept}{n}名员工收到钓鱼邮件,其中三人输入了密码。",
            ),
            ("Targeted phishing", "針對性釣魚攻擊", "针对性钓鱼攻击"),
            ("III", "IV"),
        ),
        _S(
            ("Outage of the EAP case system", "員工協助個案系統中斷", "员工协助个案系统中断"),
            (
                "The case system was down for hours after a failed update; the hotline worked on paper.",
                "個案系統更新失敗後中斷數小時,熱線改用紙本記錄。",
                "个案系统更新失败后中断数小时,热线改用纸本记录。",
            ),
            ("Failed software update", "軟件更新失敗", "软件更新失败"),
            ("III", "IV"),
        ),
    ),
    IncidentCategory.PUBLIC_HEALTH: (
        _S(
            ("Influenza cluster at {site}", "{site}出現流感群聚", "{site}出现流感聚集"),
            (
                "{n} employees reported sick within a week; the canteen was closed for disinfection.",
                "一週內{n}名員工病倒,食堂暫停營業進行消毒。",
                "一周内{n}名员工病倒,食堂暂停营业进行消毒。",
            ),
            ("Seasonal influenza", "季節性流感", "季节性流感"),
            ("II", "III", "IV"),
        ),
        _S(
            ("Food poisoning after the annual dinner", "年會後發生食物中毒", "年会后发生食物中毒"),
            (
                "{n} employees were treated in hospital after the annual dinner.",
                "年會後{n}名員工入院治療。",
                "年会后{n}名员工入院治疗。",
            ),
            ("Contaminated catering", "餐飲受污染", "餐饮受污染"),
            ("II", "III"),
        ),
    ),
    IncidentCategory.NATURAL_DISASTER: (
        _S(
            ("Typhoon damage at {site}", "颱風襲擊{site}造成損毀", "台风袭击{site}造成损毁"),
            (
                "The typhoon flooded the ground floor; {n} employees could not reach work and some lost their homes.",
                "颱風導致一樓水浸,{n}名員工無法上班,部分員工房屋受損。",
                "台风导致一楼水浸,{n}名员工无法上班,部分员工房屋受损。",
            ),
            ("Typhoon", "颱風", "台风"),
            ("I", "II", "III"),
            money=True,
        ),
        _S(
            ("Earthquake: {site} evacuated", "地震:{site}辦公大樓疏散", "地震:{site}办公大楼疏散"),
            (
                "A strong earthquake shook the building; {n} staff evacuated and several report anxiety and "
                "sleeplessness.",
                "強烈地震波及辦公大樓,{n}名員工疏散,多人出現焦慮及失眠。",
                "强烈地震波及办公大楼,{n}名员工疏散,多人出现焦虑及失眠。",
            ),
            ("Earthquake", "地震", "地震"),
            ("II", "III", "IV"),
        ),
    ),
    IncidentCategory.SUPPLY_CHAIN: (
        _S(
            (
                "Key supplier stopped deliveries to {site}",
                "主要供應商停止向{site}供貨",
                "主要供应商停止向{site}供货",
            ),
            (
                "The only supplier of a critical part stopped deliveries; production paused and overtime "
                "pressure on {n} employees rises.",
                "關鍵零件唯一供應商停止供貨,生產暫停,{n}名員工加班壓力上升。",
                "关键零件唯一供应商停止供货,生产暂停,{n}名员工加班压力上升。",
            ),
            ("Supplier insolvency", "供應商破產", "供应商破产"),
            ("II", "III", "IV"),
            money=True,
        ),
        _S(
            ("Port closure delays shipments", "港口關閉導致貨運延誤", "港口关闭导致货运延误"),
            (
                "A port closure held back shipments for {site} for two weeks.",
                "港口關閉導致{site}貨運延誤兩週。",
                "港口关闭导致{site}货运延误两周。",
            ),
            ("Port closure", "港口關閉", "港口关闭"),
            ("III", "IV"),
            money=True,
        ),
    ),
    IncidentCategory.REPUTATION: (
        _S(
            (
                "Viral post accuses the company of ignoring burnout",
                "社交媒體帖文指責公司漠視員工過勞",
                "社交媒体帖文指责公司漠视员工过劳",
            ),
            (
                "A former {dept} employee's post claims burnout was ignored; journalists ask for a "
                "statement and one external voice is needed.",
                "{dept}前員工的帖文被大量轉發,指公司漠視過勞,記者要求回應,需統一對外口徑。",
                "{dept}前员工的帖文被大量转发,指公司漠视过劳,记者要求回应,需统一对外口径。",
            ),
            ("Public complaint by a former employee", "前員工公開投訴", "前员工公开投诉"),
            ("II", "III", "IV"),
        ),
        _S(
            (
                "Press report on a psychological privacy leak",
                "媒體報道員工心理隱私泄露事件",
                "媒体报道员工心理隐私泄露事件",
            ),
            (
                "A newspaper reports that employees' counselling data leaked; {n} employees call the hotline.",
                "報章報道員工心理諮詢資料外泄,{n}名員工致電熱線查詢。",
                "报章报道员工心理咨询资料外泄,{n}名员工致电热线查询。",
            ),
            ("Media coverage of an earlier leak", "媒體跟進早前泄露事件", "媒体跟进早前泄露事件"),
            ("I", "II"),
        ),
    ),
}
_CATEGORY_WEIGHTS: dict[IncidentCategory, int] = {
    IncidentCategory.PRIVACY_LEAK: 14,
    IncidentCategory.PSYCHOLOGICAL_CRISIS: 24,
    IncidentCategory.CRITICAL_EVENT: 16,
    IncidentCategory.WORKPLACE_ACCIDENT: 9,
    IncidentCategory.CYBER_SECURITY: 11,
    IncidentCategory.PUBLIC_HEALTH: 7,
    IncidentCategory.NATURAL_DISASTER: 5,
    IncidentCategory.SUPPLY_CHAIN: 6,
    IncidentCategory.REPUTATION: 8,
}

# Timeline wording per lifecycle step; {dept} is a department.
_REPORTED: tuple[Text3, ...] = (
    ("Report received via the 24-hour hotline", "經24小時熱線接報", "经24小时热线接报"),
    ("Report received from the {dept} manager", "接獲{dept}主管通報", "接获{dept}主管通报"),
    ("Employee came to the EAP office in person", "員工親自到員工協助中心求助", "员工亲自到员工协助中心求助"),
)
_VERIFIED: tuple[Text3, ...] = (
    (
        "Confirmed through a second channel (HR and the supervisor)",
        "經第二渠道(人力資源部及直屬主管)核實",
        "经第二渠道(人力资源部及直属主管)核实",
    ),
    (
        "Facts checked with {dept}; report confirmed",
        "已與{dept}核對事實,確認屬實",
        "已与{dept}核对事实,确认属实",
    ),
)
_ASSESSED: tuple[Text3, ...] = (
    (
        "First assessment done; first statement promising updates sent",
        "完成初步評估,發出承諾持續更新的首次通報",
        "完成初步评估,发出承诺持续更新的首次通报",
    ),
    ("Impact on people and operations assessed", "已評估對員工及營運的影響", "已评估对员工及运营的影响"),
)
_RESPONDING: tuple[Text3, ...] = (
    (
        "Response plan activated; crisis team notified",
        "啟動應急預案,通知危機小組",
        "启动应急预案,通知危机小组",
    ),
    ("On-call crisis lead took charge", "值班危機負責人接手處理", "值班危机负责人接手处理"),
)
_ACTIONS: dict[IncidentCategory, tuple[Text3, ...]] = {
    IncidentCategory.PRIVACY_LEAK: (
        (
            "Export function disabled; access-log audit started",
            "停用導出功能並開始審查訪問日誌",
            "停用导出功能并开始审查访问日志",
        ),
        (
            "Affected employees notified; dedicated hotline opened",
            "已通知受影響員工並開通專線",
            "已通知受影响员工并开通专线",
        ),
        (
            "Evidence preserved with hashes for the legal team",
            "已保留證據並計算哈希值交法務部",
            "已保留证据并计算哈希值交法务部",
        ),
    ),
    IncidentCategory.PSYCHOLOGICAL_CRISIS: (
        (
            "Counsellor met the employee; safety plan agreed",
            "心理諮詢師與員工面談,訂立安全計劃",
            "心理咨询师与员工面谈,订立安全计划",
        ),
        (
            "Emergency contact called with the employee's authorisation",
            "經員工授權聯繫緊急聯絡人",
            "经员工授权联系紧急联络人",
        ),
        ("Follow-up within 24 hours done", "已於24小時內完成跟進", "已于24小时内完成跟进"),
    ),
    IncidentCategory.CRITICAL_EVENT: (
        ("Group grief session held for the team", "為團隊舉辦集體哀傷輔導", "为团队举办集体哀伤辅导"),
        ("Briefing for managers on supporting staff", "向主管講解如何支持員工", "向主管讲解如何支持员工"),
    ),
    IncidentCategory.WORKPLACE_ACCIDENT: (
        ("Injured worker's family informed", "已通知受傷工人家屬", "已通知受伤工人家属"),
        ("Psychological first aid for witnesses", "為目擊員工提供心理急救", "为目击员工提供心理急救"),
    ),
    IncidentCategory.CYBER_SECURITY: (
        (
            "Infected servers isolated; restore from backup started",
            "隔離受感染伺服器,開始從備份恢復",
            "隔离受感染服务器,开始从备份恢复",
        ),
        ("Passwords reset for affected accounts", "已重設受影響帳戶密碼", "已重设受影响账户密码"),
    ),
    IncidentCategory.PUBLIC_HEALTH: (
        ("Health advice sent to all staff", "已向全體員工發出健康指引", "已向全体员工发出健康指引"),
    ),
    IncidentCategory.NATURAL_DISASTER: (
        ("Roll call completed; everyone accounted for", "完成點名,全員安全", "完成点名,全员安全"),
        (
            "Emergency support fund opened for affected staff",
            "為受災員工設立緊急援助金",
            "为受灾员工设立紧急援助金",
        ),
    ),
    IncidentCategory.SUPPLY_CHAIN: (
        ("Alternative supplier contacted", "已聯繫替代供應商", "已联系替代供应商"),
    ),
    IncidentCategory.REPUTATION: (
        (
            "Single external statement approved by PR and legal",
            "公關及法務審批統一對外口徑",
            "公关及法务审批统一对外口径",
        ),
        ("Internal notice to staff published", "已發布員工內部通告", "已发布员工内部通告"),
    ),
}
_REVIEWED: tuple[Text3, ...] = (
    (
        "Review completed; lessons learned recorded",
        "完成總結與改進,記錄經驗教訓",
        "完成总结与改进,记录经验教训",
    ),
)
# The review section (總結與改進): recovery plan, effect evaluation, lessons learned, plan revisions.
_RECOVERY: tuple[Text3, ...] = (
    (
        "Follow-up sessions for affected staff for one month; access rights reviewed",
        "受影響員工一個月內跟進輔導;重新審視存取權限",
        "受影响员工一个月内跟进辅导;重新审视访问权限",
    ),
    (
        "Recovery plan agreed with HR and the team leads",
        "與人力資源部及團隊主管訂立恢復計劃",
        "与人力资源部及团队主管订立恢复计划",
    ),
)
_EFFECT: tuple[Text3, ...] = (
    (
        "Affected employees back at work; screening scores improved",
        "受影響員工已復工,篩查分數改善",
        "受影响员工已复工,筛查分数改善",
    ),
    (
        "No further spread; hotline calls back to normal",
        "未見進一步擴散,熱線來電回復正常",
        "未见进一步扩散,热线来电恢复正常",
    ),
)
_LESSONS: tuple[Text3, ...] = (
    (
        "Confirm through two channels earlier; one external voice worked well",
        "應更早經兩個渠道核實;統一對外口徑效果良好",
        "应更早经两个渠道核实;统一对外口径效果良好",
    ),
    ("Notify key people within the first hour", "首小時內通知關鍵人員", "首小时内通知关键人员"),
)
_PLAN_REVISIONS: tuple[Text3, ...] = (
    ("Move the hotline step earlier in the plan", "將熱線步驟提前", "将热线步骤提前"),
    ("", "", ""),
)
_CONTAINED: tuple[Text3, ...] = (
    ("Situation contained; no further spread", "事態已受控,未見進一步擴散", "事态已受控,未见进一步扩散"),
)
_RESOLVED: tuple[Text3, ...] = (
    (
        "Resolved; follow-up handed to the EAP office",
        "事件已解決,後續跟進交由員工協助中心",
        "事件已解决,后续跟进交由员工协助中心",
    ),
)
_DISMISS_REASONS: tuple[Text3, ...] = (
    (
        "False alarm: the screenshots came from a training exercise",
        "誤報:截圖來自培訓練習",
        "误报:截图来自培训练习",
    ),
    ("False alarm: duplicate of an earlier report", "誤報:與早前報告重複", "误报:与早前报告重复"),
    ("False alarm: the employee is safe and was joking", "誤報:員工安全,只是玩笑", "误报:员工安全,只是玩笑"),
)
_REOPEN_REASONS: tuple[Text3, ...] = (
    (
        "Containment did not hold: new messages appeared",
        "控制未能維持:再次出現相關訊息",
        "控制未能维持:再次出现相关讯息",
    ),
    ("Distress returned at the one-week follow-up", "一週跟進時困擾再現", "一周跟进时困扰再现"),
)
_OVERRIDE_REASONS: tuple[Text3, ...] = (
    ("Raised: the employee's manager is part of the event", "上調:員工主管涉及事件", "上调:员工主管涉及事件"),
    ("Lowered: the information was already public", "下調:資料早已公開", "下调:资料早已公开"),
)
_FLAG_PREFIX: dict[str, Text3] = {
    "drill": ("[Drill] ", "【演練】", "【演练】"),
    "test": ("[Test] ", "【測試】", "【测试】"),
}

_GRADES = ("I", "II", "III", "IV")
_URGENCY = {"I": Urgency.IMMEDIATE, "II": Urgency.HIGH, "III": Urgency.MEDIUM, "IV": Urgency.LOW}
_PEOPLE = {"I": (100, 400), "II": (30, 99), "III": (10, 29), "IV": (1, 9)}
_LOSS = {
    "I": (100_000_000, 400_000_000),
    "II": (10_000_000, 99_000_000),
    "III": (1_000_000, 9_900_000),
    "IV": (0, 990_000),
}
_LEAK_TIER = {"I": LeakTier.MAJOR, "II": LeakTier.MAJOR, "III": LeakTier.MODERATE, "IV": LeakTier.MINOR}
_SENSITIVITY = {
    "I": Sensitivity.CRITICAL,
    "II": Sensitivity.CRITICAL,
    "III": Sensitivity.HIGH,
    "IV": Sensitivity.LOW,
}
# How long containment and resolution take, by grade (days, as a range).
_TO_CONTAIN = {"I": (0.2, 3), "II": (0.5, 6), "III": (1, 10), "IV": (1, 14)}
_TO_RESOLVE = {"I": (3, 30), "II": (3, 25), "III": (2, 20), "IV": (1, 14)}


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Someone incidents can be owned and timeline entries written by."""

    user_id: int
    username: str


@dataclass(frozen=True, slots=True)
class DemoFillResult:
    incidents: int
    timeline_entries: int
    status_changes: int
    checklist_steps: int
    reviews: int = 0


@dataclass(slots=True)
class _Batch:
    incidents: list[BulkIncident]
    timeline: list[BulkTimelineEntry]
    changes: list[BulkStatusChange]
    checklist: list[BulkChecklistStep]
    reviews: list[BulkReview]


def _span(count: int) -> timedelta:
    """How far back the demo reaches: a few recent months for a pleasant default, years for 100,000."""
    return timedelta(days=max(150, min(365 * 6, count // 45)))


def _final_target(rng: random.Random, age: timedelta) -> Status:
    """Where the incident is heading; later events cut off at ``now`` may leave it earlier."""
    days = age / timedelta(days=1)
    choices: tuple[Status, ...]
    if days > 180:  # an office closes its old cases; a few linger (a long recovery, a slow review)
        choices = (Status.DISMISSED, Status.REVIEWED, Status.RESOLVED, Status.CONTAINED, Status.RESPONDING)
        weights = (8, 70, 20, 1.5, 0.5)
    elif days > 45:
        choices = (Status.DISMISSED, Status.REVIEWED, Status.RESOLVED, Status.CONTAINED, Status.RESPONDING)
        weights = (8, 50, 32, 6, 4)
    elif days > 10:
        choices = (
            Status.DISMISSED,
            Status.ASSESSED,
            Status.RESPONDING,
            Status.CONTAINED,
            Status.RESOLVED,
            Status.REVIEWED,
        )
        weights = (8, 6, 26, 25, 30, 5)
    else:
        choices = (
            Status.REPORTED,
            Status.VERIFIED,
            Status.ASSESSED,
            Status.RESPONDING,
            Status.CONTAINED,
            Status.RESOLVED,
            Status.DISMISSED,
        )
        weights = (14, 12, 14, 30, 14, 9, 7)
    return rng.choices(choices, weights)[0]


def _factor(rng: random.Random, meet: float) -> float:
    """A fraction of a target: below 1 (met) with probability ``meet``, else late."""
    return rng.uniform(0.1, 0.95) if rng.random() < meet else rng.uniform(1.05, 3.0)


class _Generator:
    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        staff: Sequence[StaffMember],
        *,
        rich: bool,
    ) -> None:
        self.rng = rng
        self.now = now
        self.staff = staff
        self.rich = rich  # a small demo gets every timeline entry; a big one fewer (search index cost)
        self.categories = list(_CATEGORY_WEIGHTS)
        self.category_weights = list(_CATEGORY_WEIGHTS.values())
        # Each plan instantiated once at an epoch; an incident's checklist is that copy shifted to its
        # activation time (what ``instantiate`` would give, without rebuilding it 100,000 times).
        self.plans: dict[tuple[str, str], list[tuple[int, str | None, str, str, str, timedelta]]] = {}
        for c in IncidentCategory:
            for g in _GRADES:
                template = template_for(c.value, g)
                items = instantiate(template, _EPOCH) if template else []
                self.plans[(c.value, g)] = [
                    (
                        item.order,
                        item.step_code,
                        item.title_en,
                        item.title_zh,
                        item.role.value,
                        item.due_at - _EPOCH,
                    )
                    for item in items
                ]
        self.suggestions: dict[tuple[object, ...], str] = {}

    def _text(self, choices: Sequence[Text3], lang: int, **fill: str) -> str:
        return self.rng.choice(choices)[lang].format(**fill)

    def _grading(self, scenario: _Scenario, grade: str) -> GradingInput:
        rng = self.rng
        low, high = _PEOPLE[grade]
        people = rng.randint(1, 3) if scenario.few else rng.randint(low, high)
        if scenario.leak:
            major_few = grade == "II"
            return GradingInput(
                people_affected=min(people, 49) if major_few else people,
                leak_tier=_LEAK_TIER[grade],
                external_attack=grade == "I",
                urgency=_URGENCY[grade],
            )
        if scenario.life and grade == "I":
            return GradingInput(
                people_affected=people if not scenario.few else 1,
                imminent_risk_to_life=True,
                urgency=Urgency.IMMEDIATE,
            )
        loss = None
        if scenario.money and rng.random() < 0.8:
            loss = rng.randint(*_LOSS[grade])
        return GradingInput(
            people_affected=people,
            sensitivity=_SENSITIVITY[grade] if grade != "I" else Sensitivity.HIGH,
            urgency=_URGENCY[grade],
            direct_loss=loss,
        )

    def incident(
        self,
        incident_id: int,
        code: tuple[str, int, int],
        reported_at: datetime,
        batch: _Batch,
        *,
        category: IncidentCategory | None = None,
        grade: str | None = None,
        target: Status | None = None,
        flag: str | None = None,
    ) -> None:
        rng, now = self.rng, self.now
        if category is None:
            fitting = [
                c for c in self.categories if grade is None or any(grade in x.grades for x in _SCENARIOS[c])
            ]
            weights = [_CATEGORY_WEIGHTS[c] for c in fitting]
            category = rng.choices(fitting, weights)[0]
        scenarios = _SCENARIOS[category]
        if grade is not None and any(grade in x.grades for x in scenarios):
            scenario = rng.choice([x for x in scenarios if grade in x.grades])
        else:
            scenario = rng.choice(scenarios)
        if grade not in scenario.grades:
            grade = rng.choice(scenario.grades)
        grading = self._grading(scenario, grade)
        # Every input drawn for one scenario and grade lies in the same bands of the grading table, so
        # the suggestion is computed once per (scenario, grade, loss known) and reused.
        key = (id(scenario), grade, grading.direct_loss is None)
        suggested = self.suggestions.get(key)
        if suggested is None:
            suggested = self.suggestions[key] = suggest_grade(category, grading).grade.value
        lang = rng.choices((EN, HANT, HANS), _LANGUAGE_WEIGHTS)[0]
        chosen, override = suggested, None
        if rng.random() < 0.05:
            index = _GRADES.index(suggested)
            step = 1 if index == 0 else -1 if index == 3 else rng.choice((-1, 1))
            chosen = _GRADES[index + step]
            override = _OVERRIDE_REASONS[0 if step < 0 else 1][lang]
        dept = rng.choice(_DEPARTMENTS)
        site = rng.choice(_SITES)
        people = grading.people_affected or 1
        fill = {"dept": dept[lang], "site": site[lang], "n": str(people)}
        roll = rng.random()
        if flag is None and roll < 0.03:
            flag = "drill"
        elif flag is None and roll < 0.04:
            flag = "test"
        title = scenario.title[lang].format(**fill)
        if flag:
            title = _FLAG_PREFIX[flag][lang] + title
        owner = rng.choice(self.staff)
        targets = DEFAULT_GRADE_TARGETS[chosen]
        detected = reported_at - timedelta(minutes=rng.uniform(2, 240))
        occurred = detected - timedelta(minutes=rng.uniform(0, 600))
        created = reported_at + timedelta(minutes=rng.uniform(1, 8))
        target = target or _final_target(rng, now - reported_at)

        # The path the incident would take, with the time of each move.
        ack_at = max(reported_at + targets.acknowledge * _factor(rng, 0.75), created + timedelta(minutes=1))
        start_at = max(
            reported_at + targets.start_response * _factor(rng, 0.7), ack_at + timedelta(minutes=4)
        )
        assessed_at = ack_at + (start_at - ack_at) * rng.uniform(0.3, 0.8)
        contain_at = start_at + timedelta(days=rng.uniform(*_TO_CONTAIN[chosen]))
        resolve_at = contain_at + timedelta(days=rng.uniform(*_TO_RESOLVE[chosen]))
        review_at = resolve_at + timedelta(days=rng.uniform(2, 20))
        path: list[tuple[Status, Status, datetime, str | None]] = []
        if target is Status.DISMISSED:
            path.append((Status.REPORTED, Status.DISMISSED, ack_at, self._text(_DISMISS_REASONS, lang)))
        elif target is not Status.REPORTED:
            order = (
                Status.VERIFIED,
                Status.ASSESSED,
                Status.RESPONDING,
                Status.CONTAINED,
                Status.RESOLVED,
                Status.REVIEWED,
            )
            times = (ack_at, assessed_at, start_at, contain_at, resolve_at, review_at)
            previous = Status.REPORTED
            for status, at in zip(order, times, strict=True):
                path.append((previous, status, at, None))
                previous = status
                if status is target:
                    break
            if target in (Status.CONTAINED, Status.RESOLVED, Status.REVIEWED) and rng.random() < 0.1:
                # containment did not hold: back to responding, contained again later
                back = contain_at + (resolve_at - contain_at) * 0.3
                again = contain_at + (resolve_at - contain_at) * 0.6
                reason = self._text(_REOPEN_REASONS, lang)
                index = next(i for i, step in enumerate(path) if step[1] is Status.CONTAINED)
                path[index + 1 : index + 1] = [
                    (Status.CONTAINED, Status.RESPONDING, back, reason),
                    (Status.RESPONDING, Status.CONTAINED, again, None),
                ]
        path = [step for step in path if step[2] <= now]
        # A reopen cut off halfway is fine (responding again); a resolve before its contain cannot happen.
        status = path[-1][1] if path else Status.REPORTED

        reached = {step[1] for step in path}
        acknowledged = path[0][2] if path else None
        started = start_at if Status.RESPONDING in reached else None
        contained = max((s[2] for s in path if s[1] is Status.CONTAINED), default=None)
        resolved = max((s[2] for s in path if s[1] is Status.RESOLVED), default=None)
        reviewed = max((s[2] for s in path if s[1] is Status.REVIEWED), default=None)
        user = owner.user_id
        for source, goal, at, reason in path:
            batch.changes.append(BulkStatusChange(incident_id, source.value, goal.value, reason, at, user))

        # Timeline: the report, one line per step reached, and actions while responding.
        eap = _EAP_OFFICE[lang]
        entries: list[tuple[datetime, str, str]] = [
            (reported_at, self._text(_REPORTED, lang, dept=dept[lang]), eap)
        ]
        wording = {
            Status.VERIFIED: _VERIFIED,
            Status.ASSESSED: _ASSESSED,
            Status.RESPONDING: _RESPONDING,
            Status.CONTAINED: _CONTAINED,
            Status.RESOLVED: _RESOLVED,
            Status.REVIEWED: _REVIEWED,
        }
        for _, goal, at, _ in path:
            if goal in wording and (self.rich or goal is Status.RESPONDING):
                entries.append((at, self._text(wording[goal], lang, dept=dept[lang]), eap))
        if started is not None:
            until = contained or now
            actions = _ACTIONS[category]
            for _ in range(rng.randint(1, 3) if self.rich else int(rng.random() < 0.3)):
                at = started + (until - started) * rng.uniform(0.05, 0.95)
                entries.append((at, rng.choice(actions)[lang], dept[lang]))
        entries.sort(key=lambda e: e[0])
        for at, text, department in entries:
            author = rng.choice(self.staff).user_id
            batch.timeline.append(
                BulkTimelineEntry(
                    incident_id,
                    at,
                    author,
                    department,
                    text,
                    min(at + timedelta(minutes=rng.uniform(1, 30)), now),
                )
            )

        # Checklist: copied from the plan on the first move to responding, ticked off as work went on.
        last_done = started
        open_steps_due: list[datetime] = []
        if started is not None:
            end = resolved or contained
            random_ = rng.random
            for order, step_code, title_en, title_zh, role, offset in self.plans[(category.value, chosen)]:
                due_at = started + offset
                done_at = None
                if end is not None and (due_at <= end or resolved is not None):
                    late = random_() < 0.2
                    done_at = due_at + offset * (0.05 + 0.75 * random_() if late else -0.7 * random_())
                elif due_at <= now and random_() < 0.65:
                    done_at = due_at - offset * (0.7 * random_())
                if done_at is not None:
                    done_at = min(max(done_at, started), now)
                    last_done = max(last_done, done_at)
                else:
                    open_steps_due.append(due_at)
                batch.checklist.append(
                    BulkChecklistStep(
                        incident_id,
                        order,
                        step_code,
                        title_en,
                        title_zh,
                        role,
                        due_at,
                        done_at,
                        user if done_at else None,
                    )
                )

        if reviewed is not None and resolved is not None:
            # Written while resolved; closing as reviewed needs these four fields filled.
            batch.reviews.append(
                BulkReview(
                    incident_id,
                    scenario.cause[lang],
                    rng.choice(_RECOVERY)[lang],
                    rng.choice(_EFFECT)[lang],
                    rng.choice(_LESSONS)[lang],
                    rng.choice(_PLAN_REVISIONS)[lang],
                    resolved + (reviewed - resolved) * 0.8,
                    user,
                )
            )

        updated = max(
            created,
            *(s[2] for s in path),
            *(e[0] for e in entries),
            last_done or created,
        )
        impact_level = {"I": 4, "II": 3, "III": 2, "IV": 1}[chosen]
        sources = [
            {"description": s[lang], "verified": acknowledged is not None and rng.random() < 0.8}
            for s in rng.sample(_SOURCES, rng.randint(1, 2))
        ]
        loss = grading.direct_loss
        # The stored next due time, by the rule of app.services.incidents.incident_next_due (the
        # default targets): unmet response clocks and open checklist steps; None once closed.
        next_due_at = None
        if not status.is_closed:
            if started is None:
                open_steps_due.append(
                    reported_at + (targets.acknowledge if acknowledged is None else targets.start_response)
                )
            next_due_at = min(open_steps_due, default=None)
        batch.incidents.append(
            BulkIncident(
                id=incident_id,
                code=code[0],
                code_year=code[1],
                code_number=code[2],
                title=title,
                category=category.value,
                grade=chosen,
                suggested_grade=suggested,
                grade_override_reason=override,
                status=status.value,
                occurred_at=occurred,
                detected_at=detected,
                reported_at=reported_at,
                place=site[lang],
                departments=[dept[lang]]
                if rng.random() < 0.7
                else [dept[lang], rng.choice(_DEPARTMENTS)[lang]],
                cause=scenario.cause[lang],
                course_of_events=scenario.narrative[lang].format(**fill),
                people_involved=people,
                impact={
                    "operations": rng.randint(max(0, impact_level - 2), impact_level),
                    "finance": rng.randint(0, impact_level) if scenario.money else 0,
                    "reputation": rng.randint(max(0, impact_level - 2), impact_level),
                    "people": impact_level,
                    "direct_loss": loss,
                    "indirect_loss": None if loss is None else loss // rng.randint(2, 5),
                },
                sources=sources,
                is_drill=flag == "drill",
                is_test=flag == "test",
                owner_user_id=user,
                created_at=created,
                updated_at=updated,
                acknowledged_at=acknowledged,
                response_started_at=started,
                contained_at=contained,
                resolved_at=resolved,
                reviewed_at=reviewed,
                next_due_at=next_due_at,
            )
        )


def _reported_times(rng: random.Random, count: int, now: datetime) -> list[datetime]:
    """Report times, oldest first, denser towards ``now`` (the last few days always have some)."""
    span = _span(count) / timedelta(seconds=1)
    ages = [span * rng.random() ** 1.7 for _ in range(count)]
    # The newest few are hours old: open, some within their first clock and some already overdue.
    for index in range(min(count, 6)):
        ages[index] = 3600 * (0.3 + 6 * index) * rng.uniform(0.8, 1.2)
    return sorted(now - timedelta(seconds=age) for age in ages)


def _coverage(count: int) -> dict[int, dict[str, object]]:
    """Which incidents are steered to a category, grade, status or flag so that all of them appear.

    Categories and grades are spread over the list; open statuses go to the newest incidents and
    the later ones (contained, resolved, dismissed) to incidents a few weeks old, where they can
    have been reached by ``now``. Two incidents are a drill and a test.
    """
    forced: dict[int, dict[str, object]] = {}
    if count == 0:
        return forced
    categories = list(IncidentCategory)
    step = max(1, count // (len(categories) + 1))
    for i, category in enumerate(categories):
        forced.setdefault(min(count - 1, i * step), {})["category"] = category
    for i, grade in enumerate(_GRADES):
        forced.setdefault(min(count - 1, i * step + step // 2), {})["grade"] = grade
    spacing = max(1, min(3, count // 20))
    newest = (Status.REPORTED, Status.VERIFIED, Status.ASSESSED, Status.RESPONDING)
    for i, status in enumerate(newest):
        forced.setdefault(max(0, count - 1 - i * spacing), {})["target"] = status
    middle = int(count * 0.75)
    for i, status in enumerate((Status.CONTAINED, Status.RESOLVED, Status.DISMISSED, Status.REVIEWED)):
        forced.setdefault(max(0, min(count - 1, middle - i * spacing)), {})["target"] = status
    for i, flag in enumerate(("drill", "test")):
        forced.setdefault(max(0, min(count - 1, middle - (4 + i) * spacing)), {})["flag"] = flag
    return forced


def fill_demo_incidents(
    db: Database,
    *,
    count: int = DEFAULT_INCIDENTS,
    seed: int = 2026,
    now: datetime,
    staff: Sequence[StaffMember],
    actor: str,
    progress: Callable[[int], None] | None = None,
) -> DemoFillResult:
    """Write ``count`` demo incidents, ``BATCH`` per transaction, each batch with one audit entry.

    ``staff`` own the incidents and write their timelines (counsellors and admins). The first
    incidents cycle through every category, grade and status so that even a small demo shows all
    of them. ``progress`` is called with the number written so far after each batch.
    """
    if count < 0:
        raise ValueError("the number of demo incidents cannot be negative")
    if not staff:
        raise ValueError("demo incidents need at least one member of staff")
    now = now.astimezone(UTC)
    rng = random.Random(f"demo-incidents/{seed}")  # noqa: S311 - sample data, not secrets
    generator = _Generator(rng, now, staff, rich=count <= 5_000)
    times = _reported_times(rng, count, now)
    forced = _coverage(count)
    written = timeline = changes = steps = reviews = 0
    with db.transaction() as conn:
        first_id = DemoBulkRepository.next_incident_id(conn)
        numbers = DemoBulkRepository.code_numbers_in_use(conn)
    for start in range(0, count, BATCH):
        batch = _Batch([], [], [], [], [])
        for index in range(start, min(count, start + BATCH)):
            reported = times[index]
            year = reported.year
            numbers[year] = numbers.get(year, 0) + 1
            code = (f"{CODE_PREFIX}-{year}-{numbers[year]:04d}", year, numbers[year])
            wanted = forced.get(index, {})
            attempt = _Batch([], [], [], [], [])
            for _ in range(40):  # a forced status can be cut off by ``now``; draw again until it is reached
                attempt = _Batch([], [], [], [], [])
                generator.incident(first_id + index, code, reported, attempt, **wanted)  # type: ignore[arg-type]
                if "target" not in wanted or attempt.incidents[0].status == wanted["target"]:
                    break
            batch.incidents += attempt.incidents
            batch.timeline += attempt.timeline
            batch.changes += attempt.changes
            batch.checklist += attempt.checklist
            batch.reviews += attempt.reviews
        with db.transaction() as conn:
            DemoBulkRepository.insert_incidents(conn, batch.incidents)
            DemoBulkRepository.insert_timeline(conn, batch.timeline)
            DemoBulkRepository.insert_status_changes(conn, batch.changes)
            DemoBulkRepository.insert_checklist(conn, batch.checklist)
            DemoBulkRepository.insert_reviews(conn, batch.reviews)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        actor,
                        "demo.incidents_seeded",
                        "incident",
                        "",
                        {
                            "first": batch.incidents[0].code,
                            "last": batch.incidents[-1].code,
                            "count": len(batch.incidents),
                            "seed": seed,
                        },
                    )
                ],
                now,
            )
        written += len(batch.incidents)
        timeline += len(batch.timeline)
        changes += len(batch.changes)
        steps += len(batch.checklist)
        reviews += len(batch.reviews)
        if progress is not None:
            progress(written)
    if written:
        with db.transaction() as conn:
            DemoBulkRepository.analyse(conn)
    return DemoFillResult(written, timeline, changes, steps, reviews)
