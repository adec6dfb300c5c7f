#include "ui/prospects/ProspectForm.h"

#include "core/Validation.h"
#include "core/crm/CrmRules.h"
#include "core/crm/Phone.h"
#include "core/crm/Postcode.h"
#include "core/sync/RowValidation.h"
#include "core/sync/SyncSchema.h"
#include "sync/replica/LocalReplica.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hector::ui {

namespace {
// Columns the form edits as plain text.
const char *const kTextColumns[] = {"company_name", "siren", "siret", "naf_code", "address", "postcode", "city",
                                    "phone", "mobile_phone", "email", "website", "contact_name", "contact_title"};

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Digits of a turnover typed as « 1 250 000 », « 1.250.000 € »…; -1 when it holds anything else.
qint64 parseEuros(const QString &text, bool *empty)
{
    // Whole euros: digits and the group separators people type or the locale writes ("1 250 000",
    // "1.250.000", "1'250'000", "1,250,000" in English).
    const QString group = QLocale().groupSeparator();
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!(c.isSpace() || c == u'.' || c == u'\'' || c == QChar(0x20AC) || c == QChar(0x202F)
                   || c == QChar(0x00A0) || group.contains(c)))
            return -1;
    }
    *empty = digits.isEmpty();
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return digits.isEmpty() ? 0 : (ok ? value : -1);
}
} // namespace

