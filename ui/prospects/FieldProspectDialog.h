#pragma once

#include "ui/prospects/ProspectSupport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hector::ocr {
struct OcrResult;
}

namespace hector::ui {

class MessageBanner;

// « Nouveau prospect terrain » (module 9): what a salesperson notes in a few seconds on the road —
// company name and postcode (required), optionally a telephone number, a contact and a note. The
// country and the entity come from the postcode; the prospect is created « À qualifier » with the
// user as owner and source « terrain », and lands in the qualification queue of the assistants.
class FieldProspectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FieldProspectDialog(const ProspectsContext &context, QWidget *parent = nullptr);

    QString prospectId() const { return m_id; }
    // See ProspectDialog::openInsteadId().
    QString openInsteadId() const { return m_openInstead; }
    QLineEdit *field(const QString &column) const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *countryCombo() const { return m_country; }
    MessageBanner *banner() const { return m_banner; }
    QString detectionText() const;

    void accept() override;
    // « Depuis une carte de visite… » (issue #8): fills the fields from a card read by the scanner
    // (company, postcode, city, mobile or else landline, contact; the rest — function, e-mail,
    // other number, street, website — goes into the note). Nothing is saved until « Créer ».
    void fillFromCard(const ocr::OcrResult &result);

private:
    void showError(const QString &message, QWidget *field);
    void onPostcodeChanged();
    void updateDetection();
    QString entityFor(const QString &countryCode) const;

    ProspectsContext m_context;
    QList<prospects::EntityInfo> m_entities;
    QString m_id;
    QString m_openInstead;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QComboBox *m_country;
    QLabel *m_detection;
    QLineEdit *m_phone;
    QLineEdit *m_contact;
    QPlainTextEdit *m_note;
};

} // namespace hector::ui
