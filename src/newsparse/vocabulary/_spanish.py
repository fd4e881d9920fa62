"""The Spanish vocabulary (es): the phrases of Spanish-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["SPANISH"]

_BODY_CHROME = ("Publicidad", "Anuncio", "Lee también", "Leer más", "Sigue leyendo")

SPANISH = Vocabulary(
    language="es",
    chrome=(
        "Los comentarios están cerrados",
        "Compartir", "Compartir este artículo", "Seguir", "Síguenos", "Imprimir", "Comentarios", "Comentar",
        "Enlace corto", "Copiar enlace", "Suscríbete", "Guardar", "Escuchar", "Escuchar noticia",
        "Ir al contenido", "Volver arriba", "Tamaño de texto", "Más", "Ver más", "Galería", "Enviar",
        "Más recientes primero", "Más antiguos primero", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Enlace corto",),
    labels=(
        "Última hora", "Exclusiva", "Opinión", "Análisis", "En directo", "En vivo", "Directo", "Vídeo", "Entrevista",
        "Tribuna", "Reportaje", "Crónica", "Política", "Economía", "Sociedad", "Cultura", "Deportes", "Urgente",
    ),
    story_lists=(
        "Te puede interesar", "Le puede interesar", "También te puede interesar", "Noticias relacionadas",
        "Lee también", "Lea también", "Relacionadas", "Relacionado", "Artículos relacionados",
        "Contenido relacionado", "Lo más leído", "Lo más visto", "Más leídas", "Más noticias", "Te recomendamos",
        "Recomendados", "Ver también", "Últimas noticias", "Más sobre este tema",
    ),
    tag_labels=(
        "Etiquetas", "Temas", "Palabras clave",
    ),
    minute_words=("min", "minuto", "minutos"),
    reading_words=("lectura", "de lectura", "tiempo de lectura", "leer"),
    not_places=("ÚLTIMA", "HORA", "ÚLTIMA HORA", "NOTA", "LEA", "TAMBIÉN"),
    published_words=("publicado", "publicada", "fecha de publicación"),
    updated_words=("actualizado", "actualizada", "última actualización", "modificado"),
    timestamp_joiners=("el", "a las", "hace"),
    publish_stems=("publicad",),
    source_words=("fuente", "fuentes"),
    sourced_from=("con información de", "con información de las agencias"),
    views_before=("visitas", "lecturas"),
    views_verbs=("visto", "leído", "leido"),
    views_times=("veces",),
    views_after=("visitas", "lecturas", "vistas", "visualizaciones"),
    writer_paths=("autor", "periodista"),
    by=("por", "autor:", "redacción:", "entrevista:", "texto:"),
    job_titles=(
        "comunicado", "redacción", "periodista", "corresponsal", "redactor", "redactora", "enviado", "enviada",
        "columnista",
        "editora", "comunicaciones", "comunicación", "prensa",
    ),
    reporting=("con información de", "información de"),
    conjunctions=("y", "e"),
    surname_joiners=("y",),
    tip_words=("pista", "información", "noticia"),
    about_headings=("acerca de", "sobre"),
    contact_headings=("para más información", "contacto de prensa", "contacto"),
    outlet_prepositions=("para",),
    place_prepositions=("en", "desde", "de"),
    name_particles=("las", "los"),
    agencies=("Europa Press", "EP", "Notimex", "Télam", "Prensa Latina", "Xinhua/EFE", "Agencias"),
    credit_words=("foto", "fotos", "imagen", "imágenes", "crédito"),
    caption_labels=("foto", "imagen", "archivo"),
    end_note_patterns=(r"^\(?\s*con información de\b",),
    end_note_words=("con información",),
    rights_words=("todos los derechos reservados", "derechos reservados"),
    newsletter_words=("boletín",),
    sign_up_words=(
        "suscríbete", "suscribete", "suscribirse", "regístrate", "registrate", "únete", "unete", "síguenos", "siguenos",
        "apúntate", "apuntarte", "puedes seguir",
    ),
    months={
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "set": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12, "dic": 12,
    },
    weekdays=("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"),
    relative_dates=("hace", "ayer", "hoy", "anteayer", "ahora mismo"),
    time_joiners=("a las", "a la"),
    date_fillers=("de", "del"),
    day_suffixes=("º", "°"),
    numeric_order="dmy",
    names=("spanish", "spa", "español", "espanol", "castellano"),
    stopwords=(
        "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para", "es", "se",
        "no", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "este", "esta", "según", "entre",
        "también", "sobre", "desde",
    ),
    company_forms=("S.A.", "S.L.", "S.L.U.", "S.A.U.", "S.A. de C.V.", "S. de R.L."),
)  # fmt: skip
