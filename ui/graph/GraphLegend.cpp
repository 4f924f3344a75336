#include "ui/graph/GraphLegend.h"

#include "graph/GraphStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace cc::ui {

namespace {

// A short horizontal stroke with an arrow head, styled like an edge.
class StrokeSample : public QWidget {
public:
    StrokeSample(OnDelete kind, QWidget* parent)
        : QWidget(parent)
        , m_stroke(edgeStroke(kind)) {
        setFixedSize(44, 14);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color(m_stroke.color);
        QPen pen(color, m_stroke.width, Qt::SolidLine, Qt::RoundCap);
        if (m_stroke.pattern == StrokePattern::Dashed)
            pen.setDashPattern({4.0, 3.0});
        else if (m_stroke.pattern == StrokePattern::Dotted)
            pen.setDashPattern({0.01, 2.4});
        p.setPen(pen);
        const qreal y = height() / 2.0;
        p.drawLine(QPointF(2, y), QPointF(width() - 10, y));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(QPolygonF{QPointF(width() - 2, y), QPointF(width() - 10, y - 4),
                                QPointF(width() - 10, y + 4)});
    }

private:
    EdgeStroke m_stroke;
};

// A miniature card header in a role's colours.
class RoleSample : public QWidget {
public:
    RoleSample(NodeRole role, QWidget* parent)
        : QWidget(parent)
        , m_tint(roleTint(role))
        , m_root(role == NodeRole::Root) {
        setFixedSize(26, 16);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        QPainterPath outline;
        outline.addRoundedRect(r, 3, 3);
        p.setClipPath(outline);
        p.fillRect(r, QColor(m_tint.fill));
        p.fillRect(QRectF(r.left(), r.top(), r.width(), 3), QColor(m_tint.accent));
        p.setClipping(false);
        p.setPen(
            QPen(m_root ? QColor(m_tint.accent) : QColor(palette::kCardBorder), m_root ? 1.6 : 1));
        p.setBrush(Qt::NoBrush);
        p.drawPath(outline);
    }

private:
    RoleTint m_tint;
    bool m_root;
};

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

GraphLegend::GraphLegend(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("graphLegend"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);

    grid->addWidget(heading(tr("On delete"), this), 0, 0, 1, 2);
    const struct {
        OnDelete kind;
        QString text;
    } strokes[] = {
        {OnDelete::Cascade, tr("cascade: deletes dependent rows")},
        {OnDelete::Restrict, tr("restrict: blocks the delete")},
        {OnDelete::NoAction, tr("no action: blocks at commit")},
        {OnDelete::SetNull, tr("set null")},
        {OnDelete::SetDefault, tr("set default")},
        {OnDelete::Unspecified, tr("not reported")},
    };
    int row = 1;
    for (const auto& s : strokes) {
        grid->addWidget(new StrokeSample(s.kind, this), row, 0);
        grid->addWidget(new QLabel(s.text, this), row, 1);
        ++row;
    }

    grid->addWidget(heading(tr("Tables"), this), 0, 2, 1, 2);
    const struct {
        NodeRole role;
        QString text;
    } roles[] = {
        {NodeRole::Root, tr("root table")},
        {NodeRole::Dependent, tr("depends on the root (left)")},
        {NodeRole::Referenced, tr("referenced by the root (right)")},
        {NodeRole::Both, tr("both: on a cycle with the root")},
        {NodeRole::Unrelated, tr("no directed path to the root")},
    };
    row = 1;
    for (const auto& r : roles) {
        grid->addWidget(new RoleSample(r.role, this), row, 2);
        grid->addWidget(new QLabel(r.text, this), row, 3);
        ++row;
    }
    grid->setColumnMinimumWidth(1, 190);
}

} // namespace cc::ui
