"""Entry script of the PyInstaller bundle: the `collabdesk` command, nothing else.

With COLLABDESK_BUNDLE_SELFCHECK=<file.json> set it instead checks that the parts a bundle can
silently lose are really inside and load (pdfium's native library, psycopg's binary libpq, Qt's
plugins and translations, the Alembic migrations, the fonts) and writes what it found to that file.
packaging/check_bundle.sh uses it; a user never sets it.
"""

from __future__ import annotations

import os
import sys

SELFCHECK_ENV = "COLLABDESK_BUNDLE_SELFCHECK"


def selfcheck(out_path: str) -> int:
    import io
    import json
    from pathlib import Path

    found: dict[str, object] = {"frozen": bool(getattr(sys, "frozen", False))}
    found["meipass"] = getattr(sys, "_MEIPASS", None)

    from collabdesk import __version__
    from collabdesk.paths import resource_root

    found["version"] = __version__
    root = resource_root()
    found["resource_root"] = str(root)
    found["resources"] = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())

    from collabdesk.db.migrate import HEAD_REVISION, MIGRATIONS_DIR, known_revisions

    found["migrations_dir"] = str(MIGRATIONS_DIR)
    found["migrations_head_known"] = HEAD_REVISION in known_revisions()

    import psycopg

    found["psycopg_impl"] = psycopg.pq.__impl__
    found["libpq_version"] = psycopg.pq.version()

    # A real PDF with the Korean font, rendered back by pdfium: both native parts at work.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("SelfcheckGothic", str(root / "fonts" / "NanumGothic.ttf")))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(300, 100))
    page.setFont("SelfcheckGothic", 40)
    page.drawString(10, 30, "협업그룹")
    page.save()
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(buffer.getvalue())
    bitmap = document[0].render(scale=1).to_pil().convert("L")
    found["pdfium_page_size"] = list(bitmap.size)
    found["pdfium_dark_pixels"] = sum(bitmap.histogram()[:128])
    found["pdfium_text"] = document[0].get_textpage().get_text_range()
    document.close()

    from PySide6.QtCore import QLibraryInfo, QTranslator

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found["qt_plugins"] = sorted(
        p.relative_to(plugins).as_posix()
        for p in plugins.rglob("*")
        if p.is_file() and p.suffix in (".so", ".dll")
    )
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found["qt_translations_path"] = translations
    found["qtbase_ko_loads"] = QTranslator().load("qtbase_ko", translations)
    own = QTranslator()
    found["collabdesk_en_loads"] = own.load(str(root / "translations" / "collabdesk_en.qm"))
    found["collabdesk_en_sample"] = own.translate("MainWindow", "회원사 명부")

    import openpyxl
    import reportlab
    import sqlalchemy

    found["openpyxl"] = openpyxl.__version__
    found["reportlab"] = reportlab.Version
    found["reportlab_fonts"] = sorted(p.name for p in (Path(reportlab.__file__).parent / "fonts").glob("*"))
    found["sqlalchemy"] = sqlalchemy.__version__
    Path(out_path).write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    target = os.environ.get(SELFCHECK_ENV)
    if target:
        raise SystemExit(selfcheck(target))
    from collabdesk.cli import main

    raise SystemExit(main())
