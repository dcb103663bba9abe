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
  "certificate.kind.european_quality_label": "Certificato di qualità europeo",
  "certificate.kind.school_label": "Marchio Scuola eTwinning",
  "certificate.kind.participation": "Attestato di partecipazione",
  "certificate.statement.national_quality_label":
    "della scuola {school} ({country}) ha ricevuto il {date} il Quality Label nazionale per il lavoro svolto nel progetto OpenTwinning «{project}».",
  "certificate.statement.european_quality_label":
    "della scuola {school} ({country}) è docente del progetto OpenTwinning «{project}», che ha ricevuto il {date} il Certificato di qualità europeo.",
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

export const certificateCatalogues = {
  en,
  it,
  fr,
  ro,
};
