#include "ui/contract/ChangeText.h"

#include <QCoreApplication>

namespace cc::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ContractChanges)
};
} // namespace

QString severityText(ContractChange::Severity severity) {
    switch (severity) {
    case ContractChange::Severity::Breaking:
        return Words::tr("Breaking");
    case ContractChange::Severity::Compatible:
        return Words::tr("Compatible");
    case ContractChange::Severity::Cosmetic:
        break;
    }
    return Words::tr("Cosmetic");
}

QString changeKindText(ContractChange::Kind kind) {
    using K = ContractChange::Kind;
    switch (kind) {
    case K::ColumnAdded:
        return Words::tr("Column added");
    case K::ColumnRemoved:
        return Words::tr("Column removed");
    case K::DataTypeChanged:
        return Words::tr("Data type changed");
    case K::BackendTypeChanged:
        return Words::tr("Backend type changed");
    case K::NullableChanged:
        return Words::tr("Nullability changed");
    case K::PrimaryKeyChanged:
        return Words::tr("Primary key changed");
    case K::UniqueChanged:
        return Words::tr("Uniqueness changed");
    case K::ServerDefaultChanged:
        return Words::tr("Server default changed");
    case K::DescriptionChanged:
        return Words::tr("Description changed");
    case K::LabelChanged:
        return Words::tr("Label changed");
    case K::LogicalNameChanged:
        return Words::tr("Logical name changed");
    case K::IndexAdded:
        return Words::tr("Index added");
    case K::IndexRemoved:
        return Words::tr("Index removed");
    case K::IndexChanged:
        return Words::tr("Index changed");
    case K::ForeignKeyAdded:
        return Words::tr("Foreign key added");
    case K::ForeignKeyRemoved:
        return Words::tr("Foreign key removed");
    case K::ForeignKeyChanged:
        break;
    }
    return Words::tr("Foreign key changed");
}

theme::Tone severityTone(ContractChange::Severity severity) {
    switch (severity) {
    case ContractChange::Severity::Breaking:
        return theme::Tone::Danger;
    case ContractChange::Severity::Compatible:
        return theme::Tone::Accent;
    case ContractChange::Severity::Cosmetic:
        break;
    }
    return theme::Tone::Neutral;
}

QString severityIconName(ContractChange::Severity severity) {
    switch (severity) {
    case ContractChange::Severity::Breaking:
        return QStringLiteral("error");
    case ContractChange::Severity::Compatible:
        return QStringLiteral("info");
    case ContractChange::Severity::Cosmetic:
        break;
    }
    return QStringLiteral("edit");
}

QString changeValueText(const Json& value) {
    if (value.is_null())
        return QStringLiteral("—");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? Words::tr("yes") : Words::tr("no");
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString severityCountText(ContractChange::Severity severity, int count) {
    switch (severity) {
    case ContractChange::Severity::Breaking:
        return Words::tr("%1 breaking").arg(count);
    case ContractChange::Severity::Compatible:
        return Words::tr("%1 compatible").arg(count);
    case ContractChange::Severity::Cosmetic:
        break;
    }
    return Words::tr("%1 cosmetic").arg(count);
}

} // namespace cc::ui
