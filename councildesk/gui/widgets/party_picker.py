"""Choosing someone in a case: a person from the people register, or someone outside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from councildesk.services.complaint_parties import PartyRef

_NOBODY = -1
_OUTSIDE = -2


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    detail: str  # "Councillor, Church Ward" or the officer's post


class PartyPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(24)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("Their name")
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.name_edit, 1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._update)
        self._names: dict[int, str] = {}
        self.set_people([])

    def name_controls(self, name: str) -> None:
        """Name the two controls for a screen reader, after the label beside the picker."""
        self.combo.setAccessibleName(name)
        self.name_edit.setAccessibleName(f"{name}: name, when not in the register")

    def set_people(self, people: Sequence[PersonChoice], *, allow_nobody: bool = True) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self._names = {p.id: p.name for p in people}
        if allow_nobody:
            self.combo.addItem("Not recorded", _NOBODY)
        for person in people:
            self.combo.addItem(f"{person.name} ({person.detail})", person.id)
        self.combo.addItem("Someone not in the people register…", _OUTSIDE)
        self.combo.blockSignals(False)
        self._update()

    def value(self) -> PartyRef | None:
        chosen = self.combo.currentData()
        if chosen == _NOBODY or chosen is None:
            return None
        if chosen == _OUTSIDE:
            name = " ".join(self.name_edit.text().split())
            return PartyRef(name) if name else None
        return PartyRef(self._names[int(chosen)], int(chosen))

    def set_value(self, ref: PartyRef | None) -> None:
        if ref is None:
            self.combo.setCurrentIndex(max(self.combo.findData(_NOBODY), 0))
        elif ref.person_id is not None and ref.person_id in self._names:
            self.combo.setCurrentIndex(self.combo.findData(ref.person_id))
        else:
            self.combo.setCurrentIndex(self.combo.findData(_OUTSIDE))
            self.name_edit.setText(ref.name)
        self._update()

    def choose_outside(self, name: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(_OUTSIDE))
        self.name_edit.setText(name)

    def choose_person(self, person_id: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(person_id))

    def _update(self) -> None:
        self.name_edit.setVisible(self.combo.currentData() == _OUTSIDE)