ProspectForm::ProspectForm(const ProspectsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_entities = prospects::loadEntities(m_context.replica->database());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);

    // Quality of the record, always in view.
    auto *qualityRow = new QHBoxLayout;
    m_qualityLabel = new QLabel(this);
    m_qualityLabel->setObjectName(QStringLiteral("qualityLabel"));
    m_qualityBar = new QProgressBar(this);
    m_qualityBar->setObjectName(QStringLiteral("qualityBar"));
    m_qualityBar->setRange(0, 100);
    m_qualityBar->setTextVisible(false);
    m_qualityBar->setFixedSize(160, 8);
    qualityRow->addWidget(m_qualityLabel);
    qualityRow->addWidget(m_qualityBar);
    qualityRow->addStretch(1);
    outer->addLayout(qualityRow);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    outer->addLayout(grid, 1);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto makeGroup = [this, left](const QString &title, QVBoxLayout *column) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setVerticalSpacing(6);
        form->setHorizontalSpacing(10);
        column->addWidget(box);
        (column == left ? m_leftForms : m_rightForms).append(form);
        return std::pair{box, form};
    };

    // --- Entreprise -------------------------------------------------------------------------
    auto [company, companyForm] = makeGroup(tr("Entreprise"), left);
    company->setObjectName(QStringLiteral("companySection"));
    addLine(companyForm, "company_name", tr("&Raison sociale *"), tr("ex. Boulangerie Lefèvre"));
    addLine(companyForm, "siren", tr("&SIREN"), tr("9 chiffres"), true);
    addLine(companyForm, "siret", tr("SIRE&T"), tr("14 chiffres"), true);
    addLine(companyForm, "naf_code", tr("Code &NAF"), tr("ex. 47.24Z"));
    auto *legalForm = new QComboBox(company);
    legalForm->setEditable(true);
    legalForm->addItem(QString());
    for (const char *form : {"SAS", "SASU", "SARL", "EURL", "SA", "SNC", "SCI", "SCOP", "EI", "Association", "SRL",
                             "SC", "BV", "NV", "ASBL", "SàRL", "SARL-S"})
        legalForm->addItem(QString::fromUtf8(form));
    legalForm->setObjectName(QStringLiteral("field_legal_form"));
    m_fields.insert(QStringLiteral("legal_form"), legalForm);
    companyForm->addRow(tr("&Forme juridique"), legalForm);
    auto *headcount = new QComboBox(company);
    headcount->setObjectName(QStringLiteral("field_headcount_band"));
    headcount->addItem(tr("— Non renseignée —"), QVariant());
    for (const auto &band : crm::headcountBands())
        headcount->addItem(band.second, band.first);
    m_fields.insert(QStringLiteral("headcount_band"), headcount);
    companyForm->addRow(tr("Tranche d'e&ffectif"), headcount);
    addLine(companyForm, "revenue_eur", tr("C&hiffre d'affaires (€)"), tr("ex. 1 250 000"), true);

    // --- Suivi ------------------------------------------------------------------------------
    auto [follow, followForm] = makeGroup(tr("Suivi"), left);
    follow->setObjectName(QStringLiteral("followSection"));
    auto *owner = new QComboBox(follow);
    owner->setObjectName(QStringLiteral("field_owner_id"));
    m_fields.insert(QStringLiteral("owner_id"), owner);
    followForm->addRow(tr("Res&ponsable"), owner);
    auto *status = new QComboBox(follow);
    status->setObjectName(QStringLiteral("field_status"));
    for (const auto &s : sync::prospectStatuses())
        status->addItem(s.second, s.first);
    m_fields.insert(QStringLiteral("status"), status);
    followForm->addRow(tr("St&atut"), status);
    auto *source = new QComboBox(follow);
    source->setObjectName(QStringLiteral("field_source"));
    source->addItem(tr("— Non renseignée —"), QVariant());
    for (const auto &s : prospects::sources())
        source->addItem(s.second, s.first);
    m_fields.insert(QStringLiteral("source"), source);
    followForm->addRow(tr("Sour&ce"), source);
    m_qualified = new QLabel(follow);
    m_qualified->setObjectName(QStringLiteral("qualifiedInfo"));
    m_qualified->setWordWrap(true);
    followForm->addRow(tr("Qualification"), m_qualified);
    m_followForm = followForm;
    left->addStretch(1);

    // --- Coordonnées ------------------------------------------------------------------------
    auto [address, addressForm] = makeGroup(tr("Coordonnées"), right);
    address->setObjectName(QStringLiteral("addressSection"));
    addLine(addressForm, "address", tr("A&dresse"), tr("ex. 12 rue Nationale"));
    addLine(addressForm, "postcode", tr("Code &postal"), tr("ex. 59000, L-1234, 1000"), true);
    addLine(addressForm, "city", tr("&Ville"));
    auto *countryBox = new QComboBox(address);
    countryBox->setObjectName(QStringLiteral("field_country_code"));
    for (const char *code : {"FR", "LU", "BE"})
        countryBox->addItem(prospects::countryLabel(QLatin1String(code)), QString::fromLatin1(code));
    m_fields.insert(QStringLiteral("country_code"), countryBox);
    addressForm->addRow(tr("Pa&ys"), countryBox);
    auto *entity = new QComboBox(address);
    entity->setObjectName(QStringLiteral("field_entity_id"));
    m_fields.insert(QStringLiteral("entity_id"), entity);
    addressForm->addRow(tr("&Entité *"), entity);
    addLine(addressForm, "phone", tr("&Téléphone"), tr("ex. 03 20 12 34 56"), true);
    addLine(addressForm, "mobile_phone", tr("&Mobile"), tr("ex. 06 12 34 56 78"), true);
    addLine(addressForm, "email", tr("E-ma&il"), tr("ex. contact@entreprise.fr"), true);
    addLine(addressForm, "website", tr("Site &web"), tr("ex. www.entreprise.fr"));

    // --- Décideur ---------------------------------------------------------------------------
    auto [contact, contactForm] = makeGroup(tr("Décideur"), right);
    contact->setObjectName(QStringLiteral("contactSection"));
    addLine(contactForm, "contact_name", tr("N&om"), tr("ex. Claire Martin"));
    addLine(contactForm, "contact_title", tr("Fonc&tion"), tr("ex. Directrice générale"));

    // --- Enrichissement (server-written, read-only, only when set) ---------------------------
    m_enrichment = new QGroupBox(tr("Enrichissement"), this);
    m_enrichment->setObjectName(QStringLiteral("enrichmentSection"));
    auto *enrichmentForm = new QFormLayout(m_enrichment);
    m_enrichmentStatus = new QLabel(m_enrichment);
    m_enrichmentSource = new QLabel(m_enrichment);
    m_enrichedAt = new QLabel(m_enrichment);
    enrichmentForm->addRow(tr("Statut"), m_enrichmentStatus);
    enrichmentForm->addRow(tr("Source"), m_enrichmentSource);
    enrichmentForm->addRow(tr("Date"), m_enrichedAt);
    right->addWidget(m_enrichment);
    m_enrichment->hide();
    right->addStretch(1);

    fillEntities();
    // The fields of the groups of a column start at the same x.
    for (const QList<QFormLayout *> &forms : {m_leftForms, m_rightForms}) {
        int width = 0;
        for (QFormLayout *form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                    width = qMax(width, item->widget()->sizeHint().width());
            }
        }
        for (QFormLayout *form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                    item->widget()->setMinimumWidth(width);
            }
        }
    }

    // Checks while typing, normalisation when a field is left.
    auto *postcode = lineEdit(QStringLiteral("postcode"));
    connect(postcode, &QLineEdit::textChanged, this, &ProspectForm::onPostcodeChanged);
    connect(countryBox, &QComboBox::currentIndexChanged, this, &ProspectForm::onCountryChanged);
    connect(entity, &QComboBox::currentIndexChanged, this, &ProspectForm::onEntityChanged);
    connect(lineEdit(QStringLiteral("siren")), &QLineEdit::textChanged, this, &ProspectForm::checkSiren);
    connect(lineEdit(QStringLiteral("siret")), &QLineEdit::textChanged, this, [this] { checkSiret(true); });
    connect(lineEdit(QStringLiteral("phone")), &QLineEdit::editingFinished, this, [this] { normalizePhoneField("phone"); });
    connect(lineEdit(QStringLiteral("mobile_phone")), &QLineEdit::editingFinished, this,
            [this] { normalizePhoneField("mobile_phone"); });
    connect(lineEdit(QStringLiteral("email")), &QLineEdit::editingFinished, this, &ProspectForm::checkEmail);
    connect(lineEdit(QStringLiteral("revenue_eur")), &QLineEdit::editingFinished, this, &ProspectForm::formatRevenue);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString column = it.key();
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            connect(edit, &QLineEdit::textChanged, this, [this, column] {
                if (m_highlighted.remove(column))
                    applyStyle(column);
                updateQuality();
            });
        } else if (auto *box = qobject_cast<QComboBox *>(it.value())) {
            connect(box, &QComboBox::currentTextChanged, this, [this] { updateQuality(); });
        }
    }
    setRecord({});
}

