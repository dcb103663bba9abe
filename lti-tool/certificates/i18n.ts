import type { Catalogue } from "../../core/index.ts";

/**
 * Certificates (lti-tool/certificates/): the PDF, the teacher's list and the public check.
 * Each kind of core's CERTIFICATE_KINDS has its title (`certificate.kind.<kind>`) and its
 * statement, which follows the holder's name (`certificate.statement.<kind>`: {school}, {country},
 * {project}, {date}, {period}).
 */
const en: Catalogue = {
  "certificate.kind.national_quality_label": "National Quality Label",
  "certificate.kind.european_quality_label": "European Quality Label",
  "certificate.kind.school_label": "eTwinning School label",
  "certificate.kind.participation": "Certificate of participation",
  "certificate.statement.national_quality_label":
    "of {school} ({country}) was awarded the National Quality Label on {date} for their work in the OpenTwinning project “{project}”.",
  "certificate.statement.european_quality_label":
    "of {school} ({country}) is a teacher of the OpenTwinning project “{project}”, which was awarded the European Quality Label on {date}.",
  "certificate.statement.school_label":
    "teaches at {school} ({country}), which holds the eTwinning School label {period}.",
  "certificate.statement.participation":
    "of {school} ({country}) took part in the OpenTwinning project “{project}” {period}.",
  "certificate.period.since": "since {from}",
  "certificate.period.between": "from {from} to {until}",
  "certificate.this_certifies": "This certifies that",
  "certificate.issued": "Issued on {date}. Certificate number {id}.",
  "certificate.check": "Anyone can check that this certificate is genuine at:",
  "certificate.qr": "The QR code leads to the same address.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "My certificates",
  "certificates.intro":
    "Download a certificate of your part in a project or of a label you were awarded. Each certificate carries an address where anyone can check that it is genuine.",
  "certificates.none":
    "You have no certificate yet. Certificates come when a project you teach in is approved or awarded a label, when your national unit awards you a label and while your school holds the eTwinning School label.",
  "certificates.download": "{kind}: download the PDF",
  "certificates.for_project": "{kind}: “{project}”",
  "certificates.project_heading": "Certificates",
  "certificates.all_mine": "All my certificates",
  "verify.certificate.title": "Certificate check",
  "verify.certificate.genuine": "This certificate is genuine.",
  "verify.certificate.holder": "Holder",
  "verify.certificate.school": "School",
  "verify.certificate.kind": "Certificate",
  "verify.certificate.project": "Project",
  "verify.certificate.date": "Date",
  "verify.certificate.issued": "Issued on",
  "verify.certificate.unknown":
    "No certificate with this address was issued by OpenTwinning: this certificate is not genuine. Check that the address was copied in full.",
  "verify.certificate.revoked":
    "This certificate was issued by OpenTwinning but is no longer valid: what it certified has been withdrawn. Ask its holder for a current certificate.",
  "verify.certificate.lapsed":
    "This certificate was issued by OpenTwinning and was genuine, but its period ended on {date}: it certifies nothing after that day. Ask its holder for a current certificate.",
};

