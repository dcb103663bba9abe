import type { Catalogue } from "../../../core/index.ts";

/**
 * Polskie teksty strony LTI: sesje, uruchomienia, rejestracja, deep linking, import uczniów.
 * Typ `Catalogue` (zob. core/i18n/pl.ts); terminy: docs/glossary/pl.md.
 */
export const pl: Catalogue = {
  "session.required.title": "Otwórz OpenTwinning ze swojego kursu",
  "session.required.body":
    "Nie masz aktywnej sesji albo Twoja sesja się skończyła. Otwórz ponownie OpenTwinning ze swojego kursu na platformie edukacyjnej szkoły (np. z aktywności OpenTwinning w Moodle).",
  "session.sign_out.action": "Wyloguj się",
  "session.signed_out.title": "Wylogowano",
  "session.signed_out.body":
    "Wylogowano Cię z OpenTwinning. Zamknij to okno albo otwórz OpenTwinning ponownie ze swojego kursu.",
  "session.csrf.title": "Ten formularz wygasł",
  "session.csrf.body":
    "Nie udało się sprawdzić formularza, być może był otwarty zbyt długo albo w międzyczasie ponownie otwarto OpenTwinning. Wróć, odśwież stronę i wyślij formularz jeszcze raz.",
  "session.origin.title": "Ten formularz nie został wysłany z OpenTwinning",
  "session.origin.body":
    "OpenTwinning przyjmuje zmiany tylko z własnych stron, a to żądanie przyszło z innego miejsca. Nic nie zostało zmienione. Otwórz ponownie OpenTwinning ze swojego kursu i korzystaj z jego formularzy.",

  "request.nul.title": "To żądanie zawiera niewidoczny znak sterujący",
  "request.nul.body":
    "Przesłane dane zawierają znak NUL, którego nie może zawierać żaden tekst w OpenTwinning; zwykle pochodzi on z tekstu skopiowanego z innego programu. Nic nie zostało zmienione. Wpisz tekst ponownie (albo wklej go jako zwykły tekst) i wyślij jeszcze raz.",
  "app.not_found.title": "Nie znaleziono strony",
  "app.not_found.body":
    "Pod tym adresem nie ma żadnej strony. Wróć albo otwórz OpenTwinning ponownie ze swojego kursu.",
  "app.error.title": "Coś poszło nie tak",
  "app.error.body":
    "OpenTwinning nie mógł dokończyć tego żądania. Spróbuj ponownie za chwilę; jeśli problem się powtarza, podaj operatorowi usługi godzinę, o której wystąpił.",
  "lti.domain_refusal.title": "To nie jest możliwe",
  "lti.back_to_dashboard": "Wróć do pulpitu",

  "lti.refusal.request.title": "Żądanie było niekompletne",
  "lti.refusal.request.body":
    "OpenTwinning otrzymał uruchomienie lub formularz, w którym brakuje wymaganych części albo który jest nieprawidłowo zbudowany. Otwórz OpenTwinning ponownie ze swojego kursu. Jeśli administrujesz platformą edukacyjną i problem się powtarza, sprawdź, czy narzędzie jest skonfigurowane dla LTI 1.3.",
  "lti.refusal.too_large.title": "Żądanie było za duże",
  "lti.refusal.too_large.body":
    "OpenTwinning odrzuca tak duże żądania. Otwórz OpenTwinning ponownie ze swojego kursu; jeśli administrujesz platformą edukacyjną, sprawdź, czy nie wysyła ona zbyt dużych danych uruchomienia (np. bardzo długich parametrów niestandardowych).",
  "lti.refusal.login_expired.title": "To logowanie wygasło",
  "lti.refusal.login_expired.body":
    "Logowanie z platformy edukacyjnej trwało zbyt długo albo zostało już użyte. Otwórz OpenTwinning ponownie ze swojego kursu.",
  "lti.refusal.browser_mismatch.title": "To logowanie należy do innego okna",
  "lti.refusal.browser_mismatch.body":
    "Logowanie rozpoczęto w innej przeglądarce lub innym oknie. Otwórz OpenTwinning ponownie ze swojego kursu w tym oknie.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning musi działać przez https",
  "lti.refusal.insecure_cross_site.body":
    "Twoja platforma edukacyjna działa pod innym adresem niż OpenTwinning, a OpenTwinning jest udostępniany przez zwykłe http, więc przeglądarki nie odsyłają jego ciasteczka logowania i żadne uruchomienie nie może zadziałać, ani na tej stronie, ani w nowym oknie. Powiadom administratora platformy. Dla osoby prowadzącej OpenTwinning poprawka to jedna linia: udostępnij go przez https (za serwerem proxy TLS) i ustaw PUBLIC_URL=https://<jego adres>.",
  "lti.refusal.unknown_platform.title": "Ta platforma edukacyjna nie jest zarejestrowana",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning nie zna platformy edukacyjnej (wystawcy i identyfikatora klienta), która wysłała to żądanie. Administrator platformy musi najpierw zarejestrować OpenTwinning: przez rejestrację dynamiczną z linkiem od operatora usługi albo ręcznie, z wartościami, które wypisuje operator.",
  "lti.refusal.target.title": "Adres narzędzia jest nieprawidłowy",
  "lti.refusal.target.body":
    "Platforma edukacyjna zażądała adresu OpenTwinning, który nie jest jego adresem uruchomienia. Administrator platformy powinien ustawić adres URL narzędzia i adres przekierowania na adres uruchomienia podany przy rejestracji (kończący się na /lti/launch).",
  "lti.refusal.signature.title": "Nie udało się zweryfikować uruchomienia",
  "lti.refusal.signature.body":
    "Podpis uruchomienia nie pasuje do kluczy publikowanych przez platformę edukacyjną albo używa innej metody podpisu niż RS256. Otwórz OpenTwinning ponownie ze swojego kursu; jeśli problem się powtarza, administrator platformy powinien sprawdzić w rejestracji adres URL publicznego zestawu kluczy platformy.",
  "lti.refusal.time.title": "Uruchomienie wygasło",
  "lti.refusal.time.body":
    "Uruchomienie jest zbyt stare albo opatrzone datą z przyszłości. Otwórz OpenTwinning ponownie ze swojego kursu. Jeśli problem się powtarza, zegar serwera platformy edukacyjnej może się mylić: powinien go sprawdzić jej administrator.",
  "lti.refusal.audience.title": "Uruchomienie było przeznaczone dla innego narzędzia",
  "lti.refusal.audience.body":
    "Uruchomienie wskazuje innego wystawcę lub inny identyfikator klienta niż rejestracja, której dotyczy. Administrator platformy edukacyjnej powinien sprawdzić identyfikator klienta w rejestracji OpenTwinning.",
  "lti.refusal.replay.title": "To uruchomienie zostało już użyte",
  "lti.refusal.replay.body":
    "Każdego uruchomienia można użyć tylko raz. Zamiast odświeżać stronę lub cofać się, otwórz OpenTwinning ponownie ze swojego kursu.",
  "lti.refusal.unknown_deployment.title": "To wdrożenie nie jest przypisane do szkoły",
  "lti.refusal.unknown_deployment.body":
    "Platforma edukacyjna uruchomiła OpenTwinning przez wdrożenie, które nie jest przypisane do szkoły. Administrator platformy powinien zarejestrować OpenTwinning z nazwą i krajem szkoły (rejestracja dynamiczna) albo poprosić operatora o dodanie wdrożenia poleceniem `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "Połączenie tej szkoły jest zawieszone",
  "lti.refusal.school_rejected.body":
    "Krajowe biuro kraju tej szkoły nie mogło potwierdzić, że ta rejestracja należy do prawdziwej szkoły, dlatego OpenTwinning jest dla niej zawieszony. Administrator platformy powinien skontaktować się ze swoim krajowym biurem eTwinning, aby potwierdzić szkołę; po potwierdzeniu uruchomienia znowu zadziałają. Administrator nadal może otworzyć OpenTwinning z platformy LMS i przeczytać uzasadnienie biura w zakładce Moja szkoła.",
  "lti.refusal.message.title": "Ten rodzaj uruchomienia nie jest obsługiwany",
  "lti.refusal.message.body":
    "OpenTwinning przyjmuje uruchomienia LTI 1.3 typu resource link i deep linking z wymaganymi deklaracjami (claims). Administrator platformy edukacyjnej powinien sprawdzić, czy narzędzie jest skonfigurowane dla LTI 1.3 i czy uruchomienie przesyła wymagane dane.",
  "lti.refusal.role.title": "Twoja rola nie daje dostępu",
  "lti.refusal.role.body":
    "OpenTwinning jest przeznaczony dla nauczycieli, uczniów i administratorów kursu. Twoja rola w tym kursie nie daje dostępu; jeśli uważasz, że powinna, zapytaj nauczyciela prowadzącego kurs.",
  "lti.refusal.pupil_unregistered.title": "Twój nauczyciel jeszcze Cię nie zarejestrował",
  "lti.refusal.pupil_unregistered.body":
    "Uczniowie biorą udział, gdy nauczyciel doda ich do OpenTwinning. Poproś nauczyciela, żeby Cię zarejestrował, a potem otwórz OpenTwinning ponownie ze swojego kursu.",
  "lti.refusal.pupil_not_in_project.title": "Nie należysz do tego projektu",
  "lti.refusal.pupil_not_in_project.body":
    "Ten link prowadzi do projektu, do którego nauczyciel Cię nie dodał. Poproś nauczyciela, żeby dodał Cię do projektu, a potem otwórz link jeszcze raz.",
  "lti.refusal.project_not_open.title": "Ten projekt jeszcze się nie zaczął",
  "lti.refusal.project_not_open.body":
    "Projekt otworzy się, gdy zatwierdzą go nauczyciele partnerzy i ich krajowe biura. Wtedy nauczyciel Cię doda, a ten link zaprowadzi Cię do projektu.",
  "lti.refusal.platform_unreachable.title": "Platforma edukacyjna nie odpowiedziała",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning nie mógł pobrać z platformy edukacyjnej potrzebnych danych (jej kluczy lub listy uczestników kursu). Spróbuj ponownie za chwilę; jeśli problem się powtarza, administrator platformy powinien sprawdzić, czy platforma jest dostępna z internetu.",
  "lti.refusal.registration_token.title": "Ten link rejestracyjny jest nieprawidłowy",
  "lti.refusal.registration_token.body":
    "Do rejestracji OpenTwinning potrzebny jest link rejestracyjny od operatora usługi. Ten link jest nieznany, został już użyty albo wygasł: poproś operatora o nowy.",
  "lti.refusal.registration_target.title": "Nie można użyć tego adresu platformy",
  "lti.refusal.registration_target.body":
    "Konfiguracja platformy edukacyjnej wskazuje adres, z którym OpenTwinning się nie łączy (nie https, adres w sieci prywatnej albo inny serwer niż serwer platformy). Platforma musi być dostępna przez https pod adresem publicznym.",
  "lti.refusal.registration_failed.title": "Rejestracja nie została dokończona",
  "lti.refusal.registration_failed.body":
    "Platforma edukacyjna nie przyjęła rejestracji albo nie odpowiedziała zgodnie z oczekiwaniami. Rozpocznij rejestrację ponownie z platformy; jeśli znowu się nie uda, zarejestruj OpenTwinning ręcznie z wartościami, które wypisuje operator.",
  "lti.refusal.roster_unavailable.title": "Lista uczestników kursu jest niedostępna",
  "lti.refusal.roster_unavailable.body":
    "Aby zaimportować uczniów, otwórz OpenTwinning z kursu, z którego chcesz ich zaimportować. Administrator platformy edukacyjnej musi włączyć dla OpenTwinning usługę Names and Role Provisioning.",
  "lti.refusal.deep_linking_unavailable.title": "Dodaj OpenTwinning ze swojego kursu",
  "lti.refusal.deep_linking_unavailable.body":
    "Aby umieścić w kursie link do projektu, dodaj w kursie aktywność OpenTwinning i wybierz „Wybierz zawartość”.",

  "lti.new_window.title": "Otwórz OpenTwinning w nowym oknie",
  "lti.new_window.body":
    "Twoja przeglądarka nie pozwala OpenTwinning utrzymać logowania wewnątrz strony platformy edukacyjnej (blokuje ciasteczka osadzonych witryn). Aby kontynuować, otwórz go w nowym oknie.",
  "lti.new_window.action": "Otwórz w nowym oknie",
  "lti.cookies_blocked.title": "Jeszcze jeden krok",
  "lti.cookies_blocked.body":
    "Twoja przeglądarka blokuje ciasteczko OpenTwinning wewnątrz strony platformy edukacyjnej, więc nie można tu utrzymać logowania. Otwórz OpenTwinning w nowym oknie; link działa jeden raz i tylko przez minutę.",
  "lti.handoff_used.title": "Ten link wygasł",
  "lti.handoff_used.body":
    "Link do otwarcia OpenTwinning w nowym oknie działa jeden raz i tylko przez minutę. Otwórz OpenTwinning ponownie ze swojego kursu.",

  "lti.register.title": "Połącz swoją szkołę z OpenTwinning",
  "lti.register.intro":
    "OpenTwinning przypisuje każde połączenie platformy edukacyjnej do jednej szkoły. Podaj nazwę i kraj swojej szkoły; nauczyciele, którzy otworzą OpenTwinning przez to połączenie, będą należeć do tej szkoły.",
  "lti.register.school_name": "Nazwa szkoły",
  "lti.register.country": "Kraj",
  "lti.register.choose_country": "Wybierz kraj",
  "lti.register.pinned":
    "Twój link rejestracyjny ustala pokazaną tu szkołę i kraj. Jeśli są nieprawidłowe, poproś operatora OpenTwinning o nowy link.",
  "lti.register.submit": "Zarejestruj OpenTwinning",
  "lti.register.unit_intro":
    "Ten link łączy platformę edukacyjną krajowego biura ({country}). Osoby, które otworzą OpenTwinning przez to połączenie, działają jako pracownicy biura: nie są nauczycielami i nie są pokazywane nauczycielom jako partnerzy.",
  "lti.register.unit_name": "krajowe biuro ({country})",
  "lti.register.central_intro":
    "Ten link łączy platformę edukacyjną centralnego biura wsparcia. Osoby, które otworzą OpenTwinning przez to połączenie, działają jako pracownicy centralnego biura wsparcia (działającego dla wszystkich krajów): nie są nauczycielami i nie są pokazywane nauczycielom jako partnerzy.",
  "lti.register.central_name": "centralne biuro wsparcia",
  "lti.register.done.title": "OpenTwinning jest zarejestrowany",
  "lti.register.done.body":
    "OpenTwinning jest teraz połączony dla szkoły {school}. Jeśli platforma edukacyjna tego wymaga, aktywuj narzędzie (w Moodle: Administracja witryny → Wtyczki → Moduły aktywności → Narzędzie zewnętrzne → Zarządzaj narzędziami). W Moodle otwórz tam też ustawienia narzędzia i ustaw „Użycie konfiguracji narzędzia” na „Pokaż w selektorze aktywności i jako wstępnie skonfigurowane narzędzie”: do tego czasu nauczyciele nie mogą dodać go do swoich kursów.",

  "lti.deep_linking.title": "Połącz projekt z tym kursem",
  "lti.deep_linking.intro": "Wybierz projekt, który uczniowie mają otwierać z tego kursu.",
  "lti.deep_linking.none":
    "Nie należysz jeszcze do żadnego projektu. Najpierw załóż projekt w OpenTwinning albo dołącz do projektu, a potem ponownie dodaj link.",
  "lti.deep_linking.choose": "Twoje projekty",
  "lti.deep_linking.not_open.draft":
    "Jeszcze nie: uczniowie mogą otworzyć projekt, gdy zostanie zatwierdzony. Najpierw wyślij go ze strony projektu.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Jeszcze nie: czeka na przyjęcie przez współzałożyciela, a potem na zatwierdzenie przez krajowe biura.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Jeszcze nie: można go umieścić w kursie, gdy tylko krajowe biura go zatwierdzą.",
  "lti.deep_linking.not_open.closed": "Zamknięty: projekt się zakończył.",
  "lti.deep_linking.submit": "Dodaj link do kursu",
  "lti.deep_linking.returning": "Powrót do kursu",
  "lti.deep_linking.return": "Przejdź do kursu",

  "lti.roster.title": "Importuj uczniów z kursu",
  "lti.roster.intro":
    "Oto uczestnicy Twojego kursu {course}. Wybierz uczniów, których chcesz zarejestrować w OpenTwinning; zapisywane są tylko ich imiona i nazwiska. Zarejestrowani uczniowie mogą otwierać OpenTwinning z kursu i widzą projekty, do których ich dodasz.",
  "lti.roster.empty": "W tym kursie nie ma uczestników do zaimportowania.",
  "lti.roster.choose_one": "Uczestnik kursu",
  "lti.roster.choose_few": "{count} uczestników kursu",
  "lti.roster.choose_many": "{count} uczestników kursu",
  "lti.roster.choose_other": "{count} uczestnika kursu",
  "lti.roster.project": "Dodaj ich też do tego projektu (opcjonalnie)",
  "lti.roster.no_project": "Na razie bez projektu",
  "lti.roster.submit": "Zarejestruj wybranych uczniów",
  "lti.roster.unnamed": "Uczeń {id}",
  "lti.roster.done.title": "Uczniowie zaimportowani",
  "lti.roster.done.registered_one": "Nowo zarejestrowano jednego ucznia:",
  "lti.roster.done.registered_few": "Nowo zarejestrowano {count} uczniów.",
  "lti.roster.done.registered_many": "Nowo zarejestrowano {count} uczniów.",
  "lti.roster.done.registered_other": "Nowo zarejestrowano {count} ucznia.",
  "lti.roster.done.existing_one": "Osoba zarejestrowana już wcześniej przez Ciebie: {names}.",
  "lti.roster.done.existing_few": "Osoby zarejestrowane już wcześniej przez Ciebie: {names}.",
  "lti.roster.done.existing_many": "Osoby zarejestrowane już wcześniej przez Ciebie: {names}.",
  "lti.roster.done.existing_other": "Osoby zarejestrowane już wcześniej przez Ciebie: {names}.",
  "lti.roster.done.other_teacher_one":
    "Nie zaimportowano (osoba zarejestrowana przez innego nauczyciela albo będąca nauczycielem): {names}.",
  "lti.roster.done.other_teacher_few":
    "Nie zaimportowano (osoby zarejestrowane przez innego nauczyciela albo będące nauczycielami): {names}.",
  "lti.roster.done.other_teacher_many":
    "Nie zaimportowano (osoby zarejestrowane przez innego nauczyciela albo będące nauczycielami): {names}.",
  "lti.roster.done.other_teacher_other":
    "Nie zaimportowano (osoby zarejestrowane przez innego nauczyciela albo będące nauczycielami): {names}.",
  "lti.roster.done.project": "Są teraz członkami projektu „{project}”.",
  "lti.roster.done.sheet": "Wydrukuj kartę dostępu dla uczniów",
  "lti.roster.done.launch":
    "Twoi uczniowie otwierają OpenTwinning z tego kursu za pomocą swojego konta szkolnego.",
};