QLineEdit *ProspectForm::addLine(QFormLayout *form, const char *column, const QString &label,
                                 const QString &placeholder, bool message)
{
    auto *edit = new QLineEdit(form->parentWidget());
    const QString name = QString::fromLatin1(column);
    edit->setObjectName(QStringLiteral("field_") + name);
    edit->setPlaceholderText(placeholder);
    m_fields.insert(name, edit);
    form->addRow(label, message ? withMessage(edit, name) : edit);
    return edit;
}

QWidget *ProspectForm::withMessage(QWidget *fieldWidget, const QString &column)
{
    auto *box = new QWidget(fieldWidget->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    fieldWidget->setParent(box);
    layout->addWidget(fieldWidget);
    box->setFocusProxy(fieldWidget); // the label's mnemonic goes to the field
    auto *label = new QLabel(box);
    label->setObjectName(QStringLiteral("message_") + column);
    label->setWordWrap(true);
    label->hide();
    layout->addWidget(label);
    m_messages.insert(column, label);
    return box;
}

QLineEdit *ProspectForm::lineEdit(const QString &column) const
{
    return qobject_cast<QLineEdit *>(m_fields.value(column));
}

QComboBox *ProspectForm::combo(const QString &column) const
{
    return qobject_cast<QComboBox *>(m_fields.value(column));
}

QString ProspectForm::message(const QString &column) const
{
    const QLabel *label = m_messages.value(column);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProspectForm::setMessage(const QString &column, Tone tone, const QString &text)
{
    QLabel *label = m_messages.value(column);
    if (!label)
        return;
    markInvalid(column, tone == Tone::Error && !text.isEmpty());
    if (text.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    const QColor color = tone == Tone::Error ? palette::danger : (tone == Tone::Ok ? palette::success : palette::mutedText);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    label->setText(tone == Tone::Ok ? QString(QChar(0x2713) + u' ' + text) : text);
    label->show();
}

void ProspectForm::markInvalid(const QString &column, bool invalid)
{
    if (invalid)
        m_invalid.insert(column);
    else
        m_invalid.remove(column);
    applyStyle(column);
}

void ProspectForm::applyStyle(const QString &column)
{
    QWidget *w = m_fields.value(column);
    if (!w)
        return;
    const char *type = qobject_cast<QComboBox *>(w) ? "QComboBox" : "QLineEdit";
    if (m_invalid.contains(column)) {
        w->setStyleSheet(QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; padding: 2px; }")
                             .arg(QLatin1String(type), palette::danger.name()));
    } else if (m_highlighted.contains(column)) {
        w->setStyleSheet(QStringLiteral("%1 { background: #fff5e1; border: 1px solid %2; border-radius: 3px; padding: 2px; }")
                             .arg(QLatin1String(type), palette::warning.name()));
    } else {
        w->setStyleSheet(QString());
    }
}

QString ProspectForm::country() const
{
    return combo(QStringLiteral("country_code"))->currentData().toString();
}

void ProspectForm::selectData(QComboBox *box, const QVariant &value)
{
    const QString text = textOf(value);
    int i = box->findData(text.isEmpty() ? QVariant() : QVariant(text));
    if (i < 0 && !text.isEmpty()) {
        box->addItem(text, text); // a code this version does not know: kept as is
        i = box->count() - 1;
    }
    if (i >= 0)
        box->setCurrentIndex(i);
}

void ProspectForm::fillEntities()
{
    QComboBox *box = combo(QStringLiteral("entity_id"));
    const QSignalBlocker block(box);
    box->clear();
    for (const prospects::EntityInfo &e : std::as_const(m_entities))
        box->addItem(prospects::entityPath(m_entities, e.id), e.id);
}

void ProspectForm::fillOwners(const QString &keepOwnerId)
{
    // The users of the prospect's entity and its sub-entities, plus the current owner.
    QComboBox *box = combo(QStringLiteral("owner_id"));
    const QString entityId = combo(QStringLiteral("entity_id"))->currentData().toString();
    QSet<QString> scope{entityId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const prospects::EntityInfo &e : std::as_const(m_entities)) {
            if (scope.contains(e.parentId) && !scope.contains(e.id)) {
                scope.insert(e.id);
                grew = true;
            }
        }
    }
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("— Aucun —"), QVariant());
    bool kept = keepOwnerId.isEmpty();
    for (const prospects::UserInfo &u : prospects::loadUsers(m_context.replica->database(), false)) {
        const bool current = u.id == keepOwnerId;
        if (!current && (!u.active || (!entityId.isEmpty() && !scope.contains(u.entityId))))
            continue;
        box->addItem(u.active ? u.name : tr("%1 (inactif)").arg(u.name), u.id);
        kept = kept || current;
    }
    if (!kept)
        box->addItem(tr("Utilisateur inconnu"), keepOwnerId);
    const int i = keepOwnerId.isEmpty() ? 0 : box->findData(keepOwnerId);
    box->setCurrentIndex(qMax(0, i));
}

