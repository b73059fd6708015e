"""The words the generated pages use around the content, per language."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "recommendations": "Anbefalinger",
        "recommendation": "Anbefaling",
        "all_recommendations": "Alle anbefalinger",
        "examples": "Eksempler til inspiration",
        "examples_title": "Eksempler",
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
    },
    "en": {
        "recommendations": "Recommendations",
        "recommendation": "Recommendation",
        "all_recommendations": "All recommendations",
        "examples": "Examples for inspiration",
        "examples_title": "Examples",
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
    },
}


# The /eksempler/ filter's reset button and the permalinks' tooltip (issue 11). The pages'
# introductions moved to content/pages.yaml, where editors change them.
LABELS["da"].update(
    {
        "filter_reset": "Nulstil filtre",
        "permalink_title": "Link til dette afsnit",
    }
)
LABELS["en"].update(
    {
        "filter_reset": "Reset filters",
        "permalink_title": "Link to this section",
    }
)
