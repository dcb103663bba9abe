import type { Catalogue } from "../../../core/index.ts";

/** The project page's view of what happens inside the TwinSpace (activity.ts). */
const en: Catalogue = {
  "twinspace.activity.topics": "Latest forum topics",
  "twinspace.activity.no_topics": "No topic in the Forum yet: open the TwinSpace and start the first one.",
  "twinspace.activity.by": "by {name}",
  "twinspace.activity.replies_one": "{count} reply",
  "twinspace.activity.replies_other": "{count} replies",
  "twinspace.activity.since_last": "Since you last looked",
  "twinspace.activity.first_look": "Messages so far",
  "twinspace.activity.new_one": "{shown} new message",
  "twinspace.activity.new_other": "{shown} new messages",
};

const it: Catalogue = {
  "twinspace.activity.topics": "Ultimi argomenti del forum",
  "twinspace.activity.no_topics": "Ancora nessun argomento nel Forum: apri il TwinSpace e inizia il primo.",
  "twinspace.activity.by": "di {name}",
  "twinspace.activity.replies_one": "{count} risposta",
  "twinspace.activity.replies_many": "{count} di risposte",
  "twinspace.activity.replies_other": "{count} risposte",
  "twinspace.activity.since_last": "Dall'ultima volta che hai guardato",
  "twinspace.activity.first_look": "Messaggi finora",
  "twinspace.activity.new_one": "{shown} nuovo messaggio",
  "twinspace.activity.new_many": "{shown} di nuovi messaggi",
  "twinspace.activity.new_other": "{shown} nuovi messaggi",
};

const fr: Catalogue = {
  "twinspace.activity.topics": "Derniers sujets du forum",
  "twinspace.activity.no_topics":
    "Pas encore de sujet dans le Forum : ouvrez le TwinSpace et lancez le premier.",
  "twinspace.activity.by": "par {name}",
  "twinspace.activity.replies_one": "{count} réponse",
  "twinspace.activity.replies_many": "{count} de réponses",
  "twinspace.activity.replies_other": "{count} réponses",
  "twinspace.activity.since_last": "Depuis votre dernière visite",
  "twinspace.activity.first_look": "Messages jusqu'ici",
  "twinspace.activity.new_one": "{shown} nouveau message",
  "twinspace.activity.new_many": "{shown} de nouveaux messages",
  "twinspace.activity.new_other": "{shown} nouveaux messages",
};

const es: Catalogue = {
  "twinspace.activity.topics": "Últimos temas del foro",
  "twinspace.activity.no_topics":
    "Aún no hay ningún tema en el Foro: abre el TwinSpace y empieza el primero.",
  "twinspace.activity.by": "de {name}",
  "twinspace.activity.replies_one": "{count} respuesta",
  "twinspace.activity.replies_many": "{count} de respuestas",
  "twinspace.activity.replies_other": "{count} respuestas",
  "twinspace.activity.since_last": "Desde tu última visita",
  "twinspace.activity.first_look": "Mensajes hasta ahora",
  "twinspace.activity.new_one": "{shown} mensaje nuevo",
  "twinspace.activity.new_many": "{shown} de mensajes nuevos",
  "twinspace.activity.new_other": "{shown} mensajes nuevos",
};

const de: Catalogue = {
  "twinspace.activity.topics": "Neueste Themen im Forum",
  "twinspace.activity.no_topics":
    "Noch kein Thema im Forum: Öffnen Sie den TwinSpace und beginnen Sie das erste.",
  "twinspace.activity.by": "von {name}",
  "twinspace.activity.replies_one": "{count} Antwort",
  "twinspace.activity.replies_other": "{count} Antworten",
  "twinspace.activity.since_last": "Seit Ihrem letzten Besuch",
  "twinspace.activity.first_look": "Bisherige Nachrichten",
  "twinspace.activity.new_one": "{shown} neue Nachricht",
  "twinspace.activity.new_other": "{shown} neue Nachrichten",
};

const pt: Catalogue = {
  "twinspace.activity.topics": "Últimos tópicos do fórum",
  "twinspace.activity.no_topics": "Ainda não há tópicos no Fórum: abra o TwinSpace e comece o primeiro.",
  "twinspace.activity.by": "por {name}",
  "twinspace.activity.replies_one": "{count} resposta",
  "twinspace.activity.replies_many": "{count} de respostas",
  "twinspace.activity.replies_other": "{count} respostas",
  "twinspace.activity.since_last": "Desde a sua última visita",
  "twinspace.activity.first_look": "Mensagens até agora",
  "twinspace.activity.new_one": "{shown} mensagem nova",
  "twinspace.activity.new_many": "{shown} de mensagens novas",
  "twinspace.activity.new_other": "{shown} mensagens novas",
};

const pl: Catalogue = {
  "twinspace.activity.topics": "Najnowsze wątki na forum",
  "twinspace.activity.no_topics": "Na Forum nie ma jeszcze wątków: otwórz TwinSpace i rozpocznij pierwszy.",
  "twinspace.activity.by": "autor: {name}",
  "twinspace.activity.replies_one": "{count} odpowiedź",
  "twinspace.activity.replies_few": "{count} odpowiedzi",
  "twinspace.activity.replies_many": "{count} odpowiedzi",
  "twinspace.activity.replies_other": "{count} odpowiedzi",
  "twinspace.activity.since_last": "Od Twojej ostatniej wizyty",
  "twinspace.activity.first_look": "Dotychczasowe wiadomości",
  "twinspace.activity.new_one": "{shown} nowa wiadomość",
  "twinspace.activity.new_few": "{shown} nowe wiadomości",
  "twinspace.activity.new_many": "{shown} nowych wiadomości",
  "twinspace.activity.new_other": "{shown} nowej wiadomości",
};

const el: Catalogue = {
  "twinspace.activity.topics": "Τελευταία θέματα του φόρουμ",
  "twinspace.activity.no_topics":
    "Δεν υπάρχει ακόμη θέμα στο Φόρουμ: ανοίξτε το TwinSpace και ξεκινήστε το πρώτο.",
  "twinspace.activity.by": "από {name}",
  "twinspace.activity.replies_one": "{count} απάντηση",
  "twinspace.activity.replies_other": "{count} απαντήσεις",
  "twinspace.activity.since_last": "Από την τελευταία σας επίσκεψη",
  "twinspace.activity.first_look": "Τα μηνύματα μέχρι τώρα",
  "twinspace.activity.new_one": "{shown} νέο μήνυμα",
  "twinspace.activity.new_other": "{shown} νέα μηνύματα",
};

const ro: Catalogue = {
  "twinspace.activity.topics": "Cele mai recente subiecte din forum",
  "twinspace.activity.no_topics":
    "Încă nu există niciun subiect în Forum: deschideți TwinSpace-ul și porniți primul subiect.",
  "twinspace.activity.by": "de {name}",
  "twinspace.activity.replies_one": "{count} răspuns",
  "twinspace.activity.replies_few": "{count} răspunsuri",
  "twinspace.activity.replies_other": "{count} de răspunsuri",
  "twinspace.activity.since_last": "De la ultima dumneavoastră vizită",
  "twinspace.activity.first_look": "Mesajele de până acum",
  "twinspace.activity.new_one": "{shown} mesaj nou",
  "twinspace.activity.new_few": "{shown} mesaje noi",
  "twinspace.activity.new_other": "{shown} de mesaje noi",
};

export const activityCatalogues = { en, it, fr, es, de, pt, pl, el, ro };
