import type { Catalogue } from "../../../core/index.ts";

/**
 * Textos en español del lado LTI: sesiones, lanzamientos, registro, deep linking, importación de
 * alumnos. Tipado `Catalogue` (ver core/i18n/es.ts); términos: docs/glossary/es.md.
 */
export const es: Catalogue = {
  "session.required.title": "Abre OpenTwinning desde tu curso",
  "session.required.body":
    "No has iniciado sesión, o tu sesión ha terminado. Vuelve a abrir OpenTwinning desde tu curso en la plataforma de aprendizaje de tu centro (por ejemplo, la actividad OpenTwinning en Moodle).",
  "session.sign_out.action": "Cerrar sesión",
  "session.signed_out.title": "Has cerrado la sesión",
  "session.signed_out.body":
    "Has cerrado la sesión de OpenTwinning. Cierra esta ventana, o vuelve a abrir OpenTwinning desde tu curso.",
  "session.csrf.title": "Este formulario ha caducado",
  "session.csrf.body":
    "No se ha podido verificar el formulario, quizá porque ha estado abierto demasiado tiempo o porque OpenTwinning se ha vuelto a abrir entretanto. Vuelve atrás, recarga la página y envía de nuevo el formulario.",
  "session.origin.title": "Este formulario no se ha enviado desde OpenTwinning",
  "session.origin.body":
    "OpenTwinning solo acepta cambios desde sus propias páginas, y esta solicitud venía de otro sitio. No se ha cambiado nada. Vuelve a abrir OpenTwinning desde tu curso y usa sus formularios.",

  "request.nul.title": "Esta solicitud contiene un carácter de control invisible",
  "request.nul.body":
    "Lo que se ha enviado contiene un carácter NUL, que ningún texto de OpenTwinning puede contener; suele venir de copiar texto de otro programa. No se ha cambiado nada. Vuelve a escribir el texto (o pégalo como texto sin formato) y envíalo otra vez.",
  "app.not_found.title": "Página no encontrada",
  "app.not_found.body":
    "No hay ninguna página en esta dirección. Vuelve atrás, o abre de nuevo OpenTwinning desde tu curso.",
  "app.error.title": "Algo ha fallado",
  "app.error.body":
    "OpenTwinning no ha podido completar esta solicitud. Inténtalo de nuevo en un momento; si sigue ocurriendo, indica al responsable de este servicio la hora a la que ocurrió.",
  "lti.domain_refusal.title": "Esto no es posible",
  "lti.back_to_dashboard": "Volver a tu panel",

  "lti.refusal.request.title": "La solicitud estaba incompleta",
  "lti.refusal.request.body":
    "OpenTwinning ha recibido un lanzamiento o un formulario al que le faltan partes obligatorias o que está mal formado. Vuelve a abrir OpenTwinning desde tu curso. Si administras la plataforma de aprendizaje y esto sigue ocurriendo, comprueba que la herramienta está configurada para LTI 1.3.",
  "lti.refusal.too_large.title": "La solicitud era demasiado grande",
  "lti.refusal.too_large.body":
    "OpenTwinning rechaza solicitudes tan grandes. Vuelve a abrir OpenTwinning desde tu curso; si administras la plataforma de aprendizaje, comprueba que no envía datos de lanzamiento desmesurados (por ejemplo, parámetros personalizados muy largos).",
  "lti.refusal.login_expired.title": "Este inicio de sesión ha caducado",
  "lti.refusal.login_expired.body":
    "El inicio de sesión desde tu plataforma de aprendizaje ha tardado demasiado o ya se había usado. Vuelve a abrir OpenTwinning desde tu curso.",
  "lti.refusal.browser_mismatch.title": "Este inicio de sesión pertenece a otra ventana",
  "lti.refusal.browser_mismatch.body":
    "El inicio de sesión empezó en otro navegador o en otra ventana. Vuelve a abrir OpenTwinning desde tu curso en esta ventana.",
  "lti.refusal.insecure_cross_site.title": "OpenTwinning debe servirse por https",
  "lti.refusal.insecure_cross_site.body":
    "Tu plataforma de aprendizaje está en un sitio distinto del de OpenTwinning, y OpenTwinning se sirve por http sin cifrar, así que los navegadores no devuelven su cookie de sesión y ningún lanzamiento puede funcionar, ni en esta página ni en una ventana nueva. Avisa al administrador de tu plataforma. Para quien gestiona OpenTwinning, la solución es una línea: servirlo por https (detrás de un proxy TLS) y definir PUBLIC_URL=https://<su dirección>.",
  "lti.refusal.unknown_platform.title": "Esta plataforma de aprendizaje no está registrada",
  "lti.refusal.unknown_platform.body":
    "OpenTwinning no conoce la plataforma de aprendizaje (emisor e ID de cliente) que ha enviado esta solicitud. El administrador de la plataforma debe registrar antes OpenTwinning: por registro dinámico con el enlace que facilita el responsable de este servicio, o a mano con los valores que el responsable imprime.",
  "lti.refusal.target.title": "La dirección de la herramienta es incorrecta",
  "lti.refusal.target.body":
    "La plataforma de aprendizaje ha pedido una dirección de OpenTwinning que no es su dirección de lanzamiento. El administrador de la plataforma debe poner como URL de la herramienta y como URI de redirección la dirección de lanzamiento mostrada en el registro (terminada en /lti/launch).",
  "lti.refusal.signature.title": "No se ha podido verificar el lanzamiento",
  "lti.refusal.signature.body":
    "La firma del lanzamiento no coincide con las claves que publica la plataforma de aprendizaje, o usa un método de firma distinto de RS256. Vuelve a abrir OpenTwinning desde tu curso; si sigue ocurriendo, el administrador de la plataforma debe comprobar la URL del conjunto de claves públicas de la plataforma en el registro.",
  "lti.refusal.time.title": "El lanzamiento ha caducado",
  "lti.refusal.time.body":
    "El lanzamiento es demasiado antiguo o tiene fecha futura. Vuelve a abrir OpenTwinning desde tu curso. Si sigue ocurriendo, puede que el reloj del servidor de la plataforma de aprendizaje esté mal: su administrador debe comprobarlo.",
  "lti.refusal.audience.title": "El lanzamiento era para otra herramienta",
  "lti.refusal.audience.body":
    "El lanzamiento indica un emisor o un ID de cliente distinto del registro al que responde. El administrador de la plataforma de aprendizaje debe comprobar el ID de cliente del registro de OpenTwinning.",
  "lti.refusal.replay.title": "Este lanzamiento ya se ha usado",
  "lti.refusal.replay.body":
    "Cada lanzamiento solo puede usarse una vez. Vuelve a abrir OpenTwinning desde tu curso en lugar de recargar la página o volver atrás.",
  "lti.refusal.unknown_deployment.title": "Esta implantación no está vinculada a un centro",
  "lti.refusal.unknown_deployment.body":
    "La plataforma de aprendizaje ha lanzado OpenTwinning mediante una implantación (deployment) que no está vinculada a ningún centro. El administrador de la plataforma debe registrar OpenTwinning con el nombre y el país del centro (registro dinámico), o pedir al responsable del servicio que añada la implantación con `npm run admin -- deployment add`.",
  "lti.refusal.school_rejected.title": "La conexión de este centro está suspendida",
  "lti.refusal.school_rejected.body":
    "El servicio nacional de apoyo del país de este centro no ha podido confirmar que este registro pertenezca a un centro real, así que OpenTwinning está suspendido para él. El administrador de la plataforma debe ponerse en contacto con su servicio nacional de apoyo (la organización nacional de apoyo de eTwinning) para confirmar el centro; una vez confirmado, los lanzamientos vuelven a funcionar. El administrador puede seguir abriendo OpenTwinning desde el LMS y leer el motivo del servicio en Mi centro.",
  "lti.refusal.message.title": "Este tipo de lanzamiento no es compatible",
  "lti.refusal.message.body":
    "OpenTwinning acepta lanzamientos LTI 1.3 de tipo resource link y deep linking con sus datos obligatorios. El administrador de la plataforma de aprendizaje debe comprobar que la herramienta está configurada para LTI 1.3 y que el lanzamiento envía los datos obligatorios.",
  "lti.refusal.role.title": "Tu rol no tiene acceso",
  "lti.refusal.role.body":
    "OpenTwinning es para los docentes, los alumnos y los administradores de un curso. Tu rol en este curso no da acceso; si crees que debería darlo, pregunta al docente del curso.",
  "lti.refusal.pupil_unregistered.title": "Tu docente aún no te ha registrado",
  "lti.refusal.pupil_unregistered.body":
    "Los alumnos participan cuando su docente los ha añadido a OpenTwinning. Pide a tu docente que te registre y vuelve a abrir OpenTwinning desde tu curso.",
  "lti.refusal.pupil_not_in_project.title": "No estás en este proyecto",
  "lti.refusal.pupil_not_in_project.body":
    "Este enlace lleva a un proyecto al que tu docente no te ha añadido. Pide a tu docente que te añada al proyecto y vuelve a abrir el enlace.",
  "lti.refusal.project_not_open.title": "Este proyecto aún no ha empezado",
  "lti.refusal.project_not_open.body":
    "El proyecto se abre cuando los docentes socios y sus servicios nacionales de apoyo lo han aprobado. Entonces tu docente te añadirá y este enlace te llevará a él.",
  "lti.refusal.platform_unreachable.title": "La plataforma de aprendizaje no ha respondido",
  "lti.refusal.platform_unreachable.body":
    "OpenTwinning no ha podido obtener de la plataforma de aprendizaje lo que necesita (sus claves o la lista de participantes del curso). Inténtalo de nuevo en un momento; si sigue ocurriendo, el administrador de la plataforma debe comprobar que la plataforma es accesible desde internet.",
  "lti.refusal.registration_token.title": "Este enlace de registro no es válido",
  "lti.refusal.registration_token.body":
    "Para registrar OpenTwinning hace falta un enlace de registro del responsable de este servicio. Este enlace es desconocido, ya se ha usado o ha caducado: pide uno nuevo al responsable.",
  "lti.refusal.registration_target.title": "No se puede usar esta dirección de la plataforma",
  "lti.refusal.registration_target.body":
    "La configuración de la plataforma de aprendizaje apunta a una dirección con la que OpenTwinning no se comunica (no es https, es una dirección de red privada o es otro servidor distinto del de la plataforma). La plataforma debe ser accesible por https en una dirección pública.",
  "lti.refusal.registration_failed.title": "El registro no se ha completado",
  "lti.refusal.registration_failed.body":
    "La plataforma de aprendizaje no ha aceptado el registro o no ha respondido como se esperaba. Vuelve a empezar el registro desde la plataforma; si vuelve a fallar, registra OpenTwinning a mano con los valores que imprime el responsable del servicio.",
  "lti.refusal.roster_unavailable.title": "La lista de participantes del curso no está disponible",
  "lti.refusal.roster_unavailable.body":
    "Para importar alumnos, abre OpenTwinning desde el curso cuyos alumnos quieres importar. El administrador de la plataforma de aprendizaje debe activar para OpenTwinning el servicio Names and Role Provisioning.",
  "lti.refusal.deep_linking_unavailable.title": "Añade OpenTwinning desde tu curso",
  "lti.refusal.deep_linking_unavailable.body":
    "Para poner en un curso un enlace a un proyecto, añade una actividad OpenTwinning en el curso y elige «Seleccionar contenido».",

  "lti.new_window.title": "Abre OpenTwinning en una ventana nueva",
  "lti.new_window.body":
    "Tu navegador no permite que OpenTwinning mantenga tu sesión dentro de la página de la plataforma de aprendizaje (bloquea las cookies de los sitios incrustados). Ábrelo en una ventana nueva para continuar.",
  "lti.new_window.action": "Abrir en una ventana nueva",
  "lti.cookies_blocked.title": "Un paso más",
  "lti.cookies_blocked.body":
    "Tu navegador bloquea la cookie de OpenTwinning dentro de la página de la plataforma de aprendizaje, así que aquí no puedes mantener la sesión. Abre OpenTwinning en una ventana nueva; el enlace funciona una sola vez y durante un minuto.",
  "lti.handoff_used.title": "Este enlace ha caducado",
  "lti.handoff_used.body":
    "El enlace para abrir OpenTwinning en una ventana nueva funciona una sola vez y durante un minuto. Vuelve a abrir OpenTwinning desde tu curso.",

  "lti.register.title": "Conecta tu centro a OpenTwinning",
  "lti.register.intro":
    "OpenTwinning vincula cada conexión de una plataforma de aprendizaje a un centro. Indica el nombre y el país de tu centro; los docentes que abran OpenTwinning mediante esta conexión pertenecerán a este centro.",
  "lti.register.school_name": "Nombre del centro",
  "lti.register.country": "País",
  "lti.register.choose_country": "Elige el país",
  "lti.register.pinned":
    "Tu enlace de registro fija el centro y el país que se muestran aquí. Si no son correctos, pide un enlace nuevo al responsable de OpenTwinning.",
  "lti.register.submit": "Registrar OpenTwinning",
  "lti.register.unit_intro":
    "Este enlace conecta la plataforma de aprendizaje del servicio nacional de apoyo de {country}. Las personas que abran OpenTwinning mediante esta conexión actúan como personal del servicio: no son docentes y no se muestran a los docentes como socios.",
  "lti.register.unit_name": "el servicio nacional de apoyo de {country}",
  "lti.register.central_intro":
    "Este enlace conecta la plataforma de aprendizaje del servicio central de apoyo. Las personas que abran OpenTwinning mediante esta conexión actúan como personal del servicio central de apoyo (que actúa para todos los países): no son docentes y no se muestran a los docentes como socios.",
  "lti.register.central_name": "el servicio central de apoyo",
  "lti.register.done.title": "OpenTwinning está registrado",
  "lti.register.done.body":
    "OpenTwinning ya está conectado para {school}. En tu plataforma de aprendizaje, activa la herramienta si te lo pide (en Moodle: Administración del sitio → Extensiones → Módulos de actividad → Herramienta externa → Gestionar herramientas). En Moodle, abre también allí los ajustes de la herramienta y pon «Uso de la configuración de la herramienta» en «Mostrar en el selector de actividades y como herramienta preconfigurada»: hasta entonces los docentes no pueden añadirla a sus cursos.",

  "lti.deep_linking.title": "Enlaza un proyecto con este curso",
  "lti.deep_linking.intro": "Elige el proyecto que tus alumnos deben abrir desde este curso.",
  "lti.deep_linking.none":
    "Aún no eres miembro de ningún proyecto. Funda un proyecto o únete a uno en OpenTwinning y vuelve a añadir el enlace.",
  "lti.deep_linking.choose": "Tus proyectos",
  "lti.deep_linking.not_open.draft":
    "Todavía no: los alumnos pueden abrir un proyecto cuando está aprobado. Envíalo primero desde su página.",
  "lti.deep_linking.not_open.awaiting_cofounder":
    "Todavía no: a la espera de que el cofundador acepte y, después, de la aprobación de los servicios nacionales de apoyo.",
  "lti.deep_linking.not_open.awaiting_approval":
    "Todavía no: podrá ponerse en el curso en cuanto lo aprueben los servicios nacionales de apoyo.",
  "lti.deep_linking.not_open.closed": "Cerrado: el proyecto ha terminado.",
  "lti.deep_linking.submit": "Añadir el enlace al curso",
  "lti.deep_linking.returning": "Volviendo a tu curso",
  "lti.deep_linking.return": "Continuar al curso",

  "lti.roster.title": "Importar alumnos del curso",
  "lti.roster.intro":
    "Estos son los estudiantes de tu curso {course}. Elige los alumnos que quieres registrar en OpenTwinning; solo se guardan sus nombres. Los alumnos registrados pueden abrir OpenTwinning desde el curso y ver los proyectos a los que los añadas.",
  "lti.roster.empty": "El curso no tiene estudiantes que importar.",
  "lti.roster.choose_one": "El estudiante del curso",
  "lti.roster.choose_many": "Los {count} de estudiantes del curso",
  "lti.roster.choose_other": "Los {count} estudiantes del curso",
  "lti.roster.project": "Añadirlos también a este proyecto (opcional)",
  "lti.roster.no_project": "Ningún proyecto por ahora",
  "lti.roster.submit": "Registrar a los alumnos elegidos",
  "lti.roster.unnamed": "Alumno {id}",
  "lti.roster.done.title": "Alumnos importados",
  "lti.roster.done.registered_one": "Se ha registrado un alumno nuevo:",
  "lti.roster.done.registered_many": "Se han registrado {count} de alumnos nuevos.",
  "lti.roster.done.registered_other": "Se han registrado {count} alumnos nuevos.",
  "lti.roster.done.existing_one": "Ya registrado por ti: {names}.",
  "lti.roster.done.existing_many": "Ya registrados por ti: {names}.",
  "lti.roster.done.existing_other": "Ya registrados por ti: {names}.",
  "lti.roster.done.other_teacher_one":
    "No importado, porque lo ha registrado otro docente o es docente: {names}.",
  "lti.roster.done.other_teacher_many":
    "No importados, porque los ha registrado otro docente o son docentes: {names}.",
  "lti.roster.done.other_teacher_other":
    "No importados, porque los ha registrado otro docente o son docentes: {names}.",
  "lti.roster.done.project": "Ahora son miembros del proyecto «{project}».",
  "lti.roster.done.sheet": "Imprimir la hoja de acceso de los alumnos",
  "lti.roster.done.launch": "Tus alumnos abren OpenTwinning desde este curso con su cuenta del centro.",
};
