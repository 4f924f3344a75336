#pragma once

#include <QString>
#include <QStringList>

namespace cc::impact {

// Up to five names, then "and N more" (translated): for sentences and notes.
QString shortList(const QStringList& items);

} // namespace cc::impact
