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
  "diary.unit_looked_country": "The national unit of {country} looked inside the TwinSpace, read-only",
  "diary.unit_looked_central": "The central support service looked inside the TwinSpace, read-only",
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
  "diary.unit_looked_country":
    "L'unità nazionale di {country} ha guardato all'interno del TwinSpace, in sola lettura",
  "diary.unit_looked_central":
    "Il servizio centrale di supporto ha guardato all'interno del TwinSpace, in sola lettura",
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
  "diary.unit_looked_country": "L'unité nationale ({country}) a consulté le TwinSpace, en lecture seule",
  "diary.unit_looked_central": "Le service central d'assistance a consulté le TwinSpace, en lecture seule",
};

const es: Catalogue = {
  "look.heading": "Vistazo al interior, solo lectura",
  "look.explained_country":
    "Como servicio nacional de apoyo de {country}, que aprobó este proyecto, puedes leer las páginas, los materiales y los miembros de su TwinSpace durante {hours} horas. No se puede cambiar nada, y los docentes del proyecto ven que has mirado.",
  "look.explained_central":
    "Como servicio central de apoyo, puedes leer las páginas, los materiales y los miembros del TwinSpace de este proyecto durante {hours} horas. No se puede cambiar nada, y los docentes del proyecto ven que has mirado.",
  "look.open": "Abrir en solo lectura",
  "look.open_until": "Tu acceso de solo lectura está abierto hasta el {until} (UTC).",
  "look.after_approval": "El acceso al interior se abre cuando el proyecto esté en marcha.",
  "look.record_heading": "Accesos de los servicios nacionales de apoyo",
  "look.record_none": "Ningún servicio nacional de apoyo ha mirado el interior del TwinSpace.",
  "look.by_country": "El servicio nacional de apoyo de {country} miró el TwinSpace el {when}.",
  "look.by_central": "El servicio central de apoyo miró el TwinSpace el {when}.",
  "look.note_country":
    "Estás mirando como servicio nacional de apoyo de {country}: solo lectura, y los docentes del proyecto ven que has mirado.",
  "look.note_central":
    "Estás mirando como servicio central de apoyo: solo lectura, y los docentes del proyecto ven que has mirado.",
  "done.look_opened":
    "Tu acceso de solo lectura está abierto: las páginas, los materiales y las salas del TwinSpace están abajo.",
  "look.rooms": "Salas",
  "notification.twinspace_look_opened.country":
    "El servicio nacional de apoyo de {country} miró el interior del TwinSpace de «{project}», en solo lectura.",
  "notification.twinspace_look_opened.central":
    "El servicio central de apoyo miró el interior del TwinSpace de «{project}», en solo lectura.",
  "look.room_heading": "{room}: mensajes recientes (solo lectura)",
  "look.room_empty": "Aún no hay ningún mensaje en esta sala.",
  "look.room_not_shown":
    "Un vistazo muestra solo las salas compartidas del TwinSpace: Chat general, Foro y Sala del profesorado.",
  "look.file": "Archivo: {name}",
  "look.older": "Mensajes anteriores",
  "diary.unit_looked_country":
    "El servicio nacional de apoyo de {country} miró el interior del TwinSpace, en solo lectura",
  "diary.unit_looked_central": "El servicio central de apoyo miró el interior del TwinSpace, en solo lectura",
};

