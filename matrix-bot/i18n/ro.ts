import type { Catalogue } from "../../core/index.ts";

/**
 * Textele în limba română ale botului. Comenzile rămân în engleză (așa le recunoaște botul);
 * tipul `Catalogue` (vezi core/i18n/ro.ts); termeni: docs/glossary/ro.md.
 */
export const ro: Catalogue = {
  "bot.usage": "Sintaxă",
  "bot.refusal.wrong_room": "Această comandă nu funcționează în această cameră.",
  "bot.refusal.only_in.project":
    "„{name}” funcționează într-o cameră din TwinSpace-ul unui proiect. Trimiteți comanda acolo.",
  "bot.refusal.only_in.direct":
    "„{name}” funcționează într-un mesaj direct către mine. Începeți o conversație directă cu mine și trimiteți comanda acolo.",
  "bot.refusal.only_in.national_unit": "„{name}” funcționează doar în camera Biroului Național de Sprijin.",
  "bot.refusal.not_linked":
    "Încă nu știu cine sunteți în OpenTwinning. Deschideți OpenTwinning din platforma de învățare (LMS) a școlii, mergeți la profil, obțineți un cod de asociere și trimiteți-mi „link <cod>” într-un mesaj direct.",
  "bot.refusal.pupil":
    "Comenzile sunt pentru profesori. Dacă ai nevoie de ceva în acest proiect, întreabă-ți profesorul.",
  "bot.refusal.not_member": "Doar profesorii acestui proiect pot folosi această comandă aici.",
  "bot.refusal.unknown_invitation":
    "Nicio invitație în așteptare pentru dumneavoastră nu începe cu „{ref}”. Trimiteți „invitations” pentru a le vedea împreună cu codurile lor.",
  "bot.refusal.ambiguous_invitation":
    "Mai multe dintre invitațiile dumneavoastră încep cu „{ref}”. Tastați o parte mai lungă din cod.",
  "bot.refusal.unknown_project":
    "Niciun proiect care așteaptă decizia biroului dumneavoastră nu începe cu „{ref}”. Trimiteți „pending” pentru a le vedea împreună cu codurile lor.",
  "bot.refusal.ambiguous_project": "Mai multe proiecte încep cu „{ref}”. Tastați o parte mai lungă din cod.",
  "bot.refusal.no_teacher_found":
    "Niciun profesor înregistrat nu corespunde cu „{term}”. Verificați ortografia sau folosiți ID-ul Matrix ori adresa de e-mail a persoanei. Profesorii se înregistrează deschizând OpenTwinning din platforma lor de învățare.",
  "bot.refusal.several_teachers_found":
    "Cu „{term}” corespund {count} profesori. Folosiți ID-ul Matrix sau adresa de e-mail pentru a alege unul.",
  "bot.refusal.rate_limited_one":
    "Sunt multe comenzi într-un minut. Trimiteți-o pe următoarea peste o secundă; până atunci nu voi răspunde.",
  "bot.refusal.rate_limited_few":
    "Sunt multe comenzi într-un minut. Trimiteți-o pe următoarea peste {count} secunde; până atunci nu voi răspunde.",
  "bot.refusal.rate_limited_other":
    "Sunt multe comenzi într-un minut. Trimiteți-o pe următoarea peste {count} de secunde; până atunci nu voi răspunde.",
  "bot.refusal.unknown_command":
    "Nu cunosc comanda „{name}”. Trimiteți „{prefix} help” pentru lista comenzilor.",
  "bot.refusal.internal":
    "A apărut o eroare din partea mea; nu s-a modificat nimic. Vă rog să încercați din nou peste un minut și să anunțați administratorul dacă problema se repetă.",
  "bot.refusal.control_characters":
    "Mesajul dumneavoastră conține un caracter de control invizibil (NUL), așa că nu l-am executat. Tastați din nou comanda și trimiteți-o.",
  "bot.invite.sent":
    "Invitația a fost trimisă către {name}. Persoana o poate accepta în OpenTwinning sau trimițându-mi „accept”.",
  "bot.members.heading": "Profesorii proiectului „{title}”",
  "bot.members.more": "{number} de profesori în total: pagina proiectului îi arată pe toți.",
  "bot.members.pupils_more": "și {number} de elevi",
  "bot.members.pupils_one": "și un elev",
  "bot.members.pupils_few": "și {count} elevi",
  "bot.members.pupils_other": "și {count} de elevi",
  "bot.approval.pending": "în așteptarea Biroului Național de Sprijin",
  "bot.approval.approved": "aprobat",
  "bot.approval.rejected": "respins",
  "bot.approval.superseded": "înlocuit de o trimitere ulterioară",
  "bot.milestones.heading": "Etapele proiectului „{title}”",
  "bot.milestones.none": "Acest proiect nu are încă nicio etapă.",
  "bot.link.done":
    "Gata: {matrixId} este acum asociat cu {name} în OpenTwinning. Vă voi invita în camerele proiectelor dumneavoastră.",
  "bot.projects.heading": "Proiectele dumneavoastră",
  "bot.projects.more": "Celelalte sunt pe panoul dumneavoastră din OpenTwinning.",
  "bot.projects.none":
    "Nu aveți încă niciun proiect. Fondați unul sau acceptați o invitație în OpenTwinning.",
  "bot.invitations.heading": "Invitații care vă așteaptă (trimiteți „accept <cod>” sau „decline <cod>”)",
  "bot.invitations.item": "„{title}”, de la {inviter}",
  "bot.invitations.more":
    "Mai așteaptă și alte invitații: acestea sunt cele mai vechi. După ce le răspundeți, următoarele apar aici și pe panoul dumneavoastră din OpenTwinning.",
  "bot.invitations.none": "Nicio invitație nu vă așteaptă.",
  "bot.accept.done": "Bun venit în „{title}”. Veți primi în câteva momente invitații în camerele sale.",
  "bot.decline.done": "Ați refuzat invitația în „{title}”.",
  "bot.pending.heading": "Proiecte care așteaptă decizia pentru {country}",
  "bot.pending.none": "Niciun proiect nu așteaptă decizia pentru {country}.",
  "bot.pending.more":
    "… și încă {number}: pagina Biroului Național de Sprijin din platforma de învățare le afișează pe toate.",
  "bot.show.kind": "Tip",
  "bot.show.founders": "Fondatori",
  "bot.show.summary": "Rezumat",
  "bot.show.ages": "Elevi cu vârste între {min} și {max} ani",
  "bot.show.safety": "Reguli de siguranță și confidențialitate convenite",
  "bot.approve.done": "Ați aprobat „{title}”. Fondatorii sunt anunțați.",
  "bot.reject.done": "Ați respins „{title}”. Fondatorii sunt anunțați, împreună cu motivul dumneavoastră.",
  "bot.help.heading.direct":
    "Ce îmi puteți cere aici (prefixul {prefix} este opțional în această conversație)",
  "bot.help.heading.project": "Comenzi în camerele acestui proiect (începeți-le cu {prefix})",
  "bot.help.heading.national_unit":
    "Comenzi în camera Biroului Național de Sprijin (începeți-le cu {prefix})",
  "bot.help.heading.other":
    "Funcționez doar în camerele proiectelor, în camerele Birourilor Naționale de Sprijin și în mesajele directe.",
  "bot.help.example": "Exemplu",
  "bot.help.invite": "invitați în acest proiect un profesor înregistrat (după ID Matrix, e-mail sau nume)",
  "bot.help.invite.usage": "invite <profesor>",
  "bot.help.invite.example": "invite @ana.popescu:scoala-iasi.ro",
  "bot.help.members": "afișează profesorii acestui proiect și câți elevi participă",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "afișează starea acestui proiect și decizia fiecărui Birou Național de Sprijin",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "afișează calendarul proiectului, cu termenele",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "asociază acest cont Matrix cu profilul dumneavoastră OpenTwinning, cu ajutorul codului afișat pe pagina de profil",
  "bot.help.link.usage": "link <cod>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "afișează proiectele dumneavoastră și starea lor",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "afișează invitațiile care vă așteaptă",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "acceptă o invitație (codul ei apare în „invitations”)",
  "bot.help.accept.usage": "accept <invitație>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "refuză o invitație",
  "bot.help.decline.usage": "decline <invitație>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "afișează proiectele care așteaptă decizia pentru țara dumneavoastră",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "afișează un proiect care așteaptă decizia dumneavoastră",
  "bot.help.show.usage": "show <proiect>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "aprobă un proiect pentru țara dumneavoastră",
  "bot.help.approve.usage": "approve <proiect>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject":
    "respinge un proiect pentru țara dumneavoastră, cu motivul pe care îl vor citi fondatorii",
  "bot.help.reject.usage": "reject <proiect> <motiv>",
  "bot.help.reject.example": "reject 7b1e44d0 Calendarul nu are date pentru al doilea semestru.",
  "group.room.topic": "Discuția unui Grup eTwinning.",
  "group.kick.not_member": "Nu mai este membru al grupului „{name}”.",
  "nu.room.name": "Biroul Național de Sprijin · {country}",
  "nu.room.topic":
    "Proiecte care așteaptă decizia pentru {country}. Moderatorii răspund aici: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Nu mai este moderator pentru {country}.",
  "nu.awaiting.heading": "Un proiect așteaptă decizia pentru {country}: „{title}”",
  "nu.awaiting.commands": "Răspundeți cu",
  "nu.decision.approved": "Biroul Național de Sprijin din {country} a aprobat „{title}”.",
  "nu.decision.rejected": "Biroul Național de Sprijin din {country} a respins „{title}”.",
  "nu.decision.reason": "Motiv",
  "nu.decision.next":
    "Oricare dintre fondatori poate modifica proiectul în OpenTwinning și îl poate trimite din nou.",
  "nu.label.national_awarded":
    "{teacher} a primit de la Biroul Național de Sprijin din {country} Certificatul Național de Calitate pentru „{title}”.",
  "nu.label.national_refused":
    "{teacher} nu a primit de la Biroul Național de Sprijin din {country} Certificatul Național de Calitate pentru „{title}”.",
  "nu.label.european_awarded":
    "Serviciul Central de Sprijin a acordat Certificatul European de Calitate proiectului „{title}”.",
  "nu.label.european_declined":
    "Serviciul Central de Sprijin nu a acordat Certificatul European de Calitate proiectului „{title}”.",
  "nu.school.verification_yes":
    "Biroul Național de Sprijin din {country} a verificat școala dumneavoastră, {school}.",
  "nu.school.verification_no":
    "Biroul Național de Sprijin din {country} a respins înregistrarea școlii dumneavoastră, {school}.",
  "nu.school.label_yes":
    "Biroul Național de Sprijin din {country} a acordat eticheta Școală eTwinning școlii dumneavoastră, {school}.",
  "nu.school.label_no":
    "Biroul Național de Sprijin din {country} nu a acordat eticheta Școală eTwinning școlii dumneavoastră, {school}.",
  "nu.school.rejected_next":
    "Rugați administratorul platformei de învățare să contacteze Biroul Național de Sprijin.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Discuții generale",
  "twinspace.room.forum.name": "{title} · Forum",
  "twinspace.room.teachers.name": "{title} · Camera profesorilor",
  "twinspace.room.pupils.name": "{title} · Camera elevilor",
  "twinspace.materials.folder.general": "Din conversație: Discuții generale",
  "twinspace.materials.folder.forum": "Din conversație: Forum",
  "twinspace.materials.folder.pupils": "Din conversație: Camera elevilor",
  "twinspace.materials.refused": "„{name}” nu a fost adăugat la materialele proiectului.",
  "twinspace.diary.weekly.heading": "Săptămâna trecută în „{title}”:",
  "twinspace.diary.weekly.counts":
    "Pagini create: {pagesCreated} · pagini modificate: {pagesChanged} · materiale adăugate: {materialsAdded} · profesori noi: {membersJoined} · etape încheiate: {milestonesDone}",
  "twinspace.room.general.topic":
    "Conversația de zi cu zi a proiectului „{title}”, cu întâlnirile sale video.",
  "twinspace.room.forum.topic":
    "Câte un fir pentru fiecare subiect: deschideți un subiect cu un mesaj și răspundeți în firul său.",
  "twinspace.room.teachers.topic": "Doar pentru profesorii proiectului „{title}”: planificare și coordonare.",
  "twinspace.room.pupils.topic": "Camera elevilor proiectului „{title}”, moderată de profesorii lor.",
  "twinspace.video.name": "Întâlnire video",
  "twinspace.welcome.heading": "Bun venit în {room}, o cameră a proiectului „{title}”.",
  "twinspace.welcome.space":
    "Acest spațiu cuprinde camerele proiectului: Discuții generale, Forum, Camera profesorilor și Camera elevilor.",
  "twinspace.welcome.general":
    "Aici se discută despre proiect. Întâlnirea video din partea de sus a acestei camere este pentru membrii proiectului.",
  "twinspace.welcome.forum":
    "Acest forum funcționează pe fire de discuție. Pentru a deschide un subiect, publicați un mesaj care spune despre ce este vorba; toată lumea răspunde în firul său („Răspunde în fir”), nu în cronologia principală. Toate subiectele sunt listate la „Fire”.",
  "twinspace.welcome.teachers": "În această cameră sunt doar profesorii proiectului; elevii nu o pot vedea.",
  "twinspace.welcome.pupils": "Aici se întâlnesc elevii proiectului; profesorii lor moderează camera.",
  "twinspace.welcome.partners": "Școli partenere: {schools}.",
  "twinspace.welcome.rules": "Reguli de siguranță și confidențialitate convenite de parteneri:",
  "twinspace.welcome.footer":
    "Apartenența urmează proiectul din OpenTwinning: persoanele intră în aceste camere și le părăsesc pe măsură ce se alătură proiectului sau îl părăsesc.",
  "twinspace.closed":
    "Acest proiect a fost închis la {date}. Camerele sale rămân aici pentru ca membrii să le poată citi și nu s-a șters nimic, dar nimeni nu mai poate scrie în ele.",
  "twinspace.kick.not_member": "Nu este membru al proiectului „{title}”.",
  "twinspace.kick.left": "A părăsit proiectul „{title}”.",
  "twinspace.kick.removed": "Eliminat din proiectul „{title}”: {reason}",
  "twinspace.kick.removed_no_reason": "Eliminat din proiectul „{title}”.",
  "twinspace.kick.pupil_removed": "Nu mai participă la proiectul „{title}”.",
  "twinspace.kick.unlinked":
    "Și-a dezasociat contul Matrix de OpenTwinning, așa că acest cont nu mai face parte din proiectul „{title}”.",
  "twinspace.kick.relinked":
    "A asociat un alt cont Matrix în OpenTwinning și participă la proiectul „{title}” cu acel cont.",
  "twinspace.problems.heading":
    "{founders}: nu am putut readuce totul în acest TwinSpace la starea pe care o indică proiectul:",
  "twinspace.problems.founders": "Fondatori",
  "twinspace.problem.banned":
    "{subject} are interdicție în {rooms}, dar face încă parte din proiect. Ridicați interdicția sau eliminați persoana din proiect în OpenTwinning.",
  "twinspace.problem.invite_failed":
    "Nu am putut trimite o invitație pentru {subject} în {rooms} ({detail}). Verificați ID-ul Matrix asociat în OpenTwinning.",
  "twinspace.problem.kick_failed":
    "{subject} este în {rooms} fără să facă parte din proiect și nu am putut elimina persoana ({detail}).",
  "twinspace.problem.power_locked":
    "{subject} are în {rooms} același nivel de putere ca botul, pe care Matrix nu permite nimănui să îl coboare. Rugați administratorul serverului Matrix să corecteze situația.",
  "twinspace.problem.state_failed": "Nu am putut restabili {subject} în {rooms} ({detail}).",
};
