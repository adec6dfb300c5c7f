<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>hector::Role</name>
    <message>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Président</source>
        <translation>President</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Sales representative</translation>
    </message>
    <message>
        <source>Assistant(e)</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>hector::sync::ApiClient</name>
    <message>
        <source>Le serveur à cette adresse ne répond pas comme un serveur Hector. Vérifiez l&apos;adresse saisie.</source>
        <translation>The server at this address does not answer like a Hector server. Check the address you entered.</translation>
    </message>
    <message>
        <source>aucune adresse n&apos;est indiquée.</source>
        <translation>no address was given.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse http:// ou https://.</source>
        <translation>“%1” is not an http:// or https:// address.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur n&apos;est pas valide : %1</source>
        <translation>The server address is not valid: %1</translation>
    </message>
    <message>
        <source>Le serveur a refusé la demande (code « %1 »).</source>
        <translation>The server refused the request (code “%1”).</translation>
    </message>
    <message>
        <source>Le serveur %1 est momentanément indisponible (erreur HTTP %2). Réessayez dans quelques instants.</source>
        <translation>The server %1 is temporarily unavailable (HTTP error %2). Try again in a few moments.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur %1 : ce nom d&apos;hôte est introuvable. Vérifiez l&apos;adresse et votre connexion.</source>
        <translation>Cannot reach the server %1: this host name cannot be found. Check the address and your connection.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur %1 : la connexion a été refusée. Vérifiez l&apos;adresse et votre connexion.</source>
        <translation>Cannot reach the server %1: the connection was refused. Check the address and your connection.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur %1 : il n&apos;a pas répondu dans les %2 secondes. Vérifiez l&apos;adresse et votre connexion.</source>
        <translation>Cannot reach the server %1: it did not answer within %2 seconds. Check the address and your connection.</translation>
    </message>
    <message>
        <source>La connexion sécurisée (TLS) avec le serveur %1 a échoué.</source>
        <translation>The secure (TLS) connection to the server %1 failed.</translation>
    </message>
    <message>
        <source>La connexion sécurisée (TLS) avec le serveur %1 a échoué : %2.</source>
        <translation>The secure (TLS) connection to the server %1 failed: %2.</translation>
    </message>
    <message>
        <source>Si ce serveur n&apos;utilise pas HTTPS, saisissez son adresse en commençant par http://.</source>
        <translation>If this server does not use HTTPS, type its address starting with http://.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur %1 : la connexion a été interrompue. Vérifiez l&apos;adresse et votre connexion.</source>
        <translation>Cannot reach the server %1: the connection was interrupted. Check the address and your connection.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur %1. Vérifiez l&apos;adresse et votre connexion.</source>
        <translation>Cannot reach the server %1. Check the address and your connection.</translation>
    </message>
</context>
<context>
    <name>hector::sync::CredentialStore</name>
    <message>
        <source>Aucun trousseau système disponible : la session ne sera pas mémorisée.</source>
        <translation>No system keychain available: the session will not be remembered.</translation>
    </message>
    <message>
        <source>L&apos;accès au trousseau système a été refusé : la session ne sera pas mémorisée.</source>
        <translation>Access to the system keychain was denied: the session will not be remembered.</translation>
    </message>
</context>
<context>
    <name>hector::sync::LocalReplica</name>
    <message>
        <source>Impossible de créer le dossier de la base locale : %1</source>
        <translation>Cannot create the folder of the local database: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base locale %1 : %2</source>
        <translation>Cannot open the local database %1: %2</translation>
    </message>
    <message>
        <source>Erreur de la base locale : %1</source>
        <translation>Local database error: %1</translation>
    </message>
    <message>
        <source>La base locale a été créée par une version plus récente de Hector. Mettez Hector à jour.</source>
        <translation>The local database was created by a newer version of Hector. Please update Hector.</translation>
    </message>
    <message>
        <source>Cette table ne peut pas être modifiée localement.</source>
        <translation>This table cannot be changed locally.</translation>
    </message>
    <message>
        <source>Cet enregistrement n&apos;existe plus.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Réponse de synchronisation inattendue (table %1).</source>
        <translation>Unexpected synchronisation answer (table %1).</translation>
    </message>
    <message>
        <source>Aucune synchronisation initiale en cours.</source>
        <translation>No initial synchronisation in progress.</translation>
    </message>
    <message>
        <source>Cet enregistrement a été supprimé ou n&apos;est plus accessible : vos modifications locales n&apos;ont pas été envoyées.</source>
        <translation>This record was deleted or is no longer accessible: your local changes were not sent.</translation>
    </message>
