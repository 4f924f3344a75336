#include "ui/table/BuiltinTabs.h"

#include "ui/table/OverviewTab.h"
#include "ui/table/RawJsonTab.h"
#include "ui/table/ReferencedByTab.h"
#include "ui/table/SchemaTabs.h"

#include <QCoreApplication>

namespace cc::ui {

namespace {
struct TabText {
    Q_DECLARE_TR_FUNCTIONS(TableDocument)
};

template <typename T> std::function<TableTab*(QWidget*)> make() {
    return [](QWidget* parent) -> TableTab* { return new T(parent); };
}
} // namespace

std::vector<TableTabSpec> builtinTableTabs() {
    return {
        {QStringLiteral("overview"), TabText::tr("Overview"), QStringLiteral("info"),
         make<OverviewTab>()},
        {QStringLiteral("columns"), TabText::tr("Columns"), QStringLiteral("columns"),
         make<ColumnsTab>()},
        {QStringLiteral("indexes"), TabText::tr("Indexes"), QStringLiteral("index"),
         make<IndexesTab>()},
        {QStringLiteral("foreign-keys"), TabText::tr("Foreign keys"), QStringLiteral("fk-out"),
         make<ForeignKeysTab>()},
        {QStringLiteral("referenced-by"), TabText::tr("Referenced by"), QStringLiteral("fk-in"),
         make<ReferencedByTab>()},
        {QStringLiteral("raw"), TabText::tr("Raw JSON"), QStringLiteral("braces"),
         make<RawJsonTab>()},
    };
}

} // namespace cc::ui
