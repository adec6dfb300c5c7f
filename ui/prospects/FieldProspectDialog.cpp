#include "ui/prospects/FieldProspectDialog.h"

#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"
#include "sync/replica/LocalReplica.h"
#include "ui/FormSupport.h"
#include "ui/MessageBanner.h"
#include "ui/prospects/DuplicateCheck.h"
#include "ui/ocr/BusinessCardScanDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hector::ui {

FieldProspectDialog::FieldProspectDialog(const ProspectsContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_entities(prospects::loadEntities(context.replica->database()))
{
    setWindowTitle(tr("Nouveau prospect terrain"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(makeDialogTitle(tr("Nouveau prospect terrain"), this));
    layout->addWidget(makeHint(tr("L'essentiel suffit : une assistante complétera la fiche. Le prospect est créé "
                                  "« À qualifier », à votre nom, même hors ligne."),
                               this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("field_company_name"));
    m_name->setPlaceholderText(tr("ex. Garage Moreau"));
    form->addRow(tr("&Raison sociale *"), m_name);
    m_postcode = new QLineEdit(this);
    m_postcode->setObjectName(QStringLiteral("field_postcode"));
    m_postcode->setPlaceholderText(tr("ex. 59000, L-1234, 1000"));
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("field_city"));
    m_city->setPlaceholderText(tr("Ville (facultatif)"));
    auto *place = new QHBoxLayout;
    place->addWidget(m_postcode, 1);
    place->addWidget(m_city, 2);
    auto *postcodeLabel = new QLabel(tr("Code &postal *"), this);
    postcodeLabel->setBuddy(m_postcode);
    form->addRow(postcodeLabel, place);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("field_country_code"));
    for (const char *code : {"FR", "LU", "BE"})
        m_country->addItem(prospects::countryLabel(QLatin1String(code)), QString::fromLatin1(code));
    const QString myCountry = context.user.entityCountry.isEmpty() ? QStringLiteral("FR") : context.user.entityCountry;
    m_country->setCurrentIndex(qMax(0, m_country->findData(myCountry)));
    m_detection = new QLabel(this);
    m_detection->setObjectName(QStringLiteral("detection"));
    setMutedText(m_detection);
    auto *countryRow = new QHBoxLayout;
    countryRow->addWidget(m_country);
    countryRow->addWidget(m_detection, 1);
    auto *countryLabel = new QLabel(tr("Pa&ys"), this);
    countryLabel->setBuddy(m_country);
    form->addRow(countryLabel, countryRow);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("field_phone"));
    m_phone->setPlaceholderText(tr("ex. 06 12 34 56 78 (facultatif)"));
    form->addRow(tr("&Téléphone"), m_phone);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("field_contact_name"));
    m_contact->setPlaceholderText(tr("Nom de la personne rencontrée (facultatif)"));
    form->addRow(tr("&Contact"), m_contact);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Ce que vous avez vu ou entendu : besoin, concurrent en place, meilleur moment pour "
                                  "rappeler… (facultatif)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 14);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);

    QDialogButtonBox *buttons = makeDialogButtons(this, QDialogButtonBox::Save, tr("&Créer le prospect"), tr("Annuler"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto *fromCard = new QPushButton(tr("Remplir depuis une carte de &visite…"), this);
    layout->insertWidget(2, fromCard, 0, Qt::AlignLeft); // under the hint, above the fields
    fromCard->setObjectName(QStringLiteral("fromCardButton"));
    fromCard->setToolTip(tr("Lire la photo d'une carte de visite pour remplir les champs"));
    connect(fromCard, &QPushButton::clicked, this, [this] {
        BusinessCardScanDialog scan(m_context.session, m_context.monitor, m_country->currentData().toString(), this);
        if (scan.exec() == QDialog::Accepted)
            fillFromCard(scan.result());
    });
    layout->addWidget(buttons);

    connect(m_postcode, &QLineEdit::textChanged, this, &FieldProspectDialog::onPostcodeChanged);
    connect(m_country, &QComboBox::currentIndexChanged, this, &FieldProspectDialog::updateDetection);
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        if (const auto e164 = crm::normalizePhone(m_phone->text(), m_country->currentData().toString()); e164)
            m_phone->setText(crm::formatPhone(*e164));
    });
    // A correction makes the last error message obsolete.
    for (QLineEdit *edit : {m_name, m_postcode, m_city, m_phone, m_contact})
        connect(edit, &QLineEdit::textEdited, m_banner, &MessageBanner::clear);
    updateDetection();
    m_name->setFocus();
}

