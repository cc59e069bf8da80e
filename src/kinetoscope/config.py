"""Typed, frozen configuration: dataclasses built from TOML files and ``key=value`` overrides.

Every part of the system declares its own frozen dataclass (``VAEConfig``, ``DiTConfig``,
``TrainConfig``...) and validates itself in ``__post_init__``. This module only turns nested
dicts into those dataclasses, strictly: an unknown key or a value of the wrong type is a
``UserError`` that names the key, so a typo in a config never trains the wrong model.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from kinetoscope.errors import UserError

T = TypeVar("T")


def _coerce(tp: Any, value: Any, where: str) -> Any:
    """Convert a TOML/JSON value to the annotated type ``tp`` (recursing into dataclasses)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(arg, value, where)
            except UserError as e:  # try the next member of the union
                errors.append(str(e))
        raise UserError(errors[0] if errors else f"{where}: cannot be {value!r}.")
    if dataclasses.is_dataclass(tp):
        if isinstance(value, tp):
            return value
        if not isinstance(value, dict):
            raise UserError(f"{where}: expected a table of settings, got {value!r}.")
        return from_dict(tp, value, where)
    if origin in (tuple, list):
        if not isinstance(value, (list, tuple)):
            raise UserError(f"{where}: expected a list, got {value!r}.")
        args = typing.get_args(tp)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise UserError(f"{where}: expected {len(args)} values, got {len(value)}.")
            return tuple(_coerce(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
        inner = args[0] if args else Any
        items = [_coerce(inner, v, f"{where}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is typing.Literal:
        if value not in typing.get_args(tp):
            choices = ", ".join(repr(a) for a in typing.get_args(tp))
            raise UserError(f"{where}: must be one of {choices}, got {value!r}.")
        return value
    if tp is Any:
        return value
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (int, float, str, bool):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise UserError(f"{where}: expected {tp.__name__}, got {value!r}.")
        return value
    return value


def from_dict(cls: type[T], data: dict[str, Any], where: str = "config") -> T:
    """Build dataclass ``cls`` from ``data``, refusing unknown keys; defaults fill the rest."""
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        known = ", ".join(sorted(fields))
        raise UserError(f"{where}: unknown setting {unknown[0]!r} (known: {known}).")
    hints = typing.get_type_hints(cls)
    kwargs = {k: _coerce(hints[k], v, f"{where}.{k}") for k, v in data.items()}
    try:
        return cls(**kwargs)
    except TypeError as e:  # a required field is missing
        raise UserError(f"{where}: {e}.") from None
    except ValueError as e:  # __post_init__ validation
        raise UserError(f"{where}: {e}") from None


def to_dict(obj: Any) -> dict[str, Any]:
    """A dataclass as plain JSON/TOML-able data (tuples become lists)."""
    return json.loads(json.dumps(dataclasses.asdict(obj)))


def parse_overrides(overrides: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """``["model.depth=4", "lr=1e-3", "name=run"]`` -> nested dict; values parse as TOML."""
    out: dict[str, Any] = {}
    for item in overrides:
        if "=" not in item:
            raise UserError(f"Override {item!r} must look like key=value (e.g. model.depth=4).")
        key, raw = item.split("=", 1)
        try:
            value = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw  # a bare string such as name=run
        node = out
        *parents, leaf = key.strip().split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return out


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``extra`` into a copy of ``base``."""
    out = dict(base)
    for k, v in extra.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_toml(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise UserError(f"Config file {path} does not exist.") from None
    except tomllib.TOMLDecodeError as e:
        raise UserError(f"Config file {path} is not valid TOML: {e}.") from None


def load(cls: type[T], path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> T:
    """Load ``cls`` from an optional TOML file plus command-line overrides."""
    data = load_toml(path) if path is not None else {}
    return from_dict(cls, merge(data, parse_overrides(overrides)), str(path or "config"))
