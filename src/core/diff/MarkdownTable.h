#pragma once

#include <QString>
#include <QStringList>

namespace cc::markdown {

// One table cell: backslashes and pipes escaped, line breaks flattened to spaces.
QString cell(const QString& text);
// `| a | b |` with each cell escaped, and a line break.
QString row(const QStringList& cells);
// The header row and its `|---|` separator.
QString head(const QStringList& headers);

} // namespace cc::markdown
