#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace hector::crm {

// Code -> French label lists of the CRM (module 6-8). The codes are stored; labels are shown.
using CodeLabels = QList<QPair<QString, QString>>;

// INSEE employee bands (trancheEffectifsUniteLegale): "00" 0, "01" 1-2, ... "53" 10 000 and more.
const CodeLabels &headcountBands();
const CodeLabels &rdvStatuses();    // planifie, effectue, annule
const CodeLabels &actionTypes();    // appel, email, visite, devis
const CodeLabels &actionStatuses(); // a_faire, en_cours, termine
QString labelFor(const CodeLabels &list, const QString &code); // the code itself when unknown
bool hasCode(const CodeLabels &list, const QString &code);

// Company name for duplicate detection: lower case, without accents, punctuation, legal forms
// (SAS, SARL, SA, EURL, SPRL, SRL, ASBL, ...) or extra spaces. "Sécurité Dupont S.A.S." ->
// "securite dupont".
QString normalizedCompanyName(const QString &name);

// Completeness of a prospect record, 0-100 (docs/crm.md lists the weight of each field).
int dataQualityScore(const QJsonObject &prospect);
// The same score as an SQLite expression over the columns of prospects (`qualifier` "p" gives
// "p.siren"…): the list sorts on it and the replica indexes it, so both must come from here.
QString dataQualityScoreSql(const QString &qualifier = {});

} // namespace hector::crm
