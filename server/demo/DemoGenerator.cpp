#include "server/demo/DemoGenerator.h"

#include "core/Validation.h"

#include <phonenumbers/phonenumberutil.h>

#include <QTimeZone>

#include <cstddef>
#include <iterator>

namespace hector::server::demo {

namespace {

// ---------------------------------------------------------------------------------------------
// Reference data

enum class Country { France, Luxembourg, Belgium };
enum class Language { French, Dutch };
enum class Gender { Male, Female };

struct Weighted
{
    QStringView value;
    int weight;
};

struct GenderedTitle
{
    QStringView male;
    QStringView female;
};

// Kinds of businesses that buy alarms, video surveillance and guarding. `naf` is the French NAF
// rev. 2 code; its first five characters are the European NACE rev. 2 class used in BE and LU.
struct Activity
{
    QStringView fr;      // "Boulangerie" -> "Boulangerie Martin"
    QStringView nl;      // "Bakkerij" -> "Bakkerij Peeters"
    QStringView brandFr; // optional: "Martin Transports"
    QStringView brandNl; // optional: "Peeters Transport"
    QStringView naf;
    bool large = false;     // more often an SA / SAS, bigger premises
    bool partners = false;  // liberal professions: "... et Associés"
    bool noSurname = false; // named after a place, never after a family
};

constexpr Activity kActivities[] = {
    {u"Boulangerie", u"Bakkerij", {}, {}, u"10.71C"},
    {u"Pâtisserie", u"Banketbakkerij", {}, {}, u"10.71D"},
    {u"Boucherie", u"Beenhouwerij", {}, {}, u"47.22Z"},
    {u"Pharmacie", u"Apotheek", {}, {}, u"47.73Z"},
    {u"Bijouterie", u"Juwelier", {}, {}, u"47.77Z"},
    {u"Armurerie", u"Wapenhandel", {}, {}, u"47.78C"},
    {u"Galerie", u"Kunstgalerie", {}, {}, u"47.78C"},
    {u"Optique", u"Optiek", {}, {}, u"47.78A"},
    {u"Garage", u"Garage", u"Automobiles", u"Cars", u"45.20A"},
    {u"Carrosserie", u"Carrosserie", {}, {}, u"45.20A"},
    {u"Automobiles", u"Autohandel", u"Automobiles", u"Cars", u"45.11Z", true},
    {u"Supermarché", u"Supermarkt", u"Distribution", {}, u"47.11D", true},
    {u"Supérette", u"Buurtwinkel", {}, {}, u"47.11C"},
    {u"Tabac-Presse", u"Dagbladhandel", {}, {}, u"47.26Z"},
    {u"Restaurant", u"Restaurant", {}, {}, u"56.10A"},
    {u"Brasserie", u"Brasserie", {}, {}, u"56.10A"},
    {u"Café", u"Café", {}, {}, u"56.30Z"},
    {u"Hôtel", u"Hotel", {}, {}, u"55.10Z"},
    {u"Cabinet médical", u"Huisartsenpraktijk", {}, {}, u"86.21Z", false, true},
    {u"Cabinet dentaire", u"Tandartsenpraktijk", {}, {}, u"86.23Z", false, true},
    {u"Laboratoire", u"Labo", {}, {}, u"86.90B"},
    {u"Clinique vétérinaire", u"Dierenartsenpraktijk", {}, {}, u"75.00Z", false, true},
    {u"Cabinet", u"Advocatenkantoor", {}, {}, u"69.10Z", false, true},
    {u"Fiduciaire", u"Boekhoudkantoor", u"Expertise", {}, u"69.20Z", false, true},
    {u"Atelier d'architecture", u"Architectenbureau", u"Architecture", {}, u"71.11Z", false, true},
    {u"Assurances", u"Verzekeringen", u"Assurances", u"Verzekeringen", u"66.22Z"},
    {u"Agence", u"Immo", u"Immobilier", u"Vastgoed", u"68.31Z"},
    {u"Transports", u"Transport", u"Transports", u"Transport", u"49.41A", true},
    {u"Entrepôts", u"Logistiek", u"Logistique", u"Logistics", u"52.10B", true},
    {u"Constructions", u"Bouwbedrijf", u"Bâtiment", u"Bouw", u"41.20A", true},
    {u"Menuiserie", u"Schrijnwerkerij", {}, {}, u"43.32A"},
    {u"Électricité", u"Elektro", u"Électricité", {}, u"43.21A"},
    {u"Plomberie", u"Sanitair", {}, {}, u"43.22A"},
    {u"Mécanique", u"Machinebouw", u"Industrie", u"Industries", u"25.62B", true},
    {u"Imprimerie", u"Drukkerij", {}, {}, u"18.12Z"},
    {u"Négoce", u"Groothandel", u"Distribution", u"Distributie", u"46.90Z", true},
    {u"Informatique", u"Informatica", u"Informatique", u"IT", u"62.02A"},
    {u"Nettoyage", u"Schoonmaak", u"Propreté", u"Cleaning", u"81.21Z", true},
    {u"Fleuriste", u"Bloemen", u"Fleurs", {}, u"47.76Z"},
    {u"Cave", u"Drankenhandel", {}, {}, u"47.25Z"},
    {u"Quincaillerie", u"IJzerwaren", {}, {}, u"47.52A"},
    {u"Meubles", u"Meubelen", {}, {}, u"47.59A"},
    {u"Boutique", u"Mode", {}, {}, u"47.71Z"},
    {u"Cycles", u"Fietsen", {}, {}, u"47.64Z"},
    {u"Pressing", u"Droogkuis", {}, {}, u"96.01B"},
    {u"Coiffure", u"Kapsalon", {}, {}, u"96.02A"},
    {u"Institut", u"Schoonheidsinstituut", {}, {}, u"96.02B"},
    {u"Auto-école", u"Rijschool", {}, {}, u"85.53Z"},
    {u"Station-service", u"Tankstation", {}, {}, u"47.30Z"},
    {u"Crèche", u"Kinderdagverblijf", {}, {}, u"88.91A", false, false, true},
    {u"Résidence", u"Woonzorgcentrum", {}, {}, u"87.10A", true, false, true},
};

// Place-like complements: "Pharmacie du Centre", "Apotheek De Linde".
constexpr QStringView kQualifiersFr[] = {
    u"du Centre",        u"de la Gare",    u"des Halles",       u"du Marché",    u"de la Place",
    u"du Parc",          u"des Arcades",   u"du Lac",           u"de l'Europe",  u"du Château",
    u"Saint-Jean",       u"Saint-Michel",  u"des Remparts",     u"de la Mairie", u"du Port",
    u"des Quatre Vents", u"du Rond-Point", u"de la Cathédrale", u"du Théâtre",   u"des Tilleuls",
    u"de la Fontaine",   u"du Pont",
};
constexpr QStringView kQualifiersNl[] = {
    u"Centrum",
    u"De Molen",
    u"De Linde",
    u"Het Anker",
    u"De Zwaan",
    u"De Kroon",
    u"Het Hof",
    u"De Kaai",
    u"De Markt",
    u"Sint-Jan",
    u"De Toren",
    u"Het Station",
};
constexpr QStringView kSciNames[] = {
    u"Les Tilleuls",
    u"du Parc",
    u"La Colline",
    u"Les Acacias",
    u"Le Moulin",
    u"Les Érables",
    u"Saint-Jacques",
    u"Horizon",
    u"des Remparts",
    u"Les Marronniers",
    u"Le Clos",
    u"Patrimoine",
};

constexpr QStringView kFirstNamesFrMale[] = {
    u"Jean",          u"Pierre",     u"Michel",   u"Philippe",  u"Alain",       u"Patrick",
    u"Nicolas",       u"Christophe", u"Stéphane", u"Laurent",   u"Frédéric",    u"Sébastien",
    u"Julien",        u"David",      u"Olivier",  u"Éric",      u"Thierry",     u"Pascal",
    u"Jérôme",        u"François",   u"Vincent",  u"Guillaume", u"Maxime",      u"Thomas",
    u"Antoine",       u"Mathieu",    u"Romain",   u"Benoît",    u"Hervé",       u"Didier",
    u"Bruno",         u"Gilles",     u"Cédric",   u"Damien",    u"Rémi",        u"Loïc",
    u"Yannick",       u"Clément",    u"Hugo",     u"Lucas",     u"Jean-Pierre", u"Jean-Marc",
    u"Jean-François", u"Marc",       u"Serge",    u"Xavier",    u"Arnaud",      u"Fabrice",
    u"Emmanuel",      u"Gaël",
};
constexpr QStringView kFirstNamesFrFemale[] = {
    u"Marie",     u"Nathalie",  u"Isabelle",  u"Sylvie",       u"Catherine",   u"Sandrine",
    u"Valérie",   u"Christine", u"Véronique", u"Céline",       u"Stéphanie",   u"Sophie",
    u"Aurélie",   u"Émilie",    u"Julie",     u"Camille",      u"Caroline",    u"Virginie",
    u"Delphine",  u"Laetitia",  u"Hélène",    u"Anne",         u"Élodie",      u"Audrey",
    u"Mélanie",   u"Claire",    u"Laure",     u"Pauline",      u"Chloé",       u"Léa",
    u"Manon",     u"Sarah",     u"Charlotte", u"Amélie",       u"Agnès",       u"Brigitte",
    u"Françoise", u"Martine",   u"Florence",  u"Karine",       u"Corinne",     u"Noémie",
    u"Anaïs",     u"Marine",    u"Estelle",   u"Marie-Claire", u"Anne-Sophie", u"Séverine",
    u"Béatrice",  u"Gaëlle",
};
constexpr QStringView kLastNamesFr[] = {
    u"Martin",    u"Bernard",   u"Thomas",     u"Petit",       u"Robert",   u"Richard",
    u"Durand",    u"Dubois",    u"Moreau",     u"Laurent",     u"Simon",    u"Michel",
    u"Lefèvre",   u"Leroy",     u"Roux",       u"David",       u"Bertrand", u"Morel",
    u"Fournier",  u"Girard",    u"Bonnet",     u"Dupont",      u"Lambert",  u"Fontaine",
    u"Rousseau",  u"Vincent",   u"Muller",     u"Lefebvre",    u"Faure",    u"André",
    u"Mercier",   u"Blanc",     u"Guérin",     u"Boyer",       u"Garnier",  u"Chevalier",
    u"François",  u"Legrand",   u"Gauthier",   u"Garcia",      u"Perrin",   u"Robin",
    u"Clément",   u"Morin",     u"Nicolas",    u"Henry",       u"Roussel",  u"Mathieu",
    u"Gautier",   u"Masson",    u"Marchand",   u"Duval",       u"Denis",    u"Dumont",
    u"Lemaire",   u"Noël",      u"Meyer",      u"Dufour",      u"Meunier",  u"Brun",
    u"Blanchard", u"Giraud",    u"Joly",       u"Rivière",     u"Lucas",    u"Brunet",
    u"Gaillard",  u"Barbier",   u"Arnaud",     u"Martinez",    u"Gérard",   u"Roche",
    u"Renard",    u"Schmitt",   u"Roy",        u"Leroux",      u"Colin",    u"Vidal",
    u"Caron",     u"Picard",    u"Roger",      u"Fabre",       u"Aubert",   u"Lemoine",
    u"Renaud",    u"Dumas",     u"Lacroix",    u"Olivier",     u"Philippe", u"Bourgeois",
    u"Pierre",    u"Benoît",    u"Rey",        u"Leclerc",     u"Payet",    u"Rolland",
    u"Leclercq",  u"Guillaume", u"Lecomte",    u"Lopez",       u"Dupuy",    u"Guillot",
    u"Hubert",    u"Berger",    u"Carpentier", u"Sanchez",     u"Dupuis",   u"Moulin",
    u"Deschamps", u"Huet",      u"Vasseur",    u"Perez",       u"Boucher",  u"Fleury",
    u"Royer",     u"Klein",     u"Jacquet",    u"Adam",        u"Poirier",  u"Marty",
    u"Aubry",     u"Guyot",     u"Carré",      u"Charpentier", u"Ménard",   u"Maillard",
    u"Baron",     u"Bertin",    u"Bailly",     u"Schneider",   u"Le Gall",  u"Collet",
    u"Léger",     u"Bouvier",   u"Julien",     u"Prévost",     u"Millet",   u"Perrot",
    u"Germain",   u"Breton",    u"Besson",     u"Langlois",    u"Le Goff",  u"Pelletier",
    u"Lévêque",   u"Perrier",   u"Leblanc",    u"Lebrun",      u"Marchal",  u"Weber",
    u"Mallet",    u"Hamon",     u"Boulanger",
};

constexpr QStringView kFirstNamesNlMale[] = {
    u"Jan",     u"Pieter", u"Koen",   u"Bart",  u"Tom",    u"Wim",   u"Dirk",   u"Stijn", u"Jeroen",
    u"Kristof", u"Geert",  u"Peter",  u"Johan", u"Luc",    u"Filip", u"Wouter", u"Joris", u"Tim",
    u"Bram",    u"Jens",   u"Thomas", u"Kevin", u"Steven", u"Frank", u"Hans",
};
constexpr QStringView kFirstNamesNlFemale[] = {
    u"Els",    u"An",       u"Katrien",  u"Sofie",    u"Lien", u"Griet",   u"Hilde",
    u"Veerle", u"Annelies", u"Inge",     u"Nele",     u"Leen", u"Evelien", u"Liesbeth",
    u"Sarah",  u"Elke",     u"Kathleen", u"Caroline", u"Tine", u"Marijke",
};
constexpr QStringView kLastNamesFlemish[] = {
    u"Peeters",   u"Janssens",    u"Maes",      u"Jacobs",       u"Mertens",        u"Willems",
    u"Claes",     u"Goossens",    u"Wouters",   u"De Smet",      u"Hermans",        u"Michiels",
    u"Vermeulen", u"Van Damme",   u"De Backer", u"Vandenberghe", u"Van den Broeck", u"De Clercq",
    u"Verhoeven", u"Pauwels",     u"Hendrickx", u"Aerts",        u"Coppens",        u"Segers",
    u"Stevens",   u"Verstraeten", u"Wuyts",     u"De Vos",       u"Smets",          u"Van de Velde",
    u"Cools",     u"Bogaerts",    u"De Meyer",  u"Lenaerts",     u"Geerts",         u"Van Dyck",
    u"Martens",   u"Desmet",      u"Verbeke",   u"Lambrechts",   u"Verlinden",      u"Vervoort",
    u"De Wolf",   u"Baert",       u"Mahieu",    u"Verschueren",  u"Van Hoof",       u"Claeys",
};
constexpr QStringView kLastNamesWalloon[] = {
    u"Dubois",   u"Lambert", u"Dupont",  u"Martin",   u"Simon",    u"Leroy",   u"Laurent",
    u"Lejeune",  u"Renard",  u"Denis",   u"Gilson",   u"Collard",  u"Henrard", u"Lambotte",
    u"Delvaux",  u"Piette",  u"Mathieu", u"Thiry",    u"Gérard",   u"Noël",    u"Wathelet",
    u"Lhoest",   u"Lemaire", u"Dumont",  u"Leclercq", u"François", u"Hubert",  u"Jacques",
    u"Goffin",   u"Dethier", u"Bodart",  u"Wilmotte", u"Marchal",  u"Jadot",   u"Evrard",
    u"Pirard",   u"Legrand", u"Massart", u"Baudoin",  u"Charlier", u"Closset", u"Delhaye",
    u"Delcourt", u"Detry",   u"Hardy",   u"Laloux",   u"Lecocq",   u"Materne", u"Wauters",
    u"Desmedt",
};

constexpr QStringView kFirstNamesLuMale[] = {
    u"Jean",    u"Marc",   u"Claude",  u"Paul",  u"Tom",    u"Laurent", u"Romain",
    u"Carlo",   u"Gilles", u"Patrick", u"Pit",   u"Jeff",   u"Mike",    u"Nico",
    u"Sven",    u"Luc",    u"Georges", u"Guy",   u"Ben",    u"Yves",    u"Serge",
    u"Fernand", u"Raoul",  u"João",    u"Paulo", u"Carlos", u"Rui",     u"Nuno",
};
constexpr QStringView kFirstNamesLuFemale[] = {
    u"Anne",  u"Sandra", u"Nathalie", u"Carole",  u"Tessy",    u"Joëlle",  u"Martine", u"Monique",
    u"Sonja", u"Nadine", u"Claudine", u"Michèle", u"Danielle", u"Josiane", u"Chantal", u"Lynn",
    u"Sarah", u"Laura",  u"Jessica",  u"Cindy",   u"Ana",      u"Sofia",   u"Sónia",   u"Marisa",
};
constexpr QStringView kLastNamesLu[] = {
    u"Schmit",    u"Muller",    u"Weber",    u"Hoffmann", u"Wagner",   u"Thill",      u"Schmitz",
    u"Schroeder", u"Reuter",    u"Klein",    u"Kieffer",  u"Faber",    u"Welter",     u"Becker",
    u"Kremer",    u"Meyer",     u"Hansen",   u"Majerus",  u"Weis",     u"Lentz",      u"Ries",
    u"Steffen",   u"Krier",     u"Theis",    u"Back",     u"Thein",    u"Goedert",    u"Wirtz",
    u"Kayser",    u"Hermes",    u"Schiltz",  u"Wolff",    u"Feller",   u"Kohn",       u"Gengler",
    u"Berchem",   u"Zeimet",    u"Wirth",    u"Glod",     u"Braun",    u"Scholtes",   u"Frisch",
    u"Mangen",    u"Bausch",    u"Da Silva", u"Pereira",  u"Ferreira", u"Dos Santos", u"Rodrigues",
    u"Gomes",     u"Fernandes", u"Alves",    u"Lopes",
};

// Cities. FR: postcode, city, first digit of the landline numbers of the region
// (1 Île-de-France, 2 north-west, 3 north-east, 4 south-east, 5 south-west).
struct FrCity
{
    QStringView postcode;
    QStringView name;
    char16_t phoneZone;
    double latitude; // centre of the town or district (WGS 84)
    double longitude;
};
constexpr FrCity kFrCities[] = {
    {u"75001", u"Paris", u'1', 48.8626, 2.3363},
    {u"75008", u"Paris", u'1', 48.8727, 2.3125},
    {u"75009", u"Paris", u'1', 48.877, 2.3375},
    {u"75011", u"Paris", u'1', 48.859, 2.38},
    {u"75015", u"Paris", u'1', 48.8412, 2.3003},
    {u"75017", u"Paris", u'1', 48.8873, 2.3067},
    {u"92100", u"Boulogne-Billancourt", u'1', 48.8397, 2.2399},
    {u"92200", u"Neuilly-sur-Seine", u'1', 48.8846, 2.2697},
    {u"93200", u"Saint-Denis", u'1', 48.9362, 2.3574},
    {u"94300", u"Vincennes", u'1', 48.8474, 2.4393},
    {u"78000", u"Versailles", u'1', 48.8049, 2.1204},
    {u"95000", u"Cergy", u'1', 49.0364, 2.0761},
    {u"69002", u"Lyon", u'4', 45.7485, 4.827},
    {u"69003", u"Lyon", u'4', 45.758, 4.86},
    {u"69007", u"Lyon", u'4', 45.733, 4.84},
    {u"13001", u"Marseille", u'4', 43.299, 5.384},
    {u"13008", u"Marseille", u'4', 43.241, 5.382},
    {u"13100", u"Aix-en-Provence", u'4', 43.5297, 5.4474},
    {u"06000", u"Nice", u'4', 43.7102, 7.262},
    {u"06400", u"Cannes", u'4', 43.5528, 7.0174},
    {u"83000", u"Toulon", u'4', 43.1242, 5.928},
    {u"84000", u"Avignon", u'4', 43.9493, 4.8055},
    {u"34000", u"Montpellier", u'4', 43.6108, 3.8767},
    {u"30000", u"Nîmes", u'4', 43.8367, 4.3601},
    {u"66000", u"Perpignan", u'4', 42.6887, 2.8948},
    {u"38000", u"Grenoble", u'4', 45.1885, 5.7245},
    {u"42000", u"Saint-Étienne", u'4', 45.4397, 4.3872},
    {u"63000", u"Clermont-Ferrand", u'4', 45.7772, 3.087},
    {u"74000", u"Annecy", u'4', 45.8992, 6.1294},
    {u"73000", u"Chambéry", u'4', 45.5646, 5.9178},
    {u"20000", u"Ajaccio", u'4', 41.9192, 8.7386},
    {u"31000", u"Toulouse", u'5', 43.6047, 1.4442},
    {u"33000", u"Bordeaux", u'5', 44.8378, -0.5792},
    {u"64000", u"Pau", u'5', 43.2951, -0.3708},
    {u"64100", u"Bayonne", u'5', 43.4929, -1.4748},
    {u"17000", u"La Rochelle", u'5', 46.1603, -1.1511},
    {u"86000", u"Poitiers", u'5', 46.5802, 0.3404},
    {u"87000", u"Limoges", u'5', 45.8336, 1.2611},
    {u"44000", u"Nantes", u'2', 47.2184, -1.5536},
    {u"35000", u"Rennes", u'2', 48.1173, -1.6778},
    {u"29200", u"Brest", u'2', 48.3904, -4.4861},
    {u"56100", u"Lorient", u'2', 47.7483, -3.37},
    {u"49000", u"Angers", u'2', 47.4784, -0.5632},
    {u"72000", u"Le Mans", u'2', 48.0061, 0.1996},
    {u"37000", u"Tours", u'2', 47.3941, 0.6848},
    {u"45000", u"Orléans", u'2', 47.903, 1.9093},
    {u"14000", u"Caen", u'2', 49.1829, -0.3707},
    {u"76000", u"Rouen", u'2', 49.4432, 1.0999},
    {u"76600", u"Le Havre", u'2', 49.4944, 0.1079},
    {u"59000", u"Lille", u'3', 50.6292, 3.0573},
    {u"59100", u"Roubaix", u'3', 50.6942, 3.1746},
    {u"59200", u"Tourcoing", u'3', 50.7239, 3.1612},
    {u"62000", u"Arras", u'3', 50.291, 2.7775},
    {u"80000", u"Amiens", u'3', 49.8941, 2.2958},
    {u"51100", u"Reims", u'3', 49.2583, 4.0317},
    {u"08000", u"Charleville-Mézières", u'3', 49.762, 4.7263},
    {u"10000", u"Troyes", u'3', 48.2973, 4.0744},
    {u"67000", u"Strasbourg", u'3', 48.5734, 7.7521},
    {u"68100", u"Mulhouse", u'3', 47.7508, 7.3359},
    {u"68000", u"Colmar", u'3', 48.0794, 7.3585},
    {u"57000", u"Metz", u'3', 49.1193, 6.1757},
    {u"57100", u"Thionville", u'3', 49.3579, 6.1683},
    {u"54000", u"Nancy", u'3', 48.6921, 6.1844},
    {u"54400", u"Longwy", u'3', 49.5197, 5.7661},
    {u"88000", u"Épinal", u'3', 48.1724, 6.4496},
    {u"21000", u"Dijon", u'3', 47.322, 5.0415},
    {u"25000", u"Besançon", u'3', 47.2378, 6.0241},
};

enum class BeRegion { Brussels, Wallonia, Flanders };
struct BeCity
{
    QStringView postcode;
    QStringView name;
    QStringView areaCode; // trunk code without the leading 0
    BeRegion region;
    double latitude; // centre of the town or district (WGS 84)
    double longitude;
};
constexpr BeCity kBeCities[] = {
    {u"1000", u"Bruxelles", u"2", BeRegion::Brussels, 50.8467, 4.3525},
    {u"1030", u"Schaerbeek", u"2", BeRegion::Brussels, 50.8676, 4.3737},
    {u"1040", u"Etterbeek", u"2", BeRegion::Brussels, 50.8336, 4.3891},
    {u"1050", u"Ixelles", u"2", BeRegion::Brussels, 50.8333, 4.3667},
    {u"1070", u"Anderlecht", u"2", BeRegion::Brussels, 50.8365, 4.3082},
    {u"1180", u"Uccle", u"2", BeRegion::Brussels, 50.803, 4.338},
    {u"1200", u"Woluwe-Saint-Lambert", u"2", BeRegion::Brussels, 50.8427, 4.4301},
    {u"4000", u"Liège", u"4", BeRegion::Wallonia, 50.6326, 5.5797},
    {u"4500", u"Huy", u"85", BeRegion::Wallonia, 50.5188, 5.24},
    {u"4800", u"Verviers", u"87", BeRegion::Wallonia, 50.5891, 5.8623},
    {u"5000", u"Namur", u"81", BeRegion::Wallonia, 50.4674, 4.872},
    {u"6000", u"Charleroi", u"71", BeRegion::Wallonia, 50.4108, 4.4446},
    {u"6600", u"Bastogne", u"61", BeRegion::Wallonia, 50.0033, 5.7189},
    {u"6700", u"Arlon", u"63", BeRegion::Wallonia, 49.6833, 5.8167},
    {u"7000", u"Mons", u"65", BeRegion::Wallonia, 50.4542, 3.9567},
    {u"7100", u"La Louvière", u"64", BeRegion::Wallonia, 50.4806, 4.1874},
    {u"7500", u"Tournai", u"69", BeRegion::Wallonia, 50.6056, 3.3878},
    {u"1300", u"Wavre", u"10", BeRegion::Wallonia, 50.7172, 4.6014},
    {u"1400", u"Nivelles", u"67", BeRegion::Wallonia, 50.5979, 4.3285},
    {u"2000", u"Antwerpen", u"3", BeRegion::Flanders, 51.2194, 4.4025},
    {u"2300", u"Turnhout", u"14", BeRegion::Flanders, 51.3227, 4.9447},
    {u"2800", u"Mechelen", u"15", BeRegion::Flanders, 51.0259, 4.4776},
    {u"3000", u"Leuven", u"16", BeRegion::Flanders, 50.8798, 4.7005},
    {u"3500", u"Hasselt", u"11", BeRegion::Flanders, 50.9307, 5.3325},
    {u"3600", u"Genk", u"89", BeRegion::Flanders, 50.965, 5.5008},
    {u"8000", u"Brugge", u"50", BeRegion::Flanders, 51.2093, 3.2247},
    {u"8400", u"Oostende", u"59", BeRegion::Flanders, 51.2154, 2.9286},
    {u"8500", u"Kortrijk", u"56", BeRegion::Flanders, 50.8279, 3.2649},
    {u"9000", u"Gent", u"9", BeRegion::Flanders, 51.0543, 3.7174},
    {u"9100", u"Sint-Niklaas", u"3", BeRegion::Flanders, 51.165, 4.1437},
    {u"9300", u"Aalst", u"53", BeRegion::Flanders, 50.9378, 4.041},
    {u"1800", u"Vilvoorde", u"2", BeRegion::Flanders, 50.9281, 4.4245},
};

struct LuCity
{
    QStringView postcode;
    QStringView name;
    bool capital; // Luxembourg-Ville: its own well-known streets
    double latitude; // centre of the town or district (WGS 84)
    double longitude;
};
constexpr LuCity kLuCities[] = {
    {u"1009", u"Luxembourg", true, 49.611, 6.13},
    {u"1450", u"Luxembourg", true, 49.6, 6.115},
    {u"1855", u"Luxembourg", true, 49.629, 6.164},
    {u"2449", u"Luxembourg", true, 49.61, 6.129},
    {u"2540", u"Luxembourg", true, 49.595, 6.135},
    {u"4002", u"Esch-sur-Alzette", false, 49.4958, 5.9806},
    {u"4031", u"Esch-sur-Alzette", false, 49.499, 5.985},
    {u"4501", u"Differdange", false, 49.5242, 5.8914},
    {u"4701", u"Pétange", false, 49.5583, 5.8806},
    {u"4901", u"Bascharage", false, 49.57, 5.91},
    {u"3401", u"Dudelange", false, 49.4806, 6.0875},
    {u"3201", u"Bettembourg", false, 49.5186, 6.1028},
    {u"3801", u"Schifflange", false, 49.5064, 6.0125},
    {u"3895", u"Foetz", false, 49.5217, 6.0081},
    {u"8001", u"Strassen", false, 49.6206, 6.0733},
    {u"8009", u"Strassen", false, 49.618, 6.065},
    {u"8201", u"Mamer", false, 49.6275, 6.0236},
    {u"8301", u"Capellen", false, 49.6456, 5.9903},
    {u"8399", u"Windhof", false, 49.6472, 5.9597},
    {u"5365", u"Munsbach", false, 49.63, 6.2686},
    {u"7201", u"Walferdange", false, 49.6583, 6.1306},
    {u"7501", u"Mersch", false, 49.7489, 6.1061},
    {u"9001", u"Ettelbruck", false, 49.8475, 6.1042},
    {u"9201", u"Diekirch", false, 49.8681, 6.1597},
    {u"9501", u"Wiltz", false, 49.9661, 5.9325},
    {u"6401", u"Echternach", false, 49.8117, 6.4217},
    {u"6701", u"Grevenmacher", false, 49.68, 6.4417},
    {u"5501", u"Remich", false, 49.545, 6.3669},
};

constexpr QStringView kStreetsFr[] = {
    u"rue de la République",
    u"avenue Victor Hugo",
    u"boulevard Gambetta",
    u"rue Jean Jaurès",
    u"avenue du Général de Gaulle",
    u"rue de la Gare",
    u"place de la Mairie",
    u"rue Pasteur",
    u"avenue de Paris",
    u"rue Nationale",
    u"boulevard du Maréchal Foch",
    u"rue Carnot",
    u"avenue de la Liberté",
    u"rue des Écoles",
    u"chemin du Moulin",
    u"rue Émile Zola",
    u"rue Voltaire",
    u"avenue de Verdun",
    u"rue Jules Ferry",
    u"place de l'Église",
    u"rue du Commerce",
    u"rue Saint-Michel",
    u"allée des Lilas",
    u"rue de la Paix",
    u"rue La Fayette",
    u"boulevard Georges Clemenceau",
    u"avenue Anatole France",
    u"rue du 8 Mai 1945",
    u"rue du 11 Novembre",
    u"avenue Jean Moulin",
    u"rue Victor Hugo",
    u"rue de l'Industrie",
    u"rue des Artisans",
    u"avenue de l'Europe",
    u"rue du Stade",
    u"impasse des Tilleuls",
    u"rue des Jardins",
    u"rue de Strasbourg",
    u"rue Gambetta",
    u"rue Thiers",
    u"rue du Général Leclerc",
    u"avenue Foch",
    u"rue Aristide Briand",
    u"rue Principale",
    u"route de Lyon",
    u"rue du Château",
    u"place du Marché",
    u"rue Louis Pasteur",
    u"boulevard Jean Jaurès",
    u"rue Paul Bert",
    u"rue Denis Papin",
    u"rue Ampère",
    u"rue Gustave Eiffel",
    u"cours de la Libération",
    u"quai de la Marne",
    u"rue de la Fontaine",
    u"avenue des Champs",
    u"rue du Faubourg Saint-Antoine",
};
constexpr QStringView kStreetsBeFr[] = {
    u"Rue de la Station",
    u"Rue du Commerce",
    u"Rue Haute",
    u"Rue de l'Église",
    u"Rue du Marché",
    u"Chaussée de Bruxelles",
    u"Chaussée de Louvain",
    u"Chaussée de Mons",
    u"Avenue de la Libération",
    u"Rue des Champs",
    u"Rue Grande",
    u"Rue Léopold",
    u"Rue du Pont",
    u"Rue de la Paix",
    u"Avenue des Combattants",
    u"Rue Royale",
    u"Rue des Écoles",
    u"Rue du Moulin",
    u"Avenue Albert Ier",
    u"Rue de l'Industrie",
    u"Place communale",
    u"Rue Saint-Martin",
    u"Boulevard Émile de Laveleye",
    u"Avenue Reine Astrid",
};
constexpr QStringView kStreetsBrussels[] = {
    u"Avenue Louise",
    u"Rue de la Loi",
    u"Boulevard Anspach",
    u"Chaussée d'Ixelles",
    u"Avenue de Tervueren",
    u"Boulevard du Souverain",
    u"Rue Neuve",
    u"Chaussée de Waterloo",
    u"Boulevard Adolphe Max",
    u"Avenue de la Toison d'Or",
    u"Rue Belliard",
};
constexpr QStringView kStreetsBeNl[] = {
    u"Stationsstraat",  u"Kerkstraat",         u"Dorpstraat",
    u"Nieuwstraat",     u"Molenstraat",        u"Industrieweg",
    u"Kapelstraat",     u"Marktplein",         u"Grote Markt",
    u"Schoolstraat",    u"Brugsesteenweg",     u"Koning Albertlaan",
    u"Leopoldlaan",     u"Veldstraat",         u"Hoogstraat",
    u"Sint-Jansstraat", u"Kortrijksesteenweg", u"Nijverheidsstraat",
    u"Europalaan",      u"Lindenlaan",         u"Meir",
    u"Kouter",          u"Bondgenotenlaan",
};
constexpr QStringView kStreetsLu[] = {
    u"rue de la Gare",
    u"avenue de la Gare",
    u"route d'Arlon",
    u"rue Principale",
    u"route de Luxembourg",
    u"rue de l'Église",
    u"rue du Moulin",
    u"rue des Jardins",
    u"Grand-Rue",
    u"rue de la Libération",
    u"route d'Esch",
    u"rue de Luxembourg",
    u"avenue de la Liberté",
    u"rue de l'Industrie",
    u"rue des Prés",
    u"rue Dicks",
    u"rue Michel Rodange",
    u"rue Robert Schuman",
    u"rue de la Chapelle",
    u"rue des Champs",
    u"Z.I. Rolach",
    u"rue du Parc",
};
constexpr QStringView kStreetsLuxembourgCity[] = {
    u"boulevard Royal",
    u"avenue John F. Kennedy",
    u"boulevard de la Pétrusse",
    u"rue du Fossé",
    u"Grand-Rue",
    u"avenue Monterey",
    u"route de Thionville",
    u"rue de Hollerich",
    u"avenue de la Porte-Neuve",
    u"boulevard Grande-Duchesse Charlotte",
    u"rue Alphonse Weicker",
    u"route d'Arlon",
};

// Titles of the people who decide on a security contract.
constexpr GenderedTitle kTitlesFrOperational[] = {
    {u"DAF", u"DAF"},
    {u"Responsable sécurité", u"Responsable sécurité"},
    {u"Directeur des services généraux", u"Directrice des services généraux"},
    {u"Responsable des services généraux", u"Responsable des services généraux"},
    {u"Directeur d'exploitation", u"Directrice d'exploitation"},
    {u"Responsable de site", u"Responsable de site"},
    {u"Directeur administratif", u"Directrice administrative"},
    {u"Responsable maintenance", u"Responsable maintenance"},
};
constexpr GenderedTitle kTitlesBeFrOperational[] = {
    {u"Directeur financier", u"Directrice financière"},
    {u"Responsable sécurité", u"Responsable sécurité"},
    {u"Facility manager", u"Facility manager"},
    {u"Conseiller en prévention", u"Conseillère en prévention"},
    {u"Directeur des opérations", u"Directrice des opérations"},
};
constexpr QStringView kTitlesNlOperational[] = {
    u"Financieel directeur",
    u"Facility manager",
    u"Preventieadviseur",
    u"Operationeel directeur",
    u"Veiligheidsverantwoordelijke",
    u"Office manager",
};
constexpr GenderedTitle kTitlesLuOperational[] = {
    {u"Directeur financier", u"Directrice financière"},
    {u"Responsable sécurité", u"Responsable sécurité"},
    {u"Facility manager", u"Facility manager"},
    {u"Responsable des services généraux", u"Responsable des services généraux"},
    {u"Directeur des opérations", u"Directrice des opérations"},
};

// Complete records; « a_qualifier » ones come from partialProspect().
constexpr Weighted kStatuses[] = {
    {u"nouveau", 30},
    {u"qualifie", 15},
    {u"en_cours", 15},
    {u"client", 12},
    {u"perdu", 8},
};
constexpr Weighted kSources[] = {
    {u"terrain", 35},
    {u"import", 20},
    {u"salon", 8},
    {u"site_web", 15},
    {u"recommandation", 12},
    {u"appel_entrant", 10},
};

constexpr Weighted kLegalFormsFr[] = {
    {u"SAS", 34},
    {u"SARL", 30},
    {u"SASU", 12},
    {u"EURL", 12},
    {u"SA", 8},
    {u"SNC", 4},
};
constexpr Weighted kLegalFormsFrLarge[] = {{u"SAS", 50}, {u"SA", 35}, {u"SARL", 15}};
constexpr Weighted kLegalFormsBeFr[] = {{u"SRL", 65}, {u"SA", 30}, {u"SC", 5}};
constexpr Weighted kLegalFormsBeNl[] = {{u"BV", 65}, {u"NV", 30}, {u"CV", 5}};
constexpr Weighted kLegalFormsLu[] = {
    {u"SARL", 45},
    {u"SA", 30},
    {u"SàRL", 15},
    {u"SARL-S", 10},
};

constexpr QStringView kWebmailFr[] = {
    u"orange.fr",
    u"wanadoo.fr",
    u"free.fr",
    u"sfr.fr",
    u"gmail.com",
    u"laposte.net",
};
constexpr QStringView kWebmailBe[] = {
    u"skynet.be",
    u"telenet.be",
    u"proximus.be",
    u"gmail.com",
    u"hotmail.com",
};
constexpr QStringView kWebmailLu[] = {u"pt.lu", u"gmail.com", u"hotmail.com"};

// ---------------------------------------------------------------------------------------------
// Helpers

// Does libphonenumber accept this +33 / +32 / +352 number? (What crm::isValidE164 says, without
// parsing and formatting text: the generator checks every number it draws.)
bool validPhone(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const int codeLength = e164.startsWith(u"+352") ? 3 : 2;
    PhoneNumber number;
    number.set_country_code(QStringView(e164).mid(1, codeLength).toInt());
    number.set_national_number(QStringView(e164).mid(1 + codeLength).toULongLong());
    return PhoneNumberUtil::GetInstance()->IsValidNumber(number);
}

class Rng
{
public:
    explicit Rng(QRandomGenerator &rng)
        : m_rng(rng)
    {
    }

