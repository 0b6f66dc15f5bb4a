"""Domain services: one module per concern; each call is one transaction. No Qt here."""
