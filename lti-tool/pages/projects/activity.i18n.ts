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

export const activityCatalogues = {
  en,
  it,
  fr,
  ro,
};
