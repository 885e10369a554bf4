<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location filename="../../app/ui/lock_screen.py" line="+54"/>
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
        <location filename="../../app/ui/login_dialog.py" line="+26"/>
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
        <location filename="../../app/ui/actions.py" line="+39"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <location line="+4"/>
        <source>&amp;About EAP Crisis Desk</source>
        <translation>关于 EAP Crisis Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recovery key help</source>
        <translation>恢复密钥帮助(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="+241"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+86"/>
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
        <location line="+6"/>
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
        <location line="+10"/>
        <source>Not allowed</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+8"/>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialogs.py" line="+26"/>
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
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../app/ui/users_dialog.py" line="+62"/>
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
</TS>
