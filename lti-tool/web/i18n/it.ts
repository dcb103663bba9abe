import type { WebMessageKey } from "./en.ts";

/** Testi italiani delle pagine web. */
export const it: Record<WebMessageKey, string> = {
  "app.name": "OpenTwinning",
  "layout.skip": "Vai al contenuto",
  "landing.title": "OpenTwinning: progetti di classe tra scuole e paesi",
  "landing.intro":
    "OpenTwinning permette a docenti di scuole e paesi diversi di trovare partner, fondare progetti insieme, farli approvare dalle rispettive unità nazionali e lavorare con i propri alunni in un TwinSpace comune fatto di chat, forum e videoincontri.",
  "landing.teachers.heading": "Docenti e alunni",
  "landing.teachers.body":
    "Apri OpenTwinning dalla piattaforma didattica della tua scuola (per esempio un'attività del tuo corso Moodle). L'accesso avviene con l'account della scuola: qui non serve registrarsi.",
  "landing.admins.heading": "Amministratori informatici della scuola",
  "landing.admins.body":
    "OpenTwinning è uno strumento LTI 1.3. Chiedi al gestore di questo servizio un link di registrazione e incollalo nella registrazione degli strumenti della tua piattaforma (in Moodle: Amministrazione del sito → Plugin → Moduli attività → Tool esterno → Gestione tool).",
  "landing.health": "Stato del servizio",
};
