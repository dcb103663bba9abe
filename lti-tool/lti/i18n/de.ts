import type { Catalogue } from "../../../core/index.ts";

/**
 * Deutsche Texte der LTI-Seite: Sitzungen, Starts, Registrierung, Deep Linking, Import der
 * Schülerinnen und Schüler. Typisiert als `Catalogue` (siehe core/i18n/de.ts); Begriffe:
 * docs/glossary/de.md.
 */
export const de: Catalogue = {
  "session.required.title": "Bitte öffnen Sie OpenTwinning aus Ihrem Kurs",
  "session.required.body":
    "Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs auf der Lernplattform Ihrer Schule (zum Beispiel die OpenTwinning-Aktivität in Moodle).",
  "session.sign_out.action": "Abmelden",
  "session.signed_out.title": "Sie sind abgemeldet",
  "session.signed_out.body":
    "Sie sind von OpenTwinning abgemeldet. Schließen Sie dieses Fenster, oder öffnen Sie OpenTwinning erneut aus Ihrem Kurs.",
  "session.csrf.title": "Dieses Formular ist abgelaufen",
  "session.csrf.body":
    "Das Formular konnte nicht geprüft werden, vielleicht weil es zu lange offen war oder OpenTwinning inzwischen erneut geöffnet wurde. Gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular erneut.",
  "session.origin.title": "Dieses Formular wurde nicht aus OpenTwinning gesendet",
  "session.origin.body":
    "OpenTwinning nimmt Änderungen nur von seinen eigenen Seiten an, und diese Anfrage kam von anderswo. Nichts wurde geändert. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs und nutzen Sie seine Formulare.",

  "request.nul.title": "Diese Anfrage enthält ein unsichtbares Steuerzeichen",
  "request.nul.body":
    "Das Gesendete enthält ein NUL-Zeichen, das in keinem Text von OpenTwinning vorkommen darf; es stammt meist aus Text, der aus einem anderen Programm kopiert wurde. Nichts wurde geändert. Tippen Sie den Text neu (oder fügen Sie ihn als reinen Text ein) und senden Sie ihn noch einmal.",
  "app.not_found.title": "Seite nicht gefunden",
  "app.not_found.body":
    "Unter dieser Adresse gibt es keine Seite. Gehen Sie zurück, oder öffnen Sie OpenTwinning erneut aus Ihrem Kurs.",
  "app.error.title": "Etwas ist schiefgegangen",
  "app.error.body":
    "OpenTwinning konnte diese Anfrage nicht abschließen. Versuchen Sie es gleich noch einmal; wenn es immer wieder passiert, teilen Sie dem Betreiber dieses Dienstes mit, wann es passiert ist.",
  "lti.domain_refusal.title": "Das ist nicht möglich",
  "lti.back_to_dashboard": "Zurück zu Ihrer Übersicht",

  "lti.refusal.request.title": "Die Anfrage war unvollständig",
  "lti.refusal.request.body":
    "OpenTwinning hat einen Start oder ein Formular erhalten, dem notwendige Teile fehlen oder das fehlerhaft ist. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs. Wenn Sie die Lernplattform administrieren und es immer wieder passiert, prüfen Sie, ob das Tool für LTI 1.3 eingerichtet ist.",
  "lti.refusal.too_large.title": "Die Anfrage war zu groß",
  "lti.refusal.too_large.body":
    "OpenTwinning lehnt so große Anfragen ab. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs; wenn Sie die Lernplattform administrieren, prüfen Sie, ob sie übergroße Startdaten sendet (zum Beispiel sehr lange benutzerdefinierte Parameter).",
  "lti.refusal.login_expired.title": "Diese Anmeldung ist abgelaufen",
  "lti.refusal.login_expired.body":
    "Die Anmeldung über Ihre Lernplattform hat zu lange gedauert oder wurde schon verwendet. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs.",
  "lti.refusal.browser_mismatch.title": "Diese Anmeldung gehört zu einem anderen Fenster",
  "lti.refusal.browser_mismatch.body":
    "Die Anmeldung wurde in einem anderen Browser oder Fenster begonnen. Öffnen Sie OpenTwinning in diesem Fenster erneut aus Ihrem Kurs.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning muss über https bereitgestellt werden",
  "lti.refusal.insecure_cross_site.body":
    "Ihre Lernplattform liegt auf einer anderen Website als OpenTwinning, und OpenTwinning wird über einfaches http bereitgestellt. Deshalb senden Browser sein Anmelde-Cookie nicht zurück, und kein Start kann funktionieren, weder auf dieser Seite noch in einem neuen Fenster. Bitte informieren Sie die Administration Ihrer Lernplattform. Für den Betrieb von OpenTwinning ist die Lösung eine Zeile: über https bereitstellen (hinter einem TLS-Proxy) und PUBLIC_URL=https://<seine Adresse> setzen.",
  "lti.refusal.unknown_platform.title": "Diese Lernplattform ist nicht registriert",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning kennt die Lernplattform (Issuer und Client-ID) nicht, die diese Anfrage gesendet hat. Die Administration der Plattform muss OpenTwinning zuerst registrieren: per dynamischer Registrierung mit dem Link vom Betreiber dieses Dienstes oder von Hand mit den Werten, die der Betreiber ausgibt.",
  "lti.refusal.target.title": "Die Adresse des Tools ist falsch",
  "lti.refusal.target.body":
    "Die Lernplattform hat eine Adresse von OpenTwinning angefragt, die nicht seine Startadresse ist. Die Administration der Plattform sollte die Tool-URL und die Weiterleitungs-URI auf die bei der Registrierung angezeigte Startadresse setzen (endet auf /lti/launch).",
  "lti.refusal.signature.title": "Der Start konnte nicht überprüft werden",
  "lti.refusal.signature.body":
    "Die Signatur des Starts passt nicht zu den Schlüsseln, die die Lernplattform veröffentlicht, oder sie verwendet ein anderes Signaturverfahren als RS256. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs; wenn es immer wieder passiert, sollte die Administration der Plattform die URL des öffentlichen Schlüsselsatzes in der Registrierung prüfen.",
  "lti.refusal.time.title": "Der Start ist abgelaufen",
  "lti.refusal.time.body":
    "Der Start ist zu alt oder in die Zukunft datiert. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs. Wenn es immer wieder passiert, geht vielleicht die Serveruhr der Lernplattform falsch: Ihre Administration sollte sie prüfen.",
  "lti.refusal.audience.title": "Der Start war für ein anderes Tool bestimmt",
  "lti.refusal.audience.body":
    "Der Start nennt einen anderen Issuer oder eine andere Client-ID als die Registrierung, auf die er antwortet. Die Administration der Lernplattform sollte die Client-ID der OpenTwinning-Registrierung prüfen.",
  "lti.refusal.replay.title": "Dieser Start wurde bereits verwendet",
  "lti.refusal.replay.body":
    "Jeder Start kann nur einmal verwendet werden. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs, statt neu zu laden oder zurückzugehen.",
  "lti.refusal.unknown_deployment.title": "Dieses Deployment ist keiner Schule zugeordnet",
  "lti.refusal.unknown_deployment.body":
    "Die Lernplattform hat OpenTwinning über ein Deployment gestartet, das keiner Schule zugeordnet ist. Die Administration der Plattform sollte OpenTwinning mit Name und Land der Schule registrieren (dynamische Registrierung) oder den Betreiber bitten, das Deployment mit `npm run admin -- deployment add` hinzuzufügen.",
  "lti.refusal.school_rejected.title": "Die Verbindung dieser Schule ist gesperrt",
  "lti.refusal.school_rejected.body":
    "Die Nationale Koordinierungsstelle des Landes dieser Schule konnte nicht bestätigen, dass diese Registrierung zu einer echten Schule gehört, daher ist OpenTwinning für sie gesperrt. Die Administration der Plattform sollte sich an ihre Nationale Koordinierungsstelle (die nationale Stelle von eTwinning) wenden, um die Schule bestätigen zu lassen; sobald sie bestätigt ist, funktionieren Starts wieder. Die Administration kann OpenTwinning weiterhin aus der Lernplattform öffnen und die Begründung unter Meine Schule lesen.",
  "lti.refusal.message.title": "Diese Art von Start wird nicht unterstützt",
  "lti.refusal.message.body":
    "OpenTwinning nimmt LTI-1.3-Starts vom Typ Resource Link und Deep Linking mit ihren Pflichtangaben an. Die Administration der Lernplattform sollte prüfen, ob das Tool für LTI 1.3 eingerichtet ist und der Start die nötigen Daten sendet.",
  "lti.refusal.role.title": "Ihre Rolle hat keinen Zugang",
  "lti.refusal.role.body":
    "OpenTwinning ist für die Lehrkräfte, Schülerinnen und Schüler und Administratoren eines Kurses. Ihre Rolle in diesem Kurs gibt keinen Zugang; wenn Sie meinen, dass sie es sollte, fragen Sie die Lehrkraft des Kurses.",
  "lti.refusal.pupil_unregistered.title": "Deine Lehrkraft hat dich noch nicht angemeldet",
  "lti.refusal.pupil_unregistered.body":
    "Schülerinnen und Schüler nehmen teil, sobald ihre Lehrkraft sie in OpenTwinning hinzugefügt hat. Bitte deine Lehrkraft, dich anzumelden, und öffne OpenTwinning dann erneut aus deinem Kurs.",
  "lti.refusal.pupil_not_in_project.title": "Du bist nicht in diesem Projekt",
  "lti.refusal.pupil_not_in_project.body":
    "Dieser Link führt zu einem Projekt, zu dem deine Lehrkraft dich nicht hinzugefügt hat. Bitte deine Lehrkraft, dich zum Projekt hinzuzufügen, und öffne den Link dann erneut.",
  "lti.refusal.project_not_open.title": "Dieses Projekt hat noch nicht begonnen",
  "lti.refusal.project_not_open.body":
    "Das Projekt öffnet, sobald die Partnerlehrkräfte und ihre Nationalen Koordinierungsstellen es genehmigt haben. Dann fügt deine Lehrkraft dich hinzu, und dieser Link bringt dich dorthin.",
  "lti.refusal.platform_unreachable.title": "Die Lernplattform hat nicht geantwortet",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning konnte nicht von der Lernplattform abrufen, was es braucht (ihre Schlüssel oder ihre Kursteilnehmerliste). Versuchen Sie es gleich noch einmal; wenn es immer wieder passiert, sollte die Administration der Plattform prüfen, ob die Plattform aus dem Internet erreichbar ist.",
  "lti.refusal.registration_token.title": "Dieser Registrierungslink ist ungültig",
  "lti.refusal.registration_token.body":
    "Um OpenTwinning zu registrieren, braucht es einen Registrierungslink vom Betreiber dieses Dienstes. Dieser Link ist unbekannt, wurde schon verwendet oder ist abgelaufen: Bitten Sie den Betreiber um einen neuen.",
  "lti.refusal.registration_target.title": "Diese Plattformadresse kann nicht verwendet werden",
  "lti.refusal.registration_target.body":
    "Die Konfiguration der Lernplattform verweist auf eine Adresse, die OpenTwinning nicht kontaktiert (kein https, eine private Netzwerkadresse oder ein anderer Host als der der Plattform). Die Plattform muss über https unter einer öffentlichen Adresse erreichbar sein.",
  "lti.refusal.registration_failed.title": "Die Registrierung wurde nicht abgeschlossen",
  "lti.refusal.registration_failed.body":
    "Die Lernplattform hat die Registrierung nicht angenommen oder nicht wie erwartet geantwortet. Starten Sie die Registrierung erneut von der Plattform aus; schlägt sie wieder fehl, registrieren Sie OpenTwinning von Hand mit den Werten, die der Betreiber ausgibt.",
  "lti.refusal.roster_unavailable.title": "Die Teilnehmerliste des Kurses ist nicht verfügbar",
  "lti.refusal.roster_unavailable.body":
    "Um Schülerinnen und Schüler zu importieren, öffnen Sie OpenTwinning aus dem Kurs, dessen Teilnehmende Sie importieren möchten. Die Administration der Lernplattform muss den Dienst „Names and Role Provisioning“ für OpenTwinning aktivieren.",
  "lti.refusal.deep_linking_unavailable.title": "Fügen Sie OpenTwinning aus Ihrem Kurs hinzu",
  "lti.refusal.deep_linking_unavailable.body":
    "Um einen Link zu einem Projekt in einen Kurs zu setzen, fügen Sie im Kurs eine OpenTwinning-Aktivität hinzu und wählen Sie „Inhalt auswählen“.",

  "lti.new_window.title": "OpenTwinning in einem neuen Fenster öffnen",
  "lti.new_window.body":
    "Ihr Browser lässt OpenTwinning Sie innerhalb der Seite der Lernplattform nicht angemeldet halten (er blockiert Cookies eingebetteter Websites). Öffnen Sie es in einem neuen Fenster, um fortzufahren.",
  "lti.new_window.action": "In neuem Fenster öffnen",
  "lti.cookies_blocked.title": "Noch ein Schritt",
  "lti.cookies_blocked.body":
    "Ihr Browser blockiert das Cookie von OpenTwinning innerhalb der Seite der Lernplattform, daher können Sie hier nicht angemeldet bleiben. Öffnen Sie OpenTwinning in einem neuen Fenster; der Link funktioniert einmal und eine Minute lang.",
  "lti.handoff_used.title": "Dieser Link ist abgelaufen",
  "lti.handoff_used.body":
    "Der Link, um OpenTwinning in einem neuen Fenster zu öffnen, funktioniert einmal und eine Minute lang. Öffnen Sie OpenTwinning erneut aus Ihrem Kurs.",

  "lti.register.title": "Verbinden Sie Ihre Schule mit OpenTwinning",
  "lti.register.intro":
    "OpenTwinning ordnet jede Verbindung einer Lernplattform genau einer Schule zu. Geben Sie Name und Land Ihrer Schule an; Lehrkräfte, die OpenTwinning über diese Verbindung öffnen, gehören zu dieser Schule.",
  "lti.register.school_name": "Name der Schule",
  "lti.register.country": "Land",
  "lti.register.choose_country": "Land wählen",
  "lti.register.pinned":
    "Ihr Registrierungslink legt die hier gezeigte Schule und das Land fest. Sind sie falsch, bitten Sie den Betreiber von OpenTwinning um einen neuen Link.",
  "lti.register.submit": "OpenTwinning registrieren",
  "lti.register.unit_intro":
    "Dieser Link verbindet die Lernplattform der Nationalen Koordinierungsstelle ({country}). Personen, die OpenTwinning über diese Verbindung öffnen, arbeiten als Personal der Koordinierungsstelle: Sie sind keine Lehrkräfte und werden Lehrkräften nicht als Partner angezeigt.",
  "lti.register.unit_name": "die Nationale Koordinierungsstelle ({country})",
  "lti.register.central_intro":
    "Dieser Link verbindet die Lernplattform der Zentralen Koordinierungsstelle. Personen, die OpenTwinning über diese Verbindung öffnen, arbeiten als Personal der Zentralen Koordinierungsstelle (die für alle Länder handelt): Sie sind keine Lehrkräfte und werden Lehrkräften nicht als Partner angezeigt.",
  "lti.register.central_name": "die Zentrale Koordinierungsstelle",
  "lti.register.done.title": "OpenTwinning ist registriert",
  "lti.register.done.body":
    "OpenTwinning ist jetzt für {school} verbunden. Aktivieren Sie das Tool in Ihrer Lernplattform, falls sie danach fragt (in Moodle: Website-Administration → Plugins → Aktivitäten → Externes Tool → Tools verwalten). Öffnen Sie in Moodle dort auch die Einstellungen des Tools und setzen Sie „Verwendung der Toolkonfiguration“ auf „In Aktivitätsauswahl und als vorkonfiguriertes Tool anzeigen“: Bis dahin können Lehrkräfte es nicht zu ihren Kursen hinzufügen.",

  "lti.deep_linking.title": "Ein Projekt mit diesem Kurs verknüpfen",
  "lti.deep_linking.intro":
    "Wählen Sie das Projekt, das Ihre Schülerinnen und Schüler aus diesem Kurs öffnen sollen.",
  "lti.deep_linking.none":
    "Sie sind noch in keinem Projekt Mitglied. Gründen Sie zuerst ein Projekt in OpenTwinning oder treten Sie einem bei, und fügen Sie den Link dann erneut hinzu.",
  "lti.deep_linking.choose": "Ihre Projekte",
  "lti.deep_linking.not_open.draft":
    "Noch nicht: Schülerinnen und Schüler können ein Projekt öffnen, sobald es genehmigt ist. Reichen Sie es zuerst auf seiner Seite ein.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Noch nicht: Es wartet auf die Zusage des Mitgründers, dann auf die Genehmigung der Nationalen Koordinierungsstellen.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Noch nicht: Es kann in den Kurs gesetzt werden, sobald die Nationalen Koordinierungsstellen es genehmigen.",
  "lti.deep_linking.not_open.closed": "Geschlossen: Das Projekt ist beendet.",
  "lti.deep_linking.submit": "Link zum Kurs hinzufügen",
  "lti.deep_linking.returning": "Zurück zu Ihrem Kurs",
  "lti.deep_linking.return": "Weiter zum Kurs",

  "lti.roster.title": "Schülerinnen und Schüler aus dem Kurs importieren",
  "lti.roster.intro":
    "Dies sind die Teilnehmenden Ihres Kurses {course}. Wählen Sie die Schülerinnen und Schüler, die Sie in OpenTwinning anmelden möchten; nur ihre Namen werden gespeichert. Angemeldete Schülerinnen und Schüler können OpenTwinning aus dem Kurs öffnen und sehen die Projekte, zu denen Sie sie hinzufügen.",
  "lti.roster.empty": "Der Kurs hat keine Teilnehmenden zum Importieren.",
  "lti.roster.choose_one": "Die teilnehmende Person des Kurses",
  "lti.roster.choose_other": "Die {count} Teilnehmenden des Kurses",
  "lti.roster.project": "Auch zu diesem Projekt hinzufügen (optional)",
  "lti.roster.no_project": "Vorerst kein Projekt",
  "lti.roster.submit": "Ausgewählte Schülerinnen und Schüler anmelden",
  "lti.roster.unnamed": "Schülerin/Schüler {id}",
  "lti.roster.done.title": "Schülerinnen und Schüler importiert",
  "lti.roster.done.registered_one": "Eine Schülerin oder ein Schüler ist neu angemeldet:",
  "lti.roster.done.registered_other": "{count} Schülerinnen und Schüler sind neu angemeldet.",
  "lti.roster.done.existing_one": "Bereits von Ihnen angemeldet: {names}.",
  "lti.roster.done.existing_other": "Bereits von Ihnen angemeldet: {names}.",
  "lti.roster.done.other_teacher_one":
    "Nicht importiert, weil eine andere Lehrkraft diese Person angemeldet hat oder sie eine Lehrkraft ist: {names}.",
  "lti.roster.done.other_teacher_other":
    "Nicht importiert, weil eine andere Lehrkraft sie angemeldet hat oder sie Lehrkräfte sind: {names}.",
  "lti.roster.done.project": "Sie sind jetzt Mitglieder des Projekts „{project}“.",
  "lti.roster.done.sheet": "Zugangsblatt für die Schülerinnen und Schüler drucken",
  "lti.roster.done.launch":
    "Ihre Schülerinnen und Schüler öffnen OpenTwinning aus diesem Kurs mit ihrem Schulkonto.",
};
