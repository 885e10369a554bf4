<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <location filename="../../app/ui/lock_screen.py" line="+54"/>
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
        <location filename="../../app/ui/login_dialog.py" line="+26"/>
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
        <location filename="../../app/ui/actions.py" line="+39"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
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
        <location line="+4"/>
        <source>&amp;About EAP Crisis Desk</source>
        <translation>關於 EAP Crisis Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery key help</source>
        <translation>復原金鑰說明(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+241"/>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+86"/>
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
        <location line="+6"/>
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
        <location line="+10"/>
        <source>Not allowed</source>
        <translation>不允許此操作</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+8"/>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+26"/>
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
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../app/ui/users_dialog.py" line="+62"/>
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
</TS>
