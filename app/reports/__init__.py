"""Figures and documents built from domain values, shared by the Qt views and the board PDFs.

Nothing here touches Qt, the database or the services: a figure is a pure function of domain data,
so the matrix on screen and the one in the report cannot disagree. ``reports`` imports only
``app.domain``.
"""
