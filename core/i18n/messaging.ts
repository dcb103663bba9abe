import type { Catalogue } from "./translate.ts";

/** Core's texts for teachers' messages (issue 16): refusals and field names. */
export const messagingEn = {
  "error.message_not_contact":
    "You can write only to your contacts. Send a contact request first; once it is accepted you can write.",
  "error.message_not_delivered":
    "This message could not be sent. You can still write to your other contacts.",
  "error.contact_request_not_possible":
    "This teacher cannot receive your contact request. Look for other partners in the search.",
  "error.blocked_by_actor": "You have blocked this teacher. Unblock them first if you want to write again.",
  "error.block_self": "You cannot block yourself.",
  "error.rate_limited_message":
    "You have sent {max} messages in the last hour, the most allowed. You can write again from {until} (UTC).",
  "error.rate_limited_contact_request":
    "You have sent {max} contact requests in the last day, the most allowed. You can ask again from {until} (UTC).",
  "error.message_already_reported":
    "You have already reported this message; the national unit will look at it.",
  "error.message_report_not_open": "This report was already resolved. Go back to the list of open reports.",
  "field.message_body": "Message",
  "field.contact_note": "Message with your request",
  "thing.message": "message",
  "thing.report": "report",
  "thing.teacher": "teacher",
} as const;

export const messagingIt: Record<keyof typeof messagingEn, string> = {
  "error.message_not_contact":
    "Puoi scrivere solo ai tuoi contatti. Invia prima una richiesta di contatto; quando sarà accettata potrai scrivere.",
  "error.message_not_delivered":
    "Non è stato possibile inviare questo messaggio. Puoi comunque scrivere agli altri tuoi contatti.",
  "error.contact_request_not_possible":
    "Questo docente non può ricevere la tua richiesta di contatto. Cerca altri partner nella ricerca.",
  "error.blocked_by_actor": "Hai bloccato questo docente. Sbloccalo prima, se vuoi scrivergli di nuovo.",
  "error.block_self": "Non puoi bloccare te stesso.",
  "error.rate_limited_message":
    "Hai inviato {max} messaggi nell'ultima ora, il massimo consentito. Potrai scrivere di nuovo dalle {until} (UTC).",
  "error.rate_limited_contact_request":
    "Hai inviato {max} richieste di contatto nell'ultimo giorno, il massimo consentito. Potrai chiedere di nuovo dalle {until} (UTC).",
  "error.message_already_reported": "Hai già segnalato questo messaggio; l'unità nazionale lo esaminerà.",
  "error.message_report_not_open":
    "Questa segnalazione è già stata risolta. Torna all'elenco delle segnalazioni aperte.",
  "field.message_body": "Messaggio",
  "field.contact_note": "Messaggio con la tua richiesta",
  "thing.message": "messaggio",
  "thing.report": "segnalazione",
  "thing.teacher": "docente",
};

export const messagingFr: Catalogue = {
  "error.message_not_contact":
    "Vous ne pouvez écrire qu'à vos contacts. Envoyez d'abord une demande de contact ; une fois qu'elle est acceptée, vous pourrez écrire.",
  "error.message_not_delivered":
    "Ce message n'a pas pu être envoyé. Vous pouvez toujours écrire à vos autres contacts.",
  "error.contact_request_not_possible":
    "Cet enseignant ne peut pas recevoir votre demande de contact. Cherchez d'autres partenaires dans la recherche.",
  "error.blocked_by_actor":
    "Vous avez bloqué cet enseignant. Débloquez-le d'abord si vous voulez lui écrire de nouveau.",
  "error.block_self": "Vous ne pouvez pas vous bloquer vous-même.",
  "error.rate_limited_message":
    "Vous avez envoyé {max} messages au cours de la dernière heure, le maximum autorisé. Vous pourrez écrire de nouveau à partir de {until} (UTC).",
  "error.rate_limited_contact_request":
    "Vous avez envoyé {max} demandes de contact au cours des dernières 24 heures, le maximum autorisé. Vous pourrez en envoyer de nouveau à partir de {until} (UTC).",
  "error.message_already_reported": "Vous avez déjà signalé ce message ; l'unité nationale va l'examiner.",
  "error.message_report_not_open":
    "Ce signalement a déjà été traité. Revenez à la liste des signalements ouverts.",
  "field.message_body": "Message",
  "field.contact_note": "Message joint à votre demande",
  "thing.message": "message",
  "thing.report": "signalement",
  "thing.teacher": "enseignant",
};

/** Per language, merged into core's catalogues (index.ts). */
export const messagingRo: Catalogue = {
  "error.message_not_contact":
    "Puteți scrie doar contactelor dumneavoastră. Trimiteți mai întâi o cerere de contact; după ce este acceptată, veți putea scrie.",
  "error.message_not_delivered":
    "Acest mesaj nu a putut fi trimis. Puteți scrie în continuare celorlalte contacte ale dumneavoastră.",
  "error.contact_request_not_possible":
    "Acest profesor nu poate primi cererea dumneavoastră de contact. Căutați alți parteneri cu ajutorul căutării.",
  "error.blocked_by_actor":
    "L-ați blocat pe acest profesor. Deblocați-l mai întâi dacă doriți să îi scrieți din nou.",
  "error.block_self": "Nu vă puteți bloca propriul cont.",
  "error.rate_limited_message":
    "Ați trimis {max} mesaje în ultima oră, numărul maxim permis. Puteți scrie din nou începând cu {until} (UTC).",
  "error.rate_limited_contact_request":
    "Ați trimis {max} cereri de contact în ultima zi, numărul maxim permis. Puteți trimite din nou începând cu {until} (UTC).",
  "error.message_already_reported":
    "Ați semnalat deja acest mesaj; Biroul Național de Sprijin îl va examina.",
  "error.message_report_not_open":
    "Această semnalare a fost deja rezolvată. Reveniți la lista semnalărilor deschise.",
  "field.message_body": "Mesaj",
  "field.contact_note": "Mesajul care însoțește cererea",
  "thing.message": "mesaj",
  "thing.report": "semnalare",
  "thing.teacher": "profesor",
};

export const messagingCatalogues = {
  en: messagingEn,
  it: messagingIt,
  fr: messagingFr,
  ro: messagingRo,
};
