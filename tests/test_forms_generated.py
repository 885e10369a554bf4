"""The modules generated from forms/*.ui are current and build widgets the UI code can rely on."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"

# Object names the code in app/ui uses, per form: (Ui class's form class, base widget, names).
EXPECTED: dict[str, tuple[str, type[QWidget], tuple[str, ...]]] = {
    "login_dialog": (
        "LoginDialog",
        QDialog,
        ("headerLabel", "usernameEdit", "passwordEdit", "messageLabel", "buttonBox"),
    ),
    "passphrase_dialog": (
        "PassphraseDialog",
        QDialog,
        ("explanationLabel", "passphraseEdit", "messageLabel", "buttonBox"),
    ),
    "recovery_key_dialog": (
        "RecoveryKeyDialog",
        QDialog,
        ("explanationLabel", "keyLabel", "copyButton", "printButton", "confirmCheck", "buttonBox"),
    ),
    "recover_dialog": (
        "RecoverDialog",
        QDialog,
        ("explanationLabel", "recoveryKeyEdit", "messageLabel", "buttonBox"),
    ),
    "user_editor": (
        "UserEditor",
        QDialog,
        (
            "usernameEdit",
            "displayNameEdit",
            "roleCombo",
            "passwordEdit",
            "confirmEdit",
            "passwordHintLabel",
            "disabledCheck",
            "messageLabel",
            "buttonBox",
        ),
    ),
    "users_dialog": (
        "UsersDialog",
        QDialog,
        ("usersTable", "addButton", "editButton", "disableButton", "enableButton", "buttonBox"),
    ),
    "settings_dialog": (
        "SettingsDialog",
        QDialog,
        ("tabs", "idleLockSpin", "languageCombo", "messageLabel", "buttonBox"),
    ),
    "audit_view": (
        "AuditView",
        QWidget,
        (
            "actorCombo",
            "actionCombo",
            "fromDateEdit",
            "toDateEdit",
            "searchEdit",
            "refreshButton",
            "auditTable",
            "statusLabel",
            "prevPageButton",
            "nextPageButton",
            "verifyButton",
        ),
    ),
    "lock_screen": (
        "LockScreen",
        QWidget,
        (
            "lockIconLabel",
            "titleLabel",
            "infoLabel",
            "usernameLabel",
            "passwordEdit",
            "messageLabel",
            "unlockButton",
            "quitButton",
        ),
    ),
    "overview_page": (
        "OverviewPage",
        QWidget,
        (
            "welcomeLabel",
            "pathValue",
            "identityValue",
            "keyModeValue",
            "schemaValue",
            "cipherValue",
            "integrityValue",
            "auditValue",
            "userValue",
            "roleValue",
            "lockValue",
        ),
    ),
}

SECRET_EDITS = {
    "login_dialog": ("passwordEdit",),
    "passphrase_dialog": ("passphraseEdit",),
    "user_editor": ("passwordEdit", "confirmEdit"),
    "lock_screen": ("passwordEdit",),
}

MNEMONIC = re.compile(r"&([^&])")


def _load_compile_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "tools" / "compile_forms.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _form_class(ui_file: Path) -> tuple[str, str]:
    """The form's class name and its top-level widget class, read from the .ui file."""
    root = ET.parse(ui_file).getroot()
    widget = root.find("widget")
    assert widget is not None
    return root.findtext("class", ""), widget.get("class", "")


def _build(qtbot, stem: str) -> tuple[QWidget, object]:
    form_class, base_name = _form_class(FORMS_DIR / f"{stem}.ui")
    base = {"QDialog": QDialog, "QWidget": QWidget}[base_name]
    module = importlib.import_module(f"app.ui.forms.ui_{stem}")
    ui = getattr(module, f"Ui_{form_class}")()
    widget = base()
    qtbot.addWidget(widget)
    ui.setupUi(widget)
    return widget, ui


