import type { Catalogue } from "../../../core/index.ts";

/** A national unit's read-only look inside a TwinSpace (look.ts). */
const en: Catalogue = {
  "look.heading": "Look inside, read-only",
  "look.explained_country":
    "As the national unit of {country}, which approved this project, you can read its TwinSpace pages, materials and members for {hours} hours. Nothing can be changed, and the project's teachers see that you looked.",
  "look.explained_central":
    "As the central support service, you can read this project's TwinSpace pages, materials and members for {hours} hours. Nothing can be changed, and the project's teachers see that you looked.",
  "look.open": "Open read-only",
  "look.open_until": "Your read-only look is open until {until} (UTC).",
  "look.after_approval": "A look inside opens once the project runs.",
  "look.record_heading": "Looks by national units",
  "look.record_none": "No national unit has looked inside the TwinSpace.",
  "look.by_country": "The national unit of {country} looked at the TwinSpace on {when}.",
  "look.by_central": "The central support service looked at the TwinSpace on {when}.",
  "look.note_country":
    "You are looking as the national unit of {country}: read-only, and the project's teachers see that you looked.",
  "look.note_central":
    "You are looking as the central support service: read-only, and the project's teachers see that you looked.",
  "done.look_opened": "Your read-only look is open: the TwinSpace's pages, materials and rooms are below.",
  "look.rooms": "Rooms",
  "notification.twinspace_look_opened.country":
    "The national unit of {country} looked inside the TwinSpace of “{project}”, read-only.",
  "notification.twinspace_look_opened.central":
    "The central support service looked inside the TwinSpace of “{project}”, read-only.",
  "look.room_heading": "{room}: recent messages (read-only)",
  "look.room_empty": "No message in this room yet.",
  "look.room_not_shown":
    "A look shows only the TwinSpace's shared rooms: General chat, Forum and the Teachers' room.",
  "look.file": "File: {name}",
  "look.older": "Older messages",
};

const it: Catalogue = {
  "look.heading": "Uno sguardo all'interno, in sola lettura",
  "look.explained_country":
    "Come unità nazionale di {country}, che ha approvato questo progetto, puoi leggere le pagine, i materiali e i membri del suo TwinSpace per {hours} ore. Non si può modificare nulla, e i docenti del progetto vedono che hai guardato.",
  "look.explained_central":
    "Come servizio centrale di supporto, puoi leggere le pagine, i materiali e i membri del TwinSpace di questo progetto per {hours} ore. Non si può modificare nulla, e i docenti del progetto vedono che hai guardato.",
  "look.open": "Apri in sola lettura",
  "look.open_until": "Il tuo accesso in sola lettura è aperto fino a {until} (UTC).",
  "look.after_approval": "Si può guardare all'interno quando il progetto è avviato.",
  "look.record_heading": "Accessi delle unità nazionali",
  "look.record_none": "Nessuna unità nazionale ha guardato all'interno del TwinSpace.",
  "look.by_country": "L'unità nazionale di {country} ha guardato il TwinSpace il {when}.",
  "look.by_central": "Il servizio centrale di supporto ha guardato il TwinSpace il {when}.",
  "look.note_country":
    "Stai guardando come unità nazionale di {country}: in sola lettura, e i docenti del progetto vedono che hai guardato.",
  "look.note_central":
    "Stai guardando come servizio centrale di supporto: in sola lettura, e i docenti del progetto vedono che hai guardato.",
  "done.look_opened":
    "Il tuo accesso in sola lettura è aperto: le pagine, i materiali e le stanze del TwinSpace sono qui sotto.",
  "look.rooms": "Stanze",
  "notification.twinspace_look_opened.country":
    "L'unità nazionale di {country} ha guardato il TwinSpace di “{project}”, in sola lettura.",
  "notification.twinspace_look_opened.central":
    "Il servizio centrale di supporto ha guardato il TwinSpace di “{project}”, in sola lettura.",
  "look.room_heading": "{room}: messaggi recenti (sola lettura)",
  "look.room_empty": "Ancora nessun messaggio in questa stanza.",
  "look.room_not_shown":
    "Si vedono solo le stanze comuni del TwinSpace: la chat generale, il Forum e la stanza dei docenti.",
  "look.file": "File: {name}",
  "look.older": "Messaggi precedenti",
};