const it: Catalogue = {
  "certificate.kind.national_quality_label": "Quality Label nazionale",
  "certificate.kind.european_quality_label": "Quality Label europeo",
  "certificate.kind.school_label": "Marchio Scuola eTwinning",
  "certificate.kind.participation": "Attestato di partecipazione",
  "certificate.statement.national_quality_label":
    "della scuola {school} ({country}) ha ricevuto il {date} il Quality Label nazionale per il lavoro svolto nel progetto OpenTwinning «{project}».",
  "certificate.statement.european_quality_label":
    "della scuola {school} ({country}) è docente del progetto OpenTwinning «{project}», che ha ricevuto il {date} il Quality Label europeo.",
  "certificate.statement.school_label":
    "insegna nella scuola {school} ({country}), che ha il marchio Scuola eTwinning {period}.",
  "certificate.statement.participation":
    "della scuola {school} ({country}) ha partecipato al progetto OpenTwinning «{project}» {period}.",
  "certificate.period.since": "dal {from}",
  "certificate.period.between": "dal {from} al {until}",
  "certificate.this_certifies": "Si attesta che",
  "certificate.issued": "Rilasciato il {date}. Attestato numero {id}.",
  "certificate.check": "Chiunque può verificare che questo attestato è autentico all'indirizzo:",
  "certificate.qr": "Il codice QR porta allo stesso indirizzo.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "I miei attestati",
  "certificates.intro":
    "Scarica l'attestato della tua partecipazione a un progetto o di un riconoscimento che hai ricevuto. Ogni attestato riporta un indirizzo dove chiunque può verificare che è autentico.",
  "certificates.none":
    "Non hai ancora attestati. Arrivano quando un progetto in cui insegni viene approvato o riceve un riconoscimento, quando la tua unità nazionale ti assegna un riconoscimento e finché la tua scuola ha il marchio Scuola eTwinning.",
  "certificates.download": "{kind}: scarica il PDF",
  "certificates.for_project": "{kind}: «{project}»",
  "certificates.project_heading": "Attestati",
  "certificates.all_mine": "Tutti i miei attestati",
  "verify.certificate.title": "Verifica di un attestato",
  "verify.certificate.genuine": "Questo attestato è autentico.",
  "verify.certificate.holder": "Titolare",
  "verify.certificate.school": "Scuola",
  "verify.certificate.kind": "Attestato",
  "verify.certificate.project": "Progetto",
  "verify.certificate.date": "Data",
  "verify.certificate.issued": "Rilasciato il",
  "verify.certificate.unknown":
    "OpenTwinning non ha rilasciato alcun attestato con questo indirizzo: l'attestato non è autentico. Controlla che l'indirizzo sia stato copiato per intero.",
  "verify.certificate.revoked":
    "Questo attestato è stato rilasciato da OpenTwinning ma non è più valido: ciò che attestava è stato revocato. Chiedi al titolare un attestato aggiornato.",
  "verify.certificate.lapsed":
    "Questo attestato è stato rilasciato da OpenTwinning ed era autentico, ma il suo periodo è terminato il {date}: dopo quel giorno non attesta più nulla. Chiedi al titolare un attestato aggiornato.",
};

const fr: Catalogue = {
  "certificate.kind.national_quality_label": "Label de qualité national",
  "certificate.kind.participation": "Certificat de participation",
  "certificate.statement.national_quality_label":
    "de l'établissement {school} ({country}) a obtenu le Label de qualité national le {date} pour son travail dans le projet OpenTwinning « {project} ».",
  "certificate.statement.participation":
    "de l'établissement {school} ({country}) a participé au projet OpenTwinning « {project} » {period}.",
  "certificate.period.since": "depuis le {from}",
  "certificate.period.between": "du {from} au {until}",
  "certificate.this_certifies": "Nous certifions que",
  "certificate.issued": "Délivré le {date}. Certificat n° {id}.",
  "certificate.check": "Chacun peut vérifier l'authenticité de ce certificat à l'adresse :",
  "certificate.qr": "Le QR code mène à la même adresse.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Mes certificats",
  "certificates.intro":
    "Téléchargez un certificat de votre participation à un projet ou d'un label qui vous a été attribué. Chaque certificat porte une adresse où chacun peut vérifier son authenticité.",
  "certificates.none":
    "Vous n'avez pas encore de certificat. Les certificats arrivent quand un projet auquel vous participez est approuvé et quand votre unité nationale vous attribue un label.",
  "certificates.download": "{kind} : télécharger le PDF",
  "certificates.for_project": "{kind} : « {project} »",
  "certificates.project_heading": "Certificats",
  "certificates.all_mine": "Tous mes certificats",
  "verify.certificate.title": "Vérification d'un certificat",
  "verify.certificate.genuine": "Ce certificat est authentique.",
  "verify.certificate.holder": "Titulaire",
  "verify.certificate.school": "Établissement",
  "verify.certificate.kind": "Certificat",
  "verify.certificate.project": "Projet",
  "verify.certificate.date": "Date",
  "verify.certificate.issued": "Délivré le",
  "verify.certificate.unknown":
    "Aucun certificat portant cette adresse n'a été délivré par OpenTwinning : ce certificat n'est pas authentique. Vérifiez que l'adresse a été copiée en entier.",
  "verify.certificate.revoked":
    "Ce certificat a été délivré par OpenTwinning mais n'est plus valable : ce qu'il attestait a été retiré. Demandez à son titulaire un certificat à jour.",
  "certificate.kind.european_quality_label": "Label de qualité européen",
  "certificate.kind.school_label": "Label École eTwinning",
  "certificate.statement.european_quality_label":
    "de l'établissement {school} ({country}) est enseignant du projet OpenTwinning « {project} », qui a reçu le Label de qualité européen le {date}.",
  "certificate.statement.school_label":
    "enseigne à l'établissement {school} ({country}), qui détient le Label École eTwinning {period}.",
  "verify.certificate.lapsed":
    "Ce certificat a été délivré par OpenTwinning et était authentique, mais sa période a pris fin le {date} : il n'atteste plus rien après ce jour. Demandez à son titulaire un certificat en cours de validité.",
};