void ProspectForm::setRecord(const QVariantMap &row)
{
    m_loading = true;
    m_record = row;
    const bool isNew = row.isEmpty();
    for (const char *column : kTextColumns) {
        const QString name = QString::fromLatin1(column);
        QString text = textOf(row.value(name));
        if (name == QLatin1String("phone") || name == QLatin1String("mobile_phone"))
            text = crm::formatPhone(text);
        lineEdit(name)->setText(text);
    }
    lineEdit(QStringLiteral("revenue_eur"))->setText(row.value(QStringLiteral("revenue_eur")).isNull()
                                                         ? QString()
                                                         : QLocale().toString(row.value(QStringLiteral("revenue_eur")).toLongLong()));
    QComboBox *legal = combo(QStringLiteral("legal_form"));
    legal->setCurrentText(textOf(row.value(QStringLiteral("legal_form"))));
    selectData(combo(QStringLiteral("headcount_band")), row.value(QStringLiteral("headcount_band")));
    selectData(combo(QStringLiteral("source")), row.value(QStringLiteral("source")));

    QString countryCode = textOf(row.value(QStringLiteral("country_code")));
    QString entityId = textOf(row.value(QStringLiteral("entity_id")));
    QString ownerId = textOf(row.value(QStringLiteral("owner_id")));
    QString status = textOf(row.value(QStringLiteral("status")));
    if (isNew) {
        entityId = m_context.user.entityId;
        countryCode = m_context.user.entityCountry;
        for (const prospects::EntityInfo &e : std::as_const(m_entities)) {
            if (e.id == entityId)
                countryCode = e.countryCode;
        }
        if (countryCode.isEmpty())
            countryCode = QStringLiteral("FR");
        if (combo(QStringLiteral("entity_id"))->findData(entityId) < 0) {
            QList<crm::EntityRef> refs;
            for (const prospects::EntityInfo &e : std::as_const(m_entities))
                refs.append({e.id, e.countryCode, e.level});
            entityId = crm::detectEntity(refs, countryCode);
        }
        ownerId = m_context.user.id;
        status = QStringLiteral("nouveau");
    }
    {
        const QSignalBlocker blockCountry(combo(QStringLiteral("country_code")));
        const QSignalBlocker blockEntity(combo(QStringLiteral("entity_id")));
        selectData(combo(QStringLiteral("country_code")), countryCode);
        const int e = combo(QStringLiteral("entity_id"))->findData(entityId);
        combo(QStringLiteral("entity_id"))->setCurrentIndex(e);
    }
    fillOwners(ownerId);
    selectData(combo(QStringLiteral("status")), status);

    const QString qualifiedAt = textOf(row.value(QStringLiteral("qualified_at")));
    m_followForm->setRowVisible(m_qualified, !isNew);
    if (qualifiedAt.isEmpty()) {
        m_qualified->setText(tr("Pas encore qualifié"));
    } else {
        const QString by = prospects::userName(m_context.replica->database(), textOf(row.value(QStringLiteral("qualified_by"))));
        m_qualified->setText(by.isEmpty() ? tr("Qualifié le %1").arg(prospects::formatTimestamp(qualifiedAt))
                                          : tr("Qualifié le %1 par %2").arg(prospects::formatTimestamp(qualifiedAt), by));
    }

    const QString enrichmentStatus = textOf(row.value(QStringLiteral("enrichment_status")));
    const QString enrichmentSource = textOf(row.value(QStringLiteral("enrichment_source")));
    const QString enrichedAt = textOf(row.value(QStringLiteral("enriched_at")));
    const bool enriched = !enrichmentStatus.isEmpty() || !enrichmentSource.isEmpty() || !enrichedAt.isEmpty();
    m_enrichment->setVisible(enriched);
    m_enrichmentStatus->setText(enrichmentStatus.isEmpty() ? tr("—") : prospects::enrichmentStatusLabel(enrichmentStatus));
    m_enrichmentSource->setText(enrichmentSource.isEmpty() ? tr("—") : enrichmentSource);
    m_enrichedAt->setText(enrichedAt.isEmpty() ? tr("—") : prospects::formatTimestamp(enrichedAt));

    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        setMessage(it.key(), Tone::Hint, QString());
    m_highlighted.clear();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        applyStyle(it.key());
    m_loading = false;
    checkSiren();
    checkSiret(false);
    updateQuality();
}

