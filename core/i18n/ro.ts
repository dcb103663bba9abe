import type { Catalogue } from "./translate.ts";

/**
 * Textele în limba română ale core-ului: refuzuri, stări, tipuri, roluri, câmpuri, discipline,
 * criteriile certificatelor de calitate. Tipul `Catalogue`, ca fr.ts: o cheie adăugată în engleză
 * lipsește aici până la traducere, iar test/core/catalogues.test.ts o semnalează.
 * Termeni: docs/glossary/ro.md.
 */
export const ro: Catalogue = {
  "error.invalid_input":
    "Câmpul „{field}” nu are forma așteptată. Verificați-l și trimiteți din nou formularul.",
  "error.text_required": "Vă rugăm să completați „{field}”.",
  "error.text_too_long": "„{field}” este prea lung: folosiți mai puțin de {max} caractere.",
  "error.text_control_character":
    "„{field}” conține un caracter de control invizibil (adesea lipit dintr-un alt program). Tastați din nou textul sau lipiți-l ca text simplu și trimiteți din nou formularul.",
  "error.unknown_country":
    "„{value}” nu este o țară participantă. Alegeți o țară din listă (cod ISO din două litere, de exemplu RO sau IT).",
  "error.unknown_subject": "„{value}” nu este o disciplină cunoscută. Alegeți disciplinele din listă.",
  "error.unknown_language": "„{value}” nu este un cod de limbă cunoscut. Alegeți limbile din listă.",
  "error.unknown_interface_language":
    "„{value}” nu este una dintre limbile OpenTwinning. Alegeți o limbă din listă.",
  "error.age_range_invalid":
    "Vârsta elevilor trebuie să fie cuprinsă între {min} și {max}, cu vârsta mai mică întâi.",
  "error.milestone_in_past":
    "Etapa cu termenul {dueDate} este în trecut. Alegeți o dată începând de astăzi ({today}).",
  "error.milestone_date_invalid":
    "„{field}” nu este o dată validă. Folosiți selectorul de dată sau forma AAAA-LL-ZZ.",
  "error.too_many_items": "„{field}” are prea multe intrări: cel mult {max}.",
  "error.email_invalid": "Această adresă de e-mail nu pare corectă. Verificați-o și încercați din nou.",
  "error.not_found":
    "Elementul căutat ({what}) nu există sau nu vă este vizibil. Reveniți la panoul de control și încercați din nou.",
  "error.link_code_invalid":
    "Acest cod este necunoscut, a fost deja folosit sau a expirat. Deschideți profilul în OpenTwinning pentru un cod nou și trimiteți din nou „link <cod>” în cel mult 15 minute.",
  "error.matrix_id_invalid": "„{value}” nu este un ID Matrix. Un ID Matrix arată astfel: @nume:example.org.",
  "error.matrix_id_linked_elsewhere":
    "Acest cont Matrix este deja asociat cu un alt cont OpenTwinning. Anulați mai întâi asocierea acolo sau asociați un alt cont Matrix.",
  "error.matrix_id_of_pupil":
    "Acest cont Matrix aparține unui elev: contul unui elev rămâne în proiectul său și nu este asociat niciodată cu contul unui adult. Asociați propriul cont Matrix.",
  "error.forbidden":
    "Nu aveți permisiunea de a face acest lucru. Adresați-vă unui fondator al proiectului sau administratorului școlii dumneavoastră.",
  "error.not_registered_teacher":
    "Participă doar profesorii înregistrați. Profesorul trebuie să deschidă o dată OpenTwinning din platforma de învățare (LMS) a școlii sale pentru a se înregistra.",
  "error.teaching_only":
    "Această pagină este pentru profesori: căutarea partenerilor, contacte, panoul de idei, mesaje între profesori, înființarea proiectelor și conturile elevilor. Aici lucrați pentru o unitate națională sau pentru serviciul central de asistență, fără cont de profesor: panoul dumneavoastră arată paginile muncii dumneavoastră.",
  "error.deployment_not_bound":
    "Această conexiune LMS nu este încă asociată cu o școală. Rugați administratorul platformei de învățare a școlii să finalizeze înregistrarea OpenTwinning (numele școlii și țara).",
  "paging.more_than": "peste {number}",
  "error.filter_invalid":
    "Acest filtru sau link de pagină nu este unul oferit de listă. Alegeți filtrele din formular sau deschideți din nou lista de la prima pagină.",
  "error.staff_not_teacher":
    "Acest cont aparține personalului unui Birou Național de Sprijin, iar personalul lucrează în numele biroului, nu ca profesor. Pentru a preda, deschideți OpenTwinning din platforma de învățare a școlii cu contul de școală.",
  "error.staff_account_is_teacher":
    "Acest cont LMS este deja contul unui profesor. Personalul unui Birou Național de Sprijin are nevoie de un cont propriu pe platforma de învățare a biroului: cereți unul administratorului acesteia.",
  "error.contact_self": "Nu vă puteți adăuga pe propriul cont ca contact.",
  "error.group_already_decided": "S-a luat deja o decizie asupra acestei propuneri.",
  "error.group_already_member":
    "Sunteți deja în acest grup sau cererea dumneavoastră așteaptă răspunsul unui moderator.",
  "error.group_not_member":
    "Acest profesor nu este membru al grupului. Reîncărcați pagina pentru a vedea membrii.",
  "error.group_not_moderator": "Doar moderatorii grupului pot face acest lucru. Adresați-vă unuia dintre ei.",
  "error.group_request_not_pending":
    "Această cerere a primit deja un răspuns sau a fost retrasă. Reîncărcați pagina.",
  "error.group_last_moderator":
    "Sunteți singurul moderator al grupului, deci nu îl puteți părăsi. Rugați mai întâi Serviciul Central de Sprijin să numească un alt moderator.",
  "error.group_remove_moderator":
    "Un moderator nu poate fi eliminat din grup de aici. Adresați-vă Serviciului Central de Sprijin.",
  "error.group_moderator_not_teacher":
    "Moderatorul trebuie să fie ID-ul contului unui profesor. Îl găsiți cu ajutorul căutării de conturi de pe pagina Administrare.",
  "error.idea_start_month_invalid": "Indicați începutul ca lună, de exemplu 2027-02, sau lăsați câmpul gol.",
  "error.idea_own_reply":
    "Aceasta este propria dumneavoastră idee: ceilalți îi răspund. O puteți modifica sau reînnoi pe pagina ei.",
  "error.idea_already_replied":
    "Ați răspuns deja la această idee. Autorul a primit cererea dumneavoastră de contact; așteptați răspunsul său.",
  "error.idea_contacts_only":
    "Doar autorul și contactele sale pot fonda un proiect pornind de la această idee. Răspundeți mai întâi la idee: după ce autorul acceptă, deveniți contacte.",
  "error.contact_exists": "Sunteți deja contacte sau o cerere între dumneavoastră așteaptă un răspuns.",
  "error.contact_request_not_pending": "Această cerere de contact a primit deja un răspuns.",
  "error.cofounder_not_contact":
    "Cofondatorul trebuie să fie unul dintre contactele dumneavoastră. Trimiteți-i mai întâi o cerere de contact și așteptați până când o acceptă.",
  "error.cofounder_is_founder":
    "Nu puteți fi propriul cofondator. Alegeți un coleg dintre contactele dumneavoastră.",
  "error.third_founder":
    "Un proiect are exact doi fondatori. Invitați alți profesori ca membri sau numiți-i administratori ai proiectului.",
  "error.cofounder_required":
    "Alegeți un cofondator dintre contactele dumneavoastră înainte de a trimite proiectul.",
  "error.not_cofounder": "Doar cofondatorul invitat poate accepta sau refuza acest proiect.",
  "error.project_form_incomplete": "Înainte de a trimite proiectul, completați: {fields}.",
  "error.school_projects_closed":
    "Proiectele școlare (doar profesori din aceeași școală) nu sunt deschise în acest moment în {country}. Alegeți un cofondator de la o altă școală.",
  "error.page_edit_not_allowed":
    "Fondatorii nu v-au deschis această pagină. Rugați un fondator al proiectului să vă permită sau scrieți pe o pagină deschisă pentru dumneavoastră.",
  "error.page_changed_meanwhile":
    "Cineva a salvat această pagină în timp ce o editați. Textul dumneavoastră se află încă în formular: deschideți pagina într-o filă nouă, integrați modificările în textul dumneavoastră și salvați din nou.",
  "error.page_tree_too_deep":
    "Paginile pot avea cel mult două niveluri. Alegeți ca pagină părinte o pagină de prim nivel sau niciuna.",
  "error.page_limit_reached":
    "Acest proiect are deja {max} pagini. Combinați sau eliminați pagini înainte de a adăuga alta.",
  "error.page_proposal_decided":
    "Această propunere a fost deja aprobată sau respinsă de un alt profesor. Deschideți pagina pentru a vedea textul actual.",
  "error.material_too_large":
    "Fișierul depășește {max} MB, limita pentru un fișier. Micșorați-l (pentru un videoclip, un export mai scurt sau la o rezoluție mai mică) sau distribuiți în schimb un link către el.",
  "error.material_quota_exceeded":
    "Biblioteca proiectului este plină: sunt folosiți {used} MB din {max} MB. Eliminați fișierele de care proiectul nu mai are nevoie sau cereți mai mult spațiu operatorului serviciului.",
  "error.material_type_refused":
    "Acest tip de fișier nu poate fi adăugat în bibliotecă (a fost verificat conținutul, nu numele). Se acceptă: fotografii și imagini (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, documente office, audio și video (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "Imaginea este prea mare ({width} × {height} pixeli). Reduceți-o la cel mult {max} megapixeli și încărcați-o din nou.",
  "error.material_image_unreadable":
    "Imaginea nu a putut fi citită: poate fi deteriorată sau poate nu este o imagine. Exportați-o din nou din programul de fotografii și încărcați-o din nou.",
  "error.material_missing_file": "Alegeți un fișier de încărcat, apoi trimiteți din nou formularul.",
  "error.material_storage_failed":
    "Fișierul nu a putut fi stocat: serverul nu mai are spațiu sau spațiul de stocare nu este disponibil. Nu s-a salvat nimic; încercați din nou mai târziu și anunțați operatorul serviciului dacă problema persistă.",
  "error.showcase_photo_consent_required":
    "Această pagină conține imagini. Bifați faptul că s-a obținut acordul pentru fiecare elev care poate fi recunoscut în ele sau eliminați acele imagini, apoi publicați din nou.",
  "error.wrong_status": "Acest proiect are starea „{status}”: acest pas nu este posibil acum.",
  "error.not_moderator_for_country": "Doar Biroul Național de Sprijin din {country} decide pentru {country}.",
  "error.staff_only":
    "Doar personalul Biroului Național de Sprijin din {country}, care deschide OpenTwinning din platforma biroului, verifică școlile. Anunțați-l despre școală.",
  "error.no_pending_approval":
    "Pentru acest proiect nu se așteaptă nicio decizie a Biroului Național de Sprijin din {country} (este posibil să se fi decis deja).",
  "error.rejection_reason_required":
    "Indicați motivul respingerii, pentru ca fondatorii să știe ce trebuie să modifice.",
  "error.invitations_before_approval":
    "Profesorii pot fi invitați după ce Birourile Naționale de Sprijin au aprobat proiectul (acum are starea „{status}”).",
  "error.already_member": "Acest profesor este deja membru al proiectului.",
  "error.invitation_pending": "Acest profesor a fost deja invitat și nu a răspuns încă.",
  "error.not_invitee": "Această invitație nu vă este adresată.",
  "error.invitation_not_pending": "Această invitație a primit deja un răspuns sau a fost retrasă.",
  "error.not_project_manager": "Doar fondatorii și administratorii proiectului pot face acest lucru.",
  "error.school_project_other_school":
    "Un proiect școlar primește doar profesori din propria școală. Fondați un proiect național sau european pentru a lucra cu alte școli.",
  "error.national_project_foreign_teacher":
    "Un proiect național primește doar profesori din propria țară; acest profesor lucrează în {country}. Fondați în schimb un proiect european împreună.",
  "error.country_not_participating":
    "Profesorii din {country} nu pot participa: nu este o țară participantă.",
  "error.founder_cannot_leave":
    "Fondatorii nu își pot părăsi proiectul. Închideți în schimb proiectul când se încheie.",
  "error.founder_role_fixed": "Rolul unui fondator nu se poate schimba, iar fondatorii nu pot fi eliminați.",
  "error.not_own_pupil": "Doar profesorul elevului poate face acest lucru.",
  "error.pupils_need_active_project":
    "Elevii se pot alătura după ce proiectul este aprobat și activ (acum are starea „{status}”).",
  "error.teacher_not_member": "Trebuie să fiți membru al proiectului pentru a face acest lucru.",
  "error.label_not_eligible":
    "Un proiect {kind} nu este eligibil pentru certificate de calitate sau premii; doar proiectele europene sunt eligibile.",
  "error.label_project_not_started":
    "Certificatele de calitate sunt pentru proiectele în desfășurare sau încheiate (acesta are starea „{status}”).",
  "error.label_application_limit":
    "Ați trimis deja {max} candidaturi pentru certificatul de calitate în anul școlar {schoolYear}.",
  "error.label_application_exists":
    "Ați candidat deja pentru un certificat de calitate pentru acest proiect.",
  "error.label_evidence_missing": "Descrieți dovezile pentru „{criterion}”.",
  "error.label_score_invalid":
    "Punctajul pentru „{criterion}” trebuie să fie un număr întreg de la 0 la {max}.",
  "error.label_assessment_incomplete":
    "Acordați un punctaj fiecărui criteriu și verificați fiecare cerință minimă înainte de a decide.",
  "error.label_requirements_unmet":
    "Un certificat de calitate cere îndeplinirea tuturor cerințelor minime. Respingeți candidatura sau verificați din nou cerințele.",
  "error.label_already_decided": "S-a luat deja o decizie asupra acestei candidaturi.",
  "error.european_label_not_candidate":
    "Pot fi nominalizate doar proiectele cu Certificatul Național de Calitate în cel puțin {min} țări, dintre care una să fie țara dumneavoastră.",
  "error.school_label_criteria_unmet":
    "Școala dumneavoastră nu îndeplinește încă toate criteriile pentru eticheta Școală eTwinning; pagina arată care lipsesc. Candidați după ce sunt îndeplinite.",
  "error.school_label_pending":
    "Candidatura școlii dumneavoastră așteaptă deja decizia Biroului Național de Sprijin; veți primi o notificare când se ia decizia.",
  "error.school_suspended":
    "Biroul Național de Sprijin a respins înregistrarea școlii dumneavoastră: nu se poate depune nicio candidatură până când biroul nu confirmă școala. Școala mea arată motivul și ce este de făcut.",
  "error.school_label_held":
    "Școala dumneavoastră deține eticheta Școală eTwinning până la {until}; candidați din nou după ce aceasta expiră.",
  "error.certificate_lapsed":
    "Perioada acestui certificat s-a încheiat la {until}, așa că nu mai poate fi descărcat. Pagina certificatelor dumneavoastră le arată pe cele pe care le dețineți acum.",
  "error.prize_needs_european_label":
    "Premiile se acordă doar proiectelor cu Certificatul European de Calitate.",
  "error.account_ambiguous":
    "Mai multe conturi folosesc {email}: platforma de învățare a oricărei școli poate trimite orice adresă. Căutați persoana mai jos și acordați rolul singurului cont a cărui școală și platformă le recunoașteți.",
  "error.not_central_admin": "Doar administratorii centrali pot face acest lucru.",
  "error.privacy_not_allowed":
    "Doar administratorul școlii acestei persoane (conectat din platforma de învățare a școlii ca administrator) sau un administrator central poate face acest lucru. Adresați-vă unuia dintre ei.",
  "error.privacy_erase_self":
    "Nu vă puteți șterge propriul cont de aici. Adresați-vă unui alt administrator al școlii dumneavoastră sau unui administrator central.",
  "error.policy_range_invalid": "Data de sfârșit ({until}) este înaintea datei de început ({from}).",
  "error.unexpected":
    "A apărut o eroare la noi; nu s-a salvat nimic. Încercați din nou peste câteva momente.",

  "thing.material": "fișier",
  "thing.milestone": "etapă",
  "thing.page": "pagină",
  "thing.revision": "versiune a paginii",
  "thing.project": "proiect",
  "thing.contact": "contact",
  "thing.invitation": "invitație",
  "thing.membership": "calitate de membru",
  "thing.pupil": "elev",
  "thing.account": "cont",
  "thing.certificate": "certificat",
  "thing.label_application": "candidatură pentru certificatul de calitate",
  "thing.school": "școală",
  "thing.school_label": "candidatură pentru Eticheta Școală eTwinning",

  "status.draft": "ciornă",
  "status.awaiting_cofounder": "în așteptarea cofondatorului",
  "status.declined": "refuzat de cofondator",
  "status.awaiting_approval": "în așteptarea aprobării",
  "status.rejected": "respins",
  "status.active": "activ",
  "status.closed": "închis",

  "kind.european": "european",
  "kind.national": "național",
  "kind.school": "școlar",
  "kind.european.explained":
    "Proiect european: fondatorii predau în țări diferite. Îl aprobă ambele Birouri Naționale de Sprijin; poate obține certificatele de calitate naționale și europene și premii.",
  "kind.national.explained":
    "Proiect național: fondatorii predau în școli diferite din aceeași țară. Îl aprobă Biroul Național de Sprijin; nu poate obține certificate de calitate.",
  "kind.school.explained":
    "Proiect școlar: ambii fondatori predau în aceeași școală. Se pot alătura doar profesorii acelei școli; nu poate obține certificate de calitate sau premii.",

  "role.founder": "fondator",
  "role.admin": "administrator al proiectului",
  "role.teacher": "profesor",
  "role.pupil": "elev",

  "next.complete_and_submit": "Fondatorul completează formularul și îl trimite cofondatorului.",
  "next.cofounder_decides": "Cofondatorul acceptă sau refuză.",
  "next.choose_cofounder_again": "Cofondatorul a refuzat: fondatorul alege din nou un cofondator.",
  "next.national_units_decide": "Se așteaptă Biroul Național de Sprijin din {countries}.",
  "next.edit_and_resubmit": "Respins: fondatorii modifică proiectul și îl trimit din nou.",
  "next.running": "Proiectul se desfășoară în TwinSpace-ul său.",
  "next.closed": "Proiectul este închis; TwinSpace-ul său rămâne disponibil doar pentru citire.",

  "field.partnerScope": "Partener căutat",
  "field.startMonth": "Început",
  "field.title": "Titlu",
  "field.name": "Nume",
  "field.access": "Cine se poate alătura",
  "field.esafety": "Practica școlii privind siguranța online",
  "field.body": "Text",
  "field.file": "Fișier",
  "field.summary": "Rezumat",
  "field.description": "Descriere",
  "field.subjects": "Discipline",
  "field.languages": "Limbi",
  "field.pupilAgeMin": "Vârsta elevilor de la",
  "field.pupilAgeMax": "Vârsta elevilor până la",
  "field.objectives": "Obiective comune",
  "field.curricularIntegration": "Integrare în curriculum",
  "field.workProcess": "Procesul de lucru și activitățile",
  "field.milestones": "Calendarul etapelor",
  "field.ictTools": "Instrumente TIC",
  "field.expectedResults": "Rezultate așteptate",
  "field.safetyRules": "Reguli de siguranță și confidențialitate convenite",
  "field.school_name": "Numele școlii",
  "field.country": "Țara",
  "field.city": "Localitatea",
  "field.search": "Nume sau e-mail",
  "field.email": "E-mail",
  "field.interests": "Interese",
  "field.bio": "Despre mine",
  "field.displayName": "Nume afișat",
  "field.reason": "Motiv",
  "field.note": "Notă",
  "field.prize": "Premiu",
  "field.from": "De la",
  "field.until": "Până la",
  "field.evidence": "Dovezi",
  "field.cofounder": "Cofondator",
  "field.kind": "Ce înregistrează linkul",

  "subject.art": "Arte",
  "subject.biology": "Biologie",
  "subject.chemistry": "Chimie",
  "subject.citizenship": "Educație civică",
  "subject.computing": "Informatică / TIC",
  "subject.cross_curricular": "Interdisciplinar",
  "subject.economics": "Economie",
  "subject.environment": "Educație ecologică",
  "subject.foreign_languages": "Limbi străine",
  "subject.geography": "Geografie",
  "subject.history": "Istorie",
  "subject.home_language": "Limba și literatura maternă",
  "subject.mathematics": "Matematică",
  "subject.media_education": "Educație media",
  "subject.music": "Muzică",
  "subject.philosophy": "Filosofie",
  "subject.physical_education": "Educație fizică",
  "subject.physics": "Fizică",
  "subject.pre_school": "Educație preșcolară",
  "subject.religion": "Religie / etică",
  "subject.science": "Științe",
  "subject.special_needs": "Educație specială",
  "subject.technology": "Tehnologie",
  "subject.vocational": "Formare profesională",

  "criterion.pedagogical_innovation": "Inovație pedagogică și creativitate",
  "criterion.curricular_integration": "Integrare în curriculum",
  "criterion.partner_collaboration": "Colaborarea dintre școlile partenere",
  "criterion.use_of_technology": "Utilizarea tehnologiei",
  "criterion.results_impact_documentation": "Rezultate, impact și documentare",
  "requirement.common_goals_and_plan": "Obiective comune și un plan comun",
  "requirement.finished_or_nearly": "Proiect încheiat sau aproape încheiat",
  "requirement.own_contribution": "Contribuția proprie a profesorului este clară",
  "requirement.collaborative_pupil_activities": "Activități de colaborare între elevi",
  "requirement.data_protection_copyright_esafety":
    "Respectarea protecției datelor, a drepturilor de autor și a siguranței online",
};
