"""The Portuguese vocabulary (pt): the phrases of Portuguese-language news scrapes (Portugal and Brazil)."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["PORTUGUESE"]

_BODY_CHROME = ("Publicidade", "Leia também", "Leia mais", "Continua após a publicidade", "Continue lendo")

PORTUGUESE = Vocabulary(
    language="pt",
    chrome=(
        "Os comentários estão encerrados",
        "Compartilhar", "Partilhar", "Compartilhe", "Seguir", "Siga", "Imprimir", "Comentários", "Comentar",
        "Link curto", "Copiar link", "Assine", "Salvar", "Guardar", "Ouvir", "Ouvir notícia", "Ir para o conteúdo",
        "Voltar ao topo", "Tamanho do texto", "Mais", "Ver mais", "Galeria", "Enviar", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Link curto",),
    labels=(
        "Última hora", "Urgente", "Exclusivo", "Opinião", "Análise", "Ao vivo", "Em direto", "Vídeo", "Entrevista",
        "Editorial", "Reportagem", "Política", "Economia", "Mundo", "Cultura", "Esportes", "Desporto",
    ),
    story_lists=(
        "Leia também", "Leia mais", "Veja também", "Veja mais", "Você pode gostar", "Você também pode gostar",
        "Mais lidas", "Mais lidos", "As mais lidas", "Mais vistos", "Notícias relacionadas", "Conteúdo relacionado",
        "Últimas notícias", "Mais notícias", "Recomendados", "Leia a seguir", "Também pode interessar",
        "Pode interessar-lhe",
    ),
    tag_labels=(
        "Tópicos", "Assuntos", "Palavras-chave",
    ),
    minute_words=("min", "minuto", "minutos"),
    reading_words=("leitura", "de leitura", "tempo de leitura"),
    not_places=("ÚLTIMA", "HORA", "NOTA", "LEIA", "TAMBÉM"),
    published_words=("publicado", "publicada", "publicação"),
    updated_words=("atualizado", "atualizada", "actualizado", "atualização", "última atualização"),
    timestamp_joiners=("em", "às", "a", "há"),
    publish_stems=("publicad",),
    source_words=("fonte", "fontes"),
    sourced_from=("com informações da", "com informações de", "com informações do", "com agências"),
    views_before=("visualizações",),
    views_verbs=("visto", "lido"),
    views_times=("vezes",),
    views_after=("visualizações", "leituras", "acessos"),
    writer_paths=("autor", "jornalista"),
    by=("por", "autor:", "texto:", "entrevista:", "reportagem:"),
    reporting=("reportagem de", "com informações de", "informações de"),
    job_titles=(
        "redação", "repórter", "correspondente", "jornalista", "colunista", "redator", "redatora", "enviado",
        "enviada", "comunicação", "assessoria", "imprensa",
    ),
    conjunctions=("e",),
    surname_joiners=("e",),
    tip_words=("dica", "notícia", "sugestão"),
    about_headings=("sobre",),
    contact_headings=("para mais informações", "assessoria de imprensa", "contato", "contacto"),
    outlet_prepositions=("para",),
    place_prepositions=("em", "de", "desde"),
    name_particles=("do", "dos", "das"),
    agencies=(
        "Lusa", "Agência Brasil", "Estadão Conteúdo", "Folhapress", "Agência Lusa", "Agência O Globo", "Agências",
    ),
    credit_words=("foto", "imagem", "crédito"),
    caption_labels=("foto", "imagem", "arquivo"),
    end_note_patterns=(r"^\(?\s*com (?:informações|agências|lusa|reuters|afp)\b",),
    end_note_words=("com informações", "com agências", "com lusa", "com reuters", "com afp"),
    rights_words=("todos os direitos reservados", "direitos reservados"),
    sign_up_words=(
        "assine", "inscreva-se", "cadastre-se", "entre no", "entre em nosso", "siga-nos", "siga o", "siga a",
        "participe",
    ),
    months={
        "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
        "dez": 12,
    },
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
              "segunda", "terça", "quarta", "quinta", "sexta"),
    relative_dates=("há", "atrás", "ontem", "hoje", "agora mesmo"),
    time_joiners=("às", "as"),
    date_fillers=("de",),
    day_suffixes=("º",),
    numeric_order="dmy",
    names=("portuguese", "por", "português", "portugues"),
    stopwords=(
        "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "um", "uma", "que",
        "para", "com", "não", "por", "se", "mais", "ao", "foi", "é", "como", "mas", "segundo", "pelo", "pela",
        "também", "são", "ser",
    ),
    company_forms=("Ltda", "Ltda.", "LTDA", "Lda", "Lda.", "S.A.", "S/A", "EIRELI"),
)  # fmt: skip
