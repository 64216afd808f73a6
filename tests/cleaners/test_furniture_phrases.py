"""Comment-section notices and related-post and share headers of common blog software, in the
languages the rule library covers: removed with a rule, while sentences about the same
things stay."""

from __future__ import annotations

import pytest

from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules

RULES = compile_rules(BoilerplateConfig())


def first_rule(line: str) -> str | None:
    return next((r.id for r in RULES if r.search(line, line.lower())), None)


PHRASES = [
    ("Schreib einen Kommentar", "comment.form"),
    ("Kommentar verfassen", "comment.form"),
    ("Keine Kommentare Kommentare sind geschlossen.", "comment.form"),
    ("Comments are closed.", "comment.form"),
    ("Your comment is awaiting moderation.", "comment.form"),
    ("Dein Kommentar muss noch freigegeben werden.", "comment.form"),
    ("Votre commentaire est en attente de modération.", "comment.form"),
    ("Tu comentario está pendiente de moderación.", "comment.form"),
    ("Ваш коментар очікує на модерації.", "comment.form"),
    ("Vos réactions (11)", "comment.form"),
    ("Ähnliche Beiträge", "related.header"),
    ("Beliebte Beiträge zum Thema:", "related.header"),
    ("Articles similaires", "related.header"),
    ("Entradas relacionadas", "related.header"),
    ("Weiterlesen:", "related.header"),
    ("Weitere Artikel zum Thema", "related.header"),
    ("Das könnte Sie auch interessieren!", "related.header"),
    ("Teilen mit:", "share.buttons"),
    ("Show more sharing options", "share.buttons"),
    # a blog engine's filing footer
    ("This entry was posted in News. Bookmark the permalink.", "blog.postmeta"),
    ("Dieser Eintrag wurde veröffentlicht in Politik. Permanentlink.", "blog.postmeta"),
    ("Dieser Beitrag wurde am 04/02/2020 von kj in Recht veröffentlicht.", "blog.postmeta"),
    ("Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux.", "blog.postmeta"),
    ("Cette entrée a été publiée dans Actualités.", "blog.postmeta"),
    ("Esta entrada fue publicada en Noticias.", "blog.postmeta"),
    # comment prompts and a comment's own header
    ("Hinterlasse jetzt einen Kommentar", "comment.form"),
    ("Du musst angemeldet sein, um einen Kommentar abzugeben.", "comment.form"),
    ("Sie müssen sich einloggen, um sich an einer Diskussion zu beteiligen.", "comment.form"),
    ("Kommentieren Sie hier", "comment.form"),
    ("Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.", "comment.form"),
    ("Kommentare, die gegen die Netiquette verstoßen, werden gelöscht.", "comment.form"),
    ("Please read our netiquette before you post.", "comment.form"),
    ("Comment by Jane Roe — 17.07, 2011 @ 13:04", "comment.form"),
    ("Vous devez être connecté pour publier un commentaire.", "comment.form"),
    # share prompts
    ("Teilen Sie dies mit:", "share.buttons"),
    ("Diese Geschichte teilen", "share.buttons"),
    ("Dir hat der Artikel gefallen? Jetzt teilen...", "share.buttons"),
    ("Be Sociable, Share!", "share.buttons"),
    # the writer's other posts, previous and next post with the title run on
    ("Zeige alle Beiträge von Simon Roe →", "nav.posts"),
    ("View all posts by Jane Roe", "nav.posts"),
    ("Alle Artikel von Jane Roe", "nav.posts"),
    ("Latest posts by Jane Roe", "nav.posts"),
    ("Previous articleCouncil Plans to Turn Landfill Into Park", "nav.posts"),
    ("Article suivant Les rapatriés de Wuhan rentrent chez eux", "nav.posts"),
    ("Vorheriger Beitrag", "nav.posts"),
    # section headings of the page
    ("Neueste Artikel", "nav.site"),
    ("Inhaltsverzeichnis", "nav.site"),
    ("Impressum", "nav.site"),
    # cookie notices
    ("Diese Website verwendet Cookies. Wenn du weiter liest, ...", "nav.cookies"),
    ("We use cookies to improve your experience on our site.", "nav.cookies"),
    ("Nous utilisons des cookies pour améliorer notre offre.", "nav.cookies"),
    ("Informujemy, że korzystamy z cookies.", "nav.cookies"),
    # sign-up boxes and appeals
    ("Um neue Beiträge per E-Mail zu erhalten, hier eintragen.", "cta.newsletter"),
    ("Abonniere unseren Newsletter und erfahre alles rund ums Studium.", "cta.newsletter"),
    ("Get the latest news straight to your phone with the Gazette app.", "cta.newsletter"),
    ("Join readers who get our picks delivered to their inboxes.", "cta.newsletter"),
    ("Je fais un don à Attac", "cta.donate"),
    ("Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen.", "cta.donate"),
    # a caption whose credit names a picture library in brackets
    ("Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)", "caption.credit"),
    ("Der Verband fordert Aufklärung. (Quelle: Roe/Unsplash/DJV)", "caption.credit"),
    ("A tanker at the port of Rotterdam. Mike Roe/Reuters files", "caption.credit"),
    ("Cargo found in the hold. By U.S. CUSTOMS AND BORDER PROTECTION", "caption.credit"),
    ("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision.", "ad.affiliate"),
    ("Erfahre mehr", "nav.site"),
    ("Mehr Kolumnen auf Spielewelt:", "related.header"),
    ("more stories you may have missed", "related.header"),
    (":: Relevantes aus dem Blog-Archiv:", "related.header"),
    ("Interessantes aus unserem Blog", "related.header"),
    ("Lesen Sie hier einen weiteren spannenden Beitrag …", "related.header"),
    ("Learn more →", "nav.site"),
    ("En savoir plus", "nav.site"),
]


@pytest.mark.parametrize(("line", "rule"), PHRASES)
def test_furniture_phrases_are_named(line: str, rule: str) -> None:
    assert first_rule(line) == rule


SENTENCES = [
    "The comments are closed for now, the editor said, after a week of threats.",
    "Ähnliche Beiträge gab es schon im vergangenen Jahr, sagte die Ministerin.",
    "Teilen mit anderen Gemeinden will die Stadt die Kosten für den Winterdienst.",
    "Next year the council will vote again on the plan.",
    "Previous articles in this series looked at the city's budget.",
    "Kommentieren wollte der Minister den Bericht am Dienstag nicht.",
    "The regulator said the site uses cookies to track readers across other websites, "
    "which the law forbids without consent.",
    "„Wir verwenden Cookies nur, wenn es nötig ist“, sagte der Sprecher.",
    "Nächste Woche will der Rat über den Beitrag der Stadt entscheiden.",
    "The law was passed in May. By NOW the deadline has gone.",
    "Learn more about the plan at the town hall meeting on Friday, the mayor said.",
    "Mehr Artikel auf Deutsch will die Zeitung im nächsten Jahr drucken, sagte der Verleger.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_sentences_about_the_same_things_stay(line: str) -> None:
    assert first_rule(line) is None


def test_a_site_s_licence_note_is_furniture_and_a_sentence_about_licences_is_not() -> None:
    from cleaners.layout import judge_line

    note = "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert."
    assert judge_line(note, 1, True)[1] == "layout.copyright"
    prose = "The museum said it would publish its archive so that schools could use it freely."
    assert judge_line(prose, 1, True)[1] is None
