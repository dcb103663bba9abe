import type { Catalogue } from "./translate.ts";

/** Core's texts for training and online events (issue 16): refusals and field names, in every language the product speaks. */
const en = {
  "error.event_time_invalid": "Enter the date and time of “{field}” in full, for example 03/12/2026 16:00.",
  "error.event_starts_in_past": "The event must start in the future. Choose a later start.",
  "error.event_ends_invalid": "The end must come after the start, at most three days later. Check the end.",
  "error.event_capacity_invalid": "Enter the number of places as a whole number from 1 to {max}.",
  "error.event_capacity_below_registered":
    "Places already taken: {count}. The number of places cannot be lower; cancel the event if it cannot take them.",
  "error.event_programme_outside":
    "Every programme item must lie between the start and the end of the event. Check the times of the programme.",
  "error.event_programme_line_invalid":
    "Line {line} of the programme is not a time and a title. Write each item as “14:30 Workshop”.",
  "error.event_not_organiser":
    "Only the staff of the event's national unit and the central support service organise events. Ask them for the change.",
  "error.event_cancelled": "This event was cancelled. Look for other events on the events page.",
  "error.event_started": "This event has started: registration and changes are closed.",
  "error.event_not_started": "Attendance is recorded once the event has started. Come back after its start.",
  "error.event_already_registered": "You are already registered or on the waiting list for this event.",
  "error.event_not_registered":
    "You are not registered for this event. Register on its page if places are open.",
  "error.time_zone_unknown": "Choose your time zone from the list.",
  "field.startsAt": "Start",
  "field.endsAt": "End",
  "field.programme": "Programme",
  "field.capacity": "Places",
  "field.audience": "Who may register",
  "field.timeZone": "Time zone",
  "thing.event": "event",
} as const;

type Texts = Record<keyof typeof en, string>;

const it: Texts = {
  "error.event_time_invalid": "Inserisci per intero data e ora di «{field}», per esempio 03/12/2026 16:00.",
  "error.event_starts_in_past": "L'evento deve iniziare nel futuro. Scegli un inizio più tardi.",
  "error.event_ends_invalid":
    "La fine deve venire dopo l'inizio, al massimo tre giorni dopo. Controlla la fine.",
  "error.event_capacity_invalid": "Indica il numero di posti con un numero intero da 1 a {max}.",
  "error.event_capacity_below_registered":
    "Posti già occupati: {count}. Il numero di posti non può essere inferiore; annulla l'evento se non può accoglierli.",
  "error.event_programme_outside":
    "Ogni punto del programma deve cadere tra l'inizio e la fine dell'evento. Controlla gli orari del programma.",
  "error.event_programme_line_invalid":
    "La riga {line} del programma non è un orario seguito da un titolo. Scrivi ogni punto come «14:30 Laboratorio».",
  "error.event_not_organiser":
    "Solo il personale dell'unità nazionale dell'evento e il servizio centrale di supporto organizzano eventi. Chiedi a loro la modifica.",
  "error.event_cancelled": "Questo evento è stato annullato. Cerca altri eventi nella pagina degli eventi.",
  "error.event_started": "L'evento è iniziato: iscrizioni e modifiche sono chiuse.",
  "error.event_not_started": "La partecipazione si registra quando l'evento è iniziato. Torna dopo l'inizio.",
  "error.event_already_registered": "Sei già iscritto o in lista d'attesa per questo evento.",
  "error.event_not_registered":
    "Non sei iscritto a questo evento. Iscriviti dalla sua pagina se ci sono posti.",
  "error.time_zone_unknown": "Scegli il tuo fuso orario dall'elenco.",
  "field.startsAt": "Inizio",
  "field.endsAt": "Fine",
  "field.programme": "Programma",
  "field.capacity": "Posti",
  "field.audience": "Chi può iscriversi",
  "field.timeZone": "Fuso orario",
  "thing.event": "evento",
};

