#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace cc::ui {

class Settings;

// Unsent replacement contracts, one per table uid, kept in the Settings file (group
// `contractDrafts`) so they survive closing the tab and restarting the app. The text is
// kept exactly as typed, JSON or not.
class ContractDraftStore {
public:
    struct Draft {
        QString text;
        QDateTime savedAt; // UTC
    };

    explicit ContractDraftStore(Settings& settings);

    std::optional<Draft> load(const QString& tableUid) const;
    // Writes through to disk at once: a crash must not lose what was typed.
    void save(const QString& tableUid, const QString& text);
    void discard(const QString& tableUid);

private:
    Settings& m_settings;
};

} // namespace cc::ui
