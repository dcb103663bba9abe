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

export const messagingEs: Catalogue = {
  "error.message_not_contact":
    "Solo puedes escribir a tus contactos. Envía primero una solicitud de contacto; cuando sea aceptada, podrás escribir.",
  "error.message_not_delivered":
    "No se ha podido enviar este mensaje. Puedes seguir escribiendo a tus otros contactos.",
  "error.contact_request_not_possible":
    "Este docente no puede recibir tu solicitud de contacto. Busca otros socios en «Buscar socios».",
  "error.blocked_by_actor":
    "Has bloqueado a este docente. Desbloquéalo primero si quieres volver a escribirle.",
  "error.block_self": "No puedes bloquearte a ti mismo.",
  "error.rate_limited_message":
    "Has enviado {max} mensajes en la última hora, el máximo permitido. Podrás volver a escribir a partir de {until} (UTC).",
  "error.rate_limited_contact_request":
    "Has enviado {max} solicitudes de contacto en el último día, el máximo permitido. Podrás volver a enviarlas a partir de {until} (UTC).",
  "error.message_already_reported":
    "Ya has denunciado este mensaje; el servicio nacional de apoyo lo revisará.",
  "error.message_report_not_open":
    "Esta denuncia ya se ha resuelto. Vuelve a la lista de denuncias abiertas.",
  "field.message_body": "Mensaje",
  "field.contact_note": "Mensaje con tu solicitud",
  "thing.message": "mensaje",
  "thing.report": "denuncia",
  "thing.teacher": "docente",
};

export const messagingDe: Catalogue = {
  "error.message_not_contact":
    "Sie können nur Ihren Kontakten schreiben. Senden Sie zuerst eine Kontaktanfrage; sobald sie angenommen ist, können Sie schreiben.",
  "error.message_not_delivered":
    "Diese Nachricht konnte nicht gesendet werden. Ihren anderen Kontakten können Sie weiterhin schreiben.",
  "error.contact_request_not_possible":
    "Diese Lehrkraft kann Ihre Kontaktanfrage nicht erhalten. Suchen Sie in der Suche nach anderen Partnern.",
  "error.blocked_by_actor":
    "Sie haben diese Lehrkraft blockiert. Heben Sie die Blockierung zuerst auf, wenn Sie wieder schreiben möchten.",
  "error.block_self": "Sie können sich nicht selbst blockieren.",
  "error.rate_limited_message":
    "Sie haben in der letzten Stunde {max} Nachrichten gesendet, das erlaubte Maximum. Ab {until} (UTC) können Sie wieder schreiben.",
  "error.rate_limited_contact_request":
    "Sie haben in den letzten 24 Stunden {max} Kontaktanfragen gesendet, das erlaubte Maximum. Ab {until} (UTC) können Sie wieder anfragen.",
  "error.message_already_reported":
    "Sie haben diese Nachricht bereits gemeldet; die Nationale Koordinierungsstelle wird sie prüfen.",
  "error.message_report_not_open":
    "Diese Meldung wurde bereits bearbeitet. Gehen Sie zurück zur Liste der offenen Meldungen.",
  "field.message_body": "Nachricht",
  "field.contact_note": "Nachricht zu Ihrer Anfrage",
  "thing.message": "Nachricht",
  "thing.report": "Meldung",
  "thing.teacher": "Lehrkraft",
};

export const messagingPt: Catalogue = {
  "error.message_not_contact":
    "Só pode escrever aos seus contactos. Envie primeiro um pedido de contacto; quando for aceite, poderá escrever.",
  "error.message_not_delivered":
    "Não foi possível enviar esta mensagem. Pode continuar a escrever aos seus outros contactos.",
  "error.contact_request_not_possible":
    "Este professor não pode receber o seu pedido de contacto. Procure outros parceiros na pesquisa.",
  "error.blocked_by_actor":
    "Bloqueou este professor. Desbloqueie-o primeiro se quiser voltar a escrever-lhe.",
  "error.block_self": "Não se pode bloquear a si próprio.",
  "error.rate_limited_message":
    "Enviou {max} mensagens na última hora, o máximo permitido. Poderá escrever novamente a partir das {until} (UTC).",
  "error.rate_limited_contact_request":
    "Enviou {max} pedidos de contacto no último dia, o máximo permitido. Poderá pedir novamente a partir das {until} (UTC).",
  "error.message_already_reported": "Já denunciou esta mensagem; o Serviço Nacional de Apoio vai analisá-la.",
  "error.message_report_not_open": "Esta denúncia já foi resolvida. Volte à lista de denúncias em aberto.",
  "field.message_body": "Mensagem",
  "field.contact_note": "Mensagem com o seu pedido",
  "thing.message": "mensagem",
  "thing.report": "denúncia",
  "thing.teacher": "professor",
};

export const messagingPl: Catalogue = {
  "error.message_not_contact":
    "Możesz pisać tylko do swoich kontaktów. Najpierw wyślij zaproszenie do kontaktów; po jego przyjęciu możesz pisać.",
  "error.message_not_delivered":
    "Nie udało się wysłać tej wiadomości. Nadal możesz pisać do pozostałych kontaktów.",
  "error.contact_request_not_possible":
    "Ten nauczyciel nie może otrzymać Twojego zaproszenia do kontaktów. Poszukaj innych partnerów w wyszukiwarce.",
  "error.blocked_by_actor":
    "Ten nauczyciel jest przez Ciebie zablokowany. Jeśli chcesz znowu do niego pisać, najpierw go odblokuj.",
  "error.block_self": "Nie można zablokować samego siebie.",
  "error.rate_limited_message":
    "Wykorzystano limit wiadomości na godzinę ({max}). Możesz znowu pisać od {until} (UTC).",
  "error.rate_limited_contact_request":
    "Wykorzystano limit zaproszeń do kontaktów na dobę ({max}). Możesz znowu zapraszać od {until} (UTC).",
  "error.message_already_reported":
    "Ta wiadomość została już przez Ciebie zgłoszona; krajowe biuro się nią zajmie.",
  "error.message_report_not_open": "To zgłoszenie zostało już rozpatrzone. Wróć do listy otwartych zgłoszeń.",
  "field.message_body": "Wiadomość",
  "field.contact_note": "Wiadomość dołączona do zaproszenia",
  "thing.message": "wiadomość",
  "thing.report": "zgłoszenie",
  "thing.teacher": "nauczyciel",
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
  es: messagingEs,
  de: messagingDe,
  pt: messagingPt,
  pl: messagingPl,
  el: messagingEl,
  ro: messagingRo,
};
