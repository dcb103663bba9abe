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

export const messagingEl: Catalogue = {
  "error.message_not_contact":
    "Μπορείτε να γράφετε μόνο στις επαφές σας. Στείλτε πρώτα αίτημα επαφής· μόλις γίνει δεκτό, μπορείτε να γράψετε.",
  "error.message_not_delivered":
    "Δεν ήταν δυνατή η αποστολή αυτού του μηνύματος. Μπορείτε να γράφετε κανονικά στις άλλες επαφές σας.",
  "error.contact_request_not_possible":
    "Αυτός ο εκπαιδευτικός δεν μπορεί να λάβει το αίτημα επαφής σας. Αναζητήστε άλλους εταίρους στην αναζήτηση.",
  "error.blocked_by_actor":
    "Έχετε αποκλείσει αυτόν τον εκπαιδευτικό. Αν θέλετε να του γράψετε ξανά, άρετε πρώτα τον αποκλεισμό.",
  "error.block_self": "Δεν μπορείτε να αποκλείσετε τον εαυτό σας.",
  "error.rate_limited_message":
    "Έχετε στείλει {max} μηνύματα την τελευταία ώρα, το μέγιστο επιτρεπόμενο. Μπορείτε να γράψετε ξανά από {until} (UTC).",
  "error.rate_limited_contact_request":
    "Έχετε στείλει {max} αιτήματα επαφής το τελευταίο 24ωρο, το μέγιστο επιτρεπόμενο. Μπορείτε να στείλετε ξανά από {until} (UTC).",
  "error.message_already_reported":
    "Έχετε ήδη αναφέρει αυτό το μήνυμα· η Εθνική Υπηρεσία Υποστήριξης θα το εξετάσει.",
  "error.message_report_not_open":
    "Αυτή η αναφορά έχει ήδη διευθετηθεί. Επιστρέψτε στη λίστα των ανοιχτών αναφορών.",
  "field.message_body": "Μήνυμα",
  "field.contact_note": "Μήνυμα με το αίτημά σας",
  "thing.message": "μήνυμα",
  "thing.report": "αναφορά",
  "thing.teacher": "εκπαιδευτικός",
};

/** Per language, merged into core's catalogues (index.ts). */
export const messagingCatalogues = {
  en: messagingEn,
  it: messagingIt,
  fr: messagingFr,
  el: messagingEl,
};
