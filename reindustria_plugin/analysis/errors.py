"""Errors the core raises for bad input, translatable by the QGIS glue.

The core cannot use Qt's translator, so a message is raised as an English template plus its parameters; the
glue looks the template up in the "analysis" translation context and formats it afterwards. The no-op marker
below has the name pylupdate5 recognises, so ``make i18n`` collects the templates.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name fixed by pylupdate5)
    return text


class InputError(ValueError):
    """Bad input the user can fix; ``template`` says what to change, ``params`` fill it in."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class Canceled(Exception):
    """The user canceled the run (``is_canceled()`` returned True)."""


class Message:
    """A warning for the user: an English template in the "analysis" context plus its parameters."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"Message({self!s})"
