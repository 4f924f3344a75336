#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc::ui {

// Where a backend's JSON path ("columns[2].data_type", "physical.table_name", "" for the
// whole document) sits in a JSON text, so an editor can select it. Byte offsets into the
// text: an object member spans its key and value, an array element its value.
struct JsonTextSpan {
    qsizetype start = 0;
    qsizetype end = 0; // one past the last byte
    // False when only an enclosing value was found (the member is missing, or the text
    // stops being JSON before it); the span is then that enclosing value.
    bool exact = true;
};

// nullopt when not even the document's first value can be read.
std::optional<JsonTextSpan> locateJsonPath(const QByteArray& text, const QString& path);

} // namespace cc::ui
