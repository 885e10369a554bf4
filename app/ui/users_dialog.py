"""Admin dialogs for app accounts: the list (UsersDialog) and the editor (UserEditor)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from app.domain.roles import Role
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.session import Session
from app.services.users import UserSummary
from app.services.workspace import Workspace
from app.ui.forms.ui_user_editor import Ui_UserEditor
from app.ui.forms.ui_users_dialog import Ui_UsersDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.list_table_model import ListTableModel
from app.ui.role_names import role_name


class UsersModel(ListTableModel[UserSummary]):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE, COL_LAST_LOGIN = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("State"),
            self.tr("Last sign-in"),
        )

    def cell(self, user: UserSummary, column: int) -> object:
        if column == self.COL_USERNAME:
            return user.username
        if column == self.COL_NAME:
            return user.display_name
        if column == self.COL_ROLE:
            return role_name(user.role)
        if column == self.COL_STATE:
            return self.tr("Disabled") if user.disabled else self.tr("Active")
        if user.last_login_at is None:
            return self.tr("Never")
        return user.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M")


class UserEditor(QDialog):
    """Create an account (``user`` is None) or edit one; validation happens in the service."""

    def __init__(
        self, workspace: Workspace, session: Session, user: UserSummary | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UserEditor()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        self._user = user
        for role in Role:
            self.ui.roleCombo.addItem(role_name(role), role.value)
        self.ui.disabledCheck.setVisible(False)  # enabling/disabling is done from the list
        if user is not None:
            self.setWindowTitle(self.tr("Edit account"))
            self.ui.usernameEdit.setText(user.username)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.displayNameEdit.setText(user.display_name)
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(user.role.value))
            self.ui.passwordLabel.setText(self.tr("New password (leave empty to keep)"))
        else:
            self.setWindowTitle(self.tr("New account"))
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(Role.COUNSELLOR.value))
        restore_geometry(self, "user_editor")

    @classmethod
    def edit(
        cls, parent: QWidget | None, workspace: Workspace, session: Session, user: UserSummary | None
    ) -> tuple[UserSummary | None, bool]:
        dialog = cls(workspace, session, user, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_user, ok

    result_user: UserSummary | None = None

    def accept(self) -> None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.confirmEdit.text():
            self.ui.messageLabel.setText(self.tr("The two passwords differ."))
            return
        role = Role(self.ui.roleCombo.currentData())
        try:
            if self._user is None:
                self.result_user = self._workspace.users.create(
                    self._session, self.ui.usernameEdit.text(), role, password, self.ui.displayNameEdit.text()
                )
            else:
                self.result_user = self._workspace.users.update(
                    self._session,
                    self._user.id,
                    display_name=self.ui.displayNameEdit.text(),
                    role=role,
                    password=password or None,
                )
        except (ServiceError, StorageError) as error:
            self.ui.messageLabel.setText(str(error))
            return
        finally:
            self.ui.passwordEdit.clear()
            self.ui.confirmEdit.clear()
        save_geometry(self, "user_editor")
        super().accept()


class UsersDialog(QDialog):
    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        self.model = UsersModel(self)
        self.ui.usersTable.setModel(self.model)
        self.ui.usersTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.usersTable.horizontalHeader().setStretchLastSection(True)
        self.ui.usersTable.setSortingEnabled(False)
        self.ui.addButton.clicked.connect(self._add)
        self.ui.editButton.clicked.connect(self._edit)
        self.ui.usersTable.doubleClicked.connect(self._edit)
        self.ui.disableButton.clicked.connect(lambda: self._set_disabled(True))
        self.ui.enableButton.clicked.connect(lambda: self._set_disabled(False))
        self.ui.usersTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()
        restore_geometry(self, "users_dialog")

    @classmethod
    def manage(cls, parent: QWidget | None, workspace: Workspace, session: Session) -> None:
        dialog = cls(workspace, session, parent)
        dialog.exec()
        save_geometry(dialog, "users_dialog")

    def reload(self) -> None:
        self.model.set_rows(self._workspace.users.list(self._session))
        self._update_buttons()

    def _selected(self) -> UserSummary | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self._selected()
        self.ui.editButton.setEnabled(user is not None)
        self.ui.disableButton.setEnabled(user is not None and not user.disabled)
        self.ui.enableButton.setEnabled(user is not None and user.disabled)

    def _add(self) -> None:
        _user, ok = UserEditor.edit(self, self._workspace, self._session, None)
        if ok:
            self.reload()

    def _edit(self) -> None:
        user = self._selected()
        if user is None:
            return
        _user, ok = UserEditor.edit(self, self._workspace, self._session, user)
        if ok:
            self.reload()

    def _set_disabled(self, disabled: bool) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            self._workspace.users.set_disabled(self._session, user.id, disabled)
        except (InvalidInput, ServiceError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Users"), str(error))
        self.reload()
