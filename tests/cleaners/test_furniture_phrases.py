"""Comment-section notices and related-post and share headers of common blog software, in the
languages the rule library covers: removed with a rule, while sentences about the same
things stay."""

from __future__ import annotations

import pytest

from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules
from cleaners.rules.dispatch import Dispatch

RULES = compile_rules(BoilerplateConfig())
DISPATCH = Dispatch(RULES)


def first_rule(line: str) -> str | None:
    return next((r.id for r in RULES if r.search(line, line.lower())), None)


PHRASES = [
    ("Schreib einen Kommentar", "comment.form"),
    ("Kommentar verfassen", "comment.form"),
    ("Keine Kommentare Kommentare sind geschlossen.", "comment.form"),
    ("Comments are closed.", "comment.form"),
    ("12 Kommentare", "comment.form"),
    ("Kommentare (12)", "comment.form"),
    ("Commentaires (3)", "comment.form"),
    ("5 комментариев", "comment.form"),
    ("7 comentarios", "comment.form"),
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
    # the comment section's house rules and its prompt to react
    ("Comments are moderated before publication.", "comment.form"),
    (
        "Note: we are temporarily moderating all comments submitted to deal with spam.",
        "comment.form",
    ),
    ("All comments are subject to moderation.", "comment.form"),
    ("Please read our community guidelines before commenting.", "comment.form"),
    ("Les commentaires sont soumis à modération avant publication.", "comment.form"),
    ("Réagir à cet article", "comment.form"),
    ("Kommentare werden vor der Veröffentlichung geprüft.", "comment.form"),
    ("Los comentarios están sujetos a moderación.", "comment.form"),
    ("Комментарии проходят предварительную модерацию.", "comment.form"),
    ("Коментарі проходять модерацію.", "comment.form"),
    ("Your comment will appear after it has been approved by an editor.", "comment.form"),
    ("Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.", "comment.form"),
    ("Все комментарии проходят модерацию и появятся после проверки.", "comment.form"),
    ("Ваш комментарий будет опубликован после проверки модератором.", "comment.form"),
    ("Усі коментарі проходять модерацію і з'являться після перевірки.", "comment.form"),
    ("Ваш коментар буде опубліковано після перевірки модератором.", "comment.form"),
    ("Комментарии к этой статье закрыты.", "comment.form"),
    ("Коментарі до цієї статті закрито.", "comment.form"),
    ("Коментування цієї статті закрито.", "comment.form"),
    ("Обсуждение закрыто.", "comment.form"),
    # the reader's tools: listen, reading time, print, read on, a video's label, news tips
    ("Listen to this article", "widget.reader"),
    ("Artikel anhören", "widget.reader"),
    ("Écouter cet article", "widget.reader"),
    ("Escuchar este artículo", "widget.reader"),
    ("Слушать статью", "widget.reader"),
    ("Слухати статтю", "widget.reader"),
    ("Reading time: 3 minutes", "widget.reader"),
    ("Lesezeit: ca. 4 Min.", "widget.reader"),
    ("Temps de lecture : 3 min", "widget.reader"),
    ("Tiempo de lectura: 3 minutos", "widget.reader"),
    ("Время чтения: 3 минуты", "widget.reader"),
    ("Час читання: 3 хвилини", "widget.reader"),
    ("4 min read", "widget.reader"),
    ("Drucken", "widget.reader"),
    ("Imprimer", "widget.reader"),
    ("Imprimir", "widget.reader"),
    ("Continue reading", "nav.readon"),
    ("Lire la suite", "nav.readon"),
    ("Seguir leyendo", "nav.readon"),
    ("Leer más:", "nav.readon"),
    ("Читать далее", "nav.readon"),
    ("Читати далі…", "nav.readon"),
    ("Video", "video.label"),
    ("Video: Stadtrat stimmt ab", "video.label"),
    ("Vidéo : le conseil vote", "video.label"),
    ("Ver vídeo", "video.label"),
    ("Смотрите видео", "video.label"),
    ("Дивіться відео", "video.label"),
    ("Have a news tip? Contact us.", "cta.tip"),
    ("Sie haben einen Hinweis? Schreiben Sie uns.", "cta.tip"),
    ("Vous avez une information ? Contactez-nous.", "cta.tip"),
    ("¿Tienes una noticia? Escríbenos.", "cta.tip"),
    ("Есть новость? Пишите нам.", "cta.tip"),
    ("Маєте новину? Пишіть нам.", "cta.tip"),
    # where the story first ran, the agencies' material, the editor, a channel to follow
    ("Dieser Artikel erschien zuerst bei Spiegel Online.", "syndication.footer"),
    ("Cet article a été initialement publié sur Le Monde.", "syndication.footer"),
    ("Este artículo se publicó originalmente en El País.", "syndication.footer"),
    ("Материал впервые опубликован на сайте РБК.", "syndication.footer"),
    ("Матеріал вперше опубліковано на сайті УП.", "syndication.footer"),
    ("Mit Material von dpa und AFP", "syndication.footer"),
    ("Con información de EFE", "syndication.footer"),
    ("По материалам ТАСС", "syndication.footer"),
    ("За матеріалами УНІАН", "syndication.footer"),
    ("À lire également : Le conseil reporte le vote", "related.inline"),
    ("Editing by Mark Potter", "meta.contributors"),
    ("Mitarbeit: Anna Keller", "meta.contributors"),
    ("Підпишіться на наш Telegram-канал", "cta.social"),
    ("Подпишитесь на нашу рассылку", "cta.newsletter"),
    # the same labels in the other languages
    ("Nach oben", "nav.site"),
    ("Haut de page", "nav.site"),
    ("Volver arriba", "nav.site"),
    ("Вгору", "nav.site"),
    ("Anmelden", "nav.site"),
    ("Iniciar sesión", "nav.site"),
    ("Войти", "nav.site"),
    ("Schließen", "nav.site"),
    ("Закрити", "nav.site"),
    ("Mehr anzeigen", "nav.site"),
    ("Показать ещё", "nav.site"),
    ("Meistgelesen", "nav.site"),
    ("Lo más leído", "nav.site"),
    ("Найпопулярніше", "nav.site"),
    ("Wird geladen …", "nav.site"),
    ("Cargando...", "nav.site"),
    ("Auf Facebook teilen", "share.buttons"),
    ("Copier le lien", "share.buttons"),
    ("Скопіювати посилання", "share.buttons"),
    ("Contenu sponsorisé", "ad.label"),
    ("Contenido patrocinado", "ad.label"),
    ("На правах рекламы", "ad.label"),
    ("Partner content", "ad.label"),
    ("Abonnieren", "widget.buttons"),
    ("S'abonner", "widget.buttons"),
    ("Підписатися", "widget.buttons"),
    ("Artikel merken", "widget.buttons"),
    ("Gift this article", "widget.buttons"),
    ("Tout accepter", "widget.buttons"),
    ("Прийняти все", "widget.buttons"),
    ("Bild vergrößern", "widget.gallery"),
    ("Enlarge this image", "widget.gallery"),
    ("1 / 12", "widget.gallery"),
    ("Fehler melden", "widget.feedback"),
    ("Signaler une erreur", "widget.feedback"),
    ("Reportar un error", "widget.feedback"),
    ("Notice a typo? Select it and press Ctrl+Enter", "widget.feedback"),
    ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "widget.feedback"),
    ("Помітили помилку? Виділіть текст і натисніть Ctrl+Enter", "widget.feedback"),
    ("Следующая статья", "nav.posts"),
    ("Попередня стаття", "nav.posts"),
    ("Veuillez activer JavaScript", "nav.browser"),
    ("Dieser Inhalt ist in Ihrer Region nicht verfügbar", "nav.browser"),
    ("Möchten Sie weiterlesen?", "cta.paywall"),
    ("Ja. Ich bin Abonnent.", "cta.paywall"),
    ("Want to keep reading?", "cta.paywall"),
    ("¿Quieres seguir leyendo?", "cta.paywall"),
    # an affiliate disclosure without the word, and a row of the footer's links
    ("We may earn a commission when you buy through links on our site.", "ad.affiliate"),
    ("If you buy something through our links, we may earn a commission.", "ad.affiliate"),
    ("Terms of Use | Privacy Policy | Cookie Settings", "nav.footer"),
    ("Impressum | Datenschutz | Kontakt", "nav.footer"),
    ("À propos · Mentions légales · Confidentialité", "nav.footer"),
    # a prompt to subscribe to read on
    ("Jetzt kostenlos registrieren und weiterlesen", "cta.paywall"),
    ("Subscribe to continue reading.", "cta.paywall"),
    ("Abonnez-vous pour lire la suite", "cta.paywall"),
    ("Suscríbete para seguir leyendo", "cta.paywall"),
    ("Подпишитесь, чтобы читать дальше", "cta.paywall"),
    ("This article is only available to subscribers.", "cta.paywall"),
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
    # figure captions, and captions saying who stands where in the picture
    ("Abbildung 4: Die grösste Lawine wurde in Tschiertschen ausgelöst.", "caption.figure"),
    ("Abbildung: Schneehöhen im Mattertal", "caption.figure"),
    ("Figure 2. Snow depth at the station over the winter", "caption.figure"),
    ("Jane Roe (l.) und John Doe haben einen guten Draht.", "caption.people"),
    ("Mayor Jane Roe (left) and John Doe open the bridge.", "caption.people"),
    ("A tanker in the Antarctic on 11 February. EFE", "caption.credit"),
    # what a newsletter says it brings, and a form's consent line
    ("The latest news and insights from the team on security", "cta.newsletter"),
    ("The latest on artificial intelligence, from machine learning to robots", "cta.newsletter"),
    ("Wir informieren Sie täglich (werktags) über die Topthemen des Tages.", "cta.newsletter"),
    ("Ich bin mit der Verarbeitung meiner Daten einverstanden.", "form.consent"),
    ("Mit Absenden meiner E-Mail-Adresse willige ich in den Newsletter ein.", "form.consent"),
    ("By signing up, you agree to our Privacy Policy.", "form.consent"),
    # an embed's placeholder, a browser notice, a listing, the search prompt, a disclaimer
    ("Externer Inhalt", "nav.embed"),
    ("Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von X.", "nav.embed"),
    ("You are using a browser version with limited support for CSS.", "nav.browser"),
    ("Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", "nav.listing"),
    ("Showing 1–10 of 19 results", "nav.listing"),
    ("Es gibt derzeit keine bevorstehenden Veranstaltungen.", "nav.listing"),
    ("There are no upcoming events.", "nav.listing"),
    ("Haben Sie das Gesuchte nicht gefunden?", "nav.search"),
    ("Can't find what you're looking for?", "nav.search"),
    ("(Alle Angaben ohne Gewähr)", "page.disclaimer"),
    ("Les opinions exprimées dans les blogs n'engagent que leurs auteurs.", "page.disclaimer"),
    ("The views expressed here are those of the author alone.", "page.disclaimer"),
    ("Dieser Beitrag stammt aus Ausgabe 7/2019 der Zeitschrift.", "syndication.footer"),
    ("Jetzt registrieren", "nav.login"),
    (
        "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine "
        "Verbindung zu Twitter her.",
        "nav.embed",
    ),
    (
        "You are using an outdated browser. Please upgrade to improve your experience.",
        "nav.browser",
    ),
    ("Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.", "nav.browser"),
    ("Vous n'avez pas trouvé ce que vous cherchiez ?", "nav.search"),
    ("Ich stimme den Datenschutzbestimmungen dieser Website zu.", "form.consent"),
    (
        "Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte "
        "externer Links.",
        "page.disclaimer",
    ),
    (
        "Disclaimer: News articles on this site may contain opinions of the author.",
        "page.disclaimer",
    ),
    ("Schlagworte", "nav.tags"),
    ("Comics / demographics / economics / happy mutants", "nav.tags"),
    ("Beitragsbild: Titelseite der Zeitung vom 2.4.2019, Ausriss.", "caption.credit"),
    ("Unterstütze Lokalblatt bereits mit 2,50!", "cta.donate"),
    ("Wir verwenden Cookies. Klicke auf „OK“, um fortzufahren.", "nav.cookies"),
    ("Dein Browser ist leider veraltet.", "nav.browser"),
    ("Bewerten:", "blog.widget"),
    ("Rate this article", "blog.widget"),
    (
        "Immediate online access to all issues. Subscription will auto renew annually.",
        "cta.paywall",
    ),
]


