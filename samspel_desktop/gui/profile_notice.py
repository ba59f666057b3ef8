"""A first start in a Windows profile that is lost at logoff: say so before anything is typed.

Non-persistent Citrix/Remote Desktop profiles and Windows' temporary profiles delete
``%LOCALAPPDATA%`` – where the default data folder lies – when the user logs off, silently.
:func:`~samspel_desktop.services.paths.profile_risk` recognises them cheaply; this shows the
warning. A folder chosen with ``--data-dir``, ``$SAMSPEL_DATA_DIR`` or by IT is never warned
about: it is not in the profile.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samspel_desktop.gui.errors import show_warning
from samspel_desktop.services.paths import (
    DataPaths,
    ProfileRisk,
    profile_risk,
    windows_profile_type,
)


def profile_warning(risk: ProfileRisk) -> str:
    """The Swedish (translatable) text for ``risk``."""
    ask_it = QCoreApplication.translate(
        "ProfileNotice",
        "Be IT att ange en datamapp för Samspel som finns kvar efter utloggning (det beskrivs "
        "i Samspels anvisning för IT).",
    )
    if risk is ProfileRisk.TEMPORARY:
        return QCoreApplication.translate(
            "ProfileNotice",
            "Windows har loggat in dig med en tillfällig profil. Allt som sparas i den – också "
            "det du skriver i Samspel – raderas när du loggar ut.\n\nLogga ut och in igen, "
            "eller kontakta IT, innan du skriver något du vill behålla.",
        )
    if risk is ProfileRisk.MANDATORY:
        return (
            QCoreApplication.translate(
                "ProfileNotice",
                "Din Windows-profil sparas inte när du loggar ut (en obligatorisk profil). Det "
                "du skriver i Samspel raderas då.",
            )
            + "\n\n"
            + ask_it
        )
    return (
        QCoreApplication.translate(
            "ProfileNotice",
            "Du arbetar på en terminalserver (fjärrskrivbord eller Citrix). Samspel sparar i "
            "den lokala delen av din profil på den här servern: den följer inte med till andra "
            "servrar och tas ofta bort när du loggar ut.",
        )
        + "\n\n"
        + ask_it
    )


def warn_if_profile_is_lost_at_logoff(
    parent: QWidget | None,
    paths: DataPaths,
    *,
    os_name: str = os.name,
    env: Mapping[str, str] | None = None,
    profile_type: int | None = None,
) -> ProfileRisk | None:
    """Show the warning when the default data folder lies in a profile lost at logoff.

    ``env`` and ``profile_type`` default to this session's (tests give their own).
    """
    if paths.origin != "default":
        return None
    if os_name == "nt" and profile_type is None:
        profile_type = windows_profile_type()
    risk = profile_risk(
        os_name=os_name,
        env=os.environ if env is None else env,
        profile_type=profile_type,
    )
    if risk is not None:
        show_warning(parent, profile_warning(risk))
    return risk
