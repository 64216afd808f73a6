"""Metadata from furniture, page by page: post dates, bylines and credits in the six languages
(en, de, fr, es, uk, ru), and the code page a Windows file is named by."""

from __future__ import annotations

import pytest

from cleaners.encoding import decode_bytes

# --- the code page of a Windows file ---------------------------------------------------------

# Curly quotes and dashes only: the same bytes in cp1250 and cp1252, so either decodes the
# text right, and the name is the commoner page's.
CURLY_ENGLISH = (
    "The mayor said: “We will rebuild the bridge.” It’s the council’s plan – and it will cost "
    "money, officials warned on Tuesday.\nResidents welcomed the news.\n"
)
UMLAUT_GERMAN = (
    "Der Bürgermeister sagte am Montag: „Wir bauen die Brücke wieder auf.“ Die Straße bleibt "
    "bis zum Sommer gesperrt, und die Händler in der Innenstadt sind verärgert.\n"
)
# Central European text really in cp1250, which cp1252 also decodes without an error (into
# the wrong letters: "ø" for "ř", "³" for "ł", "õ" for "ő").
CENTRAL_EUROPEAN = {
    "pl": (
        "Prezydent miasta zapowiedział w poniedziałek, że most zostanie odbudowany do końca "
        "przyszłego roku. „To nasz priorytet” – powiedział podczas konferencji w ratuszu."
    ),
    "cs": (
        "Starosta v pondělí řekl, že most přes řeku bude opraven do června příštího roku. "
        "„Je to naše priorita,“ dodal na tiskové konferenci na radnici."
    ),
    "sk": (
        "Primátor v pondelok povedal, že most cez rieku opravia do júna budúceho roka. "
        "„Je to naša priorita,“ dodal na tlačovej konferencii."
    ),
    "hu": (
        "A polgármester hétfőn bejelentette, hogy a hidat jövő év júniusáig felújítják. "
        "„Ez a legfontosabb feladatunk” – mondta a városházán tartott sajtótájékoztatón."
    ),
    "hr": (
        "Gradonačelnik je u ponedjeljak rekao da će most biti obnovljen do ljeta. „To je naš "
        "prioritet“, dodao je. Građani se žale na gužve u središtu grada."
    ),
    "sl": (
        "Župan je v ponedeljek dejal, da bodo most obnovili do poletja. „To je naša prednostna "
        "naloga,“ je dodal. Občani se pritožujejo nad gnečo v središču mesta."
    ),
}


@pytest.mark.parametrize("text", [CURLY_ENGLISH, UMLAUT_GERMAN], ids=["en", "de"])
def test_windows_1252_text_is_named_cp1252(text: str) -> None:
    data = text.encode("cp1252")
    assert data.decode("cp1250") == text  # the bytes alone cannot tell the two pages apart
    assert decode_bytes(data) == (text, "cp1252")


@pytest.mark.parametrize("lang", sorted(CENTRAL_EUROPEAN))
def test_central_european_text_in_cp1250_is_decoded_as_cp1250(lang: str) -> None:
    text = CENTRAL_EUROPEAN[lang]
    data = text.encode("cp1250")
    assert data.decode("cp1252") != text  # cp1252 would decode it, wrongly
    assert decode_bytes(data) == (text, "cp1250")
