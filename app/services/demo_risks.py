"""The demo risk register: about 40 risks of an EAP office with two years of quarterly reviews.

The risks are the ones the background documents name for an employee-assistance office (a
counselling record sent to the wrong address, insider browsing, a weak access review, ransomware on
the HR platform, counsellor burnout, a layoffs round, a pandemic wave, a typhoon, the hotline
vendor's outage, a media report on a suicide case...), one or more per source of
``DEFAULT_SOURCES``. Each is written in English or in Chinese (Traditional or Simplified), as the
other demo data mixes them, and owned by a crisis role or a position title, never by a person: a
register shown to HR managers must hold no personal data.

History matters more than the current state here: the heat map's "as of" and "compare with"
controls and the trend charts need a past. Every risk was entered about two years before ``now``
and reviewed every quarter since (the register is reviewed quarterly, as the background documents
require). How its scores move follows its story: treatments lower the residual scores step by
step, a few risks rise (the layoffs round, phishing, the counsellors' caseload), seasonal ones peak
in their season (typhoons in summer, influenza in winter), two were closed, and a few have missed
their last quarterly review and are overdue at ``now``.

Everything is drawn from ``random.Random`` named for the seed and placed relative to ``now``, so
one seed and one ``now`` give the same register. The whole register is written in one transaction
through ``RisksRepository`` with one summary audit entry (``demo.risks_seeded``, codes and counts
only), as the bulk demo incidents are: seeded sample data, not work anybody did. The benchmarks
ask the same generator for a bigger register (2,000 risks × 20 reviews): the written risks are then
repeated at the company's other sites with shifted scores.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from app.domain.crisis_roles import CrisisRole
from app.domain.risks import SCALE, RiskScores, RiskStatus, SnapshotKind
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.database import Database
from app.storage.risks_repository import RiskRecord, RisksRepository

# (English, Chinese); the Chinese of a risk is written in Traditional or in Simplified script.
Text2 = tuple[str, str]
QUARTER_DAYS = 91
REVIEWS = 9  # quarterly reviews of a risk that is up to date: two years and a quarter of history
_ENGLISH_SHARE = 0.45


@dataclass(frozen=True, slots=True)
class _Spec:
    """One risk of the register and the story its scores tell over two years."""

    source: str
    category: str
    owner: CrisisRole | Text2  # a crisis role, or a position title (English, Chinese)
    title: Text2
    description: Text2
    controls: Text2
    treatment: Text2
    actions: Text2
    inherent: tuple[int, int]  # likelihood, impact when the risk was entered
    residual: tuple[int, int]  # residual likelihood, impact reached by the end of the story
    story: str = "treated"  # treated | rising | stable | seasonal | closed
    turn: int = 4  # review at which a rise starts or the risk is closed
    rise: int = 1  # how far a rising risk's likelihood climbs, one step a quarter
    season: tuple[int, ...] = ()  # months in which a seasonal risk peaks
    overdue: bool = False  # the last quarterly review was missed


_R = CrisisRole
_SITES: tuple[Text2, ...] = (
    ("Taipei headquarters", "台北總部"),
    ("Shenzhen plant", "深圳厂区"),
    ("Hong Kong office", "香港辦事處"),
    ("Shanghai R&D centre", "上海研发中心"),
    ("Kaohsiung warehouse", "高雄倉庫"),
    ("Suzhou plant", "苏州工厂"),
)
_FACILITIES: Text2 = ("Facilities manager", "總務主管")
_EAP_MANAGER: Text2 = ("EAP office manager", "員工協助中心主任")
_SUPERVISOR: Text2 = ("Clinical supervisor", "臨床督導")
_PROCUREMENT: Text2 = ("Procurement manager", "采购经理")
_NURSE: Text2 = ("Occupational health nurse", "职业健康护士")
_SAFETY: Text2 = ("Site safety officer", "廠區安全主任")
_APP_OWNER: Text2 = ("Booking system owner", "预约系统负责人")
_HR_DIRECTOR: Text2 = ("HR director", "人力資源總監")
_DPO: Text2 = ("Data protection officer", "個人資料保護專員")

_SPECS: tuple[_Spec, ...] = (
    # -- data leak ----------------------------------------------------------------------------------
    _Spec(
        "data_leak",
        "Confidentiality",
        _R.COUNSELLOR,
        ("Counselling record sent to the wrong e-mail recipient", "諮詢記錄經電郵誤發給錯誤收件人"),
        (
            "A counsellor sends a session summary or referral letter to a wrong address picked by "
            "the mail client's auto-complete; the record reaches a colleague or an outsider.",
            "心理諮詢師寄出晤談摘要或轉介信時，郵件軟體自動補全選錯收件人，記錄落入同事或外部人士手中。",
        ),
        (
            "Case documents are sent only as encrypted attachments; external addresses are flagged.",
            "個案文件只以加密附件寄送；外部收件人會被標示提醒。",
        ),
        (
            "Turn off address auto-complete for the EAP mailbox, add a send delay and a recipient check.",
            "關閉員工協助信箱的地址自動補全，增設延遲寄送及收件人確認。",
        ),
        (
            "IT to configure the delay; counsellors trained at the next team meeting.",
            "資訊部設定延遲寄送；下次團隊會議培訓心理諮詢師。",
        ),
        (4, 4),
        (2, 3),
    ),
    _Spec(
        "data_leak",
        "Confidentiality",
        _R.IT_SECURITY,
        ("Screening results exported to unencrypted spreadsheets", "筛查结果导出为未加密的电子表格"),
        (
            "PHQ-9 and GAD-7 results are exported for the annual well-being report and copied to "
            "laptops and USB sticks without encryption.",
            "为年度身心健康报告导出PHQ-9及GAD-7结果，未经加密复制到笔记本电脑和U盘。",
        ),
        (
            "Reports are built from de-identified counts; full-disk encryption on office laptops.",
            "报告以去标识化的统计数字制作；办公电脑已启用全盘加密。",
        ),
        (
            "Block USB storage on EAP laptops; export only aggregated figures from the case system.",
            "禁止员工协助电脑使用U盘存储；系统只导出汇总数字。",
        ),
        ("Endpoint policy change requested from IT security.", "已向信息安全部申请更改终端策略。"),
        (3, 4),
        (1, 4),
    ),
    _Spec(
        "data_leak",
        "Confidentiality",
        _EAP_MANAGER,
        ("Printed case notes left at the shared printer", "列印的個案筆記遺留在共用印表機"),
        (
            "Case notes printed for supervision are left at the floor's shared printer, where staff "
            "of other departments collect their print-outs.",
            "為督導列印的個案筆記遺留在樓層共用印表機，其他部門同仁取件時可看到。",
        ),
        (
            "Counsellors are asked to collect print-outs at once.",
            "要求心理諮詢師列印後立即取件。",
        ),
        (
            "Follow-me printing with badge release for the EAP office.",
            "員工協助中心改用刷卡取件的安全列印。",
        ),
        ("Secure printing installed; risk closed.", "安全列印已安裝，風險關閉。"),
        (3, 3),
        (1, 2),
        story="closed",
        turn=5,
    ),
    _Spec(
        "data_leak",
        "Confidentiality",
        _R.HR,
        ("Vendor utilisation reports identify individuals", "EAP供应商使用报告可识别到个人"),
        (
            "The EAP vendor's monthly report breaks usage down by department and issue; in small "
            "departments a single case can be recognised.",
            "EAP供应商的月度报告按部门及问题类别细分，小部门的单个个案可被识别。",
        ),
        (
            "Contract requires de-identified reporting.",
            "合同要求报告去标识化。",
        ),
        (
            "Agree a minimum cell size of ten with the vendor; merge small departments in reports.",
            "与供应商约定每格最少十人，小部门在报告中合并。",
        ),
        ("Raise at the quarterly vendor meeting.", "在季度供应商会议上提出。"),
        (3, 3),
        (2, 2),
    ),
    # -- insider leak -------------------------------------------------------------------------------
    _Spec(
        "insider_leak",
        "Confidentiality",
        _R.IT_SECURITY,
        ("Insider browsing of counselling records", "內部人員無故瀏覽心理諮詢記錄"),
        (
            "A user with access to the case system opens records of colleagues or acquaintances "
            "without a case reason (curiosity, gossip, a dispute).",
            "有個案系統權限的使用者在無個案需要下開啟同事或熟人的記錄（好奇、八卦或糾紛）。",
        ),
        (
            "Every read of confidential data is written to the tamper-evident audit trail.",
            "所有機密資料的讀取都寫入防竄改的稽核記錄。",
        ),
        (
            "Monthly review of access to records of staff in the same department as the reader; "
            "alerts on unusual volumes.",
            "每月審查讀取同部門同仁記錄的情況；異常大量讀取時發出警報。",
        ),
        (
            "Audit review added to the crisis lead's monthly checklist.",
            "稽核審查已納入危機處理負責人的每月清單。",
        ),
        (3, 5),
        (2, 4),
    ),
    _Spec(
        "insider_leak",
        "Ethics",
        _R.CRISIS_LEAD,
        ("Managers pressing counsellors for session details", "主管向心理咨询师索取晤谈细节"),
        (
            "Line managers or HR ask counsellors whether an employee attends counselling and what "
            "was said, for performance or dismissal decisions.",
            "直属主管或人力资源部向心理咨询师打听员工是否接受咨询及谈话内容，用于绩效或解雇决定。",
        ),
        (
            "Written confidentiality policy; consent needed for any disclosure.",
            "书面保密政策；任何披露均需当事人同意。",
        ),
        (
            "Brief all managers on EAP confidentiality; log every such request.",
            "向全体主管说明EAP保密原则；记录每一次此类要求。",
        ),
        ("Manager briefing in each site's quarterly meeting.", "在各厂区季度会议上向主管说明。"),
        (3, 3),
        (2, 3),
        story="stable",
    ),
    _Spec(
        "insider_leak",
        "Confidentiality",
        _R.HR,
        ("Leavers taking case files with them", "離職人員帶走個案檔案"),
        (
            "Staff leaving the EAP office or HR keep copies of case files on personal devices or "
            "in private cloud storage.",
            "離開員工協助中心或人力資源部的同仁把個案檔案副本留在個人裝置或私人雲端。",
        ),
        (
            "Exit checklist includes return of devices.",
            "離職清單包括歸還裝置。",
        ),
        (
            "Same-day account removal for leavers; data-loss prevention on cloud uploads.",
            "離職當日停用帳號；雲端上傳啟用資料外洩防護。",
        ),
        ("Checklist revised with HR.", "已與人力資源部修訂清單。"),
        (2, 4),
        (1, 4),
    ),
    _Spec(
        "insider_leak",
        "Confidentiality",
        _EAP_MANAGER,
        ("Gossip about employees seen at the counselling room", "同事议论在咨询室出现的员工"),
        (
            "The counselling room is next to the canteen; employees seen waiting there are talked "
            "about on the production floor.",
            "心理咨询室紧邻食堂，在门口等候的员工会被生产线上的同事议论。",
        ),
        (
            "Appointments spaced so that clients do not meet.",
            "预约时间错开，避免来访者碰面。",
        ),
        (
            "Move the waiting area inside; offer video sessions and off-site rooms.",
            "把候诊区移到室内；提供视频咨询及厂外咨询室。",
        ),
        ("Facilities quote for the new waiting area received.", "已收到新候诊区的总务报价。"),
        (4, 2),
        (2, 2),
    ),
    # -- weak internal controls ---------------------------------------------------------------------
    _Spec(
        "weak_controls",
        "Access control",
        _R.IT_SECURITY,
        ("Weak access review on the case system", "個案系統的權限審查不足"),
        (
            "Accounts of people who changed jobs or left keep their access for months because the "
            "quarterly access review is skipped when the office is busy.",
            "調職或離職人員的帳號因忙碌時跳過季度權限審查而保留權限數月。",
        ),
        (
            "Access granted per role; admin accounts limited to two.",
            "依角色授予權限；管理員帳號限兩個。",
        ),
        (
            "Quarterly access review as a fixed agenda item signed off by the crisis lead; HR feeds "
            "job changes to IT automatically.",
            "季度權限審查列為固定議程並由危機處理負責人簽核；人事異動自動通知資訊部。",
        ),
        (
            "HR feed to IT went live; two reviews completed on time.",
            "人事異動通知已上線；已準時完成兩次審查。",
        ),
        (4, 4),
        (2, 3),
    ),
    _Spec(
        "weak_controls",
        "Access control",
        _R.IT_SECURITY,
        ("Shared counsellor account on the booking system", "预约系统使用共享的咨询师账号"),
        (
            "Counsellors use one shared login for the booking system, so nobody can tell who "
            "changed or viewed an appointment.",
            "咨询师共用一个预约系统账号，无法分辨是谁修改或查看了预约。",
        ),
        (
            "Shared password changed monthly.",
            "共享密码每月更换。",
        ),
        (
            "Personal accounts for every counsellor; the shared account disabled.",
            "为每位咨询师开设个人账号；停用共享账号。",
        ),
        (
            "Personal accounts in use; shared account removed; risk closed.",
            "个人账号已启用，共享账号已删除，风险关闭。",
        ),
        (4, 3),
        (1, 3),
        story="closed",
        turn=3,
    ),
    _Spec(
        "weak_controls",
        "Records management",
        _R.LEGAL,
        ("Case files kept beyond the retention period", "個案檔案超過保存期限仍未銷毀"),
        (
            "There is no working retention schedule: closed case files from years ago are still on "
            "the file server and in the paper archive.",
            "沒有落實的保存期限制度：多年前結案的檔案仍留在檔案伺服器及紙本檔案室。",
        ),
        (
            "Paper archive locked; file server restricted to the EAP office.",
            "紙本檔案室上鎖；檔案伺服器只限員工協助中心存取。",
        ),
        (
            "Adopt a seven-year retention schedule; yearly destruction with a witnessed record.",
            "採用七年保存期限；每年銷毀一次並有見證記錄。",
        ),
        ("Legal drafting the schedule; first destruction planned.", "法務正起草保存期限表；已規劃首次銷毀。"),
        (3, 3),
        (2, 2),
    ),
    _Spec(
        "weak_controls",
        "Compliance",
        _R.COUNSELLOR,
        ("Consent forms missing or outdated", "知情同意书缺失或版本过旧"),
        (
            "Some case files have no signed consent form or one that predates the current privacy notice.",
            "部分个案档案没有签署的知情同意书，或版本早于现行隐私告知。",
        ),
        (
            "Intake checklist asks for consent.",
            "接案清单要求取得同意。",
        ),
        (
            "Consent recorded in the case system at intake; quarterly sample audit of files.",
            "接案时在系统中记录同意；每季抽查档案。",
        ),
        ("Sample audit found 3 of 40 files incomplete; fixed.", "抽查40份档案中3份不完整，已补正。"),
        (3, 3),
        (1, 3),
    ),
    # -- cyber attack -------------------------------------------------------------------------------
    _Spec(
        "cyber_attack",
        "Information security",
        _R.IT_SECURITY,
        ("Ransomware on the HR platform", "人力資源平台遭勒索軟件攻擊"),
        (
            "Ransomware encrypts the HR platform, which holds EAP referrals and leave records; "
            "the attackers threaten to publish what they copied.",
            "勒索軟件加密人力資源平台（存有EAP轉介及請假記錄），攻擊者威脅公開竊取的資料。",
        ),
        (
            "Nightly backups; endpoint protection on servers.",
            "每晚備份；伺服器裝有端點防護。",
        ),
        (
            "Offline, immutable backups tested every quarter; multi-factor sign-in for administrators; "
            "incident response plan rehearsed.",
            "離線不可修改備份並每季測試還原；管理員登入啟用多重驗證；演練事故應變計畫。",
        ),
        (
            "Restore test passed; tabletop exercise held with IT and PR.",
            "還原測試通過；已與資訊部及公關進行桌面演練。",
        ),
        (3, 5),
        (2, 4),
        story="rising",
        turn=2,
    ),
    _Spec(
        "cyber_attack",
        "Information security",
        _R.IT_SECURITY,
        ("Phishing of counsellors' mailbox credentials", "针对咨询师邮箱账号的钓鱼攻击"),
        (
            "Well-written phishing e-mails (some generated with AI) ask counsellors to sign in to a "
            "fake portal; a taken-over mailbox exposes referrals and reports.",
            "措辞逼真的钓鱼邮件（部分由AI生成）诱使咨询师登录假网站；邮箱被盗会泄露转介及报告。",
        ),
        (
            "Mail filtering; yearly awareness training.",
            "邮件过滤；每年安全意识培训。",
        ),
        (
            "Phishing-resistant multi-factor sign-in for the EAP team; quarterly phishing drills.",
            "EAP团队启用防钓鱼的多重验证；每季钓鱼演练。",
        ),
        (
            "Two counsellors clicked in the last drill; retraining booked.",
            "上次演练有两位咨询师点击，已安排再培训。",
        ),
        (3, 4),
        (2, 4),
        story="rising",
        turn=5,
    ),
    _Spec(
        "cyber_attack",
        "Information security",
        _APP_OWNER,
        ("Attack on the online booking system", "线上预约系统遭受攻击"),
        (
            "A vulnerability in the web booking system lets an attacker read the appointment list, "
            "which shows who sees a counsellor and when.",
            "网页预约系统的漏洞可让攻击者读取预约名单，暴露谁在何时接受咨询。",
        ),
        (
            "Vendor patches monthly; the system is behind the company firewall.",
            "供应商每月修补；系统位于公司防火墙之后。",
        ),
        (
            "Yearly penetration test; appointment list shows pseudonyms only.",
            "每年渗透测试；预约名单只显示化名。",
        ),
        ("Penetration test findings fixed.", "渗透测试发现的问题已修复。"),
        (3, 4),
        (1, 4),
    ),
    _Spec(
        "cyber_attack",
        "Information security",
        _R.IT_SECURITY,
        ("Intrusion into video-counselling sessions", "視訊諮詢遭陌生人闖入"),
        (
            "A meeting link is reused or forwarded and a stranger joins a video counselling session "
            "or a group debrief.",
            "會議連結被重複使用或轉寄，陌生人加入視訊諮詢或團體減壓會談。",
        ),
        (
            "Waiting room enabled on the platform.",
            "視訊平台啟用等候室。",
        ),
        (
            "One-time links per session; passcodes; counsellors admit participants by name check.",
            "每次晤談使用一次性連結及密碼；心理諮詢師核對後才讓參加者進入。",
        ),
        ("Platform settings locked by IT.", "資訊部已鎖定平台設定。"),
        (2, 4),
        (1, 3),
    ),
    # -- workload and stress ------------------------------------------------------------------------
    _Spec(
        "workload_stress",
        "People",
        _R.CRISIS_LEAD,
        ("Counsellor burnout and caseload above capacity", "心理諮詢師過勞，個案量超出負荷"),
        (
            "Each counsellor carries more open cases than the agreed 35; waiting times grow and "
            "crisis calls interrupt planned sessions.",
            "每位心理諮詢師的開放個案超過約定的35宗；等候時間拉長，危機來電打斷預約晤談。",
        ),
        (
            "Weekly caseload report; external counsellors on call for peaks.",
            "每週個案量報告；高峰期有外聘心理諮詢師支援。",
        ),
        (
            "Hire a fifth counsellor; cap new intakes per counsellor; protected time for notes.",
            "增聘第五位心理諮詢師；限制每人新接案數；保留撰寫記錄的時間。",
        ),
        (
            "Hiring approved but not filled; caseload rising with the layoffs round.",
            "增聘已獲批但尚未到任；裁員期間個案量上升。",
        ),
        (3, 4),
        (3, 3),
        story="rising",
        turn=5,
        rise=2,
    ),
    _Spec(
        "workload_stress",
        "People",
        _SUPERVISOR,
        ("Vicarious trauma after repeated critical-incident debriefs", "多次危机事件减压后的替代性创伤"),
        (
            "Counsellors who run debriefs after deaths and accidents show signs of secondary "
            "traumatic stress.",
            "在员工离世及工伤事故后主持减压会谈的咨询师出现继发性创伤压力迹象。",
        ),
        (
            "Monthly clinical supervision.",
            "每月临床督导。",
        ),
        (
            "Rotate debrief duty; peer support after each critical event; external supervision.",
            "轮流负责减压会谈；每次危机事件后同侪支持；外部督导。",
        ),
        ("Rota in place since spring.", "轮值表自春季起实施。"),
        (3, 3),
        (2, 2),
    ),
    _Spec(
        "workload_stress",
        "People",
        _R.HR,
        ("Peak-season overtime at the Shenzhen plant", "深圳厂区旺季加班压力"),
        (
            "During the autumn peak production lines work long overtime; calls about sleep, "
            "conflict and exhaustion rise.",
            "秋季旺季生产线长时间加班；有关失眠、冲突及疲劳的来电增加。",
        ),
        (
            "Overtime limits in the labour contract.",
            "劳动合同规定加班上限。",
        ),
        (
            "On-site counsellor hours in peak months; stress talks for line leaders.",
            "旺季增加驻厂咨询时段；为线长开设压力讲座。",
        ),
        ("Review the peak-season plan with the plant manager.", "与厂长检讨旺季计划。"),
        (4, 3),
        (3, 2),
        story="seasonal",
        season=(9, 10, 11),
        overdue=True,
    ),
    _Spec(
        "workload_stress",
        "Access to care",
        _EAP_MANAGER,
        ("Night-shift workers cannot reach counselling", "夜班同仁無法在辦公時間接受諮詢"),
        (
            "Counselling is offered in office hours only, so night-shift staff at the plants use "
            "the service far less than others.",
            "諮詢只在辦公時間提供，廠區夜班同仁的使用率遠低於其他同仁。",
        ),
        (
            "24-hour hotline for crises.",
            "24小時危機熱線。",
        ),
        (
            "Evening video sessions twice a week; hotline promoted at shift handover.",
            "每週兩晚提供視訊晤談；交班時宣傳熱線。",
        ),
        ("Evening sessions started; usage up.", "晚間晤談已開始，使用率上升。"),
        (4, 2),
        (2, 2),
    ),
    # -- restructuring ------------------------------------------------------------------------------
    _Spec(
        "restructuring",
        "Organisation",
        _R.HR,
        ("Layoffs round: surge in distress and demand", "裁員潮：員工情緒困擾及求助量激增"),
        (
            "The announced reduction of staff at two sites brings anxiety, anger and crisis calls; "
            "counselling demand may double for months.",
            "兩個廠區宣布裁員，引發焦慮、憤怒及危機來電；諮詢需求可能連續數月倍增。",
        ),
        (
            "Outplacement support in the severance package.",
            "遣散方案包含轉職協助。",
        ),
        (
            "Group sessions at each site on announcement day; extra vendor counsellors; "
            "screening of those affected.",
            "宣布當日在各廠區舉辦團體會談；增加供應商心理諮詢師；為受影響同仁篩查。",
        ),
        ("Announcement plan agreed with HR and PR.", "已與人力資源部及公關確定宣布計畫。"),
        (2, 4),
        (1, 4),
        story="rising",
        turn=5,
        rise=2,
    ),
    _Spec(
        "restructuring",
        "Organisation",
        _HR_DIRECTOR,
        ("Merger of the Shanghai and Suzhou teams", "上海与苏州团队合并"),
        (
            "Teams are merged and reporting lines change; uncertainty about roles leads to stress "
            "and conflict.",
            "团队合并、汇报关系改变；对岗位的不确定引发压力与冲突。",
        ),
        (
            "Change communication plan.",
            "变革沟通计划。",
        ),
        (
            "Manager coaching on change conversations; drop-in sessions in both offices.",
            "为主管提供变革沟通辅导；两地办公室开放咨询时段。",
        ),
        ("Merger completed; follow-up survey scheduled.", "合并已完成；已安排跟进调查。"),
        (4, 3),
        (2, 2),
    ),
    _Spec(
        "restructuring",
        "Organisation",
        _R.HR,
        ("Managers delivering redundancy news without training", "主管未經培訓就傳達裁員消息"),
        (
            "Redundancy conversations held badly (in public, by message, without support on hand) "
            "raise the risk of acute crises.",
            "裁員談話處理不當（公開場合、以訊息通知、沒有支援人員在場）會提高急性危機風險。",
        ),
        (
            "HR attends every redundancy meeting.",
            "人力資源部出席每一次裁員面談。",
        ),
        (
            "Compulsory briefing for managers; counsellor on standby on notice days.",
            "主管必須參加說明會；通知當日心理諮詢師待命。",
        ),
        ("Briefing material prepared by the EAP office.", "員工協助中心已準備說明會教材。"),
        (3, 4),
        (2, 3),
    ),
    _Spec(
        "restructuring",
        "Funding",
        _R.EXECUTIVE,
        ("EAP budget cut in the cost-saving plan", "成本削减计划削减EAP预算"),
        (
            "The cost-saving plan may cut the EAP budget just when demand rises, forcing fewer "
            "sessions per employee.",
            "成本削减计划可能在需求上升之际削减EAP预算，每位员工可用的咨询次数将减少。",
        ),
        (
            "Yearly usage and outcome report to the board.",
            "每年向董事会提交使用及成效报告。",
        ),
        (
            "Present the cost of absence and turnover the EAP avoids; protect the crisis budget.",
            "向管理层说明EAP减少的缺勤与流失成本；保留危机预算。",
        ),
        ("Board presentation in the next budget round.", "在下一轮预算会议上向董事会报告。"),
        (2, 3),
        (2, 3),
        story="rising",
        turn=6,
    ),
    # -- public health ------------------------------------------------------------------------------
    _Spec(
        "public_health",
        "Business continuity",
        _R.CRISIS_LEAD,
        ("Pandemic wave closing sites", "疫情波動導致廠區停工"),
        (
            "A new wave of a respiratory pandemic closes sites or keeps many staff at home; "
            "isolation and bereavement raise counselling needs.",
            "呼吸道疫情再度爆發，廠區停工或大量同仁居家；隔離及喪親增加諮詢需求。",
        ),
        (
            "Remote counselling ready; pandemic plan from earlier waves.",
            "遠距諮詢已就緒；沿用過往疫情的應變計畫。",
        ),
        (
            "Keep the remote set-up tested; stock of protective equipment for on-site sessions.",
            "定期測試遠距設備；為現場晤談儲備防護用品。",
        ),
        ("Plan reviewed; risk accepted at its current level.", "計畫已檢討，風險維持現有等級並接受。"),
        (3, 4),
        (2, 2),
        story="treated",
    ),
    _Spec(
        "public_health",
        "Health",
        _NURSE,
        ("Influenza outbreak in the plant dormitory", "厂区宿舍流感爆发"),
        (
            "Crowded dormitories let influenza spread quickly in winter; sick workers miss shifts "
            "and worry about pay.",
            "宿舍拥挤，冬季流感传播迅速；患病员工缺勤并担心收入。",
        ),
        (
            "Free flu vaccination each autumn.",
            "每年秋季免费接种流感疫苗。",
        ),
        (
            "Isolation rooms in the dormitory; paid sick leave explained in the dormitory groups.",
            "宿舍设隔离房；在宿舍群组说明带薪病假。",
        ),
        ("Vaccination day booked for October.", "已预约十月的疫苗接种日。"),
        (3, 3),
        (2, 2),
        story="seasonal",
        season=(12, 1, 2),
    ),
    _Spec(
        "public_health",
        "Health",
        _SAFETY,
        ("Heat stress at the Kaohsiung warehouse", "高雄倉庫夏季熱傷害"),
        (
            "Summer heat in the warehouse causes heat exhaustion and irritability; accidents and "
            "conflicts follow.",
            "夏季倉庫高溫導致熱衰竭及情緒煩躁，容易引發事故與衝突。",
        ),
        (
            "Fans and water stations.",
            "電扇及飲水站。",
        ),
        (
            "Cooling vests, shifted working hours in heat alerts, buddy checks.",
            "降溫背心；高溫警報時調整工時；同伴互相關照。",
        ),
        ("Cooling vests bought for the summer.", "已採購夏季降溫背心。"),
        (3, 3),
        (2, 2),
        story="seasonal",
        season=(6, 7, 8),
    ),
    _Spec(
        "public_health",
        "Clinical",
        _R.COUNSELLOR,
        ("Suicide contagion after a death in the workforce", "员工自杀事件后的模仿效应"),
        (
            "After an employee's suicide, vulnerable colleagues may be at higher risk, especially "
            "if the death is discussed widely.",
            "员工自杀后，脆弱的同事风险可能升高，尤其在事件被广泛讨论时。",
        ),
        (
            "Postvention protocol; screening of close colleagues.",
            "事后干预流程；筛查亲近同事。",
        ),
        (
            "Train line leaders in warning signs; safe-messaging guidance for internal notices.",
            "培训线长识别警讯；内部通告遵循安全报道指引。",
        ),
        ("Postvention protocol rehearsed in the last drill.", "上次演练已演练事后干预流程。"),
        (2, 5),
        (2, 4),
        story="stable",
    ),
    # -- natural disaster ---------------------------------------------------------------------------
    _Spec(
        "natural_disaster",
        "Business continuity",
        _R.CRISIS_LEAD,
        ("Typhoon closing the office", "颱風導致辦公室停止上班"),
        (
            "A typhoon closes the Taipei and Hong Kong offices for one to three days; planned "
            "sessions are cancelled and the hotline must be answered from home.",
            "颱風令台北及香港辦公室停班一至三天；預約晤談取消，熱線須在家接聽。",
        ),
        (
            "Hotline can be forwarded to mobiles; laptops taken home when a warning is issued.",
            "熱線可轉接手機；發布颱風警報時攜帶筆電回家。",
        ),
        (
            "Typhoon checklist; clients told of video sessions the day before.",
            "颱風應變清單；前一天通知個案改為視訊晤談。",
        ),
        ("Checklist used twice this season.", "本季已兩度使用應變清單。"),
        (3, 3),
        (2, 2),
        story="seasonal",
        season=(7, 8, 9),
    ),
    _Spec(
        "natural_disaster",
        "Business continuity",
        _FACILITIES,
        ("Earthquake damaging the Taipei headquarters", "地震損壞台北總部"),
        (
            "A strong earthquake damages the headquarters building; staff are injured or shaken "
            "and the EAP office is unusable.",
            "強烈地震損壞總部大樓，同仁受傷或受驚，員工協助中心無法使用。",
        ),
        (
            "Building meets the seismic code; yearly evacuation drill.",
            "大樓符合耐震規範；每年疏散演練。",
        ),
        (
            "Alternative counselling rooms at the Hong Kong office and a partner clinic.",
            "以香港辦事處及合作診所作為備用諮詢室。",
        ),
        ("Partner clinic agreement signed.", "已簽訂合作診所協議。"),
        (1, 5),
        (1, 4),
        story="stable",
        overdue=True,
    ),
    _Spec(
        "natural_disaster",
        "Business continuity",
        _FACILITIES,
        ("Flooding at the Shenzhen plant", "深圳厂区水浸"),
        (
            "Heavy rain floods the plant's ground floor, where the counselling room and the paper files are.",
            "暴雨令厂区一楼水浸，咨询室和纸本档案都在一楼。",
        ),
        (
            "Sandbags and pumps.",
            "沙包及抽水机。",
        ),
        (
            "Move the counselling room and files upstairs.",
            "把咨询室及档案迁到楼上。",
        ),
        ("Counselling room moved to the second floor.", "咨询室已迁至二楼。"),
        (3, 3),
        (1, 2),
        story="seasonal",
        season=(5, 6, 7, 8),
    ),
    _Spec(
        "natural_disaster",
        "Information security",
        _R.IT_SECURITY,
        ("Power outage taking the case system down", "停電導致個案系統中斷"),
        (
            "A long power cut stops the on-site server; counsellors cannot read safety plans "
            "during a crisis.",
            "長時間停電令本地伺服器停止運作，危機時心理諮詢師無法讀取安全計畫。",
        ),
        (
            "UPS for the server room.",
            "機房設不斷電系統。",
        ),
        (
            "Encrypted offline copy of active safety plans on the crisis laptop.",
            "危機專用筆電存放進行中安全計畫的加密離線副本。",
        ),
        ("Offline copy procedure tested.", "離線副本程序已測試。"),
        (2, 4),
        (1, 3),
    ),
    # -- supply chain -------------------------------------------------------------------------------
    _Spec(
        "supply_chain",
        "Vendors",
        _PROCUREMENT,
        ("EAP hotline vendor outage", "EAP热线供应商服务中断"),
        (
            "The vendor's call centre goes down (telephony fault, strike, cyber attack) and crisis "
            "calls ring unanswered.",
            "供应商呼叫中心停摆（电话故障、罢工或网络攻击），危机来电无人接听。",
        ),
        (
            "Service level of 30 seconds in the contract.",
            "合同规定30秒内接听。",
        ),
        (
            "Automatic overflow to the in-house on-call counsellor; monthly test call.",
            "自动溢出转接至内部值班咨询师；每月测试来电。",
        ),
        ("Overflow routing live; test calls answered.", "溢出转接已上线，测试来电均有接听。"),
        (3, 5),
        (2, 3),
    ),
    _Spec(
        "supply_chain",
        "Access to care",
        _R.COUNSELLOR,
        ("Psychiatric referral network too small", "精神科转介网络不足"),
        (
            "The few partner psychiatrists have waiting lists of weeks; employees in crisis cannot "
            "be referred in time.",
            "合作的精神科医师很少，候诊需数周；危机中的员工无法及时转介。",
        ),
        (
            "Two partner clinics with priority slots.",
            "两家合作诊所提供优先名额。",
        ),
        (
            "Add clinics near each site; agree same-week slots for urgent referrals.",
            "在各厂区附近增加诊所；约定紧急转介当周就诊。",
        ),
        ("Third clinic in negotiation.", "第三家诊所洽谈中。"),
        (3, 4),
        (3, 3),
        story="rising",
        turn=4,
    ),
    _Spec(
        "supply_chain",
        "Vendors",
        _R.LEGAL,
        ("Breach at the cloud hosting provider", "雲端主機供應商資料外洩"),
        (
            "The provider hosting the booking system, or one of its subprocessors, suffers a breach "
            "that exposes EAP data.",
            "代管預約系統的供應商或其分包商發生資料外洩，EAP資料遭曝露。",
        ),
        (
            "Data processing agreement with breach notice within 24 hours.",
            "資料處理協議要求24小時內通知外洩。",
        ),
        (
            "Yearly vendor security questionnaire; encryption keys held by the company.",
            "每年供應商安全問卷；加密金鑰由公司保管。",
        ),
        ("Questionnaire returned; one finding open.", "問卷已回覆，仍有一項待改善。"),
        (2, 5),
        (2, 4),
    ),
    _Spec(
        "supply_chain",
        "Access to care",
        _EAP_MANAGER,
        ("Interpreter service for migrant workers unavailable", "外籍移工的通譯服務中斷"),
        (
            "The interpreting agency for Vietnamese and Indonesian workers cannot supply an "
            "interpreter at short notice; crisis support is delayed.",
            "越南及印尼籍移工的通譯機構無法臨時派員，危機支援因而延誤。",
        ),
        (
            "Telephone interpreting contract as back-up.",
            "以電話通譯合約作後備。",
        ),
        (
            "Second agency; translated safety-plan templates.",
            "增加第二家通譯機構；提供翻譯好的安全計畫範本。",
        ),
        ("Templates translated into two languages.", "範本已翻譯成兩種語言。"),
        (3, 3),
        (2, 3),
        overdue=True,
    ),
    # -- reputation ---------------------------------------------------------------------------------
    _Spec(
        "reputation",
        "Communications",
        _R.PR,
        ("Media report on a suicide case", "媒體報道員工自殺個案"),
        (
            "A newspaper or online outlet reports an employee's suicide, questions the company's "
            "care and contacts staff for comments.",
            "報章或網媒報道員工自殺，質疑公司照顧不周，並聯絡員工索取評論。",
        ),
        (
            "Single spokesperson; media holding statement prepared.",
            "單一發言人；已備妥媒體回應稿。",
        ),
        (
            "Safe-messaging guidance for the spokesperson; staff told how to refer journalists.",
            "為發言人提供安全報道指引；告知同仁如何轉介記者。",
        ),
        ("Holding statement refreshed after the drill.", "演練後已更新回應稿。"),
        (2, 5),
        (2, 3),
    ),
    _Spec(
        "reputation",
        "Communications",
        _R.PR,
        ("Social-media claims that the EAP leaks secrets", "社交媒体指称EAP泄露秘密"),
        (
            "An employee posts that what they told a counsellor reached their manager; the post "
            "spreads and trust in the service drops.",
            "有员工发帖称向咨询师透露的内容传到主管耳中；帖子扩散，员工对服务的信任下降。",
        ),
        (
            "Confidentiality explained at every intake.",
            "每次接案都说明保密原则。",
        ),
        (
            "Monitor public posts; respond with facts through the agreed channel; investigate every claim.",
            "监测公开帖子；经约定渠道以事实回应；调查每一项指称。",
        ),
        ("Response guideline agreed with PR.", "已与公关确定回应指引。"),
        (3, 3),
        (2, 3),
        story="stable",
    ),
    _Spec(
        "reputation",
        "Compliance",
        _DPO,
        ("Regulator inquiry after a privacy complaint", "隱私投訴引發主管機關調查"),
        (
            "A complaint to the data-protection authority about EAP records leads to an inquiry, "
            "possible fines and press coverage.",
            "有人向個資主管機關投訴EAP記錄處理，引發調查，可能遭罰款及媒體報道。",
        ),
        (
            "Records of processing kept; breach log maintained.",
            "保存資料處理記錄；維護外洩事件記錄。",
        ),
        (
            "Yearly privacy self-assessment; complaint handling within 14 days.",
            "每年隱私自評；14天內處理投訴。",
        ),
        ("Self-assessment completed.", "自評已完成。"),
        (2, 4),
        (1, 4),
    ),
    _Spec(
        "reputation",
        "Trust",
        _R.EXECUTIVE,
        ("Union campaign portraying the EAP as management's tool", "工会宣传指EAP是管理层工具"),
        (
            "During pay talks the union says the EAP reports on workers to management; employees "
            "stop using the service.",
            "薪资谈判期间工会指EAP向管理层汇报员工情况，员工因而不再使用服务。",
        ),
        (
            "EAP reports to the board contain counts only.",
            "EAP向董事会的报告只含统计数字。",
        ),
        (
            "Invite union representatives to the EAP advisory group; publish the confidentiality rules.",
            "邀请工会代表加入EAP咨询小组；公开保密规则。",
        ),
        ("Advisory group met once.", "咨询小组已开会一次。"),
        (2, 3),
        (1, 3),
        overdue=True,
    ),
)

_COMMENTS: dict[str, tuple[Text2, ...]] = {
    "start": (
        ("Risk entered in the register after the annual risk workshop.", "年度風險研討會後列入風險登記冊。"),
    ),
    "down": (
        ("Treatment is working; residual likelihood lowered.", "處理措施見效，剩餘可能性下調。"),
        ("Control tested this quarter with good results.", "本季測試控制措施，結果良好。"),
        ("Actions completed on schedule; residual score reduced.", "行动按时完成，剩余分数下调。"),
    ),
    "up": (
        ("Likelihood raised: more cases reported this quarter.", "本季通報個案增加，可能性上調。"),
        ("Situation worsening; treatment stepped up.", "情况恶化，已加强处理措施。"),
        ("Raised after the latest incident and drill findings.", "根據最近事件及演練發現上調。"),
    ),
    "same": (
        ("No change this quarter; controls in place.", "本季無變化，控制措施仍有效。"),
        ("Reviewed with the owner; scores unchanged.", "与负责人检讨，分数不变。"),
        ("Stable; keep monitoring.", "情況穩定，持續監察。"),
    ),
    "season": (
        ("Season ahead: likelihood raised for the coming months.", "季節將至，未來數月可能性上調。"),
        ("Season over; likelihood back to its usual level.", "季节已过，可能性回到平常水平。"),
    ),
    "closed": (("Treatment completed; risk closed.", "處理完成，風險關閉。"),),
}


@dataclass(frozen=True, slots=True)
class DemoReview:
    """One quarterly review as the register recorded it."""

    reviewed_on: date
    scores: RiskScores
    status: RiskStatus
    comment: str
    next_review_on: date | None


@dataclass(frozen=True, slots=True)
class DemoRisk:
    """A risk of the demo register: what it says now and how it got there (oldest review first)."""

    code: str
    source: str
    category: str
    owner_role: CrisisRole | None
    owner_title: str | None
    title: str
    description: str
    controls: str
    treatment: str
    actions: str
    created_on: date
    initial: RiskScores  # as entered, before the first review
    reviews: tuple[DemoReview, ...]

    @property
    def current(self) -> DemoReview:
        return self.reviews[-1]

    def __repr__(self) -> str:
        return f"DemoRisk(code={self.code})"


def _clamp(value: float) -> int:
    return max(SCALE.start, min(SCALE.stop - 1, round(value)))


def _pick(text: Text2, english: bool) -> str:
    return text[0] if english else text[1]


def _review_dates(rng: random.Random, today: date, reviews: int, count: int) -> list[date]:
    """The first ``count`` of ``reviews`` quarterly reviews whose last is in the weeks before ``today``."""
    return [
        today - timedelta(days=quarter * QUARTER_DAYS + rng.randint(3, 20))
        for quarter in range(reviews - 1, reviews - 1 - count, -1)
    ]


@dataclass(frozen=True, slots=True)
class _Pace:
    """How one risk's treatment went: reviews until the residual target is reached, a reassessment."""

    span: int  # reviews from the first one until the treatment has its full effect
    reassessed_at: int  # review at which the inherent likelihood was reassessed by one (-1: never)
    reassessed_by: int


