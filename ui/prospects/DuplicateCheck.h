#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSqlDatabase;
class QTreeWidget;

namespace hector::ui {

// A prospect of the replica that looks like the one being saved.
struct DuplicateCandidate
{
    QString id;
    QString companyName;
    QString postcode;
    QString city;
    QString siren;
    QString siret;
    QString ownerName;
    QString status;
    QStringList reasons; // French: « même SIREN », « même SIRET », « même nom et même code postal »
};

// Prospects with the same SIREN, the same SIRET, or the same normalised company name
// (crm::normalizedCompanyName) and postcode as `values` (the record being saved; `excludeId` is
// its own id when editing). Candidates are read through the replica's indexes on siren, siret and
// postcode; names are compared here.
QList<DuplicateCandidate> findDuplicates(const QSqlDatabase &db, const QVariantMap &values, const QString &excludeId = {});

// The warning shown before saving a probable duplicate: the candidates, then « Ouvrir la fiche
// existante », « Créer quand même » (« Enregistrer quand même » for an edit) or « Annuler ».
class DuplicateDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel, OpenExisting, SaveAnyway };

    DuplicateDialog(const QList<DuplicateCandidate> &candidates, bool creating, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The candidate to open (the selected one).
    QString selectedId() const;
    QTreeWidget *list() const { return m_list; }

private:
    void finish(Choice choice);

    QList<DuplicateCandidate> m_candidates;
    QTreeWidget *m_list;
    Choice m_choice = Cancel;
};

} // namespace hector::ui