</context>
<context>
    <name>hector::sync::RowValidation</name>
    <message>
        <source>La raison sociale est obligatoire.</source>
        <translation>The company name is required.</translation>
    </message>
    <message>
        <source>L&apos;entité (France, Luxembourg, Belgique) est obligatoire.</source>
        <translation>The entity (France, Luxembourg, Belgium) is required.</translation>
    </message>
    <message>
        <source>Le SIREN « %1 » n&apos;est pas valide (9 chiffres, clé de contrôle).</source>
        <translation>SIREN “%1” is not valid (9 digits, check digit).</translation>
    </message>
    <message>
        <source>Le SIRET « %1 » n&apos;est pas valide (14 chiffres, clé de contrôle).</source>
        <translation>SIRET “%1” is not valid (14 digits, check digit).</translation>
    </message>
    <message>
        <source>Le SIRET « %1 » n&apos;appartient pas au SIREN « %2 ».</source>
        <translation>SIRET “%1” does not belong to SIREN “%2”.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail « %1 » n&apos;est pas valide.</source>
        <translation>The email address “%1” is not valid.</translation>
    </message>
    <message>
        <source>Le pays doit être FR, LU ou BE.</source>
        <translation>The country must be FR, LU or BE.</translation>
    </message>
    <message>
        <source>Statut inconnu : « %1 ».</source>
        <translation>Unknown status: “%1”.</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>À qualifier</source>
        <translation>To qualify</translation>
    </message>
    <message>
        <source>Qualifié</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Perdu</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>hector::sync::ServerAddress</name>
    <message>
        <source>L&apos;adresse du serveur n&apos;est pas valide : %1</source>
        <translation>The server address is not valid: %1</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse de serveur. Exemples : http://127.0.0.1:8080, localhost:8080, https://crm.exemple.fr.</source>
        <translation>“%1” is not a server address. Examples: http://127.0.0.1:8080, localhost:8080, https://crm.example.com.</translation>
    </message>
    <message>
        <source>saisissez une adresse, par exemple http://127.0.0.1:8080.</source>
        <translation>enter an address, for example http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>seules les adresses en http:// ou https:// sont acceptées.</source>
        <translation>only http:// and https:// addresses are accepted.</translation>
    </message>
    <message>
        <source>elle ne doit contenir ni identifiant, ni paramètres (?…), ni ancre (#…).</source>
        <translation>it must not contain a user name, parameters (?…) or an anchor (#…).</translation>
    </message>
    <message>
        <source>le port doit être un nombre entre 1 et 65535.</source>
        <translation>the port must be a number between 1 and 65535.</translation>
    </message>
</context>
<context>
    <name>hector::sync::SessionManager</name>
    <message>
        <source>Aucune session n&apos;est enregistrée sur cet ordinateur.</source>
        <translation>No session is saved on this computer.</translation>
    </message>
    <message>
        <source>Votre session enregistrée a expiré. Reconnectez-vous.</source>
        <translation>Your saved session has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>Votre session enregistrée a expiré ou a été révoquée. Reconnectez-vous.</source>
        <translation>Your saved session has expired or was revoked. Please sign in again.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas connecté.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>Le serveur a renvoyé une réponse inattendue.</source>
        <translation>The server sent an unexpected answer.</translation>
    </message>
    <message>
        <source>La session est terminée.</source>
        <translation>The session has ended.</translation>
    </message>
</context>
<context>
    <name>hector::sync::SyncEngine</name>
    <message>
        <source>Le serveur a envoyé une réponse de synchronisation inattendue.</source>
        <translation>The server sent an unexpected synchronisation answer.</translation>
    </message>
    <message>
        <source>Synchronisation arrêtée</source>
        <translation>Synchronisation stopped</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Première synchronisation…</source>
        <translation>First synchronisation…</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Erreur de synchronisation</source>
        <translation>Synchronisation error</translation>
    </message>
</context>
<context>
    <name>hector::ui::AcceptInviteDialog</name>
    <message>
        <source>Se sou&amp;venir de moi (30 jours)</source>
        <translation>Re&amp;member me (30 days)</translation>
    </message>
    <message>
        <source>Invitation — Hector</source>
        <translation>Invitation — Hector</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>Activate my account</translation>
    </message>
    <message>
        <source>Saisissez le code reçu dans l&apos;e-mail d&apos;invitation et choisissez votre mot de passe : au moins %1 caractères, dont une lettre et un chiffre. Le prénom et le nom sont facultatifs : laissés vides, ceux de l&apos;invitation sont conservés.</source>
        <translation>Enter the code from the invitation email and choose your password: at least %1 characters, including a letter and a digit. First and last names are optional: left empty, those of the invitation are kept.</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Code d&apos;invitation :</source>
        <translation>Invitation &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation :</source>
        <translation>C&amp;onfirmation:</translation>
    </message>
    <message>
        <source>&amp;Activer mon compte</source>
        <translation>&amp;Activate my account</translation>
    </message>
    <message>
        <source>A&amp;nnuler</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Saisissez le code reçu dans l&apos;e-mail d&apos;invitation.</source>
        <translation>Enter the code from the invitation email.</translation>
    </message>
</context>
<context>
    <name>hector::ui::AccountPage</name>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Recharger les informations du compte depuis le serveur</source>
        <translation>Reload the account information from the server</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>E-mail :</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Organisation :</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Entité :</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Pays :</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Dernière connexion :</source>
        <translation>Last sign-in:</translation>
    </message>
    <message>
        <source>Type de session :</source>
        <translation>Session type:</translation>
    </message>
    <message>
        <source>Trousseau système :</source>
        <translation>System keychain:</translation>
    </message>
    <message>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;applique au prochain démarrage de Hector.</source>
        <translation>The new language applies the next time Hector starts.</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Informations à jour.</source>
        <translation>Information up to date.</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Suisse</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Allemagne</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Espagne</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Italie</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Pays-Bas</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Royaume-Uni</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Première connexion</source>
        <translation>First sign-in</translation>
    </message>
    <message>
        <source>Mémorisée sur cet ordinateur jusqu&apos;au %1</source>
        <translation>Remembered on this computer until %1</translation>
    </message>
    <message>
        <source>Mémorisée sur cet ordinateur</source>
        <translation>Remembered on this computer</translation>
    </message>
    <message>
        <source>Cette session uniquement : « Se souvenir de moi » a été demandé, mais aucun trousseau système ne peut la conserver</source>
        <translation>This session only: “Remember me” was requested, but no system keychain can keep it</translation>
    </message>
    <message>
        <source>Mémorisation dans le trousseau système en cours…</source>
        <translation>Saving to the system keychain…</translation>
    </message>
    <message>
        <source>Cette session uniquement : elle se termine à la fermeture de Hector</source>
        <translation>This session only: it ends when Hector closes</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Non vérifié</source>
        <translation>Not checked</translation>
    </message>
</context>
<context>
    <name>hector::ui::AdminTreeModel</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
</context>
<context>
    <name>hector::ui::AppController</name>
    <message>
        <source>Base locale indisponible</source>
        <translation>Local database unavailable</translation>
    </message>
    <message>
        <source>Hector ne peut pas ouvrir sa base locale, nécessaire au travail hors ligne :
%1</source>
        <translation>Hector cannot open its local database, needed to work offline:
%1</translation>
    </message>
</context>
<context>
    <name>hector::ui::AuditLogModel</name>
    <message>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Connexion refusée</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Déconnexion</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>Mot de passe réinitialisé</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Réinitialisation demandée</source>
        <translation>Reset requested</translation>
    </message>
    <message>
        <source>Invitation envoyée</source>
        <translation>Invitation sent</translation>
    </message>
    <message>
        <source>Invitation acceptée</source>
        <translation>Invitation accepted</translation>
    </message>
    <message>
        <source>Jeton réutilisé</source>
        <translation>Token reused</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 : %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Adresse IP</source>
        <translation>IP address</translation>
    </message>
</context>
<context>
    <name>hector::ui::AuditLogPage</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Filtrer par utilisateur</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Tous les utilisateurs</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Filtrer par action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Filtrer par type d&apos;objet</source>
        <translation>Filter by object type</translation>
    </message>
    <message>
        <source>Tous les objets</source>
        <translation>All objects</translation>
    </message>
    <message>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>a&amp;u</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Enregistre les événements filtrés dans un fichier CSV (séparateur « ; », UTF-8) lisible par Excel.</source>
        <translation>Saves the filtered events in a CSV file (“;” separator, UTF-8) that Excel reads.</translation>
    </message>
    <message>
        <source>« &amp;Précédents</source>
        <translation>« &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Suivants »</source>
        <translation>&amp;Next »</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur : le journal d&apos;audit nécessite une connexion.
%1</source>
        <translation>Cannot reach the server: the audit log needs a connection.
%1</translation>
    </message>
    <message>
        <source>Aucun événement pour ces filtres.
Élargissez la période ou retirez un filtre.</source>
        <translation>No event for these filters.
Widen the period or remove a filter.</translation>
    </message>
    <message>
        <source>%1 : %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Aucun événement sur la période.</source>
        <translation>No event in the period.</translation>
    </message>
    <message>
        <source>%L1 événement(s) par %L2 utilisateur(s) — %3</source>
        <translation>%L1 event(s) by %L2 user(s) — %3</translation>
    </message>
    <message>
        <source>Événements %L1 à %L2 sur %L3</source>
        <translation>Events %L1 to %L2 of %L3</translation>
    </message>
    <message>
        <source>journal-audit-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>L&apos;export a échoué : %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Journal exporté dans %1.</source>
        <translation>Log exported to %1.</translation>
    </message>
</context>
<context>
    <name>hector::ui::EntitiesPage</name>
    <message>
        <source>(aucune : entité de premier niveau)</source>
        <translation>(none: top-level entity)</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Nouvelle entité…</source>
        <translation>New entity…</translation>
    </message>
    <message>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Déplacer…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Annuler la suppression</source>
        <translation>Undo the deletion</translation>
    </message>
    <message>
        <source>Entités de l&apos;organisation</source>
        <translation>Entities of the organisation</translation>
    </message>
    <message>
        <source>Arborescence des entités</source>
        <translation>Entity tree</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Impossible de charger les entités : %1</source>
        <translation>Cannot load the entities: %1</translation>
    </message>
    <message>
        <source>Aucune entité pour le moment. Créez la première avec « Nouvelle entité… ».</source>
        <translation>No entity yet. Create the first one with “New entity…”.</translation>
    </message>
    <message>
        <source>Sélectionnez une entité pour voir ses statistiques.</source>
        <translation>Select an entity to see its statistics.</translation>
    </message>
    <message>
        <source>niveau %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>Statistiques non disponibles pour cette entité.</source>
        <translation>Statistics are not available for this entity.</translation>
    </message>
    <message>
        <source>Utilisateurs : &lt;b&gt;%1&lt;/b&gt; (dont %2 actifs)</source>
        <translation>Users: &lt;b&gt;%1&lt;/b&gt; (%2 active)</translation>
    </message>
    <message>
        <source>Prospects : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Prospects: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>L&apos;entité « %1 » a été créée.</source>
        <translation>The entity “%1” was created.</translation>
    </message>
    <message>
        <source>L&apos;entité a été renommée en « %1 ».</source>
        <translation>The entity was renamed to “%1”.</translation>
    </message>
    <message>
        <source>L&apos;entité a été déplacée.</source>
        <translation>The entity was moved.</translation>
    </message>
    <message>
        <source>L&apos;entité « %1 » a été supprimée. « Annuler la suppression » la recrée.</source>
        <translation>The entity “%1” was deleted. “Undo the deletion” creates it again.</translation>
    </message>
    <message>
        <source>Nouvelle entité</source>
        <translation>New entity</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Pays :</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Entité &amp;parente :</source>
        <translation>&amp;Parent entity:</translation>
    </message>
    <message>
        <source>Renommer l&apos;entité</source>
        <translation>Rename the entity</translation>
    </message>
    <message>
        <source>Nouveau nom :</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Déplacer l&apos;entité</source>
        <translation>Move the entity</translation>
    </message>
    <message>
        <source>Nouvelle entité &amp;parente :</source>
        <translation>New &amp;parent entity:</translation>
    </message>
    <message>
        <source>Supprimer l&apos;entité</source>
        <translation>Delete the entity</translation>
    </message>
    <message>
        <source>Supprimer l&apos;entité « %1 » ? Une entité qui compte encore des utilisateurs, des prospects, des sous-entités ou des équipes ne peut pas être supprimée.</source>
        <translation>Delete the entity “%1”? An entity that still has users, prospects, sub-entities or teams cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>hector::ui::ForgotPasswordDialog</name>
    <message>
        <source>Mot de passe oublié — Hector</source>
        <translation>Forgotten password — Hector</translation>
    </message>
    <message>
        <source>Mot de passe oublié</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse e-mail de votre compte. Vous recevrez un code à usage unique, valable une heure, pour choisir un nouveau mot de passe.</source>
        <translation>Enter the email address of your account. You will receive a single-use code, valid for one hour, to choose a new password.</translation>
    </message>
    <message>
        <source>prenom.nom@entreprise.fr</source>
        <translation>first.last@company.com</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;déjà un code</source>
        <translation>I &amp;already have a code</translation>
    </message>
    <message>
        <source>&amp;Envoyer le code</source>
        <translation>&amp;Send the code</translation>
    </message>
    <message>
        <source>Saisissez le code reçu par e-mail et choisissez un nouveau mot de passe : au moins %1 caractères, dont une lettre et un chiffre.</source>
        <translation>Enter the code you received by email and choose a new password: at least %1 characters, including a letter and a digit.</translation>
    </message>
    <message>
        <source>&amp;Code reçu :</source>
        <translation>&amp;Code received:</translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe :</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation :</source>
        <translation>C&amp;onfirmation:</translation>
    </message>
    <message>
        <source>Demander un &amp;autre code</source>
        <translation>Request &amp;another code</translation>
    </message>
    <message>
        <source>&amp;Changer le mot de passe</source>
        <translation>&amp;Change the password</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Si un compte actif correspond à cette adresse, un code vient de lui être envoyé par e-mail.</source>
        <translation>If an active account matches this address, a code has just been sent to it by email.</translation>
    </message>
    <message>
        <source>Saisissez le code reçu par e-mail.</source>
        <translation>Enter the code you received by email.</translation>
    </message>
</context>
<context>
    <name>hector::ui::FormSupport</name>
    <message>
        <source>Choisissez un mot de passe.</source>
        <translation>Choose a password.</translation>
    </message>
    <message>
        <source>Les deux mots de passe saisis ne sont pas identiques.</source>
        <translation>The two passwords you entered are not the same.</translation>
    </message>
    <message>
        <source>Saisissez votre adresse e-mail.</source>
        <translation>Enter your email address.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail « %1 » n&apos;est pas valide.</source>
        <translation>The email address “%1” is not valid.</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
</context>
<context>
    <name>hector::ui::LoginDialog</name>
    <message>
        <source>Se sou&amp;venir de moi (30 jours)</source>
        <translation>Re&amp;member me (30 days)</translation>
    </message>
    <message>
        <source>Connexion — Hector</source>
        <translation>Sign in — Hector</translation>
    </message>
    <message>
        <source>Hector</source>
        <translation>Hector</translation>
    </message>
    <message>
        <source>Connectez-vous à votre espace CRM.</source>
        <translation>Sign in to your CRM workspace.</translation>
    </message>
    <message>
        <source>Adresse du serveur Hector, par exemple http://127.0.0.1:8080 ou https://crm.exemple.fr. Sans préfixe, http:// est utilisé pour localhost et https:// pour toute autre adresse.</source>
        <translation>Address of the Hector server, for example http://127.0.0.1:8080 or https://crm.example.com. Without a prefix, http:// is used for localhost and https:// for any other address.</translation>
    </message>
    <message>
        <source>prenom.nom@entreprise.fr</source>
        <translation>first.last@company.com</translation>
    </message>
    <message>
        <source>Garde la session ouverte 30 jours sur cet ordinateur, dans le trousseau du système. Sinon, elle se ferme avec l&apos;application.</source>
        <translation>Keeps the session open for 30 days on this computer, in the system keychain. Otherwise it ends with the application.</translation>
    </message>
    <message>
        <source>Adresse du &amp;serveur :</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Mot de passe &amp;oublié ?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <source>J&apos;ai une &amp;invitation</source>
        <translation>I have an &amp;invitation</translation>
    </message>
    <message>
        <source>Se &amp;connecter</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Reprise de la session enregistrée…</source>
        <translation>Resuming the saved session…</translation>
    </message>
    <message>
        <source>Connexion annulée.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Connexion à %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.</source>
        <translation>Your password has been changed. Sign in with the new password.</translation>
    </message>
</context>
<context>
    <name>hector::ui::MainWindow</name>
    <message>
        <source>Hector</source>
        <translation>Hector</translation>
    </message>
    <message>
        <source>Menu du compte</source>
        <translation>Account menu</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Mon compte</source>
        <translation>&amp;My account</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Vérifier la connexion</source>
        <translation>&amp;Check the connection</translation>
    </message>
    <message>
        <source>&amp;Compte</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de Hector</source>
        <translation>&amp;About Hector</translation>
    </message>
    <message>
        <source>%1 — Hector</source>
        <translation>%1 — Hector</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;span style=&quot;color:#5f6b7a&quot;&gt;%3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;span style=&quot;color:#5f6b7a&quot;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Serveur : %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Version du serveur : %1</source>
        <translation>Server version: %1</translation>
    </message>
    <message>
        <source>Vérification de la connexion…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <source>Connecté</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connecté — la base de données du serveur est indisponible</source>
        <translation>Connected — the server database is unavailable</translation>
    </message>
    <message>
        <source>Hors ligne — nouvelle tentative dans %1 s</source>
        <translation>Offline — retrying in %1 s</translation>
    </message>
    <message>
        <source>Hors ligne — nouvelle tentative en cours…</source>
        <translation>Offline — retrying…</translation>
    </message>
    <message>
        <source>À propos de Hector</source>
        <translation>About Hector</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hector %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hector %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gestion de la relation client.</source>
        <translation>Customer relationship management.</translation>
    </message>
    <message>
        <source>Gestion de la relation client.
Version du serveur : %1</source>
        <translation>Customer relationship management.
Server version: %1</translation>
    </message>
</context>
<context>
    <name>hector::ui::PageRegistry</name>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Mon compte</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Entités</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Équipes</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectDialog</name>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Décideur</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Nouveau prospect</source>
        <translation>New prospect</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>&amp;Raison sociale *</source>
        <translation>&amp;Company name *</translation>
    </message>
    <message>
        <source>&amp;SIREN</source>
        <translation>&amp;SIREN</translation>
    </message>
    <message>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>SIRE&amp;T</source>
        <translation>SIRE&amp;T</translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>SAS, SARL…</source>
        <translation>SAS, SARL…</translation>
    </message>
    <message>
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>ex. 47.11F</source>
        <translation>e.g. 47.11F</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Code &amp;postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Pa&amp;ys</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <source>&amp;Entité *</source>
        <translation>&amp;Entity *</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>+33 1 23 45 67 89</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Site &amp;web</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Décideur</source>
        <translation>&amp;Decision maker</translation>
    </message>
    <message>
        <source>&amp;Fonction du décideur</source>
        <translation>Decision maker&apos;s &amp;job title</translation>
    </message>
    <message>
        <source>St&amp;atut</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Res&amp;ponsable</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>&amp;Informations</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>— Aucun —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Conflit de synchronisation</source>
        <translation>Synchronisation conflict</translation>
    </message>
    <message>
        <source>Modification refusée par le serveur</source>
        <translation>Change refused by the server</translation>
    </message>
    <message>
        <source>Modification locale abandonnée</source>
        <translation>Local change dropped</translation>
    </message>
    <message>
        <source>Aucun conflit ni refus pour ce prospect.</source>
        <translation>No conflict or refusal for this prospect.</translation>
    </message>
    <message>
        <source>Valeur conservée : « %1 » (%2)
Valeur écartée : « %3 » (%4)</source>
        <translation>Value kept: “%1” (%2)
Value discarded: “%3” (%4)</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectListModel</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Modifié le</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectsPage</name>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Rechercher : raison sociale, ville, code postal, SIREN, décideur… (Ctrl+F)</source>
        <translation>Search: company name, city, postcode, SIREN, decision maker… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Nouveau prospect</source>
        <translation>&amp;New prospect</translation>
    </message>
    <message>
        <source>Nouveau prospect (Ctrl+N)</source>
        <translation>New prospect (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Supprimer le prospect sélectionné (Suppr)</source>
        <translation>Delete the selected prospect (Del)</translation>
    </message>
    <message>
        <source>&amp;Annuler la suppression</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>Aucun prospect ne correspond à « %1 ».</source>
        <translation>No prospect matches “%1”.</translation>
    </message>
    <message>
        <source>Aucun prospect pour l&apos;instant.
Créez-en un avec « Nouveau prospect » (Ctrl+N) : il sera envoyé au serveur dès que possible, même hors ligne.</source>
        <translation>No prospects yet.
Create one with “New prospect” (Ctrl+N): it is sent to the server as soon as possible, even when offline.</translation>
    </message>
    <message>
        <source>Supprimer le prospect</source>
        <translation>Delete prospect</translation>
    </message>
    <message>
        <source>Supprimer « %1 » ? Vous pourrez annuler juste après.</source>
        <translation>Delete “%1”? You can undo right after.</translation>
    </message>
    <message>
        <source>« %1 » a été supprimé.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>« %1 » a été restauré.</source>
        <translation>“%1” was restored.</translation>
    </message>
    <message>
        <source>Résultats : %L1</source>
        <translation>Results: %L1</translation>
    </message>
    <message>
        <source>Prospects : %L1</source>
        <translation>Prospects: %L1</translation>
    </message>
</context>
<context>
    <name>hector::ui::SyncStatusWidget</name>
    <message>
        <source>%L1 lignes (%L2/s)</source>
        <translation>%L1 rows (%L2/s)</translation>
    </message>
    <message>
        <source>synchronisé à l&apos;instant</source>
        <translation>synchronised just now</translation>
    </message>
    <message>
        <source>synchronisé le %1</source>
        <translation>synchronised on %1</translation>
    </message>
    <message>
        <source>jamais synchronisé</source>
        <translation>never synchronised</translation>
    </message>
    <message>
        <source>Les modifications des autres utilisateurs arrivent en direct.</source>
        <translation>Changes made by other users arrive live.</translation>
    </message>
    <message>
        <source>Synchronisation périodique (toutes les 30 secondes).</source>
        <translation>Periodic synchronisation (every 30 seconds).</translation>
    </message>
    <message>
        <source>modifications en attente : %L1</source>
        <translation>pending changes: %L1</translation>
    </message>
    <message>
        <source>synchronisé il y a %L1 min</source>
        <translation>synchronised %L1 min ago</translation>
    </message>
</context>
<context>
    <name>hector::ui::TeamMembersModel</name>
    <message>
        <source>Chef d&apos;équipe</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Dans l&apos;équipe</source>
        <translation>In the team</translation>
    </message>
</context>
<context>
    <name>hector::ui::TeamsPage</name>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Responsable d&apos;équipe</source>
        <translation>Team manager</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;Nouvelle équipe…</source>
        <translation>&amp;New team…</translation>
    </message>
    <message>
        <source>Re&amp;nommer…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Dé&amp;placer…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Annuler la suppression</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Re&amp;tirer…</source>
        <translation>Remo&amp;ve…</translation>
    </message>
    <message>
        <source>Annuler le re&amp;trait</source>
        <translation>Undo the remo&amp;val</translation>
    </message>
    <message>
        <source>&amp;Enregistrer les objectifs</source>
        <translation>&amp;Save the objectives</translation>
    </message>
    <message>
        <source>Équipes</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Rechercher une équipe…</source>
        <translation>Search for a team…</translation>
    </message>
    <message>
        <source>Rechercher une équipe</source>
        <translation>Search for a team</translation>
    </message>
    <message>
        <source>Arborescence des équipes</source>
        <translation>Team tree</translation>
    </message>
    <message>
        <source>Membres de l&apos;équipe</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Utilisateur à ajouter</source>
        <translation>User to add</translation>
    </message>
    <message>
        <source>A&amp;jouter :</source>
        <translation>A&amp;dd:</translation>
    </message>
    <message>
        <source>Mois de l&apos;objectif</source>
        <translation>Month of the objective</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires visé en euros</source>
        <translation>Revenue target in euros</translation>
    </message>
    <message>
        <source>Nombre de rendez-vous visé</source>
        <translation>Appointment target</translation>
    </message>
    <message>
        <source>Nombre de signatures visé</source>
        <translation>Signature target</translation>
    </message>
    <message>
        <source>Le suivi des réalisations arrivera avec les modules RDV et Opportunités.</source>
        <translation>Tracking of actual results will come with the Appointments and Opportunities modules.</translation>
    </message>
    <message>
        <source>Objectifs mensuels</source>
        <translation>Monthly objectives</translation>
    </message>
    <message>
        <source>&amp;Mois :</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Chiffre d&apos;affaires :</source>
        <translation>&amp;Revenue:</translation>
    </message>
    <message>
        <source>&amp;Rendez-vous :</source>
        <translation>&amp;Appointments:</translation>
    </message>
    <message>
        <source>Si&amp;gnatures :</source>
        <translation>Si&amp;gnatures:</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Impossible de charger les équipes : %1</source>
        <translation>Cannot load the teams: %1</translation>
    </message>
    <message>
        <source>Aucune équipe pour le moment. Créez la première avec « Nouvelle équipe… ».</source>
        <translation>No team yet. Create the first one with “New team…”.</translation>
    </message>
    <message>
        <source>Aucune équipe visible pour le moment.</source>
        <translation>No visible team yet.</translation>
    </message>
    <message>
        <source>Sélectionnez une équipe pour voir ses membres et ses objectifs.</source>
        <translation>Select a team to see its members and objectives.</translation>
    </message>
    <message>
        <source>Impossible de charger l&apos;équipe : %1</source>
        <translation>Cannot load the team: %1</translation>
    </message>
    <message>
        <source>Impossible de charger les utilisateurs à ajouter : %1</source>
        <translation>Cannot load the users to add: %1</translation>
    </message>
    <message>
        <source>Aucun utilisateur à ajouter</source>
        <translation>No user to add</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Responsable d&apos;équipe : %1</source>
        <translation>Team manager: %1</translation>
    </message>
    <message>
        <source>Aucun objectif défini pour %1.</source>
        <translation>No objective set for %1.</translation>
    </message>
    <message>
        <source>Objectif de %1 enregistré.</source>
        <translation>Objective for %1 saved.</translation>
    </message>
    <message>
        <source>L&apos;équipe « %1 » a été créée.</source>
        <translation>The team “%1” was created.</translation>
    </message>
    <message>
        <source>L&apos;équipe a été renommée en « %1 ».</source>
        <translation>The team was renamed to “%1”.</translation>
    </message>
    <message>
        <source>L&apos;équipe a été déplacée.</source>
        <translation>The team was moved.</translation>
    </message>
    <message>
        <source>L&apos;équipe « %1 » a été supprimée. « Annuler la suppression » la recrée avec ses membres et ses objectifs.</source>
        <translation>The team “%1” was deleted. “Undo the deletion” creates it again with its members and objectives.</translation>
    </message>
    <message>
        <source>L&apos;équipe n&apos;a pas pu être recréée : %1</source>
        <translation>The team could not be created again: %1</translation>
    </message>
    <message>
        <source>L&apos;équipe « %1 » a été recréée avec ses membres et ses objectifs.</source>
        <translation>The team “%1” was created again with its members and objectives.</translation>
    </message>
    <message>
        <source>%1 a été ajouté(e) à l&apos;équipe « %2 ».</source>
        <translation>%1 was added to the team “%2”.</translation>
    </message>
    <message>
        <source>%1 a été retiré(e) de l&apos;équipe « %2 ». « Annuler le retrait » l&apos;y remet.</source>
        <translation>%1 was removed from the team “%2”. “Undo the removal” puts them back.</translation>
    </message>
    <message>
        <source>Le membre n&apos;a pas pu être remis dans l&apos;équipe : %1</source>
        <translation>The member could not be put back in the team: %1</translation>
    </message>
    <message>
        <source>%1 est de nouveau dans l&apos;équipe.</source>
        <translation>%1 is in the team again.</translation>
    </message>
    <message>
        <source>Objectifs de %1 enregistrés pour l&apos;équipe « %2 ».</source>
        <translation>Objectives for %1 saved for the team “%2”.</translation>
    </message>
    <message>
        <source>(aucune : équipe de premier niveau)</source>
        <translation>(none: top-level team)</translation>
    </message>
    <message>
        <source>Nouvelle équipe</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Entité :</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <source>Équipe &amp;parente :</source>
        <translation>&amp;Parent team:</translation>
    </message>
    <message>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Renommer l&apos;équipe</source>
        <translation>Rename the team</translation>
    </message>
    <message>
        <source>Nouveau nom :</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Déplacer l&apos;équipe</source>
        <translation>Move the team</translation>
    </message>
    <message>
        <source>Nouvelle équipe &amp;parente :</source>
        <translation>New &amp;parent team:</translation>
    </message>
    <message>
        <source>Déplacer</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Supprimer l&apos;équipe</source>
        <translation>Delete the team</translation>
    </message>
    <message>
        <source>Supprimer l&apos;équipe « %1 » ? Ses membres et ses objectifs sont retirés avec elle ; « Annuler la suppression » la recrée. Une équipe qui a des sous-équipes ne peut pas être supprimée.</source>
        <translation>Delete the team “%1”? Its members and objectives go with it; “Undo the deletion” creates it again. A team that has sub-teams cannot be deleted.</translation>
    </message>
    <message>
        <source>Retirer de l&apos;équipe</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>Retirer %1 de l&apos;équipe « %2 » ?</source>
        <translation>Remove %1 from the team “%2”?</translation>
    </message>
</context>
<context>
    <name>hector::ui::UserDialog</name>
    <message>
        <source>Modifier l&apos;utilisateur</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Inviter un utilisateur</source>
        <translation>Invite a user</translation>
    </message>
    <message>
        <source>Modifier %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Hector envoie un code d&apos;invitation par e-mail, valable 7 jours. La personne choisit son mot de passe en l&apos;utilisant.</source>
        <translation>Hector emails an invitation code, valid 7 days. The person chooses their password with it.</translation>
    </message>
    <message>
        <source>prenom.nom@adsgroup-security.com</source>
        <translation>firstname.lastname@adsgroup-security.com</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>En&amp;tité :</source>
        <translation>En&amp;tity:</translation>
    </message>
    <message>
        <source>Compte &amp;actif (décocher ferme aussitôt toutes ses sessions)</source>
        <translation>&amp;Active account (unticking closes all their sessions at once)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Envoyer l&apos;invitation</source>
        <translation>&amp;Send the invitation</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hector::ui::UserTableModel</name>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Invitation en attente</source>
        <translation>Invitation pending</translation>
    </message>
    <message>
        <source>Invitation expirée</source>
        <translation>Invitation expired</translation>
    </message>
    <message>
        <source>Invitée (expire le %1)</source>
        <translation>Invited (expires on %1)</translation>
    </message>
    <message>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Code d&apos;invitation valable jusqu&apos;au %1</source>
        <translation>Invitation code valid until %1</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>hector::ui::UsersPage</name>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Rechercher : nom, e-mail, rôle, entité… (Ctrl+F)</source>
        <translation>Search: name, email, role, entity… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filtrer par rôle</source>
        <translation>Filter by role</translation>
    </message>
    <message>
        <source>Tous les rôles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Filtrer par entité</source>
        <translation>Filter by entity</translation>
    </message>
    <message>
        <source>Toutes les entités</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Actifs</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Désactivés</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Invitations en attente</source>
        <translation>Pending invitations</translation>
    </message>
    <message>
        <source>&amp;Inviter un utilisateur</source>
        <translation>&amp;Invite a user</translation>
    </message>
    <message>
        <source>Inviter un utilisateur (Ctrl+N)</source>
        <translation>Invite a user (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Modifier l&apos;utilisateur sélectionné (Entrée)</source>
        <translation>Edit the selected user (Enter)</translation>
    </message>
    <message>
        <source>&amp;Renvoyer l&apos;invitation</source>
        <translation>&amp;Resend the invitation</translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Ac&amp;tualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Relire la liste sur le serveur (F5)</source>
        <translation>Read the list from the server again (F5)</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur : l&apos;administration des utilisateurs nécessite une connexion.
%1</source>
        <translation>Cannot reach the server: user administration needs a connection.
%1</translation>
    </message>
    <message>
        <source>Aucun utilisateur.</source>
        <translation>No user.</translation>
    </message>
    <message>
        <source>Aucun utilisateur ne correspond à ces filtres.</source>
        <translation>No user matches these filters.</translation>
    </message>
    <message>
        <source>Utilisateurs : %L1</source>
        <translation>Users: %L1</translation>
    </message>
    <message>
        <source>Utilisateurs : %L1 sur %L2</source>
        <translation>Users: %L1 of %L2</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Réa&amp;ctiver</source>
        <translation>Rea&amp;ctivate</translation>
    </message>
    <message>
        <source>Invitation envoyée à %1, valable jusqu&apos;au %2.</source>
        <translation>Invitation sent to %1, valid until %2.</translation>
    </message>
    <message>
        <source>Le compte de %1 est créé, mais l&apos;e-mail d&apos;invitation n&apos;a pas pu être envoyé : utilisez « Renvoyer l&apos;invitation ».</source>
        <translation>The account of %1 is created, but the invitation email could not be sent: use “Resend the invitation”.</translation>
    </message>
    <message>
        <source>%1 a été mis à jour.</source>
        <translation>%1 was updated.</translation>
    </message>
    <message>
        <source>Nouvelle invitation envoyée à %1, valable jusqu&apos;au %2. Les codes précédents ne sont plus valables.</source>
        <translation>New invitation sent to %1, valid until %2. Previous codes are no longer valid.</translation>
    </message>
    <message>
        <source>Désactiver l&apos;utilisateur</source>
        <translation>Deactivate the user</translation>
    </message>
    <message>
        <source>Désactiver le compte de %1 ? Ses sessions sont fermées aussitôt et il ne pourra plus se connecter. Vous pourrez annuler juste après.</source>
        <translation>Deactivate the account of %1? Their sessions are closed at once and they can no longer sign in. You can undo right after.</translation>
    </message>
    <message>
        <source>Le compte de %1 est désactivé et ses sessions sont fermées.</source>
        <translation>The account of %1 is deactivated and its sessions are closed.</translation>
    </message>
    <message>
        <source>Le compte de %1 est réactivé.</source>
        <translation>The account of %1 is reactivated.</translation>
    </message>
    <message>
        <source>Consultation seule : les comptes de votre entité et de ses sous-entités. Seuls les administrateurs les modifient.</source>
        <translation>Read only: the accounts of your entity and its sub-entities. Only administrators change them.</translation>
    </message>
</context>
<context>
    <name>hector::validation</name>
    <message>
        <source>Le mot de passe doit contenir au moins %1 caractères, dont au moins une lettre et un chiffre.</source>
        <translation>The password must be at least %1 characters long and contain at least one letter and one digit.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hector, gestion de la relation client.</source>
        <translation>Hector, customer relationship management.</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr ou en.</source>
        <translation>Interface language: fr or en.</translation>
    </message>
    <message>
        <source>Adresse du serveur à proposer à la connexion.</source>
        <translation>Server address to offer at sign-in.</translation>
    </message>
    <message>
        <source>Langue inconnue « %1 » : choisissez fr ou en.</source>
        <translation>Unknown language “%1”: choose fr or en.</translation>
    </message>
</context>
</TS>