QVariantMap ProspectForm::values() const
{
    QVariantMap v;
    for (const char *column : kTextColumns) {
        const QString name = QString::fromLatin1(column);
        v.insert(name, nullIfEmpty(lineEdit(name)->text().trimmed()));
    }
    for (const char *column : {"siren", "siret"}) {
        const QString name = QString::fromLatin1(column);
        v.insert(name, nullIfEmpty(validation::normalizeDigits(lineEdit(name)->text().trimmed())));
    }
    for (const char *column : {"phone", "mobile_phone"}) {
        const QString name = QString::fromLatin1(column);
        const QString typed = lineEdit(name)->text().trimmed();
        const auto e164 = crm::normalizePhone(typed, country());
        v.insert(name, nullIfEmpty(e164 ? *e164 : typed));
    }
    v.insert(QStringLiteral("email"), nullIfEmpty(lineEdit(QStringLiteral("email"))->text().trimmed()));
    // Stored without the country prefix ("L-1855" -> "1855"), as the server does.
    v.insert(QStringLiteral("postcode"),
             nullIfEmpty(crm::normalizePostcode(lineEdit(QStringLiteral("postcode"))->text().trimmed())));
    bool empty = true;
    const qint64 revenue = parseEuros(lineEdit(QStringLiteral("revenue_eur"))->text(), &empty);
    v.insert(QStringLiteral("revenue_eur"), empty || revenue < 0 ? QVariant() : QVariant(revenue));
    v.insert(QStringLiteral("legal_form"), nullIfEmpty(combo(QStringLiteral("legal_form"))->currentText().trimmed()));
    for (const char *column : {"headcount_band", "source", "country_code", "entity_id", "owner_id", "status"}) {
        const QString name = QString::fromLatin1(column);
        v.insert(name, nullIfEmpty(combo(name)->currentData().toString()));
    }
    return v;
}

