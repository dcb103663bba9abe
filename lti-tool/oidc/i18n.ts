import type { Catalogue } from "../../core/index.ts";

/** The pages of signing in to the homeserver through OpenTwinning, and the project page's button. */
const en: Catalogue = {
  "oidc.no_session.title": "Open OpenTwinning from your course first",
  "oidc.no_session.body":
    "The TwinSpace signs you in with your OpenTwinning session, and this browser has none. Open OpenTwinning from your course on the school's learning platform, then press “Open the TwinSpace” on the project page.",
  "oidc.pupil_unregistered.title": "Your teacher has not registered you yet",
  "oidc.pupil_unregistered.body":
    "Only pupils whom a teacher registered in OpenTwinning can enter the TwinSpace. Ask your teacher to add you, then open OpenTwinning from your course again.",
  "oidc.pupil_has_password.title": "Use the username and password from your teacher",
  "oidc.pupil_has_password.body":
    "Your teacher already gave you a Matrix username and password on a printed sheet. Sign in to the TwinSpace with those, or ask your teacher to remove that account first.",
  "oidc.teacher_linked.title": "You use your own Matrix account",
  "oidc.teacher_linked.body":
    "Your OpenTwinning account is linked to a Matrix account you chose, and the TwinSpace invites that one. Open the TwinSpace with it, or unlink it on the page “Matrix account” in OpenTwinning and press “Open the TwinSpace” again.",
  "oidc.matrix_id_taken.title": "This Matrix account belongs to someone else",
  "oidc.matrix_id_taken.body":
    "The Matrix account OpenTwinning would give you is already linked to another person. Ask your school's OpenTwinning administrator to check the Matrix accounts.",
  "oidc.request.title": "The sign-in to the TwinSpace did not work",
  "oidc.request.body":
    "The homeserver's request was not valid, has expired or was already used. Go back to the project page in OpenTwinning and press “Open the TwinSpace” again.",
  "twinspace.open": "Open the TwinSpace",
  "twinspace.open_hint": "Your OpenTwinning sign-in opens it: no username or password needed.",
  "twinspace.window.title": "Your TwinSpace is ready",
  "twinspace.window.body":
    "Press the button to open the TwinSpace in a new window; it signs you in with your OpenTwinning session. The button works once, within a minute: if it has expired, go back to the project page and press “Open the TwinSpace” again.",
  "twinspace.window.bad_room.title": "This TwinSpace cannot be opened",
  "twinspace.window.bad_room.body":
    "The request did not name a valid TwinSpace. Go back to the project page and press “Open the TwinSpace” there.",
};

const it: Catalogue = {
  "oidc.no_session.title": "Apri prima OpenTwinning dal tuo corso",
  "oidc.no_session.body":
    "Il TwinSpace ti fa entrare con la tua sessione di OpenTwinning, e questo browser non ne ha una. Apri OpenTwinning dal tuo corso sulla piattaforma della scuola, poi premi «Apri il TwinSpace» nella pagina del progetto.",
  "oidc.pupil_unregistered.title": "Il tuo docente non ti ha ancora registrato",
  "oidc.pupil_unregistered.body":
    "Possono entrare nel TwinSpace solo gli alunni registrati in OpenTwinning da un docente. Chiedi al tuo docente di aggiungerti, poi apri di nuovo OpenTwinning dal tuo corso.",
  "oidc.pupil_has_password.title": "Usa il nome utente e la password del tuo docente",
  "oidc.pupil_has_password.body":
    "Il tuo docente ti ha già dato un nome utente e una password Matrix su un foglio stampato. Entra nel TwinSpace con quelli, oppure chiedi al docente di eliminare prima quell'account.",
  "oidc.teacher_linked.title": "Usi un tuo account Matrix",
  "oidc.teacher_linked.body":
    "Il tuo account OpenTwinning è collegato a un account Matrix che hai scelto, e il TwinSpace invita quello. Apri il TwinSpace con quell'account, oppure scollegalo nella pagina «Account Matrix» di OpenTwinning e premi di nuovo «Apri il TwinSpace».",
  "oidc.matrix_id_taken.title": "Questo account Matrix appartiene a un'altra persona",
  "oidc.matrix_id_taken.body":
    "L'account Matrix che OpenTwinning ti darebbe è già collegato a un'altra persona. Chiedi all'amministratore OpenTwinning della tua scuola di controllare gli account Matrix.",
  "oidc.request.title": "L'accesso al TwinSpace non è riuscito",
  "oidc.request.body":
    "La richiesta del server Matrix non era valida, è scaduta o era già stata usata. Torna alla pagina del progetto in OpenTwinning e premi di nuovo «Apri il TwinSpace».",
  "twinspace.open": "Apri il TwinSpace",
  "twinspace.open_hint": "Entri con il tuo accesso a OpenTwinning: non servono nome utente né password.",
  "twinspace.window.title": "Il tuo TwinSpace è pronto",
  "twinspace.window.body":
    "Premi il pulsante per aprire il TwinSpace in una nuova finestra; entri con la tua sessione di OpenTwinning. Il pulsante funziona una sola volta, entro un minuto: se è scaduto, torna alla pagina del progetto e premi di nuovo «Apri il TwinSpace».",
  "twinspace.window.bad_room.title": "Questo TwinSpace non si può aprire",
  "twinspace.window.bad_room.body":
    "La richiesta non indicava un TwinSpace valido. Torna alla pagina del progetto e premi lì «Apri il TwinSpace».",
};

