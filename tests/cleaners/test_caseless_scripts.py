"""Scripts without letter case (Japanese, Chinese, Bengali ...): their sentence ends and
headings are read like the others', so a sidebar after a Japanese post goes and its last
sentences stay."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import strip_boilerplate
from cleaners.config import BoilerplateConfig
from cleaners.lineshape import is_heading, is_sentence
from cleaners.rules import compile_rules

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)


@pytest.mark.parametrize(
    "line",
    [
        "これでようやく元の操作性を取り戻せました。",
        "你今天吃饭了吗？",
        "করোনায় আরও ৩২ জনের মৃত্যু হয়েছে।",
        "「なし」にして下の「適用」をクリックしてください。」",
    ],
)
def test_sentence_ends_of_other_scripts(line: str) -> None:
    assert is_sentence(line)
    assert not is_heading(line)


def test_a_caseless_line_has_a_heading_s_shape_unless_asked_for_capitals() -> None:
    assert is_heading("このブログの管理人")
    assert not is_heading("このブログの管理人", caseless=False)
    assert is_heading("Speccyのportable版", caseless=False)  # a capital still shows it
    assert not is_heading("über uns")  # a lower-case start in a cased script never does


HEADLINE = "Kindle for PCをショートカットキーで立ち上がらなくする方法"
BODY = [
    "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと"
    "思いますが、パソコンで読むこともあります。",
    "特に困ったのが、起動ショートカットキーに関する設定です。パスワード管理ソフトと同じ"
    "キーが使われていました。",
    "再起動して完了",
    "ショートカットの欄を空欄にしただけでは、一度パソコンを再起動する必要があります。",
    "これでようやく元の操作性を取り戻せました。",
]
SIDEBAR = [
    "このブログの管理人",
    "本日の人気記事一覧",
    "カテゴリ",
    "日記、雑記(8)",
    "ランダム記事",
    "点がひとつの異体字をWordに表示させる方法",
    "月別",
    "2019年11月",
    "2019年4月",
    "運営サイト",
]


def test_a_sidebar_after_a_japanese_post_goes_and_its_last_sentences_stay() -> None:
    r = strip_boilerplate([HEADLINE, *BODY, *SIDEBAR], RULES, CFG)
    assert r.title == HEADLINE
    for line in BODY[:2] + BODY[3:]:
        assert line in r.paragraphs
    assert not set(SIDEBAR) & set(r.paragraphs)


def test_in_an_html_page_s_main_content_caseless_lines_at_the_end_stay() -> None:
    # song lyrics at the end of an article the extractor chose: no capital marks a heading
    lyrics = ["只能想念你", "Zhi neng xiang nian ni", "想念你 想念你", "Xiang nian ni"]
    r = strip_boilerplate([HEADLINE, *BODY, *lyrics], RULES, CFG, structured=True)
    assert "想念你 想念你" in r.paragraphs and "只能想念你" in r.paragraphs
