#include "JsonOutput.h"

#include "core/Json.h"

namespace cc::cli {

QString prettyJson(const QByteArray& body)
{
    const OrderedJson json = OrderedJson::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (json.is_discarded())
        return QString::fromUtf8(body) + QLatin1Char('\n');
    return QString::fromStdString(json.dump(2, ' ', false, OrderedJson::error_handler_t::replace))
           + QLatin1Char('\n');
}

} // namespace cc::cli
