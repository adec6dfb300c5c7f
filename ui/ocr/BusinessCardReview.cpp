#include "ui/ocr/BusinessCardReview.h"

#include "core/crm/Phone.h"
#include "ui/MessageBanner.h"
#include "ui/prospects/ProspectDialog.h"
#include "ui/prospects/ProspectForm.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hector::ui::cardReview {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hector::ui::cardReview", text, disambiguation, n);
}
const char *kPictureName = "businessCardPicture";
} // namespace

void prepare(ProspectDialog &dialog, const ocr::OcrResult &result, const QImage &image)
{
    ProspectForm *form = dialog.form();
    const QJsonObject columns = result.fields.toProspectColumns();
    // Country first: the postcode typed next decides the entity from it.
    const QString country = columns.value(QLatin1String("country_code")).toString();
    if (QComboBox *countryBox = form->combo(QStringLiteral("country_code")); countryBox && !country.isEmpty()) {
        const int index = countryBox->findData(country);
        if (index >= 0)
            countryBox->setCurrentIndex(index);
    }
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.key() == QLatin1String("country_code"))
            continue;
        QLineEdit *edit = form->lineEdit(it.key());
        if (!edit)
            continue;
        QString text = it.value().toString();
        if (it.key() == QLatin1String("phone") || it.key() == QLatin1String("mobile_phone"))
            text = crm::formatPhone(text);
        edit->setText(text);
        emit edit->editingFinished(); // the form's inline checks (telephone, e-mail) run as if typed
    }

    // The card on the left of the form.
    auto *layout = qobject_cast<QVBoxLayout *>(dialog.layout());
    QTabWidget *tabs = dialog.tabs();
    if (layout && tabs) {
        const int index = layout->indexOf(tabs);
        auto *row = new QHBoxLayout;
        row->setSpacing(12);
        auto *picture = new QLabel(&dialog);
        picture->setObjectName(QLatin1String(kPictureName));
        picture->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        picture->setPixmap(QPixmap::fromImage(image.scaled(360, 520, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        picture->setToolTip(tr("La carte scannée"));
        picture->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #cbd2d9; border-radius: 6px; background: #ffffff; padding: 6px; }"));
        picture->setFixedWidth(380);
        layout->removeWidget(tabs);
        row->addWidget(picture, 0, Qt::AlignTop);
        row->addWidget(tabs, 1);
        layout->insertLayout(index, row, 1);
        dialog.resize(std::max(dialog.width(), 1180), std::max(dialog.height(), 720));
    }
    if (auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton")))
        save->setText(tr("&Créer le prospect"));
    dialog.setWindowTitle(tr("Nouveau prospect — carte de visite"));

    const QString engine = result.engine == QLatin1String("claude") ? tr("Claude (serveur)") : tr("Tesseract (local)");
    QString note = tr("%n champ(s) lu(s) sur la carte par %1. Vérifiez-les et complétez avant de créer le prospect.", nullptr,
                      result.fields.filledCount())
                       .arg(engine);
    if (result.confidence >= 0 && result.confidence < 70)
        note += QLatin1Char(' ') + tr("Lecture incertaine (confiance %1 %) : relisez chaque champ.").arg(qRound(result.confidence));
    if (result.fields.company.isEmpty())
        note += QLatin1Char(' ') + tr("La raison sociale n'a pas été trouvée : saisissez-la.");
    dialog.banner()->showMessage(MessageBanner::Kind::Info, note);
    QLineEdit *first = form->lineEdit(result.fields.company.isEmpty() ? QStringLiteral("company_name") : QStringLiteral("contact_name"));
    if (first)
        first->setFocus();
}

QLabel *picture(const ProspectDialog &dialog)
{
    return dialog.findChild<QLabel *>(QLatin1String(kPictureName));
}

} // namespace hector::ui::cardReview
