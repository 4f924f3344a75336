#pragma once

#include <QFrame>

namespace cc::ui {

// Explains the drawing: what each on_delete stroke means and what the card tints say
// about a table's relation to the root.
class GraphLegend : public QFrame {
    Q_OBJECT

public:
    explicit GraphLegend(QWidget* parent = nullptr);
};

} // namespace cc::ui
