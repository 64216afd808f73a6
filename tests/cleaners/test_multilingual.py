"""Furniture in the six languages the product promises: en, uk, ru, de, fr, es."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import strip_boilerplate
from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)

BODY = {
    "en": "The council approved the new budget on Tuesday after a debate that lasted all night.",
    "uk": "Міська рада ухвалила новий бюджет у вівторок після дебатів, які тривали всю ніч.",
    "ru": "Городской совет утвердил новый бюджет во вторник после дебатов, длившихся всю ночь.",
    "de": "Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt beschlossen.",
    "fr": "Le conseil municipal a adopté le budget mardi après un débat qui a duré la nuit.",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un debate que duró la noche.",
    "pl": "Rada miasta przyjęła we wtorek nowy budżet po debacie, która trwała całą noc.",
}

FURNITURE = [
    # calls to action
    ("uk", "Підписуйтесь на наш Telegram-канал", "cta.social"),
    ("ru", "Подписывайтесь на наш канал в Telegram", "cta.social"),
    ("de", "Folgen Sie uns auf Instagram", "cta.social"),
    ("fr", "Suivez-nous sur Twitter", "cta.social"),
    ("es", "Síguenos en Facebook", "cta.social"),
    ("en", "Follow us on Twitter", "cta.social"),
    # captions with credits
    ("uk", "Мер міста під час засідання. Фото: Іван Петренко", "caption.credit"),
    ("de", "Der Bürgermeister bei der Sitzung. Foto: dpa", "caption.credit"),
    ("fr", "Le maire lors de la séance. Photo : AFP", "caption.credit"),
    ("es", "El alcalde durante la sesión. Foto: EFE", "caption.credit"),
    # related-story headers
    ("uk", "Читайте також", "related.header"),
    ("ru", "Читайте также:", "related.header"),
    ("de", "Lesen Sie auch", "related.header"),
    ("fr", "À lire aussi", "related.header"),
    ("es", "Te puede interesar", "related.header"),
    ("de", "Auch interessant:", "related.header"),
    # related-story teasers on one line
    ("de", "Auch interessant: Stadtrat streitet über den neuen Haushalt", "related.inline"),
    ("uk", "Дивіться також: Міська рада ухвалила новий бюджет", "related.inline"),
    ("ru", "Смотрите также: Городской совет утвердил новый бюджет", "related.inline"),
    ("fr", "Voir aussi : Le conseil municipal adopte le budget", "related.inline"),
    ("es", "Lea también: El ayuntamiento aprueba el presupuesto", "related.inline"),
    # agency credit lines and notification prompts
    ("fr", "Avec AFP", "syndication.footer"),
    ("es", "(Con EFE)", "syndication.footer"),
    ("en", "Never miss a story: turn on notifications for Kyiv Wire.", "cta.app"),
    # comment forms
    ("uk", "Залишити коментар", "comment.form"),
    ("ru", "Оставить комментарий", "comment.form"),
    ("de", "Kommentar schreiben", "comment.form"),
    ("fr", "Laisser un commentaire", "comment.form"),
    ("es", "Deja un comentario", "comment.form"),
]


# Every language x category of the product promise (calls to action, donation appeals, app
# and notification prompts, captions and photo labels, related-story headers, comment forms,
# share labels, source footers, tag lists, newsletter boxes), several phrasings each.
FURNITURE_BY_CATEGORY = [
    ("en", "Subscribe to our YouTube channel", "cta.social"),
    ("en", "Join our Telegram channel for breaking news", "cta.social"),
    ("en", "Download our app", "cta.app"),
    ("en", "Enable push notifications to get breaking news first", "cta.app"),
    ("en", "You have read 3 of 5 free articles this month.", "cta.paywall"),
    ("fr", "Vous avez lu 1 des 4 articles gratuits ce mois-ci.", "cta.paywall"),
    ("de", "Sie haben bereits 4 von 5 kostenlosen Artikeln gelesen.", "cta.paywall"),
    ("es", "Has leído 2 de 10 artículos gratuitos este mes.", "cta.paywall"),
    ("uk", "Ви прочитали 3 з 5 безкоштовних матеріалів цього місяця.", "cta.paywall"),
    ("ru", "Вы прочитали 3 из 5 бесплатных статей в этом месяце.", "cta.paywall"),
    ("en", "Support us", "cta.donate"),
    ("en", "Support independent journalism", "cta.donate"),
    ("en", "Donate now", "cta.donate"),
    ("en", "Become a supporter", "cta.donate"),
    ("en", "Support our work: make a donation today", "cta.donate"),
    ("en", "If you value our reporting, please consider making a donation.", "cta.donate"),
    ("en", "Please support us: every donation helps keep our reporting free.", "cta.donate"),
    ("en", "We are funded by readers like you. Please consider supporting us today.", "cta.donate"),
    ("en", "Journalism costs money. Please donate to keep it free for everyone.", "cta.donate"),
    ("en", "If you enjoyed this article, please consider supporting us on Patreon.", "cta.donate"),
    ("en", "Please consider making a donation of any size.", "cta.donate"),
    ("uk", "Будь ласка, підтримайте нас донатом.", "cta.donate"),
    ("uk", "Ми працюємо завдяки читачам. Будь ласка, підтримайте нас.", "cta.donate"),
    ("ru", "Пожалуйста, поддержите нас.", "cta.donate"),
    (
        "ru",
        "Мы существуем благодаря читателям. Пожалуйста, поддержите нас любой суммой.",
        "cta.donate",
    ),
    ("en", "Get the Kyiv Wire app for breaking news alerts", "cta.app"),
    ("en", "Turn on browser notifications", "cta.app"),
    ("de", "Aktivieren Sie die Benachrichtigungen, um keine Eilmeldung zu verpassen", "cta.app"),
    ("fr", "Activez les notifications pour ne rien manquer", "cta.app"),
    ("ru", "Включите push-уведомления, чтобы первыми узнавать новости", "cta.app"),
    ("uk", "Встановіть наш мобільний застосунок", "cta.app"),
    ("ru", "Установите наше приложение для Android", "cta.app"),
    ("de", "Holen Sie sich unsere kostenlose App", "cta.app"),
    ("fr", "Installez notre application gratuite", "cta.app"),
    ("es", "Descárgate nuestra aplicación para iPhone", "cta.app"),
    ("uk", "Встановіть застосунок", "cta.app"),
    ("ru", "Скачайте приложение РБК", "cta.app"),
    ("de", "Unsere App installieren", "cta.app"),
    ("fr", "Installez l'application", "cta.app"),
    ("es", "Instala la app", "cta.app"),
    ("uk", "Ілюстративне фото", "caption.label"),
    ("ru", "Иллюстративное фото", "caption.label"),
    ("de", "Archivbild: dpa", "caption.label"),
    ("es", "Foto de archivo", "caption.label"),
    ("fr", "Photo d'archives : AFP", "caption.label"),
    ("uk", "Підписуйтеся на наш YouTube-канал", "cta.social"),
    ("uk", "Приєднуйтесь до нашого Telegram-каналу", "cta.social"),
    ("uk", "Стежте за нами в Instagram", "cta.social"),
    ("uk", "Завантажуйте наш застосунок для iOS та Android", "cta.app"),
    ("uk", "Завантажте додаток", "cta.app"),
    ("uk", "Увімкніть сповіщення, щоб не пропустити головне", "cta.app"),
    ("uk", "Підтримайте нас", "cta.donate"),
    ("uk", "Підтримайте незалежну журналістику", "cta.donate"),
    ("uk", "Підтримати редакцію на Patreon", "cta.donate"),
    ("ru", "Присоединяйтесь к нашему каналу в Telegram", "cta.social"),
    ("ru", "Следите за нами в Instagram", "cta.social"),
    ("ru", "Скачайте наше приложение", "cta.app"),
    ("ru", "Скачайте приложение", "cta.app"),
    ("ru", "Включите уведомления", "cta.app"),
    ("ru", "Поддержите нас", "cta.donate"),
    ("ru", "Поддержите независимую журналистику", "cta.donate"),
    ("ru", "Поддержать редакцию", "cta.donate"),
    ("de", "Folge uns auf Instagram", "cta.social"),
    ("de", "Abonnieren Sie unseren Telegram-Kanal", "cta.social"),
    ("de", "Treten Sie unserem WhatsApp-Kanal bei", "cta.social"),
    ("de", "Laden Sie sich unsere App herunter", "cta.app"),
    ("de", "Jetzt die App herunterladen", "cta.app"),
    ("de", "Push-Benachrichtigungen aktivieren", "cta.app"),
    ("de", "Unterstützen Sie uns", "cta.donate"),
    ("de", "Unterstützen Sie unabhängigen Journalismus", "cta.donate"),
    ("de", "Jetzt spenden", "cta.donate"),
    ("fr", "Suivez-nous sur Instagram et Twitter", "cta.social"),
    ("fr", "Abonnez-vous à notre chaîne YouTube", "cta.social"),
    ("fr", "Rejoignez notre chaîne WhatsApp", "cta.social"),
    ("fr", "Téléchargez notre application", "cta.app"),
    ("fr", "Téléchargez l'application", "cta.app"),
    ("fr", "Activez les notifications", "cta.app"),
    ("fr", "Soutenez-nous", "cta.donate"),
    ("fr", "Faites un don", "cta.donate"),
    ("fr", "Soutenez le journalisme indépendant", "cta.donate"),
    ("es", "Síguenos en Twitter e Instagram", "cta.social"),
    ("es", "Suscríbete a nuestro canal de YouTube", "cta.social"),
    ("es", "Únete a nuestro canal de Telegram", "cta.social"),
    ("es", "Descarga nuestra app", "cta.app"),
    ("es", "Descarga la aplicación", "cta.app"),
    ("es", "Activa las notificaciones", "cta.app"),
    ("es", "Apóyanos", "cta.donate"),
    ("es", "Haz una donación", "cta.donate"),
    ("es", "Apoya el periodismo independiente", "cta.donate"),
    ("uk", "Фото: УНІАН", "caption.credit"),
    ("uk", "Фото ілюстративне", "caption.label"),
    ("uk", "Фото з відкритих джерел", "caption.label"),
    ("ru", "Фото: ТАСС", "caption.credit"),
    ("ru", "Фото из открытых источников", "caption.label"),
    ("ru", "Депутаты на заседании Госдумы. Фото: РИА Новости", "caption.credit"),
    ("de", "Bild: picture alliance/dpa", "caption.credit"),
    ("de", "Bildquelle: dpa", "caption.credit"),
    ("de", "Symbolbild", "caption.label"),
    ("de", "Foto: Max Mustermann/dpa", "caption.credit"),
    ("fr", "Crédit photo : AFP", "caption.credit"),
    ("fr", "Photo d'illustration", "caption.label"),
    ("es", "Imagen: EFE", "caption.credit"),
    ("es", "Fotografía: EFE", "caption.credit"),
    ("es", "Imagen de archivo", "caption.label"),
    ("es", "El alcalde en el ayuntamiento. Foto: EFE/Juan Pérez", "caption.credit"),
    ("en", "Photograph: Jane Doe/The Guardian", "caption.credit"),
    ("en", "File photo", "caption.label"),
    ("uk", "Також читайте", "related.header"),
    ("uk", "Дивіться також", "related.header"),
    ("uk", "Також читайте: Рада ухвалила бюджет", "related.inline"),
    ("ru", "Смотрите также", "related.header"),
    ("ru", "Новости по теме", "related.header"),
    ("ru", "Читайте еще: Совет утвердил бюджет", "related.inline"),
    ("de", "Das könnte Sie auch interessieren", "related.header"),
    ("fr", "Lire également", "related.header"),
    ("fr", "Vous aimerez aussi", "related.header"),
    ("es", "Ver también", "related.header"),
    ("es", "Artículos relacionados", "related.header"),
    ("es", "Lea además: El ayuntamiento aprueba el presupuesto", "related.inline"),
    ("en", "More on this story", "related.header"),
    ("en", "Read more: Council approves budget after all-night debate", "related.inline"),
    ("en", "Related: Mayor promises new bridge by 2027", "related.inline"),
    ("fr", "À lire aussi : Le conseil adopte le budget", "related.inline"),
    ("uk", "Читайте також: Рада ухвалила бюджет на 2026 рік", "related.inline"),
    ("en", "Leave a Reply Cancel reply", "comment.form"),
    ("en", "Post Comment", "comment.form"),
    ("en", "Name *", "comment.form"),
    (
        "en",
        "Your email address will not be published. Required fields are marked *",
        "comment.form",
    ),
    ("uk", "Залишити відповідь", "comment.form"),
    ("uk", "Ваша адреса електронної пошти не буде опублікована.", "comment.form"),
    ("uk", "Обов'язкові поля позначені *", "comment.form"),
    ("uk", "Надіслати коментар", "comment.form"),
    ("ru", "Оставить ответ", "comment.form"),
    ("ru", "Ваш адрес email не будет опубликован. Обязательные поля помечены *", "comment.form"),
    ("ru", "Отправить комментарий", "comment.form"),
    ("de", "Schreibe einen Kommentar", "comment.form"),
    ("de", "Antworten abbrechen", "comment.form"),
    (
        "de",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "comment.form",
    ),
    ("de", "Kommentar abschicken", "comment.form"),
    ("fr", "Laisser une réponse", "comment.form"),
    ("fr", "Votre adresse e-mail ne sera pas publiée.", "comment.form"),
    ("fr", "Les champs obligatoires sont indiqués avec *", "comment.form"),
    ("fr", "Publier le commentaire", "comment.form"),
    ("es", "Deja una respuesta", "comment.form"),
    ("es", "Tu dirección de correo electrónico no será publicada.", "comment.form"),
    ("es", "Los campos obligatorios están marcados con *", "comment.form"),
    ("es", "Publicar el comentario", "comment.form"),
    ("es", "Cancelar respuesta", "comment.form"),
    ("uk", "Поділитися", "share.buttons"),
    ("uk", "Поділитися у Facebook", "share.buttons"),
    ("ru", "Поделиться", "share.buttons"),
    ("ru", "Поделиться в Facebook", "share.buttons"),
    ("de", "Teilen", "share.buttons"),
    ("de", "Diesen Artikel teilen", "share.buttons"),
    ("fr", "Partager", "share.buttons"),
    ("fr", "Partager sur Facebook", "share.buttons"),
    ("es", "Compartir", "share.buttons"),
    ("es", "Compartir en Facebook", "share.buttons"),
    ("en", "Share this article", "share.buttons"),
    ("fr", "Source : AFP", "syndication.footer"),
    ("en", "Source: Reuters", "syndication.footer"),
    ("uk", "Джерело: Міністерство оборони України", "syndication.footer"),
    ("ru", "Источник: ТАСС", "syndication.footer"),
    ("de", "Quelle: dpa", "syndication.footer"),
    ("es", "Fuente: EFE", "syndication.footer"),
    ("en", "Tags: Ukraine, Russia, war", "nav.tags"),
    ("en", "Filed under: Politics", "nav.tags"),
    ("uk", "Теги: політика, економіка", "nav.tags"),
    ("uk", "Мітки: Київ", "nav.tags"),
    ("ru", "Теги: Украина, Россия", "nav.tags"),
    ("ru", "Метки: Москва", "nav.tags"),
    ("de", "Schlagwörter: Ukraine, Russland", "nav.tags"),
    ("de", "Themen: Ukraine, Russland", "nav.tags"),
    ("fr", "Mots-clés : Ukraine, Russie", "nav.tags"),
    ("fr", "Tags : Ukraine, Russie", "nav.tags"),
    ("es", "Etiquetas: Ucrania, Rusia", "nav.tags"),
    ("es", "Temas: política", "nav.tags"),
    ("en", "Get the best of our journalism in your inbox every morning.", "cta.newsletter"),
    ("en", "Thanks for subscribing!", "cta.newsletter"),
    ("uk", "Підписатися на розсилку", "cta.newsletter"),
    ("uk", "Дякуємо за підписку!", "cta.newsletter"),
    ("ru", "Подпишитесь на рассылку", "cta.newsletter"),
    ("ru", "Спасибо за подписку", "cta.newsletter"),
    ("de", "Abonnieren Sie unseren Newsletter", "cta.newsletter"),
    ("de", "Newsletter abonnieren", "cta.newsletter"),
    ("de", "Jetzt zum Newsletter anmelden", "cta.newsletter"),
    ("fr", "Inscrivez-vous à notre newsletter", "cta.newsletter"),
    ("fr", "Recevez notre newsletter", "cta.newsletter"),
    ("fr", "Merci pour votre inscription", "cta.newsletter"),
    ("es", "Recibe nuestro boletín", "cta.newsletter"),
    ("es", "Suscríbete a nuestra newsletter", "cta.newsletter"),
    ("es", "Gracias por suscribirte", "cta.newsletter"),
    ("en", "Never miss the latest news by signing up to our newsletter today!", "cta.newsletter"),
    # related-story headers and teasers beyond the first phrasings
    ("en", "Recommended posts", "related.header"),
    ("de", "Schon gelesen?", "related.header"),
    ("de", "Zum Weiterlesen:", "related.header"),
    ("de", "Diese Artikel könnten Sie auch interessieren", "related.header"),
    ("de", "Empfohlene Beiträge", "related.header"),
    ("de", "Mehr zum Thema bei der Stadtzeitung", "related.header"),
    ("es", "También le puede interesar", "related.header"),
    ("es", "Le puede interesar: El Gobierno aprueba el presupuesto", "related.inline"),
    ("fr", "Cela pourrait vous intéresser", "related.header"),
    ("pl", "Zobacz także", "related.header"),
    ("pl", "Czytaj też: Rada miasta przyjęła budżet", "related.inline"),
    # picture credits and a date line with a full stop
    ("de", "Beitragsbild: Stadtarchiv Riverton", "caption.credit"),
    ("pl", "Fot. Jan Kowalski / Agencja Gazeta", "caption.credit"),
    ("de", "Aktualisiert am 17.01.2021.", "meta.post_date"),
    # an agency's sign-off, a login notice, an affiliate-link disclosure
    ("pl", "aja/PAP", "syndication.signoff"),
    ("de", "dpa/lno", "syndication.signoff"),
    ("de", "(mb/KNA)", "syndication.signoff"),
    ("de", "Sie sind aktuell nicht eingeloggt.", "nav.login"),
    ("en", "You are not logged in.", "nav.login"),
    ("fr", "Vous n'êtes pas connecté", "nav.login"),
    (
        "de",
        "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate"
        " Links / Bilder von der Amazon Product Advertising API",
        "ad.affiliate",
    ),
    (
        "en",
        "This post contains affiliate links: if you buy through them we may earn a commission.",
        "ad.affiliate",
    ),
    ("en", "As an Amazon Associate I earn from qualifying purchases.", "ad.affiliate"),
]

# Prose that looks like furniture: a quoted appeal, a service piece naming an app, a sentence
# that starts with the same word as a label. No rule may fire on it, and it stays in the body.
PROSE_LOOKALIKES = [
    "Він підписав угоду в п'ятницю.",
    "She said she had followed them on Twitter for years before the attack.",
    "Follow the money, investigators say, and the trail leads to Cyprus.",
    "Support us, the mayor urged residents as the floodwaters rose.",
    '"Support us," the mayor told residents on Tuesday.',
    "Support for the measure has grown sharply in recent months.",
    "Donate blood: the hospital says supplies are running low this winter.",
    "Підтримайте нас, — звернувся мер до мешканців міста.",
    "Депутати підтримали законопроєкт у першому читанні.",
    "Поддержите нас, — обратился мэр к жителям города.",
    "Поддержка законопроекта в Думе оказалась неожиданно высокой.",
    "Unterstützen Sie die Ukraine, forderte der Kanzler die Partner auf.",
    "Soutenez-nous, a lancé le maire aux habitants.",
    "Apóyanos, pidió el alcalde a los vecinos del barrio.",
    "Завантажте застосунок «Дія» та оберіть розділ «Послуги», щоб подати заяву.",
    "Скачайте приложение банка и откройте раздел «Платежи», чтобы оформить выплату.",
    "Laden Sie die App der Stadtwerke herunter, um den Zählerstand zu melden, rät der Versorger.",
    "Téléchargez l'application de la CAF pour déclarer vos revenus avant le 15 mai.",
    "Descarga la aplicación de la Seguridad Social y solicita la cita previa en línea.",
    "Фото з місця події оприлюднили в мережі поліцейські.",
    "Photo evidence presented in court showed the car at the scene.",
    "Фото Путина появилось на обложке журнала в понедельник.",
    "Imagen de marca y reputación, dos retos para la empresa este año.",
    "Source of the leak remains unknown, officials said.",
    "Джерело в уряді повідомило, що рішення вже ухвалене.",
    "Источник в Кремле подтвердил эту информацию агентству.",
    "Quelle der Informationen war ein Sprecher der Polizei in Berlin.",
    "Fuente de la información fue un portavoz del ministerio.",
    "Tags on the suitcases showed they had been flown in from Dubai.",
    "Теги в соцмережах набрали мільйони переглядів за добу.",
    "Themen wie Migration und Wohnungsbau bestimmten den Wahlkampf.",
    "Temas como la vivienda dominaron el debate electoral.",
    "Topics: the war, the economy. Both were raised at the summit.",
    "Comments from the minister were met with silence in parliament.",
    "Коментарі міністра викликали хвилю критики в соцмережах.",
    "Комментарии пресс-службы получить не удалось.",
    "Leave a comment on the city's website before Friday, the council said.",
    "Laisser un commentaire sur ce sujet serait imprudent, a-t-il déclaré.",
    "Deja un comentario en el foro y recibirás respuesta en dos días, explicó la empresa.",
    "Teilen Sie diese Meinung? Viele Bürger tun es nicht.",
    "Compartir el poder no es fácil, dijo el presidente.",
    "Partager les richesses reste un défi pour le gouvernement.",
    "Поділитися досвідом приїхали фахівці з Польщі.",
    "Поделиться опытом приехали специалисты из Польши.",
    "Read also the report's annex, which lists every contract signed since 2019.",
    "Читайте також про те, як змінилися правила перетину кордону, у нашому матеріалі.",
    "Смотрите также видео с места событий, которое опубликовала полиция.",
    "Lesen Sie auch, was der Kanzler dazu sagte: Er lehnte jede Steuererhöhung ab.",
    "Jetzt spenden viele Bürger für die Flutopfer in Bayern.",
    "Faites un don à la Croix-Rouge, a exhorté le président de la région.",
    "Get ready for a cold winter, the forecasters warn, with snow expected in December.",
    "Newsletter abonnieren inzwischen mehr als zwei Millionen Leser, sagte der Verlag.",
    "Включите уведомления на телефоне, советуют в ГСЧС, чтобы не пропустить сигнал тревоги.",
    (
        "Увімкніть сповіщення в застосунку «Повітряна тривога», радять рятувальники, "
        "щоб вчасно почути сигнал."
    ),
    "Activez les notifications d'alerte, recommande la préfecture aux habitants de la vallée.",
    "Name * of the suspect was not released by the police.",
    "The website crashed within minutes of the tickets going on sale.",
    "Post comment sections were closed on the newspaper's website last year.",
    "Cancel reply forms are a feature of most blogging platforms, he explained.",
    (
        "Ваша адреса електронної пошти не буде опублікована без вашої згоди, запевнили в "
        "банку, і дані захищені законом про персональні дані, яке набрало чинності в січні."
    ),
    "Illustrative photos of the suspects were shown to witnesses at the trial.",
    "File photo archives from the 1960s were digitised by the library last year.",
    "Das könnte Sie auch interessieren, sagte der Bürgermeister zu den Besuchern.",
    "Never miss a deadline, the manager told the new staff on their first day.",
    "Schon gelesen hat er das Buch nicht, gab der Minister am Abend zu.",
    "Czytaj też uważnie umowę, radzą prawnicy z Warszawy.",
    "Affiliate links earn publishers money, the study of 2,000 websites found.",
    '"You are not logged in," the screen told her, and the bank\'s app froze again.',
    "TCP/IP",
]


@pytest.mark.parametrize(("lang", "line", "rule"), FURNITURE + FURNITURE_BY_CATEGORY)
def test_furniture_in_six_languages(lang: str, line: str, rule: str) -> None:
    other = BODY["en"] if lang != "en" else BODY["de"]
    result = strip_boilerplate([BODY[lang], line, other], RULES, CFG, False)
    assert [(r.text, r.rule) for r in result.removals] == [(line, rule)]
    assert result.paragraphs == (BODY[lang], other)


@pytest.mark.parametrize("lang", sorted(BODY))
def test_body_in_every_language_is_kept(lang: str) -> None:
    other = BODY["en"] if lang != "en" else BODY["de"]
    result = strip_boilerplate([BODY[lang], other], RULES, CFG, False)
    assert result.paragraphs == (BODY[lang], other)


def test_chinese_and_japanese_paragraphs_are_never_emptied() -> None:
    zh = "市议会周二晚上经过长时间辩论后批准了2026年的新预算，市长表示工程将在春天开始。"
    ja = (
        "市議会は火曜日の夜、長い議論の末に2026年度の新しい予算を承認し、"
        "市長は春に工事を始めると述べた。"
    )
    for text in (zh, ja):
        result = strip_boilerplate([text, text[:20] + "。" + text[20:]], RULES, CFG, False)
        assert result.paragraphs, text
        assert not [r for r in result.removals if r.rule == "layout.timestamp"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("関連記事", "related.header"),
        ("スポンサードリンク", "ad.label"),
        ("タグ: ソフトウェア", "nav.tags"),
    ],
)
def test_a_japanese_blog_s_related_list_sponsored_link_and_tags(line: str, rule: str) -> None:
    body = [
        "市議会は火曜日の夜、長い議論の末に2026年度の新しい予算を承認し、市長は春に工事を始めると述べた。",
        "予算には橋の修理費として約二百万ドルが含まれ、その大半は州のインフラ基金が負担する。",
    ]
    result = strip_boilerplate([body[0], line, body[1]], RULES, CFG, False)
    assert [(r.text, r.rule) for r in result.removals] == [(line, rule)]
    assert line not in result.paragraphs


@pytest.mark.parametrize("line", PROSE_LOOKALIKES)
def test_prose_lookalikes_are_kept(line: str) -> None:
    words = len(line.split())
    assert [r.id for r in RULES if r.match(line, words)] == []
    result = strip_boilerplate([BODY["en"], line, BODY["de"]], RULES, CFG, False)
    assert result.paragraphs == (BODY["en"], line, BODY["de"])


def test_removals_carry_rule_and_reason() -> None:
    lines = [BODY["uk"], *(line for _, line, _ in FURNITURE_BY_CATEGORY), BODY["ru"]]
    result = strip_boilerplate(lines, RULES, CFG, False)
    assert result.paragraphs == (BODY["uk"], BODY["ru"])
    assert all(r.rule and r.reason for r in result.removals)
