"""fingerprint: give theme files a name that changes with their content.

Each file of FINGERPRINT_FILES (paths inside the theme's static folders, such as
"css/site.css") is written to the output under a content-hashed name
("theme/css/site.0123456789ab.css") in place of its plain one, and templates find
the new name in FINGERPRINTED: `FINGERPRINTED["css/site.css"]`. A template should
fall back to the plain name, so that a build without the plugin still works:
`(FINGERPRINTED or {}).get("css/site.css", "css/site.css")`.

Settings:

- FINGERPRINT_FILES: () (the theme files to rename)
- FINGERPRINT_HASH_LENGTH: 12 (hex digits of SHA-256 in the name)
"""

import logging
import os
from pathlib import Path

from pelican import signals

from .core import HASH_LENGTH, fingerprinted_name

logger = logging.getLogger(__name__)

DEFAULTS = {"FINGERPRINT_FILES": (), "FINGERPRINT_HASH_LENGTH": HASH_LENGTH}


def _theme_file(settings, name):
    """The source of theme file `name`, looked up as Pelican copies theme files."""
    for folder in settings.get("THEME_STATIC_PATHS", ["static"]):
        candidate = Path(settings["THEME"], folder, name)
        if candidate.is_file():
            return candidate
    return None


def name_files(pelican):
    """Before anything is rendered: work out each file's new name for the templates."""
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    names = {}
    for name in settings["FINGERPRINT_FILES"]:
        source = _theme_file(settings, name)
        if source is None:
            logger.error("fingerprint: the theme has no static file %s", name)
            continue
        names[name] = fingerprinted_name(
            name, source.read_bytes(), settings["FINGERPRINT_HASH_LENGTH"]
        )
    settings["FINGERPRINTED"] = names


def rename_files(pelican):
    """After the theme files are copied: move each one to its new name."""
    theme_output = Path(pelican.output_path, pelican.settings.get("THEME_STATIC_DIR", "theme"))
    for name, new_name in pelican.settings.get("FINGERPRINTED", {}).items():
        copied = theme_output / name
        if not copied.is_file():
            logger.error("fingerprint: %s was not copied to the output", copied)
            continue
        os.replace(copied, theme_output / new_name)


def register():
    signals.initialized.connect(name_files)
    signals.finalized.connect(rename_files)
