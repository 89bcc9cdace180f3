"""Registers out to spreadsheets: one plain table definition, and writers for XLSX and CSV.

Services build a Table from the database; these modules only turn one into a file. No SQL and
no Qt here; only this package imports openpyxl.
"""