const es: Catalogue = {
  "certificate.kind.national_quality_label": "Sello de Calidad Nacional",
  "certificate.kind.european_quality_label": "Sello de Calidad Europeo",
  "certificate.kind.school_label": "Sello Escuela eTwinning",
  "certificate.kind.participation": "Certificado de participación",
  "certificate.statement.national_quality_label":
    "del centro {school} ({country}) obtuvo el Sello de Calidad Nacional el {date} por su trabajo en el proyecto OpenTwinning «{project}».",
  "certificate.statement.european_quality_label":
    "del centro {school} ({country}) es docente del proyecto OpenTwinning «{project}», que obtuvo el Sello de Calidad Europeo el {date}.",
  "certificate.statement.school_label":
    "enseña en el centro {school} ({country}), que tiene el sello Escuela eTwinning {period}.",
  "certificate.statement.participation":
    "del centro {school} ({country}) participó en el proyecto OpenTwinning «{project}» {period}.",
  "certificate.period.since": "desde el {from}",
  "certificate.period.between": "del {from} al {until}",
  "certificate.this_certifies": "Se certifica que",
  "certificate.issued": "Expedido el {date}. Certificado n.º {id}.",
  "certificate.check": "Cualquier persona puede comprobar la autenticidad de este certificado en:",
  "certificate.qr": "El código QR lleva a la misma dirección.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Mis certificados",
  "certificates.intro":
    "Descarga un certificado de tu participación en un proyecto o de un sello que se te haya concedido. Cada certificado lleva una dirección donde cualquier persona puede comprobar su autenticidad.",
  "certificates.none":
    "Aún no tienes ningún certificado. Los certificados llegan cuando se aprueba un proyecto en el que participas o se le concede un sello, cuando tu servicio nacional de apoyo te concede un sello y mientras tu centro tenga el sello Escuela eTwinning.",
  "certificates.download": "{kind}: descargar el PDF",
  "certificates.for_project": "{kind}: «{project}»",
  "certificates.project_heading": "Certificados",
  "certificates.all_mine": "Todos mis certificados",
  "verify.certificate.title": "Comprobación de un certificado",
  "verify.certificate.genuine": "Este certificado es auténtico.",
  "verify.certificate.holder": "Titular",
  "verify.certificate.school": "Centro",
  "verify.certificate.kind": "Certificado",
  "verify.certificate.project": "Proyecto",
  "verify.certificate.date": "Fecha",
  "verify.certificate.issued": "Expedido el",
  "verify.certificate.unknown":
    "OpenTwinning no ha expedido ningún certificado con esta dirección: este certificado no es auténtico. Comprueba que la dirección se ha copiado completa.",
  "verify.certificate.revoked":
    "Este certificado fue expedido por OpenTwinning, pero ya no es válido: lo que certificaba se ha retirado. Pide a su titular un certificado actualizado.",
  "verify.certificate.lapsed":
    "Este certificado fue expedido por OpenTwinning y era auténtico, pero su periodo terminó el {date}: después de ese día ya no certifica nada. Pide a su titular un certificado vigente.",
};

