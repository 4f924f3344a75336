#pragma once

#include <QDialog>

namespace cc::ui {

// Help → About: the application, its version, the Qt and Graphviz it runs with, the license
// and where to read more. "Copy details" puts the same facts on the clipboard for bug reports.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The facts of the dialog as plain text, one per line ("Version: 0.1.0", ...).
    static QString details();

    static QString qtVersionText();
    static QString graphvizVersionText();
};

} // namespace cc::ui
