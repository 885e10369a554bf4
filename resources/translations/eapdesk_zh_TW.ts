<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../app/ui/case_review_tab.py" line="+84"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+99"/>
        <location line="+72"/>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>That passphrase does not open this database.</source>
        <translation>此通關密語無法開啟這個資料庫。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No database</source>
        <translation>沒有資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at %1. Create one with &apos;eapdesk init --db PATH --admin NAME&apos;.</source>
        <translation>%1 沒有資料庫。請執行 &apos;eapdesk init --db PATH --admin NAME&apos; 建立資料庫。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細資料</translation>
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
            <numerusform>第 %1 頁 · 顯示 %n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the audit trail…</source>
        <translation>正在驗證稽核軌跡…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+7"/>
        <location filename="../../forms/audit_view.ui" line="+14"/>
        <location line="+126"/>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The audit trail failed verification:</source>
        <translation>稽核軌跡驗證失敗：</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The audit trail is intact. Entries checked: %n.</source>
        <translation>
            <numerusform>稽核軌跡完整無誤。已檢查 %n 筆紀錄。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/audit_view.ui" line="-118"/>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Action</source>
        <translation>動作(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To</source>
        <translation>結束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter by entity or id</source>
        <translation>依項目類型或 ID 篩選</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by entity or id…</source>
        <translation>依項目類型或 ID 篩選…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Previous</source>
        <translation>上一頁(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify chain</source>
        <translation>驗證雜湊鏈(&amp;V)</translation>
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
        <translation>對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts from</source>
        <translation>起算事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>發出時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for delay</source>
        <translation>延遲原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sent %1 late</source>
        <translation>逾期 %1 發出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent %1 early</source>
        <translation>提前 %1 發出</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar_grid.py" line="+126"/>
        <source>+%n more</source>
        <translation>
            <numerusform>還有 %n 項</numerusform>
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
        <translation>值班表上尚未有任何成員。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The last day is before the first day.</source>
        <translation>最後一天早於第一天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An export covers at most %1 days; choose a shorter period.</source>
        <translation>每次匯出最多涵蓋 %1 天，請選擇較短的期間。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the chosen person</source>
        <translation>所選人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the file: only %1&apos;s final on-call shifts (after overrides and swaps), each labelled with its role.</source>
        <translation>檔案內容：只有 %1 最終的值班班次（已計入代班與換班），每個班次都標示其角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never in the file: contact numbers or the reasons for overrides and swaps.</source>
        <translation>檔案中絕不包含：聯絡電話，以及代班與換班的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the file: drills (code and type), every on-call shift with who holds it, follow-up due times and corrective-action due dates.</source>
        <translation>檔案內容：演練（編號與類型）、每個值班班次及其當值人員、跟進事項的到期時間，以及改進措施的到期日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in the file: names or notes of employees (a follow-up shows only the person&apos;s pseudonym), contact numbers, drill scenarios, action titles, or a surprise drill that has not started.</source>
        <translation>檔案中絕不包含：員工的姓名或紀錄（跟進事項只顯示當事人的化名）、聯絡電話、演練情境、措施標題，以及尚未開始的無預警演練。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the file: drills (code and type), every on-call shift with who holds it and corrective-action due dates. Follow-ups are not included for your role.</source>
        <translation>檔案內容：演練（編號與類型）、每個值班班次及其當值人員，以及改進措施的到期日。您的角色不會匯出跟進事項。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never in the file: names or notes of employees, contact numbers, drill scenarios, action titles, or a surprise drill that has not started.</source>
        <translation>檔案中絕不包含：員工的姓名或紀錄、聯絡電話、演練情境、措施標題，以及尚未開始的無預警演練。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days run from midnight to midnight in %1.</source>
        <translation>每天以 %1 的午夜至午夜計算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the person whose shifts to export.</source>
        <translation>請選擇要匯出哪位人員的班次。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export calendar</source>
        <translation>匯出行事曆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 檔案 (*.ics);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a folder you can write to and export again.</source>
        <translation>請選擇您有寫入權限的資料夾，然後再匯出一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was exported.</source>
        <translation>沒有匯出任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 events to %2</source>
        <translation>已匯出 %1 個事件至 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-call shifts: %1 · follow-ups: %2 · corrective actions: %3 · drills: %4</source>
        <translation>值班班次：%1 · 跟進事項：%2 · 改進措施：%3 · 演練：%4</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_export_dialog.ui" line="+6"/>
        <source>Export calendar (.ics)</source>
        <translation>匯出行事曆（.ics）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the export</source>
        <translation>匯出的第一天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;To</source>
        <translation>結束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the export (included)</source>
        <translation>匯出的最後一天（包含當天）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Whole team: drills, on-call shifts, follow-up and action due dates</source>
        <translation>整個團隊(&amp;W)：演練、值班班次、跟進事項與措施到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole team calendar</source>
        <translation>整個團隊的行事曆</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;One person&apos;s on-call shifts</source>
        <translation>單一人員的值班班次(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One person&apos;s on-call shifts</source>
        <translation>單一人員的值班班次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Person</source>
        <translation>人員(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On-call member whose shifts are exported</source>
        <translation>要匯出其班次的值班成員</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CalendarGridModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/calendar_grid.py" line="-31"/>
        <source>%1, %n entries</source>
        <translation>
            <numerusform>%1，共 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week %1</source>
        <translation>第 %1 週</translation>
    </message>
</context>
<context>
    <name>CaseChecklistTab</name>
    <message>
        <location filename="../../forms/case_checklist_tab.ui" line="+22"/>
        <source>Checklist progress</source>
        <translation>檢查清單進度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mar&amp;k done</source>
        <translation>標記為完成(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd step…</source>
        <translation>新增步驟(&amp;D)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no checklist yet. The response plan for the category and grade is copied here as a checklist when the incident moves to &quot;responding&quot;.</source>
        <translation>目前尚無檢查清單。危機事件進入「應變中」時，該類別與等級的應急預案會複製到這裡，成為檢查清單。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response checklist</source>
        <translation>應變檢查清單</translation>
    </message>
</context>
<context>
    <name>CaseCommunicationTab</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="+50"/>
        <source>Internal staff notice</source>
        <translation>內部員工通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice to affected employees</source>
        <translation>受影響員工通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External statement (one voice)</source>
        <translation>對外聲明（統一對外口徑）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regulator notification</source>
        <translation>主管機關通報</translation>
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
        <translation>已核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>已發出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../forms/case_communication_tab.ui" line="+13"/>
        <source>&amp;Template</source>
        <translation>範本(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the message</source>
        <translation>訊息語言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New from template</source>
        <translation>從範本新增(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sav&amp;e as template</source>
        <translation>儲存為範本(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store this text as the template for everyone (administrators)</source>
        <translation>將此內容儲存為所有人共用的範本（限管理員）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore shipped te&amp;xt</source>
        <translation>還原內建內容(&amp;X)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Drafts</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Communication drafts</source>
        <translation>溝通文稿草稿</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Subject</source>
        <translation>主旨(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject with placeholders</source>
        <translation>含預留位置的主旨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Body (placeholders in braces, such as {hotline})</source>
        <translation>內文(&amp;B)（預留位置以大括號標示，例如 {hotline}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body with placeholders</source>
        <translation>含預留位置的內文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Placeholder v&amp;alues</source>
        <translation>預留位置的值(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placeholder values</source>
        <translation>預留位置的值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Previe&amp;w</source>
        <translation>預覽(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the message</source>
        <translation>訊息預覽</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save d&amp;raft</source>
        <translation>儲存草稿(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;pprove</source>
        <translation>核准(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hannel</source>
        <translation>管道(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel the message was sent by</source>
        <translation>發出訊息所用的管道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark sent</source>
        <translation>標記為已發出(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy text</source>
        <translation>複製內容(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../app/ui/case_detail.py" line="+148"/>
        <source>Grade %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DRILL</source>
        <translation>演練</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEST</source>
        <translation>測試</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../forms/case_detail.ui" line="+23"/>
        <source>No case is open. Choose one in the list to see its overview, timeline and checklist.</source>
        <translation>目前未開啟任何個案。請在清單中選擇一個個案，以查看其總覽、時間軸與檢查清單。</translation>
    </message>
    <message>
        <location filename="../../forms/case_detail.ui" line="-14"/>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Case records</source>
        <translation>個案紀錄</translation>
    </message>
</context>
<context>
    <name>CaseEvidenceTab</name>
    <message>
        <location filename="../../forms/case_evidence_tab.ui" line="+25"/>
        <source>Evidence &amp;items</source>
        <translation>證據項目(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence items</source>
        <translation>證據項目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SHA-256 of the selected item</source>
        <translation>所選項目的 SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of the stored file and compare it with the one recorded when it was added</source>
        <translation>重新計算已儲存檔案的 SHA-256，並與新增時記錄的值比對</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a file as evidence</source>
        <translation>將檔案新增為證據</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description</source>
        <translation>說明(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description of the new evidence</source>
        <translation>新證據的說明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source of the new evidence</source>
        <translation>新證據的來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or what it came from</source>
        <translation>提供者或出處</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collection time &amp;known</source>
        <translation>已知蒐集時間(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collected at</source>
        <translation>蒐集時間(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the evidence was collected</source>
        <translation>證據的蒐集時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add file…</source>
        <translation>新增檔案(&amp;A)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;hain of custody</source>
        <translation>保管鏈(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain of custody of the selected item</source>
        <translation>所選項目的保管鏈</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over t&amp;o</source>
        <translation>移交給(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who receives the evidence</source>
        <translation>證據的接收人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note on the custody entry</source>
        <translation>保管紀錄的備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record hand-over</source>
        <translation>記錄移交(&amp;R)</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>下一個期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>清單無法依此欄排序。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your role sees incidents de-identified: the title is withheld.</source>
        <translation>您的角色只能看到去識別化的危機事件：標題不予顯示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported %1</source>
        <translation>通報時間：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · drill</source>
        <translation>%1 · 演練</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · test</source>
        <translation>%1 · 測試</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
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
        <translation>已到期：請立即通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notified, waiting</source>
        <translation>已通知，等待確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>無需通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging app</source>
        <translation>通訊軟體</translation>
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
        <translation>發現</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous notice sent</source>
        <translation>前一份通知發出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regulator</source>
        <translation>主管機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSIRT / authority</source>
        <translation>CSIRT／主管機關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected employees</source>
        <translation>受影響員工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>管理層</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDPR-style (regulator 72 h, employees)</source>
        <translation>比照 GDPR（主管機關 72 小時、員工）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIS2-style (24 h, 72 h, one month)</source>
        <translation>比照 NIS2（24 小時、72 小時、一個月）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>withheld</source>
        <translation>不予顯示</translation>
    </message>
    <message>
        <location filename="../../forms/case_notifications_tab.ui" line="+11"/>
        <source>&amp;Escalation ladder</source>
        <translation>逐級上報(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation ladder</source>
        <translation>逐級上報</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notifications &amp;log</source>
        <translation>通報紀錄(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ac&amp;knowledged</source>
        <translation>已確認(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the selected person acknowledged, now</source>
        <translation>記錄所選人員已確認（時間為現在）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notifications log</source>
        <translation>通報紀錄</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a notification (made by phone, in person…; the app sends nothing)</source>
        <translation>記錄一次通報（以電話、當面等方式進行；本程式不會發送任何訊息）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role of the person notified</source>
        <translation>受通知者的角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Who</source>
        <translation>對象(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the person notified</source>
        <translation>受通知者姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel</source>
        <translation>管道(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notified a&amp;t</source>
        <translation>通知時間(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notified at (local time)</source>
        <translation>通知時間（當地時間）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;ote</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record &amp;notification</source>
        <translation>記錄通報(&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+58"/>
        <source>Breach-notification clocks</source>
        <translation>泄露通知時限</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>R&amp;ule set</source>
        <translation>規則集(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule set to add</source>
        <translation>要加入的規則集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add rule set</source>
        <translation>加入規則集(&amp;A)</translation>
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
        <translation>時間(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start event time (local time)</source>
        <translation>起算事件時間（當地時間）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save event</source>
        <translation>儲存事件(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Clock</source>
        <translation>時限(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clock whose notice was sent</source>
        <translation>已發出通知的時限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date sent</source>
        <translation>發出日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time the notice was sent (local time)</source>
        <translation>通知發出的日期與時間（當地時間）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reci&amp;pient</source>
        <translation>收件者(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom the notice was sent</source>
        <translation>通知的收件者</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the dela&amp;y</source>
        <translation>延遲原因(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the delay (required when late)</source>
        <translation>延遲原因（逾期時必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required when the notice went out after its deadline</source>
        <translation>通知在期限之後才發出時必填</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record not&amp;ice sent</source>
        <translation>記錄通知已發出(&amp;I)</translation>
    </message>
</context>
<context>
    <name>CaseOverviewTab</name>
    <message>
        <location filename="../../forms/case_overview_tab.ui" line="+19"/>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reported</source>
        <translation>通報時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Occurred</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detected</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People involved</source>
        <translation>涉及人數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People linked</source>
        <translation>已連結人員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Course of events</source>
        <translation>事件經過</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information sources</source>
        <translation>資訊來源</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last change</source>
        <translation>最近變更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change o&amp;wner…</source>
        <translation>變更負責人(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;facts…</source>
        <translation>編輯事實(&amp;F)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clocks</source>
        <translation>時限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledge</source>
        <translation>確認接報</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start response</source>
        <translation>啟動應變</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalation ladder</source>
        <translation>逐級上報</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested</source>
        <translation>建議等級</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override reason</source>
        <translation>變更等級原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade history</source>
        <translation>等級歷程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change gra&amp;de…</source>
        <translation>變更等級(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>CasePeopleTab</name>
    <message>
        <location filename="../../forms/case_people_tab.ui" line="+25"/>
        <source>&amp;Link person…</source>
        <translation>連結人員(&amp;L)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit details…</source>
        <translation>編輯詳細資料(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High risk (clinical &amp;judgement)</source>
        <translation>高風險（臨床判斷）(&amp;J)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No one is linked to this incident yet. Link each affected person by a pseudonym: the first contact, tracking and recovery-plan follow-ups are scheduled for them.</source>
        <translation>此危機事件尚未連結任何人員。請以化名連結每一位受影響者：系統會為其排定首次聯絡、追蹤與恢復計劃等跟進事項。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People linked to this incident</source>
        <translation>與此危機事件連結的人員</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Records of the selected person</source>
        <translation>所選人員的紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>跟進事項</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups of the selected person</source>
        <translation>所選人員的跟進事項</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mark done…</source>
        <translation>標記為完成(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add follo&amp;w-up…</source>
        <translation>新增跟進事項(&amp;W)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Screenings</source>
        <translation>篩檢</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screenings of the selected person</source>
        <translation>所選人員的篩檢</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record &amp;screening…</source>
        <translation>記錄篩檢(&amp;S)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clinical notes</source>
        <translation>臨床紀錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinical notes and addenda of the selected person</source>
        <translation>所選人員的臨床紀錄與補充紀錄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text of the selected note</source>
        <translation>所選紀錄的內容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add &amp;note…</source>
        <translation>新增紀錄(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;rrect note…</source>
        <translation>更正紀錄(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add adden&amp;dum…</source>
        <translation>新增補充紀錄(&amp;D)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity and contacts</source>
        <translation>身分與聯絡方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The identity and emergency contacts are confidential. They are shown only when you ask, and every look is recorded in the audit trail.</source>
        <translation>身分與緊急聯絡人屬於機密資料，只會在您要求時顯示，且每次檢視都會記錄在稽核軌跡中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;identity</source>
        <translation>顯示身分(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide identit&amp;y</source>
        <translation>隱藏身分(&amp;Y)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emergency contacts of the selected person</source>
        <translation>所選人員的緊急聯絡人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Emergency &amp;contacts…</source>
        <translation>緊急聯絡人(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record contact &amp;use…</source>
        <translation>記錄聯絡緊急聯絡人(&amp;U)…</translation>
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
        <translation>為何會發生？（結案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover&amp;y plan</source>
        <translation>恢復計劃(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery plan</source>
        <translation>恢復計劃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How operations and the people affected recover (required before closing)</source>
        <translation>營運與受影響人員如何恢復（結案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;ffect evaluation</source>
        <translation>效果評估(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effect evaluation</source>
        <translation>效果評估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How well did the response work? (required before closing)</source>
        <translation>應變成效如何？（結案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lessons learned</source>
        <translation>經驗教訓(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lessons learned</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to keep and what to change (required before closing)</source>
        <translation>哪些做法應保留、哪些應改變（結案前必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan re&amp;visions</source>
        <translation>預案修訂(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan revisions</source>
        <translation>預案修訂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to the response plan (optional)</source>
        <translation>對應急預案的修改（選填）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save review</source>
        <translation>儲存總結(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the review section (Ctrl+S)</source>
        <translation>儲存總結與改進部分（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrective &amp;actions</source>
        <translation>改進措施(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrective actions</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Act&amp;ion</source>
        <translation>措施(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrective action</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be done</source>
        <translation>將採取的行動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner of the corrective action</source>
        <translation>改進措施的負責人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date of the corrective action</source>
        <translation>改進措施的到期日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sta&amp;tus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status of the corrective action</source>
        <translation>改進措施的狀態</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add as &amp;new</source>
        <translation>新增為新項目(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save c&amp;hanges</source>
        <translation>儲存變更(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark done</source>
        <translation>標記為完成(&amp;M)</translation>
    </message>
</context>
<context>
    <name>CaseTimelineTab</name>
    <message>
        <location filename="../../forms/case_timeline_tab.ui" line="+13"/>
        <source>&amp;Log an action</source>
        <translation>記錄處置行動(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log an action</source>
        <translation>記錄處置行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, then Enter…</source>
        <translation>輸入所採取的行動，然後按 Enter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible department</source>
        <translation>負責部門</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save entry</source>
        <translation>儲存紀錄(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Correct your own entry while it is not locked yet</source>
        <translation>在紀錄鎖定前更正您自己的紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct entr&amp;y…</source>
        <translation>更正紀錄(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add addend&amp;um…</source>
        <translation>新增補充紀錄(&amp;U)…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add to the selected entry; the original stays as written</source>
        <translation>補充所選紀錄；原始內容維持不變</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;west first</source>
        <translation>最新的在前(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="+150"/>
        <source>Your role sees incidents de-identified, so searching their text is not available.</source>
        <translation>您的角色只能看到去識別化的危機事件，因此無法搜尋其內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>未結案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All grades</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+19"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The list could not be loaded: %1</source>
        <translation>無法載入清單：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件危機事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/case_view.ui" line="+9"/>
        <location line="+82"/>
        <source>Cases</source>
        <translation>個案</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Grade</source>
        <translation>等級(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade filter</source>
        <translation>等級篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category filter</source>
        <translation>類別篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overdue only</source>
        <translation>僅顯示逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search titles, descriptions and timelines</source>
        <translation>搜尋標題、描述與時間軸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles, descriptions, timelines — 中文 or English (Ctrl+F)</source>
        <translation>標題、描述、時間軸 — 中文或英文（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New incident… (Ctrl+N)</source>
        <translation>新增危機事件(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>O&amp;pen (Enter)</source>
        <translation>開啟(&amp;P)（Enter）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log an action (Ctrl+T)</source>
        <translation>記錄處置行動(&amp;L)（Ctrl+T）</translation>
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
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>負責角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 完成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A step added on the fly: its text is withheld from you.</source>
        <translation>臨時新增的步驟：其內容不向您顯示。</translation>
    </message>
</context>
<context>
    <name>ChecklistStepDialog</name>
    <message>
        <location filename="../../app/ui/checklist_step_dialog.py" line="+45"/>
        <source>A&amp;dd step</source>
        <translation>新增步驟(&amp;D)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due time</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_step_dialog.ui" line="+9"/>
        <source>Add a checklist step</source>
        <translation>新增檢查清單步驟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Step</source>
        <translation>步驟(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done</source>
        <translation>需要完成的事項</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible</source>
        <translation>負責角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible role</source>
        <translation>負責角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ue</source>
        <translation>到期時間(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../app/ui/case_checklist_tab.py" line="+44"/>
        <source>C&amp;hecklist</source>
        <translation>檢查清單(&amp;H)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 項（共 %2 項）</translation>
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="+152"/>
        <source>Co&amp;mmunication</source>
        <translation>溝通(&amp;M)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>New draft: fill the placeholders, then save it.</source>
        <translation>新草稿：請填入預留位置，然後儲存。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Still to fill: %1</source>
        <translation>尚待填寫：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not placeholders (check the spelling): %1</source>
        <translation>不是預留位置（請檢查拼字）：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every placeholder is filled.</source>
        <translation>所有預留位置皆已填寫。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draft saved.</source>
        <translation>草稿已儲存。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Draft saved; %n placeholder(s) still to fill before approval.</source>
        <translation>
            <numerusform>草稿已儲存；核准前仍有 %n 個預留位置待填寫。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Approved. It is ready to be sent.</source>
        <translation>已核准，可以發出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded as sent.</source>
        <translation>已記錄為已發出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied; the clipboard is cleared again in 30 seconds.</source>
        <translation>已複製；剪貼簿將在 30 秒後清除。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved as the template for everyone.</source>
        <translation>已儲存為所有人共用的範本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The shipped template is used again.</source>
        <translation>已恢復使用內建範本。</translation>
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
        <translation>關係</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authorised</source>
        <translation>授權</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No: may not be contacted</source>
        <translation>否：不得聯絡</translation>
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
        <translation>未來 %1 天</translation>
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
        <translation>結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No rotation is set up yet, so no role is required to be covered.</source>
        <translation>尚未設定任何輪值，因此沒有角色需要有人值班。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every role with a rotation is covered.</source>
        <translation>每個設有輪值的角色都已有人值班。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gaps in the cover</source>
        <translation>%1 個值班空缺</translation>
    </message>
    <message>
        <location filename="../../forms/coverage_gap_panel.ui" line="+11"/>
        <source>&amp;Look ahead</source>
        <translation>預先查看(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How far ahead to look for gaps</source>
        <translation>要預先查看多久之內的空缺</translation>
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
        <translation>已蒐集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>已檢視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>已匯出</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CustomRuleSetDialog</name>
    <message>
        <location filename="../../app/ui/custom_rule_set_dialog.py" line="+57"/>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../../forms/custom_rule_set_dialog.ui" line="+8"/>
        <source>Custom notification rules</source>
        <translation>自訂通知規則</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the rule set</source>
        <translation>規則集名稱</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rules of the set</source>
        <translation>規則集中的規則</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Key</source>
        <translation>代碼(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short key of the rule, such as regulator</source>
        <translation>規則的簡短代碼，例如 regulator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What must be sent to whom</source>
        <translation>須向何人發出何種通知(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What must be sent to whom</source>
        <translation>須向何人發出何種通知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts &amp;from</source>
        <translation>起算事件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event the deadline counts from</source>
        <translation>期限起算的事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;After which notice</source>
        <translation>在哪一份通知之後(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice whose sending starts this rule</source>
        <translation>發出後即啟動此規則的通知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadline (&amp;hours)</source>
        <translation>期限（小時）(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline in hours</source>
        <translation>期限（以小時計）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;udience</source>
        <translation>通知對象(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audience</source>
        <translation>通知對象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;rule</source>
        <translation>新增規則(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move rule</source>
        <translation>移除規則(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="-424"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>發出時間</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (%n to fill)</source>
        <translation>
            <numerusform>%1（%n 項待填寫）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillCalendarView</name>
    <message>
        <location filename="../../app/ui/drill_calendar_view.py" line="+40"/>
        <source>Drills</source>
        <translation>演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On call</source>
        <translation>值班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due</source>
        <translation>到期的跟進事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case actions due</source>
        <translation>到期的個案行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill actions due</source>
        <translation>到期的演練行動</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
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
        <translation>%1%2 跟進事項</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 action: %2</source>
        <translation>%1 行動：%2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>週</translation>
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
        <translation>行事曆(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week (Page Up)</source>
        <translation>上個月或上一週（Page Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>上一期間</translation>
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
        <translation>下個月或下一週（Page Down）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>下一期間</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View:</source>
        <translation>檢視(&amp;V)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month or week</source>
        <translation>月或週</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On call &amp;shown:</source>
        <translation>顯示值班(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose on-call shifts are shown</source>
        <translation>顯示哪些人的值班班次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New drill…</source>
        <translation>新增演練(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-call &amp;rota…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entries on the selected day</source>
        <translation>所選日期的項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open</source>
        <translation>按兩下或按 Enter 開啟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drill h&amp;istory</source>
        <translation>演練紀錄(&amp;I)</translation>
    </message>
</context>
<context>
    <name>DrillEditor</name>
    <message>
        <location filename="../../app/ui/drill_editor.py" line="+80"/>
        <location filename="../../forms/drill_editor.ui" line="+4"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Type</source>
        <translation>類型</translation>
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
        <translation>情境類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Scenario grade</source>
        <translation>情境等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Planned start</source>
        <translation>預定開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Key roles</source>
        <translation>關鍵角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Linked risks</source>
        <translation>已連結的風險</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <location line="+3"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+110"/>
        <location line="+3"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Finding</source>
        <translation>發現事項</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+109"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+108"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Area</source>
        <translation>範疇</translation>
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
        <translation>負責人</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+1"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Repeat</source>
        <translation>重複</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>New drill</source>
        <translation>新增演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New drill: it gets its code when saved.</source>
        <translation>新增演練：儲存後即會取得編號。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: no target)</source>
        <translation>（無：無目標）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>每週</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crisis role</source>
        <translation>危機處理角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>確認時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Drill %1</source>
        <translation>演練 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 linked risk(s)</source>
        <translation>%1 項已連結的風險</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not rated yet.</source>
        <translation>尚未評分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall: %1 (%2%); met %3, partly met %4, not met %5, unrated %6</source>
        <translation>整體：%1（%2%）；達成 %3，部分達成 %4，未達成 %5，未評分 %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+73"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Open</source>
        <translation>未結案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finding %1</source>
        <translation>發現事項 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(not rated)</source>
        <translation>（未評分）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no crisis role)</source>
        <translation>（無危機處理角色）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Times corrected. Save the drill to keep them.</source>
        <translation>時間已更正。請儲存演練以保留變更。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a participant first.</source>
        <translation>請先選擇一位參與者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this participant</source>
        <translation>這位參與者</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no risk with the code %1</source>
        <translation>沒有編號為 %1 的風險</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not saved. Please correct:</source>
        <translation>未儲存。請更正：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The rule gives no drill within the next year.</source>
        <translation>依此規則，未來一年內沒有任何演練。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rating saved.</source>
        <translation>評分已儲存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The status was not changed:</source>
        <translation>狀態未變更：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drill is now %1.</source>
        <translation>演練目前為%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the drill moved to %1?</source>
        <translation>為何將演練變更為%1？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The finding was not recorded:</source>
        <translation>未記錄發現事項：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding recorded.</source>
        <translation>已記錄發現事項。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The corrective action was not recorded:</source>
        <translation>未記錄改進措施：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrective action recorded.</source>
        <translation>已記錄改進措施。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The finding was not changed:</source>
        <translation>發現事項未變更：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding updated.</source>
        <translation>發現事項已更新。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The corrective action was not changed:</source>
        <translation>改進措施未變更：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corrective action updated.</source>
        <translation>改進措施已更新。</translation>
    </message>
    <message>
        <location filename="../../forms/drill_editor.ui" line="+0"/>
        <source>Drill</source>
        <translation>演練</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype</source>
        <translation>類型(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario &amp;category</source>
        <translation>情境類別(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario &amp;grade</source>
        <translation>情境等級(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Scenario</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Planned start</source>
        <translation>預定開始(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Duration</source>
        <translation>時長(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration in minutes</source>
        <translation>時長（分鐘）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat</source>
        <translation>重複(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t&amp;imes</source>
        <translation>次(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of drills in the series</source>
        <translation>此系列的演練次數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>已舉行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status changes</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objectives &amp;&amp; rating</source>
        <translation>目標與評分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One objective per row; rate each once the drill has run.</source>
        <translation>每列一個目標；演練進行後再逐一評分。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add ob&amp;jective</source>
        <translation>新增目標(&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove objective</source>
        <translation>移除目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save rating</source>
        <translation>儲存評分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add participant</source>
        <translation>新增參與者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove participant</source>
        <translation>移除參與者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key roles (none ticked: every crisis role taking part)</source>
        <translation>關鍵角色(&amp;K)（未勾選：所有參與的危機處理角色）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings &amp;&amp; actions</source>
        <translation>發現事項與行動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>發現事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;verity</source>
        <translation>嚴重程度(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Area</source>
        <translation>範疇(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Finding</source>
        <translation>發現事項(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the drill showed</source>
        <translation>演練所顯示的情況</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add finding</source>
        <translation>新增發現事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrective actions</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acti&amp;on</source>
        <translation>行動(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrective action</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner role</source>
        <translation>負責角色</translation>
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
        <translation>狀態(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add action</source>
        <translation>新增行動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done</source>
        <translation>標記為完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links &amp;&amp; risks</source>
        <translation>連結與風險</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Linked risks (codes)</source>
        <translation>已連結的風險(&amp;L)（編號）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. RSK-001, RSK-004</source>
        <translation>例如 RSK-001, RSK-004</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start drill</source>
        <translation>開始演練</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End drill</source>
        <translation>結束演練(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel drill…</source>
        <translation>取消演練…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resu&amp;me…</source>
        <translation>繼續(&amp;M)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run drill (stopwatc&amp;h)…</source>
        <translation>進行演練（碼錶）(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct times…</source>
        <translation>更正時間…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct a stamped notification or acknowledgement time, then Save</source>
        <translation>更正已記錄的通知或確認時間，然後儲存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update finding</source>
        <translation>更新發現事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the fields above into the selected finding</source>
        <translation>將上方欄位寫入所選的發現事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update action</source>
        <translation>更新措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the fields beside into the selected corrective action</source>
        <translation>將旁邊的欄位寫入所選的改進措施</translation>
    </message>
</context>
<context>
    <name>DrillHistoryPanel</name>
    <message>
        <location filename="../../app/ui/drill_history_panel.py" line="+112"/>
        <source>Last 12 months</source>
        <translation>過去 12 個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 months</source>
        <translation>過去 24 個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All drills</source>
        <translation>所有演練</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held</source>
        <translation>已舉行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill</source>
        <translation>演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First
acknowledgement</source>
        <translation>首次
確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone
acknowledged</source>
        <translation>全員
確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings
open / closed</source>
        <translation>發現事項
未結 / 已結</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No drill has been held yet.</source>
        <translation>尚未舉行任何演練。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No drill was held in this period.</source>
        <translation>此期間沒有舉行演練。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 drill</source>
        <translation>1 次演練</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 drills</source>
        <translation>%1 次演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first acknowledgement on target in %1</source>
        <translation>%1 次首次確認達標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 finding open</source>
        <translation>1 項發現事項未結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings open</source>
        <translation>%1 項發現事項未結</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Time to acknowledge per drill</source>
        <translation>各次演練的確認所需時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings per drill</source>
        <translation>各次演練的發現事項</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click a drill to select it, double-click to open it</source>
        <translation>按一下演練即可選取，按兩下即可開啟</translation>
    </message>
    <message>
        <location filename="../../forms/drill_history_panel.ui" line="+11"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period of the drill history</source>
        <translation>演練紀錄的期間</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Drills held in the period</source>
        <translation>此期間舉行的演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open</source>
        <translation>按兩下或按 Enter 開啟</translation>
    </message>
</context>
<context>
    <name>DrillLabels</name>
    <message>
        <location filename="../../app/ui/drill_labels.py" line="+37"/>
        <source>Tabletop</source>
        <translation>桌上演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation</source>
        <translation>模擬演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-scale</source>
        <translation>全面演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surprise</source>
        <translation>無預警演練</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>已排定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成時間</translation>
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
        <translation>極高</translation>
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
        <translation>人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>溝通</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>部分達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not all acknowledged</source>
        <translation>尚未全部確認回覆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not alerted yet</source>
        <translation>尚未發出警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key roles</source>
        <translation>無關鍵角色</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../app/ui/case_evidence_tab.py" line="-42"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>新增者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 check</source>
        <translation>SHA-256 檢查</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not checked yet</source>
        <translation>尚未檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGED — do not rely on it</source>
        <translation>已變更 — 請勿採信</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location line="+95"/>
        <source>&amp;Evidence</source>
        <translation>證據(&amp;E)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading evidence…</source>
        <translation>正在載入證據…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n evidence item(s). Files are kept inside the encrypted database.</source>
        <translation>
            <numerusform>共 %n 項證據。檔案保存在加密資料庫內。</numerusform>
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
        <translation>將檔案新增為證據</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding %1…</source>
        <translation>正在新增 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added. SHA-256: %1</source>
        <translation>已新增。SHA-256：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA-256 verified: the stored file is unchanged.</source>
        <translation>SHA-256 驗證通過：已儲存的檔案未遭變更。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export evidence</source>
        <translation>匯出證據</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported to %1 (SHA-256 checked first).</source>
        <translation>已匯出至 %1（匯出前已檢查 SHA-256）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recorded in the chain of custody.</source>
        <translation>已記錄於保管鏈。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file could not be read: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected at</source>
        <translation>蒐集時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over to</source>
        <translation>移交對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>FactsEditor</name>
    <message>
        <location filename="../../app/ui/facts_editor.py" line="+268"/>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>未儲存任何內容：請更正標示的欄位。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source %1: %2</source>
        <translation>來源 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department %1: %2</source>
        <translation>部門 %1：%2</translation>
    </message>
    <message>
        <location filename="../../forms/facts_editor.ui" line="+6"/>
        <source>Edit the facts</source>
        <translation>編輯事實</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A short title; do not name the person</source>
        <translation>簡短標題；請勿寫出當事人姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Place</source>
        <translation>地點(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Departments</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separate with commas</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reported</source>
        <translation>通報時間(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported at</source>
        <translation>通報時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Occurred</source>
        <translation>發生時間(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occurred at</source>
        <translation>發生時間</translation>
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
        <translation>發現時間(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected at</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peop&amp;le involved</source>
        <translation>涉及人數(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People involved</source>
        <translation>涉及人數</translation>
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
        <translation>事件經過(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Course of events</source>
        <translation>事件經過</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Potential impact</source>
        <translation>潛在影響</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operatio&amp;ns</source>
        <translation>營運(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on operations</source>
        <translation>對營運的影響</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Finance</source>
        <translation>財務(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on finance</source>
        <translation>對財務的影響</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rep&amp;utation</source>
        <translation>聲譽(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on reputation</source>
        <translation>對聲譽的影響</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People (&amp;wellbeing)</source>
        <translation>人員（身心健康）(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact on people</source>
        <translation>對人員的影響</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Direct lo&amp;ss</source>
        <translation>直接損失(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct loss</source>
        <translation>直接損失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 12500.00; empty if not assessed</source>
        <translation>例如 12500.00；未評估則留空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Indirect loss</source>
        <translation>間接損失(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indirect loss</source>
        <translation>間接損失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty if not assessed</source>
        <translation>未評估則留空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information sources (tick the verified ones)</source>
        <translation>資訊來源（勾選已核實者）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information sources</source>
        <translation>資訊來源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add source</source>
        <translation>新增來源(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move source</source>
        <translation>移除來源(&amp;M)</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="-129"/>
        <source>Follow-up</source>
        <translation>跟進事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>done in time</source>
        <translation>如期完成</translation>
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
        <translation>變更 %1 的等級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the grading questions as they stand now (currently grade %1). The suggestion follows the answers; a different grade needs a reason. The change is kept in the grade history.</source>
        <translation>請依目前情況回答分級問題（目前等級：%1）。建議等級會依您的回答而定；選擇其他等級時須填寫原因。此變更會保存在等級歷程中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change grade</source>
        <translation>變更等級(&amp;C)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No suggestion: %1</source>
        <translation>無法建議等級：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested grade: %1</source>
        <translation>建議等級：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As suggested (%1)</source>
        <translation>依建議（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As suggested</source>
        <translation>依建議</translation>
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
        <translation>直接損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/grade_dialog.ui" line="-47"/>
        <source>People affected</source>
        <translation>受影響人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/grade_dialog.ui" line="+100"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../forms/grade_dialog.ui" line="-121"/>
        <source>Change grade</source>
        <translation>變更等級</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;People affected</source>
        <translation>受影響人數(&amp;P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leak &amp;tier</source>
        <translation>泄露等級(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leak tier</source>
        <translation>泄露等級</translation>
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
        <translation>緊急程度(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direct &amp;loss</source>
        <translation>直接損失(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not estimated yet, e.g. 12000.50</source>
        <translation>尚未估算，例如 12000.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imminent ris&amp;k to life (self-harm, suicide or violence)</source>
        <translation>有立即生命危險（自傷、自殺或暴力）(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About a sensiti&amp;ve group (executives, key posts)</source>
        <translation>涉及敏感群體（高階主管、關鍵職位）(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By an e&amp;xternal attack</source>
        <translation>源於外部攻擊(&amp;X)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Grade</source>
        <translation>等級(&amp;G)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason for a grade other than the suggestion</source>
        <translation>選擇非建議等級的原因</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../app/ui/heat_map_widget.py" line="+145"/>
        <source>Likelihood %1 (%2) × impact %3 (%4) = %5 · %6</source>
        <translation>可能性 %1（%2）× 影響 %3（%4）= %5 · %6</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n 項風險</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since the comparison date: %1 in, %2 out</source>
        <translation>自比較日期以來：移入 %1 項，移出 %2 項</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix: likelihood by impact</source>
        <translation>風險矩陣：可能性 × 影響</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cell likelihood %1, impact %2: %n risk(s).</source>
        <translation>
            <numerusform>可能性 %1、影響 %2 的方格：%n 項風險。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected: likelihood %1, impact %2.</source>
        <translation>已選取：可能性 %1、影響 %2。</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../app/ui/incident_labels.py" line="+22"/>
        <source>Psychological privacy leak</source>
        <translation>心理隱私泄露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee psychological crisis</source>
        <translation>員工心理危機</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical event affecting staff</source>
        <translation>影響員工的重大突發事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace accident</source>
        <translation>職場意外事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyber-security event</source>
        <translation>資安事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health event</source>
        <translation>公共衛生事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural disaster</source>
        <translation>天然災害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply-chain disruption</source>
        <translation>供應鏈中斷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation crisis</source>
        <translation>聲譽危機</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I · especially serious</source>
        <translation>一級 · 特別重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>II · serious</source>
        <translation>二級 · 重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>III · significant</source>
        <translation>三級 · 較大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV · general</source>
        <translation>四級 · 一般</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported</source>
        <translation>已通報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>已核實</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed (false alarm)</source>
        <translation>已排除（誤報）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>已評估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responding</source>
        <translation>應變中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed (closed)</source>
        <translation>已總結（已結案）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis lead</source>
        <translation>危機處理負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>諮商師</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR</source>
        <translation>人資</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT / security</source>
        <translation>IT／資安</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>法務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public relations</source>
        <translation>公關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive</source>
        <translation>高階主管</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>計時中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due in %1</source>
        <translation>%1 後到期</translation>
    </message>
</context>
<context>
    <name>IncidentWizard</name>
    <message>
        <location filename="../../app/ui/incident_wizard.py" line="+121"/>
        <source>Real incident</source>
        <translation>真實事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill (not counted in figures)</source>
        <translation>演練（不計入統計）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test (not counted in figures)</source>
        <translation>測試（不計入統計）</translation>
    </message>
    <message>
        <location filename="../../app/ui/grading_choices.py" line="+18"/>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor · 輕微</source>
        <translation>輕微</translation>
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
        <translation>無：不涉及個人資料，對人員無傷害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: ordinary personal data or minor harm</source>
        <translation>低：一般個人資料或輕微傷害</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High: health or counselling data, or serious harm</source>
        <translation>高：健康或諮商資料，或嚴重傷害</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Critical: clinical records at scale or grave harm</source>
        <translation>極高：大量臨床紀錄，或極嚴重傷害</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Immediate: now, within the hour</source>
        <translation>立即：現在，一小時內</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High: within hours</source>
        <translation>高：數小時內</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: within a day</source>
        <translation>中：一天內</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low: within days</source>
        <translation>低：數天內</translation>
    </message>
    <message>
        <location filename="../../app/ui/incident_wizard.py" line="-15"/>
        <source>Response not started</source>
        <translation>尚未啟動應變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident was created, but the response could not be started: %1</source>
        <translation>危機事件已建立，但無法啟動應變：%1</translation>
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
        <translation>第 1 步，共 2 步 · 發生了什麼事</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step 2 of 2 · How serious is it</source>
        <translation>第 2 步，共 2 步 · 嚴重程度如何</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No suggestion: %1</source>
        <translation>無法建議等級：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested grade: %1</source>
        <translation>建議等級：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assessed yet: %1</source>
        <translation>尚未評估：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As suggested (%1)</source>
        <translation>依建議（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As suggested</source>
        <translation>依建議</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Override reaso&amp;n (required)</source>
        <translation>變更等級原因（必填）(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/incident_wizard.ui" line="+248"/>
        <source>Override reaso&amp;n</source>
        <translation>變更等級原因(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/incident_wizard.ui" line="-413"/>
        <source>New incident</source>
        <translation>新增危機事件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short description, e.g. 部門群組洩露諮詢記錄</source>
        <translation>簡短描述，例如：部門群組洩露諮詢記錄</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>K&amp;ind</source>
        <translation>性質(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Real incident, drill or test</source>
        <translation>真實事件、演練或測試</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reported at</source>
        <translation>通報時間(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported at</source>
        <translation>通報時間</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Occurred at</source>
        <translation>發生時間(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Occurred at</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Occurred time not known</source>
        <translation>發生時間不明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>D&amp;etected at</source>
        <translation>發現時間(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Detected at</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected time not known</source>
        <translation>發現時間不明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;People involved or affected</source>
        <translation>涉及或受影響人數(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People involved or affected</source>
        <translation>涉及或受影響人數</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Departments</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated by commas, e.g. Finance, 人力資源部</source>
        <translation>以逗號分隔，例如：財務部、人力資源部</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lea&amp;k tier</source>
        <translation>泄露等級(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Privacy-leak tier</source>
        <translation>隱私泄露等級</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>About a sensitive group (executives, key posts)</source>
        <translation>涉及敏感群體（高階主管、關鍵職位）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>By an external attack</source>
        <translation>源於外部攻擊</translation>
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
        <translation>緊急程度(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direct &amp;loss</source>
        <translation>直接損失(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Direct loss</source>
        <translation>直接損失</translation>
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
        <translation>有立即生命危險（自傷、自殺或暴力）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested grade</source>
        <translation>建議等級</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Grade</source>
        <translation>等級(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason for choosing another grade</source>
        <translation>選擇其他等級的原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed when the grade differs from the suggestion</source>
        <translation>所選等級與建議不同時必填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verified through more than one channel: start the response now (copies the response plan)</source>
        <translation>已透過多個管道核實：立即啟動應變（複製應急預案）(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified through more than one channel: start the response now</source>
        <translation>已透過多個管道核實：立即啟動應變</translation>
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
        <translation>建立(&amp;A)</translation>
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
        <translation>系統金鑰圈（原始 256 位元金鑰）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase (SQLCipher key derivation)</source>
        <translation>通關密語（SQLCipher 金鑰衍生）</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+24"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>確認時間</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/translation.py" line="+13"/>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../forms/lock_screen.ui" line="+14"/>
        <location line="+57"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EAP Crisis Desk is locked. Sign in again to continue.</source>
        <translation>EAP Crisis Desk 已鎖定。請重新登入以繼續。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/lock_screen.py" line="+53"/>
        <source>Wrong password. Too many failed attempts: wait %n s before trying again.</source>
        <translation>
            <numerusform>密碼錯誤。失敗次數過多：請等待 %n 秒後再試。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong password.</source>
        <translation>密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+43"/>
        <source>Notified at</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>確認時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not yet</source>
        <translation>尚未確認</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="+14"/>
        <source>Sign in — EAP Crisis Desk</source>
        <translation>登入 — EAP Crisis Desk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Username</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="+25"/>
        <source>EAP Crisis Desk — %1</source>
        <translation>EAP Crisis Desk — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter your account name and password.</source>
        <translation>請輸入您的帳號名稱與密碼。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong account name or password.</source>
        <translation>帳號名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can try again now.</source>
        <translation>您現在可以再試一次。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrong account name or password. Too many failed attempts: wait %n s before trying again.</source>
        <translation>
            <numerusform>帳號名稱或密碼錯誤。失敗次數過多：請等待 %n 秒後再試。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/actions.py" line="+50"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases</source>
        <translation>個案(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risks</source>
        <translation>風險(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drills</source>
        <translation>演練(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eports</source>
        <translation>報告(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New incident…</source>
        <translation>新增危機事件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case &amp;list</source>
        <translation>個案清單(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk &amp;matrix</source>
        <translation>風險矩陣(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill &amp;calendar</source>
        <translation>演練行事曆(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;drill…</source>
        <translation>新增演練(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports…</source>
        <translation>報告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Incident summary of the selected case</source>
        <translation>所選個案的事件摘要(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;On-call rota…</source>
        <translation>值班表(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>匯出行事曆(&amp;E)（.ics）…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>使用者(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit trail</source>
        <translation>稽核軌跡(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Response &amp;plans…</source>
        <translation>應急預案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Risk sources…</source>
        <translation>風險來源(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About EAP Crisis Desk</source>
        <translation>關於 EAP Crisis Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery key help</source>
        <translation>復原金鑰說明(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+334"/>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>EAP Crisis Desk — locked</source>
        <translation>EAP Crisis Desk — 已鎖定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAP Crisis Desk — %1</source>
        <translation>EAP Crisis Desk — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unlocked · %1 · auto-lock %n min</source>
        <translation>
            <numerusform>已解鎖 · %1 · 閒置 %n 分鐘後自動鎖定</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DAMAGED — changes are refused. Restore from a backup.</source>
        <translation>已損毀 — 拒絕任何變更。請從備份還原。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database damaged: read-only</source>
        <translation>資料庫已損毀：唯讀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database failed its integrity check, so this session will not change it. Restore it from a backup, and run &apos;eapdesk verify&apos; for details.</source>
        <translation>資料庫未通過完整性檢查，因此此工作階段不會對其做任何變更。請從備份還原，並執行 &apos;eapdesk verify&apos; 以查看詳細資訊。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Every page authenticated (HMAC) and the structure is intact</source>
        <translation>每一頁皆通過驗證（HMAC），且結構完整</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Cases</source>
        <translation>個案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix</source>
        <translation>風險矩陣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill calendar</source>
        <translation>演練行事曆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAP Crisis Desk backups (*.eapbak);;All files (*)</source>
        <translation>EAP Crisis Desk 備份檔 (*.eapbak);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Backup passphrase</source>
        <translation>備份通關密語</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Passphrase that will protect the backup (at least 10 characters). Without it the backup cannot be restored:</source>
        <translation>用來保護此備份的通關密語（至少 10 個字元）。沒有它就無法還原備份：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same passphrase again:</source>
        <translation>請再次輸入相同的通關密語：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The two passphrases differ; no backup was made.</source>
        <translation>兩次輸入的通關密語不一致，未建立備份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the encrypted backup…</source>
        <translation>正在寫入加密備份…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>備份已寫入 %1（%2 位元組）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed</source>
        <translation>不允許此操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About EAP Crisis Desk</source>
        <translation>關於 EAP Crisis Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAP Crisis Desk %1

Crisis cases, risk register, drills and board reports for an Employee Assistance Program office, in one encrypted database on this computer.</source>
        <translation>EAP Crisis Desk %1

為員工協助方案（EAP）辦公室管理危機個案、風險登錄冊、演練與董事會報告，全部集中於這台電腦上的單一加密資料庫。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database key is kept in this computer&apos;s keyring. When the database is created, and every time its key is rotated, a recovery key is shown once. Keep it offline.

On a new or reinstalled computer, open the database and type the recovery key when asked, or run: eapdesk recover --db PATH

If both the keyring entry and the recovery key are lost, the data cannot be recovered by anyone. Restore a backup instead (eapdesk restore).</source>
        <translation>資料庫金鑰保存在這台電腦的金鑰圈中。建立資料庫時，以及每次輪替金鑰時，都會顯示一次復原金鑰。請以離線方式保存。

在新電腦或重新安裝的電腦上，請開啟資料庫並在提示時輸入復原金鑰，或執行：eapdesk recover --db PATH

若金鑰圈中的項目與復原金鑰都遺失，任何人都無法復原這些資料。請改為還原備份（eapdesk restore）。</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="+53"/>
        <source>Written</source>
        <translation>撰寫時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>撰寫者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>臨床紀錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↳ Addendum</source>
        <translation>↳ 補充紀錄</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SIGNATURE DOES NOT MATCH: changed after signing</source>
        <translation>簽章不符：簽署後遭到變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed, locked</source>
        <translation>已簽署，已鎖定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed, editable by the author until %1</source>
        <translation>已簽署，撰寫者可編輯至 %1</translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <location filename="../../app/ui/case_notifications_tab.py" line="+143"/>
        <source>&amp;Notifications</source>
        <translation>通報(&amp;N)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Acknowledged at %1: escalation stopped.</source>
        <translation>已於 %1 確認：停止逐級上報。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notify now: %1.</source>
        <translation>請立即通知：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1, %2.</source>
        <translation>下一步：%1，%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step has been notified; waiting for an acknowledgement.</source>
        <translation>所有層級皆已通知；等待確認。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Custom rules…</source>
        <translation>自訂規則…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Notification recorded.</source>
        <translation>已記錄通報。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledgement recorded.</source>
        <translation>已記錄確認。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule set added.</source>
        <translation>已加入規則集。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Custom rule set added.</source>
        <translation>已加入自訂規則集。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start event recorded.</source>
        <translation>已記錄起算事件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This notice is late (it was due at %1). Give the reason for the delay, then record it.</source>
        <translation>此通知已逾期（期限為 %1）。請填寫延遲原因，然後再記錄。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notice recorded as sent.</source>
        <translation>已記錄通知已發出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time notified</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgement</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event time</source>
        <translation>事件時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time sent</source>
        <translation>發出時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason for the delay</source>
        <translation>延遲原因</translation>
    </message>
</context>
<context>
    <name>OnCallDialog</name>
    <message>
        <location filename="../../app/ui/oncall_dialog.py" line="+124"/>
        <source>Read only: only an administrator can change the rota.</source>
        <translation>唯讀：只有管理員可以變更值班表。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nobody (hole)</source>
        <translation>無人（空缺）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member %1</source>
        <translation>成員 %1</translation>
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
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact numbers</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (left)</source>
        <translation>否（已離開）</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members in turn</source>
        <translation>輪流成員</translation>
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
        <translation>結束</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>On call</source>
        <translation>值班</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>對象</translation>
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
        <translation>換班</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Person</source>
        <translation>人員</translation>
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
        <translation>小時</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total: %1 hours</source>
        <translation>合計：%1 小時</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Reactivate</source>
        <translation>重新啟用(&amp;R)</translation>
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
        <translation>從值班表移除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove %1 from the rota? They leave every rotation; their past shifts stay in the hours report. To keep them for later, mark them inactive instead.</source>
        <translation>要將 %1 從值班表移除嗎？此人會退出所有輪值，過去的班次仍保留在時數報表中。若日後還需要此人，請改為將其標示為停用。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove the %1 rotation? From now on nobody is on call for that role unless another rotation or an override covers it.</source>
        <translation>要移除「%1」輪值嗎？自此之後，除非有其他輪值或代班涵蓋，否則該角色將無人值班。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove this override? The rotation&apos;s own shifts apply again for its time.</source>
        <translation>要移除這項代班嗎？該時段將恢復採用輪值原本的班次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo this swap? Both members get their original shifts back.</source>
        <translation>要取消這項換班嗎？兩位成員將恢復原本的班次。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 rows to %2</source>
        <translation>已將 %1 列匯出至 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export on-call hours</source>
        <translation>匯出值班時數</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_dialog.ui" line="-9"/>
        <source>On-call rota</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rota members</source>
        <translation>值班表成員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add member…</source>
        <translation>新增成員(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
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
        <translation>輪值</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next hand-overs</source>
        <translation>接下來的交接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;rotation…</source>
        <translation>新增輪值(&amp;R)…</translation>
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
        <translation>代班與換班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overrides and swaps</source>
        <translation>代班與換班</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;override…</source>
        <translation>新增代班(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add s&amp;wap…</source>
        <translation>新增換班(&amp;W)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month</source>
        <translation>第一個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>結束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>最後一個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zone</source>
        <translation>時區(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone the months are counted in</source>
        <translation>計算月份所用的時區</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-call hours</source>
        <translation>值班時數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;XLSX…</source>
        <translation>匯出 XLSX(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>OnCallDialogs</name>
    <message>
        <location filename="../../app/ui/oncall_member_dialog.py" line="+33"/>
        <source>Not saved. Please correct:</source>
        <translation>未儲存。請更正：</translation>
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
        <translation>每週</translation>
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
        <translation>編輯值班成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add on-call member</source>
        <translation>新增值班成員</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_member_dialog.ui" line="+6"/>
        <source>On-call member</source>
        <translation>值班成員</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis roles the member holds</source>
        <translation>成員擔任的危機處理角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact numbers</source>
        <translation>聯絡電話(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact numbers, one a line</source>
        <translation>聯絡電話，每行一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One number a line, e.g. +852 9123 4567</source>
        <translation>每行一個號碼，例如 +852 9123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Active (on the rota)</source>
        <translation>啟用(&amp;A)（列入值班表）</translation>
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
        <translation>對調兩個排定班次</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add swap</source>
        <translation>新增換班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add override</source>
        <translation>新增代班</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody (record a hole in the cover)</source>
        <translation>無人（記錄為值班空缺）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The role has no scheduled shifts to swap in the coming weeks.</source>
        <translation>此角色在未來幾週沒有可換班的排定班次。</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_override_dialog.ui" line="+6"/>
        <location line="+13"/>
        <source>Override or swap</source>
        <translation>代班或換班</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis role</source>
        <translation>危機處理角色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stands in</source>
        <translation>代班人員(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member standing in</source>
        <translation>代班成員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Override start (local time)</source>
        <translation>代班開始（當地時間）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Until</source>
        <translation>結束(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Override end (local time)</source>
        <translation>代班結束（當地時間）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;irst shift</source>
        <translation>第一個班次(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First scheduled shift</source>
        <translation>第一個排定班次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;econd shift</source>
        <translation>第二個班次(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second scheduled shift</source>
        <translation>第二個排定班次</translation>
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
        <translation>取代輪值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add rotation</source>
        <translation>新增輪值</translation>
    </message>
    <message>
        <location filename="../../forms/oncall_rotation_dialog.ui" line="+6"/>
        <source>Rotation</source>
        <translation>輪值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crisis role</source>
        <translation>危機處理角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand-over</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often the rota hands over</source>
        <translation>值班表的交接頻率</translation>
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
        <translation>時間(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand-over time</source>
        <translation>交接時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone</source>
        <translation>時區(&amp;Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time zone of the hand-over</source>
        <translation>交接所用的時區</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Starts on</source>
        <translation>開始日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members in turn</source>
        <translation>輪流成員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;vailable</source>
        <translation>可選(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or&amp;der</source>
        <translation>順序(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members holding the role</source>
        <translation>擔任此角色的成員</translation>
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
        <translation>依值班順序排列的成員</translation>
    </message>
</context>
<context>
    <name>OnCallStatus</name>
    <message>
        <location filename="../../app/ui/oncall_status.py" line="+38"/>
        <source>On call (%1): nobody</source>
        <translation>值班（%1）：無人</translation>
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
        <translation>總覽</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identity</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key held by</source>
        <translation>金鑰保管於</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Schema version</source>
        <translation>結構描述版本</translation>
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
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your session</source>
        <translation>您的工作階段</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as</source>
        <translation>登入身分</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Auto-lock</source>
        <translation>自動鎖定</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="+25"/>
        <source>Welcome, %1</source>
        <translation>歡迎，%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLCipher %1, AES-256, HMAC-SHA512 per page</source>
        <translation>SQLCipher %1，AES-256，每頁 HMAC-SHA512</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Entries: %n, hash-chained</source>
        <translation>
            <numerusform>共 %n 筆紀錄，以雜湊鏈串接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>After %n min without input</source>
        <translation>
            <numerusform>無任何操作 %n 分鐘後</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/case_overview_tab.py" line="+55"/>
        <source>Operations</source>
        <translation>營運</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>財務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation</source>
        <translation>聲譽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>輕微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>非常嚴重</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(done %1)</source>
        <translation>（完成於 %1）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Overview</source>
        <translation>總覽(&amp;O)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>withheld</source>
        <translation>不予顯示</translation>
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
        <translation>（未核實）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 verified</source>
        <translation>已核實 %1 項（共 %2 項）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none recorded</source>
        <translation>無紀錄</translation>
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
        <translation>未評估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direct %1 · indirect %2</source>
        <translation>直接 %1 · 間接 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no override: the suggested grade applies</source>
        <translation>未變更：採用建議等級</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged since it was reported</source>
        <translation>自通報以來未曾變更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2 at %3 by %4 (suggested %5)</source>
        <translation>%1 → %2，%3，由 %4 變更（建議等級 %5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason: withheld</source>
        <translation>原因：不予顯示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2 at %3 by %4</source>
        <translation>%1 → %2，%3，由 %4 變更</translation>
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
        <translation>於 %1 通報</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to %1</source>
        <translation>轉為%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due %1 · not needed: the incident is closed</source>
        <translation>期限 %1 · 無需處理：危機事件已結案</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reached %1 ago</source>
        <translation>已於 %1 前到期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation stopped: acknowledged %1</source>
        <translation>已停止逐級上報：已於 %1 確認</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../app/ui/owner_dialog.py" line="+49"/>
        <source>Change owner of %1</source>
        <translation>變更 %1 的負責人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only active counsellors and administrators can own an incident. The change is audited.</source>
        <translation>只有已啟用帳號的諮商師與管理員可以擔任危機事件負責人。此變更會記錄在稽核軌跡中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change owner</source>
        <translation>變更負責人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/owner_dialog.ui" line="+9"/>
        <source>Change owner</source>
        <translation>變更負責人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Owner</source>
        <translation>負責人(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New owner</source>
        <translation>新負責人</translation>
    </message>
</context>
<context>
    <name>ParticipantTimesDialog</name>
    <message>
        <location filename="../../app/ui/participant_times_dialog.py" line="+40"/>
        <source>Times of %1. The change is kept when you save the drill, and the audit trail records it.</source>
        <translation>%1 的時間。儲存演練時會保留變更，並記錄於稽核軌跡。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Correct</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A stamped time cannot be in the future.</source>
        <translation>記錄的時間不能晚於現在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement cannot come before the notification.</source>
        <translation>確認時間不能早於通知時間。</translation>
    </message>
    <message>
        <location filename="../../forms/participant_times_dialog.ui" line="+9"/>
        <source>Correct the stamped times</source>
        <translation>更正已記錄的時間</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Notified at</source>
        <translation>通知時間(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notified at</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not notifie&amp;d</source>
        <translation>未通知(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Acknowledged at</source>
        <translation>確認時間(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged at</source>
        <translation>確認時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not ac&amp;knowledged</source>
        <translation>未確認(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+25"/>
        <location filename="../../forms/passphrase_dialog.ui" line="+14"/>
        <source>Unlock database</source>
        <translation>解鎖資料庫</translation>
    </message>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="+6"/>
        <source>This database is protected by a passphrase instead of the system keyring. Enter its passphrase to unlock it.</source>
        <translation>此資料庫以通關密語保護，而非系統金鑰圈。請輸入通關密語以解鎖。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Passphrase</source>
        <translation>通關密語(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>通關密語</translation>
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
        <translation>涉入角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>下一個跟進事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contacts</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RED ALERT</source>
        <translation>紅色預警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none open</source>
        <translation>無未完成事項</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 authorised)</source>
        <translation>%1（%2 位已授權）</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../app/ui/case_people_tab.py" line="+137"/>
        <source>&amp;People</source>
        <translation>人員(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n person(s) linked</source>
        <translation>
            <numerusform>已連結 %n 位人員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n red alert(s)</source>
        <translation>
            <numerusform>%n 項紅色預警</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>RED ALERT for %1: %2</source>
        <translation>%1 紅色預警：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Signed by %1 at %2 (revision %3). %4</source>
        <translation>由 %1 於 %2 簽署（第 %3 版）。%4</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>(not recorded)</source>
        <translation>（未記錄）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Emergency contact used</source>
        <translation>緊急聯絡人聯絡紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record why contact %1 (position %2) was called. The employee authorised it; the call is kept with the case and in the audit trail.</source>
        <translation>請記錄聯絡緊急聯絡人 %1（第 %2 位）的原因。員工已授權此聯絡；此次聯絡會保存在個案中，並記錄於稽核軌跡。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow-up done: %1</source>
        <translation>跟進事項已完成：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did it go? The outcome is confidential (optional).</source>
        <translation>情況如何？結果屬於機密資料（選填）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clinical note for %1</source>
        <translation>%1 的臨床紀錄</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The note is signed with your name when saved. You can correct it for %n hour(s); after that it is locked and changes are made as addenda that keep the original.</source>
        <translation>
            <numerusform>儲存時會以您的名義簽署此紀錄。您可在 %n 小時內更正；之後紀錄即鎖定，任何變更只能以補充紀錄方式新增，並保留原始內容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct your note</source>
        <translation>更正您的紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until %1 you may correct your own note; the correction is signed anew.</source>
        <translation>在 %1 之前，您可以更正自己的紀錄；更正後會重新簽署。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Addendum</source>
        <translation>補充紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original note below stays exactly as it was signed; the addendum is signed with your name.</source>
        <translation>下方的原始紀錄會完全保持簽署時的內容；補充紀錄將以您的名義簽署。</translation>
    </message>
</context>
<context>
    <name>PersonContactsDialog</name>
    <message>
        <location filename="../../app/ui/person_dialogs.py" line="+186"/>
        <source>Emergency contacts of %1</source>
        <translation>%1 的緊急聯絡人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not given —</source>
        <translation>— 未提供 —</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authorisation recorded %1</source>
        <translation>已於 %1 記錄授權</translation>
    </message>
    <message>
        <location filename="../../forms/person_contacts_dialog.ui" line="+9"/>
        <source>Emergency contacts</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The employee may name one or two emergency contacts. They are contacted only with the employee&apos;s recorded authorisation: record how it was given. A changed name or number is a new contact and needs a new authorisation.</source>
        <translation>員工可指定一至兩位緊急聯絡人。只有在已記錄員工授權的情況下才會聯絡他們：請記錄授權的方式。姓名或電話號碼一經變更，即視為新的聯絡人，須重新取得授權。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First contact</source>
        <translation>第一位聯絡人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1 name</source>
        <translation>聯絡人 1 姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Relation</source>
        <translation>關係(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1 relation</source>
        <translation>聯絡人 1 關係</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1 phone</source>
        <translation>聯絡人 1 電話</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee &amp;authorised contacting them</source>
        <translation>員工已授權聯絡此人(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Consent given</source>
        <translation>同意方式(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 1: how the employee gave the authorisation</source>
        <translation>聯絡人 1：員工授權的方式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Second contact (optional)</source>
        <translation>第二位聯絡人（選填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2 name</source>
        <translation>聯絡人 2 姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;lation</source>
        <translation>關係(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2 relation</source>
        <translation>聯絡人 2 關係</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2 phone</source>
        <translation>聯絡人 2 電話</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee a&amp;uthorised contacting them</source>
        <translation>員工已授權聯絡此人(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;given</source>
        <translation>同意方式(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact 2: how the employee gave the authorisation</source>
        <translation>聯絡人 2：員工授權的方式</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../app/ui/person_dialogs.py" line="-104"/>
        <source>Link a person</source>
        <translation>連結人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person %1</source>
        <translation>人員 %1</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="+9"/>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists, calendars and the audit trail show only the pseudonym. The identity below is confidential: counsellors and admins see it only after choosing &quot;Show identity&quot;, and every look is recorded.</source>
        <translation>清單、行事曆與稽核軌跡只顯示化名。下方的身分資料屬於機密：諮商師與管理員必須選擇「顯示身分」後才能看到，且每次檢視都會被記錄。</translation>
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
        <translation>留空即自動產生，例如 P-4821。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to generate one (P-4821)</source>
        <translation>留空即自動產生（P-4821）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In&amp;volvement</source>
        <translation>涉入角色(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Involvement</source>
        <translation>涉入角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name (confidential)</source>
        <translation>姓名（機密）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Employee number</source>
        <translation>員工編號(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee number (confidential)</source>
        <translation>員工編號（機密）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone (confidential)</source>
        <translation>電話（機密）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-&amp;mail</source>
        <translation>電子郵件(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail (confidential)</source>
        <translation>電子郵件（機密）</translation>
    </message>
</context>
<context>
    <name>PersonFollowUpDialog</name>
    <message>
        <location filename="../../app/ui/person_dialogs.py" line="+237"/>
        <source>Add a follow-up for %1</source>
        <translation>為 %1 新增跟進事項</translation>
    </message>
    <message>
        <location filename="../../forms/person_follow_up_dialog.ui" line="+9"/>
        <source>Add a follow-up</source>
        <translation>新增跟進事項</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What for</source>
        <translation>事由(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the follow-up is for</source>
        <translation>跟進事項的事由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Due</source>
        <translation>到期時間(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due (local time)</source>
        <translation>到期時間（當地時間）</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/ui/person_labels.py" line="+22"/>
        <source>Affected</source>
        <translation>受影響者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>目擊者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>家屬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First contact (24 h)</source>
        <translation>首次聯絡（24 小時內）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking (1 week)</source>
        <translation>追蹤（1 週內）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery plan (1 month)</source>
        <translation>恢復計劃（1 個月內）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟進事項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PHQ-9 (depression)</source>
        <translation>PHQ-9（憂鬱）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 (anxiety)</source>
        <translation>GAD-7（焦慮）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimal</source>
        <translation>極輕微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>輕度</translation>
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
        <translation>PHQ-9 第 9 題大於 0：有死亡或自傷的念頭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PHQ-9 severe (20 or more)</source>
        <translation>PHQ-9 重度（20 分以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHQ-9 moderately severe together with thoughts of self-harm</source>
        <translation>PHQ-9 中重度且有自傷念頭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GAD-7 severe (15 or more)</source>
        <translation>GAD-7 重度（15 分以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up was missed</source>
        <translation>有跟進事項未如期完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor&apos;s clinical judgement</source>
        <translation>諮商師的臨床判斷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In writing</source>
        <translation>書面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbally</source>
        <translation>口頭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronically</source>
        <translation>電子方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 · Not at all</source>
        <translation>0 · 完全不會</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Several days</source>
        <translation>1 · 好幾天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · More than half the days</source>
        <translation>2 · 一半以上的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Nearly every day</source>
        <translation>3 · 幾乎每天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation>在過去兩個星期，有多少時候您受到以下任何問題所困擾？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Little interest or pleasure in doing things</source>
        <translation>做事時提不起勁或沒有興趣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>感到心情低落、沮喪或絕望</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>入睡困難、睡不安穩或睡眠過多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling tired or having little energy</source>
        <translation>感覺疲倦或沒有活力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor appetite or overeating</source>
        <translation>食慾不振或吃太多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation>覺得自己很糟 — 或覺得自己很失敗，或讓自己或家人失望</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>對事物專注有困難，例如閱讀報紙或看電視時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>動作或說話速度緩慢到別人已經察覺？或正好相反 — 煩躁或坐立不安、動來動去的情況更勝於平常</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation>有不如死掉或用某種方式傷害自己的念頭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feeling nervous, anxious or on edge</source>
        <translation>感覺緊張、焦慮或急切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not being able to stop or control worrying</source>
        <translation>不能夠停止或控制擔憂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worrying too much about different things</source>
        <translation>對各種各樣的事情擔憂過多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble relaxing</source>
        <translation>很難放鬆下來</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being so restless that it is hard to sit still</source>
        <translation>由於不安而無法靜坐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Becoming easily annoyed or irritable</source>
        <translation>變得容易煩惱或急躁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling afraid as if something awful might happen</source>
        <translation>感到似乎將有可怕的事情發生而害怕</translation>
    </message>
</context>
<context>
    <name>PersonNoteDialog</name>
    <message>
        <location filename="../../forms/person_note_dialog.ui" line="+9"/>
        <source>Clinical note</source>
        <translation>臨床紀錄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Original text</source>
        <translation>原始內容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text</source>
        <translation>內容(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <location filename="../../app/ui/plan_step_dialog.py" line="+34"/>
        <source>Edit plan step</source>
        <translation>編輯預案步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a plan step</source>
        <translation>新增預案步驟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;OK</source>
        <translation>確定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The English title</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Chinese title</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due offset</source>
        <translation>期限（啟動後多久）</translation>
    </message>
    <message>
        <location filename="../../forms/plan_step_dialog.ui" line="+9"/>
        <source>Plan step</source>
        <translation>預案步驟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;English title</source>
        <translation>英文標題(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English title</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done</source>
        <translation>需要完成的事項</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Chinese title</source>
        <translation>中文標題(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese title</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same step in Chinese</source>
        <translation>同一步驟的中文說明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Responsible</source>
        <translation>負責角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible role</source>
        <translation>負責角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due after &amp;hours</source>
        <translation>啟動後到期：小時(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hours after activation</source>
        <translation>啟動後的小時數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and &amp;minutes</source>
        <translation>加分鐘(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes after activation</source>
        <translation>啟動後的分鐘數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分鐘</translation>
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
        <translation>標題（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese)</source>
        <translation>標題（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>負責角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due after activation</source>
        <translation>啟動後到期</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/risk_import_dialog.py" line="+114"/>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems and warnings</source>
        <translation>問題與警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual</source>
        <translation>殘餘風險</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次評審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>上次評審</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the columns</source>
        <translation>等待欄位對應完成</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>OK, %n warning(s)</source>
        <translation>
            <numerusform>通過，%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not readable until the column problems above are solved</source>
        <translation>須先解決上方的欄位問題才能讀取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(next free)</source>
        <translation>（下一個可用編號）</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../forms/recover_dialog.ui" line="+14"/>
        <source>Open with recovery key</source>
        <translation>以復原金鑰開啟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s keyring holds no key for this database, for example because the computer was reinstalled or the database was copied from another computer. Enter the recovery key that was shown when the database was created or when its key was last changed.</source>
        <translation>這台電腦的金鑰圈中沒有此資料庫的金鑰，例如電腦已重新安裝，或資料庫是從其他電腦複製過來的。請輸入建立資料庫時或上次變更金鑰時所顯示的復原金鑰。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Recovery key</source>
        <translation>復原金鑰(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+21"/>
        <source>This computer&apos;s keyring has no key for %1. This happens after a reinstall, on a new computer, or when the keyring was reset. Type the recovery key that was shown when the database was created or its key last rotated. If neither the keyring nor the recovery key is available, the data cannot be recovered by anyone; restore a backup instead.</source>
        <translation>這台電腦的金鑰圈中沒有 %1 的金鑰。重新安裝系統後、使用新電腦時，或金鑰圈已重設時，就會發生這種情況。請輸入建立資料庫時或上次輪替金鑰時所顯示的復原金鑰。若金鑰圈與復原金鑰都無法取得，任何人都無法復原這些資料；請改為還原備份。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../forms/recovery_key_dialog.ui" line="+14"/>
        <location line="+16"/>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This recovery key is the only way to open this database if this computer&apos;s keyring is lost, for example after the computer is reinstalled or replaced. Write it down or print the recovery sheet, and store it offline in a safe place away from this computer. If both the keyring and this recovery key are lost, the data cannot be recovered by anyone.</source>
        <translation>若這台電腦的金鑰圈遺失（例如電腦重新安裝或更換），此復原金鑰是開啟此資料庫的唯一方法。請抄寫下來或列印復原金鑰單，並以離線方式存放在遠離這台電腦的安全地點。若金鑰圈與此復原金鑰都遺失，任何人都無法復原這些資料。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>列印復原金鑰單(&amp;P)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I have stored the recovery key in a safe place</source>
        <translation>我已將復原金鑰存放在安全的地方</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+50"/>
        <source>EAP Crisis Desk — recovery sheet</source>
        <translation>EAP Crisis Desk — 復原金鑰單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file: %1</source>
        <translation>資料庫檔案：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this sheet in a locked place away from the computer. Anyone with this key and a copy of the database file can read it. To use it: eapdesk recover --db PATH, then type the key.</source>
        <translation>請將此單據存放在遠離電腦、可上鎖的地方。任何人只要持有此金鑰及資料庫檔案的副本，就能讀取其中的資料。使用方式：執行 eapdesk recover --db PATH，然後輸入金鑰。</translation>
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
        <translation>期間董事會報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill after-action report</source>
        <translation>演練事後檢討報告</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal (casework)</source>
        <translation>內部（個案工作）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board (de-identified)</source>
        <translation>董事會（去識別化）</translation>
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
        <translation>最後一個月</translation>
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
        <translation>此版本或您的角色無法使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 公釐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英吋）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>INC-2026-0001</source>
        <translation>INC-2026-0001</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report shown as a PDF file (%1)</source>
        <translation>將顯示中的報告另存為 PDF 檔案（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report shown (%1)</source>
        <translation>列印顯示中的報告（%1）</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>There is no drill of the last two years to report on.</source>
        <translation>過去兩年沒有可供報告的演練。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>期間的結束日早於開始日。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an incident, or type its code.</source>
        <translation>請選擇一宗事件，或輸入其編號。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Generating the report…</source>
        <translation>正在產生報告…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled. The preview is unchanged.</source>
        <translation>已取消。預覽內容未變更。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report was generated but could not be shown.</source>
        <translation>報告已產生，但無法顯示。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ready: %n page(s).</source>
        <translation>
            <numerusform>完成：共 %n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not allowed: %1</source>
        <translation>不允許：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be generated (an unexpected %1).</source>
        <translation>無法產生報告（發生非預期的 %1）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No report yet: choose one and press Generate.</source>
        <translation>尚無報告：請選擇報告，然後按「產生」。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved as %1.</source>
        <translation>已儲存為 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print report</source>
        <translation>列印報告</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The page range chosen holds no page of this report.</source>
        <translation>所選的頁面範圍不含此報告的任何頁面。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not printed: %1</source>
        <translation>未列印：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be opened.</source>
        <translation>無法開啟印表機。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>印表機在第 %n 頁後停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已將 %n 頁送至印表機。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/report_view.ui" line="+9"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report &amp;type</source>
        <translation>報告類型(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report type</source>
        <translation>報告類型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident code</source>
        <translation>事件編號</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;rill</source>
        <translation>演練(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drill</source>
        <translation>演練</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quick period</source>
        <translation>快速期間(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick period</source>
        <translation>快速期間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the period</source>
        <translation>期間的第一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the period</source>
        <translation>期間的最後一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audience</source>
        <translation>對象(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audience</source>
        <translation>通知對象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper</source>
        <translation>紙張(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;dentify people (names and employee numbers)</source>
        <translation>顯示人員身分(&amp;D)（姓名與員工編號）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify people in the report</source>
        <translation>在報告中顯示人員身分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every identity printed is recorded in the audit trail. Keep the report as confidential as the case file.</source>
        <translation>每一筆列印出的身分都會記錄於稽核軌跡。請以對待個案檔案的同等機密程度保管此報告。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report generation progress</source>
        <translation>報告產生進度</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Save as…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;nt…</source>
        <translation>列印(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ResponsePlansDialog</name>
    <message>
        <location filename="../../app/ui/response_plans_dialog.py" line="+31"/>
        <source>Any grade</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>an administrator</source>
        <translation>一位管理員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by %1 on %2.</source>
        <translation>由 %1 於 %2 編輯。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped default plan.</source>
        <translation>內建預設預案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This grade has no plan of its own: the category&apos;s plan for all grades (shipped default) applies. Saving creates a plan for this grade.</source>
        <translation>此等級沒有專屬的預案：目前適用此類別的通用預案（內建預設）。儲存後即為此等級建立專屬預案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This grade has no plan of its own: the category&apos;s plan for all grades (edited by %1 on %2) applies. Saving creates a plan for this grade.</source>
        <translation>此等級沒有專屬的預案：目前適用此類別的通用預案（由 %1 於 %2 編輯）。儲存後即為此等級建立專屬預案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes: save them or undo them to choose another plan.</source>
        <translation>有未儲存的變更：請先儲存或復原，才能選擇其他預案。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the English title</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Chinese title</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the responsible role</source>
        <translation>負責角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due offset</source>
        <translation>期限（啟動後多久）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step code</source>
        <translation>步驟代碼</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1: %2</source>
        <translation>步驟 %1：%2</translation>
    </message>
    <message>
        <location filename="../../forms/response_plans_dialog.ui" line="+9"/>
        <source>Response plans</source>
        <translation>應急預案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident category</source>
        <translation>危機事件類別</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Grade</source>
        <translation>等級(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade the plan is for</source>
        <translation>預案適用的等級</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where this plan comes from</source>
        <translation>此預案的來源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan steps</source>
        <translation>預案步驟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add step…</source>
        <translation>新增步驟(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit step…</source>
        <translation>編輯步驟(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move step</source>
        <translation>移除步驟(&amp;M)</translation>
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
        <translation>還原為預設(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Und&amp;o changes</source>
        <translation>復原變更(&amp;O)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
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
        <translation>恢復計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effect evaluation</source>
        <translation>效果評估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lessons learned</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan revisions</source>
        <translation>預案修訂</translation>
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
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>&amp;Review</source>
        <translation>總結與改進(&amp;R)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Withheld: review texts are shown to counsellors and admins only.</source>
        <translation>不予顯示：總結內容僅向諮商師與管理員顯示。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closed as reviewed. Reopen the incident to change the review.</source>
        <translation>已完成總結並結案。若要修改總結，請重新開啟此危機事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the incident can be closed as reviewed, fill in: %1.</source>
        <translation>在完成總結並結案之前，請填寫：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review is complete: the incident can be closed as reviewed.</source>
        <translation>總結已完整：此危機事件可以完成總結並結案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review is complete; the incident can be closed as reviewed once it is resolved (now: %1).</source>
        <translation>總結已完整；此危機事件解決後即可完成總結並結案（目前狀態：%1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n corrective action(s) still open; they do not block closing and stay on the report.</source>
        <translation>
            <numerusform>仍有 %n 項改進措施未完成；這不影響結案，並會保留在報告中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review saved.</source>
        <translation>總結已儲存。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Corrective action saved.</source>
        <translation>改進措施已儲存。</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../app/ui/risk_editor.py" line="+49"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+48"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+258"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="-246"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+11"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+236"/>
        <source>Crisis role</source>
        <translation>危機處理角色</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+235"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+234"/>
        <source>Position title</source>
        <translation>職稱</translation>
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
        <translation>影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual score</source>
        <translation>殘餘分數</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+42"/>
        <source>Residual likelihood</source>
        <translation>殘餘可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+11"/>
        <source>Residual impact</source>
        <translation>殘餘影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+59"/>
        <source>Existing controls</source>
        <translation>現有控制措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+18"/>
        <source>Treatment plan</source>
        <translation>處理計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="+6"/>
        <source>Actions</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/risk_editor.ui" line="-204"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次評審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>評審日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A closed risk leaves the review schedule: no next review.</source>
        <translation>已關閉的風險不再列入評審排程：沒有下次評審。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 risks are reviewed every %2 days (office policy). The scheduled date is kept; “From cadence” counts from today: %3.</source>
        <translation>%1風險每 %2 天評審一次（辦公室政策）。已排定的日期維持不變；「依評審週期」會從今天起算：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 risks are reviewed every %2 days (office policy); the date above was set by hand (the cadence gives %3).</source>
        <translation>%1風險每 %2 天評審一次（辦公室政策）；上方的日期為手動設定（依評審週期應為 %3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 risks are reviewed every %2 days (office policy): next review %3.</source>
        <translation>%1風險每 %2 天評審一次（辦公室政策）：下次評審 %3。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>New risk</source>
        <translation>新增風險</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk %1</source>
        <translation>風險 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score = likelihood × impact; the level follows the office&apos;s bands. The register holds no personal data: name an owner by crisis role, account or position, and keep names of people out of the texts.</source>
        <translation>分數 = 可能性 × 影響；級別依辦公室設定的分數區間判定。登錄冊不存放任何個人資料：請以危機處理角色、帳號或職稱指定負責人，內容中也請勿寫出任何人的姓名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+232"/>
        <source>Save risk</source>
        <translation>儲存風險</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the box to record the scores after the existing controls.</source>
        <translation>勾選此方塊，即可記錄採取現有控制措施後的分數。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Not saved. Please correct:</source>
        <translation>未儲存。請更正：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please check before saving:</source>
        <translation>儲存前請檢查：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save again to keep the texts as they are.</source>
        <translation>再次儲存即可保留目前的內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>仍要儲存</translation>
    </message>
    <message>
        <location filename="../../forms/risk_editor.ui" line="-123"/>
        <location line="+14"/>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;de</source>
        <translation>編號(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk code</source>
        <translation>風險編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use the next free code such as R-001.</source>
        <translation>留空則使用下一個可用編號，例如 R-001。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: next free code (R-001)</source>
        <translation>留空：下一個可用編號（R-001）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cate&amp;gory</source>
        <translation>類別(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a category already used in the register or type a new one.</source>
        <translation>選擇登錄冊中已使用的類別，或輸入新的類別。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of owner</source>
        <translation>負責人類型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis &amp;role</source>
        <translation>危機處理角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owning crisis role</source>
        <translation>負責的危機處理角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accou&amp;nt</source>
        <translation>帳號(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owning account</source>
        <translation>負責的帳號</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position tit&amp;le</source>
        <translation>職稱(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owning position title</source>
        <translation>負責的職稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A position such as Facilities manager, never a person&apos;s name.</source>
        <translation>請填寫職稱，例如「設施經理」，切勿填寫人名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A position, e.g. Facilities manager</source>
        <translation>職稱，例如：設施經理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stat&amp;us</source>
        <translation>狀態(&amp;U)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next re&amp;view</source>
        <translation>下次評審(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next review date</source>
        <translation>下次評審日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From cadence</source>
        <translation>依評審週期(&amp;F)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inherent score (before controls)</source>
        <translation>固有分數（採取控制措施前）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;ikelihood</source>
        <translation>可能性(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;mpact</source>
        <translation>影響(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+53"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Residual score (after controls)</source>
        <translation>殘餘分數（採取控制措施後）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residual li&amp;kelihood</source>
        <translation>殘餘可能性(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Residual impa&amp;ct</source>
        <translation>殘餘影響(&amp;C)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>D&amp;escription</source>
        <translation>說明(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xisting controls</source>
        <translation>現有控制措施(&amp;X)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Treatment &amp;plan</source>
        <translation>處理計劃(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actions</source>
        <translation>行動項目(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RiskImportDialog</name>
    <message>
        <location filename="../../app/ui/risk_import_dialog.py" line="-103"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (checked against L × I)</source>
        <translation>分數（與可能性 × 影響核對）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual likelihood</source>
        <translation>殘餘可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual impact</source>
        <translation>殘餘影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing controls</source>
        <translation>現有控制措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment plan</source>
        <translation>處理計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>上次評審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次評審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>文字內容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 · %2: %3</source>
        <translation>第 %1 列 · %2：%3</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Choose the register you keep today (CSV or XLSX, English or Chinese headers). Every row is shown as it will be imported; nothing is imported while any row has a problem, and then all rows are imported together.</source>
        <translation>請選擇您目前使用的風險登錄冊（CSV 或 XLSX，英文或中文欄名皆可）。每一列都會以匯入後的樣子顯示；只要任何一列有問題，就不會匯入任何資料，問題解決後，所有列會一起匯入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which field each column fills. Change one to re-check the file; the choice is remembered.</source>
        <translation>每一欄要填入哪個欄位。變更任一項會重新檢查檔案；您的選擇會被記住。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../forms/risk_import_dialog.ui" line="+9"/>
        <source>Import risk register</source>
        <translation>匯入風險登錄冊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file cannot be read.</source>
        <translation>無法讀取此檔案。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 rows: %2 ready, %3 with problems; %n warning(s).</source>
        <translation>
            <numerusform>共 %1 列：%2 列可匯入，%3 列有問題；%n 個警告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no source column: each row&apos;s category is read as its source.</source>
        <translation>檔案中沒有來源欄：每一列的類別會當作其來源讀取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import.</source>
        <translation>可以匯入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file or the column mapping: nothing is imported while any row has a problem.</source>
        <translation>請更正檔案或欄位對應：只要任何一列有問題，就不會匯入任何資料。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— not imported —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field for the column “%1”</source>
        <translation>「%1」欄對應的欄位</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Importing %n risk(s)…</source>
        <translation>
            <numerusform>正在匯入 %n 項風險…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Risks imported: %n (%1).</source>
        <translation>
            <numerusform>已匯入風險：%n 項（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/risk_import_dialog.ui" line="+14"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or XLSX file</source>
        <translation>CSV 或 XLSX 檔案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload preview</source>
        <translation>重新載入預覽(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview in progress</source>
        <translation>正在產生預覽</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Columns in the file</source>
        <translation>檔案中的各欄</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rows as they will be im&amp;ported</source>
        <translation>將匯入的資料列(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows as they will be imported</source>
        <translation>將匯入的資料列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems and &amp;warnings</source>
        <translation>問題與警告(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems and warnings, row by row</source>
        <translation>逐列列出的問題與警告</translation>
    </message>
</context>
<context>
    <name>RiskLabels</name>
    <message>
        <location filename="../../app/ui/risk_labels.py" line="+22"/>
        <source>Rare</source>
        <translation>罕見</translation>
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
        <translation>幾乎肯定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insignificant</source>
        <translation>可忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>輕微</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>嚴重</translation>
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
        <translation>未處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treating</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherent (before controls)</source>
        <translation>固有風險（採取控制措施前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual (after controls)</source>
        <translation>殘餘風險（採取控制措施後）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Residual score %1 = likelihood %2 (%3) × impact %4 (%5) → %6 (%7–%8)</source>
        <translation>殘餘分數 %1 = 可能性 %2（%3）× 影響 %4（%5）→ %6（%7–%8）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score %1 = likelihood %2 (%3) × impact %4 (%5) → %6 (%7–%8)</source>
        <translation>分數 %1 = 可能性 %2（%3）× 影響 %4（%5）→ %6（%7–%8）</translation>
    </message>
</context>
<context>
    <name>RiskLinksDialog</name>
    <message>
        <location filename="../../app/ui/risk_links_dialog.py" line="+82"/>
        <source>Planned</source>
        <translation>預定</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+22"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Risk %1 · %2</source>
        <translation>風險 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. DR-2026-001</source>
        <translation>例如：DR-2026-001</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents and drills that bear on this risk, e.g. a drill finding that raises its likelihood. Each link or unlink is saved at once and recorded in the audit log; there is nothing to save when you close.</source>
        <translation>與此風險相關的危機事件與演練，例如提高其可能性的演練發現。每次連結或取消連結都會立即儲存並記錄在稽核軌跡中；關閉時無需另行儲存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents and drills that bear on this risk. Your role may read these links but not change them.</source>
        <translation>與此風險相關的危機事件與演練。您的角色可以檢視這些連結，但不能變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links of risk %1</source>
        <translation>風險 %1 的連結</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Linked incidents (%1)</source>
        <translation>已連結的危機事件（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked drills (%1)</source>
        <translation>已連結的演練（%1）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not linked: %1: %2</source>
        <translation>未連結：%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Incident %1 linked.</source>
        <translation>已連結危機事件 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drill %1 linked.</source>
        <translation>已連結演練 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident %1 unlinked.</source>
        <translation>已取消連結危機事件 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drill %1 unlinked.</source>
        <translation>已取消連結演練 %1。</translation>
    </message>
    <message>
        <location filename="../../forms/risk_links_dialog.ui" line="+9"/>
        <source>Risk links</source>
        <translation>風險連結</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Linked incidents</source>
        <translation>已連結的危機事件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Incident code</source>
        <translation>危機事件編號(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code of the incident to link</source>
        <translation>要連結的危機事件編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. INC-2026-0001</source>
        <translation>例如：INC-2026-0001</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link incident</source>
        <translation>連結危機事件(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the incident with this code to the risk.</source>
        <translation>將此編號的危機事件連結到此風險。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlink incident</source>
        <translation>取消連結危機事件(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the selected incident.</source>
        <translation>移除與所選危機事件的連結。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Linked drills</source>
        <translation>已連結的演練</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Drill code</source>
        <translation>演練編號(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code of the drill to link</source>
        <translation>要連結的演練編號</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lin&amp;k drill</source>
        <translation>連結演練(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the drill with this code to the risk.</source>
        <translation>將此編號的演練連結到此風險。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>U&amp;nlink drill</source>
        <translation>取消連結演練(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the selected drill.</source>
        <translation>移除與所選演練的連結。</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <location filename="../../app/ui/risk_register_model.py" line="+187"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level · score</source>
        <translation>級別 · 分數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual</source>
        <translation>殘餘風險</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>下次評審</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score = likelihood × impact; hover a score to see its formula.</source>
        <translation>分數 = 可能性 × 影響；將滑鼠游標停在分數上即可查看計算式。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No residual scores yet: the risk counts at its inherent scores.</source>
        <translation>尚無殘餘分數：此風險以其固有分數計算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review overdue: it was due on %1.</source>
        <translation>評審已逾期：原定於 %1 進行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed on %1.</source>
        <translation>上次評審日期：%1。</translation>
    </message>
</context>
<context>
    <name>RiskReviewDialog</name>
    <message>
        <location filename="../../app/ui/risk_review_dialog.py" line="+116"/>
        <source>Review risk %1</source>
        <translation>評審風險 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record review</source>
        <translation>記錄評審</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) = likelihood %3 × impact %4</source>
        <translation>%1（%2）= 可能性 %3 × 影響 %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; residual %1 (%2)</source>
        <translation>；殘餘 %1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No review recorded yet.</source>
        <translation>尚未記錄任何評審。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2: %3, %4</source>
        <translation>%1，由 %2 評審：%3，%4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not recorded. Please correct:</source>
        <translation>未記錄。請更正：</translation>
    </message>
    <message>
        <location filename="../../forms/risk_review_dialog.ui" line="+9"/>
        <source>Review risk</source>
        <translation>評審風險</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous review</source>
        <translation>上次評審</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This review</source>
        <translation>本次評審</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review &amp;date</source>
        <translation>評審日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review date</source>
        <translation>評審日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current score</source>
        <translation>目前分數</translation>
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
        <translation>影響(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New impact</source>
        <translation>新的影響</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New score</source>
        <translation>新的分數</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Residual score (after controls)</source>
        <translation>殘餘分數（採取控制措施後）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Residual li&amp;kelihood</source>
        <translation>殘餘可能性(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New residual likelihood</source>
        <translation>新的殘餘可能性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residual imp&amp;act</source>
        <translation>殘餘影響(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New residual impact</source>
        <translation>新的殘餘影響</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stat&amp;us</source>
        <translation>狀態(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status after the review</source>
        <translation>評審後的狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;omment</source>
        <translation>意見(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review comment</source>
        <translation>評審意見</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next re&amp;view</source>
        <translation>下次評審(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next review date</source>
        <translation>下次評審日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From cadence</source>
        <translation>依評審週期(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RiskSourcesDialog</name>
    <message>
        <location filename="../../app/ui/risk_sources_dialog.py" line="+127"/>
        <source>Source %1</source>
        <translation>來源 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../forms/risk_sources_dialog.ui" line="+129"/>
        <source>&amp;Save labels</source>
        <translation>儲存標籤(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New source</source>
        <translation>新增來源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add source</source>
        <translation>新增來源(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source %1 added.</source>
        <translation>已新增來源 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels of %1 saved.</source>
        <translation>已儲存 %1 的標籤。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is offered for new risks again.</source>
        <translation>新風險可再次使用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is retired: risks that have it keep it; new risks cannot use it.</source>
        <translation>%1 已停用：已使用此來源的風險會保留它，新風險則無法使用。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved.</source>
        <translation>未儲存。</translation>
    </message>
    <message>
        <location filename="../../forms/risk_sources_dialog.ui" line="-120"/>
        <location line="+15"/>
        <source>Risk sources</source>
        <translation>風險來源</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The sources a risk can be filed under, with their label in each language. A retired source stays on the risks that have it but is no longer offered for new ones.</source>
        <translation>風險可歸入的來源，以及各語言的標籤。已停用的來源仍保留在已使用它的風險上，但不再提供給新風險使用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New source</source>
        <translation>新增來源(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop offering this source for new risks; risks that have it keep it.</source>
        <translation>不再讓新風險使用此來源；已使用此來源的風險仍會保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest&amp;ore</source>
        <translation>恢復使用(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer this retired source for new risks again.</source>
        <translation>讓新風險可再次使用這個已停用的來源。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Co&amp;de</source>
        <translation>編號(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source code</source>
        <translation>來源編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and _, up to 40 characters (for example supply_chain). It cannot be changed later: risks and imported files refer to it.</source>
        <translation>小寫英文字母、數字與 _，最多 40 個字元（例如 supply_chain）。建立後無法變更：風險與匯入的檔案都會參照它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;English label</source>
        <translation>英文標籤(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English label</source>
        <translation>英文標籤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;raditional Chinese label (繁體)</source>
        <translation>繁體中文標籤(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traditional Chinese label</source>
        <translation>繁體中文標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Empty: the English label is shown</source>
        <translation>留空：顯示英文標籤</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Si&amp;mplified Chinese label (简体)</source>
        <translation>簡體中文標籤(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simplified Chinese label</source>
        <translation>簡體中文標籤</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RiskSourcesModel</name>
    <message>
        <location filename="../../app/ui/risk_sources_dialog.py" line="-197"/>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>繁體 (Traditional)</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简体 (Simplified)</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active</source>
        <translation>已啟用</translation>
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
        <translation>各級別風險數量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected risk&apos;s score</source>
        <translation>所選風險的分數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a risk in the register to see how its score moved.</source>
        <translation>在登錄冊中選擇一項風險，即可查看其分數的變化。</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <location filename="../../app/ui/risk_view.py" line="+265"/>
        <source>All levels</source>
        <translation>所有級別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All owners</source>
        <translation>所有負責人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The register could not be loaded: %1</source>
        <translation>無法載入登錄冊：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>%n risk(s) on the matrix as of %1</source>
        <translation>
            <numerusform>截至 %1，矩陣上共 %n 項風險</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n moved since %1</source>
        <translation>
            <numerusform>自 %1 以來有 %n 項變動</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>register filtered to likelihood %1 (%2) × impact %3 (%4)</source>
        <translation>登錄冊已篩選為可能性 %1（%2）× 影響 %3（%4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>click a cell to filter the register</source>
        <translation>點選方格即可篩選登錄冊</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of %1 risk(s) shown</source>
        <translation>
            <numerusform>顯示 %n 項風險（共 %1 項）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue for review</source>
        <translation>
            <numerusform>%n 項逾期未評審</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due for review this quarter (%n)</source>
        <translation>
            <numerusform>本季待評審（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Export the risk register</source>
        <translation>匯出風險登錄冊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n risk(s) exported to %1</source>
        <translation>
            <numerusform>已將 %n 項風險匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <location filename="../../forms/risk_view.ui" line="+9"/>
        <source>Risk matrix</source>
        <translation>風險矩陣</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;cores</source>
        <translation>分數(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scores shown: inherent or residual</source>
        <translation>顯示的分數：固有或殘餘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherent scores are before the existing controls, residual scores after them.</source>
        <translation>固有分數是採取現有控制措施前的分數，殘餘分數則是採取之後的分數。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;As of</source>
        <translation>截至日期(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register as of date</source>
        <translation>登錄冊的截至日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the matrix as the register stood on this date.</source>
        <translation>依登錄冊在此日期當時的狀況顯示矩陣。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the register as it stands today.</source>
        <translation>顯示登錄冊今天的狀況。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show mo&amp;ves</source>
        <translation>顯示變動(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show which risks moved</source>
        <translation>顯示哪些風險有變動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw arrows for the risks that moved between the comparison date and the as-of date.</source>
        <translation>為在比較日期與截至日期之間有變動的風險繪製箭頭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;since</source>
        <translation>比較日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparison date</source>
        <translation>比較日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier date the matrix is compared with.</source>
        <translation>用來與矩陣比較的較早日期。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Level</source>
        <translation>級別(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level filter</source>
        <translation>級別篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner filter</source>
        <translation>負責人篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So&amp;urce</source>
        <translation>來源(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source filter</source>
        <translation>來源篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overdue only</source>
        <translation>僅顯示逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue reviews only</source>
        <translation>僅顯示逾期評審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only risks whose next review date has passed.</source>
        <translation>只顯示下次評審日期已過的風險。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searc&amp;h</source>
        <translation>搜尋(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search risk codes and titles</source>
        <translation>搜尋風險編號與標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code or title — 中文 or English</source>
        <translation>編號或標題 — 中文或英文</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show all &amp;matrix cells</source>
        <translation>顯示矩陣全部方格(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop filtering the register by the selected cell.</source>
        <translation>不再依所選方格篩選登錄冊。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due for review this quarter</source>
        <translation>本季待評審</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risks due for review this quarter</source>
        <translation>本季待評審的風險</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Risk register</source>
        <translation>風險登錄冊</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New risk…</source>
        <translation>新增風險(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a risk to the register.</source>
        <translation>在登錄冊中新增一項風險。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected risk.</source>
        <translation>編輯所選風險。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review…</source>
        <translation>評審(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a review of the selected risk: its scores today and a comment.</source>
        <translation>記錄對所選風險的評審：今天的分數與意見。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;ks…</source>
        <translation>連結(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incidents and drills linked to the selected risk.</source>
        <translation>與所選風險連結的危機事件與演練。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a risk register from a CSV or XLSX spreadsheet.</source>
        <translation>從 CSV 或 XLSX 試算表匯入風險登錄冊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the register to a CSV or XLSX spreadsheet.</source>
        <translation>將登錄冊匯出為 CSV 或 XLSX 試算表。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/ui/role_names.py" line="-6"/>
        <source>EAP lead (admin)</source>
        <translation>EAP 主管（管理員）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>諮商師</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR manager</source>
        <translation>人資經理</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../app/ui/custom_rule_set_dialog.py" line="-27"/>
        <source>Key</source>
        <translation>代碼</translation>
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
        <translation>小時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>對象</translation>
    </message>
</context>
<context>
    <name>RunDrillDialog</name>
    <message>
        <location filename="../../app/ui/run_drill_dialog.py" line="+75"/>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified</source>
        <translation>通知時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>確認時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>延遲</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run drill %1</source>
        <translation>進行演練 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(withheld)</source>
        <translation>（不予顯示）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 for grade %2</source>
        <translation>%1（等級 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no grade given: figures without a verdict</source>
        <translation>未指定等級：僅顯示數據，不作判定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert has not been sent yet.</source>
        <translation>警示尚未發出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert sent at %1</source>
        <translation>警示已於 %1 發出</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not recorded: %1</source>
        <translation>未記錄：%1</translation>
    </message>
    <message>
        <location filename="../../forms/run_drill_dialog.ui" line="+4"/>
        <source>Run drill</source>
        <translation>進行演練</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed since the alert</source>
        <translation>警示發出後經過時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First acknowledgement</source>
        <translation>首次確認回覆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone acknowledged</source>
        <translation>全員確認回覆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key roles acknowledged</source>
        <translation>關鍵角色確認回覆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click a participant, press their number (1–9), or select a row and press Space to stamp the acknowledgement.</source>
        <translation>點選參與者、按其編號（1–9），或選取一列後按空白鍵，即可記錄確認回覆。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start drill</source>
        <translation>開始演練(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send &amp;alert</source>
        <translation>發出警示(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End drill</source>
        <translation>結束演練(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../app/ui/screening_dialog.py" line="+38"/>
        <source>Screening for %1</source>
        <translation>%1 的篩檢</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Total so far: %1 of %2 (%3 items not answered)</source>
        <translation>目前總分：%1（滿分 %2；%3 題未作答）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total: %1 of %2</source>
        <translation>總分：%1（滿分 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity: %1</source>
        <translation>嚴重程度：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item 9 above 0: thoughts of death or self-harm. This is a red flag whatever the total: assess the risk today.</source>
        <translation>第 9 題大於 0：有死亡或自傷的念頭。無論總分為何，這都是危險警訊：請於今日評估風險。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer every item (not answered: %1).</source>
        <translation>請回答每一題（未作答：%1）。</translation>
    </message>
    <message>
        <location filename="../../forms/screening_dialog.ui" line="+9"/>
        <source>Record a screening</source>
        <translation>記錄篩檢</translation>
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
        <translation>第 1 題(&amp;1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 1</source>
        <translation>第 1 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;2</source>
        <translation>第 2 題(&amp;2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 2</source>
        <translation>第 2 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;3</source>
        <translation>第 3 題(&amp;3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 3</source>
        <translation>第 3 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;4</source>
        <translation>第 4 題(&amp;4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 4</source>
        <translation>第 4 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;5</source>
        <translation>第 5 題(&amp;5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 5</source>
        <translation>第 5 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;6</source>
        <translation>第 6 題(&amp;6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 6</source>
        <translation>第 6 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;7</source>
        <translation>第 7 題(&amp;7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 7</source>
        <translation>第 7 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;8</source>
        <translation>第 8 題(&amp;8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 8</source>
        <translation>第 8 題的回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item &amp;9</source>
        <translation>第 9 題(&amp;9)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to item 9</source>
        <translation>第 9 題的回答</translation>
    </message>
</context>
<context>
    <name>ScreeningsModel</name>
    <message>
        <location filename="../../app/ui/person_models.py" line="+72"/>
        <source>Taken</source>
        <translation>施測時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire</source>
        <translation>量表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 9</source>
        <translation>第 9 題</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>above 0: thoughts of self-harm</source>
        <translation>大於 0：有自傷念頭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock after &amp;idle</source>
        <translation>閒置後鎖定(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock after idle, in minutes</source>
        <translation>閒置幾分鐘後鎖定</translation>
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
        <translation> 分鐘</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Lock case e&amp;ntries after</source>
        <translation>個案紀錄鎖定時限(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock timeline entries and clinical notes after this many hours</source>
        <translation>時間軸紀錄與臨床紀錄在幾小時後鎖定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline entries and clinical notes are signed when saved. Their author may correct them until they lock; after that, changes are made only as addenda that keep the original.</source>
        <translation>時間軸紀錄與臨床紀錄在儲存時即會簽署。撰寫者在紀錄鎖定前可以更正；鎖定後，任何變更只能以補充紀錄方式新增，並保留原始內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Response targets</source>
        <translation>應變時限目標</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes from the report within which an incident of each grade must be acknowledged and its response started. A change re-times every open incident.</source>
        <translation>各等級危機事件自通報起須在幾分鐘內確認接報及啟動應變。變更後，所有未結案的危機事件都會重新計算時限。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grade I: ac&amp;knowledge within</source>
        <translation>一級：確認接報時限(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade I, acknowledge within, in minutes</source>
        <translation>一級確認接報時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade I: s&amp;tart response within</source>
        <translation>一級：啟動應變時限(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade I, start response within, in minutes</source>
        <translation>一級啟動應變時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade II: &amp;acknowledge within</source>
        <translation>二級：確認接報時限(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade II, acknowledge within, in minutes</source>
        <translation>二級確認接報時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade II: &amp;start response within</source>
        <translation>二級：啟動應變時限(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade II, start response within, in minutes</source>
        <translation>二級啟動應變時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade III: acknowl&amp;edge within</source>
        <translation>三級：確認接報時限(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade III, acknowledge within, in minutes</source>
        <translation>三級確認接報時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade III: sta&amp;rt response within</source>
        <translation>三級：啟動應變時限(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade III, start response within, in minutes</source>
        <translation>三級啟動應變時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade IV: acknowledge &amp;within</source>
        <translation>四級：確認接報時限(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade IV, acknowledge within, in minutes</source>
        <translation>四級確認接報時限（分鐘）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grade IV: start res&amp;ponse within</source>
        <translation>四級：啟動應變時限(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grade IV, start response within, in minutes</source>
        <translation>四級啟動應變時限（分鐘）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restore &amp;defaults</source>
        <translation>還原預設值(&amp;D)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Risk register</source>
        <translation>風險登錄冊</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A risk&apos;s score is likelihood × impact, from 1 to 25. Low and Medium end where you set them; High is the rest. After each review the next one is due this many days later, by the risk&apos;s level.</source>
        <translation>風險分數 = 可能性 × 影響，範圍為 1 至 25。「低」與「中」的上限由您設定，其餘皆為「高」。每次評審後，下次評審會依風險級別，在下列天數後到期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Low: scores &amp;up to</source>
        <translation>低：分數上限(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Highest score that is Low</source>
        <translation>屬於「低」的最高分數</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Medium: scores up to</source>
        <translation>中：分數上限(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Highest score that is Medium</source>
        <translation>屬於「中」的最高分數</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>High: the rest</source>
        <translation>高：其餘分數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores that are High</source>
        <translation>屬於「高」的分數</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels and their scores</source>
        <translation>各級別及其分數區間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review &amp;High risks every</source>
        <translation>高風險評審間隔(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days between reviews of a High risk</source>
        <translation>高風險兩次評審之間的天數</translation>
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
        <translation>中風險評審間隔(&amp;Y)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days between reviews of a Medium risk</source>
        <translation>中風險兩次評審之間的天數</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review Low risks e&amp;very</source>
        <translation>低風險評審間隔(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days between reviews of a Low risk</source>
        <translation>低風險兩次評審之間的天數</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counsellors may edit the risk re&amp;gister</source>
        <translation>諮商師可編輯風險登錄冊(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsellors may edit the risk register</source>
        <translation>諮商師可編輯風險登錄冊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When this is off, only administrators can add, edit, review and import risks; everyone can still read the register.</source>
        <translation>關閉此選項時，只有管理員可以新增、編輯、評審及匯入風險；所有人仍可檢視登錄冊。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Default &amp;bands and cadence</source>
        <translation>還原預設分數區間與評審週期(&amp;B)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+135"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving the response targets and re-timing open incidents…</source>
        <translation>正在儲存應變時限目標，並重新計算未結案危機事件的時限…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The response targets could not be saved.</source>
        <translation>無法儲存應變時限目標。</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <location filename="../../app/ui/timeline_entry_dialog.py" line="+62"/>
        <source>Correct entry #%1</source>
        <translation>更正紀錄 #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can correct your own entry until it locks. The correction is signed again and the change is recorded in the audit log.</source>
        <translation>在紀錄鎖定前，您可以更正自己的紀錄。更正後會重新簽署，且變更會記錄在稽核軌跡中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save correction</source>
        <translation>儲存更正(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addendum to #%1</source>
        <translation>紀錄 #%1 的補充紀錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original entry stays exactly as it was written. The addendum is signed and shown right under it.</source>
        <translation>原始紀錄會完全保持撰寫時的內容。補充紀錄經簽署後，會顯示在原始紀錄正下方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save addendum</source>
        <translation>儲存補充紀錄(&amp;S)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../forms/timeline_entry_dialog.ui" line="+9"/>
        <source>Timeline entry</source>
        <translation>時間軸紀錄</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Text</source>
        <translation>內容(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry text</source>
        <translation>紀錄內容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responsible department</source>
        <translation>負責部門</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>記錄者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>處置行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>簽章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(corrected)</source>
        <translation>（已更正）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addendum to #%1:</source>
        <translation>紀錄 #%1 的補充紀錄：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsigned</source>
        <translation>未簽署</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed ✓</source>
        <translation>已簽署 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature broken ✗</source>
        <translation>簽章失效 ✗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locks at %1</source>
        <translation>將於 %1 鎖定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written before entries were signed.</source>
        <translation>此紀錄撰寫於啟用簽署功能之前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed %1: the stored text is the text that was signed.</source>
        <translation>已於 %1 簽署：儲存的內容與簽署時的內容一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored text no longer matches its signature: it was changed outside the application.</source>
        <translation>儲存的內容與其簽章不再相符：內容已在本程式之外遭到變更。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="-102"/>
        <source>withheld</source>
        <translation>不予顯示</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>&amp;Timeline</source>
        <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action</source>
        <translation>處置行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time</source>
        <translation>時間</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Entries: %n</source>
        <translation>
            <numerusform>共 %n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>signature broken ✗</source>
        <translation>簽章失效 ✗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed ✓</source>
        <translation>已簽署 ✓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>locks at %1</source>
        <translation>將於 %1 鎖定</translation>
    </message>
</context>
<context>
    <name>TransitionReasonDialog</name>
    <message>
        <location filename="../../app/ui/transition_dialog.py" line="+49"/>
        <source>Dismissing %1 as a false alarm ends the work on it. Record why it was judged one; the reason is kept with the status history.</source>
        <translation>將 %1 排除為誤報後，就會結束對它的處理。請記錄判定為誤報的原因；此原因會與狀態歷程一併保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving %1 from %2 back to %3 reopens it. Record the reason; it is kept with the status history.</source>
        <translation>將 %1 從「%2」退回「%3」會重新開啟此事件。請記錄原因；此原因會與狀態歷程一併保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to %1</source>
        <translation>轉為%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move</source>
        <translation>變更狀態(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/transition_reason_dialog.ui" line="+9"/>
        <source>Reason for the move</source>
        <translation>變更狀態的原因</translation>
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
        <translation>使用者帳號</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Username</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
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
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>At least 10 characters. Any language; spaces allowed.</source>
        <translation>至少 10 個字元。可使用任何語言，也可包含空格。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Confirm password</source>
        <translation>確認密碼(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm password</source>
        <translation>確認密碼</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Account &amp;disabled</source>
        <translation>帳號已停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+61"/>
        <source>Edit account</source>
        <translation>編輯帳號</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password (leave empty to keep)</source>
        <translation>新密碼（留空則維持不變）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location line="+87"/>
        <location filename="../../forms/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../forms/users_dialog.ui" line="+6"/>
        <source>User a&amp;ccounts</source>
        <translation>使用者帳號(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User accounts</source>
        <translation>使用者帳號</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;nable</source>
        <translation>啟用(&amp;N)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="-148"/>
        <source>Account</source>
        <translation>帳號</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>上次登入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>從未</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../app/ui/case_communication_tab.py" line="+22"/>
        <source>Placeholder</source>
        <translation>預留位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
</TS>