const fr: Texts = {
  "error.event_time_invalid":
    "Saisissez en entier la date et l'heure de « {field} », par exemple 03/12/2026 16:00.",
  "error.event_starts_in_past": "L'événement doit commencer dans le futur. Choisissez un début plus tardif.",
  "error.event_ends_invalid": "La fin doit suivre le début, au plus trois jours après. Vérifiez la fin.",
  "error.event_capacity_invalid": "Indiquez le nombre de places par un nombre entier de 1 à {max}.",
  "error.event_capacity_below_registered":
    "Places déjà prises : {count}. Le nombre de places ne peut pas être inférieur ; annulez l'événement s'il ne peut pas les accueillir.",
  "error.event_programme_outside":
    "Chaque point du programme doit se situer entre le début et la fin de l'événement. Vérifiez les horaires du programme.",
  "error.event_programme_line_invalid":
    "La ligne {line} du programme n'est pas une heure suivie d'un titre. Écrivez chaque point ainsi : « 14:30 Atelier ».",
  "error.event_not_organiser":
    "Seuls le personnel de l'unité nationale de l'événement et le service central d'assistance organisent des événements. Demandez-leur la modification.",
  "error.event_cancelled":
    "Cet événement a été annulé. Cherchez d'autres événements sur la page des événements.",
  "error.event_started": "L'événement a commencé : les inscriptions et les modifications sont closes.",
  "error.event_not_started":
    "La présence s'enregistre une fois l'événement commencé. Revenez après son début.",
  "error.event_already_registered": "Vous êtes déjà inscrit ou sur la liste d'attente de cet événement.",
  "error.event_not_registered":
    "Vous n'êtes pas inscrit à cet événement. Inscrivez-vous sur sa page s'il reste des places.",
  "error.time_zone_unknown": "Choisissez votre fuseau horaire dans la liste.",
  "field.startsAt": "Début",
  "field.endsAt": "Fin",
  "field.programme": "Programme",
  "field.capacity": "Places",
  "field.audience": "Qui peut s'inscrire",
  "field.timeZone": "Fuseau horaire",
  "thing.event": "événement",
};

const de: Texts = {
  "error.event_time_invalid":
    "Geben Sie Datum und Uhrzeit für „{field}“ vollständig ein, zum Beispiel 03.12.2026 16:00.",
  "error.event_starts_in_past":
    "Die Veranstaltung muss in der Zukunft beginnen. Wählen Sie einen späteren Beginn.",
  "error.event_ends_invalid":
    "Das Ende muss nach dem Beginn liegen, höchstens drei Tage später. Prüfen Sie das Ende.",
  "error.event_capacity_invalid": "Geben Sie die Zahl der Plätze als ganze Zahl von 1 bis {max} an.",
  "error.event_capacity_below_registered":
    "Bereits vergebene Plätze: {count}. Die Platzzahl kann nicht niedriger sein; sagen Sie die Veranstaltung ab, wenn sie diese nicht aufnehmen kann.",
  "error.event_programme_outside":
    "Jeder Programmpunkt muss zwischen Beginn und Ende der Veranstaltung liegen. Prüfen Sie die Zeiten im Programm.",
  "error.event_programme_line_invalid":
    "Zeile {line} des Programms ist keine Uhrzeit mit Titel. Schreiben Sie jeden Punkt als „14:30 Workshop“.",
  "error.event_not_organiser":
    "Nur die Mitarbeitenden der nationalen Koordinierungsstelle der Veranstaltung und der zentrale Unterstützungsdienst organisieren Veranstaltungen. Bitten Sie sie um die Änderung.",
  "error.event_cancelled":
    "Diese Veranstaltung wurde abgesagt. Suchen Sie auf der Seite der Veranstaltungen nach anderen.",
  "error.event_started": "Die Veranstaltung hat begonnen: Anmeldung und Änderungen sind geschlossen.",
  "error.event_not_started":
    "Die Teilnahme wird erfasst, sobald die Veranstaltung begonnen hat. Kommen Sie nach dem Beginn wieder.",
  "error.event_already_registered":
    "Sie sind für diese Veranstaltung bereits angemeldet oder auf der Warteliste.",
  "error.event_not_registered":
    "Sie sind für diese Veranstaltung nicht angemeldet. Melden Sie sich auf ihrer Seite an, wenn Plätze frei sind.",
  "error.time_zone_unknown": "Wählen Sie Ihre Zeitzone aus der Liste.",
  "field.startsAt": "Beginn",
  "field.endsAt": "Ende",
  "field.programme": "Programm",
  "field.capacity": "Plätze",
  "field.audience": "Wer sich anmelden kann",
  "field.timeZone": "Zeitzone",
  "thing.event": "Veranstaltung",
};

