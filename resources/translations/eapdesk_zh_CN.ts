<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../app/ui/case_review_tab.py" line="+84"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+99"/>
        <location line="+72"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>That passphrase does not open this database.</source>
        <translation>此密码短语无法打开这个数据库。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No database</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at %1. Create one with &apos;eapdesk init --db PATH --admin NAME&apos;.</source>
        <translation>%1 处没有数据库。请运行 &apos;eapdesk init --db PATH --admin NAME&apos; 创建数据库。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/audit_view.py" line="+25"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="+54"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Page %1 · entries shown: %n</source>
        <translation>
            <numerusform>第 %1 页 · 显示 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the audit trail…</source>
        <translation>正在验证审计日志…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+7"/>
        <location filename="../../forms/audit_view.ui" line="+14"/>
        <location line="+126"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The audit trail failed verification:</source>
        <translation>审计日志验证失败：</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The audit trail is intact. Entries checked: %n.</source>
        <translation>
            <numerusform>审计日志完整无误。已检查 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/audit_view.ui" line="-118"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter by entity or id</source>
        <translation>按对象类型或 ID 筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by entity or id…</source>
        <translation>按对象类型或 ID 筛选…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify chain</source>
        <translation>验证哈希链(&amp;V)</translation>
    </message>
</context>
<context>
    <name>BreachModel</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+226"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts from</source>
        <translation>起算事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for delay</source>
        <translation>延迟原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sent %1 late</source>
        <translation>逾期 %1 发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent %1 early</source>
        <translation>提前 %1 发出</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar_grid.py" line="+126"/>
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../app/ui/calendar_export_dialog.py" line="+103"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is on the on-call rota yet.</source>
        <translation>值班表上尚未有任何成员。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The last day is before the first day.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export covers at most %1 days; choose a shorter period.</source>
        <translation>每次导出最多涵盖 %1 天，请选择较短的期间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the chosen person</source>
        <translation>所选人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the file: only %1&apos;s final on-call shifts (after overrides and swaps), each labelled with its role.</source>
        <translation>文件内容：只有 %1 最终的值班班次（已计入代班与换班），每个班次都标记其角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never in the file: contact numbers or the reasons for overrides and swaps.</source>
        <translation>文件中绝不包含：联络电话，以及代班与换班的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the file: drills (code and type), every on-call shift with who holds it, follow-up due times and corrective-action due dates.</source>
        <translation>文件内容：演练（编号与类型）、每个值班班次及其当值人员、跟进事项的到期时间，以及改进措施的到期日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in the file: names or notes of employees (a follow-up shows only the person&apos;s pseudonym), contact numbers, drill scenarios, action titles, or a surprise drill that has not started.</source>
        <translation>文件中绝不包含：员工的姓名或记录（跟进事项只显示当事人的化名）、联络电话、演练情境、措施标题，以及尚未开始的无预警演练。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file: drills (code and type), every on-call shift with who holds it and corrective-action due dates. Follow-ups are not included for your role.</source>
        <translation>文件内容：演练（编号与类型）、每个值班班次及其当值人员，以及改进措施的到期日。您的角色不会导出跟进事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in the file: names or notes of employees, contact numbers, drill scenarios, action titles, or a surprise drill that has not started.</source>
        <translation>文件中绝不包含：员工的姓名或记录、联络电话、演练情境、措施标题，以及尚未开始的无预警演练。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days run from midnight to midnight in %1.</source>
        <translation>每天以 %1 的午夜至午夜计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the person whose shifts to export.</source>
        <translation>请选择要导出哪位人员的班次。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a folder you can write to and export again.</source>
        <translation>请选择您有写入权限的文件夹，然后再导出一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was exported.</source>
        <translation>没有导出任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 events to %2</source>
        <translation>已导出 %1 个事件至 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-call shifts: %1 · follow-ups: %2 · corrective actions: %3 · drills: %4</source>
        <translation>值班班次：%1 · 跟进事项：%2 · 改进措施：%3 · 演练：%4</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_export_dialog.ui" line="+6"/>
        <source>Export calendar (.ics)</source>
        <translation>导出日历（.ics）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the export</source>
        <translation>导出的第一天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the export (included)</source>
        <translation>导出的最后一天（包含当天）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Whole team: drills, on-call shifts, follow-up and action due dates</source>
        <translation>整个团队(&amp;W)：演练、值班班次、跟进事项与措施到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole team calendar</source>
        <translation>整个团队的日历</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;One person&apos;s on-call shifts</source>
        <translation>单一人员的值班班次(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One person&apos;s on-call shifts</source>
        <translation>单一人员的值班班次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On-call member whose shifts are exported</source>
        <translation>要导出其班次的值班成员</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CalendarGridModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar_grid.py" line="-31"/>
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1，共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
</context>
<context>
    <name>CaseChecklistTab</name>
    <message>
        <location filename="../../forms/case_checklist_tab.ui" line="+22"/>
        <source>Checklist progress</source>
        <translation>检查清单进度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mar&amp;k done</source>
        <translation>标记为完成(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd step…</source>
        <translation>添加步骤(&amp;D)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no checklist yet. The response plan for the category and grade is copied here as a checklist when the incident moves to &quot;responding&quot;.</source>
        <translation>目前还没有检查清单。危机事件进入“响应中”时，该类别和等级的应急预案会复制到这里，成为检查清单。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response checklist</source>
        <translation>响应检查清单</translation>
    </message>
</context>
<context>
    <name>CaseCommunicationTab</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="+50"/>
        <source>Internal staff notice</source>
        <translation>内部员工通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to affected employees</source>
        <translation>受影响员工通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External statement (one voice)</source>
        <translation>对外声明（统一对外口径）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regulator notification</source>
        <translation>监管机构通报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../forms/case_communication_tab.ui" line="+13"/>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the message</source>
        <translation>消息语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New from template</source>
        <translation>从模板新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sav&amp;e as template</source>
        <translation>保存为模板(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store this text as the template for everyone (administrators)</source>
        <translation>将此内容保存为所有人共用的模板（仅限管理员）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore shipped te&amp;xt</source>
        <translation>恢复内置内容(&amp;X)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Drafts</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Communication drafts</source>
        <translation>沟通文稿草稿</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject with placeholders</source>
        <translation>含占位符的主题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Body (placeholders in braces, such as {hotline})</source>
        <translation>正文(&amp;B)（占位符用花括号标记，例如 {hotline}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body with placeholders</source>
        <translation>含占位符的正文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Placeholder v&amp;alues</source>
        <translation>占位符取值(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placeholder values</source>
        <translation>占位符取值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Previe&amp;w</source>
        <translation>预览(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the message</source>
        <translation>消息预览</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save d&amp;raft</source>
        <translation>保存草稿(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel the message was sent by</source>
        <translation>发出消息所用的渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark sent</source>
        <translation>标记为已发出(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy text</source>
        <translation>复制内容(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../app/ui/case_detail.py" line="+148"/>
        <source>Grade %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEST</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../forms/case_detail.ui" line="+23"/>
        <source>No case is open. Choose one in the list to see its overview, timeline and checklist.</source>
        <translation>当前未打开任何个案。请在列表中选择一个个案，以查看其概览、时间线和检查清单。</translation>
    </message>
    <message>
        <location filename="../../forms/case_detail.ui" line="-14"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Case records</source>
        <translation>个案记录</translation>
    </message>
</context>
<context>
    <name>CaseEvidenceTab</name>
    <message>
        <location filename="../../forms/case_evidence_tab.ui" line="+25"/>
        <source>Evidence &amp;items</source>
        <translation>证据条目(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence items</source>
        <translation>证据条目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SHA-256 of the selected item</source>
        <translation>所选条目的 SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of the stored file and compare it with the one recorded when it was added</source>
        <translation>重新计算已存储文件的 SHA-256，并与添加时记录的值进行比对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a file as evidence</source>
        <translation>将文件添加为证据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description of the new evidence</source>
        <translation>新证据的描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source of the new evidence</source>
        <translation>新证据的来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or what it came from</source>
        <translation>提供者或出处</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collection time &amp;known</source>
        <translation>已知收集时间(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collected at</source>
        <translation>收集时间(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the evidence was collected</source>
        <translation>证据的收集时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;hain of custody</source>
        <translation>保管链(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain of custody of the selected item</source>
        <translation>所选条目的保管链</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over t&amp;o</source>
        <translation>移交给(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who receives the evidence</source>
        <translation>证据的接收人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note on the custody entry</source>
        <translation>保管记录的备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record hand-over</source>
        <translation>记录移交(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sea&amp;l</source>
        <translation>封存(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../app/ui/case_list_model.py" line="+218"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>下一个截止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>列表无法按此列排序。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your role sees incidents de-identified: the title is withheld.</source>
        <translation>您的角色只能看到去标识化的危机事件：标题不予显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported %1</source>
        <translation>上报时间：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · drill</source>
        <translation>%1 · 演练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · test</source>
        <translation>%1 · 测试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
</context>
<context>
    <name>CaseNotificationsTab</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="-193"/>
        <source>pending</source>
        <translation>待通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due: notify now</source>
        <translation>已到期：请立即通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notified, waiting</source>
        <translation>已通知，等待确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>无需通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging app</source>
        <translation>即时通讯软件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Became aware</source>
        <translation>知悉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous notice sent</source>
        <translation>上一份通知发出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSIRT / authority</source>
        <translation>CSIRT／主管部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected employees</source>
        <translation>受影响员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDPR-style (regulator 72 h, employees)</source>
        <translation>参照 GDPR（监管机构 72 小时、员工）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIS2-style (24 h, 72 h, one month)</source>
        <translation>参照 NIS2（24 小时、72 小时、一个月）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>withheld</source>
        <translation>不予显示</translation>
    </message>
    <message>
        <location filename="../../forms/case_notifications_tab.ui" line="+11"/>
        <source>&amp;Escalation ladder</source>
        <translation>逐级上报(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation ladder</source>
        <translation>逐级上报</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notifications &amp;log</source>
        <translation>通报记录(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ac&amp;knowledged</source>
        <translation>已确认(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the selected person acknowledged, now</source>
        <translation>记录所选人员已确认（时间为现在）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notifications log</source>
        <translation>通报记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a notification (made by phone, in person…; the app sends nothing)</source>
        <translation>记录一次通报（通过电话、当面等方式进行；本程序不会发送任何消息）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role of the person notified</source>
        <translation>被通知人的角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Who</source>
        <translation>对象(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the person notified</source>
        <translation>被通知人姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notified a&amp;t</source>
        <translation>通知时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notified at (local time)</source>
        <translation>通知时间（本地时间）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record &amp;notification</source>
        <translation>记录通报(&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+58"/>
        <source>Breach-notification clocks</source>
        <translation>泄露通知时限</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>R&amp;ule set</source>
        <translation>规则集(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule set to add</source>
        <translation>要添加的规则集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule set</source>
        <translation>添加规则集(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start e&amp;vent</source>
        <translation>起算事件(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start event</source>
        <translation>起算事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ti&amp;me</source>
        <translation>时间(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start event time (local time)</source>
        <translation>起算事件时间（本地时间）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save event</source>
        <translation>保存事件(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Clock</source>
        <translation>时限(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clock whose notice was sent</source>
        <translation>已发出通知的时限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date sent</source>
        <translation>发出日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time the notice was sent (local time)</source>
        <translation>通知发出的日期和时间（本地时间）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reci&amp;pient</source>
        <translation>接收方(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom the notice was sent</source>
        <translation>通知的接收方</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the dela&amp;y</source>
        <translation>延迟原因(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the delay (required when late)</source>
        <translation>延迟原因（逾期时必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required when the notice went out after its deadline</source>
        <translation>通知在截止时间之后才发出时必填</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record not&amp;ice sent</source>
        <translation>记录通知已发出(&amp;I)</translation>
    </message>
</context>
<context>
    <name>CaseOverviewTab</name>
    <message>
        <location filename="../../forms/case_overview_tab.ui" line="+19"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detected</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People linked</source>
        <translation>已关联人员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Course of events</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last change</source>
        <translation>最近变更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change o&amp;wner…</source>
        <translation>更改负责人(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;facts…</source>
        <translation>编辑事实(&amp;F)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clocks</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledge</source>
        <translation>确认接报</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start response</source>
        <translation>启动响应</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalation ladder</source>
        <translation>逐级上报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override reason</source>
        <translation>调整等级原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade history</source>
        <translation>等级历史</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change gra&amp;de…</source>
        <translation>调整等级(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>CasePeopleTab</name>
    <message>
        <location filename="../../forms/case_people_tab.ui" line="+25"/>
        <source>&amp;Link person…</source>
        <translation>关联人员(&amp;L)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit details…</source>
        <translation>编辑详细信息(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High risk (clinical &amp;judgement)</source>
        <translation>高风险（临床判断）(&amp;J)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No one is linked to this incident yet. Link each affected person by a pseudonym: the first contact, tracking and recovery-plan follow-ups are scheduled for them.</source>
        <translation>此危机事件尚未关联任何人员。请以化名关联每一位受影响者：系统会为其安排首次联系、跟踪和恢复计划等跟进事项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People linked to this incident</source>
        <translation>与此危机事件关联的人员</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records of the selected person</source>
        <translation>所选人员的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups of the selected person</source>
        <translation>所选人员的跟进事项</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mark done…</source>
        <translation>标记为完成(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add follo&amp;w-up…</source>
        <translation>添加跟进事项(&amp;W)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Screenings</source>
        <translation>筛查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screenings of the selected person</source>
        <translation>所选人员的筛查</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record &amp;screening…</source>
        <translation>记录筛查(&amp;S)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clinical notes</source>
        <translation>临床记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinical notes and addenda of the selected person</source>
        <translation>所选人员的临床记录和补充记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text of the selected note</source>
        <translation>所选记录的内容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add &amp;note…</source>
        <translation>添加记录(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;rrect note…</source>
        <translation>更正记录(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add adden&amp;dum…</source>
        <translation>添加补充记录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity and contacts</source>
        <translation>身份和联系方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The identity and emergency contacts are confidential. They are shown only when you ask, and every look is recorded in the audit trail.</source>
        <translation>身份和紧急联系人属于机密信息，仅在您请求时显示，且每次查看都会记录在审计日志中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;identity</source>
        <translation>显示身份(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide identit&amp;y</source>
        <translation>隐藏身份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee number</source>
        <translation>员工工号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emergency contacts of the selected person</source>
        <translation>所选人员的紧急联系人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Emergency &amp;contacts…</source>
        <translation>紧急联系人(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record contact &amp;use…</source>
        <translation>记录联系紧急联系人(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>CaseReviewTab</name>
    <message>
        <location filename="../../forms/case_review_tab.ui" line="+27"/>
        <source>Root ca&amp;use</source>
        <translation>根本原因(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why did it happen? (required before closing)</source>
        <translation>为什么会发生？（结案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover&amp;y plan</source>
        <translation>恢复计划(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery plan</source>
        <translation>恢复计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How operations and the people affected recover (required before closing)</source>
        <translation>运营和受影响人员如何恢复（结案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;ffect evaluation</source>
        <translation>效果评估(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effect evaluation</source>
        <translation>效果评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How well did the response work? (required before closing)</source>
        <translation>响应效果如何？（结案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lessons learned</source>
        <translation>经验教训(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to keep and what to change (required before closing)</source>
        <translation>哪些做法应保留、哪些应改变（结案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan re&amp;visions</source>
        <translation>预案修订(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan revisions</source>
        <translation>预案修订</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to the response plan (optional)</source>
        <translation>对应急预案的修改（选填）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save review</source>
        <translation>保存总结(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the review section (Ctrl+S)</source>
        <translation>保存总结与改进部分（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrective &amp;actions</source>
        <translation>改进措施(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrective actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Act&amp;ion</source>
        <translation>措施(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrective action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be done</source>
        <translation>将采取的行动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner of the corrective action</source>
        <translation>改进措施的负责人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date of the corrective action</source>
        <translation>改进措施的截止日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sta&amp;tus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status of the corrective action</source>
        <translation>改进措施的状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add as &amp;new</source>
        <translation>添加为新条目(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save c&amp;hanges</source>
        <translation>保存更改(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark done</source>
        <translation>标记为完成(&amp;M)</translation>
    </message>
</context>
<context>
    <name>CaseTimelineTab</name>
    <message>
        <location filename="../../forms/case_timeline_tab.ui" line="+13"/>
        <source>&amp;Log an action</source>
        <translation>记录处置行动(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log an action</source>
        <translation>记录处置行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, then Enter…</source>
        <translation>输入所采取的行动，然后按 Enter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible department</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save entry</source>
        <translation>保存记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Correct your own entry while it is not locked yet</source>
        <translation>在记录锁定前更正您自己的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct entr&amp;y…</source>
        <translation>更正记录(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add addend&amp;um…</source>
        <translation>添加补充记录(&amp;U)…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add to the selected entry; the original stays as written</source>
        <translation>补充所选记录；原始内容保持不变</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;west first</source>
        <translation>最新的在前(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="+150"/>
        <source>Your role sees incidents de-identified, so searching their text is not available.</source>
        <translation>您的角色只能看到去标识化的危机事件，因此无法搜索其内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All grades</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+19"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The list could not be loaded: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起危机事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/case_view.ui" line="+9"/>
        <location line="+82"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade filter</source>
        <translation>等级筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search titles, descriptions and timelines</source>
        <translation>搜索标题、描述和时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles, descriptions, timelines — 中文 or English (Ctrl+F)</source>
        <translation>标题、描述、时间线 — 中文或英文（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New incident… (Ctrl+N)</source>
        <translation>新建危机事件(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>O&amp;pen (Enter)</source>
        <translation>打开(&amp;P)（Enter）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log an action (Ctrl+T)</source>
        <translation>记录处置行动(&amp;L)（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../app/ui/case_checklist_tab.py" line="+53"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 完成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A step added on the fly: its text is withheld from you.</source>
        <translation>临时添加的步骤：其内容不向您显示。</translation>
    </message>
</context>
<context>
    <name>ChecklistStepDialog</name>
    <message>
        <location filename="../../app/ui/checklist_step_dialog.py" line="+45"/>
        <source>A&amp;dd step</source>
        <translation>添加步骤(&amp;D)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due time</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_step_dialog.ui" line="+9"/>
        <source>Add a checklist step</source>
        <translation>添加检查清单步骤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Step</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done</source>
        <translation>需要完成的事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible</source>
        <translation>负责角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ue</source>
        <translation>截止时间(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../app/ui/case_checklist_tab.py" line="+44"/>
        <source>C&amp;hecklist</source>
        <translation>检查清单(&amp;H)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 项（共 %2 项）</translation>
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="+152"/>
        <source>Co&amp;mmunication</source>
        <translation>沟通(&amp;M)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>New draft: fill the placeholders, then save it.</source>
        <translation>新草稿：请填写占位符，然后保存。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Still to fill: %1</source>
        <translation>尚待填写：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not placeholders (check the spelling): %1</source>
        <translation>不是占位符（请检查拼写）：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every placeholder is filled.</source>
        <translation>所有占位符均已填写。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Draft saved; %n placeholder(s) still to fill before approval.</source>
        <translation>
            <numerusform>草稿已保存；批准前仍有 %n 个占位符待填写。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Approved. It is ready to be sent.</source>
        <translation>已批准，可以发出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded as sent.</source>
        <translation>已记录为已发出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied; the clipboard is cleared again in 30 seconds.</source>
        <translation>已复制；剪贴板将在 30 秒后清除。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved as the template for everyone.</source>
        <translation>已保存为所有人共用的模板。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The shipped template is used again.</source>
        <translation>已恢复使用内置模板。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="+224"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authorised</source>
        <translation>授权</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No: may not be contacted</source>
        <translation>否：不得联系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, %1, %2</source>
        <translation>是，%1，%2</translation>
    </message>
</context>
<context>
    <name>CoverageGapPanel</name>
    <message>
        <location filename="../../app/ui/coverage_gap_panel.py" line="+48"/>
        <source>next %1 days</source>
        <translation>未来 %1 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No rotation is set up yet, so no role is required to be covered.</source>
        <translation>尚未设置任何轮值，因此没有角色需要有人值班。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every role with a rotation is covered.</source>
        <translation>每个设有轮值的角色都已有人值班。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gaps in the cover</source>
        <translation>%1 个值班空缺</translation>
    </message>
    <message>
        <location filename="../../forms/coverage_gap_panel.ui" line="+11"/>
        <source>&amp;Look ahead</source>
        <translation>预先查看(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far ahead to look for gaps</source>
        <translation>要预先查看多久之内的空缺</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Coverage gaps</source>
        <translation>值班空缺</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../app/ui/case_evidence_tab.py" line="+80"/>
        <source>collected</source>
        <translation>已收集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomRuleSetDialog</name>
    <message>
        <location filename="../../app/ui/custom_rule_set_dialog.py" line="+57"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../forms/custom_rule_set_dialog.ui" line="+8"/>
        <source>Custom notification rules</source>
        <translation>自定义通知规则</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the rule set</source>
        <translation>规则集名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rules of the set</source>
        <translation>规则集中的规则</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Key</source>
        <translation>代码(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short key of the rule, such as regulator</source>
        <translation>规则的简短代码，例如 regulator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What must be sent to whom</source>
        <translation>须向何人发出何种通知(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What must be sent to whom</source>
        <translation>须向何人发出何种通知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts &amp;from</source>
        <translation>起算事件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event the deadline counts from</source>
        <translation>截止时间起算的事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;After which notice</source>
        <translation>在哪一份通知之后(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice whose sending starts this rule</source>
        <translation>发出后即启动此规则的通知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadline (&amp;hours)</source>
        <translation>时限（小时）(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline in hours</source>
        <translation>时限（以小时计）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;udience</source>
        <translation>通知对象(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audience</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;rule</source>
        <translation>添加规则(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move rule</source>
        <translation>移除规则(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="-424"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>发出时间</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (%n to fill)</source>
        <translation>
            <numerusform>%1（%n 项待填写）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillCalendarView</name>
    <message>
        <location filename="../../app/ui/drill_calendar_view.py" line="+40"/>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On call</source>
        <translation>值班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due</source>
        <translation>到期的跟进事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case actions due</source>
        <translation>到期的个案行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill actions due</source>
        <translation>到期的演练行动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%2 %3: %4</source>
        <translation>%1%2 %3：%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2 follow-up</source>
        <translation>%1%2 跟进事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 action: %2</source>
        <translation>%1 行动：%2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../forms/drill_calendar_view.ui" line="+14"/>
        <source>Cal&amp;endar</source>
        <translation>日历(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week (Page Up)</source>
        <translation>上个月或上一周（Page Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week (Page Down)</source>
        <translation>下个月或下一周（Page Down）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>下一期间</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View:</source>
        <translation>检视(&amp;V)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month or week</source>
        <translation>月或周</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On call &amp;shown:</source>
        <translation>显示值班(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose on-call shifts are shown</source>
        <translation>显示哪些人的值班班次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New drill…</source>
        <translation>新建演练(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-call &amp;rota…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entries on the selected day</source>
        <translation>所选日期的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open</source>
        <translation>双击或按 Enter 打开</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drill h&amp;istory</source>
        <translation>演练记录(&amp;I)</translation>
    </message>
</context>
<context>
    <name>DrillEditor</name>
    <message>
        <location filename="../../app/ui/drill_editor.py" line="+80"/>
        <location filename="../../forms/drill_editor.ui" line="+4"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Scenario category</source>
        <translation>情境类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Scenario grade</source>
        <translation>情境等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Planned start</source>
        <translation>预定开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Key roles</source>
        <translation>关键角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Linked risks</source>
        <translation>已连结的风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <location line="+3"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+110"/>
        <location line="+3"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Finding</source>
        <translation>发现事项</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+109"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+108"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Area</source>
        <translation>范畴</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+108"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>New drill</source>
        <translation>新建演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New drill: it gets its code when saved.</source>
        <translation>新建演练：保存后即会取得编号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: no target)</source>
        <translation>（无：无目标）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crisis role</source>
        <translation>危机处理角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Drill %1</source>
        <translation>演练 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 linked risk(s)</source>
        <translation>%1 项已连结的风险</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not rated yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall: %1 (%2%); met %3, partly met %4, not met %5, unrated %6</source>
        <translation>整体：%1（%2%）；达成 %3，部分达成 %4，未达成 %5，未评分 %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+73"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finding %1</source>
        <translation>发现事项 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(not rated)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no crisis role)</source>
        <translation>（无危机处理角色）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Times corrected. Save the drill to keep them.</source>
        <translation>时间已更正。请保存演练以保留变更。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a participant first.</source>
        <translation>请先选择一位参与者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this participant</source>
        <translation>这位参与者</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no risk with the code %1</source>
        <translation>没有编号为 %1 的风险</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The rule gives no drill within the next year.</source>
        <translation>依此规则，未来一年内没有任何演练。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rating saved.</source>
        <translation>评分已保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The status was not changed:</source>
        <translation>状态未变更：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drill is now %1.</source>
        <translation>演练目前为%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the drill moved to %1?</source>
        <translation>为何将演练变更为%1？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The finding was not recorded:</source>
        <translation>未记录发现事项：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding recorded.</source>
        <translation>已记录发现事项。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The corrective action was not recorded:</source>
        <translation>未记录改进措施：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrective action recorded.</source>
        <translation>已记录改进措施。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The finding was not changed:</source>
        <translation>发现事项未变更：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding updated.</source>
        <translation>发现事项已更新。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The corrective action was not changed:</source>
        <translation>改进措施未变更：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corrective action updated.</source>
        <translation>改进措施已更新。</translation>
    </message>
    <message>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario &amp;category</source>
        <translation>情境类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario &amp;grade</source>
        <translation>情境等级(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Scenario</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Planned start</source>
        <translation>预定开始(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t&amp;imes</source>
        <translation>次(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of drills in the series</source>
        <translation>此系列的演练次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objectives &amp;&amp; rating</source>
        <translation>目标与评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One objective per row; rate each once the drill has run.</source>
        <translation>每行一个目标；演练进行后再逐一评分。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add ob&amp;jective</source>
        <translation>新建目标(&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove objective</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save rating</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add participant</source>
        <translation>新建参与者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove participant</source>
        <translation>移除参与者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key roles (none ticked: every crisis role taking part)</source>
        <translation>关键角色(&amp;K)（未勾选：所有参与的危机处理角色）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings &amp;&amp; actions</source>
        <translation>发现事项与行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>发现事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Area</source>
        <translation>范畴(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Finding</source>
        <translation>发现事项(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the drill showed</source>
        <translation>演练所显示的情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add finding</source>
        <translation>新建发现事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrective actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acti&amp;on</source>
        <translation>行动(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrective action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due o&amp;n</source>
        <translation>到期日(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add action</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links &amp;&amp; risks</source>
        <translation>连结与风险</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Linked risks (codes)</source>
        <translation>已连结的风险(&amp;L)（编号）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. RSK-001, RSK-004</source>
        <translation>例如 RSK-001, RSK-004</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start drill</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End drill</source>
        <translation>结束演练(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel drill…</source>
        <translation>取消演练…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resu&amp;me…</source>
        <translation>继续(&amp;M)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run drill (stopwatc&amp;h)…</source>
        <translation>进行演练（秒表）(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct times…</source>
        <translation>更正时间…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct a stamped notification or acknowledgement time, then Save</source>
        <translation>更正已记录的通知或确认时间，然后保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update finding</source>
        <translation>更新发现事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the fields above into the selected finding</source>
        <translation>将上方字段写入所选的发现事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update action</source>
        <translation>更新措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the fields beside into the selected corrective action</source>
        <translation>将旁边的字段写入所选的改进措施</translation>
    </message>
</context>
<context>
    <name>DrillHistoryPanel</name>
    <message>
        <location filename="../../app/ui/drill_history_panel.py" line="+112"/>
        <source>Last 12 months</source>
        <translation>过去 12 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 months</source>
        <translation>过去 24 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All drills</source>
        <translation>所有演练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First
acknowledgement</source>
        <translation>首次
确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone
acknowledged</source>
        <translation>全员
确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings
open / closed</source>
        <translation>发现事项
未结 / 已结</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No drill has been held yet.</source>
        <translation>尚未举行任何演练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No drill was held in this period.</source>
        <translation>此期间没有举行演练。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 drill</source>
        <translation>1 次演练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 drills</source>
        <translation>%1 次演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first acknowledgement on target in %1</source>
        <translation>%1 次首次确认达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 finding open</source>
        <translation>1 项发现事项未结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings open</source>
        <translation>%1 项发现事项未结</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Time to acknowledge per drill</source>
        <translation>各次演练的确认所需时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings per drill</source>
        <translation>各次演练的发现事项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click a drill to select it, double-click to open it</source>
        <translation>单击演练即可选择，双击即可打开</translation>
    </message>
    <message>
        <location filename="../../forms/drill_history_panel.ui" line="+11"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period of the drill history</source>
        <translation>演练记录的期间</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Drills held in the period</source>
        <translation>此期间举行的演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open</source>
        <translation>双击或按 Enter 打开</translation>
    </message>
</context>
<context>
    <name>DrillLabels</name>
    <message>
        <location filename="../../app/ui/drill_labels.py" line="+37"/>
        <source>Tabletop</source>
        <translation>桌面推演</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation</source>
        <translation>模拟演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-scale</source>
        <translation>全面演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surprise</source>
        <translation>突击演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>已排定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>极高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>部分达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not all acknowledged</source>
        <translation>尚未全部确认回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not alerted yet</source>
        <translation>尚未发出警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key roles</source>
        <translation>无关键角色</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../app/ui/case_evidence_tab.py" line="-42"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 check</source>
        <translation>SHA-256 校验</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not checked yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGED — do not rely on it</source>
        <translation>已更改 — 请勿采信</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location line="+95"/>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading evidence…</source>
        <translation>正在加载证据…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n evidence item(s). Files are kept inside the encrypted database.</source>
        <translation>
            <numerusform>共 %n 条证据。文件保存在加密数据库内。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a file as evidence</source>
        <translation>将文件添加为证据</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added. SHA-256: %1</source>
        <translation>已添加。SHA-256：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA-256 verified: the stored file is unchanged.</source>
        <translation>SHA-256 验证通过：已存储的文件未被更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported to %1 (SHA-256 checked first).</source>
        <translation>已导出到 %1（导出前已校验 SHA-256）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recorded in the chain of custody.</source>
        <translation>已记录到保管链。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected at</source>
        <translation>收集时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over to</source>
        <translation>移交对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FactsEditor</name>
    <message>
        <location filename="../../app/ui/facts_editor.py" line="+268"/>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>未保存任何内容：请更正标记的字段。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source %1: %2</source>
        <translation>来源 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department %1: %2</source>
        <translation>部门 %1：%2</translation>
    </message>
    <message>
        <location filename="../../forms/facts_editor.ui" line="+6"/>
        <source>Edit the facts</source>
        <translation>编辑事实</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A short title; do not name the person</source>
        <translation>简短标题；请勿写出当事人姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separate with commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reported</source>
        <translation>上报时间(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Occurred</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>D&amp;etected</source>
        <translation>发现时间(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peop&amp;le involved</source>
        <translation>涉及人数(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cause</source>
        <translation>起因(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course of e&amp;vents</source>
        <translation>事件经过(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Course of events</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Potential impact</source>
        <translation>潜在影响</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operatio&amp;ns</source>
        <translation>运营(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on operations</source>
        <translation>对运营的影响</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Finance</source>
        <translation>财务(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on finance</source>
        <translation>对财务的影响</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rep&amp;utation</source>
        <translation>声誉(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on reputation</source>
        <translation>对声誉的影响</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People (&amp;wellbeing)</source>
        <translation>人员（身心健康）(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on people</source>
        <translation>对人员的影响</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Direct lo&amp;ss</source>
        <translation>直接损失(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct loss</source>
        <translation>直接损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 12500.00; empty if not assessed</source>
        <translation>例如 12500.00；未评估则留空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Indirect loss</source>
        <translation>间接损失(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indirect loss</source>
        <translation>间接损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty if not assessed</source>
        <translation>未评估则留空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information sources (tick the verified ones)</source>
        <translation>信息来源（勾选已核实的）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add source</source>
        <translation>添加来源(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move source</source>
        <translation>移除来源(&amp;M)</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="-129"/>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>done in time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 完成</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../app/ui/grade_dialog.py" line="+56"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change grade of %1</source>
        <translation>调整 %1 的等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the grading questions as they stand now (currently grade %1). The suggestion follows the answers; a different grade needs a reason. The change is kept in the grade history.</source>
        <translation>请根据当前情况回答分级问题（当前等级：%1）。建议等级会根据您的回答而定；选择其他等级时须填写原因。此调整会保存在等级历史中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change grade</source>
        <translation>调整等级(&amp;C)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No suggestion: %1</source>
        <translation>无法建议等级：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested grade: %1</source>
        <translation>建议等级：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As suggested (%1)</source>
        <translation>按建议（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As suggested</source>
        <translation>按建议</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason (required)</source>
        <translation>原因（必填）(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/grade_dialog.ui" line="+135"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../forms/grade_dialog.ui" line="-58"/>
        <source>Direct loss</source>
        <translation>直接损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/grade_dialog.ui" line="-47"/>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/grade_dialog.ui" line="+100"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../forms/grade_dialog.ui" line="-121"/>
        <source>Change grade</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;People affected</source>
        <translation>受影响人数(&amp;P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leak &amp;tier</source>
        <translation>泄露等级(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leak tier</source>
        <translation>泄露等级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sensitivity</source>
        <translation>敏感程度(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity</source>
        <translation>敏感程度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direct &amp;loss</source>
        <translation>直接损失(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not estimated yet, e.g. 12000.50</source>
        <translation>尚未估算，例如 12000.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imminent ris&amp;k to life (self-harm, suicide or violence)</source>
        <translation>有紧迫的生命危险（自伤、自杀或暴力）(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About a sensiti&amp;ve group (executives, key posts)</source>
        <translation>涉及敏感群体（高管、关键岗位）(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By an e&amp;xternal attack</source>
        <translation>源于外部攻击(&amp;X)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason for a grade other than the suggestion</source>
        <translation>选择非建议等级的原因</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../app/ui/heat_map_widget.py" line="+145"/>
        <source>Likelihood %1 (%2) × impact %3 (%4) = %5 · %6</source>
        <translation>可能性 %1（%2）× 影响 %3（%4）= %5 · %6</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since the comparison date: %1 in, %2 out</source>
        <translation>自比较日期以来：移入 %1 项，移出 %2 项</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix: likelihood by impact</source>
        <translation>风险矩阵：可能性 × 影响</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cell likelihood %1, impact %2: %n risk(s).</source>
        <translation>
            <numerusform>可能性 %1、影响 %2 的单元格：%n 项风险。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected: likelihood %1, impact %2.</source>
        <translation>已选中：可能性 %1、影响 %2。</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../app/ui/incident_labels.py" line="+22"/>
        <source>Psychological privacy leak</source>
        <translation>心理隐私泄露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee psychological crisis</source>
        <translation>员工心理危机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical event affecting staff</source>
        <translation>影响员工的重大突发事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace accident</source>
        <translation>工作场所事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyber-security event</source>
        <translation>网络安全事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health event</source>
        <translation>公共卫生事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply-chain disruption</source>
        <translation>供应链中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation crisis</source>
        <translation>声誉危机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I · especially serious</source>
        <translation>一级 · 特别重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>II · serious</source>
        <translation>二级 · 重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>III · significant</source>
        <translation>三级 · 较大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV · general</source>
        <translation>四级 · 一般</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed (false alarm)</source>
        <translation>已排除（误报）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responding</source>
        <translation>响应中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed (closed)</source>
        <translation>已总结（已结案）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis lead</source>
        <translation>危机处理负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT / security</source>
        <translation>IT／信息安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public relations</source>
        <translation>公关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive</source>
        <translation>高层管理者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due in %1</source>
        <translation>%1 后到期</translation>
    </message>
</context>
<context>
    <name>IncidentWizard</name>
    <message>
        <location filename="../../app/ui/incident_wizard.py" line="+121"/>
        <source>Real incident</source>
        <translation>真实事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill (not counted in figures)</source>
        <translation>演练（不计入统计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test (not counted in figures)</source>
        <translation>测试（不计入统计）</translation>
    </message>
    <message>
        <location filename="../../app/ui/grading_choices.py" line="+18"/>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor · 輕微</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate · 中度</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major · 重大</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: no personal data, no harm to people</source>
        <translation>无：不涉及个人信息，对人员无伤害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: ordinary personal data or minor harm</source>
        <translation>低：一般个人信息或轻微伤害</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High: health or counselling data, or serious harm</source>
        <translation>高：健康或咨询数据，或严重伤害</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Critical: clinical records at scale or grave harm</source>
        <translation>极高：大量临床记录，或极严重伤害</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Immediate: now, within the hour</source>
        <translation>立即：现在，一小时内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High: within hours</source>
        <translation>高：数小时内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: within a day</source>
        <translation>中：一天内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: within days</source>
        <translation>低：数天内</translation>
    </message>
    <message>
        <location filename="../../app/ui/incident_wizard.py" line="-15"/>
        <source>Response not started</source>
        <translation>尚未启动响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident was created, but the response could not be started: %1</source>
        <translation>危机事件已创建，但无法启动响应：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../forms/incident_wizard.ui" line="+142"/>
        <location line="+37"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Step 1 of 2 · What happened</source>
        <translation>第 1 步，共 2 步 · 发生了什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step 2 of 2 · How serious is it</source>
        <translation>第 2 步，共 2 步 · 严重程度如何</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No suggestion: %1</source>
        <translation>无法建议等级：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested grade: %1</source>
        <translation>建议等级：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assessed yet: %1</source>
        <translation>尚未评估：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As suggested (%1)</source>
        <translation>按建议（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As suggested</source>
        <translation>按建议</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Override reaso&amp;n (required)</source>
        <translation>调整等级原因（必填）(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/incident_wizard.ui" line="+248"/>
        <source>Override reaso&amp;n</source>
        <translation>调整等级原因(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/incident_wizard.ui" line="-413"/>
        <source>New incident</source>
        <translation>新建危机事件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short description, e.g. 部門群組洩露諮詢記錄</source>
        <translation>简短描述，例如：部门群组泄露咨询记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>K&amp;ind</source>
        <translation>性质(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Real incident, drill or test</source>
        <translation>真实事件、演练或测试</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reported at</source>
        <translation>上报时间(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Occurred at</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Occurred time not known</source>
        <translation>发生时间不明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>D&amp;etected at</source>
        <translation>发现时间(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detected at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected time not known</source>
        <translation>发现时间不明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;People involved or affected</source>
        <translation>涉及或受影响人数(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People involved or affected</source>
        <translation>涉及或受影响人数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated by commas, e.g. Finance, 人力資源部</source>
        <translation>以逗号分隔，例如：财务部、人力资源部</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lea&amp;k tier</source>
        <translation>泄露等级(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Privacy-leak tier</source>
        <translation>隐私泄露等级</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>About a sensitive group (executives, key posts)</source>
        <translation>涉及敏感群体（高管、关键岗位）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>By an external attack</source>
        <translation>源于外部攻击</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sensitivity</source>
        <translation>敏感程度(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensitivity</source>
        <translation>敏感程度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direct &amp;loss</source>
        <translation>直接损失(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Direct loss</source>
        <translation>直接损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known yet; e.g. 12500 or 12,500.50</source>
        <translation>尚不清楚；例如 12500 或 12,500.50</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Imminent risk to life (self-harm, suicide or violence)</source>
        <translation>有紧迫的生命危险（自伤、自杀或暴力）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested grade</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason for choosing another grade</source>
        <translation>选择其他等级的原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed when the grade differs from the suggestion</source>
        <translation>所选等级与建议不同时必填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verified through more than one channel: start the response now (copies the response plan)</source>
        <translation>已通过多个渠道核实：立即启动响应（复制应急预案）(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified through more than one channel: start the response now</source>
        <translation>已通过多个渠道核实：立即启动响应</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cre&amp;ate</source>
        <translation>创建(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KeyMode</name>
    <message>
        <location filename="../../app/ui/role_names.py" line="+16"/>
        <source>System keyring (raw 256-bit key)</source>
        <translation>系统密钥环（原始 256 位密钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase (SQLCipher key derivation)</source>
        <translation>密码短语（SQLCipher 密钥派生）</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+24"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/translation.py" line="+13"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../forms/lock_screen.ui" line="+14"/>
        <location line="+57"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EAP Crisis Desk is locked. Sign in again to continue.</source>
        <translation>EAP Crisis Desk 已锁定。请重新登录以继续。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/lock_screen.py" line="+53"/>
        <source>Wrong password. Too many failed attempts: wait %n s before trying again.</source>
        <translation>
            <numerusform>密码错误。失败次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+43"/>
        <source>Notified at</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not yet</source>
        <translation>尚未确认</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="+14"/>
        <source>Sign in — EAP Crisis Desk</source>
        <translation>登录 — EAP Crisis Desk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="+25"/>
        <source>EAP Crisis Desk — %1</source>
        <translation>EAP Crisis Desk — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter your account name and password.</source>
        <translation>请输入您的账户名和密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong account name or password.</source>
        <translation>账户名或密码错误。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can try again now.</source>
        <translation>现在可以重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrong account name or password. Too many failed attempts: wait %n s before trying again.</source>
        <translation>
            <numerusform>账户名或密码错误。失败次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/actions.py" line="+50"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases</source>
        <translation>个案(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risks</source>
        <translation>风险(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drills</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eports</source>
        <translation>报告(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New incident…</source>
        <translation>新建危机事件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case &amp;list</source>
        <translation>个案列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk &amp;matrix</source>
        <translation>风险矩阵(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill &amp;calendar</source>
        <translation>演练日历(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;drill…</source>
        <translation>新建演练(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Incident summary of the selected case</source>
        <translation>所选个案的事件摘要(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;On-call rota…</source>
        <translation>值班表(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>导出日历(&amp;E)（.ics）…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit trail</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Response &amp;plans…</source>
        <translation>应急预案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Risk sources…</source>
        <translation>风险来源(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About EAP Crisis Desk</source>
        <translation>关于 EAP Crisis Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery key help</source>
        <translation>恢复密钥帮助(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+334"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>EAP Crisis Desk — locked</source>
        <translation>EAP Crisis Desk — 已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAP Crisis Desk — %1</source>
        <translation>EAP Crisis Desk — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unlocked · %1 · auto-lock %n min</source>
        <translation>
            <numerusform>已解锁 · %1 · 空闲 %n 分钟后自动锁定</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DAMAGED — changes are refused. Restore from a backup.</source>
        <translation>已损坏 — 拒绝任何更改。请从备份还原。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database damaged: read-only</source>
        <translation>数据库已损坏：只读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database failed its integrity check, so this session will not change it. Restore it from a backup, and run &apos;eapdesk verify&apos; for details.</source>
        <translation>数据库未通过完整性检查，因此本次会话不会对其做任何更改。请从备份还原，并运行 &apos;eapdesk verify&apos; 查看详细信息。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Every page authenticated (HMAC) and the structure is intact</source>
        <translation>每一页均已通过认证（HMAC），且结构完整</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill calendar</source>
        <translation>演练日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAP Crisis Desk backups (*.eapbak);;All files (*)</source>
        <translation>EAP Crisis Desk 备份文件 (*.eapbak);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Backup passphrase</source>
        <translation>备份密码短语</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Passphrase that will protect the backup (at least 10 characters). Without it the backup cannot be restored:</source>
        <translation>用于保护此备份的密码短语（至少 10 个字符）。没有它将无法还原备份：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same passphrase again:</source>
        <translation>请再次输入相同的密码短语：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The two passphrases differ; no backup was made.</source>
        <translation>两次输入的密码短语不一致，未创建备份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About EAP Crisis Desk</source>
        <translation>关于 EAP Crisis Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAP Crisis Desk %1

Crisis cases, risk register, drills and board reports for an Employee Assistance Program office, in one encrypted database on this computer.</source>
        <translation>EAP Crisis Desk %1

为员工援助计划（EAP）办公室管理危机个案、风险登记册、演练和董事会报告，全部集中在这台计算机上的一个加密数据库中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database key is kept in this computer&apos;s keyring. When the database is created, and every time its key is rotated, a recovery key is shown once. Keep it offline.

On a new or reinstalled computer, open the database and type the recovery key when asked, or run: eapdesk recover --db PATH

If both the keyring entry and the recovery key are lost, the data cannot be recovered by anyone. Restore a backup instead (eapdesk restore).</source>
        <translation>数据库密钥保存在这台计算机的密钥环中。创建数据库时，以及每次轮换密钥时，都会显示一次恢复密钥。请离线保存。

在新的或重新安装的计算机上，打开数据库并在提示时输入恢复密钥，或运行：eapdesk recover --db PATH

如果密钥环中的条目和恢复密钥都丢失，任何人都无法恢复这些数据。请改为还原备份（eapdesk restore）。</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="+53"/>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↳ Addendum</source>
        <translation>↳ 补充记录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SIGNATURE DOES NOT MATCH: changed after signing</source>
        <translation>签名不匹配：签名后被修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed, locked</source>
        <translation>已签名，已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed, editable by the author until %1</source>
        <translation>已签名，作者可编辑至 %1</translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+143"/>
        <source>&amp;Notifications</source>
        <translation>通报(&amp;N)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Acknowledged at %1: escalation stopped.</source>
        <translation>已于 %1 确认：停止逐级上报。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notify now: %1.</source>
        <translation>请立即通知：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1, %2.</source>
        <translation>下一步：%1，%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step has been notified; waiting for an acknowledgement.</source>
        <translation>所有层级均已通知；等待确认。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Custom rules…</source>
        <translation>自定义规则…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Notification recorded.</source>
        <translation>已记录通报。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledgement recorded.</source>
        <translation>已记录确认。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule set added.</source>
        <translation>已添加规则集。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Custom rule set added.</source>
        <translation>已添加自定义规则集。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start event recorded.</source>
        <translation>已记录起算事件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This notice is late (it was due at %1). Give the reason for the delay, then record it.</source>
        <translation>此通知已逾期（截止时间为 %1）。请填写延迟原因，然后再记录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notice recorded as sent.</source>
        <translation>已记录通知已发出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time notified</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgement</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event time</source>
        <translation>事件时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time sent</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for the delay</source>
        <translation>延迟原因</translation>
    </message>
</context>
<context>
    <name>OnCallDialog</name>
    <message>
        <location filename="../../app/ui/oncall_dialog.py" line="+124"/>
        <source>Read only: only an administrator can change the rota.</source>
        <translation>只读：只有管理员可以变更值班表。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nobody (hole)</source>
        <translation>无人（空缺）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact numbers</source>
        <translation>联络电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (left)</source>
        <translation>否（已离开）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <location line="+34"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Hand-over</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members in turn</source>
        <translation>轮流成员</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>On call</source>
        <translation>值班</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From / shifts</source>
        <translation>起始 / 班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override</source>
        <translation>代班</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swap</source>
        <translation>换班</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/oncall_dialog.ui" line="+33"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: %1 hours</source>
        <translation>合计：%1 小时</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/oncall_dialog.ui" line="-18"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove from the rota</source>
        <translation>从值班表移除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove %1 from the rota? They leave every rotation; their past shifts stay in the hours report. To keep them for later, mark them inactive instead.</source>
        <translation>要将 %1 从值班表移除吗？此人会退出所有轮值，过去的班次仍保留在时数报表中。若日后还需要此人，请改为将其标记为停用。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove the %1 rotation? From now on nobody is on call for that role unless another rotation or an override covers it.</source>
        <translation>要移除“%1”轮值吗？自此之后，除非有其他轮值或代班涵盖，否则该角色将无人值班。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove this override? The rotation&apos;s own shifts apply again for its time.</source>
        <translation>要移除这项代班吗？该时段将恢复采用轮值原本的班次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo this swap? Both members get their original shifts back.</source>
        <translation>要取消这项换班吗？两位成员将恢复原本的班次。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出至 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活页簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export on-call hours</source>
        <translation>导出值班时数</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_dialog.ui" line="-9"/>
        <source>On-call rota</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rota members</source>
        <translation>值班表成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add member…</source>
        <translation>新建成员(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rotations</source>
        <translation>轮值</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next hand-overs</source>
        <translation>接下来的交接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;rotation…</source>
        <translation>新建轮值(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;place…</source>
        <translation>取代(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides &amp;&amp; swaps</source>
        <translation>代班与换班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides and swaps</source>
        <translation>代班与换班</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;override…</source>
        <translation>新建代班(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add s&amp;wap…</source>
        <translation>新建换班(&amp;W)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month</source>
        <translation>第一个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>最后一个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone the months are counted in</source>
        <translation>计算月份所用的时区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-call hours</source>
        <translation>值班时数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>OnCallDialogs</name>
    <message>
        <location filename="../../app/ui/oncall_member_dialog.py" line="+33"/>
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <location filename="../../app/ui/oncall_rotation_dialog.py" line="+31"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
</context>
<context>
    <name>OnCallMemberDialog</name>
    <message>
        <location filename="../../app/ui/oncall_member_dialog.py" line="+41"/>
        <source>Edit on-call member</source>
        <translation>编辑值班成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add on-call member</source>
        <translation>新建值班成员</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_member_dialog.ui" line="+6"/>
        <source>On-call member</source>
        <translation>值班成员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis roles the member holds</source>
        <translation>成员担任的危机处理角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact numbers</source>
        <translation>联络电话(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact numbers, one a line</source>
        <translation>联络电话，每行一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One number a line, e.g. +852 9123 4567</source>
        <translation>每行一个号码，例如 +852 9123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Active (on the rota)</source>
        <translation>启用(&amp;A)（列入值班表）</translation>
    </message>
</context>
<context>
    <name>OnCallOverrideDialog</name>
    <message>
        <location filename="../../app/ui/oncall_override_dialog.py" line="+59"/>
        <source>Override (someone stands in)</source>
        <translation>代班（由他人代替）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap two scheduled shifts</source>
        <translation>对调两个排定班次</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add swap</source>
        <translation>新建换班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add override</source>
        <translation>新建代班</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody (record a hole in the cover)</source>
        <translation>无人（记录为值班空缺）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The role has no scheduled shifts to swap in the coming weeks.</source>
        <translation>此角色在未来几周没有可换班的排定班次。</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_override_dialog.ui" line="+6"/>
        <location line="+13"/>
        <source>Override or swap</source>
        <translation>代班或换班</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis role</source>
        <translation>危机处理角色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stands in</source>
        <translation>代班人员(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member standing in</source>
        <translation>代班成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Override start (local time)</source>
        <translation>代班开始（当地时间）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Until</source>
        <translation>结束(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Override end (local time)</source>
        <translation>代班结束（当地时间）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;irst shift</source>
        <translation>第一个班次(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First scheduled shift</source>
        <translation>第一个排定班次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;econd shift</source>
        <translation>第二个班次(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second scheduled shift</source>
        <translation>第二个排定班次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OnCallRotationDialog</name>
    <message>
        <location filename="../../app/ui/oncall_rotation_dialog.py" line="+70"/>
        <source>Replace rotation</source>
        <translation>取代轮值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add rotation</source>
        <translation>新建轮值</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_rotation_dialog.ui" line="+6"/>
        <source>Rotation</source>
        <translation>轮值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis role</source>
        <translation>危机处理角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand-over</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often the rota hands over</source>
        <translation>值班表的交接频率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wee&amp;kday</source>
        <translation>星期(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand-over weekday</source>
        <translation>交接星期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand-over time</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time zone of the hand-over</source>
        <translation>交接所用的时区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Starts on</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members in turn</source>
        <translation>轮流成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;vailable</source>
        <translation>可选(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or&amp;der</source>
        <translation>顺序(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members holding the role</source>
        <translation>担任此角色的成员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add →</source>
        <translation>加入(&amp;A) →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← &amp;Remove</source>
        <translation>← 移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Members in rota order</source>
        <translation>依值班顺序排列的成员</translation>
    </message>
</context>
<context>
    <name>OnCallStatus</name>
    <message>
        <location filename="../../app/ui/oncall_status.py" line="+38"/>
        <source>On call (%1): nobody</source>
        <translation>值班（%1）：无人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On call (%1): %2 until %3</source>
        <translation>值班（%1）：%2，至 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · next: %1</source>
        <translation> · 下一位：%1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../forms/overview_page.ui" line="+14"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identity</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key held by</source>
        <translation>密钥保存于</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your session</source>
        <translation>您的会话</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Auto-lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="+25"/>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLCipher %1, AES-256, HMAC-SHA512 per page</source>
        <translation>SQLCipher %1，AES-256，每页 HMAC-SHA512</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Entries: %n, hash-chained</source>
        <translation>
            <numerusform>共 %n 条记录，以哈希链串联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>After %n min without input</source>
        <translation>
            <numerusform>无任何操作 %n 分钟后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/case_overview_tab.py" line="+55"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>非常严重</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due %1</source>
        <translation>截止时间 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(done %1)</source>
        <translation>（完成于 %1）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>withheld</source>
        <translation>不予显示</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not verified)</source>
        <translation>（未核实）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 verified</source>
        <translation>已核实 %1 项（共 %2 项）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n in all</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direct %1 · indirect %2</source>
        <translation>直接 %1 · 间接 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no override: the suggested grade applies</source>
        <translation>未调整：采用建议等级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged since it was reported</source>
        <translation>自上报以来未曾调整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2 at %3 by %4 (suggested %5)</source>
        <translation>%1 → %2，%3，由 %4 调整（建议等级 %5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason: withheld</source>
        <translation>原因：不予显示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2 at %3 by %4</source>
        <translation>%1 → %2，%3，由 %4 变更</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+24"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reported %1</source>
        <translation>于 %1 上报</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to %1</source>
        <translation>转为%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due %1 · not needed: the incident is closed</source>
        <translation>截止时间 %1 · 无需处理：危机事件已结案</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reached %1 ago</source>
        <translation>已于 %1 前到期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation stopped: acknowledged %1</source>
        <translation>已停止逐级上报：已于 %1 确认</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../app/ui/owner_dialog.py" line="+49"/>
        <source>Change owner of %1</source>
        <translation>更改 %1 的负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only active counsellors and administrators can own an incident. The change is audited.</source>
        <translation>只有账户已启用的咨询师和管理员可以担任危机事件负责人。此更改会记录在审计日志中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change owner</source>
        <translation>更改负责人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/owner_dialog.ui" line="+9"/>
        <source>Change owner</source>
        <translation>更改负责人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New owner</source>
        <translation>新负责人</translation>
    </message>
</context>
<context>
    <name>ParticipantTimesDialog</name>
    <message>
        <location filename="../../app/ui/participant_times_dialog.py" line="+40"/>
        <source>Times of %1. The change is kept when you save the drill, and the audit trail records it.</source>
        <translation>%1 的时间。保存演练时会保留变更，并记录于审计日志。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Correct</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A stamped time cannot be in the future.</source>
        <translation>记录的时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement cannot come before the notification.</source>
        <translation>确认时间不能早于通知时间。</translation>
    </message>
    <message>
        <location filename="../../forms/participant_times_dialog.ui" line="+9"/>
        <source>Correct the stamped times</source>
        <translation>更正已记录的时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Notified at</source>
        <translation>通知时间(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notified at</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not notifie&amp;d</source>
        <translation>未通知(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Acknowledged at</source>
        <translation>确认时间(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ac&amp;knowledged</source>
        <translation>未确认(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+25"/>
        <location filename="../../forms/passphrase_dialog.ui" line="+14"/>
        <source>Unlock database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="+6"/>
        <source>This database is protected by a passphrase instead of the system keyring. Enter its passphrase to unlock it.</source>
        <translation>此数据库由密码短语保护，而不是系统密钥环。请输入密码短语以解锁。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="-161"/>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>涉及角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>下一个跟进事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RED ALERT</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none open</source>
        <translation>无未完成事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 authorised)</source>
        <translation>%1（%2 位已授权）</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../app/ui/case_people_tab.py" line="+137"/>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n person(s) linked</source>
        <translation>
            <numerusform>已关联 %n 名人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n red alert(s)</source>
        <translation>
            <numerusform>%n 项红色预警</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>RED ALERT for %1: %2</source>
        <translation>%1 红色预警：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Signed by %1 at %2 (revision %3). %4</source>
        <translation>由 %1 于 %2 签名（第 %3 版）。%4</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Emergency contact used</source>
        <translation>紧急联系人联系记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record why contact %1 (position %2) was called. The employee authorised it; the call is kept with the case and in the audit trail.</source>
        <translation>请记录联系紧急联系人 %1（第 %2 位）的原因。员工已授权此联系；此次联系会保存在个案中，并记录在审计日志中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow-up done: %1</source>
        <translation>跟进事项已完成：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did it go? The outcome is confidential (optional).</source>
        <translation>情况如何？结果属于机密信息（选填）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clinical note for %1</source>
        <translation>%1 的临床记录</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The note is signed with your name when saved. You can correct it for %n hour(s); after that it is locked and changes are made as addenda that keep the original.</source>
        <translation>
            <numerusform>保存时会以您的名义签名此记录。您可在 %n 小时内更正；之后记录即锁定，任何更改只能以补充记录方式添加，并保留原始内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct your note</source>
        <translation>更正您的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until %1 you may correct your own note; the correction is signed anew.</source>
        <translation>在 %1 之前，您可以更正自己的记录；更正后会重新签名。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Addendum</source>
        <translation>补充记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original note below stays exactly as it was signed; the addendum is signed with your name.</source>
        <translation>下方的原始记录会完全保持签名时的内容；补充记录将以您的名义签名。</translation>
    </message>
</context>
<context>
    <name>PersonContactsDialog</name>
    <message>
        <location filename="../../app/ui/person_dialogs.py" line="+186"/>
        <source>Emergency contacts of %1</source>
        <translation>%1 的紧急联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not given —</source>
        <translation>— 未提供 —</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authorisation recorded %1</source>
        <translation>已于 %1 记录授权</translation>
    </message>
    <message>
        <location filename="../../forms/person_contacts_dialog.ui" line="+9"/>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The employee may name one or two emergency contacts. They are contacted only with the employee&apos;s recorded authorisation: record how it was given. A changed name or number is a new contact and needs a new authorisation.</source>
        <translation>员工可指定一至两名紧急联系人。只有在已记录员工授权的情况下才会联系他们：请记录授权的方式。姓名或电话号码一经更改，即视为新的联系人，须重新获得授权。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First contact</source>
        <translation>第一联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1 name</source>
        <translation>联系人 1 姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Relation</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1 relation</source>
        <translation>联系人 1 关系</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1 phone</source>
        <translation>联系人 1 电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee &amp;authorised contacting them</source>
        <translation>员工已授权联系此人(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Consent given</source>
        <translation>同意方式(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1: how the employee gave the authorisation</source>
        <translation>联系人 1：员工授权的方式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Second contact (optional)</source>
        <translation>第二联系人（选填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2 name</source>
        <translation>联系人 2 姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;lation</source>
        <translation>关系(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2 relation</source>
        <translation>联系人 2 关系</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2 phone</source>
        <translation>联系人 2 电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee a&amp;uthorised contacting them</source>
        <translation>员工已授权联系此人(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;given</source>
        <translation>同意方式(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2: how the employee gave the authorisation</source>
        <translation>联系人 2：员工授权的方式</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../app/ui/person_dialogs.py" line="-104"/>
        <source>Link a person</source>
        <translation>关联人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="+9"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists, calendars and the audit trail show only the pseudonym. The identity below is confidential: counsellors and admins see it only after choosing &quot;Show identity&quot;, and every look is recorded.</source>
        <translation>列表、日历和审计日志只显示化名。下方的身份信息属于机密：咨询师和管理员必须选择“显示身份”后才能看到，且每次查看都会被记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Pseudonym</source>
        <translation>化名(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to generate one such as P-4821.</source>
        <translation>留空即自动生成，例如 P-4821。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to generate one (P-4821)</source>
        <translation>留空即自动生成（P-4821）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In&amp;volvement</source>
        <translation>涉及角色(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Involvement</source>
        <translation>涉及角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name (confidential)</source>
        <translation>姓名（机密）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Employee number</source>
        <translation>员工工号(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee number (confidential)</source>
        <translation>员工工号（机密）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone (confidential)</source>
        <translation>电话（机密）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail (confidential)</source>
        <translation>电子邮件（机密）</translation>
    </message>
</context>
<context>
    <name>PersonFollowUpDialog</name>
    <message>
        <location filename="../../app/ui/person_dialogs.py" line="+237"/>
        <source>Add a follow-up for %1</source>
        <translation>为 %1 添加跟进事项</translation>
    </message>
    <message>
        <location filename="../../forms/person_follow_up_dialog.ui" line="+9"/>
        <source>Add a follow-up</source>
        <translation>添加跟进事项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What for</source>
        <translation>事由(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the follow-up is for</source>
        <translation>跟进事项的事由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due (local time)</source>
        <translation>截止时间（本地时间）</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/ui/person_labels.py" line="+22"/>
        <source>Affected</source>
        <translation>受影响者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>目击者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First contact (24 h)</source>
        <translation>首次联系（24 小时内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking (1 week)</source>
        <translation>跟踪（1 周内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery plan (1 month)</source>
        <translation>恢复计划（1 个月内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PHQ-9 (depression)</source>
        <translation>PHQ-9（抑郁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 (anxiety)</source>
        <translation>GAD-7（焦虑）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimal</source>
        <translation>极轻微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderately severe</source>
        <translation>中重度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PHQ-9 item 9 above 0: thoughts of death or self-harm</source>
        <translation>PHQ-9 第 9 题大于 0：有死亡或自伤的念头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PHQ-9 severe (20 or more)</source>
        <translation>PHQ-9 重度（20 分及以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHQ-9 moderately severe together with thoughts of self-harm</source>
        <translation>PHQ-9 中重度且有自伤念头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GAD-7 severe (15 or more)</source>
        <translation>GAD-7 重度（15 分及以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up was missed</source>
        <translation>有跟进事项未按时完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor&apos;s clinical judgement</source>
        <translation>咨询师的临床判断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbally</source>
        <translation>口头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronically</source>
        <translation>电子方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 · Not at all</source>
        <translation>0 · 完全不会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Several days</source>
        <translation>1 · 好几天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · More than half the days</source>
        <translation>2 · 一半以上的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Nearly every day</source>
        <translation>3 · 几乎每天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation>在过去两个星期，有多少时候您受到以下任何问题所困扰？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Little interest or pleasure in doing things</source>
        <translation>做事时提不起劲或没有兴趣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>感到心情低落、沮丧或绝望</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>入睡困难、睡不安稳或睡眠过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling tired or having little energy</source>
        <translation>感觉疲倦或没有活力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor appetite or overeating</source>
        <translation>食欲不振或吃太多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation>觉得自己很糟 — 或觉得自己很失败，或让自己或家人失望</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>对事物专注有困难，例如阅读报纸或看电视时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>动作或说话速度缓慢到别人已经察觉？或正好相反 — 烦躁或坐立不安、动来动去的情况更胜于平常</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation>有不如死掉或用某种方式伤害自己的念头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feeling nervous, anxious or on edge</source>
        <translation>感觉紧张、焦虑或急切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not being able to stop or control worrying</source>
        <translation>不能够停止或控制担忧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worrying too much about different things</source>
        <translation>对各种各样的事情担忧过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble relaxing</source>
        <translation>很难放松下来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being so restless that it is hard to sit still</source>
        <translation>由于不安而无法静坐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Becoming easily annoyed or irritable</source>
        <translation>变得容易烦恼或急躁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling afraid as if something awful might happen</source>
        <translation>感到似乎将有可怕的事情发生而害怕</translation>
    </message>
</context>
<context>
    <name>PersonNoteDialog</name>
    <message>
        <location filename="../../forms/person_note_dialog.ui" line="+9"/>
        <source>Clinical note</source>
        <translation>临床记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Original text</source>
        <translation>原始内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <location filename="../../app/ui/plan_step_dialog.py" line="+34"/>
        <source>Edit plan step</source>
        <translation>编辑预案步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan step</source>
        <translation>添加预案步骤</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due offset</source>
        <translation>时限（启动后多久）</translation>
    </message>
    <message>
        <location filename="../../forms/plan_step_dialog.ui" line="+9"/>
        <source>Plan step</source>
        <translation>预案步骤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;English title</source>
        <translation>英文标题(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done</source>
        <translation>需要完成的事项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Chinese title</source>
        <translation>中文标题(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same step in Chinese</source>
        <translation>同一步骤的中文说明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Responsible</source>
        <translation>负责角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due after &amp;hours</source>
        <translation>启动后到期：小时(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hours after activation</source>
        <translation>启动后的小时数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and &amp;minutes</source>
        <translation>加分钟(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes after activation</source>
        <translation>启动后的分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>PlanStepsModel</name>
    <message>
        <location filename="../../app/ui/response_plans_dialog.py" line="+48"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due after activation</source>
        <translation>启动后到期</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/risk_import_dialog.py" line="+114"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems and warnings</source>
        <translation>问题和警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual</source>
        <translation>残余风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>上次评审</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the columns</source>
        <translation>等待列映射完成</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>OK, %n warning(s)</source>
        <translation>
            <numerusform>通过，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not readable until the column problems above are solved</source>
        <translation>须先解决上方的列问题才能读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(next free)</source>
        <translation>（下一个可用编号）</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../forms/recover_dialog.ui" line="+14"/>
        <source>Open with recovery key</source>
        <translation>使用恢复密钥打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s keyring holds no key for this database, for example because the computer was reinstalled or the database was copied from another computer. Enter the recovery key that was shown when the database was created or when its key was last changed.</source>
        <translation>这台计算机的密钥环中没有此数据库的密钥，例如计算机已重新安装，或数据库是从另一台计算机复制过来的。请输入创建数据库时或上次更改密钥时显示的恢复密钥。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Recovery key</source>
        <translation>恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+21"/>
        <source>This computer&apos;s keyring has no key for %1. This happens after a reinstall, on a new computer, or when the keyring was reset. Type the recovery key that was shown when the database was created or its key last rotated. If neither the keyring nor the recovery key is available, the data cannot be recovered by anyone; restore a backup instead.</source>
        <translation>这台计算机的密钥环中没有 %1 的密钥。重新安装系统后、使用新计算机时，或密钥环被重置后，就会出现这种情况。请输入创建数据库时或上次轮换密钥时显示的恢复密钥。如果密钥环和恢复密钥都不可用，任何人都无法恢复这些数据；请改为还原备份。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../forms/recovery_key_dialog.ui" line="+14"/>
        <location line="+16"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This recovery key is the only way to open this database if this computer&apos;s keyring is lost, for example after the computer is reinstalled or replaced. Write it down or print the recovery sheet, and store it offline in a safe place away from this computer. If both the keyring and this recovery key are lost, the data cannot be recovered by anyone.</source>
        <translation>如果这台计算机的密钥环丢失（例如计算机重新安装或更换），此恢复密钥是打开此数据库的唯一方法。请抄写下来或打印恢复密钥单，并离线存放在远离这台计算机的安全地点。如果密钥环和此恢复密钥都丢失，任何人都无法恢复这些数据。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>打印恢复密钥单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I have stored the recovery key in a safe place</source>
        <translation>我已将恢复密钥存放在安全的地方</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+50"/>
        <source>EAP Crisis Desk — recovery sheet</source>
        <translation>EAP Crisis Desk — 恢复密钥单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this sheet in a locked place away from the computer. Anyone with this key and a copy of the database file can read it. To use it: eapdesk recover --db PATH, then type the key.</source>
        <translation>请将此单据存放在远离计算机、可上锁的地方。任何人只要持有此密钥和数据库文件的副本，就能读取其中的数据。使用方法：运行 eapdesk recover --db PATH，然后输入密钥。</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/report_view.py" line="+109"/>
        <source>Incident summary</source>
        <translation>事件摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board report for a period</source>
        <translation>期间董事会报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill after-action report</source>
        <translation>演练事后检讨报告</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal (casework)</source>
        <translation>内部（个案工作）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board (de-identified)</source>
        <translation>董事会（去识别化）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last quarter</source>
        <translation>上一季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter (to date)</source>
        <translation>本季（至今）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>最后一个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year (to date)</source>
        <translation>今年（至今）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates below</source>
        <translation>下方日期</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Not available in this version or for your role</source>
        <translation>此版本或您的角色无法使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>INC-2026-0001</source>
        <translation>INC-2026-0001</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report shown as a PDF file (%1)</source>
        <translation>将显示中的报告另存为 PDF 文件（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report shown (%1)</source>
        <translation>打印显示中的报告（%1）</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>There is no drill of the last two years to report on.</source>
        <translation>过去两年没有可供报告的演练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日早于开始日。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an incident, or type its code.</source>
        <translation>请选择一宗事件，或输入其编号。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Generating the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled. The preview is unchanged.</source>
        <translation>已取消。预览内容未变更。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report was generated but could not be shown.</source>
        <translation>报告已生成，但无法显示。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ready: %n page(s).</source>
        <translation>
            <numerusform>完成：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be generated (an unexpected %1).</source>
        <translation>无法生成报告（发生非预期的 %1）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No report yet: choose one and press Generate.</source>
        <translation>尚无报告：请选择报告，然后按“生成”。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The page range chosen holds no page of this report.</source>
        <translation>所选的页面范围不含此报告的任何页面。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>打印机在第 %n 页后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页送至打印机。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/report_view.ui" line="+9"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report &amp;type</source>
        <translation>报告类型(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report type</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident code</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;rill</source>
        <translation>演练(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quick period</source>
        <translation>快速期间(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick period</source>
        <translation>快速期间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audience</source>
        <translation>对象(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audience</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;dentify people (names and employee numbers)</source>
        <translation>显示人员身份(&amp;D)（姓名与员工编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify people in the report</source>
        <translation>在报告中显示人员身份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every identity printed is recorded in the audit trail. Keep the report as confidential as the case file.</source>
        <translation>每一笔打印出的身份都会记录于审计日志。请以对待个案文件的同等机密程度保管此报告。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report generation progress</source>
        <translation>报告生成进度</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ResponsePlansDialog</name>
    <message>
        <location filename="../../app/ui/response_plans_dialog.py" line="+31"/>
        <source>Any grade</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>an administrator</source>
        <translation>一名管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by %1 on %2.</source>
        <translation>由 %1 于 %2 编辑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped default plan.</source>
        <translation>内置默认预案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This grade has no plan of its own: the category&apos;s plan for all grades (shipped default) applies. Saving creates a plan for this grade.</source>
        <translation>此等级没有专属的预案：当前适用此类别的通用预案（内置默认）。保存后即为此等级创建专属预案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This grade has no plan of its own: the category&apos;s plan for all grades (edited by %1 on %2) applies. Saving creates a plan for this grade.</source>
        <translation>此等级没有专属的预案：当前适用此类别的通用预案（由 %1 于 %2 编辑）。保存后即为此等级创建专属预案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes: save them or undo them to choose another plan.</source>
        <translation>有未保存的更改：请先保存或撤销，才能选择其他预案。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the responsible role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due offset</source>
        <translation>时限（启动后多久）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step code</source>
        <translation>步骤代码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <location filename="../../forms/response_plans_dialog.ui" line="+9"/>
        <source>Response plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident category</source>
        <translation>危机事件类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade the plan is for</source>
        <translation>预案适用的等级</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where this plan comes from</source>
        <translation>此预案的来源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan steps</source>
        <translation>预案步骤</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add step…</source>
        <translation>添加步骤(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit step…</source>
        <translation>编辑步骤(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move step</source>
        <translation>移除步骤(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Reset to default</source>
        <translation>恢复为默认(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Und&amp;o changes</source>
        <translation>撤销更改(&amp;O)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../app/ui/case_review_tab.py" line="-48"/>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery plan</source>
        <translation>恢复计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effect evaluation</source>
        <translation>效果评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan revisions</source>
        <translation>预案修订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>&amp;Review</source>
        <translation>总结与改进(&amp;R)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Withheld: review texts are shown to counsellors and admins only.</source>
        <translation>不予显示：总结内容仅向咨询师和管理员显示。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closed as reviewed. Reopen the incident to change the review.</source>
        <translation>已完成总结并结案。如需修改总结，请重新打开此危机事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the incident can be closed as reviewed, fill in: %1.</source>
        <translation>在完成总结并结案之前，请填写：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review is complete: the incident can be closed as reviewed.</source>
        <translation>总结已完整：此危机事件可以完成总结并结案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review is complete; the incident can be closed as reviewed once it is resolved (now: %1).</source>
        <translation>总结已完整；此危机事件解决后即可完成总结并结案（当前状态：%1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n corrective action(s) still open; they do not block closing and stay on the report.</source>
        <translation>
            <numerusform>仍有 %n 项改进措施未完成；这不影响结案，并会保留在报告中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review saved.</source>
        <translation>总结已保存。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Corrective action saved.</source>
        <translation>改进措施已保存。</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../app/ui/risk_editor.py" line="+49"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+48"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+258"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="-246"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+11"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+236"/>
        <source>Crisis role</source>
        <translation>危机处理角色</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+235"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+234"/>
        <source>Position title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <location line="-233"/>
        <location filename="../../forms/risk_editor.ui" line="+118"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+11"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual score</source>
        <translation>残余分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+42"/>
        <source>Residual likelihood</source>
        <translation>残余可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+11"/>
        <source>Residual impact</source>
        <translation>残余影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+59"/>
        <source>Existing controls</source>
        <translation>现有控制措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+18"/>
        <source>Treatment plan</source>
        <translation>处理计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+6"/>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="-204"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A closed risk leaves the review schedule: no next review.</source>
        <translation>已关闭的风险不再纳入评审计划：没有下次评审。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 risks are reviewed every %2 days (office policy). The scheduled date is kept; “From cadence” counts from today: %3.</source>
        <translation>%1风险每 %2 天评审一次（办公室政策）。已安排的日期保持不变；“按评审周期”从今天起算：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 risks are reviewed every %2 days (office policy); the date above was set by hand (the cadence gives %3).</source>
        <translation>%1风险每 %2 天评审一次（办公室政策）；上方的日期为手动设置（按评审周期应为 %3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 risks are reviewed every %2 days (office policy): next review %3.</source>
        <translation>%1风险每 %2 天评审一次（办公室政策）：下次评审 %3。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>New risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score = likelihood × impact; the level follows the office&apos;s bands. The register holds no personal data: name an owner by crisis role, account or position, and keep names of people out of the texts.</source>
        <translation>分数 = 可能性 × 影响；级别按办公室设置的分数区间确定。登记册不存放任何个人信息：请按危机处理角色、账户或职位指定负责人，内容中也请勿写出任何人的姓名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+232"/>
        <source>Save risk</source>
        <translation>保存风险</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the box to record the scores after the existing controls.</source>
        <translation>勾选此复选框，即可记录采取现有控制措施后的分数。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please check before saving:</source>
        <translation>保存前请检查：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save again to keep the texts as they are.</source>
        <translation>再次保存即可保留当前内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../forms/risk_editor.ui" line="-123"/>
        <location line="+14"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;de</source>
        <translation>编号(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk code</source>
        <translation>风险编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use the next free code such as R-001.</source>
        <translation>留空则使用下一个可用编号，例如 R-001。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: next free code (R-001)</source>
        <translation>留空：下一个可用编号（R-001）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a category already used in the register or type a new one.</source>
        <translation>选择登记册中已使用的类别，或输入新的类别。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of owner</source>
        <translation>负责人类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis &amp;role</source>
        <translation>危机处理角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owning crisis role</source>
        <translation>负责的危机处理角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accou&amp;nt</source>
        <translation>账户(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owning account</source>
        <translation>负责的账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position tit&amp;le</source>
        <translation>职位名称(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owning position title</source>
        <translation>负责的职位名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A position such as Facilities manager, never a person&apos;s name.</source>
        <translation>请填写职位名称，例如“设施经理”，切勿填写人名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A position, e.g. Facilities manager</source>
        <translation>职位名称，例如：设施经理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next re&amp;view</source>
        <translation>下次评审(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next review date</source>
        <translation>下次评审日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From cadence</source>
        <translation>按评审周期(&amp;F)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inherent score (before controls)</source>
        <translation>固有分数（采取控制措施前）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;ikelihood</source>
        <translation>可能性(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;mpact</source>
        <translation>影响(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+53"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Residual score (after controls)</source>
        <translation>残余分数（采取控制措施后）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residual li&amp;kelihood</source>
        <translation>残余可能性(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Residual impa&amp;ct</source>
        <translation>残余影响(&amp;C)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>D&amp;escription</source>
        <translation>描述(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xisting controls</source>
        <translation>现有控制措施(&amp;X)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Treatment &amp;plan</source>
        <translation>处理计划(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actions</source>
        <translation>行动项(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RiskImportDialog</name>
    <message>
        <location filename="../../app/ui/risk_import_dialog.py" line="-103"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (checked against L × I)</source>
        <translation>分数（与可能性 × 影响核对）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual likelihood</source>
        <translation>残余可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual impact</source>
        <translation>残余影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing controls</source>
        <translation>现有控制措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment plan</source>
        <translation>处理计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>上次评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>文本内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 · %2: %3</source>
        <translation>第 %1 行 · %2：%3</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Choose the register you keep today (CSV or XLSX, English or Chinese headers). Every row is shown as it will be imported; nothing is imported while any row has a problem, and then all rows are imported together.</source>
        <translation>请选择您当前使用的风险登记册（CSV 或 XLSX，英文或中文表头均可）。每一行都会按导入后的样子显示；只要任何一行有问题，就不会导入任何数据，问题解决后，所有行将一并导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which field each column fills. Change one to re-check the file; the choice is remembered.</source>
        <translation>每一列填入哪个字段。更改任一项会重新检查文件；您的选择会被记住。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../forms/risk_import_dialog.ui" line="+9"/>
        <source>Import risk register</source>
        <translation>导入风险登记册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 rows: %2 ready, %3 with problems; %n warning(s).</source>
        <translation>
            <numerusform>共 %1 行：%2 行可导入，%3 行有问题；%n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no source column: each row&apos;s category is read as its source.</source>
        <translation>文件中没有来源列：每一行的类别将作为其来源读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file or the column mapping: nothing is imported while any row has a problem.</source>
        <translation>请更正文件或列映射：只要任何一行有问题，就不会导入任何数据。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field for the column “%1”</source>
        <translation>“%1”列对应的字段</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Importing %n risk(s)…</source>
        <translation>
            <numerusform>正在导入 %n 项风险…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Risks imported: %n (%1).</source>
        <translation>
            <numerusform>已导入风险：%n 项（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/risk_import_dialog.ui" line="+14"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or XLSX file</source>
        <translation>CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload preview</source>
        <translation>重新加载预览(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview in progress</source>
        <translation>正在生成预览</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Columns in the file</source>
        <translation>文件中的各列</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rows as they will be im&amp;ported</source>
        <translation>将导入的数据行(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows as they will be imported</source>
        <translation>将导入的数据行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems and &amp;warnings</source>
        <translation>问题和警告(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and warnings, row by row</source>
        <translation>逐行列出的问题和警告</translation>
    </message>
</context>
<context>
    <name>RiskLabels</name>
    <message>
        <location filename="../../app/ui/risk_labels.py" line="+22"/>
        <source>Rare</source>
        <translation>罕见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost certain</source>
        <translation>几乎肯定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insignificant</source>
        <translation>可忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treating</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherent (before controls)</source>
        <translation>固有风险（采取控制措施前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual (after controls)</source>
        <translation>残余风险（采取控制措施后）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Residual score %1 = likelihood %2 (%3) × impact %4 (%5) → %6 (%7–%8)</source>
        <translation>残余分数 %1 = 可能性 %2（%3）× 影响 %4（%5）→ %6（%7–%8）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score %1 = likelihood %2 (%3) × impact %4 (%5) → %6 (%7–%8)</source>
        <translation>分数 %1 = 可能性 %2（%3）× 影响 %4（%5）→ %6（%7–%8）</translation>
    </message>
</context>
<context>
    <name>RiskLinksDialog</name>
    <message>
        <location filename="../../app/ui/risk_links_dialog.py" line="+82"/>
        <source>Planned</source>
        <translation>已排定</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+22"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Risk %1 · %2</source>
        <translation>风险 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. DR-2026-001</source>
        <translation>例如：DR-2026-001</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents and drills that bear on this risk, e.g. a drill finding that raises its likelihood. Each link or unlink is saved at once and recorded in the audit log; there is nothing to save when you close.</source>
        <translation>与此风险相关的危机事件和演练，例如提高其可能性的演练发现。每次关联或取消关联都会立即保存并记录在审计日志中；关闭时无需另行保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents and drills that bear on this risk. Your role may read these links but not change them.</source>
        <translation>与此风险相关的危机事件和演练。您的角色可以查看这些关联，但不能更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links of risk %1</source>
        <translation>风险 %1 的关联</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Linked incidents (%1)</source>
        <translation>已关联的危机事件（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked drills (%1)</source>
        <translation>已关联的演练（%1）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not linked: %1: %2</source>
        <translation>未关联：%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Incident %1 linked.</source>
        <translation>已关联危机事件 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drill %1 linked.</source>
        <translation>已关联演练 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident %1 unlinked.</source>
        <translation>已取消关联危机事件 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drill %1 unlinked.</source>
        <translation>已取消关联演练 %1。</translation>
    </message>
    <message>
        <location filename="../../forms/risk_links_dialog.ui" line="+9"/>
        <source>Risk links</source>
        <translation>风险关联</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Linked incidents</source>
        <translation>已关联的危机事件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Incident code</source>
        <translation>危机事件编号(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code of the incident to link</source>
        <translation>要关联的危机事件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. INC-2026-0001</source>
        <translation>例如：INC-2026-0001</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link incident</source>
        <translation>关联危机事件(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the incident with this code to the risk.</source>
        <translation>将此编号的危机事件关联到此风险。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlink incident</source>
        <translation>取消关联危机事件(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the selected incident.</source>
        <translation>移除与所选危机事件的关联。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Linked drills</source>
        <translation>已关联的演练</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Drill code</source>
        <translation>演练编号(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code of the drill to link</source>
        <translation>要关联的演练编号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lin&amp;k drill</source>
        <translation>关联演练(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the drill with this code to the risk.</source>
        <translation>将此编号的演练关联到此风险。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U&amp;nlink drill</source>
        <translation>取消关联演练(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the selected drill.</source>
        <translation>移除与所选演练的关联。</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <location filename="../../app/ui/risk_register_model.py" line="+187"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level · score</source>
        <translation>级别 · 分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual</source>
        <translation>残余风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score = likelihood × impact; hover a score to see its formula.</source>
        <translation>分数 = 可能性 × 影响；将鼠标悬停在分数上即可查看计算公式。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No residual scores yet: the risk counts at its inherent scores.</source>
        <translation>尚无残余分数：该风险按其固有分数计算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review overdue: it was due on %1.</source>
        <translation>评审已逾期：原定于 %1 进行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed on %1.</source>
        <translation>上次评审日期：%1。</translation>
    </message>
</context>
<context>
    <name>RiskReviewDialog</name>
    <message>
        <location filename="../../app/ui/risk_review_dialog.py" line="+116"/>
        <source>Review risk %1</source>
        <translation>评审风险 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record review</source>
        <translation>记录评审</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) = likelihood %3 × impact %4</source>
        <translation>%1（%2）= 可能性 %3 × 影响 %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; residual %1 (%2)</source>
        <translation>；残余 %1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No review recorded yet.</source>
        <translation>尚未记录任何评审。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2: %3, %4</source>
        <translation>%1，由 %2 评审：%3，%4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not recorded. Please correct:</source>
        <translation>未记录。请更正：</translation>
    </message>
    <message>
        <location filename="../../forms/risk_review_dialog.ui" line="+9"/>
        <source>Review risk</source>
        <translation>评审风险</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous review</source>
        <translation>上次评审</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This review</source>
        <translation>本次评审</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review &amp;date</source>
        <translation>评审日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review date</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current score</source>
        <translation>当前分数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>L&amp;ikelihood</source>
        <translation>可能性(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New likelihood</source>
        <translation>新的可能性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;mpact</source>
        <translation>影响(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New impact</source>
        <translation>新的影响</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New score</source>
        <translation>新的分数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Residual score (after controls)</source>
        <translation>残余分数（采取控制措施后）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residual li&amp;kelihood</source>
        <translation>残余可能性(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New residual likelihood</source>
        <translation>新的残余可能性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residual imp&amp;act</source>
        <translation>残余影响(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New residual impact</source>
        <translation>新的残余影响</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status after the review</source>
        <translation>评审后的状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;omment</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review comment</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next re&amp;view</source>
        <translation>下次评审(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next review date</source>
        <translation>下次评审日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From cadence</source>
        <translation>按评审周期(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RiskSourcesDialog</name>
    <message>
        <location filename="../../app/ui/risk_sources_dialog.py" line="+127"/>
        <source>Source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../forms/risk_sources_dialog.ui" line="+129"/>
        <source>&amp;Save labels</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add source</source>
        <translation>添加来源(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source %1 added.</source>
        <translation>已添加来源 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels of %1 saved.</source>
        <translation>已保存 %1 的标签。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is offered for new risks again.</source>
        <translation>新风险可再次使用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is retired: risks that have it keep it; new risks cannot use it.</source>
        <translation>%1 已停用：已使用该来源的风险会保留它，新风险则无法使用。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location filename="../../forms/risk_sources_dialog.ui" line="-120"/>
        <location line="+15"/>
        <source>Risk sources</source>
        <translation>风险来源</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The sources a risk can be filed under, with their label in each language. A retired source stays on the risks that have it but is no longer offered for new ones.</source>
        <translation>风险可归入的来源，以及各语言的标签。已停用的来源仍保留在已使用它的风险上，但不再提供给新风险使用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New source</source>
        <translation>新建来源(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop offering this source for new risks; risks that have it keep it.</source>
        <translation>不再让新风险使用该来源；已使用该来源的风险仍会保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest&amp;ore</source>
        <translation>恢复使用(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer this retired source for new risks again.</source>
        <translation>让新风险可再次使用这个已停用的来源。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Co&amp;de</source>
        <translation>编号(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source code</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and _, up to 40 characters (for example supply_chain). It cannot be changed later: risks and imported files refer to it.</source>
        <translation>小写英文字母、数字和 _，最多 40 个字符（例如 supply_chain）。创建后无法更改：风险和导入的文件都会引用它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;English label</source>
        <translation>英文标签(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English label</source>
        <translation>英文标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;raditional Chinese label (繁體)</source>
        <translation>繁体中文标签(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traditional Chinese label</source>
        <translation>繁体中文标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Empty: the English label is shown</source>
        <translation>留空：显示英文标签</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Si&amp;mplified Chinese label (简体)</source>
        <translation>简体中文标签(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simplified Chinese label</source>
        <translation>简体中文标签</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RiskSourcesModel</name>
    <message>
        <location filename="../../app/ui/risk_sources_dialog.py" line="-197"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>繁體 (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简体 (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>RiskTrendPanel</name>
    <message>
        <location filename="../../app/ui/risk_trend_panel.py" line="+108"/>
        <source>Risks per level</source>
        <translation>各级别风险数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected risk&apos;s score</source>
        <translation>所选风险的分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a risk in the register to see how its score moved.</source>
        <translation>在登记册中选择一项风险，即可查看其分数的变化。</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <location filename="../../app/ui/risk_view.py" line="+265"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The register could not be loaded: %1</source>
        <translation>无法加载登记册：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>%n risk(s) on the matrix as of %1</source>
        <translation>
            <numerusform>截至 %1，矩阵上共 %n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n moved since %1</source>
        <translation>
            <numerusform>自 %1 以来有 %n 项变动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>register filtered to likelihood %1 (%2) × impact %3 (%4)</source>
        <translation>登记册已筛选为可能性 %1（%2）× 影响 %3（%4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>click a cell to filter the register</source>
        <translation>点击单元格即可筛选登记册</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of %1 risk(s) shown</source>
        <translation>
            <numerusform>显示 %n 项风险（共 %1 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue for review</source>
        <translation>
            <numerusform>%n 项逾期未评审</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due for review this quarter (%n)</source>
        <translation>
            <numerusform>本季度待评审（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Export the risk register</source>
        <translation>导出风险登记册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n risk(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 项风险导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../forms/risk_view.ui" line="+9"/>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;cores</source>
        <translation>分数(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scores shown: inherent or residual</source>
        <translation>显示的分数：固有或残余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherent scores are before the existing controls, residual scores after them.</source>
        <translation>固有分数是采取现有控制措施前的分数，残余分数则是采取之后的分数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;As of</source>
        <translation>截至日期(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register as of date</source>
        <translation>登记册的截至日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the matrix as the register stood on this date.</source>
        <translation>按登记册在该日期时的状况显示矩阵。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the register as it stands today.</source>
        <translation>显示登记册今天的状况。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show mo&amp;ves</source>
        <translation>显示变动(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show which risks moved</source>
        <translation>显示哪些风险有变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw arrows for the risks that moved between the comparison date and the as-of date.</source>
        <translation>为在比较日期和截至日期之间发生变动的风险绘制箭头。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;since</source>
        <translation>比较日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparison date</source>
        <translation>比较日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier date the matrix is compared with.</source>
        <translation>用于与矩阵比较的较早日期。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level filter</source>
        <translation>级别筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner filter</source>
        <translation>负责人筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source filter</source>
        <translation>来源筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue reviews only</source>
        <translation>仅显示逾期评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only risks whose next review date has passed.</source>
        <translation>只显示下次评审日期已过的风险。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searc&amp;h</source>
        <translation>搜索(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search risk codes and titles</source>
        <translation>搜索风险编号和标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code or title — 中文 or English</source>
        <translation>编号或标题 — 中文或英文</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show all &amp;matrix cells</source>
        <translation>显示矩阵全部单元格(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop filtering the register by the selected cell.</source>
        <translation>不再按所选单元格筛选登记册。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due for review this quarter</source>
        <translation>本季度待评审</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risks due for review this quarter</source>
        <translation>本季度待评审的风险</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New risk…</source>
        <translation>新建风险(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a risk to the register.</source>
        <translation>在登记册中添加一项风险。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected risk.</source>
        <translation>编辑所选风险。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review…</source>
        <translation>评审(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a review of the selected risk: its scores today and a comment.</source>
        <translation>记录对所选风险的评审：今天的分数和意见。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;ks…</source>
        <translation>关联(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incidents and drills linked to the selected risk.</source>
        <translation>与所选风险关联的危机事件和演练。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a risk register from a CSV or XLSX spreadsheet.</source>
        <translation>从 CSV 或 XLSX 电子表格导入风险登记册。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the register to a CSV or XLSX spreadsheet.</source>
        <translation>将登记册导出为 CSV 或 XLSX 电子表格。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/ui/role_names.py" line="-6"/>
        <source>EAP lead (admin)</source>
        <translation>EAP 主管（管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR manager</source>
        <translation>人力资源经理</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../app/ui/custom_rule_set_dialog.py" line="-27"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts from</source>
        <translation>起算事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>RunDrillDialog</name>
    <message>
        <location filename="../../app/ui/run_drill_dialog.py" line="+75"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run drill %1</source>
        <translation>进行演练 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(withheld)</source>
        <translation>（不予显示）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 for grade %2</source>
        <translation>%1（等级 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no grade given: figures without a verdict</source>
        <translation>未指定等级：仅显示数据，不作判定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert has not been sent yet.</source>
        <translation>警示尚未发出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert sent at %1</source>
        <translation>警示已于 %1 发出</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location filename="../../forms/run_drill_dialog.ui" line="+4"/>
        <source>Run drill</source>
        <translation>进行演练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed since the alert</source>
        <translation>警示发出后经过时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First acknowledgement</source>
        <translation>首次确认回复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone acknowledged</source>
        <translation>全员确认回复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key roles acknowledged</source>
        <translation>关键角色确认回复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click a participant, press their number (1–9), or select a row and press Space to stamp the acknowledgement.</source>
        <translation>点击参与者、按其编号（1–9），或选择一行后按空格键，即可记录确认回复。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start drill</source>
        <translation>开始演练(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send &amp;alert</source>
        <translation>发出警示(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End drill</source>
        <translation>结束演练(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../app/ui/screening_dialog.py" line="+38"/>
        <source>Screening for %1</source>
        <translation>%1 的筛查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Total so far: %1 of %2 (%3 items not answered)</source>
        <translation>目前总分：%1（满分 %2；%3 题未作答）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total: %1 of %2</source>
        <translation>总分：%1（满分 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item 9 above 0: thoughts of death or self-harm. This is a red flag whatever the total: assess the risk today.</source>
        <translation>第 9 题大于 0：有死亡或自伤的念头。无论总分多少，这都是危险信号：请于今日评估风险。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer every item (not answered: %1).</source>
        <translation>请回答每一题（未作答：%1）。</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="+9"/>
        <source>Record a screening</source>
        <translation>记录筛查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Questionnaire</source>
        <translation>量表(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questionnaire</source>
        <translation>量表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item &amp;1</source>
        <translation>第 1 题(&amp;1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 1</source>
        <translation>第 1 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;2</source>
        <translation>第 2 题(&amp;2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 2</source>
        <translation>第 2 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;3</source>
        <translation>第 3 题(&amp;3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 3</source>
        <translation>第 3 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;4</source>
        <translation>第 4 题(&amp;4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 4</source>
        <translation>第 4 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;5</source>
        <translation>第 5 题(&amp;5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 5</source>
        <translation>第 5 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;6</source>
        <translation>第 6 题(&amp;6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 6</source>
        <translation>第 6 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;7</source>
        <translation>第 7 题(&amp;7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 7</source>
        <translation>第 7 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;8</source>
        <translation>第 8 题(&amp;8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 8</source>
        <translation>第 8 题的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;9</source>
        <translation>第 9 题(&amp;9)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 9</source>
        <translation>第 9 题的回答</translation>
    </message>
</context>
<context>
    <name>ScreeningsModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="+72"/>
        <source>Taken</source>
        <translation>测评时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire</source>
        <translation>量表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 9</source>
        <translation>第 9 题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>above 0: thoughts of self-harm</source>
        <translation>大于 0：有自伤念头</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock after &amp;idle</source>
        <translation>空闲后锁定(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock after idle, in minutes</source>
        <translation>空闲几分钟后锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+26"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Lock case e&amp;ntries after</source>
        <translation>个案记录锁定时限(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock timeline entries and clinical notes after this many hours</source>
        <translation>时间线记录和临床记录在多少小时后锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline entries and clinical notes are signed when saved. Their author may correct them until they lock; after that, changes are made only as addenda that keep the original.</source>
        <translation>时间线记录和临床记录在保存时即会签名。作者在记录锁定前可以更正；锁定后，任何更改只能以补充记录方式添加，并保留原始内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Response targets</source>
        <translation>响应时限目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes from the report within which an incident of each grade must be acknowledged and its response started. A change re-times every open incident.</source>
        <translation>各等级危机事件自上报起须在多少分钟内确认接报并启动响应。更改后，所有未结案的危机事件都会重新计算时限。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grade I: ac&amp;knowledge within</source>
        <translation>一级：确认接报时限(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade I, acknowledge within, in minutes</source>
        <translation>一级确认接报时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade I: s&amp;tart response within</source>
        <translation>一级：启动响应时限(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade I, start response within, in minutes</source>
        <translation>一级启动响应时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade II: &amp;acknowledge within</source>
        <translation>二级：确认接报时限(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade II, acknowledge within, in minutes</source>
        <translation>二级确认接报时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade II: &amp;start response within</source>
        <translation>二级：启动响应时限(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade II, start response within, in minutes</source>
        <translation>二级启动响应时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade III: acknowl&amp;edge within</source>
        <translation>三级：确认接报时限(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade III, acknowledge within, in minutes</source>
        <translation>三级确认接报时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade III: sta&amp;rt response within</source>
        <translation>三级：启动响应时限(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade III, start response within, in minutes</source>
        <translation>三级启动响应时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade IV: acknowledge &amp;within</source>
        <translation>四级：确认接报时限(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade IV, acknowledge within, in minutes</source>
        <translation>四级确认接报时限（分钟）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade IV: start res&amp;ponse within</source>
        <translation>四级：启动响应时限(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade IV, start response within, in minutes</source>
        <translation>四级启动响应时限（分钟）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A risk&apos;s score is likelihood × impact, from 1 to 25. Low and Medium end where you set them; High is the rest. After each review the next one is due this many days later, by the risk&apos;s level.</source>
        <translation>风险分数 = 可能性 × 影响，范围为 1 至 25。“低”和“中”的上限由您设置，其余均为“高”。每次评审后，下次评审会按风险级别，在下列天数后到期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Low: scores &amp;up to</source>
        <translation>低：分数上限(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Highest score that is Low</source>
        <translation>属于“低”的最高分数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Medium: scores up to</source>
        <translation>中：分数上限(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Highest score that is Medium</source>
        <translation>属于“中”的最高分数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>High: the rest</source>
        <translation>高：其余分数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores that are High</source>
        <translation>属于“高”的分数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels and their scores</source>
        <translation>各级别及其分数区间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review &amp;High risks every</source>
        <translation>高风险评审间隔(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days between reviews of a High risk</source>
        <translation>高风险两次评审之间的天数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+26"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Review Medium risks ever&amp;y</source>
        <translation>中风险评审间隔(&amp;Y)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days between reviews of a Medium risk</source>
        <translation>中风险两次评审之间的天数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review Low risks e&amp;very</source>
        <translation>低风险评审间隔(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days between reviews of a Low risk</source>
        <translation>低风险两次评审之间的天数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counsellors may edit the risk re&amp;gister</source>
        <translation>咨询师可编辑风险登记册(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsellors may edit the risk register</source>
        <translation>咨询师可编辑风险登记册</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When this is off, only administrators can add, edit, review and import risks; everyone can still read the register.</source>
        <translation>关闭此选项时，只有管理员可以添加、编辑、评审和导入风险；所有人仍可查看登记册。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Default &amp;bands and cadence</source>
        <translation>恢复默认分数区间和评审周期(&amp;B)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+135"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving the response targets and re-timing open incidents…</source>
        <translation>正在保存响应时限目标，并重新计算未结案危机事件的时限…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The response targets could not be saved.</source>
        <translation>无法保存响应时限目标。</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <location filename="../../app/ui/timeline_entry_dialog.py" line="+62"/>
        <source>Correct entry #%1</source>
        <translation>更正记录 #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can correct your own entry until it locks. The correction is signed again and the change is recorded in the audit log.</source>
        <translation>在记录锁定前，您可以更正自己的记录。更正后会重新签名，且更改会记录在审计日志中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save correction</source>
        <translation>保存更正(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addendum to #%1</source>
        <translation>记录 #%1 的补充记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original entry stays exactly as it was written. The addendum is signed and shown right under it.</source>
        <translation>原始记录会完全保持撰写时的内容。补充记录经签名后，会显示在原始记录正下方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save addendum</source>
        <translation>保存补充记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../forms/timeline_entry_dialog.ui" line="+9"/>
        <source>Timeline entry</source>
        <translation>时间线记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry text</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responsible department</source>
        <translation>负责部门</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../app/ui/case_timeline_tab.py" line="+89"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(corrected)</source>
        <translation>（已更正）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addendum to #%1:</source>
        <translation>记录 #%1 的补充记录：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed ✓</source>
        <translation>已签名 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature broken ✗</source>
        <translation>签名失效 ✗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locks at %1</source>
        <translation>将于 %1 锁定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written before entries were signed.</source>
        <translation>此记录撰写于启用签名功能之前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed %1: the stored text is the text that was signed.</source>
        <translation>已于 %1 签名：存储的内容与签名时的内容一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored text no longer matches its signature: it was changed outside the application.</source>
        <translation>存储的内容与其签名不再匹配：内容已在本程序之外被修改。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="-102"/>
        <source>withheld</source>
        <translation>不予显示</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action</source>
        <translation>处置行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time</source>
        <translation>时间</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Entries: %n</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>signature broken ✗</source>
        <translation>签名失效 ✗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed ✓</source>
        <translation>已签名 ✓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>locks at %1</source>
        <translation>将于 %1 锁定</translation>
    </message>
</context>
<context>
    <name>TransitionReasonDialog</name>
    <message>
        <location filename="../../app/ui/transition_dialog.py" line="+49"/>
        <source>Dismissing %1 as a false alarm ends the work on it. Record why it was judged one; the reason is kept with the status history.</source>
        <translation>将 %1 排除为误报后，就会结束对它的处理。请记录判定为误报的原因；该原因会与状态历史一并保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving %1 from %2 back to %3 reopens it. Record the reason; it is kept with the status history.</source>
        <translation>将 %1 从“%2”退回“%3”会重新打开此事件。请记录原因；该原因会与状态历史一并保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to %1</source>
        <translation>转为%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move</source>
        <translation>变更状态(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/transition_reason_dialog.ui" line="+9"/>
        <source>Reason for the move</source>
        <translation>变更状态的原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../../forms/user_editor.ui" line="+14"/>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>At least 10 characters. Any language; spaces allowed.</source>
        <translation>至少 10 个字符。可使用任何语言，允许包含空格。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Confirm password</source>
        <translation>确认密码(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Account &amp;disabled</source>
        <translation>账户已禁用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+61"/>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password (leave empty to keep)</source>
        <translation>新密码（留空则保持不变）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location line="+87"/>
        <location filename="../../forms/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../forms/users_dialog.ui" line="+6"/>
        <source>User a&amp;ccounts</source>
        <translation>用户账户(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="-148"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="+22"/>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
