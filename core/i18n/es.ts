import type { Catalogue } from "./translate.ts";

/**
 * Textos en español del core: rechazos, estados, tipos, roles, campos, materias, criterios del Sello.
 * Tipado `Catalogue`, no `Record<CoreMessageKey, string>`: una clave añadida en inglés falta aquí
 * hasta que se traduce (se muestra la inglesa), y test/core/catalogues.test.ts lo señala.
 * Términos: docs/glossary/es.md.
 */
export const es: Catalogue = {
  "error.invalid_input":
    "El campo «{field}» no tiene el formato esperado. Revísalo y vuelve a enviar el formulario.",
  "error.text_required": "Rellena «{field}».",
  "error.text_too_long": "«{field}» es demasiado largo: no superes los {max} caracteres.",
  "error.text_control_character":
    "«{field}» contiene un carácter de control invisible (a menudo pegado desde otro programa). Vuelve a escribir el texto, o pégalo como texto sin formato, y vuelve a enviar el formulario.",
  "error.unknown_country":
    "«{value}» no es un país participante. Elige un país de la lista (código ISO de dos letras, como IT o ES).",
  "error.unknown_subject": "«{value}» no es una materia que conozcamos. Elige las materias de la lista.",
  "error.unknown_language":
    "«{value}» no es un código de idioma que conozcamos. Elige los idiomas de la lista.",
  "error.unknown_interface_language":
    "«{value}» no es uno de los idiomas de OpenTwinning. Elige un idioma de la lista.",
  "error.age_range_invalid":
    "La edad de los alumnos debe ir de {min} a {max}, con la edad menor en primer lugar.",
  "error.milestone_in_past":
    "El hito previsto para el {dueDate} ya ha pasado. Elige una fecha a partir de hoy ({today}).",
  "error.milestone_date_invalid":
    "«{field}» no es una fecha válida. Usa el selector de fecha o el formato AAAA-MM-DD.",
  "error.too_many_items": "«{field}» tiene demasiadas entradas: como máximo {max}.",
  "error.email_invalid":
    "Esta dirección de correo electrónico no parece correcta. Revísala y vuelve a intentarlo.",
  "error.not_found":
    "Este elemento ({what}) no existe o no es visible para ti. Vuelve a tu panel y inténtalo de nuevo.",
  "error.link_code_invalid":
    "Este código es desconocido, ya se ha usado o ha caducado. Abre tu perfil en OpenTwinning para obtener un código nuevo y vuelve a enviar «link <código>» en un plazo de 15 minutos.",
  "error.matrix_id_invalid":
    "«{value}» no es un identificador de Matrix. Un identificador de Matrix tiene el aspecto @nombre:ejemplo.org.",
  "error.matrix_id_linked_elsewhere":
    "Esta cuenta de Matrix ya está vinculada a otra cuenta de OpenTwinning. Desvincúlala primero allí, o vincula otra cuenta de Matrix.",
  "error.matrix_id_of_pupil":
    "Esta cuenta de Matrix pertenece a un alumno: la cuenta de un alumno se queda en su proyecto y nunca se vincula a la de un adulto. Vincula tu propia cuenta de Matrix.",
  "error.forbidden":
    "No puedes hacer esto. Pregunta a un fundador del proyecto o al administrador de tu centro.",
  "error.not_registered_teacher":
    "Solo participan los docentes registrados. El docente debe abrir OpenTwinning una vez desde la plataforma (LMS) de su centro para registrarse.",
  "error.teaching_only":
    "Esta página es para docentes: búsqueda de socios, contactos, tablón de ideas, mensajes entre docentes, creación de proyectos y cuentas del alumnado. Aquí trabaja para una unidad nacional o para el servicio central de apoyo, sin cuenta de docente: su panel enumera las páginas de su trabajo.",
  "error.deployment_not_bound":
    "Esta conexión con la plataforma aún no está vinculada a un centro. Pide al administrador de la plataforma (LMS) de tu centro que termine de registrar OpenTwinning (nombre y país del centro).",
  "paging.more_than": "más de {number}",
  "error.filter_invalid":
    "Este filtro o enlace de página no es uno de los que ofrece la lista. Elige los filtros en el formulario, o vuelve a abrir la lista desde su primera página.",
  "error.staff_not_teacher":
    "Esta cuenta pertenece al personal de un servicio nacional de apoyo, que actúa en nombre del servicio y no como docente. Para dar clase, abre OpenTwinning desde la plataforma (LMS) de tu centro con tu cuenta del centro.",
  "error.staff_account_is_teacher":
    "Esta cuenta de la plataforma ya es la de un docente. El personal de un servicio nacional de apoyo necesita su propia cuenta en la plataforma del servicio: pide una a su administrador.",
  "error.contact_self": "No puedes añadirte a ti mismo como contacto.",
  "error.group_already_decided": "Ya se ha decidido sobre esta propuesta.",
  "error.group_already_member": "Ya estás en este grupo, o tu solicitud está esperando a un moderador.",
  "error.group_not_member": "Este docente no es miembro del grupo. Recarga la página para ver sus miembros.",
  "error.group_not_moderator": "Solo los moderadores del grupo pueden hacer esto. Pídeselo a uno de ellos.",
  "error.group_request_not_pending": "Esta solicitud ya se ha respondido o retirado. Recarga la página.",
  "error.group_last_moderator":
    "Eres el único moderador del grupo, así que no puedes abandonarlo. Pide primero al servicio central de apoyo que nombre a otro moderador.",
  "error.group_remove_moderator":
    "Aquí no se puede retirar a un moderador del grupo. Pregunta al servicio central de apoyo.",
  "error.group_moderator_not_teacher":
    "El moderador debe ser el identificador de la cuenta de un docente. Encuéntralo con la búsqueda de cuentas de la página Administración.",
  "error.idea_start_month_invalid": "Indica el inicio como un mes, por ejemplo 2027-02, o déjalo vacío.",
  "error.idea_own_reply":
    "Esta es tu propia idea: son los demás quienes responden. Puedes modificarla o renovarla en su página.",
  "error.idea_already_replied":
    "Ya has respondido a esta idea. Su autor tiene tu solicitud de contacto; espera su respuesta.",
  "error.idea_contacts_only":
    "Solo el autor y sus contactos pueden fundar un proyecto a partir de esta idea. Respóndela primero: si el autor acepta, seréis contactos.",
  "error.contact_exists": "Ya sois contactos, o hay una solicitud entre vosotros esperando respuesta.",
  "error.contact_request_not_pending": "Esta solicitud de contacto ya se ha respondido.",
  "error.cofounder_not_contact":
    "El cofundador debe ser uno de tus contactos. Envíale primero una solicitud de contacto y espera a que la acepte.",
  "error.cofounder_is_founder":
    "No puedes ser tu propio cofundador. Elige a un compañero entre tus contactos.",
  "error.third_founder":
    "Un proyecto tiene exactamente dos fundadores. Invita a otros docentes como miembros, o nómbralos administradores del proyecto.",
  "error.cofounder_required": "Elige un cofundador entre tus contactos antes de enviar el proyecto.",
  "error.not_cofounder": "Solo el cofundador invitado puede aceptar o rechazar este proyecto.",
  "error.project_form_incomplete": "Antes de enviar el proyecto, rellena: {fields}.",
  "error.school_projects_closed":
    "Los proyectos de centro (solo docentes de un mismo centro) no están abiertos en este momento en {country}. Elige un cofundador de otro centro.",
  "error.page_edit_not_allowed":
    "Los fundadores no te han abierto esta página. Pide a un fundador del proyecto que lo permita, o escribe en una página que esté abierta para ti.",
  "error.page_changed_meanwhile":
    "Alguien ha guardado esta página mientras la editabas. Tu texto sigue en el formulario: abre la página en una pestaña nueva, incorpora los cambios a tu texto y vuelve a guardar.",
  "error.page_tree_too_deep":
    "Las páginas tienen como máximo dos niveles. Elige como página superior una de primer nivel, o ninguna.",
  "error.page_limit_reached":
    "Este proyecto ya tiene {max} páginas. Combina o elimina páginas antes de añadir otra.",
  "error.page_proposal_decided":
    "Otro docente ya ha aprobado o rechazado esta propuesta. Abre la página para ver su texto actual.",
  "error.material_too_large":
    "El archivo supera los {max} MB, el límite por archivo. Redúcelo (para un vídeo, una exportación más corta o de menor resolución) o comparte un enlace en su lugar.",
  "error.material_quota_exceeded":
    "La biblioteca del proyecto está llena: se usan {used} MB de {max} MB. Elimina los archivos que el proyecto ya no necesite, o pide más espacio al responsable del servicio.",
  "error.material_type_refused":
    "Este tipo de archivo no puede ir a la biblioteca (se ha comprobado su contenido, no su nombre). Se aceptan: fotos e imágenes (JPEG, PNG, WebP, GIF, HEIC, AVIF), PDF, documentos ofimáticos, audio y vídeo (MP3, MP4, WebM, OGG).",
  "error.material_image_too_large":
    "La imagen es demasiado grande ({width} × {height} píxeles). Redúcela a {max} megapíxeles como máximo y vuelve a subirla.",
  "error.material_image_unreadable":
    "No se ha podido leer la imagen: puede estar dañada o no ser una imagen. Vuelve a exportarla desde tu programa de fotos y súbela de nuevo.",
  "error.material_missing_file": "Elige un archivo para subir y vuelve a enviar el formulario.",
  "error.material_storage_failed":
    "No se ha podido guardar el archivo: el servidor se ha quedado sin espacio o su almacenamiento no está disponible. No se ha guardado nada; inténtalo más tarde y avisa al responsable del servicio si continúa.",
  "error.showcase_photo_consent_required":
    "Esta página muestra imágenes. Marca que se ha obtenido el consentimiento de cada alumno que pueda reconocerse en ellas, o elimina esas imágenes, y vuelve a publicar.",
  "error.wrong_status": "El estado de este proyecto es «{status}»: este paso no es posible ahora.",
  "error.not_moderator_for_country": "Solo el servicio nacional de apoyo de {country} decide por {country}.",
  "error.staff_only":
    "Solo el personal del servicio nacional de apoyo de {country}, que abre OpenTwinning desde la plataforma del servicio, verifica los centros. Avísale del centro.",
  "error.no_pending_approval":
    "No se espera ninguna decisión de {country} para este proyecto (puede que ya se haya decidido).",
  "error.rejection_reason_required":
    "Indica un motivo para el rechazo, para que los fundadores sepan qué cambiar.",
  "error.invitations_before_approval":
    "Se puede invitar a docentes cuando los servicios nacionales de apoyo hayan aprobado el proyecto (ahora su estado es «{status}»).",
  "error.already_member": "Este docente ya es miembro del proyecto.",
  "error.invitation_pending": "Este docente ya ha sido invitado y aún no ha respondido.",
  "error.not_invitee": "Esta invitación no es para ti.",
  "error.invitation_not_pending": "Esta invitación ya se ha respondido o retirado.",
  "error.not_project_manager": "Solo los fundadores y administradores del proyecto pueden hacer esto.",
  "error.school_project_other_school":
    "Un proyecto de centro solo admite docentes de su propio centro. Funda un proyecto nacional o europeo para trabajar con otros centros.",
  "error.national_project_foreign_teacher":
    "Un proyecto nacional solo admite docentes de su propio país; este docente trabaja en {country}. Funda con él un proyecto europeo.",
  "error.country_not_participating":
    "Los docentes de {country} no pueden participar: no es un país participante.",
  "error.founder_cannot_leave": "Los fundadores no pueden abandonar su proyecto. Cuando termine, ciérralo.",
  "error.founder_role_fixed":
    "El rol de un fundador no puede cambiar y los fundadores no pueden ser retirados.",
  "error.not_own_pupil": "Solo el propio docente del alumno puede hacer esto.",
  "error.pupils_need_active_project":
    "Los alumnos pueden unirse cuando el proyecto esté aprobado y activo (ahora su estado es «{status}»).",
  "error.teacher_not_member": "Debes ser miembro del proyecto para hacer esto.",
  "error.label_not_eligible":
    "Un proyecto {kind} no puede optar a Sellos de Calidad ni a premios; solo los proyectos europeos pueden.",
  "error.label_project_not_started":
    "Los Sellos de Calidad son para proyectos en curso o terminados (el estado de este es «{status}»).",
  "error.label_application_limit":
    "Ya has enviado {max} solicitudes de Sello de Calidad en el curso escolar {schoolYear}.",
  "error.label_application_exists": "Ya has solicitado un Sello de Calidad para este proyecto.",
  "error.label_evidence_missing": "Describe tus evidencias para «{criterion}».",
  "error.label_score_invalid": "La puntuación de «{criterion}» debe ser un número entero de 0 a {max}.",
  "error.label_assessment_incomplete":
    "Puntúa todos los criterios y comprueba todos los requisitos mínimos antes de decidir.",
  "error.label_requirements_unmet":
    "Un Sello de Calidad exige que se cumplan todos los requisitos mínimos. Deniega la solicitud, o vuelve a comprobar los requisitos.",
  "error.label_already_decided": "Ya se ha decidido sobre esta solicitud.",
  "error.european_label_not_candidate":
    "Solo pueden ser propuestos los proyectos con Sello de Calidad Nacional en al menos {min} países, uno de ellos el tuyo.",
  "error.school_label_criteria_unmet":
    "Tu centro aún no cumple todos los criterios del sello Escuela eTwinning; la página muestra los que faltan. Preséntate cuando se cumplan.",
  "error.school_label_pending":
    "La solicitud de tu centro ya está esperando la decisión de su servicio nacional de apoyo; se te avisará cuando decida.",
  "error.school_suspended":
    "El servicio nacional de apoyo de tu centro ha rechazado su registro: no se puede presentar ninguna solicitud hasta que el servicio confirme el centro. Mi centro muestra el motivo y qué hacer.",
  "error.school_label_held":
    "Tu centro tiene el sello Escuela eTwinning hasta el {until}; vuelve a solicitarlo cuando haya caducado.",
  "error.certificate_lapsed":
    "El periodo de este certificado terminó el {until}, así que ya no se puede descargar. Tu página de certificados muestra los que tienes ahora.",
  "error.prize_needs_european_label": "Los premios son solo para proyectos con Sello de Calidad Europeo.",
  "error.account_ambiguous":
    "Varias cuentas usan {email}: la plataforma de cualquier centro puede enviar cualquier dirección. Busca a la persona abajo y concede el rol a la única cuenta cuyo centro y plataforma reconozcas.",
  "error.not_central_admin": "Solo los administradores centrales pueden hacer esto.",
  "error.privacy_not_allowed":
    "Solo el administrador del centro de esta persona (con sesión iniciada desde la plataforma del centro como administrador) o un administrador central puede hacer esto. Pídeselo a uno de ellos.",
  "error.privacy_erase_self":
    "Aquí no puedes borrar tu propia cuenta. Pídeselo a otro administrador de tu centro o a un administrador central.",
  "error.policy_range_invalid": "La fecha de fin ({until}) es anterior a la fecha de inicio ({from}).",
  "error.unexpected":
    "Algo ha fallado por nuestra parte; no se ha guardado nada. Inténtalo de nuevo en un momento.",

  "thing.material": "archivo",
  "thing.milestone": "hito",
  "thing.page": "página",
  "thing.revision": "versión de la página",
  "thing.project": "proyecto",
  "thing.contact": "contacto",
  "thing.invitation": "invitación",
  "thing.membership": "participación",
  "thing.pupil": "alumno",
  "thing.account": "cuenta",
  "thing.certificate": "certificado",
  "thing.label_application": "solicitud de Sello de Calidad",
  "thing.school": "centro",
  "thing.school_label": "solicitud del Sello Escuela eTwinning",

  "status.draft": "borrador",
  "status.awaiting_cofounder": "a la espera del cofundador",
  "status.declined": "rechazado por el cofundador",
  "status.awaiting_approval": "pendiente de aprobación",
  "status.rejected": "rechazado",
  "status.active": "activo",
  "status.closed": "cerrado",

  "kind.european": "europeo",
  "kind.national": "nacional",
  "kind.school": "de centro",
  "kind.european.explained":
    "Proyecto europeo: los fundadores enseñan en países distintos. Lo aprueban ambos servicios nacionales de apoyo; puede obtener Sellos de Calidad Nacionales y Europeos y premios.",
  "kind.national.explained":
    "Proyecto nacional: los fundadores enseñan en centros distintos del mismo país. Lo aprueba su servicio nacional de apoyo; no puede obtener Sellos de Calidad.",
  "kind.school.explained":
    "Proyecto de centro: ambos fundadores enseñan en el mismo centro. Solo pueden unirse docentes de ese centro; no puede obtener Sellos de Calidad ni premios.",

  "role.founder": "fundador",
  "role.admin": "administrador del proyecto",
  "role.teacher": "docente",
  "role.pupil": "alumno",

  "next.complete_and_submit": "El fundador completa el formulario y lo envía al cofundador.",
  "next.cofounder_decides": "El cofundador acepta o rechaza.",
  "next.choose_cofounder_again": "El cofundador ha rechazado: el fundador vuelve a elegir un cofundador.",
  "next.national_units_decide": "A la espera del servicio nacional de apoyo de {countries}.",
  "next.edit_and_resubmit": "Rechazado: los fundadores modifican el proyecto y lo vuelven a enviar.",
  "next.running": "El proyecto está en marcha en su TwinSpace.",
  "next.closed": "El proyecto está cerrado; su TwinSpace se conserva en modo de solo lectura.",

  "field.partnerScope": "Socio buscado",
  "field.startMonth": "Inicio",
  "field.title": "Título",
  "field.name": "Nombre",
  "field.access": "Quién puede unirse",
  "field.esafety": "Las prácticas de seguridad en internet del centro",
  "field.body": "Texto",
  "field.file": "Archivo",
  "field.summary": "Resumen",
  "field.description": "Descripción",
  "field.subjects": "Materias",
  "field.languages": "Idiomas",
  "field.pupilAgeMin": "Edad de los alumnos desde",
  "field.pupilAgeMax": "Edad de los alumnos hasta",
  "field.objectives": "Objetivos comunes",
  "field.curricularIntegration": "Integración curricular",
  "field.workProcess": "Proceso de trabajo y actividades",
  "field.milestones": "Calendario de hitos",
  "field.ictTools": "Herramientas TIC",
  "field.expectedResults": "Resultados esperados",
  "field.safetyRules": "Normas acordadas de seguridad y privacidad",
  "field.school_name": "Nombre del centro",
  "field.country": "País",
  "field.city": "Localidad",
  "field.search": "Nombre o correo electrónico",
  "field.email": "Correo electrónico",
  "field.interests": "Intereses",
  "field.bio": "Sobre mí",
  "field.displayName": "Nombre visible",
  "field.reason": "Motivo",
  "field.note": "Nota",
  "field.prize": "Premio",
  "field.from": "Desde",
  "field.until": "Hasta",
  "field.evidence": "Evidencias",
  "field.cofounder": "Cofundador",
  "field.kind": "Qué registra el enlace",

  "subject.art": "Educación artística",
  "subject.biology": "Biología",
  "subject.chemistry": "Química",
  "subject.citizenship": "Educación para la ciudadanía",
  "subject.computing": "Informática / TIC",
  "subject.cross_curricular": "Interdisciplinar",
  "subject.economics": "Economía",
  "subject.environment": "Educación ambiental",
  "subject.foreign_languages": "Lenguas extranjeras",
  "subject.geography": "Geografía",
  "subject.history": "Historia",
  "subject.home_language": "Lengua y literatura",
  "subject.mathematics": "Matemáticas",
  "subject.media_education": "Educación mediática",
  "subject.music": "Música",
  "subject.philosophy": "Filosofía",
  "subject.physical_education": "Educación física",
  "subject.physics": "Física",
  "subject.pre_school": "Educación infantil",
  "subject.religion": "Religión / ética",
  "subject.science": "Ciencias",
  "subject.special_needs": "Educación especial",
  "subject.technology": "Tecnología",
  "subject.vocational": "Formación profesional",

  "criterion.pedagogical_innovation": "Innovación pedagógica y creatividad",
  "criterion.curricular_integration": "Integración curricular",
  "criterion.partner_collaboration": "Colaboración entre los centros socios",
  "criterion.use_of_technology": "Uso de la tecnología",
  "criterion.results_impact_documentation": "Resultados, impacto y documentación",
  "requirement.common_goals_and_plan": "Objetivos comunes y un plan compartido",
  "requirement.finished_or_nearly": "Proyecto terminado o casi terminado",
  "requirement.own_contribution": "La contribución propia del docente está clara",
  "requirement.collaborative_pupil_activities": "Actividades colaborativas entre alumnos",
  "requirement.data_protection_copyright_esafety":
    "Se respetan la protección de datos, los derechos de autor y la seguridad en internet",
};
