import type { Catalogue } from "../../core/index.ts";

/**
 * Polskie teksty bota. Polecenia zostają po angielsku (tak je rozpoznaje bot); bot mówi o sobie
 * bezosobowo („nie udało mi się”), bez form rodzajowych. Typ `Catalogue` (zob. core/i18n/pl.ts);
 * terminy: docs/glossary/pl.md.
 */
export const pl: Catalogue = {
  "bot.usage": "Składnia",
  "bot.refusal.wrong_room": "To polecenie nie działa w tym pokoju.",
  "bot.refusal.only_in.project": "„{name}” działa w pokoju TwinSpace projektu. Wyślij je tam.",
  "bot.refusal.only_in.direct":
    "„{name}” działa w wiadomości bezpośredniej do mnie. Rozpocznij ze mną czat bezpośredni i wyślij je tam.",
  "bot.refusal.only_in.national_unit": "„{name}” działa tylko w pokoju Twojego krajowego biura.",
  "bot.refusal.not_linked":
    "Nie wiem jeszcze, kim jesteś w OpenTwinning. Otwórz OpenTwinning z platformy LMS swojej szkoły, przejdź do profilu, pobierz kod połączenia i wyślij mi w wiadomości bezpośredniej „link <kod>”.",
  "bot.refusal.pupil":
    "Polecenia są dla nauczycieli. Jeśli potrzebujesz czegoś w tym projekcie, zapytaj swojego nauczyciela.",
  "bot.refusal.not_member": "Tylko nauczyciele tego projektu mogą tu używać tego polecenia.",
  "bot.refusal.unknown_invitation":
    "Żadne z Twoich oczekujących zaproszeń nie zaczyna się od „{ref}”. Wyślij „invitations”, aby zobaczyć je z kodami.",
  "bot.refusal.ambiguous_invitation":
    "Kilka Twoich zaproszeń zaczyna się od „{ref}”. Wpisz dłuższą część kodu.",
  "bot.refusal.unknown_project":
    "Żaden projekt czekający na decyzję Twojego biura nie zaczyna się od „{ref}”. Wyślij „pending”, aby zobaczyć je z kodami.",
  "bot.refusal.ambiguous_project": "Kilka projektów zaczyna się od „{ref}”. Wpisz dłuższą część kodu.",
  "bot.refusal.no_teacher_found":
    "Żaden zarejestrowany nauczyciel nie pasuje do „{term}”. Sprawdź pisownię albo użyj jego identyfikatora Matrix lub adresu e-mail. Nauczyciele rejestrują się, otwierając OpenTwinning ze swojej platformy LMS.",
  "bot.refusal.several_teachers_found":
    "Liczba nauczycieli pasujących do „{term}”: {count}. Aby wybrać jednego, użyj jego identyfikatora Matrix lub adresu e-mail.",
  "bot.refusal.rate_limited_one":
    "To dużo poleceń w ciągu minuty. Następne wyślij za sekundę; do tego czasu nie będę odpowiadać.",
  "bot.refusal.rate_limited_few":
    "To dużo poleceń w ciągu minuty. Następne wyślij za {count} sekundy; do tego czasu nie będę odpowiadać.",
  "bot.refusal.rate_limited_many":
    "To dużo poleceń w ciągu minuty. Następne wyślij za {count} sekund; do tego czasu nie będę odpowiadać.",
  "bot.refusal.rate_limited_other":
    "To dużo poleceń w ciągu minuty. Następne wyślij za {count} sekundy; do tego czasu nie będę odpowiadać.",
  "bot.refusal.unknown_command": "Nie znam polecenia „{name}”. Wyślij „{prefix} help”, aby zobaczyć listę.",
  "bot.refusal.internal":
    "Coś poszło nie tak po mojej stronie; nic nie zostało zmienione. Spróbuj ponownie za minutę, a jeśli problem się powtarza, powiadom administratora.",
  "bot.refusal.control_characters":
    "Twoja wiadomość zawiera niewidoczny znak sterujący (NUL), więc jej nie wykonuję. Wpisz polecenie ponownie i wyślij.",
  "bot.invite.sent":
    "Wysłano zaproszenie (adresat: {name}). Można je przyjąć w OpenTwinning albo wysyłając mi „accept”.",
  "bot.members.heading": "Nauczyciele projektu „{title}”",
  "bot.members.more": "Nauczycieli łącznie: {number}. Strona projektu wymienia wszystkich.",
  "bot.members.pupils_more": "i uczniowie: {number}",
  "bot.members.pupils_one": "i {count} uczeń",
  "bot.members.pupils_few": "i {count} uczniów",
  "bot.members.pupils_many": "i {count} uczniów",
  "bot.members.pupils_other": "i {count} ucznia",
  "bot.approval.pending": "czeka na krajowe biuro",
  "bot.approval.approved": "zatwierdzony",
  "bot.approval.rejected": "odrzucony",
  "bot.approval.superseded": "zastąpiony późniejszym zgłoszeniem",
  "bot.milestones.heading": "Etapy projektu „{title}”",
  "bot.milestones.none": "Ten projekt nie ma jeszcze etapów.",
  "bot.link.done":
    "Gotowe: konto {matrixId} jest teraz połączone z profilem OpenTwinning: {name}. Zaproszę Cię do pokojów Twoich projektów.",
  "bot.projects.heading": "Twoje projekty",
  "bot.projects.more": "Pozostałe znajdziesz na swoim pulpicie w OpenTwinning.",
  "bot.projects.none": "Nie masz jeszcze projektów. Załóż projekt albo przyjmij zaproszenie w OpenTwinning.",
  "bot.invitations.heading": "Zaproszenia czekające na Ciebie (wyślij „accept <kod>” lub „decline <kod>”)",
  "bot.invitations.item": "„{title}”, zaprasza: {inviter}",
  "bot.invitations.more":
    "Czekają kolejne zaproszenia: to są najstarsze. Gdy na nie odpowiesz, następne pojawią się tutaj i na Twoim pulpicie w OpenTwinning.",
  "bot.invitations.none": "Żadne zaproszenia na Ciebie nie czekają.",
  "bot.accept.done": "Witamy w projekcie „{title}”. Za chwilę dostaniesz zaproszenia do jego pokojów.",
  "bot.decline.done": "Odrzucono zaproszenie do projektu „{title}”.",
  "bot.pending.heading": "Projekty czekające na decyzję kraju: {country}",
  "bot.pending.none": "Żaden projekt nie czeka na decyzję kraju: {country}.",
  "bot.pending.more": "… i jeszcze {number}: wszystkie są na stronie krajowego biura w LMS.",
  "bot.show.kind": "Rodzaj",
  "bot.show.founders": "Założyciele",
  "bot.show.summary": "Streszczenie",
  "bot.show.ages": "Uczniowie w wieku od {min} do {max} lat",
  "bot.show.safety": "Uzgodnione zasady bezpieczeństwa i prywatności",
  "bot.approve.done": "Zatwierdzono „{title}”. Założyciele zostali powiadomieni.",
  "bot.reject.done": "Odrzucono „{title}”. Założyciele zostali powiadomieni wraz z podanym powodem.",
  "bot.help.heading.direct":
    "O co możesz mnie tu poprosić (w tym czacie przedrostek {prefix} jest opcjonalny)",
  "bot.help.heading.project": "Polecenia w pokojach tego projektu (zaczynaj je od {prefix})",
  "bot.help.heading.national_unit": "Polecenia w pokoju krajowego biura (zaczynaj je od {prefix})",
  "bot.help.heading.other":
    "Działam tylko w pokojach projektów, pokojach krajowych biur i wiadomościach bezpośrednich.",
  "bot.help.example": "Przykład",
  "bot.help.invite":
    "zaproś zarejestrowanego nauczyciela do tego projektu (identyfikator Matrix, e-mail lub imię i nazwisko)",
  "bot.help.invite.usage": "invite <nauczyciel>",
  "bot.help.invite.example": "invite @anna.nowak:szkola.edu.pl",
  "bot.help.members": "lista nauczycieli tego projektu i liczba uczestniczących uczniów",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "status tego projektu i decyzja każdego krajowego biura",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "harmonogram projektu z terminami",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link": "połącz to konto Matrix ze swoim profilem OpenTwinning za pomocą kodu ze strony profilu",
  "bot.help.link.usage": "link <kod>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "lista Twoich projektów z ich statusem",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "lista zaproszeń czekających na Ciebie",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "przyjmij zaproszenie (jego kod jest w „invitations”)",
  "bot.help.accept.usage": "accept <zaproszenie>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "odrzuć zaproszenie",
  "bot.help.decline.usage": "decline <zaproszenie>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "lista projektów czekających na decyzję Twojego kraju",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "pokaż projekt czekający na Twoją decyzję",
  "bot.help.show.usage": "show <projekt>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "zatwierdź projekt w imieniu swojego kraju",
  "bot.help.approve.usage": "approve <projekt>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "odrzuć projekt w imieniu swojego kraju, z powodem, który przeczytają założyciele",
  "bot.help.reject.usage": "reject <projekt> <powód>",
  "bot.help.reject.example": "reject 7b1e44d0 W harmonogramie brakuje dat na drugi semestr.",
  "group.room.topic": "Dyskusja grupy eTwinning.",
  "group.kick.not_member": "Nie jest już członkiem grupy „{name}”.",
  "nu.room.name": "Krajowe biuro · {country}",
  "nu.room.topic":
    "Projekty czekające na decyzję kraju: {country}. Moderatorzy odpowiadają tutaj: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Nie jest już moderatorem kraju: {country}.",
  "nu.awaiting.heading": "Projekt czeka na decyzję kraju {country}: „{title}”",
  "nu.awaiting.commands": "Odpowiedz poleceniem",
  "nu.decision.approved": "Krajowe biuro ({country}) zatwierdziło projekt „{title}”.",
  "nu.decision.rejected": "Krajowe biuro ({country}) odrzuciło projekt „{title}”.",
  "nu.decision.reason": "Powód",
  "nu.decision.next": "Każdy z założycieli może poprawić projekt w OpenTwinning i wysłać go ponownie.",
  "nu.label.national_awarded":
    "Krajowe biuro ({country}) przyznało Krajową Odznakę Jakości za projekt „{title}” (nauczyciel: {teacher}).",
  "nu.label.national_refused":
    "Krajowe biuro ({country}) nie przyznało Krajowej Odznaki Jakości za projekt „{title}” (nauczyciel: {teacher}).",
  "nu.label.european_awarded":
    "Centralne biuro wsparcia przyznało projektowi „{title}” Europejską Odznakę Jakości.",
  "nu.label.european_declined":
    "Centralne biuro wsparcia nie przyznało projektowi „{title}” Europejskiej Odznaki Jakości.",
  "nu.school.verification_yes": "Krajowe biuro ({country}) zweryfikowało Twoją szkołę: {school}.",
  "nu.school.verification_no": "Krajowe biuro ({country}) odrzuciło rejestrację Twojej szkoły: {school}.",
  "nu.school.label_yes":
    "Krajowe biuro ({country}) przyznało Twojej szkole ({school}) tytuł Szkoły eTwinning.",
  "nu.school.label_no":
    "Krajowe biuro ({country}) nie przyznało Twojej szkole ({school}) tytułu Szkoły eTwinning.",
  "nu.school.rejected_next": "Poproś administratora platformy LMS o kontakt z krajowym biurem.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Czat ogólny",
  "twinspace.room.forum.name": "{title} · Forum",
  "twinspace.room.teachers.name": "{title} · Pokój nauczycielski",
  "twinspace.room.pupils.name": "{title} · Pokój uczniów",
  "twinspace.materials.folder.general": "Z czatu: Czat ogólny",
  "twinspace.materials.folder.forum": "Z czatu: Forum",
  "twinspace.materials.folder.pupils": "Z czatu: Pokój uczniów",
  "twinspace.materials.refused": "Plik „{name}” nie został dodany do materiałów projektu.",
  "twinspace.diary.weekly.heading": "Ostatni tydzień w projekcie „{title}”:",
  "twinspace.diary.weekly.counts":
    "Utworzone strony: {pagesCreated} · zmienione strony: {pagesChanged} · dodane materiały: {materialsAdded} · nowi nauczyciele: {membersJoined} · ukończone etapy: {milestonesDone}",
  "twinspace.room.general.topic": "Codzienny czat projektu „{title}”, ze spotkaniami wideo.",
  "twinspace.room.forum.topic":
    "Jeden wątek na temat: rozpocznij temat jedną wiadomością, odpowiadaj w jego wątku.",
  "twinspace.room.teachers.topic": "Tylko dla nauczycieli projektu „{title}”: planowanie i koordynacja.",
  "twinspace.room.pupils.topic": "Pokój uczniów projektu „{title}”, moderowany przez ich nauczycieli.",
  "twinspace.video.name": "Spotkanie wideo",
  "twinspace.welcome.heading": "Witamy w pokoju {room} projektu „{title}”.",
  "twinspace.welcome.space":
    "Ta przestrzeń zawiera pokoje projektu: Czat ogólny, Forum, Pokój nauczycielski i Pokój uczniów.",
  "twinspace.welcome.general":
    "Tutaj rozmawiamy o projekcie. Spotkanie wideo u góry tego pokoju jest dla członków projektu.",
  "twinspace.welcome.forum":
    "To forum działa w wątkach. Aby rozpocząć temat, napisz jedną wiadomość o tym, czego dotyczy; wszyscy odpowiadają w jego wątku („Odpowiedz w wątku”), a nie na głównej osi czasu. Wszystkie tematy są w sekcji „Wątki”.",
  "twinspace.welcome.teachers": "W tym pokoju są tylko nauczyciele projektu; uczniowie go nie widzą.",
  "twinspace.welcome.pupils": "Tutaj spotykają się uczniowie projektu; pokój moderują ich nauczyciele.",
  "twinspace.welcome.partners": "Szkoły partnerskie: {schools}.",
  "twinspace.welcome.rules": "Zasady bezpieczeństwa i prywatności uzgodnione przez partnerów:",
  "twinspace.welcome.footer":
    "Członkostwo odpowiada projektowi w OpenTwinning: osoby dołączają do tych pokojów i je opuszczają razem z dołączeniem do projektu i odejściem z niego.",
  "twinspace.closed":
    "Ten projekt został zamknięty {date}. Jego pokoje zostają tu do odczytu dla członków i nic nie zostało usunięte, ale nikt nie może już w nich pisać.",
  "twinspace.kick.not_member": "Nie jest członkiem projektu „{title}”.",
  "twinspace.kick.left": "Odejście z projektu „{title}”.",
  "twinspace.kick.removed": "Usunięcie z projektu „{title}”: {reason}",
  "twinspace.kick.removed_no_reason": "Usunięcie z projektu „{title}”.",
  "twinspace.kick.pupil_removed": "Koniec udziału w projekcie „{title}”.",
  "twinspace.kick.unlinked":
    "Odłączenie konta Matrix od OpenTwinning: to konto nie należy już do projektu „{title}”.",
  "twinspace.kick.relinked":
    "Połączenie innego konta Matrix w OpenTwinning: udział w projekcie „{title}” odbywa się przez tamto konto.",
  "twinspace.problems.heading":
    "{founders}: nie udało mi się przywrócić wszystkiego w tym TwinSpace do stanu zgodnego z projektem:",
  "twinspace.problems.founders": "Założyciele",
  "twinspace.problem.banned":
    "{subject} ma zakaz wstępu do: {rooms}, ale nadal należy do projektu. Zdejmij zakaz albo usuń tę osobę z projektu w OpenTwinning.",
  "twinspace.problem.invite_failed":
    "Nie udało mi się zaprosić {subject} do: {rooms} ({detail}). Sprawdź identyfikator Matrix połączony w OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} jest w: {rooms}, choć nie należy do projektu, a nie udało mi się tej osoby usunąć ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} ma w: {rooms} ten sam poziom uprawnień co bot, a Matrix nie pozwala nikomu go obniżyć. Poproś administratora serwera Matrix o naprawę.",
  "twinspace.problem.state_failed": "Nie udało mi się przywrócić {subject} w: {rooms} ({detail}).",
};
