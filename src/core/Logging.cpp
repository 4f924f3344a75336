#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "cc.core", QtInfoMsg)
