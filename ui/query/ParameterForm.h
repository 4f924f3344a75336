#pragma once

#include "ui/query/QueryDraft.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace cc::ui {

// The `%(name)s` parameters of the SQL as a form: one row per name in order of first use,
// with a dtype (the canonical tokens of spec §3.2, or "auto" to let PostgreSQL infer it),
// the value as text and a NULL switch. Values are checked with convertParameterValue as
// they are typed (dates YYYY-MM-DD, timestamps ISO-8601 with a zone); a name that leaves
// the SQL keeps its value for when it comes back.
class ParameterForm : public QWidget {
    Q_OBJECT

public:
    explicit ParameterForm(QWidget* parent = nullptr);

    // Shows rows for these names (the SQL's placeholders), keeping typed values.
    void setNames(const QStringList& names);
    QStringList names() const { return m_names; }
    // The entries for the current names, in order.
    std::vector<ParameterEntry> entries() const;
    // Restores typed values (and their names' rows when the names are shown).
    void setEntries(const std::vector<ParameterEntry>& entries);
    // Checks every shown value; marks the bad ones. False when any is bad.
    bool validate();
    // "since: expected a date YYYY-MM-DD" lines of the last validate(); empty when fine.
    QStringList problems() const { return m_problems; }

    QLineEdit* valueEdit(const QString& name) const;
    QComboBox* typeCombo(const QString& name) const;
    QCheckBox* nullCheck(const QString& name) const;

    // The dtype choices in the combo, "" first for auto.
    static QStringList typeTokens();

signals:
    void changed();

private:
    struct Row {
        QLabel* name = nullptr;
        QComboBox* type = nullptr;
        QLineEdit* value = nullptr;
        QCheckBox* null = nullptr;
        QLabel* problem = nullptr;
    };

    void rebuild();
    Row makeRow(const ParameterEntry& entry);
    ParameterEntry read(const Row& row, const QString& name) const;
    void checkRow(const QString& name);
    static QString hintFor(const QString& token);

    QStringList m_names;
    QHash<QString, ParameterEntry> m_kept; // by name, also for names not shown
    QHash<QString, Row> m_rows;
    QGridLayout* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QStringList m_problems;
};

} // namespace cc::ui