const es: Texts = {
  "error.event_time_invalid":
    "Escribe completas la fecha y la hora de «{field}», por ejemplo 03/12/2026 16:00.",
  "error.event_starts_in_past": "El evento debe empezar en el futuro. Elige un inicio posterior.",
  "error.event_ends_invalid":
    "El final debe ser posterior al inicio, como mucho tres días después. Revisa el final.",
  "error.event_capacity_invalid": "Indica el número de plazas con un número entero de 1 a {max}.",
  "error.event_capacity_below_registered":
    "Plazas ya ocupadas: {count}. El número de plazas no puede ser menor; cancela el evento si no puede acogerlas.",
  "error.event_programme_outside":
    "Cada punto del programa debe estar entre el inicio y el final del evento. Revisa los horarios del programa.",
  "error.event_programme_line_invalid":
    "La línea {line} del programa no es una hora seguida de un título. Escribe cada punto como «14:30 Taller».",
  "error.event_not_organiser":
    "Solo el personal del servicio nacional de apoyo del evento y el servicio central de apoyo organizan eventos. Pídeles el cambio.",
  "error.event_cancelled": "Este evento se ha cancelado. Busca otros eventos en la página de eventos.",
  "error.event_started": "El evento ha empezado: las inscripciones y los cambios están cerrados.",
  "error.event_not_started":
    "La asistencia se registra cuando el evento ha empezado. Vuelve después del inicio.",
  "error.event_already_registered": "Ya estás inscrito o en la lista de espera de este evento.",
  "error.event_not_registered": "No estás inscrito en este evento. Inscríbete en su página si quedan plazas.",
  "error.time_zone_unknown": "Elige tu zona horaria de la lista.",
  "field.startsAt": "Inicio",
  "field.endsAt": "Final",
  "field.programme": "Programa",
  "field.capacity": "Plazas",
  "field.audience": "Quién puede inscribirse",
  "field.timeZone": "Zona horaria",
  "thing.event": "evento",
};

const pl: Texts = {
  "error.event_time_invalid": "Wpisz pełną datę i godzinę w polu „{field}”, na przykład 03.12.2026 16:00.",
  "error.event_starts_in_past": "Wydarzenie musi zacząć się w przyszłości. Wybierz późniejszy początek.",
  "error.event_ends_invalid":
    "Koniec musi nastąpić po początku, najpóźniej trzy dni później. Sprawdź koniec.",
  "error.event_capacity_invalid": "Podaj liczbę miejsc jako liczbę całkowitą od 1 do {max}.",
  "error.event_capacity_below_registered":
    "Zajęte miejsca: {count}. Liczba miejsc nie może być mniejsza; odwołaj wydarzenie, jeśli nie może ich przyjąć.",
  "error.event_programme_outside":
    "Każdy punkt programu musi mieścić się między początkiem a końcem wydarzenia. Sprawdź godziny w programie.",
  "error.event_programme_line_invalid":
    "Wiersz {line} programu nie zawiera godziny i tytułu. Zapisz każdy punkt jako „14:30 Warsztaty”.",
  "error.event_not_organiser":
    "Wydarzenia organizują tylko pracownicy krajowego biura wydarzenia i centralne biuro wsparcia. Poproś ich o zmianę.",
  "error.event_cancelled": "To wydarzenie zostało odwołane. Poszukaj innych wydarzeń na stronie wydarzeń.",
  "error.event_started": "Wydarzenie już się rozpoczęło: zapisy i zmiany są zamknięte.",
  "error.event_not_started": "Obecność zapisuje się po rozpoczęciu wydarzenia. Wróć po jego rozpoczęciu.",
  "error.event_already_registered": "Jesteś już zapisany(-a) na to wydarzenie lub na liście oczekujących.",
  "error.event_not_registered":
    "Nie jesteś zapisany(-a) na to wydarzenie. Zapisz się na jego stronie, jeśli są wolne miejsca.",
  "error.time_zone_unknown": "Wybierz swoją strefę czasową z listy.",
  "field.startsAt": "Początek",
  "field.endsAt": "Koniec",
  "field.programme": "Program",
  "field.capacity": "Miejsca",
  "field.audience": "Kto może się zapisać",
  "field.timeZone": "Strefa czasowa",
  "thing.event": "wydarzenie",
};