@pytest.mark.parametrize(("line", "rule"), PHRASES)
def test_furniture_phrases_are_named(line: str, rule: str) -> None:
    assert first_rule(line) == rule


@pytest.mark.parametrize(("line", "rule"), PHRASES)
def test_the_cleaner_s_dispatch_finds_them_too(line: str, rule: str) -> None:
    """The dispatch tries a rule only when the line holds one of its hints or starts."""
    hit = DISPATCH.first(line)
    assert hit is not None and hit[0].id == rule


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
    "Figure 3 shows how the snow depth changed over the winter.",
    "Im Ofen (Mitte) in 15 Minuten backen, bis sie goldbraun sind.",
    "Sen. Jane Roe (R) said the bill would pass in the spring.",
    "The latest figures show that unemployment fell in May.",
    "The latest news from the front was grim, the officer said.",
    "Wir informieren Sie, sobald die Straße wieder frei ist, sagte die Polizei.",
    "Ich bin mit der Entscheidung des Gerichts nicht einverstanden, sagte der Kläger.",
    "Es gibt derzeit keine Pläne, die Veranstaltungen abzusagen, sagte der Sprecher.",
    "Showing 10 of the 19 paintings to the public was a risk, the curator said.",
    "Unterstütze uns, sagte sie, und wir bauen die Schule bis 2025, mit 2,50 Euro im Monat.",
    "Read it and/or weep / laugh, the critic wrote about the play.",
    "Der Sprecher sagte: „Wir verwenden Cookies nur, wenn es nötig ist“.",
    "Bewerten will die Kommission den Bericht erst im Herbst.",
    "The site said comments are moderated by a team of 40 contractors in Manila.",
    "Les commentaires de la ministre sont soumis à l'approbation du Premier ministre.",
    "Kommentare des Ministers werden im Landtag oft kritisiert.",
    "Réagir vite était essentiel, a expliqué le préfet.",
    "Your comment will appear in tomorrow's paper, the editor told the mayor.",
    "Комментарии к этой статье закрыты для анонимных читателей, сообщила редакция.",
    "Ваш комментарий будет опубликован в завтрашнем номере, сказал редактор.",
    "Print media lost a fifth of their readers in 2025, the report said.",
    "Video footage showed the car leaving the road before the crash.",
    "Reading time fell among teenagers for the third year, the study found.",
    "Есть информация, что министр уйдёт в отставку.",
    "Sie haben einen Hinweis auf den Täter gegeben, sagte die Polizei.",
    "Der Artikel erschien zuerst im Jahr 1998 in einer Fachzeitschrift und wurde oft zitiert.",
    "El artículo se publicó originalmente en 1998 en una revista científica.",
    "Материал впервые опубликован в 1998 году в научном журнале.",
    "Editing by hand took weeks, she said.",
    "Continue reading the report and you will find the numbers on page 12.",
    "Have a look at the map below?",
    "Schließen will die Stadt die Schule erst 2027, sagte der Bürgermeister.",
    "Iniciar sesión en el portal del ayuntamiento será obligatorio desde mayo.",
    "Ich bin Abonnent dieser Zeitung seit vierzig Jahren, schreibt ein Leser.",
    "The final score was 1 / 12 of what the club had hoped for.",
    "Partner content rules were changed by the regulator in May.",
    "The senator said she may earn a commission on the sale of the building.",
    "If you buy a house this year, the agent's commission will be higher, the report said.",
    "Sales | Marketing | Legal",
    "Subscribe to continue reading the paper, the mayor told residents on Tuesday.",
    "Kommentar",  # a newspaper's opinion column, not its comments
    "Report by the committee on Tuesday",
    "Tribune de Genève",  # a paper's name: "tribune de" takes a person's full name
    "A report by Human Rights Watch found the camps overcrowded.",
    "12 Kommentare zum Haushalt hat der Rat erhalten, sagte die Sprecherin.",
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