const de: Catalogue = {
  "certificate.kind.national_quality_label": "Nationales Qualitätssiegel",
  "certificate.kind.european_quality_label": "Europäisches Qualitätssiegel",
  "certificate.kind.school_label": "Auszeichnung als eTwinning-Schule",
  "certificate.kind.participation": "Teilnahmezertifikat",
  "certificate.statement.national_quality_label":
    "von der Schule {school} ({country}) am {date} für die Arbeit im OpenTwinning-Projekt „{project}“ das Nationale Qualitätssiegel erhalten hat.",
  "certificate.statement.european_quality_label":
    "von der Schule {school} ({country}) Lehrkraft im OpenTwinning-Projekt „{project}“ ist, das am {date} das Europäische Qualitätssiegel erhalten hat.",
  "certificate.statement.school_label":
    "an der Schule {school} ({country}) unterrichtet, die {period} als eTwinning-Schule ausgezeichnet ist.",
  "certificate.statement.participation":
    "von der Schule {school} ({country}) {period} am OpenTwinning-Projekt „{project}“ teilgenommen hat.",
  "certificate.period.since": "seit {from}",
  "certificate.period.between": "vom {from} bis {until}",
  "certificate.this_certifies": "Hiermit wird bestätigt, dass",
  "certificate.issued": "Ausgestellt am {date}. Zertifikatsnummer {id}.",
  "certificate.check": "Unter dieser Adresse kann jede Person prüfen, ob das Zertifikat echt ist:",
  "certificate.qr": "Der QR-Code führt zur selben Adresse.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Meine Zertifikate",
  "certificates.intro":
    "Laden Sie ein Zertifikat über Ihre Mitarbeit in einem Projekt oder über eine erhaltene Auszeichnung herunter. Jedes Zertifikat trägt eine Adresse, unter der jede Person prüfen kann, ob es echt ist.",
  "certificates.none":
    "Sie haben noch kein Zertifikat. Zertifikate erhalten Sie, wenn ein Projekt, in dem Sie unterrichten, genehmigt wird oder ein Qualitätssiegel erhält, wenn Ihre Nationale Koordinierungsstelle Ihnen ein Qualitätssiegel verleiht, und solange Ihre Schule als eTwinning-Schule ausgezeichnet ist.",
  "certificates.download": "{kind}: PDF herunterladen",
  "certificates.for_project": "{kind}: „{project}“",
  "certificates.project_heading": "Zertifikate",
  "certificates.all_mine": "Alle meine Zertifikate",
  "verify.certificate.title": "Zertifikatsprüfung",
  "verify.certificate.genuine": "Dieses Zertifikat ist echt.",
  "verify.certificate.holder": "Inhaberin/Inhaber",
  "verify.certificate.school": "Schule",
  "verify.certificate.kind": "Zertifikat",
  "verify.certificate.project": "Projekt",
  "verify.certificate.date": "Datum",
  "verify.certificate.issued": "Ausgestellt am",
  "verify.certificate.unknown":
    "OpenTwinning hat kein Zertifikat mit dieser Adresse ausgestellt: Dieses Zertifikat ist nicht echt. Prüfen Sie, ob die Adresse vollständig kopiert wurde.",
  "verify.certificate.revoked":
    "Dieses Zertifikat wurde von OpenTwinning ausgestellt, ist aber nicht mehr gültig: Was es bestätigt hat, wurde zurückgenommen. Bitten Sie die Inhaberin oder den Inhaber um ein aktuelles Zertifikat.",
  "verify.certificate.lapsed":
    "Dieses Zertifikat wurde von OpenTwinning ausgestellt und war echt, aber sein Zeitraum endete am {date}: Für die Zeit danach bestätigt es nichts mehr. Bitten Sie die Inhaberin oder den Inhaber um ein aktuelles Zertifikat.",
};

