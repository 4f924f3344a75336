#pragma once

#include "core/ApiError.h"

#include <QByteArray>

namespace cc {

// Never fails: a body that is not JSON (an HTML error page, a truncated reply) gives
// its text, trimmed and shortened, as the message.
ErrorBody decodeErrorBody(const QByteArray& body);
// The structured refusal envelope of spec §5.2, as tsm-refserver writes it.
Json encodeErrorBody(const QString& detail, const QString& code, const Json& extra = Json::object());

} // namespace cc
