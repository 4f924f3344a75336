#include "core/codec/JsonSyntax.h"

#include "core/Json.h"

#include <QCoreApplication>

namespace cc {

QString JsonSyntaxError::toString() const
{
    return QCoreApplication::translate("JsonSyntax", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

void lineAndColumn(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    *line = l;
    *column = int(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size()) + 1;
}

std::optional<JsonSyntaxError> findJsonSyntaxError(const QByteArray& text)
{
    try {
        const Json parsed = Json::parse(text.constBegin(), text.constEnd());
        Q_UNUSED(parsed)
        return std::nullopt;
    } catch (const Json::parse_error& e) {
        JsonSyntaxError error;
        // nlohmann counts the byte it stopped at from 1; point at that byte.
        error.offset = e.byte > 0 ? qsizetype(e.byte) - 1 : 0;
        lineAndColumn(text, error.offset, &error.line, &error.column);
        QString what = QString::fromUtf8(e.what());
        // "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error while
        // parsing value - invalid literal; last read: 'tr'": keep the part after the position.
        const int colon = what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("column")));
        error.message = colon >= 0 ? what.mid(colon + 2) : what;
        if (text.trimmed().isEmpty())
            error.message = QCoreApplication::translate("JsonSyntax", "the text is empty");
        return error;
    } catch (const std::exception& e) {
        JsonSyntaxError error;
        error.message = QString::fromUtf8(e.what());
        return error;
    }
}

} // namespace cc
