"""The key-facts grammar's word lists, one module per language (`Lang` of the file)."""

import importlib

LANGUAGES = ("en", "ru", "kk")


def words_of(lang: str):
    """The word-list module of `lang`; English for a language that has none."""
    return importlib.import_module(f"{__name__}.{lang if lang in LANGUAGES else 'en'}")
