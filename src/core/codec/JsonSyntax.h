#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {

// Where a JSON text stops being JSON, for editors and command-line messages:
// "line 4, column 17: unexpected '}'". Lines and columns count from 1; the column
// counts characters (not bytes) of the UTF-8 line.
struct JsonSyntaxError {
    qsizetype offset = 0; // bytes from the start
    int line = 1;
    int column = 1;
    QString message; // what the parser expected, without the position

    QString toString() const;
};

// nullopt when `text` is one complete JSON value.
std::optional<JsonSyntaxError> findJsonSyntaxError(const QByteArray& text);
// Line and column of a byte offset into `text`.
void lineAndColumn(const QByteArray& text, qsizetype offset, int* line, int* column);

} // namespace cc