const pt: Catalogue = {
  "certificate.kind.national_quality_label": "Selo de Qualidade Nacional",
  "certificate.kind.european_quality_label": "Selo de Qualidade Europeu",
  "certificate.kind.school_label": "Selo Escola eTwinning",
  "certificate.kind.participation": "Certificado de participação",
  "certificate.statement.national_quality_label":
    "da escola {school} ({country}) recebeu em {date} o Selo de Qualidade Nacional pelo seu trabalho no projeto OpenTwinning “{project}”.",
  "certificate.statement.european_quality_label":
    "da escola {school} ({country}) é professor do projeto OpenTwinning “{project}”, que recebeu o Selo de Qualidade Europeu em {date}.",
  "certificate.statement.school_label":
    "ensina na escola {school} ({country}), que tem o selo Escola eTwinning {period}.",
  "certificate.statement.participation":
    "da escola {school} ({country}) participou no projeto OpenTwinning “{project}” {period}.",
  "certificate.period.since": "desde {from}",
  "certificate.period.between": "de {from} a {until}",
  "certificate.this_certifies": "Certifica-se que",
  "certificate.issued": "Emitido em {date}. Certificado n.º {id}.",
  "certificate.check": "Qualquer pessoa pode verificar a autenticidade deste certificado em:",
  "certificate.qr": "O código QR leva ao mesmo endereço.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Os meus certificados",
  "certificates.intro":
    "Descarregue um certificado da sua participação num projeto ou de um selo que lhe foi atribuído. Cada certificado tem um endereço onde qualquer pessoa pode verificar a sua autenticidade.",
  "certificates.none":
    "Ainda não tem nenhum certificado. Os certificados surgem quando um projeto em que ensina é aprovado ou recebe um selo, quando o seu Serviço Nacional de Apoio lhe atribui um selo e enquanto a sua escola tiver o selo Escola eTwinning.",
  "certificates.download": "{kind}: descarregar o PDF",
  "certificates.for_project": "{kind}: “{project}”",
  "certificates.project_heading": "Certificados",
  "certificates.all_mine": "Todos os meus certificados",
  "verify.certificate.title": "Verificação do certificado",
  "verify.certificate.genuine": "Este certificado é autêntico.",
  "verify.certificate.holder": "Titular",
  "verify.certificate.school": "Escola",
  "verify.certificate.kind": "Certificado",
  "verify.certificate.project": "Projeto",
  "verify.certificate.date": "Data",
  "verify.certificate.issued": "Emitido em",
  "verify.certificate.unknown":
    "O OpenTwinning não emitiu nenhum certificado com este endereço: este certificado não é autêntico. Verifique se o endereço foi copiado por inteiro.",
  "verify.certificate.revoked":
    "Este certificado foi emitido pelo OpenTwinning, mas já não é válido: aquilo que certificava foi retirado. Peça ao titular um certificado atual.",
  "verify.certificate.lapsed":
    "Este certificado foi emitido pelo OpenTwinning e era autêntico, mas o seu período terminou em {date}: não certifica nada depois desse dia. Peça ao titular um certificado atual.",
};

const pl: Catalogue = {
  "certificate.kind.national_quality_label": "Krajowa Odznaka Jakości",
  "certificate.kind.european_quality_label": "Europejska Odznaka Jakości",
  "certificate.kind.school_label": "Tytuł Szkoły eTwinning",
  "certificate.kind.participation": "Zaświadczenie o udziale",
  "certificate.statement.national_quality_label":
    "ze szkoły {school} ({country}) otrzymuje Krajową Odznakę Jakości przyznaną dnia {date} za pracę w projekcie OpenTwinning „{project}”.",
  "certificate.statement.european_quality_label":
    "ze szkoły {school} ({country}) jest członkiem zespołu nauczycieli projektu OpenTwinning „{project}”, któremu dnia {date} przyznano Europejską Odznakę Jakości.",
  "certificate.statement.school_label":
    "uczy w szkole {school} ({country}), która ma tytuł Szkoły eTwinning {period}.",
  "certificate.statement.participation":
    "ze szkoły {school} ({country}) brał(a) udział w projekcie OpenTwinning „{project}” {period}.",
  "certificate.period.since": "od {from}",
  "certificate.period.between": "od {from} do {until}",
  "certificate.this_certifies": "Niniejszym zaświadcza się, że",
  "certificate.issued": "Wystawiono dnia {date}. Numer certyfikatu: {id}.",
  "certificate.check": "Autentyczność tego certyfikatu może sprawdzić każdy pod adresem:",
  "certificate.qr": "Kod QR prowadzi pod ten sam adres.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Moje certyfikaty",
  "certificates.intro":
    "Pobierz certyfikat potwierdzający Twój udział w projekcie albo przyznaną Ci odznakę. Każdy certyfikat zawiera adres, pod którym każdy może sprawdzić jego autentyczność.",
  "certificates.none":
    "Nie masz jeszcze certyfikatów. Certyfikaty pojawiają się, gdy projekt, w którym uczysz, zostanie zatwierdzony albo otrzyma odznakę, gdy krajowe biuro przyzna Ci odznakę oraz przez cały czas, gdy Twoja szkoła ma tytuł Szkoły eTwinning.",
  "certificates.download": "{kind}: pobierz PDF",
  "certificates.for_project": "{kind}: „{project}”",
  "certificates.project_heading": "Certyfikaty",
  "certificates.all_mine": "Wszystkie moje certyfikaty",
  "verify.certificate.title": "Sprawdzenie certyfikatu",
  "verify.certificate.genuine": "Ten certyfikat jest autentyczny.",
  "verify.certificate.holder": "Posiadacz",
  "verify.certificate.school": "Szkoła",
  "verify.certificate.kind": "Certyfikat",
  "verify.certificate.project": "Projekt",
  "verify.certificate.date": "Data",
  "verify.certificate.issued": "Data wystawienia",
  "verify.certificate.unknown":
    "OpenTwinning nie wystawił certyfikatu o tym adresie: ten certyfikat nie jest autentyczny. Sprawdź, czy adres został skopiowany w całości.",
  "verify.certificate.revoked":
    "Ten certyfikat został wystawiony przez OpenTwinning, ale nie jest już ważny: to, co potwierdzał, zostało cofnięte. Poproś jego posiadacza o aktualny certyfikat.",
  "verify.certificate.lapsed":
    "Ten certyfikat został wystawiony przez OpenTwinning i był autentyczny, ale jego okres ważności skończył się {date}: nie potwierdza niczego po tym dniu. Poproś jego posiadacza o aktualny certyfikat.",
};

