// The Markdown and JSON forms of a ContractDiff.
#include "core/diff/ContractDiff.h"

#include "core/diff/MarkdownTable.h"

#include <QCoreApplication>

namespace cc {

namespace {

using Kind = ContractChange::Kind;
using Severity = ContractChange::Severity;

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ContractDiff)
};

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Breaking:
        return Text::tr("Breaking");
    case Severity::Compatible:
        return Text::tr("Compatible");
    case Severity::Cosmetic:
        return Text::tr("Cosmetic");
    }
    return {};
}

QString kindLabel(Kind kind) {
    switch (kind) {
    case Kind::ColumnAdded:
        return Text::tr("column added");
    case Kind::ColumnRemoved:
        return Text::tr("column removed");
    case Kind::DataTypeChanged:
        return Text::tr("data type");
    case Kind::BackendTypeChanged:
        return Text::tr("backend type");
    case Kind::NullableChanged:
        return Text::tr("nullable");
    case Kind::PrimaryKeyChanged:
        return Text::tr("primary key");
    case Kind::UniqueChanged:
        return Text::tr("unique");
    case Kind::ServerDefaultChanged:
        return Text::tr("server default");
    case Kind::DescriptionChanged:
        return Text::tr("description");
    case Kind::LabelChanged:
        return Text::tr("label");
    case Kind::LogicalNameChanged:
        return Text::tr("logical name");
    case Kind::IndexAdded:
        return Text::tr("index added");
    case Kind::IndexRemoved:
        return Text::tr("index removed");
    case Kind::IndexChanged:
        return Text::tr("index changed");
    case Kind::ForeignKeyAdded:
        return Text::tr("foreign key added");
    case Kind::ForeignKeyRemoved:
        return Text::tr("foreign key removed");
    case Kind::ForeignKeyChanged:
        return Text::tr("foreign key changed");
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
        md += Text::tr("No changes.") + QLatin1Char('\n');
    } else {
        md += Text::tr("Changes: %1 breaking, %2 compatible, %3 cosmetic.")
                  .arg(count(Severity::Breaking))
                  .arg(count(Severity::Compatible))
                  .arg(count(Severity::Cosmetic)) +
              QStringLiteral("\n\n");
        md += markdown::head({Text::tr("Severity"), Text::tr("Change"), Text::tr("Subject"),
                              Text::tr("Old"), Text::tr("New"), Text::tr("Reason")});
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
