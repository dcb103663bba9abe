import type { Catalogue } from "../../core/index.ts";

/**
 * A school's verification as its own people hear of it: the notifications of its admins and
 * teachers (notifications/fanout.ts), their e-mail kind and the verification on My school.
 */
const en: Catalogue = {
  "notification.school_verified.admin":
    "The national unit of {country} verified your school: partner search and project pages now show it as verified, so partners know it is a real school.",
  "notification.school_verified.teacher":
    "The national unit of {country} verified your school: partners now see it as verified in partner search and on project pages.",
  "notification.school_rejected.admin":
    "The national unit of {country} rejected your school's registration: “{reason}” OpenTwinning is suspended for your school until the unit confirms it. Contact the national unit to correct the school's details; My school shows the reason.",
  "notification.school_rejected.withdrawn":
    "The national unit of {country} withdrew your school's verification: “{reason}” OpenTwinning is suspended for your school until the unit confirms it again. Contact the national unit to correct the school's details.",
  "email.kind.school": "News of your school (its verification)",
  "school_news.heading": "Verification by the national unit",
  "school_news.verified_on":
    "The national unit of {country} verified the school on {date}: partner search and project pages show it as verified.",
  "school_news.unverified":
    "The national unit of {country} has not confirmed the school yet. Until it does, partner search and project pages show it as not yet verified; you are told in OpenTwinning and by e-mail when it decides.",
  "school_news.rejected_on": "The national unit of {country} rejected the school on {date}, for this reason:",
  "school_news.rejected_next":
    "OpenTwinning is suspended for the school: its teachers and pupils cannot open it. Contact the national unit of {country} (the eTwinning national support organisation) to correct the school's details; once it confirms the school, launches work again.",
};

const it: Catalogue = {
  "notification.school_verified.admin":
    "L'unità nazionale ({country}) ha verificato la tua scuola: la ricerca di partner e le pagine dei progetti ora la mostrano come verificata, così i partner sanno che è una scuola reale.",
  "notification.school_verified.teacher":
    "L'unità nazionale ({country}) ha verificato la tua scuola: i partner ora la vedono verificata nella ricerca di partner e nelle pagine dei progetti.",
  "notification.school_rejected.admin":
    "L'unità nazionale ({country}) ha respinto la registrazione della tua scuola: «{reason}» OpenTwinning è sospeso per la tua scuola finché l'unità non la conferma. Contatta l'unità nazionale per correggere i dati della scuola; La mia scuola mostra il motivo.",
  "notification.school_rejected.withdrawn":
    "L'unità nazionale ({country}) ha revocato la verifica della tua scuola: «{reason}» OpenTwinning è sospeso per la tua scuola finché l'unità non la conferma di nuovo. Contatta l'unità nazionale per correggere i dati della scuola.",
  "email.kind.school": "Novità della tua scuola (la sua verifica)",
  "school_news.heading": "Verifica dell'unità nazionale",
  "school_news.verified_on":
    "L'unità nazionale ({country}) ha verificato la scuola il {date}: la ricerca di partner e le pagine dei progetti la mostrano come verificata.",
  "school_news.unverified":
    "L'unità nazionale ({country}) non ha ancora confermato la scuola. Fino ad allora, la ricerca di partner e le pagine dei progetti la mostrano come non ancora verificata; riceverai un avviso in OpenTwinning e per e-mail quando deciderà.",
  "school_news.rejected_on":
    "L'unità nazionale ({country}) ha respinto la scuola il {date}, con questo motivo:",
  "school_news.rejected_next":
    "OpenTwinning è sospeso per la scuola: i suoi docenti e alunni non possono aprirlo. Contatta l'unità nazionale ({country}, l'organizzazione nazionale di supporto eTwinning) per correggere i dati della scuola; una volta confermata la scuola, gli accessi funzionano di nuovo.",
};

