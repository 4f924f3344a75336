#pragma once

#include "core/ApiError.h"
#include "core/TableContract.h"
#include "core/ValidateReply.h"
#include "core/diff/ContractDiff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cc::ui {

class ContractDiffView;
class ContractSideBySide;
class StateView;

// What the backend said about a proposed contract: a verdict line, its errors and
// warnings with their JSON paths, and (when it normalized the contract) the diff against
// the registered contract, side by side, and the normalized JSON.
class ValidationResultView : public QWidget {
    Q_OBJECT

public:
    explicit ValidationResultView(QWidget* parent = nullptr);

    void showIdle();
    void showValidating();
    // `exportName`: file name offered for diff exports; `rawBody`: the reply as received,
    // so the normalized contract shows in the server's key order.
    void showReply(const ValidateReply& reply, const TableContract& registered,
                   const QString& exportName, const QByteArray& rawBody = QByteArray());
    void showFailure(const ApiError& error);

    QString verdictText() const;
    const ContractDiff& diff() const;
    // Paths of the listed issues, errors first.
    QStringList issuePaths() const;
    QTreeWidget* issueList() const { return m_issues; }
    ContractDiffView* diffView() const { return m_diffView; }
    ContractSideBySide* sideBySide() const { return m_sideBySide; }
    QPlainTextEdit* normalizedText() const { return m_normalized; }
    QTabWidget* detailTabs() const { return m_tabs; }

signals:
    // An issue was clicked (or chosen with Enter): select `path` in the editor.
    void issueActivated(const QString& path);

private:
    void setVerdict(const QString& text, int tone, const QString& iconName);
    void addIssues(const std::vector<ValidationIssue>& issues, bool errors);
    void setIssuesVisible(bool visible);

    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdict = nullptr;
    QWidget* m_verdictBar = nullptr;
    QTreeWidget* m_issues = nullptr;
    QStackedWidget* m_stack = nullptr;
    StateView* m_state = nullptr;
    QTabWidget* m_tabs = nullptr;
    ContractDiffView* m_diffView = nullptr;
    ContractSideBySide* m_sideBySide = nullptr;
    QPlainTextEdit* m_normalized = nullptr;
};

} // namespace cc::ui
