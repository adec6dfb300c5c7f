#!/usr/bin/env python3
"""Fills unfinished entries of translations/hector_en.ts from the table below (French source ->
English). Run after `cmake --build <dir> --target hector_translations_lupdate`; prints what is
still missing and exits 1 when something is."""
import re
import sys
from html import escape, unescape
from pathlib import Path

EN = {
    "La raison sociale est obligatoire.": "The company name is required.",
    "L'entité (France, Luxembourg, Belgique) est obligatoire.": "The entity (France, Luxembourg, Belgium) is required.",
    "Le SIREN « %1 » n'est pas valide (9 chiffres, clé de contrôle).": "SIREN “%1” is not valid (9 digits, check digit).",
    "Le SIRET « %1 » n'est pas valide (14 chiffres, clé de contrôle).": "SIRET “%1” is not valid (14 digits, check digit).",
    "Le SIRET « %1 » n'appartient pas au SIREN « %2 ».": "SIRET “%1” does not belong to SIREN “%2”.",
    "L'adresse e-mail « %1 » n'est pas valide.": "The email address “%1” is not valid.",
    "Le pays doit être FR, LU ou BE.": "The country must be FR, LU or BE.",
    "Statut inconnu : « %1 ».": "Unknown status: “%1”.",
    "Nouveau": "New",
    "À qualifier": "To qualify",
    "Qualifié": "Qualified",
    "En cours": "In progress",
    "Client": "Customer",
    "Perdu": "Lost",
    "Le serveur a envoyé une réponse de synchronisation inattendue.": "The server sent an unexpected synchronisation answer.",
    "Impossible de créer le dossier de la base locale : %1": "Cannot create the folder of the local database: %1",
    "Impossible d'ouvrir la base locale %1 : %2": "Cannot open the local database %1: %2",
    "Erreur de la base locale : %1": "Local database error: %1",
    "La base locale a été créée par une version plus récente de Hector. Mettez Hector à jour.": "The local database was created by a newer version of Hector. Please update Hector.",
    "Cette table ne peut pas être modifiée localement.": "This table cannot be changed locally.",
    "Cet enregistrement n'existe plus.": "This record no longer exists.",
    "Réponse de synchronisation inattendue (table %1).": "Unexpected synchronisation answer (table %1).",
    "Aucune synchronisation initiale en cours.": "No initial synchronisation in progress.",
    "Cet enregistrement a été supprimé ou n'est plus accessible : vos modifications locales n'ont pas été envoyées.": "This record was deleted or is no longer accessible: your local changes were not sent.",
    "Synchronisation arrêtée": "Synchronisation stopped",
    "Hors ligne": "Offline",
    "Première synchronisation…": "First synchronisation…",
    "Synchronisation…": "Synchronising…",
    "À jour": "Up to date",
    "Erreur de synchronisation": "Synchronisation error",
    "Base locale indisponible": "Local database unavailable",
    "Hector ne peut pas ouvrir sa base locale, nécessaire au travail hors ligne :\n%1": "Hector cannot open its local database, needed to work offline:\n%1",
    "Clients": "Customers",
    "Compte": "Account",
    "Prospects": "Prospects",
    "Raison sociale": "Company name",
    "SIREN": "SIREN",
    "SIRET": "SIRET",
    "Ville": "City",
    "Code postal": "Postcode",
    "Adresse": "Address",
    "Téléphone": "Phone",
    "E-mail": "Email",
    "Statut": "Status",
    "Responsable": "Owner",
    "Décideur": "Decision maker",
    "Fonction": "Job title",
    "Site web": "Website",
    "Nouveau prospect": "New prospect",
    "Prospect": "Prospect",
    "&Raison sociale *": "&Company name *",
    "&SIREN": "&SIREN",
    "9 chiffres": "9 digits",
    "SIRE&T": "SIRE&T",
    "14 chiffres": "14 digits",
    "Forme juridique": "Legal form",
    "SAS, SARL…": "SAS, SARL…",
    "Code NAF": "NAF code",
    "ex. 47.11F": "e.g. 47.11F",
    "&Adresse": "&Address",
    "Code &postal": "&Postcode",
    "&Ville": "C&ity",
    "France": "France",
    "Luxembourg": "Luxembourg",
    "Belgique": "Belgium",
    "Pa&ys": "Co&untry",
    "&Entité *": "&Entity *",
    "&Téléphone": "&Phone",
    "+33 1 23 45 67 89": "+33 1 23 45 67 89",
    "E-&mail": "E&mail",
    "Site &web": "&Website",
    "&Décideur": "&Decision maker",
    "&Fonction du décideur": "Decision maker's &job title",
    "St&atut": "St&atus",
    "Res&ponsable": "O&wner",
    "&Informations": "&Details",
    "Date": "Date",
    "Champ": "Field",
    "Événement": "Event",
    "Détail": "Details",
    "&Historique": "&History",
    "&Enregistrer": "&Save",
    "Annuler": "Cancel",
    "— Aucun —": "— None —",
    "un autre utilisateur": "another user",
    "Valeur conservée : « %1 » (%2)\nValeur écartée : « %3 » (%4)": "Value kept: “%1” (%2)\nValue discarded: “%3” (%4)",
    "Conflit de synchronisation": "Synchronisation conflict",
    "Modification refusée par le serveur": "Change refused by the server",
    "Modification locale abandonnée": "Local change dropped",
    "Aucun conflit ni refus pour ce prospect.": "No conflict or refusal for this prospect.",
    "Pays": "Country",
    "Modifié le": "Modified",
    "Rechercher : raison sociale, ville, code postal, SIREN, décideur… (Ctrl+F)": "Search: company name, city, postcode, SIREN, decision maker… (Ctrl+F)",
    "&Nouveau prospect": "&New prospect",
    "Nouveau prospect (Ctrl+N)": "New prospect (Ctrl+N)",
    "&Modifier": "&Edit",
    "&Supprimer": "&Delete",
    "Supprimer le prospect sélectionné (Suppr)": "Delete the selected prospect (Del)",
    "&Annuler la suppression": "&Undo delete",
    "Aucun prospect ne correspond à « %1 ».": "No prospect matches “%1”.",
    "Aucun prospect pour l'instant.\nCréez-en un avec « Nouveau prospect » (Ctrl+N) : il sera envoyé au serveur dès que possible, même hors ligne.": "No prospects yet.\nCreate one with “New prospect” (Ctrl+N): it is sent to the server as soon as possible, even when offline.",
    "Supprimer le prospect": "Delete prospect",
    "Supprimer « %1 » ? Vous pourrez annuler juste après.": "Delete “%1”? You can undo right after.",
    "« %1 » a été supprimé.": "“%1” was deleted.",
    "« %1 » a été restauré.": "“%1” was restored.",
    "%L1 lignes (%L2/s)": "%L1 rows (%L2/s)",
    "Résultats : %L1": "Results: %L1",
    "Prospects : %L1": "Prospects: %L1",
    "modifications en attente : %L1": "pending changes: %L1",
    "synchronisé il y a %L1 min": "synchronised %L1 min ago",
    "synchronisé à l'instant": "synchronised just now",
    "synchronisé le %1": "synchronised on %1",
    "jamais synchronisé": "never synchronised",
    "Les modifications des autres utilisateurs arrivent en direct.": "Changes made by other users arrive live.",
    "Synchronisation périodique (toutes les 30 secondes).": "Periodic synchronisation (every 30 seconds).",
}
# Plural forms (numerus="yes"): English one / other.
EN_PLURAL = {
    "%n prospect(s) trouvé(s)": ("%n prospect found", "%n prospects found"),
    "%n prospect(s)": ("%n prospect", "%n prospects"),
    "%n modification(s) en attente": ("%n change pending", "%n changes pending"),
    "synchronisé il y a %n min": ("synchronised %n min ago", "synchronised %n min ago"),
}


def main():
    path = Path(__file__).resolve().parent.parent / "translations" / "hector_en.ts"
    text = path.read_text(encoding="utf-8")
    missing = []

    def fill(match):
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        if 'numerus="yes"' in block:
            forms = EN_PLURAL.get(source)
            if not forms:
                missing.append(source)
                return block
            body = "".join(f"\n            <numerusform>{escape(f, quote=False)}</numerusform>" for f in forms)
            return re.sub(r'<translation type="unfinished">.*?</translation>',
                          f"<translation>{body}\n        </translation>", block, flags=re.S)
        if source not in EN:
            missing.append(source)
            return block
        return re.sub(r'<translation type="unfinished">.*?</translation>',
                      f"<translation>{escape(EN[source], quote=False)}</translation>", block, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    for m in missing:
        print("missing English for:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