Result<void> ProspectForm::check(bool isCreate) const
{
    auto invalid = [](const QString &message) { return makeError(QStringLiteral("validation_error"), message); };
    for (const char *column : {"phone", "mobile_phone"}) {
        const QString typed = lineEdit(QString::fromLatin1(column))->text().trimmed();
        if (auto r = crm::normalizePhone(typed, country()); !r)
            return invalid(tr("%1 : %2").arg(prospects::fieldLabel(QString::fromLatin1(column)), r.error().message));
    }
    const QString email = lineEdit(QStringLiteral("email"))->text().trimmed();
    if (!email.isEmpty() && !validation::isValidEmail(email))
        return invalid(tr("L'adresse e-mail « %1 » n'est pas valide.").arg(email));
    bool empty = true;
    if (parseEuros(lineEdit(QStringLiteral("revenue_eur"))->text(), &empty) < 0)
        return invalid(tr("Le chiffre d'affaires doit être un montant en euros, sans décimales (ex. 1 250 000)."));
    if (auto pc = crm::validatePostcode(lineEdit(QStringLiteral("postcode"))->text().trimmed(), country()); !pc)
        return pc;
    const sync::TableSpec *spec = sync::syncedTable(QStringLiteral("prospects"));
    QVariantMap whole = isCreate ? QVariantMap() : m_record;
    const QVariantMap changes = values();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        whole.insert(it.key(), it.value());
    return sync::validateRow(*spec, prospects::rowToJson(whole), isCreate);
}

