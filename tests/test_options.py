from __future__ import annotations

import pytest

from tidings import ConfigError, load_options


def test_defaults_apply_when_nothing_is_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    opts = load_options(env={})
    assert opts.db == "tidings.db"
    assert opts.max_bytes == 5_000_000


@pytest.mark.parametrize(
    "toml, env, overrides, expected",
    [
        ("max_bytes = 10", {}, {}, 10),
        ("[tidings]\nmax_bytes = 11", {}, {}, 11),
        ("max_bytes = 10", {"TIDINGS_MAX_BYTES": "20"}, {}, 20),
        ("max_bytes = 10", {"TIDINGS_MAX_BYTES": "20"}, {"max_bytes": 30}, 30),
    ],
)
def test_precedence_is_file_then_env_then_arguments(tmp_path, toml, env, overrides, expected):
    cfg = tmp_path / "t.toml"
    cfg.write_text(toml)
    assert load_options(cfg, env=env, **overrides).max_bytes == expected


@pytest.mark.parametrize("toml", ["nonsense = 1", "max_bytes = 'many'", "max_bytes = ["])
def test_bad_config_raises_one_line_config_error(tmp_path, toml):
    cfg = tmp_path / "t.toml"
    cfg.write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_options(cfg, env={})
    assert "\n" not in str(info.value)
    assert str(cfg) in str(info.value) or "nonsense" in str(info.value)


def test_list_settings_accept_comma_separated_env():
    opts = load_options(env={"TIDINGS_LANGUAGES": "en, de"})
    assert opts.languages == ["en", "de"]


@pytest.mark.parametrize("text", [
    "db = 'x.db'\n[watch]\ndelay = 2\n",
    "[tidings]\ndb = 'x.db'\n[tidings.watch]\ndelay = 2\n",
    "[tidings]\ndb = 'x.db'\n[watch]\ndelay = 2\n",
])
def test_a_watch_table_beside_the_settings_is_left_to_the_watch(tmp_path, text):
    path = tmp_path / "tidings.toml"
    path.write_text(text, encoding="utf-8")
    assert load_options(path).db == "x.db"


def test_an_unknown_table_is_still_an_unknown_setting(tmp_path):
    path = tmp_path / "tidings.toml"
    path.write_text("db = 'x.db'\n[wacth]\ndelay = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="wacth"):
        load_options(path)
