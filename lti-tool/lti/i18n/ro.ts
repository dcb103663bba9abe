import type { Catalogue } from "../../../core/index.ts";

/**
 * Textele în limba română ale părții LTI: sesiuni, lansări, înregistrare, deep linking, importul
 * elevilor. Tipul `Catalogue` (vezi core/i18n/ro.ts); termeni: docs/glossary/ro.md.
 */
export const ro: Catalogue = {
  "session.required.title": "Vă rugăm să deschideți OpenTwinning din cursul dumneavoastră",
  "session.required.body":
    "Nu v-ați conectat sau sesiunea dumneavoastră s-a încheiat. Deschideți din nou OpenTwinning din cursul de pe platforma de învățare a școlii (de exemplu, activitatea OpenTwinning din Moodle).",
  "session.sign_out.action": "Deconectare",
  "session.signed_out.title": "V-ați deconectat",
  "session.signed_out.body":
    "V-ați deconectat de la OpenTwinning. Închideți această fereastră sau deschideți din nou OpenTwinning din cursul dumneavoastră.",
  "session.csrf.title": "Acest formular a expirat",
  "session.csrf.body":
    "Formularul nu a putut fi verificat, poate pentru că a stat deschis prea mult timp sau OpenTwinning a fost redeschis între timp. Reveniți, reîncărcați pagina și trimiteți din nou formularul.",
  "session.origin.title": "Acest formular nu a fost trimis din OpenTwinning",
  "session.origin.body":
    "OpenTwinning acceptă modificări doar din propriile pagini, iar această cerere a venit din altă parte. Nu s-a modificat nimic. Deschideți din nou OpenTwinning din cursul dumneavoastră și folosiți formularele sale.",

  "request.nul.title": "Această cerere conține un caracter de control invizibil",
  "request.nul.body":
    "Ceea ce s-a trimis conține un caracter NUL, pe care niciun text din OpenTwinning nu îl poate conține; de obicei provine din copierea unui text dintr-un alt program. Nu s-a modificat nimic. Tastați din nou textul (sau lipiți-l ca text simplu) și trimiteți-l încă o dată.",
  "app.not_found.title": "Pagina nu a fost găsită",
  "app.not_found.body":
    "La această adresă nu există nicio pagină. Reveniți sau deschideți din nou OpenTwinning din cursul dumneavoastră.",
  "app.error.title": "A apărut o problemă",
  "app.error.body":
    "OpenTwinning nu a putut finaliza această cerere. Încercați din nou peste câteva momente; dacă problema se repetă, comunicați operatorului serviciului ora la care s-a întâmplat.",
  "lti.domain_refusal.title": "Acest lucru nu este posibil",
  "lti.back_to_dashboard": "Înapoi la panoul de control",

  "lti.refusal.request.title": "Cererea a fost incompletă",
  "lti.refusal.request.body":
    "OpenTwinning a primit o lansare sau un formular căruia îi lipsesc părți obligatorii sau care este greșit format. Deschideți din nou OpenTwinning din cursul dumneavoastră. Dacă administrați platforma de învățare și situația se repetă, verificați că instrumentul este configurat pentru LTI 1.3.",
  "lti.refusal.too_large.title": "Cererea a fost prea mare",
  "lti.refusal.too_large.body":
    "OpenTwinning refuză cererile atât de mari. Deschideți din nou OpenTwinning din cursul dumneavoastră; dacă administrați platforma de învățare, verificați că aceasta nu trimite date de lansare supradimensionate (de exemplu, parametri personalizați foarte lungi).",
  "lti.refusal.login_expired.title": "Această conectare a expirat",
  "lti.refusal.login_expired.body":
    "Conectarea din platforma de învățare a durat prea mult sau a fost deja folosită. Deschideți din nou OpenTwinning din cursul dumneavoastră.",
  "lti.refusal.browser_mismatch.title": "Această conectare aparține unei alte ferestre",
  "lti.refusal.browser_mismatch.body":
    "Conectarea a fost începută într-un alt browser sau într-o altă fereastră. Deschideți din nou OpenTwinning din cursul dumneavoastră în această fereastră.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning trebuie servit prin https",
  "lti.refusal.insecure_cross_site.body":
    "Platforma dumneavoastră de învățare se află pe alt site decât OpenTwinning, iar OpenTwinning este servit prin http simplu, așa că browserele nu îi trimit înapoi cookie-ul de conectare și nicio lansare nu poate funcționa, nici în această pagină, nici într-o fereastră nouă. Vă rugăm să anunțați administratorul platformei. Pentru cine administrează OpenTwinning, soluția este o singură linie: serviți-l prin https (în spatele unui proxy TLS) și setați PUBLIC_URL=https://<adresa sa>.",
  "lti.refusal.unknown_platform.title": "Această platformă de învățare nu este înregistrată",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning nu cunoaște platforma de învățare (emitentul și ID-ul de client) care a trimis această cerere. Administratorul platformei trebuie mai întâi să înregistreze OpenTwinning: prin înregistrare dinamică, cu linkul primit de la operatorul acestui serviciu, sau manual, cu valorile afișate de operator.",
  "lti.refusal.target.title": "Adresa instrumentului este greșită",
  "lti.refusal.target.body":
    "Platforma de învățare a cerut o adresă OpenTwinning care nu este adresa sa de lansare. Administratorul platformei trebuie să seteze URL-ul instrumentului și URI-ul de redirecționare la adresa de lansare afișată la înregistrare (care se termină cu /lti/launch).",
  "lti.refusal.signature.title": "Lansarea nu a putut fi verificată",
  "lti.refusal.signature.body":
    "Semnătura lansării nu corespunde cheilor publicate de platforma de învățare sau folosește o altă metodă de semnare decât RS256. Deschideți din nou OpenTwinning din cursul dumneavoastră; dacă situația se repetă, administratorul platformei trebuie să verifice în înregistrare URL-ul setului de chei publice al platformei.",
  "lti.refusal.time.title": "Lansarea a expirat",
  "lti.refusal.time.body":
    "Lansarea este prea veche sau are o dată din viitor. Deschideți din nou OpenTwinning din cursul dumneavoastră. Dacă situația se repetă, este posibil ca ceasul serverului platformei de învățare să fie greșit: administratorul acesteia trebuie să îl verifice.",
  "lti.refusal.audience.title": "Lansarea era destinată unui alt instrument",
  "lti.refusal.audience.body":
    "Lansarea indică un alt emitent sau un alt ID de client decât înregistrarea căreia îi răspunde. Administratorul platformei de învățare trebuie să verifice ID-ul de client al înregistrării OpenTwinning.",
  "lti.refusal.replay.title": "Această lansare a fost deja folosită",
  "lti.refusal.replay.body":
    "Fiecare lansare poate fi folosită o singură dată. Deschideți din nou OpenTwinning din cursul dumneavoastră, în loc să reîncărcați pagina sau să reveniți.",
  "lti.refusal.unknown_deployment.title": "Această implementare nu este asociată cu o școală",
  "lti.refusal.unknown_deployment.body":
    "Platforma de învățare a lansat OpenTwinning printr-o implementare (deployment) care nu este asociată cu o școală. Administratorul platformei trebuie să înregistreze OpenTwinning cu numele și țara școlii (înregistrare dinamică) sau să îi ceară operatorului să adauge implementarea cu `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "Conexiunea acestei școli este suspendată",
  "lti.refusal.school_rejected.body":
    "Biroul Național de Sprijin din țara acestei școli nu a putut confirma că această înregistrare aparține unei școli reale, așa că OpenTwinning este suspendat pentru ea. Administratorul platformei trebuie să contacteze Biroul Național de Sprijin eTwinning din țara sa pentru a confirma școala; după confirmare, lansările funcționează din nou. Administratorul poate deschide în continuare OpenTwinning din platformă și poate citi motivul biroului în Școala mea.",
  "lti.refusal.message.title": "Acest tip de lansare nu este acceptat",
  "lti.refusal.message.body":
    "OpenTwinning acceptă lansări LTI 1.3 de tip resource link și deep linking, cu datele (claims) obligatorii. Administratorul platformei de învățare trebuie să verifice că instrumentul este configurat pentru LTI 1.3 și că lansarea trimite datele obligatorii.",
  "lti.refusal.role.title": "Rolul dumneavoastră nu are acces",
  "lti.refusal.role.body":
    "OpenTwinning este destinat profesorilor, elevilor și administratorilor unui curs. Rolul dumneavoastră în acest curs nu oferă acces; dacă considerați că ar trebui, adresați-vă profesorului cursului.",
  "lti.refusal.pupil_unregistered.title": "Profesorul tău nu te-a înregistrat încă",
  "lti.refusal.pupil_unregistered.body":
    "Elevii participă după ce profesorul lor i-a adăugat în OpenTwinning. Roagă-ți profesorul să te înregistreze, apoi deschide din nou OpenTwinning din cursul tău.",
  "lti.refusal.pupil_not_in_project.title": "Nu faci parte din acest proiect",
  "lti.refusal.pupil_not_in_project.body":
    "Acest link duce la un proiect în care profesorul tău nu te-a adăugat. Roagă-ți profesorul să te adauge în proiect, apoi deschide din nou linkul.",
  "lti.refusal.project_not_open.title": "Acest proiect nu a început încă",
  "lti.refusal.project_not_open.body":
    "Proiectul se deschide după ce profesorii parteneri și Birourile lor Naționale de Sprijin l-au aprobat. Atunci profesorul tău te va adăuga, iar acest link te va duce la el.",
  "lti.refusal.platform_unreachable.title": "Platforma de învățare nu a răspuns",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning nu a putut obține de la platforma de învățare ceea ce îi trebuie (cheile sau lista participanților la curs). Încercați din nou peste câteva momente; dacă situația se repetă, administratorul platformei trebuie să verifice că platforma este accesibilă de pe internet.",
  "lti.refusal.registration_token.title": "Acest link de înregistrare nu este valid",
  "lti.refusal.registration_token.body":
    "Pentru înregistrarea OpenTwinning este nevoie de un link de înregistrare de la operatorul acestui serviciu. Acest link este necunoscut, a fost deja folosit sau a expirat: cereți operatorului unul nou.",
  "lti.refusal.registration_target.title": "Această adresă a platformei nu poate fi folosită",
  "lti.refusal.registration_target.body":
    "Configurația platformei de învățare indică o adresă pe care OpenTwinning nu o contactează (nu este https, este o adresă dintr-o rețea privată sau un alt host decât cel al platformei). Platforma trebuie să fie accesibilă prin https la o adresă publică.",
  "lti.refusal.registration_failed.title": "Înregistrarea nu s-a finalizat",
  "lti.refusal.registration_failed.body":
    "Platforma de învățare nu a acceptat înregistrarea sau nu a răspuns așa cum era de așteptat. Reluați înregistrarea din platformă; dacă eșuează din nou, înregistrați OpenTwinning manual, cu valorile afișate de operator.",
  "lti.refusal.roster_unavailable.title": "Lista participanților la curs nu este disponibilă",
  "lti.refusal.roster_unavailable.body":
    "Pentru a importa elevi, deschideți OpenTwinning din cursul ai cărui elevi doriți să îi importați. Administratorul platformei de învățare trebuie să activeze pentru OpenTwinning serviciul Names and Role Provisioning.",
  "lti.refusal.deep_linking_unavailable.title": "Adăugați OpenTwinning din cursul dumneavoastră",
  "lti.refusal.deep_linking_unavailable.body":
    "Pentru a plasa un link către un proiect într-un curs, adăugați o activitate OpenTwinning în curs și alegeți „Selectare conținut”.",

  "lti.new_window.title": "Deschideți OpenTwinning într-o fereastră nouă",
  "lti.new_window.body":
    "Browserul dumneavoastră nu îi permite lui OpenTwinning să vă păstreze conectarea în pagina platformei de învățare (blochează cookie-urile site-urilor încorporate). Deschideți-l într-o fereastră nouă pentru a continua.",
  "lti.new_window.action": "Deschideți într-o fereastră nouă",
  "lti.cookies_blocked.title": "Încă un pas",
  "lti.cookies_blocked.body":
    "Browserul dumneavoastră blochează cookie-ul OpenTwinning în pagina platformei de învățare, așa că aici conectarea nu poate fi păstrată. Deschideți OpenTwinning într-o fereastră nouă; linkul funcționează o singură dată, timp de un minut.",
  "lti.handoff_used.title": "Acest link a expirat",
  "lti.handoff_used.body":
    "Linkul pentru deschiderea OpenTwinning într-o fereastră nouă funcționează o singură dată, timp de un minut. Deschideți din nou OpenTwinning din cursul dumneavoastră.",

  "lti.register.title": "Conectați școala la OpenTwinning",
  "lti.register.intro":
    "OpenTwinning asociază fiecare conexiune a unei platforme de învățare cu o singură școală. Indicați numele și țara școlii; profesorii care deschid OpenTwinning prin această conexiune vor aparține acestei școli.",
  "lti.register.school_name": "Numele școlii",
  "lti.register.country": "Țara",
  "lti.register.choose_country": "Alegeți țara",
  "lti.register.pinned":
    "Linkul dumneavoastră de înregistrare stabilește școala și țara afișate aici. Dacă sunt greșite, cereți operatorului OpenTwinning un link nou.",
  "lti.register.submit": "Înregistrați OpenTwinning",
  "lti.register.unit_intro":
    "Acest link conectează platforma de învățare a Biroului Național de Sprijin din {country}. Persoanele care deschid OpenTwinning prin această conexiune lucrează ca personal al biroului: nu sunt profesori și nu le apar profesorilor ca parteneri.",
  "lti.register.unit_name": "Biroul Național de Sprijin din {country}",
  "lti.register.central_intro":
    "Acest link conectează platforma de învățare a Serviciului Central de Sprijin. Persoanele care deschid OpenTwinning prin această conexiune lucrează ca Serviciu Central de Sprijin (care acționează pentru toate țările): nu sunt profesori și nu le apar profesorilor ca parteneri.",
  "lti.register.central_name": "Serviciul Central de Sprijin",
  "lti.register.done.title": "OpenTwinning este înregistrat",
  "lti.register.done.body":
    "OpenTwinning este acum conectat pentru {school}. În platforma de învățare, activați instrumentul dacă vi se cere (în Moodle: Administrare site → Pluginuri → Module de activitate → Instrument extern → Gestionare instrumente). În Moodle, deschideți tot acolo și setările instrumentului și setați „Utilizarea configurației instrumentului” la „Afișare în selectorul de activități și ca instrument preconfigurat”: până atunci, profesorii nu îl pot adăuga în cursurile lor.",

  "lti.deep_linking.title": "Asociați un proiect cu acest curs",
  "lti.deep_linking.intro":
    "Alegeți proiectul pe care elevii dumneavoastră trebuie să îl deschidă din acest curs.",
  "lti.deep_linking.none":
    "Nu sunteți încă membru al niciunui proiect. Fondați un proiect sau alăturați-vă unuia în OpenTwinning, apoi adăugați din nou linkul.",
  "lti.deep_linking.choose": "Proiectele dumneavoastră",
  "lti.deep_linking.not_open.draft":
    "Încă nu: elevii pot deschide un proiect după ce acesta este aprobat. Trimiteți-l mai întâi de pe pagina sa.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Încă nu: se așteaptă acceptarea cofondatorului, apoi aprobarea Birourilor Naționale de Sprijin.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Încă nu: poate fi plasat în curs imediat ce Birourile Naționale de Sprijin îl aprobă.",
  "lti.deep_linking.not_open.closed": "Închis: proiectul s-a încheiat.",
  "lti.deep_linking.submit": "Adăugați linkul în curs",
  "lti.deep_linking.returning": "Revenire la curs",
  "lti.deep_linking.return": "Continuați spre curs",

  "lti.roster.title": "Importați elevi din curs",
  "lti.roster.intro":
    "Aceștia sunt cursanții din cursul dumneavoastră {course}. Alegeți elevii pe care doriți să îi înregistrați în OpenTwinning; se păstrează doar numele lor. Elevii înregistrați pot deschide OpenTwinning din curs și văd proiectele în care îi adăugați.",
  "lti.roster.empty": "Cursul nu are cursanți de importat.",
  "lti.roster.choose_one": "Cursantul cursului",
  "lti.roster.choose_few": "Cei {count} cursanți ai cursului",
  "lti.roster.choose_other": "Cei {count} de cursanți ai cursului",
  "lti.roster.project": "Adăugați-i și în acest proiect (opțional)",
  "lti.roster.no_project": "Deocamdată niciun proiect",
  "lti.roster.submit": "Înregistrați elevii aleși",
  "lti.roster.unnamed": "Elevul {id}",
  "lti.roster.done.title": "Elevi importați",
  "lti.roster.done.registered_one": "Un elev nou a fost înregistrat:",
  "lti.roster.done.registered_few": "{count} elevi noi au fost înregistrați.",
  "lti.roster.done.registered_other": "{count} de elevi noi au fost înregistrați.",
  "lti.roster.done.existing_one": "Deja înregistrat de dumneavoastră: {names}.",
  "lti.roster.done.existing_few": "Deja înregistrați de dumneavoastră: {names}.",
  "lti.roster.done.existing_other": "Deja înregistrați de dumneavoastră: {names}.",
  "lti.roster.done.other_teacher_one":
    "Nu a fost importat, deoarece l-a înregistrat un alt profesor sau este profesor: {names}.",
  "lti.roster.done.other_teacher_few":
    "Nu au fost importați, deoarece i-a înregistrat un alt profesor sau sunt profesori: {names}.",
  "lti.roster.done.other_teacher_other":
    "Nu au fost importați, deoarece i-a înregistrat un alt profesor sau sunt profesori: {names}.",
  "lti.roster.done.project": "Aceștia sunt acum membri ai proiectului „{project}”.",
  "lti.roster.done.sheet": "Tipăriți fișa de acces a elevilor",
  "lti.roster.done.launch":
    "Elevii dumneavoastră deschid OpenTwinning din acest curs cu contul lor de școală.",
};
