"""Calls to action that close a page's story, which both pipelines leave out of it."""

from __future__ import annotations

import re
from typing import Final

# What the closing lines of a page ask of the reader, where they are furniture and not
# the story: to subscribe, to follow or like the site, to leave a comment, to share; in
# every language the project reads (English, German, French, Spanish, Italian,
# Portuguese, Dutch, Polish).
CALL_TO_ACTION: Final = re.compile(
    r"\b(?:"
    # English
    r"subscribe|subscribing|newsletters?|rss|e-?mail updates|follow (?:us|me)|like us|"
    r"(?:leave|post|add) a (?:comment|reply|response)|comments? (?:on|about) this|trackback|"
    r"share this|spread the (?:news|word)|"
    # German
    r"abonnieren|abonniere|abonniert|folg(?:en sie|t|e) uns|folgen sie mir|"
    r"(?:schreib|hinterlass)(?:en sie|e)? (?:uns )?einen kommentar|kommentar schreiben|"
    r"(?:diesen (?:artikel|beitrag)|beitrag) teilen|"
    # French
    r"abonnez-vous|abonne-toi|s'abonner|s’abonner|lettre d'information|"
    r"lettre d’information|suivez-nous|suis-nous|"
    r"laisse[rz]? un commentaire|partagez cet article|partager cet article|"
    # Spanish
    r"suscr[ií]bete|suscr[ií]base|suscribirse|bolet[ií]n|s[ií]guenos|"
    r"deja (?:un|tu) comentario|dejar un comentario|comparte (?:este|esta)|"
    # Italian
    r"iscriviti|abbonati|seguici|lascia un commento|condividi (?:questo|questa)|"
    # Portuguese
    r"inscreva-se|assine (?:a|o) (?:newsletter|nosso)|siga-nos|"
    r"deixe (?:um|o seu|seu) coment[aá]rio|compartilhe (?:este|esta)|partilhe (?:este|esta)|"
    # Dutch
    r"abonneer|abonneren|nieuwsbrief|volg (?:ons|mij)|laat een reactie achter|"
    r"deel (?:dit|dit artikel)|"
    # Polish
    r"subskrybuj|zasubskrybuj|zapisz się|obserwuj nas|śledź nas|"
    r"zostaw komentarz|dodaj komentarz|udostępnij"
    r")\b",
    re.IGNORECASE,
)
