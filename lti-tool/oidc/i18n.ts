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

const es: Catalogue = {
  "oidc.no_session.title": "Abre primero OpenTwinning desde tu curso",
  "oidc.no_session.body":
    "El TwinSpace te identifica con tu sesión de OpenTwinning, y este navegador no tiene ninguna. Abre OpenTwinning desde tu curso en la plataforma de aprendizaje del centro y pulsa «Abrir el TwinSpace» en la página del proyecto.",
  "oidc.pupil_unregistered.title": "Tu docente aún no te ha registrado",
  "oidc.pupil_unregistered.body":
    "Solo pueden entrar en el TwinSpace los alumnos que un docente ha registrado en OpenTwinning. Pide a tu docente que te añada y vuelve a abrir OpenTwinning desde tu curso.",
  "oidc.pupil_has_password.title": "Usa el nombre de usuario y la contraseña que te dio tu docente",
  "oidc.pupil_has_password.body":
    "Tu docente ya te dio un nombre de usuario y una contraseña de Matrix en una hoja impresa. Entra en el TwinSpace con ellos, o pide antes a tu docente que elimine esa cuenta.",
  "oidc.teacher_linked.title": "Usas tu propia cuenta de Matrix",
  "oidc.teacher_linked.body":
    "Tu cuenta de OpenTwinning está vinculada a una cuenta de Matrix que elegiste, y el TwinSpace invita a esa. Abre el TwinSpace con ella, o desvincúlala en la página «Cuenta de Matrix» de OpenTwinning y vuelve a pulsar «Abrir el TwinSpace».",
  "oidc.matrix_id_taken.title": "Esta cuenta de Matrix pertenece a otra persona",
  "oidc.matrix_id_taken.body":
    "La cuenta de Matrix que OpenTwinning te asignaría ya está vinculada a otra persona. Pide al administrador de OpenTwinning de tu centro que revise las cuentas de Matrix.",
  "oidc.request.title": "No se ha podido iniciar sesión en el TwinSpace",
  "oidc.request.body":
    "La solicitud del servidor de Matrix no era válida, ha caducado o ya se había usado. Vuelve a la página del proyecto en OpenTwinning y pulsa de nuevo «Abrir el TwinSpace».",
  "twinspace.open": "Abrir el TwinSpace",
  "twinspace.open_hint":
    "Se abre con tu sesión de OpenTwinning: no hacen falta nombre de usuario ni contraseña.",
  "twinspace.window.title": "Tu TwinSpace está listo",
  "twinspace.window.body":
    "Pulsa el botón para abrir el TwinSpace en una ventana nueva; te identifica con tu sesión de OpenTwinning. El botón funciona una sola vez, durante un minuto: si ha caducado, vuelve a la página del proyecto y pulsa de nuevo «Abrir el TwinSpace».",
  "twinspace.window.bad_room.title": "Este TwinSpace no se puede abrir",
  "twinspace.window.bad_room.body":
    "La solicitud no indicaba un TwinSpace válido. Vuelve a la página del proyecto y pulsa allí «Abrir el TwinSpace».",
};

