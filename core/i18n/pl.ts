import type { Catalogue } from "./translate.ts";

/**
 * Polskie teksty core: odmowy, statusy, rodzaje, role, pola, przedmioty, kryteria odznak.
 * Terminy i forma zwracania się: docs/glossary/pl.md.
 */
export const pl: Catalogue = {
  "error.invalid_input": "Pole „{field}” ma nieoczekiwany format. Sprawdź je i wyślij formularz ponownie.",
  "error.text_required": "Wypełnij pole „{field}”.",
  "error.text_too_long": "Pole „{field}” jest za długie: może mieć najwyżej {max} znaków.",
  "error.text_control_character":
    "Pole „{field}” zawiera niewidoczny znak sterujący (często wklejony z innego programu). Wpisz tekst ponownie albo wklej go jako zwykły tekst i wyślij formularz jeszcze raz.",
  "error.unknown_country":
    "„{value}” nie jest krajem uczestniczącym. Wybierz kraj z listy (dwuliterowy kod ISO, np. PL lub IT).",
  "error.unknown_subject": "Nie znamy przedmiotu „{value}”. Wybierz przedmioty z listy.",
  "error.unknown_language": "Nie znamy kodu języka „{value}”. Wybierz języki z listy.",
  "error.unknown_interface_language":
    "„{value}” nie jest jednym z języków OpenTwinning. Wybierz język z listy.",
  "error.age_range_invalid":
    "Wiek uczniów musi mieścić się w przedziale od {min} do {max} lat; najpierw podaj niższy wiek.",
  "error.milestone_in_past": "Termin etapu ({dueDate}) już minął. Wybierz datę od dziś ({today}) włącznie.",
  "error.milestone_date_invalid":
    "„{field}” nie jest prawidłową datą. Użyj kalendarza albo formatu RRRR-MM-DD.",
  "error.too_many_items": "Pole „{field}” ma za dużo pozycji: najwyżej {max}.",
  "error.email_invalid": "Ten adres e-mail wygląda na nieprawidłowy. Sprawdź go i spróbuj ponownie.",
  "error.not_found":
    "Nie znaleziono: {what}. Taki element nie istnieje albo nie masz do niego dostępu. Wróć do pulpitu i spróbuj ponownie.",
  "error.link_code_invalid":
    "Ten kod jest nieznany, został już użyty albo wygasł. Otwórz swój profil w OpenTwinning, aby otrzymać nowy kod, i w ciągu 15 minut wyślij ponownie „link <code>”.",
  "error.matrix_id_invalid":
    "„{value}” nie jest identyfikatorem Matrix. Identyfikator Matrix wygląda tak: @nazwa:example.org.",
  "error.matrix_id_linked_elsewhere":
    "To konto Matrix jest już połączone z innym kontem OpenTwinning. Najpierw odłącz je tam albo połącz inne konto Matrix.",
  "error.matrix_id_of_pupil":
    "To konto Matrix należy do ucznia: konto ucznia pozostaje w jego projekcie i nigdy nie jest łączone z kontem dorosłego. Połącz własne konto Matrix.",
  "error.forbidden":
    "Nie masz uprawnień do tej czynności. Zwróć się do założyciela projektu lub administratora szkoły.",
  "error.not_registered_teacher":
    "Udział biorą tylko zarejestrowani nauczyciele. Aby się zarejestrować, nauczyciel musi raz otworzyć OpenTwinning z platformy edukacyjnej (LMS) swojej szkoły.",
  "error.teaching_only":
    "Ta strona jest dla nauczycieli: wyszukiwanie partnerów, kontakty, tablica pomysłów, wiadomości między nauczycielami, zakładanie projektów i konta uczniów. Pracujesz tu dla krajowego biura lub centralnego biura wsparcia, bez konta nauczyciela: Twój pulpit zawiera strony Twojej pracy.",
  "error.deployment_not_bound":
    "To połączenie z platformą LMS nie jest jeszcze przypisane do szkoły. Poproś administratora platformy LMS w szkole o dokończenie rejestracji OpenTwinning (nazwa szkoły i kraj).",
  "paging.more_than": "ponad {number}",
  "error.filter_invalid":
    "Lista nie oferuje takiego filtra ani takiego odnośnika do strony. Wybierz filtry w formularzu albo otwórz listę ponownie od pierwszej strony.",
  "error.staff_not_teacher":
    "To konto należy do pracownika krajowego biura, a pracownicy działają w imieniu biura, nie jako nauczyciele. Aby uczyć, otwórz OpenTwinning z platformy LMS swojej szkoły, używając konta szkolnego.",
  "error.staff_account_is_teacher":
    "To konto na platformie LMS jest już kontem nauczyciela. Pracownicy krajowego biura potrzebują osobnego konta na platformie LMS biura: poproś o nie administratora tej platformy.",
  "error.contact_self": "Nie można dodać do kontaktów samego siebie.",
  "error.group_already_decided": "Decyzja w sprawie tej propozycji została już podjęta.",
  "error.group_already_member": "Należysz już do tej grupy albo Twoja prośba czeka na moderatora.",
  "error.group_not_member":
    "Ten nauczyciel nie jest członkiem grupy. Odśwież stronę, aby zobaczyć jej członków.",
  "error.group_not_moderator": "Tylko moderatorzy grupy mogą to zrobić. Zwróć się do jednego z nich.",
  "error.group_request_not_pending": "Na tę prośbę już odpowiedziano albo ją wycofano. Odśwież stronę.",
  "error.group_last_moderator":
    "Jesteś jedynym moderatorem grupy, więc nie możesz jej opuścić. Najpierw poproś centralne biuro wsparcia o wyznaczenie innego moderatora.",
  "error.group_remove_moderator":
    "Moderatora nie można tu usunąć z grupy. Zwróć się do centralnego biura wsparcia.",
  "error.group_moderator_not_teacher":
    "Moderator musi być podany jako identyfikator konta nauczyciela. Znajdziesz go w wyszukiwarce kont na stronie Administracja.",
  "error.idea_start_month_invalid": "Podaj początek jako miesiąc, np. 2027-02, albo zostaw puste pole.",
  "error.idea_own_reply":
    "To Twój własny pomysł: odpowiadają na niego inni. Możesz go zmienić lub przedłużyć na jego stronie.",
  "error.idea_already_replied":
    "Na ten pomysł już odpowiedziano z Twojego konta. Autor ma Twoje zaproszenie do kontaktów; poczekaj na odpowiedź.",
  "error.idea_contacts_only":
    "Projekt na podstawie tego pomysłu mogą założyć tylko autor i jego kontakty. Najpierw odpowiedz na pomysł: gdy autor przyjmie zaproszenie, zostaniecie kontaktami.",
  "error.contact_exists": "Jesteście już kontaktami albo zaproszenie między wami czeka na odpowiedź.",
  "error.contact_request_not_pending": "Na to zaproszenie do kontaktów już odpowiedziano.",
  "error.cofounder_not_contact":
    "Współzałożyciel musi być jednym z Twoich kontaktów. Najpierw wyślij mu zaproszenie do kontaktów i poczekaj, aż je przyjmie.",
  "error.cofounder_is_founder":
    "Nie można być własnym współzałożycielem. Wybierz kogoś spośród swoich kontaktów.",
  "error.third_founder":
    "Projekt ma dokładnie dwóch założycieli. Innych nauczycieli zaproś jako członków albo nadaj im rolę administratora projektu.",
  "error.cofounder_required": "Przed wysłaniem projektu wybierz współzałożyciela spośród swoich kontaktów.",
  "error.not_cofounder": "Tylko zaproszony współzałożyciel może przyjąć albo odrzucić ten projekt.",
  "error.project_form_incomplete": "Przed wysłaniem projektu wypełnij: {fields}.",
  "error.school_projects_closed":
    "Projekty szkolne (tylko nauczyciele jednej szkoły) nie są obecnie otwarte w kraju: {country}. Wybierz współzałożyciela z innej szkoły.",
  "error.page_edit_not_allowed":
    "Założyciele nie udostępnili Ci tej strony do edycji. Poproś założyciela projektu o zgodę albo pisz na stronie, która jest dla Ciebie otwarta.",
  "error.page_changed_meanwhile":
    "Ktoś zapisał tę stronę podczas Twojej edycji. Twój tekst nadal jest w formularzu: otwórz stronę w nowej karcie, przenieś zmiany do swojego tekstu i zapisz ponownie.",
  "error.page_tree_too_deep":
    "Strony mogą mieć najwyżej dwa poziomy. Jako stronę nadrzędną wybierz stronę najwyższego poziomu albo żadną.",
  "error.page_limit_reached":
    "Ten projekt ma już maksymalną liczbę stron ({max}). Połącz lub usuń strony, zanim dodasz kolejną.",
  "error.page_proposal_decided":
    "Inny nauczyciel już zatwierdził lub odrzucił tę propozycję. Otwórz stronę, aby zobaczyć jej aktualny tekst.",
  "error.material_too_large":
    "Plik jest większy niż {max} MB, czyli limit dla jednego pliku. Zmniejsz go (w przypadku filmu wyeksportuj krótszą wersję lub w niższej rozdzielczości) albo udostępnij do niego link.",
  "error.material_quota_exceeded":
    "Biblioteka projektu jest pełna: zajęto {used} MB z {max} MB. Usuń pliki, których projekt już nie potrzebuje, albo poproś operatora usługi o więcej miejsca.",
  "error.material_type_refused":
    "Tego rodzaju pliku nie można dodać do biblioteki (sprawdzono zawartość, nie nazwę). Akceptowane: zdjęcia i obrazy (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, dokumenty biurowe, audio i wideo (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "Obraz jest za duży ({width} × {height} pikseli). Zmniejsz go do najwyżej {max} megapikseli i prześlij ponownie.",
  "error.material_image_unreadable":
    "Nie udało się odczytać obrazu: może być uszkodzony albo w ogóle nie jest obrazem. Wyeksportuj go ponownie z programu do zdjęć i prześlij jeszcze raz.",
  "error.material_missing_file": "Wybierz plik do przesłania, a potem wyślij formularz ponownie.",
  "error.material_storage_failed":
    "Nie udało się zapisać pliku: na serwerze zabrakło miejsca albo magazyn danych jest niedostępny. Nic nie zostało zapisane; spróbuj później, a jeśli problem się powtarza, powiadom operatora usługi.",
  "error.showcase_photo_consent_required":
    "Ta strona zawiera obrazy. Zaznacz, że uzyskano zgodę dla każdego ucznia, którego można na nich rozpoznać, albo usuń te obrazy, a następnie opublikuj ponownie.",
  "error.wrong_status": "Status projektu: „{status}”. Ten krok nie jest teraz możliwy.",
  "error.not_moderator_for_country": "Decyzję w sprawie kraju {country} podejmuje tylko jego krajowe biuro.",
  "error.staff_only":
    "Szkoły weryfikują tylko pracownicy krajowego biura ({country}), którzy otwierają OpenTwinning z platformy biura. Zgłoś im tę szkołę.",
  "error.no_pending_approval":
    "Ten projekt nie czeka na decyzję kraju: {country} (być może została już podjęta).",
  "error.rejection_reason_required": "Podaj powód odrzucenia, aby założyciele wiedzieli, co zmienić.",
  "error.invitations_before_approval":
    "Nauczycieli można zapraszać, gdy krajowe biura zatwierdzą projekt (obecny status: „{status}”).",
  "error.already_member": "Ten nauczyciel jest już członkiem projektu.",
  "error.invitation_pending": "Ten nauczyciel został już zaproszony i jeszcze nie odpowiedział.",
  "error.not_invitee": "To zaproszenie nie jest skierowane do Ciebie.",
  "error.invitation_not_pending": "Na to zaproszenie już odpowiedziano albo zostało wycofane.",
  "error.not_project_manager": "Tylko założyciele i administratorzy projektu mogą to zrobić.",
  "error.school_project_other_school":
    "Do projektu szkolnego mogą dołączyć tylko nauczyciele tej samej szkoły. Aby współpracować z innymi szkołami, załóż projekt krajowy lub europejski.",
  "error.national_project_foreign_teacher":
    "Do projektu krajowego mogą dołączyć tylko nauczyciele z tego samego kraju; ten nauczyciel pracuje w kraju: {country}. Załóż z nim projekt europejski.",
  "error.country_not_participating":
    "Nauczyciele z kraju {country} nie mogą brać udziału: nie jest to kraj uczestniczący.",
  "error.founder_cannot_leave":
    "Założyciele nie mogą opuścić swojego projektu. Gdy projekt się skończy, zamknij go.",
  "error.founder_role_fixed": "Roli założyciela nie można zmienić, a założycieli nie można usunąć.",
  "error.not_own_pupil": "Może to zrobić tylko nauczyciel tego ucznia.",
  "error.pupils_need_active_project":
    "Uczniowie mogą dołączyć, gdy projekt zostanie zatwierdzony i będzie aktywny (obecny status: „{status}”).",
  "error.teacher_not_member": "Aby to zrobić, musisz być członkiem projektu.",
  "error.label_not_eligible":
    "Projekt typu „{kind}” nie może otrzymać odznak jakości ani nagród; mogą je otrzymać tylko projekty europejskie.",
  "error.label_project_not_started":
    "Odznaki jakości są dla projektów trwających lub zakończonych (status tego projektu: „{status}”).",
  "error.label_application_limit":
    "W roku szkolnym {schoolYear} wysłano już z Twojego konta maksymalną liczbę wniosków o odznakę jakości ({max}).",
  "error.label_application_exists":
    "Wniosek o odznakę jakości dla tego projektu został już przez Ciebie złożony.",
  "error.label_evidence_missing": "Opisz dowody dla kryterium „{criterion}”.",
  "error.label_score_invalid": "Ocena za „{criterion}” musi być liczbą całkowitą od 0 do {max}.",
  "error.label_assessment_incomplete":
    "Przed podjęciem decyzji oceń każde kryterium i sprawdź każdy wymóg minimalny.",
  "error.label_requirements_unmet":
    "Odznaka jakości wymaga spełnienia wszystkich wymogów minimalnych. Odrzuć wniosek albo ponownie sprawdź wymogi.",
  "error.label_already_decided": "Decyzja w sprawie tego wniosku została już podjęta.",
  "error.european_label_not_candidate":
    "Nominować można tylko projekty z Krajowymi Odznakami Jakości w co najmniej {min} krajach, w tym w Twoim.",
  "error.school_label_criteria_unmet":
    "Twoja szkoła nie spełnia jeszcze wszystkich kryteriów tytułu Szkoły eTwinning; strona pokazuje, których brakuje. Złóż wniosek, gdy zostaną spełnione.",
  "error.school_label_pending":
    "Wniosek Twojej szkoły czeka już na decyzję krajowego biura; otrzymasz powiadomienie, gdy zostanie podjęta.",
  "error.school_suspended":
    "Krajowe biuro odrzuciło rejestrację Twojej szkoły: nie można składać wniosków, dopóki biuro nie potwierdzi szkoły. Moja szkoła pokazuje uzasadnienie i dalsze kroki.",
  "error.school_label_held":
    "Twoja szkoła ma tytuł Szkoły eTwinning do {until}; złóż wniosek ponownie, gdy wygaśnie.",
  "error.certificate_lapsed":
    "Okres ważności tego certyfikatu skończył się {until}, więc nie można go już pobrać. Na stronie certyfikatów znajdziesz te, które masz obecnie.",
  "error.prize_needs_european_label": "Nagrody otrzymują tylko projekty z Europejską Odznaką Jakości.",
  "error.account_ambiguous":
    "Adresu {email} używa kilka kont: platforma LMS każdej szkoły może przesłać dowolny adres. Wyszukaj osobę poniżej i nadaj rolę temu jednemu kontu, którego szkołę i platformę LMS rozpoznajesz.",
  "error.not_central_admin": "Mogą to zrobić tylko administratorzy centralni.",
  "error.privacy_not_allowed":
    "Może to zrobić tylko administrator szkoły tej osoby (zalogowany z platformy LMS szkoły jako administrator) albo administrator centralny. Zwróć się do jednego z nich.",
  "error.privacy_erase_self":
    "Tutaj nie można usunąć własnego konta. Zwróć się do innego administratora swojej szkoły albo do administratora centralnego.",
  "error.policy_range_invalid": "Data końcowa ({until}) jest wcześniejsza niż data początkowa ({from}).",
  "error.unexpected":
    "Coś poszło nie tak po naszej stronie; nic nie zostało zapisane. Spróbuj ponownie za chwilę.",

  "thing.material": "plik",
  "thing.milestone": "etap",
  "thing.page": "strona",
  "thing.revision": "wersja strony",
  "thing.project": "projekt",
  "thing.contact": "kontakt",
  "thing.invitation": "zaproszenie",
  "thing.membership": "członkostwo",
  "thing.pupil": "uczeń",
  "thing.account": "konto",
  "thing.certificate": "certyfikat",
  "thing.label_application": "wniosek o odznakę jakości",
  "thing.school": "szkoła",
  "thing.school_label": "wniosek o Tytuł Szkoły eTwinning",

  "status.draft": "szkic",
  "status.awaiting_cofounder": "czeka na współzałożyciela",
  "status.declined": "odrzucony przez współzałożyciela",
  "status.awaiting_approval": "czeka na zatwierdzenie",
  "status.rejected": "odrzucony",
  "status.active": "aktywny",
  "status.closed": "zamknięty",

  "kind.european": "europejski",
  "kind.national": "krajowy",
  "kind.school": "szkolny",
  "kind.european.explained":
    "Projekt europejski: założyciele uczą w różnych krajach. Zatwierdzają go oba krajowe biura; może otrzymać Krajowe i Europejskie Odznaki Jakości oraz nagrody.",
  "kind.national.explained":
    "Projekt krajowy: założyciele uczą w różnych szkołach tego samego kraju. Zatwierdza go krajowe biuro; nie może otrzymać odznak jakości.",
  "kind.school.explained":
    "Projekt szkolny: obaj założyciele uczą w tej samej szkole. Dołączyć mogą tylko nauczyciele tej szkoły; nie może otrzymać odznak jakości ani nagród.",

  "role.founder": "założyciel",
  "role.admin": "administrator projektu",
  "role.teacher": "nauczyciel",
  "role.pupil": "uczeń",

  "next.complete_and_submit": "Założyciel wypełnia formularz i wysyła go współzałożycielowi.",
  "next.cofounder_decides": "Współzałożyciel przyjmuje lub odrzuca projekt.",
  "next.choose_cofounder_again": "Współzałożyciel odmówił: założyciel ponownie wybiera współzałożyciela.",
  "next.national_units_decide": "Oczekiwanie na decyzję krajowych biur: {countries}.",
  "next.edit_and_resubmit": "Odrzucony: założyciele poprawiają projekt i wysyłają go ponownie.",
  "next.running": "Projekt trwa w swoim TwinSpace.",
  "next.closed": "Projekt jest zamknięty; jego TwinSpace pozostaje dostępny tylko do odczytu.",

  "field.partnerScope": "Poszukiwany partner",
  "field.startMonth": "Początek",
  "field.title": "Tytuł",
  "field.name": "Nazwa",
  "field.access": "Kto może dołączyć",
  "field.esafety": "Działania szkoły na rzecz bezpieczeństwa w sieci",
  "field.body": "Tekst",
  "field.file": "Plik",
  "field.summary": "Streszczenie",
  "field.description": "Opis",
  "field.subjects": "Przedmioty",
  "field.languages": "Języki",
  "field.pupilAgeMin": "Wiek uczniów od",
  "field.pupilAgeMax": "Wiek uczniów do",
  "field.objectives": "Wspólne cele",
  "field.curricularIntegration": "Powiązanie z podstawą programową",
  "field.workProcess": "Przebieg pracy i działania",
  "field.milestones": "Harmonogram etapów",
  "field.ictTools": "Narzędzia TIK",
  "field.expectedResults": "Oczekiwane rezultaty",
  "field.safetyRules": "Uzgodnione zasady bezpieczeństwa i prywatności",
  "field.school_name": "Nazwa szkoły",
  "field.country": "Kraj",
  "field.city": "Miejscowość",
  "field.search": "Imię i nazwisko lub e-mail",
  "field.email": "E-mail",
  "field.interests": "Zainteresowania",
  "field.bio": "O mnie",
  "field.displayName": "Wyświetlana nazwa",
  "field.reason": "Powód",
  "field.note": "Uwaga",
  "field.prize": "Nagroda",
  "field.from": "Od",
  "field.until": "Do",
  "field.evidence": "Dowody",
  "field.cofounder": "Współzałożyciel",
  "field.kind": "Co rejestruje link",

  "subject.art": "Plastyka",
  "subject.biology": "Biologia",
  "subject.chemistry": "Chemia",
  "subject.citizenship": "Wiedza o społeczeństwie",
  "subject.computing": "Informatyka / TIK",
  "subject.cross_curricular": "Międzyprzedmiotowe",
  "subject.economics": "Ekonomia",
  "subject.environment": "Edukacja ekologiczna",
  "subject.foreign_languages": "Języki obce",
  "subject.geography": "Geografia",
  "subject.history": "Historia",
  "subject.home_language": "Język ojczysty i literatura",
  "subject.mathematics": "Matematyka",
  "subject.media_education": "Edukacja medialna",
  "subject.music": "Muzyka",
  "subject.philosophy": "Filozofia",
  "subject.physical_education": "Wychowanie fizyczne",
  "subject.physics": "Fizyka",
  "subject.pre_school": "Wychowanie przedszkolne",
  "subject.religion": "Religia / etyka",
  "subject.science": "Przyroda",
  "subject.special_needs": "Edukacja specjalna",
  "subject.technology": "Technika",
  "subject.vocational": "Kształcenie zawodowe",

  "criterion.pedagogical_innovation": "Innowacyjność pedagogiczna i kreatywność",
  "criterion.curricular_integration": "Powiązanie z podstawą programową",
  "criterion.partner_collaboration": "Współpraca między szkołami partnerskimi",
  "criterion.use_of_technology": "Wykorzystanie technologii",
  "criterion.results_impact_documentation": "Rezultaty, wpływ i dokumentacja",
  "requirement.common_goals_and_plan": "Wspólne cele i wspólny plan",
  "requirement.finished_or_nearly": "Projekt zakończony lub prawie zakończony",
  "requirement.own_contribution": "Wkład własny nauczyciela jest jasny",
  "requirement.collaborative_pupil_activities": "Wspólne działania uczniów",
  "requirement.data_protection_copyright_esafety":
    "Przestrzeganie ochrony danych, praw autorskich i bezpieczeństwa w sieci",
};