void ProspectForm::highlightFields(const QStringList &columns)
{
    QWidget *first = nullptr;
    for (const QString &column : columns) {
        QWidget *w = m_fields.value(column);
        if (!w)
            continue;
        m_highlighted.insert(column);
        applyStyle(column);
        if (!first)
            first = w;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

int ProspectForm::qualityScore() const
{
    return prospects::qualityScore(values());
}

void ProspectForm::updateQuality()
{
    if (m_loading)
        return;
    const int score = qualityScore();
    m_qualityLabel->setText(tr("Qualité de la fiche : %1/100").arg(score));
    const QColor color = score >= 70 ? palette::success : (score >= 40 ? palette::warning : palette::danger);
    m_qualityBar->setValue(score);
    m_qualityBar->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: %1; border-radius: 4px; } "
                                               "QProgressBar::chunk { background: %2; border-radius: 4px; }")
                                    .arg(palette::border.name(), color.name()));
    m_qualityBar->setToolTip(tr("Complétude de la fiche : raison sociale, SIREN, adresse, téléphone, e-mail, "
                                "décideur… plus elle est complète, plus le score est haut."));
    emit changed();
}

void ProspectForm::onPostcodeChanged()
{
    if (m_loading)
        return;
    const QString postcode = lineEdit(QStringLiteral("postcode"))->text().trimmed();
    const QString detected = crm::detectCountry(postcode, country());
    QString detail;
    if (!detected.isEmpty() && detected != country()) {
        QComboBox *countryBox = combo(QStringLiteral("country_code"));
        countryBox->setCurrentIndex(countryBox->findData(detected)); // → onCountryChanged → entity
        detail = tr("Pays détecté : %1 — entité « %2 ».")
                     .arg(prospects::countryLabel(detected), combo(QStringLiteral("entity_id"))->currentText().trimmed());
    }
    if (postcode.isEmpty()) {
        setMessage(QStringLiteral("postcode"), Tone::Hint, QString());
        return;
    }
    if (auto r = crm::validatePostcode(postcode, country()); !r) {
        // Still typing: say nothing until the code has its length.
        const QString bare = crm::normalizePostcode(postcode);
        const bool partial = bare.size() < (country() == QLatin1String("FR") ? 5 : 4);
        setMessage(QStringLiteral("postcode"), partial ? Tone::Hint : Tone::Error, partial ? QString() : r.error().message);
        return;
    }
    setMessage(QStringLiteral("postcode"), detail.isEmpty() ? Tone::Hint : Tone::Ok, detail);
}

void ProspectForm::onCountryChanged()
{
    if (m_loading)
        return;
    // The entity follows the country: the user's own entity when it is of that country, else the
    // country's main entity.
    QComboBox *entity = combo(QStringLiteral("entity_id"));
    const QString current = entity->currentData().toString();
    QString currentCountry;
    QList<crm::EntityRef> refs;
    for (const prospects::EntityInfo &e : std::as_const(m_entities)) {
        refs.append({e.id, e.countryCode, e.level});
        if (e.id == current)
            currentCountry = e.countryCode;
    }
    if (currentCountry != country()) {
        const QString detected = crm::detectEntity(refs, country(), m_context.user.entityId);
        if (!detected.isEmpty())
            entity->setCurrentIndex(entity->findData(detected));
    }
    // Re-check what depends on the country.
    onPostcodeChanged();
}

void ProspectForm::onEntityChanged()
{
    if (m_loading)
        return;
    fillOwners(combo(QStringLiteral("owner_id"))->currentData().toString());
}

