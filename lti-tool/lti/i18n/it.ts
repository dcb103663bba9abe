import type { LtiMessageKey } from "./en.ts";

/** Testi italiani del lato LTI: sessioni, avvii, registrazione, deep linking, importazione degli iscritti. */
export const it: Record<LtiMessageKey, string> = {
  "session.required.title": "Apri OpenTwinning dal tuo corso",
  "session.required.body":
    "Non hai effettuato l'accesso oppure la sessione è scaduta. Apri di nuovo OpenTwinning dal tuo corso nella piattaforma didattica della scuola (per esempio l'attività OpenTwinning in Moodle).",
  "session.csrf.title": "Questo modulo è scaduto",
  "session.csrf.body":
    "Non è stato possibile verificare il modulo, forse perché è rimasto aperto troppo a lungo o perché OpenTwinning è stato riaperto nel frattempo. Torna indietro, ricarica la pagina e invia di nuovo il modulo.",
};