const de: Catalogue = {
  "look.heading": "Einblick, nur lesend",
  "look.explained_country":
    "Als Nationale Koordinierungsstelle ({country}), die dieses Projekt genehmigt hat, können Sie {hours} Stunden lang die Seiten, Materialien und Mitglieder seines TwinSpace lesen. Nichts kann geändert werden, und die Lehrkräfte des Projekts sehen, dass Sie hineingeschaut haben.",
  "look.explained_central":
    "Als Zentrale Koordinierungsstelle können Sie {hours} Stunden lang die Seiten, Materialien und Mitglieder des TwinSpace dieses Projekts lesen. Nichts kann geändert werden, und die Lehrkräfte des Projekts sehen, dass Sie hineingeschaut haben.",
  "look.open": "Nur lesend öffnen",
  "look.open_until": "Ihr Einblick (nur lesend) ist bis {until} (UTC) geöffnet.",
  "look.after_approval": "Ein Einblick ist möglich, sobald das Projekt läuft.",
  "look.record_heading": "Einblicke der Nationalen Koordinierungsstellen",
  "look.record_none": "Keine Nationale Koordinierungsstelle hat in den TwinSpace hineingeschaut.",
  "look.by_country":
    "Die Nationale Koordinierungsstelle ({country}) hat am {when} in den TwinSpace geschaut.",
  "look.by_central": "Die Zentrale Koordinierungsstelle hat am {when} in den TwinSpace geschaut.",
  "look.note_country":
    "Sie schauen als Nationale Koordinierungsstelle ({country}) hinein: nur lesend, und die Lehrkräfte des Projekts sehen, dass Sie hineingeschaut haben.",
  "look.note_central":
    "Sie schauen als Zentrale Koordinierungsstelle hinein: nur lesend, und die Lehrkräfte des Projekts sehen, dass Sie hineingeschaut haben.",
  "done.look_opened":
    "Ihr Einblick (nur lesend) ist geöffnet: Die Seiten, Materialien und Räume des TwinSpace finden Sie unten.",
  "look.rooms": "Räume",
  "notification.twinspace_look_opened.country":
    "Die Nationale Koordinierungsstelle ({country}) hat nur lesend in den TwinSpace von „{project}“ geschaut.",
  "notification.twinspace_look_opened.central":
    "Die Zentrale Koordinierungsstelle hat nur lesend in den TwinSpace von „{project}“ geschaut.",
  "look.room_heading": "{room}: neueste Nachrichten (nur lesend)",
  "look.room_empty": "Noch keine Nachricht in diesem Raum.",
  "look.room_not_shown":
    "Ein Einblick zeigt nur die gemeinsamen Räume des TwinSpace: den allgemeinen Chat, das Forum und das Lehrerzimmer.",
  "look.file": "Datei: {name}",
  "look.older": "Ältere Nachrichten",
  "diary.unit_looked_country":
    "Die Nationale Koordinierungsstelle ({country}) hat nur lesend in den TwinSpace geschaut",
  "diary.unit_looked_central": "Die Zentrale Koordinierungsstelle hat nur lesend in den TwinSpace geschaut",
};

const pt: Catalogue = {
  "look.heading": "Consultar o interior, só de leitura",
  "look.explained_country":
    "Como Serviço Nacional de Apoio ({country}) que aprovou este projeto, pode ler as páginas, os materiais e os membros do seu TwinSpace durante {hours} horas. Nada pode ser alterado, e os professores do projeto veem que o consultou.",
  "look.explained_central":
    "Como Serviço Central de Apoio, pode ler as páginas, os materiais e os membros do TwinSpace deste projeto durante {hours} horas. Nada pode ser alterado, e os professores do projeto veem que o consultou.",
  "look.open": "Abrir só de leitura",
  "look.open_until": "A sua consulta só de leitura está aberta até {until} (UTC).",
  "look.after_approval": "A consulta do interior fica disponível quando o projeto estiver em curso.",
  "look.record_heading": "Consultas pelos Serviços Nacionais de Apoio",
  "look.record_none": "Nenhum Serviço Nacional de Apoio consultou o interior do TwinSpace.",
  "look.by_country": "O Serviço Nacional de Apoio ({country}) consultou o TwinSpace em {when}.",
  "look.by_central": "O Serviço Central de Apoio consultou o TwinSpace em {when}.",
  "look.note_country":
    "Está a consultar como Serviço Nacional de Apoio ({country}): só de leitura, e os professores do projeto veem que o consultou.",
  "look.note_central":
    "Está a consultar como Serviço Central de Apoio: só de leitura, e os professores do projeto veem que o consultou.",
  "done.look_opened":
    "A sua consulta só de leitura está aberta: as páginas, os materiais e as salas do TwinSpace estão abaixo.",
  "look.rooms": "Salas",
  "notification.twinspace_look_opened.country":
    "O Serviço Nacional de Apoio ({country}) consultou o interior do TwinSpace de “{project}”, só de leitura.",
  "notification.twinspace_look_opened.central":
    "O Serviço Central de Apoio consultou o interior do TwinSpace de “{project}”, só de leitura.",
  "look.room_heading": "{room}: mensagens recentes (só de leitura)",
  "look.room_empty": "Ainda não há mensagens nesta sala.",
  "look.room_not_shown":
    "A consulta mostra apenas as salas partilhadas do TwinSpace: Conversa geral, Fórum e Sala dos professores.",
  "look.file": "Ficheiro: {name}",
  "look.older": "Mensagens anteriores",
  "diary.unit_looked_country":
    "O Serviço Nacional de Apoio ({country}) consultou o interior do TwinSpace, só de leitura",
  "diary.unit_looked_central": "O Serviço Central de Apoio consultou o interior do TwinSpace, só de leitura",
};