const pt: Texts = {
  "error.event_time_invalid":
    "Escreva por completo a data e a hora de «{field}», por exemplo 03/12/2026 16:00.",
  "error.event_starts_in_past": "O evento tem de começar no futuro. Escolha um início mais tarde.",
  "error.event_ends_invalid":
    "O fim tem de vir depois do início, no máximo três dias depois. Verifique o fim.",
  "error.event_capacity_invalid": "Indique o número de lugares com um número inteiro de 1 a {max}.",
  "error.event_capacity_below_registered":
    "Lugares já ocupados: {count}. O número de lugares não pode ser inferior; cancele o evento se não os puder acolher.",
  "error.event_programme_outside":
    "Cada ponto do programa tem de ficar entre o início e o fim do evento. Verifique as horas do programa.",
  "error.event_programme_line_invalid":
    "A linha {line} do programa não é uma hora seguida de um título. Escreva cada ponto como «14:30 Oficina».",
  "error.event_not_organiser":
    "Só o pessoal do serviço nacional de apoio do evento e o serviço central de apoio organizam eventos. Peça-lhes a alteração.",
  "error.event_cancelled": "Este evento foi cancelado. Procure outros eventos na página de eventos.",
  "error.event_started": "O evento já começou: as inscrições e as alterações estão fechadas.",
  "error.event_not_started": "A presença regista-se depois de o evento começar. Volte após o início.",
  "error.event_already_registered": "Já está inscrito ou na lista de espera deste evento.",
  "error.event_not_registered":
    "Não está inscrito neste evento. Inscreva-se na página do evento se houver lugares.",
  "error.time_zone_unknown": "Escolha o seu fuso horário na lista.",
  "field.startsAt": "Início",
  "field.endsAt": "Fim",
  "field.programme": "Programa",
  "field.capacity": "Lugares",
  "field.audience": "Quem se pode inscrever",
  "field.timeZone": "Fuso horário",
  "thing.event": "evento",
};

