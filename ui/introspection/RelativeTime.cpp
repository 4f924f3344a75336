#include "ui/introspection/RelativeTime.h"

#include "ui/Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace cc::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
};
} // namespace

QString relativeTime(const QDateTime& then, const QDateTime& now) {
    if (!then.isValid() || !now.isValid())
        return Words::tr("at an unknown time");
    const qint64 seconds = then.secsTo(now);
    if (seconds < -120 || seconds > 30LL * 86400)
        return Words::tr("on %1").arg(
            QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
    if (seconds < 45)
        return Words::tr("just now");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return counted(minutes, Words::tr("1 minute ago"), Words::tr("%1 minutes ago"));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 24)
        return counted(hours, Words::tr("1 hour ago"), Words::tr("%1 hours ago"));
    const qint64 days = then.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return Words::tr("yesterday");
    return Words::tr("%1 days ago").arg(days);
}

QDateTime parseTimestamp(const QString& text) {
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t;
}

QString exactTime(const QDateTime& time) {
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    const QString localText = QLocale().toString(local, QLocale::LongFormat);
    const QString utc = time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return Words::tr("%1 (%2 UTC)").arg(localText, utc);
}

} // namespace cc::ui
