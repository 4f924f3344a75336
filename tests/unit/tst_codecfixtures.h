#pragma once

// Shared by the codec tests: fixture loading and JSON comparison helpers.

#include "core/Json.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace cc::test {

inline QString fixturePath(const QString& name) {
    return QStringLiteral(CC_FIXTURE_DIR) + QLatin1Char('/') + name;
}

// The bytes of a fixture; an unreadable fixture stops the test run, it is a setup error.
inline QByteArray fixtureBytes(const QString& name) {
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline Json fixtureJson(const QString& name) {
    const QByteArray bytes = fixtureBytes(name);
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

inline OrderedJson fixtureOrderedJson(const QString& name) {
    const QByteArray bytes = fixtureBytes(name);
    return OrderedJson::parse(bytes.constData(), bytes.constData() + bytes.size());
}

inline QStringList fixtureNames(const QString& pattern = QStringLiteral("*.json")) {
    return QDir(QStringLiteral(CC_FIXTURE_DIR)).entryList({pattern}, QDir::Files, QDir::Name);
}

// Null members removed at every depth: for optional fields, null and absent are the same.
inline Json withoutNulls(const Json& value) {
    if (value.is_object()) {
        Json out = Json::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            if (!it.value().is_null())
                out[it.key()] = withoutNulls(it.value());
        return out;
    }
    if (value.is_array()) {
        Json out = Json::array();
        for (const Json& element : value)
            out.push_back(withoutNulls(element));
        return out;
    }
    return value;
}

inline QString dump(const Json& value) {
    return QString::fromStdString(value.dump(2));
}

inline QStringList keysOf(const Json& object) {
    QStringList keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys << QString::fromStdString(it.key());
    keys.sort();
    return keys;
}

} // namespace cc::test
