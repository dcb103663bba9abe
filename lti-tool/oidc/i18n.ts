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

const el: Catalogue = {
  "oidc.no_session.title": "Ανοίξτε πρώτα το OpenTwinning από το μάθημά σας",
  "oidc.no_session.body":
    "Το TwinSpace σας συνδέει με τη σύνδεσή σας στο OpenTwinning, και αυτό το πρόγραμμα περιήγησης δεν έχει καμία. Ανοίξτε το OpenTwinning από το μάθημά σας στην πλατφόρμα μάθησης του σχολείου και έπειτα πατήστε «Άνοιγμα του TwinSpace» στη σελίδα του έργου.",
  "oidc.pupil_unregistered.title": "Ο εκπαιδευτικός σου δεν σε έχει καταχωρίσει ακόμη",
  "oidc.pupil_unregistered.body":
    "Στο TwinSpace μπορούν να μπουν μόνο οι μαθητές που έχει καταχωρίσει ένας εκπαιδευτικός στο OpenTwinning. Ζήτησε από τον εκπαιδευτικό σου να σε προσθέσει και έπειτα άνοιξε ξανά το OpenTwinning από το μάθημά σου.",
  "oidc.pupil_has_password.title": "Χρησιμοποίησε το όνομα χρήστη και τον κωδικό από τον εκπαιδευτικό σου",
  "oidc.pupil_has_password.body":
    "Ο εκπαιδευτικός σου σού έχει ήδη δώσει όνομα χρήστη και κωδικό Matrix σε ένα τυπωμένο φύλλο. Συνδέσου στο TwinSpace με αυτά ή ζήτησε πρώτα από τον εκπαιδευτικό σου να διαγράψει εκείνον τον λογαριασμό.",
  "oidc.teacher_linked.title": "Χρησιμοποιείτε δικό σας λογαριασμό Matrix",
  "oidc.teacher_linked.body":
    "Ο λογαριασμός σας στο OpenTwinning είναι συνδεδεμένος με έναν λογαριασμό Matrix που επιλέξατε, και το TwinSpace προσκαλεί αυτόν. Ανοίξτε το TwinSpace με αυτόν τον λογαριασμό ή αποσυνδέστε τον στη σελίδα «Λογαριασμός Matrix» του OpenTwinning και πατήστε ξανά «Άνοιγμα του TwinSpace».",
  "oidc.matrix_id_taken.title": "Αυτός ο λογαριασμός Matrix ανήκει σε άλλο πρόσωπο",
  "oidc.matrix_id_taken.body":
    "Ο λογαριασμός Matrix που θα σας έδινε το OpenTwinning είναι ήδη συνδεδεμένος με άλλο πρόσωπο. Ζητήστε από τον διαχειριστή του OpenTwinning στο σχολείο σας να ελέγξει τους λογαριασμούς Matrix.",
  "oidc.request.title": "Η σύνδεση στο TwinSpace δεν ολοκληρώθηκε",
  "oidc.request.body":
    "Το αίτημα του διακομιστή Matrix δεν ήταν έγκυρο, έληξε ή είχε ήδη χρησιμοποιηθεί. Επιστρέψτε στη σελίδα του έργου στο OpenTwinning και πατήστε ξανά «Άνοιγμα του TwinSpace».",
  "twinspace.open": "Άνοιγμα του TwinSpace",
  "twinspace.open_hint":
    "Ανοίγει με τη σύνδεσή σας στο OpenTwinning: δεν χρειάζεστε όνομα χρήστη ούτε κωδικό.",
  "twinspace.window.title": "Το TwinSpace σας είναι έτοιμο",
  "twinspace.window.body":
    "Πατήστε το κουμπί για να ανοίξετε το TwinSpace σε νέο παράθυρο· σας συνδέει με τη σύνδεσή σας στο OpenTwinning. Το κουμπί λειτουργεί μία φορά, μέσα σε ένα λεπτό: αν έχει λήξει, επιστρέψτε στη σελίδα του έργου και πατήστε ξανά «Άνοιγμα του TwinSpace».",
  "twinspace.window.bad_room.title": "Αυτό το TwinSpace δεν μπορεί να ανοίξει",
  "twinspace.window.bad_room.body":
    "Το αίτημα δεν ανέφερε έγκυρο TwinSpace. Επιστρέψτε στη σελίδα του έργου και πατήστε εκεί «Άνοιγμα του TwinSpace».",
};

export const oidcCatalogues = {
  en,
  it,
  fr,
  el,
};