ALL_FORMS = sorted(path.stem for path in FORMS_DIR.glob("*.ui"))


def test_generated_modules_are_up_to_date() -> None:
    stale = _load_compile_forms().stale_forms()
    assert stale == [], "run `python tools/compile_forms.py`:\n" + "\n".join(stale)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_form_has_expected_object_names(qtbot, stem: str) -> None:
    form_class, base, names = EXPECTED[stem]
    widget, ui = _build(qtbot, stem)
    assert isinstance(widget, base)
    assert widget.objectName() == form_class
    for name in names:
        assert hasattr(ui, name), f"Ui_{form_class} has no attribute {name}"
        assert widget.findChild(QObject, name) is getattr(ui, name)
    for name in SECRET_EDITS.get(stem, ()):
        assert getattr(ui, name).echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize("stem", ALL_FORMS)
def test_form_inputs_are_labelled_and_accessible(qtbot, stem: str) -> None:
    widget, _ui = _build(qtbot, stem)
    buddies = {
        label.buddy().objectName(): label.text()
        for label in widget.findChildren(QLabel)
        if label.buddy() is not None
    }
    inputs = [
        *widget.findChildren(QLineEdit),
        *widget.findChildren(QComboBox),
        *widget.findChildren(QAbstractSpinBox),
    ]
    for child in inputs:
        if isinstance(child.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable combo box or a spin box
        name = child.objectName()
        assert child.accessibleName(), f"{stem}: {name} has no accessibleName"
        assert name in buddies, f"{stem}: {name} is no label's buddy"
        assert MNEMONIC.search(buddies[name]), f"{stem}: the label of {name} has no mnemonic"
    for view in widget.findChildren(QAbstractItemView):
        if view.objectName():
            assert view.accessibleName(), f"{stem}: {view.objectName()} has no accessibleName"


@pytest.mark.parametrize("stem", ALL_FORMS)
def test_form_mnemonics_are_unique(qtbot, stem: str) -> None:
    widget, _ui = _build(qtbot, stem)
    seen: dict[str, str] = {}
    for child in widget.findChildren(QWidget):
        text = child.property("text")
        if not isinstance(text, str):
            continue
        match = MNEMONIC.search(text)
        if match is None:
            continue
        key = match.group(1).casefold()
        assert key not in seen, f"{stem}: {child.objectName()} and {seen[key]} share the mnemonic {key!r}"
        seen[key] = child.objectName()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh_TW", "登入 — EAP Crisis Desk"), ("zh_CN", "登录 — EAP Crisis Desk")],
)
def test_compiled_translation_translates_a_form(qapp, locale: str, expected: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / f"eapdesk_{locale}.qm"))
    assert translator.translate("LoginDialog", "Sign in — EAP Crisis Desk") == expected


def test_generated_imports_are_cut_to_the_names_used() -> None:
    """PySide builds a class's enums when it is first imported: forms import only what they use."""
    source = (
        "from PySide6.QtCore import (QCoreApplication, QDate, QMetaObject,\n"
        "    QRect, Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtWidgets import (QApplication, QLabel)\n\n"
        "class Ui_X(object):\n"
        "    def setupUi(self, X):\n"
        "        self.label = QLabel(X)\n"
        "        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft)\n"
        "        QMetaObject.connectSlotsByName(X)\n"
        "        self.label.setText(QCoreApplication.translate('X', 'QRect'))\n"
    )
    cut = _load_compile_forms().used_imports_only(source)
    assert cut.splitlines()[:2] == [
        "from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)",
        "from PySide6.QtWidgets import (QLabel)",
    ]
    assert cut.split("\n\n", 1)[1] == source.split("\n\n", 1)[1]
    for module in sorted((ROOT / "app" / "ui" / "forms").glob("ui_*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        imported = {a.name for node in tree.body if isinstance(node, ast.ImportFrom) for a in node.names}
        assert imported <= used, (module.name, sorted(imported - used))
