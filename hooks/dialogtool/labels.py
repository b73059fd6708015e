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
        "copy_link": "Kopiér link",
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
        "templates_title": "Start fra en skabelon",
        "template_minutes": "{minutes} min",
        "meeting_length": "Mødets længde (minutter)",
        "meeting_time": "Starttidspunkt",
        "meeting_time_hint": "tt:mm",
        "meeting_date_hint": "dd.mm.åååå",
        "date_picker": "Vælg i kalender",
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
        "kit_missing_one": "1 spørgsmål fra linket findes ikke længere: {ids}.",
        "kit_missing_many": "{n} spørgsmål fra linket findes ikke længere: {ids}.",
        "kit_dropped": "Dette fra linket kunne ikke bruges og er udeladt: {parts}.",
        "kit_capped": "Linket var for langt; kun den første del er læst.",
        "kit_limit": "Dagsordenen kan ikke rumme flere punkter; fjern et for at tilføje et nyt.",
        "kit_bad_dato": "Datoen {value} findes ikke. Skriv den som dd.mm.åååå.",
        "kit_bad_tid": "Klokkeslættet {value} findes ikke. Skriv det som tt:mm.",
        "kit_link_used": "Mødet fra linket er indsat.",
        "kit_undo": "Fortryd",
        "kit_undone": "Mødet er sat tilbage, som det var.",
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
            "Sæt ét kryds for hver anbefaling: grøn (godt i gang), gul (delvist i gang) "
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
        "copy_link": "Copy link",
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
        "templates_title": "Start from a template",
        "template_minutes": "{minutes} min",
        "meeting_length": "Length of the meeting (minutes)",
        "meeting_time": "Start time",
        "meeting_time_hint": "hh:mm",
        "meeting_date_hint": "dd/mm/yyyy",
        "date_picker": "Choose in calendar",
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
        "kit_missing_one": "1 question from the link no longer exists: {ids}.",
        "kit_missing_many": "{n} questions from the link no longer exist: {ids}.",
        "kit_dropped": "This from the link could not be used and was left out: {parts}.",
        "kit_capped": "The link was too long; only its first part was read.",
        "kit_limit": "The agenda cannot hold more items; remove one to add a new one.",
        "kit_bad_dato": "The date {value} does not exist. Write it as dd/mm/yyyy.",
        "kit_bad_tid": "The time {value} does not exist. Write it as hh:mm.",
        "kit_link_used": "The meeting from the link has been filled in.",
        "kit_undo": "Undo",
        "kit_undone": "The meeting is back as it was.",
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
            "Tick one box for each recommendation: green (well under way), yellow (partly "
            "under way) or red (not started)."
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