const de: Catalogue = {
  "oidc.no_session.title": "Öffnen Sie OpenTwinning zuerst aus Ihrem Kurs",
  "oidc.no_session.body":
    "Der TwinSpace meldet Sie mit Ihrer OpenTwinning-Sitzung an, und dieser Browser hat keine. Öffnen Sie OpenTwinning aus Ihrem Kurs auf der Lernplattform der Schule und klicken Sie dann auf der Projektseite auf „TwinSpace öffnen“.",
  "oidc.pupil_unregistered.title": "Deine Lehrkraft hat dich noch nicht angemeldet",
  "oidc.pupil_unregistered.body":
    "Nur Schülerinnen und Schüler, die eine Lehrkraft in OpenTwinning angemeldet hat, können den TwinSpace betreten. Bitte deine Lehrkraft, dich hinzuzufügen, und öffne OpenTwinning dann noch einmal aus deinem Kurs.",
  "oidc.pupil_has_password.title": "Nutze den Benutzernamen und das Passwort von deiner Lehrkraft",
  "oidc.pupil_has_password.body":
    "Deine Lehrkraft hat dir schon einen Matrix-Benutzernamen und ein Passwort auf einem ausgedruckten Blatt gegeben. Melde dich damit im TwinSpace an, oder bitte deine Lehrkraft, dieses Konto zuerst zu löschen.",
  "oidc.teacher_linked.title": "Sie nutzen Ihr eigenes Matrix-Konto",
  "oidc.teacher_linked.body":
    "Ihr OpenTwinning-Konto ist mit einem Matrix-Konto Ihrer Wahl verknüpft, und der TwinSpace lädt dieses Konto ein. Öffnen Sie den TwinSpace damit, oder heben Sie die Verknüpfung in OpenTwinning auf der Seite „Matrix-Konto“ auf und klicken Sie noch einmal auf „TwinSpace öffnen“.",
  "oidc.matrix_id_taken.title": "Dieses Matrix-Konto gehört einer anderen Person",
  "oidc.matrix_id_taken.body":
    "Das Matrix-Konto, das OpenTwinning Ihnen geben würde, ist bereits mit einer anderen Person verknüpft. Bitten Sie die OpenTwinning-Administration Ihrer Schule, die Matrix-Konten zu prüfen.",
  "oidc.request.title": "Die Anmeldung im TwinSpace hat nicht funktioniert",
  "oidc.request.body":
    "Die Anfrage des Homeservers war ungültig, ist abgelaufen oder wurde schon verwendet. Gehen Sie in OpenTwinning zurück zur Projektseite und klicken Sie noch einmal auf „TwinSpace öffnen“.",
  "twinspace.open": "TwinSpace öffnen",
  "twinspace.open_hint":
    "Ihre Anmeldung bei OpenTwinning öffnet ihn: kein Benutzername und kein Passwort nötig.",
  "twinspace.window.title": "Ihr TwinSpace ist bereit",
  "twinspace.window.body":
    "Klicken Sie auf die Schaltfläche, um den TwinSpace in einem neuen Fenster zu öffnen; er meldet Sie mit Ihrer OpenTwinning-Sitzung an. Die Schaltfläche funktioniert einmal und nur innerhalb einer Minute: Ist sie abgelaufen, gehen Sie zurück zur Projektseite und klicken Sie noch einmal auf „TwinSpace öffnen“.",
  "twinspace.window.bad_room.title": "Dieser TwinSpace kann nicht geöffnet werden",
  "twinspace.window.bad_room.body":
    "Die Anfrage hat keinen gültigen TwinSpace genannt. Gehen Sie zurück zur Projektseite und klicken Sie dort auf „TwinSpace öffnen“.",
};

const pt: Catalogue = {
  "oidc.no_session.title": "Abra primeiro o OpenTwinning a partir do seu curso",
  "oidc.no_session.body":
    "O TwinSpace inicia a sua sessão com a sua sessão do OpenTwinning, e este navegador não tem nenhuma. Abra o OpenTwinning a partir do seu curso na plataforma de aprendizagem da escola e carregue depois em “Abrir o TwinSpace” na página do projeto.",
  "oidc.pupil_unregistered.title": "O teu professor ainda não te registou",
  "oidc.pupil_unregistered.body":
    "Só os alunos que um professor registou no OpenTwinning podem entrar no TwinSpace. Pede ao teu professor que te adicione e abre depois novamente o OpenTwinning a partir do teu curso.",
  "oidc.pupil_has_password.title": "Usa o nome de utilizador e a palavra-passe que o teu professor te deu",
  "oidc.pupil_has_password.body":
    "O teu professor já te deu um nome de utilizador e uma palavra-passe Matrix numa folha impressa. Entra no TwinSpace com esses dados, ou pede primeiro ao teu professor que elimine essa conta.",
  "oidc.teacher_linked.title": "Usa a sua própria conta Matrix",
  "oidc.teacher_linked.body":
    "A sua conta OpenTwinning está associada a uma conta Matrix que escolheu, e o TwinSpace convida essa conta. Abra o TwinSpace com ela, ou desassocie-a na página “Conta Matrix” do OpenTwinning e carregue novamente em “Abrir o TwinSpace”.",
  "oidc.matrix_id_taken.title": "Esta conta Matrix pertence a outra pessoa",
  "oidc.matrix_id_taken.body":
    "A conta Matrix que o OpenTwinning lhe daria já está associada a outra pessoa. Peça ao administrador do OpenTwinning da sua escola que verifique as contas Matrix.",
  "oidc.request.title": "O início de sessão no TwinSpace não funcionou",
  "oidc.request.body":
    "O pedido do servidor Matrix não era válido, expirou ou já tinha sido usado. Volte à página do projeto no OpenTwinning e carregue novamente em “Abrir o TwinSpace”.",
  "twinspace.open": "Abrir o TwinSpace",
  "twinspace.open_hint":
    "A sua sessão do OpenTwinning abre-o: não precisa de nome de utilizador nem de palavra-passe.",
  "twinspace.window.title": "O seu TwinSpace está pronto",
  "twinspace.window.body":
    "Carregue no botão para abrir o TwinSpace numa nova janela; a sessão é iniciada com a sua sessão do OpenTwinning. O botão funciona uma única vez, durante um minuto: se tiver expirado, volte à página do projeto e carregue novamente em “Abrir o TwinSpace”.",
  "twinspace.window.bad_room.title": "Este TwinSpace não pode ser aberto",
  "twinspace.window.bad_room.body":
    "O pedido não indicava um TwinSpace válido. Volte à página do projeto e carregue aí em “Abrir o TwinSpace”.",
};

