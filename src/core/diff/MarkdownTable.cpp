#include "core/diff/MarkdownTable.h"

namespace cc::markdown {

QString cell(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

QString row(const QStringList& cells) {
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& c : cells)
        escaped << cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString head(const QStringList& headers) {
    return row(headers) + QLatin1Char('|') + QStringLiteral("---|").repeated(headers.size()) +
           QLatin1Char('\n');
}

} // namespace cc::markdown