const fr: Catalogue = {
  "notification.school_verified.admin":
    "L'unité nationale ({country}) a vérifié votre établissement : la recherche de partenaires et les pages des projets le montrent désormais comme vérifié, et les partenaires savent qu'il s'agit d'un véritable établissement.",
  "notification.school_verified.teacher":
    "L'unité nationale ({country}) a vérifié votre établissement : les partenaires le voient désormais vérifié dans la recherche de partenaires et sur les pages des projets.",
  "notification.school_rejected.admin":
    "L'unité nationale ({country}) a refusé l'enregistrement de votre établissement : « {reason} » OpenTwinning est suspendu pour votre établissement jusqu'à ce que l'unité le confirme. Contactez l'unité nationale pour corriger les informations de l'établissement ; Mon établissement indique le motif.",
  "notification.school_rejected.withdrawn":
    "L'unité nationale ({country}) a retiré la vérification de votre établissement : « {reason} » OpenTwinning est suspendu pour votre établissement jusqu'à ce que l'unité le confirme de nouveau. Contactez l'unité nationale pour corriger les informations de l'établissement.",
  "email.kind.school": "Nouvelles de votre établissement (sa vérification)",
  "school_news.heading": "Vérification par l'unité nationale",
  "school_news.verified_on":
    "L'unité nationale ({country}) a vérifié l'établissement le {date} : la recherche de partenaires et les pages des projets le montrent comme vérifié.",
  "school_news.unverified":
    "L'unité nationale ({country}) n'a pas encore confirmé l'établissement. D'ici là, la recherche de partenaires et les pages des projets le montrent comme pas encore vérifié ; vous en serez informé dans OpenTwinning et par e-mail dès qu'elle aura décidé.",
  "school_news.rejected_on":
    "L'unité nationale ({country}) a refusé l'établissement le {date}, pour ce motif :",
  "school_news.rejected_next":
    "OpenTwinning est suspendu pour l'établissement : ses enseignants et ses élèves ne peuvent pas l'ouvrir. Contactez l'unité nationale ({country}, l'organisme national d'assistance eTwinning) pour corriger les informations de l'établissement ; une fois l'établissement confirmé, les lancements fonctionnent de nouveau.",
};

const es: Catalogue = {
  "notification.school_verified.admin":
    "El servicio nacional de apoyo de {country} ha verificado tu centro: la búsqueda de socios y las páginas de los proyectos lo muestran ahora como verificado, así los socios saben que es un centro real.",
  "notification.school_verified.teacher":
    "El servicio nacional de apoyo de {country} ha verificado tu centro: los socios lo ven ahora verificado en la búsqueda de socios y en las páginas de los proyectos.",
  "notification.school_rejected.admin":
    "El servicio nacional de apoyo de {country} ha rechazado el registro de tu centro: «{reason}» OpenTwinning está suspendido para tu centro hasta que el servicio lo confirme. Ponte en contacto con el servicio nacional de apoyo para corregir los datos del centro; Mi centro muestra el motivo.",
  "notification.school_rejected.withdrawn":
    "El servicio nacional de apoyo de {country} ha retirado la verificación de tu centro: «{reason}» OpenTwinning está suspendido para tu centro hasta que el servicio lo confirme de nuevo. Ponte en contacto con el servicio nacional de apoyo para corregir los datos del centro.",
  "email.kind.school": "Novedades de tu centro (su verificación)",
  "school_news.heading": "Verificación por el servicio nacional de apoyo",
  "school_news.verified_on":
    "El servicio nacional de apoyo de {country} verificó el centro el {date}: la búsqueda de socios y las páginas de los proyectos lo muestran como verificado.",
  "school_news.unverified":
    "El servicio nacional de apoyo de {country} aún no ha confirmado el centro. Hasta entonces, la búsqueda de socios y las páginas de los proyectos lo muestran como aún no verificado; se te avisará en OpenTwinning y por correo electrónico cuando decida.",
  "school_news.rejected_on":
    "El servicio nacional de apoyo de {country} rechazó el centro el {date}, por este motivo:",
  "school_news.rejected_next":
    "OpenTwinning está suspendido para el centro: su profesorado y su alumnado no pueden abrirlo. Ponte en contacto con el servicio nacional de apoyo de {country} (la organización nacional de apoyo de eTwinning) para corregir los datos del centro; cuando confirme el centro, los accesos vuelven a funcionar.",
};

