<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../forms/audit_view.ui" line="+14"/>
        <location line="+126"/>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location line="-118"/>
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
        <translation>稽核紀錄</translation>
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
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="+14"/>
        <source>Unlock database</source>
        <translation>解鎖資料庫</translation>
    </message>
    <message>
        <location line="+6"/>
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
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../forms/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+6"/>
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
</TS>
