#include "ui/contract/ContractDraftStore.h"

#include "ui/Settings.h"

namespace cc::ui {

namespace {
const QString kGroup = QStringLiteral("contractDrafts");

// Two keys per table, `<uid>/text` and `<uid>/savedAt`; uids are safe INI key names.
QString textKey(const QString& uid) {
    return uid.trimmed().toLower() + QStringLiteral("/text");
}
QString timeKey(const QString& uid) {
    return uid.trimmed().toLower() + QStringLiteral("/savedAt");
}
} // namespace

ContractDraftStore::ContractDraftStore(Settings& settings)
    : m_settings(settings) {}

std::optional<ContractDraftStore::Draft> ContractDraftStore::load(const QString& tableUid) const {
    if (tableUid.isEmpty())
        return std::nullopt;
    const QString text = m_settings.stringValue(kGroup, textKey(tableUid));
    if (text.isEmpty())
        return std::nullopt;
    Draft draft;
    draft.text = text;
    draft.savedAt =
        QDateTime::fromString(m_settings.stringValue(kGroup, timeKey(tableUid)), Qt::ISODate);
    return draft;
}

void ContractDraftStore::save(const QString& tableUid, const QString& text) {
    if (tableUid.isEmpty())
        return;
    if (text.isEmpty()) {
        discard(tableUid);
        return;
    }
    m_settings.setValue(kGroup, textKey(tableUid), text);
    m_settings.setValue(kGroup, timeKey(tableUid),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_settings.sync();
}

void ContractDraftStore::discard(const QString& tableUid) {
    if (tableUid.isEmpty())
        return;
    m_settings.remove(kGroup, textKey(tableUid));
    m_settings.remove(kGroup, timeKey(tableUid));
    m_settings.sync();
}

} // namespace cc::ui
