"""EAP Crisis Desk: crisis case management for an in-house Employee Assistance Program office."""

__version__ = "0.1.0"
