#pragma once

#include <QDateTime>
#include <QString>

namespace cc::ui {

// "just now", "5 minutes ago", "3 hours ago", "yesterday", "12 days ago", or the date for
// anything older than a month (and for times in the future beyond a little clock skew).
QString relativeTime(const QDateTime& then, const QDateTime& now);

// An ISO 8601 timestamp as servers send it ("2026-08-07T09:00:00Z", with or without
// fractions or an offset); invalid when it is not one.
QDateTime parseTimestamp(const QString& text);

// "Friday 7 August 2026 11:00:00 CEST (09:00:00 UTC)": the exact moment for a tooltip.
QString exactTime(const QDateTime& time);

} // namespace cc::ui
