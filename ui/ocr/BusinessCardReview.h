#pragma once

#include "ocr/OcrEngine.h"

#include <QImage>
#include <QString>

class QLabel;

namespace hector::ui {

class ProspectDialog;

// The review of a scanned card: the prospect dialog of a creation (its form, inline checks,
// duplicate warning and save path unchanged), filled with what the engine read, with the card's
// image on its left and « Créer le prospect » as its button. Nothing is saved until the user
// confirms; every field stays editable.
namespace cardReview {

// Fills `dialog` (Mode::Create) from `result` and shows `image` next to the form.
void prepare(ProspectDialog &dialog, const ocr::OcrResult &result, const QImage &image);

// The picture panel added by prepare() (null before).
QLabel *picture(const ProspectDialog &dialog);

} // namespace cardReview
} // namespace hector::ui