const pl: Catalogue = {
  "look.heading": "Wgląd do środka, tylko do odczytu",
  "look.explained_country":
    "Jako krajowe biuro ({country}), które zatwierdziło ten projekt, możesz przez {hours} godz. czytać strony, materiały i listę członków jego TwinSpace. Niczego nie można zmienić, a nauczyciele projektu widzą, że zajrzano do środka.",
  "look.explained_central":
    "Jako centralne biuro wsparcia możesz przez {hours} godz. czytać strony, materiały i listę członków TwinSpace tego projektu. Niczego nie można zmienić, a nauczyciele projektu widzą, że zajrzano do środka.",
  "look.open": "Otwórz tylko do odczytu",
  "look.open_until": "Twój wgląd tylko do odczytu jest otwarty do {until} (UTC).",
  "look.after_approval": "Wgląd do środka będzie możliwy, gdy projekt się rozpocznie.",
  "look.record_heading": "Wglądy krajowych biur",
  "look.record_none": "Żadne krajowe biuro nie zaglądało do TwinSpace.",
  "look.by_country": "Krajowe biuro ({country}) zajrzało do TwinSpace {when}.",
  "look.by_central": "Centralne biuro wsparcia zajrzało do TwinSpace {when}.",
  "look.note_country":
    "Przeglądasz jako krajowe biuro ({country}): tylko do odczytu, a nauczyciele projektu widzą, że zajrzano do środka.",
  "look.note_central":
    "Przeglądasz jako centralne biuro wsparcia: tylko do odczytu, a nauczyciele projektu widzą, że zajrzano do środka.",
  "done.look_opened":
    "Twój wgląd tylko do odczytu jest otwarty: strony, materiały i pokoje TwinSpace znajdziesz poniżej.",
  "look.rooms": "Pokoje",
  "notification.twinspace_look_opened.country":
    "Krajowe biuro ({country}) zajrzało do TwinSpace projektu „{project}”, tylko do odczytu.",
  "notification.twinspace_look_opened.central":
    "Centralne biuro wsparcia zajrzało do TwinSpace projektu „{project}”, tylko do odczytu.",
  "look.room_heading": "{room}: ostatnie wiadomości (tylko do odczytu)",
  "look.room_empty": "W tym pokoju nie ma jeszcze wiadomości.",
  "look.room_not_shown":
    "Wgląd obejmuje tylko wspólne pokoje TwinSpace: Czat ogólny, Forum i Pokój nauczycielski.",
  "look.file": "Plik: {name}",
  "look.older": "Starsze wiadomości",
  "diary.unit_looked_country": "Krajowe biuro ({country}) zajrzało do TwinSpace, tylko do odczytu",
  "diary.unit_looked_central": "Centralne biuro wsparcia zajrzało do TwinSpace, tylko do odczytu",
};

