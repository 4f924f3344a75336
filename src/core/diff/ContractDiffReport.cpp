// The Markdown and JSON forms of a ContractDiff.
#include "core/diff/ContractDiff.h"

#include "core/diff/MarkdownTable.h"

#include <QCoreApplication>

namespace cc {

namespace {

using Kind = ContractChange::Kind;
using Severity = ContractChange::Severity;

QString tr(const char* text) {
    return QCoreApplication::translate("ContractDiff", text);
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Breaking:
        return tr("Breaking");
    case Severity::Compatible:
        return tr("Compatible");
    case Severity::Cosmetic:
        return tr("Cosmetic");
    }
    return {};
}

QString kindLabel(Kind kind) {
    switch (kind) {
    case Kind::ColumnAdded:
        return tr("column added");
    case Kind::ColumnRemoved:
        return tr("column removed");
    case Kind::DataTypeChanged:
        return tr("data type");
    case Kind::BackendTypeChanged:
        return tr("backend type");
    case Kind::NullableChanged:
        return tr("nullable");
    case Kind::PrimaryKeyChanged:
        return tr("primary key");
    case Kind::UniqueChanged:
        return tr("unique");
    case Kind::ServerDefaultChanged:
        return tr("server default");
    case Kind::DescriptionChanged:
        return tr("description");
    case Kind::LabelChanged:
        return tr("label");
    case Kind::LogicalNameChanged:
        return tr("logical name");
    case Kind::IndexAdded:
        return tr("index added");
    case Kind::IndexRemoved:
        return tr("index removed");
    case Kind::IndexChanged:
        return tr("index changed");
    case Kind::ForeignKeyAdded:
        return tr("foreign key added");
    case Kind::ForeignKeyRemoved:
        return tr("foreign key removed");
    case Kind::ForeignKeyChanged:
        return tr("foreign key changed");
    }
    return {};
}

QString valueText(const Json& value) {
    if (value.is_null())
        return QStringLiteral("—");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

} // namespace

QString ContractDiff::toMarkdown() const {
    QString md;
    if (m_changes.empty()) {
        md += tr("No changes.") + QLatin1Char('\n');
    } else {
        md += tr("Changes: %1 breaking, %2 compatible, %3 cosmetic.")
                  .arg(count(Severity::Breaking))
                  .arg(count(Severity::Compatible))
                  .arg(count(Severity::Cosmetic)) +
              QStringLiteral("\n\n");
        md += markdown::head(
            {tr("Severity"), tr("Change"), tr("Subject"), tr("Old"), tr("New"), tr("Reason")});
        for (const ContractChange& c : m_changes) {
            md += markdown::row({severityLabel(c.severity), kindLabel(c.kind), c.subject,
                                 valueText(c.oldValue), valueText(c.newValue), c.reason});
        }
    }
    if (!m_notes.isEmpty()) {
        md += QLatin1Char('\n');
        for (const QString& note : m_notes)
            md += QStringLiteral("- ") + note + QLatin1Char('\n');
    }
    return md;
}

Json ContractDiff::toJson() const {
    Json changes = Json::array();
    for (const ContractChange& c : m_changes) {
        changes.push_back({{"kind", changeKindName(c.kind).toStdString()},
                           {"severity", severityName(c.severity).toStdString()},
                           {"subject", c.subject.toStdString()},
                           {"field", c.field.isEmpty() ? Json() : Json(c.field.toStdString())},
                           {"old", c.oldValue},
                           {"new", c.newValue},
                           {"reason", c.reason.toStdString()}});
    }
    Json notes = Json::array();
    for (const QString& note : m_notes)
        notes.push_back(note.toStdString());
    return {{"summary",
             {{"breaking", count(Severity::Breaking)},
              {"compatible", count(Severity::Compatible)},
              {"cosmetic", count(Severity::Cosmetic)}}},
            {"has_breaking", hasBreaking()},
            {"changes", std::move(changes)},
            {"notes", std::move(notes)}};
}

} // namespace cc
