#include "core/OnDelete.h"

namespace cc {

OnDelete parseOnDelete(const std::optional<QString>& value)
{
    if (!value)
        return OnDelete::Unspecified;
    QString token = value->trimmed().toLower();
    token.replace(QLatin1Char('_'), QLatin1Char(' '));
    token = token.simplified();
    if (token == QLatin1String("cascade"))
        return OnDelete::Cascade;
    if (token == QLatin1String("restrict") || token == QLatin1String("protect"))
        return OnDelete::Restrict;
    if (token == QLatin1String("no action") || token == QLatin1String("do nothing"))
        return OnDelete::NoAction;
    if (token == QLatin1String("set null"))
        return OnDelete::SetNull;
    if (token == QLatin1String("set default"))
        return OnDelete::SetDefault;
    return OnDelete::Unspecified;
}

QString onDeleteSqlName(OnDelete kind)
{
    switch (kind) {
    case OnDelete::Cascade:
        return QStringLiteral("cascade");
    case OnDelete::Restrict:
        return QStringLiteral("restrict");
    case OnDelete::NoAction:
        return QStringLiteral("no action");
    case OnDelete::SetNull:
        return QStringLiteral("set null");
    case OnDelete::SetDefault:
        return QStringLiteral("set default");
    case OnDelete::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

} // namespace cc
