"""Printouts as A4 PDFs, built with reportlab.

Every printout shares one page template (``template.build_pdf``) and one stylesheet
(``styles``). Modules here take plain frozen dataclasses that they define themselves; the
services build those from the database, so nothing in this package touches SQLAlchemy or Qt.
"""
