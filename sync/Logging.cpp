#include "sync/Logging.h"

Q_LOGGING_CATEGORY(lcSync, "hector.sync")
