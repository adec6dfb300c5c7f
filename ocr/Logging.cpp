#include "ocr/Logging.h"

Q_LOGGING_CATEGORY(lcOcr, "hector.ocr")
