#include "graph/Logging.h"

Q_LOGGING_CATEGORY(lcGraph, "cc.graph", QtInfoMsg)
