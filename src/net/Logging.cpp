#include "net/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "cc.net", QtInfoMsg)
