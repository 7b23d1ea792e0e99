"""``--option name=value`` for the command: a ParseOptions field set from its text.

The names are the API's field names (nested groups dotted); the text is read as the
field's current type, and the options' own validators check the result.
"""

from __future__ import annotations

import argparse
import difflib
import json
from typing import Any

import attrs

from newsparse._options import DEFAULT_OPTIONS, ParseOptions


def option_fields(options: Any, prefix: str = "") -> dict[str, Any]:
    """Every settable field of ``options`` by dotted name (nested groups flattened)."""
    fields: dict[str, Any] = {}
    for field in attrs.fields(type(options)):
        if not field.init:
            continue
        value = getattr(options, field.name)
        name = prefix + field.alias
        if attrs.has(type(value)):
            fields.update(option_fields(value, name + "."))
        else:
            fields[name] = value
    return fields


def set_option(options: Any, name: str, text: str) -> Any:
    """``options`` with the field ``name`` (dotted for nested groups) set from ``text``.

    The text is read as the field's current value's type; the options' own validators
    check the result. Raises ValueError or TypeError with a message for the user.
    """
    known = option_fields(options)
    if name not in known:
        close = difflib.get_close_matches(name, known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see --list-options"
        raise ValueError(f"unknown option {name!r}{hint}")
    return _evolved(options, name.split("."), _value_like(known[name], text))


def _evolved(obj: Any, path: list[str], value: Any) -> Any:
    head, *rest = path
    if rest:
        value = _evolved(getattr(obj, head), rest, value)
    return attrs.evolve(obj, **{head: value})


def _value_like(current: Any, text: str) -> Any:
    if isinstance(current, bool):
        if text.strip().lower() not in _BOOLEANS:
            raise ValueError(f"{text!r} is not a boolean (true or false)")
        return _BOOLEANS[text.strip().lower()]
    if isinstance(current, int):
        return int(text.replace("_", ""))
    if isinstance(current, float):
        return float(text)
    if isinstance(current, str):
        return text
    try:
        return json.loads(text)  # None or a collection: take JSON, else the text itself
    except ValueError:
        return text


_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True,
             "0": False, "false": False, "no": False, "off": False}


def show_value(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def options_from_args(args: argparse.Namespace, parser: argparse.ArgumentParser) -> ParseOptions:
    options = DEFAULT_OPTIONS
    settings: list[str] = list(args.option)
    if args.strip_dateline:
        # Wherever strip_dateline sits among the option groups.
        names = [n for n in option_fields(options) if n.rsplit(".", 1)[-1] == "strip_dateline"]
        settings[:0] = [f"{n}=true" for n in names[:1]]
    for setting in settings:
        name, sep, text = setting.partition("=")
        if not sep:
            parser.error(f"--option {setting}: give it as NAME=VALUE")
        try:
            options = set_option(options, name.strip(), text)
        except (ValueError, TypeError) as exc:
            parser.error(f"--option {setting}: {exc}")
    result: ParseOptions = options
    return result
