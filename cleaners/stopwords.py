"""Function words of the languages newsclean meets most, for stopword density.

Prose is dense in function words ("the", "of", "und", "что"); menus, bylines, teaser headlines
and share labels are not. Short hand-made lists are enough for a density: the most frequent
forms of each language, lower case.
"""

from __future__ import annotations

_LISTS = {
    "en": "a an the and or but if of to in on at by for with from as into about after over "
    "under than then that this these those there here is are was were be been being has have "
    "had do does did will would can could should may might must not no it its he she they we "
    "you i his her their our your him them us who whom which what when where why how all any "
    "some more most other such only also just so very said says up out",
    "de": "der die das den dem des ein eine einen einem einer und oder aber wenn von zu im in "
    "am an auf für mit aus nach bei über unter als dass ist sind war waren wird werden hat "
    "haben hatte nicht kein keine es er sie wir ihr ich sich auch noch nur so wie was wer wo "
    "zum zur vom beim durch gegen ohne um",
    "fr": "le la les un une des du de et ou mais si à au aux en dans sur par pour avec sans "
    "sous que qui quoi dont est sont était étaient sera a ont avait ne pas plus il elle ils "
    "elles nous vous je se sa son ses leur leurs ce cette ces comme aussi très été",
    "es": "el la los las un una unos unas y o pero si de del a al en por para con sin sobre "
    "que quien cual es son era fue ha han había no más se su sus le les lo como también muy "
    "este esta estos estas ese esa entre cuando donde",
    "it": "il lo la i gli le un una e o ma se di del della dei delle a al alla in nel nella "
    "su per con da che chi è sono era ha hanno non più si suo sua come anche molto questo",
    "pt": "o a os as um uma e ou mas se de do da dos das em no na nos nas por para com sem "
    "que quem é são era foi tem não mais se seu sua como também muito este esta",
    "nl": "de het een en of maar als van te in op aan bij voor met uit naar over onder dan "
    "dat die dit is zijn was waren wordt worden heeft hebben niet geen ook nog zo hoe wat",
    "ru": "и в во не что он она они мы вы я на с со как а то все его её их но да по к у же "
    "за из от о об для при до так было был была были быть это этот эта эти который "
    "которая которые если или ли также уже только ещё когда где",
    "uk": "і й та в у на з із зі не що він вона вони ми ви я як а то все його її їх але по "
    "до за від про для при так було був була були бути це цей ця ці який яка які якщо "
    "або також вже тільки ще коли де",
    "pl": "i w we z ze na do nie że to jest są był była było się jak a ale o od po za dla "
    "przez przy czy co kto który która które jego jej ich tak także już tylko",
}

STOPWORDS: frozenset[str] = frozenset(w for words in _LISTS.values() for w in words.split())
