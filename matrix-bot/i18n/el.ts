import type { Catalogue } from "../../core/index.ts";

/**
 * Τα ελληνικά κείμενα του bot. Οι εντολές μένουν στα αγγλικά (έτσι τις αναγνωρίζει το bot)·
 * τύπος `Catalogue` (βλ. core/i18n/el.ts)· όροι: docs/glossary/el.md.
 */
export const el: Catalogue = {
  "bot.usage": "Σύνταξη",
  "bot.refusal.wrong_room": "Αυτή η εντολή δεν λειτουργεί σε αυτή την αίθουσα.",
  "bot.refusal.only_in.project":
    "Η εντολή «{name}» λειτουργεί στην αίθουσα TwinSpace ενός έργου. Στείλτε την εκεί.",
  "bot.refusal.only_in.direct":
    "Η εντολή «{name}» λειτουργεί σε προσωπικό μήνυμα προς εμένα. Ξεκινήστε μια προσωπική συνομιλία μαζί μου και στείλτε την εκεί.",
  "bot.refusal.only_in.national_unit":
    "Η εντολή «{name}» λειτουργεί μόνο στην αίθουσα της Εθνικής Υπηρεσίας Υποστήριξής σας.",
  "bot.refusal.not_linked":
    "Δεν ξέρω ακόμη ποιος είστε στο OpenTwinning. Ανοίξτε το OpenTwinning από την πλατφόρμα μάθησης (LMS) του σχολείου σας, μεταβείτε στο προφίλ σας, πάρτε έναν κωδικό σύνδεσης και στείλτε μου «link <κωδικός>» σε προσωπικό μήνυμα.",
  "bot.refusal.pupil":
    "Οι εντολές είναι για τους εκπαιδευτικούς. Αν χρειάζεσαι κάτι σε αυτό το έργο, ρώτησε τον εκπαιδευτικό σου.",
  "bot.refusal.not_member":
    "Μόνο οι εκπαιδευτικοί αυτού του έργου μπορούν να χρησιμοποιήσουν αυτή την εντολή εδώ.",
  "bot.refusal.unknown_invitation":
    "Καμία από τις εκκρεμείς προσκλήσεις σας δεν αρχίζει με «{ref}». Στείλτε «invitations» για να τις δείτε με τους κωδικούς τους.",
  "bot.refusal.ambiguous_invitation":
    "Πολλές από τις προσκλήσεις σας αρχίζουν με «{ref}». Πληκτρολογήστε περισσότερους χαρακτήρες του κωδικού.",
  "bot.refusal.unknown_project":
    "Κανένα έργο που αναμένει απόφαση της Υπηρεσίας σας δεν αρχίζει με «{ref}». Στείλτε «pending» για να τα δείτε με τους κωδικούς τους.",
  "bot.refusal.ambiguous_project":
    "Πολλά έργα αρχίζουν με «{ref}». Πληκτρολογήστε περισσότερους χαρακτήρες του κωδικού.",
  "bot.refusal.no_teacher_found":
    "Κανένας εγγεγραμμένος εκπαιδευτικός δεν αντιστοιχεί στο «{term}». Ελέγξτε την ορθογραφία ή χρησιμοποιήστε το Matrix ID ή το email του. Οι εκπαιδευτικοί εγγράφονται ανοίγοντας το OpenTwinning από την πλατφόρμα μάθησής τους.",
  "bot.refusal.several_teachers_found":
    "{count} εκπαιδευτικοί αντιστοιχούν στο «{term}». Χρησιμοποιήστε το Matrix ID ή τη διεύθυνση email για να επιλέξετε έναν.",
  "bot.refusal.rate_limited_one":
    "Πολλές εντολές μέσα σε ένα λεπτό. Στείλτε την επόμενη σε ένα δευτερόλεπτο· μέχρι τότε δεν θα απαντώ.",
  "bot.refusal.rate_limited_other":
    "Πολλές εντολές μέσα σε ένα λεπτό. Στείλτε την επόμενη σε {count} δευτερόλεπτα· μέχρι τότε δεν θα απαντώ.",
  "bot.refusal.unknown_command": "Δεν γνωρίζω την εντολή «{name}». Στείλτε «{prefix} help» για τη λίστα.",
  "bot.refusal.internal":
    "Κάτι πήγε στραβά από τη δική μου πλευρά· δεν άλλαξε τίποτα. Δοκιμάστε ξανά σε ένα λεπτό και ενημερώστε τον διαχειριστή σας αν συνεχίσει να συμβαίνει.",
  "bot.refusal.control_characters":
    "Το μήνυμά σας περιέχει έναν αόρατο χαρακτήρα ελέγχου (NUL), γι' αυτό δεν το εκτέλεσα. Πληκτρολογήστε ξανά την εντολή και στείλτε την.",
  "bot.invite.sent":
    "Η πρόσκληση στάλθηκε στον/στην {name}. Μπορεί να την αποδεχτεί στο OpenTwinning ή στέλνοντάς μου «accept».",
  "bot.members.heading": "Εκπαιδευτικοί του «{title}»",
  "bot.members.more": "Εκπαιδευτικοί συνολικά: {number}. Η σελίδα του έργου τους δείχνει όλους.",
  "bot.members.pupils_more": "και μαθητές: {number}",
  "bot.members.pupils_one": "και {count} μαθητής",
  "bot.members.pupils_other": "και {count} μαθητές",
  "bot.approval.pending": "αναμένει την Εθνική Υπηρεσία Υποστήριξης",
  "bot.approval.approved": "εγκρίθηκε",
  "bot.approval.rejected": "απορρίφθηκε",
  "bot.approval.superseded": "αντικαταστάθηκε από νεότερη υποβολή",
  "bot.milestones.heading": "Ορόσημα του «{title}»",
  "bot.milestones.none": "Αυτό το έργο δεν έχει ακόμη ορόσημα.",
  "bot.link.done":
    "Έγινε: το {matrixId} συνδέθηκε πλέον με τον λογαριασμό {name} στο OpenTwinning. Θα σας προσκαλέσω στις αίθουσες των έργων σας.",
  "bot.projects.heading": "Τα έργα σας",
  "bot.projects.more": "Τα υπόλοιπα εμφανίζονται στον πίνακα ελέγχου σας στο OpenTwinning.",
  "bot.projects.none": "Δεν έχετε ακόμη έργα. Ιδρύστε ένα ή αποδεχτείτε μια πρόσκληση στο OpenTwinning.",
  "bot.invitations.heading":
    "Προσκλήσεις που σας περιμένουν (στείλτε «accept <κωδικός>» ή «decline <κωδικός>»)",
  "bot.invitations.item": "«{title}», από {inviter}",
  "bot.invitations.more":
    "Περιμένουν κι άλλες προσκλήσεις: αυτές είναι οι παλαιότερες. Μόλις τις απαντήσετε, οι επόμενες εμφανίζονται εδώ και στον πίνακα ελέγχου σας στο OpenTwinning.",
  "bot.invitations.none": "Δεν σας περιμένει καμία πρόσκληση.",
  "bot.accept.done": "Καλώς ήρθατε στο «{title}». Σε λίγο θα προσκληθείτε στις αίθουσές του.",
  "bot.decline.done": "Απορρίψατε την πρόσκληση στο «{title}».",
  "bot.pending.heading": "Έργα που αναμένουν απόφαση για τη χώρα {country}",
  "bot.pending.none": "Κανένα έργο δεν αναμένει απόφαση για τη χώρα {country}.",
  "bot.pending.more":
    "… και {number} ακόμη: η σελίδα της Εθνικής Υπηρεσίας Υποστήριξης στην πλατφόρμα μάθησης τα δείχνει όλα.",
  "bot.show.kind": "Τύπος",
  "bot.show.founders": "Ιδρυτές",
  "bot.show.summary": "Περίληψη",
  "bot.show.ages": "Μαθητές ηλικίας {min} έως {max}",
  "bot.show.safety": "Συμφωνημένοι κανόνες ασφάλειας και προστασίας προσωπικών δεδομένων",
  "bot.approve.done": "Εγκρίνατε το «{title}». Οι ιδρυτές ενημερώνονται.",
  "bot.reject.done": "Απορρίψατε το «{title}». Οι ιδρυτές ενημερώνονται, μαζί με την αιτιολογία σας.",
  "bot.help.heading.direct":
    "Τι μπορείτε να μου ζητήσετε εδώ (το πρόθεμα {prefix} είναι προαιρετικό σε αυτή τη συνομιλία)",
  "bot.help.heading.project": "Εντολές στις αίθουσες αυτού του έργου (ξεκινήστε τες με {prefix})",
  "bot.help.heading.national_unit":
    "Εντολές στην αίθουσα της Εθνικής Υπηρεσίας Υποστήριξης (ξεκινήστε τες με {prefix})",
  "bot.help.heading.other":
    "Λειτουργώ μόνο σε αίθουσες έργων, σε αίθουσες Εθνικών Υπηρεσιών Υποστήριξης και σε προσωπικά μηνύματα.",
  "bot.help.example": "Παράδειγμα",
  "bot.help.invite":
    "πρόσκληση ενός εγγεγραμμένου εκπαιδευτικού σε αυτό το έργο (με Matrix ID, email ή όνομα)",
  "bot.help.invite.usage": "invite <εκπαιδευτικός>",
  "bot.help.invite.example": "invite @maria.papadopoulou:sch.gr",
  "bot.help.members": "λίστα των εκπαιδευτικών αυτού του έργου και πόσοι μαθητές συμμετέχουν",
  "bot.help.members.usage": "members",
  "bot.help.members.example": "members",
  "bot.help.status": "κατάσταση αυτού του έργου και η απόφαση κάθε Εθνικής Υπηρεσίας Υποστήριξης",
  "bot.help.status.usage": "status",
  "bot.help.status.example": "status",
  "bot.help.milestones": "το χρονοδιάγραμμα του έργου με τις προθεσμίες",
  "bot.help.milestones.usage": "milestones",
  "bot.help.milestones.example": "milestones",
  "bot.help.link":
    "σύνδεση αυτού του λογαριασμού Matrix με το προφίλ σας στο OpenTwinning με τον κωδικό που εμφανίζεται στη σελίδα του προφίλ σας",
  "bot.help.link.usage": "link <κωδικός>",
  "bot.help.link.example": "link K7QF3MZP",
  "bot.help.projects": "λίστα των έργων σας με την κατάστασή τους",
  "bot.help.projects.usage": "projects",
  "bot.help.projects.example": "projects",
  "bot.help.invitations": "λίστα των προσκλήσεων που σας περιμένουν",
  "bot.help.invitations.usage": "invitations",
  "bot.help.invitations.example": "invitations",
  "bot.help.accept": "αποδοχή μιας πρόσκλησης (ο κωδικός της βρίσκεται στο «invitations»)",
  "bot.help.accept.usage": "accept <πρόσκληση>",
  "bot.help.accept.example": "accept 3f2a9c1b",
  "bot.help.decline": "απόρριψη μιας πρόσκλησης",
  "bot.help.decline.usage": "decline <πρόσκληση>",
  "bot.help.decline.example": "decline 3f2a9c1b",
  "bot.help.pending": "λίστα των έργων που αναμένουν την απόφαση της χώρας σας",
  "bot.help.pending.usage": "pending",
  "bot.help.pending.example": "pending",
  "bot.help.show": "προβολή ενός έργου που αναμένει την απόφασή σας",
  "bot.help.show.usage": "show <έργο>",
  "bot.help.show.example": "show 7b1e44d0",
  "bot.help.approve": "έγκριση ενός έργου για τη χώρα σας",
  "bot.help.approve.usage": "approve <έργο>",
  "bot.help.approve.example": "approve 7b1e44d0",
  "bot.help.reject": "απόρριψη ενός έργου για τη χώρα σας, με την αιτιολογία που θα διαβάσουν οι ιδρυτές",
  "bot.help.reject.usage": "reject <έργο> <αιτιολογία>",
  "bot.help.reject.example": "reject 7b1e44d0 Το χρονοδιάγραμμα δεν έχει ημερομηνίες για το δεύτερο τρίμηνο.",
  "group.room.topic": "Η συζήτηση μιας Ομάδας eTwinning.",
  "group.kick.not_member": "Δεν είναι μέλος της ομάδας «{name}».",
  "nu.room.name": "Εθνική Υπηρεσία Υποστήριξης · {country}",
  "nu.room.topic":
    "Έργα που αναμένουν απόφαση για τη χώρα {country}. Οι συντονιστές απαντούν εδώ: {prefix} pending, {prefix} show, {prefix} approve, {prefix} reject.",
  "nu.kick.not_moderator": "Δεν είναι πλέον συντονιστής για τη χώρα {country}.",
  "nu.awaiting.heading": "Ένα έργο αναμένει απόφαση για τη χώρα {country}: «{title}»",
  "nu.awaiting.commands": "Απαντήστε με",
  "nu.decision.approved": "Η Εθνική Υπηρεσία Υποστήριξης ({country}) ενέκρινε το «{title}».",
  "nu.decision.rejected": "Η Εθνική Υπηρεσία Υποστήριξης ({country}) απέρριψε το «{title}».",
  "nu.decision.reason": "Αιτιολογία",
  "nu.decision.next":
    "Οποιοσδήποτε από τους ιδρυτές μπορεί να διορθώσει το έργο στο OpenTwinning και να το υποβάλει ξανά.",
  "nu.label.national_awarded":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) απένειμε στον/στην {teacher} την Εθνική Ετικέτα Ποιότητας για το «{title}».",
  "nu.label.national_refused":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) δεν απένειμε στον/στην {teacher} την Εθνική Ετικέτα Ποιότητας για το «{title}».",
  "nu.label.european_awarded":
    "Η Κεντρική Υπηρεσία Υποστήριξης απένειμε την Ευρωπαϊκή Ετικέτα Ποιότητας στο «{title}».",
  "nu.label.european_declined":
    "Η Κεντρική Υπηρεσία Υποστήριξης δεν απένειμε την Ευρωπαϊκή Ετικέτα Ποιότητας στο «{title}».",
  "nu.school.verification_yes":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) επαλήθευσε το σχολείο σας, {school}.",
  "nu.school.verification_no":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) απέρριψε την εγγραφή του σχολείου σας, {school}.",
  "nu.school.label_yes":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) απένειμε την Ετικέτα Σχολείου eTwinning στο σχολείο σας, {school}.",
  "nu.school.label_no":
    "Η Εθνική Υπηρεσία Υποστήριξης ({country}) δεν απένειμε την Ετικέτα Σχολείου eTwinning στο σχολείο σας, {school}.",
  "nu.school.rejected_next":
    "Ζητήστε από τον διαχειριστή της πλατφόρμας μάθησης να επικοινωνήσει με την Εθνική Υπηρεσία Υποστήριξης.",
  "twinspace.room.space.name": "{title}",
  "twinspace.room.general.name": "{title} · Γενική συζήτηση",
  "twinspace.room.forum.name": "{title} · Φόρουμ",
  "twinspace.room.teachers.name": "{title} · Αίθουσα εκπαιδευτικών",
  "twinspace.room.pupils.name": "{title} · Αίθουσα μαθητών",
  "twinspace.materials.folder.general": "Από τη συνομιλία: Γενική συζήτηση",
  "twinspace.materials.folder.forum": "Από τη συνομιλία: Φόρουμ",
  "twinspace.materials.folder.pupils": "Από τη συνομιλία: Αίθουσα μαθητών",
  "twinspace.materials.refused": "Το «{name}» δεν προστέθηκε στο υλικό του έργου.",
  "twinspace.diary.weekly.heading": "Η περασμένη εβδομάδα στο «{title}»:",
  "twinspace.diary.weekly.counts":
    "Νέες σελίδες: {pagesCreated} · σελίδες που άλλαξαν: {pagesChanged} · υλικό που προστέθηκε: {materialsAdded} · εκπαιδευτικοί που προσχώρησαν: {membersJoined} · ορόσημα που ολοκληρώθηκαν: {milestonesDone}",
  "twinspace.room.general.topic": "Η καθημερινή συνομιλία του «{title}», με τις βιντεοσυναντήσεις του.",
  "twinspace.room.forum.topic":
    "Ένα νήμα ανά θέμα: ανοίξτε ένα θέμα με ένα μήνυμα και απαντήστε στο νήμα του.",
  "twinspace.room.teachers.topic": "Μόνο για τους εκπαιδευτικούς του «{title}»: σχεδιασμός και συντονισμός.",
  "twinspace.room.pupils.topic":
    "Η αίθουσα των μαθητών του «{title}», με συντονισμό από τους εκπαιδευτικούς τους.",
  "twinspace.video.name": "Βιντεοσυνάντηση",
  "twinspace.welcome.heading": "Καλώς ήρθατε στην αίθουσα {room} του έργου «{title}».",
  "twinspace.welcome.space":
    "Αυτός ο χώρος περιέχει τις αίθουσες του έργου: Γενική συζήτηση, Φόρουμ, Αίθουσα εκπαιδευτικών και Αίθουσα μαθητών.",
  "twinspace.welcome.general":
    "Συζητήστε εδώ για το έργο. Η βιντεοσυνάντηση στο πάνω μέρος αυτής της αίθουσας είναι για τα μέλη του έργου.",
  "twinspace.welcome.forum":
    "Αυτό το φόρουμ λειτουργεί με νήματα. Για να ανοίξετε ένα θέμα, δημοσιεύστε ένα μήνυμα που λέει τι αφορά· όλοι απαντούν στο νήμα του («Απάντηση σε νήμα»), όχι στην κύρια ροή. Όλα τα θέματα εμφανίζονται στα «Νήματα».",
  "twinspace.welcome.teachers":
    "Σε αυτή την αίθουσα βρίσκονται μόνο οι εκπαιδευτικοί του έργου· οι μαθητές δεν μπορούν να τη δουν.",
  "twinspace.welcome.pupils":
    "Εδώ συναντιούνται οι μαθητές του έργου· οι εκπαιδευτικοί τους συντονίζουν την αίθουσα.",
  "twinspace.welcome.partners": "Σχολεία-εταίροι: {schools}.",
  "twinspace.welcome.rules":
    "Κανόνες ασφάλειας και προστασίας προσωπικών δεδομένων που συμφώνησαν οι εταίροι:",
  "twinspace.welcome.footer":
    "Η συμμετοχή ακολουθεί το έργο στο OpenTwinning: τα πρόσωπα μπαίνουν σε αυτές τις αίθουσες και βγαίνουν από αυτές όταν μπαίνουν στο έργο και αποχωρούν από αυτό.",
  "twinspace.closed":
    "Αυτό το έργο έκλεισε στις {date}. Οι αίθουσές του μένουν εδώ για να τις διαβάζουν τα μέλη του και δεν διαγράφηκε τίποτα, αλλά κανείς δεν μπορεί πια να γράψει σε αυτές.",
  "twinspace.kick.not_member": "Δεν είναι μέλος του έργου «{title}».",
  "twinspace.kick.left": "Αποχώρησε από το έργο «{title}».",
  "twinspace.kick.removed": "Αφαιρέθηκε από το έργο «{title}»: {reason}",
  "twinspace.kick.removed_no_reason": "Αφαιρέθηκε από το έργο «{title}».",
  "twinspace.kick.pupil_removed": "Δεν συμμετέχει πλέον στο έργο «{title}».",
  "twinspace.kick.unlinked":
    "Αποσύνδεσε τον λογαριασμό Matrix από το OpenTwinning, οπότε αυτός ο λογαριασμός δεν ανήκει πλέον στο έργο «{title}».",
  "twinspace.kick.relinked":
    "Συνέδεσε άλλον λογαριασμό Matrix στο OpenTwinning και συμμετέχει στο έργο «{title}» με εκείνον.",
  "twinspace.problems.heading":
    "{founders}: δεν μπόρεσα να επαναφέρω τα πάντα σε αυτό το TwinSpace όπως ορίζει το έργο:",
  "twinspace.problems.founders": "Ιδρυτές",
  "twinspace.problem.banned":
    "Ο/Η {subject} έχει αποκλειστεί από {rooms}, αλλά είναι ακόμη στο έργο. Άρετε τον αποκλεισμό ή αφαιρέστε τον/την από το έργο στο OpenTwinning.",
  "twinspace.problem.invite_failed":
    "Δεν μπόρεσα να προσκαλέσω τον/την {subject} σε {rooms} ({detail}). Ελέγξτε το Matrix ID που είναι συνδεδεμένο στο OpenTwinning.",
  "twinspace.problem.kick_failed":
    "Ο/Η {subject} βρίσκεται σε {rooms} χωρίς να είναι στο έργο, και δεν μπόρεσα να τον/την αφαιρέσω ({detail}).",
  "twinspace.problem.power_locked":
    "Ο/Η {subject} έχει το ίδιο επίπεδο δικαιωμάτων με το bot σε {rooms}, το οποίο το Matrix δεν επιτρέπει σε κανέναν να μειώσει. Ζητήστε από τον διαχειριστή του διακομιστή Matrix να το διορθώσει.",
  "twinspace.problem.state_failed": "Δεν μπόρεσα να επαναφέρω τη ρύθμιση {subject} σε {rooms} ({detail}).",
};