const fr: Catalogue = {
  "oidc.no_session.title": "Ouvrez d'abord OpenTwinning depuis votre cours",
  "oidc.no_session.body":
    "Le TwinSpace vous connecte avec votre session OpenTwinning, et ce navigateur n'en a pas. Ouvrez OpenTwinning depuis votre cours sur la plateforme d'apprentissage de l'établissement, puis appuyez sur « Ouvrir le TwinSpace » sur la page du projet.",
  "oidc.pupil_unregistered.title": "Ton enseignant ne t'a pas encore inscrit",
  "oidc.pupil_unregistered.body":
    "Seuls les élèves qu'un enseignant a inscrits dans OpenTwinning peuvent entrer dans le TwinSpace. Demande à ton enseignant de t'ajouter, puis ouvre de nouveau OpenTwinning depuis ton cours.",
  "oidc.pupil_has_password.title":
    "Utilise le nom d'utilisateur et le mot de passe donnés par ton enseignant",
  "oidc.pupil_has_password.body":
    "Ton enseignant t'a déjà donné un nom d'utilisateur et un mot de passe Matrix sur une feuille imprimée. Connecte-toi au TwinSpace avec ceux-ci, ou demande d'abord à ton enseignant de supprimer ce compte.",
  "oidc.teacher_linked.title": "Vous utilisez votre propre compte Matrix",
  "oidc.teacher_linked.body":
    "Votre compte OpenTwinning est lié à un compte Matrix que vous avez choisi, et le TwinSpace invite celui-ci. Ouvrez le TwinSpace avec ce compte, ou dissociez-le sur la page « Compte Matrix » d'OpenTwinning et appuyez de nouveau sur « Ouvrir le TwinSpace ».",
  "oidc.matrix_id_taken.title": "Ce compte Matrix appartient à quelqu'un d'autre",
  "oidc.matrix_id_taken.body":
    "Le compte Matrix qu'OpenTwinning vous attribuerait est déjà lié à une autre personne. Demandez à l'administrateur OpenTwinning de votre établissement de vérifier les comptes Matrix.",
  "oidc.request.title": "La connexion au TwinSpace n'a pas fonctionné",
  "oidc.request.body":
    "La demande du serveur Matrix n'était pas valide, a expiré ou a déjà été utilisée. Revenez à la page du projet dans OpenTwinning et appuyez de nouveau sur « Ouvrir le TwinSpace ».",
  "twinspace.open": "Ouvrir le TwinSpace",
  "twinspace.open_hint":
    "Votre connexion à OpenTwinning l'ouvre : pas besoin de nom d'utilisateur ni de mot de passe.",
  "twinspace.window.title": "Votre TwinSpace est prêt",
  "twinspace.window.body":
    "Appuyez sur le bouton pour ouvrir le TwinSpace dans une nouvelle fenêtre ; il vous connecte avec votre session OpenTwinning. Le bouton ne fonctionne qu'une fois, dans la minute : s'il a expiré, revenez à la page du projet et appuyez de nouveau sur « Ouvrir le TwinSpace ».",
  "twinspace.window.bad_room.title": "Ce TwinSpace ne peut pas être ouvert",
  "twinspace.window.bad_room.body":
    "La demande n'indiquait pas de TwinSpace valide. Revenez à la page du projet et appuyez sur « Ouvrir le TwinSpace » à cet endroit.",
};

