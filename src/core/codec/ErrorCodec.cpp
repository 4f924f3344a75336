// Error bodies (spec §5.1, §5.2): the message chosen as the SDK chooses it, plus the
// machine fields of the structured envelopes.
#include "core/codec/ErrorCodec.h"

#include "core/codec/JsonParse.h"

#include <QRegularExpression>

namespace cc {

namespace {

constexpr qsizetype kMaxMessageLength = 300;

QString cut(QString text) {
    text = text.simplified();
    if (text.size() <= kMaxMessageLength)
        return text;
    qsizetype end = kMaxMessageLength;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + QChar(0x2026);
}

QString jsonText(const Json& value) {
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::optional<QString> stringMember(const Json& object, const char* key) {
    if (!object.is_object())
        return std::nullopt;
    // Through the map itself: g++ -O2 sees a null path in json::find's iterator.
    const auto& members = object.get_ref<const Json::object_t&>();
    const auto it = members.find(key);
    if (it == members.end() || !it->second.is_string())
        return std::nullopt;
    return QString::fromStdString(it->second.get_ref<const std::string&>());
}

bool isStringArray(const Json& value) {
    if (!value.is_array() || value.empty())
        return false;
    for (const Json& element : value)
        if (!element.is_string())
            return false;
    return true;
}

QString joinStrings(const Json& array) {
    QStringList parts;
    for (const Json& element : array)
        parts << QString::fromStdString(element.get<std::string>());
    return parts.join(QStringLiteral("; "));
}

// The text of one message-bearing value. Strings are themselves; the structured forms
// (`{"code","detail"}`, FastAPI's `[{"loc","msg"}]`, lists of strings) give their human
// text; anything else is shown as JSON, as the SDK does.
QString messageFrom(const Json& value) {
    if (value.is_null())
        return QString();
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_object()) {
        for (const char* key : {"detail", "message", "msg"})
            if (auto text = stringMember(value, key); text && !text->isEmpty())
                return *text;
        if (auto code = stringMember(value, "code"); code && !code->isEmpty())
            return *code;
        return value.empty() ? QString() : jsonText(value);
    }
    if (isStringArray(value))
        return joinStrings(value);
    if (value.is_array() && !value.empty()) {
        QStringList messages;
        for (const Json& element : value)
            if (auto msg = stringMember(element, "msg"))
                messages << *msg;
        if (messages.size() == qsizetype(value.size()))
            return messages.join(QStringLiteral("; "));
    }
    return value.is_array() && value.empty() ? QString() : jsonText(value);
}

// DRF field errors: `{"table_contract": ["..."], "columns": {"name": ["..."]}}` as
// "table_contract: ...; columns.name: ...".
void collectFieldErrors(const Json& object, const QString& prefix, QStringList& out, int depth) {
    static const char* const notFields[] = {"detail", "error", "message", "non_field_errors",
                                            "errors", "ok",    "code"};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (depth == 0) {
            bool skip = false;
            for (const char* key : notFields)
                skip = skip || it.key() == key;
            if (skip)
                continue;
        }
        const QString field = prefix.isEmpty()
                                  ? QString::fromStdString(it.key())
                                  : prefix + QLatin1Char('.') + QString::fromStdString(it.key());
        if (isStringArray(it.value()))
            out << field + QStringLiteral(": ") + joinStrings(it.value());
        else if (it.value().is_object() && depth < 3)
            collectFieldErrors(it.value(), field, out, depth + 1);
    }
}

void readMachineFields(const Json& body, ErrorBody& out) {
    const auto error = body.find("error");
    if (error != body.end() && error->is_object()) {
        out.code =
            stringMember(*error, "code").value_or(stringMember(*error, "kind").value_or(QString()));
        out.sqlstate = stringMember(*error, "sqlstate");
        out.capability = stringMember(*error, "capability");
        if (auto r = error->find("retryable"); r != error->end() && r->is_boolean())
            out.retryable = r->get<bool>();
    }
    const auto detail = body.find("detail");
    if (detail != body.end() && detail->is_object() && out.code.isEmpty())
        out.code = stringMember(*detail, "code").value_or(QString());
    if (out.code.isEmpty())
        out.code = stringMember(body, "code").value_or(QString());
    if (!out.retryable) {
        if (auto r = body.find("retryable"); r != body.end() && r->is_boolean())
            out.retryable = r->get<bool>();
    }
}

QString messageOf(const Json& body) {
    QStringList fieldErrors;
    collectFieldErrors(body, QString(), fieldErrors, 0);
    for (const char* key : {"detail", "error", "message", "non_field_errors", "errors"}) {
        const auto it = body.find(key);
        if (it == body.end())
            continue;
        const QString message = messageFrom(*it);
        if (message.isEmpty())
            continue;
        // Field errors next to non_field_errors are part of the same refusal.
        const bool listsFields =
            qstrcmp(key, "non_field_errors") == 0 || qstrcmp(key, "errors") == 0;
        if (listsFields && !fieldErrors.isEmpty())
            return message + QStringLiteral("; ") + fieldErrors.join(QStringLiteral("; "));
        return message;
    }
    if (!fieldErrors.isEmpty())
        return fieldErrors.join(QStringLiteral("; "));
    return jsonText(body);
}

// An HTML page or a truncated reply: its visible text.
QString plainText(const QByteArray& body) {
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>?"));
    // The visible part of a page is near its top; a huge body is not worth scanning.
    QString text = QString::fromUtf8(body.left(64 * 1024));
    text.remove(hidden);
    text.replace(tag, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return cut(text);
}

ErrorBody decode(const QByteArray& bytes) {
    ErrorBody out;
    DecodeResult<Json> parsed = parseJson(bytes);
    if (!parsed) {
        out.message = plainText(bytes);
        return out;
    }
    const Json& body = parsed.value();
    out.details = body;
    if (body.is_object()) {
        readMachineFields(body, out);
        out.message = cut(messageOf(body));
    } else {
        out.message = cut(messageFrom(body));
    }
    return out;
}

} // namespace

ErrorBody decodeErrorBody(const QByteArray& body) {
    try {
        return decode(body);
    } catch (const std::exception&) {
        ErrorBody out;
        out.message = cut(QString::fromUtf8(body.left(4 * kMaxMessageLength)));
        return out;
    }
}

Json encodeErrorBody(const QString& detail, const QString& code, const Json& extra) {
    Json error{{"code", code.toStdString()}, {"retryable", false}};
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it)
            if (it.key() != "code")
                error[it.key()] = it.value();
    return Json{{"ok", false}, {"detail", detail.toStdString()}, {"error", std::move(error)}};
}

} // namespace cc
