#pragma once

#include <QByteArray>
#include <QString>

namespace cc::cli {

// The reply body pretty-printed with two-space indents and a final newline, keeping the
// backend's key order; the body as is when it is not JSON.
QString prettyJson(const QByteArray& body);

} // namespace cc::cli
