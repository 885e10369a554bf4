<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../forms/audit_view.ui" line="+14"/>
        <location line="+126"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="-118"/>
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
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="+14"/>
        <source>Unlock database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <location line="+6"/>
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
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../forms/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+6"/>
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
</TS>
