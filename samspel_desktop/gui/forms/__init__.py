"""Generated Qt Designer forms (see packaging/compile_forms.py)."""