const pl: Catalogue = {
  "oidc.no_session.title": "Najpierw otwórz OpenTwinning ze swojego kursu",
  "oidc.no_session.body":
    "TwinSpace loguje Cię za pomocą sesji OpenTwinning, a w tej przeglądarce jej nie ma. Otwórz OpenTwinning ze swojego kursu na platformie edukacyjnej szkoły, a następnie na stronie projektu kliknij „Otwórz TwinSpace”.",
  "oidc.pupil_unregistered.title": "Twój nauczyciel jeszcze Cię nie zarejestrował",
  "oidc.pupil_unregistered.body":
    "Do TwinSpace mogą wejść tylko uczniowie, których nauczyciel zarejestrował w OpenTwinning. Poproś nauczyciela, żeby Cię dodał, a potem jeszcze raz otwórz OpenTwinning ze swojego kursu.",
  "oidc.pupil_has_password.title": "Użyj nazwy użytkownika i hasła od nauczyciela",
  "oidc.pupil_has_password.body":
    "Nauczyciel dał Ci już nazwę użytkownika i hasło do Matrix na wydrukowanej kartce. Zaloguj się nimi do TwinSpace albo poproś nauczyciela, żeby najpierw usunął to konto.",
  "oidc.teacher_linked.title": "Używasz własnego konta Matrix",
  "oidc.teacher_linked.body":
    "Twoje konto OpenTwinning jest połączone z wybranym przez Ciebie kontem Matrix i to ono jest zapraszane do TwinSpace. Otwórz TwinSpace za pomocą tego konta albo odłącz je na stronie „Konto Matrix” w OpenTwinning i ponownie kliknij „Otwórz TwinSpace”.",
  "oidc.matrix_id_taken.title": "To konto Matrix należy do kogoś innego",
  "oidc.matrix_id_taken.body":
    "Konto Matrix, które OpenTwinning chce Ci nadać, jest już połączone z inną osobą. Poproś administratora OpenTwinning w swojej szkole o sprawdzenie kont Matrix.",
  "oidc.request.title": "Logowanie do TwinSpace nie powiodło się",
  "oidc.request.body":
    "Żądanie serwera Matrix było nieprawidłowe, wygasło albo zostało już użyte. Wróć do strony projektu w OpenTwinning i ponownie kliknij „Otwórz TwinSpace”.",
  "twinspace.open": "Otwórz TwinSpace",
  "twinspace.open_hint":
    "Otwiera się po zalogowaniu do OpenTwinning: nie potrzeba nazwy użytkownika ani hasła.",
  "twinspace.window.title": "Twój TwinSpace jest gotowy",
  "twinspace.window.body":
    "Kliknij przycisk, aby otworzyć TwinSpace w nowym oknie; zalogujesz się za pomocą sesji OpenTwinning. Przycisk działa jeden raz i tylko przez minutę: jeśli wygasł, wróć do strony projektu i ponownie kliknij „Otwórz TwinSpace”.",
  "twinspace.window.bad_room.title": "Nie można otworzyć tego TwinSpace",
  "twinspace.window.bad_room.body":
    "Żądanie nie wskazywało prawidłowego TwinSpace. Wróć do strony projektu i kliknij tam „Otwórz TwinSpace”.",
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

export const oidcCatalogues = { en, it, fr, es, de, pt, pl, el, ro };
