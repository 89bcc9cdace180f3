"""Marking one notice to a group as sent: when, and how."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_notice_sent_dialog import Ui_NoticeSentDialog
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import Method
from councildesk.services import disclosure_notifications, disclosures
from councildesk.services.database import Session


class NoticeSentDialog(FormDialog):
    def __init__(
        self, context: AppContext, notification_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.notification_id = notification_id
        self.ui = Ui_NoticeSentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            notice = disclosure_notifications.get_notification(session, notification_id)
            disclosure = notice.disclosure
            ui.introLabel.setText(
                f"Record that {notice.recipient} was told of "
                f"{disclosures.given_phrase(disclosure.form, disclosure.group_name)} on "
                f"{uk_date(disclosure.given_on)} about ‘{disclosure.matter}’."
            )
        for method in Method:
            ui.methodCombo.addItem(method.label, method.value)
        ui.sentDate.setValue(context.today())
        self.setup_errors(
            ui.form,
            {"sent_on": ui.sentDate, "method": ui.methodCombo},
            ui.errorLabel,
            ui.buttonBox,
        )
        ui.sentDate.setFocus()

    def save(self, session: Session) -> str:
        ui = self.ui
        notice = disclosure_notifications.mark_sent(
            session,
            self.notification_id,
            ui.sentDate.value(),
            Method(ui.methodCombo.currentData()),
            self.context.today(),
        )
        assert notice.sent_on is not None
        return f"Marked {notice.recipient} as told on {uk_date(notice.sent_on)}."
