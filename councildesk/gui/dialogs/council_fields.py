"""The council's fields, shared by the setup wizard and the Council details dialog."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from councildesk.services.council import CLERK_TITLES, KIND_LABELS, CouncilDetails, CouncilKind


class CouncilFields(Protocol):
    nameEdit: QLineEdit
    kindCombo: QComboBox
    clerkTitleCombo: QComboBox
    principalEdit: QLineEdit
    moNameEdit: QLineEdit
    moEmailEdit: QLineEdit
    moPhoneEdit: QLineEdit
    moAddressEdit: QPlainTextEdit


def prepare(ui: CouncilFields) -> None:
    for kind, label in KIND_LABELS.items():
        ui.kindCombo.addItem(label, kind)
    ui.clerkTitleCombo.addItems(CLERK_TITLES)


def fill(ui: CouncilFields, details: CouncilDetails) -> None:
    ui.nameEdit.setText(details.name)
    ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(details.kind.value)))
    ui.clerkTitleCombo.setCurrentText(details.clerk_title)
    ui.principalEdit.setText(details.principal_council)
    ui.moNameEdit.setText(details.monitoring_officer_name)
    ui.moEmailEdit.setText(details.monitoring_officer_email)
    ui.moPhoneEdit.setText(details.monitoring_officer_phone)
    ui.moAddressEdit.setPlainText(details.monitoring_officer_address)


def read(ui: CouncilFields) -> CouncilDetails:
    return CouncilDetails(
        name=ui.nameEdit.text(),
        kind=CouncilKind(ui.kindCombo.currentData()),
        clerk_title=ui.clerkTitleCombo.currentText(),
        principal_council=ui.principalEdit.text(),
        monitoring_officer_name=ui.moNameEdit.text(),
        monitoring_officer_email=ui.moEmailEdit.text(),
        monitoring_officer_phone=ui.moPhoneEdit.text(),
        monitoring_officer_address=ui.moAddressEdit.toPlainText(),
    )
