import type { Catalogue } from "./translate.ts";

/**
 * Deutsche Texte des Core: Ablehnungen, Status, Projektarten, Rollen, Felder, Fächer, Kriterien
 * des Qualitätssiegels. Typisiert als `Catalogue`: Ein im Englischen neuer Schlüssel fehlt hier bis
 * zu seiner Übersetzung (Englisch springt ein), und test/core/catalogues.test.ts meldet ihn.
 * Begriffe und Anrede: docs/glossary/de.md.
 */
export const de: Catalogue = {
  "error.invalid_input":
    "Das Feld „{field}“ hat nicht die erwartete Form. Prüfen Sie es und senden Sie das Formular erneut.",
  "error.text_required": "Bitte füllen Sie „{field}“ aus.",
  "error.text_too_long": "„{field}“ ist zu lang: Bleiben Sie unter {max} Zeichen.",
  "error.text_control_character":
    "„{field}“ enthält ein unsichtbares Steuerzeichen (oft aus einem anderen Programm eingefügt). Tippen Sie den Text neu oder fügen Sie ihn als reinen Text ein, und senden Sie das Formular erneut.",
  "error.unknown_country":
    "„{value}“ ist kein teilnehmendes Land. Wählen Sie ein Land aus der Liste (zweistelliger ISO-Code wie IT oder DE).",
  "error.unknown_subject": "„{value}“ ist kein uns bekanntes Fach. Wählen Sie die Fächer aus der Liste.",
  "error.unknown_language":
    "„{value}“ ist kein uns bekannter Sprachcode. Wählen Sie die Sprachen aus der Liste.",
  "error.unknown_interface_language":
    "„{value}“ ist keine der Sprachen von OpenTwinning. Wählen Sie eine Sprache aus der Liste.",
  "error.age_range_invalid":
    "Das Alter der Schülerinnen und Schüler muss von {min} bis {max} reichen, das niedrigere Alter zuerst.",
  "error.milestone_in_past":
    "Der Meilenstein mit Termin {dueDate} liegt in der Vergangenheit. Wählen Sie ein Datum ab heute ({today}).",
  "error.milestone_date_invalid":
    "„{field}“ ist kein gültiges Datum. Nutzen Sie die Datumsauswahl oder die Form JJJJ-MM-TT.",
  "error.too_many_items": "„{field}“ hat zu viele Einträge: höchstens {max}.",
  "error.email_invalid":
    "Diese E-Mail-Adresse scheint nicht zu stimmen. Prüfen Sie sie und versuchen Sie es erneut.",
  "error.not_found":
    "Dieses Element ({what}) existiert nicht oder ist für Sie nicht sichtbar. Gehen Sie zurück zu Ihrer Übersicht und versuchen Sie es erneut.",
  "error.link_code_invalid":
    "Dieser Code ist unbekannt, schon verwendet oder abgelaufen. Öffnen Sie Ihr Profil in OpenTwinning, um einen neuen Code zu erhalten, und senden Sie „link <code>“ innerhalb von 15 Minuten erneut.",
  "error.matrix_id_invalid": "„{value}“ ist keine Matrix-ID. Eine Matrix-ID sieht so aus: @name:example.org.",
  "error.matrix_id_linked_elsewhere":
    "Dieses Matrix-Konto ist bereits mit einem anderen OpenTwinning-Konto verknüpft. Heben Sie die Verknüpfung dort zuerst auf, oder verknüpfen Sie ein anderes Matrix-Konto.",
  "error.matrix_id_of_pupil":
    "Dieses Matrix-Konto gehört einer Schülerin oder einem Schüler: Es bleibt im eigenen Projekt und wird nie mit dem Konto eines Erwachsenen verknüpft. Verknüpfen Sie Ihr eigenes Matrix-Konto.",
  "error.forbidden":
    "Das dürfen Sie nicht. Wenden Sie sich an einen Gründer des Projekts oder an die Administration Ihrer Schule.",
  "error.not_registered_teacher":
    "Nur registrierte Lehrkräfte nehmen teil. Die Lehrkraft muss OpenTwinning einmal über die Lernplattform ihrer Schule öffnen, um sich zu registrieren.",
  "error.teaching_only":
    "Diese Seite ist für Lehrkräfte: Partnersuche, Kontakte, Ideenbörse, Nachrichten unter Lehrkräften, Projektgründung und Konten der Schülerinnen und Schüler. Sie arbeiten hier für eine nationale Koordinierungsstelle oder den zentralen Unterstützungsdienst, ohne Lehrkraftkonto: Ihre Übersicht zeigt die Seiten Ihrer Arbeit.",
  "error.deployment_not_bound":
    "Diese Verbindung zur Lernplattform ist noch keiner Schule zugeordnet. Bitten Sie die Administration der Lernplattform Ihrer Schule, die Registrierung von OpenTwinning abzuschließen (Name und Land der Schule).",
  "paging.more_than": "mehr als {number}",
  "error.filter_invalid":
    "Diesen Filter oder Seitenlink bietet die Liste nicht an. Wählen Sie die Filter im Formular, oder öffnen Sie die Liste erneut ab der ersten Seite.",
  "error.staff_not_teacher":
    "Dieses Konto gehört zum Personal einer Nationalen Koordinierungsstelle, und das Personal handelt für die Koordinierungsstelle, nicht als Lehrkraft. Um zu unterrichten, öffnen Sie OpenTwinning über die Lernplattform Ihrer Schule mit Ihrem Schulkonto.",
  "error.staff_account_is_teacher":
    "Dieses Konto der Lernplattform ist bereits das Konto einer Lehrkraft. Das Personal einer Nationalen Koordinierungsstelle braucht ein eigenes Konto auf der Lernplattform der Koordinierungsstelle: Bitten Sie deren Administration darum.",
  "error.contact_self": "Sie können sich nicht selbst als Kontakt hinzufügen.",
  "error.group_already_decided": "Über diesen Vorschlag wurde bereits entschieden.",
  "error.group_already_member":
    "Sie sind bereits in dieser Gruppe, oder Ihre Anfrage wartet auf einen Moderator.",
  "error.group_not_member":
    "Diese Lehrkraft ist kein Mitglied der Gruppe. Laden Sie die Seite neu, um ihre Mitglieder zu sehen.",
  "error.group_not_moderator": "Nur die Moderatoren der Gruppe können das tun. Fragen Sie einen von ihnen.",
  "error.group_request_not_pending":
    "Diese Anfrage wurde bereits beantwortet oder zurückgezogen. Laden Sie die Seite neu.",
  "error.group_last_moderator":
    "Sie sind der einzige Moderator der Gruppe und können sie daher nicht verlassen. Bitten Sie zuerst die Zentrale Koordinierungsstelle, einen weiteren Moderator zu benennen.",
  "error.group_remove_moderator":
    "Ein Moderator kann hier nicht aus der Gruppe entfernt werden. Wenden Sie sich an die Zentrale Koordinierungsstelle.",
  "error.group_moderator_not_teacher":
    "Der Moderator muss die Konto-ID einer Lehrkraft sein. Finden Sie sie mit der Kontosuche auf der Seite „Administration“.",
  "error.idea_start_month_invalid":
    "Geben Sie den Beginn als Monat an, etwa 2027-02, oder lassen Sie das Feld leer.",
  "error.idea_own_reply":
    "Das ist Ihre eigene Idee: Andere antworten darauf. Auf ihrer Seite können Sie sie ändern oder verlängern.",
  "error.idea_already_replied":
    "Sie haben auf diese Idee bereits geantwortet. Ihre Kontaktanfrage liegt der Autorin oder dem Autor vor; warten Sie auf die Antwort.",
  "error.idea_contacts_only":
    "Nur die Person, die die Idee eingestellt hat, und ihre Kontakte können daraus ein Projekt gründen. Antworten Sie zuerst darauf: Wird Ihre Antwort angenommen, sind Sie Kontakte.",
  "error.contact_exists": "Sie sind bereits Kontakte, oder eine Anfrage zwischen Ihnen wartet auf Antwort.",
  "error.contact_request_not_pending": "Diese Kontaktanfrage wurde bereits beantwortet.",
  "error.cofounder_not_contact":
    "Der Mitgründer muss einer Ihrer Kontakte sein. Senden Sie zuerst eine Kontaktanfrage und warten Sie, bis sie angenommen wird.",
  "error.cofounder_is_founder":
    "Sie können nicht Ihr eigener Mitgründer sein. Wählen Sie eine Kollegin oder einen Kollegen aus Ihren Kontakten.",
  "error.third_founder":
    "Ein Projekt hat genau zwei Gründer. Laden Sie weitere Lehrkräfte als Mitglieder ein oder machen Sie sie zu Projektadmins.",
  "error.cofounder_required":
    "Wählen Sie einen Mitgründer aus Ihren Kontakten, bevor Sie das Projekt senden.",
  "error.not_cofounder": "Nur der eingeladene Mitgründer kann dieses Projekt annehmen oder ablehnen.",
  "error.project_form_incomplete": "Bevor Sie das Projekt senden, füllen Sie aus: {fields}.",
  "error.school_projects_closed":
    "Schulprojekte (nur Lehrkräfte einer Schule) sind in {country} derzeit nicht möglich. Wählen Sie einen Mitgründer von einer anderen Schule.",
  "error.page_edit_not_allowed":
    "Die Gründer haben diese Seite nicht für Sie freigegeben. Bitten Sie einen Gründer des Projekts darum, oder schreiben Sie auf einer Seite, die für Sie offen ist.",
  "error.page_changed_meanwhile":
    "Jemand hat diese Seite gespeichert, während Sie sie bearbeitet haben. Ihr Text steht noch im Formular: Öffnen Sie die Seite in einem neuen Tab, übernehmen Sie die Änderungen in Ihren Text und speichern Sie erneut.",
  "error.page_tree_too_deep":
    "Seiten reichen höchstens zwei Ebenen tief. Wählen Sie eine Seite der obersten Ebene als übergeordnete Seite, oder keine.",
  "error.page_limit_reached":
    "Dieses Projekt hat bereits {max} Seiten. Fassen Sie Seiten zusammen oder entfernen Sie welche, bevor Sie eine weitere hinzufügen.",
  "error.page_proposal_decided":
    "Dieser Vorschlag wurde bereits von einer anderen Lehrkraft angenommen oder abgelehnt. Öffnen Sie die Seite, um ihren aktuellen Text zu sehen.",
  "error.material_too_large":
    "Die Datei ist größer als {max} MB, die Grenze pro Datei. Verkleinern Sie sie (bei einem Video: kürzer oder in geringerer Auflösung exportieren) oder teilen Sie stattdessen einen Link darauf.",
  "error.material_quota_exceeded":
    "Die Bibliothek des Projekts ist voll: {used} MB von {max} MB sind belegt. Entfernen Sie Dateien, die das Projekt nicht mehr braucht, oder bitten Sie den Betreiber des Dienstes um mehr Platz.",
  "error.material_type_refused":
    "Diese Art von Datei kann nicht in die Bibliothek (geprüft wurde ihr Inhalt, nicht ihr Name). Erlaubt sind: Fotos und Bilder (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, Office-Dokumente, Audio und Video (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "Das Bild ist zu groß ({width} × {height} Pixel). Verkleinern Sie es auf höchstens {max} Megapixel und laden Sie es erneut hoch.",
  "error.material_image_unreadable":
    "Das Bild konnte nicht gelesen werden: Es ist vielleicht beschädigt oder gar kein Bild. Exportieren Sie es erneut aus Ihrem Fotoprogramm und laden Sie es erneut hoch.",
  "error.material_missing_file": "Wählen Sie eine Datei zum Hochladen und senden Sie das Formular erneut.",
  "error.material_storage_failed":
    "Die Datei konnte nicht gespeichert werden: Der Server hat keinen Platz mehr oder sein Speicher ist nicht erreichbar. Nichts wurde gespeichert; versuchen Sie es später erneut und informieren Sie den Betreiber des Dienstes, falls es so bleibt.",
  "error.showcase_photo_consent_required":
    "Diese Seite zeigt Bilder. Bestätigen Sie, dass für alle darauf erkennbaren Schülerinnen und Schüler eine Einwilligung vorliegt, oder entfernen Sie diese Bilder, und veröffentlichen Sie dann erneut.",
  "error.wrong_status": "Dieses Projekt hat den Status „{status}“: Dieser Schritt ist jetzt nicht möglich.",
  "error.not_moderator_for_country":
    "Nur die Nationale Koordinierungsstelle ({country}) entscheidet für {country}.",
  "error.staff_only":
    "Nur das Personal der Nationalen Koordinierungsstelle ({country}), das OpenTwinning über die Plattform der Stelle öffnet, prüft Schulen. Melden Sie ihm die Schule.",
  "error.no_pending_approval":
    "Für dieses Projekt wird keine Entscheidung für {country} erwartet (vielleicht wurde schon entschieden).",
  "error.rejection_reason_required":
    "Geben Sie einen Grund für die Ablehnung an, damit die Gründer wissen, was sie ändern sollen.",
  "error.invitations_before_approval":
    "Lehrkräfte können eingeladen werden, sobald die Nationalen Koordinierungsstellen das Projekt genehmigt haben (sein Status ist jetzt „{status}“).",
  "error.already_member": "Diese Lehrkraft ist bereits Mitglied des Projekts.",
  "error.invitation_pending": "Diese Lehrkraft wurde bereits eingeladen und hat noch nicht geantwortet.",
  "error.not_invitee": "Diese Einladung ist nicht für Sie.",
  "error.invitation_not_pending": "Diese Einladung wurde bereits beantwortet oder zurückgezogen.",
  "error.not_project_manager": "Nur die Gründer und Admins des Projekts können das tun.",
  "error.school_project_other_school":
    "Ein Schulprojekt nimmt nur Lehrkräfte der eigenen Schule auf. Gründen Sie ein nationales oder europäisches Projekt, um mit anderen Schulen zu arbeiten.",
  "error.national_project_foreign_teacher":
    "Ein nationales Projekt nimmt nur Lehrkräfte des eigenen Landes auf; diese Lehrkraft arbeitet in {country}. Gründen Sie stattdessen ein europäisches Projekt mit ihr.",
  "error.country_not_participating":
    "Lehrkräfte aus {country} können nicht teilnehmen: Es ist kein teilnehmendes Land.",
  "error.founder_cannot_leave":
    "Gründer können ihr Projekt nicht verlassen. Schließen Sie das Projekt stattdessen, wenn es endet.",
  "error.founder_role_fixed":
    "Die Rolle eines Gründers kann sich nicht ändern, und Gründer können nicht entfernt werden.",
  "error.not_own_pupil": "Nur die eigene Lehrkraft der Schülerin oder des Schülers kann das tun.",
  "error.pupils_need_active_project":
    "Schülerinnen und Schüler können beitreten, sobald das Projekt genehmigt und aktiv ist (sein Status ist jetzt „{status}“).",
  "error.teacher_not_member": "Dafür müssen Sie Mitglied des Projekts sein.",
  "error.label_not_eligible":
    "Ein Projekt ({kind}) kann keine Qualitätssiegel und keine Preise erhalten; das können nur europäische Projekte.",
  "error.label_project_not_started":
    "Qualitätssiegel gibt es für laufende oder abgeschlossene Projekte (dieses hat den Status „{status}“).",
  "error.label_application_limit":
    "Sie haben im Schuljahr {schoolYear} bereits {max} Bewerbungen um ein Qualitätssiegel gesendet.",
  "error.label_application_exists":
    "Sie haben sich für dieses Projekt bereits um ein Qualitätssiegel beworben.",
  "error.label_evidence_missing": "Beschreiben Sie Ihre Nachweise für „{criterion}“.",
  "error.label_score_invalid": "Die Punktzahl für „{criterion}“ muss eine ganze Zahl von 0 bis {max} sein.",
  "error.label_assessment_incomplete":
    "Bewerten Sie jedes Kriterium und prüfen Sie jede Mindestanforderung, bevor Sie entscheiden.",
  "error.label_requirements_unmet":
    "Ein Qualitätssiegel setzt voraus, dass jede Mindestanforderung erfüllt ist. Lehnen Sie die Bewerbung ab, oder prüfen Sie die Anforderungen erneut.",
  "error.label_already_decided": "Über diese Bewerbung wurde bereits entschieden.",
  "error.european_label_not_candidate":
    "Nur Projekte mit Nationalen Qualitätssiegeln in mindestens {min} Ländern, darunter Ihrem, können nominiert werden.",
  "error.school_label_criteria_unmet":
    "Ihre Schule erfüllt noch nicht jedes Kriterium für die Auszeichnung als eTwinning-Schule; die Seite zeigt, welche fehlen. Bewerben Sie sich, sobald sie erfüllt sind.",
  "error.school_label_pending":
    "Die Bewerbung Ihrer Schule wartet bereits auf die Entscheidung ihrer Nationalen Koordinierungsstelle; Sie werden benachrichtigt, wenn sie entschieden hat.",
  "error.school_suspended":
    "Die Nationale Koordinierungsstelle Ihrer Schule hat deren Registrierung abgelehnt: Bewerbungen sind erst möglich, wenn die Koordinierungsstelle die Schule bestätigt. Meine Schule zeigt die Begründung und was zu tun ist.",
  "error.school_label_held":
    "Ihre Schule ist bis {until} als eTwinning-Schule ausgezeichnet; bewerben Sie sich erneut, wenn die Auszeichnung abgelaufen ist.",
  "error.certificate_lapsed":
    "Der Zeitraum dieses Zertifikats endete am {until}, daher kann es nicht mehr heruntergeladen werden. Ihre Seite mit Zertifikaten zeigt die, die Sie jetzt haben.",
  "error.prize_needs_european_label": "Preise gehen nur an Projekte mit einem Europäischen Qualitätssiegel.",
  "error.account_ambiguous":
    "Mehrere Konten verwenden {email}: Die Lernplattform jeder Schule kann jede Adresse senden. Suchen Sie die Person unten und vergeben Sie die Rolle an das eine Konto, dessen Schule und Lernplattform Sie erkennen.",
  "error.not_central_admin": "Nur zentrale Administratoren können das tun.",
  "error.privacy_not_allowed":
    "Das können nur die Administration der Schule dieser Person (angemeldet über die Lernplattform der Schule als Administrator) oder ein zentraler Administrator. Wenden Sie sich an sie.",
  "error.privacy_erase_self":
    "Ihr eigenes Konto können Sie hier nicht löschen. Wenden Sie sich an einen anderen Administrator Ihrer Schule oder an einen zentralen Administrator.",
  "error.policy_range_invalid": "Das Enddatum ({until}) liegt vor dem Anfangsdatum ({from}).",
  "error.unexpected":
    "Bei uns ist etwas schiefgegangen; nichts wurde gespeichert. Versuchen Sie es gleich noch einmal.",

  "thing.material": "Datei",
  "thing.milestone": "Meilenstein",
  "thing.page": "Seite",
  "thing.revision": "Version der Seite",
  "thing.project": "Projekt",
  "thing.contact": "Kontakt",
  "thing.invitation": "Einladung",
  "thing.membership": "Mitgliedschaft",
  "thing.pupil": "Schülerin/Schüler",
  "thing.account": "Konto",
  "thing.certificate": "Zertifikat",
  "thing.label_application": "Bewerbung um ein Qualitätssiegel",
  "thing.school": "Schule",
  "thing.school_label": "Bewerbung als eTwinning-Schule",

  "status.draft": "Entwurf",
  "status.awaiting_cofounder": "wartet auf den Mitgründer",
  "status.declined": "vom Mitgründer abgelehnt",
  "status.awaiting_approval": "wartet auf Genehmigung",
  "status.rejected": "abgelehnt",
  "status.active": "aktiv",
  "status.closed": "geschlossen",

  "kind.european": "europäisch",
  "kind.national": "national",
  "kind.school": "schulintern",
  "kind.european.explained":
    "Europäisches Projekt: Die Gründer unterrichten in verschiedenen Ländern. Beide Nationalen Koordinierungsstellen genehmigen es; es kann Nationale und Europäische Qualitätssiegel sowie Preise erhalten.",
  "kind.national.explained":
    "Nationales Projekt: Die Gründer unterrichten an verschiedenen Schulen desselben Landes. Seine Nationale Koordinierungsstelle genehmigt es; es kann keine Qualitätssiegel erhalten.",
  "kind.school.explained":
    "Schulprojekt: Beide Gründer unterrichten an derselben Schule. Nur Lehrkräfte dieser Schule können beitreten; es kann weder Qualitätssiegel noch Preise erhalten.",

  "role.founder": "Gründer",
  "role.admin": "Projektadmin",
  "role.teacher": "Lehrkraft",
  "role.pupil": "Schülerin/Schüler",

  "next.complete_and_submit": "Der Gründer vervollständigt das Formular und sendet es an den Mitgründer.",
  "next.cofounder_decides": "Der Mitgründer nimmt an oder lehnt ab.",
  "next.choose_cofounder_again": "Der Mitgründer hat abgelehnt: Der Gründer wählt erneut einen Mitgründer.",
  "next.national_units_decide": "Wartet auf die Nationale Koordinierungsstelle: {countries}.",
  "next.edit_and_resubmit": "Abgelehnt: Die Gründer überarbeiten das Projekt und senden es erneut.",
  "next.running": "Das Projekt läuft in seinem TwinSpace.",
  "next.closed": "Das Projekt ist geschlossen; sein TwinSpace bleibt nur lesend erhalten.",

  "field.partnerScope": "Gesuchte Partner",
  "field.startMonth": "Beginn",
  "field.title": "Titel",
  "field.name": "Name",
  "field.access": "Wer beitreten darf",
  "field.esafety": "Wie die Schule für Sicherheit im Netz sorgt",
  "field.body": "Text",
  "field.file": "Datei",
  "field.summary": "Zusammenfassung",
  "field.description": "Beschreibung",
  "field.subjects": "Fächer",
  "field.languages": "Sprachen",
  "field.pupilAgeMin": "Alter der Schülerinnen und Schüler von",
  "field.pupilAgeMax": "Alter der Schülerinnen und Schüler bis",
  "field.objectives": "Gemeinsame Ziele",
  "field.curricularIntegration": "Einbindung in den Lehrplan",
  "field.workProcess": "Arbeitsablauf und Aktivitäten",
  "field.milestones": "Zeitplan der Meilensteine",
  "field.ictTools": "Digitale Werkzeuge",
  "field.expectedResults": "Erwartete Ergebnisse",
  "field.safetyRules": "Vereinbarte Regeln zu Sicherheit und Datenschutz",
  "field.school_name": "Name der Schule",
  "field.country": "Land",
  "field.city": "Ort",
  "field.search": "Name oder E-Mail",
  "field.email": "E-Mail",
  "field.interests": "Interessen",
  "field.bio": "Über mich",
  "field.displayName": "Anzeigename",
  "field.reason": "Grund",
  "field.note": "Anmerkung",
  "field.prize": "Preis",
  "field.from": "Von",
  "field.until": "Bis",
  "field.evidence": "Nachweise",
  "field.cofounder": "Mitgründer",
  "field.kind": "Was der Link registriert",

  "subject.art": "Kunst",
  "subject.biology": "Biologie",
  "subject.chemistry": "Chemie",
  "subject.citizenship": "Politische Bildung",
  "subject.computing": "Informatik / IKT",
  "subject.cross_curricular": "Fächerübergreifend",
  "subject.economics": "Wirtschaft",
  "subject.environment": "Umweltbildung",
  "subject.foreign_languages": "Fremdsprachen",
  "subject.geography": "Geografie",
  "subject.history": "Geschichte",
  "subject.home_language": "Sprache und Literatur",
  "subject.mathematics": "Mathematik",
  "subject.media_education": "Medienbildung",
  "subject.music": "Musik",
  "subject.philosophy": "Philosophie",
  "subject.physical_education": "Sport",
  "subject.physics": "Physik",
  "subject.pre_school": "Frühkindliche Bildung",
  "subject.religion": "Religion / Ethik",
  "subject.science": "Naturwissenschaften",
  "subject.special_needs": "Sonderpädagogik",
  "subject.technology": "Technik",
  "subject.vocational": "Berufliche Bildung",

  "criterion.pedagogical_innovation": "Pädagogische Innovation und Kreativität",
  "criterion.curricular_integration": "Einbindung in den Lehrplan",
  "criterion.partner_collaboration": "Zusammenarbeit der Partnerschulen",
  "criterion.use_of_technology": "Einsatz von Technologie",
  "criterion.results_impact_documentation": "Ergebnisse, Wirkung und Dokumentation",
  "requirement.common_goals_and_plan": "Gemeinsame Ziele und ein gemeinsamer Plan",
  "requirement.finished_or_nearly": "Projekt abgeschlossen oder fast abgeschlossen",
  "requirement.own_contribution": "Der eigene Beitrag der Lehrkraft ist klar erkennbar",
  "requirement.collaborative_pupil_activities": "Gemeinsame Aktivitäten der Schülerinnen und Schüler",
  "requirement.data_protection_copyright_esafety":
    "Datenschutz, Urheberrecht und Sicherheit im Netz beachtet",
};