const de: Catalogue = {
  "notification.school_verified.admin":
    "Die Nationale Koordinierungsstelle ({country}) hat Ihre Schule bestätigt: Partnersuche und Projektseiten zeigen sie jetzt als bestätigt, damit Partner wissen, dass es eine echte Schule ist.",
  "notification.school_verified.teacher":
    "Die Nationale Koordinierungsstelle ({country}) hat Ihre Schule bestätigt: Partner sehen sie jetzt in der Partnersuche und auf Projektseiten als bestätigt.",
  "notification.school_rejected.admin":
    "Die Nationale Koordinierungsstelle ({country}) hat die Registrierung Ihrer Schule abgelehnt: „{reason}“ OpenTwinning ist für Ihre Schule gesperrt, bis die Koordinierungsstelle sie bestätigt. Wenden Sie sich an die Nationale Koordinierungsstelle, um die Angaben der Schule zu berichtigen; Meine Schule zeigt die Begründung.",
  "notification.school_rejected.withdrawn":
    "Die Nationale Koordinierungsstelle ({country}) hat die Bestätigung Ihrer Schule zurückgezogen: „{reason}“ OpenTwinning ist für Ihre Schule gesperrt, bis die Koordinierungsstelle sie erneut bestätigt. Wenden Sie sich an die Nationale Koordinierungsstelle, um die Angaben der Schule zu berichtigen.",
  "email.kind.school": "Neuigkeiten Ihrer Schule (ihre Bestätigung)",
  "school_news.heading": "Bestätigung durch die Nationale Koordinierungsstelle",
  "school_news.verified_on":
    "Die Nationale Koordinierungsstelle ({country}) hat die Schule am {date} bestätigt: Partnersuche und Projektseiten zeigen sie als bestätigt.",
  "school_news.unverified":
    "Die Nationale Koordinierungsstelle ({country}) hat die Schule noch nicht bestätigt. Bis dahin zeigen Partnersuche und Projektseiten sie als noch nicht überprüft; Sie werden in OpenTwinning und per E-Mail benachrichtigt, sobald sie entscheidet.",
  "school_news.rejected_on":
    "Die Nationale Koordinierungsstelle ({country}) hat die Schule am {date} abgelehnt, mit dieser Begründung:",
  "school_news.rejected_next":
    "OpenTwinning ist für die Schule gesperrt: Ihre Lehrkräfte und Schülerinnen und Schüler können es nicht öffnen. Wenden Sie sich an die Nationale Koordinierungsstelle ({country}, die nationale eTwinning-Unterstützungsstelle), um die Angaben der Schule zu berichtigen; sobald sie die Schule bestätigt, funktionieren die Starts wieder.",
};

const pt: Catalogue = {
  "notification.school_verified.admin":
    "O Serviço Nacional de Apoio ({country}) verificou a sua escola: a pesquisa de parceiros e as páginas dos projetos mostram-na agora como verificada, para que os parceiros saibam que é uma escola real.",
  "notification.school_verified.teacher":
    "O Serviço Nacional de Apoio ({country}) verificou a sua escola: os parceiros veem-na agora verificada na pesquisa de parceiros e nas páginas dos projetos.",
  "notification.school_rejected.admin":
    "O Serviço Nacional de Apoio ({country}) rejeitou o registo da sua escola: «{reason}» O OpenTwinning está suspenso para a sua escola até o Serviço a confirmar. Contacte o Serviço Nacional de Apoio para corrigir os dados da escola; A minha escola mostra o motivo.",
  "notification.school_rejected.withdrawn":
    "O Serviço Nacional de Apoio ({country}) retirou a verificação da sua escola: «{reason}» O OpenTwinning está suspenso para a sua escola até o Serviço a confirmar de novo. Contacte o Serviço Nacional de Apoio para corrigir os dados da escola.",
  "email.kind.school": "Novidades da sua escola (a sua verificação)",
  "school_news.heading": "Verificação pelo Serviço Nacional de Apoio",
  "school_news.verified_on":
    "O Serviço Nacional de Apoio ({country}) verificou a escola em {date}: a pesquisa de parceiros e as páginas dos projetos mostram-na como verificada.",
  "school_news.unverified":
    "O Serviço Nacional de Apoio ({country}) ainda não confirmou a escola. Até lá, a pesquisa de parceiros e as páginas dos projetos mostram-na como ainda não verificada; será avisado no OpenTwinning e por e-mail quando decidir.",
  "school_news.rejected_on":
    "O Serviço Nacional de Apoio ({country}) rejeitou a escola em {date}, por este motivo:",
  "school_news.rejected_next":
    "O OpenTwinning está suspenso para a escola: os seus professores e alunos não o podem abrir. Contacte o Serviço Nacional de Apoio ({country}, a organização nacional de apoio do eTwinning) para corrigir os dados da escola; quando confirmar a escola, os acessos voltam a funcionar.",
};

