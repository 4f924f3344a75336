#pragma once

#include "core/TableContract.h"
#include "net/ApiClient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace cc::ui {

class ContractDraftStore;
class ContractEditor;
class ValidationResultView;

// "Validate a replacement": a JSON editor for the proposed contract (opened from a file,
// started from the registered one, or pasted), checked as you type; Validate sends it to
// `<uid>/validate-contract/` and shows the verdict, issues and diff beside it. What is
// typed is kept as a draft per table (when a store is set) until discarded.
class ReplacementPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReplacementPanel(QWidget* parent = nullptr);
    ~ReplacementPanel() override;

    // May be null: drafts then live as long as the panel.
    void setDraftStore(ContractDraftStore* store);
    // The table: the first call (or a new uid) restores its draft, or starts from the
    // registered contract; later calls only update what proposals are compared with.
    void setTable(const QString& uid, const QString& displayName, const TableContract& registered,
                  const QString& registeredText, ApiClient* client);

    // Loads a contract file into the editor (undoable). A file that cannot be read or is not
    // JSON leaves the editor as it was and explains why; false then.
    bool openFile(const QString& path);
    void startFromRegistered();
    // Re-indents valid JSON; false when the text has a syntax error (the cursor goes there).
    bool formatJson();
    // Forgets the stored draft and puts the registered contract back (Ctrl+Z undoes it).
    void discardDraft();
    // Sends the editor's contract; false when nothing was sent (the reason is shown).
    bool validate();
    bool isValidating() const { return m_call != nullptr; }
    // Selects a backend JSON path in the editor; false when not even part of it is there.
    bool selectPath(const QString& path);
    // Writes a pending draft now.
    void flushDraft();

    ContractEditor* editor() const { return m_editor; }
    ValidationResultView* results() const { return m_results; }
    QString syntaxStatusText() const;
    QString draftStatusText() const;
    QString loadErrorText() const;
    QPushButton* validateButton() const { return m_validate; }

signals:
    void validated();

private:
    void onTextChanged();
    void saveDraft();
    void updateSyntaxStatus();
    void showLoadError(const QString& text, const QString& pendingText);
    void setDraftStatus(const QString& text);

    QString m_uid;
    QString m_displayName;
    TableContract m_registered;
    QString m_registeredText;
    QPointer<ApiClient> m_client;
    ContractDraftStore* m_store = nullptr;
    QPointer<ApiCall> m_call;
    QString m_pathPrefix; // "table_contract." when the editor holds the request wrapper
    QString m_pendingFileText;
    bool m_settingText = false;

    ContractEditor* m_editor = nullptr;
    ValidationResultView* m_results = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_syntax = nullptr;
    QLabel* m_draftStatus = nullptr;
    QLabel* m_loadError = nullptr;
    QPushButton* m_validate = nullptr;
    QToolButton* m_discard = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace cc::ui