def _path(spec: _Spec, step: int, on: date, pace: _Pace, rng: random.Random) -> tuple[RiskScores, str]:
    """The scores at review ``step`` (0 = first review) and what moved them (a comment kind)."""
    (lik, imp), (r_lik, r_imp) = spec.inherent, spec.residual
    if step >= pace.reassessed_at >= 0:
        lik = _clamp(lik + pace.reassessed_by)
    # the residual starts one step below the inherent scores and closes in on the target
    start_lik, start_imp = max(r_lik, spec.inherent[0] - 1), max(r_imp, imp)
    done = min(1.0, step / pace.span)
    res_lik = _clamp(start_lik + (r_lik - start_lik) * done)
    res_imp = _clamp(start_imp + (r_imp - start_imp) * done)
    kind = "down" if 0 < step <= pace.span else "same"
    if spec.story == "rising":
        rise = min(spec.rise, max(0, step - spec.turn + 1))
        lik = _clamp(lik + rise)
        res_lik = _clamp(res_lik + rise)
        kind = "up" if 1 <= step - spec.turn + 1 <= spec.rise else kind
    elif spec.story == "stable":
        res_lik, res_imp = r_lik, r_imp
        kind = "same"
        if step and rng.random() < 0.15:
            res_lik = _clamp(r_lik + 1)
            kind = "up"
    elif spec.story == "seasonal":
        res_lik, res_imp = r_lik, r_imp
        near = on.month in spec.season or (on + timedelta(days=45)).month in spec.season
        if near:
            lik, res_lik = _clamp(lik + 1), _clamp(r_lik + 1)
        kind = "season"
    return RiskScores(lik, imp, min(res_lik, lik), min(res_imp, imp)), kind