const pl: Catalogue = {
  "notification.school_verified.admin":
    "Krajowe biuro ({country}) zweryfikowało Twoją szkołę: wyszukiwarka partnerów i strony projektów pokazują ją teraz jako zweryfikowaną, więc partnerzy wiedzą, że to prawdziwa szkoła.",
  "notification.school_verified.teacher":
    "Krajowe biuro ({country}) zweryfikowało Twoją szkołę: partnerzy widzą ją teraz jako zweryfikowaną w wyszukiwarce partnerów i na stronach projektów.",
  "notification.school_rejected.admin":
    "Krajowe biuro ({country}) odrzuciło rejestrację Twojej szkoły: „{reason}” OpenTwinning jest zawieszony dla Twojej szkoły, dopóki biuro jej nie potwierdzi. Skontaktuj się z krajowym biurem, aby poprawić dane szkoły; Moja szkoła pokazuje uzasadnienie.",
  "notification.school_rejected.withdrawn":
    "Krajowe biuro ({country}) wycofało weryfikację Twojej szkoły: „{reason}” OpenTwinning jest zawieszony dla Twojej szkoły, dopóki biuro ponownie jej nie potwierdzi. Skontaktuj się z krajowym biurem, aby poprawić dane szkoły.",
  "email.kind.school": "Nowości Twojej szkoły (jej weryfikacja)",
  "school_news.heading": "Weryfikacja przez krajowe biuro",
  "school_news.verified_on":
    "Krajowe biuro ({country}) zweryfikowało szkołę {date}: wyszukiwarka partnerów i strony projektów pokazują ją jako zweryfikowaną.",
  "school_news.unverified":
    "Krajowe biuro ({country}) jeszcze nie potwierdziło szkoły. Do tego czasu wyszukiwarka partnerów i strony projektów pokazują ją jako jeszcze niezweryfikowaną; otrzymasz powiadomienie w OpenTwinning i e-mailem, gdy biuro zdecyduje.",
  "school_news.rejected_on":
    "Krajowe biuro ({country}) odrzuciło szkołę {date} z następującym uzasadnieniem:",
  "school_news.rejected_next":
    "OpenTwinning jest zawieszony dla szkoły: jej nauczyciele i uczniowie nie mogą go otworzyć. Skontaktuj się z krajowym biurem ({country}, krajową organizacją wsparcia eTwinning), aby poprawić dane szkoły; gdy biuro potwierdzi szkołę, uruchamianie znów działa.",
};

