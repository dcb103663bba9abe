import type { Catalogue } from "../../core/index.ts";

/** The bot's texts for training events' video rooms (matrix-bot/twinspace/eventRoom.ts), in every language the product speaks. */
const en = {
  "event.room.topic": "The video room of a training event.",
  "event.kick.not_participant": "You no longer have a place in the event “{name}”.",
} as const;

type Texts = Record<keyof typeof en, string>;

const it: Texts = {
  "event.room.topic": "La stanza video di un evento formativo.",
  "event.kick.not_participant": "Non hai più un posto nell'evento «{name}».",
};
const fr: Texts = {
  "event.room.topic": "La salle vidéo d'un événement de formation.",
  "event.kick.not_participant": "Vous n'avez plus de place dans l'événement « {name} ».",
};
const de: Texts = {
  "event.room.topic": "Der Videoraum einer Fortbildungsveranstaltung.",
  "event.kick.not_participant": "Sie haben keinen Platz mehr in der Veranstaltung „{name}“.",
};
const es: Texts = {
  "event.room.topic": "La sala de vídeo de un evento formativo.",
  "event.kick.not_participant": "Ya no tienes plaza en el evento «{name}».",
};
const pl: Texts = {
  "event.room.topic": "Pokój wideo wydarzenia szkoleniowego.",
  "event.kick.not_participant": "Nie masz już miejsca na wydarzeniu „{name}”.",
};
const pt: Texts = {
  "event.room.topic": "A sala de vídeo de um evento de formação.",
  "event.kick.not_participant": "Já não tem lugar no evento «{name}».",
};
const el: Texts = {
  "event.room.topic": "Η αίθουσα βίντεο μιας επιμορφωτικής εκδήλωσης.",
  "event.kick.not_participant": "Δεν έχετε πλέον θέση στην εκδήλωση «{name}».",
};
const ro: Texts = {
  "event.room.topic": "Sala video a unui eveniment de formare.",
  "event.kick.not_participant": "Nu mai aveți loc la evenimentul „{name}”.",
};

export const botEventCatalogues: Record<string, Catalogue> = { en, it, fr, de, es, pl, pt, el, ro };