const el: Catalogue = {
  "certificate.kind.national_quality_label": "Εθνική Ετικέτα Ποιότητας",
  "certificate.kind.european_quality_label": "Ευρωπαϊκή Ετικέτα Ποιότητας",
  "certificate.kind.school_label": "Ετικέτα Σχολείου eTwinning",
  "certificate.kind.participation": "Πιστοποιητικό συμμετοχής",
  "certificate.statement.national_quality_label":
    "από το σχολείο {school} ({country}) έλαβε την Εθνική Ετικέτα Ποιότητας στις {date} για την εργασία στο έργο OpenTwinning «{project}».",
  "certificate.statement.european_quality_label":
    "από το σχολείο {school} ({country}) είναι εκπαιδευτικός του έργου OpenTwinning «{project}», το οποίο έλαβε την Ευρωπαϊκή Ετικέτα Ποιότητας στις {date}.",
  "certificate.statement.school_label":
    "διδάσκει στο σχολείο {school} ({country}), το οποίο έχει την Ετικέτα Σχολείου eTwinning {period}.",
  "certificate.statement.participation":
    "από το σχολείο {school} ({country}) συμμετείχε στο έργο OpenTwinning «{project}» {period}.",
  "certificate.period.since": "από {from}",
  "certificate.period.between": "από {from} έως {until}",
  "certificate.this_certifies": "Με το παρόν πιστοποιείται ότι",
  "certificate.issued": "Εκδόθηκε στις {date}. Αριθμός πιστοποιητικού {id}.",
  "certificate.check": "Οποιοσδήποτε μπορεί να ελέγξει τη γνησιότητα αυτού του πιστοποιητικού στη διεύθυνση:",
  "certificate.qr": "Ο κωδικός QR οδηγεί στην ίδια διεύθυνση.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Τα πιστοποιητικά μου",
  "certificates.intro":
    "Κατεβάστε πιστοποιητικό για τη συμμετοχή σας σε ένα έργο ή για μια ετικέτα που σας απονεμήθηκε. Κάθε πιστοποιητικό φέρει μια διεύθυνση όπου οποιοσδήποτε μπορεί να ελέγξει τη γνησιότητά του.",
  "certificates.none":
    "Δεν έχετε ακόμη κανένα πιστοποιητικό. Τα πιστοποιητικά εκδίδονται όταν ένα έργο στο οποίο διδάσκετε εγκρίνεται ή λαμβάνει ετικέτα, όταν η Εθνική Υπηρεσία Υποστήριξης σάς απονέμει ετικέτα και όσο το σχολείο σας έχει την Ετικέτα Σχολείου eTwinning.",
  "certificates.download": "{kind}: λήψη του PDF",
  "certificates.for_project": "{kind}: «{project}»",
  "certificates.project_heading": "Πιστοποιητικά",
  "certificates.all_mine": "Όλα τα πιστοποιητικά μου",
  "verify.certificate.title": "Έλεγχος πιστοποιητικού",
  "verify.certificate.genuine": "Αυτό το πιστοποιητικό είναι γνήσιο.",
  "verify.certificate.holder": "Κάτοχος",
  "verify.certificate.school": "Σχολείο",
  "verify.certificate.kind": "Πιστοποιητικό",
  "verify.certificate.project": "Έργο",
  "verify.certificate.date": "Ημερομηνία",
  "verify.certificate.issued": "Ημερομηνία έκδοσης",
  "verify.certificate.unknown":
    "Το OpenTwinning δεν έχει εκδώσει πιστοποιητικό με αυτή τη διεύθυνση: το πιστοποιητικό δεν είναι γνήσιο. Ελέγξτε ότι η διεύθυνση αντιγράφηκε ολόκληρη.",
  "verify.certificate.revoked":
    "Αυτό το πιστοποιητικό εκδόθηκε από το OpenTwinning, αλλά δεν ισχύει πλέον: ό,τι πιστοποιούσε έχει ανακληθεί. Ζητήστε από τον κάτοχό του ένα ισχύον πιστοποιητικό.",
  "verify.certificate.lapsed":
    "Αυτό το πιστοποιητικό εκδόθηκε από το OpenTwinning και ήταν γνήσιο, αλλά η περίοδός του έληξε στις {date}: μετά από εκείνη την ημέρα δεν πιστοποιεί τίποτα. Ζητήστε από τον κάτοχό του ένα ισχύον πιστοποιητικό.",
};