    int below(int n) { return static_cast<int>(m_rng.bounded(n)); }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    bool chance(int percent) { return below(100) < percent; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(static_cast<int>(N))];
    }

    template<std::size_t N>
    QStringView pickWeighted(const Weighted (&items)[N])
    {
        int total = 0;
        for (const Weighted &w : items)
            total += w.weight;
        int r = below(total);
        for (const Weighted &w : items) {
            if (r < w.weight)
                return w.value;
            r -= w.weight;
        }
        return items[N - 1].value;
    }

    QChar digit(int low = 0) { return QChar(static_cast<char16_t>(u'0' + between(low, 9))); }

    void appendDigits(QString &out, int count)
    {
        for (int i = 0; i < count; ++i)
            out.append(digit());
    }

private:
    QRandomGenerator &m_rng;
};

void appendNumber(QString &out, int value, int width)
{
    char16_t buffer[12];
    int n = 0;
    do {
        buffer[n++] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 12);
    for (int i = n; i < width; ++i)
        out.append(QChar(u'0'));
    while (n > 0)
        out.append(QChar(buffer[--n]));
}

QString numberString(int value)
{
    QString s;
    appendNumber(s, value, 0);
    return s;
}

// Ligatures have no canonical decomposition.
struct Ligature
{
    char16_t ligature;
    QStringView ascii;
};
constexpr Ligature kLigatures[] = {
    {u'Œ', u"OE"},
    {u'œ', u"oe"},
    {u'Æ', u"AE"},
    {u'æ', u"ae"},
    {u'ß', u"ss"},
};

// ASCII transliteration: "Hélène Lefèvre" -> "Helene Lefevre", "Œuvre" -> "OEuvre".
QString toAscii(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(c);
            continue;
        }
        bool replaced = false;
        for (const auto &l : kLigatures) {
            if (c.unicode() == l.ligature) {
                out.append(l.ascii);
                replaced = true;
                break;
            }
        }
        if (replaced)
            continue;
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty() && decomposed.front().unicode() < 0x80)
            out.append(decomposed.front());
        // Anything else (symbols, other scripts) is dropped.
    }
    return out;
}

