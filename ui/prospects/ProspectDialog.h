#pragma once

#include "ui/prospects/ProspectSupport.h"

#include <QDialog>
#include <QVariantMap>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace hector::ui {

class MessageBanner;
class ProspectForm;
class ProspectTimeline;

// A prospect: create, edit, or qualify it. Tabs « Informations » (the form), « Chronologie »
// (RDVs, actions, notes, conflicts and refused changes, newest first) and « Provenance » (only
// when the server enriched the record). Writes go to the local replica (offline-capable: the
// change waits in the outbox). A probable duplicate (same SIREN, SIRET, or name + postcode) is
// shown before a creation — or before an edit that changes the SIREN or SIRET.
class ProspectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Create,
        Edit,
        // The qualification form: the missing information is highlighted; saving requires an
        // address, a city and a telephone number or an e-mail, and sets status « Qualifié »,
        // qualified_at and qualified_by.
        Qualify,
    };

    // `id` empty: a new prospect (Mode::Create).
    ProspectDialog(const ProspectsContext &context, const QString &id, QWidget *parent = nullptr);
    ProspectDialog(const ProspectsContext &context, const QString &id, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString prospectId() const { return m_id; }
    // Set when the user chose « Ouvrir la fiche existante » in the duplicate warning: the dialog
    // closed without saving and the caller opens that prospect.
    QString openInsteadId() const { return m_openInstead; }

    ProspectForm *form() const { return m_form; }
    ProspectTimeline *timeline() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }

    // What qualification still needs, in French (« l'adresse », « la ville », « un téléphone ou
    // un e-mail »); empty when the record can be qualified.
    static QStringList missingForQualification(const QVariantMap &values);

    void accept() override;

    // « Enrichir » (POST /api/crm/prospects/{id}/enrich) and « Localiser » (POST /api/geo/geocode),
    // online only (issue #7); null for a new prospect.
    QPushButton *enrichButton() const { return m_enrich; }
    QPushButton *locateButton() const { return m_locate; }
    void enrich();
    void locate();
    // One row per field of `enrichment_provenance` ({"<field>":{"source","at","value"}}), sorted by
    // the field's French label: {label, value, source label, date}.
    static QList<QStringList> provenanceRows(const QString &provenanceJson);

signals:
    // The server answered « Enrichir » or « Localiser » (ok false: an error is in the banner).
    void onlineActionDone(bool ok);

private:
    void updateOnlineActions();
    void build();
    QWidget *buildProvenance();
    bool confirmNotDuplicate(const QVariantMap &values);

    ProspectsContext m_context;
    QString m_id;
    Mode m_mode;
    QString m_openInstead;
    QVariantMap m_original;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProspectForm *m_form = nullptr;
    ProspectTimeline *m_timeline = nullptr;
    QPushButton *m_enrich = nullptr;
    QPushButton *m_locate = nullptr;
    QString m_notConfigured; // the server said no enrichment provider is configured
};

} // namespace hector::ui
