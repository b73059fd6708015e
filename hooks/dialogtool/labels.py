"""The words the generated pages use around the content, per language."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "recommendations": "Anbefalinger",
        "recommendation": "Anbefaling",
        "all_recommendations": "Alle anbefalinger",
        "recommendations_intro": (
            "KL og BL har sammen formuleret anbefalinger til, hvordan kommuner og "
            "boligorganisationer kan arbejde sammen om sundhed og beskæftigelse i de udsatte "
            "boligområder. Temasiderne viser de anbefalinger, der vedrører temaet."
        ),
        "examples": "Eksempler til inspiration",
        "examples_title": "Eksempler",
        "examples_intro": (
            "Eksemplerne beskriver slags indsatser, som kommuner og boligorganisationer "
            "har gode erfaringer med. Brug dem som inspiration, ikke som opskrifter."
        ),
        "no_examples": "Der er endnu ingen eksempler til dette tema.",
        "questions_illustrated": "Spørgsmål, som eksemplet belyser",
        "themes": "Temaer",
        "target_groups": "Målgrupper",
        "partners": "Samarbejdspartnere",
        "who_kommune": "Især til kommunen",
        "who_boligorganisation": "Især til boligorganisationen",
        "who_begge": "Til begge parter",
        "followups": "Uddybende spørgsmål",
        "handout_theme": "Lav et mødeark med temaets spørgsmål",
        "pdf_theme": "Hent temaet som PDF",
        "handout_question": "Start et mødeark med dette spørgsmål",
        "guiding_question": "Det overordnede spørgsmål",
        "danish_only": "Denne tekst findes kun på dansk.",
        "owner": "Sideansvarlig",
        "filter_legend": "Find eksempler",
        "filter_all": "Alle",
        "filter_theme": "Tema",
        "filter_showing": "Viser {shown} af {total} eksempler",
        "filter_none": "Ingen eksempler passer til det valgte. Prøv at fjerne et filter.",
        "find_by_group": "Find temaets eksempler for en målgruppe",
        "handout_title": "Mødeark",
        "handout_intro": (
            "Vælg de spørgsmål, I vil tale om på mødet, udfyld mødets oplysninger og tryk "
            "Udskriv. Udskriften rummer kun de valgte spørgsmål, nummereret 1, 2, 3 ... med "
            "plads til noter. Dit valg gemmes i sidens adresse, så du kan sende linket til de "
            "andre deltagere; intet sendes til en server."
        ),
        "meeting": "Mødet",
        "meeting_title": "Mødets titel",
        "meeting_date": "Dato",
        "meeting_place": "Sted",
        "meeting_participants": "Deltagere",
        "select_all": "Vælg alle",
        "select_none": "Fravælg alle",
        "in_theme": "i temaet",
        "in_topic": "i emnet",
        "print": "Udskriv",
        "update_link": "Opdater linket",
        "copy_link": "Kopiér link",
        "selected_count": "valgte spørgsmål",
        "nothing_selected": "Du har ikke valgt nogen spørgsmål endnu.",
        "handout_source": (
            "Spørgsmålene kommer fra Dialogværktøjet – om sundhed og beskæftigelse i udsatte "
            "boligområder, udgivet af KL og BL."
        ),
        # Meeting kit (issue 13): links between questions, recommendations and examples, the
        # audience view and the handout builder. Keys starting with kit_ also reach the
        # builder's JavaScript.
        "example_label": "Eksempel",
        "examples_label": "Eksempler",
        "recommendation_questions": "Spørgsmål til anbefalingen",
        "recommendation_examples": "Eksempler, der belyser anbefalingen",
        "audience_legend": "Vis spørgsmål til:",
        "audience_all": "alle",
        "audience_kommune": "kommunen",
        "audience_boligorganisation": "boligorganisationen",
        "audience_status": "Viser {shown} af {total} spørgsmål",
        "handout_intro_kit": (
            "Start fra en skabelon eller vælg selv spørgsmålene, sæt minutter på, og tilføj "
            "jeres egne spørgsmål. Udskriften er dagsorden, spørgsmål med plads til noter, "
            "aftaler og status på anbefalingerne. Mødet gemmes i linket efter #, så du kan "
            "sende det til de andre deltagere: det står kun i jeres browsere og sendes ikke til "
            "en server."
        ),
        "templates_title": "Start fra en skabelon",
        "template_minutes": "{minutes} min",
        "meeting_length": "Mødets længde (minutter)",
        "meeting_time": "Starttidspunkt",
        "meeting_time_hint": "tt:mm",
        "meeting_date_hint": "dd.mm.åååå",
        "agenda_title": "Dagsorden",
        "agenda_empty": "Vælg spørgsmål nedenfor, eller start fra en skabelon.",
        "own_question": "Eget spørgsmål",
        "own_add": "Tilføj",
        "copy_text": "Kopiér som tekst",
        "questions_title": "Vælg spørgsmål",
        "kit_count_one": "1 valgt spørgsmål",
        "kit_count_many": "{n} valgte spørgsmål",
        "kit_total": "I alt {total} min",
        "kit_total_of": "I alt {total} af {length} min",
        "kit_over": "{over} min mere end mødets længde",
        "kit_up": "Flyt op",
        "kit_down": "Flyt ned",
        "kit_remove": "Fjern",
        "kit_item": "punkt {n}",
        "kit_minutes": "Minutter",
        "kit_own": "Eget spørgsmål",
        "kit_missing_one": "1 spørgsmål fra linket findes ikke længere.",
        "kit_missing_many": "{n} spørgsmål fra linket findes ikke længere.",
        "kit_capped": "Linket var for langt; kun den første del er læst.",
        "kit_nothing": "Vælg mindst ét spørgsmål, før du udskriver.",
        "kit_copied_link": "Linket er kopieret.",
        "kit_copied_text": "Dagsordenen er kopieret som tekst.",
        "kit_copy_failed": "Kunne ikke kopiere; markér og kopiér selv.",
        "kit_template_used": "Skabelonen {title} er indsat.",
        "kit_date": "Dato",
        "kit_time": "kl.",
        "kit_place": "Sted",
        "kit_participants": "Deltagere",
        "kit_purpose": "Formål",
        "kit_agenda": "Dagsorden",
        "kit_col_time": "Tid",
        "kit_col_item": "Punkt",
        "kit_col_minutes": "Min.",
        "kit_questions": "Spørgsmål og noter",
        "kit_serves": "Anbefaling",
        "kit_agreements": "Aftaler",
        "kit_what": "Hvad",
        "kit_who": "Ansvarlig",
        "kit_when": "Frist",
        "kit_status": "Hvor står vi?",
        "kit_status_intro": (
            "Sæt ét kryds for hver anbefaling: grøn (på vej), gul (i gang, men udfordret) "
            "eller rød (ikke begyndt)."
        ),
        "kit_green": "Grøn",
        "kit_yellow": "Gul",
        "kit_red": "Rød",
        "kit_next_step": "Næste skridt",
        "kit_next_meeting": "Næste møde",
        "kit_link": "Link",
        "kit_untitled": "Møde",
        "kit_who_kommune": "Især til kommunen",
        "kit_who_boligorganisation": "Især til boligorganisationen",
        "kit_who_begge": "Til begge parter",
        "kit_date_locale": "da-DK",
    },
    "en": {
        "recommendations": "Recommendations",
        "recommendation": "Recommendation",
        "all_recommendations": "All recommendations",
        "recommendations_intro": (
            "KL and BL have jointly written recommendations on how municipalities and "
            "housing organisations can work together on health and employment in vulnerable "
            "housing areas. Each theme page shows the recommendations that concern it."
        ),
        "examples": "Examples for inspiration",
        "examples_title": "Examples",
        "examples_intro": (
            "The examples describe kinds of efforts that municipalities and housing "
            "organisations have good experience with. Use them for inspiration, not as recipes."
        ),
        "no_examples": "There are no examples for this theme yet.",
        "questions_illustrated": "Questions this example sheds light on",
        "themes": "Themes",
        "target_groups": "Target groups",
        "partners": "Partners",
        "who_kommune": "Mainly for the municipality",
        "who_boligorganisation": "Mainly for the housing organisation",
        "who_begge": "For both parties",
        "followups": "Follow-up questions",
        "handout_theme": "Make a handout with this theme's questions",
        "pdf_theme": "Download the theme as PDF",
        "handout_question": "Start a handout with this question",
        "guiding_question": "The guiding question",
        "danish_only": "This text is available in Danish only.",
        "owner": "Page owner",
        "filter_legend": "Find examples",
        "filter_all": "All",
        "filter_theme": "Theme",
        "filter_showing": "Showing {shown} of {total} examples",
        "filter_none": "No examples match your choice. Try removing a filter.",
        "find_by_group": "Find this theme's examples for a target group",
        "handout_title": "Meeting handout",
        "handout_intro": (
            "Choose the questions you want to discuss at the meeting, fill in the meeting's "
            "details and press Print. The printout holds only the chosen questions, numbered "
            "1, 2, 3 ... with space for notes. Your choice is kept in the page's address, so "
            "you can send the link to the other participants; nothing is sent to a server."
        ),
        "meeting": "The meeting",
        "meeting_title": "Title of the meeting",
        "meeting_date": "Date",
        "meeting_place": "Place",
        "meeting_participants": "Participants",
        "select_all": "Select all",
        "select_none": "Select none",
        "in_theme": "in the theme",
        "in_topic": "in the topic",
        "print": "Print",
        "update_link": "Update the link",
        "copy_link": "Copy link",
        "selected_count": "questions chosen",
        "nothing_selected": "You have not chosen any questions yet.",
        "handout_source": (
            "The questions come from the Dialogue tool on health and employment in vulnerable "
            "housing areas, published by KL and BL."
        ),
        # Meeting kit (issue 13), see the Danish block.
        "example_label": "Example",
        "examples_label": "Examples",
        "recommendation_questions": "Questions for this recommendation",
        "recommendation_examples": "Examples that illustrate this recommendation",
        "audience_legend": "Show questions for:",
        "audience_all": "everyone",
        "audience_kommune": "the municipality",
        "audience_boligorganisation": "the housing organisation",
        "audience_status": "Showing {shown} of {total} questions",
        "handout_intro_kit": (
            "Start from a template or choose the questions yourself, set the minutes and add "
            "your own questions. The printout is the agenda, the questions with space for "
            "notes, the agreements and where you stand on the recommendations. The meeting is "
            "kept in the link after #, so you can send it to the other participants: it stays "
            "in your browsers and is never sent to a server."
        ),
        "templates_title": "Start from a template",
        "template_minutes": "{minutes} min",
        "meeting_length": "Length of the meeting (minutes)",
        "meeting_time": "Start time",
        "meeting_time_hint": "hh:mm",
        "meeting_date_hint": "dd/mm/yyyy",
        "agenda_title": "Agenda",
        "agenda_empty": "Choose questions below, or start from a template.",
        "own_question": "Your own question",
        "own_add": "Add",
        "copy_text": "Copy as text",
        "questions_title": "Choose questions",
        "kit_count_one": "1 question chosen",
        "kit_count_many": "{n} questions chosen",
        "kit_total": "Total {total} min",
        "kit_total_of": "Total {total} of {length} min",
        "kit_over": "{over} min more than the meeting's length",
        "kit_up": "Move up",
        "kit_down": "Move down",
        "kit_remove": "Remove",
        "kit_item": "item {n}",
        "kit_minutes": "Minutes",
        "kit_own": "Own question",
        "kit_missing_one": "1 question from the link no longer exists.",
        "kit_missing_many": "{n} questions from the link no longer exist.",
        "kit_capped": "The link was too long; only its first part was read.",
        "kit_nothing": "Choose at least one question before you print.",
        "kit_copied_link": "The link has been copied.",
        "kit_copied_text": "The agenda has been copied as text.",
        "kit_copy_failed": "Could not copy; select and copy it yourself.",
        "kit_template_used": "The template {title} has been filled in.",
        "kit_date": "Date",
        "kit_time": "at",
        "kit_place": "Place",
        "kit_participants": "Participants",
        "kit_purpose": "Purpose",
        "kit_agenda": "Agenda",
        "kit_col_time": "Time",
        "kit_col_item": "Item",
        "kit_col_minutes": "Min.",
        "kit_questions": "Questions and notes",
        "kit_serves": "Recommendation",
        "kit_agreements": "Agreements",
        "kit_what": "What",
        "kit_who": "Responsible",
        "kit_when": "Deadline",
        "kit_status": "Where do we stand?",
        "kit_status_intro": (
            "Tick one box for each recommendation: green (on track), yellow (under way but "
            "challenged) or red (not started)."
        ),
        "kit_green": "Green",
        "kit_yellow": "Yellow",
        "kit_red": "Red",
        "kit_next_step": "Next step",
        "kit_next_meeting": "Next meeting",
        "kit_link": "Link",
        "kit_untitled": "Meeting",
        "kit_who_kommune": "Mainly for the municipality",
        "kit_who_boligorganisation": "Mainly for the housing organisation",
        "kit_who_begge": "For both parties",
        "kit_date_locale": "en-GB",
    },
}
