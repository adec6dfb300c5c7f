#pragma once

#include "core/Result.h"
#include "ui/prospects/ProspectSupport.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QFormLayout;
class QProgressBar;

namespace hector::ui {

// Every field of a French B2B prospect, in sections (« Entreprise », « Coordonnées »,
// « Décideur », « Suivi », and « Enrichissement » when the server enriched the record), with the
// checks a user expects while typing: SIREN/SIRET keys, telephone numbers normalised to E.164 when
// the field is left (shown in the international format), postcode → country → entity, and the
// record's quality score (crm::dataQualityScore). Used by the prospect detail and the
// qualification form.
class ProspectForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectForm(const ProspectsContext &context, QWidget *parent = nullptr);

    // Fills the form from a replica row; an empty row gives the defaults of a new prospect (the
    // user's entity and its country, the user as owner, status « Nouveau »).
    void setRecord(const QVariantMap &row);
    const QVariantMap &record() const { return m_record; }
    // The client-writable columns as they will be stored: telephone numbers in E.164, SIREN and
    // SIRET as digits, the turnover as an integer, empty fields as NULL.
    QVariantMap values() const;
    // The first problem, in French: fields flagged inline (telephone, e-mail, postcode, turnover),
    // then the shared validation (sync::validateRow) of the whole record.
    Result<void> check(bool isCreate) const;

    // Marks fields to complete (qualification) and puts the cursor in the first one.
    void highlightFields(const QStringList &columns);

    int qualityScore() const;
    // The widgets of the columns (QLineEdit, or QComboBox for country_code, entity_id, owner_id,
    // status, source, headcount_band, legal_form), and the inline message under a field.
    QWidget *field(const QString &column) const { return m_fields.value(column); }
    QLineEdit *lineEdit(const QString &column) const;
    QComboBox *combo(const QString &column) const;
    QString message(const QString &column) const;
    QGroupBox *enrichmentBox() const { return m_enrichment; }

signals:
    void changed();

private:
    enum class Tone { Hint, Ok, Error };
    QLineEdit *addLine(QFormLayout *form, const char *column, const QString &label, const QString &placeholder = {},
                       bool message = false);
    QWidget *withMessage(QWidget *field, const QString &column);
    void setMessage(const QString &column, Tone tone, const QString &text);
    void markInvalid(const QString &column, bool invalid);
    void applyStyle(const QString &column);
    QString country() const;
    void fillEntities();
    void fillOwners(const QString &keepOwnerId);
    void selectData(QComboBox *box, const QVariant &value);
    void onPostcodeChanged();
    void onCountryChanged();
    void onEntityChanged();
    void checkSiren();
    void checkSiret(bool typedInSiret);
    void normalizePhoneField(const char *column);
    void checkEmail();
    void formatRevenue();
    void updateQuality();

    ProspectsContext m_context;
    QVariantMap m_record;
    QList<prospects::EntityInfo> m_entities;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_messages;
    QSet<QString> m_invalid;
    QSet<QString> m_highlighted;
    QLabel *m_qualityLabel;
    QProgressBar *m_qualityBar;
    QLabel *m_qualified;
    QFormLayout *m_followForm = nullptr;
    QList<QFormLayout *> m_leftForms;
    QList<QFormLayout *> m_rightForms;
    QGroupBox *m_enrichment;
    QLabel *m_enrichmentStatus;
    QLabel *m_enrichmentSource;
    QLabel *m_enrichedAt;
    bool m_loading = false;
};

} // namespace hector::ui