const ro: Catalogue = {
  "oidc.no_session.title": "Deschideți mai întâi OpenTwinning din cursul dumneavoastră",
  "oidc.no_session.body":
    "TwinSpace-ul vă conectează cu sesiunea dumneavoastră OpenTwinning, iar acest browser nu are niciuna. Deschideți OpenTwinning din cursul dumneavoastră de pe platforma de învățare a școlii, apoi apăsați „Deschideți TwinSpace-ul” pe pagina proiectului.",
  "oidc.pupil_unregistered.title": "Profesorul tău nu te-a înregistrat încă",
  "oidc.pupil_unregistered.body":
    "În TwinSpace pot intra doar elevii pe care un profesor i-a înregistrat în OpenTwinning. Roagă-ți profesorul să te adauge, apoi deschide din nou OpenTwinning din cursul tău.",
  "oidc.pupil_has_password.title": "Folosește numele de utilizator și parola primite de la profesor",
  "oidc.pupil_has_password.body":
    "Profesorul tău ți-a dat deja un nume de utilizator și o parolă Matrix pe o foaie tipărită. Conectează-te la TwinSpace cu acestea sau roagă-ți profesorul să șteargă mai întâi acel cont.",
  "oidc.teacher_linked.title": "Folosiți propriul cont Matrix",
  "oidc.teacher_linked.body":
    "Contul dumneavoastră OpenTwinning este asociat cu un cont Matrix ales de dumneavoastră, iar TwinSpace-ul îl invită pe acela. Deschideți TwinSpace-ul cu acel cont sau anulați asocierea pe pagina „Cont Matrix” din OpenTwinning și apăsați din nou „Deschideți TwinSpace-ul”.",
  "oidc.matrix_id_taken.title": "Acest cont Matrix aparține altcuiva",
  "oidc.matrix_id_taken.body":
    "Contul Matrix pe care vi l-ar atribui OpenTwinning este deja asociat cu o altă persoană. Rugați administratorul OpenTwinning al școlii dumneavoastră să verifice conturile Matrix.",
  "oidc.request.title": "Conectarea la TwinSpace nu a reușit",
  "oidc.request.body":
    "Cererea serverului Matrix nu era validă, a expirat sau a fost deja folosită. Reveniți la pagina proiectului în OpenTwinning și apăsați din nou „Deschideți TwinSpace-ul”.",
  "twinspace.open": "Deschideți TwinSpace-ul",
  "twinspace.open_hint":
    "Se deschide cu conectarea dumneavoastră la OpenTwinning: nu aveți nevoie de nume de utilizator sau parolă.",
  "twinspace.window.title": "TwinSpace-ul dumneavoastră este gata",
  "twinspace.window.body":
    "Apăsați butonul pentru a deschide TwinSpace-ul într-o fereastră nouă; vă conectează cu sesiunea dumneavoastră OpenTwinning. Butonul funcționează o singură dată, timp de un minut: dacă a expirat, reveniți la pagina proiectului și apăsați din nou „Deschideți TwinSpace-ul”.",
  "twinspace.window.bad_room.title": "Acest TwinSpace nu poate fi deschis",
  "twinspace.window.bad_room.body":
    "Cererea nu indica un TwinSpace valid. Reveniți la pagina proiectului și apăsați acolo „Deschideți TwinSpace-ul”.",
};

export const oidcCatalogues = {
  en,
  it,
  fr,
  ro,
};