def _status(spec: _Spec, step: int, scores: RiskScores, pace: _Pace) -> RiskStatus:
    if spec.story == "closed" and step >= spec.turn:
        return RiskStatus.CLOSED
    if step == 0 and spec.story != "stable":
        return RiskStatus.OPEN  # assessed, treatment not started yet
    if spec.story in ("stable", "seasonal"):
        return RiskStatus.ACCEPTED
    residual = scores.residual_score or scores.inherent_score
    if spec.story == "treated" and step >= pace.span + 2 and residual <= 6:
        return RiskStatus.ACCEPTED  # treatment done and the residual is tolerable
    return RiskStatus.TREATING


def _comment(
    kind: str, spec: _Spec, scores: RiskScores, previous: RiskScores | None, rng: random.Random
) -> Text2:
    if kind == "season":
        return _COMMENTS["season"][0 if scores.likelihood > spec.inherent[0] else 1]
    if previous is None:
        return _COMMENTS["start"][0]
    if kind in ("down", "up") and scores == previous:
        kind = "same"
    return rng.choice(_COMMENTS[kind])


def _plan(spec: _Spec, code: str, rng: random.Random, today: date, reviews_wanted: int) -> DemoRisk:
    english = rng.random() < _ENGLISH_SHARE
    pace = _Pace(
        span=rng.randint(3, 7),
        reassessed_at=rng.randint(2, 7) if spec.story == "treated" and rng.random() < 0.3 else -1,
        reassessed_by=rng.choice((-1, 1)),
    )
    dates = _review_dates(
        rng,
        today,
        reviews_wanted,
        reviews_wanted - 1 if spec.overdue and reviews_wanted > 1 else reviews_wanted,
    )
    reviews: list[DemoReview] = []
    previous: RiskScores | None = None
    for step, on in enumerate(dates):
        scores, kind = _path(spec, step, on, pace, rng)
        status = _status(spec, step, scores, pace)
        text = (
            _COMMENTS["closed"][0]
            if status is RiskStatus.CLOSED
            else _comment(kind, spec, scores, previous, rng)
        )
        closed = status is RiskStatus.CLOSED
        next_review = None if closed else on + timedelta(days=QUARTER_DAYS)
        reviews.append(DemoReview(on, scores, status, _pick(text, english), next_review))
        previous = scores
        if closed:
            break
    created = dates[0] - timedelta(days=rng.randint(20, 40))
    if isinstance(spec.owner, CrisisRole):
        role, title = spec.owner, None
    else:
        role, title = None, _pick(spec.owner, english)
    return DemoRisk(
        code=code,
        source=spec.source,
        category=spec.category,
        owner_role=role,
        owner_title=title,
        title=_pick(spec.title, english),
        description=_pick(spec.description, english),
        controls=_pick(spec.controls, english),
        treatment=_pick(spec.treatment, english),
        actions=_pick(spec.actions, english),
        created_on=created,
        initial=RiskScores(*spec.inherent),
        reviews=tuple(reviews),
    )