const el: Catalogue = {
  "look.heading": "Ματιά στο εσωτερικό, μόνο για ανάγνωση",
  "look.explained_country":
    "Ως Εθνική Υπηρεσία Υποστήριξης ({country}) που ενέκρινε αυτό το έργο, μπορείτε να διαβάσετε τις σελίδες, το υλικό και τα μέλη του TwinSpace του για {hours} ώρες. Τίποτα δεν μπορεί να αλλάξει, και οι εκπαιδευτικοί του έργου βλέπουν ότι το είδατε.",
  "look.explained_central":
    "Ως Κεντρική Υπηρεσία Υποστήριξης, μπορείτε να διαβάσετε τις σελίδες, το υλικό και τα μέλη του TwinSpace αυτού του έργου για {hours} ώρες. Τίποτα δεν μπορεί να αλλάξει, και οι εκπαιδευτικοί του έργου βλέπουν ότι το είδατε.",
  "look.open": "Άνοιγμα μόνο για ανάγνωση",
  "look.open_until": "Η πρόσβασή σας μόνο για ανάγνωση είναι ανοιχτή έως {until} (UTC).",
  "look.after_approval": "Η ματιά στο εσωτερικό γίνεται δυνατή μόλις το έργο ξεκινήσει.",
  "look.record_heading": "Επισκέψεις Εθνικών Υπηρεσιών Υποστήριξης",
  "look.record_none": "Καμία Εθνική Υπηρεσία Υποστήριξης δεν έχει δει το εσωτερικό του TwinSpace.",
  "look.by_country": "Η Εθνική Υπηρεσία Υποστήριξης ({country}) είδε το TwinSpace στις {when}.",
  "look.by_central": "Η Κεντρική Υπηρεσία Υποστήριξης είδε το TwinSpace στις {when}.",
  "look.note_country":
    "Βλέπετε ως Εθνική Υπηρεσία Υποστήριξης ({country}): μόνο για ανάγνωση, και οι εκπαιδευτικοί του έργου βλέπουν ότι το είδατε.",
  "look.note_central":
    "Βλέπετε ως Κεντρική Υπηρεσία Υποστήριξης: μόνο για ανάγνωση, και οι εκπαιδευτικοί του έργου βλέπουν ότι το είδατε.",
  "done.look_opened":
    "Η πρόσβασή σας μόνο για ανάγνωση είναι ανοιχτή: οι σελίδες, το υλικό και οι αίθουσες του TwinSpace βρίσκονται παρακάτω.",
  "look.rooms": "Αίθουσες",
  "notification.twinspace_look_opened.country":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) είδε το εσωτερικό του TwinSpace του «{project}», μόνο για ανάγνωση.",
  "notification.twinspace_look_opened.central":
    "Η Κεντρική Υπηρεσία Υποστήριξης είδε το εσωτερικό του TwinSpace του «{project}», μόνο για ανάγνωση.",
  "look.room_heading": "{room}: πρόσφατα μηνύματα (μόνο για ανάγνωση)",
  "look.room_empty": "Δεν υπάρχει ακόμη μήνυμα σε αυτή την αίθουσα.",
  "look.room_not_shown":
    "Η ματιά δείχνει μόνο τις κοινές αίθουσες του TwinSpace: Γενική συζήτηση, Φόρουμ και Αίθουσα εκπαιδευτικών.",
  "look.file": "Αρχείο: {name}",
  "look.older": "Παλαιότερα μηνύματα",
  "diary.unit_looked_country":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) είδε το εσωτερικό του TwinSpace, μόνο για ανάγνωση",
  "diary.unit_looked_central":
    "Η Κεντρική Υπηρεσία Υποστήριξης είδε το εσωτερικό του TwinSpace, μόνο για ανάγνωση",
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
  "diary.unit_looked_country":
    "Biroul Național de Sprijin din {country} a consultat TwinSpace-ul, doar pentru citire",
  "diary.unit_looked_central": "Serviciul Central de Sprijin a consultat TwinSpace-ul, doar pentru citire",
};

export const lookCatalogues = { en, it, fr, es, de, pt, pl, el, ro };
