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
    <name>hector::crm</name>
    <message>
        <source>0 salarié</source>
        <translation>0 employees</translation>
    </message>
    <message>
        <source>1 à 2 salariés</source>
        <translation>1 to 2 employees</translation>
    </message>
    <message>
        <source>3 à 5 salariés</source>
        <translation>3 to 5 employees</translation>
    </message>
    <message>
        <source>6 à 9 salariés</source>
        <translation>6 to 9 employees</translation>
    </message>
    <message>
        <source>10 à 19 salariés</source>
        <translation>10 to 19 employees</translation>
    </message>
    <message>
        <source>20 à 49 salariés</source>
        <translation>20 to 49 employees</translation>
    </message>
    <message>
        <source>50 à 99 salariés</source>
        <translation>50 to 99 employees</translation>
    </message>
    <message>
        <source>100 à 199 salariés</source>
        <translation>100 to 199 employees</translation>
    </message>
    <message>
        <source>200 à 249 salariés</source>
        <translation>200 to 249 employees</translation>
    </message>
    <message>
        <source>250 à 499 salariés</source>
        <translation>250 to 499 employees</translation>
    </message>
    <message>
        <source>500 à 999 salariés</source>
        <translation>500 to 999 employees</translation>
    </message>
    <message>
        <source>1 000 à 1 999 salariés</source>
        <translation>1,000 to 1,999 employees</translation>
    </message>
    <message>
        <source>2 000 à 4 999 salariés</source>
        <translation>2,000 to 4,999 employees</translation>
    </message>
    <message>
        <source>5 000 à 9 999 salariés</source>
        <translation>5,000 to 9,999 employees</translation>
    </message>
    <message>
        <source>10 000 salariés et plus</source>
        <translation>10,000 employees or more</translation>
    </message>
    <message>
        <source>Planifié</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Effectué</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>hector::crm::ICalendar</name>
    <message>
        <source>Prospect : %1</source>
        <translation>Prospect: %1</translation>
    </message>
    <message>
        <source> — tél. %1</source>
        <translation> — tel. %1</translation>
    </message>
    <message>
        <source>Hector — rendez-vous</source>
        <translation>Hector — appointments</translation>
    </message>
</context>
<context>
    <name>hector::crm::Phone</name>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <source>Le numéro « %1 » n&apos;est pas valide (%2 : vérifiez le nombre de chiffres et l&apos;indicatif).</source>
        <translation>The number “%1” is not valid (%2: check the number of digits and the dialling code).</translation>
    </message>
</context>
<context>
    <name>hector::crm::Postcode</name>
    <message>
        <source>Le code postal « %1 » n&apos;est pas un code postal français (5 chiffres, département existant).</source>
        <translation>The postcode “%1” is not a French postcode (5 digits, existing département).</translation>
    </message>
    <message>
        <source>Le code postal « %1 » n&apos;est pas un code postal belge (4 chiffres, de 1000 à 9999).</source>
        <translation>The postcode “%1” is not a Belgian postcode (4 digits, from 1000 to 9999).</translation>
    </message>
    <message>
        <source>Le code postal « %1 » n&apos;est pas un code postal luxembourgeois (4 chiffres, par exemple L-1234).</source>
        <translation>The postcode “%1” is not a Luxembourg postcode (4 digits, for example L-1234).</translation>
    </message>
    <message>
        <source>Le pays doit être FR, LU ou BE.</source>
        <translation>The country must be FR, LU or BE.</translation>
    </message>
</context>
<context>
    <name>hector::csv</name>
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
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Fonction du contact</source>
        <translation>Contact&apos;s job title</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Tranche d&apos;effectif</source>
        <translation>Headcount band</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires (€)</source>
        <translation>Revenue (€)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Profil DISC</source>
        <translation>DISC profile</translation>
    </message>
    <message>
        <source>Pays « %1 » non pris en charge (France, Luxembourg ou Belgique).</source>
        <translation>Country “%1” is not supported (France, Luxembourg or Belgium).</translation>
    </message>
    <message>
        <source>Aucune entité de votre périmètre ne couvre ce pays (%1).</source>
        <translation>No entity in your scope covers this country (%1).</translation>
    </message>
    <message>
        <source>Statut inconnu : « %1 ».</source>
        <translation>Unknown status: “%1”.</translation>
    </message>
    <message>
        <source>Tranche d&apos;effectif inconnue : « %1 ».</source>
        <translation>Unknown headcount band: “%1”.</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires illisible : « %1 ».</source>
        <translation>Unreadable revenue: “%1”.</translation>
    </message>
    <message>
        <source>Coordonnée illisible : « %1 ».</source>
        <translation>Unreadable coordinate: “%1”.</translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>hector::csv::CsvReader</name>
    <message>
        <source>Lecture du fichier impossible : %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Guillemet ouvert à la ligne %1 jamais refermé : la fin du fichier a été lue comme un seul champ.</source>
        <translation>Quote opened on line %1 is never closed: the rest of the file was read as a single field.</translation>
    </message>