def _variant(spec: _Spec, copy: int, rng: random.Random) -> _Spec:
    """The ``copy``-th repetition of a risk in a big (benchmark) register: another site, shifted scores."""
    site = _SITES[(copy - 1) % len(_SITES)]
    shift = rng.choice((-1, 0, 0, 1))

    def moved(pair: tuple[int, int]) -> tuple[int, int]:
        return (_clamp(pair[0] + shift), pair[1])

    return replace(
        spec,
        title=(f"{spec.title[0]} ({site[0]})", f"{spec.title[1]}（{site[1]}）"),
        inherent=moved(spec.inherent),
        residual=(min(moved(spec.residual)[0], moved(spec.inherent)[0]), spec.residual[1]),
    )


def plan_demo_risks(
    *, seed: int, today: date, count: int | None = None, reviews: int = REVIEWS, first_number: int = 1
) -> tuple[DemoRisk, ...]:
    """The demo register for ``seed`` as of ``today`` (pure: the writer and the tests share it).

    ``count`` above the ~40 written risks repeats them at other sites with shifted scores (the
    benchmarks' 2,000-risk register); ``reviews`` is the number of quarterly reviews of a risk that
    is up to date.
    """
    if reviews < 1:
        raise ValueError("a demo risk has at least one review")
    rng = random.Random(f"demo-risks/{seed}")  # noqa: S311 - sample data, not secrets
    total = len(_SPECS) if count is None else count
    width = max(3, len(str(first_number + total - 1)))
    planned = []
    for index in range(total):
        copy, spec = divmod(index, len(_SPECS))
        chosen = _SPECS[spec] if copy == 0 else _variant(_SPECS[spec], copy, rng)
        planned.append(_plan(chosen, f"R-{first_number + index:0{width}d}", rng, today, reviews))
    return tuple(planned)