// Lower-case ASCII token for e-mail local parts: letters, digits and inner hyphens only.
// "Jean-Pierre" -> "jean-pierre", "Van den Broeck" -> "vandenbroeck".
QString emailToken(QStringView text)
{
    const QString ascii = toAscii(text);
    QString out;
    out.reserve(ascii.size());
    for (QChar c : ascii) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(QChar(u));
        else if (u == u'-' && !out.isEmpty() && !out.endsWith(u'-'))
            out.append(QChar(u));
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// Domain label from a company name: "Pharmacie du Centre" -> "pharmacie-du-centre" (or
// "pharmacieducentre"). Apostrophes vanish ("l'Europe" -> "leurope"), at most 40 characters.
QString domainLabel(QStringView companyName, bool hyphens)
{
    const QString ascii = toAscii(companyName);
    QString out;
    out.reserve(ascii.size());
    bool pendingSeparator = false;
    for (QChar c : ascii) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingSeparator && hyphens && !out.isEmpty())
                out.append(QChar(u'-'));
            pendingSeparator = false;
            out.append(QChar(u));
        } else if (u != u'\'') {
            pendingSeparator = true;
        }
    }
    if (out.size() > 40) {
        out.truncate(40);
        while (out.endsWith(u'-'))
            out.chop(1);
    }
    return out;
}