</context>
<context>
    <name>hector::csv::ProspectImport</name>
    <message numerus="yes">
        <source>%n champ(s) au lieu de %1 : la ligne est mal découpée (séparateur ou guillemet en trop ?).</source>
        <translation>
            <numerusform>%n field instead of %1: the row is badly split (extra separator or quote?).</numerusform>
            <numerusform>%n fields instead of %1: the row is badly split (extra separator or quote?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hector::ocr</name>
    <message>
        <source>La reconnaissance n&apos;a pas abouti dans le délai imparti.</source>
        <translation>Recognition did not finish in the allotted time.</translation>
    </message>
</context>
<context>
    <name>hector::ocr::ServerVisionEngine</name>
    <message>
        <source>Vous n&apos;êtes plus connecté au serveur.</source>
        <translation>You are no longer connected to the server.</translation>
    </message>
    <message>
        <source>Claude (serveur)</source>
        <translation>Claude (server)</translation>
    </message>
    <message>
        <source>Hors ligne : la reconnaissance par Claude passe par le serveur.</source>
        <translation>Offline: recognition by Claude goes through the server.</translation>
    </message>
    <message>
        <source>Vérification auprès du serveur…</source>
        <translation>Checking with the server…</translation>
    </message>
    <message>
        <source>Claude n&apos;est pas configuré sur le serveur (clé API Anthropic absente).</source>
        <translation>Claude is not configured on the server (no Anthropic API key).</translation>
    </message>
    <message>
        <source>L&apos;image est vide.</source>
        <translation>The image is empty.</translation>
    </message>
    <message>
        <source>Reconnaissance annulée.</source>
        <translation>Recognition cancelled.</translation>
    </message>
</context>
<context>
    <name>hector::ocr::TesseractEngine</name>
    <message>
        <source>Local (Tesseract)</source>
        <translation>Local (Tesseract)</translation>
    </message>
    <message>
        <source>L&apos;image est vide ou trop petite pour être lue.</source>
        <translation>The image is empty or too small to be read.</translation>
    </message>
    <message>
        <source>Les modèles de Tesseract (français et anglais) sont introuvables sur ce poste.</source>
        <translation>The Tesseract models (French and English) cannot be found on this computer.</translation>
    </message>
    <message>
        <source>Tesseract n&apos;a pas pu charger ses modèles (%1).</source>
        <translation>Tesseract could not load its models (%1).</translation>
    </message>
    <message>
        <source>Reconnaissance annulée.</source>
        <translation>Recognition cancelled.</translation>
    </message>
    <message>
        <source>Tesseract n&apos;a pas pu lire l&apos;image.</source>
        <translation>Tesseract could not read the image.</translation>
    </message>
    <message>
        <source>Aucune information exploitable n&apos;a été lue sur l&apos;image : reprenez la photo (carte entière, nette, bien éclairée, de face).</source>
        <translation>No usable information was read from the image: take the photo again (whole card, sharp, well lit, straight on).</translation>
    </message>
</context>
<context>
    <name>hector::scoring</name>
    <message>
        <source>Prospection</source>
        <translation>Prospecting</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Négociation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Gagnée</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Perdue</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Chaude</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Tiède</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Froide</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Réactivité</source>
        <translation>Responsiveness</translation>
    </message>
    <message>
        <source>Aucune réponse mesurée : valeur neutre</source>
        <translation>No measured response: neutral value</translation>
    </message>
    <message>
        <source>Réponse médiane en %1 h sur %2 échange(s)</source>
        <translation>Median response in %1 h over %2 exchange(s)</translation>
    </message>
    <message>
        <source>Maturité</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Étape « %1 »</source>
        <translation>Stage “%1”</translation>
    </message>
    <message>
        <source>Étape inconnue « %1 »</source>
        <translation>Unknown stage “%1”</translation>
    </message>
    <message>
        <source>chiffre d&apos;affaires</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>effectif</source>
        <translation>headcount</translation>
    </message>
    <message>
        <source>dirigeant</source>
        <translation>executive</translation>
    </message>
    <message>
        <source>Fiche complète (chiffre d&apos;affaires, effectif, dirigeant)</source>
        <translation>Complete record (revenue, headcount, executive)</translation>
    </message>
    <message>
        <source>Manque : %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Enrichissement</source>
        <translation>Enrichment</translation>
    </message>
    <message>
        <source>Profil DISC</source>
        <translation>DISC profile</translation>
    </message>
    <message>
        <source>Profil inconnu : valeur neutre</source>
        <translation>Unknown profile: neutral value</translation>
    </message>
    <message>
        <source>Même profil (%1)</source>
        <translation>Same profile (%1)</translation>
    </message>
    <message>
        <source>Profils voisins (%1)</source>
        <translation>Neighbouring profiles (%1)</translation>
    </message>
    <message>
        <source>Profils opposés (%1)</source>
        <translation>Opposite profiles (%1)</translation>
    </message>
    <message>
        <source>Géographie</source>
        <translation>Geography</translation>
    </message>
    <message>
        <source>Coordonnées inconnues : valeur neutre</source>
        <translation>Unknown coordinates: neutral value</translation>
    </message>
    <message>
        <source>À %1 km du bureau (bonus de proximité, moins de 50 km)</source>
        <translation>%1 km from the office (proximity bonus, under 50 km)</translation>
    </message>
    <message>
        <source>À %1 km du bureau</source>
        <translation>%1 km from the office</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Relations communes inconnues : valeur neutre</source>
        <translation>Unknown mutual connections: neutral value</translation>
    </message>
</context>
<context>
    <name>hector::scoring::OpportunityScore</name>
    <message numerus="yes">
        <source>%n relation(s) commune(s)</source>
        <translation>
            <numerusform>%n mutual connection</numerusform>
            <numerusform>%n mutual connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hector::sync</name>
    <message>
        <source>Erreur de la base locale : %1</source>
        <translation>Local database error: %1</translation>
    </message>
    <message>
        <source>Sans responsable</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Utilisateur inconnu</source>
        <translation>Unknown user</translation>
    </message>
    <message>
        <source>Erreur du journal d&apos;import : %1</source>
        <translation>Import log error: %1</translation>
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
    <name>hector::sync::DashboardData</name>
    <message>
        <source>Non calculée</source>
        <translation>Not calculated</translation>
    </message>
    <message>
        <source>Cette équipe n&apos;est pas dans la base locale.</source>
        <translation>This team is not in the local database.</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opportunités</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Mensuel (€)</source>
        <translation>Monthly (€)</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>%1 (€)</source>
        <translation>%1 (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Total (€)</translation>
    </message>
    <message>
        <source>Températures des opportunités en cours</source>
        <translation>Temperatures of open opportunities</translation>
    </message>
    <message>
        <source>Température</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Objectifs de l&apos;équipe %1 — %2</source>
        <translation>Objectives of the team %1 — %2</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Progression (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires (€)</source>
        <translation>Revenue (€)</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Taux de conversion</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Gagnées</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Perdues</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Taux de conversion (%)</source>
        <translation>Conversion rate (%)</translation>
    </message>
    <message>
        <source>Meilleurs commerciaux</source>
        <translation>Top salespeople</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>CA gagné (€)</source>
        <translation>Revenue won (€)</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Opportunités créées</source>
        <translation>Opportunities created</translation>
    </message>
    <message>
        <source>Opportunités gagnées</source>
        <translation>Opportunities won</translation>
    </message>
    <message>
        <source>Opportunités perdues</source>
        <translation>Opportunities lost</translation>
    </message>
    <message>
        <source>Panier moyen (€)</source>
        <translation>Average deal (€)</translation>
    </message>
    <message>
        <source>Revenu mensuel récurrent (€)</source>
        <translation>Monthly recurring revenue (€)</translation>
    </message>
    <message>
        <source>Évolution du CA gagné</source>
        <translation>Revenue won over time</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Entonnoir de conversion</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>Part du départ (%)</source>
        <translation>Share of the start (%)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier : %1</source>
        <translation>Cannot write the file: %1</translation>
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
    <name>hector::sync::ProspectImporter</name>
    <message>
        <source>La base locale n&apos;est pas ouverte.</source>
        <translation>The local database is not open.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir « %1 » : %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>La base locale a été fermée.</source>
        <translation>The local database was closed.</translation>
    </message>
    <message>
        <source>Cet import est introuvable dans la base locale.</source>
        <translation>This import cannot be found in the local database.</translation>
    </message>
    <message>
        <source>Cet import a déjà été annulé.</source>
        <translation>This import has already been undone.</translation>
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
    <message>
        <source>Le numéro « %1 » n&apos;est pas un numéro de téléphone valide au format international (+33…, +352…, +32…).</source>
        <translation>The number “%1” is not a valid phone number in international format (+33…, +352…, +32…).</translation>
    </message>
    <message>
        <source>Tranche d&apos;effectif inconnue : « %1 ».</source>
        <translation>Unknown headcount band: “%1”.</translation>
    </message>
    <message>
        <source>Le chiffre d&apos;affaires ne peut pas être négatif.</source>
        <translation>The revenue cannot be negative.</translation>
    </message>
    <message>
        <source>Coordonnées GPS hors limites.</source>
        <translation>GPS coordinates out of range.</translation>
    </message>
    <message>
        <source>La latitude et la longitude vont ensemble.</source>
        <translation>Latitude and longitude go together.</translation>
    </message>
    <message>
        <source>%1 : la date est obligatoire.</source>
        <translation>%1: the date is required.</translation>
    </message>
    <message>
        <source>%1 : date « %2 » illisible.</source>
        <translation>%1: unreadable date “%2”.</translation>
    </message>
    <message>
        <source>L&apos;entité du rendez-vous est obligatoire.</source>
        <translation>The entity of the appointment is required.</translation>
    </message>
    <message>
        <source>L&apos;objet du rendez-vous est obligatoire.</source>
        <translation>The subject of the appointment is required.</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>La fin du rendez-vous précède son début.</source>
        <translation>The end of the appointment is before its start.</translation>
    </message>
    <message>
        <source>Statut de rendez-vous inconnu : « %1 ».</source>
        <translation>Unknown appointment status: “%1”.</translation>
    </message>
    <message>
        <source>Le rappel doit être entre 0 minute et 7 jours avant.</source>
        <translation>The reminder must be between 0 minutes and 7 days before.</translation>
    </message>
    <message>
        <source>L&apos;entité de l&apos;action est obligatoire.</source>
        <translation>The entity of the action is required.</translation>
    </message>
    <message>
        <source>L&apos;intitulé de l&apos;action est obligatoire.</source>
        <translation>The title of the action is required.</translation>
    </message>
    <message>
        <source>Type d&apos;action inconnu : « %1 ».</source>
        <translation>Unknown action type: “%1”.</translation>
    </message>
    <message>
        <source>Statut d&apos;action inconnu : « %1 ».</source>
        <translation>Unknown action status: “%1”.</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Une note appartient à un prospect.</source>
        <translation>A note belongs to a prospect.</translation>
    </message>
    <message>
        <source>La note est vide.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Le profil DISC doit être D, I, S ou C.</source>
        <translation>The DISC profile must be D, I, S or C.</translation>
    </message>
    <message>
        <source>L&apos;entité de l&apos;opportunité est obligatoire.</source>
        <translation>The entity of the opportunity is required.</translation>
    </message>
    <message>
        <source>L&apos;intitulé de l&apos;opportunité est obligatoire.</source>
        <translation>The title of the opportunity is required.</translation>
    </message>
    <message>
        <source>Étape inconnue : « %1 ».</source>
        <translation>Unknown stage: “%1”.</translation>
    </message>
    <message>
        <source>Le montant ne peut pas être négatif.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>L&apos;abonnement mensuel ne peut pas être négatif.</source>
        <translation>The monthly subscription cannot be negative.</translation>
    </message>
    <message>
        <source>Le nombre de relations communes ne peut pas être négatif.</source>
        <translation>The number of mutual connections cannot be negative.</translation>
    </message>
    <message>
        <source>La probabilité est un pourcentage entre 0 et 100.</source>
        <translation>The probability is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Signature prévue</source>
        <translation>Expected signing</translation>
    </message>
    <message>
        <source>Clôturée le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Changement d&apos;étape</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <source>Une activité appartient à une opportunité.</source>
        <translation>An activity belongs to an opportunity.</translation>
    </message>
    <message>
        <source>Type d&apos;activité inconnu : « %1 ».</source>
        <translation>Unknown activity type: “%1”.</translation>
    </message>
    <message>
        <source>Une activité est sortante ou entrante.</source>
        <translation>An activity is either outbound or inbound.</translation>
    </message>
    <message>
        <source>Date de l&apos;activité</source>
        <translation>Activity date</translation>
    </message>
    <message>
        <source>Une note appartient à une opportunité.</source>
        <translation>A note belongs to an opportunity.</translation>
    </message>
    <message>
        <source>Lu le</source>
        <translation>Read on</translation>
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
    <name>hector::ui::ActionDialog</name>
    <message>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Modifier l&apos;action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>ex. Rappeler pour le devis vidéosurveillance</source>
        <translation>e.g. Call back about the video surveillance quote</translation>
    </message>
    <message>
        <source>&amp;Intitulé *</source>
        <translation>T&amp;itle *</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>Décochez pour une action sans échéance</source>
        <translation>Untick for an action without a due date</translation>
    </message>
    <message>
        <source>Avec échéance</source>
        <translation>With a due date</translation>
    </message>
    <message>
        <source>Heure d&apos;échéance</source>
        <translation>Due time</translation>
    </message>
    <message>
        <source>à</source>
        <translation>at</translation>
    </message>
    <message>
        <source>É&amp;chéance</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Responsable</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>Détails, interlocuteur, résultat…</source>
        <translation>Details, contact person, outcome…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
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
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Cette action n&apos;existe plus (supprimée ou synchronisée entre-temps).</source>
        <translation>This action no longer exists (deleted or synchronised in the meantime).</translation>
    </message>
    <message>
        <source>Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison sociale ou de sa ville), ou videz le champ.</source>
        <translation>Choose the prospect from the suggested list (type a few letters of its company name or city), or clear the field.</translation>
    </message>
</context>
<context>
    <name>hector::ui::ActionModel</name>
    <message>
        <source>Cette action n&apos;existe plus.</source>
        <translation>This action no longer exists.</translation>
    </message>
    <message>
        <source>« %1 » est déjà terminée.</source>
        <translation>“%1” is already done.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Terminée le %1</source>
        <translation>Completed on %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>hector::ui::ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Marquer &amp;terminé</source>
        <translation>Mar&amp;k done</translation>
    </message>
    <message>
        <source>Marquer l&apos;action sélectionnée comme terminée (Ctrl+Entrée ou Espace)</source>
        <translation>Mark the selected action as done (Ctrl+Enter or Space)</translation>
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
        <source>Supprimer l&apos;action sélectionnée (Suppr)</source>
        <translation>Delete the selected action (Del)</translation>
    </message>
    <message>
        <source>&amp;Nouvelle action</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <source>Nouvelle action (Ctrl+N)</source>
        <translation>New action (Ctrl+N)</translation>
    </message>
    <message>
        <source>Actions de</source>
        <translation>Actions of</translation>
    </message>
    <message>
        <source>Mes actions</source>
        <translation>My actions</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Non terminées</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>En &amp;retard uniquement</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Aucune action ne correspond à ces filtres.</source>
        <translation>No action matches these filters.</translation>
    </message>
    <message>
        <source>Aucune action en cours.
Créez-en une avec « Nouvelle action » (Ctrl+N) : un appel à passer, un e-mail à envoyer, une visite, un devis…</source>
        <translation>No open actions.
Create one with “New action” (Ctrl+N): a call to make, an email to send, a visit, a quote…</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source> · 1 en retard</source>
        <translation> · 1 overdue</translation>
    </message>
    <message>
        <source> · %1 en retard</source>
        <translation> · %1 overdue</translation>
    </message>
    <message>
        <source>   —   Entrée : ouvrir · Ctrl+Entrée ou Espace : marquer terminé · Suppr : supprimer</source>
        <translation>   —   Enter: open · Ctrl+Enter or Space: mark done · Del: delete</translation>
    </message>
    <message>
        <source>Action enregistrée.</source>
        <translation>Action saved.</translation>
    </message>
    <message>
        <source>« %1 » est terminée.</source>
        <translation>“%1” is done.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action « %1 » ? Vous pourrez annuler juste après.</source>
        <translation>Delete the action “%1”? You can undo right after.</translation>
    </message>
    <message>
        <source>L&apos;action « %1 » a été supprimée.</source>
        <translation>The action “%1” was deleted.</translation>
    </message>
    <message>
        <source>&amp;Annuler la suppression</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>« %1 » est de nouveau « %2 ».</source>
        <translation>“%1” is “%2” again.</translation>
    </message>
    <message>
        <source>L&apos;action « %1 » a été restaurée.</source>
        <translation>The action “%1” was restored.</translation>
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
    <name>hector::ui::AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>E&amp;xporter (.ics)</source>
        <translation>E&amp;xport (.ics)</translation>
    </message>
    <message>
        <source>Exporter les rendez-vous affichés vers un fichier iCalendar (Outlook, Google Agenda, Thunderbird…)</source>
        <translation>Export the displayed appointments to an iCalendar file (Outlook, Google Calendar, Thunderbird…)</translation>
    </message>
    <message>
        <source>&amp;Nouveau rendez-vous</source>
        <translation>&amp;New appointment</translation>
    </message>
    <message>
        <source>Nouveau rendez-vous (Ctrl+N)</source>
        <translation>New appointment (Ctrl+N)</translation>
    </message>
    <message>
        <source>Période précédente (Alt+Page préc.)</source>
        <translation>Previous period (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Revenir à aujourd&apos;hui (Alt+Origine)</source>
        <translation>Back to today (Alt+Home)</translation>
    </message>
    <message>
        <source>Période suivante (Alt+Page suiv.)</source>
        <translation>Next period (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Période suivante</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Rendez-vous de</source>
        <translation>Appointments of</translation>
    </message>
    <message>
        <source>Mes rendez-vous</source>
        <translation>My appointments</translation>
    </message>
    <message>
        <source>Toute l&apos;équipe</source>
        <translation>The whole team</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Semaine</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Vue semaine (Alt+S)</source>
        <translation>Week view (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Mois</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Vue mois (Alt+M)</source>
        <translation>Month view (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Vue liste (Alt+L)</source>
        <translation>List view (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Annuler la suppression</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Semaine %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <source>Double-cliquez sur un créneau ou appuyez sur Ctrl+N pour en créer un.</source>
        <translation>Double-click a time slot or press Ctrl+N to create one.</translation>
    </message>
    <message>
        <source>Aucun rendez-vous « %1 » sur cette période.</source>
        <translation>No “%1” appointment in this period.</translation>
    </message>
    <message>
        <source>Aucun rendez-vous cette semaine.</source>
        <translation>No appointments this week.</translation>
    </message>
    <message>
        <source>Aucun rendez-vous ce mois-ci.</source>
        <translation>No appointments this month.</translation>
    </message>
    <message>
        <source>Créez-en un avec « Nouveau rendez-vous » (Ctrl+N).</source>
        <translation>Create one with “New appointment” (Ctrl+N).</translation>
    </message>
    <message>
        <source>1 rendez-vous</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <source>%1 rendez-vous</source>
        <translation>%1 appointments</translation>
    </message>
    <message>
        <source> · 1 planifié</source>
        <translation> · 1 scheduled</translation>
    </message>
    <message>
        <source> · %1 planifiés</source>
        <translation> · %1 scheduled</translation>
    </message>
    <message>
        <source> · 1 annulé</source>
        <translation> · 1 cancelled</translation>
    </message>
    <message>
        <source> · %1 annulés</source>
        <translation> · %1 cancelled</translation>
    </message>
    <message>
        <source>   —   Flèches : se déplacer · Entrée : ouvrir ou créer · Suppr : supprimer</source>
        <translation>   —   Arrows: move · Enter: open or create · Del: delete</translation>
    </message>
    <message>
        <source>   —   Flèches : changer de jour · Entrée : voir la semaine · Double-clic : ouvrir ou créer</source>
        <translation>   —   Arrows: change day · Enter: see the week · Double-click: open or create</translation>
    </message>
    <message>
        <source>   —   Entrée : ouvrir · Suppr : supprimer · Clic sur un en-tête : trier</source>
        <translation>   —   Enter: open · Del: delete · Click a header: sort</translation>
    </message>
    <message>
        <source>Rendez-vous enregistré. Il sera envoyé au serveur dès que possible.</source>
        <translation>Appointment saved. It will be sent to the server as soon as possible.</translation>
    </message>
    <message>
        <source>Supprimer le rendez-vous</source>
        <translation>Delete appointment</translation>
    </message>
    <message>
        <source>Supprimer le rendez-vous « %1 » ? Vous pourrez annuler juste après.</source>
        <translation>Delete the appointment “%1”? You can undo right after.</translation>
    </message>
    <message>
        <source>Le rendez-vous « %1 » a été supprimé.</source>
        <translation>The appointment “%1” was deleted.</translation>
    </message>
    <message>
        <source>Le rendez-vous « %1 » a été restauré.</source>
        <translation>The appointment “%1” was restored.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « %1 » : %2. Choisissez un autre dossier.</source>
        <translation>Cannot write the file “%1”: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>1 rendez-vous exporté dans « %1 ».</source>
        <translation>1 appointment exported to “%1”.</translation>
    </message>
    <message>
        <source>%1 rendez-vous exportés dans « %2 ».</source>
        <translation>%1 appointments exported to “%2”.</translation>
    </message>
    <message>
        <source>Aucun rendez-vous à exporter sur cette période.</source>
        <translation>No appointments to export in this period.</translation>
    </message>
    <message>
        <source>hector-agenda-%1.ics</source>
        <translation>hector-calendar-%1.ics</translation>
    </message>
    <message>
        <source>Exporter les rendez-vous</source>
        <translation>Export appointments</translation>
    </message>
    <message>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>hector::ui::AnalyticsPage</name>
    <message>
        <source>Analyses</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Opportunités créées</source>
        <translation>Opportunities created</translation>
    </message>
    <message>
        <source>Taux de conversion</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Panier moyen</source>
        <translation>Average deal</translation>
    </message>
    <message>
        <source>Revenu récurrent (MRR)</source>
        <translation>Recurring revenue (MRR)</translation>
    </message>
    <message>
        <source>Évolution du CA gagné</source>
        <translation>Revenue won over time</translation>
    </message>
    <message>
        <source>Répartition du pipeline</source>
        <translation>Pipeline breakdown</translation>
    </message>
    <message>
        <source>Opportunités en cours par étape, aujourd&apos;hui</source>
        <translation>Open opportunities by stage, today</translation>
    </message>
    <message>
        <source>Entonnoir de conversion</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>Opportunités créées sur la période, à cette étape ou au-delà (une perdue ne compte qu&apos;en prospection)</source>
        <translation>Opportunities created in the period, at this stage or beyond (a lost one counts only in prospecting)</translation>
    </message>
    <message>
        <source>sur la période</source>
        <translation>in the period</translation>
    </message>
    <message>
        <source>%1 gagnés</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>Aucune opportunité gagnée</source>
        <translation>No won opportunities</translation>
    </message>
    <message>
        <source>par mois, contrats gagnés au %1</source>
        <translation>per month, contracts won as of %1</translation>
    </message>
    <message>
        <source>%1 : %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>%1 opportunité gagnée</source>
        <translation>%1 won opportunity</translation>
    </message>
    <message>
        <source>%1 opportunités gagnées</source>
        <translation>%1 won opportunities</translation>
    </message>
    <message>
        <source>Montant des opportunités gagnées par mois de clôture, de %1 à %2 : %3 au total, %4</source>
        <translation>Amount of the won opportunities by closing month, from %1 to %2: %3 in total, %4</translation>
    </message>
    <message>
        <source>Aucune opportunité gagnée sur les 12 mois de %1 à %2.</source>
        <translation>No opportunity won in the 12 months from %1 to %2.</translation>
    </message>
    <message>
        <source>@value k€</source>
        <translation>€@valuek</translation>
    </message>
    <message>
        <source>%.0f k€</source>
        <translation>€%.0fk</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 : %2 (%3) · %4</source>
        <translation>%1: %2 (%3) · %4</translation>
    </message>
    <message>
        <source>Aucune opportunité en cours pour ces filtres.</source>
        <translation>No open opportunities for these filters.</translation>
    </message>
    <message>
        <source>Aucune opportunité sur la période.</source>
        <translation>No opportunities in the period.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 : %2 (%3 des opportunités créées)</source>
        <translation>%1: %2 (%3 of the opportunities created)</translation>
    </message>
</context>
<context>
    <name>hector::ui::ApiIncidentModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
</context>
<context>
    <name>hector::ui::ApiQuotaModel</name>
    <message>
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Par minute</source>
        <translation>Per minute</translation>
    </message>
    <message>
        <source>Par heure</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Par jour</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Mois / budget</source>
        <translation>Month / budget</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Dernière erreur</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Limite atteinte</source>
        <translation>Limit reached</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>%L1 (sans limite)</source>
        <translation>%L1 (no limit)</translation>
    </message>
    <message>
        <source>Configuré</source>
        <translation>Configured</translation>
    </message>
    <message>
        <source>Non configuré</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>La clé de ce fournisseur est renseignée sur le serveur.</source>
        <translation>This provider&apos;s key is set on the server.</translation>
    </message>
    <message>
        <source>Aucune clé pour ce fournisseur sur le serveur : les fonctions qui en dépendent sont indisponibles ou passent par leur solution de repli.</source>
        <translation>No key for this provider on the server: the features that depend on it are unavailable or use their fallback.</translation>
    </message>
    <message>
        <source>%1 par appel</source>
        <translation>%1 per call</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (sans budget)</source>
        <translation>%1 (no budget)</translation>
    </message>
    <message>
        <source>Une limite ou le budget du mois est atteint : les appels sont refusés (les tâches attendent).</source>
        <translation>A limit or the monthly budget has been reached: calls are refused (jobs wait).</translation>
    </message>
    <message>
        <source>Une limite ou le budget du mois est utilisé à 80 % ou plus.</source>
        <translation>A limit or the monthly budget is 80% used or more.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln appel(s) sur une limite de %L1</source>
        <translation>
            <numerusform>%Ln call out of a limit of %L1</numerusform>
            <numerusform>%Ln calls out of a limit of %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln appel(s), sans limite</source>
        <translation>
            <numerusform>%Ln call, no limit</numerusform>
            <numerusform>%Ln calls, no limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln appel(s) ce mois-ci</source>
        <translation>
            <numerusform>%Ln call this month</numerusform>
            <numerusform>%Ln calls this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hector::ui::ApiQuotasPage</name>
    <message>
        <source>Quotas API</source>
        <translation>API quotas</translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Modifier les limites…</source>
        <translation>&amp;Edit limits…</translation>
    </message>
    <message>
        <source>&amp;Remettre à zéro…</source>
        <translation>&amp;Reset…</translation>
    </message>
    <message>
        <source>Remet à zéro les compteurs du fournisseur choisi ; le journal des incidents est conservé.</source>
        <translation>Resets the counters of the selected provider; the incident log is kept.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;Fournisseur :</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Filtrer les incidents par fournisseur</source>
        <translation>Filter incidents by provider</translation>
    </message>
    <message>
        <source>Tous les fournisseurs</source>
        <translation>All providers</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur : les quotas API nécessitent une connexion.
%1</source>
        <translation>Cannot reach the server: API quotas need a connection.
%1</translation>
    </message>
    <message>
        <source>Dépense du mois : %1</source>
        <translation>Spent this month: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fournisseur(s) à la limite</source>
        <translation>
            <numerusform>%n provider at its limit</numerusform>
            <numerusform>%n providers at their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fournisseur(s) au-delà de 80 %</source>
        <translation>
            <numerusform>%n provider above 80%</numerusform>
            <numerusform>%n providers above 80%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fournisseur(s) non configuré(s) : les fonctions qui en dépendent l&apos;indiquent</source>
        <translation>
            <numerusform>%n provider not configured: the features that depend on it say so</numerusform>
            <numerusform>%n providers not configured: the features that depend on them say so</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun incident pour %1.</source>
        <translation>No incidents for %1.</translation>
    </message>
    <message>
        <source>Aucun incident enregistré : les appels aux fournisseurs se passent bien.</source>
        <translation>No incidents recorded: calls to the providers are going well.</translation>
    </message>
    <message>
        <source>Limites de %1 enregistrées.</source>
        <translation>Limits of %1 saved.</translation>
    </message>
    <message>
        <source>Remettre à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Remettre à zéro les compteurs de %1 ? Les appels et dépenses de la période repartent de zéro ; le journal des incidents est conservé.</source>
        <translation>Reset the counters of %1? The calls and spending of the period start again from zero; the incident log is kept.</translation>
    </message>
    <message>
        <source>Compteurs de %1 remis à zéro.</source>
        <translation>Counters of %1 reset.</translation>
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
    <name>hector::ui::BusinessCardScanDialog</name>
    <message>
        <source>Photographier la carte</source>
        <translation>Photograph the card</translation>
    </message>
    <message>
        <source>Cadrez la carte entière, de face, bien éclairée, puis prenez la photo.</source>
        <translation>Frame the whole card, straight on and well lit, then take the photo.</translation>
    </message>
    <message>
        <source>&amp;Prendre la photo</source>
        <translation>&amp;Take the photo</translation>
    </message>
    <message>
        <source>Prise de la photo…</source>
        <translation>Taking the photo…</translation>
    </message>
    <message>
        <source>La photo n&apos;a pas pu être prise : %1</source>
        <translation>The photo could not be taken: %1</translation>
    </message>
    <message>
        <source>La caméra ne répond pas : %1</source>
        <translation>The camera is not responding: %1</translation>
    </message>
    <message>
        <source>Scanner une carte de visite</source>
        <translation>Scan a business card</translation>
    </message>
    <message>
        <source>Déposez ici la photo ou le scan de la carte
(JPEG, PNG…)

ou utilisez les boutons à droite.</source>
        <translation>Drop the photo or scan of the card here
(JPEG, PNG…)

or use the buttons on the right.</translation>
    </message>
    <message>
        <source>Choisir une &amp;image…</source>
        <translation>Choose an &amp;image…</translation>
    </message>
    <message>
        <source>Ouvrir une photo ou un scan de la carte (Ctrl+O)</source>
        <translation>Open a photo or scan of the card (Ctrl+O)</translation>
    </message>
    <message>
        <source>Prendre une p&amp;hoto</source>
        <translation>Take a p&amp;hoto</translation>
    </message>
    <message>
        <source>Aucune caméra détectée sur ce poste : choisissez une image ou déposez-la à gauche.</source>
        <translation>No camera detected on this computer: choose an image or drop it on the left.</translation>
    </message>
    <message>
        <source>&amp;Moteur de reconnaissance</source>
        <translation>Recognition &amp;engine</translation>
    </message>
    <message>
        <source>Lecture de la carte… %p %</source>
        <translation>Reading the card… %p%</translation>
    </message>
    <message>
        <source>&amp;Annuler la lecture</source>
        <translation>&amp;Cancel reading</translation>
    </message>
    <message>
        <source>&amp;Lire la carte</source>
        <translation>&amp;Read the card</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Photo ou scan de la carte de visite</source>
        <translation>Photo or scan of the business card</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une image lisible (%2). Choisissez une photo JPEG ou PNG de la carte.</source>
        <translation>“%1” is not a readable image (%2). Choose a JPEG or PNG photo of the card.</translation>
    </message>
    <message>
        <source>Image : %1 (%2 × %3 px)</source>
        <translation>Image: %1 (%2 × %3 px)</translation>
    </message>
    <message>
        <source>photo de la caméra</source>
        <translation>camera photo</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une image. Déposez une photo JPEG ou PNG de la carte.</source>
        <translation>“%1” is not an image. Drop a JPEG or PNG photo of the card.</translation>
    </message>
    <message>
        <source>image déposée</source>
        <translation>dropped image</translation>
    </message>
    <message>
        <source>L&apos;image est envoyée au serveur Hector, qui la fait lire par Claude.</source>
        <translation>The image is sent to the Hector server, which has Claude read it.</translation>
    </message>
    <message>
        <source>Les modèles de Tesseract sont introuvables sur ce poste : la lecture locale est impossible.</source>
        <translation>The Tesseract models cannot be found on this computer: local reading is not possible.</translation>
    </message>
    <message>
        <source>Lecture sur ce poste, même hors ligne. L&apos;image ne quitte pas l&apos;ordinateur.</source>
        <translation>Read on this computer, even offline. The image does not leave the computer.</translation>
    </message>
    <message>
        <source>Claude (serveur) : %1</source>
        <translation>Claude (server): %1</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une image de la carte.</source>
        <translation>First choose an image of the card.</translation>
    </message>
    <message>
        <source>Lecture annulée. L&apos;image est conservée.</source>
        <translation>Reading cancelled. The image is kept.</translation>
    </message>
</context>
<context>
    <name>hector::ui::CommandPalette</name>
    <message>
        <source>Recherche globale</source>
        <translation>Global search</translation>
    </message>
    <message>
        <source>Rechercher un prospect, un rendez-vous, une action ou une page…</source>
        <translation>Search for a prospect, an appointment, an action or a page…</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</source>
        <translation>↑ ↓ to choose · Enter to open · Esc to close</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %1 ».
Essayez le nom de l&apos;entreprise, la ville, le code postal ou l&apos;objet d&apos;un rendez-vous.</source>
        <translation>No results for “%1”.
Try the company name, the city, the postcode or the subject of an appointment.</translation>
    </message>
</context>
<context>
    <name>hector::ui::CommandPaletteModel</name>
    <message>
        <source>Aller à « %1 »</source>
        <translation>Go to “%1”</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Opportunité</source>
        <translation>Opportunity</translation>
    </message>
</context>
<context>
    <name>hector::ui::CompanyResultsModel</name>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>%1
%2 %3 %4</source>
        <translation>%1
%2 %3 %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Fermée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Pappers</source>
        <translation>Pappers</translation>
    </message>
    <message>
        <source>INSEE</source>
        <translation>INSEE</translation>
    </message>
</context>
<context>
    <name>hector::ui::CompanySearchPage</name>
    <message>
        <source>Trouve-moi le patron</source>
        <translation>Find me the boss</translation>
    </message>
    <message>
        <source>Cherchez une entreprise dans le répertoire officiel par son nom, son SIREN ou SIRET, ou « nom ville » ; choisissez le décideur et créez le prospect pré-rempli.</source>
        <translation>Search the official register for a company by name, SIREN or SIRET, or “name city”; choose the decision maker and create the pre-filled prospect.</translation>
    </message>
    <message>
        <source>Ex. : Boulangerie Martin Lyon, 552 100 554 ou 55210055400013</source>
        <translation>E.g.: Boulangerie Martin Lyon, 552 100 554 or 55210055400013</translation>
    </message>
    <message>
        <source>Entreprise à rechercher</source>
        <translation>Company to search for</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Saisissez un nom, un SIREN ou un SIRET puis appuyez sur Entrée.</source>
        <translation>Enter a name, a SIREN or a SIRET, then press Enter.</translation>
    </message>
    <message>
        <source>La recherche d&apos;entreprises n&apos;est pas configurée sur ce serveur.
Aucune clé INSEE ni Pappers n&apos;y est renseignée : demandez à l&apos;administrateur de les ajouter.
Vous pouvez toujours créer un prospect à la main depuis « Prospects ».</source>
        <translation>Company search is not configured on this server.
No INSEE or Pappers key is set there: ask the administrator to add them.
You can still create a prospect by hand from “Prospects”.</translation>
    </message>
    <message>
        <source>Décideurs</source>
        <translation>Decision makers</translation>
    </message>
    <message>
        <source>Décideurs de l&apos;entreprise : choisissez celui du prospect</source>
        <translation>The company&apos;s decision makers: choose the prospect&apos;s one</translation>
    </message>
    <message>
        <source>Aucun décideur connu dans le répertoire pour cette entreprise.</source>
        <translation>No decision maker is known in the register for this company.</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la fiche existante</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <source>&amp;Créer le prospect</source>
        <translation>C&amp;reate the prospect</translation>
    </message>
    <message>
        <source>Crée le prospect pré-rempli (raison sociale, SIREN, adresse, activité, effectif, chiffre d&apos;affaires) avec le décideur sélectionné.</source>
        <translation>Creates the pre-filled prospect (company name, SIREN, address, activity, headcount, revenue) with the selected decision maker.</translation>
    </message>
    <message>
        <source>Aucune entreprise sélectionnée</source>
        <translation>No company selected</translation>
    </message>
    <message>
        <source>Choisissez un résultat pour voir l&apos;entreprise et ses décideurs.</source>
        <translation>Choose a result to see the company and its decision makers.</translation>
    </message>
    <message>
        <source>Saisissez au moins deux caractères : un nom, un SIREN (9 chiffres) ou un SIRET (14 chiffres).</source>
        <translation>Enter at least two characters: a name, a SIREN (9 digits) or a SIRET (14 digits).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres).</source>
        <translation>“%1” is neither a SIREN (9 digits) nor a SIRET (14 digits).</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur : la recherche d&apos;entreprises nécessite une connexion.
%1</source>
        <translation>Cannot reach the server: company search needs a connection.
%1</translation>
    </message>
    <message>
        <source>Aucune entreprise ne correspond à « %1 ».
Vérifiez l&apos;orthographe, ajoutez la ville, ou cherchez par SIREN.</source>
        <translation>No company matches “%1”.
Check the spelling, add the city, or search by SIREN.</translation>
    </message>
    <message>
        <source>%L1 entreprises trouvées ; les %L2 premières sont affichées. Précisez la recherche (ville, SIREN) pour affiner.</source>
        <translation>%L1 companies found; the first %L2 are shown. Refine the search (city, SIREN) to narrow it down.</translation>
    </message>
    <message>
        <source>Chargement des décideurs…</source>
        <translation>Loading the decision makers…</translation>
    </message>
    <message>
        <source>Le détail de l&apos;entreprise n&apos;a pas pu être chargé.</source>
        <translation>The company details could not be loaded.</translation>
    </message>
    <message>
        <source>SIREN %1%2</source>
        <translation>SIREN %1%2</translation>
    </message>
    <message>
        <source> — SIRET du siège %1 %2</source>
        <translation> — head office SIRET %1 %2</translation>
    </message>
    <message>
        <source>Activité : %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>CA %1 (%2)</source>
        <translation>Revenue %1 (%2)</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>Revenue %1</translation>
    </message>
    <message>
        <source>créée le %1</source>
        <translation>created on %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;entreprise fermée&lt;/b&gt;</source>
        <translation>&lt;b&gt;company closed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cette entreprise est déjà dans vos prospects.</source>
        <translation>This company is already in your prospects.</translation>
    </message>
    <message>
        <source>Crée le prospect pré-rempli avec le décideur sélectionné.</source>
        <translation>Creates the pre-filled prospect with the selected decision maker.</translation>
    </message>
    <message>
        <source>Cette entreprise est déjà un prospect : ouvrez la fiche existante.</source>
        <translation>This company is already a prospect: open the existing record.</translation>
    </message>
    <message>
        <source>Ce prospect existe déjà : la fiche existante s&apos;ouvre.</source>
        <translation>This prospect already exists: the existing record opens.</translation>
    </message>
    <message>
        <source>Prospect créé.</source>
        <translation>Prospect created.</translation>
    </message>
    <message>
        <source>Prospect « %1 » créé.</source>
        <translation>Prospect “%1” created.</translation>
    </message>
    <message>
        <source>Synchronisation de la fiche…</source>
        <translation>Synchronising the record…</translation>
    </message>
    <message>
        <source>La fiche est enregistrée sur le serveur ; elle apparaîtra dans « Prospects » à la prochaine synchronisation.</source>
        <translation>The record is saved on the server; it will appear in “Prospects” at the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>hector::ui::CrmSupport</name>
    <message>
        <source>En retard depuis %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>En retard de 1 jour</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <source>En retard de %1 jours</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <source>%1 (moi)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <source>Utilisateur inconnu</source>
        <translation>Unknown user</translation>
    </message>
</context>
<context>
    <name>hector::ui::DashboardFilterBar</name>
    <message>
        <source>Ce mois</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Ce trimestre</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Personnalisé</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Premier jour de la période</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Au (inclus)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>Dernier jour de la période (inclus)</source>
        <translation>Last day of the period (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Entité :</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <source>É&amp;quipe :</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Commercial :</source>
        <translation>&amp;Salesperson:</translation>
    </message>
    <message>
        <source>Toutes les entités</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>Toutes les équipes</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Aucune équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Tous les commerciaux</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <source>1er trimestre %1</source>
        <translation>Q1 %1</translation>
    </message>
    <message>
        <source>%1e trimestre %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Année %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
</context>
<context>
    <name>hector::ui::DashboardPage</name>
    <message>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Exporter le tableau de bord en image, en PDF ou ses chiffres en CSV</source>
        <translation>Export the dashboard as an image or a PDF, or its figures as CSV</translation>
    </message>
    <message>
        <source>Image PNG…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <source>Document PDF (A4 paysage)…</source>
        <translation>PDF document (A4 landscape)…</translation>
    </message>
    <message>
        <source>Chiffres CSV (Excel)…</source>
        <translation>CSV figures (Excel)…</translation>
    </message>
    <message>
        <source>%1 — filtres</source>
        <translation>%1 — filters</translation>
    </message>
    <message>
        <source>Filtre</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Du (inclus)</source>
        <translation>From (inclusive)</translation>
    </message>
    <message>
        <source>Au (exclu)</source>
        <translation>To (exclusive)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hector — </source>
        <translation>Hector — </translation>
    </message>
    <message>
        <source>Exporté le %1 à %2, d&apos;après la base locale</source>
        <translation>Exported on %1 at %2, from the local database</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « %1 » : %2. Choisissez un autre dossier.</source>
        <translation>Cannot write the file “%1”: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>Tableau de bord « %1 » exporté dans « %2 ».</source>
        <translation>Dashboard “%1” exported to “%2”.</translation>
    </message>
    <message>
        <source>l&apos;image n&apos;a pas pu être enregistrée</source>
        <translation>the image could not be saved</translation>
    </message>
    <message>
        <source>le document PDF n&apos;a pas pu être créé</source>
        <translation>the PDF document could not be created</translation>
    </message>
    <message>
        <source>le document PDF n&apos;a pas pu être terminé</source>
        <translation>the PDF document could not be finished</translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Exporter « %1 »</source>
        <translation>Export “%1”</translation>
    </message>
</context>
<context>
    <name>hector::ui::DashboardWidgets</name>
    <message>
        <source>%1 opportunité</source>
        <translation>%1 opportunity</translation>
    </message>
    <message>
        <source>%1 opportunités</source>
        <translation>%1 opportunities</translation>
    </message>
</context>
<context>
    <name>hector::ui::DecisionMakersModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pappers</source>
        <translation>Pappers</translation>
    </message>
    <message>
        <source>INSEE</source>
        <translation>INSEE</translation>
    </message>
</context>
<context>
    <name>hector::ui::DuplicateDialog</name>
    <message>
        <source>même SIREN</source>
        <translation>same SIREN</translation>
    </message>
    <message>
        <source>même SIRET</source>
        <translation>same SIRET</translation>
    </message>
    <message>
        <source>même nom et même code postal</source>
        <translation>same name and same postcode</translation>
    </message>
    <message>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Ce prospect existe peut-être déjà</source>
        <translation>This prospect may already exist</translation>
    </message>
    <message>
        <source>Ces prospects ressemblent à celui-ci</source>
        <translation>These prospects look like this one</translation>
    </message>
    <message>
        <source>Vérifiez la fiche existante avant d&apos;en créer une nouvelle : deux fiches pour la même entreprise dispersent le suivi commercial.</source>
        <translation>Check the existing record before creating a new one: two records for the same company scatter the sales follow-up.</translation>
    </message>
    <message>
        <source>Après votre modification, cette fiche ressemble à une autre fiche. Vérifiez avant d&apos;enregistrer.</source>
        <translation>After your change, this record looks like another record. Check before saving.</translation>
    </message>
    <message>
        <source>Ressemblance</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Code postal et ville</source>
        <translation>Postcode and city</translation>
    </message>
    <message>
        <source>SIREN / SIRET</source>
        <translation>SIREN / SIRET</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — statut : %2</source>
        <translation>%1 — status: %2</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la fiche existante</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <source>&amp;Créer quand même</source>
        <translation>&amp;Create anyway</translation>
    </message>
    <message>
        <source>&amp;Enregistrer quand même</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hector::ui::EnrichmentPage</name>
    <message>
        <source>%1 : configuré</source>
        <translation>%1: configured</translation>
    </message>
    <message>
        <source>%1 : &lt;b&gt;non configuré&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;not configured&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrichissement et géocodage</source>
        <translation>Enrichment and geocoding</translation>
    </message>
    <message>
        <source>Enrichissement des fiches (INSEE, puis Pappers)</source>
        <translation>Record enrichment (INSEE, then Pappers)</translation>
    </message>
    <message>
        <source>Qualité des données (score de complétude)</source>
        <translation>Data quality (completeness score)</translation>
    </message>
    <message>
        <source>Très incomplètes (0–30)</source>
        <translation>Very incomplete (0–30)</translation>
    </message>
    <message>
        <source>Moyennes (31–60)</source>
        <translation>Average (31–60)</translation>
    </message>
    <message>
        <source>Bien remplies (61–89)</source>
        <translation>Well filled (61–89)</translation>
    </message>
    <message>
        <source>Complètes (90–100)</source>
        <translation>Complete (90–100)</translation>
    </message>
    <message>
        <source>%v fiche(s)</source>
        <translation>%v record(s)</translation>
    </message>
    <message>
        <source>&amp;Nombre de fiches :</source>
        <translation>&amp;Number of records:</translation>
    </message>
    <message>
        <source>&amp;Lancer un rattrapage</source>
        <translation>&amp;Start a catch-up</translation>
    </message>
    <message>
        <source>Met en file l&apos;enrichissement des fiches les moins complètes, hors délai de carence, sans attendre la nuit.</source>
        <translation>Queues the enrichment of the least complete records outside their waiting period, without waiting for the night.</translation>
    </message>
    <message>
        <source>Géocodage (Google, puis Nominatim, puis centroïde)</source>
        <translation>Geocoding (Google, then Nominatim, then centroid)</translation>
    </message>
    <message>
        <source>Origine des coordonnées</source>
        <translation>Origin of the coordinates</translation>
    </message>
    <message>
        <source>Google Maps</source>
        <translation>Google Maps</translation>
    </message>
    <message>
        <source>OpenStreetMap Nominatim</source>
        <translation>OpenStreetMap Nominatim</translation>
    </message>
    <message>
        <source>Centre du code postal</source>
        <translation>Postcode centre</translation>
    </message>
    <message>
        <source>Sans coordonnées</source>
        <translation>Without coordinates</translation>
    </message>
    <message>
        <source>&amp;Au plus :</source>
        <translation>&amp;At most:</translation>
    </message>
    <message>
        <source> fiches</source>
        <translation> records</translation>
    </message>
    <message>
        <source>&amp;Géocoder les prospects sans coordonnées</source>
        <translation>&amp;Geocode prospects without coordinates</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur : l&apos;enrichissement et le géocodage nécessitent une connexion.
%1</source>
        <translation>Cannot reach the server: enrichment and geocoding need a connection.
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1&lt;/b&gt; fiche(s) enrichie(s), &lt;b&gt;%L2&lt;/b&gt; en attente, &lt;b&gt;%L3&lt;/b&gt; en échec, &lt;b&gt;%L4&lt;/b&gt; jamais enrichie(s).</source>
        <translation>Records enriched: &lt;b&gt;%L1&lt;/b&gt;, pending: &lt;b&gt;%L2&lt;/b&gt;, failed: &lt;b&gt;%L3&lt;/b&gt;, never enriched: &lt;b&gt;%L4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Aucun fournisseur n&apos;est configuré sur le serveur : l&apos;enrichissement est indisponible. Renseignez la clé INSEE ou Pappers dans la configuration du serveur.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No provider is configured on the server: enrichment is unavailable. Set the INSEE or Pappers key in the server configuration.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Indisponible : aucun fournisseur d&apos;enrichissement n&apos;est configuré.</source>
        <translation>Unavailable: no enrichment provider is configured.</translation>
    </message>
    <message>
        <source>Nuit : %L1 fiches au plus, %L2 jours entre deux enrichissements d&apos;une fiche.</source>
        <translation>Nightly: at most %L1 records, %L2 days between two enrichments of a record.</translation>
    </message>
    <message>
        <source>Dernier passage : %1 (%2).</source>
        <translation>Last run: %1 (%2).</translation>
    </message>
    <message>
        <source>Aucun passage pour l&apos;instant.</source>
        <translation>No run yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1&lt;/b&gt; fiche(s) sans coordonnées.&lt;br&gt;Cache : %L2 adresse(s), %L3 réutilisation(s).&lt;br&gt;Centroïdes connus : France %L4, Belgique %L5, Luxembourg %L6.</source>
        <translation>Records without coordinates: &lt;b&gt;%L1&lt;/b&gt;.&lt;br&gt;Cache: %L2 addresses, %L3 hits.&lt;br&gt;Known centroids: France %L4, Belgium %L5, Luxembourg %L6.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Aucun service de géocodage configuré : les fiches sont placées au centre de leur code postal (précision « ville »).&lt;/i&gt;</source>
        <translation>&lt;i&gt;No geocoding service configured: records are placed at the centre of their postcode (“city” precision).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Lance une tâche de fond qui localise les fiches sans coordonnées.</source>
        <translation>Starts a background job that locates the records without coordinates.</translation>
    </message>
    <message>
        <source>Toutes les fiches ont déjà des coordonnées.</source>
        <translation>All records already have coordinates.</translation>
    </message>
    <message>
        <source>Lancer un rattrapage</source>
        <translation>Start a catch-up</translation>
    </message>
    <message>
        <source>Aucune fiche à enrichir pour l&apos;instant (toutes sont à jour ou dans leur délai de carence).</source>
        <translation>No records to enrich for now (all are up to date or within their waiting period).</translation>
    </message>
    <message numerus="yes">
        <source>Mettre en file l&apos;enrichissement d&apos;au plus %Ln fiche(s) ? Les appels à Pappers sont facturés (voir « Quotas API »).</source>
        <translation>
            <numerusform>Queue the enrichment of at most %Ln record? Pappers calls are charged (see “API quotas”).</numerusform>
            <numerusform>Queue the enrichment of at most %Ln records? Pappers calls are charged (see “API quotas”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiche(s) mise(s) en file d&apos;enrichissement. Suivez-les dans « Tâches et planifications ».</source>
        <translation>
            <numerusform>%Ln record queued for enrichment. Follow it in “Jobs and schedules”.</numerusform>
            <numerusform>%Ln records queued for enrichment. Follow them in “Jobs and schedules”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Géocoder les prospects</source>
        <translation>Geocode prospects</translation>
    </message>
    <message numerus="yes">
        <source>Localiser au plus %Ln fiche(s) sans coordonnées ? La tâche tourne sur le serveur ; vous pouvez quitter cette page.</source>
        <translation>
            <numerusform>Locate at most %Ln record without coordinates? The job runs on the server; you can leave this page.</numerusform>
            <numerusform>Locate at most %Ln records without coordinates? The job runs on the server; you can leave this page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune fiche à géocoder.</source>
        <translation>No records to geocode.</translation>
    </message>
    <message numerus="yes">
        <source>Géocodage de %Ln fiche(s)…</source>
        <translation>
            <numerusform>Geocoding %Ln record…</numerusform>
            <numerusform>Geocoding %Ln records…</numerusform>
        </translation>
    </message>
    <message>
        <source>La tâche a commencé : elle ne peut plus être annulée.</source>
        <translation>The job has started: it can no longer be cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Géocodage de %Ln fiche(s) en cours…</source>
        <translation>
            <numerusform>Geocoding %Ln record, in progress…</numerusform>
            <numerusform>Geocoding %Ln records, in progress…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Géocodage terminé (%Ln fiche(s)).</source>
        <translation>
            <numerusform>Geocoding finished (%Ln record).</numerusform>
            <numerusform>Geocoding finished (%Ln records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Géocodage annulé.</source>
        <translation>Geocoding cancelled.</translation>
    </message>
    <message>
        <source>Le géocodage a échoué : %1</source>
        <translation>Geocoding failed: %1</translation>
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
    <name>hector::ui::FieldProspectDialog</name>
    <message>
        <source>Nouveau prospect terrain</source>
        <translation>New field prospect</translation>
    </message>
    <message>
        <source>L&apos;essentiel suffit : une assistante complétera la fiche. Le prospect est créé « À qualifier », à votre nom, même hors ligne.</source>
        <translation>The essentials are enough: an assistant will complete the record. The prospect is created as “To qualify”, in your name, even offline.</translation>
    </message>
    <message>
        <source>ex. Garage Moreau</source>
        <translation>e.g. Garage Moreau</translation>
    </message>
    <message>
        <source>&amp;Raison sociale *</source>
        <translation>&amp;Company name *</translation>
    </message>
    <message>
        <source>ex. 59000, L-1234, 1000</source>
        <translation>e.g. 59000, L-1234, 1000</translation>
    </message>
    <message>
        <source>Ville (facultatif)</source>
        <translation>City (optional)</translation>
    </message>
    <message>
        <source>Code &amp;postal *</source>
        <translation>&amp;Postcode *</translation>
    </message>
    <message>
        <source>Pa&amp;ys</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <source>ex. 06 12 34 56 78 (facultatif)</source>
        <translation>e.g. 06 12 34 56 78 (optional)</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Nom de la personne rencontrée (facultatif)</source>
        <translation>Name of the person you met (optional)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <source>Ce que vous avez vu ou entendu : besoin, concurrent en place, meilleur moment pour rappeler… (facultatif)</source>
        <translation>What you saw or heard: need, incumbent competitor, best time to call back… (optional)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Créer le prospect</source>
        <translation>C&amp;reate the prospect</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>aucune entité de ce pays</source>
        <translation>no entity in this country</translation>
    </message>
    <message>
        <source>entité « %1 »</source>
        <translation>entity “%1”</translation>
    </message>
    <message>
        <source>Indiquez la raison sociale.</source>
        <translation>Enter the company name.</translation>
    </message>
    <message>
        <source>Indiquez le code postal.</source>
        <translation>Enter the postcode.</translation>
    </message>
    <message>
        <source>Remplir depuis une carte de &amp;visite…</source>
        <translation>Fill from a business &amp;card…</translation>
    </message>
    <message>
        <source>Lire la photo d&apos;une carte de visite pour remplir les champs</source>
        <translation>Read the photo of a business card to fill in the fields</translation>
    </message>
    <message>
        <source>Fonction : %1</source>
        <translation>Job title: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Téléphone fixe : %1</source>
        <translation>Landline: %1</translation>
    </message>
    <message>
        <source>Adresse : %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Site : %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Carte de visite — %1</source>
        <translation>Business card — %1</translation>
    </message>
    <message>
        <source>Champs remplis depuis la carte de visite : vérifiez-les avant de créer le prospect.</source>
        <translation>Fields filled from the business card: check them before creating the prospect.</translation>
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
    <name>hector::ui::ImportBatchModel</name>
    <message>
        <source>Annulé le %1</source>
        <translation>Undone on %1</translation>
    </message>
    <message>
        <source>Interrompu (rien n&apos;a été gardé)</source>
        <translation>Interrupted (nothing was kept)</translation>
    </message>
    <message>
        <source>Importé</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Créés</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>hector::ui::ImportHistoryDialog</name>
    <message>
        <source>Imports récents</source>
        <translation>Recent imports</translation>
    </message>
    <message>
        <source>Annuler un import supprime les fiches qu&apos;il a créées et remet celles qu&apos;il a mises à jour comme avant, ici puis sur le serveur.</source>
        <translation>Undoing an import deletes the records it created and restores the ones it updated, here and then on the server.</translation>
    </message>
    <message>
        <source>Aucun import pour l&apos;instant. « Importer… » dans la liste des prospects lance l&apos;assistant.</source>
        <translation>No imports yet. “Import…” in the prospect list starts the wizard.</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Annuler cet import</source>
        <translation>&amp;Undo this import</translation>
    </message>
    <message>
        <source>Import « %1 » annulé.</source>
        <translation>Import “%1” undone.</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <source>Supprimer les %L1 fiche(s) créée(s) par l&apos;import de « %2 » et remettre les %L3 fiche(s) mises à jour comme avant ?</source>
        <translation>Delete the records created by the import of “%2” (%L1) and restore the records it updated (%L3)?</translation>
    </message>
</context>
<context>
    <name>hector::ui::ImportProblemModel</name>
    <message>
        <source>Créer quand même</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Mettre à jour la fiche</source>
        <translation>Update the record</translation>
    </message>
    <message>
        <source>Ignorer la ligne</source>
        <translation>Skip the row</translation>
    </message>
    <message>
        <source>(sans raison sociale)</source>
        <translation>(no company name)</translation>
    </message>
    <message>
        <source>Doublon de %1</source>
        <translation>Duplicate of %1</translation>
    </message>
    <message>
        <source>Ligne refusée</source>
        <translation>Row rejected</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>hector::ui::JobsModel</name>
    <message>
        <source>Tâche</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tentatives</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Prévue le</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Créée le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Démarrée le</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Terminée le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Dernière erreur</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terminée</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>En échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Abandonnée</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Géocodage par lot</source>
        <translation>Batch geocoding</translation>
    </message>
    <message>
        <source>Géocodage</source>
        <translation>Geocoding</translation>
    </message>
    <message>
        <source>Rattrapage d&apos;enrichissement</source>
        <translation>Enrichment catch-up</translation>
    </message>
    <message>
        <source>Enrichissement nocturne</source>
        <translation>Nightly enrichment</translation>
    </message>
    <message>
        <source>Enrichissement d&apos;un prospect</source>
        <translation>Prospect enrichment</translation>
    </message>
    <message>
        <source>Envoi d&apos;e-mail</source>
        <translation>Email sending</translation>
    </message>
    <message>
        <source>Envoi de SMS</source>
        <translation>SMS sending</translation>
    </message>
    <message>
        <source>Recalcul des scores</source>
        <translation>Score recalculation</translation>
    </message>
    <message>
        <source>Opportunités stagnantes</source>
        <translation>Stagnant opportunities</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>hector::ui::JobsPage</name>
    <message>
        <source>Tâches et planifications</source>
        <translation>Jobs and schedules</translation>
    </message>
    <message>
        <source>Les travaux de fond du serveur (enrichissement, géocodage, e-mails…) et les tâches planifiées. La liste se met à jour toute seule tant que la page est affichée.</source>
        <translation>The server&apos;s background work (enrichment, geocoding, emails…) and the scheduled jobs. The list updates itself while the page is shown.</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Filtrer les tâches par statut</source>
        <translation>Filter jobs by status</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Filtrer les tâches par type</source>
        <translation>Filter jobs by type</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Recharge les tâches et les planifications (F5).</source>
        <translation>Reloads the jobs and schedules (F5).</translation>
    </message>
    <message>
        <source>Sélectionnez une tâche pour voir ses paramètres et son résultat.</source>
        <translation>Select a job to see its parameters and result.</translation>
    </message>
    <message>
        <source>Paramètres et résultat de la tâche</source>
        <translation>Job parameters and result</translation>
    </message>
    <message>
        <source>&amp;Relancer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Remet une tâche en échec ou abandonnée dans la file, tentatives remises à zéro.</source>
        <translation>Puts a failed or abandoned job back in the queue, with its attempts reset.</translation>
    </message>
    <message>
        <source>A&amp;nnuler la tâche</source>
        <translation>Ca&amp;ncel the job</translation>
    </message>
    <message>
        <source>Retire de la file une tâche qui n&apos;a pas encore commencé.</source>
        <translation>Removes a job that has not started yet from the queue.</translation>
    </message>
    <message>
        <source>Planifications</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>Dés&amp;activer</source>
        <translation>Dis&amp;able</translation>
    </message>
    <message>
        <source>&amp;Exécuter maintenant</source>
        <translation>Run &amp;now</translation>
    </message>
    <message>
        <source>Lance la tâche planifiée tout de suite, sans attendre son heure.</source>
        <translation>Starts the scheduled job right away, without waiting for its time.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur : les tâches et planifications nécessitent une connexion.
%1</source>
        <translation>Cannot reach the server: jobs and schedules need a connection.
%1</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Tous les statuts (%L1)</source>
        <translation>All statuses (%L1)</translation>
    </message>
    <message>
        <source>Aucune tâche pour ce filtre.</source>
        <translation>No jobs for this filter.</translation>
    </message>
    <message>
        <source>Aucune tâche pour le moment.
Les enrichissements, géocodages et envois apparaîtront ici.</source>
        <translation>No jobs at the moment.
Enrichments, geocoding and sendings will appear here.</translation>
    </message>
    <message>
        <source>Mis à jour à %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Paramètres : %1</source>
        <translation>Parameters: %1</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Résultat : %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Dernière erreur : %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>&amp;Activer</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>La tâche ne sera plus lancée automatiquement.</source>
        <translation>The job will no longer run automatically.</translation>
    </message>
    <message>
        <source>La tâche sera de nouveau lancée chaque jour à son heure.</source>
        <translation>The job will run again every day at its time.</translation>
    </message>
    <message>
        <source>La tâche est de nouveau dans la file.</source>
        <translation>The job is back in the queue.</translation>
    </message>
    <message>
        <source>La tâche a été annulée.</source>
        <translation>The job was cancelled.</translation>
    </message>
    <message>
        <source>Relancer la tâche</source>
        <translation>Retry the job</translation>
    </message>
    <message>
        <source>Relancer « %1 » ? Ses tentatives repartent de zéro.</source>
        <translation>Retry “%1”? Its attempts start again from zero.</translation>
    </message>
    <message>
        <source>Annuler la tâche</source>
        <translation>Cancel the job</translation>
    </message>
    <message>
        <source>Annuler « %1 » ? Elle ne sera pas exécutée.</source>
        <translation>Cancel “%1”? It will not run.</translation>
    </message>
    <message>
        <source>Planification activée.</source>
        <translation>Schedule enabled.</translation>
    </message>
    <message>
        <source>Planification désactivée.</source>
        <translation>Schedule disabled.</translation>
    </message>
    <message>
        <source>Exécuter maintenant</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Lancer « %1 » maintenant, sans attendre son heure ?</source>
        <translation>Run “%1” now, without waiting for its time?</translation>
    </message>
    <message>
        <source>« %1 » est en cours d&apos;exécution…</source>
        <translation>“%1” is running…</translation>
    </message>
    <message>
        <source>« %1 » a échoué : %2</source>
        <translation>“%1” failed: %2</translation>
    </message>
    <message>
        <source>« %1 » a été exécutée.</source>
        <translation>“%1” has run.</translation>
    </message>
</context>
<context>
    <name>hector::ui::KanbanColumn</name>
    <message>
        <source>Gagnées</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Perdues</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Opportunités « %1 »</source>
        <translation>“%1” opportunities</translation>
    </message>
    <message>
        <source>Déposez une carte ici pour la marquer gagnée.</source>
        <translation>Drop a card here to mark it won.</translation>
    </message>
    <message>
        <source>Déposez une carte ici pour la marquer perdue.</source>
        <translation>Drop a card here to mark it lost.</translation>
    </message>
    <message>
        <source>Afficher les cartes</source>
        <translation>Show the cards</translation>
    </message>
    <message>
        <source>Replier la colonne</source>
        <translation>Collapse the column</translation>
    </message>
    <message>
        <source>Aucune opportunité</source>
        <translation>No opportunities</translation>
    </message>
</context>
<context>
    <name>hector::ui::KpiTile</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 gagnée</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 gagnées</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 perdue</source>
        <translation>%1 lost</translation>
    </message>
    <message>
        <source>%1 perdues</source>
        <translation>%1 lost</translation>
    </message>
    <message>
        <source>Aucune opportunité clôturée</source>
        <translation>No closed opportunities</translation>
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
    <message>
        <source>Rechercher…   Ctrl+K</source>
        <translation>Search…   Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Rechercher partout…</source>
        <translation>&amp;Search everywhere…</translation>
    </message>
    <message>
        <source>Rechercher un prospect, un rendez-vous, une action, une opportunité ou une page (Ctrl+K)</source>
        <translation>Search for a prospect, an appointment, an action, an opportunity or a page (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>hector::ui::MonthView</name>
    <message>
        <source>+1 autre</source>
        <translation>+1 more</translation>
    </message>
    <message>
        <source>+%1 autres</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>%1 : aucun rendez-vous</source>
        <translation>%1: no appointments</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hector::ui::MyActivityPage</name>
    <message>
        <source>Mon activité</source>
        <translation>My activity</translation>
    </message>
    <message>
        <source>Mon pipeline en cours</source>
        <translation>My open pipeline</translation>
    </message>
    <message>
        <source>Gagné sur la période</source>
        <translation>Won in the period</translation>
    </message>
    <message>
        <source>Taux de conversion</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Récurrent signé (MRR)</source>
        <translation>Signed recurring (MRR)</translation>
    </message>
    <message>
        <source>Mon pipeline par étape</source>
        <translation>My pipeline by stage</translation>
    </message>
    <message>
        <source>Montant des opportunités en cours, aujourd&apos;hui (toutes dates de création)</source>
        <translation>Amount of the open opportunities, today (all creation dates)</translation>
    </message>
    <message>
        <source>Températures de mes opportunités</source>
        <translation>Temperatures of my opportunities</translation>
    </message>
    <message>
        <source>Score calculé chaque nuit par le serveur</source>
        <translation>Score calculated every night by the server</translation>
    </message>
    <message>
        <source>Objectifs de l&apos;équipe</source>
        <translation>Team objectives</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>%1 · %2/mois</source>
        <translation>%1 · %2/month</translation>
    </message>
    <message>
        <source>%1 opportunité gagnée</source>
        <translation>%1 won opportunity</translation>
    </message>
    <message>
        <source>%1 opportunités gagnées</source>
        <translation>%1 won opportunities</translation>
    </message>
    <message>
        <source>par mois, contrats gagnés</source>
        <translation>per month, contracts won</translation>
    </message>
    <message>
        <source>%1 : %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source> · %1 par mois</source>
        <translation> · %1 per month</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Aucune opportunité en cours.
Les opportunités que vous suivez apparaîtront ici par étape.</source>
        <translation>No open opportunities.
The opportunities you follow will appear here by stage.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aucune opportunité en cours.</source>
        <translation>No open opportunities.</translation>
    </message>
    <message>
        <source>Réalisé calculé sur vos propres opportunités et rendez-vous : ceux de vos collègues ne sont pas sur ce poste.</source>
        <translation>Achieved figures are calculated from your own opportunities and appointments: your colleagues&apos; are not on this computer.</translation>
    </message>
    <message>
        <source>Objectifs de l&apos;équipe — %1</source>
        <translation>Team objectives — %1</translation>
    </message>
    <message>
        <source>Vous ne faites partie d&apos;aucune équipe : pas d&apos;objectif à suivre.</source>
        <translation>You are not in any team: no objectives to track.</translation>
    </message>
    <message>
        <source>Objectifs de l&apos;équipe « %1 » — %2</source>
        <translation>Objectives of the team “%1” — %2</translation>
    </message>
    <message>
        <source>Aucun objectif fixé pour l&apos;équipe « %1 » en %2.
Réalisé : %3, %4, %5.</source>
        <translation>No objective set for the team “%1” in %2.
Achieved: %3, %4, %5.</translation>
    </message>
    <message>
        <source>%1 rendez-vous</source>
        <translation>%1 appointments</translation>
    </message>
    <message>
        <source>%1 signature</source>
        <translation>%1 signature</translation>
    </message>
    <message>
        <source>%1 signatures</source>
        <translation>%1 signatures</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>hector::ui::MyDayPage</name>
    <message>
        <source>Sans prospect ni lieu</source>
        <translation>No prospect or location</translation>
    </message>
    <message>
        <source>à %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Ma journée</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Nouveau &amp;rendez-vous</source>
        <translation>New &amp;appointment</translation>
    </message>
    <message>
        <source>Nouveau rendez-vous (Ctrl+N)</source>
        <translation>New appointment (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nouvelle &amp;action</source>
        <translation>New ac&amp;tion</translation>
    </message>
    <message>
        <source>Nouvelle action (Ctrl+Maj+N)</source>
        <translation>New action (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>A&amp;nnuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Rendez-vous du jour</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <source>Actions du jour et en retard</source>
        <translation>Today&apos;s and overdue actions</translation>
    </message>
    <message>
        <source>Aucune action pour aujourd&apos;hui ni en retard.</source>
        <translation>No actions for today and none overdue.</translation>
    </message>
    <message>
        <source>Rien de prévu aujourd&apos;hui</source>
        <translation>Nothing planned today</translation>
    </message>
    <message>
        <source>Aucun rendez-vous aujourd&apos;hui et aucune action en retard.
Planifiez un rendez-vous (Ctrl+N) ou une action (Ctrl+Maj+N).</source>
        <translation>No appointments today and no overdue actions.
Schedule an appointment (Ctrl+N) or an action (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Tab : passer d&apos;une liste à l&apos;autre · Entrée : ouvrir · Espace ou Ctrl+Entrée : marquer l&apos;action terminée</source>
        <translation>Tab: switch between the lists · Enter: open · Space or Ctrl+Enter: mark the action done</translation>
    </message>
    <message>
        <source>1 rendez-vous</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <source>%1 rendez-vous</source>
        <translation>%1 appointments</translation>
    </message>
    <message>
        <source> (1 annulé)</source>
        <translation> (1 cancelled)</translation>
    </message>
    <message>
        <source> (%1 annulés)</source>
        <translation> (%1 cancelled)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>1 action à traiter</source>
        <translation>1 action to handle</translation>
    </message>
    <message>
        <source>%1 actions à traiter</source>
        <translation>%1 actions to handle</translation>
    </message>
    <message>
        <source>, dont 1 en retard</source>
        <translation>, 1 of them overdue</translation>
    </message>
    <message>
        <source>, dont %1 en retard</source>
        <translation>, %1 of them overdue</translation>
    </message>
    <message>
        <source>Rendez-vous du jour (%1)</source>
        <translation>Today&apos;s appointments (%1)</translation>
    </message>
    <message>
        <source>Actions du jour et en retard (%1)</source>
        <translation>Today&apos;s and overdue actions (%1)</translation>
    </message>
    <message>
        <source>Supprimer le rendez-vous</source>
        <translation>Delete appointment</translation>
    </message>
    <message>
        <source>Supprimer le rendez-vous « %1 » ?</source>
        <translation>Delete the appointment “%1”?</translation>
    </message>
    <message>
        <source>Le rendez-vous « %1 » a été supprimé.</source>
        <translation>The appointment “%1” was deleted.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action « %1 » ?</source>
        <translation>Delete the action “%1”?</translation>
    </message>
    <message>
        <source>L&apos;action « %1 » a été supprimée.</source>
        <translation>The action “%1” was deleted.</translation>
    </message>
    <message>
        <source>« %1 » est terminée.</source>
        <translation>“%1” is done.</translation>
    </message>
    <message>
        <source>« %1 » est de nouveau à traiter.</source>
        <translation>“%1” is open again.</translation>
    </message>
</context>
<context>
    <name>hector::ui::NearbyOpportunityModel</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Opportunité</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>hector::ui::NotificationBell</name>
    <message>
        <source>Tout marquer comme lu</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>Notifications non lues</source>
        <translation>Unread notifications</translation>
    </message>
    <message>
        <source>Aucune notification non lue.</source>
        <translation>No unread notifications.</translation>
    </message>
    <message>
        <source>Aucune notification non lue</source>
        <translation>No unread notifications</translation>
    </message>
    <message>
        <source>1 notification non lue</source>
        <translation>1 unread notification</translation>
    </message>
    <message>
        <source>%1 notifications non lues</source>
        <translation>%1 unread notifications</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
</context>
<context>
    <name>hector::ui::OcrErrorTypesModel</name>
    <message>
        <source>Type d&apos;erreur</source>
        <translation>Error type</translation>
    </message>
    <message>
        <source>Échecs</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
</context>
<context>
    <name>hector::ui::OcrMonitoringPage</name>
    <message>
        <source>Claude (serveur)</source>
        <translation>Claude (server)</translation>
    </message>
    <message>
        <source>Local (Tesseract)</source>
        <translation>Local (Tesseract)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Suivi OCR — cartes de visite</source>
        <translation>OCR monitoring — business cards</translation>
    </message>
    <message>
        <source>&amp;Période</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>90 derniers jours</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Cartes lues</source>
        <translation>Cards read</translation>
    </message>
    <message>
        <source>Taux de succès</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>Échecs</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Temps de réponse par moteur</source>
        <translation>Response time by engine</translation>
    </message>
    <message>
        <source>Moyenne, médiane et 95ᵉ centile des lectures de la période</source>
        <translation>Average, median and 95th percentile of the period&apos;s readings</translation>
    </message>
    <message>
        <source>Types d&apos;erreurs</source>
        <translation>Error types</translation>
    </message>
    <message>
        <source>Format d&apos;image, qualité insuffisante, service indisponible…</source>
        <translation>Image format, insufficient quality, service unavailable…</translation>
    </message>
    <message>
        <source>Succès et échecs par jour</source>
        <translation>Successes and failures per day</translation>
    </message>
    <message>
        <source>Chargement des statistiques…</source>
        <translation>Loading statistics…</translation>
    </message>
    <message>
        <source>Statistiques OCR indisponibles : %1</source>
        <translation>OCR statistics unavailable: %1</translation>
    </message>
    <message>
        <source>Du %1 au %2 · toutes les lectures de votre périmètre (moteur local et Claude)</source>
        <translation>From %1 to %2 · all readings in your scope (local engine and Claude)</translation>
    </message>
    <message>
        <source>Toutes les lectures de votre périmètre (moteur local et Claude)</source>
        <translation>All readings in your scope (local engine and Claude)</translation>
    </message>
    <message numerus="yes">
        <source>%n réussie(s)</source>
        <translation>
            <numerusform>%n successful</numerusform>
            <numerusform>%n successful</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>des lectures aboutissent</source>
        <translation>of readings succeed</translation>
    </message>
    <message>
        <source>aucune lecture sur la période</source>
        <translation>no readings in the period</translation>
    </message>
    <message>
        <source>détail dans « Types d&apos;erreurs »</source>
        <translation>details in “Error types”</translation>
    </message>
    <message>
        <source>aucun échec</source>
        <translation>no failures</translation>
    </message>
    <message>
        <source>Configuré</source>
        <translation>Configured</translation>
    </message>
    <message>
        <source>Non configuré</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>clé API présente sur le serveur</source>
        <translation>API key present on the server</translation>
    </message>
    <message>
        <source>lecture locale seulement</source>
        <translation>local reading only</translation>
    </message>
    <message>
        <source>Aucune carte lue sur la période.</source>
        <translation>No cards read in the period.</translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Médiane</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95ᵉ centile</source>
        <translation>95th percentile</translation>
    </message>
    <message>
        <source>Aucun échec sur la période.</source>
        <translation>No failures in the period.</translation>
    </message>
    <message>
        <source>Réussies</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Échouées</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %Ln lecture(s), %2 de succès, moyenne %3</source>
        <translation>
            <numerusform>%1: %Ln reading, %2 success rate, average %3</numerusform>
            <numerusform>%1: %Ln readings, %2 success rate, average %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hector::ui::OpportunitiesPage</name>
    <message>
        <source>Opportunités</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>À &amp;proximité…</source>
        <translation>Ne&amp;arby…</translation>
    </message>
    <message>
        <source>Les opportunités autour d&apos;un prospect ou de votre bureau</source>
        <translation>Opportunities around a prospect or your office</translation>
    </message>
    <message>
        <source>&amp;Nouvelle opportunité</source>
        <translation>&amp;New opportunity</translation>
    </message>
    <message>
        <source>Nouvelle opportunité (Ctrl+N)</source>
        <translation>New opportunity (Ctrl+N)</translation>
    </message>
    <message>
        <source>Intitulé ou prospect… (Ctrl+F)</source>
        <translation>Title or prospect… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Opportunités de</source>
        <translation>Opportunities of</translation>
    </message>
    <message>
        <source>Mes opportunités</source>
        <translation>My opportunities</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Température</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Toutes températures</source>
        <translation>All temperatures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Toutes les étapes</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Gagnées</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Perdues</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>&amp;Tableau</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Tableau par étape (Alt+T)</source>
        <translation>Board by stage (Alt+B)</translation>
    </message>
    <message>
        <source>&amp;Liste</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Liste triable (Alt+L)</source>
        <translation>Sortable list (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>1 opportunité</source>
        <translation>1 opportunity</translation>
    </message>
    <message>
        <source>%1 opportunités</source>
        <translation>%1 opportunities</translation>
    </message>
    <message>
        <source>en cours : %1</source>
        <translation>open: %1</translation>
    </message>
    <message>
        <source> + %1</source>
        <translation> + %1</translation>
    </message>
    <message>
        <source>1 chaude</source>
        <translation>1 hot</translation>
    </message>
    <message>
        <source>%1 chaudes</source>
        <translation>%1 hot</translation>
    </message>
    <message>
        <source>1 stagnante</source>
        <translation>1 stalled</translation>
    </message>
    <message>
        <source>%1 stagnantes</source>
        <translation>%1 stalled</translation>
    </message>
    <message>
        <source>   —   Glisser une carte ou Ctrl+←/→ : changer d&apos;étape · Flèches : se déplacer · Entrée : ouvrir</source>
        <translation>   —   Drag a card or Ctrl+←/→: change stage · Arrows: move · Enter: open</translation>
    </message>
    <message>
        <source>   —   Entrée : ouvrir · Suppr : supprimer · Clic sur un en-tête : trier</source>
        <translation>   —   Enter: open · Del: delete · Click a header: sort</translation>
    </message>
    <message>
        <source>Opportunité enregistrée. Elle sera envoyée au serveur dès que possible.</source>
        <translation>Opportunity saved. It will be sent to the server as soon as possible.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;opportunité</source>
        <translation>Delete opportunity</translation>
    </message>
    <message>
        <source>Supprimer l&apos;opportunité « %1 », ses activités et ses notes ? Vous pourrez annuler juste après.</source>
        <translation>Delete the opportunity “%1”, its activities and its notes? You can undo right after.</translation>
    </message>
    <message>
        <source>L&apos;opportunité « %1 » a été supprimée.</source>
        <translation>The opportunity “%1” was deleted.</translation>
    </message>
    <message>
        <source>Opportunité perdue</source>
        <translation>Lost opportunity</translation>
    </message>
    <message>
        <source>Pourquoi « %1 » est-elle perdue ?</source>
        <translation>Why was “%1” lost?</translation>
    </message>
    <message>
        <source>Pourquoi ces %1 opportunités sont-elles perdues ?</source>
        <translation>Why were these %1 opportunities lost?</translation>
    </message>
    <message>
        <source>Rien n&apos;a changé : indiquez la raison de la perte (prix, concurrent, projet abandonné…).</source>
        <translation>Nothing changed: give the reason for the loss (price, competitor, project dropped…).</translation>
    </message>
    <message>
        <source>%1 opportunités passent en « %2 ».</source>
        <translation>%1 opportunities move to “%2”.</translation>
    </message>
    <message>
        <source>« %1 » est gagnée. Bravo !</source>
        <translation>“%1” is won. Well done!</translation>
    </message>
    <message>
        <source>« %1 » est perdue (%2).</source>
        <translation>“%1” is lost (%2).</translation>
    </message>
    <message>
        <source>« %1 » passe en « %2 ».</source>
        <translation>“%1” moves to “%2”.</translation>
    </message>
    <message>
        <source>L&apos;opportunité « %1 » a été restaurée.</source>
        <translation>The opportunity “%1” was restored.</translation>
    </message>
    <message>
        <source>« %1 » est revenue en « %2 ».</source>
        <translation>“%1” is back in “%2”.</translation>
    </message>
    <message>
        <source>%1 opportunités sont revenues à leur étape.</source>
        <translation>%1 opportunities are back in their stage.</translation>
    </message>
</context>
<context>
    <name>hector::ui::OpportunityActivitiesTab</name>
    <message>
        <source>Type d&apos;activité</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Résumé : rappel pour le devis alarme, réponse du gérant…</source>
        <translation>Summary: follow-up call about the alarm quote, the manager&apos;s answer…</translation>
    </message>
    <message>
        <source>Résumé de l&apos;activité</source>
        <translation>Activity summary</translation>
    </message>
    <message>
        <source>&amp;Ajouter l&apos;activité</source>
        <translation>A&amp;dd the activity</translation>
    </message>
    <message>
        <source>Les réponses du prospect (entrantes) après vos relances (sortantes) mesurent sa réactivité, un des six facteurs du score.</source>
        <translation>The prospect&apos;s answers (inbound) after your follow-ups (outbound) measure its responsiveness, one of the six score factors.</translation>
    </message>
    <message>
        <source>Aucune activité pour l&apos;instant : notez vos appels, e-mails, rendez-vous et devis.</source>
        <translation>No activities yet: record your calls, emails, appointments and quotes.</translation>
    </message>
    <message>
        <source>Activités de l&apos;opportunité</source>
        <translation>Opportunity activities</translation>
    </message>
    <message>
        <source>Activité enregistrée.</source>
        <translation>Activity saved.</translation>
    </message>
</context>
<context>
    <name>hector::ui::OpportunityDialog</name>
    <message>
        <source>Nouvelle opportunité</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Opportunité</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>&amp;Intitulé *</source>
        <translation>T&amp;itle *</translation>
    </message>
    <message>
        <source>ex. Télésurveillance et alarme intrusion du siège</source>
        <translation>e.g. Remote monitoring and intruder alarm for the head office</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>&amp;Responsable</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>É&amp;tape</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>ex. 12 500</source>
        <translation>e.g. 12 500</translation>
    </message>
    <message>
        <source>Montant de l&apos;installation en euros</source>
        <translation>Installation amount in euros</translation>
    </message>
    <message>
        <source>&amp;Montant (installation)</source>
        <translation>A&amp;mount (installation)</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>ex. 89</source>
        <translation>e.g. 89</translation>
    </message>
    <message>
        <source>Abonnement mensuel en euros</source>
        <translation>Monthly subscription in euros</translation>
    </message>
    <message>
        <source>A&amp;bonnement mensuel</source>
        <translation>Monthly s&amp;ubscription</translation>
    </message>
    <message>
        <source>€/mois</source>
        <translation>€/month</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Suit l&apos;étape tant que vous ne la modifiez pas.</source>
        <translation>Follows the stage until you change it.</translation>
    </message>
    <message>
        <source>Pro&amp;babilité</source>
        <translation>Pro&amp;bability</translation>
    </message>
    <message>
        <source>Avec une date de signature prévue</source>
        <translation>With an expected signing date</translation>
    </message>
    <message>
        <source>&amp;Signature prévue</source>
        <translation>&amp;Expected signing</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Relations professionnelles communes avec le décideur (facteur « Réseau » du score).</source>
        <translation>Professional connections shared with the decision maker (“Network” factor of the score).</translation>
    </message>
    <message>
        <source>Relations &amp;communes</source>
        <translation>Mutual &amp;connections</translation>
    </message>
    <message>
        <source>ex. Prix trop élevé, concurrent retenu, projet abandonné…</source>
        <translation>e.g. Price too high, competitor chosen, project dropped…</translation>
    </message>
    <message>
        <source>Raison de la &amp;perte *</source>
        <translation>Reason for &amp;loss *</translation>
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
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&amp;Vue d&apos;ensemble</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>&amp;Activités</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Sco&amp;ring</source>
        <translation>Sco&amp;ring</translation>
    </message>
    <message>
        <source>Cette opportunité n&apos;existe plus (supprimée ou synchronisée entre-temps).</source>
        <translation>This opportunity no longer exists (deleted or synchronised in the meantime).</translation>
    </message>
    <message>
        <source>Opportunité — %1</source>
        <translation>Opportunity — %1</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant : saisissez un nombre entier d&apos;euros (ex. 12 500).</source>
        <translation>“%1” is not an amount: enter a whole number of euros (e.g. 12 500).</translation>
    </message>
    <message>
        <source>Indiquez la raison de la perte (prix, concurrent, projet abandonné…).</source>
        <translation>Give the reason for the loss (price, competitor, project dropped…).</translation>
    </message>
    <message>
        <source>Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison sociale ou de sa ville), ou videz le champ.</source>
        <translation>Choose the prospect from the suggested list (type a few letters of its company name or city), or clear the field.</translation>
    </message>
</context>
<context>
    <name>hector::ui::OpportunityFeedModel</name>
    <message>
        <source>%1 entrant</source>
        <translation>%1 (inbound)</translation>
    </message>
    <message>
        <source>%1 sortant</source>
        <translation>%1 (outbound)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>hector::ui::OpportunityModel</name>
    <message>
        <source>Sans prospect</source>
        <translation>No prospect</translation>
    </message>
    <message>
        <source>Montant à chiffrer</source>
        <translation>Amount to be estimated</translation>
    </message>
    <message>
        <source>Stagnante</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Perdue</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Mensuel</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Probabilité</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Température</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Signature prévue</source>
        <translation>Expected signing</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · score %2 (%3)</source>
        <translation>%1 · score %2 (%3)</translation>
    </message>
    <message>
        <source>Sans activité depuis le %1</source>
        <translation>No activity since %1</translation>
    </message>
    <message>
        <source>Perdue : %1</source>
        <translation>Lost: %1</translation>
    </message>
    <message>
        <source>Signature prévue le %1</source>
        <translation>Signing expected on %1</translation>
    </message>
    <message>
        <source>Responsable : %1</source>
        <translation>Owner: %1</translation>
    </message>
</context>
<context>
    <name>hector::ui::OpportunityNotesTab</name>
    <message>
        <source>Nouvelle note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Contexte, concurrent en place, budget, prochaine étape… (Ctrl+Entrée pour enregistrer)</source>
        <translation>Context, incumbent competitor, budget, next step… (Ctrl+Enter to save)</translation>
    </message>
    <message>
        <source>Visible par tous ceux qui voient cette opportunité.</source>
        <translation>Visible to everyone who sees this opportunity.</translation>
    </message>
    <message>
        <source>Ajouter la &amp;note</source>
        <translation>Add the &amp;note</translation>
    </message>
    <message>
        <source>Enregistrer la note (Ctrl+Entrée)</source>
        <translation>Save the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Aucune note pour l&apos;instant.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Notes de l&apos;opportunité</source>
        <translation>Opportunity notes</translation>
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
    <message>
        <source>À qualifier</source>
        <translation>To qualify</translation>
    </message>
    <message>
        <source>Ma journée</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Opportunités</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Tableaux de bord</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Mon activité</source>
        <translation>My activity</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Tâches et planifications</source>
        <translation>Jobs and schedules</translation>
    </message>
    <message>
        <source>Quotas API</source>
        <translation>API quotas</translation>
    </message>
    <message>
        <source>Enrichissement et géocodage</source>
        <translation>Enrichment and geocoding</translation>
    </message>
    <message>
        <source>Trouve-moi le patron</source>
        <translation>Find me the boss</translation>
    </message>
    <message>
        <source>Suivi OCR</source>
        <translation>OCR monitoring</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectCsvExport</name>
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
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Tranche d&apos;effectif</source>
        <translation>Headcount band</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires (€)</source>
        <translation>Revenue (€)</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Décideur</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Fonction du décideur</source>
        <translation>Decision maker&apos;s job title</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Qualité (sur 100)</source>
        <translation>Quality (out of 100)</translation>
    </message>
    <message>
        <source>Créé le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Modifié le</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Qualifié le</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier : %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Erreur de la base locale : %1</source>
        <translation>Local database error: %1</translation>
    </message>
    <message>
        <source>Export annulé.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectDialog</name>
    <message>
        <source>Nouveau prospect</source>
        <translation>New prospect</translation>
    </message>
    <message>
        <source>&amp;Informations</source>
        <translation>&amp;Details</translation>
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
        <source>l&apos;adresse</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>la ville</source>
        <translation>the city</translation>
    </message>
    <message>
        <source>un téléphone ou un e-mail</source>
        <translation>a phone number or an email</translation>
    </message>
    <message>
        <source>Prospect — %1</source>
        <translation>Prospect — %1</translation>
    </message>
    <message>
        <source>Qualifier — %1</source>
        <translation>Qualify — %1</translation>
    </message>
    <message>
        <source>&amp;Chronologie</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation>&amp;Origin</translation>
    </message>
    <message>
        <source>&amp;Qualifier</source>
        <translation>&amp;Qualify</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Vérifiez la fiche puis cliquez sur « Qualifier ».</source>
        <translation>Check the record, then click “Qualify”.</translation>
    </message>
    <message>
        <source>Pour qualifier ce prospect, complétez : %1. Le SIREN ou SIRET et le décideur sont aussi attendus.</source>
        <translation>To qualify this prospect, fill in: %1. The SIREN or SIRET and the decision maker are also expected.</translation>
    </message>
    <message>
        <source>Le statut passe à « Qualifié » quand vous cliquez sur « Qualifier ».</source>
        <translation>The status changes to “Qualified” when you click “Qualify”.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Origine de la fiche</source>
        <translation>Record origin</translation>
    </message>
    <message>
        <source>Créée le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Enrichissement</source>
        <translation>Enrichment</translation>
    </message>
    <message>
        <source>Source de l&apos;enrichissement</source>
        <translation>Enrichment source</translation>
    </message>
    <message>
        <source>Enrichie le</source>
        <translation>Enriched on</translation>
    </message>
    <message>
        <source>Qualifiée le</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <source>Qualifiée par</source>
        <translation>Qualified by</translation>
    </message>
    <message>
        <source>Impossible de qualifier ce prospect : il manque %1.</source>
        <translation>Cannot qualify this prospect: missing %1.</translation>
    </message>
    <message>
        <source>En&amp;richir</source>
        <translation>En&amp;rich</translation>
    </message>
    <message>
        <source>&amp;Localiser</source>
        <translation>&amp;Locate</translation>
    </message>
    <message>
        <source>INSEE</source>
        <translation>INSEE</translation>
    </message>
    <message>
        <source>Pappers</source>
        <translation>Pappers</translation>
    </message>
    <message>
        <source>Coordonnées GPS</source>
        <translation>GPS coordinates</translation>
    </message>
    <message>
        <source>%1 (source : %2)</source>
        <translation>%1 (source: %2)</translation>
    </message>
    <message>
        <source>Google Maps</source>
        <translation>Google Maps</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>centre du code postal</source>
        <translation>postcode centre</translation>
    </message>
    <message>
        <source>Informations enrichies</source>
        <translation>Enriched information</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source et date de chaque information enrichie</source>
        <translation>Source and date of each enriched item</translation>
    </message>
    <message>
        <source>Le détail par champ n&apos;est pas encore disponible pour cette fiche : il apparaîtra au prochain enrichissement.</source>
        <translation>The per-field detail is not available yet for this record: it will appear at the next enrichment.</translation>
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
        <source>Disponible uniquement connecté au serveur.</source>
        <translation>Only available when connected to the server.</translation>
    </message>
    <message>
        <source>Hors ligne : le serveur est injoignable. Réessayez une fois la connexion revenue.</source>
        <translation>Offline: the server cannot be reached. Try again once the connection is back.</translation>
    </message>
    <message>
        <source>Complète la fiche depuis le répertoire officiel (INSEE, puis Pappers) ; la fiche se met à jour à la synchronisation suivante.</source>
        <translation>Completes the record from the official register (INSEE, then Pappers); the record is updated at the next synchronisation.</translation>
    </message>
    <message>
        <source>Calcule les coordonnées GPS de l&apos;adresse (Google, OpenStreetMap, ou à défaut le centre du code postal).</source>
        <translation>Calculates the GPS coordinates of the address (Google, OpenStreetMap, or failing that the postcode centre).</translation>
    </message>
    <message>
        <source>Demande d&apos;enrichissement en cours…</source>
        <translation>Requesting enrichment…</translation>
    </message>
    <message>
        <source>Non configuré : aucun fournisseur d&apos;enrichissement (INSEE, Pappers) n&apos;est configuré sur le serveur.</source>
        <translation>Not configured: no enrichment provider (INSEE, Pappers) is configured on the server.</translation>
    </message>
    <message>
        <source>Enrichissement demandé : la fiche sera complétée (avec la source de chaque information dans « Provenance ») à la prochaine synchronisation.</source>
        <translation>Enrichment requested: the record will be completed (with the source of each item in “Provenance”) at the next synchronisation.</translation>
    </message>
    <message>
        <source>Localisation de l&apos;adresse…</source>
        <translation>Locating the address…</translation>
    </message>
    <message>
        <source>à l&apos;adresse exacte</source>
        <translation>at the exact address</translation>
    </message>
    <message>
        <source>à la rue</source>
        <translation>to the street</translation>
    </message>
    <message>
        <source>à la ville</source>
        <translation>to the city</translation>
    </message>
    <message>
        <source>au code postal</source>
        <translation>to the postcode</translation>
    </message>
    <message>
        <source>OpenStreetMap Nominatim</source>
        <translation>OpenStreetMap Nominatim</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>Localisée %1 : %2, %3 (source : %4).</source>
        <translation>Located %1: %2, %3 (source: %4).</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectForm</name>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>&amp;Raison sociale *</source>
        <translation>&amp;Company name *</translation>
    </message>
    <message>
        <source>ex. Boulangerie Lefèvre</source>
        <translation>e.g. Boulangerie Lefèvre</translation>
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
        <source>Code &amp;NAF</source>
        <translation>&amp;NAF code</translation>
    </message>
    <message>
        <source>ex. 47.24Z</source>
        <translation>e.g. 47.24Z</translation>
    </message>
    <message>
        <source>&amp;Forme juridique</source>
        <translation>&amp;Legal form</translation>
    </message>
    <message>
        <source>— Non renseignée —</source>
        <translation>— Not specified —</translation>
    </message>
    <message>
        <source>Tranche d&apos;e&amp;ffectif</source>
        <translation>&amp;Headcount band</translation>
    </message>
    <message>
        <source>C&amp;hiffre d&apos;affaires (€)</source>
        <translation>Re&amp;venue (€)</translation>
    </message>
    <message>
        <source>ex. 1 250 000</source>
        <translation>e.g. 1 250 000</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Res&amp;ponsable</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>St&amp;atut</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>ex. 12 rue Nationale</source>
        <translation>e.g. 12 rue Nationale</translation>
    </message>
    <message>
        <source>Code &amp;postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>ex. 59000, L-1234, 1000</source>
        <translation>e.g. 59000, L-1234, 1000</translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation>C&amp;ity</translation>
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
        <source>ex. 03 20 12 34 56</source>
        <translation>e.g. 03 20 12 34 56</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>Ema&amp;il</translation>
    </message>
    <message>
        <source>ex. contact@entreprise.fr</source>
        <translation>e.g. contact@company.fr</translation>
    </message>
    <message>
        <source>Site &amp;web</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>ex. www.entreprise.fr</source>
        <translation>e.g. www.company.fr</translation>
    </message>
    <message>
        <source>Décideur</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>N&amp;om</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>ex. Claire Martin</source>
        <translation>e.g. Claire Martin</translation>
    </message>
    <message>
        <source>Fonc&amp;tion</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <source>ex. Directrice générale</source>
        <translation>e.g. Managing director</translation>
    </message>
    <message>
        <source>Enrichissement</source>
        <translation>Enrichment</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>— Aucun —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>%1 (inactif)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Utilisateur inconnu</source>
        <translation>Unknown user</translation>
    </message>
    <message>
        <source>Pas encore qualifié</source>
        <translation>Not qualified yet</translation>
    </message>
    <message>
        <source>Qualifié le %1</source>
        <translation>Qualified on %1</translation>
    </message>
    <message>
        <source>Qualifié le %1 par %2</source>
        <translation>Qualified on %1 by %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail « %1 » n&apos;est pas valide.</source>
        <translation>The email address “%1” is not valid.</translation>
    </message>
    <message>
        <source>Le chiffre d&apos;affaires doit être un montant en euros, sans décimales (ex. 1 250 000).</source>
        <translation>The revenue must be an amount in euros, without decimals (e.g. 1 250 000).</translation>
    </message>
    <message>
        <source>Qualité de la fiche : %1/100</source>
        <translation>Record quality: %1/100</translation>
    </message>
    <message>
        <source>Complétude de la fiche : raison sociale, SIREN, adresse, téléphone, e-mail, décideur… plus elle est complète, plus le score est haut.</source>
        <translation>Record completeness: company name, SIREN, address, phone, email, decision maker… the more complete it is, the higher the score.</translation>
    </message>
    <message>
        <source>Pays détecté : %1 — entité « %2 ».</source>
        <translation>Detected country: %1 — entity “%2”.</translation>
    </message>
    <message>
        <source>Le SIREN ne contient que des chiffres.</source>
        <translation>The SIREN contains only digits.</translation>
    </message>
    <message>
        <source>%1 chiffres sur 9</source>
        <translation>%1 of 9 digits</translation>
    </message>
    <message>
        <source>Le SIREN a 9 chiffres (%1 saisis).</source>
        <translation>The SIREN has 9 digits (%1 entered).</translation>
    </message>
    <message>
        <source>Clé de contrôle incorrecte : vérifiez le SIREN.</source>
        <translation>Incorrect check digit: check the SIREN.</translation>
    </message>
    <message>
        <source>SIREN valide</source>
        <translation>Valid SIREN</translation>
    </message>
    <message>
        <source>Le SIRET ne contient que des chiffres.</source>
        <translation>The SIRET contains only digits.</translation>
    </message>
    <message>
        <source>%1 chiffres sur 14</source>
        <translation>%1 of 14 digits</translation>
    </message>
    <message>
        <source>Le SIRET a 14 chiffres (%1 saisis).</source>
        <translation>The SIRET has 14 digits (%1 entered).</translation>
    </message>
    <message>
        <source>Clé de contrôle incorrecte : vérifiez le SIRET.</source>
        <translation>Incorrect check digit: check the SIRET.</translation>
    </message>
    <message>
        <source>Ce SIRET n&apos;appartient pas au SIREN %1.</source>
        <translation>This SIRET does not belong to SIREN %1.</translation>
    </message>
    <message>
        <source>SIRET valide</source>
        <translation>Valid SIRET</translation>
    </message>
    <message>
        <source>Cette adresse e-mail n&apos;est pas valide.</source>
        <translation>This email address is not valid.</translation>
    </message>
    <message>
        <source>Un montant en euros, sans décimales (ex. 1 250 000).</source>
        <translation>An amount in euros, without decimals (e.g. 1 250 000).</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectImportWizard</name>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Glissez un fichier CSV dans cette fenêtre ou choisissez-le. Hector reconnaît l&apos;encodage et le séparateur ; corrigez-les si l&apos;aperçu est faux.</source>
        <translation>Drag a CSV file into this window or choose it. Hector detects the encoding and the separator; correct them if the preview is wrong.</translation>
    </message>
    <message>
        <source>Déposez ici un fichier .csv (export Excel, autre CRM…)</source>
        <translation>Drop a .csv file here (Excel export, another CRM…)</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>UTF-8 (avec ou sans BOM)</source>
        <translation>UTF-8 (with or without BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel sous Windows)</source>
        <translation>Windows-1252 (Excel on Windows)</translation>
    </message>
    <message>
        <source>Point-virgule ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Virgule ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Tabulation</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Encodage :</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Séparateur :</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Importer des prospects</source>
        <translation>Import prospects</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Les premières lignes telles qu&apos;Hector les lit. Des accents illisibles ? Revenez changer l&apos;encodage. Une seule colonne ? Changez le séparateur.</source>
        <translation>The first rows as Hector reads them. Garbled accents? Go back and change the encoding. Only one column? Change the separator.</translation>
    </message>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>À quel champ du prospect va chaque colonne du fichier ? Hector a proposé une correspondance d&apos;après les en-têtes ; elle est retenue pour les fichiers de même modèle.</source>
        <translation>Which prospect field does each column of the file go to? Hector suggested a mapping from the headers; it is remembered for files with the same layout.</translation>
    </message>
    <message>
        <source>&amp;Rétablir la correspondance automatique</source>
        <translation>&amp;Restore the automatic mapping</translation>
    </message>
    <message>
        <source>Vérification</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Chaque ligne est contrôlée avec les règles des fiches prospects, et comparée aux prospects existants (SIREN, SIRET, raison sociale + code postal). Rien n&apos;est encore écrit.</source>
        <translation>Each row is checked against the prospect record rules and compared with the existing prospects (SIREN, SIRET, company name + postcode). Nothing is written yet.</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Arrêter la &amp;vérification</source>
        <translation>Stop the &amp;check</translation>
    </message>
    <message>
        <source>Pour les &amp;doublons :</source>
        <translation>For &amp;duplicates:</translation>
    </message>
    <message>
        <source>Sélection :</source>
        <translation>Selection:</translation>
    </message>
    <message>
        <source>&amp;Mettre à jour</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>I&amp;gnorer</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>&amp;Créer</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Pour les doublons sélectionnés dans le tableau</source>
        <translation>For the duplicates selected in the table</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Les fiches sont écrites dans la base locale puis envoyées au serveur. « Annuler » arrête l&apos;import et remet tout comme avant.</source>
        <translation>The records are written to the local database and then sent to the server. “Cancel” stops the import and puts everything back as it was.</translation>
    </message>
    <message>
        <source>&amp;Annuler l&apos;import</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <source>Annulation : les fiches déjà écrites sont retirées…</source>
        <translation>Cancelling: the records already written are being removed…</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ce que l&apos;import a fait. Rien n&apos;est définitif : il peut être annulé.</source>
        <translation>What the import did. Nothing is final: it can be undone.</translation>
    </message>
    <message>
        <source>&amp;Télécharger le rapport d&apos;erreurs</source>
        <translation>&amp;Download the error report</translation>
    </message>
    <message>
        <source>A&amp;nnuler l&apos;import</source>
        <translation>U&amp;ndo the import</translation>
    </message>
    <message>
        <source>Supprime les fiches créées et remet les fiches mises à jour comme avant l&apos;import</source>
        <translation>Deletes the created records and restores the updated records to how they were before the import</translation>
    </message>
    <message>
        <source>Un import peut aussi être annulé plus tard depuis « Prospects › Imports récents ».</source>
        <translation>An import can also be undone later from “Prospects › Recent imports”.</translation>
    </message>
    <message>
        <source>&lt; Précéden&amp;t</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Sui&amp;vant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir ce fichier : %1</source>
        <translation>Cannot open this file: %1</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Détecté : %1, séparateur %2, %3 colonnes — %4.</source>
        <translation>Detected: %1, separator %2, %3 columns — %4.</translation>
    </message>
    <message>
        <source>Ce fichier est vide.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <source>Colonne du fichier</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Champ du prospect</source>
        <translation>Prospect field</translation>
    </message>
    <message>
        <source>Correspondance reprise de votre dernier import d&apos;un fichier de ce modèle.</source>
        <translation>Mapping taken from your last import of a file with this layout.</translation>
    </message>
    <message>
        <source>(colonne %1 sans en-tête)</source>
        <translation>(column %1 without header)</translation>
    </message>
    <message>
        <source>— Ne pas importer —</source>
        <translation>— Do not import —</translation>
    </message>
    <message>
        <source>Choisissez la colonne de la raison sociale : elle est obligatoire.</source>
        <translation>Choose the company name column: it is required.</translation>
    </message>
    <message>
        <source>Ces champs reçoivent plusieurs colonnes : %1. Gardez-en une seule.</source>
        <translation>These fields receive several columns: %1. Keep only one.</translation>
    </message>
    <message>
        <source>la ligne %1 du fichier</source>
        <translation>row %1 of the file</translation>
    </message>
    <message>
        <source>nom et code postal</source>
        <translation>name and postcode</translation>
    </message>
    <message>
        <source>« %1 » (%2), même %3</source>
        <translation>“%1” (%2), same %3</translation>
    </message>
    <message>
        <source>Vérification des lignes…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir « %1 » : %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>Vérification arrêtée après %L1 lignes. Revenez à l&apos;étape précédente puis reprenez pour la relancer.</source>
        <translation>Check stopped after %L1 rows. Go back to the previous step, then continue to run it again.</translation>
    </message>
    <message>
        <source>%L1 lignes lues : %L2 à créer, %L3 doublon(s), %L4 refusée(s).</source>
        <translation>Rows read: %L1 — to create: %L2, duplicates: %L3, rejected: %L4.</translation>
    </message>
    <message>
        <source>Aucune ligne n&apos;est importable : vérifiez la correspondance des colonnes.</source>
        <translation>No row can be imported: check the column mapping.</translation>
    </message>
    <message>
        <source>Aucun problème : tout peut être importé.</source>
        <translation>No problems: everything can be imported.</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%L1 lignes sur %L2 traitées…</source>
        <translation>%L1 of %L2 rows processed…</translation>
    </message>
    <message>
        <source>Import terminé.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Import annulé : la base est comme avant l&apos;import.</source>
        <translation>Import cancelled: the database is as it was before the import.</translation>
    </message>
    <message>
        <source>L&apos;import a échoué et a été annulé : %1</source>
        <translation>The import failed and was cancelled: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;L&apos;import a été annulé : aucune fiche n&apos;a été créée ni modifiée.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The import was cancelled: no record was created or changed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%L1&lt;/b&gt; prospect(s) créé(s), &lt;b&gt;%L2&lt;/b&gt; mis à jour, &lt;b&gt;%L3&lt;/b&gt; doublon(s) ignoré(s), &lt;b&gt;%L4&lt;/b&gt; ligne(s) refusée(s).&lt;/p&gt;&lt;p&gt;Les fiches sont dans votre liste et partent vers le serveur à la prochaine synchronisation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prospects created: &lt;b&gt;%L1&lt;/b&gt;, updated: &lt;b&gt;%L2&lt;/b&gt;, duplicates skipped: &lt;b&gt;%L3&lt;/b&gt;, rows rejected: &lt;b&gt;%L4&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The records are in your list and go to the server at the next synchronisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Aucune ligne refusée ni doublon : pas de rapport</source>
        <translation>No rejected rows or duplicates: no report</translation>
    </message>
    <message>
        <source>Les lignes refusées et les doublons, avec le motif, en CSV</source>
        <translation>The rejected rows and the duplicates, with the reason, as CSV</translation>
    </message>
    <message>
        <source>Doublon de %1 : %2</source>
        <translation>Duplicate of %1: %2</translation>
    </message>
    <message>
        <source>-rapport-import.csv</source>
        <translation>-import-report.csv</translation>
    </message>
    <message>
        <source>Rapport d&apos;erreurs</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le rapport dans %1.</source>
        <translation>Cannot write the report to %1.</translation>
    </message>
    <message>
        <source>Import annulé : %L1 fiche(s) supprimée(s), %L2 remise(s) comme avant.</source>
        <translation>Import undone: records deleted: %L1, restored: %L2.</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <source>Supprimer les %L1 fiche(s) créée(s) et remettre les %L2 fiche(s) mises à jour comme avant l&apos;import ?</source>
        <translation>Delete the created records (%L1) and restore the updated records (%L2) to how they were before the import?</translation>
    </message>
    <message numerus="yes">
        <source>%n première(s) ligne(s) de « %1 » (%2).</source>
        <translation>
            <numerusform>First %n row of “%1” (%2).</numerusform>
            <numerusform>First %n rows of “%1” (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) en couleur n&apos;ont pas %1 champs : elles seront refusées si rien ne change.</source>
        <translation>
            <numerusform>%n highlighted row does not have %1 fields: it will be rejected unless something changes.</numerusform>
            <numerusform>%n highlighted rows do not have %1 fields: they will be rejected unless something changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colonne(s) sur %1 reconnue(s) d&apos;après leur en-tête.</source>
        <translation>
            <numerusform>%n column of %1 recognised from its header.</numerusform>
            <numerusform>%n columns of %1 recognised from their headers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectListModel</name>
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
        <source>Modifié le</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Qualité de la fiche : %1/100</source>
        <translation>Record quality: %1/100</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Quality</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectPicker</name>
    <message>
        <source>Rechercher un prospect : raison sociale, ville, code postal, SIREN…</source>
        <translation>Search for a prospect: company name, city, postcode, SIREN…</translation>
    </message>
    <message>
        <source>Prospect choisi dans la base</source>
        <translation>Prospect chosen from the database</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectTimeline</name>
    <message>
        <source>Ajouter une &amp;note</source>
        <translation>Add a &amp;note</translation>
    </message>
    <message>
        <source>Compte rendu d&apos;appel, information utile sur l&apos;entreprise… (Ctrl+Entrée pour enregistrer)</source>
        <translation>Call report, useful information about the company… (Ctrl+Enter to save)</translation>
    </message>
    <message>
        <source>Visible par tous ceux qui voient ce prospect, envoyée au serveur dès que possible.</source>
        <translation>Visible to everyone who sees this prospect, sent to the server as soon as possible.</translation>
    </message>
    <message>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>Enregistrer la note (Ctrl+Entrée)</source>
        <translation>Save the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Chronologie du prospect</source>
        <translation>Prospect timeline</translation>
    </message>
    <message>
        <source>Rien pour l&apos;instant : les rendez-vous, actions et notes de ce prospect apparaîtront ici.</source>
        <translation>Nothing yet: this prospect&apos;s appointments, actions and notes will appear here.</translation>
    </message>
    <message>
        <source>Ce prospect n&apos;existe plus : la note n&apos;a pas été enregistrée.</source>
        <translation>This prospect no longer exists: the note was not saved.</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProspectTimelineModel</name>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>
De %1 à %2</source>
        <translation>
From %1 to %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Rendez-vous · %1</source>
        <translation>Appointment · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Conflit de synchronisation · %1</source>
        <translation>Synchronisation conflict · %1</translation>
    </message>
    <message>
        <source>Modification · %1</source>
        <translation>Change · %1</translation>
    </message>
    <message>
        <source>Valeur conservée : « %1 » (%2)
Valeur écartée : « %3 » (%4)</source>
        <translation>Value kept: “%1” (%2)
Value discarded: “%3” (%4)</translation>
    </message>
    <message>
        <source>« %1 » → « %2 »</source>
        <translation>“%1” → “%2”</translation>
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
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Fiche créée</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Origine : %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>Fiche qualifiée</source>
        <translation>Record qualified</translation>
    </message>
    <message>
        <source>Adresse, ville et contact vérifiés.</source>
        <translation>Address, city and contact checked.</translation>
    </message>
    <message>
        <source>Source : %1</source>
        <translation>Source: %1</translation>
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
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
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
    <message>
        <source>Nouveau prospect &amp;terrain</source>
        <translation>New &amp;field prospect</translation>
    </message>
    <message>
        <source>Noter rapidement un prospect rencontré sur le terrain, à qualifier ensuite (Ctrl+Maj+N)</source>
        <translation>Quickly note a prospect met in the field, to qualify later (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Nouveau prospect, fiche complète (Ctrl+N)</source>
        <translation>New prospect, full record (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ouvrir la fiche du prospect (Entrée)</source>
        <translation>Open the prospect&apos;s record (Enter)</translation>
    </message>
    <message>
        <source>Attri&amp;buer à…</source>
        <translation>Assi&amp;gn to…</translation>
    </message>
    <message>
        <source>Changer le responsable des prospects sélectionnés</source>
        <translation>Change the owner of the selected prospects</translation>
    </message>
    <message>
        <source>Changer le stat&amp;ut…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Changer le statut des prospects sélectionnés</source>
        <translation>Change the status of the selected prospects</translation>
    </message>
    <message>
        <source>Supprimer les prospects sélectionnés (Suppr)</source>
        <translation>Delete the selected prospects (Del)</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Exporter tous les prospects de la liste filtrée (Ctrl+E)</source>
        <translation>Export all the prospects of the filtered list (Ctrl+E)</translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filtrer par entité</source>
        <translation>Filter by entity</translation>
    </message>
    <message>
        <source>Filtrer par responsable</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Filtres &amp;enregistrés :</source>
        <translation>Sav&amp;ed filters:</translation>
    </message>
    <message>
        <source>Enre&amp;gistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Enregistrer la recherche et les filtres actuels sous un nom</source>
        <translation>Save the current search and filters under a name</translation>
    </message>
    <message>
        <source>Oublier</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Supprimer le filtre enregistré choisi</source>
        <translation>Delete the chosen saved filter</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Effacer la recherche et les filtres</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Toutes les entités</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>Tous les responsables</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Mes prospects</source>
        <translation>My prospects</translation>
    </message>
    <message>
        <source>Sans responsable</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Aucun pour l&apos;instant</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>— Choisir —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <source>Filtre « %1 » enregistré.</source>
        <translation>Filter “%1” saved.</translation>
    </message>
    <message>
        <source>Filtre « %1 » supprimé.</source>
        <translation>Filter “%1” deleted.</translation>
    </message>
    <message>
        <source>Enregistrer le filtre</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Nom du filtre (recherche et filtres actuels) :</source>
        <translation>Filter name (current search and filters):</translation>
    </message>
    <message>
        <source>Aucun prospect ne correspond à ces filtres.
« Tout afficher » les efface.</source>
        <translation>No prospect matches these filters.
“Show all” clears them.</translation>
    </message>
    <message>
        <source> · %L1 sélectionnés</source>
        <translation> · %L1 selected</translation>
    </message>
    <message>
        <source>Prospect créé « À qualifier » : il apparaît dans la file des assistantes.</source>
        <translation>Prospect created as “To qualify”: it appears in the assistants&apos; queue.</translation>
    </message>
    <message>
        <source>Supprimer « %1 » ?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Supprimer ces %L1 prospects ?</source>
        <translation>Delete these %L1 prospects?</translation>
    </message>
    <message>
        <source>1 rendez-vous sera détaché</source>
        <translation>1 appointment will be detached</translation>
    </message>
    <message>
        <source>%L1 rendez-vous seront détachés</source>
        <translation>%L1 appointments will be detached</translation>
    </message>
    <message>
        <source>1 action sera détachée</source>
        <translation>1 action will be detached</translation>
    </message>
    <message>
        <source>%L1 actions seront détachées</source>
        <translation>%L1 actions will be detached</translation>
    </message>
    <message>
        <source>1 note sera supprimée</source>
        <translation>1 note will be deleted</translation>
    </message>
    <message>
        <source>%L1 notes seront supprimées</source>
        <translation>%L1 notes will be deleted</translation>
    </message>
    <message>
        <source>Vous pourrez annuler juste après.</source>
        <translation>You can undo right after.</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%L1 prospects ont été supprimés.</source>
        <translation>%L1 prospects were deleted.</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>1 prospect attribué à %1.</source>
        <translation>1 prospect assigned to %1.</translation>
    </message>
    <message>
        <source>%L1 prospects attribués à %2.</source>
        <translation>%L1 prospects assigned to %2.</translation>
    </message>
    <message>
        <source>1 prospect passé au statut « %1 ».</source>
        <translation>1 prospect moved to status “%1”.</translation>
    </message>
    <message>
        <source>%L1 prospects passés au statut « %2 ».</source>
        <translation>%L1 prospects moved to status “%2”.</translation>
    </message>
    <message>
        <source>%L1 prospects ont été restaurés.</source>
        <translation>%L1 prospects were restored.</translation>
    </message>
    <message>
        <source>Modification annulée : le prospect est revenu à sa valeur précédente.</source>
        <translation>Change undone: the prospect is back to its previous value.</translation>
    </message>
    <message>
        <source>Modification annulée : %L1 prospects sont revenus à leur valeur précédente.</source>
        <translation>Change undone: %L1 prospects are back to their previous value.</translation>
    </message>
    <message>
        <source>Attribuer à…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Nouveau responsable du prospect sélectionné :</source>
        <translation>New owner of the selected prospect:</translation>
    </message>
    <message>
        <source>Nouveau responsable des %L1 prospects sélectionnés :</source>
        <translation>New owner of the %L1 selected prospects:</translation>
    </message>
    <message>
        <source>— Aucun —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>Attribuer</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changer le statut…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Nouveau statut du prospect sélectionné :</source>
        <translation>New status of the selected prospect:</translation>
    </message>
    <message>
        <source>Nouveau statut des %L1 prospects sélectionnés :</source>
        <translation>New status of the %L1 selected prospects:</translation>
    </message>
    <message>
        <source>« Qualifié » se donne fiche par fiche, avec le formulaire de qualification.</source>
        <translation>“Qualified” is given record by record, with the qualification form.</translation>
    </message>
    <message>
        <source>Changer</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>prospects-%1.csv</source>
        <translation>prospects-%1.csv</translation>
    </message>
    <message>
        <source>Exporter les prospects</source>
        <translation>Export prospects</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export de %L1 prospects…</source>
        <translation>Exporting %L1 prospects…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>%L1 prospects exportés dans %2.</source>
        <translation>%L1 prospects exported to %2.</translation>
    </message>
    <message>
        <source>Scanner une &amp;carte</source>
        <translation>Scan a &amp;card</translation>
    </message>
    <message>
        <source>Créer un prospect à partir de la photo d&apos;une carte de visite (Ctrl+Maj+B)</source>
        <translation>Create a prospect from the photo of a business card (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Importer des prospects depuis un fichier CSV (Ctrl+I)</source>
        <translation>Import prospects from a CSV file (Ctrl+I)</translation>
    </message>
    <message>
        <source>I&amp;mports récents…</source>
        <translation>Recent i&amp;mports…</translation>
    </message>
    <message>
        <source>Les derniers imports, et l&apos;annulation d&apos;un import</source>
        <translation>The latest imports, and undoing an import</translation>
    </message>
    <message>
        <source>Prospect créé à partir de la carte de visite.</source>
        <translation>Prospect created from the business card.</translation>
    </message>
    <message>
        <source>Import terminé : %L1 prospect(s) créé(s), %L2 mis à jour.</source>
        <translation>Import finished: prospects created: %L1, updated: %L2.</translation>
    </message>
</context>
<context>
    <name>hector::ui::ProximityDialog</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Opportunités à proximité</source>
        <translation>Nearby opportunities</translation>
    </message>
    <message>
        <source>À proximité</source>
        <translation>Nearby</translation>
    </message>
    <message>
        <source>Les opportunités dont le prospect se trouve dans le rayon choisi, de la plus proche à la plus lointaine. Calculé sur ce poste, même hors connexion.</source>
        <translation>The opportunities whose prospect is within the chosen radius, from the nearest to the farthest. Calculated on this computer, even offline.</translation>
    </message>
    <message>
        <source>Autour d&apos;un &amp;prospect</source>
        <translation>Around a &amp;prospect</translation>
    </message>
    <message>
        <source>Tapez le nom ou la ville du prospect…</source>
        <translation>Type the prospect&apos;s name or city…</translation>
    </message>
    <message>
        <source>Autour du &amp;bureau de mon entité</source>
        <translation>Around my entity&apos;s o&amp;ffice</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>En cours seulement (sans les gagnées ni les perdues)</source>
        <translation>Open only (without the won or lost ones)</translation>
    </message>
    <message>
        <source>&amp;Rayon</source>
        <translation>&amp;Radius</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choisissez le prospect autour duquel chercher.</source>
        <translation>Choose the prospect to search around.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas de coordonnées : complétez son adresse (ou attendez son enrichissement) pour chercher autour de lui.</source>
        <translation>“%1” has no coordinates: complete its address (or wait for its enrichment) to search around it.</translation>
    </message>
    <message>
        <source>Le bureau de votre entité n&apos;a pas de coordonnées : choisissez un prospect comme centre.</source>
        <translation>Your entity&apos;s office has no coordinates: choose a prospect as the centre.</translation>
    </message>
    <message>
        <source>Choisissez un centre pour voir les opportunités autour.</source>
        <translation>Choose a centre to see the opportunities around it.</translation>
    </message>
    <message>
        <source>Aucune opportunité à moins de %1</source>
        <translation>No opportunity within %1</translation>
    </message>
    <message>
        <source>Aucune opportunité dans ce rayon. Élargissez-le ou choisissez un autre centre.</source>
        <translation>No opportunity within this radius. Widen it or choose another centre.</translation>
    </message>
    <message>
        <source>1 opportunité à moins de %1</source>
        <translation>1 opportunity within %1</translation>
    </message>
    <message>
        <source>%1 opportunités à moins de %2</source>
        <translation>%1 opportunities within %2</translation>
    </message>
</context>
<context>
    <name>hector::ui::QualificationQueueModel</name>
    <message>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <source>ville</source>
        <translation>city</translation>
    </message>
    <message>
        <source>tél. ou e-mail</source>
        <translation>phone or email</translation>
    </message>
    <message>
        <source>SIREN/SIRET</source>
        <translation>SIREN/SIRET</translation>
    </message>
    <message>
        <source>décideur</source>
        <translation>decision maker</translation>
    </message>
    <message>
        <source>Créé le %1</source>
        <translation>Created on %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Prêt à qualifier</source>
        <translation>Ready to qualify</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Code postal et ville</source>
        <translation>Postcode and city</translation>
    </message>
    <message>
        <source>Créé</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Créé par / responsable</source>
        <translation>Created by / owner</translation>
    </message>
    <message>
        <source>À compléter</source>
        <translation>To complete</translation>
    </message>
</context>
<context>
    <name>hector::ui::QualificationQueuePage</name>
    <message>
        <source>Nouveau prospect &amp;terrain</source>
        <translation>New &amp;field prospect</translation>
    </message>
    <message>
        <source>Noter un prospect rencontré sur le terrain (Ctrl+Maj+N)</source>
        <translation>Note a prospect met in the field (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Qualifier</source>
        <translation>&amp;Qualify</translation>
    </message>
    <message>
        <source>Compléter et qualifier le prospect sélectionné (Entrée)</source>
        <translation>Complete and qualify the selected prospect (Enter)</translation>
    </message>
    <message>
        <source>Prospects notés sur le terrain, à compléter avant leur suivi commercial — le plus ancien d&apos;abord. Qualifier demande une adresse, une ville et un téléphone ou un e-mail.</source>
        <translation>Prospects noted in the field, to complete before their sales follow-up — oldest first. Qualifying requires an address, a city and a phone number or an email.</translation>
    </message>
    <message>
        <source>Rien à qualifier : tous les prospects notés sur le terrain ont été complétés.
Les nouveaux apparaîtront ici, même créés hors ligne.</source>
        <translation>Nothing to qualify: all the prospects noted in the field have been completed.
New ones will appear here, even when created offline.</translation>
    </message>
    <message>
        <source>À qualifier</source>
        <translation>To qualify</translation>
    </message>
    <message>
        <source>À qualifier (%L1)</source>
        <translation>To qualify (%L1)</translation>
    </message>
    <message>
        <source>« %1 » est qualifié.</source>
        <translation>“%1” is qualified.</translation>
    </message>
    <message>
        <source>Prospect ajouté à la file « À qualifier ».</source>
        <translation>Prospect added to the “To qualify” queue.</translation>
    </message>
</context>
<context>
    <name>hector::ui::QuotaLimitsDialog</name>
    <message>
        <source>Sans limite</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Limites — %1</source>
        <translation>Limits — %1</translation>
    </message>
    <message>
        <source>Limites de %1</source>
        <translation>Limits of %1</translation>
    </message>
    <message>
        <source>Au-delà d&apos;une limite, les appels sont refusés sans atteindre le fournisseur (les tâches attendent et réessaient plus tard). 0 = sans limite.</source>
        <translation>Beyond a limit, calls are refused without reaching the provider (jobs wait and retry later). 0 = no limit.</translation>
    </message>
    <message>
        <source>Sans budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>Appels par &amp;minute :</source>
        <translation>Calls per &amp;minute:</translation>
    </message>
    <message>
        <source>Appels par &amp;heure :</source>
        <translation>Calls per &amp;hour:</translation>
    </message>
    <message>
        <source>Appels par &amp;jour :</source>
        <translation>Calls per &amp;day:</translation>
    </message>
    <message>
        <source>&amp;Budget mensuel :</source>
        <translation>Monthly &amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Coût d&apos;un appel :</source>
        <translation>&amp;Cost per call:</translation>
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
        <source>La limite par minute (%L1) ne peut pas dépasser la limite par heure (%L2).</source>
        <translation>The per-minute limit (%L1) cannot exceed the per-hour limit (%L2).</translation>
    </message>
    <message>
        <source>La limite par heure (%L1) ne peut pas dépasser la limite par jour (%L2).</source>
        <translation>The per-hour limit (%L1) cannot exceed the per-day limit (%L2).</translation>
    </message>
    <message>
        <source>La limite par minute (%L1) ne peut pas dépasser la limite par jour (%L2).</source>
        <translation>The per-minute limit (%L1) cannot exceed the per-day limit (%L2).</translation>
    </message>
    <message>
        <source>Le coût d&apos;un appel dépasse le budget mensuel : aucun appel ne serait possible.</source>
        <translation>The cost per call exceeds the monthly budget: no call would be possible.</translation>
    </message>
</context>
<context>
    <name>hector::ui::RdvDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Nouveau rendez-vous</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Modifier le rendez-vous</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <source>ex. Présentation de l&apos;offre de télésurveillance</source>
        <translation>e.g. Presentation of the remote monitoring offer</translation>
    </message>
    <message>
        <source>&amp;Objet *</source>
        <translation>Su&amp;bject *</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>à</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>Journée (8 h)</source>
        <translation>Full day (8 h)</translation>
    </message>
    <message>
        <source>D&amp;urée</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>Adresse du rendez-vous (par défaut : celle du prospect)</source>
        <translation>Address of the appointment (default: the prospect&apos;s)</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;Responsable</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Aucun rappel</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>15 min avant</source>
        <translation>15 min before</translation>
    </message>
    <message>
        <source>30 min avant</source>
        <translation>30 min before</translation>
    </message>
    <message>
        <source>1 h avant</source>
        <translation>1 h before</translation>
    </message>
    <message>
        <source>1 jour avant</source>
        <translation>1 day before</translation>
    </message>
    <message>
        <source>R&amp;appel</source>
        <translation>&amp;Reminder</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Contexte, personnes présentes, documents à apporter…</source>
        <translation>Context, attendees, documents to bring…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
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
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>fin à %1</source>
        <translation>ends at %1</translation>
    </message>
    <message>
        <source>fin le %1</source>
        <translation>ends on %1</translation>
    </message>
    <message>
        <source>Ce rendez-vous n&apos;existe plus (supprimé ou synchronisé entre-temps).</source>
        <translation>This appointment no longer exists (deleted or synchronised in the meantime).</translation>
    </message>
    <message>
        <source>%1 avant</source>
        <translation>%1 before</translation>
    </message>
    <message>
        <source>Choisissez le prospect dans la liste proposée (tapez quelques lettres de sa raison sociale ou de sa ville), ou videz le champ.</source>
        <translation>Choose the prospect from the suggested list (type a few letters of its company name or city), or clear the field.</translation>
    </message>
</context>
<context>
    <name>hector::ui::RdvModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>hector::ui::RdvReminders</name>
    <message>
        <source>%1 (dans %2 min)</source>
        <translation>%1 (in %2 min)</translation>
    </message>
</context>
<context>
    <name>hector::ui::ReminderPresenter</name>
    <message>
        <source>Hector — rappels de rendez-vous</source>
        <translation>Hector — appointment reminders</translation>
    </message>
    <message>
        <source>Rendez-vous : %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <source>Rappel de rendez-vous</source>
        <translation>Appointment reminder</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Rappel : %1, %2</source>
        <translation>Reminder: %1, %2</translation>
    </message>
</context>
<context>
    <name>hector::ui::SchedulesModel</name>
    <message>
        <source>Planification</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Prochaine exécution</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Dernière exécution</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Réussie</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>En échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Ignorée</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non (désactivée)</source>
        <translation>No (disabled)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Jamais exécutée</source>
        <translation>Never run</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>hector::ui::ScoringPanel</name>
    <message>
        <source>neutre</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Donnée inconnue : la moitié des points, ni bonus ni pénalité.</source>
        <translation>Unknown data: half the points, neither bonus nor penalty.</translation>
    </message>
    <message>
        <source>Calculé sur ce poste à partir des données locales, avec les mêmes règles que le calcul quotidien du serveur. Une donnée inconnue compte pour la moitié des points.</source>
        <translation>Calculated on this computer from the local data, with the same rules as the server&apos;s daily calculation. Unknown data counts for half the points.</translation>
    </message>
    <message>
        <source>Historique du serveur</source>
        <translation>Server history</translation>
    </message>
    <message>
        <source>Calculé le</source>
        <translation>Calculated on</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Température</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas encore calculé le score de cette opportunité (calcul quotidien).</source>
        <translation>The server has not calculated this opportunity&apos;s score yet (daily calculation).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cette opportunité n&apos;existe plus.</source>
        <translation>This opportunity no longer exists.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Score en direct ; le serveur ne l&apos;a pas encore recalculé.</source>
        <translation>Live score; the server has not recalculated it yet.</translation>
    </message>
    <message>
        <source>Score en direct ; score enregistré par le serveur : %1 (%2), calculé le %3.</source>
        <translation>Live score; score saved by the server: %1 (%2), calculated on %3.</translation>
    </message>
    <message>
        <source>Recalcul demandé</source>
        <translation>Recalculation requested</translation>
    </message>
    <message>
        <source>Calcul quotidien</source>
        <translation>Daily calculation</translation>
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
    <name>hector::ui::TeamDashboardPage</name>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Taux de conversion</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>CA gagné sur la période</source>
        <translation>Revenue won in the period</translation>
    </message>
    <message>
        <source>Pipeline en cours</source>
        <translation>Open pipeline</translation>
    </message>
    <message>
        <source>Panier moyen</source>
        <translation>Average deal</translation>
    </message>
    <message>
        <source>Pipeline de l&apos;équipe par étape</source>
        <translation>Team pipeline by stage</translation>
    </message>
    <message>
        <source>Montant des opportunités en cours par commercial, aujourd&apos;hui</source>
        <translation>Amount of the open opportunities by salesperson, today</translation>
    </message>
    <message>
        <source>Gagnées et perdues par commercial</source>
        <translation>Won and lost by salesperson</translation>
    </message>
    <message>
        <source>Opportunités clôturées sur la période, taux de conversion entre parenthèses</source>
        <translation>Opportunities closed in the period, conversion rate in brackets</translation>
    </message>
    <message>
        <source>Meilleurs commerciaux</source>
        <translation>Top salespeople</translation>
    </message>
    <message>
        <source>Opportunités gagnées sur la période, par chiffre d&apos;affaires</source>
        <translation>Opportunities won in the period, by revenue</translation>
    </message>
    <message>
        <source>%1 opportunité gagnée</source>
        <translation>%1 won opportunity</translation>
    </message>
    <message>
        <source>%1 opportunités gagnées</source>
        <translation>%1 won opportunities</translation>
    </message>
    <message>
        <source>par opportunité gagnée</source>
        <translation>per won opportunity</translation>
    </message>
    <message>
        <source>Aucune opportunité gagnée</source>
        <translation>No won opportunities</translation>
    </message>
    <message>
        <source>Aucune opportunité clôturée sur la période.</source>
        <translation>No opportunities closed in the period.</translation>
    </message>
    <message>
        <source>Aucune opportunité en cours pour ces filtres.</source>
        <translation>No open opportunities for these filters.</translation>
    </message>
    <message>
        <source>Autres (%1)</source>
        <translation>Others (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 : %3 · %4</source>
        <translation>%1 — %2: %3 · %4</translation>
    </message>
    <message>
        <source>Gagnées</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Perdues</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>%1 : %2, %3 — conversion %4</source>
        <translation>%1: %2, %3 — conversion %4</translation>
    </message>
    <message>
        <source>%1 gagnée</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 gagnées</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 perdue</source>
        <translation>%1 lost</translation>
    </message>
    <message>
        <source>%1 perdues</source>
        <translation>%1 lost</translation>
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
    <message>
        <source>Réalisé : opportunités gagnées (clôturées dans le mois) et rendez-vous effectués ou planifiés des membres actuels de l&apos;équipe.</source>
        <translation>Achieved: won opportunities (closed in the month) and completed or scheduled appointments of the team&apos;s current members.</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Réalisé / objectif</source>
        <translation>Achieved / target</translation>
    </message>
    <message>
        <source>%1 : part de l&apos;objectif atteinte</source>
        <translation>%1: share of the target achieved</translation>
    </message>
    <message>
        <source>%1 € / %2 €</source>
        <translation>€%1 / €%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>hector::ui::TopPerformersModel</name>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Gagnées</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Perdues</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>CA gagné</source>
        <translation>Revenue won</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Share</translation>
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
    <name>hector::ui::WeekView</name>
    <message>
        <source>Semaine du %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source> — créneau libre (Entrée : nouveau rendez-vous)</source>
        <translation> — free slot (Enter: new appointment)</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>hector::ui::cardReview</name>
    <message>
        <source>La carte scannée</source>
        <translation>The scanned card</translation>
    </message>
    <message>
        <source>&amp;Créer le prospect</source>
        <translation>C&amp;reate the prospect</translation>
    </message>
    <message>
        <source>Nouveau prospect — carte de visite</source>
        <translation>New prospect — business card</translation>
    </message>
    <message>
        <source>Claude (serveur)</source>
        <translation>Claude (server)</translation>
    </message>
    <message>
        <source>Tesseract (local)</source>
        <translation>Tesseract (local)</translation>
    </message>
    <message numerus="yes">
        <source>%n champ(s) lu(s) sur la carte par %1. Vérifiez-les et complétez avant de créer le prospect.</source>
        <translation>
            <numerusform>%n field read from the card by %1. Check it and complete the rest before creating the prospect.</numerusform>
            <numerusform>%n fields read from the card by %1. Check them and complete the rest before creating the prospect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lecture incertaine (confiance %1 %) : relisez chaque champ.</source>
        <translation>Uncertain reading (confidence %1%): check each field again.</translation>
    </message>
    <message>
        <source>La raison sociale n&apos;a pas été trouvée : saisissez-la.</source>
        <translation>The company name was not found: enter it.</translation>
    </message>
</context>
<context>
    <name>hector::ui::opportunities</name>
    <message>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>De %1 le %2 : %3</source>
        <translation>By %1 on %2: %3</translation>
    </message>
    <message>
        <source>%1/mois</source>
        <translation>%1/month</translation>
    </message>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Devis</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sortant (vers le prospect)</source>
        <translation>Outbound (to the prospect)</translation>
    </message>
    <message>
        <source>Entrant (du prospect)</source>
        <translation>Inbound (from the prospect)</translation>
    </message>
    <message>
        <source>Cette opportunité n&apos;existe plus (supprimée ou synchronisée entre-temps).</source>
        <translation>This opportunity no longer exists (deleted or synchronised in the meantime).</translation>
    </message>
</context>
<context>
    <name>hector::ui::ops</name>
    <message>
        <source>INSEE (Sirene)</source>
        <translation>INSEE (Sirene)</translation>
    </message>
    <message>
        <source>Pappers</source>
        <translation>Pappers</translation>
    </message>
    <message>
        <source>Google Maps</source>
        <translation>Google Maps</translation>
    </message>
    <message>
        <source>OpenStreetMap Nominatim</source>
        <translation>OpenStreetMap Nominatim</translation>
    </message>
    <message>
        <source>Anthropic (IA)</source>
        <translation>Anthropic (AI)</translation>
    </message>
    <message>
        <source>Resend (e-mails)</source>
        <translation>Resend (emails)</translation>
    </message>
    <message>
        <source>Twilio (SMS et appels)</source>
        <translation>Twilio (SMS and calls)</translation>
    </message>
    <message>
        <source>Centroïde (code postal)</source>
        <translation>Centroid (postcode)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>hector::ui::prospectOperations</name>
    <message>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Note de %1 du %2 :
%3</source>
        <translation>Note by %1 on %2:
%3</translation>
    </message>
</context>
<context>
    <name>hector::ui::prospects</name>
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
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Fiche enrichie</source>
        <translation>Record enriched</translation>
    </message>
    <message>
        <source>Échec de l&apos;enrichissement</source>
        <translation>Enrichment failed</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Appel entrant</source>
        <translation>Inbound call</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Recommandation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Trade show</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
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
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Décideur</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Fonction du décideur</source>
        <translation>Decision maker&apos;s job title</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tranche d&apos;effectif</source>
        <translation>Headcount band</translation>
    </message>
    <message>
        <source>Chiffre d&apos;affaires</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Qualifié le</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <source>Qualifié par</source>
        <translation>Qualified by</translation>
    </message>
    <message>
        <source>il y a moins d&apos;une heure</source>
        <translation>less than an hour ago</translation>
    </message>
    <message>
        <source>il y a 1 heure</source>
        <translation>1 hour ago</translation>
    </message>
    <message>
        <source>il y a %1 heures</source>
        <translation>%1 hours ago</translation>
    </message>
    <message>
        <source>hier</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>il y a %1 jours</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>il y a 1 mois</source>
        <translation>1 month ago</translation>
    </message>
    <message>
        <source>il y a %1 mois</source>
        <translation>%1 months ago</translation>
    </message>
    <message>
        <source>il y a plus d&apos;un an</source>
        <translation>more than a year ago</translation>
    </message>
    <message>
        <source>il y a %1 ans</source>
        <translation>%1 years ago</translation>
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