def at_noon(day: date) -> datetime:
    """A review's recorded time: noon UTC of its day (the demo has no finer history)."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class DemoRisksResult:
    risks: int
    reviews: int
    snapshots: int


def _record(risk: DemoRisk, scores: RiskScores, status: RiskStatus, user_id: int | None) -> RiskRecord:
    current = risk.current
    return RiskRecord(
        code=risk.code,
        title=risk.title,
        description=risk.description,
        source=risk.source,
        category=risk.category,
        owner_role=str(risk.owner_role) if risk.owner_role is not None else None,
        owner_user_id=None,
        owner_title=risk.owner_title,
        likelihood=scores.likelihood,
        impact=scores.impact,
        residual_likelihood=scores.residual_likelihood,
        residual_impact=scores.residual_impact,
        controls=risk.controls,
        treatment=risk.treatment,
        actions=risk.actions,
        status=str(status),
        next_review_on=current.next_review_on,
        last_reviewed_on=current.reviewed_on,
        user_id=user_id,
    )


def fill_demo_risks(
    db: Database,
    *,
    seed: int = 2026,
    now: datetime,
    actor: str,
    reviewers: Sequence[int | None],
    count: int | None = None,
    reviews: int = REVIEWS,
) -> DemoRisksResult:
    """Write the demo register (``plan_demo_risks``) in one transaction with one audit entry.

    Each risk gets its row as it stands now, a ``created`` snapshot on the day it was entered and,
    per review, the review row with the ``reviewed`` snapshot it wrote, each stamped at noon of its
    day; ``reviewers`` (counsellors and admins) take turns. Codes continue after those in use.
    """
    if not reviewers:
        raise ValueError("demo risks need at least one reviewer")
    now = now.astimezone(UTC)
    with db.transaction() as conn:
        first_number = int(RisksRepository.next_code(conn).removeprefix("R-"))
    planned = plan_demo_risks(
        seed=seed, today=now.date(), count=count, reviews=reviews, first_number=first_number
    )
    written_reviews = snapshots = 0
    with db.transaction() as conn:
        for index, risk in enumerate(planned):
            owner = reviewers[index % len(reviewers)]
            current = risk.current
            risk_id = RisksRepository.insert(
                conn, _record(risk, current.scores, current.status, owner), at_noon(risk.created_on)
            )
            RisksRepository.update(
                conn,
                risk_id,
                _record(risk, current.scores, current.status, owner),
                at_noon(current.reviewed_on),
            )
            RisksRepository.insert_snapshot(
                conn,
                risk_id,
                _record(risk, risk.initial, RiskStatus.OPEN, owner),
                effective_on=risk.created_on,
                kind=str(SnapshotKind.CREATED),
                now=at_noon(risk.created_on),
                user_id=owner,
            )
            for step, review in enumerate(risk.reviews):
                reviewer = reviewers[(index + step) % len(reviewers)]
                stamped = at_noon(review.reviewed_on)
                history_id = RisksRepository.insert_snapshot(
                    conn,
                    risk_id,
                    _record(risk, review.scores, review.status, reviewer),
                    effective_on=review.reviewed_on,
                    kind=str(SnapshotKind.REVIEWED),
                    now=stamped,
                    user_id=reviewer,
                )
                RisksRepository.insert_review(
                    conn,
                    risk_id,
                    reviewed_on=review.reviewed_on,
                    reviewer_user_id=reviewer,
                    likelihood=review.scores.likelihood,
                    impact=review.scores.impact,
                    residual_likelihood=review.scores.residual_likelihood,
                    residual_impact=review.scores.residual_impact,
                    status=str(review.status),
                    comment=review.comment,
                    next_review_on=review.next_review_on,
                    history_id=history_id,
                    now=stamped,
                )
            written_reviews += len(risk.reviews)
            snapshots += len(risk.reviews) + 1
        if planned:
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        actor,
                        "demo.risks_seeded",
                        "risk",
                        "",
                        {
                            "first": planned[0].code,
                            "last": planned[-1].code,
                            "count": len(planned),
                            "reviews": written_reviews,
                            "seed": seed,
                        },
                    )
                ],
                now,
            )
    return DemoRisksResult(len(planned), written_reviews, snapshots)