const ro: Catalogue = {
  "certificate.kind.national_quality_label": "Certificatul Național de Calitate",
  "certificate.kind.european_quality_label": "Certificatul European de Calitate",
  "certificate.kind.school_label": "Eticheta Școală eTwinning",
  "certificate.kind.participation": "Certificat de participare",
  "certificate.statement.national_quality_label":
    "de la {school} ({country}) a primit Certificatul Național de Calitate la data de {date} pentru activitatea desfășurată în proiectul OpenTwinning „{project}”.",
  "certificate.statement.european_quality_label":
    "de la {school} ({country}) este cadru didactic în proiectul OpenTwinning „{project}”, care a primit Certificatul European de Calitate la data de {date}.",
  "certificate.statement.school_label":
    "predă la {school} ({country}), școală care deține eticheta Școală eTwinning {period}.",
  "certificate.statement.participation":
    "de la {school} ({country}) a participat la proiectul OpenTwinning „{project}” {period}.",
  "certificate.period.since": "începând cu {from}",
  "certificate.period.between": "în perioada {from} – {until}",
  "certificate.this_certifies": "Prin prezenta se certifică faptul că",
  "certificate.issued": "Eliberat la data de {date}. Certificatul nr. {id}.",
  "certificate.check": "Oricine poate verifica autenticitatea acestui certificat la adresa:",
  "certificate.qr": "Codul QR duce la aceeași adresă.",
  "certificate.author": "OpenTwinning",
  "certificates.title": "Certificatele mele",
  "certificates.intro":
    "Descărcați un certificat pentru participarea dumneavoastră la un proiect sau pentru o distincție care v-a fost acordată. Fiecare certificat conține o adresă la care oricine îi poate verifica autenticitatea.",
  "certificates.none":
    "Nu aveți încă niciun certificat. Certificatele apar atunci când un proiect în care predați este aprobat sau primește o distincție, când Biroul Național de Sprijin vă acordă o distincție și cât timp școala dumneavoastră deține eticheta Școală eTwinning.",
  "certificates.download": "{kind}: descărcați PDF-ul",
  "certificates.for_project": "{kind}: „{project}”",
  "certificates.project_heading": "Certificate",
  "certificates.all_mine": "Toate certificatele mele",
  "verify.certificate.title": "Verificarea unui certificat",
  "verify.certificate.genuine": "Acest certificat este autentic.",
  "verify.certificate.holder": "Titular",
  "verify.certificate.school": "Școala",
  "verify.certificate.kind": "Certificat",
  "verify.certificate.project": "Proiect",
  "verify.certificate.date": "Data",
  "verify.certificate.issued": "Eliberat la data de",
  "verify.certificate.unknown":
    "OpenTwinning nu a eliberat niciun certificat cu această adresă: acest certificat nu este autentic. Verificați dacă adresa a fost copiată în întregime.",
  "verify.certificate.revoked":
    "Acest certificat a fost eliberat de OpenTwinning, dar nu mai este valabil: ceea ce atesta a fost retras. Cereți titularului un certificat actual.",
  "verify.certificate.lapsed":
    "Acest certificat a fost eliberat de OpenTwinning și era autentic, dar perioada sa s-a încheiat la data de {date}: nu mai atestă nimic după această zi. Cereți titularului un certificat valabil.",
};

export const certificateCatalogues = { en, it, fr, es, de, pt, pl, el, ro };