void ProspectForm::checkSiren()
{
    const QString siren = validation::normalizeDigits(lineEdit(QStringLiteral("siren"))->text());
    if (siren.isEmpty()) {
        setMessage(QStringLiteral("siren"), Tone::Hint, QString());
    } else if (!std::all_of(siren.cbegin(), siren.cend(), [](QChar c) { return c.isDigit(); })) {
        setMessage(QStringLiteral("siren"), Tone::Error, tr("Le SIREN ne contient que des chiffres."));
    } else if (siren.size() < 9) {
        setMessage(QStringLiteral("siren"), Tone::Hint, tr("%1 chiffres sur 9").arg(siren.size()));
    } else if (siren.size() > 9) {
        setMessage(QStringLiteral("siren"), Tone::Error, tr("Le SIREN a 9 chiffres (%1 saisis).").arg(siren.size()));
    } else if (!validation::isValidSiren(siren)) {
        setMessage(QStringLiteral("siren"), Tone::Error, tr("Clé de contrôle incorrecte : vérifiez le SIREN."));
    } else {
        setMessage(QStringLiteral("siren"), Tone::Ok, tr("SIREN valide"));
    }
    if (!m_loading)
        checkSiret(false); // the SIRET must belong to the SIREN
}

void ProspectForm::checkSiret(bool typedInSiret)
{
    const QString siret = validation::normalizeDigits(lineEdit(QStringLiteral("siret"))->text());
    const QString siren = validation::normalizeDigits(lineEdit(QStringLiteral("siren"))->text());
    if (siret.isEmpty()) {
        setMessage(QStringLiteral("siret"), Tone::Hint, QString());
    } else if (!std::all_of(siret.cbegin(), siret.cend(), [](QChar c) { return c.isDigit(); })) {
        setMessage(QStringLiteral("siret"), Tone::Error, tr("Le SIRET ne contient que des chiffres."));
    } else if (siret.size() < 14) {
        setMessage(QStringLiteral("siret"), Tone::Hint, tr("%1 chiffres sur 14").arg(siret.size()));
    } else if (siret.size() > 14) {
        setMessage(QStringLiteral("siret"), Tone::Error, tr("Le SIRET a 14 chiffres (%1 saisis).").arg(siret.size()));
    } else if (!validation::isValidSiret(siret)) {
        setMessage(QStringLiteral("siret"), Tone::Error, tr("Clé de contrôle incorrecte : vérifiez le SIRET."));
    } else if (!siren.isEmpty() && siret.left(9) != siren) {
        setMessage(QStringLiteral("siret"), Tone::Error, tr("Ce SIRET n'appartient pas au SIREN %1.").arg(siren));
    } else {
        if (siren.isEmpty() && typedInSiret && !m_loading) {
            // The SIREN is the head of the SIRET: filled in for the user.
            lineEdit(QStringLiteral("siren"))->setText(siret.left(9));
        }
        setMessage(QStringLiteral("siret"), Tone::Ok, tr("SIRET valide"));
    }
}

void ProspectForm::normalizePhoneField(const char *column)
{
    const QString name = QString::fromLatin1(column);
    QLineEdit *edit = lineEdit(name);
    const QString typed = edit->text().trimmed();
    const auto e164 = crm::normalizePhone(typed, country());
    if (!e164) {
        setMessage(name, Tone::Error, e164.error().message);
        return;
    }
    setMessage(name, Tone::Hint, QString());
    const QString shown = crm::formatPhone(*e164);
    if (shown != edit->text())
        edit->setText(shown);
}

void ProspectForm::checkEmail()
{
    const QString email = lineEdit(QStringLiteral("email"))->text().trimmed();
    if (!email.isEmpty() && !validation::isValidEmail(email))
        setMessage(QStringLiteral("email"), Tone::Error, tr("Cette adresse e-mail n'est pas valide."));
    else
        setMessage(QStringLiteral("email"), Tone::Hint, QString());
}

void ProspectForm::formatRevenue()
{
    QLineEdit *edit = lineEdit(QStringLiteral("revenue_eur"));
    bool empty = true;
    const qint64 value = parseEuros(edit->text(), &empty);
    if (value < 0) {
        setMessage(QStringLiteral("revenue_eur"), Tone::Error, tr("Un montant en euros, sans décimales (ex. 1 250 000)."));
        return;
    }
    setMessage(QStringLiteral("revenue_eur"), Tone::Hint, QString());
    if (!empty)
        edit->setText(QLocale().toString(value));
}

} // namespace hector::ui