struct Contact
{
    QString firstName;
    QString lastName;
    Gender gender = Gender::Male;
};

QString titleFor(const GenderedTitle &title, Gender gender)
{
    return (gender == Gender::Female ? title.female : title.male).toString();
}

// Somewhere in the town: up to about 2 km from its centre.
void placeNear(DemoProspect &p, double latitude, double longitude, Rng &rng)
{
    p.hasPosition = true;
    p.latitude = latitude + rng.between(-180, 180) / 10000.0;
    p.longitude = longitude + rng.between(-270, 270) / 10000.0;
}

} // namespace

// ---------------------------------------------------------------------------------------------

DemoGenerator::DemoGenerator(quint32 seed)
    : m_rng(seed)
{
}

DemoPerson DemoGenerator::person()
{
    Rng rng(m_rng);
    const bool female = rng.chance(50);
    DemoPerson p;
    p.firstName = (female ? rng.pick(kFirstNamesFrFemale) : rng.pick(kFirstNamesFrMale)).toString();
    p.lastName = rng.pick(kLastNamesFr).toString();
    return p;
}

DemoProspect DemoGenerator::prospect(const QString &countryCode)
{
    Rng rng(m_rng);
    DemoProspect p;

    Country country = Country::France;
    if (countryCode.compare(QLatin1String("LU"), Qt::CaseInsensitive) == 0)
        country = Country::Luxembourg;
    else if (countryCode.compare(QLatin1String("BE"), Qt::CaseInsensitive) == 0)
        country = Country::Belgium;

    // --- Place -----------------------------------------------------------------------------
    Language language = Language::French;
    bool brusselsRegion = false;

    switch (country) {
    case Country::France: {
        const FrCity &city = rng.pick(kFrCities);
        placeNear(p, city.latitude, city.longitude, rng);
        p.countryCode = QStringLiteral("FR");
        p.postcode = city.postcode.toString();
        p.city = city.name.toString();
        QString street;
        street.reserve(40);
        const int n = rng.chance(80) ? rng.between(1, 60) : rng.between(61, 180);
        appendNumber(street, n, 0);
        if (rng.chance(4))
            street.append(u" bis");
        street.append(u' ');
        street.append(rng.pick(kStreetsFr));
        p.address = street;
        // 9 digits after +33: regional zone (1-5) for landlines, 6 or 7 (73-79) for mobiles.
        p.phone = QStringLiteral("+33");
        if (rng.chance(22)) {
            if (rng.chance(75)) {
                p.phone.append(QChar(u'6'));
                p.phone.append(rng.digit(0));
            } else {
                p.phone.append(QChar(u'7'));
                p.phone.append(rng.digit(3));
            }
        } else {
            p.phone.append(QChar(city.phoneZone));
            p.phone.append(rng.digit(1));
        }
        rng.appendDigits(p.phone, 7);
        break;
    }
    case Country::Belgium: {
        const BeCity &city = rng.pick(kBeCities);
        placeNear(p, city.latitude, city.longitude, rng);
        p.countryCode = QStringLiteral("BE");
        p.postcode = city.postcode.toString();
        p.city = city.name.toString();
        brusselsRegion = city.region == BeRegion::Brussels;
        language = city.region == BeRegion::Flanders || (brusselsRegion && rng.chance(15))
                       ? Language::Dutch
                       : Language::French;
        QStringView street;
        if (language == Language::Dutch)
            street = rng.pick(kStreetsBeNl);
        else if (brusselsRegion && rng.chance(50))
            street = rng.pick(kStreetsBrussels);
        else
            street = rng.pick(kStreetsBeFr);
        // Belgian convention: street, then number ("Avenue Louise 54").
        p.address = street % u' '
                    % numberString(rng.chance(75) ? rng.between(1, 80) : rng.between(81, 400));
        // 8 digits after +32 for landlines (trunk code + subscriber), 9 for mobiles (4xx).
        p.phone = QStringLiteral("+32");
        if (rng.chance(20)) {
            p.phone.append(QChar(u'4'));
            p.phone.append(rng.digit(7));
            rng.appendDigits(p.phone, 7);
        } else {
            p.phone.append(city.areaCode);
            p.phone.append(rng.digit(2));
            rng.appendDigits(p.phone, 8 - static_cast<int>(city.areaCode.size()) - 1);
        }
        break;
    }
    case Country::Luxembourg: {
        const LuCity &city = rng.pick(kLuCities);
        placeNear(p, city.latitude, city.longitude, rng);
        p.countryCode = QStringLiteral("LU");
        p.postcode = city.postcode.toString();
        p.city = city.name.toString();
        const QStringView street = city.capital && rng.chance(60) ? rng.pick(kStreetsLuxembourgCity)
                                                                  : rng.pick(kStreetsLu);
        p.address = numberString(rng.chance(80) ? rng.between(1, 60) : rng.between(61, 200)) % u' '
                    % street;
        p.phone = QStringLiteral("+352");
        const int kind = rng.below(100);
        if (kind < 50) {
            // 8-digit landline: 26 xx xx xx, 27 xx xx xx, 28 xx xx xx...
            p.phone.append(QChar(u'2'));
            p.phone.append(rng.digit(6));
            rng.appendDigits(p.phone, 6);
        } else if (kind < 80) {
            // Historic 6-digit landline: 22 44 55, 54 12 34...
            static constexpr char16_t firsts[] = {u'2', u'3', u'4', u'5', u'7', u'8', u'9'};
            p.phone.append(QChar(rng.pick(firsts)));
            rng.appendDigits(p.phone, 5);
        } else {
            // Mobile: 621, 661, 671, 691 + 6 digits.
            static constexpr char16_t seconds[] = {u'2', u'6', u'7', u'9'};
            p.phone.append(QChar(u'6'));
            p.phone.append(QChar(rng.pick(seconds)));
            p.phone.append(QChar(u'1'));
            rng.appendDigits(p.phone, 6);
        }
        break;
    }
    }

    // Number plans have unallocated blocks (06 9x in France, 02 9x in Brussels, some Luxembourg
    // ranges): redraw the digits after the prefix until libphonenumber accepts the number, as the
    // CRM's validation does on every write (core/crm/Phone.h), so every demo record can be edited.
    {
        const qsizetype keep = p.phone.startsWith(u"+352") || (p.phone.startsWith(u"+324") && p.phone.size() == 12) ? 5 : 4;
        for (int attempt = 0; attempt < 100 && !validPhone(p.phone); ++attempt) {
            const qsizetype length = p.phone.size();
            p.phone.truncate(keep);
            rng.appendDigits(p.phone, static_cast<int>(length - keep));
        }
    }

    // --- Company ---------------------------------------------------------------------------
    const bool isSci = country == Country::France && rng.chance(6);
    const Activity &activity = rng.pick(kActivities);

    const QStringView *surnames = kLastNamesFr;
    int surnameCount = static_cast<int>(std::size(kLastNamesFr));
    if (country == Country::Luxembourg) {
        surnames = kLastNamesLu;
        surnameCount = static_cast<int>(std::size(kLastNamesLu));
    } else if (country == Country::Belgium) {
        const bool flemish = language == Language::Dutch || (brusselsRegion && rng.chance(30));
        surnames = flemish ? kLastNamesFlemish : kLastNamesWalloon;
        surnameCount = flemish ? static_cast<int>(std::size(kLastNamesFlemish))
                               : static_cast<int>(std::size(kLastNamesWalloon));
    }
    const QStringView familyName = surnames[rng.below(surnameCount)];
    bool namedAfterFamily = false;

    QString name;
    name.reserve(48);
    if (isSci) {
        if (rng.chance(55)) {
            name = u"SCI " % familyName;
            namedAfterFamily = true;
        } else {
            name = u"SCI " % rng.pick(kSciNames);
        }
        p.nafCode = QStringLiteral("68.20B");
        p.legalForm = QStringLiteral("SCI");
    } else {
        const bool dutch = language == Language::Dutch;
        const QStringView word = dutch ? activity.nl : activity.fr;
        const QStringView brand = dutch ? activity.brandNl : activity.brandFr;
        // Share of each naming pattern; a pattern that does not fit the activity falls back to
        // the plain "<trade> <family name>".
        enum class Pattern { Place, FamilyBrand, Initials, Partners, Sons, TwoFamilies, Plain };
        const int roll = rng.below(100);
        Pattern pattern = roll < 12   ? Pattern::Place
                          : roll < 27 ? Pattern::FamilyBrand
                          : roll < 33 ? Pattern::Initials
                          : roll < 43 ? Pattern::Partners
                          : roll < 48 ? Pattern::Sons
                          : roll < 58 ? Pattern::TwoFamilies
                                      : Pattern::Plain;
        if (activity.noSurname)
            pattern = Pattern::Place;
        else if ((pattern == Pattern::FamilyBrand || pattern == Pattern::Initials)
                 && brand.isEmpty())
            pattern = Pattern::Plain;
        else if (pattern == Pattern::Partners && !activity.partners)
            pattern = Pattern::Plain;

        namedAfterFamily = pattern != Pattern::Place && pattern != Pattern::Initials;
        switch (pattern) {
        case Pattern::Place:
            name = word % u' ' % (dutch ? rng.pick(kQualifiersNl) : rng.pick(kQualifiersFr));
            break;
        case Pattern::FamilyBrand:
            name = familyName % u' ' % brand;
            break;
        case Pattern::Initials: {
            // Initials as trade name, common for B2B firms: "SBM Transports".
            QString initials;
            for (int i = 0; i < 3; ++i)
                initials.append(QChar(static_cast<char16_t>(u'A' + rng.below(26))));
            name = initials % u' ' % brand;
            break;
        }
        case Pattern::Partners:
            name = word % u' ' % familyName
                   % (dutch ? QStringView(u" & Partners") : QStringView(u" et Associés"));
            break;
        case Pattern::Sons:
            name = word % u' ' % familyName
                   % (dutch ? QStringView(u" & Zonen") : QStringView(u" et Fils"));
            break;
        case Pattern::TwoFamilies: {
            const QStringView other = surnames[rng.below(surnameCount)];
            name = word % u' ' % familyName;
            if (other != familyName)
                name += u'-' % other;
            break;
        }
        case Pattern::Plain:
            name = word % u' ' % familyName;
            break;
        }

        if (country == Country::France) {
            p.nafCode = activity.naf.toString();
            p.legalForm = (activity.large ? rng.pickWeighted(kLegalFormsFrLarge)
                                          : rng.pickWeighted(kLegalFormsFr))
                              .toString();
        } else {
            p.nafCode = activity.naf.left(5).toString();
            if (country == Country::Luxembourg)
                p.legalForm = rng.pickWeighted(kLegalFormsLu).toString();
            else
                p.legalForm = (dutch ? rng.pickWeighted(kLegalFormsBeNl)
                                     : rng.pickWeighted(kLegalFormsBeFr))
                                  .toString();
        }
    }
    p.companyName = name;

    // --- Identifiers (France only) -----------------------------------------------------------
    if (country == Country::France) {
        QString siren;
        do {
            siren.clear();
            siren.reserve(9);
            siren.append(rng.digit(3)); // 3..9, like most private companies
            rng.appendDigits(siren, 7);
            siren.append(validation::luhnCheckDigit(siren));
            // 356000000 is La Poste, whose SIRETs follow another rule.
        } while (siren == QLatin1String("356000000"));
        // NIC: establishment sequence number (4 digits) + the digit that makes the SIRET pass.
        const int roll = rng.below(100);
        const int sequence = roll < 70   ? rng.between(1, 9)
                             : roll < 95 ? rng.between(10, 99)
                                         : rng.between(100, 999);
        QString siret = siren;
        siret.reserve(14);
        appendNumber(siret, sequence, 4);
        siret.append(validation::luhnCheckDigit(siret));
        p.siren = siren;
        p.siret = siret;
    }

    // --- Contact -----------------------------------------------------------------------------
    Contact contact;
    contact.gender = rng.chance(38) ? Gender::Female : Gender::Male;
    const bool female = contact.gender == Gender::Female;
    switch (country) {
    case Country::France:
        contact.firstName
            = (female ? rng.pick(kFirstNamesFrFemale) : rng.pick(kFirstNamesFrMale)).toString();
        break;
    case Country::Belgium:
        if (language == Language::Dutch)
            contact.firstName
                = (female ? rng.pick(kFirstNamesNlFemale) : rng.pick(kFirstNamesNlMale)).toString();
        else
            contact.firstName
                = (female ? rng.pick(kFirstNamesFrFemale) : rng.pick(kFirstNamesFrMale)).toString();
        break;
    case Country::Luxembourg:
        contact.firstName
            = (female ? rng.pick(kFirstNamesLuFemale) : rng.pick(kFirstNamesLuMale)).toString();
        break;
    }
    // Family businesses are often run by the family.
    contact.lastName = namedAfterFamily && rng.chance(45)
                           ? familyName.toString()
                           : surnames[rng.below(surnameCount)].toString();
    p.contactName = contact.firstName % u' ' % contact.lastName;

    // Legal representative (by legal form) or an operational decision-maker.
    const bool legalRepresentative = isSci || rng.chance(55);
    const QString &form = p.legalForm;
    if (country == Country::France) {
        if (legalRepresentative) {
            GenderedTitle t{u"Gérant", u"Gérante"};
            if (form == QLatin1String("SAS") || form == QLatin1String("SASU"))
                t = rng.chance(70) ? GenderedTitle{u"Président", u"Présidente"}
                                   : GenderedTitle{u"Directeur général", u"Directrice générale"};
            else if (form == QLatin1String("SA"))
                t = rng.chance(50) ? GenderedTitle{u"Président-directeur général",
                                                   u"Présidente-directrice générale"}
                                   : GenderedTitle{u"Directeur général", u"Directrice générale"};
            else if (form == QLatin1String("SARL") && rng.chance(20))
                t = GenderedTitle{u"Co-gérant", u"Co-gérante"};
            p.contactTitle = titleFor(t, contact.gender);
        } else {
            p.contactTitle = titleFor(rng.pick(kTitlesFrOperational), contact.gender);
        }
    } else if (country == Country::Belgium) {
        if (language == Language::Dutch) {
            if (legalRepresentative)
                p.contactTitle = form == QLatin1String("NV")
                                     ? QStringLiteral("Gedelegeerd bestuurder")
                                 : form == QLatin1String("CV") ? QStringLiteral("Bestuurder")
                                                               : QStringLiteral("Zaakvoerder");
            else
                p.contactTitle = rng.pick(kTitlesNlOperational).toString();
        } else {
            const GenderedTitle t
                = !legalRepresentative ? rng.pick(kTitlesBeFrOperational)
                  : form == QLatin1String("SA")
                      ? GenderedTitle{u"Administrateur délégué", u"Administratrice déléguée"}
                      : GenderedTitle{u"Gérant", u"Gérante"};
            p.contactTitle = titleFor(t, contact.gender);
        }
    } else {
        GenderedTitle t = rng.pick(kTitlesLuOperational);
        if (legalRepresentative) {
            t = form == QLatin1String("SA")
                    ? (rng.chance(60)
                           ? GenderedTitle{u"Administrateur délégué", u"Administratrice déléguée"}
                           : GenderedTitle{u"Directeur général", u"Directrice générale"})
                    : GenderedTitle{u"Gérant", u"Gérante"};
        }
        p.contactTitle = titleFor(t, contact.gender);
    }

    // --- E-mail and website ------------------------------------------------------------------
    const QString first = emailToken(contact.firstName);
    const QString last = emailToken(contact.lastName);
    const bool hasWebsite = rng.chance(isSci ? 30 : 85);
    if (hasWebsite) {
        QStringView tld;
        const bool com = rng.chance(country == Country::France ? 25 : 15);
        if (com)
            tld = u"com";
        else if (country == Country::France)
            tld = u"fr";
        else if (country == Country::Belgium)
            tld = u"be";
        else
            tld = u"lu";
        const QString domain = domainLabel(p.companyName, rng.chance(55)) % u'.' % tld;
        p.website = u"https://www." % domain;

        const int kind = rng.below(100);
        QString local;
        if (kind < 45)
            local = first % u'.' % last;
        else if (kind < 60)
            local = first.left(1) % u'.' % last;
        else if (kind < 67)
            local = first;
        else if (country == Country::France)
            local = kind < 85   ? QStringLiteral("contact")
                    : kind < 92 ? QStringLiteral("direction")
                                : QStringLiteral("accueil");
        else
            local = kind < 90 ? QStringLiteral("info") : QStringLiteral("contact");
        p.email = local % u'@' % domain;
    } else {
        const QStringView provider = country == Country::France    ? rng.pick(kWebmailFr)
                                     : country == Country::Belgium ? rng.pick(kWebmailBe)
                                                                   : rng.pick(kWebmailLu);
        const int kind = rng.below(100);
        QString local;
        if (kind < 50)
            local = first % u'.' % last;
        else if (kind < 70)
            local = last % u'.' % first;
        else
            local = domainLabel(p.companyName, false);
        if (rng.chance(30))
            appendNumber(local, rng.between(1, 99), 2);
        p.email = local % u'@' % provider;
    }

    p.status = rng.pickWeighted(kStatuses).toString();
    p.source = rng.pickWeighted(kSources).toString();

    // Size of the company (INSEE headcount band), known for a bit more than half of the records,
    // and its revenue for most of those: the enrichment factor of the opportunity score.
    if (rng.chance(55)) {
        struct Band
        {
            QStringView code;
            int weight;
            int employees; // a typical headcount of the band
        };
        static constexpr Band bands[] = {{u"01", 20, 2},  {u"02", 20, 4},  {u"03", 15, 7},  {u"11", 15, 14},
                                         {u"12", 12, 30}, {u"21", 8, 70},  {u"22", 5, 140}, {u"31", 2, 220},
                                         {u"32", 2, 350}, {u"41", 1, 700}};
        int r = rng.below(100);
        const Band *band = &bands[0];
        for (const Band &b : bands) {
            band = &b;
            if (r < b.weight)
                break;
            r -= b.weight;
        }
        p.headcountBand = band->code.toString();
        if (rng.chance(75))
            p.revenueEur = qint64(band->employees) * rng.between(60, 180) * 1000;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// Field capture, appointments, actions, notes

namespace {

// Appointments of one person on a weekday.
constexpr Weighted kRdvPerDay[] = {{u"0", 25}, {u"1", 35}, {u"2", 28}, {u"3", 12}};

constexpr QStringView kRdvTitles[] = {
    u"Présentation de l'offre télésurveillance",
    u"Audit de sûreté sur site",
    u"Démonstration vidéoprotection",
    u"Étude contrôle d'accès",
    u"Présentation du devis",
    u"Signature du contrat",
    u"Rendez-vous de suivi",
    u"Visite technique avec l'installateur",
};
constexpr QStringView kRdvNotesDone[] = {
    u"Intéressé par une alarme reliée au centre de télésurveillance ; devis à envoyer.",
    u"Le gérant compare avec son contrat actuel, échéance dans trois mois.",
    u"Besoin de caméras sur le parking et l'entrée de service.",
    u"Visite faite avec le responsable sécurité : plan des accès récupéré.",
    u"Budget à valider par la direction, rappeler en fin de mois.",
    u"Très satisfait de la démonstration, souhaite un essai.",
};
constexpr QStringView kRdvNotesCancelled[] = {
    u"Annulé par le client, à reprogrammer.",
    u"Gérant absent, rendez-vous à replanifier.",
};

struct ActionTemplate
{
    QStringView type;
    QStringView title;
};
constexpr ActionTemplate kActionTemplates[] = {
    {u"appel", u"Appeler pour fixer un rendez-vous"},
    {u"appel", u"Relance téléphonique après devis"},
    {u"appel", u"Appel de qualification"},
    {u"email", u"Envoyer la plaquette télésurveillance"},
    {u"email", u"Envoyer le compte rendu de visite"},
    {u"email", u"Relancer par e-mail"},
    {u"visite", u"Visite technique du site"},
    {u"visite", u"Passer lors de la tournée"},
    {u"devis", u"Préparer le devis alarme et vidéo"},
    {u"devis", u"Chiffrer le contrôle d'accès"},
    {u"devis", u"Mettre à jour le devis"},
};
constexpr QStringView kActionNotes[] = {
    u"Demander le nombre d'accès et les horaires d'ouverture.",
    u"Le client souhaite une offre avec maintenance incluse.",
    u"Penser à joindre les références dans le même secteur.",
    u"Interlocuteur disponible plutôt le matin.",
};
constexpr QStringView kProspectNotes[] = {
    u"Premier contact au comptoir, carte laissée au gérant.",
    u"Cambriolage l'an dernier, sensible au sujet.",
    u"Contrat de télésurveillance chez un concurrent jusqu'à la fin de l'année.",
    u"Le propriétaire des murs doit donner son accord pour les travaux.",
    u"Demande une solution avec levée de doute vidéo.",
    u"Plusieurs sites dans la région : potentiel intéressant.",
    u"Rappeler après les congés d'été.",
    u"Sensible au prix, mettre en avant la location.",
    u"A déjà un système ancien, à remplacer.",
    u"Recommandé par un client voisin.",
};

// Appointment starts of a day, Europe/Paris: 1 h 30 apart at least (appointments last 90 minutes
// or less).
constexpr int kSlotMinutes[] = {9 * 60, 10 * 60 + 30, 14 * 60, 15 * 60 + 30, 17 * 60};

const QTimeZone &paris()
{
    static const QTimeZone tz(QByteArrayLiteral("Europe/Paris"));
    return tz;
}

bool weekday(const QDate &d)
{
    return d.dayOfWeek() <= 5;
}

QDateTime parisTime(const QDate &day, int minutes)
{
    return QDateTime(day, QTime(minutes / 60, minutes % 60), paris()).toUTC();
}

// A weekday `offset` days from `today` (moved off the week-end: back for past days, else forward).
QDate businessDay(const QDate &today, int offset)
{
    QDate d = today.addDays(offset);
    while (!weekday(d))
        d = d.addDays(offset < 0 ? -1 : 1);
    return d;
}

} // namespace

DemoProspect DemoGenerator::partialProspect(const QString &countryCode)
{
    const DemoProspect full = prospect(countryCode);
    Rng rng(m_rng);
    DemoProspect p;
    p.companyName = full.companyName;
    p.postcode = full.postcode;
    p.countryCode = full.countryCode;
    if (rng.chance(60))
        p.phone = full.phone;
    p.status = QStringLiteral("a_qualifier");
    p.source = QStringLiteral("terrain");
    return p;
}

QList<QDateTime> DemoGenerator::diary(const QDateTime &now)
{
    Rng rng(m_rng);
    const QDate today = now.toTimeZone(paris()).date();
    QList<QDateTime> out;
    for (QDate day = today.addDays(-56); day <= today.addDays(28); day = day.addDays(1)) {
        if (!weekday(day))
            continue;
        const int count = rng.pickWeighted(kRdvPerDay).toString().toInt();
        bool used[std::size(kSlotMinutes)] = {};
        for (int i = 0; i < count; ++i) {
            int slot = rng.below(static_cast<int>(std::size(kSlotMinutes)));
            while (used[slot])
                slot = (slot + 1) % static_cast<int>(std::size(kSlotMinutes));
            used[slot] = true;
        }
        for (std::size_t slot = 0; slot < std::size(kSlotMinutes); ++slot) {
            if (used[slot])
                out.append(parisTime(day, kSlotMinutes[slot]));
        }
    }
    return out;
}

DemoRdv DemoGenerator::rdv(const DemoProspect &prospect, const QDateTime &startsAt, const QDateTime &now)
{
    Rng rng(m_rng);
    static constexpr int durations[] = {30, 45, 60, 60, 60, 90};
    DemoRdv r;
    r.startsAt = startsAt.toUTC();
    r.endsAt = r.startsAt.addSecs(60LL * rng.pick(durations));
    const bool past = r.startsAt < now;
    r.title = rng.pick(kRdvTitles).toString();
    if (rng.chance(85) && !prospect.address.isEmpty())
        r.location = prospect.address % u", " % prospect.postcode % u' ' % prospect.city;
    else
        r.location = rng.chance(50) ? QStringLiteral("Agence") : QStringLiteral("Visioconférence");
    if (past) {
        const bool cancelled = rng.chance(12);
        r.status = cancelled ? QStringLiteral("annule") : QStringLiteral("effectue");
        r.notes = (cancelled ? rng.pick(kRdvNotesCancelled) : rng.pick(kRdvNotesDone)).toString();
    } else {
        r.status = QStringLiteral("planifie");
        static constexpr int reminders[] = {15, 30, 60, 1440};
        if (rng.chance(70))
            r.reminderMinutes = rng.pick(reminders);
    }
    return r;
}

DemoAction DemoGenerator::action(const QDateTime &now)
{
    Rng rng(m_rng);
    DemoAction a;
    const ActionTemplate &t = rng.pick(kActionTemplates);
    a.type = t.type.toString();
    a.title = t.title.toString();
    if (rng.chance(30))
        a.notes = rng.pick(kActionNotes).toString();
    const QDateTime local = now.toTimeZone(paris());
    const QDate today = local.date();
    const int officeMinute = 9 * 60 + 30 * rng.below(18); // 9:00 .. 17:30
    const int roll = rng.below(100);
    if (roll < 50) {
        a.status = QStringLiteral("a_faire");
        const int when = rng.below(100);
        if (when < 35) { // overdue
            a.dueAt = parisTime(businessDay(today, -rng.between(1, 14)), officeMinute);
        } else if (when < 55) { // due today, later than now when the day allows it
            const int nowMinute = local.time().hour() * 60 + local.time().minute();
            const int minute = std::min(23 * 60 + 30, std::max(officeMinute, nowMinute + 30 + 30 * rng.below(6)));
            a.dueAt = parisTime(today, minute);
        } else {
            a.dueAt = parisTime(businessDay(today, rng.between(1, 21)), officeMinute);
        }
    } else if (roll < 65) {
        a.status = QStringLiteral("en_cours");
        a.dueAt = parisTime(businessDay(today, rng.between(-3, 10)), officeMinute);
    } else {
        a.status = QStringLiteral("termine");
        a.dueAt = parisTime(businessDay(today, -rng.between(1, 30)), officeMinute);
        a.completedAt = std::min(now, a.dueAt.addSecs(-3600LL * rng.between(0, 48)));
    }
    return a;
}

QString DemoGenerator::note()
{
    Rng rng(m_rng);
    return rng.pick(kProspectNotes).toString();
}

QString DemoGenerator::discProfile()
{
    Rng rng(m_rng);
    static constexpr QStringView profiles[] = {u"D", u"I", u"S", u"C"};
    return rng.pick(profiles).toString();
}

namespace {
struct Offer
{
    QStringView title;
    int minAmount; // euros
    int maxAmount;
    int monthlyPercent; // how often it comes with a monthly fee
};
constexpr Offer kOffers[] = {
    {u"Télésurveillance et alarme intrusion", 2000, 15000, 100},
    {u"Vidéosurveillance avec levée de doute", 4000, 40000, 70},
    {u"Contrôle d'accès par badges", 5000, 60000, 30},
    {u"Alarme et détection incendie", 3000, 25000, 40},
    {u"Sécurisation multi-sites", 20000, 80000, 80},
    {u"Remplacement du système d'alarme", 2000, 12000, 60},
    {u"Maintenance et télémaintenance", 2000, 8000, 100},
};
// Stages and how often (percent of the opportunities).
constexpr Weighted kStages[] = {
    {u"prospection", 18}, {u"qualification", 14}, {u"proposition", 14}, {u"negociation", 12},
    {u"signature", 8},    {u"gagne", 20},         {u"perdu", 14},
};
constexpr QStringView kLostReasons[] = {
    u"Concurrent moins cher", u"Projet reporté à l'an prochain", u"Budget non validé par la direction",
    u"Reste chez son prestataire actuel", u"Pas de réponse après le devis",
};
struct Exchange
{
    QStringView kind;
    QStringView out; // what we did
    QStringView in;  // the prospect's answer
};
constexpr Exchange kExchanges[] = {
    {u"appel", u"Appel de découverte des besoins", u"Rappel du gérant"},
    {u"email", u"Envoi de la plaquette et des références", u"Réponse par e-mail avec des questions"},
    {u"rdv", u"Visite technique du site", u"Confirmation du rendez-vous"},
    {u"devis", u"Envoi du devis", u"Retour sur le devis, demande d'ajustement"},
    {u"email", u"Relance après devis", u"Accord de principe par e-mail"},
    {u"appel", u"Relance téléphonique", u"Rappel pour fixer la suite"},
    {u"autre", u"Démonstration de l'application mobile", u"Retour positif de l'équipe"},
};
constexpr QStringView kOpportunityNotes[] = {
    u"Décideur : le gérant, la comptable valide le budget.",
    u"Souhaite un démarrage avant l'inventaire de fin d'année.",
    u"Compare avec deux concurrents, sensible au délai d'intervention.",
    u"Demande une remise pour un engagement de 36 mois.",
    u"Site sensible : prévoir une levée de doute vidéo.",
    u"Très réactif par e-mail, difficile à joindre au téléphone.",
};

int probabilityFor(QStringView stage)
{
    static constexpr std::pair<QStringView, int> table[] = {{u"prospection", 10}, {u"qualification", 25}, {u"proposition", 50},
                                                            {u"negociation", 70}, {u"signature", 90},    {u"gagne", 100},
                                                            {u"perdu", 0}};
    for (const auto &[s, p] : table) {
        if (s == stage)
            return p;
    }
    return 0;
}
} // namespace

DemoOpportunity DemoGenerator::opportunity(const DemoProspect &prospect, const QDateTime &now)
{
    Rng rng(m_rng);
    DemoOpportunity o;
    const Offer &offer = rng.pick(kOffers);
    o.title = prospect.city.isEmpty() ? offer.title.toString() : QString(offer.title % u" — " % prospect.city);
    o.stage = rng.pickWeighted(kStages).toString();
    o.amountEur = qint64(rng.between(offer.minAmount / 100, offer.maxAmount / 100)) * 100;
    if (rng.chance(offer.monthlyPercent))
        o.monthlyEur = qint64(rng.between(6, 120)) * 5; // 30 .. 600 €
    o.probability = probabilityFor(o.stage);
    if (rng.chance(60))
        o.sharedConnections = rng.chance(30) ? 0 : rng.between(1, 10);

    const bool closed = o.stage == QLatin1String("gagne") || o.stage == QLatin1String("perdu");
    QDateTime end = now; // no exchange after it
    if (closed) {
        o.closedAt = now.addSecs(-qint64(rng.between(1, 360)) * 86400 - qint64(rng.between(0, 9 * 60)) * 60);
        o.createdAt = o.closedAt.addDays(-rng.between(20, 120));
        o.stageChangedAt = o.closedAt;
        end = o.closedAt;
        if (o.stage == QLatin1String("perdu"))
            o.lostReason = rng.pick(kLostReasons).toString();
    } else {
        o.createdAt = now.addSecs(-qint64(rng.between(3, 200)) * 86400 - qint64(rng.between(0, 600)) * 60);
        o.stageChangedAt = o.createdAt.addSecs(qint64(rng.below(100)) * o.createdAt.secsTo(now) / 100);
        o.expectedCloseAt = now.addDays(rng.between(10, 120));
    }

    // Exchanges: we write or call, the prospect answers after a few hours to a few days (faster
    // for the deals that go well), sometimes not at all.
    const bool keen = o.stage == QLatin1String("negociation") || o.stage == QLatin1String("signature")
                      || o.stage == QLatin1String("gagne");
    const int exchanges = rng.between(0, 5);
    QDateTime at = o.createdAt.addSecs(3600LL * rng.between(1, 48));
    for (int i = 0; i < exchanges && at < end; ++i) {
        const Exchange &e = rng.pick(kExchanges);
        o.activities.append(DemoActivity{e.kind.toString(), QStringLiteral("sortant"), at, e.out.toString()});
        if (rng.chance(keen ? 85 : 60)) {
            const int hours = keen ? rng.between(1, 30) : (rng.chance(50) ? rng.between(2, 72) : rng.between(72, 240));
            const QDateTime answer = at.addSecs(3600LL * hours);
            if (answer < end)
                o.activities.append(DemoActivity{e.kind.toString(), QStringLiteral("entrant"), answer, e.in.toString()});
            at = answer;
        }
        at = at.addSecs(3600LL * rng.between(24, 24 * 20));
    }
    const int notes = rng.chance(35) ? rng.between(1, 2) : 0;
    for (int i = 0; i < notes; ++i)
        o.notes << rng.pick(kOpportunityNotes).toString();
    return o;
}

} // namespace hector::server::demo