void FieldProspectDialog::fillFromCard(const ocr::OcrResult &result)
{
    const crm::BusinessCardFields &card = result.fields;
    if (!card.countryCode.isEmpty()) {
        const int index = m_country->findData(card.countryCode);
        if (index >= 0)
            m_country->setCurrentIndex(index);
    }
    auto fill = [](QLineEdit *edit, const QString &value) {
        if (!value.isEmpty())
            edit->setText(value);
    };
    fill(m_name, card.company);
    fill(m_postcode, card.postcode);
    fill(m_city, card.city);
    fill(m_contact, card.fullName);
    const QString phone = !card.mobilePhone.isEmpty() ? card.mobilePhone : card.landlinePhone;
    fill(m_phone, crm::formatPhone(phone));
    QStringList extra;
    if (!card.title.isEmpty())
        extra << tr("Fonction : %1").arg(card.title);
    if (!card.email.isEmpty())
        extra << tr("E-mail : %1").arg(card.email);
    if (!card.mobilePhone.isEmpty() && !card.landlinePhone.isEmpty())
        extra << tr("Téléphone fixe : %1").arg(crm::formatPhone(card.landlinePhone));
    if (!card.street.isEmpty())
        extra << tr("Adresse : %1").arg(card.street);
    if (!card.website.isEmpty())
        extra << tr("Site : %1").arg(card.website);
    if (!extra.isEmpty()) {
        QString note = m_note->toPlainText().trimmed();
        if (!note.isEmpty())
            note += QLatin1Char('\n');
        m_note->setPlainText(note + tr("Carte de visite — %1").arg(extra.join(QStringLiteral(" ; "))));
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Champs remplis depuis la carte de visite : vérifiez-les avant de créer le prospect."));
    (m_name->text().isEmpty() ? m_name : m_contact)->setFocus();
    fitHeightToContents(this);
}

void FieldProspectDialog::showError(const QString &message, QWidget *field)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    if (field)
        field->setFocus();
    fitHeightToContents(this);
}

QLineEdit *FieldProspectDialog::field(const QString &column) const
{
    if (column == QLatin1String("company_name"))
        return m_name;
    if (column == QLatin1String("postcode"))
        return m_postcode;
    if (column == QLatin1String("city"))
        return m_city;
    if (column == QLatin1String("phone"))
        return m_phone;
    if (column == QLatin1String("contact_name"))
        return m_contact;
    return nullptr;
}

QString FieldProspectDialog::detectionText() const
{
    return m_detection->text();
}

QString FieldProspectDialog::entityFor(const QString &countryCode) const
{
    QList<crm::EntityRef> refs;
    for (const prospects::EntityInfo &e : m_entities)
        refs.append({e.id, e.countryCode, e.level});
    return crm::detectEntity(refs, countryCode, m_context.user.entityId);
}

void FieldProspectDialog::onPostcodeChanged()
{
    const QString detected = crm::detectCountry(m_postcode->text(), m_country->currentData().toString());
    if (!detected.isEmpty())
        m_country->setCurrentIndex(m_country->findData(detected));
    updateDetection();
}

void FieldProspectDialog::updateDetection()
{
    const QString entityId = entityFor(m_country->currentData().toString());
    QString name;
    for (const prospects::EntityInfo &e : std::as_const(m_entities)) {
        if (e.id == entityId)
            name = e.name;
    }
    m_detection->setText(name.isEmpty() ? tr("aucune entité de ce pays") : tr("entité « %1 »").arg(name));
}

void FieldProspectDialog::accept()
{
    m_banner->clear();
    const QString name = m_name->text().trimmed();
    const QString postcode = m_postcode->text().trimmed();
    if (name.isEmpty() || postcode.isEmpty()) {
        showError(name.isEmpty() ? tr("Indiquez la raison sociale.") : tr("Indiquez le code postal."),
                  name.isEmpty() ? m_name : m_postcode);
        return;
    }
    const QString country = m_country->currentData().toString();
    if (auto pc = crm::validatePostcode(postcode, country); !pc) {
        showError(pc.error().message, m_postcode);
        return;
    }
    const auto phone = crm::normalizePhone(m_phone->text(), country);
    if (!phone) {
        showError(phone.error().message, m_phone);
        return;
    }
    const QString entityId = entityFor(country);
    QVariantMap values{{QStringLiteral("company_name"), name},
                       {QStringLiteral("postcode"), crm::normalizePostcode(postcode)}, // "L-1855" -> "1855"
                       {QStringLiteral("city"), m_city->text().trimmed()},
                       {QStringLiteral("country_code"), country},
                       {QStringLiteral("entity_id"), entityId},
                       {QStringLiteral("phone"), *phone},
                       {QStringLiteral("contact_name"), m_contact->text().trimmed()},
                       {QStringLiteral("status"), QStringLiteral("a_qualifier")},
                       {QStringLiteral("owner_id"), m_context.user.id},
                       {QStringLiteral("source"), QStringLiteral("terrain")}};
    const QList<DuplicateCandidate> candidates = findDuplicates(m_context.replica->database(), values);
    if (!candidates.isEmpty()) {
        DuplicateDialog warning(candidates, true, this);
        warning.exec();
        if (warning.choice() == DuplicateDialog::OpenExisting) {
            m_openInstead = warning.selectedId();
            QDialog::reject();
            return;
        }
        if (warning.choice() != DuplicateDialog::SaveAnyway)
            return;
    }
    const QString note = m_note->toPlainText().trimmed();
    QString id;
    // The prospect and its note together, or nothing.
    auto r = m_context.replica->writeBatch([&]() -> Result<void> {
        auto created = m_context.replica->createRow(QStringLiteral("prospects"), values);
        if (!created)
            return created.error();
        id = *created;
        if (note.isEmpty())
            return {};
        auto n = m_context.replica->createRow(QStringLiteral("prospect_notes"),
                                              {{QStringLiteral("entity_id"), entityId},
                                               {QStringLiteral("prospect_id"), id},
                                               {QStringLiteral("author_id"), m_context.user.id},
                                               {QStringLiteral("body"), note}});
        if (!n)
            return n.error();
        return {};
    });
    if (!r) {
        showError(r.error().message, nullptr);
        return;
    }
    m_id = id;
    QDialog::accept();
}

} // namespace hector::ui
