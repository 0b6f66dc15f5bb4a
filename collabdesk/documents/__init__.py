"""Document output: Excel (openpyxl) and PDF (reportlab). No Qt."""