const fr: Catalogue = {
  "look.heading": "Regard à l'intérieur, en lecture seule",
  "look.explained_country":
    "En tant qu'unité nationale ({country}) ayant approuvé ce projet, vous pouvez lire les pages, les ressources et les membres de son TwinSpace pendant {hours} heures. Rien ne peut être modifié, et les enseignants du projet voient que vous l'avez consulté.",
  "look.explained_central":
    "En tant que service central d'assistance, vous pouvez lire les pages, les ressources et les membres du TwinSpace de ce projet pendant {hours} heures. Rien ne peut être modifié, et les enseignants du projet voient que vous l'avez consulté.",
  "look.open": "Ouvrir en lecture seule",
  "look.open_until": "Votre consultation en lecture seule est ouverte jusqu'au {until} (UTC).",
  "look.after_approval": "La consultation s'ouvre une fois le projet en cours.",
  "look.record_heading": "Consultations par les unités nationales",
  "look.record_none": "Aucune unité nationale n'a consulté le TwinSpace.",
  "look.by_country": "L'unité nationale ({country}) a consulté le TwinSpace le {when}.",
  "look.by_central": "Le service central d'assistance a consulté le TwinSpace le {when}.",
  "look.note_country":
    "Vous consultez en tant qu'unité nationale ({country}) : en lecture seule, et les enseignants du projet voient que vous l'avez consulté.",
  "look.note_central":
    "Vous consultez en tant que service central d'assistance : en lecture seule, et les enseignants du projet voient que vous l'avez consulté.",
  "done.look_opened":
    "Votre consultation en lecture seule est ouverte : les pages, les ressources et les salons du TwinSpace sont ci-dessous.",
  "look.rooms": "Salons",
  "notification.twinspace_look_opened.country":
    "L'unité nationale ({country}) a consulté le TwinSpace de « {project} », en lecture seule.",
  "notification.twinspace_look_opened.central":
    "Le service central d'assistance a consulté le TwinSpace de « {project} », en lecture seule.",
  "look.room_heading": "{room} : messages récents (lecture seule)",
  "look.room_empty": "Aucun message dans ce salon pour l'instant.",
  "look.room_not_shown":
    "Une consultation ne montre que les salons partagés du TwinSpace : Discussion générale, Forum et Salle des enseignants.",
  "look.file": "Fichier : {name}",
  "look.older": "Messages plus anciens",
};

const ro: Catalogue = {
  "look.heading": "Privire în interior, doar pentru citire",
  "look.explained_country":
    "Ca Birou Național de Sprijin din {country}, care a aprobat acest proiect, puteți citi paginile, materialele și membrii TwinSpace-ului său timp de {hours} ore. Nu se poate modifica nimic, iar profesorii proiectului văd că l-ați consultat.",
  "look.explained_central":
    "Ca Serviciu Central de Sprijin, puteți citi paginile, materialele și membrii TwinSpace-ului acestui proiect timp de {hours} ore. Nu se poate modifica nimic, iar profesorii proiectului văd că l-ați consultat.",
  "look.open": "Deschideți doar pentru citire",
  "look.open_until": "Accesul dumneavoastră doar pentru citire este deschis până la {until} (UTC).",
  "look.after_approval": "Accesul în interior se deschide după ce proiectul a început.",
  "look.record_heading": "Consultări ale Birourilor Naționale de Sprijin",
  "look.record_none": "Niciun Birou Național de Sprijin nu a consultat TwinSpace-ul.",
  "look.by_country": "Biroul Național de Sprijin din {country} a consultat TwinSpace-ul la {when}.",
  "look.by_central": "Serviciul Central de Sprijin a consultat TwinSpace-ul la {when}.",
  "look.note_country":
    "Consultați ca Birou Național de Sprijin din {country}: doar pentru citire, iar profesorii proiectului văd că l-ați consultat.",
  "look.note_central":
    "Consultați ca Serviciu Central de Sprijin: doar pentru citire, iar profesorii proiectului văd că l-ați consultat.",
  "done.look_opened":
    "Accesul dumneavoastră doar pentru citire este deschis: paginile, materialele și camerele TwinSpace-ului sunt mai jos.",
  "look.rooms": "Camere",
  "notification.twinspace_look_opened.country":
    "Biroul Național de Sprijin din {country} a consultat TwinSpace-ul proiectului „{project}”, doar pentru citire.",
  "notification.twinspace_look_opened.central":
    "Serviciul Central de Sprijin a consultat TwinSpace-ul proiectului „{project}”, doar pentru citire.",
  "look.room_heading": "{room}: mesaje recente (doar pentru citire)",
  "look.room_empty": "Încă niciun mesaj în această cameră.",
  "look.room_not_shown":
    "O consultare arată doar camerele comune ale TwinSpace-ului: Discuții generale, Forum și Camera profesorilor.",
  "look.file": "Fișier: {name}",
  "look.older": "Mesaje mai vechi",
};

export const lookCatalogues = {
  en,
  it,
  fr,
  ro,
};
