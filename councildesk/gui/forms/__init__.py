"""Generated from ui/*.ui by packaging/compile_forms.py; never edit."""
