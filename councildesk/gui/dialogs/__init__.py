"""Editors and other dialogs."""
