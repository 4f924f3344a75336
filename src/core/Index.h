#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// IndexPayload (spec §2.5), also the legacy contract index shape (§3.1).
struct Index {
    std::optional<QString> name;
    QStringList columns;
    bool unique = false;
    std::optional<QString> method;
    std::optional<QString> expression;
    Json contractFragment = Json::object();

    bool operator==(const Index& o) const
    {
        return name == o.name && columns == o.columns && unique == o.unique
               && method == o.method && expression == o.expression
               && contractFragment == o.contractFragment;
    }
};

} // namespace cc
