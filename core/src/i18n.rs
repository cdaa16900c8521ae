//! Interface strings in the languages we ship. Pure.

use crate::error::ErrorCode;

/// Every piece of interface text the widget shows or announces.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    pub lang: &'static str,
    pub by: &'static str,
    pub and: &'static str,
    pub updated: &'static str,
    pub min_read: &'static str,
    pub recommended: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub sponsored: &'static str,
    pub error_title: &'static str,
    pub empty_body: &'static str,
    pub quote_label: &'static str,
    /// `aria-roledescription` of the recommendations carousel.
    pub carousel: &'static str,
    /// `aria-roledescription` of one card in the carousel.
    pub slide: &'static str,
    /// Joins a position and a total: "3 of 8".
    pub of: &'static str,
    /// Name of a page dot, followed by the slide number.
    pub go_to_slide: &'static str,
    pub start_rotation: &'static str,
    pub stop_rotation: &'static str,
}

pub static EN: Strings = Strings {
    lang: "en",
    by: "By",
    and: "and",
    updated: "Updated",
    min_read: "min read",
    recommended: "Recommended news",
    previous: "Previous",
    next: "Next",
    loading: "Loading article…",
    retry: "Retry",
    sponsored: "Sponsored",
    error_title: "This article could not be shown.",
    empty_body: "This article has no text yet.",
    quote_label: "Quote",
    carousel: "carousel",
    slide: "slide",
    of: "of",
    go_to_slide: "Go to slide",
    start_rotation: "Start automatic slide show",
    stop_rotation: "Stop automatic slide show",
};

pub static ES: Strings = Strings {
    lang: "es",
    by: "Por",
    and: "y",
    updated: "Actualizado",
    min_read: "min de lectura",
    recommended: "Noticias recomendadas",
    previous: "Anterior",
    next: "Siguiente",
    loading: "Cargando artículo…",
    retry: "Reintentar",
    sponsored: "Patrocinado",
    error_title: "No se pudo mostrar este artículo.",
    empty_body: "Este artículo aún no tiene texto.",
    quote_label: "Cita",
    carousel: "carrusel",
    slide: "diapositiva",
    of: "de",
    go_to_slide: "Ir a la diapositiva",
    start_rotation: "Iniciar la presentación automática",
    stop_rotation: "Detener la presentación automática",
};

/// What a reader is told for an error `code`, in the interface language;
/// the technical detail (in English, with the URL) is shown beneath it.
pub fn error_explanation(code: ErrorCode, strings: &Strings) -> &'static str {
    let spanish = strings.lang == "es";
    let (en, es) = match code {
        ErrorCode::Timeout => (
            "The news server took too long to answer.",
            "El servidor de noticias tardó demasiado en responder.",
        ),
        ErrorCode::Offline => (
            "You are offline. The article will load when the connection is back.",
            "No hay conexión. El artículo se cargará cuando vuelva.",
        ),
        ErrorCode::Network | ErrorCode::Truncated => (
            "The article could not be downloaded.",
            "No se pudo descargar el artículo.",
        ),
        ErrorCode::TooLarge => (
            "The article is too large to show here.",
            "El artículo es demasiado grande para mostrarlo aquí.",
        ),
        ErrorCode::NotJson | ErrorCode::NoArticle | ErrorCode::NoItems => (
            "The article's data could not be read.",
            "No se pudieron leer los datos del artículo.",
        ),
        ErrorCode::NoSource | ErrorCode::BadUrl => (
            "This widget has no valid article address.",
            "Este widget no tiene una dirección de artículo válida.",
        ),
        ErrorCode::Http(status) if !status.is_server() => (
            "The article was not found on the news server.",
            "El artículo no se encontró en el servidor de noticias.",
        ),
        ErrorCode::Http(_) => (
            "The news server is having trouble. Try again in a moment.",
            "El servidor de noticias tiene problemas. Inténtalo de nuevo en un momento.",
        ),
        ErrorCode::Crashed => (
            "This article stopped working. Reload the page to try again.",
            "Este artículo dejó de funcionar. Recarga la página para intentarlo de nuevo.",
        ),
        ErrorCode::Unsupported
        | ErrorCode::Aborted
        | ErrorCode::Integrity
        | ErrorCode::TrustedTypes => ("Something went wrong.", "Algo salió mal."),
    };
    if spanish {
        es
    } else {
        en
    }
}

/// The strings for a BCP 47 language tag; English when we have no match.
pub fn strings_for(lang: Option<&str>) -> &'static Strings {
    let primary = lang
        .and_then(|l| l.split(['-', '_']).next())
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "es" => &ES,
        _ => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::HttpStatus;

    #[test]
    fn error_explanations_follow_the_interface_language() {
        assert_eq!(
            error_explanation(ErrorCode::Timeout, &ES),
            "El servidor de noticias tardó demasiado en responder."
        );
        assert_eq!(
            error_explanation(ErrorCode::Http(HttpStatus::NotFound), &EN),
            "The article was not found on the news server."
        );
        assert_eq!(
            error_explanation(ErrorCode::Http(HttpStatus::ServiceUnavailable), &EN),
            "The news server is having trouble. Try again in a moment."
        );
        assert_eq!(
            error_explanation(ErrorCode::Unsupported, &ES),
            "Algo salió mal."
        );
    }

    #[test]
    fn picks_by_primary_subtag() {
        assert_eq!(strings_for(Some("es-MX")).retry, "Reintentar");
        assert_eq!(strings_for(Some("ES")).lang, "es");
        assert_eq!(strings_for(Some("en-GB")).lang, "en");
        assert_eq!(strings_for(Some("ar")).lang, "en");
        assert_eq!(strings_for(None).lang, "en");
    }
}
