"""The dialogue tool's content layer: load, validate and render the YAML and Markdown content.

Nothing in this package imports MkDocs, so the same functions serve the MkDocs hook,
the `make check` command and any future site generator.
"""