const el: Texts = {
  "error.event_time_invalid":
    "Συμπληρώστε πλήρως την ημερομηνία και την ώρα στο «{field}», για παράδειγμα 03/12/2026 16:00.",
  "error.event_starts_in_past": "Η εκδήλωση πρέπει να ξεκινά στο μέλλον. Επιλέξτε μεταγενέστερη έναρξη.",
  "error.event_ends_invalid":
    "Η λήξη πρέπει να είναι μετά την έναρξη, το πολύ τρεις ημέρες αργότερα. Ελέγξτε τη λήξη.",
  "error.event_capacity_invalid": "Δώστε τον αριθμό θέσεων ως ακέραιο αριθμό από 1 έως {max}.",
  "error.event_capacity_below_registered":
    "Θέσεις ήδη κατειλημμένες: {count}. Ο αριθμός θέσεων δεν μπορεί να είναι μικρότερος· ακυρώστε την εκδήλωση αν δεν μπορεί να τους δεχτεί.",
  "error.event_programme_outside":
    "Κάθε σημείο του προγράμματος πρέπει να βρίσκεται μεταξύ έναρξης και λήξης της εκδήλωσης. Ελέγξτε τις ώρες του προγράμματος.",
  "error.event_programme_line_invalid":
    "Η γραμμή {line} του προγράμματος δεν είναι ώρα με τίτλο. Γράψτε κάθε σημείο ως «14:30 Εργαστήριο».",
  "error.event_not_organiser":
    "Εκδηλώσεις οργανώνουν μόνο το προσωπικό της εθνικής υπηρεσίας υποστήριξης της εκδήλωσης και η κεντρική υπηρεσία υποστήριξης. Ζητήστε τους την αλλαγή.",
  "error.event_cancelled":
    "Αυτή η εκδήλωση ακυρώθηκε. Αναζητήστε άλλες εκδηλώσεις στη σελίδα των εκδηλώσεων.",
  "error.event_started": "Η εκδήλωση έχει ξεκινήσει: οι εγγραφές και οι αλλαγές έκλεισαν.",
  "error.event_not_started": "Η παρουσία καταγράφεται αφού ξεκινήσει η εκδήλωση. Επιστρέψτε μετά την έναρξη.",
  "error.event_already_registered": "Είστε ήδη εγγεγραμμένοι ή στη λίστα αναμονής αυτής της εκδήλωσης.",
  "error.event_not_registered":
    "Δεν είστε εγγεγραμμένοι σε αυτή την εκδήλωση. Εγγραφείτε στη σελίδα της αν υπάρχουν θέσεις.",
  "error.time_zone_unknown": "Επιλέξτε τη ζώνη ώρας σας από τη λίστα.",
  "field.startsAt": "Έναρξη",
  "field.endsAt": "Λήξη",
  "field.programme": "Πρόγραμμα",
  "field.capacity": "Θέσεις",
  "field.audience": "Ποιοι μπορούν να εγγραφούν",
  "field.timeZone": "Ζώνη ώρας",
  "thing.event": "εκδήλωση",
};

const ro: Texts = {
  "error.event_time_invalid": "Scrieți complet data și ora pentru „{field}”, de exemplu 03.12.2026 16:00.",
  "error.event_starts_in_past": "Evenimentul trebuie să înceapă în viitor. Alegeți un început mai târziu.",
  "error.event_ends_invalid":
    "Sfârșitul trebuie să fie după început, cel mult trei zile mai târziu. Verificați sfârșitul.",
  "error.event_capacity_invalid": "Indicați numărul de locuri printr-un număr întreg de la 1 la {max}.",
  "error.event_capacity_below_registered":
    "Locuri deja ocupate: {count}. Numărul de locuri nu poate fi mai mic; anulați evenimentul dacă nu le poate primi.",
  "error.event_programme_outside":
    "Fiecare punct din program trebuie să fie între începutul și sfârșitul evenimentului. Verificați orele din program.",
  "error.event_programme_line_invalid":
    "Rândul {line} din program nu este o oră urmată de un titlu. Scrieți fiecare punct ca „14:30 Atelier”.",
  "error.event_not_organiser":
    "Doar personalul serviciului național de sprijin al evenimentului și serviciul central de sprijin organizează evenimente. Cereți-le modificarea.",
  "error.event_cancelled": "Acest eveniment a fost anulat. Căutați alte evenimente pe pagina evenimentelor.",
  "error.event_started": "Evenimentul a început: înscrierile și modificările sunt închise.",
  "error.event_not_started":
    "Prezența se înregistrează după ce evenimentul a început. Reveniți după începerea lui.",
  "error.event_already_registered":
    "Sunteți deja înscris(ă) sau pe lista de așteptare pentru acest eveniment.",
  "error.event_not_registered":
    "Nu sunteți înscris(ă) la acest eveniment. Înscrieți-vă pe pagina lui dacă mai sunt locuri.",
  "error.time_zone_unknown": "Alegeți fusul orar din listă.",
  "field.startsAt": "Început",
  "field.endsAt": "Sfârșit",
  "field.programme": "Program",
  "field.capacity": "Locuri",
  "field.audience": "Cine se poate înscrie",
  "field.timeZone": "Fus orar",
  "thing.event": "eveniment",
};

export const onlineEventCoreCatalogues: Record<string, Catalogue> = { en, it, fr, de, es, pl, pt, el, ro };
