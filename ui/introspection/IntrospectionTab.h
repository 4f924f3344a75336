#pragma once

#include "core/ApiError.h"
#include "core/IntrospectionSnapshot.h"
#include "core/diff/ContractDiff.h"
#include "ui/table/TableTab.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace cc::ui {

class ContractDiffView;
class SectionSwitcher;
class SnapshotView;

// The "introspection" tab: the stored introspection_snapshot (what the physical table
// looked like, and when), "Introspect now", and the drift of the registered contract
// against that snapshot. Refusals (capability, permission) are explained with what to do.
class IntrospectionTab : public TableTab {
    Q_OBJECT

public:
    enum Section { Snapshot, Drift };

    explicit IntrospectionTab(QWidget* parent = nullptr);
    ~IntrospectionTab() override;

    void setSnapshot(const TableSnapshotPtr& snapshot) override;

    // POST <uid>/introspect/; false when nothing was sent (no table or client yet, or a
    // request is running).
    bool introspectNow();
    bool isIntrospecting() const { return m_call != nullptr; }

    void showSection(Section section);
    Section currentSection() const;

    const IntrospectionSnapshot& introspection() const { return m_snapshot; }
    const ContractDiff& drift() const { return m_drift; }
    // True while the "never introspected" page is shown.
    bool showsNeverIntrospected() const;
    QString timeText() const;
    QString timeToolTip() const;
    QString noticeText() const;
    // The last failed introspection, if the last attempt failed.
    const ApiError& lastError() const { return m_error; }
    bool lastAttemptFailed() const { return m_failed; }

    QPushButton* introspectButton() const { return m_introspect; }
    SnapshotView* snapshotView() const { return m_view; }
    ContractDiffView* driftView() const { return m_driftView; }
    SectionSwitcher* sections() const { return m_sections; }

signals:
    // An introspection finished: the view shows the new snapshot, or the notice says why not.
    void introspectionFinished(bool ok);

private:
    void showIntrospection(const IntrospectionSnapshot& snapshot);
    void updateTime();
    void updateCapability();
    void setNotice(const QString& html, int tone);
    void explainFailure(const ApiError& error);

    TableSnapshotPtr m_table;
    IntrospectionSnapshot m_snapshot;
    ContractDiff m_drift;
    QPointer<ApiCall> m_call;
    ApiError m_error;
    bool m_failed = false;
    std::optional<bool> m_supported; // what the data source advertises

    SectionSwitcher* m_sections = nullptr;
    QLabel* m_time = nullptr;
    QPushButton* m_introspect = nullptr;
    QLabel* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    SnapshotView* m_view = nullptr;
    QWidget* m_driftPage = nullptr;
    QLabel* m_driftCaption = nullptr;
    ContractDiffView* m_driftView = nullptr;
    QWidget* m_neverPage = nullptr;
    QLabel* m_neverDetail = nullptr;
    QPushButton* m_neverIntrospect = nullptr;
    QTimer* m_clock = nullptr;
};

} // namespace cc::ui
