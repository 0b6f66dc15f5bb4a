"""설정 → 발급기관·직인: who issues the certificates (organisation, the signer's title and name, the
group name the templates may use, the border) and the seal and logo images.

The names live in the database, shared by every PC, and are saved with optimistic locking (another PC's
change offers a reload). The seal and the logo are PNG files copied into this PC's data folder; a
chosen file is checked at once and shown as a thumbnail, and copied only when the dialog is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.documents.certificate_pdf import CertificateLook, check_look
from collabdesk.errors import FieldErrors, StaleRecordError, UserError
from collabdesk.services.certificate_templates import IssuerService, IssuerSettings
from collabdesk.ui.errors import ask_reload, show_error
from collabdesk.ui.files import ask_open_path
from collabdesk.ui.widgets import add_ok_cancel

THUMBNAIL = 110  # pixels
_KEEP, _REMOVE = "keep", "remove"


class IssuerDialog(QDialog):
    def __init__(self, issuer: IssuerService, parent: QWidget | None = None, read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("issuer_dialog")
        self.setWindowTitle(self.tr("발급기관·직인"))
        self.issuer = issuer
        self.read_only = read_only
        self._version = 0
        # The images chosen in this dialog, copied on 저장: a path, or _KEEP / _REMOVE.
        self.seal_choice: Path | str = _KEEP
        self.logo_choice: Path | str = _KEEP
        self._build()
        self._load(issuer.get())
        self._show_image(self.seal_label, issuer.seal_path() if issuer.seal_path().exists() else None)
        self._show_image(self.logo_label, issuer.logo_path() if issuer.logo_path().exists() else None)
        self.resize(620, 0)

    def _build(self) -> None:
        self.organisation_edit = QLineEdit(objectName="issuer_organisation")
        self.organisation_edit.setPlaceholderText(self.tr("예: 경기기계협업그룹"))
        self.title_edit = QLineEdit(objectName="issuer_title")
        self.title_edit.setPlaceholderText(self.tr("예: 회장"))
        self.name_edit = QLineEdit(objectName="issuer_name")
        self.name_edit.setPlaceholderText(self.tr("예: 김영수"))
        self.group_edit = QLineEdit(objectName="issuer_group")
        self.group_edit.setPlaceholderText(self.tr("문구의 {그룹명}; 비워 두면 발급기관"))
        self.border_check = QCheckBox(self.tr("테두리 장식"), objectName="issuer_border")
        form = QFormLayout()
        form.addRow(self.tr("발급기관(&O)"), self.organisation_edit)
        form.addRow(self.tr("직위"), self.title_edit)
        form.addRow(self.tr("대표자 이름"), self.name_edit)
        form.addRow(self.tr("그룹명"), self.group_edit)
        form.addRow("", self.border_check)

        self.seal_label = self._thumbnail("issuer_seal_image")
        self.logo_label = self._thumbnail("issuer_logo_image")
        seal_button = QPushButton(self.tr("직인 이미지 고르기…"), objectName="choose_seal")
        seal_button.clicked.connect(self.choose_seal)
        logo_button = QPushButton(self.tr("로고 고르기…"), objectName="choose_logo")
        logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("로고 빼기"), objectName="remove_logo")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        images = QGridLayout()
        images.addWidget(QLabel(self.tr("직인 (필수)")), 0, 0, Qt.AlignmentFlag.AlignHCenter)
        images.addWidget(QLabel(self.tr("로고 (선택)")), 0, 1, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        images.addWidget(self.seal_label, 1, 0, Qt.AlignmentFlag.AlignHCenter)
        images.addWidget(self.logo_label, 1, 1, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        images.addWidget(seal_button, 2, 0)
        images.addWidget(logo_button, 2, 1)
        images.addWidget(self.remove_logo_button, 2, 2)
        for button in (seal_button, logo_button, self.remove_logo_button):
            button.setAutoDefault(False)
            button.setEnabled(not self.read_only)
        note = QLabel(
            self.tr(
                "직인은 투명 배경 PNG로, 대표자 이름 끝에 겹쳐 찍힙니다. 이미지는 이 PC의 데이터 폴더에 "
                "복사되며, 바꾸면 전의 직인도 옆에 보관합니다."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(images)
        layout.addWidget(note)
        self.ok_button, _cancel = add_ok_cancel(self, layout, self.tr("저장"))
        self.ok_button.setEnabled(not self.read_only)

    def _thumbnail(self, name: str) -> QLabel:
        label = QLabel(objectName=name, alignment=Qt.AlignmentFlag.AlignCenter)
        label.setFixedSize(THUMBNAIL + 10, THUMBNAIL + 10)
        label.setFrameShape(QFrame.Shape.Box)
        label.setStyleSheet("background: white; color: #888;")
        label.setWordWrap(True)
        return label

    def _show_image(self, label: QLabel, path: Path | None) -> None:
        if path is None:
            label.clear()
            label.setText(self.tr("없음"))
            return
        pixmap = QPixmap(str(path))
        label.setPixmap(
            pixmap.scaled(
                THUMBNAIL,
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        label.setToolTip(str(path))

    def _load(self, settings: IssuerSettings) -> None:
        self._version = settings.version
        self.organisation_edit.setText(settings.organisation)
        self.title_edit.setText(settings.issuer_title)
        self.name_edit.setText(settings.issuer_name)
        self.group_edit.setText(settings.group_name)
        self.border_check.setChecked(settings.border)

    def settings(self) -> IssuerSettings:
        return IssuerSettings(
            organisation=self.organisation_edit.text().strip(),
            issuer_title=self.title_edit.text().strip(),
            issuer_name=self.name_edit.text().strip(),
            group_name=self.group_edit.text().strip(),
            border=self.border_check.isChecked(),
            version=self._version,
        )

    # --- images --------------------------------------------------------------------------
    def _ask_png(self, title: str) -> Path | None:
        return ask_open_path(self, title, self.tr("PNG 이미지 (*.png)"))

    def choose_seal(self) -> None:
        path = self._ask_png(self.tr("직인 이미지 고르기"))
        if path is not None and self._usable(CertificateLook(seal_png=path)):
            self.seal_choice = path
            self._show_image(self.seal_label, path)

    def choose_logo(self) -> None:
        path = self._ask_png(self.tr("로고 이미지 고르기"))
        if path is not None and self._usable(CertificateLook(logo_png=path)):
            self.logo_choice = path
            self._show_image(self.logo_label, path)

    def remove_logo(self) -> None:
        self.logo_choice = _REMOVE
        self._show_image(self.logo_label, None)

    def _usable(self, look: CertificateLook) -> bool:
        try:
            check_look(look)
        except UserError as exc:
            show_error(self, exc, self.tr("이미지를 쓸 수 없습니다"))
            return False
        return True

    # --- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        if self.read_only:
            return
        try:
            self.issuer.save(self.settings(), self._version)
        except StaleRecordError as exc:
            current = self.issuer.get()
            if ask_reload(self, exc):
                self._load(current)
            else:
                # Kept what was typed: the next 저장 puts it over the other PC's version, knowingly.
                self._version = current.version
            return
        except FieldErrors as exc:
            QMessageBox.warning(self, self.tr("저장할 수 없습니다"), str(exc))
            return
        except UserError as exc:
            show_error(self, exc, self.tr("저장할 수 없습니다"))
            return
        try:
            if isinstance(self.seal_choice, Path):
                self.issuer.set_seal(self.seal_choice)
            if isinstance(self.logo_choice, Path):
                self.issuer.set_logo(self.logo_choice)
            elif self.logo_choice == _REMOVE:
                self.issuer.set_logo(None)
        except UserError as exc:
            # The names are saved; the image stays as it was.
            show_error(self, exc, self.tr("이미지를 저장할 수 없습니다"))
            self._version = self.issuer.get().version
            return
        super().accept()
