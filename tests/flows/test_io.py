"""Atomic writes: whole files only, the usual permissions, no temporary files left."""

from __future__ import annotations

import json
import math
import os
import random
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import discovery, io


def test_write_atomic_replaces_whole_file_with_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "articles" / "a.txt"
        io.write_atomic(target, "first\n")
        io.write_atomic(target, "second\n")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "second\n"
    assert target.stat().st_mode & 0o777 == 0o644  # readable by the team, like any file
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_failed_write_leaves_old_content_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "index.jsonl"
    io.write_lines_atomic(target, ["a\n", "b\n"])

    def broken() -> object:
        yield "c\n"
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        io.write_lines_atomic(target, broken())  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "a\nb\n"
    assert [p.name for p in tmp_path.iterdir()] == ["index.jsonl"]


def test_discovered_paths_come_in_pathlib_order_without_hidden_files(tmp_path: Path) -> None:
    """String paths sorted part by part, as sorted Paths are: "a/b" before "a.b/c" (a plain
    string sort puts "." before "/"), hidden files and folders left out."""
    raw = tmp_path / "raw"
    names = ["a/b.txt", "a.b/c.txt", "a-b/d.txt", "a/z/e.txt", "a/.hidden.txt", ".git/x.txt"]
    names += ["B/f.txt", "a b/g.jsonl", "a/b/h.txt", "zz.txt"]
    for name in names:
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text("x\n", encoding="utf-8")
    expected = sorted(p for p in raw.rglob("*") if p.is_file() and ".git" not in p.parts)
    expected = [p for p in expected if not p.name.startswith(".")]
    for root in (raw, Path(str(raw) + "/")):
        got = discovery.discover_paths(root)
        assert got == [str(p) for p in expected]
        assert discovery.discover(root) == expected
    assert [Path(p).relative_to(raw).as_posix() for p in discovery.discover_paths(raw)][:3] == [
        "B/f.txt",
        "a/b/h.txt",
        "a/b.txt",
    ]


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_pretty_json_is_byte_for_byte_json_dumps_indent_2(value: Any) -> None:
    assert io.dumps_pretty(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "value",
    [
        {1: "int key", "a": [True, None]},  # json.dumps turns the key into "1"
        {"a": {2.5: 1}},
        [1, {"x"}],  # not JSON: the same TypeError as json.dumps
        {"s": '\u2028 line separator, \x00 control, "quote", caf\u00e9'},
    ],
)
def test_pretty_json_leaves_what_it_does_not_know_to_json_dumps(value: Any) -> None:
    try:
        expected = json.dumps(value, ensure_ascii=False, indent=2)
    except TypeError:
        with pytest.raises(TypeError):
            io.dumps_pretty(value)
        return
    assert io.dumps_pretty(value) == expected


@pytest.mark.parametrize("size", [0, 1, 5, 70_000, 3_000_000])
def test_holds_is_true_for_the_same_bytes_only(tmp_path: Path, size: int) -> None:
    target = tmp_path / "a.txt"
    payload = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    assert not io.holds(target, payload)  # no file
    io.write_atomic(target, payload)
    assert target.read_bytes() == payload  # written whole, however large
    assert io.holds(target, payload)
    assert not io.holds(target, payload + b"y")  # the file is shorter
    if size:
        assert not io.holds(target, payload[:-1])  # the file is longer
        assert not io.holds(target, payload[:-1] + bytes([payload[-1] ^ 1]))  # other bytes
    assert not io.holds(tmp_path, payload)  # a directory holds no bytes


def _every_character() -> list[str]:
    """Every code point but the surrogates, in strings of up to 512 characters."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    return ["a" + "".join(chars[i : i + 512]) + "\\" for i in range(0, len(chars), 512)]


def test_json_strings_are_escaped_as_the_standard_library_escapes_them() -> None:
    """``dumps_str`` and the strings of ``dumps_pretty`` (written by orjson where it is
    installed) against ``json.dumps``, for every code point: controls, quotes, backslashes,
    U+2028, DEL and the planes beyond the first all come out alike; a lone surrogate, which
    orjson refuses, as the standard library writes it."""
    texts = _every_character()
    texts += ["", '"', "\\", "\x00\x1f\x7f\u2028\u2029\ufeff", "caf\u00e9 \U0001f600", "a\ud800b"]
    for text in texts:
        assert io.dumps_str(text) == json.dumps(text, ensure_ascii=False)
    record = {"id": "x", "lines": texts}
    assert io.dumps_pretty(record) == json.dumps(record, ensure_ascii=False, indent=2)


def test_pretty_json_writes_numbers_and_odd_values_as_json_dumps_does() -> None:
    """Floats of every magnitude (the standard library writes an exponent below 1e-4 and from
    1e16 on, where orjson does not), NaN and infinities, ints beyond 64 bits, subclasses of
    the JSON types, and nesting deeper than orjson takes: all byte for byte ``json.dumps``."""
    rng = random.Random(27)
    floats = [0.0, -0.0, 1e-4, -1e-4, 1e16, -1e16, 5e-324, 1.7976931348623157e308]
    floats += [math.nextafter(1e-4, 0.0), math.nextafter(1e16, 0.0), 9.999999999999999e-05]
    floats += [float("nan"), float("inf"), -float("inf"), 0.1, 1 / 3, 2.0**53 + 1, 1e15 + 0.3]
    for _ in range(20_000):
        floats.append(rng.uniform(-1, 1) * 10 ** rng.uniform(-12, 22))
        floats.append(struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0])
        floats.append(round(rng.random(), rng.randint(1, 6)))
    for i in range(0, len(floats), 200):
        record = {"score": floats[i], "similarity": {"all": floats[i : i + 200]}}
        assert io.dumps_pretty(record) == json.dumps(record, ensure_ascii=False, indent=2)
    for value in floats:  # orjson is trusted with exactly the floats written without exponent
        plain = math.isfinite(value) and "e" not in repr(value)
        assert io._orjson_safe({"v": [value]}) == plain, value

    class Score(float):
        def __repr__(self) -> str:
            return "score"

    class Name(str):
        pass

    deep: Any = []
    for _ in range(300):
        deep = [deep]
    odd = [2**63 - 1, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**40, True, None]
    odd += [Score(0.5), Name("x"), {"k": Name("v")}, deep, (1, (2.5, "t"))]
    for value in odd:
        expected = json.dumps({"v": value}, ensure_ascii=False, indent=2)
        assert io.dumps_pretty({"v": value}) == expected
