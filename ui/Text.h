#pragma once

#include <QString>

namespace cc::ui {

// "1 table" / "42 tables". Both forms go through tr() at the call site, so a translation
// can give its own; English needs no catalogue this way.
inline QString counted(qint64 n, const QString& one, const QString& many) {
    return n == 1 ? one : many.arg(n);
}

} // namespace cc::ui