# From meeting to meeting (issue 21): preparing apart, the minutes, the next meeting, the
# file and the calendar. Keys starting with kit_ reach docs/javascripts/meeting/ too.
LABELS["da"].update(
    {
        "prepare_title": "Forbered jer hver for sig",
        "prepare_intro": (
            "Send mødets link til kommunen og boligorganisationen før mødet. Hver part vælger "
            "sin knap, vurderer anbefalingerne og sender sit svar tilbage som link eller fil."
        ),
        "prepare_kommune": "Forbered som kommunen",
        "prepare_boligorganisation": "Forbered som boligorganisationen",
        "answers_title": "Parternes svar",
        "answers_paste": "Indsæt et svarlink",
        "answers_add": "Tilføj svar",
        "answers_file": "Eller åbn en svarfil",
        "prep_intro": (
            "Vælg for hver anbefaling, hvor I synes, samarbejdet står. En kort kommentar er "
            "valgfri. Send derefter jeres svar til mødelederen."
        ),
        "prep_copy": "Kopiér jeres svar som link",
        "prep_save": "Gem jeres svar som fil",
        "prep_back": "Tilbage til mødet",
        "followup_intro": (
            "Aftalerne fra sidste møde. Sæt kryds ved, hvor langt hver aftale er nået."
        ),
        "minutes_title": "Referat",
        "minutes_intro": (
            "Skriv under eller efter mødet. Referatet står kun i linket og i filen, du selv "
            "gemmer; intet gemmes på en server."
        ),
        "add_agreement": "Tilføj aftale",
        "keep_title": "Gem, og planlæg næste møde",
        "keep_intro": (
            "Gem mødet som fil til sagen, hent næste møde og fristerne til kalenderen, og lav "
            "linket til næste møde med aftalerne og status."
        ),
        "plan_next": "Planlæg næste møde",
        "copy_minutes": "Kopiér referatet som tekst",
        "save_file": "Gem mødet som fil",
        "open_file": "Åbn fil",
        "calendar": "Tilføj til kalender",
        "next_link": "Link til næste møde",
        "open_next": "Åbn næste møde",
        "kit_prep_heading": "{party} forbereder mødet",
        "kit_party_kommune": "Kommunen",
        "kit_party_boligorganisation": "Boligorganisationen",
        "kit_light_groen": "Grøn",
        "kit_light_gul": "Gul",
        "kit_light_roed": "Rød",
        "kit_light_vedikke": "Ved ikke",
        "kit_light_none": "Ikke besvaret",
        "kit_comment": "Kommentar (valgfri)",
        "kit_prep_none": (
            "Mødet har endnu ingen spørgsmål, og derfor ingen anbefalinger at vurdere. Bed "
            "mødelederen om linket til mødet."
        ),
        "kit_prep_copied": "Jeres svar er kopieret som link. Send det til mødelederen.",
        "kit_answers_added": "Svarene fra {party} er tilføjet.",
        "kit_answers_not_prep": (
            "Det er ikke en parts forberedelse; brug linket eller filen, parten sendte."
        ),
        "kit_answers_empty": "Forberedelsen har endnu ingen svar.",
        "kit_answers_none": "Indsæt først linket, parten sendte.",
        "kit_link_broken": (
            "Linket er beskadiget og kunne ikke læses. Bed om et nyt link eller filen."
        ),
        "kit_differ": "Her ser I forskelligt på det",
        "kit_same": "De øvrige anbefalinger",
        "kit_compare_col": "Anbefaling",
        "kit_notes": "Noter",
        "kit_notes_for": "Noter til punkt {n}",
        "kit_agreement_n": "aftale {n}",
        "kit_remove_agreement": "Fjern",
        "kit_no_agreements": "Ingen aftaler endnu.",
        "kit_agreed": "Status",
        "kit_last": "Sidst: {light}",
        "kit_history": "Udvikling: {sequence}",
        "kit_status_for": "Status for anbefaling {n}",
        "kit_step_for": "Næste skridt for anbefaling {n}",
        "kit_followup": "Opfølgning på aftaler",
        "kit_fu_udfoert": "Udført",
        "kit_fu_igang": "I gang",
        "kit_fu_ikkestartet": "Ikke startet",
        "kit_no_deadline": "ingen frist",
        "kit_next_made": "Linket til næste møde er klar: det har aftalerne og status med.",
        "kit_long_link": (
            "Linket er {n} tegn langt, og nogle mail- og chatprogrammer klipper links over "
            "2.000 tegn. Send hellere mødet som fil (Gem mødet som fil)."
        ),
        "kit_link_length": "Linket er {n} tegn langt.",
        "kit_saved_file": "Mødet er gemt som {name}.",
        "kit_file_opened": "Mødet fra {name} er åbnet.",
        "kit_file_not-json": "Filen {name} kan ikke læses: den er ikke en JSON-fil.",
        "kit_file_not-meeting": "Filen {name} er ikke et møde fra Dialogværktøjet.",
        "kit_file_newer": (
            "Filen {name} er fra en nyere udgave af værktøjet. Genindlæs siden, og prøv igen."
        ),
        "kit_file_malformed": "Filen {name} er beskadiget ({detail}) og er ikke åbnet.",
        "kit_file_too-big": "Filen {name} er for stor til at være et møde.",
        "kit_record_dropped": "{n} oplysninger kunne ikke læses og er udeladt.",
        "kit_calendar_none": "Skriv datoen for næste møde eller en frist for en aftale først.",
        "kit_calendar_done": "Kalenderfilen {name} er hentet.",
        "kit_copied_minutes": "Referatet er kopieret som tekst.",
        "kit_referat": "Referat",
        "kit_answers": "Parternes svar",
        "kit_date_hint": "dd.mm.åååå",
    }
)
LABELS["en"].update(
    {
        "prepare_title": "Prepare separately",
        "prepare_intro": (
            "Send the meeting's link to the municipality and the housing organisation before "
            "the meeting. Each party chooses its button, rates the recommendations and sends "
            "its answers back as a link or a file."
        ),
        "prepare_kommune": "Prepare as the municipality",
        "prepare_boligorganisation": "Prepare as the housing organisation",
        "answers_title": "The parties' answers",
        "answers_paste": "Paste an answer link",
        "answers_add": "Add answers",
        "answers_file": "Or open an answer file",
        "prep_intro": (
            "For each recommendation, choose where you think the cooperation stands. A short "
            "comment is optional. Then send your answers to the facilitator."
        ),
        "prep_copy": "Copy your answers as a link",
        "prep_save": "Save your answers as a file",
        "prep_back": "Back to the meeting",
        "followup_intro": "The agreements from the last meeting. Tick how far each one has come.",
        "minutes_title": "Minutes",
        "minutes_intro": (
            "Write during or after the meeting. The minutes are only in the link and in the file "
            "you save yourself; nothing is stored on a server."
        ),
        "add_agreement": "Add agreement",
        "keep_title": "Save, and plan the next meeting",
        "keep_intro": (
            "Save the meeting as a file for the case records, add the next meeting and the "
            "deadlines to your calendar, and make the next meeting's link with the agreements "
            "and status."
        ),
        "plan_next": "Plan the next meeting",
        "copy_minutes": "Copy the minutes as text",
        "save_file": "Save the meeting as a file",
        "open_file": "Open file",
        "calendar": "Add to calendar",
        "next_link": "Link to the next meeting",
        "open_next": "Open the next meeting",
        "kit_prep_heading": "{party} prepares the meeting",
        "kit_party_kommune": "The municipality",
        "kit_party_boligorganisation": "The housing organisation",
        "kit_light_groen": "Green",
        "kit_light_gul": "Yellow",
        "kit_light_roed": "Red",
        "kit_light_vedikke": "Don't know",
        "kit_light_none": "No answer",
        "kit_comment": "Comment (optional)",
        "kit_prep_none": (
            "The meeting has no questions yet, and so no recommendations to rate. Ask the "
            "facilitator for the meeting's link."
        ),
        "kit_prep_copied": "Your answers have been copied as a link. Send it to the facilitator.",
        "kit_answers_added": "The answers from {party} have been added.",
        "kit_answers_not_prep": (
            "This is not a party's preparation; use the link or file the party sent."
        ),
        "kit_answers_empty": "The preparation has no answers yet.",
        "kit_answers_none": "First paste the link the party sent.",
        "kit_link_broken": (
            "The link is damaged and could not be read. Ask for a new link or the file."
        ),
        "kit_differ": "Where you see things differently",
        "kit_same": "The other recommendations",
        "kit_compare_col": "Recommendation",
        "kit_notes": "Notes",
        "kit_notes_for": "Notes on item {n}",
        "kit_agreement_n": "agreement {n}",
        "kit_remove_agreement": "Remove",
        "kit_no_agreements": "No agreements yet.",
        "kit_agreed": "Status",
        "kit_last": "Last time: {light}",
        "kit_history": "History: {sequence}",
        "kit_status_for": "Status of recommendation {n}",
        "kit_step_for": "Next step for recommendation {n}",
        "kit_followup": "Follow-up on agreements",
        "kit_fu_udfoert": "Done",
        "kit_fu_igang": "Under way",
        "kit_fu_ikkestartet": "Not started",
        "kit_no_deadline": "no deadline",
        "kit_next_made": (
            "The link to the next meeting is ready: it carries the agreements and status."
        ),
        "kit_long_link": (
            "The link is {n} characters long, and some e-mail and chat programs cut links over "
            "2,000 characters. Send the meeting as a file instead (Save the meeting as a file)."
        ),
        "kit_link_length": "The link is {n} characters long.",
        "kit_saved_file": "The meeting has been saved as {name}.",
        "kit_file_opened": "The meeting from {name} has been opened.",
        "kit_file_not-json": "The file {name} cannot be read: it is not a JSON file.",
        "kit_file_not-meeting": "The file {name} is not a meeting from the Dialogue tool.",
        "kit_file_newer": (
            "The file {name} is from a newer version of the tool. Reload the page and try again."
        ),
        "kit_file_malformed": "The file {name} is damaged ({detail}) and has not been opened.",
        "kit_file_too-big": "The file {name} is too big to be a meeting.",
        "kit_record_dropped": "{n} details could not be read and have been left out.",
        "kit_calendar_none": "First enter the next meeting's date or a deadline for an agreement.",
        "kit_calendar_done": "The calendar file {name} has been downloaded.",
        "kit_copied_minutes": "The minutes have been copied as text.",
        "kit_referat": "Minutes",
        "kit_answers": "The parties' answers",
        "kit_date_hint": "dd/mm/yyyy",
    }
)
