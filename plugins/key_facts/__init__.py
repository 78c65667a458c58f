"""Key facts plugin."""


def register():
    pass