const el: Catalogue = {
  "notification.school_verified.admin":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) επαλήθευσε το σχολείο σας: η αναζήτηση εταίρων και οι σελίδες των έργων το δείχνουν πλέον ως επαληθευμένο, ώστε οι εταίροι να γνωρίζουν ότι είναι πραγματικό σχολείο.",
  "notification.school_verified.teacher":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) επαλήθευσε το σχολείο σας: οι εταίροι το βλέπουν πλέον επαληθευμένο στην αναζήτηση εταίρων και στις σελίδες των έργων.",
  "notification.school_rejected.admin":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) απέρριψε την εγγραφή του σχολείου σας: «{reason}» Το OpenTwinning έχει ανασταλεί για το σχολείο σας μέχρι να το επιβεβαιώσει η Υπηρεσία. Επικοινωνήστε με την Εθνική Υπηρεσία Υποστήριξης για να διορθώσετε τα στοιχεία του σχολείου· η σελίδα «Το σχολείο μου» δείχνει την αιτιολογία.",
  "notification.school_rejected.withdrawn":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) ανακάλεσε την επαλήθευση του σχολείου σας: «{reason}» Το OpenTwinning έχει ανασταλεί για το σχολείο σας μέχρι να το επιβεβαιώσει ξανά η Υπηρεσία. Επικοινωνήστε με την Εθνική Υπηρεσία Υποστήριξης για να διορθώσετε τα στοιχεία του σχολείου.",
  "email.kind.school": "Νέα του σχολείου σας (η επαλήθευσή του)",
  "school_news.heading": "Επαλήθευση από την Εθνική Υπηρεσία Υποστήριξης",
  "school_news.verified_on":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) επαλήθευσε το σχολείο στις {date}: η αναζήτηση εταίρων και οι σελίδες των έργων το δείχνουν ως επαληθευμένο.",
  "school_news.unverified":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) δεν έχει ακόμη επιβεβαιώσει το σχολείο. Μέχρι τότε, η αναζήτηση εταίρων και οι σελίδες των έργων το δείχνουν ως μη επαληθευμένο· θα ενημερωθείτε στο OpenTwinning και με e-mail όταν αποφασίσει.",
  "school_news.rejected_on":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) απέρριψε το σχολείο στις {date}, με την εξής αιτιολογία:",
  "school_news.rejected_next":
    "Το OpenTwinning έχει ανασταλεί για το σχολείο: οι εκπαιδευτικοί και οι μαθητές του δεν μπορούν να το ανοίξουν. Επικοινωνήστε με την Εθνική Υπηρεσία Υποστήριξης ({country}, τον εθνικό οργανισμό υποστήριξης του eTwinning) για να διορθώσετε τα στοιχεία του σχολείου· μόλις επιβεβαιώσει το σχολείο, η πρόσβαση λειτουργεί ξανά.",
};

const ro: Catalogue = {
  "notification.school_verified.admin":
    "Biroul Național de Sprijin din {country} a verificat școala dumneavoastră: căutarea de parteneri și paginile proiectelor o arată acum ca verificată, astfel încât partenerii știu că este o școală reală.",
  "notification.school_verified.teacher":
    "Biroul Național de Sprijin din {country} a verificat școala dumneavoastră: partenerii o văd acum verificată în căutarea de parteneri și pe paginile proiectelor.",
  "notification.school_rejected.admin":
    "Biroul Național de Sprijin din {country} a respins înregistrarea școlii dumneavoastră: „{reason}” OpenTwinning este suspendat pentru școala dumneavoastră până când biroul o confirmă. Contactați Biroul Național de Sprijin pentru a corecta datele școlii; Școala mea arată motivul.",
  "notification.school_rejected.withdrawn":
    "Biroul Național de Sprijin din {country} a retras verificarea școlii dumneavoastră: „{reason}” OpenTwinning este suspendat pentru școala dumneavoastră până când biroul o confirmă din nou. Contactați Biroul Național de Sprijin pentru a corecta datele școlii.",
  "email.kind.school": "Noutăți despre școala dumneavoastră (verificarea ei)",
  "school_news.heading": "Verificarea de către Biroul Național de Sprijin",
  "school_news.verified_on":
    "Biroul Național de Sprijin din {country} a verificat școala pe {date}: căutarea de parteneri și paginile proiectelor o arată ca verificată.",
  "school_news.unverified":
    "Biroul Național de Sprijin din {country} nu a confirmat încă școala. Până atunci, căutarea de parteneri și paginile proiectelor o arată ca încă neverificată; veți fi anunțat în OpenTwinning și prin e-mail când decide.",
  "school_news.rejected_on":
    "Biroul Național de Sprijin din {country} a respins școala pe {date}, cu acest motiv:",
  "school_news.rejected_next":
    "OpenTwinning este suspendat pentru școală: profesorii și elevii ei nu îl pot deschide. Contactați Biroul Național de Sprijin din {country} (organizația națională de sprijin eTwinning) pentru a corecta datele școlii; după ce confirmă școala, accesul funcționează din nou.",
};

export const schoolNewsCatalogues = { en, it, fr, es, de, pt, pl, el, ro };
